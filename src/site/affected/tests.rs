//! Tests of [`affected`]: real content folders read before and after an edit, and the
//! decision compared with what a reader of the site sees change.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{Affected, Side, affected};
use crate::config::Config;
use crate::content::Topic;
use crate::content::{self, Library};
use crate::routes::{self, Plan, Target};

const CONFIG: &str = "title = \"T\"\nbase_url = \"https://x.sch.uk/\"\n[languages.en]\nname = \"English\"\n[languages.pl]\nname = \"Polski\"\n";

fn lesson(title: &str, topics: &str, weight: i64, body: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\nweight = {weight}\n\n[extra]\nband = \"ks2\"\ntopics = [{topics}]\n+++\n{body}\n"
    )
}

fn page(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n+++\n{body}\n")
}

/// A small site: lessons in one band, a parents' section, a top-level page.
fn starting_files() -> Vec<(&'static str, String)> {
    vec![
        ("lessons/_index.md", page("Lessons", "")),
        ("lessons/ks2/_index.md", page("Key stage 2", "")),
        (
            "lessons/ks2/games.md",
            lesson("Games", "\"contact\"", 1, "Play kindly."),
        ),
        (
            "lessons/ks2/passwords.md",
            lesson("Passwords", "\"conduct\"", 2, "Secret."),
        ),
        ("parents/_index.md", page("Parents", "")),
        ("parents/apps.md", page("Apps", "Check the age rating.")),
        ("about.md", page("About", "Our school.")),
        ("report.md", page("Report a concern", "Tell an adult.")),
    ]
}

/// The content and routes of a site with these files.
struct Read {
    library: Library,
    plan: Plan,
}

impl Read {
    fn side(&self) -> Side<'_> {
        Side {
            library: &self.library,
            plan: &self.plan,
        }
    }
}

fn read(files: &[(&str, String)]) -> Read {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let path = dir.path().join("content").join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let config = Config::parse(CONFIG).unwrap();
    let library = content::load(dir.path(), &config).unwrap();
    let plan = routes::plan(&library, &config, &[]).0;
    Read { library, plan }
}

/// The decision for editing the starting site into `after`, the files in `bodies`
/// rendering differently.
fn decide(after: &[(&str, String)], bodies: &[&str]) -> Affected {
    let (b, a) = (read(&starting_files()), read(after));
    let bodies: BTreeSet<PathBuf> = bodies.iter().map(|f| Path::new("content").join(f)).collect();
    affected(b.side(), a.side(), &bodies, "en")
}

/// The starting files with `rel` written as `text` (or removed when `None`).
fn with(rel: &'static str, text: Option<String>) -> Vec<(&'static str, String)> {
    let mut files: Vec<_> = starting_files().into_iter().filter(|(r, _)| *r != rel).collect();
    if let Some(text) = text {
        files.push((rel, text));
    }
    files
}

fn targets(affected: Affected) -> (BTreeSet<Target>, BTreeSet<String>) {
    match affected {
        Affected::Targets { targets, moved } => (targets, moved),
        Affected::Everything => panic!("expected only some pages to render again"),
    }
}

fn section(key: &str) -> Target {
    Target::Section(key.into())
}

#[test]
fn nothing_changed_renders_nothing() {
    let (targets, moved) = targets(decide(&starting_files(), &[]));
    assert!(targets.is_empty() && moved.is_empty(), "{targets:?} {moved:?}");
}

#[test]
fn a_lesson_s_text_renders_only_that_lesson() {
    let after = with(
        "lessons/ks2/games.md",
        Some(lesson("Games", "\"contact\"", 1, "Stop when you want.")),
    );
    let (targets, moved) = targets(decide(&after, &["lessons/ks2/games.md"]));
    assert_eq!(targets, BTreeSet::from([Target::Page("lessons/ks2/games".into())]));
    assert!(moved.is_empty());
}

#[test]
fn a_lesson_s_title_renders_every_listing_that_shows_it() {
    let after = with(
        "lessons/ks2/games.md",
        Some(lesson("Online games", "\"contact\"", 1, "Play kindly.")),
    );
    let (targets, moved) = targets(decide(&after, &[]));
    let expected = BTreeSet::from([
        Target::Page("lessons/ks2/games".into()),
        section("lessons/ks2"),
        section("lessons"),
        section(""),
        Target::Topic(Topic::Contact),
        Target::Curriculum,
    ]);
    assert_eq!(targets, expected);
    assert!(moved.is_empty(), "the page did not move: {moved:?}");
}

#[test]
fn a_new_lesson_moves_and_is_listed() {
    let mut after = starting_files();
    after.push(("lessons/ks2/chat.md", lesson("Chat", "\"commerce\"", 3, "Who is it?")));
    let (targets, moved) = targets(decide(&after, &["lessons/ks2/chat.md"]));
    assert!(targets.contains(&Target::Page("lessons/ks2/chat".into())));
    assert!(targets.contains(&section("lessons/ks2")));
    // The commerce topic page is new: it and the lists of topics render.
    assert!(targets.contains(&Target::Topic(Topic::Commerce)));
    assert_eq!(moved, BTreeSet::from(["lessons/ks2/chat.md".to_string()]));
}

#[test]
fn a_deleted_page_renders_its_section_and_the_pages_that_linked_to_it() {
    let after = with("parents/apps.md", None);
    let (targets, moved) = targets(decide(&after, &[]));
    assert_eq!(
        targets,
        BTreeSet::from([Target::Page("parents/apps".into()), section("parents")])
    );
    assert_eq!(moved, BTreeSet::from(["parents/apps.md".to_string()]));
}

#[test]
fn a_translation_renders_the_page_in_every_language_through_its_target() {
    let mut after = starting_files();
    after.push(("parents/apps.pl.md", page("Aplikacje", "Sprawdź wiek.")));
    let (targets, moved) = targets(decide(&after, &["parents/apps.pl.md"]));
    assert!(targets.contains(&Target::Page("parents/apps".into())));
    assert!(targets.contains(&section("parents")));
    // Every language already had the page (in English until now): its addresses stay.
    assert!(moved.is_empty(), "{moved:?}");
}

#[test]
fn the_navigation_and_pages_every_page_shows_render_everything() {
    let top = with("about.md", Some(page("About us", "Our school.")));
    assert_eq!(
        decide(&top, &[]),
        Affected::Everything,
        "the navigation lists top-level pages"
    );
    let report = with("report.md", Some(page("Report a concern", "Tell a trusted adult.")));
    assert_eq!(
        decide(&report, &["report.md"]),
        Affected::Everything,
        "every page links to the report page"
    );
    let section_title = with("parents/_index.md", Some(page("Families", "")));
    assert_eq!(
        decide(&section_title, &[]),
        Affected::Everything,
        "top-level sections are in the navigation"
    );
}

#[test]
fn a_top_level_page_s_text_alone_renders_only_that_page() {
    let after = with("about.md", Some(page("About", "Our school, in Leeds.")));
    let (targets, _) = targets(decide(&after, &["about.md"]));
    assert_eq!(targets, BTreeSet::from([Target::Page("about".into())]));
}
