// What axe cannot check about size and motion (issues 9 and 20), on every page of the
// example school from file://: the CEOP button inside the first screen of a 360x740 phone
// and the header within 170 px of it; no sideways scrolling on a 320 px wide screen, nor
// with text at 200% on it (with the header's panels open too);
// `prefers-reduced-motion` stops every animation and transition; and the reading
// preferences are remembered from page to page, and absent without JavaScript.
import { addStyle, bigText } from "../lib/styles.mjs";
import assert from "node:assert/strict";
import { test } from "node:test";
import { browserForSuite, launch, PHONE } from "../lib/chromium.mjs";
import { htmlPages, inTab, inTurn } from "../lib/pages.mjs";
import { example, fileUrl } from "../lib/sites.mjs";

const NARROW = { width: 320, height: 640 };
const site = example({ portable: true });
const browser = browserForSuite({ offline: true });
const pages = htmlPages(site);

/** How far the page scrolls sideways, in CSS pixels, and the widest element that makes it. */
async function overflow(page) {
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

/** Visits every page at `viewport` after `prepare`, collecting `look(page)`'s complaints. */
async function everyPage(viewport, look, prepare = async () => {}) {
  const found = [];
  await inTurn(pages.map((rel) => () => inTab(browser.chrome, viewport, async (page) => {
    await page.goto(fileUrl(site, rel));
    await prepare(page);
    const problem = await look(page);
    if (problem) {
      found.push(`${rel} @ ${viewport.width}px: ${problem}`);
    }
  })));
  return found;
}

/** The most of a 360x740 phone's first screen the header may take (issue 20). */
const HEADER_MOST = 170;

test("the CEOP button is in the first screen of a 360x740 phone, the header within 170 px, on every page", async () => {
  const found = await everyPage(PHONE, (page) => page.evaluate(([height, most]) => {
    const button = document.querySelector(".ceop-button");
    const box = button?.getBoundingClientRect();
    if (!box || box.height === 0) {
      return "no CEOP button shown";
    }
    const header = document.querySelector(".site-header").getBoundingClientRect().bottom;
    if (header > most) {
      return `the header ends at ${Math.round(header)}px`;
    }
    return box.top >= 0 && box.bottom <= height ? null : `the CEOP button is at ${Math.round(box.top)}px`;
  }, [PHONE.height, HEADER_MOST]));
  assert.deepEqual(found, []);
  console.log(`accessibility: CEOP in the first screen, header within ${HEADER_MOST}px on ${pages.length} pages at 360x740`);
});

test("no page scrolls sideways on a 320 px screen", async () => {
  assert.deepEqual(await everyPage(NARROW, overflow), []);
  console.log(`accessibility: no sideways scrolling on ${pages.length} pages at 320px`);
});



test("no page scrolls sideways with text at 200% on a 320 px screen", async () => {
  assert.deepEqual(await everyPage(NARROW, overflow, bigText), []);
  console.log(`accessibility: no sideways scrolling on ${pages.length} pages at 200% text, 320px`);
});

test("with the header's panels open, text at 200% on a 320 px screen still fits", async () => {
  const found = [];
  for (const rel of ["index.html", "eal/ur/lessons/ks2/cyberbullying/index.html", "search/index.html", "report/index.html"]) {
    await inTab(browser.chrome, NARROW, async (page) => {
      await page.goto(fileUrl(site, rel));
      await bigText(page);
      for (const summary of ["[data-versions-menu] > summary", "[data-site-menu] > summary", "[data-reading] > summary"]) {
        await page.locator(summary).click();
      }
      const open = await page.locator("details[open]").count();
      assert.equal(open, 3, `${rel}: every panel opened`);
      const problem = await overflow(page);
      if (problem) {
        found.push(`${rel}: ${problem}`);
      }
    });
  }
  assert.deepEqual(found, []);
});

test("prefers-reduced-motion stops animations and transitions, even a site's own", async () => {
  const MOTION = "main * { transition: color 2s; animation: haven-spin 3s infinite; } @keyframes haven-spin { to { opacity: 0.5; } } html { scroll-behavior: smooth; }";
  const moving = (page) => page.evaluate(() => ({
    animations: document.getAnimations().length,
    transitions: [...document.querySelectorAll("main *")].filter((el) => getComputedStyle(el).transitionDuration !== "0s").length,
    smooth: getComputedStyle(document.documentElement).scrollBehavior === "smooth",
  }));
  for (const [rel, reduce] of [["lessons/ks2/cyberbullying/index.html", "no-preference"], ["lessons/ks2/cyberbullying/index.html", "reduce"], ["report/index.html", "reduce"]]) {
    await inTab(browser.chrome, PHONE, async (page) => {
      await page.emulateMedia({ reducedMotion: reduce });
      await page.goto(fileUrl(site, rel));
      await addStyle(page, MOTION);
      const now = await moving(page);
      if (reduce === "reduce") {
        assert.deepEqual(now, { animations: 0, transitions: 0, smooth: false }, `${rel}: nothing moves`);
      } else {
        assert.ok(now.animations > 0 && now.transitions > 0 && now.smooth, `${rel}: the motion is there to stop`);
      }
    });
  }
});

test("present mode's controls all fit on a phone, upright", async () => {
  for (const viewport of [NARROW, PHONE]) {
    await inTab(browser.chrome, viewport, async (page) => {
      await page.goto(fileUrl(site, "ur/lessons/ks2/cyberbullying/index.html"));
      await page.locator("[data-present-start]").click();
      const outside = await page.locator("[data-present-bar] button").evaluateAll((buttons) =>
        buttons.filter((b) => {
          const box = b.getBoundingClientRect();
          return box.left < 0 || box.right > innerWidth || box.top < 0 || box.bottom > innerHeight;
        }).map((b) => b.textContent));
      assert.deepEqual(outside, [], `${viewport.width}px`);
    });
  }
});

test("reading preferences are remembered from page to page, in every version", async () => {
  await inTab(browser.chrome, PHONE, async (page) => {
    await page.goto(fileUrl(site, "index.html"));
    await page.locator("[data-site-menu] > summary").click();
    await page.locator("[data-reading] summary").click();
    await page.getByLabel("Cream").check();
    await page.getByLabel("Easier to read (dyslexia)").check();
    await page.getByLabel("Larger").check();
    const look = () => page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      font: getComputedStyle(document.body).fontFamily.split(",")[0],
      size: getComputedStyle(document.documentElement).fontSize,
    }));
    const chosen = { background: "rgb(253, 246, 227)", font: "Verdana", size: "24px" };
    assert.deepEqual(await look(), chosen);
    for (const rel of ["easy/lessons/ks2/cyberbullying/index.html", "ur/index.html", "posters/index.html"]) {
      await page.goto(fileUrl(site, rel));
      // Urdu takes plainer Naskh letters rather than a Latin font.
      const font = rel.startsWith("ur/") ? '"Noto Naskh Arabic"' : chosen.font;
      assert.deepEqual(await look(), { ...chosen, font }, rel);
      const shown = await page.locator("[data-reading-form] input:checked").evaluateAll((inputs) => inputs.map((i) => i.value));
      assert.deepEqual(shown, ["larger", "standard", "cream", "dyslexia"], `${rel}: the panel shows the choices`);
    }
    await page.locator("[data-site-menu] > summary").click();
    await page.locator("[data-reading] summary").click();
    await page.locator("[data-reading-form] button[type=reset]").click();
    await page.waitForFunction(() => !document.documentElement.hasAttribute("data-reading-background"));
    assert.equal((await look()).background, "rgb(255, 255, 255)");
  });
});

test("without JavaScript the reading preferences are absent and the menu opens", async () => {
  const noJs = await launch({ offline: true, javaScript: false });
  try {
    const page = await noJs.newPage();
    await page.goto(fileUrl(site, "index.html"));
    assert.equal(await page.locator("[data-reading]").isVisible(), false);
    const nav = page.getByRole("navigation", { name: "Main menu" });
    assert.equal(await nav.isVisible(), false, "closed on a phone");
    await page.locator("[data-site-menu] > summary").click();
    assert.equal(await nav.isVisible(), true);
    assert.equal(await page.getByRole("searchbox", { name: "Search this site" }).isVisible(), true, "search is in the menu");
    const languages = page.getByRole("navigation", { name: "This page in other languages and versions" });
    assert.equal(await languages.isVisible(), false, "the language choice is closed on a phone");
    await page.locator("[data-versions-menu] summary").click();
    assert.equal(await languages.getByRole("link", { name: "Polski" }).isVisible(), true);
  } finally {
    await noJs.close();
  }
});

test("no script failed, nothing fetched off file://", () => {
  assert.deepEqual(browser.chrome.errors, []);
  assert.deepEqual(browser.chrome.requests.filter((url) => !url.startsWith("file://")), []);
});
