// Every page of a built site, and a way to visit many of them at once in one browser:
// the accessibility suites check each HTML file, a few tabs at a time (the CI machine has
// two cores; more tabs only queue).
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Pages open at once in one browser. */
export const AT_ONCE = 3;

/** Every `.html` file of a built site, as paths relative to it, sorted. */
export function htmlPages(site) {
  return readdirSync(site, { recursive: true })
    .filter((file) => file.endsWith(".html"))
    .map((file) => relative(site, join(site, file)))
    .sort();
}

/** Runs `jobs` (functions returning promises), `AT_ONCE` at a time, in order of start. */
export async function inTurn(jobs) {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      await jobs[next++]();
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}

/** Opens a new tab of `chrome` at `viewport`, runs `use(page)`, and closes the tab. */
export async function inTab(chrome, viewport, use) {
  const page = await chrome.newPage();
  try {
    await page.setViewportSize(viewport);
    return await use(page);
  } finally {
    await page.close();
  }
}
