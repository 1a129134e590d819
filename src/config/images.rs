//! `[images]`: the size budget of every published image file (issue 20; the images
//! stage keeps to it in its `budget` module).

use serde::{Deserialize, Serialize};

/// The budget when config.toml sets none: a 1600 px photograph of a classroom fits in it
/// as JPEG at quality 82, and its phone-sized WebP in a small part of it.
pub const DEFAULT_BUDGET_KB: u64 = 300;

/// `[images]` settings.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ImageSettings {
    /// Each published image file (every format and width) above this many kilobytes
    /// (1000 bytes) is a warning naming it.
    pub budget_kb: u64,
}

impl Default for ImageSettings {
    fn default() -> Self {
        ImageSettings {
            budget_kb: DEFAULT_BUDGET_KB,
        }
    }
}
