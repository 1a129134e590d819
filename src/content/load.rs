//! Walks `content/`, reads every file and assembles the [`Library`], collecting every
//! problem so one build reports them all.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::assemble::assemble_page;
use super::file_name::parse_file_name;
use super::front_matter;
use super::library::{Library, SourceRef};
use super::page::{Page, PageFile};
use super::sections::{build_sections, collect_assets};
use crate::config::Config;
use crate::error::{Diagnostic, Problems, Result};
use crate::files::{SiteFile, walk_files};

/// A parsed `.md` file before it is placed in a page or section.
#[derive(Debug, Clone)]
pub(super) struct Parsed {
    /// Content-relative path (`lessons/ks2/passwords.pl.md`).
    pub(super) rel: String,
    /// Content-relative folder (`lessons/ks2`, `""` at the top).
    pub(super) dir: String,
    /// The file name without its language, variant and `.md`.
    pub(super) stem: String,
    /// The file.
    pub(super) file: PageFile,
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

/// Loads `ROOT/content` into a [`Library`], stopping at its problems (the build keeps
/// going instead: [`load_keeping_going`]).
pub fn load(root: &Path, config: &Config) -> Result<Library> {
    let (library, _, problems) = load_keeping_going(root, config, (&ReadFiles::default(), false), &HashSet::new())?;
    problems.finish().map(|_| library)
}

/// Loads `ROOT/content`, reading again only the files that changed since `before` was
/// read (config being the same): those whose size or time changed, and those in
/// `changed` (content paths, as a watcher reported them, for file systems whose clocks
/// are coarse). Also gives what was read, for the next time. A file that cannot be read
/// leaves only itself out: the library holds every other file, beside every problem
/// found, so a build can go on to find the site's other mistakes in the same run. With
/// `remember` false (a build that ends when written), what was read is not kept: it is a
/// second copy of every file until the build ends (issue 22: 38 MB of a 3,000-lesson,
/// three-language site's peak).
pub fn load_keeping_going(
    root: &Path,
    config: &Config,
    (before, remember): (&ReadFiles, bool),
    changed: &HashSet<String>,
) -> Result<(Library, ReadFiles, Problems)> {
    let mut problems = Problems::new();
    let files = walk_files(root, "content", &mut problems)?;
    let (markdown, others): (Vec<SiteFile>, Vec<SiteFile>) = files.into_iter().partition(|f| f.rel.ends_with(".md"));
    let read = read_markdown(root, config, (before, changed, remember), &markdown, &mut problems)?;
    let mut library = Library::default();
    let bundle_dirs: Vec<String> = read
        .parsed
        .iter()
        .filter(|p| p.stem == "index")
        .map(|p| p.dir.clone())
        .collect();
    let (page_files, section_files) = sort_files(read.parsed, &bundle_dirs, &mut library, &mut problems);
    // Each page assembled on its own, in parallel; their problems kept in the pages' order.
    let assembled: Vec<(String, Vec<String>, Option<Page>, Problems)> = page_files
        .into_par_iter()
        .map(|(key, files)| {
            let is_bundle = files.iter().any(|p| p.stem == "index");
            let rels = files.iter().map(|p| p.rel.clone()).collect();
            let mut found_here = Problems::new();
            let found = Found {
                problems: &mut found_here,
                unparsed: &read.unparsed,
            };
            let page = assemble_page(&key, files, is_bundle, config, found);
            (key, rels, page, found_here)
        })
        .collect();
    for (key, rels, page, found_here) in assembled {
        problems.extend(found_here);
        if let Some(page) = page {
            for rel in rels {
                library.sources.insert(rel, SourceRef::Page(key.clone()));
            }
            library.pages.insert(key, page);
        }
    }
    let found = Found {
        problems: &mut problems,
        unparsed: &read.unparsed,
    };
    build_sections(&mut library, section_files, config, found);
    collect_assets(&mut library, others, &bundle_dirs);
    library.unreadable = read.unparsed;
    Ok((library, read.files, problems))
}

/// What reading the Markdown files gave.
struct Read {
    /// The files that parsed, in walk order.
    parsed: Vec<Parsed>,
    /// The same, with their stamps, for the next load.
    files: ReadFiles,
    /// Files already reported as unreadable: their translations must not also be
    /// reported as lacking them.
    unparsed: HashSet<String>,
}

/// Parses every Markdown file, in parallel, but those unchanged since `before` (and not
/// in `changed`), which are taken as they were.
fn read_markdown(
    root: &Path,
    config: &Config,
    (before, changed, remember): (&ReadFiles, &HashSet<String>, bool),
    markdown: &[SiteFile],
    problems: &mut Problems,
) -> Result<Read> {
    let results: Vec<(Option<Stamp>, Result<Parsed>)> = markdown
        .par_iter()
        .map(|f| {
            // Asked of the system only when kept or compared: a build that ends when
            // written does neither.
            let stamp = (remember || before.files.contains_key(&f.rel))
                .then(|| stamp(&f.path))
                .flatten();
            match before.files.get(&f.rel) {
                Some((old, parsed)) if stamp.as_ref() == Some(old) && !changed.contains(&f.rel) => {
                    (stamp, Ok(parsed.clone()))
                }
                _ => (stamp, parse_file(root, f, config)),
            }
        })
        .collect();
    let mut read = Read {
        parsed: Vec::new(),
        files: ReadFiles::default(),
        unparsed: HashSet::new(),
    };
    for (f, (stamp, r)) in markdown.iter().zip(results) {
        if r.is_err() {
            read.unparsed.insert(f.rel.clone());
        }
        if let Some(p) = problems.take(r)? {
            if let Some(stamp) = stamp.filter(|_| remember) {
                read.files.files.insert(p.rel.clone(), (stamp, p.clone()));
            }
            read.parsed.push(p);
        }
    }
    Ok(read)
}

/// Files by the key of the page or section they belong to.
type ByKey = BTreeMap<String, Vec<Parsed>>;

/// Sorts the files into pages' and sections' (drafts are only noted); a page inside
/// another page's bundle folder is an error.
fn sort_files(
    parsed: Vec<Parsed>,
    bundle_dirs: &[String],
    library: &mut Library,
    problems: &mut Problems,
) -> (ByKey, ByKey) {
    let in_bundle = |dir: &str| {
        bundle_dirs
            .iter()
            .find(|b| dir == b.as_str() || dir.starts_with(&format!("{b}/")))
    };
    let mut page_files = ByKey::new();
    let mut section_files = ByKey::new();
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
    (page_files, section_files)
}

pub(super) fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

pub(super) fn parent_dir(dir: &str) -> Option<String> {
    if dir.is_empty() {
        None
    } else {
        Some(dir.rsplit_once('/').map_or(String::new(), |(p, _)| p.to_string()))
    }
}

/// Where a step records problems, and the files already reported as unreadable.
pub(super) struct Found<'a> {
    pub(super) problems: &'a mut Problems,
    pub(super) unparsed: &'a HashSet<String>,
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
