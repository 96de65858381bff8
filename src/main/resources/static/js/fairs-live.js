// Fairs, live dashboard: the figures refresh themselves (htmx); once new tables are in, their
// charts are drawn again from them, as chart.js does on first load (the table is the data).
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
    var chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'canvas' });
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
  }

  // After any swap, draw the charts that have no drawing yet (those just swapped in).
  document.addEventListener('htmx:afterSettle', function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('#live-figures .chart[data-chart]').forEach(function (element) {
      if (!echarts.getInstanceByDom(element)) { draw(element); }
    });
  });
  window.addEventListener('resize', function () {
    document.querySelectorAll('#live-figures .chart[data-chart]').forEach(function (element) {
      var chart = window.echarts && echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
})();
