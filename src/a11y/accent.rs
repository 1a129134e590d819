//! The school's brand colour (`[brand] colour`, DESIGN §12) checked for AA contrast in
//! every text and background pair it takes part in once it is the theme's `--accent`:
//! each rule of the theme's stylesheets that sets both colours with the accent in one of
//! them, and the accent as text on each page background when the theme writes text in it,
//! under the theme and each reading preference; and, at 3:1 (WCAG 1.4.11), wherever it
//! draws a border, focus ring or the mark of a control (`accent_edges`). A colour that
//! fails is one error naming every failing pair with its ratio, and the nearest shade of
//! the colour that passes them all.

use std::collections::{BTreeMap, BTreeSet};

use super::accent_edges::{self, AA_NON_TEXT};
use super::colour::{AA_TEXT as AA, Colour};
use super::contrast::{self, BACKGROUNDS, Pair, Palette, Rule};
use crate::error::Diagnostic;

/// The theme's custom property the brand colour sets.
const ACCENT: &str = "--accent";
/// How many rules are named for one failing pair before the rest are counted.
const NAMED_RULES: usize = 3;

/// One failing combination of colours: what is drawn on what, and the colours.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Failing {
    /// The accent drawn as a border, ring or mark rather than as text or behind it
    /// (3:1, WCAG 1.4.11).
    non_text: bool,
    text: String,
    background: String,
    text_hex: String,
    background_hex: String,
}

/// Where a failing combination is drawn: its ratio, the first reading preference that
/// shows it (none for the theme itself), and the rules.
#[derive(Debug, Default)]
struct Drawn {
    ratio: f64,
    variant: Option<String>,
    places: BTreeSet<String>,
}

/// The error for a brand colour below AA anywhere it is used, or `None` when it passes.
/// `stylesheets` are the theme's (`(site path, text)`).
pub fn check(stylesheets: &[(String, String)], colour: Colour) -> Option<Diagnostic> {
    let theme: Vec<Rule> = stylesheets
        .iter()
        .flat_map(|(path, css)| contrast::rules(path, css))
        .collect();
    let found = failing(&theme, colour);
    if found.is_empty() {
        return None;
    }
    let pairs: Vec<String> = found.iter().map(|(f, drawn)| describe(f, drawn)).collect();
    let below = match (found.keys().any(|f| !f.non_text), found.keys().any(|f| f.non_text)) {
        (true, false) => "the 4.5:1 contrast WCAG AA asks for",
        (false, _) => "the 3:1 contrast WCAG AA asks for borders, focus rings and the marks of controls (1.4.11)",
        (true, true) => {
            "the contrast WCAG AA asks for (4.5:1 for text, 3:1 for borders, focus rings and the marks of controls)"
        }
    };
    let message = format!(
        "[brand] colour {} is below {below} where the theme uses it: {}",
        colour.hex(),
        pairs.join("; ")
    );
    let hint = match nearest_passing(&theme, colour) {
        Some((shade, worst)) => format!(
            "use {shade}, the nearest shade of this colour that passes every pair{least}, or another colour with at least 4.5:1 in each text pair and 3:1 as each border or mark",
            shade = shade.hex(),
            // No text pair takes the accent: only its borders' 3:1 counted.
            least = if worst < 21.0 {
                format!(" ({worst:.2}:1 at the least in a text pair)")
            } else {
                String::new()
            },
        ),
        None => "no shade of this colour passes every pair: choose another colour, or change the theme's --accent-text"
            .into(),
    };
    Some(Diagnostic::error(message).hint(hint))
}

/// Every failing pair under the brand colour, with where each is drawn: text pairs
/// below 4.5:1, the accent as a border or mark below 3:1.
/// A combination a reading preference shares with the theme is named once, for the theme.
fn failing(theme: &[Rule], colour: Colour) -> BTreeMap<Failing, Drawn> {
    let rules = with_accent(theme, colour);
    let palettes = contrast::palettes(&rules);
    let mut pairs: BTreeSet<Pair> = contrast::pairs_of(&rules).into_iter().collect();
    pairs.extend(palettes.iter().flat_map(|(_, p)| contrast::page_pairs(p)));
    if rules.iter().any(writes_in_accent) {
        pairs.extend(accent_on_backgrounds());
    }
    let edges: BTreeSet<Pair> = accent_edges::pairs(&rules, ACCENT).into_iter().collect();
    let mut found: BTreeMap<Failing, Drawn> = BTreeMap::new();
    for (pairs, needs) in [(&pairs, AA), (&edges, AA_NON_TEXT)] {
        for pair in pairs {
            for (variant, palette) in &palettes {
                if let Some((key, ratio)) = below(pair, palette, needs) {
                    let drawn = found.entry(key).or_insert_with(|| Drawn {
                        ratio,
                        variant: variant.clone(),
                        places: BTreeSet::new(),
                    });
                    drawn.places.insert(match pair.line {
                        0 => pair.selector.clone(),
                        line => format!("`{}` in {} line {line}", pair.selector, pair.sheet),
                    });
                }
            }
        }
    }
    // A border on colours that already fail as text is that same failure, fixed the same way.
    let as_text: BTreeSet<(String, String)> = found
        .keys()
        .filter(|f| !f.non_text)
        .map(|f| (f.text_hex.clone(), f.background_hex.clone()))
        .collect();
    found.retain(|f, _| !f.non_text || !as_text.contains(&(f.text_hex.clone(), f.background_hex.clone())));
    found
}

