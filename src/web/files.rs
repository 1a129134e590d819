//! What a build writes: pages, stylesheets and scripts, re-encoded images as the cache
//! files they are copied from. `haven serve` and `haven check` hold the bytes in memory
//! (serve serves them from there and keeps them between rebuilds); `haven build` writes
//! each file into the staging folder as it is made, so a big site is never all in memory,
//! and keeps only where it is. The checks read the files back from either, and only then
//! is the staging folder put in place of the old site (`output::OutputFolder::publish`).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::error::{Error, Result};

/// One output file's content.
#[derive(Debug, Clone)]
pub enum Body {
    /// The bytes themselves.
    Bytes(Arc<[u8]>),
    /// A copy of this file (an image in the cache), read when it is published or served.
    Copy(PathBuf),
    /// Written already, into the staging folder at this path (`haven build`).
    Written(PathBuf),
}

impl Body {
    /// The bytes, read from disk for a copied file.
    pub fn read(&self) -> Result<Arc<[u8]>> {
        match self {
            Body::Bytes(bytes) => Ok(Arc::clone(bytes)),
            Body::Copy(from) | Body::Written(from) => std::fs::read(from)
                .map(Arc::from)
                .map_err(|e| Error::io("read", from, e)),
        }
    }
}

/// A build's files by site path (`/pl/report/index.html`). Cloning is cheap: the bytes are
/// shared.
#[derive(Debug, Clone, Default)]
pub struct SiteFiles {
    files: HashMap<String, Body>,
}

/// The site path of an output path: `pl/report/index.html` -> `/pl/report/index.html`.
pub fn site_path(rel: &str) -> String {
    format!("/{}", rel.trim_start_matches('/'))
}

impl SiteFiles {
    /// The file at a site path.
    pub fn get(&self, path: &str) -> Option<&Body> {
        self.files.get(path)
    }

    /// True when a file is written at this site path.
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// Every file, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Body)> {
        self.files.iter().map(|(p, b)| (p.as_str(), b))
    }

    /// How many files there are.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when nothing is written.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// The files of a build being written, from many threads at once.
#[derive(Debug, Default)]
pub struct Output {
    files: Mutex<SiteFiles>,
    /// Where files are written as they come; `None` keeps them in memory.
    folder: Option<PathBuf>,
    /// The folders made in `folder` so far: a thousand pages' search texts share one, and
    /// asking the system to make it again for each cost two calls (issue 22).
    made: Mutex<HashSet<PathBuf>>,
}

impl Output {
    /// Nothing written yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts from the files of an earlier build (`haven serve` rewrites only what changed).
    pub fn from_files(files: SiteFiles) -> Self {
        Self {
            files: Mutex::new(files),
            ..Self::default()
        }
    }

    /// Writes each file into `folder` as it comes, keeping only its path.
    pub fn into_folder(folder: &Path) -> Self {
        Self {
            folder: Some(folder.to_path_buf()),
            ..Self::default()
        }
    }

    fn lock(&self) -> MutexGuard<'_, SiteFiles> {
        // A panic while holding the lock can only come from a bug elsewhere; the map itself
        // is never left half-changed, so its files are still good to use.
        self.files.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Writes one file, `rel` being its path from the output root.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let body = match &self.folder {
            Some(folder) => {
                let file = folder.join(rel.trim_start_matches('/'));
                if let Some(parent) = file.parent() {
                    self.make_folder(parent)?;
                }
                std::fs::write(&file, bytes).map_err(|e| Error::io("write", &file, e))?;
                Body::Written(file)
            }
            None => Body::Bytes(Arc::from(bytes)),
        };
        self.lock().files.insert(site_path(rel), body);
        Ok(())
    }

    /// Makes `folder` and those it is in, unless this output made it already. (Not while
    /// holding the list: the other threads write on meanwhile.)
    fn make_folder(&self, folder: &Path) -> Result<()> {
        if self.made_folders().contains(folder) {
            return Ok(());
        }
        std::fs::create_dir_all(folder).map_err(|e| Error::io("create", folder, e))?;
        self.made_folders().insert(folder.to_path_buf());
        Ok(())
    }

    fn made_folders(&self) -> MutexGuard<'_, HashSet<PathBuf>> {
        self.made.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Copies the file `from` (a cached image, say) to `rel` in the output.
    pub fn copy(&self, rel: &str, from: &Path) -> Result<()> {
        self.lock().files.insert(site_path(rel), Body::Copy(from.to_path_buf()));
        Ok(())
    }

    /// Removes a file written earlier.
    pub fn remove(&self, rel: &str) {
        if let Some(Body::Written(file)) = self.lock().files.remove(&site_path(rel)) {
            let _ = std::fs::remove_file(file);
        }
    }

    /// The bytes of a file written earlier.
    pub fn read(&self, rel: &str) -> Result<Option<Arc<[u8]>>> {
        let body = self.lock().files.get(&site_path(rel)).cloned();
        body.map(|b| b.read()).transpose()
    }

    /// Every file written so far, for the checks that read the whole output.
    pub fn snapshot(&self) -> SiteFiles {
        self.lock().clone()
    }

    /// Everything written.
    pub fn finish(self) -> SiteFiles {
        self.files.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_site_paths_however_written() {
        let out = Output::new();
        out.write("a/index.html", b"A").unwrap();
        out.write("/sitemap.xml", b"S").unwrap();
        assert_eq!(&*out.read("/a/index.html").unwrap().unwrap(), b"A");
        assert_eq!(&*out.read("sitemap.xml").unwrap().unwrap(), b"S");
        out.remove("a/index.html");
        let files = out.finish();
        assert!(!files.contains("/a/index.html"));
        assert!(files.contains("/sitemap.xml"));
        assert_eq!(files.len(), 1);
    }

    #[test]
    fn an_output_into_a_folder_writes_files_as_they_come() {
        let dir = tempfile::tempdir().unwrap();
        let out = Output::into_folder(dir.path());
        out.write("/a/index.html", b"A").unwrap();
        assert_eq!(std::fs::read(dir.path().join("a/index.html")).unwrap(), b"A");
        assert_eq!(&*out.read("a/index.html").unwrap().unwrap(), b"A");
        out.write("a/b/index.html", b"AB").unwrap();
        out.write("/a/other.html", b"O").unwrap();
        assert_eq!(std::fs::read(dir.path().join("a/b/index.html")).unwrap(), b"AB");
        assert_eq!(std::fs::read(dir.path().join("a/other.html")).unwrap(), b"O");
        out.write("b.css", b"B").unwrap();
        out.remove("/b.css");
        assert!(!dir.path().join("b.css").exists());
        let files = out.finish();
        assert!(matches!(files.get("/a/index.html"), Some(Body::Written(_))));
        assert_eq!(files.len(), 3);
    }

    #[test]
    fn copies_are_read_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let from = dir.path().join("cached.img");
        std::fs::write(&from, b"image").unwrap();
        let out = Output::new();
        out.copy("/photo.jpg", &from).unwrap();
        assert_eq!(&*out.read("/photo.jpg").unwrap().unwrap(), b"image");
        std::fs::remove_file(&from).unwrap();
        assert!(out.read("/photo.jpg").is_err());
    }
}
