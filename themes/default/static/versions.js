/* haven: remembers the reader's language and version (DESIGN §6).
   A click on the version switcher saves the choice in this browser only (localStorage;
   nothing leaves the device). On a later page in another language or version, the script
   follows that page's own switcher link to the saved choice, or to the saved language when
   the page has no such version. Without JavaScript, or with storage blocked, the switcher
   is plain links and every page still works. Plain ES5, no modules: runs from file:// too. */
(function () {
  "use strict";
  var KEY = "haven-version";
  var nav = document.querySelector("[data-versions]");
  if (!nav) { return; }
  var store = null;
  try { store = window.localStorage; } catch (e) { return; }
  if (!store) { return; }

  function choiceOf(link) {
    return { lang: link.getAttribute("data-lang"), version: link.getAttribute("data-version") };
  }

  nav.addEventListener("click", function (event) {
    var link = event.target;
    while (link && link !== nav && !(link.tagName === "A" && link.hasAttribute("data-lang"))) {
      link = link.parentNode;
    }
    if (!link || link === nav) { return; }
    try { store.setItem(KEY, JSON.stringify(choiceOf(link))); } catch (e) { /* storage full or blocked */ }
  });

  var saved = null;
  try { saved = JSON.parse(store.getItem(KEY) || "null"); } catch (e) { saved = null; }
  if (!saved || typeof saved.lang !== "string" || typeof saved.version !== "string") { return; }

  var links = nav.querySelectorAll("a[data-lang]");
  var here = null;
  for (var i = 0; i < links.length; i++) {
    if (links[i].getAttribute("aria-current") === "page") { here = choiceOf(links[i]); break; }
  }
  if (!here) { return; }
  function find(lang, version) {
    for (var j = 0; j < links.length; j++) {
      var c = choiceOf(links[j]);
      if (c.lang === lang && c.version === version) { return links[j]; }
    }
    return null;
  }
  var wanted = [[saved.lang, saved.version], [saved.lang, "standard"]];
  for (var k = 0; k < wanted.length; k++) {
    if (here.lang === wanted[k][0] && here.version === wanted[k][1]) { return; }
    var target = find(wanted[k][0], wanted[k][1]);
    if (target) { window.location.replace(target.href); return; }
  }
})();
