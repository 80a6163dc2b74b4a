// Event statistics: one Chart.js chart per <canvas data-chart="key">, from window.outcomeCharts
// ({key: {title, labels, values}}). The same numbers are in the tables below the charts.
(function () {
  if (typeof Chart === 'undefined' || !window.outcomeCharts) { return; }
  var palette = ['#1f5f8b', '#e07a2e', '#3a9d5d', '#c0392b', '#8e44ad', '#16a085', '#d4ac0d', '#7f8c8d',
    '#2c3e50', '#e84393', '#00a8ff', '#6ab04c'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = window.outcomeCharts[canvas.dataset.chart];
    if (!data) { return; }
    var doughnut = canvas.dataset.chart === 'kind';
    new Chart(canvas, {
      type: doughnut ? 'doughnut' : 'bar',
      data: {
        labels: data.labels,
        datasets: [{ label: data.title, data: data.values, backgroundColor: doughnut ? palette : palette[0] }]
      },
      options: {
        maintainAspectRatio: false,
        indexAxis: canvas.dataset.chart === 'country' ? 'y' : 'x',
        plugins: { legend: { display: doughnut } },
        scales: doughnut ? {} : { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
