//! The no-third-party rule (DESIGN §8), proved on the output: no written page or
//! stylesheet may make the browser fetch a script, stylesheet, font, image, media or frame
//! from another site. The portal works with no network and lets no one track a child.
//! Links out (`<a href>`) are fine; the site's own address (`base_url`) is not another
//! site (the 404 page and canonical links use it).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use crate::checks::stylesheets::Stylesheet;
use crate::error::{Diagnostic, Result};
use crate::web::css_read;
use crate::web::facts::PageRecord;
use crate::web::fetch::Fetch;
use crate::web::files::SiteFiles;
use crate::web::url::{as_browser_reads, has_scheme};

/// A scheme, host and port: what browsers compare to tell one site from another.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Origin {
    scheme: String,
    host: String,
    port: Option<u16>,
}

impl Origin {
    /// The origin of an absolute URL (`//host` takes `scheme`), or `None` for a URL that
    /// stays on this site: relative URLs and inline `data:` and `blob:` URLs. A scheme with
    /// no host (`file:`, say) gives an origin with an empty host, which is never this site.
    fn of(url: &str, scheme: &str) -> Option<Origin> {
        // As the URL parser reads it: `\\host` and `/\\host` are `//host`, tabs and newlines
        // inside are dropped (a URL like `ht\ttps://` was never any other).
        let mut url = as_browser_reads(url);
        if url.contains('\\') {
            url = url.replace('\\', "/");
        }
        let url = url.as_str();
        let (scheme, rest) = if let Some(rest) = url.strip_prefix("//") {
            (scheme.to_string(), Some(rest))
        } else if has_scheme(url) {
            let (scheme, rest) = url.split_once(':')?;
            let scheme = scheme.to_ascii_lowercase();
            if matches!(scheme.as_str(), "data" | "blob" | "about") {
                return None;
            }
            (scheme, rest.strip_prefix("//"))
        } else {
            return None;
        };
        let authority = rest.map_or("", |r| r.split(['/', '?', '#', '\\']).next().unwrap_or(""));
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, hp)| hp);
        let (host, port) = match host_port.rfind(':') {
            Some(i) if !host_port[i..].contains(']') => (&host_port[..i], host_port[i + 1..].parse().ok()),
            _ => (host_port, None),
        };
        let default_port = match scheme.as_str() {
            "http" => Some(80),
            "https" => Some(443),
            _ => None,
        };
        Some(Origin {
            host: host.trim_end_matches('.').to_ascii_lowercase(),
            port: port.or(default_port),
            scheme,
        })
    }
}

/// True when the browser reading `url` on a site at `base_url` would contact another site.
pub fn is_foreign(url: &str, base_url: &str) -> bool {
    let site = Origin::of(base_url, "https");
    let scheme = site.as_ref().map_or("https", |o| o.scheme.as_str());
    Origin::of(url, scheme).is_some_and(|o| Some(&o) != site.as_ref())
}

/// Where a URL is written: the content file, the Markdown line when known, and the URL as
/// spelt there.
type Place = (PathBuf, Option<usize>, String);

/// Where one URL from another site is fetched.
struct Seen {
    fetch: Fetch,
    pages: Vec<String>,
    place: Option<Place>,
}

/// Reads back every stylesheet written (`/haven.css`), for [`check`].
pub fn read_stylesheets(files: &SiteFiles, written: &HashSet<String>) -> Result<Vec<(String, String)>> {
    let mut sheets: Vec<&String> = written.iter().filter(|p| p.ends_with(".css")).collect();
    sheets.sort();
    sheets
        .into_iter()
        .filter_map(|path| files.get(path).map(|body| (path, body)))
        .map(|(path, body)| Ok((path.clone(), String::from_utf8_lossy(&body.read()?).into_owned())))
        .collect()
}

