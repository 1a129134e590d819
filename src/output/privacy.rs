//! Privacy the browser enforces (DESIGN §11), at its two depths. The browser's: every page
//! haven writes gets a Content-Security-Policy and a referrer policy, first in `<head>`,
//! added by the output pass ([`super::rewrite`]) rather than by the theme, so no template
//! override can drop them. The build's: what an author pastes that would reach another
//! site or run script of its own is refused before it is published, each refusal naming the
//! page, the source file and line, and the fix. The no-third-party check for plain loads
//! (`<img src>` from another host) is [`super::third_party`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::PageRecord;
use super::html_scan::Tag;
use super::third_party::is_foreign;
use crate::error::Diagnostic;

/// The policy: everything from the site itself only; `data:` images for the images haven
/// inlines; no plugins; no `<base>` or form posts elsewhere. `'self'` keeps working from
/// `file://` (`--portable`), where Chromium counts the page's own folder tree as the site.
pub const POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     font-src 'self'; media-src 'self'; frame-src 'self'; connect-src 'self'; worker-src 'self'; \
     manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// What goes first in every page's `<head>`: the policy, then the referrer policy (a child
/// following a link out tells the other site nothing about where they came from).
pub fn head_tags() -> String {
    format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\"><meta name=\"referrer\" content=\"no-referrer\">"
    )
}

/// Attributes that hold a URL the browser may load or follow, where `javascript:` would run.
const URL_ATTRIBUTES: [&str; 19] = [
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "data",
    "xlink:href",
    "background",
    "cite",
    "codebase",
    "longdesc",
    "usemap",
    "lowsrc",
    "dynsrc",
    "manifest",
    "icon",
    "to",
    "from",
    "values",
];

/// The fix for content that runs script of its own.
const NO_SCRIPT: &str = "a haven page runs only the theme's scripts, so no one can add code that tracks a child: \
     remove it; to show something from another site, link to it instead";

/// Something on a page the build refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What it is, for the message ("`<img onerror=...>` runs a script of its own").
    pub what: String,
    /// How to fix it, in plain words.
    pub fix: &'static str,
    /// A piece of it as written, to find its line in the Markdown.
    pub needle: String,
}

/// A URL as the browser's URL parser sees it: tabs and newlines dropped, spaces and control
/// characters trimmed from both ends (so `java\tscript:` is `javascript:`).
pub fn as_browser_reads(url: &str) -> String {
    url.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// True for a URL that runs script when loaded or followed.
pub fn runs_script(url: &str) -> bool {
    let url = as_browser_reads(url).to_ascii_lowercase();
    url.starts_with("javascript:") || url.starts_with("vbscript:")
}

/// True for a `data:` URL that is a document (HTML, SVG, anything but a plain image).
fn data_document(url: &str) -> bool {
    let url = as_browser_reads(url).to_ascii_lowercase();
    let Some(rest) = url.strip_prefix("data:") else {
        return false;
    };
    let image = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"];
    !image.iter().any(|i| rest.starts_with(i))
}

/// The URL of a `<meta http-equiv=refresh>`'s `content` (`5; URL='x'`), as browsers read it.
pub fn refresh_url(content: &str) -> Option<&str> {
    let rest = content.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ';' || c == ',');
    let rest = match rest.get(..3) {
        Some(u) if u.eq_ignore_ascii_case("url") => {
            let after = rest[3..].trim_start();
            after.strip_prefix('=').map_or(rest, str::trim_start)
        }
        _ => rest,
    };
    let rest = match rest.chars().next() {
        Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
        _ => rest,
    };
    Some(rest.trim()).filter(|u| !u.is_empty())
}

/// The attributes of `el` whose URL runs script (`href="javascript:..."`), by name.
pub fn script_urls<'t>(el: &'t Tag<'_>) -> Vec<&'t str> {
    el.attributes
        .iter()
        .filter(|a| URL_ATTRIBUTES.contains(&&*a.name) || a.name == "srcset" || a.name == "imagesrcset")
        .filter(|a| {
            a.value
                .as_deref()
                .is_some_and(|v| runs_script(&super::char_refs::decode(v, super::char_refs::Place::Attribute)))
        })
        .map(|a| &*a.name)
        .collect()
}

