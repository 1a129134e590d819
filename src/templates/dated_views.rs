//! The views of kinds that show days in the reader's words: a policy's dates, the
//! home-school agreement's, Safer Internet Day's countdown and day, and the accessibility
//! statement's facts. The rules behind them live in `src/kinds/`; dates are put into words
//! here, so the kinds never need the translations.

use serde::Serialize;

use crate::config::{Compliance, Config};
use crate::content::front_matter::{Date, toml_date};
use crate::i18n::dates::DateView;

/// What a policy page shows about itself (`policy`).
#[derive(Debug, Serialize)]
pub struct PolicyView<'a> {
    /// When it was published.
    pub published: Option<DateView>,
    /// When it is next reviewed.
    pub review: Option<DateView>,
    /// Who agreed it.
    pub agreed_by: Option<&'a str>,
    /// True when the review date has passed.
    pub overdue: bool,
}

/// What the home-school agreement shows about itself (`agreement`). The agreement (DESIGN
/// §4, kind `agreement`) is the school's, the parents' and the learner's commitments,
/// written as the page's sections, with its version and the day it was agreed; the theme
/// prints it on one A4 sheet with signature and date lines. Signing is voluntary (DOMAIN
/// §9.3): nothing is ever gated on it.
#[derive(Debug, Serialize)]
pub struct AgreementView<'a> {
    /// Its version, e.g. "2026.1".
    pub version: Option<&'a str>,
    /// The day it was agreed.
    pub agreed: Option<DateView>,
}

/// The countdown on home pages (`sid_banner`).
#[derive(Debug, Serialize)]
pub struct SidBanner {
    /// The day.
    pub date: DateView,
    /// Days left; 0 on the day.
    pub days_to_go: i64,
    /// The hub for this reader.
    pub path: String,
}

/// A Safer Internet Day page's own day (`sid`): the hub's, or a past year's.
#[derive(Debug, Serialize)]
pub struct SidDay<'a> {
    /// The day, when the page gives one.
    pub date: Option<DateView>,
    /// The year's theme, when the page gives one.
    pub theme: Option<&'a str>,
    /// True while the countdown shows (from 42 days before the day to the day).
    pub counting_down: bool,
    /// Days left while the countdown shows (0 on the day).
    pub days_to_go: Option<i64>,
    /// True once the day has passed.
    pub past: bool,
}

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
