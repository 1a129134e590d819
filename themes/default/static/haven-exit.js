/* Exit this page, as GOV.UK's component does it: the button and the extra skip link are
   plain links that work without JavaScript; this adds Shift pressed three times within
   five seconds (Shift used with another key does not count, any other key starts again),
   and hides the page at once while the neutral site loads. It cannot clear the browser's
   history, and the page about Exit this page says so. */
(function () {
  "use strict";
  var box = document.querySelector("[data-exit-this-page]");
  if (!box) { return; }
  var button = box.querySelector("a");
  var status = box.querySelector("[data-exit-status]");
  var skip = document.querySelector("[data-exit-skip-link]");
  var presses = 0;
  var timer = null;
  var withOtherKey = false;
  var overlay = null;
  /* Three dots in the button fill as Shift is pressed, as on GOV.UK. */
  var dots = box.querySelector(".exit-this-page-dots");
  if (dots) { dots.hidden = false; }

  function say(text) {
    if (status) { status.textContent = text; }
  }

  function showPresses() {
    if (!dots) { return; }
    Array.prototype.forEach.call(dots.children, function (dot, i) {
      dot.classList.toggle("is-on", i < presses);
    });
  }

  function exit(event) {
    if (event) { event.preventDefault(); }
    overlay = document.createElement("div");
    overlay.className = "exit-this-page-overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = box.getAttribute("data-loading") || "";
    document.body.appendChild(overlay);
    document.body.classList.add("exit-this-page-hide-content");
    window.location.href = button.href;
  }

  function reset(expired) {
    if (timer) { window.clearTimeout(timer); }
    timer = null;
    if (expired && presses > 0) { say(box.getAttribute("data-expired") || ""); }
    presses = 0;
    showPresses();
  }

  document.addEventListener("keydown", function (event) {
    /* The button is a link that looks like a button: Space presses it too. */
    if (event.key === " " && event.target === button) {
      exit(event);
      return;
    }
    if (event.key !== "Shift") {
      withOtherKey = event.shiftKey;
      reset(false);
    }
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { return; }
    if (withOtherKey) {
      withOtherKey = false;
      return;
    }
    presses += 1;
    showPresses();
    if (timer) { window.clearTimeout(timer); }
    if (presses >= 3) {
      reset(false);
      exit();
      return;
    }
    say(box.getAttribute(presses === 1 ? "data-press-two" : "data-press-one") || "");
    timer = window.setTimeout(function () { reset(true); }, 5000);
  });

  button.addEventListener("click", exit);
  if (skip) { skip.addEventListener("click", exit); }

  /* Coming back with the Back button shows the page again. */
  window.addEventListener("pageshow", function () {
    document.body.classList.remove("exit-this-page-hide-content");
    if (overlay && overlay.parentNode) { overlay.parentNode.removeChild(overlay); }
    overlay = null;
    reset(false);
  });
}());
