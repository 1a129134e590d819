//! `[accessibility]`: the facts of the accessibility statement only the school knows.

use serde::{Deserialize, Serialize};

/// Facts for the accessibility statement that only the school knows.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AccessibilitySettings {
    /// True when config.toml has an `[accessibility]` table: until then the statement is
    /// a draft, without the model's dates or its links to other sites.
    #[serde(skip)]
    pub configured: bool,
    /// `full`, `partial` or `none`: compliance with WCAG 2.2 AA.
    pub compliance: Compliance,
    /// Who to contact about an accessibility problem (email address or URL).
    pub contact: String,
    /// A phone number for accessibility requests; the school's when empty.
    pub phone: String,
    /// Working days to reply to a request.
    pub response_days: Option<u32>,
    /// Known problems, each a sentence, with the criterion and a fix date when known.
    pub issues: Vec<KnownIssue>,
    /// Fixes the school claims would be a disproportionate burden, each with its reason.
    pub disproportionate_burden: Vec<String>,
    /// Content not within the scope of the regulations.
    pub out_of_scope: Vec<String>,
    /// When the statement was first prepared.
    pub prepared: Option<toml::value::Datetime>,
    /// When it was last reviewed.
    pub reviewed: Option<toml::value::Datetime>,
    /// When the site was last tested.
    pub tested: Option<toml::value::Datetime>,
    /// How it was tested, and by whom (one sentence).
    pub test_method: String,
}

/// Compliance status against WCAG 2.2 AA, as the model statement words it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Compliance {
    /// Fully compliant.
    Full,
    /// Partially compliant (the honest default until the school has tested).
    #[default]
    Partial,
    /// Not compliant.
    None,
}

/// One non-accessible part of the site.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KnownIssue {
    /// What is wrong, for whom.
    pub problem: String,
    /// The WCAG success criterion, e.g. "1.1.1 Non-text content".
    #[serde(default)]
    pub criterion: String,
    /// When it will be fixed.
    #[serde(default)]
    pub fix_by: Option<toml::value::Datetime>,
}
