//! The accessibility statement (`/accessibility/`), made from `[accessibility]` in
//! config.toml and following GOV.UK's model statement (DOMAIN §5.2): compliance with
//! WCAG 2.2 AA, the non-accessible content under the model's headings, how to ask for
//! another format and report a problem, the enforcement procedure, and the legally
//! required "This statement was prepared on ... It was last reviewed on ..." sentence.

use serde::Serialize;

use crate::config::{AccessibilitySettings, Compliance, Config};
use crate::content::front_matter::{Date, toml_date};
use crate::error::Diagnostic;
use crate::i18n::dates::DateView;

/// The statement's facts for a template (`statement`).
#[derive(Debug, Serialize)]
pub struct StatementView<'a> {
    /// `full`, `partial` or `none`.
    pub compliance: &'static str,
    /// An email address for requests and problems, when there is one.
    pub email: Option<&'a str>,
    /// A web page (a contact form) for requests and problems, when there is one.
    pub contact_url: Option<&'a str>,
    /// A phone number, when there is one.
    pub phone: Option<&'a str>,
    /// Working days to reply.
    pub response_days: Option<u32>,
    /// Known problems.
    pub issues: Vec<IssueView<'a>>,
    /// Fixes claimed to be a disproportionate burden.
    pub disproportionate_burden: &'a [String],
    /// Content outside the regulations.
    pub out_of_scope: &'a [String],
    /// When the statement was prepared.
    pub prepared: Option<DateView>,
    /// When it was last reviewed (the prepared day when never reviewed).
    pub reviewed: Option<DateView>,
    /// When the site was last tested.
    pub tested: Option<DateView>,
    /// How it was tested.
    pub test_method: Option<&'a str>,
    /// False until config.toml has an `[accessibility]` table: the draft statement leaves
    /// out the links to other sites.
    pub configured: bool,
}

/// One known problem.
#[derive(Debug, Serialize)]
pub struct IssueView<'a> {
    /// What is wrong, for whom.
    pub problem: &'a str,
    /// The WCAG success criterion it fails.
    pub criterion: Option<&'a str>,
    /// When it will be fixed.
    pub fix_by: Option<DateView>,
}

fn non_empty(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

/// The day of a config date, when it is a bare date.
fn day(value: Option<&toml::value::Datetime>) -> Option<Date> {
    value.and_then(toml_date)
}

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

/// The statement's facts; `date` puts a day into the reader's words.
pub fn statement<'a, E>(
    config: &'a Config,
    mut date: impl FnMut(Date) -> Result<DateView, E>,
) -> Result<StatementView<'a>, E> {
    let a = &config.accessibility;
    let contact = non_empty(&a.contact);
    let is_url = contact.is_some_and(|c| c.starts_with("https://") || c.starts_with("http://"));
    let mut view_of = |value: Option<&toml::value::Datetime>| day(value).map(&mut date).transpose();
    let mut issues = Vec::with_capacity(a.issues.len());
    for issue in &a.issues {
        issues.push(IssueView {
            problem: issue.problem.trim(),
            criterion: non_empty(&issue.criterion),
            fix_by: view_of(issue.fix_by.as_ref())?,
        });
    }
    Ok(StatementView {
        compliance: match a.compliance {
            Compliance::Full => "full",
            Compliance::Partial => "partial",
            Compliance::None => "none",
        },
        email: if is_url { None } else { contact }.or_else(|| non_empty(&config.school.email)),
        contact_url: contact.filter(|_| is_url),
        phone: non_empty(&a.phone).or_else(|| non_empty(&config.school.phone)),
        response_days: a.response_days,
        issues,
        disproportionate_burden: &a.disproportionate_burden,
        out_of_scope: &a.out_of_scope,
        prepared: view_of(a.prepared.as_ref())?,
        reviewed: view_of(a.reviewed.as_ref().or(a.prepared.as_ref()))?,
        tested: view_of(a.tested.as_ref())?,
        test_method: non_empty(&a.test_method),
        configured: a.configured,
    })
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

    #[test]
    fn contact_falls_back_to_the_school() {
        let config = Config::parse(
            "title = \"T\"\nbase_url = \"https://x/\"\n[school]\nemail = \"office@x.sch.uk\"\nphone = \"01234 567890\"\n[accessibility]\ncontact = \"https://x.sch.uk/contact\"\n",
        )
        .unwrap();
        let view = statement(&config, |d| {
            Ok::<_, ()>(DateView {
                iso: d.to_string(),
                text: d.to_string(),
                with_weekday: d.to_string(),
            })
        })
        .unwrap();
        assert_eq!(view.contact_url, Some("https://x.sch.uk/contact"));
        assert_eq!(view.email, Some("office@x.sch.uk"));
        assert_eq!(view.phone, Some("01234 567890"));
        assert_eq!(view.compliance, "partial");
        assert!(view.prepared.is_none());
    }
}
