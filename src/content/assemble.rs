//! A page from its files: its kind from its place, its default-language standard file,
//! `[extra]` checked in every file and inherited by the versions, and its URL path.

use std::path::Path;

use super::extra::{self, Extra, ExtraKeys};
use super::file_name::Variant;
use super::front_matter::FrontMatter;
use super::kind::{self, Kind};
use super::load::{Found, Parsed, join, parent_dir};
use super::page::{Page, PageFile, Versions};
use super::sections::section_path;
use super::slugify;
use crate::config::Config;
use crate::error::{Diagnostic, Problems};

pub(super) fn check_extra(kind: Kind, file: &PageFile, problems: &mut Problems) {
    for p in extra::check(kind, &file.front.extra_keys) {
        let d = Diagnostic::error(format!("[extra] {}", p.message)).hint(p.hint);
        problems.push(file.at_front_line(d, p.span.start));
    }
}

/// Turns a page's files into a [`Page`]: checks that the default-language standard file
/// exists, checks `[extra]`, and lets versions inherit its `[extra]`.
pub(super) fn assemble_page(
    key: &str,
    files: Vec<Parsed>,
    bundle: bool,
    config: &Config,
    mut found: Found<'_>,
) -> Option<Page> {
    let default = config.default_language().code.as_str();
    let kind = page_kind(key, &files, found.problems)?;
    let main = main_file(&files, bundle, default, &mut found)?;
    let main_extra = main.file.front.extra_keys.clone();
    let slug = main.file.front.slug.clone();
    let dir = main.dir.clone();
    let mut versions = Versions::default();
    for p in files {
        check_extra(kind, &p.file, found.problems);
        let is_main = p.file.variant == Variant::Standard && p.file.lang == default;
        if !is_main && p.file.front.slug.is_some() {
            found.problems.push(
                Diagnostic::error("`slug` is set on a translation or easy-read file")
                    .in_file(&p.file.source)
                    .hint("every version shares the default-language file's URL: set `slug` there only"),
            );
        }
        let mut file = p.file;
        if !is_main {
            file.front.extra_keys = merged(&main_extra, &file.front);
        }
        file.front.extra = Extra::read(kind, &file.front.extra_keys);
        let source = file.source.clone();
        if let Some(earlier) = versions.insert(file) {
            found.problems.push(same_page(&earlier.source, &source));
        }
    }
    let section = if bundle {
        parent_dir(&dir).unwrap_or_default()
    } else {
        dir
    };
    let last = key.rsplit('/').next().unwrap_or(key);
    let leaf = slug.unwrap_or_else(|| slugify(last));
    Some(Page {
        key: key.to_string(),
        kind,
        path: format!("{}{leaf}/", section_path(&section)),
        section,
        versions,
        bundle,
    })
}

/// The kind of the page at `key`; a page in the wrong place is an error in each file.
fn page_kind(key: &str, files: &[Parsed], problems: &mut Problems) -> Option<Kind> {
    match kind::classify_page(key) {
        Ok(kind) => Some(kind),
        Err(m) => {
            for p in files {
                problems.push(
                    Diagnostic::error(m.message.clone())
                        .in_file(&p.file.source)
                        .hint(m.hint.clone()),
                );
            }
            None
        }
    }
}

/// The page's default-language standard file; without one, every version is an error
/// (unless that file is there but was already reported as unreadable).
fn main_file<'p>(files: &'p [Parsed], bundle: bool, default: &str, found: &mut Found<'_>) -> Option<&'p Parsed> {
    let main = files
        .iter()
        .find(|p| p.file.variant == Variant::Standard && p.file.lang == default);
    if main.is_some() {
        return main;
    }
    let main_name = if bundle {
        "index.md".to_string()
    } else {
        format!("{}.md", files[0].stem)
    };
    if found.unparsed.contains(&join(&files[0].dir, &main_name)) {
        return None;
    }
    for p in files {
        found.problems.push(
            Diagnostic::error(format!(
                "`{}` is a version of a page that has no default-language file",
                p.rel
            ))
            .in_file(&p.file.source)
            .hint(format!(
                "every page needs its standard default-language file: add `{main_name}` beside it"
            )),
        );
    }
    None
}

/// Two files that would be one version of one page (`news.md` and `news/index.md`): one
/// would silently replace the other.
fn same_page(first: &Path, second: &Path) -> Diagnostic {
    Diagnostic::error(format!(
        "`{}` and `{}` are the same page",
        first.display(),
        second.display()
    ))
    .in_file(second)
    .hint("keep one of them: a page is either NAME.md or a folder NAME/ with index.md (a page bundle with its files)")
}

/// A version's `[extra]`: the main file's, with the version's own keys on top.
fn merged(main: &ExtraKeys, front: &FrontMatter) -> ExtraKeys {
    let mut extra = main.clone();
    for (k, v) in &front.extra_keys {
        extra.insert(k.clone(), v.clone());
    }
    extra
}
