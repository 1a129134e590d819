//! The school's own look without copying the theme (`[brand]` in config.toml, DESIGN §12):
//! its badge in the header and as the favicon (`logo`), its colour on the theme's accent
//! (`colour`, refused below WCAG AA against every text and background it meets: see
//! `a11y::accent`), and one extra stylesheet (`css`). Everything is a file the pages link
//! to, never an inline style, so the CSP stays as it is; the extra stylesheet is written
//! like any other static file and read by every check of written stylesheets.
//! `[brand]` itself is read and checked with the rest of config.toml (`config/brand.rs`);
//! here is what it adds to the site: the colour's stylesheet, the favicons, `site.brand`
//! and the colour's contrast against the theme.

pub mod favicon;

use std::path::Path;

use serde::Serialize;

use crate::a11y::colour::Colour;
use crate::config::{Brand, BrandColour};
use crate::error::{Diagnostic, Result};

/// The generated stylesheet that puts the brand colour on the theme's accent.
pub const STYLESHEET: &str = "/brand.css";

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
