//! Walks `content/`, reads every file and assembles the [`Library`], collecting every
//! problem so one build reports them all.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::extra::{self, Extra, ExtraKeys};
use super::file_name::{Variant, parse_file_name};
use super::front_matter::{self, FrontMatter};
use super::kind::{self, Kind};
use super::library::{Asset, Library, SourceRef};
use super::page::{Page, PageFile, Section, Versions};
use super::{humanize, slugify};
use crate::config::Config;
use crate::error::{Diagnostic, Problems, Result};
use crate::files::{SiteFile, walk_files};

/// A parsed `.md` file before it is placed in a page or section.
#[derive(Debug, Clone)]
struct Parsed {
    /// Content-relative path (`lessons/ks2/passwords.pl.md`).
    rel: String,
    /// Content-relative folder (`lessons/ks2`, `""` at the top).
    dir: String,
    stem: String,
    file: PageFile,
}

/// When a file was last written, and how long it is: a file whose stamp is unchanged is
/// not read again.
type Stamp = (u64, Option<std::time::SystemTime>);

/// The `.md` files read by the last load, by content path, with their stamps: `haven
/// serve` reads again only the files that changed.
#[derive(Debug, Default)]
pub struct ReadFiles {
    files: HashMap<String, (Stamp, Parsed)>,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()))
}

/// Loads `ROOT/content` into a [`Library`].
pub fn load(root: &Path, config: &Config) -> Result<Library> {
    load_again(root, config, &ReadFiles::default(), &HashSet::new()).map(|(library, _)| library)
}

/// Loads `ROOT/content`, reading again only the files that changed since `before` was
/// read (config being the same): those whose size or time changed, and those in
/// `changed` (content paths, as a watcher reported them, for file systems whose clocks
/// are coarse). Also gives what was read, for the next time.
pub fn load_again(
    root: &Path,
    config: &Config,
    before: &ReadFiles,
    changed: &HashSet<String>,
) -> Result<(Library, ReadFiles)> {
    let mut problems = Problems::new();
    let files = walk_files(root, "content", &mut problems)?;
    let (markdown, others): (Vec<SiteFile>, Vec<SiteFile>) = files.into_iter().partition(|f| f.rel.ends_with(".md"));

    let results: Vec<(Option<Stamp>, Result<Parsed>)> = markdown
        .par_iter()
        .map(|f| {
            let stamp = stamp(&f.path);
            match before.files.get(&f.rel) {
                Some((old, parsed)) if stamp.as_ref() == Some(old) && !changed.contains(&f.rel) => {
                    (stamp, Ok(parsed.clone()))
                }
                _ => (stamp, parse_file(root, f, config)),
            }
        })
        .collect();
    let mut parsed = Vec::new();
    let mut read = ReadFiles::default();
    // Files already reported as unreadable: their translations must not also be
    // reported as lacking them.
    let mut unparsed = HashSet::new();
    for (f, (stamp, r)) in markdown.iter().zip(results) {
        if r.is_err() {
            unparsed.insert(f.rel.clone());
        }
        if let Some(p) = problems.take(r)? {
            if let Some(stamp) = stamp {
                read.files.insert(p.rel.clone(), (stamp, p.clone()));
            }
            parsed.push(p);
        }
    }

    let mut library = Library::default();
    let bundle_dirs: Vec<String> = parsed
        .iter()
        .filter(|p| p.stem == "index")
        .map(|p| p.dir.clone())
        .collect();
    let in_bundle = |dir: &str| {
        bundle_dirs
            .iter()
            .find(|b| dir == b.as_str() || dir.starts_with(&format!("{b}/")))
    };

    let mut page_files: BTreeMap<String, Vec<Parsed>> = BTreeMap::new();
    let mut section_files: BTreeMap<String, Vec<Parsed>> = BTreeMap::new();
    for p in parsed {
        if p.file.front.draft {
            library.drafts.insert(p.rel.clone());
            continue;
        }
        match (p.stem.as_str(), in_bundle(&p.dir)) {
            ("_index", None) => section_files.entry(p.dir.clone()).or_default().push(p),
            ("index", _) => page_files.entry(p.dir.clone()).or_default().push(p),
            (_, Some(bundle)) => problems.push(
                Diagnostic::error(format!("`{}` is inside the page bundle `content/{bundle}/`", p.rel))
                    .in_file(&p.file.source)
                    .hint("a bundle folder holds one page (index.md and its translations) and its files; move this page out of it"),
            ),
            _ => {
                let key = join(&p.dir, &p.stem);
                page_files.entry(key).or_default().push(p);
            }
        }
    }

    for (key, files) in page_files {
        let is_bundle = files.iter().any(|p| p.stem == "index");
        let found = Found {
            problems: &mut problems,
            unparsed: &unparsed,
        };
        if let Some(page) = assemble_page(&key, files, is_bundle, config, found, &mut library) {
            library.pages.insert(key, page);
        }
    }
    let found = Found {
        problems: &mut problems,
        unparsed: &unparsed,
    };
    build_sections(&mut library, section_files, config, found);
    collect_assets(&mut library, others, &bundle_dirs);
    problems.finish().map(|_| (library, read))
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

fn parent_dir(dir: &str) -> Option<String> {
    if dir.is_empty() {
        None
    } else {
        Some(dir.rsplit_once('/').map_or(String::new(), |(p, _)| p.to_string()))
    }
}

/// Where a step records problems, and the files already reported as unreadable.
struct Found<'a> {
    problems: &'a mut Problems,
    unparsed: &'a HashSet<String>,
}

