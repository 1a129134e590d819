//! Dates as readers read them, in their own language: "Tuesday 9 February 2027",
//! "wtorek, 9 lutego 2027". Weekday and month names and the order of the parts are Fluent
//! messages (`weekday-1` .. `weekday-7`, `month-1` .. `month-12`, `date-day`,
//! `date-weekday`), so a school can change them and a new language needs no code. The day
//! and year are numbers, written in the language's own digits (`languages::digit_set`).

use serde::Serialize;

use super::{Arg, Translations};
use jiff::civil::Date;

/// A date for templates: the machine-readable day and the reader's words for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateView {
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub iso: String,
    /// "9 February 2027" in the reader's language.
    pub text: String,
    /// "Tuesday 9 February 2027" in the reader's language.
    pub with_weekday: String,
}

impl DateView {
    /// `date` in the words of `lang`. Fails only when a date message is missing from the
    /// default language too, or is malformed.
    pub fn new(translations: &Translations, lang: &str, date: Date) -> Result<Self, String> {
        let weekday =
            translations.translate(lang, &format!("weekday-{}", date.weekday().to_monday_one_offset()), &[])?;
        let month = translations.translate(lang, &format!("month-{}", date.month()), &[])?;
        let args = |with_weekday: bool| {
            let mut args = vec![
                // Numbers, so each language writes them in its own digits (`٩`, `৯`).
                ("day".to_string(), Arg::Number(f64::from(date.day()))),
                ("month".to_string(), Arg::Text(month.clone())),
                ("year".to_string(), Arg::Number(f64::from(date.year()))),
            ];
            if with_weekday {
                args.push(("weekday".to_string(), Arg::Text(weekday.clone())));
            }
            args
        };
        Ok(Self {
            iso: date.to_string(),
            text: translations.translate(lang, "date-day", &args(false))?,
            with_weekday: translations.translate(lang, "date-weekday", &args(true))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_use_each_languages_words() {
        let t = crate::i18n::test_translations(&[
            (
                "en",
                "weekday-2 = Tuesday\nmonth-2 = February\ndate-day = { $day } { $month } { $year }\ndate-weekday = { $weekday } { $day } { $month } { $year }\n",
            ),
            (
                "pl",
                "weekday-2 = wtorek\nmonth-2 = lutego\ndate-weekday = { $weekday }, { $day } { $month } { $year }\n",
            ),
        ]);
        let day = jiff::civil::date(2027, 2, 9);
        let en = DateView::new(&t, "en", day).unwrap();
        assert_eq!(en.iso, "2027-02-09");
        assert_eq!(en.text, "9 February 2027");
        assert_eq!(en.with_weekday, "Tuesday 9 February 2027");
        let pl = DateView::new(&t, "pl", day).unwrap();
        assert_eq!(pl.with_weekday, "wtorek, 9 lutego 2027");
        assert_eq!(pl.text, "9 lutego 2027", "the English order, with Polish names");
    }
}
