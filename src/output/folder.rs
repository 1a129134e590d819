//! The output folder, written atomically: the build's files ([`SiteFiles`]) go into a
//! fresh staging folder beside the target (`haven build` writes them there as they are
//! made, see [`OutputFolder::stage`]), which is swapped in only once every check has
//! passed, so a failed or interrupted build leaves the previous site untouched. haven
//! never replaces a folder it did not make.

use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Result};
use crate::web::files::{Body, Output, SiteFiles};

/// The file that marks a folder as haven's output, safe to replace.
pub const MARKER: &str = ".haven-output";
const MARKER_TEXT: &str = "This folder is written by haven; the next build replaces all of it.\n";

/// Where a build's output will be published.
#[derive(Debug)]
pub struct OutputFolder {
    target: PathBuf,
    staging: PathBuf,
    /// True once the staging folder is made and until it is published: dropping the
    /// folder then removes it, so a failed build leaves nothing behind.
    staged: bool,
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

/// The folders of a site that haven reads: output inside one would be read back in by
/// the next build, and publish the site inside itself.
const SOURCE_FOLDERS: [&str; 6] = ["content", "static", "templates", "themes", "data", "i18n"];

/// `path` made absolute, with `..` and symbolic links resolved as far as they exist.
fn real_path(path: &Path) -> Result<PathBuf> {
    let absolute = std::path::absolute(path).map_err(|e| Error::io("find", path, e))?;
    let mut real = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::ParentDir => {
                real.pop();
            }
            Component::CurDir => {}
            other => {
                real.push(other);
                if real.is_symlink()
                    && let Ok(target) = real.canonicalize()
                {
                    real = target;
                }
            }
        }
    }
    Ok(real)
}

/// Refuses an output folder that holds the site itself, or that sits inside one of the
/// folders the site is read from: publishing there would delete the site or feed the
/// output back into the next build.
pub fn check_placement(root: &Path, target: &Path) -> Result<()> {
    let (root, real_target) = (real_path(root)?, real_path(target)?);
    let refuse = |why: String| -> Result<()> {
        Err(Diagnostic::error(format!("refusing to write the site into {}: {why}", target.display()))
            .hint("choose an output folder outside the site's content/, static/, templates/, themes/, data/ and i18n/ (the default is public/ in the site)")
            .into())
    };
    if root.starts_with(&real_target) {
        return refuse("the site itself is in that folder".into());
    }
    match SOURCE_FOLDERS.iter().find(|f| real_target.starts_with(root.join(f))) {
        Some(folder) => refuse(format!(
            "it is inside the site's {folder}/ folder, so the next build would read the published site back in"
        )),
        None => Ok(()),
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
        remove_tree(dir).map_err(|e| Error::io("remove", dir, e))?;
    }
    Ok(())
}

/// Removes a folder and everything in it, its subfolders in parallel: a big site's old
/// output is tens of thousands of files. Links are removed, never followed.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    if dir.symlink_metadata()?.is_symlink() {
        return std::fs::remove_file(dir);
    }
    #[cfg(target_os = "linux")]
    empty_folder(open_folder(rustix::fs::CWD, dir)?)?;
    #[cfg(not(target_os = "linux"))]
    {
        let entries = std::fs::read_dir(dir)?.collect::<std::io::Result<Vec<_>>>()?;
        entries.par_iter().try_for_each(|entry| {
            if entry.file_type()?.is_dir() {
                remove_tree(&entry.path())
            } else {
                std::fs::remove_file(entry.path())
            }
        })?;
    }
    std::fs::remove_dir(dir)
}

/// Opens a folder to empty it, by a name in the folder `at`; a link is refused, not
/// followed.
#[cfg(target_os = "linux")]
fn open_folder<P: rustix::path::Arg>(at: impl rustix::fd::AsFd, name: P) -> std::io::Result<rustix::fd::OwnedFd> {
    use rustix::fs::{Mode, OFlags, openat};
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    Ok(openat(at, name, flags, Mode::empty())?)
}

