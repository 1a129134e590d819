//! The image cache, `.haven/images/` in the site: re-encoded images keyed by a hash of
//! their bytes, format and haven's encoding settings, so an unchanged image is never
//! re-encoded. Entries are written whole into a temporary folder and renamed into place;
//! a damaged entry is simply made again.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

use super::encode::{DISPLAY_WIDTH, Encoded, Format, Sizes, VARIANT_WIDTHS};
use crate::error::{Error, Result};

/// Bump when the encoding changes, so old entries are not reused.
const ENCODING_VERSION: u32 = 1;

/// A cache entry's name: the hash of an image's bytes and how it is encoded.
pub type CacheKey = String;

/// What an entry records beside its files.
#[derive(Debug, Serialize, Deserialize)]
struct Meta {
    sizes: Sizes,
}

/// The cache folder of a site.
#[derive(Debug, Clone)]
pub struct ImageCache {
    dir: PathBuf,
}

/// Names temporary folders uniquely within this run.
static TEMP_COUNTER: AtomicUsize = AtomicUsize::new(0);

impl ImageCache {
    /// The cache of the site at `root`.
    pub fn new(root: &Path) -> Self {
        ImageCache {
            dir: root.join(".haven").join("images"),
        }
    }

    /// The key of `bytes` published as `format`.
    pub fn key(bytes: &[u8], format: Format) -> CacheKey {
        let mut hasher = blake3::Hasher::new();
        let settings = format!("haven-images {ENCODING_VERSION} {format:?} {DISPLAY_WIDTH} {VARIANT_WIDTHS:?}\n");
        hasher.update(settings.as_bytes());
        hasher.update(bytes);
        hasher.finalize().to_hex()[..32].to_string()
    }

    /// The sizes of a complete entry, or `None` when it is missing or damaged.
    pub fn sizes(&self, key: &str) -> Option<Sizes> {
        let text = std::fs::read_to_string(self.dir.join(key).join("meta.json")).ok()?;
        let meta: Meta = serde_json::from_str(&text).ok()?;
        let complete = (0..=meta.sizes.variants.len()).all(|i| self.file(key, i).is_file());
        complete.then_some(meta.sizes)
    }

    /// The file of an entry: 0 is the published image, 1.. its variants in order.
    pub fn file(&self, key: &str, index: usize) -> PathBuf {
        self.dir.join(key).join(format!("{index}.img"))
    }

    /// Stores an encoded image under `key`.
    pub fn put(&self, key: &str, encoded: &Encoded) -> Result<()> {
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = self.dir.join(format!(".{key}.{}.{n}", std::process::id()));
        let write = |name: String, bytes: &[u8]| {
            let path = temp.join(name);
            std::fs::write(&path, bytes).map_err(|e| Error::io("write", &path, e))
        };
        std::fs::create_dir_all(&temp).map_err(|e| Error::io("create", &temp, e))?;
        write("0.img".into(), &encoded.full)?;
        for (i, bytes) in encoded.variants.iter().enumerate() {
            write(format!("{}.img", i + 1), bytes)?;
        }
        let meta = Meta {
            sizes: encoded.sizes.clone(),
        };
        let json = serde_json::to_string(&meta).map_err(|e| Error::Internal(format!("image cache: {e}")))?;
        write("meta.json".into(), json.as_bytes())?;
        let entry = self.dir.join(key);
        if entry.exists() {
            // A damaged entry, or another build got there first: replace it.
            let _ = std::fs::remove_dir_all(&entry);
        }
        if std::fs::rename(&temp, &entry).is_err() {
            let _ = std::fs::remove_dir_all(&temp);
        }
        Ok(())
    }

    /// Removes entries no longer used by the site, so the cache does not grow forever.
    pub fn prune(&self, keep: &HashSet<&str>) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !name.starts_with('.') && !keep.contains(name.as_ref()) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_bytes_and_format() {
        let a = ImageCache::key(b"abc", Format::Png);
        assert_eq!(a, ImageCache::key(b"abc", Format::Png));
        assert_ne!(a, ImageCache::key(b"abd", Format::Png));
        assert_ne!(a, ImageCache::key(b"abc", Format::Jpeg));
        assert_eq!(a.len(), 32);
    }

    #[test]
    fn entries_round_trip_and_prune() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ImageCache::new(dir.path());
        let encoded = Encoded {
            sizes: Sizes {
                width: 2,
                height: 1,
                variants: vec![(1, 1)],
            },
            full: b"full".to_vec(),
            variants: vec![b"small".to_vec()],
        };
        assert_eq!(cache.sizes("k1"), None);
        cache.put("k1", &encoded).unwrap();
        assert_eq!(cache.sizes("k1"), Some(encoded.sizes.clone()));
        assert_eq!(std::fs::read(cache.file("k1", 1)).unwrap(), b"small");
        std::fs::remove_file(cache.file("k1", 1)).unwrap();
        assert_eq!(cache.sizes("k1"), None, "a damaged entry is a miss");
        cache.put("k2", &encoded).unwrap();
        cache.prune(&HashSet::from(["k2"]));
        assert!(!dir.path().join(".haven/images/k1").exists());
        assert!(cache.sizes("k2").is_some());
    }
}
