//! The URL attributes of one start tag: read as the browser reads them, rewritten like
//! every link haven writes (DESIGN §6), and recorded for the checks, split from
//! [`super`] to keep each file small.

use super::{RewriteEnv, State};
use crate::checks::refusals::{self, URL_ATTRIBUTES};
use crate::error::Diagnostic;
use crate::routes::Route;
use crate::web::char_refs::{Escape, Place, decode, escape};
use crate::web::fetch::{Fetch, fetched_as};
use crate::web::html_scan::Tag;

fn rewrite_srcset(
    env: &RewriteEnv<'_>,
    srcset: &str,
    route: &Route,
) -> Result<(String, Vec<(String, String)>), Diagnostic> {
    let mut out = Vec::new();
    let mut urls = Vec::new();
    for candidate in srcset.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let (url, descriptor) = candidate.split_once(char::is_whitespace).unwrap_or((candidate, ""));
        let new = env.rewrite_url(url, route)?.into_owned();
        urls.push((url.to_string(), new.clone()));
        out.push(if descriptor.is_empty() {
            new
        } else {
            format!("{new} {}", descriptor.trim())
        });
    }
    Ok((out.join(", "), urls))
}

/// Rewrites the URL attributes of an element and records them.
/// URLs are read as the browser reads them (character references decoded) and written
/// back escaped when changed. A `javascript:` URL is not recorded as a link: it is refused
/// once, as a script of its own ([`refusals`]).
pub(super) fn rewrite_attributes(env: &RewriteEnv<'_>, route: &Route, st: &mut State, el: &mut Tag<'_>) {
    // Most tags (`class`, `id`, `lang` only) have nothing to rewrite or record.
    if el.attributes.iter().any(|a| holds_urls(&a.name)) {
        rewrite_url_attributes(env, route, st, el);
    }
}

/// [`rewrite_attributes`] for a tag with at least one attribute that may hold a URL.
fn rewrite_url_attributes(env: &RewriteEnv<'_>, route: &Route, st: &mut State, el: &mut Tag<'_>) {
    // The name is borrowed from the page (a clone of a borrowed name copies nothing).
    let tag = el.name.clone();
    let rel = el.value("rel").map(|v| v.into_owned());
    let as_ = el.value("as").map(|v| v.into_owned());
    let fetch = |attr: &str| fetched_as(&tag, attr, rel.as_deref(), as_.as_deref());
    let scripted: Vec<String> = refusals::script_urls(el).into_iter().map(String::from).collect();
    for attr in URL_ATTRIBUTES.into_iter().filter(|a| !scripted.iter().any(|s| s == a)) {
        let Some(written) = el.get(attr) else {
            continue;
        };
        // Read as the browser reads it; most URLs are neither encoded nor rewritten, and
        // are then not copied.
        let original = decode(written, Place::Attribute);
        st.written = (written != original).then(|| written.to_string());
        let new = match env.rewrite_url(&original, route) {
            Ok(url) => {
                st.push_link(env.texts, &tag, attr, (&url, &original), fetch(attr));
                (url != original).then(|| escape(&url, Escape::Quoted).into_owned())
            }
            Err(d) => {
                st.problems.push(d);
                None
            }
        };
        if let Some(new) = new {
            el.set(attr, &new);
        }
    }
    for attr in ["srcset", "imagesrcset"] {
        let Some(srcset) = el.value(attr).map(|v| v.into_owned()) else {
            continue;
        };
        st.written = el.get(attr).filter(|w| *w != srcset).map(String::from);
        let fetch = fetch("srcset").or((attr == "imagesrcset").then_some(Fetch::Image));
        match rewrite_srcset(env, &srcset, route) {
            Ok((new, urls)) => {
                el.set(attr, &escape(&new, Escape::Quoted));
                for (original, url) in urls {
                    st.push_link(env.texts, &tag, "srcset", (&url, &original), fetch);
                }
            }
            Err(d) => st.problems.push(d),
        }
    }
    st.written = None;
    record_animated_urls(env, st, el);
    if let Some(style) = el.value("style").map(|v| v.into_owned()) {
        st.written = el.get("style").filter(|w| *w != style).map(String::from);
        let new = env.rewrite_css(&style, route, &tag, st);
        st.written = None;
        if new != style {
            el.set("style", &escape(&new, Escape::Quoted));
        }
    }
    let pings: Vec<String> = el
        .value("ping")
        .iter()
        .flat_map(|p| p.split_ascii_whitespace())
        .map(String::from)
        .collect();
    for url in pings {
        st.push_link(env.texts, &tag, "ping", (&url, &url), fetch("ping"));
    }
}

/// True for the attributes [`rewrite_attributes`] reads URLs from (or, `attributename`,
/// learns that others hold one).
fn holds_urls(name: &str) -> bool {
    URL_ATTRIBUTES.contains(&name) || matches!(name, "srcset" | "imagesrcset" | "style" | "ping" | "attributename")
}

/// Records the URLs an SVG animation sets (`<set attributeName=href to="...">`), which the
/// browser loads like the `href` they replace.
fn record_animated_urls(env: &RewriteEnv<'_>, st: &mut State, el: &Tag<'_>) {
    let animates_href = el
        .value("attributename")
        .is_some_and(|a| a.trim().to_ascii_lowercase().ends_with("href"));
    if !animates_href || !matches!(&*el.name, "set" | "animate") {
        return;
    }
    for attr in ["to", "from", "values"] {
        let Some(values) = el.value(attr) else { continue };
        for url in values
            .split(';')
            .map(str::trim)
            .filter(|u| !u.is_empty() && !refusals::runs_script(u))
        {
            st.push_link(env.texts, &el.name, "href", (url, url), Some(Fetch::Image));
        }
    }
}
