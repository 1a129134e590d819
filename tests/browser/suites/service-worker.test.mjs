// The optional service worker (issue 8): served over http with `[offline]
// service_worker = true`, the pages a reader visited and the core pages still open once
// the network is gone; from file:// it is never registered.
import assert from "node:assert/strict";
import { test } from "node:test";
import { heading, launch } from "../lib/chromium.mjs";
import { example, fileUrl } from "../lib/sites.mjs";
import { serve } from "../lib/server.mjs";

const ON = "[offline]\nservice_worker = true";

/** Counts the page's calls to navigator.serviceWorker.register in `window.registrations`. */
async function countRegistrations(chrome) {
  await chrome.context.addInitScript(() => {
    window.registrations = 0;
    const workers = navigator.serviceWorker;
    if (workers) {
      const register = workers.register.bind(workers);
      workers.register = (...args) => {
        window.registrations += 1;
        return register(...args);
      };
    }
  });
}

test("visited and core pages open with the network gone", async () => {
  const server = await serve(example({ config: ON }));
  const chrome = await launch();
  try {
    await countRegistrations(chrome);
    const page = await chrome.newPage();
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    assert.equal(await page.evaluate(() => window.registrations), 1);
    await page.goto(`${server.url}lessons/ks2/cyberbullying/`);
    assert.equal(await heading(page), "Cyberbullying");
    await server.close();
    await page.goto(`${server.url}lessons/ks2/cyberbullying/`);
    assert.equal(await heading(page), "Cyberbullying", "a visited page");
    await page.goto(`${server.url}pl/report/`);
    assert.equal(await heading(page), "Zgłoś problem", "a core page never visited");
    assert.ok(await page.locator("link[rel=stylesheet]").first().evaluate((l) => l.sheet !== null), "with its stylesheet");
    await assert.rejects(page.goto(`${server.url}lessons/ks4/scams-and-fraud/`), "a page never visited is not there");
    assert.deepEqual(chrome.errors, []);
  } finally {
    await server.close().catch(() => {});
    await chrome.close();
  }
});

test("never registered from file://", async () => {
  const site = example({ portable: true, config: ON });
  const chrome = await launch({ offline: true });
  try {
    await countRegistrations(chrome);
    const page = await chrome.newPage();
    await page.goto(fileUrl(site, "index.html"));
    await page.waitForLoadState("load");
    assert.equal(await page.evaluate(() => window.registrations), 0);
    assert.ok(chrome.requests.some((url) => url.endsWith("haven-offline.js")), "the page loads the script");
    assert.ok(!chrome.requests.some((url) => url.endsWith("haven-service-worker.js")), String(chrome.requests));
    assert.deepEqual(chrome.errors, []);
  } finally {
    await chrome.close();
  }
});
