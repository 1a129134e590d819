/* haven search: the search page's script. The site works without it (the page then
   lists the site's sections); with it, the page loads the listing of the reader's language
   and version (a script beside the page, so search works from file:// too), then only the
   shards of words a query needs and the pages of the results shown (src/output/search.rs),
   and finds pages by whole words and word beginnings, ignoring case and accents, in any
   script. */
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

  /* The folded words of a query, each once. */
  function terms(query) {
    var seen = new Set();
    return words(query).map(function (w) { return w.key; }).filter(function (k) {
      if (!k || seen.has(k)) { return false; }
      seen.add(k);
      return true;
    });
  }

  /* Whether a shard, from its first to its last word, can hold a word beginning with
     `term` (words compare as the build sorted them: by UTF-16 code units). */
  function covers(shard, term) {
    return shard[1] >= term && (shard[0] <= term || shard[0].startsWith(term));
  }

  /* Whether page `n` is in the listing: one bit each, six to a character. */
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  function listed(pages, n) {
    var six = DIGITS.indexOf(pages.charAt(Math.floor(n / 6)));
    return six >= 0 && (six & (1 << (n % 6))) !== 0;
  }

  /* For one term, the pages of the listing holding a word it is or begins: page ->
     [title hit, text hit], each 2 for a whole word, 1 for a beginning, 0 for none. */
  function hits(shards, term, pages) {
    var found = new Map();
    shards.forEach(function (shard) {
      shard.forEach(function (entry) {
        var word = entry[0];
        if (!word.startsWith(term)) { return; }
        var level = word === term ? 2 : 1;
        var page = 0;
        entry[1].forEach(function (v) {
          page += Math.floor(v / 4);
          if (!listed(pages, page)) { return; }
          var hit = found.get(page) || [0, 0];
          if (v & 1) { hit[0] = Math.max(hit[0], level); }
          if (v & 2) { hit[1] = Math.max(hit[1], level); }
          found.set(page, hit);
        });
      });
    });
    return found;
  }

  /* The pages holding every term, best first: whole words count more than word
     beginnings, and titles more than text; equal scores keep the build's order (by title). */
  function rank(perTerm) {
    if (perTerm.length === 0) { return []; }
    var results = [];
    perTerm[0].forEach(function (first, page) {
      var total = 0;
      for (var i = 0; i < perTerm.length; i++) {
        var hit = i === 0 ? first : perTerm[i].get(page);
        if (!hit) { return; }
        total += hit[0] * 4 + hit[1];
      }
      results.push({ page: page, score: total });
    });
    return results.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
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

  /* The scripts of the index, each loaded once: each hands its data to havenSearchLoaded. */
  var waiting = {};
  var arrived = {};
  function load(src, name) {
    if (!waiting[src]) {
      waiting[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = function () {
          script.remove();
          if (name in arrived) { resolve(arrived[name]); } else { reject(new Error(src)); }
        };
        script.onerror = function () { reject(new Error(src)); };
        document.head.appendChild(script);
      });
    }
    return waiting[src];
  }

  /* The listing of this page's language in the reader's version, else the standard one. */
  function loadListing(version) {
    return load(version + ".js", "listing").catch(function (error) {
      if (version === "standard") { throw error; }
      return loadListing("standard");
    });
  }

  /* A page of the results, as the listing's language names and links it. */
  function page(listing, data) {
    var other = data.l === listing.lang ? "" : data.l;
    return {
      url: listing.root + data.u[listing.name], title: data.t, band: listing.bands[data.b] || "",
      lang: other, dir: other ? listing.dirs[other] || "ltr" : "", text: data.x
    };
  }

  /* Results are shown this many at a time, so a query loads the text of only these. */
  var SHOWN = 10;
  /* Results up to this many are sorted by their titles in the reader's language. */
  var SORTED = 30;

  function start() {
    var app = document.getElementById("search-app");
    var form = document.querySelector(".search-form");
    var input = document.getElementById("search-words");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var more = app && app.querySelector("[data-search-more]");
    var noJs = document.getElementById("search-no-js");
    if (!app || !form || !input || !status || !list || !more || !noJs) { return; }
    var params = new URLSearchParams(location.search);
    var version = VERSIONS.indexOf(params.get("v")) >= 0 ? params.get("v") : "standard";
    var listing = null;
    var ranked = [];
    var asked = 0;
    var timer = 0;
    input.value = params.get("q") || "";
    noJs.hidden = true;
    app.hidden = false;
    status.textContent = app.dataset.loading;

    window.havenSearchLoaded = function (name, data) { arrived[name] = data; };

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

    function broken() {
      status.textContent = "";
      app.hidden = true;
      noJs.hidden = false;
    }

    /* The next results, their pages loaded; `focus` moves focus to the first of them. */
    function showMore(query, ask, focus) {
      var from = list.children.length;
      var next = ranked.slice(from, from + SHOWN);
      return Promise.all(next.map(function (r) { return loadPage(r.page); })).then(function (pages) {
        if (ask !== asked) { return; }
        pages.forEach(function (data) { list.appendChild(result(page(listing, data), query)); });
        more.hidden = list.children.length >= ranked.length;
        if (focus && list.children[from]) { list.children[from].querySelector("a").focus(); }
      });
    }

    /* A few results are put in the reader's language's order of titles, as they always
       were; the build's order (by title, accents and case aside) only approaches it, and
       loading the pages of many results to sort them would cost a large site dear. */
    function inOrder(found) {
      if (found.length > SORTED) { return found; }
      var lang = document.documentElement.lang;
      return Promise.all(found.map(function (r) { return loadPage(r.page); })).then(function (pages) {
        found.forEach(function (r, i) { r.title = pages[i].t; });
        return found.sort(function (a, b) {
          return b.score - a.score || a.title.localeCompare(b.title, lang) || a.page - b.page;
        });
      });
    }

    function loadPage(n) {
      return load(listing.root + "search-index/p" + n + ".js", "p" + n);
    }

    function run() {
      if (!listing) { return; }
      var query = input.value.trim();
      var ask = ++asked;
      var wanted = terms(query);
      var shards = listing.shards
        .map(function (shard, i) { return { range: shard, name: "w" + i }; })
        .filter(function (s) { return wanted.some(function (t) { return covers(s.range, t); }); });
      var index = listing.root + "search-index/";
      Promise.all(shards.map(function (s) { return load(index + s.name + ".js", s.name); })).then(function (loaded) {
        if (ask !== asked) { return; }
        return inOrder(rank(wanted.map(function (t) { return hits(loaded, t, listing.pages); })));
      }).then(function (found) {
        if (ask !== asked) { return; }
        ranked = found;
        list.textContent = "";
        more.hidden = true;
        return showMore(query, ask, false).then(function () {
          if (ask !== asked) { return; }
          if (!query) {
            status.textContent = "";
          } else if (ranked.length === 0) {
            status.textContent = app.dataset.none;
          } else {
            status.textContent = app.dataset.found.replace("%n", String(ranked.length));
          }
          remember(query);
        });
      }).catch(broken);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run();
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      /* A word's first letter alone begins a great many words (on a large site, a
         twentieth of the index): it is searched when the reader asks, not while typing. */
      var typed = terms(input.value);
      if (typed.length > 0 && typed[typed.length - 1].length < 2) { return; }
      timer = setTimeout(run, 150);
    });
    more.addEventListener("click", function () {
      showMore(input.value.trim(), asked, true).catch(broken);
    });
    loadListing(version).then(function (loaded) {
      listing = loaded;
      status.textContent = "";
      run();
    }, broken);
  }

  var api = { fold: fold, terms: terms, covers: covers, hits: hits, rank: rank, snippet: snippet };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    start();
  }
})();
