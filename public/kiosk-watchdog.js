// A kiosk reloads until its app has the page (docs/kiosk.md); elsewhere this does nothing.
(function () {
  var kiosk = new URLSearchParams(location.search).has('kiosk');
  try {
    kiosk = kiosk || sessionStorage.getItem('contre-sommet.kiosk') !== null;
  } catch (e) {}
  if (kiosk)
    setTimeout(function () {
      if (document.documentElement.dataset.hydrated !== 'true') location.reload();
    }, 15000);
})();
