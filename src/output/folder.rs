//! The output folder, written atomically: once every check has passed, the build's files
//! ([`SiteFiles`]) are written into a fresh folder beside the target, which is then swapped
//! in, so a failed or interrupted build leaves the previous site untouched. haven never
//! replaces a folder it did not make.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::files::{Body, SiteFiles};
use crate::error::{Diagnostic, Error, Result};

/// The file that marks a folder as haven's output, safe to replace.
pub const MARKER: &str = ".haven-output";
const MARKER_TEXT: &str = "This folder is written by haven; the next build replaces all of it.\n";

/// Where a build's output will be published.
#[derive(Debug)]
pub struct OutputFolder {
    target: PathBuf,
    staging: PathBuf,
}

fn sibling(target: &Path, suffix: &str) -> Result<PathBuf> {
    let name = target
        .file_name()
        .ok_or_else(|| Error::from(Diagnostic::error(format!("{} is not a folder name", target.display()))))?;
    Ok(target.with_file_name(format!(".{}.{suffix}", name.to_string_lossy())))
}

/// True when `dir` is missing, empty, or carries haven's marker.
fn replaceable(dir: &Path) -> Result<bool> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => Ok(entries.next().is_none() || dir.join(MARKER).is_file()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => Ok(false),
        Err(e) => Err(Error::io("read", dir, e)),
    }
}

fn remove_ours(dir: &Path) -> Result<()> {
    if dir.exists() {
        if !replaceable(dir)? {
            return Err(
                Diagnostic::error(format!("{} is in the way and was not made by haven", dir.display()))
                    .hint("move or delete it yourself; haven will not remove it")
                    .into(),
            );
        }
        std::fs::remove_dir_all(dir).map_err(|e| Error::io("remove", dir, e))?;
    }
    Ok(())
}

impl OutputFolder {
    /// Checks, before anything is built, that the site may be published at `target`:
    /// refuses when `target` exists, is not empty, and was not written by haven.
    pub fn create(target: &Path) -> Result<Self> {
        let target = std::path::absolute(target).map_err(|e| Error::io("find", target, e))?;
        if !replaceable(&target)? {
            return Err(Diagnostic::error(format!(
                "refusing to write the site into {}: it is not empty and haven did not create it",
                target.display()
            ))
            .hint("choose an empty or new folder with -o, or empty this one yourself; haven only replaces folders holding its marker file .haven-output")
            .into());
        }
        let staging = sibling(&target, "haven-new")?;
        if !replaceable(&staging)? {
            return Err(
                Diagnostic::error(format!("{} is in the way and was not made by haven", staging.display()))
                    .hint("move or delete it yourself; haven will not remove it")
                    .into(),
            );
        }
        Ok(Self { target, staging })
    }

    /// Where the site will be once published.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Writes `files` into a fresh folder and puts it in place of the old site.
    pub fn publish(self, files: &SiteFiles) -> Result<PathBuf> {
        if let Err(e) = self.write_staging(files) {
            let _ = std::fs::remove_dir_all(&self.staging);
            return Err(e);
        }
        self.swap()
    }

    /// Writes every file into the staging folder, in parallel.
    fn write_staging(&self, files: &SiteFiles) -> Result<()> {
        remove_ours(&self.staging)?;
        std::fs::create_dir_all(&self.staging).map_err(|e| Error::io("create", &self.staging, e))?;
        std::fs::write(self.staging.join(MARKER), MARKER_TEXT).map_err(|e| Error::io("write", &self.staging, e))?;
        let list: Vec<(&str, &Body)> = files.iter().collect();
        list.par_iter().try_for_each(|(path, body)| {
            let file = self.staging.join(path.trim_start_matches('/'));
            if let Some(parent) = file.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
            }
            match body {
                Body::Bytes(bytes) => std::fs::write(&file, bytes),
                Body::Copy(from) => std::fs::copy(from, &file).map(|_| ()),
            }
            .map_err(|e| Error::io("write", &file, e))
        })
    }

    /// Puts the staging folder in place of the old site.
    fn swap(self) -> Result<PathBuf> {
        if !self.target.exists() {
            if let Some(parent) = self.target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
            }
            std::fs::rename(&self.staging, &self.target).map_err(|e| Error::io("publish", &self.target, e))?;
            return Ok(self.target);
        }
        if exchange(&self.staging, &self.target).is_ok() {
            // The staging folder now holds the old site.
            std::fs::remove_dir_all(&self.staging).map_err(|e| Error::io("remove", &self.staging, e))?;
            return Ok(self.target);
        }
        let old = sibling(&self.target, "haven-old")?;
        remove_ours(&old)?;
        std::fs::rename(&self.target, &old).map_err(|e| Error::io("move aside", &self.target, e))?;
        std::fs::rename(&self.staging, &self.target).map_err(|e| Error::io("publish", &self.target, e))?;
        std::fs::remove_dir_all(&old).map_err(|e| Error::io("remove", &old, e))?;
        Ok(self.target)
    }
}

/// Swaps two folders in one step, where the system can.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}
