// Search (issue 8) in the browser: the portable example school from file://, searched in
// English, Polish and Urdu; whole words and word beginnings, whatever the case and
// accents; results in the reader's language and version. The folding rules themselves
// are tested first, without a browser.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { browserForSuite } from "../lib/chromium.mjs";
import { REPO, example, fileUrl } from "../lib/sites.mjs";

const search = createRequire(import.meta.url)(join(REPO, "themes/default/static/haven-search.js"));

test("folding ignores case, accents and the ways a letter can be typed", () => {
  assert.equal(search.fold("ZGŁOŚ"), "zglos");
  assert.equal(search.fold("Café"), "cafe");
  assert.equal(search.fold("بُلنگ"), "بلنگ", "Urdu vowel marks");
  assert.equal(search.fold("اكاؤنٹ"), search.fold("اکاؤنٹ"), "Arabic kaf and Urdu keheh");
  assert.equal(search.fold("ي"), search.fold("ی"), "Arabic and Farsi yeh");
  assert.equal(search.fold("۱۲"), "12", "Urdu digits");
  assert.equal(search.fold("می\u200cخواہم"), "میخواہم", "zero-width non-joiner");
});

test("whole words rank above word beginnings, titles above text", () => {
  // Pages 0 "Passwords": "Keep it secret."; 1 "Gaming": "Never share your password.";
  // 2 "Passports": "Travel.", as a shard lists them: distance from the page before x 4,
  // + 1 in the title, + 2 in the text.
  const shard = [
    ["gaming", [4 + 1]],
    ["it", [2]],
    ["keep", [2]],
    ["never", [4 + 2]],
    ["password", [4 + 2]],
    ["passports", [8 + 1]],
    ["passwords", [1]],
    ["secret", [2]],
  ];
  const all = "_"; // pages 0-5 listed
  const find = (query, pages = all) =>
    search.rank(search.terms(query).map((t) => search.hits([shard], t, pages))).map((r) => r.page);
  assert.deepEqual(find("password"), [0, 1], "a title's word beginning above a text's whole word");
  assert.deepEqual(find("pass"), [0, 2, 1], "ties by the build's order");
  assert.deepEqual(find("password secret"), [0]);
  assert.deepEqual(find("assword"), [], "only word beginnings");
  assert.deepEqual(find("password", "C"), [1], "only pages the listing lists");
  assert.ok(search.covers(["pas", "sec"], "pass") && search.covers(["passw", "zz"], "pass"));
  assert.ok(!search.covers(["pat", "zz"], "pass") && !search.covers(["a", "pas"], "pass"));
  const doc = { text: "Never share your password." };
  const marked = search.snippet(doc, "PASSWORD").filter((p) => p.mark).map((p) => p.text);
  assert.deepEqual(marked, ["password"]);
});

const site = example({ portable: true });
const browser = browserForSuite({ offline: true });

/** Opens a search page with a query and returns its results as plain objects. */
async function results(rel, query) {
  const page = await browser.chrome.newPage();
  await page.goto(`${fileUrl(site, rel)}?${new URLSearchParams(query)}`);
  await page.locator("#search-status:not(:empty)").waitFor();
  const found = await page.locator("#search-results li").evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector("a").textContent,
      href: li.querySelector("a").href,
      band: li.querySelector(".search-result-band")?.textContent ?? "",
      marked: [...li.querySelectorAll("mark")].map((m) => m.textContent),
      lang: li.lang,
      dir: li.dir,
    })),
  );
  const status = await page.locator("#search-status").textContent();
  await page.close();
  return { found, status };
}

test("English: a word's beginning, in capitals", async () => {
  const { found, status } = await results("search/index.html", { q: "CYBERBULL" });
  assert.equal(found[0].title, "Cyberbullying");
  assert.equal(found[0].band, "Key Stage 2");
  assert.match(found[0].href, /^file:.*\/lessons\/ks2\/cyberbullying\/index\.html$/);
  assert.ok(found[0].marked.some((m) => /^cyberbullying$/i.test(m)), String(found[0].marked));
  assert.match(status, /^Pages found: \d+$/);
});

