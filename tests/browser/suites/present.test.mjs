// Present mode (issue 4, "How we will know"): on a lesson of the portable example school,
// opened from file:// with no network on a 1920x1080 classroom board, the Present button
// turns the lesson into slides that the keyboard drives; the type is large; Esc leaves.
// Without JavaScript the lesson is an ordinary page. Every slide of every lesson, in every
// language, fits a 1920x1080 and a 1280x720 board without scrolling or hiding under the
// controls (issue 20): a slide still too long once its type has scaled down is split onto
// more slides, and nothing is lost. EAL lesson versions are presented too, their key words
// and translations on the slides.
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

const EAL_LESSON = "eal/pl/lessons/ks2/cyberbullying/index.html";

/** In a page: the deck's slides (an EAL page's sit inside its English column). */
const OWN_SLIDES = `[...document.querySelectorAll("[data-slides] .slide")].filter((s) => !s.parentElement.closest(".slide"))`;

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

/** Every lesson page of the built site with a Present button's slides, in every language
 * and version (the EAL pages under eal/LANG/ too). */
function everyLesson() {
  const found = [];
  const eal = existsSync(join(site, "eal")) ? readdirSync(join(site, "eal")).map((lang) => join("eal", lang)) : [];
  const folders = [...readdirSync(site), ...eal].filter((d) => existsSync(join(site, d, "lessons")));
  assert.ok(eal.length > 0 && folders.some((d) => d.startsWith("eal")), "EAL lessons are among them");
  for (const lang of ["", ...folders]) {
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
      // Every slide measured in one go (the same key the board's keyboard sends, one
      // round trip per page rather than per slide).
      const fits = await page.evaluate(`(() => {
        const total = ${OWN_SLIDES}.length;
        const fits = [];
        for (let i = 1; i <= total; i += 1) {
          const slide = document.querySelector(".slide.is-current");
          const bar = document.querySelector(".present-bar").getBoundingClientRect();
          fits.push({ scroll: slide.scrollHeight, height: slide.clientHeight, bottom: slide.getBoundingClientRect().bottom, bar: bar.top });
          document.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
        }
        return fits;
      })()`);
      fits.forEach((fit, i) => {
        const where = `${viewport.width}x${viewport.height} ${rel} slide ${i + 1}`;
        if (fit.scroll > fit.height + 1) {
          overflowing.push(`${where} scrolls: ${fit.scroll} > ${fit.height}`);
        }
        if (fit.bottom > fit.bar + 1) {
          overflowing.push(`${where} runs under the controls`);
        }
        slides += 1;
      });
    }
    assert.ok(slides >= 300, `${slides} slides at ${viewport.width}x${viewport.height}`);
    await page.close();
  }
  assert.deepEqual(overflowing, []);
});

test("present mode on an EAL lesson: the key words and their translations are on the slides", async () => {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, EAL_LESSON));
  const total = await page.evaluate(`${OWN_SLIDES}.length`);
  assert.ok(total >= 5, `${total} slides`);
  await page.locator(".present-start").click();
  const now = () => page.evaluate(() => {
    const slide = document.querySelector(".slide.is-current");
    const shown = (el) => el && getComputedStyle(el).display !== "none" && el.getBoundingClientRect().height > 0;
    return {
      counter: document.querySelector("[data-present-counter]").textContent,
      heading: slide.querySelector("h1, h2")?.textContent.trim(),
      keyWords: [...slide.querySelectorAll(".key-word-entry")].filter(shown).map((e) => [e.querySelector("dt").textContent.trim(), e.querySelector("dd").textContent.trim()]),
      marked: [...slide.querySelectorAll("dfn.key-word")].filter(shown).map((d) => [d.textContent.trim(), d.nextElementSibling?.textContent.trim()]),
      translationShown: shown(document.querySelector(".eal-translation")),
      fills: slide.getBoundingClientRect().width === window.innerWidth,
    };
  });
  let slide = await now();
  assert.ok(slide.counter.includes("1") && slide.counter.includes(String(total)), slide.counter);
  assert.equal(slide.heading, "Cyberbullying");
  assert.equal(slide.translationShown, false, "the lesson in Polish stays off the board");
  await page.keyboard.press("ArrowRight");
  slide = await now();
  assert.ok(slide.keyWords.length >= 3, `the key words slide: ${JSON.stringify(slide)}`);
  assert.ok(slide.keyWords.every(([en, pl]) => en && pl && en !== pl), JSON.stringify(slide.keyWords));
  let marked = [];
  for (let i = 3; i <= total; i += 1) {
    await page.keyboard.press("ArrowRight");
    slide = await now();
    assert.ok(slide.heading && slide.fills, `slide ${i}: ${JSON.stringify(slide)}`);
    marked = marked.concat(slide.marked);
  }
  assert.ok(marked.length >= 3, `key words marked on the slides: ${JSON.stringify(marked)}`);
  assert.ok(marked.every(([, translation]) => /^\(.+\)$/.test(translation)), `each with its translation: ${JSON.stringify(marked)}`);
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".eal-translation")).display !== "none"), true);
  await page.close();
});

