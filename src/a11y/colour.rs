//! Colours as CSS writes them (every syntax: `#1d1d1f`, `white`, `rgb()`, `oklch()`,
//! `color-mix()`, ...; read by `web::css_read`) and the WCAG contrast ratio between
//! two of them (WCAG 2.2, 1.4.3: relative luminance).

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
    /// Reads a CSS colour in any syntax (`css_read::srgb`); `None` for what is not one
    /// opaque colour.
    pub fn parse(value: &str) -> Option<Colour> {
        Self::read(value).ok()
    }

    /// Reads a CSS colour in any syntax, or says why it is not one opaque colour
    /// (`currentColor`, a see-through colour, an unknown name, ...).
    pub fn read(value: &str) -> Result<Colour, String> {
        let [r, g, b, alpha] = crate::web::css_read::srgb(value)?;
        if alpha < 255 {
            return Err(format!(
                "`{}` is see-through: its contrast depends on what is behind it",
                value.trim()
            ));
        }
        Ok(Colour { r, g, b })
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
        assert_eq!(Colour::parse("oklch(1 0 0)"), Colour::parse("white"));
        assert_eq!(
            Colour::parse("color-mix(in srgb, navy 30%, navy)"),
            Colour::parse("navy")
        );
        assert!(Colour::read("rgb(0 0 0 / 50%)").unwrap_err().contains("see-through"));
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
