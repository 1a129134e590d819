/* haven search: the search page's script. The site works without it (the page then
   lists the site's sections); with it, the page loads the index of the reader's language
   and version (a script beside the page, so search works from file:// too) and finds
   pages by whole words and word beginnings, ignoring case and accents, in any script. */
(function () {
  "use strict";

  /* A word: letters, digits and combining marks, with the joiners Urdu and Persian use. */
  var WORD = /[\p{L}\p{N}\p{M}\u200c\u200d\u0640]+/gu;
  var VERSIONS = ["standard", "easy", "eal"];
  /* Letters that do not decompose into a base letter and an accent, and letters that
     readers type in more than one way: Arabic kaf, yeh and heh for the Urdu ones. */
  var FOLDS = {
    "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
    "\u0643": "\u06a9", "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0647": "\u06c1"
  };
  var FOLDABLE = /[łøđðþßæœı\u0643\u064a\u0649\u0647]/g;

  /* The form of a word that matching compares: compatibility forms and accents taken
     off, lower case, digits of every script as 0-9, joiners and tatweel removed. */
  function fold(text) {
    return text
      .normalize("NFKD")
      .replace(/\p{Mn}/gu, "")
      .toLowerCase()
      .replace(FOLDABLE, function (c) { return FOLDS[c]; })
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, function (d) { return String((d.charCodeAt(0) & 0xf) % 10); })
      .replace(/[\u200c\u200d\u0640]/g, "");
  }

  /* The words of a text, each with where it starts and its folded form. */
  function words(text) {
    var out = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      out.push({ at: match.index, text: match[0], key: fold(match[0]) });
    }
    return out;
  }

  function keys(text) {
    var set = new Set();
    words(text).forEach(function (w) { if (w.key) { set.add(w.key); } });
    return set;
  }

  /* The index's pages, ready to search. */
  function prepare(index) {
    return index.pages.map(function (p) {
      return {
        url: p[0], title: p[1], band: p[2], lang: p[3], text: p[4],
        dir: p[3] ? index.dirs[p[3]] : "",
        titleKeys: keys(p[1]), textKeys: keys(p[4])
      };
    });
  }

  /* The folded words of a query, each once. */
  function terms(query) {
    var seen = new Set();
    return words(query).map(function (w) { return w.key; }).filter(function (k) {
      if (!k || seen.has(k)) { return false; }
      seen.add(k);
      return true;
    });
  }

  /* 2 for a whole word of `set`, 1 for the start of one, 0 for none. */
  function hit(set, term) {
    if (set.has(term)) { return 2; }
    for (var key of set) {
      if (key.startsWith(term)) { return 1; }
    }
    return 0;
  }

  /* How well a page matches: every term must be in its title or text; whole words count
     more than word beginnings, and titles more than text. */
  function score(doc, list) {
    var total = 0;
    for (var i = 0; i < list.length; i++) {
      var s = hit(doc.titleKeys, list[i]) * 4 + hit(doc.textKeys, list[i]);
      if (s === 0) { return 0; }
      total += s;
    }
    return total;
  }

  /* The pages matching `query`, best first. */
  function find(docs, query, lang) {
    var list = terms(query);
    if (list.length === 0) { return []; }
    return docs
      .map(function (doc) { return { doc: doc, score: score(doc, list) }; })
      .filter(function (r) { return r.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.doc.title.localeCompare(b.doc.title, lang); })
      .map(function (r) { return r.doc; });
  }

  function matches(key, list) {
    return list.some(function (t) { return key.startsWith(t); });
  }

  /* Around the first match in a page's text: pieces of text, `mark` set on matched words. */
  function snippet(doc, query) {
    var list = terms(query);
    var all = words(doc.text);
    var first = all.find(function (w) { return matches(w.key, list); });
    var from = first ? first.at : 0;
    var start = Math.max(0, from - 60);
    while (start > 0 && start < from && !/\s/.test(doc.text[start - 1])) { start++; }
    var end = Math.min(doc.text.length, start + 200);
    while (end < doc.text.length && !/\s/.test(doc.text[end])) { end++; }
    var pieces = [];
    var at = start;
    all.forEach(function (w) {
      if (w.at < start || w.at + w.text.length > end || !matches(w.key, list)) { return; }
      pieces.push({ text: doc.text.slice(at, w.at), mark: false }, { text: w.text, mark: true });
      at = w.at + w.text.length;
    });
    pieces.push({ text: doc.text.slice(at, end), mark: false });
    if (start > 0) { pieces[0].text = "… " + pieces[0].text; }
    if (end < doc.text.length) { pieces[pieces.length - 1].text += " …"; }
    return pieces;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text) { el.textContent = text; }
    return el;
  }

  /* One result: the page's title as a link, its age band, and a snippet. */
  function result(doc, query) {
    var item = element("li", "search-result");
    var link = element("a", "", doc.title);
    link.href = doc.url;
    var heading = element("p", "search-result-title");
    heading.appendChild(link);
    if (doc.lang) {
      item.lang = doc.lang;
      item.dir = doc.dir;
    }
    item.appendChild(heading);
    if (doc.band) { item.appendChild(element("p", "search-result-band", doc.band)); }
    var text = element("p", "search-result-snippet");
    snippet(doc, query).forEach(function (piece) {
      text.appendChild(piece.mark ? element("mark", "", piece.text) : document.createTextNode(piece.text));
    });
    item.appendChild(text);
    return item;
  }

  /* Loads the index script beside this page, falling back to the standard version. */
  function loadIndex(version, done, failed) {
    var script = document.createElement("script");
    script.src = version + ".js";
    script.onload = function () {
      var index = window.havenSearchIndex;
      window.havenSearchIndex = undefined;
      if (index) { done(index); } else { failed(); }
    };
    script.onerror = function () {
      if (version === "standard") { failed(); } else { loadIndex("standard", done, failed); }
    };
    document.head.appendChild(script);
  }

  function start() {
    var app = document.getElementById("search-app");
    var form = document.querySelector(".search-form");
    var input = document.getElementById("search-words");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var noJs = document.getElementById("search-no-js");
    if (!app || !form || !input || !status || !list || !noJs) { return; }
    var params = new URLSearchParams(location.search);
    var version = VERSIONS.indexOf(params.get("v")) >= 0 ? params.get("v") : "standard";
    var lang = document.documentElement.lang;
    var docs = null;
    var timer = 0;
    input.value = params.get("q") || "";
    noJs.hidden = true;
    app.hidden = false;
    status.textContent = app.dataset.loading;

    function remember(query) {
      var next = new URLSearchParams();
      if (query) { next.set("q", query); }
      if (version !== "standard") { next.set("v", version); }
      var search = next.toString();
      try {
        history.replaceState(null, "", search ? "?" + search : location.pathname);
      } catch (e) {
        /* Some browsers refuse this from file://; searching works all the same. */
      }
    }

    function run() {
      if (!docs) { return; }
      var query = input.value.trim();
      var found = find(docs, query, lang);
      list.textContent = "";
      found.forEach(function (doc) { list.appendChild(result(doc, query)); });
      if (!query) {
        status.textContent = "";
      } else if (found.length === 0) {
        status.textContent = app.dataset.none;
      } else {
        status.textContent = app.dataset.found.replace("%n", String(found.length));
      }
      remember(query);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run();
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    });
    loadIndex(version, function (index) {
      docs = prepare(index);
      status.textContent = "";
      run();
    }, function () {
      status.textContent = "";
      app.hidden = true;
      noJs.hidden = false;
    });
  }

  var api = { fold: fold, prepare: prepare, find: find, snippet: snippet };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    start();
  }
})();