test("a slide too long for the board is split onto more slides, and nothing is lost", async () => {
  for (const viewport of [BOARD, { width: 1280, height: 720 }]) {
    const page = await browser.chrome.newPage();
    await page.setViewportSize(viewport);
    await page.goto(fileUrl(site, LESSON));
    // A school's very long section: many paragraphs, then a numbered list of 30 steps.
    const before = await page.evaluate(() => {
      const slide = document.querySelectorAll("[data-slides] > .slide")[2];
      for (let i = 1; i <= 14; i += 1) {
        const p = document.createElement("p");
        p.textContent = `Paragraph ${i}: if someone is unkind to you online, save what they sent and tell an adult you trust.`;
        slide.append(p);
      }
      const steps = document.createElement("ol");
      for (let i = 1; i <= 30; i += 1) {
        const li = document.createElement("li");
        li.textContent = `Step ${i} of what to do`;
        steps.append(li);
      }
      slide.append(steps);
      // And a table of 25 rows at the end of the next slide.
      const table = document.createElement("table");
      table.createTHead().insertRow().insertCell().textContent = "Who to tell";
      const body = table.createTBody();
      for (let i = 1; i <= 25; i += 1) {
        body.insertRow().insertCell().textContent = `Row ${i}: a trusted adult`;
      }
      document.querySelectorAll("[data-slides] > .slide")[3].append(table);
      return { html: document.querySelector("[data-slides]").innerHTML, slides: document.querySelectorAll("[data-slides] > .slide").length };
    });
    await page.locator(".present-start").click();
    const shown = await page.evaluate(() => {
      const slides = [...document.querySelectorAll("[data-slides] > .slide")];
      return { total: slides.length, counter: document.querySelector("[data-present-counter]").textContent };
    });
    assert.ok(shown.total > before.slides, `${viewport.width}x${viewport.height}: the long slide was split (${shown.total} slides)`);
    assert.match(shown.counter, new RegExp(`of ${shown.total}$`));
    const seen = [];
    for (let i = 1; i <= shown.total; i += 1) {
      const fit = await page.evaluate(() => {
        const slide = document.querySelector(".slide.is-current");
        const bar = document.querySelector(".present-bar").getBoundingClientRect();
        return {
          scroll: slide.scrollHeight, height: slide.clientHeight, bottom: slide.getBoundingClientRect().bottom, bar: bar.top,
          text: [...slide.querySelectorAll(":scope > p, :scope > ol > li, :scope > table > tbody > tr")].map((e) => e.textContent),
          headless: [...slide.querySelectorAll(":scope > table")].filter((t) => !t.tHead).length,
          numbered: [...slide.querySelectorAll(":scope > ol")].map((ol) => [ol.start, ol.firstElementChild.textContent]),
          size: parseFloat(getComputedStyle(slide).fontSize),
        };
      });
      assert.ok(fit.scroll <= fit.height + 1 && fit.bottom <= fit.bar + 1, `${viewport.width}x${viewport.height} slide ${i} does not fit: ${JSON.stringify(fit)}`);
      assert.ok(fit.size >= 24, `slide ${i}: type ${fit.size}px`);
      for (const [start, first] of fit.numbered.filter(([, text]) => text.startsWith("Step "))) {
        assert.equal(first, `Step ${start} of what to do`, `slide ${i}: a list split off goes on counting`);
      }
      assert.equal(fit.headless, 0, `slide ${i}: a table split off keeps its header row`);
      seen.push(...fit.text);
      await page.keyboard.press("ArrowRight");
    }
    for (let i = 1; i <= 14; i += 1) {
      assert.equal(seen.filter((t) => t.startsWith(`Paragraph ${i}:`)).length, 1, `paragraph ${i} shown once`);
    }
    for (let i = 1; i <= 30; i += 1) {
      assert.equal(seen.filter((t) => t === `Step ${i} of what to do`).length, 1, `step ${i} shown once`);
    }
    for (let i = 1; i <= 25; i += 1) {
      assert.equal(seen.filter((t) => t === `Row ${i}: a trusted adult`).length, 1, `row ${i} shown once`);
    }
    await page.keyboard.press("Escape");
    const after = await page.evaluate(() => document.querySelector("[data-slides]").innerHTML);
    assert.equal(after, before.html, "stopping puts the page back as it was");
    await page.close();
  }
});
