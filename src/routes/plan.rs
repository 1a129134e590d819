//! Which routes exist (DESIGN §4 "what is built" and §6 "built when").

use std::collections::{BTreeSet, HashMap};

use super::{Plan, Route, Target, Version, prefix};
use crate::config::Config;
use crate::content::{Kind, Topic};
use crate::content::{Library, Variant};
use crate::error::Diagnostic;
use crate::kinds::posters::Room;

/// Lists every route of the site and checks that no two share a URL, going on past a
/// clash: of two routes at one URL the first (in path, then target order) is kept, and
/// the other's target is found at that URL (links to it are not reported again); each
/// clash is one error, returned beside the plan. A room whose band has no rules
/// ([`room_without_rules`]) is an error too, and its posters are left out: a build
/// leaves such rooms out before planning, so the error is not made twice.
pub fn plan(library: &Library, config: &Config, rooms: &[Room]) -> (Plan, Vec<Diagnostic>) {
    let mut routes = Vec::new();
    content_routes(&mut routes, library, config);
    generated_routes(&mut routes, library, config, rooms);
    routes.push(Route {
        path: "/404.html".into(),
        lang: config.default_language().code.clone(),
        version: Version::Standard,
        target: Target::NotFound,
    });
    let without_rules: Vec<Diagnostic> = rooms.iter().filter_map(|r| room_without_rules(library, r)).collect();
    let (plan, clashes) = finish(routes, library, config, rooms);
    (plan, without_rules.into_iter().chain(clashes).collect())
}

/// Adds `target` at `base` in every language: its standard version, its easy-read version
/// when `easy`, and its EAL version in every other language than the default when `eal`.
fn add_everywhere(routes: &mut Vec<Route>, config: &Config, target: Target, base: &str, easy: bool, eal: bool) {
    for lang in &config.languages {
        let mut versions = vec![Version::Standard];
        if easy {
            versions.push(Version::Easy);
        }
        if eal && !config.is_default(&lang.code) {
            versions.push(Version::Eal);
        }
        for version in versions {
            routes.push(Route {
                path: format!("{}{base}", prefix(config, &lang.code, version)),
                lang: lang.code.clone(),
                version,
                target: target.clone(),
            });
        }
    }
}

/// Every section's and page's routes; lessons also have EAL versions.
fn content_routes(routes: &mut Vec<Route>, library: &Library, config: &Config) {
    for section in library.sections.values() {
        let target = Target::Section(section.key.clone());
        add_everywhere(
            routes,
            config,
            target,
            &section.path,
            section.versions.has_easy(),
            false,
        );
    }
    for page in library.pages.values() {
        let is_lesson = matches!(page.kind, Kind::Lesson(_));
        let target = Target::Page(page.key.clone());
        add_everywhere(routes, config, target, &page.path, page.versions.has_easy(), is_lesson);
    }
}

/// haven's own pages: topics, the curriculum map, posters, search, the accessibility
/// statement and the page about Exit this page.
fn generated_routes(routes: &mut Vec<Route>, library: &Library, config: &Config, rooms: &[Room]) {
    for topic in topics_in_use(library, &config.default_language().code) {
        let base = format!("/topics/{}/", topic.code());
        add_everywhere(routes, config, Target::Topic(topic), &base, false, false);
    }
    if library.pages.values().any(|p| matches!(p.kind, Kind::Lesson(_))) {
        add_everywhere(routes, config, Target::Curriculum, "/curriculum/", false, false);
    }
    if !rooms.is_empty() {
        add_everywhere(routes, config, Target::Posters, "/posters/", false, false);
        add_everywhere(routes, config, Target::PrintAll, "/posters/print-all/", false, false);
    }
    let printable = rooms
        .iter()
        .enumerate()
        .filter(|(_, r)| room_without_rules(library, r).is_none());
    for (i, room) in printable {
        for lang in &room.languages {
            routes.push(Route {
                path: format!("{}/posters/{}/", prefix(config, lang, Version::Standard), room.slug),
                lang: lang.clone(),
                version: Version::Standard,
                target: Target::Poster(i),
            });
        }
    }
    add_everywhere(routes, config, Target::Search, "/search/", false, false);
    add_everywhere(routes, config, Target::Accessibility, "/accessibility/", false, false);
    if let Some(path) = crate::kinds::report::exit_help_path(library) {
        add_everywhere(routes, config, Target::ExitHelp, &path, false, false);
    }
}

