//! What a build does, as a value ([`Work`]): everything, or after a change under
//! `content/` (`haven serve`) only what it touches. Which pages it renders again is a
//! plain function of the content and routes before and after the change, and of the
//! bodies whose rendering changed, tested on its own (as Zola and mdBook test theirs).
//!
//! A page's own routes (every language and version: its switchers too) show its body;
//! its section's pages list it; for lessons the band, home and lessons pages list their
//! band and the topic pages their topics. Anything wider renders everything: a page or
//! section in the navigation (the home folder's pages and subsections, on every page),
//! the home page's own list, and every page of a kind that other pages show (rules on
//! posters, the report page linked from every page, the Safer Internet Day banner, the
//! agreement, links and policies), or files beside the pages (assets) moving.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use super::Site;
use crate::content::Kind;
use crate::content::front_matter::FrontMatter;
use crate::content::{Library, Page, PageFile, Section, Variant};
use crate::routes::{Plan, Target};

/// The content and routes on one side of a change.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    /// The content.
    pub library: &'a Library,
    /// Its routes.
    pub plan: &'a Plan,
}

impl<'a> Side<'a> {
    /// The content and routes of `site`.
    fn of(site: &'a Site) -> Side<'a> {
        Side {
            library: &site.library,
            plan: &site.plan,
        }
    }
}

/// What to render again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Affected {
    /// Every page.
    Everything,
    /// The routes of these targets (those gone are deleted), and every page that links
    /// to one of `moved`: content paths (`lessons/ks2/a.md`) whose pages' URLs changed.
    Targets {
        /// What to render again.
        targets: BTreeSet<Target>,
        /// Content files whose pages moved, appeared or went.
        moved: BTreeSet<String>,
    },
}

/// What one build does. Every build makes the search indexes, service worker, redirects
/// and sitemap again from every page's record (cheap, and each reads every page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Work {
    /// The pages to render again.
    pub(crate) pages: Affected,
    /// Whether the static files are written again.
    pub(crate) static_files: bool,
    /// Whether the images are encoded again; after a change of pages they are kept (their
    /// plan reads only the assets, and a change of those builds everything).
    pub(crate) images: bool,
    /// Whether every page is checked; else only those rendered again and those linking to
    /// a part of one of them that lost its id (the last build passed every check).
    pub(crate) check_all: bool,
}

impl Work {
    /// The whole site: `haven build`, `haven check`, and a first or wide `haven serve`.
    pub(crate) fn everything() -> Work {
        Work {
            pages: Affected::Everything,
            static_files: true,
            images: true,
            check_all: true,
        }
    }
}

/// The work a change of `content/` (and, with `static_files`, of `static/`) asks for,
/// from the site `before` and `after` it and the content files (by source) whose bodies
/// render differently. A page gone, a wide change or new static files check everything.
pub(crate) fn work(before: &Site, after: &Site, bodies: &BTreeSet<PathBuf>, static_files: bool) -> Work {
    let default_lang = &after.config.default_language().code;
    let pages = affected(Side::of(before), Side::of(after), bodies, default_lang);
    let removed = before.plan.routes.iter().any(|r| !after.plan.has_path(&r.path));
    Work {
        check_all: pages == Affected::Everything || removed || static_files,
        pages,
        static_files,
        images: false,
    }
}

/// The home page's key.
const HOME: &str = "";
/// The lessons section, which lists every band's lessons.
const LESSONS: &str = "lessons";

/// True for the kinds whose changes only their own page, its section and (for
/// lessons) the band, topic and lesson listings show.
fn is_plain_page(kind: Kind) -> bool {
    matches!(kind, Kind::Lesson(_) | Kind::Page)
}

fn is_plain_section(kind: Kind) -> bool {
    matches!(kind, Kind::Home | Kind::Section | Kind::Band(_))
}

/// What listings show of a page's or section's files: every file's front matter (bodies
/// are compared once rendered).
fn fronts<'a>(files: impl Iterator<Item = &'a PageFile>) -> Vec<(&'a PathBuf, Variant, &'a str, &'a FrontMatter)> {
    files
        .map(|f| (&f.source, f.variant, f.lang.as_str(), &f.front))
        .collect()
}

/// True when what listings show of a page is the same on both sides.
fn same_page(a: &Page, b: &Page) -> bool {
    a.kind == b.kind
        && a.path == b.path
        && a.section == b.section
        && a.bundle == b.bundle
        && fronts(a.versions.iter()) == fronts(b.versions.iter())
}

/// True when what its parent's listing (or the navigation) shows of a section is the
/// same on both sides.
fn same_entry(a: &Section, b: &Section) -> bool {
    a.kind == b.kind
        && a.path == b.path
        && a.parent == b.parent
        && a.fallback_title == b.fallback_title
        && fronts(a.versions.iter()) == fronts(b.versions.iter())
}

/// True when a section lists the same pages and subsections, in the same order.
fn same_listing(a: &Section, b: &Section) -> bool {
    a.pages == b.pages && a.subsections == b.subsections
}

/// Each target's route paths, in order.
fn routes_by_target(plan: &Plan) -> BTreeMap<&Target, Vec<&str>> {
    let mut map: BTreeMap<&Target, Vec<&str>> = BTreeMap::new();
    for route in &plan.routes {
        map.entry(&route.target).or_default().push(&route.path);
    }
    map
}

/// The content path of a file (`content/a/b.md` -> `a/b.md`).
fn content_path(file: &PageFile) -> String {
    let path = file.source.strip_prefix("content").unwrap_or(&file.source);
    crate::files::slashed(path)
}

