//! `[brand]` read and checked with the rest of config.toml (DESIGN §12): the badge and the
//! extra stylesheet as site paths of files in `static/`, the colour read in any CSS syntax,
//! each with the line of config.toml it is written on. What the brand adds to the pages
//! (the colour's stylesheet, favicons, `site.brand`) is made in src/brand/.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::a11y::colour::Colour;
use crate::error::{Diagnostic, Location, Problems, Result};
use crate::files::is_raster;

/// `[brand]` as written in config.toml.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBrand {
    logo: Option<Spanned<String>>,
    colour: Option<Spanned<String>>,
    css: Option<Spanned<String>>,
}

/// Where a `[brand]` setting is written, to place the errors about it.
#[derive(Debug, Clone)]
pub struct Written {
    location: Location,
    snippet: Option<String>,
}

impl Written {
    fn at(text: &str, span: std::ops::Range<usize>) -> Written {
        let d = Diagnostic::error("").at_offset("config.toml", text, span.start, 0);
        Written {
            location: d.location.unwrap_or_else(|| Location {
                file: PathBuf::from("config.toml"),
                line: None,
                column: None,
            }),
            snippet: d.snippet,
        }
    }

    /// `d`, placed on this setting's line of config.toml.
    pub fn place(&self, mut d: Diagnostic) -> Diagnostic {
        d.location = Some(self.location.clone());
        d.snippet.clone_from(&self.snippet);
        d
    }
}

/// The brand colour, read, with where it is written.
#[derive(Debug, Clone)]
pub struct BrandColour {
    /// The colour.
    pub colour: Colour,
    /// Its line of config.toml.
    pub written: Written,
}

/// `[brand]`, checked: site paths (`/badge.svg`) of files in `static/`.
#[derive(Debug, Clone, Default)]
pub struct Brand {
    /// The school's badge, and where it is written.
    pub logo: Option<(String, Written)>,
    /// The accent colour.
    pub colour: Option<BrandColour>,
    /// The extra stylesheet, and where it is written.
    pub css: Option<(String, Written)>,
}

impl Brand {
    /// Reads `[brand]` (the colour in any CSS syntax); the files are checked by [`Brand::check_files`].
    pub(super) fn parse(raw: RawBrand, text: &str) -> std::result::Result<Brand, Diagnostic> {
        let colour = match raw.colour {
            None => None,
            Some(c) => {
                let written = Written::at(text, c.span());
                let colour = Colour::read(c.get_ref()).map_err(|why| {
                    written.place(Diagnostic::error(format!("[brand] colour: {why}"))).hint(
                        "write the school's colour as one opaque CSS colour, e.g. colour = \"#0b4f6c\" or \"rgb(11 79 108)\"",
                    )
                })?;
                Some(BrandColour { colour, written })
            }
        };
        let path = |s: Option<Spanned<String>>| {
            s.map(|s| {
                let written = Written::at(text, s.span());
                (format!("/{}", s.into_inner().trim().trim_start_matches('/')), written)
            })
        };
        Ok(Brand {
            logo: path(raw.logo),
            colour,
            css: path(raw.css),
        })
    }

    /// Every problem of the logo and the extra stylesheet: each must be a file in `static/`,
    /// the logo an SVG or a raster image with its sidecar, the stylesheet a `.css` file.
    pub fn check_files(&self, root: &Path) -> Result<()> {
        let mut problems = Problems::new();
        let in_static = |site_path: &str| Path::new("static").join(site_path.trim_start_matches('/'));
        if let Some((logo, written)) = &self.logo {
            let file = in_static(logo);
            let svg = logo.to_ascii_lowercase().ends_with(".svg");
            if !svg && !is_raster(logo) {
                problems.push(
                    written
                        .place(Diagnostic::error(format!(
                            "[brand] logo {} is neither an SVG nor a PNG, JPEG, GIF or WebP image",
                            file.display()
                        )))
                        .hint("save the badge as an SVG (best: sharp at every size) or a PNG, and name that file here"),
                );
            } else if !root.join(&file).is_file() {
                problems.push(missing(written, "logo", &file));
            } else if svg {
                let text = std::fs::read(root.join(&file)).unwrap_or_default();
                if !String::from_utf8_lossy(&text).contains("<svg") {
                    problems.push(
                        written
                            .place(Diagnostic::error(format!(
                                "[brand] logo {} is not an SVG image",
                                file.display()
                            )))
                            .hint("export the badge as SVG again from the program that drew it, or use a PNG"),
                    );
                }
            } else if !root.join(format!("{}.toml", file.display())).is_file() {
                problems.push(written.place(Diagnostic::error(format!(
                    "[brand] logo {} has no sidecar {}.toml saying what it shows",
                    file.display(),
                    file.display()
                )))
                .hint("add the sidecar beside it, alt = \"The school's badge\", pupils = [] and credit = \"The school\" (every raster image needs one, DESIGN §7)"));
            }
        }
        if let Some((css, written)) = &self.css {
            let file = in_static(css);
            if !css.ends_with(".css") {
                problems.push(
                    written
                        .place(Diagnostic::error(format!(
                            "[brand] css {} is not a .css file",
                            file.display()
                        )))
                        .hint("name a stylesheet in static/, e.g. css = \"school.css\""),
                );
            } else if !root.join(&file).is_file() {
                problems.push(missing(written, "css", &file));
            }
        }
        problems.finish().map(drop)
    }
}

fn missing(written: &Written, key: &str, file: &Path) -> Diagnostic {
    written
        .place(Diagnostic::error(format!("[brand] {key}: there is no file {}", file.display())))
        .hint("put the file in the site's static/ folder and give its path there, e.g. \"badge.svg\" for static/badge.svg")
}
