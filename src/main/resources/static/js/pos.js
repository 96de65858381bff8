// The cashier's point of sale and receipts: keyboard first, a few lines, no framework.
// Enter in the barcode field submits the basket form (a scanner types the digits then Enter);
// + and − in the barcode field change the last line; F9 or Ctrl+Enter pays; the change due follows
// the cash given as it is typed; Print prints the receipt.
(function () {
  'use strict';

  function cents(text) {
    var value = Number(String(text || '').trim().replace(/\s/g, '').replace(',', '.'));
    return isFinite(value) && value >= 0 ? Math.round(value * 100) : null;
  }

  function money(centimes) {
    var lang = document.documentElement.lang || 'fr';
    try {
      return new Intl.NumberFormat(lang + '-MA', { style: 'currency', currency: 'MAD', numberingSystem: 'latn' })
        .format(centimes / 100);
    } catch (e) {
      return (centimes / 100).toFixed(2) + ' MAD';
    }
  }

  function focusBarcode() {
    var barcode = document.getElementById('barcode');
    if (barcode && document.activeElement && document.activeElement.name !== 'q') {
      barcode.focus();
      barcode.select();
    }
  }

  function lastLineButton(selector) {
    var buttons = document.querySelectorAll('.pos-line ' + selector);
    return buttons.length ? buttons[buttons.length - 1] : null;
  }

  document.addEventListener('keydown', function (event) {
    var pay = document.getElementById('pay');
    if (pay && (event.key === 'F9' || (event.key === 'Enter' && event.ctrlKey))) {
      event.preventDefault();
      if (!pay.disabled) {
        pay.click();
      }
      return;
    }
    if (event.target && event.target.id === 'barcode' && (event.key === '+' || event.key === '-')) {
      var button = lastLineButton(event.key === '+' ? '.pos-inc' : '.pos-dec');
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  });

  document.addEventListener('input', function (event) {
    if (event.target && event.target.id === 'given') {
      var total = document.getElementById('pos-total');
      var change = document.getElementById('change');
      var given = cents(event.target.value);
      if (total && change) {
        var due = given === null ? null : given - Number(total.getAttribute('data-cents'));
        change.textContent = due === null || due < 0 ? '—' : money(due);
      }
    }
  });

  document.addEventListener('click', function (event) {
    var target = event.target && event.target.closest ? event.target.closest('[data-print]') : null;
    if (target) {
      window.print();
    }
  });

  document.addEventListener('htmx:afterSettle', focusBarcode);
})();
