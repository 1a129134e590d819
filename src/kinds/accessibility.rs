//! The accessibility statement (`/accessibility/`), made from `[accessibility]` in
//! config.toml and following GOV.UK's model statement (DOMAIN §5.2): compliance with
//! WCAG 2.2 AA, the non-accessible content under the model's headings, how to ask for
//! another format and report a problem, the enforcement procedure, and the legally
//! required "This statement was prepared on ... It was last reviewed on ..." sentence.

use crate::config::AccessibilitySettings;
#[cfg(test)]
use crate::config::Config;
use crate::content::front_matter::toml_date;
use crate::error::Diagnostic;

/// Problems with `[accessibility]` that the statement cannot hide: a date without a day
/// (a bare time) is an error; an `[accessibility]` table without a `prepared` date is a
/// warning, because the model statement's dates are legally required. A site without the
/// table gets the draft statement and no warning (docs/pages.md).
pub fn check(settings: &AccessibilitySettings) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let dates = [
        ("prepared", settings.prepared.as_ref()),
        ("reviewed", settings.reviewed.as_ref()),
        ("tested", settings.tested.as_ref()),
    ];
    let fixes = settings.issues.iter().map(|i| ("fix_by", i.fix_by.as_ref()));
    for (key, value) in dates.into_iter().chain(fixes) {
        if let Some(value) = value.filter(|v| toml_date(v).is_none()) {
            out.push(
                Diagnostic::error(format!("[accessibility] `{key} = {value}` is not a date"))
                    .in_file("config.toml")
                    .hint(format!("write a bare date, e.g. {key} = 2026-09-01")),
            );
        }
    }
    if settings.configured && settings.prepared.is_none() {
        out.push(
            Diagnostic::warning("the accessibility statement has no date: [accessibility] has no `prepared` day")
                .in_file("config.toml")
                .hint("add `prepared = YYYY-MM-DD` (and `reviewed` after each review) under [accessibility]; the model statement must say when it was prepared"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_and_prepared_is_expected() {
        let config =
            Config::parse("title = \"T\"\nbase_url = \"https://x/\"\n[accessibility]\nreviewed = 10:00:00\n").unwrap();
        let found = check(&config.accessibility);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].is_error() && found[0].message.contains("reviewed"));
        assert!(!found[1].is_error() && found[1].message.contains("prepared"));
    }
}
