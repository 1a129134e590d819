//! Text that many written pages repeat (the header's links, `../../haven.css`, "EN"),
//! kept once per build. A 3,000-lesson site in three languages writes 15,000 pages whose
//! facts hold half a million URLs, most of them the same few hundred; each page's facts
//! wait for the checks, so owning a copy of every URL per page doubled what the build
//! held at its peak (issue 22).

use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, Mutex, PoisonError};

use rustc_hash::FxBuildHasher;

/// A piece of text shared by every page that has it. Reads as a `&str`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct SharedText(Arc<str>);

impl SharedText {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for SharedText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl From<&str> for SharedText {
    fn from(text: &str) -> Self {
        SharedText(Arc::from(text))
    }
}

/// How many parts the store is split into, each behind its own lock, so the threads
/// writing pages seldom wait for one another.
const PARTS: usize = 16;

/// One part of the store: its texts, found by rustc's Fx hash, eight bytes at a step
/// (short texts, a build's own: a keyed hash's guard against chosen collisions costs more
/// than it saves here; FNV-1a, a byte at a step, was a fortieth of a big build).
type Part = Mutex<HashSet<Arc<str>, FxBuildHasher>>;

/// The texts shared so far in one build, from any number of threads. Dropped with the
/// pass that made them; the texts live on in the facts that hold them.
#[derive(Default)]
pub struct TextStore {
    parts: [Part; PARTS],
    /// The empty text (most links' `written` and many names), shared without a lock.
    empty: SharedText,
}

impl TextStore {
    /// `text`, shared with every earlier use of the same text.
    pub fn share(&self, text: &str) -> SharedText {
        if text.is_empty() {
            return self.empty.clone();
        }
        // A panic elsewhere while the lock was held leaves the set whole: keep using it.
        let mut texts = self.parts[part_of(text)].lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(known) = texts.get(text) {
            return SharedText(Arc::clone(known));
        }
        let new: Arc<str> = Arc::from(text);
        texts.insert(Arc::clone(&new));
        SharedText(new)
    }
}

/// The part of the store that keeps `text`: from its length and last bytes, which differ
/// most between URLs (`../a/`, `../b/`), cheap to read.
fn part_of(text: &str) -> usize {
    let bytes = text.as_bytes();
    let tail = bytes
        .iter()
        .rev()
        .take(4)
        .fold(bytes.len(), |sum, &b| sum.wrapping_mul(31).wrapping_add(b as usize));
    tail % PARTS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_is_kept_once() {
        let store = TextStore::default();
        let a = store.share("../../haven.css");
        let b = store.share("../../haven.css");
        let c = store.share("../haven.css");
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        assert_eq!(a, "../../haven.css");
        assert_eq!(c.as_str(), "../haven.css");
        assert_eq!(store.share(""), "");
    }
}
