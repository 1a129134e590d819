// haven studio: what JavaScript adds to the editor (saving works without it): the
// formatting toolbar, the page-link picker, and the preview, rendered by haven's own
// pipeline as the author types (a POST to /preview, a moment after the last key; the
// page is then shown in a frame from the built site's own origin).
(function () {
  "use strict";
  var form = document.getElementById("page-form");
  if (!form) return;
  var body = document.getElementById("f-body");
  var toolbar = form.querySelector(".toolbar");
  var insertLink = document.getElementById("f-link-insert");
  var picker = document.getElementById("f-link");

  function insert(text) {
    var start = body.selectionStart, end = body.selectionEnd;
    var before = body.value.slice(0, start), after = body.value.slice(end);
    body.value = before + text + after;
    body.focus();
    body.selectionStart = body.selectionEnd = start + text.length;
    schedule();
  }

  function lineStart() {
    var at = body.selectionStart;
    return at === 0 || body.value.charAt(at - 1) === "\n" ? "" : "\n";
  }

  var snippets = {
    heading: function () { return lineStart() + "\n## A new heading\n\n"; },
    list: function () { return lineStart() + "- "; }
  };

  if (toolbar) {
    toolbar.hidden = false;
    toolbar.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-insert]");
      if (button) insert(snippets[button.getAttribute("data-insert")]());
    });
  }
  if (insertLink && picker) {
    insertLink.hidden = false;
    insertLink.addEventListener("click", function () {
      var link = picker.value;
      if (!link) return;
      var title = picker.options[picker.selectedIndex].text.replace(/ \(@\/.*\)$/, "");
      insert("[" + title + "](" + link + ")");
    });
  }

  var timer = null, busy = false, again = false;
  var checks = document.getElementById("preview-checks");
  var preview = document.getElementById("preview");

  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    var data = new URLSearchParams(new FormData(form));
    fetch("/preview", { method: "POST", body: data, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        if (answer) {
          checks.innerHTML = answer.checks;
          // The page itself comes from the built site's origin, in its frame.
          if (answer.url) preview.src = answer.url;
          preview.hidden = !answer.url;
        }
      })
      .catch(function () {})
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  }

  // "Add an image at the cursor" takes the cursor's place along, for the image's line.
  var at = document.getElementById("f-at");
  form.addEventListener("submit", function () {
    if (at) at.value = String(body.selectionStart);
  });

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();
