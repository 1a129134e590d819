/* haven serve's live reload. Only the preview server adds this script to pages; a built
   site never has it. It listens to the server's events: after every good build the page
   reloads (keeping its place); when a build fails, the terminal's message is shown over
   the page, which stays as it last built; the next good build clears it. */
(function () {
  "use strict";
  var script = document.currentScript;
  var build = script ? script.getAttribute("data-build") : null;
  var place = "haven-serve-scroll:" + location.pathname;
  var panel = null;

  try {
    var saved = sessionStorage.getItem(place);
    if (saved !== null) {
      sessionStorage.removeItem(place);
      window.addEventListener("load", function () { window.scrollTo(0, Number(saved) || 0); });
    }
  } catch (e) { /* storage off: reloads start at the top */ }

  function reload() {
    try { sessionStorage.setItem(place, String(window.scrollY)); } catch (e) { /* as above */ }
    location.reload();
  }

  function hide() {
    if (panel) { panel.remove(); panel = null; }
  }

  function show(message) {
    hide();
    panel = document.createElement("section");
    panel.id = "haven-serve-problem";
    panel.setAttribute("role", "alert");
    panel.setAttribute("lang", "en");
    panel.setAttribute("dir", "ltr");
    panel.setAttribute("aria-labelledby", "haven-serve-problem-title");
    panel.style.cssText = "position:fixed;inset:0 0 auto 0;max-height:80vh;overflow:auto;z-index:2147483647;" +
      "margin:0;padding:1rem 1.25rem;background:#fff;color:#1a1a1a;border-bottom:6px solid #b00020;" +
      "box-shadow:0 4px 16px rgba(0,0,0,.35);font:1rem/1.5 system-ui,sans-serif;text-align:left";
    var title = document.createElement("h2");
    title.id = "haven-serve-problem-title";
    title.textContent = "haven could not build the site";
    title.style.cssText = "margin:0 0 .5rem;font-size:1.25rem;color:#b00020";
    var text = document.createElement("pre");
    text.textContent = message;
    text.style.cssText = "margin:0 0 .75rem;padding:.75rem;white-space:pre-wrap;overflow-wrap:anywhere;" +
      "background:#f6f6f6;border:1px solid #ccc;font:.95rem/1.45 ui-monospace,monospace;color:#1a1a1a";
    var note = document.createElement("p");
    note.textContent = "The page below is the last version that built. Fix the problem and save: " +
      "this message goes away by itself.";
    note.style.cssText = "margin:0 0 .75rem";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide this message";
    close.style.cssText = "font:inherit;padding:.4rem .9rem;border:2px solid #1a1a1a;background:#fff;color:#1a1a1a;cursor:pointer";
    close.addEventListener("click", hide);
    panel.append(title, text, note, close);
    document.body.append(panel);
  }

  if (!("EventSource" in window)) { return; }
  var events = new EventSource("/__haven/events");
  events.addEventListener("hello", function (e) {
    if (build !== null && e.data !== build) { reload(); }
  });
  events.addEventListener("reload", reload);
  events.addEventListener("problem", function (e) { show(e.data); });
})();
