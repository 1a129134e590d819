//! The theme's colour pairs checked for AA contrast (WCAG 2.2, 1.4.3: 4.5:1 for text),
//! computed from the written stylesheets: the custom properties of `:root` give the
//! colours; every rule that sets both `color` and a background is a pair, and so is every
//! text colour on every page background (`TEXT` x `BACKGROUNDS`). Rules that override the
//! colours on `:root` or `html` with a condition (a reading preference such as
//! `:root[data-reading-background="cream"]`) are checked as a variant of their own.
//! Colours are read in every CSS syntax (`web::css_read`); a pair whose colour cannot
//! be read as one fixed colour is reported, with its stylesheet and line, never skipped.

use std::collections::{BTreeMap, BTreeSet};

use super::colour::{AA_TEXT as AA, Colour};
use crate::error::Diagnostic;

/// The custom properties used for text on a page's own backgrounds.
const TEXT: [&str; 4] = ["--text", "--muted", "--link", "--link-visited"];
/// The custom properties of a page's backgrounds.
pub(super) const BACKGROUNDS: [&str; 3] = ["--background", "--surface", "--notice"];

/// One rule of a stylesheet: its selector and declarations, outside `@media print`, and
/// the line (from 1) where its block opens.
#[derive(Debug, Clone)]
pub(super) struct Rule {
    pub(super) selector: String,
    pub(super) declarations: Vec<(String, String)>,
    pub(super) sheet: String,
    pub(super) line: usize,
}

/// The rules of the stylesheet `sheet`, nested blocks flattened, print-only rules left out.
pub(super) fn rules(sheet: &str, css: &str) -> Vec<Rule> {
    let css = without_comments(css);
    let mut out = Vec::new();
    let mut preludes: Vec<(String, usize)> = Vec::new();
    let mut text = String::new();
    let mut line = 1;
    for c in css.chars() {
        match c {
            '{' => preludes.push((std::mem::take(&mut text).trim().to_string(), line)),
            '}' => {
                let (selector, line) = preludes.pop().unwrap_or_default();
                let printing = preludes
                    .iter()
                    .any(|(p, _)| p.starts_with("@media") && p.contains("print"));
                if !selector.starts_with('@') && !printing && !text.trim().is_empty() {
                    out.push(Rule {
                        selector,
                        declarations: declarations(&text),
                        sheet: sheet.to_string(),
                        line,
                    });
                }
                text.clear();
            }
            _ => text.push(c),
        }
        line += usize::from(c == '\n');
    }
    out
}

/// The CSS without comments, each comment's line breaks kept so lines still count.
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let comment_end = rest[start + 2..]
            .find("*/")
            .map_or(rest.len(), |end| start + 2 + end + 2);
        out.extend(rest[start..comment_end].chars().filter(|c| *c == '\n'));
        rest = &rest[comment_end..];
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

/// A custom property's value and the rule that sets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Defined {
    pub(super) value: String,
    pub(super) sheet: String,
    pub(super) line: usize,
}

/// A set of colour custom properties: the theme's, or the theme's with a variant's on top.
pub(super) type Palette = BTreeMap<String, Defined>;

/// True for a rule that sets custom properties for the whole page.
fn is_root(selector: &str) -> bool {
    selector.split(',').all(|s| {
        let s = s.trim();
        s.starts_with(":root") || s.starts_with("html")
    })
}

/// The theme's palette, then each variant (`(selector, palette)`) that overrides it.
pub(super) fn palettes(rules: &[Rule]) -> Vec<(Option<String>, Palette)> {
    let custom = |r: &Rule| -> Palette {
        r.declarations
            .iter()
            .filter(|(k, _)| k.starts_with("--"))
            .map(|(k, v)| {
                let defined = Defined {
                    value: v.clone(),
                    sheet: r.sheet.clone(),
                    line: r.line,
                };
                (k.clone(), defined)
            })
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

/// The colour a value stands for under `palette`, every `var(--x, fallback)` in it
/// replaced (`color-mix(in oklch, var(--text), white)` too); or why it is not one colour.
pub(super) fn resolve(value: &str, palette: &Palette) -> Result<Colour, String> {
    let mut value = value.trim().to_string();
    for _ in 0..8 {
        let Some(start) = value.to_ascii_lowercase().find("var(") else {
            return Colour::read(&value);
        };
        let end = closing_paren(&value, start + 4).ok_or_else(|| format!("`{value}` has no closing `)`"))?;
        let inner = &value[start + 4..end];
        let (name, fallback) = inner.split_once(',').map_or((inner, None), |(n, f)| (n, Some(f)));
        let replacement = palette
            .get(name.trim())
            .map(|d| d.value.clone())
            .or(fallback.map(|f| f.trim().to_string()))
            .ok_or_else(|| format!("`{}` is not set in any `:root` rule", name.trim()))?;
        value.replace_range(start..=end, &replacement);
    }
    Err(format!("`{value}`: custom properties nested too deeply to follow"))
}

/// The `)` that closes the parenthesis opened just before `from`.
fn closing_paren(text: &str, from: usize) -> Option<usize> {
    let mut depth = 1;
    for (i, c) in text[from..].char_indices() {
        depth += match c {
            '(' => 1,
            ')' => -1,
            _ => 0,
        };
        if depth == 0 {
            return Some(from + i);
        }
    }
    None
}

/// A text colour and a background as written, and where.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Pair {
    pub(super) text: String,
    pub(super) background: String,
    pub(super) sheet: String,
    pub(super) line: usize,
    pub(super) selector: String,
}

/// Values that leave a colour to another rule (the parent's text, whatever is behind):
/// a rule with one of these is not a pair, and its colours are checked where they are set.
const NOT_SET_HERE: [&str; 8] = [
    "inherit",
    "initial",
    "unset",
    "revert",
    "revert-layer",
    "currentcolor",
    "transparent",
    "none",
];

/// The pairs of one stylesheet: each rule setting both a text colour and a background.
pub(super) fn pairs_of(rules: &[Rule]) -> Vec<Pair> {
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
            let text = get(&["color"])?;
            let background = get(&["background-color", "background"])?;
            let set_here = |v: &str| !NOT_SET_HERE.contains(&v.to_ascii_lowercase().as_str());
            (set_here(&text) && set_here(&background)).then(|| Pair {
                text,
                background,
                sheet: r.sheet.clone(),
                line: r.line,
                selector: r.selector.clone(),
            })
        })
        .collect()
}

