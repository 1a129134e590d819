// Exit this page (issue 4, "How we will know"): on the example school's report page, the
// button, Shift pressed three times within five seconds, and the extra skip link each
// leave at once for the configured neutral site; two presses and a pause do not; with
// JavaScript off the button is a plain link that still works. The neutral site is a local
// stand-in answered by the browser itself: no test ever reaches the real BBC site.
import assert from "node:assert/strict";
import { test } from "node:test";
import { browserForSuite, launch } from "../lib/chromium.mjs";
import { example, fileUrl } from "../lib/sites.mjs";

const NEUTRAL = "https://neutral.haven.test/weather";
const site = example({ portable: true, replace: [["https://www.bbc.co.uk/weather", NEUTRAL]] });
const browser = browserForSuite();

/** A page of `chrome` whose requests for the neutral site get a local stand-in. */
async function reportPage(chrome, rel = "report/index.html") {
  const page = await chrome.newPage();
  await page.route("https://neutral.haven.test/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!DOCTYPE html><title>Weather</title><h1>Weather</h1>" }));
  await page.goto(fileUrl(site, rel));
  return page;
}

async function leftFor(page) {
  await page.waitForURL(NEUTRAL, { timeout: 3000 });
  assert.equal(await page.title(), "Weather");
}

test("the button leaves at once", async () => {
  const page = await reportPage(browser.chrome);
  await page.getByRole("button", { name: "Emergency Exit this page" }).click();
  await leftFor(page);
  await page.close();
});

test("Space on the focused button leaves, as on a button", async () => {
  const page = await reportPage(browser.chrome);
  await page.getByRole("button", { name: "Emergency Exit this page" }).focus();
  await page.keyboard.press("Space");
  await leftFor(page);
  await page.close();
});

test("Shift three times leaves; another key, even with Shift, starts again", async () => {
  const page = await reportPage(browser.chrome);
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift+A");
  await page.keyboard.press("Shift");
  assert.equal(await page.locator("[data-exit-status]").textContent(), "Shift, press 2 more times to exit.");
  await page.keyboard.press("Shift");
  assert.equal(await page.locator("[data-exit-status]").textContent(), "Shift, press 1 more time to exit.");
  assert.equal(await page.locator(".exit-this-page-dots .is-on").count(), 2, "two of the three dots filled");
  assert.match(page.url(), /^file:/, "not gone yet");
  await page.keyboard.press("Shift");
  await leftFor(page);
  await page.close();
});

test("two presses expire after five seconds", async () => {
  const page = await reportPage(browser.chrome, "report/exit-this-page/index.html");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.waitForTimeout(5300);
  assert.equal(await page.locator("[data-exit-status]").textContent(), "Exit this page expired.");
  await page.keyboard.press("Shift");
  await page.waitForTimeout(300);
  assert.match(page.url(), /^file:/, "one press after the pause does not leave");
  await page.close();
});

test("the second skip link leaves, for keyboard users", async () => {
  const page = await reportPage(browser.chrome);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to main content");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Exit this page");
  await page.keyboard.press("Enter");
  await leftFor(page);
  await page.close();
});

test("with JavaScript off the button is a plain link that works", async () => {
  const noJs = await launch({ javaScript: false });
  try {
    const page = await reportPage(noJs);
    await page.getByRole("button", { name: "Emergency Exit this page" }).click();
    await leftFor(page);
  } finally {
    await noJs.close();
  }
});

test("the page about it says it does not clear history, in every language", async () => {
  const page = await browser.chrome.newPage();
  for (const [rel, words] of [
    ["report/exit-this-page/index.html", "does not clear your browsing history"],
    ["pl/report/exit-this-page/index.html", "nie czyści historii przeglądania"],
    ["ur/report/exit-this-page/index.html", "براؤزنگ ہسٹری صاف نہیں ہوتی"],
  ]) {
    await page.goto(fileUrl(site, rel));
    assert.match(await page.locator("main").textContent(), new RegExp(words));
  }
  await page.close();
  assert.deepEqual(browser.chrome.errors, []);
});
