//! Colours as CSS writes them (`#1d1d1f`, `#fff`, `rgb(11 12 12)`, `white`) and the WCAG
//! contrast ratio between two of them (WCAG 2.2, 1.4.3: relative luminance).

/// The least contrast for text (WCAG 2.2, 1.4.3, level AA).
pub const AA_TEXT: f64 = 4.5;

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    /// Red, 0-255.
    pub r: u8,
    /// Green, 0-255.
    pub g: u8,
    /// Blue, 0-255.
    pub b: u8,
}

impl Colour {
    /// Reads a CSS colour; `None` for what is not an opaque colour (`transparent`,
    /// `inherit`, a gradient, a colour with alpha below 1).
    pub fn parse(value: &str) -> Option<Colour> {
        let value = value.trim().to_ascii_lowercase();
        if let Some(hex) = value.strip_prefix('#') {
            return Self::from_hex(hex);
        }
        if let Some(args) = value.strip_prefix("rgb(").or_else(|| value.strip_prefix("rgba(")) {
            return Self::from_rgb(args.strip_suffix(')')?);
        }
        // Every CSS colour name: authors write them, and the CSS minifier writes some
        // hex colours as names (`#808080` becomes `gray`).
        let (r, g, b) = cssparser::color::parse_named_color(&value).ok()?;
        Some(Colour { r, g, b })
    }

    fn from_hex(hex: &str) -> Option<Colour> {
        let digits: Vec<u8> = hex
            .chars()
            .map(|c| c.to_digit(16).and_then(|d| u8::try_from(d).ok()))
            .collect::<Option<_>>()?;
        let (r, g, b, alpha) = match digits.as_slice() {
            [r, g, b] => (r * 17, g * 17, b * 17, 255),
            [r, g, b, a] => (r * 17, g * 17, b * 17, a * 17),
            [r1, r2, g1, g2, b1, b2] => (r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2, 255),
            [r1, r2, g1, g2, b1, b2, a1, a2] => (r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2, a1 * 16 + a2),
            _ => return None,
        };
        (alpha == 255).then_some(Colour { r, g, b })
    }

    fn from_rgb(args: &str) -> Option<Colour> {
        let parts: Vec<&str> = args.split([',', ' ', '/']).filter(|p| !p.is_empty()).collect();
        let channel = |p: &str| {
            p.parse::<f64>()
                .ok()
                .filter(|v| (0.0..=255.0).contains(v))
                .map(|v| v.round() as u8)
        };
        match parts.as_slice() {
            [r, g, b] => Some(Colour {
                r: channel(r)?,
                g: channel(g)?,
                b: channel(b)?,
            }),
            [r, g, b, a] if a.parse::<f64>().ok() == Some(1.0) => Some(Colour {
                r: channel(r)?,
                g: channel(g)?,
                b: channel(b)?,
            }),
            _ => None,
        }
    }

    /// Relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// The contrast ratio with another colour, 1 to 21.
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This colour, darkened (on a light background) or lightened (on a dark one) just
    /// enough to reach `target` contrast on `background`.
    pub fn with_contrast_on(self, background: Colour, target: f64) -> Colour {
        let towards = if background.luminance() > 0.18 { 0.0 } else { 255.0 };
        let mix = |c: u8, t: f64| (f64::from(c) + (towards - f64::from(c)) * t).round() as u8;
        (0..=100)
            .map(|step| f64::from(step) / 100.0)
            .map(|t| Colour {
                r: mix(self.r, t),
                g: mix(self.g, t),
                b: mix(self.b, t),
            })
            .find(|c| c.contrast(background) >= target)
            .unwrap_or(self)
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_css_writes() {
        let navy = Colour {
            r: 0x13,
            g: 0x45,
            b: 0xa6,
        };
        assert_eq!(Colour::parse("#1345A6"), Some(navy));
        assert_eq!(Colour::parse("rgb(19, 69, 166)"), Some(navy));
        assert_eq!(Colour::parse("rgb(19 69 166 / 1)"), Some(navy));
        assert_eq!(Colour::parse("#fff"), Colour::parse("white"));
        // Names the CSS minifier writes for hex colours are read too.
        assert_eq!(Colour::parse("gray"), Colour::parse("#808080"));
        assert_eq!(Colour::parse("Navy"), Colour::parse("#000080"));
        assert!(Colour::parse("transparent").is_none() && Colour::parse("nosuchcolour").is_none());
        assert_eq!(Colour::parse("#ffffff80"), None, "see-through");
        assert_eq!(Colour::parse("transparent"), None);
        assert_eq!(Colour::parse("#12345"), None);
    }

    #[test]
    fn contrast_matches_wcag() {
        let (black, white) = (Colour::parse("#000").unwrap(), Colour::parse("#fff").unwrap());
        assert!((black.contrast(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        // #767676 on white is the palest grey that passes AA: 4.54:1.
        let grey = Colour::parse("#767676").unwrap();
        assert!((grey.contrast(white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn a_pale_colour_is_darkened_just_enough() {
        let white = Colour::parse("#fff").unwrap();
        let pale = Colour::parse("#969896").unwrap();
        let fixed = pale.with_contrast_on(white, 4.5);
        assert!(fixed.contrast(white) >= 4.5);
        assert!(fixed.contrast(white) < 4.8, "no darker than needed: {}", fixed.hex());
        let dark = Colour::parse("#1d1d1f").unwrap();
        assert_eq!(dark.with_contrast_on(white, 4.5), dark, "already enough");
    }
}
