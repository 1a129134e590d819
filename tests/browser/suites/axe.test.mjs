// axe-core on every page of the example school (issue 9): every HTML file of the portable
// build, in every language and version (right-to-left Urdu, easy-read, EAL, posters), at a
// phone width (360x740) and a desktop width (1366x768), from file:// with no network; then
// the states a reader can put a page in: present mode switched on, the search page showing
// results, the links page filtered, the menu and reading preferences open and applied. Zero violations is the bar; every one is listed with
// its page, width, rule and element. The summary line is what CI reports.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations, describe } from "../lib/axe.mjs";
import { browserForSuite, DESKTOP, PHONE } from "../lib/chromium.mjs";
import { htmlPages, inTab, inTurn } from "../lib/pages.mjs";
import { example, fileUrl } from "../lib/sites.mjs";

const WIDTHS = [PHONE, DESKTOP];

const site = example({ portable: true });
const browser = browserForSuite({ offline: true });
const found = [];
let checked = 0;
let everyPage = "no pages";

/** Opens `rel` at `viewport`, lets `prepare` put it in a state, and records axe's verdict. */
async function check(rel, viewport, prepare = async () => {}, label = rel) {
  await inTab(browser.chrome, viewport, async (page) => {
    await page.goto(fileUrl(site, rel));
    await prepare(page);
    found.push(...describe(`${label} @ ${viewport.width}px`, await axeViolations(page)));
    checked += 1;
  });
}

test("every page at every width has no axe violations", async () => {
  const pages = htmlPages(site);
  assert.ok(pages.length > 150, `${pages.length} pages`);
  await inTurn(WIDTHS.flatMap((width) => pages.map((rel) => () => check(rel, width))));
  everyPage = `${pages.length} pages x ${WIDTHS.length} widths`;
});

const STATES = [
  ["lessons/ks2/cyberbullying/index.html", "present mode", async (page) => {
    await page.locator("[data-present-start]").click();
    await page.keyboard.press("ArrowRight");
  }],
  ["ur/lessons/ks2/cyberbullying/index.html", "present mode (Urdu)", async (page) => {
    await page.locator("[data-present-start]").click();
  }],
  ["eal/pl/lessons/ks2/cyberbullying/index.html", "present mode on the EAL version: key words", async (page) => {
    await page.locator("[data-present-start]").click();
    await page.keyboard.press("ArrowRight");
  }],
  ["eal/ur/lessons/ks2/cyberbullying/index.html", "present mode on the EAL version (Urdu): a section", async (page) => {
    await page.locator("[data-present-start]").click();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
  }],
  ["search/index.html", "search results", async (page) => {
    await page.locator("#search-words").fill("password");
    await page.locator("#search-results li").first().waitFor();
  }],
  ["ur/search/index.html", "search results (Urdu)", async (page) => {
    await page.locator("#search-words").fill("بلنگ");
    await page.locator("#search-results li").first().waitFor();
  }],
  ["links/index.html", "links filtered", async (page) => {
    await page.locator("#links-filter-words").fill("childline");
    await page.locator("[data-links-status]:not(:empty)").waitFor();
  }],
];

test("pages switched into present mode, search results and a filtered list pass axe", async () => {
  await inTurn(WIDTHS.flatMap((width) =>
    STATES.map(([rel, state, prepare]) => () => check(rel, width, prepare, `${rel} (${state})`))));
});

/** Opens the header's menu (closed on phones) and the reading preferences, and chooses `labels`. */
function readingWith(...labels) {
  return async (page) => {
    const menu = page.locator("[data-site-menu]");
    if (!(await menu.evaluate((details) => details.open))) {
      await menu.locator(":scope > summary").click();
    }
    await page.locator("[data-reading] summary").click();
    for (const label of labels) {
      await page.locator("[data-reading-form] label").filter({ hasText: label }).first().click();
    }
  };
}

// Run alone, after the rest: the choices are remembered for every later page of the browser.
const READING = [
  ["index.html", "menu and reading preferences open: cream, larger, wider, easier letters",
    readingWith("Cream", "Larger", "Wider", "Easier to read")],
  ["ur/lessons/ks2/cyberbullying/index.html", "reading preferences in Urdu: pale blue",
    readingWith("ہلکا نیلا", "مزید بڑا")],
  ["easy/lessons/ks2/cyberbullying/index.html", "easy read with the choices remembered", async () => {}],
];

test("the reading preferences, open and applied, pass axe", async () => {
  for (const width of WIDTHS) {
    for (const [rel, state, prepare] of READING) {
      await check(rel, width, prepare, `${rel} (${state})`);
    }
  }
});

test("no violations anywhere, no request off file://, no script error", () => {
  console.log(`accessibility: axe (WCAG 2.2 A and AA) checked ${everyPage}, ${checked} page views in all with the states, ${found.length} violations`);
  assert.deepEqual(found, [], `${found.length} violations:\n${found.join("\n")}`);
  assert.deepEqual(browser.chrome.requests.filter((url) => !url.startsWith("file://")), []);
  assert.deepEqual(browser.chrome.errors, []);
});