/// The text colours on the page backgrounds, where the palette defines them.
pub(super) fn page_pairs(palette: &Palette) -> Vec<Pair> {
    let defined = |names: &'static [&'static str]| names.iter().filter(|n| palette.contains_key(**n));
    let mut out = Vec::new();
    for t in defined(&TEXT) {
        for b in defined(&BACKGROUNDS) {
            let at = &palette[*t];
            out.push(Pair {
                text: format!("var({t})"),
                background: format!("var({b})"),
                sheet: at.sheet.clone(),
                line: at.line,
                selector: format!("{t} on {b}"),
            });
        }
    }
    out
}

/// One warning per colour pair under AA contrast in the theme or any reading preference,
/// and one per pair whose colours cannot be read (never skipped in silence).
pub fn check(stylesheets: &[(String, String)]) -> Vec<Diagnostic> {
    let all: Vec<Rule> = stylesheets.iter().flat_map(|(path, css)| rules(path, css)).collect();
    let mut pairs: BTreeSet<Pair> = pairs_of(&all).into_iter().collect();
    let palettes = palettes(&all);
    pairs.extend(palettes.iter().flat_map(|(_, p)| page_pairs(p)));
    let mut found = Vec::new();
    for pair in &pairs {
        let colours = |palette: &Palette| Ok((resolve(&pair.text, palette)?, background(pair, palette)?));
        let theme: Result<(Colour, Colour), String> = colours(&palettes[0].1);
        for (variant, palette) in &palettes {
            let these = colours(palette);
            // A variant is reported only where it changes the pair's colours.
            if variant.is_some() && these == theme {
                continue;
            }
            match these {
                Ok((text, background)) => {
                    let ratio = text.contrast(background);
                    if ratio < AA {
                        found.push(low_contrast(pair, variant.as_deref(), text, background, ratio));
                    }
                }
                Err(why) => found.push(unreadable(pair, variant.as_deref(), &why)),
            }
        }
    }
    found
}

/// The pair's background colour: a `background` shorthand's colour is its last word that
/// is a colour (`var(--surface) url(x.png) no-repeat`).
pub(super) fn background(pair: &Pair, palette: &Palette) -> Result<Colour, String> {
    let whole = resolve(&pair.background, palette);
    if whole.is_ok() || pair.background.contains('(') && !pair.background.contains("var(") {
        return whole;
    }
    let words = pair.background.split_whitespace().rev();
    words.map(|w| resolve(w, palette)).find(Result::is_ok).unwrap_or(whole)
}

/// " with the reading preference `…`", or nothing for the theme itself.
pub(super) fn when(variant: Option<&str>) -> String {
    variant.map_or(String::new(), |v| format!(" with the reading preference `{v}`"))
}

fn unreadable(pair: &Pair, variant: Option<&str>, why: &str) -> Diagnostic {
    Diagnostic::warning(format!(
        "the contrast of text {} on {} cannot be checked{}: {why}; in {}, line {}, `{}`",
        pair.text,
        pair.background,
        when(variant),
        pair.sheet,
        pair.line,
        pair.selector,
    ))
    .hint("give the text and the background each one fixed colour (any CSS colour syntax), or check this pair by hand and note the ratio")
}

fn low_contrast(pair: &Pair, variant: Option<&str>, text: Colour, background: Colour, ratio: f64) -> Diagnostic {
    Diagnostic::warning(format!(
        "text {} ({}) on {} ({}) has contrast {ratio:.2}:1{}, below the 4.5:1 WCAG AA asks for; in {}, line {}, `{}`",
        pair.text,
        text.hex(),
        pair.background,
        background.hex(),
        when(variant),
        pair.sheet,
        pair.line,
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

    #[test]
    fn custom_properties_inside_colour_functions_resolve_and_the_rest_is_reported() {
        let found = check(&sheet(
            ":root { --text: #1d1d1f; --background: #fff; }\n.a { color: color-mix(in srgb, var(--text) 20%, white); background: var(--background); }\n.b { color: var(--nowhere); background: #fff; }\n.c { color: inherit; background: #fff; }",
        ));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].message.contains("in /theme.css, line 2, `.a`"),
            "{}",
            found[0].message
        );
        assert!(found[0].message.contains("has contrast"), "{}", found[0].message);
        assert!(
            found[1]
                .message
                .contains("`--nowhere` is not set in any `:root` rule; in /theme.css, line 3"),
            "{}",
            found[1].message
        );
    }
}
