// Keyboard alone (issues 9 and 20, what axe cannot check): on pages of every kind and
// version, at a phone and a desktop width, the Tab key reaches the skip link first, then
// the CEOP button (within the first 6 stops), then the version switcher, then every other control the page shows, and focus
// visibly changes every one of them. On a phone the menu is closed and opens from the
// keyboard.
import assert from "node:assert/strict";
import { test } from "node:test";
import { browserForSuite, DESKTOP, PHONE } from "../lib/chromium.mjs";
import { markControls, tabThrough } from "../lib/keyboard.mjs";
import { inTab } from "../lib/pages.mjs";
import { example, fileUrl } from "../lib/sites.mjs";

const site = example({ portable: true });
const browser = browserForSuite({ offline: true });

/** One page of each kind and version. */
const PAGES = [
  "index.html",
  "ur/index.html",
  "lessons/index.html",
  "lessons/ks2/index.html",
  "lessons/ks2/cyberbullying/index.html",
  "easy/lessons/ks2/cyberbullying/index.html",
  "eal/pl/lessons/ks2/cyberbullying/index.html",
  "ur/lessons/ks2/cyberbullying/index.html",
  "topics/contact/index.html",
  "posters/index.html",
  "posters/year-5-classroom/index.html",
  "posters/print-all/index.html",
  "parents/home-school-agreement/index.html",
  "links/index.html",
  "report/index.html",
  "report/exit-this-page/index.html",
  "policy/online-safety/index.html",
  "sid/index.html",
  "search/index.html",
  "accessibility/index.html",
  "404.html",
];

/** Walks `rel` with Tab and returns what a keyboard user met, and what they should have. */
async function walk(rel, viewport, before = async () => {}) {
  return inTab(browser.chrome, viewport, async (page) => {
    await page.goto(fileUrl(site, rel));
    await before(page);
    const controls = await markControls(page);
    const stops = await tabThrough(page);
    const named = await page.evaluate(() => ({
      skip: document.querySelector(".skip-link")?.getAttribute("data-stop"),
      ceop: document.querySelector(".ceop-button")?.getAttribute("data-stop"),
      versions: document.querySelector("[data-versions-menu] [data-stop]")?.getAttribute("data-stop"),
      main: [...document.querySelectorAll("main [data-stop]")][0]?.getAttribute("data-stop"),
    }));
    return { controls, stops, named };
  });
}

function assertKeyboardUsable(rel, width, { controls, stops, named }) {
  const where = `${rel} @ ${width}px`;
  const order = stops.map((s) => s.stop);
  assert.equal(stops[0]?.classes, "skip-link", `${where}: the skip link comes first`);
  const at = (stop) => order.indexOf(Number(stop));
  assert.ok(at(named.ceop) > 0, `${where}: the CEOP button is reached`);
  assert.ok(at(named.ceop) < 6, `${where}: the CEOP button is within the first 6 tab stops`);
  if (named.versions !== undefined) {
    assert.ok(at(named.ceop) < at(named.versions), `${where}: the CEOP button before the switcher`);
    assert.ok(named.main === undefined || at(named.versions) < at(named.main), `${where}: the switcher before the page`);
  }
  const missed = [...Array(controls).keys()].filter((i) => !order.includes(i));
  assert.deepEqual(missed, [], `${where}: every control is reached by Tab`);
  assert.deepEqual(stops.filter((s) => s.stop === null), [], `${where}: no stop that is not a control`);
  assert.deepEqual(stops.filter((s) => !s.visible).map((s) => `${s.tag} "${s.text}"`), [],
    `${where}: focus shows on every stop`);
  assert.deepEqual(order, [...order].sort((a, b) => a - b), `${where}: Tab follows the page's order`);
}

test("on a desktop, Tab reaches everything in order, focus always showing", async () => {
  for (const rel of PAGES) {
    assertKeyboardUsable(rel, DESKTOP.width, await walk(rel, DESKTOP));
  }
});

test("on a phone, the same, with the menu opened from the keyboard", async () => {
  for (const rel of PAGES) {
    const closed = await walk(rel, PHONE);
    assertKeyboardUsable(rel, PHONE.width, closed);
    const opened = await walk(rel, PHONE, async (page) => {
      await page.locator("[data-site-menu] > summary").focus();
      await page.keyboard.press("Enter");
      await page.evaluate(() => document.activeElement.blur());
    });
    assertKeyboardUsable(rel, PHONE.width, opened);
    assert.ok(opened.controls > closed.controls, `${rel}: the menu's links and search box join the tab order`);
  }
});

test("the reading preferences work from the keyboard", async () => {
  await inTab(browser.chrome, PHONE, async (page) => {
    await page.goto(fileUrl(site, "index.html"));
    await page.locator("[data-site-menu] > summary").focus();
    await page.keyboard.press("Enter");
    await page.locator("[data-reading] summary").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.value), "standard", "the text size's chosen value");
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.readingSize), "large");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.readingBackground), "cream");
    await page.getByRole("button", { name: "Reset" }).press("Enter");
    await page.waitForFunction(() => !document.documentElement.hasAttribute("data-reading-size"));
    assert.equal(await page.evaluate(() => document.documentElement.dataset.readingBackground), undefined);
  });
});

test("no script failed", () => {
  assert.deepEqual(browser.chrome.errors, []);
});
