// Headless Chromium for the browser suites: Debian's chromium package driven by
// playwright-core, started with the same flags every time and a fresh profile, and a record
// of every request the pages make. Every suite launches the browser through here.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

/** The browser binary (`apt-get install -y chromium`); HAVEN_CHROMIUM overrides it. */
export const CHROMIUM = process.env.HAVEN_CHROMIUM || "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A phone-sized window: 360 CSS pixels wide, as DESIGN §8 asks of the CEOP button. */
export const PHONE = { width: 360, height: 740 };
/** A laptop-sized window, the other width every page is checked at. */
export const DESKTOP = { width: 1366, height: 768 };

/**
 * Starts Chromium with a fresh user-data-dir.
 * - `offline`: no network at all (emulated offline, and no host name resolves);
 * - `javaScript`: false to browse with JavaScript off;
 * - `viewport`: the window size (a phone by default).
 * Returns `{ context, requests, errors, newPage(), close() }`: `requests` lists every URL
 * the browser asked for, `errors` every uncaught script error.
 */
export async function launch({ offline = false, javaScript = true, viewport = PHONE } = {}) {
  const profile = mkdtempSync(join(tmpdir(), "haven-chromium-"));
  const args = offline ? [...FLAGS, "--host-resolver-rules=MAP * ~NOTFOUND"] : FLAGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    offline,
    javaScriptEnabled: javaScript,
    viewport,
  });
  const requests = [];
  const errors = [];
  context.on("request", (request) => requests.push(request.url()));
  context.on("weberror", (error) => errors.push(String(error.error())));
  return {
    context,
    requests,
    errors,
    async newPage() {
      return context.newPage();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One browser for a whole suite: started before its first test, closed after its last.
 * Returns a holder whose `chrome` is what `launch(options)` gave.
 */
export function browserForSuite(options) {
  const holder = { chrome: null };
  before(async () => {
    holder.chrome = await launch(options);
  });
  after(async () => {
    await holder.chrome?.close();
  });
  return holder;
}

/** The text of a page's first `h1`. */
export async function heading(page) {
  return (await page.locator("h1").first().textContent()).trim();
}
