// Sites for the browser suites, built by the freshly built haven binary: the example
// school at the repository's root, as it is or with config added, portable or not.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository, which is also the example site. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** The haven binary: HAVEN_BIN, else the debug build. */
export const HAVEN = process.env.HAVEN_BIN || join(REPO, "target", "debug", "haven");
/** The build day, so every run builds the same site. */
export const BUILD_DAY = "2026-11-22";

const built = new Map();
const temporary = [];

/** A new temporary folder, removed when the suite ends. */
function scratch(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

process.on("exit", () => {
  for (const dir of temporary) {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Copies the example site to a new folder, with `config` added to its config.toml and
 * each `[from, to]` of `replace` replaced in it (for a setting the example already has),
 * and each file of `files` (path -> text) written over the example's.
 */
function exampleWith(config, replace, files) {
  const root = scratch("haven-example-");
  for (const part of ["config.toml", "content", "data", "static", "i18n"]) {
    if (existsSync(join(REPO, part))) {
      cpSync(join(REPO, part), join(root, part), { recursive: true });
    }
  }
  const file = join(root, "config.toml");
  let text = readFileSync(file, "utf8");
  for (const [from, to] of replace) {
    if (!text.includes(from)) {
      throw new Error(`the example's config.toml has no ${from}`);
    }
    text = text.replaceAll(from, to);
  }
  writeFileSync(file, `${text}\n${config}\n`);
  for (const [rel, content] of Object.entries(files)) {
    writeFileSync(join(root, rel), content);
  }
  return root;
}

/**
 * Builds the example school (once per set of options in a run) and returns the output
 * folder. `portable` builds it for file://; `config` is TOML added to its config.toml;
 * `replace` lists `[from, to]` texts to change in it; `files` maps paths in the site to
 * the text they are given instead of the example's.
 */
export function example({ portable = false, config = "", replace = [], files = {} } = {}) {
  const key = JSON.stringify({ portable, config, replace, files });
  if (!built.has(key)) {
    const changed = config || replace.length || Object.keys(files).length;
    const root = changed ? exampleWith(config, replace, files) : REPO;
    const out = join(scratch("haven-site-"), "site");
    const args = ["--root", root, "build", "--date", BUILD_DAY, "-o", out];
    if (portable) {
      args.push("--portable");
    }
    try {
      execFileSync(HAVEN, args, { stdio: "pipe" });
    } catch (error) {
      throw new Error(`haven ${args.join(" ")} failed:\n${error.stderr}`);
    }
    built.set(key, out);
  }
  return built.get(key);
}

/** The file:// URL of a file of a built site. */
export function fileUrl(site, rel) {
  return pathToFileURL(join(site, rel)).href;
}
