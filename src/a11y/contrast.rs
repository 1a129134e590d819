//! The theme's colour pairs checked for AA contrast (WCAG 2.2, 1.4.3: 4.5:1 for text),
//! computed from the written stylesheets: the custom properties of `:root` give the
//! colours; every rule that sets both `color` and a background is a pair, and so is every
//! text colour on every page background (`TEXT` x `BACKGROUNDS`). Rules that override the
//! colours on `:root` or `html` with a condition (a reading preference such as
//! `:root[data-reading-background="cream"]`) are checked as a variant of their own.

use std::collections::{BTreeMap, BTreeSet};

use super::colour::{AA_TEXT as AA, Colour};
use crate::error::Diagnostic;

/// The custom properties used for text on a page's own backgrounds.
const TEXT: [&str; 4] = ["--text", "--muted", "--link", "--link-visited"];
/// The custom properties of a page's backgrounds.
const BACKGROUNDS: [&str; 3] = ["--background", "--surface", "--notice"];

/// One rule of a stylesheet: its selector and declarations, outside `@media print`.
#[derive(Debug, Clone)]
struct Rule {
    selector: String,
    declarations: Vec<(String, String)>,
}

/// The rules of a stylesheet, nested blocks flattened, print-only rules left out.
fn rules(css: &str) -> Vec<Rule> {
    let css = without_comments(css);
    let mut out = Vec::new();
    let mut preludes: Vec<String> = Vec::new();
    let mut text = String::new();
    for c in css.chars() {
        match c {
            '{' => preludes.push(std::mem::take(&mut text).trim().to_string()),
            '}' => {
                let selector = preludes.pop().unwrap_or_default();
                let printing = preludes.iter().any(|p| p.starts_with("@media") && p.contains("print"));
                if !selector.starts_with('@') && !printing && !text.trim().is_empty() {
                    out.push(Rule {
                        selector,
                        declarations: declarations(&text),
                    });
                }
                text.clear();
            }
            _ => text.push(c),
        }
    }
    out
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

fn declarations(block: &str) -> Vec<(String, String)> {
    block
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .map(|(k, v)| {
            (
                k.trim().to_ascii_lowercase(),
                v.trim().trim_end_matches("!important").trim().to_string(),
            )
        })
        .collect()
}

/// A set of colour custom properties: the theme's, or the theme's with a variant's on top.
type Palette = BTreeMap<String, String>;

/// True for a rule that sets custom properties for the whole page.
fn is_root(selector: &str) -> bool {
    selector.split(',').all(|s| {
        let s = s.trim();
        s.starts_with(":root") || s.starts_with("html")
    })
}

/// The theme's palette, then each variant (`(selector, palette)`) that overrides it.
fn palettes(rules: &[Rule]) -> Vec<(Option<String>, Palette)> {
    let custom = |r: &Rule| -> Palette {
        r.declarations
            .iter()
            .filter(|(k, _)| k.starts_with("--"))
            .cloned()
            .collect()
    };
    let mut base = Palette::new();
    let mut variants: BTreeMap<String, Palette> = BTreeMap::new();
    for rule in rules.iter().filter(|r| is_root(&r.selector)) {
        let vars = custom(rule);
        if vars.is_empty() {
            continue;
        }
        if rule.selector.trim() == ":root" || rule.selector.trim() == "html" {
            base.extend(vars);
        } else {
            variants.entry(rule.selector.clone()).or_default().extend(vars);
        }
    }
    let mut out = vec![(None, base.clone())];
    for (selector, vars) in variants {
        let mut palette = base.clone();
        palette.extend(vars);
        out.push((Some(selector), palette));
    }
    out
}

/// The colour a value stands for under `palette`, following `var(--x, fallback)`.
fn resolve(value: &str, palette: &Palette) -> Option<Colour> {
    let mut value = value.trim().to_string();
    for _ in 0..8 {
        let Some(inner) = value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) else {
            return Colour::parse(&value);
        };
        let (name, fallback) = inner.split_once(',').map_or((inner, None), |(n, f)| (n, Some(f)));
        value = palette
            .get(name.trim())
            .cloned()
            .or(fallback.map(|f| f.trim().to_string()))?;
    }
    None
}

/// A text colour and a background as written, and where.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Pair {
    text: String,
    background: String,
    sheet: String,
    selector: String,
}

