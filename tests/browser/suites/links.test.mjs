// The useful-links page (issue 4): the filter box narrows the directory as the reader
// types, from file:// with no network; with JavaScript off it is hidden and every link
// shows.
import assert from "node:assert/strict";
import { test } from "node:test";
import { browserForSuite, launch } from "../lib/chromium.mjs";
import { example, fileUrl } from "../lib/sites.mjs";

const site = example({ portable: true });
const browser = browserForSuite({ offline: true });

/** The titles of the links a reader can see. */
async function shown(page) {
  return page.locator("[data-link]").evaluateAll((items) =>
    items.filter((item) => item.offsetParent !== null).map((item) => item.querySelector("a").textContent.trim()));
}

test("typing narrows the links, and empty groups hide", async () => {
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, "links/index.html"));
  const all = await shown(page);
  assert.ok(all.length > 20, `${all.length} links`);
  await page.getByLabel("Find a link").fill("childline");
  assert.deepEqual([...new Set(await shown(page))], ["Childline"]);
  assert.equal(await page.locator("[data-links-status]").textContent(), "Links shown: 1");
  assert.equal(await page.locator("#links-staff").isVisible(), false, "no Childline for staff");
  await page.getByLabel("Find a link").fill("zzzz");
  assert.deepEqual(await shown(page), []);
  assert.equal(await page.locator("[data-links-status]").textContent(), "No links match. Try another word.");
  await page.getByLabel("Find a link").fill("");
  assert.equal((await shown(page)).length, all.length);
  await page.close();
  assert.deepEqual(browser.chrome.requests.filter((url) => !url.startsWith("file://")), []);
  assert.deepEqual(browser.chrome.errors, []);
});

test("without JavaScript every link shows and the box is hidden", async () => {
  const noJs = await launch({ offline: true, javaScript: false });
  try {
    const page = await noJs.newPage();
    await page.goto(fileUrl(site, "pl/links/index.html"));
    assert.equal(await page.getByLabel("Znajdź link").isVisible(), false);
    assert.ok((await shown(page)).length > 20);
  } finally {
    await noJs.close();
  }
});
