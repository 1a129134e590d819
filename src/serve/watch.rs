//! Watching the site for `haven serve`: which changed files ask for what to be done
//! again ([`classify`], a plain function), and the watcher itself (the notify crate),
//! which gathers the bursts of events an editor makes when it saves into one batch.
//!
//! Editors that save by writing a temporary file and renaming it over the old one (vim,
//! VS Code, JetBrains) make several events for one save; they arrive within a few
//! milliseconds, so a batch closes once [`QUIET`] passes without another. Their temporary
//! and backup files, hidden files, and everything outside the site's own folders (the
//! output, `.haven/`) are never a change.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::error::{Error, Result};
use crate::files::is_ignored;
use crate::images::is_raster;

/// The site's folders that hold its sources, watched with everything inside them.
pub const FOLDERS: [&str; 6] = ["content", "data", "i18n", "static", "templates", "themes"];

/// How long a batch of events stays open after its last event.
pub const QUIET: Duration = Duration::from_millis(15);
/// The longest a batch stays open, however busy the folder.
const LONGEST: Duration = Duration::from_millis(500);

/// What a batch of changed files asks `haven serve` to do again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rebuild {
    /// Read and render everything again: the config, theme, templates, strings, data,
    /// images, or files beside the pages changed.
    pub everything: bool,
    /// Markdown under `content/` changed, came or went: read the content again and
    /// render what the change touches.
    pub content: bool,
    /// Files under `static/` changed: copy the static files again.
    pub static_files: bool,
    /// The files that changed, relative to the site, for the terminal.
    pub files: BTreeSet<PathBuf>,
}

impl Rebuild {
    /// True when nothing needs doing.
    pub fn is_empty(&self) -> bool {
        !(self.everything || self.content || self.static_files)
    }

    /// Adds another batch's work (changes pile up while a build is failing).
    pub fn merge(&mut self, other: Rebuild) {
        self.everything |= other.everything;
        self.content |= other.content;
        self.static_files |= other.static_files;
        self.files.extend(other.files);
    }
}

/// True for the files editors make beside the one being saved, and hidden files.
pub fn is_editor_file(name: &str) -> bool {
    is_ignored(name)
        || name.ends_with(".swx")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        || name.ends_with(".crswap")
        // vim checks it may write in a folder by making a file named 4913 (or 5036, ...).
        || (!name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()))
}

