// The 404 page on any host (issue 20): a web server shows the site's 404.html at whatever
// missing address was asked for, however deep, and under any host name (a staging server,
// `haven serve`, 127.0.0.1 or localhost rather than the school's own). Served so, it is
// styled, its focus ring shows, and its links lead into the site.
import assert from "node:assert/strict";
import { test } from "node:test";
import { browserForSuite, heading, PHONE } from "../lib/chromium.mjs";
import { inTab } from "../lib/pages.mjs";
import { serve } from "../lib/server.mjs";
import { example } from "../lib/sites.mjs";

/** The path of the example's base_url: the site is served there. */
const UNDER = "/online-safety/";
const site = example();
const browser = browserForSuite({});

test("a nested missing address on another host name shows the styled 404 page, its links working", async () => {
  const server = await serve(site, { under: UNDER, notFound: true });
  try {
    for (const host of ["127.0.0.1", "localhost"]) {
      const origin = server.url.replace("127.0.0.1", host).replace(/\/$/, "");
      await inTab(browser.chrome, PHONE, async (page) => {
        const answer = await page.goto(`${origin}${UNDER}lessons/ks2/no/such/page/`);
        assert.equal(answer.status(), 404, host);
        assert.equal(await heading(page), "Page not found", host);
        const look = await page.evaluate(() => ({
          header: getComputedStyle(document.querySelector(".site-header")).backgroundColor,
          ceop: getComputedStyle(document.querySelector(".ceop-button")).backgroundColor,
        }));
        assert.deepEqual(look, { header: "rgb(243, 245, 249)", ceop: "rgb(176, 0, 32)" }, `${host}: styled`);
        // The focus ring: GOV.UK yellow behind the focused link.
        const home = page.locator(".site-title");
        await page.keyboard.press("Tab");
        await page.keyboard.press("Tab");
        assert.equal(await home.evaluate((a) => a === document.activeElement), true, `${host}: the site's name is the second stop`);
        assert.equal(await home.evaluate((a) => getComputedStyle(a).backgroundColor), "rgb(255, 221, 0)", `${host}: focus shows`);
        await home.click();
        assert.equal(new URL(page.url()).pathname, UNDER, `${host}: the home link stays on this host`);
        assert.equal(new URL(page.url()).hostname, host);
        assert.match(await heading(page), /Online safety/, `${host}: the home page`);
      });
    }
  } finally {
    await server.close();
  }
});

test("nothing was asked of the school's own host", () => {
  assert.deepEqual(browser.chrome.requests.filter((url) => url.includes("harbourlane")), []);
  assert.deepEqual(browser.chrome.errors, []);
});
