//! Listing and reading a site's files safely, for every stage that reads them: only files
//! inside the site are read, symlinks are never followed out of it, and text must be UTF-8.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::error::{Diagnostic, Error, Problems, Result};

/// A file found under one of the site's folders.
#[derive(Debug, Clone)]
pub struct SiteFile {
    /// Path relative to the folder walked, with `/` separators.
    pub rel: String,
    /// The real file to read.
    pub path: PathBuf,
}

/// True for the raster images haven re-encodes and checks: png, jpg/jpeg, gif, webp (by
/// extension, in any case). Here, not in `images`, so config can test the brand's badge
/// without importing the stage that encodes it; `images::encode::Format::of` names the same set.
pub fn is_raster(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, ext)| {
        matches!(
            ext.to_ascii_lowercase().as_str(),
            "png" | "jpg" | "jpeg" | "gif" | "webp"
        )
    })
}

/// True for editor backups, swap files and hidden files, which are never site content.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.starts_with('#')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
}

/// Lists every file under `ROOT/folder` in a stable order. A missing folder gives an
/// empty list; unreadable entries and symlinks leaving the site are recorded as problems.
pub fn walk_files(root: &Path, folder: &str, problems: &mut Problems) -> Result<Vec<SiteFile>> {
    let base = root.join(folder);
    if !base.is_dir() {
        return Ok(Vec::new());
    }
    let real_root = root.canonicalize().map_err(|e| Error::io("read", root, e))?;
    let mut files = Vec::new();
    let walker = WalkDir::new(&base)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let shown = e.path().map_or_else(|| base.clone(), Path::to_path_buf);
                problems.push(
                    Diagnostic::error(format!("cannot read {}: {e}", shown.display()))
                        .hint("check the file's permissions"),
                );
                continue;
            }
        };
        if entry.file_type().is_dir() {
            continue;
        }
        let Some(rel) = relative_name(root, folder, entry.path(), problems) else {
            continue;
        };
        let path = if entry.path_is_symlink() {
            match symlink_target(&real_root, entry.path()) {
                Ok(Some(target)) => target,
                Ok(None) => continue,
                Err(d) => {
                    problems.push(d.in_file(Path::new(folder).join(&rel)));
                    continue;
                }
            }
        } else {
            entry.path().to_path_buf()
        };
        files.push(SiteFile { rel, path });
    }
    Ok(files)
}

/// A relative path as the site's paths and URLs write it, with `/` between folders
/// whatever the computer's own separator (`lessons\ks2\a.md` on Windows ->
/// `lessons/ks2/a.md`). Windows file names cannot hold a `\\`, so every one there is a
/// separator.
pub fn slashed(path: impl AsRef<Path>) -> String {
    path.as_ref().to_string_lossy().replace('\\', "/")
}

fn relative_name(root: &Path, folder: &str, path: &Path, problems: &mut Problems) -> Option<String> {
    let rel = path.strip_prefix(root.join(folder)).ok()?;
    match rel.to_str() {
        Some(_) => Some(slashed(rel)),
        None => {
            problems.push(
                Diagnostic::error(format!("the file name {} is not valid UTF-8", rel.display()))
                    .in_file(Path::new(folder).join(rel))
                    .hint("rename the file using ordinary characters"),
            );
            None
        }
    }
}

/// Where a symlink leads, if it is a file inside the site. Links to folders are skipped;
/// broken links, loops and links that leave the site are errors.
fn symlink_target(real_root: &Path, link: &Path) -> std::result::Result<Option<PathBuf>, Diagnostic> {
    let target = link.canonicalize().map_err(|e| {
        Diagnostic::error(format!("this symlink is broken or loops: {e}"))
            .hint("remove the link or point it at a file inside the site")
    })?;
    if !target.starts_with(real_root) {
        return Err(
            Diagnostic::error(format!("this symlink points outside the site, to {}", target.display()))
                .hint("copy the file into the site instead: haven only publishes files inside the site folder"),
        );
    }
    Ok(target.is_file().then_some(target))
}

/// Reads a text file of the site (path relative to `root`): UTF-8, byte-order mark removed.
pub fn read_text(root: &Path, rel: &Path) -> Result<String> {
    let bytes = std::fs::read(root.join(rel)).map_err(|e| {
        Error::from(
            Diagnostic::error(format!("cannot read this file: {e}"))
                .in_file(rel)
                .hint("check that it exists and can be read"),
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) =
            crate::error::line_and_column(&String::from_utf8_lossy(e.as_bytes()), e.utf8_error().valid_up_to());
        let mut d = Diagnostic::error("this file is not valid UTF-8 text")
            .in_file(rel)
            .hint("save it as UTF-8 (most editors offer this under 'Save with encoding')");
        if let Some(loc) = d.location.as_mut() {
            loc.line = Some(line);
            loc.column = Some(column);
        }
        Error::from(d)
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

#[cfg(test)]
mod slashed_tests {
    use std::path::{Path, PathBuf};

    use super::slashed;

    #[test]
    fn windows_separators_become_the_urls_slashes() {
        assert_eq!(slashed(Path::new(r"lessons\ks2\a.md")), "lessons/ks2/a.md");
        assert_eq!(slashed(PathBuf::from(r"images\Logo.png")), "images/Logo.png");
        assert_eq!(slashed(Path::new("lessons/ks2/a.md")), "lessons/ks2/a.md");
        let mixed = PathBuf::from("content").join(r"lessons\a.md");
        assert_eq!(slashed(mixed.strip_prefix("content").unwrap()), "lessons/a.md");
    }
}