/// The error of a room whose band has no rules file to print, if it has none.
pub fn room_without_rules(library: &Library, room: &Room) -> Option<Diagnostic> {
    let has_rules = library.pages.values().any(|p| p.kind == Kind::Rules(room.band));
    (!has_rules).then(|| {
        Diagnostic::error(format!(
            "room `{}` is for band `{}`, which has no rules",
            room.name,
            room.band.code()
        ))
        .in_file("data/rooms.toml")
        .hint(format!(
            "write content/aup/{}.md with the band's rules, or change the room's band",
            room.band.code()
        ))
    })
}

/// Sorts the routes, indexes them, and reports every URL that two routes share (the
/// first kept, the other's target found at the same URL).
fn finish(mut routes: Vec<Route>, library: &Library, config: &Config, rooms: &[Room]) -> (Plan, Vec<Diagnostic>) {
    routes.sort_by(|a, b| a.path.cmp(&b.path).then_with(|| a.target.cmp(&b.target)));
    let mut problems = Vec::new();
    let mut seen: HashMap<&str, &Route> = HashMap::new();
    for route in &routes {
        if let Some(first) = seen.get(route.path.as_str())
            && first.target != route.target
        {
            let (a, b) = (
                describe(first, library, config, rooms),
                describe(route, library, config, rooms),
            );
            problems.push(
                Diagnostic::error(format!("{a} and {b} would both be written to {}", route.path))
                    .hint("rename one of them (or set `slug` in its front matter); top-level names must not be a language code, `easy`, `eal`, `topics`, `curriculum`, `posters`, `search` or `accessibility`"),
            );
        }
        seen.entry(&route.path).or_insert(route);
    }
    let keys: Vec<((Target, String, Version), String)> = routes
        .iter()
        .map(|r| ((r.target.clone(), r.lang.clone(), r.version), r.path.clone()))
        .collect();
    routes.dedup_by(|a, b| a.path == b.path);
    let at: HashMap<&str, usize> = routes.iter().enumerate().map(|(i, r)| (r.path.as_str(), i)).collect();
    let mut index = HashMap::with_capacity(keys.len());
    for (key, path) in keys {
        index.entry(key).or_insert(at[path.as_str()]);
    }
    (Plan { routes, index }, problems)
}

/// Names what a route comes from, for collision errors.
fn describe(route: &Route, library: &Library, config: &Config, rooms: &[Room]) -> String {
    let default = &config.default_language().code;
    let lang = if config.is_default(&route.lang) {
        String::new()
    } else {
        format!(" ({})", route.lang)
    };
    match &route.target {
        Target::Page(key) => {
            let page = &library.pages[key];
            let file = page
                .versions
                .get(route.version.variant(), &route.lang)
                .unwrap_or_else(|| page.main_file(default));
            format!("`{}`{lang}", file.source.display())
        }
        Target::Section(key) => {
            let section = &library.sections[key];
            match section.versions.get(Variant::Standard, default) {
                Some(f) => format!("`{}`{lang}", f.source.display()),
                None if key.is_empty() => format!("the home page{lang}"),
                None => format!("the folder `content/{key}/`{lang}"),
            }
        }
        Target::Topic(t) => format!("the `{}` topic page{lang}", t.code()),
        Target::Curriculum => format!("the curriculum map{lang}"),
        Target::Posters => format!("the posters page{lang}"),
        Target::Poster(i) => format!("the poster for room `{}`{lang}", rooms[*i].name),
        Target::PrintAll => format!("the print-all-posters page{lang}"),
        Target::Search => format!("the search page{lang}"),
        Target::Accessibility => format!("the accessibility statement{lang}"),
        Target::ExitHelp => format!("the page about Exit this page{lang}"),
        Target::NotFound => "the 404 page".to_string(),
    }
}

/// The topics any lesson covers, for tests and listings.
pub fn topics_in_use(library: &Library, default_lang: &str) -> BTreeSet<Topic> {
    library
        .pages
        .values()
        .filter(|p| matches!(p.kind, Kind::Lesson(_)))
        .flat_map(|p| p.main_file(default_lang).front.extra.topics().iter().copied())
        .collect()
}