test("Polish: without the accents, and only Polish pages", async () => {
  const { found } = await results("pl/search/index.html", { q: "zglos" });
  assert.ok(found.some((r) => r.title === "Zgłoś problem"), JSON.stringify(found));
  for (const r of found) {
    assert.match(r.href, /\/pl\/.*index\.html$/, "results lead to the Polish pages");
  }
  const passwords = await results("pl/search/index.html", { q: "haslo" });
  assert.equal(passwords.found[0].title, "Hasło to tajemnica");
  assert.equal(passwords.found[0].band, "Etap 1 (Key Stage 1)");
});

test("Urdu: right to left, vowel marks and letter forms ignored", async () => {
  const { found } = await results("ur/search/index.html", { q: "بلنگ" });
  assert.equal(found[0].title, "آن لائن دھونس (سائبر بُلنگ)");
  assert.deepEqual(found[0].marked, ["بُلنگ"]);
  const account = await results("ur/search/index.html", { q: "اكاؤنٹ" });
  assert.equal(account.found[0].title, "پاس ورڈ راز رکھیں");
  assert.match(account.found[0].href, /\/ur\/lessons\/ks1\/keeping-passwords-private\/index\.html$/);
});

test("untranslated pages are marked as English in other languages' results", async () => {
  const { found } = await results("ur/search/index.html", { q: "scams" });
  assert.ok(found.length > 0);
  assert.equal(found[0].lang, "en");
  assert.equal(found[0].dir, "ltr");
  assert.match(found[0].href, /\/ur\//);
});

test("readers of easy-read pages get easy-read results", async () => {
  const { found } = await results("search/index.html", { q: "password", v: "easy" });
  const lesson = found.find((r) => r.href.includes("keeping-passwords-private"));
  assert.match(lesson.href, /\/easy\/lessons\/ks1\/keeping-passwords-private\/index\.html$/);
});

test("no results says so, and typing searches as you go", async () => {
  const none = await results("search/index.html", { q: "xylophonequartz" });
  assert.deepEqual(none.found, []);
  assert.match(none.status, /No pages found/);
  const page = await browser.chrome.newPage();
  await page.goto(fileUrl(site, "search/index.html"));
  await page.getByRole("searchbox").pressSequentially("scam");
  await page.locator("#search-results li").first().waitFor();
  assert.match(await page.locator("#search-results li a").first().textContent(), /scam/i);
  await page.close();
});

test("a query loads its language's listing, the shards of its words and the pages it shows", async () => {
  const before = browser.chrome.requests.length;
  const { found, status } = await results("search/index.html", { q: "the" });
  const asked = browser.chrome.requests.slice(before).map((url) => url.replace(/^.*\/site\//, ""));
  const shards = asked.filter((u) => /^search-index\/w\d+\.js$/.test(u));
  const pages = asked.filter((u) => /^search-index\/p\d+\.js$/.test(u));
  assert.ok(Number(status.match(/\d+/)[0]) > 30, `"the" finds many pages: ${status}`);
  assert.equal(found.length, 10, "shown ten at a time");
  assert.ok(asked.includes("search/standard.js"), asked.join(" "));
  assert.ok(!asked.some((u) => /\/(easy|eal)\.js$/.test(u)), "no other listing");
  const listing = readFileSync(join(site, "search/standard.js"), "utf8");
  const all = JSON.parse(listing.slice(listing.indexOf(",") + 1, listing.lastIndexOf(")"))).shards;
  assert.ok(shards.length >= 1 && shards.length < all.length, `${shards.length} of ${all.length} shards`);
  assert.equal(pages.length, 10, "ten results shown, ten pages loaded");
});

test("search made no request outside file://", () => {
  assert.deepEqual(browser.chrome.requests.filter((url) => !url.startsWith("file://")), []);
  assert.deepEqual(browser.chrome.errors, []);
});
