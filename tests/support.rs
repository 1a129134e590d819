//! The test helper: a tiny site in a temp folder, built by the real `haven` binary.

#![allow(dead_code)] // each test module uses part of the helper

use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

use tempfile::TempDir;

/// The smallest valid config.
pub const CONFIG: &str = "title = \"Test School\"\nbase_url = \"https://test.sch.uk/safety/\"\n";

/// A config with English, Polish and Urdu (right-to-left).
pub const CONFIG_3_LANGS: &str = "title = \"Test School\"\nbase_url = \"https://test.sch.uk/safety/\"\n[languages.en]\nname = \"English\"\n[languages.pl]\nname = \"Polski\"\n[languages.ur]\nname = \"اردو\"\ndir = \"rtl\"\n";

/// A page's text with front matter.
pub fn page(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n+++\n{body}")
}

/// A site being built up in a temporary folder.
pub struct TestSite {
    dir: Rc<TempDir>,
}

impl Default for TestSite {
    fn default() -> Self {
        Self::new()
    }
}

impl TestSite {
    /// A site with the smallest config and a home page.
    pub fn new() -> Self {
        let site = Self {
            dir: Rc::new(tempfile::tempdir().expect("temp dir")),
        };
        site.file("config.toml", CONFIG)
            .file("content/_index.md", &page("Home", "Welcome."))
    }

    /// Writes (or replaces) a file of the site.
    pub fn file(self, rel: &str, text: &str) -> Self {
        self.bytes(rel, text.as_bytes())
    }

    /// Writes a file of raw bytes.
    pub fn bytes(self, rel: &str, bytes: &[u8]) -> Self {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    /// Deletes a file of the site.
    pub fn remove(self, rel: &str) -> Self {
        std::fs::remove_file(self.dir.path().join(rel)).unwrap();
        self
    }

    /// The site's folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `haven build` on a fixed day.
    pub fn build(&self) -> Run {
        self.run(&["build", "--date", "2026-11-22"])
    }

    /// Runs haven with `--root SITE` and these arguments.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut all = vec!["--root", self.dir.path().to_str().unwrap()];
        all.extend_from_slice(args);
        let mut run = run_haven(&all, self.dir.path(), self.dir.path().join("public"));
        run.site = Some(Rc::clone(&self.dir));
        run
    }
}

/// Runs the haven binary in `cwd`; `output` is where the built site is expected.
pub fn run_haven(args: &[&str], cwd: &Path, output: PathBuf) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args(args)
        .current_dir(cwd)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("haven runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        output,
        site: None,
    }
}

/// What one run of haven did.
pub struct Run {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// The output folder.
    pub output: PathBuf,
    /// Keeps the site's temp folder alive while the run is inspected.
    site: Option<Rc<TempDir>>,
}

impl Run {
    /// Asserts exit code 0.
    #[track_caller]
    pub fn ok(self) -> Self {
        assert_eq!(self.code, 0, "haven failed:\n{}\n{}", self.stdout, self.stderr);
        self
    }

    /// Asserts exit code 1 (the author's problem), and that nothing panicked.
    #[track_caller]
    pub fn fails(self) -> Self {
        assert_eq!(
            self.code, 1,
            "expected a user error, got {}:\n{}\n{}",
            self.code, self.stdout, self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "haven panicked:\n{}", self.stderr);
        self
    }

    /// Asserts that standard error contains `text`.
    #[track_caller]
    pub fn says(self, text: &str) -> Self {
        assert!(self.stderr.contains(text), "stderr lacks {text:?}:\n{}", self.stderr);
        self
    }

    /// The text of an output file; pages in one canonical form (see [`canonical`]).
    #[track_caller]
    pub fn read(&self, rel: &str) -> String {
        let text = self.read_raw(rel);
        if rel.ends_with(".html") { canonical(&text) } else { text }
    }

    /// The text of an output file as written.
    #[track_caller]
    pub fn read_raw(&self, rel: &str) -> String {
        let path = self.output.join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    /// Asserts that an output file contains `text`.
    #[track_caller]
    pub fn has(self, rel: &str, text: &str) -> Self {
        let content = self.read(rel);
        assert!(content.contains(text), "{rel} lacks {text:?}:\n{content}");
        self
    }

    /// Asserts that an output file does not contain `text`.
    #[track_caller]
    pub fn lacks(self, rel: &str, text: &str) -> Self {
        let content = self.read(rel);
        assert!(!content.contains(text), "{rel} should not contain {text:?}:\n{content}");
        self
    }

    /// Asserts that an output file exists.
    #[track_caller]
    pub fn exists(self, rel: &str) -> Self {
        assert!(self.output.join(rel).is_file(), "{rel} was not written");
        self
    }

    /// Asserts that an output file does not exist.
    #[track_caller]
    pub fn missing(self, rel: &str) -> Self {
        assert!(!self.output.join(rel).exists(), "{rel} should not have been written");
        self
    }
}

pub use crate::canonical::canonical;

/// The names in `dir` containing `part`: haven's staging or old-output folders left behind.
pub fn leftovers(dir: &Path, part: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(part))
        .collect()
}

/// Asserts that two output folders hold the same files with the same bytes; gives how
/// many files there are.
#[track_caller]
pub fn assert_identical(one: &Path, two: &Path) -> usize {
    let files = files_under(one);
    assert_eq!(files, files_under(two), "the two builds wrote different files");
    for f in &files {
        let (a, b) = (std::fs::read(one.join(f)).unwrap(), std::fs::read(two.join(f)).unwrap());
        assert!(a == b, "{f} differs between the builds");
    }
    files.len()
}

/// Every file under `dir`, relative, sorted.
pub fn files_under(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = walkdir_files(dir)
        .into_iter()
        .map(|p| p.strip_prefix(dir).unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

fn walkdir_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walkdir_files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The `href`s of a page, in order.
pub fn hrefs(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("href=") {
        rest = &rest[i + 5..];
        let (value, after) = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let end = rest[1..].find(q).unwrap_or(rest.len() - 1);
                (&rest[1..1 + end], &rest[1 + end..])
            }
            _ => {
                let end = rest.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(rest.len());
                (&rest[..end], &rest[end..])
            }
        };
        out.push(value.replace("&amp;", "&"));
        rest = after;
    }
    out
}
