/* haven: opens the header's disclosures (the site menu and the version switcher, <details>
   in the header's row of tools) on screens wide enough to show them beside the page, and
   keeps them closed on phones so the page starts in the first screen. Without JavaScript
   each is a plain disclosure the reader opens. Plain ES5: runs from file:// too. */
(function () {
  "use strict";
  var panels = document.querySelectorAll("[data-site-menu], [data-versions-menu]");
  if (!panels.length || !window.matchMedia) { return; }
  var wide = window.matchMedia("(min-width: 48rem)");
  function fit() {
    for (var i = 0; i < panels.length; i++) { panels[i].open = wide.matches; }
  }
  fit();
  if (wide.addEventListener) { wide.addEventListener("change", fit); }
}());
