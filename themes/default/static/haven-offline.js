/* Registers haven's service worker ([offline] service_worker = true in config.toml), which
   keeps the pages a reader has visited, and the core pages, available with no network.
   Only over http(s): a copy opened from disk (file://) never registers one. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) {
    return;
  }
  navigator.serviceWorker.register(new URL("haven-service-worker.js", script.src).href).catch(function () {
    /* No service worker (a private window, say): the site works as before, online. */
  });
})();
