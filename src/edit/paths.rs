//! Which files the studio may read and write: only inside the site's own folders, named
//! by a path relative to the site. `..`, `.`, absolute paths, Windows drive letters and
//! backslashes are refused as written; a path whose real location (symlinks followed)
//! leaves the site is refused too.

use std::path::{Path, PathBuf};

/// Why a path was refused, for the person.
pub type Refusal = String;

/// Checks a site-relative path's spelling: forward slashes, no `..` or `.`, not absolute,
/// no drive letter, under one of `folders` (or exactly one of the `files`).
pub fn check_spelling(rel: &str, folders: &[&str], files: &[&str]) -> Result<(), Refusal> {
    let bad = rel.is_empty()
        || rel.contains(['\\', '\0', ':'])
        || rel.starts_with('/')
        || rel
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..");
    if bad {
        return Err(format!("`{rel}` is not a file inside the site"));
    }
    let first = rel.split('/').next().unwrap_or("");
    let allowed = files.contains(&rel) || (folders.contains(&first) && rel.len() > first.len());
    match allowed {
        true => Ok(()),
        false => Err(format!("the studio does not edit `{rel}`")),
    }
}

/// The real path of `rel` in the site at `root`, when it stays inside the site: the file
/// itself when it exists, else its folder (for a new file), symlinks followed.
pub fn inside(root: &Path, rel: &str, folders: &[&str], files: &[&str]) -> Result<PathBuf, Refusal> {
    check_spelling(rel, folders, files)?;
    let real_root = root
        .canonicalize()
        .map_err(|e| format!("cannot read the site's folder: {e}"))?;
    let path = root.join(rel);
    let real = match path.symlink_metadata() {
        Ok(_) => path.canonicalize().map_err(|e| format!("cannot read `{rel}`: {e}"))?,
        Err(_) => {
            let parent = path.parent().unwrap_or(root);
            let name = path.file_name().ok_or_else(|| format!("`{rel}` is not a file"))?;
            let real_parent = nearest_real(parent)?;
            real_parent.join(name)
        }
    };
    match real.starts_with(&real_root) {
        true => Ok(path),
        false => Err(format!("`{rel}` leads outside the site")),
    }
}

/// The real path of the nearest folder of `path` that exists (new folders are made
/// later, inside it).
fn nearest_real(path: &Path) -> Result<PathBuf, Refusal> {
    let mut at = path;
    loop {
        if let Ok(real) = at.canonicalize() {
            let rest = path.strip_prefix(at).unwrap_or(Path::new(""));
            return Ok(real.join(rest));
        }
        at = at.parent().ok_or("no folder of the path exists")?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTENT: &[&str] = &["content"];

    #[test]
    fn spellings_that_leave_the_site_are_refused() {
        for bad in [
            "../config.toml",
            "content/../../etc/passwd",
            "/etc/passwd",
            "C:/Windows/win.ini",
            "c:\\x.md",
            "content\\a.md",
            "content//a.md",
            "content/./a.md",
            "",
            "content",
            "config.toml",
            "static/a.png",
        ] {
            assert!(check_spelling(bad, CONTENT, &[]).is_err(), "{bad}");
        }
        assert!(check_spelling("content/lessons/ks2/a.md", CONTENT, &[]).is_ok());
        assert!(check_spelling("data/consent.toml", &[], &["data/consent.toml"]).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_out_of_the_site_are_refused() {
        let site = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::create_dir(site.path().join("content")).unwrap();
        std::fs::write(outside.path().join("secret.md"), "x").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.md"), site.path().join("content/a.md")).unwrap();
        std::os::unix::fs::symlink(outside.path(), site.path().join("content/out")).unwrap();
        assert!(inside(site.path(), "content/a.md", CONTENT, &[]).is_err());
        assert!(inside(site.path(), "content/out/new.md", CONTENT, &[]).is_err());
        assert!(inside(site.path(), "content/new/b.md", CONTENT, &[]).is_ok());
        assert!(inside(site.path(), "content/b.md", CONTENT, &[]).is_ok());
    }
}
