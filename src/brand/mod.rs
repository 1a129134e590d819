//! The school's own look without copying the theme (`[brand]` in config.toml, DESIGN §12):
//! its badge in the header and as the favicon (`logo`), its colour on the theme's accent
//! (`colour`, refused below WCAG AA against every text and background it meets: see
//! `a11y::accent`), and one extra stylesheet (`css`). Everything is a file the pages link
//! to, never an inline style, so the CSP stays as it is; the extra stylesheet is written
//! like any other static file and read by every check of written stylesheets.

pub mod favicon;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::a11y::colour::Colour;
use crate::error::{Diagnostic, Location, Problems, Result};
use crate::images::is_raster;

/// The generated stylesheet that puts the brand colour on the theme's accent.
pub const STYLESHEET: &str = "/brand.css";

/// `[brand]` as written in config.toml.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBrand {
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

/// What templates see as `site.brand` (docs/templates.md).
#[derive(Debug, Default, Serialize)]
pub struct BrandView {
    /// The logo's site path, shown beside the school's name in the header.
    pub logo: Option<String>,
    /// The favicon links: `(rel, href, type, sizes)`.
    pub icons: Vec<Icon>,
    /// The stylesheets to link after the theme's, in order.
    pub stylesheets: Vec<String>,
}

/// One `<link rel="icon">` (or `apple-touch-icon`).
#[derive(Debug, Serialize)]
pub struct Icon {
    /// `icon` or `apple-touch-icon`.
    pub rel: &'static str,
    /// Its site path.
    pub href: &'static str,
    /// Its media type.
    pub kind: &'static str,
    /// `32x32`, `any`, ...
    pub sizes: &'static str,
}

impl Brand {
    /// Reads `[brand]` (the colour in any CSS syntax); the files are checked by [`Brand::check_files`].
    pub fn parse(raw: RawBrand, text: &str) -> Result<Brand> {
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

    /// What the templates see.
    pub fn view(&self) -> BrandView {
        let mut view = BrandView {
            logo: self.logo.as_ref().map(|(p, _)| p.clone()),
            ..BrandView::default()
        };
        if let Some((logo, _)) = &self.logo {
            view.icons = favicon::links(logo);
        }
        if self.colour.is_some() {
            view.stylesheets.push(STYLESHEET.to_string());
        }
        if let Some((css, _)) = &self.css {
            view.stylesheets.push(css.clone());
        }
        view
    }

    /// The files the brand adds to the site: the colour's stylesheet and the favicons.
    pub fn files(&self, root: &Path) -> Result<Vec<(String, Vec<u8>)>> {
        let mut files = Vec::new();
        if let Some(c) = &self.colour {
            files.push((STYLESHEET.to_string(), stylesheet(c.colour).into_bytes()));
        }
        if let Some((logo, written)) = &self.logo {
            let file = root.join("static").join(logo.trim_start_matches('/'));
            files.extend(favicon::make(logo, &file).map_err(|why| {
                written
                    .place(Diagnostic::error(format!(
                        "[brand] logo: no favicon could be made from it: {why}"
                    )))
                    .hint("save the badge again as a PNG or SVG that opens in an image viewer")
            })?);
        }
        Ok(files)
    }
}

fn missing(written: &Written, key: &str, file: &Path) -> Diagnostic {
    written
        .place(Diagnostic::error(format!("[brand] {key}: there is no file {}", file.display())))
        .hint("put the file in the site's static/ folder and give its path there, e.g. \"badge.svg\" for static/badge.svg")
}

/// The generated stylesheet: the brand colour as the theme's accent.
pub fn stylesheet(colour: Colour) -> String {
    format!(
        "/* The school's colour from config.toml [brand] (written by haven). */\n:root {{ --accent: {}; }}\n",
        colour.hex()
    )
}

/// The error for a brand colour below AA contrast in a pair of the theme's stylesheets
/// (when the theme could be read), placed on its line of config.toml.
pub fn check_colour(theme: Option<&crate::theme::Theme>, brand: &Brand) -> Result<()> {
    match (theme, &brand.colour) {
        (Some(theme), Some(colour)) => colour_error(theme, colour).map_or(Ok(()), |d| Err(d.into())),
        _ => Ok(()),
    }
}

fn colour_error(theme: &crate::theme::Theme, colour: &BrandColour) -> Option<Diagnostic> {
    let sheets: Vec<(String, String)> = theme
        .static_files
        .iter()
        .filter(|(rel, _)| rel.ends_with(".css"))
        .map(|(rel, file)| (format!("/{rel}"), String::from_utf8_lossy(&file.bytes).into_owned()))
        .collect();
    crate::a11y::accent::check(&sheets, colour.colour).map(|d| colour.written.place(d))
}
