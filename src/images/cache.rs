//! The image cache, `.haven/images/` in the site: re-encoded images keyed by a hash of
//! their bytes, format and haven's encoding settings, so an unchanged image is never
//! re-encoded. Entries are written whole into a temporary folder and renamed into place.
//! Each entry records the hash of every file it holds, so a damaged entry (a truncated
//! or changed file, an unreadable record) is found, reported and made again, never
//! published.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

use super::encode::{DISPLAY_WIDTH, Encoded, Format, Sizes, VARIANT_WIDTHS};
use super::photo::{PHOTO_COLOURS, WEBP_METHOD, WEBP_QUALITY};
use crate::error::{Error, Result};

/// Bump when the encoding or the entries change, so old entries are not reused.
const ENCODING_VERSION: u32 = 3;

/// A cache entry's name: the hash of an image's bytes and how it is encoded.
pub type CacheKey = String;

/// What an entry records beside its files.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    sizes: Sizes,
    /// The hash of each file, the published image first, then its variants.
    hashes: Vec<String>,
}

/// What the cache holds for a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// A complete, undamaged entry with these sizes.
    Hit(Sizes),
    /// No entry.
    Miss,
    /// An entry that cannot be used, and why.
    Damaged(String),
}

fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
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

    /// The key of `bytes` published as `format`, with the sidecar's answer to whether it
    /// is a photograph.
    pub fn key(bytes: &[u8], format: Format, photo: Option<bool>) -> CacheKey {
        let mut hasher = blake3::Hasher::new();
        let settings = format!(
            "haven-images {ENCODING_VERSION} {format:?} {DISPLAY_WIDTH} {VARIANT_WIDTHS:?} photo {photo:?} {WEBP_QUALITY} {WEBP_METHOD} {PHOTO_COLOURS}\n"
        );
        hasher.update(settings.as_bytes());
        hasher.update(bytes);
        hasher.finalize().to_hex()[..32].to_string()
    }

    /// Whether the cache folder can be written: a warning saying why not, when it cannot.
    pub fn unusable(&self) -> Option<String> {
        std::fs::create_dir_all(&self.dir)
            .err()
            .map(|e| format!("the image cache {} cannot be used ({e})", self.dir.display()))
    }

    /// The entry of `key`: complete and matching its recorded hashes, missing, or damaged.
    pub fn lookup(&self, key: &str) -> Lookup {
        let entry = self.dir.join(key);
        let text = match std::fs::read_to_string(entry.join("meta.json")) {
            Ok(text) => text,
            Err(_) if !entry.is_dir() => return Lookup::Miss,
            Err(e) => return Lookup::Damaged(format!("its record cannot be read: {e}")),
        };
        let meta: Meta = match serde_json::from_str(&text) {
            Ok(meta) => meta,
            Err(e) => return Lookup::Damaged(format!("its record is damaged: {e}")),
        };
        // How many files a photograph has depends on its format: the plan checks that.
        if meta.hashes.len() < meta.sizes.variants.len() + 1 {
            return Lookup::Damaged("its record does not list every file".into());
        }
        for (index, expected) in meta.hashes.iter().enumerate() {
            match std::fs::read(self.file(key, index)) {
                Ok(bytes) if hash(&bytes) == *expected => {}
                Ok(_) => return Lookup::Damaged(format!("{index}.img has changed")),
                Err(e) => return Lookup::Damaged(format!("{index}.img cannot be read: {e}")),
            }
        }
        Lookup::Hit(meta.sizes)
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
            hashes: std::iter::once(&encoded.full)
                .chain(&encoded.variants)
                .map(|bytes| hash(bytes))
                .collect(),
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
        let a = ImageCache::key(b"abc", Format::Png, None);
        assert_eq!(a, ImageCache::key(b"abc", Format::Png, None));
        assert_ne!(a, ImageCache::key(b"abd", Format::Png, None));
        assert_ne!(a, ImageCache::key(b"abc", Format::Jpeg, None));
        assert_ne!(a, ImageCache::key(b"abc", Format::Png, Some(true)));
        assert_eq!(a.len(), 32);
    }

    fn encoded() -> Encoded {
        Encoded {
            sizes: Sizes {
                width: 2,
                height: 1,
                variants: vec![(1, 1)],
                photo: false,
            },
            full: b"full".to_vec(),
            variants: vec![b"small".to_vec()],
        }
    }

    #[test]
    fn entries_round_trip_and_prune() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ImageCache::new(dir.path());
        let encoded = encoded();
        assert_eq!(cache.lookup("k1"), Lookup::Miss);
        cache.put("k1", &encoded).unwrap();
        assert_eq!(cache.lookup("k1"), Lookup::Hit(encoded.sizes.clone()));
        assert_eq!(std::fs::read(cache.file("k1", 1)).unwrap(), b"small");
        cache.put("k2", &encoded).unwrap();
        cache.prune(&HashSet::from(["k2"]));
        assert!(!dir.path().join(".haven/images/k1").exists());
        assert!(matches!(cache.lookup("k2"), Lookup::Hit(_)));
    }

    #[test]
    fn damaged_entries_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ImageCache::new(dir.path());
        let damaged = |change: &dyn Fn()| {
            cache.put("k", &encoded()).unwrap();
            change();
            match cache.lookup("k") {
                Lookup::Damaged(why) => why,
                other => panic!("{other:?}"),
            }
        };
        let meta = cache.dir.join("k/meta.json");
        assert!(damaged(&|| std::fs::write(cache.file("k", 0), b"fall").unwrap()).contains("0.img has changed"));
        assert!(damaged(&|| std::fs::remove_file(cache.file("k", 1)).unwrap()).contains("1.img cannot be read"));
        assert!(damaged(&|| std::fs::write(&meta, "{").unwrap()).contains("record is damaged"));
        assert!(damaged(&|| std::fs::remove_file(&meta).unwrap()).contains("record cannot be read"));
        let short = "{\"sizes\":{\"width\":2,\"height\":1,\"variants\":[[1,1]]},\"hashes\":[\"x\"]}";
        assert!(damaged(&|| std::fs::write(&meta, short).unwrap()).contains("every file"));
    }

    #[test]
    fn a_cache_folder_that_cannot_be_made_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".haven"), "a file").unwrap();
        let cache = ImageCache::new(dir.path());
        assert!(cache.unusable().is_some());
        assert_eq!(cache.lookup("k"), Lookup::Miss);
        assert!(ImageCache::new(&dir.path().join("site")).unusable().is_none());
    }
}