/// One error for each URL from another site that a page or stylesheet makes the
/// browser fetch, naming the URL, what it is, and every page or stylesheet that uses it,
/// with the content file and line (under `root`) where it is written, when it is.
/// A stylesheet's URL is placed at the line of the file it is written from.
pub fn check(pages: &[PageRecord], stylesheets: &[Stylesheet], base_url: &str, root: &Path) -> Vec<Diagnostic> {
    let site = Origin::of(base_url, "https");
    let scheme = site.as_ref().map_or("https", |o| o.scheme.as_str());
    let foreign = |url: &str| Origin::of(url, scheme).is_some_and(|o| Some(&o) != site.as_ref());
    let sheet_urls: Vec<(&Stylesheet, Vec<(String, usize)>)> =
        stylesheets.iter().map(|s| (s, css_read::urls(&s.text))).collect();
    let mut found: BTreeMap<&str, Seen> = BTreeMap::new();
    let mut note = |url, fetch, where_: String, place: Option<Place>| {
        let seen = found.entry(url).or_insert_with(|| Seen {
            fetch,
            pages: Vec::new(),
            place: None,
        });
        seen.pages.push(where_);
        if seen.place.is_none() {
            seen.place = place;
        }
    };
    for page in pages {
        for link in &page.facts.links {
            if let Some(fetch) = link.fetch.filter(|_| foreign(&link.url)) {
                let place = page
                    .source
                    .clone()
                    .map(|s| (s, page.line_of(&link.original), link.written.to_string()));
                note(link.url.trim(), fetch, format!("page {}", page.path), place);
            }
        }
    }
    for (sheet, urls) in &sheet_urls {
        for (url, line) in urls.iter().filter(|(u, _)| foreign(u)) {
            let place = sheet.origin.clone().map(|file| (file, Some(*line), url.clone()));
            note(url.trim(), Fetch::Css, format!("the stylesheet {}", sheet.path), place);
        }
    }
    found.into_iter().map(|(url, seen)| report(url, seen, root)).collect()
}

/// Points `d` at the line of `file` where `url` is written, when it is written there as is
/// (raw HTML in Markdown); else at the line known from the Markdown links, if any.
fn place(d: Diagnostic, root: &Path, (file, line, written): Place, url: &str) -> Diagnostic {
    let text = std::fs::read_to_string(root.join(&file)).unwrap_or_default();
    match text.find(url).or_else(|| text.find(written.trim())) {
        Some(offset) => d.at_offset(&file, &text, offset, 0),
        None => {
            let mut d = d.in_file(&file);
            if let Some(loc) = d.location.as_mut() {
                loc.line = line;
            }
            d
        }
    }
}

fn report(url: &str, seen: Seen, root: &Path) -> Diagnostic {
    if seen.fetch == Fetch::Frame {
        return report_frame(url, seen, root);
    }
    let shown = seen.pages.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
    let (who, verb) = match seen.pages.len() {
        1 => (shown, "loads"),
        n if n <= 3 => (shown, "load"),
        n => (format!("{shown} and {} more", n - 3), "load"),
    };
    let d = Diagnostic::error(format!(
        "{who} {verb} {} from another site: {url}",
        seen.fetch.describe()
    ))
    .hint(
        "a haven site never makes the browser contact another site, so it works with no network and lets no one track a child: \
         save the file in static/ and link to it as /NAME (for fonts, use system fonts or put the font files in your theme's static/ folder); \
         links out with <a href> are fine",
    );
    match seen.place {
        Some(at) => place(d, root, at, url),
        None => d.note("it comes from a template or a static file, not from the Markdown"),
    }
}

/// A frame from another site is most often an embedded video: the fix is a link to it.
fn report_frame(url: &str, seen: Seen, root: &Path) -> Diagnostic {
    let d = Diagnostic::error(format!("{} loads a frame from another site: {url}", seen.pages.join(", "))).hint(
        "a haven site never makes the browser contact another site: link to the video (or page) instead of embedding it, \
         or download the file into static/ and link to it",
    );
    match seen.place {
        Some(at) => place(d, root, at, url),
        None => d.note("it comes from a template or a static file, not from the Markdown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(url: &str) -> Option<(String, String, Option<u16>)> {
        Origin::of(url, "https").map(|o| (o.scheme, o.host, o.port))
    }

    #[test]
    fn origins_compare_as_browsers_do() {
        let school = origin("https://www.school.sch.uk/safety/");
        assert_eq!(origin("HTTPS://WWW.School.sch.uk:443/x.js"), school);
        assert_eq!(origin("//www.school.sch.uk/x.png"), school);
        assert_ne!(origin("http://www.school.sch.uk/x.png"), school);
        assert_ne!(origin("https://www.school.sch.uk:8443/x.png"), school);
        assert_eq!(
            origin("https://user@cdn.example.com/x.js"),
            Some(("https".into(), "cdn.example.com".into(), Some(443)))
        );
        assert_eq!(
            origin("http://[::1]:8080/x"),
            Some(("http".into(), "[::1]".into(), Some(8080)))
        );
        assert_eq!(origin("file:///C:/x.png").map(|o| o.1), Some(String::new()));
        for sneaky in [
            "\\\\cdn.example.com/x.png",
            "/\\cdn.example.com/x",
            " h\ttps://cdn.example.com/",
            "//cdn.exa\nmple.com/x",
        ] {
            assert_eq!(
                origin(sneaky).map(|o| o.1),
                Some("cdn.example.com".into()),
                "{sneaky:?}"
            );
        }
        for local in [
            "x.js",
            "../x.png",
            "/x.css",
            "#top",
            "data:image/png;base64,AA",
            "blob:x",
        ] {
            assert_eq!(origin(local), None, "{local}");
        }
    }
}
