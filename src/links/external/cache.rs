//! `.haven/link-cache.json` (DESIGN §9): good results with the time they were checked, so
//! a result younger than `links.cache_max_age` is reused without a request. Broken and
//! unverified results are never stored. The file is written to a temporary file and
//! renamed over the old one, so a crash leaves either the old cache or the new one; a
//! cache that cannot be read is ignored with a warning, never fatal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The cache file, relative to the site root.
pub const CACHE_FILE: &str = ".haven/link-cache.json";
const VERSION: u32 = 1;

/// One good result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// When it was checked, in seconds since 1970 (UTC).
    pub checked: u64,
    /// The final HTTP status.
    pub status: u16,
    /// Where it moved permanently, with the redirect's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved: Option<(u16, String)>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CacheFile {
    version: u32,
    links: BTreeMap<String, Entry>,
}

/// The link cache of one site.
#[derive(Debug)]
pub struct LinkCache {
    path: PathBuf,
    links: BTreeMap<String, Entry>,
    max_age: Duration,
}

/// Seconds since 1970 by the real clock (not `--date`: freshness is about the web now).
pub fn now_seconds() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl LinkCache {
    /// Reads the cache of the site at `root`. A missing file is an empty cache; an
    /// unreadable one is an empty cache and a warning saying why.
    pub fn load(root: &Path, max_age: Duration) -> (Self, Option<String>) {
        let path = root.join(CACHE_FILE);
        let mut cache = Self {
            path,
            links: BTreeMap::new(),
            max_age,
        };
        let text = match std::fs::read_to_string(&cache.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (cache, None),
            Err(e) => return (cache, Some(format!("cannot read the link cache {CACHE_FILE}: {e}"))),
        };
        match serde_json::from_str::<CacheFile>(&text) {
            Ok(file) if file.version == VERSION => {
                cache.links = file.links;
                (cache, None)
            }
            Ok(file) => (
                cache,
                Some(format!(
                    "{CACHE_FILE} is version {}; starting a new cache",
                    file.version
                )),
            ),
            Err(e) => (
                cache,
                Some(format!(
                    "the link cache {CACHE_FILE} is damaged ({e}); ignoring it, so every external link is checked again"
                )),
            ),
        }
    }

    /// The stored result for `url`, when it is younger than `cache_max_age` at `now`.
    pub fn fresh(&self, url: &str, now: u64) -> Option<&Entry> {
        self.links
            .get(url)
            .filter(|e| now.saturating_sub(e.checked) < self.max_age.as_secs() && e.checked <= now)
    }

    /// Stores a good result.
    pub fn store(&mut self, url: &str, entry: Entry) {
        self.links.insert(url.to_string(), entry);
    }

    /// Writes the cache, dropping stale entries: to a temporary file, then renamed.
    pub fn save(&mut self, now: u64) -> Result<()> {
        let max_age = self.max_age.as_secs();
        self.links.retain(|_, e| now.saturating_sub(e.checked) < max_age);
        let file = CacheFile {
            version: VERSION,
            links: std::mem::take(&mut self.links),
        };
        let json = serde_json::to_string_pretty(&file);
        self.links = file.links;
        let json = json.map_err(|e| Error::Internal(format!("could not write the link cache: {e}")))?;
        let folder = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(folder).map_err(|e| Error::io("create", folder, e))?;
        let temp = folder.join(format!("link-cache.json.{}.tmp", std::process::id()));
        std::fs::write(&temp, json).map_err(|e| Error::io("write", &temp, e))?;
        std::fs::rename(&temp, &self.path).map_err(|e| {
            let _ = std::fs::remove_file(&temp);
            Error::io("replace", &self.path, e)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: u64 = 86_400;

    fn entry(checked: u64) -> Entry {
        Entry {
            checked,
            status: 200,
            moved: None,
        }
    }

    #[test]
    fn fresh_results_are_reused_and_stale_ones_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let (mut cache, warning) = LinkCache::load(dir.path(), Duration::from_secs(7 * DAY));
        assert!(warning.is_none());
        cache.store("https://a.uk/", entry(100 * DAY));
        cache.store("https://old.uk/", entry(90 * DAY));
        assert!(cache.fresh("https://a.uk/", 106 * DAY).is_some());
        assert!(cache.fresh("https://a.uk/", 107 * DAY).is_none());
        cache.save(101 * DAY).unwrap();
        let (again, _) = LinkCache::load(dir.path(), Duration::from_secs(7 * DAY));
        assert!(again.fresh("https://a.uk/", 101 * DAY).is_some());
        assert!(
            !again.links.contains_key("https://old.uk/"),
            "stale entries are dropped"
        );
        let leftovers = std::fs::read_dir(dir.path().join(".haven")).unwrap().count();
        assert_eq!(leftovers, 1, "only the cache file remains");
    }

    #[test]
    fn a_damaged_cache_is_ignored_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".haven")).unwrap();
        std::fs::write(dir.path().join(CACHE_FILE), "{\"version\": 1, \"links\": {").unwrap();
        let (cache, warning) = LinkCache::load(dir.path(), Duration::from_secs(DAY));
        assert!(cache.links.is_empty());
        assert!(warning.unwrap().contains("damaged"));
    }
}