/// Reads and parses one Markdown file.
fn parse_file(root: &Path, f: &SiteFile, config: &Config) -> Result<Parsed> {
    let source = PathBuf::from("content").join(&f.rel);
    let name = f.rel.rsplit('/').next().unwrap_or(&f.rel);
    let others: Vec<&str> = config.other_language_codes().collect();
    let default = &config.default_language().code;
    let parsed_name = parse_file_name(name, default, &others)
        .map_err(|e| Diagnostic::error(e.message).in_file(&source).hint(e.hint))?;
    let text = crate::files::read_text(root, &source)?;
    let split = front_matter::split(&source, &text)?;
    let front = front_matter::parse(&source, split.front)?;
    let dir = f.rel.rsplit_once('/').map_or(String::new(), |(d, _)| d.to_string());
    Ok(Parsed {
        rel: f.rel.clone(),
        dir,
        stem: parsed_name.stem.to_string(),
        file: PageFile {
            source,
            lang: parsed_name.lang.unwrap_or(default).to_string(),
            variant: parsed_name.variant,
            front_text: split.front.to_string(),
            body: split.body.to_string(),
            body_line: split.body_line,
            front,
        },
    })
}

fn check_extra(kind: Kind, file: &PageFile, problems: &mut Problems) {
    for p in extra::check(kind, &file.front.extra_keys) {
        let d = Diagnostic::error(format!("[extra] {}", p.message)).hint(p.hint);
        problems.push(file.at_front_line(d, p.span.start));
    }
}

/// Turns a page's files into a [`Page`]: checks that the default-language standard file
/// exists, checks `[extra]`, and lets versions inherit its `[extra]`.
fn assemble_page(
    key: &str,
    files: Vec<Parsed>,
    bundle: bool,
    config: &Config,
    found: Found<'_>,
    library: &mut Library,
) -> Option<Page> {
    let problems = found.problems;
    let default = config.default_language().code.as_str();
    let kind = match kind::classify_page(key) {
        Ok(kind) => kind,
        Err(m) => {
            for p in &files {
                problems.push(
                    Diagnostic::error(m.message.clone())
                        .in_file(&p.file.source)
                        .hint(m.hint.clone()),
                );
            }
            return None;
        }
    };
    let Some(main) = files
        .iter()
        .find(|p| p.file.variant == Variant::Standard && p.file.lang == default)
    else {
        let main_name = if bundle {
            "index.md".to_string()
        } else {
            format!("{}.md", files[0].stem)
        };
        if found.unparsed.contains(&join(&files[0].dir, &main_name)) {
            return None;
        }
        for p in &files {
            problems.push(
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
        return None;
    };
    let main_extra = main.file.front.extra_keys.clone();
    let slug = main.file.front.slug.clone();
    let dir = main.dir.clone();
    let mut versions = Versions::default();
    for p in files {
        check_extra(kind, &p.file, problems);
        let is_main = p.file.variant == Variant::Standard && p.file.lang == default;
        if !is_main && p.file.front.slug.is_some() {
            problems.push(
                Diagnostic::error("`slug` is set on a translation or easy-read file")
                    .in_file(&p.file.source)
                    .hint("every version shares the default-language file's URL: set `slug` there only"),
            );
        }
        library.sources.insert(p.rel.clone(), SourceRef::Page(key.to_string()));
        let mut file = p.file;
        if !is_main {
            file.front.extra_keys = merged(&main_extra, &file.front);
        }
        file.front.extra = Extra::read(kind, &file.front.extra_keys);
        let source = file.source.clone();
        if let Some(earlier) = versions.insert(file) {
            problems.push(same_page(&earlier.source, &source));
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

/// The URL path of the section in folder `dir`.
fn section_path(dir: &str) -> String {
    if dir.is_empty() {
        return "/".into();
    }
    let segments: Vec<String> = dir.split('/').map(slugify).collect();
    format!("/{}/", segments.join("/"))
}

/// Makes a section for every folder that holds pages, `_index.md` files or such folders,
/// and the home page; then orders each section's pages and subsections.
fn build_sections(library: &mut Library, files: BTreeMap<String, Vec<Parsed>>, config: &Config, found: Found<'_>) {
    let problems = found.problems;
    let default = config.default_language().code.clone();
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

    let mut file_map: HashMap<String, Vec<Parsed>> = files.into_iter().collect();
    for dir in &all {
        let kind = kind::classify_section(dir);
        let mut versions = Versions::default();
        for p in file_map.remove(dir).unwrap_or_default() {
            check_extra(kind, &p.file, problems);
            if p.file.front.slug.is_some() {
                problems.push(
                    Diagnostic::error("`slug` is set on a section's _index.md")
                        .in_file(&p.file.source)
                        .hint("a section's address is its folder name: rename the folder instead"),
                );
            }
            library.sources.insert(p.rel.clone(), SourceRef::Section(dir.clone()));
            let mut file = p.file;
            file.front.extra = Extra::read(kind, &file.front.extra_keys);
            versions.insert(file);
        }
        let main_unparsed = found.unparsed.contains(&join(dir, "_index.md"));
        if !versions.is_empty() && versions.get(Variant::Standard, &default).is_none() && !main_unparsed {
            for f in versions.iter() {
                problems.push(
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
        library.sections.insert(
            dir.clone(),
            Section {
                key: dir.clone(),
                kind,
                path: section_path(dir),
                versions,
                fallback_title: humanize(if dir.is_empty() { "home" } else { folder }),
                pages: Vec::new(),
                subsections: Vec::new(),
                parent: parent_dir(dir),
            },
        );
    }
    link_sections(library, &default);
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
fn collect_assets(library: &mut Library, files: Vec<SiteFile>, bundle_dirs: &[String]) {
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
