// The branded header (`[brand]`, issue 18) on a phone: the example school with a badge
// and a school colour keeps its header within 170 px of a 360x740 screen, the badge shown
// beside the name (not taller than the title's line) in both directions of writing, the
// school colour on the accent, the favicon served; and nothing scrolls sideways on a
// 320 px screen with text at 200%.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { browserForSuite, PHONE } from "../lib/chromium.mjs";
import { bigText } from "../lib/styles.mjs";
import { brandedExample, COLOUR } from "../lib/brand.mjs";
import { inTab, inTurn } from "../lib/pages.mjs";
import { fileUrl } from "../lib/sites.mjs";

const site = brandedExample();
const browser = browserForSuite({ offline: true });
/** A page of each kind and direction: home, a lesson, an Urdu page, the report page. */
const PAGES = ["index.html", "lessons/ks2/online-friends/index.html", "ur/index.html", "report/index.html"];

/** What is wrong with the branded header on the page open in `page`, or null. */
function header() {
  const bar = document.querySelector(".site-header").getBoundingClientRect();
  const logo = document.querySelector(".site-header .site-logo");
  const box = logo?.getBoundingClientRect();
  if (!box || box.width === 0 || !logo.complete || logo.naturalWidth === 0) {
    return "no badge shown";
  }
  const title = document.querySelector(".site-title bdi").getBoundingClientRect();
  const accent = getComputedStyle(document.documentElement).getPropertyValue("--accent").trim();
  const icon = document.querySelector('link[rel="icon"]');
  if (bar.bottom > 170) return `the header ends at ${Math.round(bar.bottom)}px`;
  if (box.height > 44) return `the badge is ${Math.round(box.height)}px tall`;
  if (box.bottom < title.top || box.top > title.bottom) return "the badge is not beside the name";
  if (!icon) return "no favicon link";
  return accent;
}

test("the branded header stays within 170 px of a 360 px phone, badge beside the name", async () => {
  const found = [];
  await inTurn(PAGES.map((rel) => () => inTab(browser.chrome, PHONE, async (page) => {
    const response = await page.goto(fileUrl(site, rel));
    assert.ok(response.ok(), rel);
    const said = await page.evaluate(header);
    if (said !== COLOUR) {
      found.push(`${rel}: ${said}`);
    }
    const icon = await page.evaluate(() => document.querySelector('link[rel="icon"]').href);
    if (!existsSync(fileURLToPath(icon))) {
      found.push(`${rel}: the favicon ${icon} is missing`);
    }
  })));
  assert.deepEqual(found, []);
  console.log(`brand: badge and colour in a header within 170px on ${PAGES.length} pages at 360x740`);
});

test("with text at 200% on a 320 px screen, the branded header scrolls nothing sideways", async () => {
  const found = [];
  await inTurn(PAGES.map((rel) => () => inTab(browser.chrome, { width: 320, height: 640 }, async (page) => {
    await page.goto(fileUrl(site, rel));
    await bigText(page);
    const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (extra > 0) {
      found.push(`${rel}: ${extra}px too wide`);
    }
  })));
  assert.deepEqual(found, []);
});
