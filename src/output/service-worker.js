/* haven's service worker, written because config.toml says [offline] service_worker = true.
   It keeps the pages a reader has visited, and the site's core pages (home, report,
   links, agreement), available with no network. Pages still come from the network when
   there is one, so readers always get the latest; the copies are for when there is none,
   or when it is too slow to wait for. */
"use strict";

var CORE = __CORE__;
var CORE_CACHE = "haven-core-__VERSION__";
var VISITED_CACHE = "haven-visited";
var PATIENCE_MS = 4000;

self.addEventListener("install", function (event) {
  var urls = CORE.map(function (path) { return new URL(path, self.registration.scope).href; });
  event.waitUntil(
    caches.open(CORE_CACHE)
      .then(function (cache) { return cache.addAll(urls); })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (names) {
        return Promise.all(names
          .filter(function (name) { return name.indexOf("haven-core-") === 0 && name !== CORE_CACHE; })
          .map(function (name) { return caches.delete(name); }));
      })
      .then(function () { return self.clients.claim(); })
  );
});

/* A page is kept without its query (?q=...), so it is found however it was reached. */
function keyOf(request) {
  if (request.mode !== "navigate") { return request; }
  var url = new URL(request.url);
  url.search = "";
  return url.href;
}

function fromCache(request) {
  return caches.match(keyOf(request), { ignoreSearch: request.mode === "navigate" });
}

function keep(request, response) {
  if (response.ok && response.type === "basic") {
    var copy = response.clone();
    caches.open(VISITED_CACHE).then(function (cache) { return cache.put(keyOf(request), copy); });
  }
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) { return; }
  event.respondWith(new Promise(function (resolve) {
    var answered = false;
    function answer(response) {
      if (!answered) { answered = true; resolve(response); }
    }
    var slow = setTimeout(function () {
      fromCache(request).then(function (hit) { if (hit) { answer(hit); } });
    }, PATIENCE_MS);
    fetch(request).then(function (response) {
      clearTimeout(slow);
      keep(request, response);
      answer(response);
    }, function () {
      clearTimeout(slow);
      fromCache(request).then(function (hit) { answer(hit || Response.error()); });
    });
  }));
});