/// The pairs of one stylesheet: each rule setting both a text colour and a background.
fn pairs_of(sheet: &str, rules: &[Rule]) -> Vec<Pair> {
    rules
        .iter()
        .filter_map(|r| {
            let get = |names: &[&str]| {
                r.declarations
                    .iter()
                    .rev()
                    .find(|(k, _)| names.contains(&k.as_str()))
                    .map(|(_, v)| v.clone())
            };
            Some(Pair {
                text: get(&["color"])?,
                background: get(&["background-color", "background"])?,
                sheet: sheet.to_string(),
                selector: r.selector.clone(),
            })
        })
        .collect()
}

/// The text colours on the page backgrounds, where the palette defines them.
fn page_pairs(palette: &Palette) -> Vec<Pair> {
    let defined = |names: &'static [&'static str]| names.iter().filter(|n| palette.contains_key(**n));
    let mut out = Vec::new();
    for t in defined(&TEXT) {
        for b in defined(&BACKGROUNDS) {
            out.push(Pair {
                text: format!("var({t})"),
                background: format!("var({b})"),
                sheet: "the theme's :root".into(),
                selector: format!("{t} on {b}"),
            });
        }
    }
    out
}

/// One warning per colour pair under AA contrast in the theme or any reading preference.
pub fn check(stylesheets: &[(String, String)]) -> Vec<Diagnostic> {
    let parsed: Vec<(&str, Vec<Rule>)> = stylesheets
        .iter()
        .map(|(path, css)| (path.as_str(), rules(css)))
        .collect();
    let all: Vec<Rule> = parsed.iter().flat_map(|(_, r)| r.iter().cloned()).collect();
    let mut pairs: BTreeSet<Pair> = parsed.iter().flat_map(|(sheet, r)| pairs_of(sheet, r)).collect();
    let palettes = palettes(&all);
    pairs.extend(palettes.iter().flat_map(|(_, p)| page_pairs(p)));
    let mut found = Vec::new();
    for pair in &pairs {
        let colours = |palette: &Palette| Some((resolve(&pair.text, palette)?, resolve(&pair.background, palette)?));
        let theme = colours(&palettes[0].1);
        for (variant, palette) in &palettes {
            // A variant is reported only where it changes the pair's colours.
            let Some((text, background)) = colours(palette).filter(|c| variant.is_none() || Some(*c) != theme) else {
                continue;
            };
            let ratio = text.contrast(background);
            if ratio < AA {
                found.push(low_contrast(pair, variant.as_deref(), text, background, ratio));
            }
        }
    }
    found
}

fn low_contrast(pair: &Pair, variant: Option<&str>, text: Colour, background: Colour, ratio: f64) -> Diagnostic {
    let when = variant.map_or(String::new(), |v| format!(" with the reading preference `{v}`"));
    Diagnostic::warning(format!(
        "text {} ({}) on {} ({}) has contrast {ratio:.2}:1{when}, below the 4.5:1 WCAG AA asks for; in {} `{}`",
        pair.text,
        text.hex(),
        pair.background,
        background.hex(),
        pair.sheet,
        pair.selector,
    ))
    .hint("darken the text colour or lighten the background (or the other way round) in the theme's custom properties until the ratio is at least 4.5:1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(css: &str) -> Vec<(String, String)> {
        vec![("/theme.css".to_string(), css.to_string())]
    }

    #[test]
    fn the_bundled_theme_passes() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static");
        let mut theme = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "css") {
                theme.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
            }
        }
        assert!(theme.len() >= 4, "the theme's stylesheets");
        assert_eq!(check(&theme), Vec::new());
    }

    #[test]
    fn pale_text_on_the_page_is_found_by_its_custom_property() {
        let found = check(&sheet(
            ":root { --text: #1d1d1f; --muted: #999999; --background: #fff; }",
        ));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .contains("var(--muted) (#999999) on var(--background) (#ffffff) has contrast 2.85:1"),
            "{}",
            found[0].message
        );
        assert!(!found[0].is_error(), "a warning, an error only under --strict");
    }

    #[test]
    fn a_rule_with_both_colours_is_a_pair_even_through_a_fallback() {
        let found = check(&sheet(
            ":root { --accent: #7fb3d5; }\n/* a button */\n@media (min-width: 40rem) { .button { color: #fff; background: var(--accent); } }\n@media print { .x { color: #eee; background: #fff; } }",
        ));
        assert_eq!(found.len(), 1, "print rules are left out: {found:?}");
        assert!(found[0].message.contains("`.button`"));
    }

    #[test]
    fn reading_preferences_are_checked_as_variants() {
        let found = check(&sheet(
            ":root { --text: #1d1d1f; --background: #ffffff; }\n:root[data-reading-background=\"dark\"] { --background: #333333; }",
        ));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .contains("with the reading preference `:root[data-reading-background=\"dark\"]`")
        );
    }
}
