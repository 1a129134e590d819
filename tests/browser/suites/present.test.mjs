// Present mode (issue 4, "How we will know"): on a lesson of the portable example school,
// opened from file:// with no network on a 1920x1080 classroom board, the Present button
// turns the lesson into slides that the keyboard drives; the type is large; Esc leaves.
// Without JavaScript the lesson is an ordinary page. Every slide of every lesson, in every
// language, fits a 1920x1080 and a 1280x720 board without scrolling or hiding under the
// controls (issue 20).
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { browserForSuite, launch } from "../lib/chromium.mjs";
import { example, fileUrl } from "../lib/sites.mjs";

const BOARD = { width: 1920, height: 1080 };
const LESSON = "lessons/ks2/cyberbullying/index.html";
const site = example({ portable: true });
const browser = browserForSuite({ offline: true, viewport: BOARD });

/** What the slide show shows: the counter's text and the visible slides' headings. */
async function showing(page) {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll("[data-slides] > .slide")].filter(
      (slide) => getComputedStyle(slide).display !== "none",
    );
    return {
      counter: document.querySelector("[data-present-counter]").textContent,
      headings: visible.map((slide) => slide.querySelector("h1, h2").textContent.trim()),
      presenting: document.documentElement.classList.contains("presenting"),
    };
  });
}

test("the keyboard drives the slides, and Esc leaves", async () => {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, LESSON));
  const total = await page.locator("[data-slides] > .slide").count();
  assert.ok(total >= 5, `${total} slides`);
  await page.getByRole("button", { name: "Present" }).click();
  let now = await showing(page);
  assert.deepEqual(now.headings, ["Cyberbullying"], "the title slide alone");
  assert.equal(now.counter, `Slide 1 of ${total}`);
  const expect = async (key, slide) => {
    await page.keyboard.press(key);
    now = await showing(page);
    assert.equal(now.counter, `Slide ${slide} of ${total}`, `after ${key}`);
    assert.equal(now.headings.length, 1, "one slide at a time");
  };
  await expect("ArrowRight", 2);
  assert.deepEqual(now.headings, ["What is cyberbullying?"]);
  await expect("Space", 3);
  await expect("PageDown", 4);
  await expect("ArrowLeft", 3);
  await expect("PageUp", 2);
  await expect("End", total);
  await expect("ArrowRight", total);
  await expect("Home", 1);
  await expect("ArrowLeft", 1);
  await page.keyboard.press("Escape");
  now = await showing(page);
  assert.equal(now.presenting, false);
  assert.equal(now.headings.length, total, "every section shows again");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Present", "focus goes back");
  await page.close();
});

test("slides are large and high-contrast on a 1920x1080 board", async () => {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, LESSON));
  await page.getByRole("button", { name: "Present" }).click();
  await page.keyboard.press("ArrowRight");
  const style = await page.evaluate(() => {
    const slide = document.querySelector(".slide.is-current");
    const text = slide.querySelector("p");
    const box = slide.getBoundingClientRect();
    const s = getComputedStyle(text);
    return {
      size: parseFloat(s.fontSize),
      color: s.color,
      background: getComputedStyle(slide).backgroundColor,
      width: box.width,
      headerShown: getComputedStyle(document.querySelector("header")).display !== "none",
    };
  });
  assert.ok(style.size >= 32, `body text is ${style.size}px`);
  assert.equal(style.color, "rgb(11, 12, 12)");
  assert.equal(style.background, "rgb(255, 255, 255)");
  assert.equal(style.width, BOARD.width, "the slide fills the board");
  assert.equal(style.headerShown, false, "nothing but the slide");
  await page.close();
});

test("F asks for full screen, and the buttons work too", async () => {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, LESSON));
  await page.getByRole("button", { name: "Present" }).click();
  await page.keyboard.press("f");
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 2000 });
  await page.getByRole("button", { name: "Next slide" }).click();
  assert.match((await showing(page)).counter, /^Slide 2 of/);
  await page.getByRole("button", { name: "Stop presenting" }).click();
  assert.equal((await showing(page)).presenting, false);
  await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 2000 });
  await page.close();
});

test("nothing was fetched from outside file://, and no script failed", () => {
  assert.deepEqual(browser.chrome.requests.filter((url) => !url.startsWith("file://")), []);
  assert.deepEqual(browser.chrome.errors, []);
});

test("without JavaScript the lesson is an ordinary page", async () => {
  const noJs = await launch({ offline: true, javaScript: false, viewport: BOARD });
  try {
    const page = await noJs.newPage();
    await page.goto(fileUrl(site, LESSON));
    assert.equal(await page.getByRole("button", { name: "Present" }).count(), 0, "no Present button");
    const sections = await page.locator("[data-slides] > .slide").evaluateAll((slides) =>
      slides.filter((slide) => getComputedStyle(slide).display !== "none").length);
    assert.ok(sections >= 5, "every section shows");
    assert.ok(await page.getByRole("heading", { name: "If it happens to you" }).isVisible());
  } finally {
    await noJs.close();
  }
});

/** Every lesson page of the built site with a Present button's slides, in every language. */
function everyLesson() {
  const found = [];
  for (const lang of ["", ...readdirSync(site).filter((d) => existsSync(join(site, d, "lessons")))]) {
    const lessons = join(site, lang, "lessons");
    for (const band of readdirSync(lessons).filter((d) => !d.includes("."))) {
      for (const lesson of readdirSync(join(lessons, band))) {
        if (existsSync(join(lessons, band, lesson, "index.html"))) {
          found.push(join(lang, "lessons", band, lesson, "index.html"));
        }
      }
    }
  }
  return found;
}

test("every slide of every lesson fits the board at 1920x1080 and 1280x720", async () => {
  const lessons = everyLesson();
  assert.ok(lessons.some((rel) => rel.startsWith("ur/")) && lessons.length >= 40, `${lessons.length} lessons`);
  const overflowing = [];
  for (const viewport of [BOARD, { width: 1280, height: 720 }]) {
    const page = await browser.chrome.newPage();
    await page.setViewportSize(viewport);
    let slides = 0;
    for (const rel of lessons) {
      await page.goto(fileUrl(site, rel));
      if ((await page.locator(".present-start").count()) === 0) {
        continue;
      }
      await page.locator(".present-start").click();
      const total = await page.locator("[data-slides] > .slide").count();
      for (let i = 1; i <= total; i += 1) {
        const fit = await page.evaluate(() => {
          const slide = document.querySelector(".slide.is-current");
          const bar = document.querySelector(".present-bar").getBoundingClientRect();
          return { scroll: slide.scrollHeight, height: slide.clientHeight, bottom: slide.getBoundingClientRect().bottom, bar: bar.top };
        });
        const where = `${viewport.width}x${viewport.height} ${rel} slide ${i}`;
        if (fit.scroll > fit.height + 1) {
          overflowing.push(`${where} scrolls: ${fit.scroll} > ${fit.height}`);
        }
        if (fit.bottom > fit.bar + 1) {
          overflowing.push(`${where} runs under the controls`);
        }
        slides += 1;
        await page.keyboard.press("ArrowRight");
      }
    }
    assert.ok(slides >= 300, `${slides} slides at ${viewport.width}x${viewport.height}`);
    await page.close();
  }
  assert.deepEqual(overflowing, []);
});
