//! The favicon made from the school's logo: an SVG badge is the icon as it is (sharp at
//! every size, every current browser reads it); a raster badge is made into a 32 px icon
//! and a 180 px icon for a phone's home screen, each square, the badge centred on a
//! transparent background.

use std::io::Cursor;
use std::path::Path;

use image::imageops::{self, FilterType};
use image::{ImageFormat, RgbaImage};

use super::Icon;

/// The SVG favicon's site path.
const SVG_ICON: &str = "/favicon.svg";
/// The small raster favicon's site path.
const PNG_ICON: &str = "/favicon.png";
/// The home-screen icon's site path.
const TOUCH_ICON: &str = "/apple-touch-icon.png";

/// The `<link>`s for the favicons made from `logo` (a site path).
pub fn links(logo: &str) -> Vec<Icon> {
    if is_svg(logo) {
        vec![Icon {
            rel: "icon",
            href: SVG_ICON,
            kind: "image/svg+xml",
            sizes: "any",
        }]
    } else {
        vec![
            Icon {
                rel: "icon",
                href: PNG_ICON,
                kind: "image/png",
                sizes: "32x32",
            },
            Icon {
                rel: "apple-touch-icon",
                href: TOUCH_ICON,
                kind: "image/png",
                sizes: "180x180",
            },
        ]
    }
}

fn is_svg(logo: &str) -> bool {
    logo.to_ascii_lowercase().ends_with(".svg")
}

/// The favicon files made from the logo at `file`: `(site path, bytes)`.
pub fn make(logo: &str, file: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let bytes = std::fs::read(file).map_err(|e| e.to_string())?;
    if is_svg(logo) {
        return Ok(vec![(SVG_ICON.to_string(), bytes)]);
    }
    let badge = image::load_from_memory(&bytes).map_err(|e| e.to_string())?.to_rgba8();
    Ok(vec![
        (PNG_ICON.to_string(), square_png(&badge, 32)?),
        (TOUCH_ICON.to_string(), square_png(&badge, 180)?),
    ])
}

/// The badge scaled to fit a `side` x `side` square, centred, as a PNG.
fn square_png(badge: &RgbaImage, side: u32) -> Result<Vec<u8>, String> {
    let (w, h) = badge.dimensions();
    if w == 0 || h == 0 {
        return Err("the image is empty".into());
    }
    let scale = f64::from(side) / f64::from(w.max(h));
    let fit = |n: u32| ((f64::from(n) * scale).round() as u32).clamp(1, side);
    let (fw, fh) = (fit(w), fit(h));
    let scaled = imageops::resize(badge, fw, fh, FilterType::Lanczos3);
    let mut icon = RgbaImage::new(side, side);
    imageops::overlay(
        &mut icon,
        &scaled,
        i64::from((side - fw) / 2),
        i64::from((side - fh) / 2),
    );
    let mut out = Cursor::new(Vec::new());
    icon.write_to(&mut out, ImageFormat::Png).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_badge_is_centred_in_a_square_icon() {
        let badge = RgbaImage::from_pixel(64, 32, image::Rgba([200, 0, 0, 255]));
        let png = square_png(&badge, 32).unwrap();
        let icon = image::load_from_memory(&png).unwrap().to_rgba8();
        assert_eq!(icon.dimensions(), (32, 32));
        assert_eq!(icon.get_pixel(0, 0)[3], 0, "transparent above the badge");
        assert_eq!(icon.get_pixel(16, 16)[0], 200, "the badge in the middle");
    }

    #[test]
    fn an_svg_badge_is_its_own_icon() {
        assert_eq!(links("/badge.SVG")[0].href, SVG_ICON);
        assert_eq!(links("/badge.png").len(), 2);
    }
}