/// What the build refuses in one start tag, `base_url` being the site's address.
pub fn refusals(el: &Tag<'_>, base_url: &str, out: &mut Vec<Refusal>) {
    let name = &*el.name;
    let mut refuse = |what: String, fix: &'static str, needle: &str| {
        out.push(Refusal {
            what,
            fix,
            needle: needle.to_string(),
        })
    };
    for attr in el
        .attributes
        .iter()
        .filter(|a| a.name.len() > 2 && a.name.starts_with("on"))
    {
        let needle = format!("{}=", attr.name);
        refuse(
            format!("`<{name} {}=...>` runs a script of its own", attr.name),
            NO_SCRIPT,
            &needle,
        );
    }
    for attr in script_urls(el) {
        let raw = el.get(attr).unwrap_or_default();
        refuse(
            format!(
                "`<{name} {attr}=\"{}\">` is a javascript: link: a script of its own",
                short(raw)
            ),
            NO_SCRIPT,
            raw,
        );
    }
    let foreign_value = |attr: &str| {
        el.value(attr)
            .filter(|v| is_foreign(v, base_url))
            .map(|v| v.into_owned())
    };
    match name {
        "base" => {
            if let Some(href) = foreign_value("href") {
                refuse(
                    format!(
                        "`<base href=\"{}\">` makes every relative link and image on the page load from {}",
                        short(&href),
                        host(&href)
                    ),
                    "remove the <base> element; write links as /path or relative to the page",
                    el.get("href").unwrap_or_default(),
                );
            }
        }
        "meta"
            if el
                .value("http-equiv")
                .is_some_and(|h| h.trim().eq_ignore_ascii_case("refresh")) =>
        {
            let content = el.value("content").unwrap_or_default();
            if let Some(url) = refresh_url(&content).filter(|u| is_foreign(u, base_url) || runs_script(u)) {
                refuse(
                    format!(
                        "`<meta http-equiv=refresh>` sends the reader away to {} by itself",
                        short(url)
                    ),
                    "remove it and write a link the reader can choose to follow: <a href=\"...\">",
                    el.get("content").unwrap_or_default(),
                );
            }
        }
        "object" | "embed" | "applet" => {
            let attr = ["data", "src", "code"]
                .into_iter()
                .find(|a| el.has(a))
                .unwrap_or("data");
            let url = el.value(attr).unwrap_or_default();
            refuse(
                format!(
                    "`<{name} {attr}=\"{}\">` embeds a plugin or document from {}, which the browser refuses on a haven site",
                    short(&url),
                    host(&url)
                ),
                "download the file into static/ and link to it; to show a video from another site, link to the video instead of embedding it",
                el.get(attr).unwrap_or(el.raw),
            );
        }
        "script"
            if el
                .value("src")
                .is_some_and(|s| as_browser_reads(&s).to_ascii_lowercase().starts_with("data:")) =>
        {
            refuse(
                format!(
                    "`<script src=\"{}\">` holds a script of its own in a data: URL",
                    short(&el.value("src").unwrap_or_default())
                ),
                NO_SCRIPT,
                el.get("src").unwrap_or_default(),
            )
        }
        "iframe" | "frame" => {
            if let Some(src) = el.value("src").filter(|s| data_document(s)) {
                refuse(
                    format!(
                        "`<{name} src=\"{}\">` holds a whole document in a data: URL, which the build cannot check",
                        short(&src)
                    ),
                    "save the document as a page of the site and link to it",
                    el.get("src").unwrap_or_default(),
                );
            }
        }
        "form" | "button" | "input" => {
            let attr = if name == "form" { "action" } else { "formaction" };
            if let Some(action) = foreign_value(attr) {
                refuse(
                    format!(
                        "`<{name} {attr}=\"{}\">` sends what the reader types to {}",
                        short(&action),
                        host(&action)
                    ),
                    "a form on a haven site may only send to the site itself: link to the other site's form instead",
                    el.get(attr).unwrap_or_default(),
                );
            }
        }
        _ => {}
    }
}