/// The theme's rules with the brand colour set as the accent.
fn with_accent(theme: &[Rule], colour: Colour) -> Vec<Rule> {
    let mut rules = theme.to_vec();
    rules.push(Rule {
        selector: ":root".into(),
        declarations: vec![(ACCENT.into(), colour.hex())],
        sheet: "/brand.css".into(),
        line: 1,
    });
    rules
}

/// The pair as a failing combination with its ratio, when it takes the accent and its
/// ratio under `palette` is below `needs`.
fn below(pair: &Pair, palette: &Palette, needs: f64) -> Option<(Failing, f64)> {
    if !uses_accent(pair, palette) {
        return None;
    }
    let text = contrast::resolve(&pair.text, palette).ok()?;
    let background = contrast::background(pair, palette).ok()?;
    let ratio = text.contrast(background);
    let key = Failing {
        non_text: needs < AA,
        text: name(&pair.text),
        background: name(&pair.background),
        text_hex: text.hex(),
        background_hex: background.hex(),
    };
    (ratio < needs).then_some((key, ratio))
}

/// True for a rule that writes text in the accent colour (`color: var(--accent)`).
fn writes_in_accent(rule: &Rule) -> bool {
    rule.declarations
        .iter()
        .any(|(k, v)| k == "color" && accent_edges::takes(v, ACCENT))
}

/// The accent as text on each page background.
fn accent_on_backgrounds() -> impl Iterator<Item = Pair> {
    BACKGROUNDS.iter().map(|b| Pair {
        text: format!("var({ACCENT})"),
        background: format!("var({b})"),
        sheet: String::new(),
        line: 0,
        selector: format!("text in the accent colour on {b}"),
    })
}

/// True when the pair's colours under `palette` change with the accent.
fn uses_accent(pair: &Pair, palette: &Palette) -> bool {
    let Some(accent) = palette.get(ACCENT) else {
        return false;
    };
    let with = |value: &str| {
        let mut p = palette.clone();
        p.insert(
            ACCENT.into(),
            contrast::Defined {
                value: value.into(),
                ..accent.clone()
            },
        );
        (
            contrast::resolve(&pair.text, &p).ok(),
            contrast::background(pair, &p).ok(),
        )
    };
    with("#000000") != with("#ffffff")
}

/// `var(--accent)` as "the brand colour", other custom properties by name.
fn name(value: &str) -> String {
    let value = value.trim();
    if value == format!("var({ACCENT})") {
        return "the brand colour".into();
    }
    value
        .strip_prefix("var(")
        .and_then(|v| v.strip_suffix(')'))
        .map_or_else(|| format!("`{value}`"), str::to_string)
}

fn describe(f: &Failing, drawn: &Drawn) -> String {
    let more = drawn.places.len().saturating_sub(NAMED_RULES);
    let mut named = drawn
        .places
        .iter()
        .take(NAMED_RULES)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if more > 0 {
        named.push_str(&format!(" and {more} more"));
    }
    // Rounded down, so a ratio just under 4.5 never reads as 4.50.
    let ratio = (drawn.ratio * 100.0).floor() / 100.0;
    let drawn_as = if f.non_text { " as a border or mark" } else { "" };
    format!(
        "{} ({}){drawn_as} on {} ({}) has {ratio:.2}:1{} ({named})",
        f.text,
        f.text_hex,
        f.background,
        f.background_hex,
        contrast::when(drawn.variant.as_deref()),
    )
}

/// The nearest shade of `colour` (mixed towards black or white, the least that does)
/// that passes every pair, and its lowest ratio.
fn nearest_passing(theme: &[Rule], colour: Colour) -> Option<(Colour, f64)> {
    let mix = |towards: f64, t: f64| {
        let c = |v: u8| (f64::from(v) + (towards - f64::from(v)) * t).round() as u8;
        Colour {
            r: c(colour.r),
            g: c(colour.g),
            b: c(colour.b),
        }
    };
    let shade = (1..=100)
        .flat_map(|step| [mix(0.0, f64::from(step) / 100.0), mix(255.0, f64::from(step) / 100.0)])
        .find(|c| failing(theme, *c).is_empty())?;
    Some((shade, lowest_ratio(theme, shade)))
}

