/*
 * A kiosk whose app could not start (its code not loaded: the network down before the service
 * worker had it, a version replaced under it) must not stay frozen on its page: it reloads until
 * the app takes the page over (src/main.tsx sets html[data-hydrated]). Elsewhere it does nothing: a
 * page without its app stays readable, its links plain links. A classic script of its own, not
 * part of the app's code: it runs when that code cannot be had. Kept in step with
 * src/config/kiosk-session.ts (how a kiosk is recognised).
 */
(function () {
  var RETRY_MS = 15000;
  var kiosk = new URLSearchParams(window.location.search).has('kiosk');
  try {
    kiosk = kiosk || window.sessionStorage.getItem('contre-sommet.kiosk') !== null;
  } catch (e) {
    // Storage refused: only the address tells.
  }
  if (!kiosk) return;
  window.setTimeout(function () {
    if (document.documentElement.dataset.hydrated !== 'true') window.location.reload();
  }, RETRY_MS);
})();
