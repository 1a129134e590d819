/* Present mode for lessons: the Present button turns the lesson's slides (its sections,
   split by haven at each ## heading) into a slide show for the classroom board. Keys:
   Right, Space or PageDown next; Left or PageUp back; Home and End; F full screen; Esc
   stops. Nothing is fetched, so it works from file:// with no network. Without
   JavaScript the button stays hidden and the lesson is an ordinary page. */
(function () {
  "use strict";
  var deck = document.querySelector("[data-slides]");
  var controls = document.querySelector("[data-present-controls]");
  var bar = document.querySelector("[data-present-bar]");
  if (!deck || !controls || !bar) { return; }
  var slides = Array.prototype.filter.call(deck.children, function (el) {
    return el.classList.contains("slide");
  });
  if (slides.length === 0) { return; }
  var start = controls.querySelector("[data-present-start]");
  var counter = bar.querySelector("[data-present-counter]");
  var wording = deck.getAttribute("data-counter") || "%c / %t";
  var root = document.documentElement;
  var current = 0;
  var presenting = false;

  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach(function (slide, i) {
      slide.classList.toggle("is-current", i === current);
    });
    counter.textContent = wording.replace("%c", String(current + 1)).replace("%t", String(slides.length));
    slides[current].scrollTop = 0;
    slides[current].focus({ preventScroll: true });
  }

  function enter() {
    presenting = true;
    root.classList.add("presenting");
    bar.hidden = false;
    // In the tab order, so a slide longer than the screen scrolls with the arrow keys (only
    // the current one shows, so only it can take focus).
    slides.forEach(function (slide) { slide.setAttribute("tabindex", "0"); });
    show(0);
  }

  function leave() {
    presenting = false;
    root.classList.remove("presenting");
    bar.hidden = true;
    slides.forEach(function (slide) {
      slide.classList.remove("is-current");
      slide.removeAttribute("tabindex");
    });
    if (document.fullscreenElement && document.exitFullscreen) {
      document.exitFullscreen().catch(function () {});
    }
    start.focus();
  }

  function toggleFullScreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen().catch(function () {});
    } else if (root.requestFullscreen) {
      root.requestFullscreen().catch(function () {});
    }
  }

  var keys = {
    ArrowRight: function () { show(current + 1); },
    " ": function () { show(current + 1); },
    Spacebar: function () { show(current + 1); },
    PageDown: function () { show(current + 1); },
    ArrowLeft: function () { show(current - 1); },
    PageUp: function () { show(current - 1); },
    Home: function () { show(0); },
    End: function () { show(slides.length - 1); },
    Escape: leave,
    Esc: leave,
    f: toggleFullScreen,
    F: toggleFullScreen
  };

  document.addEventListener("keydown", function (event) {
    if (!presenting || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var action = Object.prototype.hasOwnProperty.call(keys, event.key) ? keys[event.key] : null;
    if (action) {
      event.preventDefault();
      action();
    }
  });

  start.addEventListener("click", enter);
  bar.querySelector("[data-present-next]").addEventListener("click", function () { show(current + 1); });
  bar.querySelector("[data-present-previous]").addEventListener("click", function () { show(current - 1); });
  bar.querySelector("[data-present-leave]").addEventListener("click", leave);
  controls.hidden = false;
}());
