//! A start tag's attributes in one spelling: sorted, unquoted where they can be, empty
//! and default values dropped, as the minifier these tests were first written against.

use haven::web::char_refs::Place;

use super::{Element, ampersands, collapsed, is_space, listed};

/// The attributes of a start tag as written back, each with its leading space: quoted
/// ones first, then the rest, each group in name order; empty or default values dropped.
pub(super) fn attributes(el: &Element<'_>) -> String {
    let viewport = el.name == "meta"
        && el
            .attributes
            .iter()
            .any(|(n, v)| n == "name" && v.eq_ignore_ascii_case("viewport"));
    let mut quoted = Vec::new();
    let mut bare = Vec::new();
    for (i, (name, value)) in el.attributes.iter().enumerate() {
        if el.attributes[i + 1..].iter().any(|(later, _)| later == name) {
            continue;
        }
        let value = tidy(&el.name, name, value, viewport);
        let Some(value) = value else { continue };
        let written = if value.is_empty() || listed(BOOLEAN, name) {
            String::new()
        } else {
            quote(&value)
        };
        let group = if written.starts_with(['"', '\'']) {
            &mut quoted
        } else {
            &mut bare
        };
        group.push((name.to_string(), written));
    }
    quoted.sort();
    bare.sort();
    let mut out = String::new();
    for (name, value) in quoted.into_iter().chain(bare) {
        out.push(' ');
        out.push_str(&name);
        if !value.is_empty() {
            out.push('=');
            out.push_str(&value);
        }
    }
    out
}

/// Attributes whose value does not matter, only their presence.
const BOOLEAN: &str = "allowfullscreen async autofocus checked controls crossorigin default defer disabled \
    formnovalidate hidden loop multiple muted nomodule novalidate open playsinline readonly required reversed selected";

/// Attributes that say nothing when empty.
const NOTHING_IF_EMPTY: &str = "action autocomplete charset class colspan content datetime dir enctype height \
    hreflang id lang media method name rel rowspan scope sizes span src srcset start style tabindex target title type width";

/// Values that are what the element does anyway: (element, attribute, value).
const DEFAULTS: [(&str, &str, &str); 12] = [
    ("img", "decoding", "auto"),
    ("img", "loading", "eager"),
    ("iframe", "loading", "eager"),
    ("form", "method", "get"),
    ("form", "enctype", "application/x-www-form-urlencoded"),
    ("form", "target", "_self"),
    ("a", "target", "_self"),
    ("link", "type", "text/css"),
    ("style", "type", "text/css"),
    ("style", "media", "all"),
    ("input", "type", "text"),
    ("button", "type", "submit"),
];

/// An attribute's value as a minifier reads it; `None` when it can go.
fn tidy(element: &str, name: &str, value: &str, viewport: bool) -> Option<String> {
    let mut value = match name {
        "content" if viewport => value.chars().filter(|c| !is_space(*c)).collect(),
        "class" => collapsed(value.trim_matches(is_space)),
        "style" => value.trim_matches(is_space).to_string(),
        "type" if matches!(element, "script" | "button") => value.trim_matches(is_space).to_string(),
        _ => value.to_string(),
    };
    if name == "type" && matches!(element, "input" | "script" | "button") {
        value.make_ascii_lowercase();
    }
    let default = DEFAULTS
        .iter()
        .any(|&(e, a, v)| e == element && a == name && v == value);
    let script =
        element == "script" && name == "type" && matches!(&*value, "text/javascript" | "application/javascript");
    let empty = value.is_empty() && listed(NOTHING_IF_EMPTY, name);
    (!(default || script || empty)).then_some(value)
}

/// What an unquoted value cannot hold as itself (a grave accent as `&#6;`, as the
/// minifier these tests were first written against spelled it).
const UNQUOTED_ESCAPES: [(char, &str); 11] = [
    ('\t', "&#9;"),
    ('\n', "&#10;"),
    ('\x0c', "&#12;"),
    ('\r', "&#13;"),
    (' ', "&#32;"),
    ('"', "&#34;"),
    ('\'', "&#39;"),
    ('=', "&#61;"),
    ('`', "&#6;"),
    ('<', "&lt;"),
    ('>', "&gt;"),
];

/// A value in its shortest spelling: unquoted where it can be, else in the quotes it
/// needs fewer of (double ones on a tie).
fn quote(value: &str) -> String {
    let value = ampersands(value, Place::Attribute);
    let double = format!("\"{}\"", value.replace('"', "&#34;"));
    let single = format!("'{}'", value.replace('\'', "&#39;"));
    let mut bare = String::new();
    for c in value.chars() {
        match UNQUOTED_ESCAPES.iter().find(|(from, _)| *from == c) {
            Some((_, to)) => bare.push_str(to),
            None => bare.push(c),
        }
    }
    let mut best = double;
    if single.len() < best.len() {
        best = single;
    }
    if bare.len() < best.len() {
        best = bare;
    }
    best
}
