/* Print buttons on posters and the home-school agreement: shown only when JavaScript runs
   (without it, the browser's own Print works the same). */
(function () {
  "use strict";
  var controls = document.querySelectorAll("[data-print-controls]");
  Array.prototype.forEach.call(controls, function (box) {
    var button = box.querySelector("[data-print]");
    if (!button) { return; }
    button.addEventListener("click", function () { window.print(); });
    box.hidden = false;
  });
}());
