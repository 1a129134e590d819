// Search gives the same results as it did before its index was sharded (issue 20): on the
// portable example school from file://, the queries below give the same results, in the
// same order, with the same snippets, as the single-script index of main at 4e1d81c gave.
// fixtures/search-results.json is what that search showed; HAVEN_SEARCH_RECORD=1 writes it
// again from the search being tested (only ever on purpose, from a search known right).
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { browserForSuite } from "../lib/chromium.mjs";
import { REPO, example, fileUrl } from "../lib/sites.mjs";

const FIXTURE = join(REPO, "tests/browser/fixtures/search-results.json");

/** [search page, version, query]: prefixes as short as one letter, several words, every
    script, untranslated pages, easy read and EAL, a word found nowhere. */
const QUERIES = [];
for (const q of ["password", "pass", "p", "online safety", "scam", "report", "CYBERBULL", "the", "kind", "game", "photo", "tell a trusted adult", "xylophonequartz", "ks2", "2"]) {
  QUERIES.push(["search/index.html", "standard", q]);
}
for (const q of ["password", "safe", "help", "a"]) {
  QUERIES.push(["search/index.html", "easy", q]);
}
for (const q of ["haslo", "zglos", "internet", "bezpieczn", "scams", "z", "hasło dziecko"]) {
  QUERIES.push(["pl/search/index.html", "standard", q]);
}
for (const q of ["haslo", "password", "pomoc"]) {
  QUERIES.push(["pl/search/index.html", "easy", q]);
  QUERIES.push(["pl/search/index.html", "eal", q]);
}
for (const q of ["بلنگ", "اكاؤنٹ", "scams", "آن", "پاس ورڈ", "ب"]) {
  QUERIES.push(["ur/search/index.html", "standard", q]);
}
for (const q of ["password", "پاس"]) {
  QUERIES.push(["ur/search/index.html", "eal", q]);
}

const site = example({ portable: true });
const browser = browserForSuite({ offline: true });
const seen = {};

/** Everything a reader sees of a query's results, every page of them. */
async function shown(rel, version, query) {
  const page = await browser.chrome.newPage();
  const params = new URLSearchParams({ q: query });
  if (version !== "standard") {
    params.set("v", version);
  }
  await page.goto(`${fileUrl(site, rel)}?${params}`);
  await page.locator("#search-status:not(:empty)").waitFor();
  const more = page.locator("[data-search-more]");
  while ((await more.count()) > 0 && (await more.isVisible())) {
    const before = await page.locator("#search-results li").count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, before);
  }
  const found = await page.locator("#search-results li").evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector("a").textContent,
      href: li.querySelector("a").href.replace(/^file:.*?\/haven-site-[^/]*\/site\//, ""),
      band: li.querySelector(".search-result-band")?.textContent ?? "",
      snippet: li.querySelector(".search-result-snippet").textContent,
      marked: [...li.querySelectorAll("mark")].map((m) => m.textContent),
      lang: li.lang,
      dir: li.dir,
    })),
  );
  const status = await page.locator("#search-status").textContent();
  await page.close();
  return { status, found };
}

const expected = process.env.HAVEN_SEARCH_RECORD ? null : JSON.parse(readFileSync(FIXTURE, "utf8"));

for (const [rel, version, query] of QUERIES) {
  const key = `${rel} ${version} ${query}`;
  test(`the same results: ${key}`, async () => {
    const got = await shown(rel, version, query);
    seen[key] = got;
    if (expected) {
      assert.deepEqual(got, expected[key]);
    }
  });
}

after(() => {
  if (process.env.HAVEN_SEARCH_RECORD) {
    writeFileSync(FIXTURE, `${JSON.stringify(seen, null, 1)}\n`);
  }
});
