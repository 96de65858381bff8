// Draws each .chart[data-chart] from the table it names: the table is the data, the chart a view.
(function () {
  function read(table) {
    var heads = table.tHead.rows[0].cells;
    var categories = [];
    // Columns whose header says data-chart="skip" (a difference, a change) stay in the table only.
    var drawn = [];
    for (var c = 1; c < heads.length; c++) {
      if (heads[c].getAttribute('data-chart') !== 'skip') { drawn.push(c); }
    }
    var series = drawn.map(function (c) { return { name: heads[c].textContent.trim(), data: [] }; });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      categories.push(row.cells[0].textContent.trim());
      drawn.forEach(function (c, i) {
        series[i].data.push(row.cells[c] ? Number(row.cells[c].getAttribute('data-value')) : 0);
      });
    });
    return { categories: categories, series: series };
  }

  function draw(element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    if (!table || !window.echarts) { return; }
    var data = read(table);
    var rtl = document.documentElement.dir === 'rtl';
    var kind = element.getAttribute('data-chart') || 'bar';
    // Canvas, not SVG: the SVG renderer writes style attributes, which the content security policy refuses.
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: ['#0b6e4f', '#d97706', '#2563eb', '#a4262c'],
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { show: data.series.length > 1 },
      grid: { containLabel: true, left: 24, right: 24, top: 24, bottom: 8 },
      xAxis: { type: 'value', inverse: rtl },
      yAxis: { type: 'category', data: data.categories, inverse: true, position: rtl ? 'right' : 'left' },
      series: data.series.map(function (s) { return { name: s.name, type: kind, data: s.data }; })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // One chart per task: a page of several charts never blocks a slow phone's main thread for long.
  document.addEventListener('DOMContentLoaded', function () {
    var pending = Array.prototype.slice.call(document.querySelectorAll('.chart[data-chart]'));
    (function next() {
      var element = pending.shift();
      if (!element) { return; }
      draw(element);
      setTimeout(next, 0);
    })();
  });
})();
