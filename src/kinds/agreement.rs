//! The home-school agreement (DESIGN §4, kind `agreement`): the school's, the parents' and
//! the learner's commitments, written as the page's sections, with its version and the day
//! it was agreed; the theme prints it on one A4 sheet with signature and date lines.
//! Signing is voluntary (DOMAIN §9.3): nothing is ever gated on it.

use serde::Serialize;

use crate::i18n::dates::DateView;

/// What the agreement page shows about itself (`agreement`).
#[derive(Debug, Serialize)]
pub struct AgreementView<'a> {
    /// Its version, e.g. "2026.1".
    pub version: Option<&'a str>,
    /// The day it was agreed.
    pub agreed: Option<DateView>,
}
