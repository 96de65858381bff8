// Draws a Leaflet map in each .map[data-markers]: markers come from the list beside it
// (li[data-lat][data-lon]), so the page works as a plain list without script or tiles.
(function () {
  function draw(element) {
    if (!window.L) { return; }
    var list = document.getElementById(element.getAttribute('data-markers'));
    var points = list ? list.querySelectorAll('[data-lat][data-lon]') : [];
    // No animations: cheap phones draw faster, and markers are placed for the final view at once.
    var map = L.map(element, { scrollWheelZoom: false, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: element.getAttribute('data-attribution') || '' }).addTo(map);
    }
    var bounds = [];
    // Sized bubbles: items with data-size get a circle whose area is proportional to their value.
    var largest = 0;
    points.forEach(function (item) {
      var size = Number(item.getAttribute('data-size'));
      if (isFinite(size) && size > largest) { largest = size; }
    });
    points.forEach(function (item) {
      var lat = Number(item.getAttribute('data-lat'));
      var lon = Number(item.getAttribute('data-lon'));
      if (!isFinite(lat) || !isFinite(lon)) { return; }
      var link = item.querySelector('a');
      var radius = 8;
      if (item.hasAttribute('data-size')) {
        var value = Number(item.getAttribute('data-size'));
        radius = largest > 0 && isFinite(value) ? 4 + 26 * Math.sqrt(Math.max(value, 0) / largest) : 4;
      }
      var marker = L.circleMarker([lat, lon], { radius: radius, color: '#08553d', fillColor: '#0b6e4f', fillOpacity: item.hasAttribute('data-size') ? 0.5 : 0.8 }).addTo(map);
      if (link) {
        var popup = document.createElement('a');
        popup.href = link.getAttribute('href');
        popup.textContent = link.textContent;
        marker.bindPopup(popup);
      }
      bounds.push([lat, lon]);
    });
    function fit() {
      map.invalidateSize();
      if (bounds.length > 0) {
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 10, animate: false });
      } else {
        map.setView([29.5, -8.5], 5, { animate: false });
      }
    }
    fit();
    // the container may still be settling its size (fonts, grid): fit again once the page has loaded
    window.addEventListener('load', fit);
    element.setAttribute('data-ready', String(bounds.length));
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.map[data-markers]').forEach(draw);
  });
})();
