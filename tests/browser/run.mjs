// Runs every browser suite (suites/*.test.mjs, one file each) with Node's test runner, one
// at a time, after making sure haven is freshly built. `npm test` runs this; CI runs it
// after `cargo test`. Pass file names to run only some suites.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM } from "./lib/chromium.mjs";
import { HAVEN, REPO } from "./lib/sites.mjs";

const here = dirname(fileURLToPath(import.meta.url));

function fail(message) {
  console.error(`browser tests: ${message}`);
  process.exit(1);
}

if (!process.env.HAVEN_BIN) {
  const cargo = spawnSync("cargo", ["build", "--quiet"], { cwd: REPO, stdio: "inherit" });
  if (cargo.status !== 0) {
    fail("`cargo build` failed");
  }
}
if (!existsSync(HAVEN)) {
  fail(`no haven binary at ${HAVEN}: run \`cargo build\`, or set HAVEN_BIN`);
}
if (!existsSync(CHROMIUM)) {
  fail(`no Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\`, or set HAVEN_CHROMIUM`);
}
const asked = process.argv.slice(2);
const suites = (asked.length ? asked : readdirSync(join(here, "suites")).filter((f) => f.endsWith(".test.mjs")).sort())
  .map((f) => join(here, "suites", f.replace(/^suites[/\\]/, "")));
const run = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...suites], {
  cwd: here,
  stdio: "inherit",
});
process.exit(run.status ?? 1);
