/* haven: the reader's reading preferences (text size, line spacing, background colour,
   letters), set on <html> as data-reading-size, -spacing, -background and -font, which
   header.css turns into styles. Remembered in this browser only (localStorage; nothing
   leaves the device) and applied as each page starts. Without JavaScript the panel stays
   hidden and pages look as the theme made them. Plain ES5: runs from file:// too. */
(function () {
  "use strict";
  var KEY = "haven-reading";
  var NAMES = ["size", "spacing", "background", "font"];
  var root = document.documentElement;
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }

  function saved() {
    try { return JSON.parse((store && store.getItem(KEY)) || "{}") || {}; } catch (e) { return {}; }
  }

  function apply(choices) {
    NAMES.forEach(function (name) {
      var value = choices[name];
      if (value && value !== "standard" && value !== "white") {
        root.setAttribute("data-reading-" + name, value);
      } else {
        root.removeAttribute("data-reading-" + name);
      }
    });
  }

  apply(saved());
  var panel = document.querySelector("[data-reading]");
  var form = panel && panel.querySelector("[data-reading-form]");
  if (!form) { return; }

  function read() {
    var choices = {};
    NAMES.forEach(function (name) {
      var checked = form.querySelector("input[name='" + name + "']:checked");
      if (checked) { choices[name] = checked.value; }
    });
    return choices;
  }

  function save(choices) {
    apply(choices);
    try { if (store) { store.setItem(KEY, JSON.stringify(choices)); } } catch (e) { /* storage full or blocked */ }
  }

  var now = saved();
  NAMES.forEach(function (name) {
    var input = now[name] && form.querySelector("input[name='" + name + "'][value='" + now[name] + "']");
    if (input) { input.checked = true; }
  });
  form.addEventListener("change", function () { save(read()); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { save(read()); }, 0);
  });
  panel.hidden = false;
}());
