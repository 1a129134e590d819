//! What the build refuses before a page is published (DESIGN §11): what an author pastes
//! that would reach another site or run script of its own, each refusal naming the page,
//! the source file and line, and the fix. The output pass reads each start tag with
//! [`refusals`] as it writes the page and records what it finds in the page's facts; the
//! browser's own depth, the Content-Security-Policy, is `web::policy`. The
//! no-third-party check for plain loads (`<img src>` from another host) is
//! [`super::third_party`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::third_party::is_foreign;
use crate::error::Diagnostic;
use crate::web::char_refs::{Place, decode};
use crate::web::facts::{PageRecord, Refusal};
use crate::web::html_scan::Tag;
use crate::web::url::{as_browser_reads, browser_reads_starting};

/// Attributes that hold one URL the browser loads or follows: the output rewrites them like
/// every link haven writes (`output::rewrite::attributes`) and the refusals read them, from
/// this one list, so the two cannot drift apart.
pub const URL_ATTRIBUTES: [&str; 8] = [
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "data",
    "xlink:href",
    "background",
];

/// More attributes that hold a URL the browser may load or follow, where `javascript:`
/// would run: with [`URL_ATTRIBUTES`], the 19 the refusals read; haven never writes these.
const MORE_URL_ATTRIBUTES: [&str; 11] = [
    "cite", "codebase", "longdesc", "usemap", "lowsrc", "dynsrc", "manifest", "icon", "to", "from", "values",
];

/// The fix for content that runs script of its own.
const NO_SCRIPT: &str = "a haven page runs only the theme's scripts, so no one can add code that tracks a child: \
     remove it; to show something from another site, link to it instead";

/// True for a URL that runs script when loaded or followed.
pub fn runs_script(url: &str) -> bool {
    browser_reads_starting(url, "javascript:") || browser_reads_starting(url, "vbscript:")
}

/// True for a `data:` URL that is a document (HTML, SVG, anything but a plain image).
fn data_document(url: &str) -> bool {
    let image = [
        "data:image/png",
        "data:image/jpeg",
        "data:image/gif",
        "data:image/webp",
        "data:image/avif",
    ];
    browser_reads_starting(url, "data:") && !image.iter().any(|i| browser_reads_starting(url, i))
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
        .filter(|a| {
            let name = &*a.name;
            URL_ATTRIBUTES.contains(&name)
                || MORE_URL_ATTRIBUTES.contains(&name)
                || matches!(name, "srcset" | "imagesrcset")
        })
        .filter(|a| {
            a.value
                .as_deref()
                .is_some_and(|v| runs_script(&decode(v, Place::Attribute)))
        })
        .map(|a| &*a.name)
        .collect()
}

/// What the build refuses in one start tag, `base_url` being the site's address.
pub fn refusals(el: &Tag<'_>, base_url: &str, out: &mut Vec<Refusal>) {
    script_refusals(el, out);
    let name = &*el.name;
    let found = match name {
        "base" => foreign_base(el, base_url),
        "meta" => refresh_away(el, base_url),
        "object" | "embed" | "applet" => Some(plugin(el)),
        "script" => data_script(el),
        "iframe" | "frame" => data_frame(el),
        "form" | "button" | "input" => foreign_form(el, base_url),
        _ => None,
    };
    out.extend(found);
}

/// A refusal of `what` with its `fix`, found in the Markdown by `needle`.
fn refusal(what: String, fix: &'static str, needle: &str) -> Refusal {
    Refusal {
        what,
        fix,
        needle: needle.to_string(),
    }
}

/// Event handler attributes (`onerror=`) and URLs that run script (`href="javascript:..."`).
fn script_refusals(el: &Tag<'_>, out: &mut Vec<Refusal>) {
    let name = &*el.name;
    for attr in el
        .attributes
        .iter()
        .filter(|a| a.name.len() > 2 && a.name.starts_with("on"))
    {
        let needle = format!("{}=", attr.name);
        out.push(refusal(
            format!("`<{name} {}=...>` runs a script of its own", attr.name),
            NO_SCRIPT,
            &needle,
        ));
    }
    for attr in script_urls(el) {
        let raw = el.get(attr).unwrap_or_default();
        out.push(refusal(
            format!(
                "`<{name} {attr}=\"{}\">` is a javascript: link: a script of its own",
                short(raw)
            ),
            NO_SCRIPT,
            raw,
        ));
    }
}

