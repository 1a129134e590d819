// Takes the screenshots of docs/getting-started.md's "Brand it": the example school with
// an invented badge and a school colour (`[brand]`), its home page on a 360 px phone and a
// 1366 px laptop, saved in docs/images/. Run: node screenshots/brand.mjs
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { DESKTOP, launch, PHONE } from "../lib/chromium.mjs";
import { brandedExample } from "../lib/brand.mjs";
import { fileUrl, REPO } from "../lib/sites.mjs";

const site = brandedExample();
const out = join(REPO, "docs", "images");
mkdirSync(out, { recursive: true });
const chrome = await launch({ offline: true });
for (const [name, viewport] of [["brand-360.png", PHONE], ["brand-1366.png", DESKTOP]]) {
  const page = await chrome.newPage();
  await page.setViewportSize(viewport);
  await page.goto(fileUrl(site, "index.html"));
  await page.screenshot({ path: join(out, name) });
  await page.close();
}
await chrome.close();
