//! Page kinds (DESIGN §4): what a page is follows from where its file is, and each kind
//! has its own `[extra]` keys and template.

pub mod accessibility;
pub mod curriculum;
pub mod lessons;
pub mod links;
pub mod policy;
pub mod posters;
pub mod qr;
pub mod report;
pub mod sid;

use crate::config::Config;
use crate::content::Library;
use crate::content::front_matter::Date;
use crate::error::Diagnostic;

/// The checks of the kinds run once per build: overdue policy reviews, the accessibility
/// statement's facts, and poster rules too long for one sheet.
pub fn check(config: &Config, library: &Library, today: Date) -> Vec<Diagnostic> {
    let default_lang = &config.default_language().code;
    let mut found = policy::overdue_reviews(library, default_lang, today);
    found.extend(sid::past_hub(library, default_lang, today));
    found.extend(accessibility::check(&config.accessibility));
    found.extend(posters::overfull(library));
    found
}
