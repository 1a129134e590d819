/* The filter box of the useful-links page: as the reader types, only the links whose
   name, description or phone number hold every word stay shown, and groups left empty
   hide. Case and accents do not matter. Works offline; without JavaScript the box stays
   hidden and every link shows. */
(function () {
  "use strict";
  var box = document.querySelector("[data-links-filter]");
  if (!box) { return; }
  var input = box.querySelector("input");
  var status = box.querySelector("[data-links-status]");
  var links = Array.prototype.slice.call(document.querySelectorAll("[data-link]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".links-category, .links-group"));

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l");
  }
  var texts = links.map(function (link) { return fold(link.textContent); });

  function filter() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var seen = {};
    links.forEach(function (link, i) {
      var match = words.every(function (word) { return texts[i].indexOf(word) !== -1; });
      link.hidden = !match;
      if (match) { seen[link.querySelector("a").href] = true; }
    });
    /* A link for several audiences is listed under each: count it once. */
    var shown = Object.keys(seen).length;
    groups.forEach(function (group) {
      group.hidden = group.querySelector("[data-link]:not([hidden])") === null;
    });
    if (words.length === 0) {
      status.textContent = "";
    } else if (shown === 0) {
      status.textContent = box.getAttribute("data-none");
    } else {
      status.textContent = box.getAttribute("data-shown").replace("%n", String(shown));
    }
  }

  input.addEventListener("input", filter);
  box.hidden = false;
}());
