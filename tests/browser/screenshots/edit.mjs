// Takes the screenshots of docs/edit.md: `haven edit` on a copy of the example school, in
// headless Chromium, saved as small PNGs in docs/images/. Run: node screenshots/edit.mjs
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DESKTOP, launch, PHONE } from "../lib/chromium.mjs";
import { BUILD_DAY, HAVEN, REPO } from "../lib/sites.mjs";

const root = mkdtempSync(join(tmpdir(), "haven-shots-"));
for (const part of ["config.toml", "content", "data", "static", "i18n"]) {
  cpSync(join(REPO, part), join(root, part), { recursive: true });
}
const studio = spawn(HAVEN, ["--root", root, "edit", "--port", "18199", "--date", BUILD_DAY], { stdio: ["ignore", "pipe", "inherit"] });
const first = await new Promise((resolve) => {
  let said = "";
  studio.stdout.on("data", (chunk) => {
    said += chunk;
    const found = said.match(/http:\/\/127\.0\.0\.1:\d+\/\?key=[0-9a-f]+/);
    if (found) resolve(found[0]);
  });
});
const out = join(REPO, "docs", "images");
mkdirSync(out, { recursive: true });
const chrome = await launch({ viewport: DESKTOP });
const page = await chrome.newPage();
await page.goto(first);
await page.screenshot({ path: join(out, "edit-pages.png") });
await page.goto(`http://127.0.0.1:18199/page?file=${encodeURIComponent("content/lessons/ks2/online-friends.md")}`);
// The live preview comes from the built site's own origin, in a frame.
await page.frameLocator("#preview").locator("h1").first().waitFor();
await page.screenshot({ path: join(out, "edit-lesson.png") });
await page.goto("http://127.0.0.1:18199/rooms/print?room=computing-suite");
await page.frameLocator("iframe.sheet").first().locator("h1").first().waitFor();
await page.screenshot({ path: join(out, "edit-room-print.png") });
await page.setViewportSize(PHONE);
await page.goto("http://127.0.0.1:18199/consent");
await page.screenshot({ path: join(out, "edit-consent-phone.png") });
await chrome.close();
studio.kill();
rmSync(root, { recursive: true, force: true });
