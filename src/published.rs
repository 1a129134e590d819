//! Printed URLs never break (DESIGN §12). A page's old addresses (`aliases` in its front
//! matter, a room's old names in `data/rooms.toml`) get redirect pages, and
//! `published-urls.txt` at the site's root lists every URL the site has published: a build
//! that would stop publishing one of them (a renamed room whose QR code hangs on a wall)
//! fails, naming the URL, the likely new one and the fix. The example school publishes
//! nowhere, so it keeps no list.

use std::collections::BTreeSet;
use std::path::Path;

use crate::content::Library;
use crate::error::{Diagnostic, Error, Result, nearest};
use crate::kinds::posters::Room;
use crate::routes::relative::relative;
use crate::routes::{Plan, Target, Version};
use crate::web::char_refs::{Escape, escape};

/// The list of published URLs, at the site's root, committed by the school.
pub const LIST: &str = "published-urls.txt";

/// An old address kept working: a page at `from` that sends readers on to `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// The old URL path.
    pub from: String,
    /// The page's URL path now.
    pub to: String,
    /// The page's language, for the redirect page's `lang`.
    pub lang: String,
}

/// Every redirect of the site: pages' aliases, and rooms' old names for each poster.
pub fn redirects(plan: &Plan, library: &Library, rooms: &[Room]) -> Result<Vec<Redirect>> {
    let mut found = Vec::new();
    for route in &plan.routes {
        match &route.target {
            // A file's aliases go to its own page: its language, its version (the EAL
            // pages show the standard file, and keep no aliases).
            Target::Page(key) if route.version != Version::Eal => {
                let own = library.pages[key]
                    .versions
                    .iter()
                    .find(|f| f.lang == route.lang && f.variant == route.version.variant());
                for alias in own.map_or(&[][..], |f| f.front.aliases.as_slice()) {
                    found.push((
                        alias.clone(),
                        route,
                        own.map(|f| f.source.display().to_string()).unwrap_or_default(),
                    ));
                }
            }
            Target::Poster(i) => {
                let room = &rooms[*i];
                let now = format!("/posters/{}/", room.slug);
                for alias in &room.aliases {
                    let from = route.path.replace(&now, &format!("/posters/{alias}/"));
                    found.push((from, route, "data/rooms.toml".to_string()));
                }
            }
            _ => {}
        }
    }
    let mut problems = Vec::new();
    let mut redirects: Vec<Redirect> = Vec::new();
    for (from, route, file) in found {
        if plan.has_path(&from) || redirects.iter().any(|r| r.from == from) {
            problems.push(
                Diagnostic::error(format!("the old address {from} is also the address of another page"))
                    .in_file(file)
                    .hint("remove the alias, or give the other page a different address"),
            );
            continue;
        }
        redirects.push(Redirect {
            from,
            to: route.path.clone(),
            lang: route.lang.clone(),
        });
    }
    if problems.is_empty() {
        Ok(redirects)
    } else {
        Err(Error::User(problems))
    }
}

/// The output file of a URL path (`/old/` -> `old/index.html`).
pub fn file_of(path: &str) -> String {
    let p = path.trim_start_matches('/');
    if p.is_empty() || p.ends_with('/') {
        format!("{p}index.html")
    } else {
        p.to_string()
    }
}

/// The redirect page: a meta refresh to a relative URL (so it works wherever the site is
/// copied), a canonical link, and a visible link for when refreshing is turned off. No
/// script, so the site's own Content-Security-Policy (first in `<head>`, as on every page,
/// DESIGN §11) allows it.
pub fn redirect_page(r: &Redirect, base_url: &str, portable: bool) -> String {
    let to = relative(&r.from, &r.to, portable);
    let canonical = format!("{}{}", base_url, r.to.trim_start_matches('/'));
    let (to, canonical) = (escape(&to, Escape::Markup), escape(&canonical, Escape::Markup));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n{head_tags}\n<meta charset=\"utf-8\">\n<title>{canonical}</title>\n<meta http-equiv=\"refresh\" content=\"0; url={to}\">\n<link rel=\"canonical\" href=\"{canonical}\">\n<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n<p><a href=\"{to}\">{canonical}</a></p>\n</body>\n</html>\n",
        lang = escape(&r.lang, Escape::Markup),
        head_tags = crate::web::policy::head_tags()
    )
}

/// Every URL path the build publishes: its pages and its redirects.
pub fn urls(plan: &Plan, redirects: &[Redirect]) -> BTreeSet<String> {
    plan.routes
        .iter()
        .map(|r| r.path.clone())
        .chain(redirects.iter().map(|r| r.from.clone()))
        .collect()
}

/// An error for each URL `ROOT/published-urls.txt` lists that `urls` no longer has.
pub fn check_list(root: &Path, urls: &BTreeSet<String>) -> Result<()> {
    let text = match std::fs::read_to_string(root.join(LIST)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io("read", &root.join(LIST), e)),
    };
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let url = line.trim();
        if url.is_empty() || url.starts_with('#') || urls.contains(url) {
            continue;
        }
        let likely =
            nearest(url, urls.iter().map(String::as_str)).map_or_else(String::new, |u| format!(" (now at {u}?)"));
        problems.push(
            Diagnostic::error(format!(
                "{url} was published{likely}, and this build would stop publishing it: printed links and QR codes to it would break"
            ))
            .at_line(LIST, &text, i + 1, 1)
            .hint("keep it working with an alias: aliases = [\"OLD PATH\"] in the front matter of the page it moved to, or for a renamed room aliases = [\"Old name\"] in data/rooms.toml; or, to stop publishing it on purpose, delete this line"),
        );
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::User(problems))
    }
}

/// Writes `ROOT/published-urls.txt`: every URL published, sorted, one a line.
pub fn write_list(root: &Path, urls: &BTreeSet<String>) -> Result<()> {
    let mut text = String::new();
    for url in urls {
        text.push_str(url);
        text.push('\n');
    }
    let path = root.join(LIST);
    if std::fs::read_to_string(&path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(&path, text).map_err(|e| Error::io("write", &path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_pages_point_relatively_with_no_script() {
        let r = Redirect {
            from: "/posters/ict-suite/".into(),
            to: "/posters/computing-suite/".into(),
            lang: "en".into(),
        };
        let html = redirect_page(&r, "https://x.test/safety/", false);
        assert!(html.contains("url=../computing-suite/\""), "{html}");
        assert!(
            html.contains("rel=\"canonical\" href=\"https://x.test/safety/posters/computing-suite/\""),
            "{html}"
        );
        assert!(html.contains("<a href=\"../computing-suite/\">"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        let head = html.split_once("<head>\n").unwrap().1;
        assert!(
            head.starts_with("<meta http-equiv=\"Content-Security-Policy\""),
            "{html}"
        );
        assert!(
            head.contains("<meta name=\"referrer\" content=\"no-referrer\">"),
            "{html}"
        );
    }
}