/// What one changed path (relative to the site) asks for, if anything.
fn classify_one(path: &Path) -> Option<Rebuild> {
    let parts: Vec<&str> = path
        .components()
        .map(|c| match c {
            Component::Normal(name) => name.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let (first, rest) = parts.split_first()?;
    if rest.iter().any(|name| is_editor_file(name)) {
        return None;
    }
    let name = parts.last()?;
    let mut rebuild = Rebuild::default();
    match *first {
        "config.toml" if rest.is_empty() => rebuild.everything = true,
        "content" if name.ends_with(".md") => rebuild.content = true,
        "static" if !rest.is_empty() && has_extension(name) && !is_raster(name) && !name.ends_with(".toml") => {
            rebuild.static_files = true
        }
        // Images and sidecars (consent), files beside pages, folders made, moved or removed.
        folder if FOLDERS.contains(&folder) => rebuild.everything = true,
        _ => return None,
    }
    rebuild.files.insert(path.to_path_buf());
    Some(rebuild)
}

fn has_extension(name: &str) -> bool {
    name.rfind('.').is_some_and(|i| i > 0 && i + 1 < name.len())
}

/// What a batch of changed paths (relative to the site) asks for.
pub fn classify<'a>(paths: impl IntoIterator<Item = &'a Path>) -> Rebuild {
    let mut rebuild = Rebuild::default();
    for change in paths.into_iter().filter_map(classify_one) {
        rebuild.merge(change);
    }
    rebuild
}

/// The site's folders and config, watched for changes.
pub struct Watch {
    root: PathBuf,
    events: Receiver<notify::Result<Event>>,
    watcher: RecommendedWatcher,
    watched: BTreeSet<PathBuf>,
}

/// A batch of changes: paths relative to the site, or a sign that events were lost.
#[derive(Debug, Default)]
pub struct Batch {
    /// Paths that changed, relative to the site.
    pub paths: BTreeSet<PathBuf>,
    /// The system dropped events: look at everything again.
    pub lost: bool,
}

impl Batch {
    /// What the batch asks for.
    pub fn rebuild(&self) -> Rebuild {
        let mut rebuild = classify(self.paths.iter().map(PathBuf::as_path));
        rebuild.everything |= self.lost;
        rebuild
    }
}

fn watch_error(e: notify::Error) -> Error {
    Error::Internal(format!("cannot watch the site's files for changes: {e}"))
}

impl Watch {
    /// Starts watching the site at `root`: the folder itself (for `config.toml` and new
    /// folders) and each of [`FOLDERS`] with everything inside.
    pub fn start(root: &Path) -> Result<Watch> {
        let root = root.canonicalize().map_err(|e| Error::io("find", root, e))?;
        let (sender, events) = channel();
        let mut watcher = notify::recommended_watcher(sender).map_err(watch_error)?;
        watcher.watch(&root, RecursiveMode::NonRecursive).map_err(watch_error)?;
        let mut watch = Watch {
            root,
            events,
            watcher,
            watched: BTreeSet::new(),
        };
        watch.watch_folders();
        Ok(watch)
    }

    /// Watches every source folder that exists and is not watched yet.
    fn watch_folders(&mut self) {
        for folder in FOLDERS {
            let path = self.root.join(folder);
            if path.is_dir() && !self.watched.contains(&path) {
                // A folder that cannot be watched (removed meanwhile) is tried again later.
                if self.watcher.watch(&path, RecursiveMode::Recursive).is_ok() {
                    self.watched.insert(path);
                }
            }
        }
        self.watched.retain(|p| p.is_dir());
    }

    /// Adds one event to the batch.
    fn add(&self, batch: &mut Batch, event: notify::Result<Event>) {
        let event = match event {
            Ok(event) => event,
            Err(_) => {
                batch.lost = true;
                return;
            }
        };
        if event.need_rescan() {
            batch.lost = true;
        }
        // Reading files (haven itself, while building) is not a change.
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        for path in event.paths {
            if let Ok(rel) = path.strip_prefix(&self.root) {
                batch.paths.insert(rel.to_path_buf());
            }
        }
    }

    /// Waits up to `timeout` for a change, then gathers the rest of its burst. `None`
    /// when nothing changed in time. Files being read (by haven itself, building) are not
    /// changes.
    pub fn next(&mut self, timeout: Duration) -> Option<Batch> {
        let deadline = Instant::now() + timeout;
        let first = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.events.recv_timeout(left) {
                Ok(Ok(event)) if matches!(event.kind, EventKind::Access(_)) => continue,
                Ok(event) => break event,
                Err(RecvTimeoutError::Timeout) => return None,
                Err(RecvTimeoutError::Disconnected) => {
                    std::thread::sleep(left);
                    return None;
                }
            }
        };
        let started = Instant::now();
        let mut batch = Batch::default();
        self.add(&mut batch, first);
        while started.elapsed() < LONGEST {
            match self.events.recv_timeout(QUIET) {
                Ok(event) => self.add(&mut batch, event),
                Err(_) => break,
            }
        }
        self.watch_folders();
        Some(batch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(paths: &[&str]) -> Rebuild {
        classify(paths.iter().map(Path::new))
    }

    #[test]
    fn markdown_is_content_and_the_rest_of_the_site_is_everything() {
        let page = of(&["content/lessons/ks2/passwords.pl.md"]);
        assert!(page.content && !page.everything && !page.static_files);
        assert_eq!(page.files.len(), 1);
        for path in [
            "config.toml",
            "templates/base.html",
            "themes/default/templates/page.html",
            "i18n/pl.ftl",
            "data/consent.toml",
            "data/rooms.toml",
            "static/images/padlock.png",
            "static/images/padlock.png.toml",
            "content/lessons/ks2/tablet.jpg",
            "content/lessons/ks2/tablet.jpg.toml",
            "content/lessons/ks2",
            "content",
        ] {
            let r = of(&[path]);
            assert!(r.everything, "{path}");
        }
        let css = of(&["static/extra.css", "static/docs/leaflet.pdf"]);
        assert!(css.static_files && !css.everything && !css.content);
    }

    #[test]
    fn editors_files_and_other_folders_are_not_changes() {
        for path in [
            "content/lessons/.passwords.md.swp",
            "content/lessons/passwords.md~",
            "content/lessons/4913",
            "content/lessons/#passwords.md#",
            "content/.git/index",
            "content/passwords.md___jb_tmp___",
            "static/.DS_Store",
            "public/index.html",
            ".haven/images/abc/0.img",
            ".haven/link-cache.json",
            "README.md",
            "config.toml~",
        ] {
            assert!(of(&[path]).is_empty(), "{path}");
        }
    }

    #[test]
    fn a_batch_asks_for_the_most_any_of_its_changes_needs() {
        let mut r = of(&["content/a.md", "static/site.css"]);
        assert!(r.content && r.static_files && !r.everything);
        r.merge(of(&["templates/page.html"]));
        assert!(r.everything && r.content);
        assert_eq!(r.files.len(), 3);
    }
}
