// Floor plan, "who is where": filters the list as one types and highlights a chosen stand on the
// plan and in the list without reloading. Without script the same works through links and the form.
(function () {
  'use strict';
  var list = document.getElementById('who-list');
  var search = document.querySelector('input[data-filter]');
  var sector = document.getElementById('who-sector');
  var count = document.querySelector('.who .result-count');

  function fold(s) {
    return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }

  function filter() {
    if (!list) { return; }
    var q = fold(search ? search.value : '');
    var sec = sector ? sector.value : '';
    var shown = 0;
    list.querySelectorAll('tbody tr').forEach(function (row) {
      var ok = (!q || fold(row.textContent).indexOf(q) >= 0) && (!sec || row.dataset.sector === sec);
      row.hidden = !ok;
      if (ok) { shown++; }
    });
    if (count) { count.textContent = count.textContent.replace(/\d+/, String(shown)); }
  }

  function choose(code) {
    document.querySelectorAll('.plan-stand.is-chosen, .who-list tr.is-chosen').forEach(function (el) {
      el.classList.remove('is-chosen');
    });
    var stand = document.getElementById('stand-' + code);
    var row = document.getElementById('who-' + code);
    if (stand) { stand.classList.add('is-chosen'); }
    if (row) { row.classList.add('is-chosen'); }
    var url = new URL(window.location.href);
    url.searchParams.set('stand', code);
    window.history.replaceState(null, '', url.pathname + url.search);
    return { stand: stand, row: row };
  }

  if (search) { search.addEventListener('input', filter); }
  if (sector) { sector.addEventListener('change', filter); }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a') : null;
    if (!link) { return; }
    var href = link.getAttribute('href') || '';
    var match = href.match(/[?&]stand=([A-Za-z0-9-]+)/);
    if (!match || !(link.closest('.plan-canvas') || link.closest('.who-list'))) { return; }
    event.preventDefault();
    var found = choose(match[1].toUpperCase());
    var target = link.closest('.plan-canvas') ? found.row : document.getElementById('plan');
    if (target) {
      target.scrollIntoView({ behavior: 'smooth', block: 'center' });
      if (target === found.row) {
        var a = found.row.querySelector('a');
        if (a) { a.focus({ preventScroll: true }); }
      }
    }
  });
})();