/// The lowest ratio of any pair the accent takes part in (every pair passing).
fn lowest_ratio(theme: &[Rule], colour: Colour) -> f64 {
    let rules = with_accent(theme, colour);
    let palettes = contrast::palettes(&rules);
    let mut pairs: Vec<Pair> = contrast::pairs_of(&rules);
    if rules.iter().any(writes_in_accent) {
        pairs.extend(accent_on_backgrounds());
    }
    pairs
        .iter()
        .flat_map(|pair| palettes.iter().map(move |(_, p)| (pair, p)))
        .filter(|(pair, p)| uses_accent(pair, p))
        .filter_map(|(pair, p)| {
            Some(
                contrast::resolve(&pair.text, p)
                    .ok()?
                    .contrast(contrast::background(pair, p).ok()?),
            )
        })
        .fold(21.0, f64::min)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme() -> Vec<(String, String)> {
        vec![(
            "/haven.css".to_string(),
            ":root { --text: #1d1d1f; --background: #ffffff; --surface: #f3f5f9; --accent: #0b4f6c; --accent-text: #ffffff; }\n\
             .button { background: var(--accent); color: var(--accent-text); }\n\
             .menu { background: var(--background); color: var(--accent); }\n\
             .plain { background: var(--surface); color: var(--text); }"
                .to_string(),
        )]
    }

    #[test]
    fn a_pale_colour_with_dark_text_on_it_fails_only_as_a_border() {
        let sheets = vec![(
            "/haven.css".to_string(),
            ":root { --text: #1d1d1f; --background: #ffffff; --surface: #f3f5f9; --accent: #0b4f6c; --accent-text: #1d1d1f; }\n\
             .button { background: var(--accent); color: var(--accent-text); }\n\
             .box { border: 2px solid var(--accent); background: var(--surface); color: var(--text); }"
                .to_string(),
        )];
        let gold = Colour::read("gold").unwrap();
        assert!(
            gold.contrast(Colour::read("#1d1d1f").unwrap()) >= AA,
            "the text pair passes"
        );
        let d = check(&sheets, gold).expect("gold as a border on white is below 3:1");
        assert!(d.message.contains("below the 3:1 contrast"), "{}", d.message);
        assert!(
            d.message
                .contains("the brand colour (#ffd700) as a border or mark on --background (#ffffff) has 1.40:1"),
            "{}",
            d.message
        );
        assert!(d.message.contains("`.box` in /haven.css line 3"), "{}", d.message);
        assert!(!d.message.contains(".button"), "{}", d.message);
        let hint = d.hint.unwrap();
        let shade = Colour::read(hint.split_whitespace().nth(1).unwrap().trim_end_matches(',')).unwrap();
        assert!(check(&sheets, shade).is_none(), "the shade offered passes: {hint}");
        assert!(
            shade.contrast(Colour::read("#f3f5f9").unwrap()) >= AA_NON_TEXT,
            "{hint}"
        );
        assert!(
            shade.contrast(Colour::read("#f3f5f9").unwrap()) < AA,
            "a border needs 3:1, not 4.5:1: {hint}"
        );
    }

    #[test]
    fn a_dark_school_colour_passes() {
        assert_eq!(check(&theme(), Colour::read("#1d4d2b").unwrap()), None);
    }

    #[test]
    fn a_pale_colour_names_each_pair_its_ratio_and_a_passing_shade() {
        let d = check(&theme(), Colour::read("gold").unwrap()).expect("gold on white fails");
        assert!(d.is_error());
        assert!(d.message.contains("[brand] colour #ffd700"), "{}", d.message);
        assert!(
            d.message.contains(
                "--accent-text (#ffffff) on the brand colour (#ffd700) has 1.40:1 (`.button` in /haven.css line 2)"
            ),
            "{}",
            d.message
        );
        assert!(
            d.message
                .contains("the brand colour (#ffd700) on --background (#ffffff) has 1.40:1"),
            "{}",
            d.message
        );
        assert!(
            !d.message.contains(".plain"),
            "pairs without the accent are not named: {}",
            d.message
        );
        let hint = d.hint.unwrap();
        let shade = hint.split_whitespace().nth(1).unwrap().trim_end_matches(',');
        let shade = Colour::read(shade).unwrap();
        assert!(shade.contrast(Colour::read("#ffffff").unwrap()) >= AA, "{hint}");
        assert!(check(&theme(), shade).is_none(), "the shade offered passes: {hint}");
        // The hardest pair: the accent as text on the paler grey surface.
        let least = Colour::read("#ffd700")
            .unwrap()
            .with_contrast_on(Colour::read("#f3f5f9").unwrap(), AA);
        assert_eq!(shade, least, "the least darkening that passes: {hint}");
    }
}
