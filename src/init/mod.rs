//! `haven init DIR` (DESIGN §12): a new site for a real school, from the bundled example.
//!
//! The lessons, posters, pages and the whole theme are copied as a starting point, with the
//! example school's own values taken out: the school's name in place of the example's, no
//! phone number or staff names in the pages (the report page shows config.toml's), an
//! empty consent register, one room per band, and config.toml's `[school]` lines left as
//! commented, clearly marked placeholders. Nothing the example school owns is written:
//! [`crate::example_school`] is the list, and a test searches every written file for it.

mod ask;
mod school_files;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

pub use ask::complete;

use crate::error::{Diagnostic, Error, Result};
use crate::theme;

/// What the school told `haven init`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSchool {
    /// The school's name, e.g. "St Mary's Primary".
    pub name: String,
    /// Where the site will be published, ending in `/`.
    pub base_url: String,
    /// Language codes, English first (the bundled lessons are written in English).
    pub languages: Vec<String>,
}

/// The example's languages besides English: its files in one the school did not ask for
/// are left out. A test holds this to the example's config.toml.
const EXAMPLE_LANGUAGES: [&str; 4] = ["pl", "ur", "ar", "bn"];

/// Example text and what takes its place, in this order, in every copied text file. The
/// report page and the footer show config.toml's phone number and safeguarding leads, so
/// the pages' own copies of the example's are taken out rather than replaced.
fn swaps(school: &str) -> [(&'static str, &str); 7] {
    let on_report_page = "named on our [Report a concern](/report/) page";
    [
        (" on 01843 000000", ""),
        (" pod numer 01843 000000", ""),
        (" 01843 000000 پر", ""),
        ("Mrs A. Example", on_report_page),
        ("Mr B. Example", on_report_page),
        ("Harbour Lane School", school),
        ("Harbour Lane", school),
    ]
}

/// Writes a new site for `school` into `dir`, which must be missing or empty.
pub fn init(dir: &Path, school: &NewSchool) -> Result<()> {
    refuse_full_folder(dir)?;
    let mut files: Vec<(PathBuf, Cow<'static, [u8]>)> = Vec::new();
    for (rel, bytes) in theme::example_files() {
        if let Some(bytes) = adapt(&rel, bytes, school) {
            files.push((rel, bytes));
        }
    }
    files.push(("config.toml".into(), school_files::config(school).into_bytes().into()));
    files.push(("data/rooms.toml".into(), school_files::rooms().into_bytes().into()));
    files.push(("data/consent.toml".into(), school_files::CONSENT.as_bytes().into()));
    files.push((".gitignore".into(), school_files::GITIGNORE.as_bytes().into()));
    for (rel, bytes) in files {
        write(dir, &rel, &bytes)?;
    }
    Ok(())
}

/// haven init never overwrites anything.
fn refuse_full_folder(dir: &Path) -> Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let empty = std::fs::read_dir(dir)
        .map_err(|e| Error::io("read", dir, e))?
        .next()
        .is_none();
    if empty {
        return Ok(());
    }
    Err(Diagnostic::error(format!("{} is not empty", dir.display()))
        .hint("choose a new folder: haven init never overwrites files")
        .into())
}

fn write(dir: &Path, rel: &Path, bytes: &[u8]) -> Result<()> {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
    }
    std::fs::write(&path, bytes).map_err(|e| Error::io("write", &path, e))
}

/// The bundled file `rel` as the new site gets it, or `None` to leave it out.
fn adapt(rel: &Path, bytes: &'static [u8], school: &NewSchool) -> Option<Cow<'static, [u8]>> {
    let name = rel.to_string_lossy().replace('\\', "/");
    if name == "data/rooms.toml" || name == "data/consent.toml" {
        return None;
    }
    if let Some(lang) = content_language(&name) {
        if !school.languages.iter().any(|l| l == lang) {
            return None;
        }
    }
    if name.starts_with("themes/") || !(name.ends_with(".md") || name.ends_with(".toml")) {
        return Some(Cow::Borrowed(bytes));
    }
    let mut text = String::from_utf8_lossy(bytes).into_owned();
    for (from, to) in swaps(&school.name) {
        text = text.replace(from, to);
    }
    if name.starts_with("data/") {
        text = without_languages(&text, school);
    }
    if name == "data/links.toml" {
        text = school_files::without_local_links(&text);
    } else if name.ends_with(".toml") {
        text = school_files::sidecar_without_pupils(&text);
    }
    Some(Cow::Owned(text.into_bytes()))
}

/// A data file without its lines in the example's languages the school did not ask for
/// (the glossary's `ur = "..."`).
fn without_languages(text: &str, school: &NewSchool) -> String {
    let dropped: Vec<String> = EXAMPLE_LANGUAGES
        .iter()
        .filter(|l| !school.languages.iter().any(|c| c == *l))
        .map(|l| format!("{l} = "))
        .collect();
    text.lines()
        .filter(|line| !dropped.iter().any(|d| line.starts_with(d.as_str())))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// The example language of a content page in one (`content/report.pl.md`: `pl`).
fn content_language(name: &str) -> Option<&'static str> {
    let stem = name.strip_prefix("content/")?.strip_suffix(".md")?;
    let last = stem.rsplit('.').next()?;
    EXAMPLE_LANGUAGES.into_iter().find(|l| *l == last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_in_languages_not_asked_for_are_left_out() {
        assert_eq!(content_language("content/report.pl.md"), Some("pl"));
        assert_eq!(content_language("content/lessons/ks1/a.easy.ur.md"), Some("ur"));
        assert_eq!(content_language("content/report.md"), None);
        assert_eq!(content_language("themes/default/i18n/pl.ftl"), None);
    }

    #[test]
    fn the_example_languages_are_those_of_the_example_s_config() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/config.toml");
        let config: toml::Table = std::fs::read_to_string(path).unwrap().parse().unwrap();
        let mut configured: Vec<&str> = config["languages"]
            .as_table()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        configured.retain(|code| *code != "en");
        configured.sort_unstable();
        let mut listed = EXAMPLE_LANGUAGES.to_vec();
        listed.sort_unstable();
        assert_eq!(configured, listed);
    }
}
