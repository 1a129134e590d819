//! Policies (DESIGN §4, kind `policy`): each shows when it was published, when it is next
//! reviewed and who agreed it; a review date before the build day is a warning (an error
//! under `--strict`), because an out-of-date safeguarding policy misleads families.

use crate::content::extra::PolicyExtra;
use crate::content::front_matter::Date;
use crate::content::{Extra, Kind, Library};
use crate::error::Diagnostic;

/// The review date of a policy's `[extra]`, when it has passed on `today`.
pub fn overdue(extra: &PolicyExtra, today: Date) -> Option<Date> {
    extra
        .review
        .as_ref()
        .map(|r| *r.get_ref())
        .filter(|review| *review < today)
}

/// A warning for every policy whose review date is before `today`, at its `review` line.
pub fn overdue_reviews(library: &Library, default_lang: &str, today: Date) -> Vec<Diagnostic> {
    library
        .pages
        .values()
        .filter(|p| p.kind == Kind::Policy)
        .filter_map(|page| {
            let file = page.main_file(default_lang);
            let Extra::Policy(extra) = &file.front.extra else {
                return None;
            };
            let review = overdue(extra, today)?;
            let d = Diagnostic::warning(format!(
                "the policy `{}` was due for review on {review}, before the build day {today}",
                file.front.title
            ))
            .hint("review the policy with its owners, then set `review` to the next review date");
            let at = extra.review.as_ref()?.span().start;
            Some(file.at_front_line(d, at))
        })
        .collect()
}
