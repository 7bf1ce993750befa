/* Register the service worker that lets Heartwork be installed and show a calm page offline.
 * It keeps only static files and that page (see /sw.js); without it everything still works. */
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) { return; }
  var script = document.currentScript;
  var url = script && script.getAttribute("data-worker");
  if (!url) { return; }
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(url, { scope: "/" }).catch(function () {
      /* not installable here (e.g. plain http on another host): the site works the same */
    });
  });
})();
