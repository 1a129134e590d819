//! Which raster images the site would publish, wherever they come from (the theme's
//! `static/`, the site's `static/`, files beside the pages in `content/`), each with its
//! sidecar. A site file replaces a theme file at the same path, as in `write_static`.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use super::encode::Refusal;
use super::is_raster;
use super::sidecar::{Sidecar, sidecar_path};
use crate::content::Library;
use crate::error::{Diagnostic, Problems, Result};
use crate::files::{read_text, walk_files};
use crate::theme::{Theme, is_builtin_static};

/// Where an image's bytes are read from.
#[derive(Debug, Clone)]
pub enum ImageBytes {
    /// A file of the site.
    File(PathBuf),
    /// A theme file, already in memory.
    Theme(Cow<'static, [u8]>),
}

/// A raster image the site would publish.
#[derive(Debug, Clone)]
pub struct SiteImage {
    /// Its path in the output (`/images/padlock.png`).
    pub path: String,
    /// The file it comes from, as shown to the author (`static/images/padlock.png`).
    pub source: PathBuf,
    /// Where to read it.
    pub bytes: ImageBytes,
    /// Its sidecar, when it has one.
    pub sidecar: Option<Sidecar>,
    /// The bundled theme's own image: no sidecar needed (DESIGN §7).
    pub exempt: bool,
    /// Its sidecar is there but could not be read (an error says why): the image is
    /// not usable, and no rule is checked on it again.
    pub sidecar_unreadable: bool,
}

impl SiteImage {
    /// The image's bytes, read now.
    pub fn read(&self) -> std::result::Result<Cow<'_, [u8]>, Refusal> {
        match &self.bytes {
            ImageBytes::File(path) => std::fs::read(path).map(Cow::Owned).map_err(|e| Refusal {
                reason: format!("it cannot be read ({e})"),
                hint: "check that the file exists and can be read".into(),
            }),
            ImageBytes::Theme(bytes) => Ok(Cow::Borrowed(bytes)),
        }
    }
}

/// Lists every raster image the site would publish, sorted by output path, with its
/// sidecar; malformed sidecars are recorded in `problems`. Warns about sidecars whose
/// image is gone.
pub fn find_images(root: &Path, theme: &Theme, library: &Library, problems: &mut Problems) -> Result<Vec<SiteImage>> {
    let mut found: BTreeMap<String, SiteImage> = BTreeMap::new();
    for (rel, file) in theme.static_files.iter().filter(|(rel, _)| is_raster(rel)) {
        let side = theme.static_files.get(&format!("{rel}.toml"));
        let sidecar = match side {
            Some(side) => problems.take(Sidecar::parse(&side.origin, &String::from_utf8_lossy(&side.bytes)))?,
            None => None,
        };
        let image = SiteImage {
            path: format!("/{rel}"),
            source: file.origin.clone(),
            bytes: ImageBytes::Theme(file.bytes.clone()),
            sidecar_unreadable: side.is_some() && sidecar.is_none(),
            sidecar,
            exempt: is_builtin_static(rel, &file.bytes),
        };
        found.insert(image.path.clone(), image);
    }
    let mut sidecars = Vec::new();
    for f in walk_files(root, "static", problems)? {
        let source = Path::new("static").join(&f.rel);
        if is_raster(&f.rel) {
            let image = on_disk(root, format!("/{}", f.rel), source, f.path, problems)?;
            found.insert(image.path.clone(), image);
        } else if f.rel.ends_with(".toml") {
            sidecars.push(source);
        }
    }
    for asset in &library.assets {
        if is_raster(&asset.path) {
            let image = on_disk(
                root,
                asset.path.clone(),
                asset.source.clone(),
                root.join(&asset.source),
                problems,
            )?;
            found.insert(image.path.clone(), image);
        }
    }
    warn_orphans(root, sidecars, &found, problems)?;
    Ok(found.into_values().collect())
}

fn on_disk(root: &Path, path: String, source: PathBuf, file: PathBuf, problems: &mut Problems) -> Result<SiteImage> {
    let side = sidecar_path(&source);
    let has_sidecar = root.join(&side).is_file();
    let sidecar = if has_sidecar {
        match problems.take(read_text(root, &side))? {
            Some(text) => problems.take(Sidecar::parse(&side, &text))?,
            None => None,
        }
    } else {
        None
    };
    Ok(SiteImage {
        path,
        source,
        bytes: ImageBytes::File(file),
        sidecar_unreadable: has_sidecar && sidecar.is_none(),
        sidecar,
        exempt: false,
    })
}

/// Sidecars in `static/` or `content/` named for an image that is not there: the image was
/// probably renamed, and its new name has no sidecar.
fn warn_orphans(
    root: &Path,
    mut sidecars: Vec<PathBuf>,
    found: &BTreeMap<String, SiteImage>,
    problems: &mut Problems,
) -> Result<()> {
    for f in walk_files(root, "content", problems)? {
        if f.rel.ends_with(".toml") {
            sidecars.push(Path::new("content").join(&f.rel));
        }
    }
    let images: HashSet<&Path> = found.values().map(|i| i.source.as_path()).collect();
    for side in sidecars {
        let image = side.with_extension("");
        if is_raster(&image.to_string_lossy()) && !images.contains(image.as_path()) {
            problems.push(
                Diagnostic::warning(format!(
                    "this sidecar describes {}, which does not exist",
                    image.display()
                ))
                .in_file(&side)
                .hint("rename the sidecar along with its image (NAME.EXT.toml beside NAME.EXT), or delete it"),
            );
        }
    }
    Ok(())
}
