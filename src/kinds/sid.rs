//! Safer Internet Day (DESIGN §4, kind `sid`): the next day is the `[extra] date` of
//! `content/sid/_index.md`; every home page carries a banner counting down to it from
//! 42 days before, says "today" on the day, and shows nothing after it.

use crate::content::extra::SidExtra;
use crate::content::front_matter::Date;
use crate::content::{Extra, Library, PageFile, Variant};
use crate::error::Diagnostic;

/// How many days before Safer Internet Day the home pages start counting down.
pub const BANNER_DAYS: i64 = 42;

/// The key of the Safer Internet Day hub section.
pub const HUB: &str = "sid";

/// The next Safer Internet Day: the hub's `[extra] date`, when there is a hub with one.
pub fn next_day(library: &Library, default_lang: &str) -> Option<Date> {
    hub_day(hub_file(library, default_lang)?)
}

/// A Safer Internet Day page's `[extra]`.
pub fn sid_extra(file: &PageFile) -> Option<&SidExtra> {
    match &file.front.extra {
        Extra::Sid(sid) => Some(sid),
        _ => None,
    }
}

fn hub_day(file: &PageFile) -> Option<Date> {
    sid_extra(file)?.date.as_ref().map(|d| *d.get_ref())
}

/// The hub's file in the default language.
fn hub_file<'a>(library: &'a Library, default_lang: &str) -> Option<&'a PageFile> {
    library.sections.get(HUB)?.versions.get(Variant::Standard, default_lang)
}

/// A warning when the hub's day has passed: its page still reads as the next one, and no
/// home page counts down, until the school gives the next date.
pub fn past_hub(library: &Library, default_lang: &str, today: Date) -> Option<Diagnostic> {
    let file = hub_file(library, default_lang)?;
    let day = hub_day(file).filter(|day| *day < today)?;
    let d = Diagnostic::warning(format!(
        "the Safer Internet Day hub gives {day}, which is before the build day {today}"
    ))
    .hint(format!(
        "set `date` to the next Safer Internet Day (in February), and keep this one as content/sid/{}.md",
        day.year()
    ));
    let at = sid_extra(file)?.date.as_ref()?.span().start;
    Some(file.at_front_line(d, at))
}

/// How many days are left on `today` until `day` while the banner shows: from
/// [`BANNER_DAYS`] down to 0 on the day itself; `None` before and after.
pub fn days_to_go(today: Date, day: Date) -> Option<i64> {
    let days = i64::from(today.until(day).ok()?.get_days());
    (0..=BANNER_DAYS).contains(&days).then_some(days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_countdown_runs_for_42_days_and_stops_after_the_day() {
        let day = date(2027, 2, 9);
        assert_eq!(days_to_go(date(2026, 12, 28), day), None, "43 days before");
        assert_eq!(days_to_go(date(2026, 12, 29), day), Some(42));
        assert_eq!(days_to_go(date(2027, 1, 20), day), Some(20));
        assert_eq!(days_to_go(date(2027, 2, 8), day), Some(1));
        assert_eq!(days_to_go(day, day), Some(0));
        assert_eq!(days_to_go(date(2027, 2, 10), day), None);
    }
}
