// The offline portal (issue 8, "How we will know"): the portable build of the example
// school, opened from file:// in Chromium with no network. A reader goes from the home
// page to a lesson and back, switches language, searches and opens a result, and the
// browser asks for nothing outside file://.
import assert from "node:assert/strict";
import { test } from "node:test";
import { browserForSuite, heading, launch } from "../lib/chromium.mjs";
import { example, fileUrl } from "../lib/sites.mjs";

const site = example({ portable: true });
const browser = browserForSuite({ offline: true });

/** Every URL the browser asked for stayed on disk (and at least `least` were recorded). */
function assertOnlyFiles(requests, least = 6) {
  assert.ok(requests.length >= least, `only ${requests.length} requests recorded`);
  const elsewhere = requests.filter((url) => !url.startsWith("file://"));
  assert.deepEqual(elsewhere, [], "requests outside file://");
}

test("from the home page to a lesson and back, with no network", async () => {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, "index.html"));
  assert.equal(await heading(page), "Online safety at Harbour Lane School");
  await page.locator("main").getByRole("link", { name: "Key Stage 2", exact: true }).click();
  assert.match(page.url(), /\/lessons\/ks2\/index\.html$/);
  await page.locator("main").getByRole("link", { name: "Cyberbullying" }).click();
  assert.match(page.url(), /\/lessons\/ks2\/cyberbullying\/index\.html$/);
  assert.equal(await heading(page), "Cyberbullying");
  assert.ok(await page.locator("link[rel=stylesheet]").first().evaluate((l) => l.sheet !== null), "the stylesheet loads");
  await page.goBack();
  await page.goBack();
  assert.equal(await heading(page), "Online safety at Harbour Lane School");
  await page.getByRole("link", { name: "Report to CEOP" }).waitFor();
  await page.close();
  assertOnlyFiles(browser.chrome.requests);
});

test("switching language, right to left included", async () => {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, "lessons/ks2/cyberbullying/index.html"));
  // On a phone the language choice is a disclosure in the header, closed until opened.
  const language = (name) => page.locator("[data-versions]").getByRole("link", { name });
  assert.equal(await language("Polski").isVisible(), false);
  await page.locator("[data-versions-menu] > summary").click();
  await language("Polski").click();
  assert.match(page.url(), /\/pl\/lessons\/ks2\/cyberbullying\/index\.html$/);
  assert.equal(await page.getAttribute("html", "lang"), "pl");
  assert.equal(await heading(page), "Cyberprzemoc");
  await page.locator("[data-versions-menu] > summary").click();
  await language("اردو").click();
  assert.match(page.url(), /\/ur\/lessons\/ks2\/cyberbullying\/index\.html$/);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  await page.locator("[data-versions-menu] > summary").click();
  await language("English").click();
  assert.equal(await heading(page), "Cyberbullying");
  await page.close();
  assertOnlyFiles(browser.chrome.requests);
});

test("a search from the header box, and its result", async () => {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, "index.html"));
  await page.locator("[data-versions-menu] > summary").click();
  await page.getByRole("link", { name: "اردو" }).click();
  assert.match(page.url(), /\/ur\/index\.html$/);
  // On a phone the search box is in the header's menu, closed until the reader opens it.
  const box = page.locator("header").getByRole("searchbox");
  assert.equal(await box.isVisible(), false);
  await page.locator("[data-site-menu] > summary").click();
  await box.fill("بلنگ");
  await box.press("Enter");
  assert.match(page.url(), /\/ur\/search\/index\.html\?q=/);
  const first = page.locator("#search-results li").first();
  await first.waitFor();
  assert.match(await page.locator("#search-status").textContent(), /ملنے والے صفحات: \u2068?\d+/);
  await first.getByRole("link").click();
  assert.match(page.url(), /\/ur\/lessons\/ks2\/cyberbullying\/index\.html$/);
  assert.equal(await heading(page), "آن لائن دھونس (سائبر بُلنگ)");
  await page.close();
  assertOnlyFiles(browser.chrome.requests);
});

test("present mode, from the lesson the reader reached", async () => {
  // present.test.mjs covers every key on a classroom board; this is the step on the way.
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, "lessons/ks2/cyberbullying/index.html"));
  // The reader chose Urdu in the tests above, and the site remembers it: find the button
  // by its role in the page, not its words.
  await page.locator("[data-present-start]").click();
  await page.keyboard.press("ArrowRight");
  const current = await page.locator("[data-slides] > .slide").evaluateAll((slides) =>
    slides.findIndex((slide) => slide.classList.contains("is-current")));
  assert.equal(current, 1, "the second slide shows");
  await page.keyboard.press("Escape");
  await page.close();
  assertOnlyFiles(browser.chrome.requests);
});

test("the record of requests would show one to another site", async () => {
  const control = await launch({ offline: true });
  try {
    const page = await control.newPage();
    await page.setContent('<img src="https://cdn.example.com/pixel.png" alt="">');
    await page.waitForLoadState("networkidle");
    assert.ok(control.requests.includes("https://cdn.example.com/pixel.png"), String(control.requests));
  } finally {
    await control.close();
  }
});

test("no script error on any page visited", () => {
  assert.deepEqual(browser.chrome.errors, []);
});

test("with JavaScript off the site still works, and search says what to do", async () => {
  const noJs = await launch({ offline: true, javaScript: false });
  try {
    const page = await noJs.newPage();
    await page.goto(fileUrl(site, "pl/index.html"));
    // The menu is a plain disclosure without JavaScript: the reader opens it.
    await page.locator("[data-site-menu] > summary").click();
    await page.locator("header").getByRole("searchbox").fill("hasło");
    await page.locator("header").getByRole("button", { name: "Szukaj" }).click();
    assert.match(page.url(), /\/pl\/search\/index\.html\?q=/);
    assert.match(await page.locator("#search-no-js").textContent(), /Wyszukiwanie wymaga JavaScriptu/);
    await page.locator("#search-no-js").getByRole("link", { name: "Online safety lessons" }).click();
    assert.match(page.url(), /\/pl\/lessons\/index\.html$/);
    // Three pages, each with its one stylesheet (issue 20), and no script without JavaScript.
    assertOnlyFiles(noJs.requests, 5);
  } finally {
    await noJs.close();
  }
});
