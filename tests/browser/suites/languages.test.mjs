// Every family's language (issue 19, DESIGN §13): the example school with every bundled
// language added by its code alone, built once. In each language, the home page and a
// lesson pass axe at a phone width and do not scroll sideways at 320 px nor with text at
// 200% on a phone; a room's poster prints on one A4 sheet and the home-school agreement
// on one A4 sheet.
import { bigText } from "../lib/styles.mjs";
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations, describe } from "../lib/axe.mjs";
import { browserForSuite, PHONE } from "../lib/chromium.mjs";
import { inTab, inTurn } from "../lib/pages.mjs";
import { isPaper, pdfPages } from "../lib/pdf.mjs";
import { example, fileUrl } from "../lib/sites.mjs";

/** English, then the languages of DESIGN §13. */
const LANGUAGES = ["en", "pl", "ur", "pa", "pa-Arab", "bn", "so", "ar", "gu", "pt", "ta", "fr", "tr", "zh-Hans", "ro", "uk", "es", "fa", "ps"];
/** The example's config.toml has these already. */
const IN_EXAMPLE = ["en", "pl", "ur", "ar", "bn"];
const ROOM = `[[room]]\nname = "Every language"\nband = "ks2"\nlanguages = ${JSON.stringify(LANGUAGES)}\npaper = "A4"\n`;
const NARROW = { width: 320, height: 640 };

const site = example({
  portable: true,
  config: LANGUAGES.filter((l) => !IN_EXAMPLE.includes(l)).map((l) => `[languages.${l}]`).join("\n"),
  files: { "data/rooms.toml": ROOM },
});
const browser = browserForSuite({ offline: true });
const prefix = (lang) => (lang === "en" ? "" : `${lang}/`);
const PAGES = LANGUAGES.flatMap((lang) => [`${prefix(lang)}index.html`, `${prefix(lang)}lessons/ks2/cyberbullying/index.html`]);

/** How far the page scrolls sideways, and the last element that sticks out. */
function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const extra = document.documentElement.scrollWidth - width;
    if (extra <= 0) {
      return null;
    }
    const culprit = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 || el.getBoundingClientRect().left < -1)
      .pop();
    return `${extra}px too wide, e.g. <${culprit?.tagName.toLowerCase()} class="${culprit?.className}">`;
  });
}

/** Visits each of PAGES at `viewport` after `prepare`, collecting `look(page)`'s complaints. */
async function eachPage(viewport, look, prepare = async () => {}) {
  const found = [];
  await inTurn(PAGES.map((rel) => () => inTab(browser.chrome, viewport, async (page) => {
    await page.goto(fileUrl(site, rel));
    await prepare(page);
    const problem = await look(page, rel);
    if (problem) {
      found.push(...[problem].flat().map((p) => `${rel} @ ${viewport.width}px: ${p}`));
    }
  })));
  return found;
}

test("the home page and a lesson in every language have no axe violations", async () => {
  const found = await eachPage(PHONE, async (page, rel) => describe(rel, await axeViolations(page)));
  assert.deepEqual(found, []);
  console.log(`languages: axe on ${PAGES.length} pages in ${LANGUAGES.length} languages`);
});

test("they do not scroll sideways at 320 px, nor with text at 200% on a phone", async () => {
  const found = [...(await eachPage(NARROW, overflow)), ...(await eachPage(PHONE, overflow, bigText))];
  assert.deepEqual(found, []);
});

test("each page says its language and direction", async () => {
  const found = await eachPage(PHONE, (page, rel) => page.evaluate((wanted) => {
    const html = document.documentElement;
    return html.lang === wanted ? null : `lang=${html.lang}`;
  }, rel.includes("/") && !rel.startsWith("lessons/") ? rel.split("/")[0] : "en"));
  assert.deepEqual(found, []);
});

/** The pages of the PDF Chromium prints from a file of the built site. */
async function printed(rel) {
  const page = await browser.chrome.newPage();
  try {
    await page.goto(fileUrl(site, rel));
    return pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await page.close();
  }
}

test("the poster and the home-school agreement print on one A4 sheet in every language", async () => {
  const found = [];
  for (const lang of LANGUAGES) {
    for (const rel of [`${prefix(lang)}posters/every-language/index.html`, `${prefix(lang)}parents/home-school-agreement/index.html`]) {
      const pages = await printed(rel);
      if (pages.length !== 1 || !isPaper(pages[0], "A4")) {
        found.push(`${rel}: ${pages.length} sheets ${JSON.stringify(pages[0])}`);
      }
    }
  }
  assert.deepEqual(found, []);
});
