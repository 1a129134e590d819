//! QR codes for posters, drawn by haven as inline SVG: no image file, no request to another
//! site, crisp at any print size. Each dark run of a row is one rectangle of the path.

use std::fmt::Write;

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code, as the QR standard asks, so scanners find its edges.
pub const QUIET_ZONE: usize = 4;

/// An SVG QR code that opens `url`, hidden from screen readers (the template names it);
/// `None` when the address is too long for a QR code.
pub fn qr_svg(url: &str) -> Option<String> {
    // Level M survives a scuffed or partly covered poster.
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::with_capacity(width * width);
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
            // Writing to a String cannot fail.
            let _ = write!(path, "M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE);
            x += run;
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let url = "https://www.harbourlane.sch.uk/online-safety/posters/library/";
        let svg = qr_svg(url).unwrap();
        let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).unwrap();
        let dark = code.to_colors().iter().filter(|c| **c == Color::Dark).count();
        let drawn: usize = svg
            .split('h')
            .skip(1)
            .filter_map(|s| s.split('v').next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(drawn, dark);
        assert!(svg.contains(&format!("viewBox=\"0 0 {0} {0}\"", code.width() + 8)));
    }

    #[test]
    fn an_address_too_long_has_no_code() {
        assert!(qr_svg(&"x".repeat(4000)).is_none());
    }
}