/// The decision being made, target by target.
struct Decision<'a> {
    before: Side<'a>,
    after: Side<'a>,
    bodies: &'a BTreeSet<PathBuf>,
    routes_before: BTreeMap<&'a Target, Vec<&'a str>>,
    routes_after: BTreeMap<&'a Target, Vec<&'a str>>,
    default_lang: &'a str,
    targets: BTreeSet<Target>,
    moved: BTreeSet<String>,
}

/// Everything must be rendered again.
struct Wide;

impl<'a> Decision<'a> {
    fn body_changed<'f>(&self, mut files: impl Iterator<Item = &'f PageFile>) -> bool {
        files.any(|f| self.bodies.contains(&f.source))
    }

    fn routes_changed(&self, target: &Target) -> bool {
        self.routes_before.get(target) != self.routes_after.get(target)
    }

    fn page(&mut self, key: &str) -> Result<(), Wide> {
        let (b, a) = (self.before.library.pages.get(key), self.after.library.pages.get(key));
        let listed_same = matches!((b, a), (Some(b), Some(a)) if same_page(b, a));
        let files = || b.into_iter().chain(a).flat_map(|p| p.versions.iter());
        if listed_same && !self.body_changed(files()) {
            return Ok(());
        }
        if b.into_iter().chain(a).any(|p| !is_plain_page(p.kind)) {
            return Err(Wide);
        }
        let target = Target::Page(key.to_string());
        if self.routes_changed(&target) {
            self.moved.extend(files().map(content_path));
        }
        self.targets.insert(target);
        if listed_same {
            return Ok(());
        }
        for page in b.into_iter().chain(a) {
            if page.section == HOME {
                return Err(Wide);
            }
            self.targets.insert(Target::Section(page.section.clone()));
            if matches!(page.kind, Kind::Lesson(_)) {
                self.targets.insert(Target::Section(HOME.into()));
                self.targets.insert(Target::Section(LESSONS.into()));
                self.targets.insert(Target::Curriculum);
                let main = &page.main_file(self.default_lang).front.extra;
                self.targets.extend(main.topics().iter().copied().map(Target::Topic));
            }
        }
        Ok(())
    }

    fn section(&mut self, key: &str) -> Result<(), Wide> {
        let (b, a) = (
            self.before.library.sections.get(key),
            self.after.library.sections.get(key),
        );
        let both = b.zip(a);
        let entry_same = both.is_some_and(|(b, a)| same_entry(b, a));
        let listing_same = both.is_some_and(|(b, a)| same_listing(b, a));
        let files = || b.into_iter().chain(a).flat_map(|s| s.versions.iter());
        if entry_same && listing_same && !self.body_changed(files()) {
            return Ok(());
        }
        if b.into_iter().chain(a).any(|s| !is_plain_section(s.kind)) {
            return Err(Wide);
        }
        let target = Target::Section(key.to_string());
        if self.routes_changed(&target) {
            self.moved.extend(files().map(content_path));
        }
        self.targets.insert(target);
        if !listing_same && key == HOME {
            return Err(Wide); // the home page's pages and subsections are the navigation
        }
        if entry_same {
            return Ok(());
        }
        for section in b.into_iter().chain(a) {
            match section.parent.as_deref() {
                None | Some(HOME) => return Err(Wide),
                Some(parent) => self.targets.insert(Target::Section(parent.to_string())),
            };
            if matches!(section.kind, Kind::Band(_)) {
                self.targets.insert(Target::Section(HOME.into()));
                self.targets.insert(Target::Section(LESSONS.into()));
                self.targets.insert(Target::Curriculum);
            }
        }
        Ok(())
    }

    /// Routes that came or went without their page or section changing: topic pages
    /// (listed on the home and lessons pages); anything else is unexpected, so wide.
    fn other_routes(&mut self) -> Result<(), Wide> {
        let all: BTreeSet<&Target> = self
            .routes_before
            .keys()
            .chain(self.routes_after.keys())
            .copied()
            .collect();
        for target in all {
            if !self.routes_changed(target) || self.targets.contains(target) {
                continue;
            }
            match target {
                Target::Topic(_) => {
                    self.targets.insert(target.clone());
                    self.targets.insert(Target::Section(HOME.into()));
                    self.targets.insert(Target::Section(LESSONS.into()));
                }
                _ => return Err(Wide),
            }
        }
        Ok(())
    }

    fn decide(&mut self) -> Result<(), Wide> {
        if self.before.library.assets != self.after.library.assets {
            return Err(Wide);
        }
        let (b, a) = (self.before.library, self.after.library);
        let pages: BTreeSet<&String> = b.pages.keys().chain(a.pages.keys()).collect();
        for key in pages {
            self.page(key)?;
        }
        let sections: BTreeSet<&String> = b.sections.keys().chain(a.sections.keys()).collect();
        for key in sections {
            self.section(key)?;
        }
        self.other_routes()
    }
}

/// What a change of `content/` renders again. `bodies`: the content files (by source,
/// `content/a.md`) whose rendered body differs from before, new files included.
pub fn affected(before: Side<'_>, after: Side<'_>, bodies: &BTreeSet<PathBuf>, default_lang: &str) -> Affected {
    let mut decision = Decision {
        before,
        after,
        bodies,
        routes_before: routes_by_target(before.plan),
        routes_after: routes_by_target(after.plan),
        default_lang,
        targets: BTreeSet::new(),
        moved: BTreeSet::new(),
    };
    match decision.decide() {
        Ok(()) => Affected::Targets {
            targets: decision.targets,
            moved: decision.moved,
        },
        Err(Wide) => Affected::Everything,
    }
}

#[cfg(test)]
mod tests;
