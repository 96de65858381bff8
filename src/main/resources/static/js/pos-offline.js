// The stall app: sells a whole day without a network and sends its sales exactly once.
//
// Everything lives in IndexedDB ("tadamon-pos"): the device (token, where it sells, the next
// sequence number), the catalogue with prices, and every sale made here. A sale is stored with a
// client-generated id and the device's next sequence number in ONE transaction, so two tabs can
// never take the same number. Sending ("draining the queue") runs in one tab at a time: the Web
// Locks API where the browser has it, else a short lease kept in IndexedDB; the server also takes
// a device's batches one after the other and records each sale once whatever is resent. A sale is
// marked sent only when the server's answer names it; a cut connection leaves it waiting, and it
// is sent again.
(function () {
  'use strict';

  var root = document.querySelector('main.stall-app');
  if (!root) {
    return;
  }
  var DB_NAME = 'tadamon-pos';
  var BATCH = 50;
  var LEASE_MS = 30000;
  var tabId = uuid();
  var state = { device: null, items: [], basket: [], lastSale: null, syncing: false, retryMs: 5000, timer: null };
  var channel = 'BroadcastChannel' in window ? new BroadcastChannel('tadamon-pos') : null;

  function $(id) { return document.getElementById(id); }
  function msg(key, arg) {
    var text = root.getAttribute('data-msg-' + key) || key;
    return arg === undefined ? text : text.replace('{0}', arg);
  }
  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function cents(value) {
    var text = String(value === undefined || value === null ? '' : value).trim().replace(/\s/g, '').replace(',', '.');
    if (text === '') { return null; }
    var n = Number(text);
    return isFinite(n) && n >= 0 ? Math.round(n * 100) : null;
  }
  function money(c) {
    var lang = root.getAttribute('data-lang') || 'ar';
    try {
      return new Intl.NumberFormat(lang + '-MA', { style: 'currency', currency: 'MAD', numberingSystem: 'latn' }).format(c / 100);
    } catch (e) {
      return (c / 100).toFixed(2) + ' MAD';
    }
  }
  function decimal(c) { return (c / 100).toFixed(2); }
  function label(text) {
    var lang = root.getAttribute('data-lang') || 'ar';
    if (!text) { return ''; }
    return text[lang] || text.fr || text.ar || text.en || '';
  }
  function time(iso) {
    try {
      return new Date(iso).toLocaleTimeString((root.getAttribute('data-lang') || 'ar') + '-MA',
        { hour: '2-digit', minute: '2-digit', numberingSystem: 'latn' });
    } catch (e) {
      return iso;
    }
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }

  // ---- IndexedDB ---------------------------------------------------------------------------
  var dbPromise = new Promise(function (resolve, reject) {
    var open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = function () {
      var db = open.result;
      db.createObjectStore('kv');
      var sales = db.createObjectStore('sales', { keyPath: 'clientId' });
      sales.createIndex('state', 'state');
      sales.createIndex('seq', 'seq', { unique: true });
    };
    open.onsuccess = function () { resolve(open.result); };
    open.onerror = function () { reject(open.error); };
  });
  function tx(stores, mode, work) {
    return dbPromise.then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(stores, mode);
        var result;
        t.oncomplete = function () { resolve(result); };
        t.onerror = function () { reject(t.error); };
        t.onabort = function () { reject(t.error); };
        result = work(t);
      }).then(function (r) { return r && r.__value !== undefined ? r.__value : r; });
    });
  }
  function req(r) {
    return new Promise(function (resolve, reject) {
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }
  function getKv(key) { return tx(['kv'], 'readonly', function (t) { var box = {}; req(t.objectStore('kv').get(key)).then(function (v) { box.__value = v === undefined ? null : v; }); return box; }); }
  function putKv(key, value) { return tx(['kv'], 'readwrite', function (t) { t.objectStore('kv').put(value, key); }); }
  function allSales() { return tx(['sales'], 'readonly', function (t) { var box = {}; req(t.objectStore('sales').index('seq').getAll()).then(function (v) { box.__value = v; }); return box; }); }
  function pendingSales() {
    return tx(['sales'], 'readonly', function (t) {
      var box = {};
      req(t.objectStore('sales').index('state').getAll('PENDING')).then(function (v) {
        box.__value = v.sort(function (a, b) { return a.seq - b.seq; });
      });
      return box;
    });
  }

  /** Stores the sale and takes the device's next number in one transaction: no two tabs get the same. */
  function storeSale(sale) {
    return tx(['kv', 'sales'], 'readwrite', function (t) {
      var box = {};
      var kv = t.objectStore('kv');
      req(kv.get('device')).then(function (device) {
        sale.seq = device.nextSeq;
        device.nextSeq += 1;
        kv.put(device, 'device');
        t.objectStore('sales').add(sale);
        box.__value = sale;
      });
      return box;
    });
  }

  function markResults(results) {
    return tx(['sales'], 'readwrite', function (t) {
      var store = t.objectStore('sales');
      results.forEach(function (r) {
        req(store.get(r.clientId)).then(function (sale) {
          if (!sale) { return; }
          if (r.status === 'REJECTED') {
            sale.state = 'REJECTED';
            sale.problem = r.message;
          } else {
            sale.state = 'SYNCED';
            sale.receiptNo = r.receiptNo;
            sale.shortfall = r.shortfall;
          }
          store.put(sale);
        });
      });
    });
  }

  // ---- One tab drains the queue ------------------------------------------------------------
  function exclusively(work) {
    if (navigator.locks && navigator.locks.request) {
      return navigator.locks.request('tadamon-pos-sync', { ifAvailable: true }, function (lock) {
        return lock ? work() : null;
      });
    }
    // No Web Locks: a lease in IndexedDB, taken in a transaction, renewed while sending.
    return tx(['kv'], 'readwrite', function (t) {
      var box = {};
      var kv = t.objectStore('kv');
      req(kv.get('lease')).then(function (lease) {
        var now = Date.now();
        if (lease && lease.owner !== tabId && lease.until > now) {
          box.__value = false;
        } else {
          kv.put({ owner: tabId, until: now + LEASE_MS }, 'lease');
          box.__value = true;
        }
      });
      return box;
    }).then(function (mine) {
      if (!mine) { return null; }
      return Promise.resolve(work()).finally(function () { return putKv('lease', null); });
    });
  }

  function sync() {
    if (!state.device || state.syncing) {
      return Promise.resolve();
    }
    return exclusively(drain).catch(function () { return null; }).then(render);
  }

  function drain() {
    state.syncing = true;
    showStatus();
    return pendingSales().then(function (pending) {
      if (!pending.length) {
        return true;
      }
      var batch = pending.slice(0, BATCH);
      return post('/api/v1/pos/sync', {
        sales: batch.map(function (s) {
          return { clientId: s.clientId, seq: s.seq, occurredAt: s.occurredAt, payment: s.payment,
            cashGiven: s.cashGiven, lines: s.lines.map(function (l) {
              return { variantId: l.variantId, quantity: l.quantity, unitPrice: l.unitPrice };
            }) };
        })
      }).then(function (answer) {
        return markResults(answer.results).then(function () {
          return putKv('lastSync', new Date().toISOString());
        }).then(function () {
          if (channel) { channel.postMessage('synced'); }
          return pending.length > batch.length ? drain() : true;
        });
      });
    }).then(function () {
      state.retryMs = 5000;
      setWarning(null);
    }, function (error) {
      root.setAttribute('data-last-error', String(error && (error.detail || error.status || error.message)));
      if (error && error.status === 401) {
        setWarning(msg('unpaired'));
      }
      schedule(state.retryMs);
      state.retryMs = Math.min(state.retryMs * 2, 30000);
    }).finally(function () {
      state.syncing = false;
    });
  }

  function schedule(ms) {
    clearTimeout(state.timer);
    state.timer = setTimeout(sync, ms);
  }

  function post(url, body) {
    var controller = 'AbortController' in window ? new AbortController() : null;
    var timeout = setTimeout(function () { if (controller) { controller.abort(); } }, 20000);
    state.inFlight = controller;
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
        'Accept-Language': root.getAttribute('data-lang') || 'ar',
        'Authorization': 'Device ' + state.device.token },
      body: JSON.stringify(body),
      credentials: 'omit',
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      clearTimeout(timeout);
      if (!response.ok) {
        var error = new Error('HTTP ' + response.status);
        error.status = response.status;
        return response.text().then(function (text) { error.detail = response.status + ' ' + text.slice(0, 300); throw error; });
      }
      return response.json();
    }, function (error) {
      clearTimeout(timeout);
      throw error;
    });
  }

  function refreshCatalogue() {
    if (!state.device) { return Promise.resolve(); }
    return fetch('/api/v1/pos/catalogue', {
      headers: { 'Accept': 'application/json', 'Authorization': 'Device ' + state.device.token },
      credentials: 'omit'
    }).then(function (response) {
      if (response.status === 401) { setWarning(msg('unpaired')); }
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    }).then(function (catalogue) {
      return putKv('catalogue', catalogue.items).then(function () {
        return updateDevice(function (device) { device.closedDays = catalogue.device.closedDays || []; });
      });
    }).catch(function () { return null; }).then(function () {
      return Promise.all([getKv('device'), getKv('catalogue'), pendingSales()]);
    }).then(function (loaded) {
      // The server's stock does not know the sales still waiting here: take them off.
      var waiting = {};
      loaded[2].forEach(function (sale) {
        sale.lines.forEach(function (l) { waiting[l.variantId] = (waiting[l.variantId] || 0) + Number(l.quantity); });
      });
      state.device = loaded[0] || state.device;
      state.items = (loaded[1] || []).map(function (item) {
        return Object.assign({}, item, { stock: Number(item.stock) - (waiting[item.variantId] || 0) });
      });
      renderProducts();
    });
  }

  /** Changes the stored device in one transaction (never touching the number counter from a stale copy). */
  function updateDevice(change) {
    return tx(['kv'], 'readwrite', function (t) {
      var kv = t.objectStore('kv');
      req(kv.get('device')).then(function (device) {
        if (device) { change(device); kv.put(device, 'device'); }
      });
    });
  }

  // ---- Pairing -----------------------------------------------------------------------------
  function pair(code) {
    var error = $('stall-pair-error');
    error.hidden = true;
    return fetch('/api/v1/pos/pair', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
        'Accept-Language': root.getAttribute('data-lang') || 'ar' },
      body: JSON.stringify({ code: code }),
      credentials: 'omit'
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body.detail || body.title || response.status); }
        return body;
      });
    }).then(function (paired) {
      return getKv('device').then(function (old) {
        // A device paired again keeps counting after the highest number either side knows.
        var next = Math.max(paired.nextSeq, old ? old.nextSeq : 1);
        var device = {
          token: paired.token, deviceId: paired.deviceId, nextSeq: next, mode: paired.device.mode,
          name: paired.device.name, editionName: paired.device.editionName, locationName: paired.device.locationName,
          closedDays: paired.device.closedDays || []
        };
        return putKv('device', device).then(function () { return device; });
      });
    }).then(function (device) {
      state.device = device;
      if (navigator.storage && navigator.storage.persist) {
        navigator.storage.persist().then(function (granted) { if (!granted) { setWarning(msg('no-persist')); } });
      }
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', window.location.pathname + '?lang=' + (root.getAttribute('data-lang') || 'ar'));
      }
      return refreshCatalogue().then(render).then(sync);
    }).catch(function (e) {
      error.textContent = msg('pair-failed', e.message);
      error.hidden = false;
    });
  }

  // ---- Selling -----------------------------------------------------------------------------
  function renderProducts() {
    var list = $('stall-products');
    var query = ($('stall-search').value || '').trim().toLowerCase();
    list.textContent = '';
    var shown = state.items.filter(function (item) {
      if (!query) { return true; }
      return [label(item.label), label(item.actorName), item.barcode].join(' ').toLowerCase().indexOf(query) >= 0;
    }).slice(0, 60);
    shown.forEach(function (item) {
      var button = el('button', { type: 'button', 'class': 'stall-product', 'data-variant': item.variantId }, [
        el('span', { 'class': 'stall-product-name', dir: 'auto', text: label(item.label) }),
        el('span', { 'class': 'muted', dir: 'auto', text: state.device && state.device.mode === 'STORE' ? label(item.actorName) : '' }),
        el('span', { 'class': 'stall-product-price', dir: 'ltr', text: money(cents(item.price)) }),
        el('span', { 'class': 'hint', text: msg('stock', String(Math.max(0, Number(item.stock)))) })
      ]);
      button.addEventListener('click', function () { add(item); });
      list.appendChild(el('li', {}, [button]));
    });
    if (!shown.length) {
      list.appendChild(el('li', { 'class': 'hint', text: msg('nothing') }));
    }
  }

  function add(item) {
    var line = state.basket.find(function (l) { return l.variantId === item.variantId; });
    if (line) { line.quantity += 1; } else {
      state.basket.push({ variantId: item.variantId, quantity: 1, unitPrice: decimal(cents(item.price)),
        label: item.label, actorId: item.actorId, actorName: item.actorName });
    }
    renderBasket();
  }

  function basketTotal() {
    return state.basket.reduce(function (sum, l) { return sum + Math.round(l.quantity * cents(l.unitPrice)); }, 0);
  }

  function renderBasket() {
    var box = $('stall-basket');
    box.textContent = '';
    // In store mode one basket holds several cooperatives' goods: shown by cooperative.
    var groups = [];
    state.basket.forEach(function (line) {
      var group = groups.find(function (g) { return g.actorId === line.actorId; });
      if (!group) { group = { actorId: line.actorId, actorName: line.actorName, lines: [] }; groups.push(group); }
      group.lines.push(line);
    });
    groups.forEach(function (group) {
      var list = el('ul', { 'class': 'plain stall-lines' });
      group.lines.forEach(function (line) {
        var less = el('button', { type: 'button', 'class': 'button secondary small', 'aria-label': msg('less') + ' — ' + label(line.label), text: '−' });
        var more = el('button', { type: 'button', 'class': 'button secondary small', 'aria-label': msg('more') + ' — ' + label(line.label), text: '+' });
        var remove = el('button', { type: 'button', 'class': 'link', 'aria-label': msg('remove') + ' — ' + label(line.label), text: msg('remove') });
        less.addEventListener('click', function () { line.quantity -= 1; if (line.quantity <= 0) { drop(line); } renderBasket(); });
        more.addEventListener('click', function () { line.quantity += 1; renderBasket(); });
        remove.addEventListener('click', function () { drop(line); renderBasket(); });
        list.appendChild(el('li', { 'class': 'stall-line' }, [
          el('span', { dir: 'auto', text: label(line.label) }),
          el('span', { 'class': 'stall-qty' }, [less, el('span', { dir: 'ltr', text: String(line.quantity) }), more]),
          el('span', { dir: 'ltr', text: money(Math.round(line.quantity * cents(line.unitPrice))) }),
          remove
        ]));
      });
      if (state.device && state.device.mode === 'STORE') {
        box.appendChild(el('h3', { dir: 'auto', text: label(group.actorName) }));
      }
      box.appendChild(list);
    });
    if (!state.basket.length) {
      box.appendChild(el('p', { 'class': 'hint', text: msg('empty-basket') }));
    }
    $('stall-total').textContent = money(basketTotal());
    showChange();
  }

  function drop(line) { state.basket = state.basket.filter(function (l) { return l !== line; }); }

  function payment() {
    var checked = document.querySelector('#stall-pay-form input[name=payment]:checked');
    return checked ? checked.value : 'CASH';
  }

  function showChange() {
    var cashField = $('stall-cash-field');
    cashField.hidden = payment() !== 'CASH';
    var given = cents($('stall-cash').value);
    var total = basketTotal();
    $('stall-change').textContent = '';
    if (given !== null && given >= total && total > 0) {
      $('stall-change').textContent = '↩ ' + money(given - total);
    }
  }

  function record(event) {
    event.preventDefault();
    var error = $('stall-pay-error');
    error.hidden = true;
    if (!state.basket.length) {
      error.textContent = msg('empty-basket');
      error.hidden = false;
      return;
    }
    var total = basketTotal();
    var given = payment() === 'CASH' ? cents($('stall-cash').value) : null;
    if (payment() === 'CASH' && $('stall-cash').value.trim() !== '' && (given === null || given < total)) {
      error.textContent = msg('cash-low');
      error.hidden = false;
      return;
    }
    var button = $('stall-pay');
    button.disabled = true;
    var sale = {
      clientId: uuid(), occurredAt: new Date().toISOString(), payment: payment(),
      cashGiven: given === null ? null : decimal(given), total: decimal(total), state: 'PENDING',
      lines: state.basket.map(function (l) {
        return { variantId: l.variantId, quantity: l.quantity, unitPrice: l.unitPrice, label: l.label, actorName: l.actorName };
      })
    };
    storeSale(sale).then(function (stored) {
      state.basket.forEach(function (line) {
        var item = state.items.find(function (i) { return i.variantId === line.variantId; });
        if (item) { item.stock = Number(item.stock) - line.quantity; }
      });
      state.basket = [];
      state.lastSale = stored;
      $('stall-cash').value = '';
      showReceipt(stored);
      renderBasket();
      renderProducts();
      if (channel) { channel.postMessage('sold'); }
      return render().then(sync);
    }).finally(function () { button.disabled = false; });
  }

  function showReceipt(sale) {
    $('stall-sell').hidden = true;
    $('stall-receipt').hidden = false;
    $('stall-receipt-head').textContent = [
      state.device.locationName ? label(state.device.locationName) : '',
      new Date(sale.occurredAt).toLocaleString((root.getAttribute('data-lang') || 'ar') + '-MA', { numberingSystem: 'latn' }),
      msg('sale-no', String(sale.seq)),
      sale.receiptNo ? msg('receipt-no', String(sale.receiptNo)) : msg('pending')
    ].filter(Boolean).join(' · ');
    var body = $('stall-receipt-lines');
    body.textContent = '';
    sale.lines.forEach(function (l) {
      body.appendChild(el('tr', {}, [
        el('td', { dir: 'auto', text: label(l.label) }),
        el('td', { dir: 'ltr', text: String(l.quantity) }),
        el('td', { dir: 'ltr', text: money(Math.round(l.quantity * cents(l.unitPrice))) })
      ]));
    });
    var foot = msg('payment-' + sale.payment) + ' · ' + money(cents(sale.total));
    if (sale.cashGiven) {
      foot += ' · ' + money(cents(sale.cashGiven)) + ' → ↩ ' + money(cents(sale.cashGiven) - cents(sale.total));
    }
    $('stall-receipt-foot').textContent = foot;
    $('stall-next').focus();
  }

  function closeDay(event) {
    event.preventDefault();
    var status = $('stall-close-status');
    var today = new Date();
    var day = today.getFullYear() + '-' + String(today.getMonth() + 1).padStart(2, '0') + '-' + String(today.getDate()).padStart(2, '0');
    // The day's sales go first, so that none of them is flagged late by the closing itself.
    sync().then(function () {
      return post('/api/v1/pos/close-day', { day: day, cashCounted: $('stall-close-cash').value.trim() === '' ? null : decimal(cents($('stall-close-cash').value) || 0) });
    }).then(function () {
      status.textContent = msg('day-closed');
    }, function () {
      status.textContent = msg('close-needs-network');
    });
  }

  // ---- Rendering of status and journal -----------------------------------------------------
  function setWarning(text) {
    var warning = $('stall-warning');
    warning.hidden = !text;
    warning.textContent = text || '';
  }

  function showStatus() {
    var network = $('stall-network');
    network.textContent = navigator.onLine ? msg('online') : msg('offline');
    network.className = 'badge ' + (navigator.onLine ? 'online' : 'offline');
  }

  function render() {
    showStatus();
    var paired = !!(state.device && state.device.token);
    $('stall-pairing').hidden = paired;
    $('stall-status').hidden = !paired;
    $('stall-journal').hidden = !paired;
    if (paired && $('stall-receipt').hidden) { $('stall-sell').hidden = false; }
    if (!paired) { return Promise.resolve(); }
    $('stall-place').textContent = label(state.device.locationName);
    $('stall-edition').textContent = label(state.device.editionName);
    $('stall-device').textContent = state.device.name;
    return Promise.all([allSales(), getKv('lastSync')]).then(function (both) {
      var sales = both[0];
      var waiting = sales.filter(function (s) { return s.state === 'PENDING'; }).length;
      var badge = $('stall-waiting');
      badge.textContent = state.syncing ? msg('syncing') : waiting ? msg('waiting', String(waiting)) : msg('all-synced');
      badge.className = 'badge ' + (waiting ? 'waiting' : 'synced');
      badge.setAttribute('data-waiting', String(waiting));
      $('stall-last-sync').textContent = msg('last-sync', both[1] ? time(both[1]) : msg('never'));
      var rows = $('stall-journal-rows');
      rows.textContent = '';
      sales.slice(-50).reverse().forEach(function (s) {
        var stateText = msg(s.state.toLowerCase());
        if (s.state === 'SYNCED' && s.receiptNo) { stateText += ' · ' + msg('receipt-no', String(s.receiptNo)); }
        if (s.shortfall && Number(s.shortfall) > 0) { stateText += ' · ' + msg('shortfall', String(Number(s.shortfall))); }
        if (s.problem) { stateText += ' · ' + s.problem; }
        rows.appendChild(el('tr', { 'data-state': s.state }, [
          el('td', { dir: 'ltr', text: String(s.seq) }),
          el('td', { dir: 'ltr', text: time(s.occurredAt) }),
          el('td', { dir: 'ltr', text: money(cents(s.total)) }),
          el('td', { text: stateText })
        ]));
      });
    });
  }

  // ---- Wiring ------------------------------------------------------------------------------
  $('stall-pair-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var code = $('stall-pair-code').value.trim();
    if (code) { pair(code); }
  });
  $('stall-search').addEventListener('input', renderProducts);
  $('stall-scan-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = $('stall-barcode');
    var code = input.value.trim();
    var item = state.items.find(function (i) { return i.barcode === code; });
    $('stall-scan-error').hidden = !!item;
    $('stall-scan-error').textContent = item ? '' : msg('unknown-barcode');
    if (item) { add(item); }
    input.value = '';
  });
  $('stall-pay-form').addEventListener('submit', record);
  $('stall-pay-form').addEventListener('change', showChange);
  $('stall-cash').addEventListener('input', showChange);
  $('stall-clear').addEventListener('click', function () { state.basket = []; renderBasket(); });
  $('stall-print').addEventListener('click', function () { window.print(); });
  $('stall-next').addEventListener('click', function () {
    $('stall-receipt').hidden = true;
    $('stall-sell').hidden = false;
    $('stall-barcode').focus();
  });
  $('stall-sync-now').addEventListener('click', sync);
  $('stall-close-form').addEventListener('submit', closeDay);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'F9' || (event.key === 'Enter' && event.ctrlKey)) {
      if (!$('stall-sell').hidden) { record(event); }
    }
  });
  window.addEventListener('online', function () {
    // A request started while the network was gone may hang: drop it and send again now.
    state.retryMs = 5000;
    showStatus();
    if (state.inFlight) { state.inFlight.abort(); }
    setTimeout(sync, 200);
  });
  window.addEventListener('offline', showStatus);
  if (channel) { channel.onmessage = function () { render(); }; }
  setInterval(function () { if (navigator.onLine) { sync(); } }, 60000);

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/pos/sw.js', { scope: '/pos/' }).catch(function () { return null; });
  }

  Promise.all([getKv('device'), getKv('catalogue')]).then(function (loaded) {
    state.device = loaded[0];
    state.items = loaded[1] || [];
    renderProducts();
    renderBasket();
    return render();
  }).then(function () {
    var code = root.getAttribute('data-pair-code');
    if (code && !(state.device && state.device.token)) {
      $('stall-pair-code').value = code;
      return pair(code);
    }
    if (state.device) {
      return refreshCatalogue().then(sync);
    }
    return null;
  });
})();
