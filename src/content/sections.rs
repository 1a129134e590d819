//! Sections: one for every folder that holds pages, `_index.md` files or such folders,
//! and the home page, each with its pages and subsections in order; and the files beside
//! the pages.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use super::assemble::check_extra;
use super::extra::Extra;
use super::file_name::Variant;
use super::kind;
use super::library::{Asset, Library, SourceRef};
use super::load::{Found, Parsed, join, parent_dir};
use super::page::{Section, Versions};
use super::{humanize, slugify};
use crate::config::Config;
use crate::error::Diagnostic;
use crate::files::SiteFile;

/// The URL path of the section in folder `dir`.
pub(super) fn section_path(dir: &str) -> String {
    if dir.is_empty() {
        return "/".into();
    }
    let segments: Vec<String> = dir.split('/').map(slugify).collect();
    format!("/{}/", segments.join("/"))
}

/// Makes a section for every folder that holds pages, `_index.md` files or such folders,
/// and the home page; then orders each section's pages and subsections.
pub(super) fn build_sections(
    library: &mut Library,
    files: BTreeMap<String, Vec<Parsed>>,
    config: &Config,
    mut found: Found<'_>,
) {
    let default = config.default_language().code.clone();
    let all = section_dirs(library, &files);
    let mut file_map: HashMap<String, Vec<Parsed>> = files.into_iter().collect();
    for dir in &all {
        let files = file_map.remove(dir).unwrap_or_default();
        let section = build_section(dir, files, &default, &mut found, library);
        library.sections.insert(dir.clone(), section);
    }
    link_sections(library, &default);
}

/// Every folder with `_index.md` files or pages, the home page's, and all their parents.
fn section_dirs(library: &Library, files: &BTreeMap<String, Vec<Parsed>>) -> Vec<String> {
    let mut dirs: Vec<String> = files.keys().cloned().collect();
    dirs.extend(library.pages.values().map(|p| p.section.clone()));
    dirs.push(String::new());
    let mut all = Vec::new();
    for dir in dirs {
        let mut d = Some(dir);
        while let Some(dir) = d {
            d = parent_dir(&dir);
            all.push(dir);
        }
    }
    all.sort();
    all.dedup();
    all
}

/// The section of folder `dir` from its `_index.md` files, checked.
fn build_section(
    dir: &str,
    files: Vec<Parsed>,
    default: &str,
    found: &mut Found<'_>,
    library: &mut Library,
) -> Section {
    let kind = kind::classify_section(dir);
    let mut versions = Versions::default();
    for p in files {
        check_extra(kind, &p.file, found.problems);
        if p.file.front.slug.is_some() {
            found.problems.push(
                Diagnostic::error("`slug` is set on a section's _index.md")
                    .in_file(&p.file.source)
                    .hint("a section's address is its folder name: rename the folder instead"),
            );
        }
        library
            .sources
            .insert(p.rel.clone(), SourceRef::Section(dir.to_string()));
        let mut file = p.file;
        file.front.extra = Extra::read(kind, &file.front.extra_keys);
        versions.insert(file);
    }
    let main_unparsed = found.unparsed.contains(&join(dir, "_index.md"));
    if !versions.is_empty() && versions.get(Variant::Standard, default).is_none() && !main_unparsed {
        for f in versions.iter() {
            found.problems.push(
                Diagnostic::error(format!(
                    "`{}` has no default-language `_index.md` beside it",
                    f.source.display()
                ))
                .in_file(&f.source)
                .hint("add `_index.md` to the folder; translations and easy-read versions need it"),
            );
        }
    }
    let folder = dir.rsplit('/').next().unwrap_or(dir);
    Section {
        key: dir.to_string(),
        kind,
        path: section_path(dir),
        versions,
        fallback_title: humanize(if dir.is_empty() { "home" } else { folder }),
        pages: Vec::new(),
        subsections: Vec::new(),
        parent: parent_dir(dir),
    }
}

/// Fills each section's ordered lists of pages and subsections.
fn link_sections(library: &mut Library, default: &str) {
    let order = |weight: Option<i64>, title: &str, key: &str| {
        (weight.unwrap_or(i64::MAX), title.to_lowercase(), key.to_string())
    };
    let mut pages: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for page in library.pages.values() {
        let f = page.main_file(default);
        pages
            .entry(page.section.clone())
            .or_default()
            .push((order(f.front.weight, &f.front.title, &page.key), page.key.clone()));
    }
    let mut subs: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for s in library.sections.values() {
        if let Some(parent) = &s.parent {
            subs.entry(parent.clone())
                .or_default()
                .push((order(s.weight(default), s.title(default), &s.key), s.key.clone()));
        }
    }
    for (key, section) in library.sections.iter_mut() {
        let mut p = pages.remove(key).unwrap_or_default();
        p.sort();
        section.pages = p.into_iter().map(|(_, k)| k).collect();
        let mut s = subs.remove(key).unwrap_or_default();
        s.sort();
        section.subsections = s.into_iter().map(|(_, k)| k).collect();
    }
}

/// Files beside the pages: a bundle's files move with its page; others keep their place.
pub(super) fn collect_assets(library: &mut Library, files: Vec<SiteFile>, bundle_dirs: &[String]) {
    for f in files {
        if f.rel.ends_with(".toml") {
            continue; // image sidecars and notes are never published (DESIGN §7)
        }
        let bundle = bundle_dirs.iter().find(|b| f.rel.starts_with(&format!("{b}/")));
        let path = match bundle.and_then(|b| library.pages.get(b).map(|p| (b, p))) {
            Some((b, page)) => format!("{}{}", page.path, &f.rel[b.len() + 1..]),
            None => format!("/{}", f.rel),
        };
        library.asset_index.insert(f.rel.clone(), library.assets.len());
        library.assets.push(Asset {
            source: PathBuf::from("content").join(&f.rel),
            path,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_paths_are_slugs() {
        assert_eq!(section_path(""), "/");
        assert_eq!(section_path("lessons/ks2"), "/lessons/ks2/");
        assert_eq!(section_path("Parents Info"), "/parents-info/");
    }
}