/// The value of `attr` when it names another site.
fn foreign_value(el: &Tag<'_>, attr: &str, base_url: &str) -> Option<String> {
    el.value(attr)
        .filter(|v| is_foreign(v, base_url))
        .map(|v| v.into_owned())
}

/// `<base href>` to another site.
fn foreign_base(el: &Tag<'_>, base_url: &str) -> Option<Refusal> {
    let href = foreign_value(el, "href", base_url)?;
    Some(refusal(
        format!(
            "`<base href=\"{}\">` makes every relative link and image on the page load from {}",
            short(&href),
            host(&href)
        ),
        "remove the <base> element; write links as /path or relative to the page",
        el.get("href").unwrap_or_default(),
    ))
}

/// `<meta http-equiv=refresh>` to another site, or to a script.
fn refresh_away(el: &Tag<'_>, base_url: &str) -> Option<Refusal> {
    if !el
        .value("http-equiv")
        .is_some_and(|h| h.trim().eq_ignore_ascii_case("refresh"))
    {
        return None;
    }
    let content = el.value("content").unwrap_or_default();
    let url = refresh_url(&content).filter(|u| is_foreign(u, base_url) || runs_script(u))?;
    Some(refusal(
        format!(
            "`<meta http-equiv=refresh>` sends the reader away to {} by itself",
            short(url)
        ),
        "remove it and write a link the reader can choose to follow: <a href=\"...\">",
        el.get("content").unwrap_or_default(),
    ))
}

/// `<object>`, `<embed>` and `<applet>`, refused whatever they name.
fn plugin(el: &Tag<'_>) -> Refusal {
    let name = &*el.name;
    let attr = ["data", "src", "code"]
        .into_iter()
        .find(|a| el.has(a))
        .unwrap_or("data");
    let url = el.value(attr).unwrap_or_default();
    refusal(
        format!(
            "`<{name} {attr}=\"{}\">` embeds a plugin or document from {}, which the browser refuses on a haven site",
            short(&url),
            host(&url)
        ),
        "download the file into static/ and link to it; to show a video from another site, link to the video instead of embedding it",
        el.get(attr).unwrap_or(el.raw),
    )
}

/// `<script src="data:...">`: a script of its own.
fn data_script(el: &Tag<'_>) -> Option<Refusal> {
    let src = el
        .value("src")
        .filter(|s| as_browser_reads(s).to_ascii_lowercase().starts_with("data:"))?;
    Some(refusal(
        format!(
            "`<script src=\"{}\">` holds a script of its own in a data: URL",
            short(&src)
        ),
        NO_SCRIPT,
        el.get("src").unwrap_or_default(),
    ))
}

/// A frame whose `src` is a whole document in a `data:` URL.
fn data_frame(el: &Tag<'_>) -> Option<Refusal> {
    let src = el.value("src").filter(|s| data_document(s))?;
    Some(refusal(
        format!(
            "`<{} src=\"{}\">` holds a whole document in a data: URL, which the build cannot check",
            el.name,
            short(&src)
        ),
        "save the document as a page of the site and link to it",
        el.get("src").unwrap_or_default(),
    ))
}

/// A form, or a button of one, that sends to another site.
fn foreign_form(el: &Tag<'_>, base_url: &str) -> Option<Refusal> {
    let name = &*el.name;
    let attr = if name == "form" { "action" } else { "formaction" };
    let action = foreign_value(el, attr, base_url)?;
    Some(refusal(
        format!(
            "`<{name} {attr}=\"{}\">` sends what the reader types to {}",
            short(&action),
            host(&action)
        ),
        "a form on a haven site may only send to the site itself: link to the other site's form instead",
        el.get(attr).unwrap_or_default(),
    ))
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
        t.find(&needle).or_else(|| t.find(&*decode(&needle, Place::Text)))
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
