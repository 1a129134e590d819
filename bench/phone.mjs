// A parent's phone on slow mobile data (issue 20): each page of a built site visited cold in
// headless Chromium with Lighthouse's slow-4G network (150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up) emulated through the DevTools protocol, served gzipped as a web host
// serves it. Run by bench/phone, which builds the sites; see BENCHMARKS.md.
//
//   node bench/phone.mjs SITE_DIR UNDER PAGES... [--all] [--query Q]...
//
// For each page (a path under UNDER, with a name before `=`: `lesson=lessons/ks1/x/`) it
// prints bytes transferred (without photos, and the photos), requests, Largest Contentful
// Paint and layout shift; for each query, the bytes and requests of the index it loaded on
// the search page. `--all` also visits every HTML page of the site unthrottled and gives
// the largest cold visit without photos.
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
const { chromium } = createRequire(join(REPO, "tests/browser/package.json"))("playwright-core");
const CHROMIUM = process.env.HAVEN_CHROMIUM || "/usr/bin/chromium";
// The flags of tests/browser/lib/chromium.mjs.
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp", ".avif": "image/avif",
  ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".json": "application/json", ".woff2": "font/woff2",
};
const TEXT = new Set([".html", ".css", ".js", ".svg", ".xml", ".txt", ".json"]);

const [site, under, ...rest] = process.argv.slice(2);
const pages = [];
const queries = [];
let all = false;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === "--all") { all = true; } else if (rest[i] === "--query") { queries.push(rest[++i]); } else { pages.push(rest[i]); }
}

/** Serves the site under `under`, text gzipped (as GitHub Pages, Netlify and nginx do). */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    let file = path.startsWith(under) ? join(site, normalize(path.slice(under.length)).replace(/^(\.\.[/\\])+/, "")) : null;
    try {
      if (file && statSync(file).isDirectory()) { file = join(file, "index.html"); }
      if (!file || !statSync(file).isFile()) { throw new Error(); }
    } catch {
      response.writeHead(404, { "content-type": TYPES[".html"] });
      createReadStream(join(site, "404.html")).pipe(response);
      return;
    }
    const type = TYPES[extname(file)] || "application/octet-stream";
    if (TEXT.has(extname(file)) && /gzip/.test(request.headers["accept-encoding"] || "")) {
      const body = gzipSync(readFileSync(file), { level: 6 });
      response.writeHead(200, { "content-type": type, "content-encoding": "gzip", "content-length": body.length });
      response.end(body);
    } else {
      response.writeHead(200, { "content-type": type, "content-length": statSync(file).size });
      createReadStream(file).pipe(response);
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Visits `url` cold (a new profile's empty cache), throttled or not; gives what it cost. */
async function visit(browser, url, { throttle = true, until = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttle) { await cdp.send("Network.emulateNetworkConditions", SLOW_4G); }
  const kinds = new Map();
  const got = [];
  cdp.on("Network.responseReceived", (e) => kinds.set(e.requestId, { type: e.type, url: e.response.url }));
  cdp.on("Network.loadingFinished", (e) => got.push({ ...kinds.get(e.requestId), bytes: e.encodedDataLength }));
  await page.goto(url, { waitUntil: "load" });
  if (until) { await page.locator(until).waitFor({ timeout: 60000 }); }
  await page.waitForTimeout(throttle ? 1500 : 200);
  const vitals = await page.evaluate(`new Promise((resolve) => {
    let lcp = 0, cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) cls += e.value; }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => resolve({ lcp, cls }), 100);
  })`);
  await context.close();
  const photos = got.filter((r) => r.type === "Image" && !/\.svg$/.test(r.url || ""));
  const sum = (list) => list.reduce((n, r) => n + r.bytes, 0);
  return { got, requests: got.length, bytes: sum(got) - sum(photos), photos: sum(photos), ...vitals };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}${under}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
console.log(`| page | cold, without photos | photos | requests | LCP | layout shift |`);
console.log(`|---|---:|---:|---:|---:|---:|`);
for (const entry of pages) {
  const [name, path] = entry.includes("=") ? entry.split("=") : [entry, entry];
  const r = await visit(browser, origin + path);
  console.log(`| ${name} (\`${path || "/"}\`) | ${kb(r.bytes)} | ${kb(r.photos)} | ${r.requests} | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(4)} |`);
}
if (queries.length) {
  console.log(`\n| search query | index loaded | requests | results shown after |`);
  console.log(`|---|---:|---:|---:|`);
  for (const q of queries) {
    const started = Date.now();
    const r = await visit(browser, `${origin}search/?q=${encodeURIComponent(q)}`, { until: "#search-status:not(:empty)" });
    const index = r.got.filter((g) => /\/search-index\/|\/search\/(standard|easy|eal)\.js$/.test(g.url || ""));
    const bytes = index.reduce((n, g) => n + g.bytes, 0);
    console.log(`| "${q}" | ${kb(bytes)} | ${index.length} | ${((Date.now() - started) / 1000).toFixed(1)} s (page and query) |`);
  }
}
if (all) {
  const html = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, f.name);
      if (f.isDirectory()) { walk(p); } else if (f.name.endsWith(".html")) { html.push(relative(site, p)); }
    }
  };
  walk(site);
  let worst = { bytes: 0 };
  const over = [];
  for (const path of html) {
    const r = await visit(browser, origin + path, { throttle: false });
    if (r.bytes > worst.bytes) { worst = { ...r, path }; }
    if (r.bytes > 60 * 1024) { over.push(`${path} ${kb(r.bytes)}`); }
  }
  console.log(`\nevery page (${html.length}), cold, without photos: largest ${kb(worst.bytes)} (${worst.path}), over 60 KB: ${over.length}${over.length ? `\n  ${over.join("\n  ")}` : ""}`);
}
await browser.close();
server.close();
