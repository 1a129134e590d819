//! Image sidecars (DESIGN §7): `NAME.EXT.toml` beside every raster image says what the
//! image shows (`alt`, or `decorative`), which registered pupils can be recognised in it
//! (`pupils`) and who made it (`credit`). Sidecars are read here and never published.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::config::toml_error;
use crate::error::{Result, line_and_column};

/// A pupil id written in a sidecar, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PupilRef {
    /// The register id.
    pub id: String,
    /// The sidecar line it is written on.
    pub line: usize,
    /// Its column on that line.
    pub column: usize,
}

/// What an image's sidecar says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sidecar {
    /// The sidecar file, relative to the site root.
    pub file: PathBuf,
    /// Its text, to show the offending line in errors.
    pub text: String,
    /// The description of the image; `None` when absent or blank.
    pub alt: Option<String>,
    /// True when the image carries no meaning (its alt is then `""`).
    pub decorative: bool,
    /// Identifiable pupils, by register id.
    pub pupils: Vec<PupilRef>,
    /// Who made the image; `None` when absent or blank.
    pub credit: Option<String>,
    /// `photo = true|false`: whether it is published as a photograph (lossy WebP and
    /// JPEG) or as drawn; `None`: haven decides from the image ([`super::photo`]).
    pub photo: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSidecar {
    alt: Option<String>,
    #[serde(default)]
    decorative: bool,
    pupils: Vec<Spanned<String>>,
    credit: Option<String>,
    photo: Option<bool>,
}

/// The sidecar path of an image file: `photo.jpg` -> `photo.jpg.toml`.
pub fn sidecar_path(image: &Path) -> PathBuf {
    let mut name = image.as_os_str().to_owned();
    name.push(".toml");
    PathBuf::from(name)
}

fn non_blank(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

impl Sidecar {
    /// Parses the text of the sidecar `file`.
    pub fn parse(file: &Path, text: &str) -> Result<Sidecar> {
        let raw: RawSidecar = toml::from_str(text).map_err(|e| toml_error(file, text, &e, 0))?;
        let pupils = raw
            .pupils
            .into_iter()
            .map(|p| {
                let (line, column) = line_and_column(text, p.span().start);
                PupilRef {
                    line,
                    column,
                    id: p.into_inner().trim().to_string(),
                }
            })
            .collect();
        Ok(Sidecar {
            file: file.to_path_buf(),
            text: text.to_string(),
            alt: non_blank(raw.alt),
            decorative: raw.decorative,
            pupils,
            credit: non_blank(raw.credit),
            photo: raw.photo,
        })
    }

    /// The alt text pages get for this image when they give none: `""` for a decorative
    /// image, else the sidecar's `alt` (none when the sidecar lacks one).
    pub fn page_alt(&self) -> Option<&str> {
        if self.decorative { Some("") } else { self.alt.as_deref() }
    }

    /// The line of `key = ...` in the sidecar, for errors about it.
    pub fn line_of(&self, key: &str) -> Option<usize> {
        self.text
            .lines()
            .position(|l| {
                l.trim_start()
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_key_with_pupil_lines() {
        let text = "alt = \"Two pupils at a tablet\"\npupils = [\n  \"P1\",\n  \"P2\",\n]\ncredit = \"  \"\n";
        let s = Sidecar::parse(Path::new("static/a.png.toml"), text).unwrap();
        assert_eq!(s.alt.as_deref(), Some("Two pupils at a tablet"));
        assert_eq!(s.credit, None);
        assert_eq!(
            s.pupils,
            vec![
                PupilRef {
                    id: "P1".into(),
                    line: 3,
                    column: 3
                },
                PupilRef {
                    id: "P2".into(),
                    line: 4,
                    column: 3
                }
            ]
        );
        assert_eq!(s.line_of("credit"), Some(6));
        assert_eq!(s.page_alt(), Some("Two pupils at a tablet"));
    }

    #[test]
    fn pupils_must_be_stated_and_unknown_keys_are_named() {
        let e = Sidecar::parse(Path::new("a.png.toml"), "alt = \"x\"\n").unwrap_err();
        assert!(e.to_string().contains("pupils"), "{e}");
        let e = Sidecar::parse(Path::new("a.png.toml"), "pupils = []\ncaption = \"x\"\n").unwrap_err();
        assert!(e.to_string().contains("caption"), "{e}");
        assert!(e.to_string().contains("a.png.toml:2"), "{e}");
    }

    #[test]
    fn decorative_images_have_empty_alt() {
        let s = Sidecar::parse(Path::new("a.png.toml"), "decorative = true\npupils = []\n").unwrap();
        assert_eq!(s.page_alt(), Some(""));
        assert_eq!(
            sidecar_path(Path::new("static/a.png")),
            PathBuf::from("static/a.png.toml")
        );
    }
}
