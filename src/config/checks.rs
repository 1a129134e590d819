//! `[offline]` and `[checks]`: the service worker, and how tunable checks report.

use serde::{Deserialize, Serialize};

/// Offline options (issue 8).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct OfflineSettings {
    /// Whether to register a service worker that keeps visited pages available offline.
    pub service_worker: bool,
}

/// `[checks]`: how the checks a school may tune report (issue 23).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CheckSettings {
    /// The reading-level check of lessons and easy-read pages.
    pub reading_level: ReadingLevel,
}

/// How the reading-level check reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReadingLevel {
    /// Warnings that stay warnings under `--strict` (the default: words are the author's call).
    #[default]
    Warn,
    /// Warnings that `--strict` makes errors, like any other.
    Strict,
    /// Not checked.
    Off,
}
