// Printing (issue 4, "How we will know"): every room's poster, in each of its languages,
// prints on exactly one sheet of the room's paper; each language's print-all page prints
// one sheet per poster; the home-school agreement prints on one A4 sheet in every
// language; the curriculum map (issue 23) prints on one A4 landscape sheet in every language.
// Every language of the example's config.toml, Urdu too: with or without a Nastaliq font on
// the machine (CI has none; checked by hand with Noto Nastaliq Urdu installed, issue 20).
// Counted in the PDFs headless Chromium prints.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DESKTOP, PHONE, browserForSuite, launch } from "../lib/chromium.mjs";
import { isPaper, pdfPages } from "../lib/pdf.mjs";
import { REPO, example, fileUrl } from "../lib/sites.mjs";

const site = example();
const browser = browserForSuite({ viewport: { width: 1280, height: 900 } });
/** Every language the example's config.toml configures (`[languages.xx]`), default first. */
const LANGUAGES = [...readFileSync(join(REPO, "config.toml"), "utf8").matchAll(/^\[languages\.([a-z-]+)\]/gm)].map((m) => m[1]);
const DEFAULT = readFileSync(join(REPO, "config.toml"), "utf8").match(/^default_language = "([^"]+)"/m)[1];
const prefix = (lang) => (lang === DEFAULT ? "" : `${lang}/`);

/** Every room of the example's data/rooms.toml: its slug, paper and languages. */
function rooms() {
  const text = readFileSync(join(REPO, "data", "rooms.toml"), "utf8");
  return text.split("[[room]]").slice(1).map((block) => {
    const name = block.match(/name = "([^"]+)"/)[1];
    return {
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
      paper: (block.match(/paper = "(A[34])"/) || [null, "A4"])[1],
      languages: JSON.parse((block.match(/languages = (\[[^\]]*\])/) || [null, '["en"]'])[1]),
    };
  });
}

/** The pages of the PDF Chromium prints from a file of the built site. */
async function printed(rel) {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, rel));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  return pdfPages(pdf);
}

test("the suite prints every language the example configures, Urdu included", () => {
  assert.ok(LANGUAGES.includes(DEFAULT) && LANGUAGES.includes("pl") && LANGUAGES.includes("ur"), LANGUAGES.join(" "));
});

test("every room's poster prints on one sheet of its paper, in each of its languages", async () => {
  const all = rooms();
  assert.ok(all.length >= 5, "rooms for every band");
  let posters = 0;
  for (const room of all) {
    for (const lang of room.languages) {
      const rel = `${prefix(lang)}posters/${room.slug}/index.html`;
      assert.ok(existsSync(join(site, rel)), `${rel} was built`);
      const pages = await printed(rel);
      assert.equal(pages.length, 1, `${rel} prints on ${pages.length} sheets`);
      assert.ok(isPaper(pages[0], room.paper), `${rel} is ${room.paper}: ${JSON.stringify(pages[0])}`);
      posters += 1;
    }
  }
  assert.ok(posters >= 10, `${posters} posters`);
});

test("print-all prints every poster of its language, one per sheet", async () => {
  for (const lang of LANGUAGES) {
    const expected = rooms().filter((room) => room.languages.includes(lang));
    const pages = await printed(`${prefix(lang)}posters/print-all/index.html`);
    assert.equal(pages.length, expected.length, `${lang}: ${pages.length} sheets for ${expected.length} posters`);
    expected.forEach((room, i) => assert.ok(isPaper(pages[i], room.paper), `${lang} sheet ${i + 1} is ${room.paper}`));
  }
});

test("the home-school agreement prints on one A4 sheet in every language", async () => {
  for (const lang of LANGUAGES) {
    const pages = await printed(`${prefix(lang)}parents/home-school-agreement/index.html`);
    assert.equal(pages.length, 1, `${lang}: ${pages.length} sheets`);
    assert.ok(isPaper(pages[0], "A4"), `${lang}: ${JSON.stringify(pages[0])}`);
  }
});

test("the curriculum map prints on one A4 landscape sheet in every language", async () => {
  for (const lang of LANGUAGES) {
    const pages = await printed(`${prefix(lang)}curriculum/index.html`);
    assert.equal(pages.length, 1, `${lang}: ${pages.length} sheets`);
    assert.ok(isPaper(pages[0], "A4", true), `${lang}: ${JSON.stringify(pages[0])}`);
  }
});

