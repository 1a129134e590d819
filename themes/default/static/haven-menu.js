/* haven: opens the site menu (a <details> in the header) on screens wide enough to show it
   beside the page, and keeps it closed on phones so the page starts in the first screen.
   Without JavaScript the menu is a plain disclosure the reader opens. Plain ES5: runs from
   file:// too. */
(function () {
  "use strict";
  var menu = document.querySelector("[data-site-menu]");
  if (!menu || !window.matchMedia) { return; }
  var wide = window.matchMedia("(min-width: 48rem)");
  function fit() { menu.open = wide.matches; }
  fit();
  if (wide.addEventListener) { wide.addEventListener("change", fit); }
}());