/// The refusal for an inline `<script>` with this text, if it holds any code.
pub fn inline_script(text: &str) -> Option<Refusal> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    Some(Refusal {
        what: format!("an inline `<script>` ({}) runs a script of its own", short(first)),
        fix: NO_SCRIPT,
        needle: first.to_string(),
    })
}

/// The host a URL names, for messages.
fn host(url: &str) -> String {
    let url = as_browser_reads(url).replace('\\', "/");
    let after = url.split_once("//").map_or(url.as_str(), |(_, rest)| rest);
    let host = after.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    if host.is_empty() || !url.contains("//") {
        "this site".to_string()
    } else {
        host.to_string()
    }
}

fn short(text: &str) -> String {
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text.to_string()
    }
}

/// A refusal and the pages that carry it.
type Carriers<'a> = (&'a Refusal, Vec<&'a str>);

/// One error for each refusal, naming the pages that carry it, the source file and the
/// Markdown line when it is written there, and the fix.
pub fn check(pages: &[PageRecord], root: &Path) -> Vec<Diagnostic> {
    let mut found: BTreeMap<(&str, Option<&PathBuf>), Carriers<'_>> = BTreeMap::new();
    for page in pages {
        for refusal in &page.facts.refusals {
            let entry = found
                .entry((refusal.what.as_str(), page.source.as_ref()))
                .or_insert((refusal, Vec::new()));
            entry.1.push(&page.path);
        }
    }
    found
        .into_iter()
        .map(|((_, source), (refusal, paths))| report(refusal, &paths, source, root))
        .collect()
}

fn report(refusal: &Refusal, paths: &[&str], source: Option<&PathBuf>, root: &Path) -> Diagnostic {
    let shown = paths.iter().take(3).copied().collect::<Vec<_>>().join(", ");
    let more = if paths.len() > 3 {
        format!(" and {} more", paths.len() - 3)
    } else {
        String::new()
    };
    let d = Diagnostic::error(format!("page {shown}{more}: {}", refusal.what)).hint(refusal.fix);
    let text = source.and_then(|s| std::fs::read_to_string(root.join(s)).ok());
    // Lower case keeps every byte where it was, so `OnError=` is found as `onerror=`.
    let found = |t: &str| {
        let t = t.to_ascii_lowercase();
        let needle = refusal.needle.to_ascii_lowercase();
        t.find(&needle)
            .or_else(|| t.find(&*super::char_refs::decode(&needle, super::char_refs::Place::Text)))
    };
    match (source, text.as_deref().and_then(|t| found(t).map(|at| (t, at)))) {
        (Some(file), Some((text, at))) => d.at_offset(file, text, at, 0),
        _ => d.note("it comes from a template or a static file, not from the Markdown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refresh_urls_are_read_in_every_spelling() {
        for content in [
            "0;url=https://x.org/",
            "0; URL = 'https://x.org/'",
            " 5 ,Url=\"https://x.org/\"",
            "0 https://x.org/",
        ] {
            assert_eq!(refresh_url(content), Some("https://x.org/"), "{content}");
        }
        assert_eq!(refresh_url("30"), None);
    }

    #[test]
    fn scripts_hide_behind_white_space_and_case() {
        for url in [
            "javascript:x",
            " JavaScript:x",
            "java\tscript:x",
            "\u{1}java\nscript:x",
            "VBScript:x",
        ] {
            assert!(runs_script(url), "{url:?}");
        }
        assert!(!runs_script("/javascript/"));
        assert!(data_document("data:text/html,<p>") && data_document("DATA:image/svg+xml,<svg>"));
        assert!(!data_document("data:image/png;base64,AA"));
    }
}