/// Removes everything in the open folder `fd`, its subfolders in parallel. Each name is
/// removed relative to its folder (`unlinkat`), not by its whole path: the system then
/// walks no path for each of the old site's files (a tenth of removing them).
#[cfg(target_os = "linux")]
fn empty_folder(fd: rustix::fd::OwnedFd) -> std::io::Result<()> {
    use rustix::fs::{AtFlags, Dir, FileType, statat, unlinkat};
    let mut entries = Vec::new();
    // The folder read by its own descriptor (`Dir::read_from` opens it again, a third of
    // the calls that remove a page's folder), and read whole before anything is removed,
    // so no removal moves the reading on.
    let mut dir = Dir::new(fd)?;
    for entry in &mut dir {
        let entry = entry?;
        let name = entry.file_name();
        if name != c"." && name != c".." {
            entries.push((name.to_owned(), entry.file_type()));
        }
    }
    let fd = dir.fd()?;
    let mut folders = Vec::new();
    for (name, kind) in entries {
        let kind = match kind {
            // Some file systems do not say: asked, without following a link.
            FileType::Unknown => FileType::from_raw_mode(statat(fd, &name, AtFlags::SYMLINK_NOFOLLOW)?.st_mode),
            known => known,
        };
        if kind == FileType::Directory {
            folders.push(name);
        } else {
            unlinkat(fd, &name, AtFlags::empty())?;
        }
    }
    folders.par_iter().try_for_each(|name| {
        empty_folder(open_folder(fd, name.as_c_str())?)?;
        Ok(unlinkat(fd, name.as_c_str(), AtFlags::REMOVEDIR)?)
    })
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
        Ok(Self {
            target,
            staging,
            staged: false,
        })
    }

    /// Where the site will be once published.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// An output that writes each file straight into the (fresh) staging folder, for
    /// [`Self::publish`] to swap in; dropped unpublished, the folder is removed.
    pub fn stage(&mut self) -> Result<Output> {
        remove_ours(&self.staging)?;
        std::fs::create_dir_all(&self.staging).map_err(|e| Error::io("create", &self.staging, e))?;
        self.staged = true;
        std::fs::write(self.staging.join(MARKER), MARKER_TEXT).map_err(|e| Error::io("write", &self.staging, e))?;
        Ok(Output::into_folder(&self.staging))
    }

    /// Writes the `files` not in the staging folder already (copies of cached images)
    /// into it, and puts it in place of the old site. Call [`Self::stage`] first.
    pub fn publish(mut self, files: &SiteFiles) -> Result<PathBuf> {
        self.write_staging(files)?;
        let published = self.swap();
        self.staged = false;
        published
    }

    /// Writes every file not yet there into the staging folder, in parallel.
    fn write_staging(&self, files: &SiteFiles) -> Result<()> {
        // Pages are there already: no folder to make for them.
        let list: Vec<(&str, &Body)> = files.iter().filter(|(_, b)| !matches!(b, Body::Written(_))).collect();
        list.par_iter().try_for_each(|(path, body)| {
            let file = self.staging.join(path.trim_start_matches('/'));
            if let Some(parent) = file.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
            }
            match body {
                Body::Bytes(bytes) => std::fs::write(&file, bytes),
                Body::Copy(from) => std::fs::copy(from, &file).map(|_| ()),
                Body::Written(_) => Ok(()),
            }
            .map_err(|e| Error::io("write", &file, e))
        })
    }

    /// Puts the staging folder in place of the old site.
    fn swap(&self) -> Result<PathBuf> {
        if !self.target.exists() {
            if let Some(parent) = self.target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
            }
            std::fs::rename(&self.staging, &self.target).map_err(|e| Error::io("publish", &self.target, e))?;
            return Ok(self.target.clone());
        }
        if exchange(&self.staging, &self.target).is_ok() {
            // The staging folder now holds the old site.
            remove_tree(&self.staging).map_err(|e| Error::io("remove", &self.staging, e))?;
            return Ok(self.target.clone());
        }
        let old = sibling(&self.target, "haven-old")?;
        remove_ours(&old)?;
        std::fs::rename(&self.target, &old).map_err(|e| Error::io("move aside", &self.target, e))?;
        std::fs::rename(&self.staging, &self.target).map_err(|e| Error::io("publish", &self.target, e))?;
        remove_tree(&old).map_err(|e| Error::io("remove", &old, e))?;
        Ok(self.target.clone())
    }
}

impl Drop for OutputFolder {
    fn drop(&mut self) {
        if self.staged {
            // Best effort: a folder left behind is removed by the next build.
            let _ = remove_tree(&self.staging);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_tree_is_removed_whole_and_its_links_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let (old, outside) = (dir.path().join("old"), dir.path().join("outside"));
        for folder in ["a/b/c", "d", "e/f"] {
            std::fs::create_dir_all(old.join(folder)).unwrap();
        }
        for file in ["index.html", "a/x.css", "a/b/c/index.html", "e/f/p.js", "d/.hidden"] {
            std::fs::write(old.join(file), file).unwrap();
        }
        std::fs::create_dir(&outside).unwrap();
        std::fs::write(outside.join("keep.txt"), "keep").unwrap();
        std::os::unix::fs::symlink(&outside, old.join("a/b/to-outside")).unwrap();
        std::os::unix::fs::symlink(outside.join("keep.txt"), old.join("d/to-file")).unwrap();
        remove_tree(&old).unwrap();
        assert!(!old.exists());
        assert_eq!(std::fs::read_to_string(outside.join("keep.txt")).unwrap(), "keep");
        // A link given as the tree is removed itself, not what it points at.
        std::os::unix::fs::symlink(&outside, dir.path().join("link")).unwrap();
        remove_tree(&dir.path().join("link")).unwrap();
        assert!(outside.join("keep.txt").is_file());
    }

    #[test]
    fn output_may_not_hold_the_site_or_sit_in_its_sources() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("static")).unwrap();
        assert!(check_placement(&root, &root.join("public")).is_ok());
        assert!(check_placement(&root, &dir.path().join("elsewhere/new")).is_ok());
        assert!(check_placement(&root, &root.join("contents")).is_ok());
        for bad in [
            root.clone(),
            dir.path().to_path_buf(),
            root.join("static/out"),
            root.join("content/new/deeper"),
            root.join("public/../static/x"),
        ] {
            let e = check_placement(&root, &bad).unwrap_err().to_string();
            assert!(e.contains("refusing"), "{}: {e}", bad.display());
        }
    }
}
