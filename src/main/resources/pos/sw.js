// The stall app's service worker: keeps the app's page and its assets so that the app opens and
// sells with no network. Pages: network first, the kept copy when offline. Assets (content-hashed
// URLs): kept once fetched. The API is never cached: sales are kept by the app itself.
'use strict';

var CACHE = 'tadamon-pos-v1';
var SHELL = '/pos/app';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return fetch(SHELL, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error('shell ' + response.status);
      }
      var copy = response.clone();
      return response.text().then(function (html) {
        var assets = ['/pos/manifest.webmanifest', '/pos/icon-192.png', '/favicon.svg'];
        var pattern = /(?:href|src)="(\/(?:css|js|img|webjars)\/[^"]+)"/g;
        var match;
        while ((match = pattern.exec(html)) !== null) {
          assets.push(match[1].replace(/&amp;/g, '&'));
        }
        // One missing asset must not cost the app its offline page: each is kept on its own.
        return Promise.all([cache.put(SHELL, copy)].concat(assets.map(function (asset) {
          return cache.add(asset).catch(function () { return null; });
        })));
      });
    });
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('tadamon-pos-') === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(SHELL, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(SHELL);
    }));
    return;
  }
  event.respondWith(caches.match(request).then(function (kept) {
    return kept || fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    });
  }));
});
