//! The brand colour where it draws no text but marks a control or a region: a border,
//! an outline (the focus ring), a checkbox's `accent-color`, an icon's `fill` or
//! `stroke`. WCAG 2.2 1.4.11 (non-text contrast) asks 3:1 between such a mark and the
//! colours beside it: here, each page background around it, and the rule's own
//! background inside it unless that is the accent too (a filled button's border).

use super::contrast::{BACKGROUNDS, Pair, Rule};

/// WCAG 1.4.11's ratio for the parts of controls and graphics that identify them.
pub(super) const AA_NON_TEXT: f64 = 3.0;

/// True for a property that draws a line, a mark or a shape in a colour.
fn draws(property: &str) -> bool {
    property.starts_with("border")
        || property.starts_with("outline")
        || property.starts_with("column-rule")
        || matches!(property, "accent-color" | "fill" | "stroke")
}

/// True when a value takes the custom property `accent` (`var(--accent)`, not
/// `var(--accent-text)`).
pub(super) fn takes(value: &str, accent: &str) -> bool {
    value.contains(&format!("var({accent})")) || value.contains(&format!("var({accent},"))
}

/// The pairs in which `accent` (`--accent`) is drawn as a mark, one per background
/// beside it.
pub(super) fn pairs(rules: &[Rule], accent: &str) -> Vec<Pair> {
    let mut out = Vec::new();
    for rule in rules {
        if !rule.declarations.iter().any(|(k, v)| draws(k) && takes(v, accent)) {
            continue;
        }
        let own = rule
            .declarations
            .iter()
            .rev()
            .find(|(k, _)| k == "background" || k == "background-color")
            .map(|(_, v)| v.clone())
            .filter(|v| !takes(v, accent));
        let around = BACKGROUNDS.iter().map(|b| format!("var({b})"));
        for background in around.chain(own) {
            out.push(Pair {
                text: format!("var({accent})"),
                background,
                sheet: rule.sheet.clone(),
                line: rule.line,
                selector: rule.selector.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(selector: &str, declarations: &[(&str, &str)]) -> Rule {
        Rule {
            selector: selector.into(),
            declarations: declarations
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            sheet: "/haven.css".into(),
            line: 3,
        }
    }

    #[test]
    fn a_border_in_the_accent_is_set_against_the_backgrounds_beside_it() {
        let rules = [
            rule(
                ".box",
                &[("border", "2px solid var(--accent)"), ("background", "#fffdf5")],
            ),
            rule(
                ".button",
                &[("border", "2px solid var(--accent)"), ("background", "var(--accent)")],
            ),
            rule(".plain", &[("border", "1px solid var(--accent-text)")]),
            rule(":focus-visible", &[("outline", "3px solid var(--accent)")]),
        ];
        let found = pairs(&rules, "--accent");
        let of = |s: &str| {
            found
                .iter()
                .filter(|p| p.selector == s)
                .map(|p| p.background.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            of(".box"),
            ["var(--background)", "var(--surface)", "var(--notice)", "#fffdf5"]
        );
        assert_eq!(of(".button"), ["var(--background)", "var(--surface)", "var(--notice)"]);
        assert!(of(".plain").is_empty());
        assert_eq!(of(":focus-visible").len(), 3);
        assert!(found.iter().all(|p| p.text == "var(--accent)"));
    }
}