test("no poster is cut off at the edge of its sheet", async () => {
  const files = [];
  for (const room of rooms()) {
    for (const lang of room.languages) {
      files.push(`${prefix(lang)}posters/${room.slug}/index.html`);
    }
  }
  files.push(...LANGUAGES.map((lang) => `${prefix(lang)}posters/print-all/index.html`));
  const page = await browser.chrome.newPage();
  await page.emulateMedia({ media: "print" });
  for (const rel of files) {
    await page.goto(fileUrl(site, rel));
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll("article.poster")]
        .filter((poster) => poster.scrollHeight > poster.clientHeight + 1)
        .map((poster) => `${poster.scrollHeight} > ${poster.clientHeight}`));
    assert.deepEqual(clipped, [], `${rel}: the rules run past the sheet`);
  }
  await page.close();
});

test("print-all sheets hold nothing but posters", async () => {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, "posters/print-all/index.html"));
  await page.emulateMedia({ media: "print" });
  const shown = await page.evaluate(() =>
    [...document.body.querySelectorAll("header.site-header, footer.site-footer, .posters-intro, .print-controls")]
      .filter((el) => getComputedStyle(el).display !== "none").length);
  assert.equal(shown, 0, "the site's header, footer and the page's intro stay off the paper");
  const rooms = await page.locator("article.poster").count();
  assert.equal(rooms, readdirSync(join(site, "posters")).filter((d) => d !== "print-all" && d !== "index.html").length);
  await page.close();
});

/** In a page once it has loaded: the layout shift it has had (not from input), and what moved. */
const SHIFT = `new Promise((resolve) => {
  let total = 0;
  const moved = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) { continue; }
      total += entry.value;
      for (const source of entry.sources || []) { moved.push(source.node ? source.node.className || source.node.nodeName : "?"); }
    }
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve({ total, moved }), 100);
})`;

// Issue 20: the Print and Present buttons (shown by their scripts) and the menu opened on
// wide screens must not push the page down as it starts: layout shift under 0.01.
test("a lesson, a poster and the agreement do not shift as their scripts start, on a phone and a desktop", async () => {
  const pages = ["lessons/ks2/cyberbullying/index.html", "posters/computing-suite/index.html", "parents/home-school-agreement/index.html"];
  for (const viewport of [PHONE, DESKTOP]) {
    const chrome = await launch({ viewport });
    try {
      for (const rel of pages) {
        assert.ok(existsSync(join(site, rel)), `${rel} was built`);
        const page = await chrome.newPage();
        await page.goto(fileUrl(site, rel), { waitUntil: "load" });
        await page.waitForTimeout(200);
        const shift = await page.evaluate(SHIFT);
        assert.ok(shift.total < 0.01, `${rel} at ${viewport.width}px shifts ${shift.total.toFixed(4)}: ${shift.moved.join(", ")}`);
        assert.ok(await page.locator("[data-print], [data-present-start]").first().isVisible(), `${rel}: its button shows`);
        await page.close();
      }
    } finally {
      await chrome.close();
    }
  }
});

// Issue 20: with JavaScript off the Print and Present buttons never appear, so their kept
// place must not leave an empty gap: the first thing after the controls starts where they would.
test("with JavaScript off the hidden Print and Present controls take no room", async () => {
  const pages = [
    "lessons/ks2/cyberbullying/index.html",
    "eal/pl/lessons/ks2/cyberbullying/index.html",
    "posters/computing-suite/index.html",
    "posters/print-all/index.html",
    "parents/home-school-agreement/index.html",
  ];
  const chrome = await launch({ javaScript: false });
  try {
    for (const rel of pages) {
      assert.ok(existsSync(join(site, rel)), `${rel} was built`);
      const page = await chrome.newPage();
      await page.goto(fileUrl(site, rel), { waitUntil: "load" });
      const controls = page.locator("[data-print-controls], [data-present-controls]").first();
      assert.equal(await controls.count(), 1, `${rel}: has its controls`);
      const room = await controls.evaluate((el) => ({ display: getComputedStyle(el).display, height: el.getBoundingClientRect().height }));
      assert.deepEqual(room, { display: "none", height: 0 }, `${rel}: the hidden controls take room with JavaScript off`);
      await page.close();
    }
  } finally {
    await chrome.close();
  }
});
