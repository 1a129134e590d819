/* Present mode for lessons: the Present button turns the lesson's slides (its sections,
   split by haven at each ## heading) into a slide show for the classroom board. Keys:
   Right, Space or PageDown next; Left or PageUp back; Home and End; F full screen; Esc
   stops. Nothing is fetched, so it works from file:// with no network. Without
   JavaScript the button stays hidden and the lesson is an ordinary page.
   A slide still too long for the board once its type has scaled down is split, never cut:
   its last blocks (or the last items or rows of a list or table it ends with) move onto a new slide after
   it, under its heading again, until every part fits. Stopping puts the page back as it
   was; a board of another size is measured again. */
(function () {
  "use strict";
  var deck = document.querySelector("[data-slides]");
  var controls = document.querySelector("[data-present-controls]");
  var bar = document.querySelector("[data-present-bar]");
  if (!deck || !controls || !bar) { return; }
  // A lesson's slides are the deck's own; an EAL page's English sections sit deeper.
  function ownSlides() {
    return Array.prototype.filter.call(deck.querySelectorAll(".slide"), function (el) {
      return !el.parentElement.closest(".slide");
    });
  }
  var slides = ownSlides();
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

  function overflows(slide) {
    return slide.scrollHeight > slide.clientHeight + 1;
  }

  // The block a slide can be split inside of (its last, when it is a list or a table of
  // more than one item or row), and where its items are.
  function splittable(slide) {
    var last = slide.lastElementChild;
    if (last && /^(UL|OL|DL)$/.test(last.tagName) && last.children.length > 1) {
      return { block: last, items: last };
    }
    if (last && last.tagName === "TABLE" && last.tBodies.length === 1 && last.tBodies[0].rows.length > 1) {
      return { block: last, items: last.tBodies[0] };
    }
    return null;
  }

  // An empty copy of a list or table (a table keeps its header row), for its last items.
  function continuation(block) {
    var copy = block.cloneNode(false);
    copy.removeAttribute("id");
    copy.setAttribute("data-split-from", "");
    if (block.tagName !== "TABLE") { return { block: copy, items: copy }; }
    if (block.tHead) { copy.appendChild(block.tHead.cloneNode(true)); }
    return { block: copy, items: copy.appendChild(block.tBodies[0].cloneNode(false)) };
  }

  // Where a list's or table's moved items go back to.
  function itemsOf(block) {
    return block.tagName === "TABLE" ? block.tBodies[0] : block;
  }

  // Moves `node` and everything after it (the white space too) to the start of `to`.
  function moveFrom(node, to) {
    var anchor = to.firstChild;
    while (node) {
      var after = node.nextSibling;
      to.insertBefore(node, anchor);
      node = after;
    }
  }

  function isHeading(el) {
    return !!el && /^H[1-6]$/.test(el.tagName);
  }

  // Moves what does not fit of `slide` (shown, so it can be measured) onto a new slide
  // after it; returns that slide, or null when it fits or cannot be split further. A
  // heading is never left alone: a heading and one block that cannot be split stay, and
  // the slide scrolls (with the arrow keys: it takes focus) rather than hide anything.
  function splitOff(slide) {
    var next = slide.cloneNode(false);
    next.removeAttribute("id");
    next.classList.remove("is-current");
    next.classList.add("slide-continued");
    var heading = slide.firstElementChild;
    while (overflows(slide)) {
      var whole = slide.children.length <= 2 ? splittable(slide) : null;
      if (whole) {
        // Its last items go first on the new slide, before any block moved already.
        var first = next.firstElementChild;
        var rest = first && first.hasAttribute("data-split-from") ?
          { block: first, items: itemsOf(first) } : continuation(whole.block);
        if (rest.block !== first) { next.insertBefore(rest.block, next.firstChild); }
        moveFrom(whole.items.lastElementChild, rest.items);
        if (whole.block.tagName === "OL") {
          rest.block.setAttribute("start", String((whole.block.start || 1) + whole.items.children.length));
        }
      } else if (slide.children.length > 2 || (slide.children.length === 2 && !isHeading(heading))) {
        moveFrom(slide.lastElementChild, next);
      } else {
        break;
      }
    }
    if (!next.firstChild) { return null; }
    if (isHeading(heading) && heading.parentElement === slide) {
      var again = heading.cloneNode(true);
      again.removeAttribute("id");
      again.classList.add("slide-heading-again");
      next.insertBefore(again, next.firstChild);
    }
    slide.after(next);
    return next;
  }

  // Splits every slide that overflows the board, measuring each as it is shown.
  function fitToBoard() {
    for (var i = 0; i < slides.length; i += 1) {
      show(i);
      var next = splitOff(slides[i]);
      if (next) { slides.splice(i + 1, 0, next); }
    }
  }

  // Puts every split slide back together, as the page was.
  function unsplit() {
    deck.querySelectorAll(".slide-continued").forEach(function (part) {
      var whole = part.previousElementSibling;
      Array.prototype.forEach.call(part.querySelectorAll(":scope > .slide-heading-again"), function (h) { h.remove(); });
      while (part.firstChild) {
        var child = part.firstChild;
        var block = whole.lastElementChild;
        if (child.nodeType === 1 && child.hasAttribute("data-split-from") && block && block.tagName === child.tagName) {
          var from = itemsOf(child);
          var to = itemsOf(block);
          while (from.firstChild) { to.appendChild(from.firstChild); }
          child.remove();
        } else {
          whole.appendChild(child);
        }
      }
      part.remove();
    });
    slides = ownSlides();
  }

  function refit() {
    var at = slides[current];
    unsplit();
    fitToBoard();
    var back = slides.indexOf(at);
    show(back < 0 ? 0 : back);
  }

  function enter() {
    presenting = true;
    root.classList.add("presenting");
    bar.hidden = false;
    // In the tab order, so a slide longer than the screen scrolls with the arrow keys (only
    // the current one shows, so only it can take focus).
    fitToBoard();
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
    unsplit();
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

  var resizing = null;
  window.addEventListener("resize", function () {
    if (!presenting) { return; }
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      refit();
      slides.forEach(function (slide) { slide.setAttribute("tabindex", "0"); });
    }, 150);
  });

  start.addEventListener("click", enter);
  bar.querySelector("[data-present-next]").addEventListener("click", function () { show(current + 1); });
  bar.querySelector("[data-present-previous]").addEventListener("click", function () { show(current - 1); });
  bar.querySelector("[data-present-leave]").addEventListener("click", leave);
  controls.hidden = false;
}());
