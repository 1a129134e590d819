// Photographs for phones (issue 20): the example's class photo is published as lossy WebP
// in a <picture> with a JPEG fallback. Opened from disk (the portable build, file://) with
// no network on a 360 px phone, Chromium shows the phone-sized WebP and fetches nothing
// else of the photo (not the JPEG, not a larger width), asks nothing of another site, and
// raises no Content-Security-Policy violation; width and height reserve the photo's place.
import assert from "node:assert/strict";
import { test } from "node:test";
import { launch } from "../lib/chromium.mjs";
import { example, fileUrl } from "../lib/sites.mjs";

/** What the page shows of its first photograph, once it has loaded. */
async function shownPhoto(page) {
  for (let tries = 0; tries < 100; tries++) {
    const shown = await page.evaluate(() => {
      const img = document.querySelector("picture > img");
      img.scrollIntoView();
      const box = img.getBoundingClientRect();
      return {
        loaded: img.complete && img.naturalWidth > 0,
        src: img.currentSrc,
        source: img.previousElementSibling?.getAttribute("type"),
        ratio: box.width / box.height,
        attributes: img.getAttribute("width") / img.getAttribute("height"),
      };
    });
    if (shown.loaded) {
      return shown;
    }
    await page.waitForTimeout(100);
  }
  throw new Error("the photo never loaded");
}

test("a phone shows the class photo as its small WebP, from disk and offline", async () => {
  const site = example({ portable: true });
  const chrome = await launch({ offline: true });
  const page = await chrome.newPage();
  const violations = [];
  page.on("console", (message) => {
    if (/Refused|Content Security Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  await page.goto(fileUrl(site, "lessons/ks2/online-friends/index.html"), { waitUntil: "load" });
  const shown = await shownPhoto(page);
  assert.equal(shown.source, "image/webp");
  assert.match(shown.src, /\/pupils-at-a-tablet-480w\.webp$/, "the phone's width, as WebP");
  assert.ok(Math.abs(shown.ratio - shown.attributes) < 0.01, `shown at its own shape: ${JSON.stringify(shown)}`);
  const photoFiles = chrome.requests.filter((url) => url.includes("pupils-at-a-tablet")).map((url) => url.replace(/.*\//, ""));
  assert.deepEqual(photoFiles, ["pupils-at-a-tablet-480w.webp"], "only the WebP it shows");
  const elsewhere = chrome.requests.filter((url) => !url.startsWith("file://"));
  assert.deepEqual(elsewhere, [], "nothing from another site");
  assert.deepEqual(violations, []);
  assert.deepEqual(chrome.errors, []);
  await chrome.close();
});
