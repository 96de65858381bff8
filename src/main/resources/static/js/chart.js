// Draws each .chart[data-chart] from the table it names: the table is the data, the chart a view.
(function () {
  function read(table) {
    var columns = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent.trim(); });
    var categories = [];
    var series = columns.slice(1).map(function (name) { return { name: name, data: [] }; });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      categories.push(row.cells[0].textContent.trim());
      for (var i = 1; i < row.cells.length; i++) {
        series[i - 1].data.push(Number(row.cells[i].getAttribute('data-value')));
      }
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

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.chart[data-chart]').forEach(draw);
  });
})();
