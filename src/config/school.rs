//! `[school]`: the school's contact details and safeguarding people.

use serde::{Deserialize, Serialize};

/// The school's contact details; every field may be empty and is then left off pages.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct School {
    /// Postal address.
    pub address: String,
    /// Office phone number.
    pub phone: String,
    /// Office email address.
    pub email: String,
    /// Designated Safeguarding Lead.
    pub dsl: String,
    /// Deputy Designated Safeguarding Lead.
    pub deputy_dsl: String,
    /// The local police force's name.
    pub police_force: String,
    /// The local police force's website.
    pub police_url: String,
    /// The local authority's safeguarding team and how to reach it.
    pub safeguarding_team: String,
}
