//! Photographs for phones (issue 20): a photograph is published as lossy WebP, which every
//! current browser shows, with a JPEG fallback for the rest, each in every `srcset` width;
//! a drawing (line art, a diagram, anything transparent) stays as it was written (PNG stays
//! lossless PNG), because lossy compression smudges sharp edges and JPEG has no transparency.
//!
//! What is a photograph, in this order (docs/images.md): the sidecar's `photo = true|false`;
//! a JPEG is one; a GIF never is; a PNG or WebP is one when every pixel is opaque and it
//! has at least [`PHOTO_COLOURS`] distinct colours (a drawing has a few flat colours and
//! their anti-aliased edges; a photograph has tens of thousands).
//!
//! libwebp (through the `webp` crate) encodes on one thread with fixed settings, so the
//! same picture gives the same bytes at every build on a machine.

use std::collections::HashSet;

use image::DynamicImage;

use super::encode::{Encoded, Format, Refusal, Sizes, encode_still, resize};
use super::variant_path;

/// libwebp's quality (0-100) for photographs. Measured on the example's photo and three
/// real photographs (notes of issue 20): 70 gives 27-65% of the bytes of the JPEG at 82
/// (40% in all), 75 gives 45% in all.
pub const WEBP_QUALITY: f32 = 70.0;
/// libwebp's effort (0-6): 6 saves another 5% of bytes for about 4% more build time.
pub const WEBP_METHOD: i32 = 6;
/// The number of distinct colours from which an opaque PNG or WebP counts as a photograph.
pub const PHOTO_COLOURS: usize = 4096;

/// Whether an image is published as a photograph. `decoded` is called only for a PNG or
/// WebP without a sidecar answer.
pub fn is_photo(
    format: Format,
    sidecar_says: Option<bool>,
    decoded: impl FnOnce() -> Result<DynamicImage, Refusal>,
) -> Result<bool, Refusal> {
    match (format, sidecar_says) {
        // An animation is never re-encoded as a still.
        (Format::Gif, _) => Ok(false),
        (_, Some(answer)) => Ok(answer),
        (Format::Jpeg, None) => Ok(true),
        (Format::Png | Format::WebP, None) => Ok(looks_like_a_photo(&decoded()?)),
    }
}

/// True for an opaque image with at least [`PHOTO_COLOURS`] colours.
pub fn looks_like_a_photo(image: &DynamicImage) -> bool {
    if image.color().has_alpha() && image.to_rgba8().pixels().any(|p| p.0[3] < u8::MAX) {
        return false;
    }
    let rgb = image.to_rgb8();
    let mut colours = HashSet::with_capacity(PHOTO_COLOURS);
    for p in rgb.pixels() {
        colours.insert(u32::from_le_bytes([p.0[0], p.0[1], p.0[2], 0]));
        if colours.len() >= PHOTO_COLOURS {
            return true;
        }
    }
    false
}

/// One file an image is published as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// Its output path.
    pub path: String,
    /// Its format.
    pub format: Format,
    /// Its width in pixels.
    pub width: u32,
    /// Its height in pixels.
    pub height: u32,
}

/// `path` with its extension replaced: `/a/photo.png` -> `/a/photo.webp`.
fn with_extension(path: &str, ext: &str) -> String {
    let name_start = path.rfind('/').map_or(0, |i| i + 1);
    match path[name_start..].rfind('.') {
        Some(dot) if dot > 0 => format!("{}.{ext}", &path[..name_start + dot]),
        _ => format!("{path}.{ext}"),
    }
}

/// Every file an image at `path` is published as, the image's own path first. A drawing:
/// its own format in every width. A photograph: JPEG and WebP in every width, at its own
/// path when it already is one and beside it otherwise (`photo.png` -> `photo.jpg`,
/// `photo.webp`); a PNG photograph's own path still holds it, full size, for links to it.
pub fn files(path: &str, format: Format, sizes: &Sizes) -> Vec<File> {
    let family = |path: &str, format: Format| {
        let mut list = vec![File {
            path: path.to_string(),
            format,
            width: sizes.width,
            height: sizes.height,
        }];
        list.extend(sizes.variants.iter().map(|&(width, height)| File {
            path: variant_path(path, width),
            format,
            width,
            height,
        }));
        list
    };
    if !sizes.photo {
        return family(path, format);
    }
    let jpeg = if format == Format::Jpeg {
        path.to_string()
    } else {
        with_extension(path, "jpg")
    };
    let webp = if format == Format::WebP {
        path.to_string()
    } else {
        with_extension(path, "webp")
    };
    let own = File {
        path: path.to_string(),
        format,
        width: sizes.width,
        height: sizes.height,
    };
    let mut list = vec![own];
    list.extend(family(&jpeg, Format::Jpeg).into_iter().filter(|f| f.path != path));
    list.extend(family(&webp, Format::WebP).into_iter().filter(|f| f.path != path));
    list
}

/// Writes a photograph, already at its published size, as every file of [`files`].
pub fn encode(shown: &DynamicImage, format: Format, sizes: Sizes) -> Result<Encoded, Refusal> {
    let mut bytes = Vec::new();
    // Each width is resized once, for both formats.
    let mut resized: Vec<(u32, DynamicImage)> = Vec::new();
    for file in files("/p", format, &sizes) {
        if file.width != shown.width() && !resized.iter().any(|(w, _)| *w == file.width) {
            resized.push((file.width, resize(shown, file.width, file.height)?));
        }
        let image = resized.iter().find(|(w, _)| *w == file.width).map_or(shown, |(_, i)| i);
        bytes.push(match file.format {
            Format::WebP => encode_webp(image)?,
            other => encode_still(image, other)?,
        });
    }
    let full = bytes.remove(0);
    Ok(Encoded {
        sizes,
        full,
        variants: bytes,
    })
}

/// A lossy WebP at [`WEBP_QUALITY`] and [`WEBP_METHOD`], with no metadata (libwebp writes
/// none unless asked).
pub fn encode_webp(image: &DynamicImage) -> Result<Vec<u8>, Refusal> {
    let rgb = image.to_rgb8();
    let encoder = webp::Encoder::from_rgb(rgb.as_raw(), rgb.width(), rgb.height());
    let mut config = webp::WebPConfig::new().map_err(|_| Refusal {
        reason: "libwebp could not be set up".into(),
        hint: "save it as JPEG instead".into(),
    })?;
    config.lossless = 0;
    config.quality = WEBP_QUALITY;
    config.method = WEBP_METHOD;
    let memory = encoder.encode_advanced(&config).map_err(|e| Refusal {
        reason: format!("it could not be written as WebP ({e:?})"),
        hint: "make it smaller in an image editor, or save it as JPEG".into(),
    })?;
    Ok(memory.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::images::encode::plan_sizes;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    fn noisy(width: u32, height: u32) -> DynamicImage {
        let mut seed = 7u32;
        DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |_, _| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let [a, b, c, _] = seed.to_le_bytes();
            Rgb([a, b, c])
        }))
    }

    #[test]
    fn photographs_are_told_from_drawings_by_their_pixels() {
        assert!(looks_like_a_photo(&noisy(100, 100)));
        let flat = RgbImage::from_fn(100, 100, |x, _| Rgb([if x < 50 { 0 } else { 255 }, 40, 90]));
        assert!(!looks_like_a_photo(&DynamicImage::ImageRgb8(flat)));
        let mut see_through = noisy(100, 100).to_rgba8();
        see_through.put_pixel(3, 3, Rgba([0, 0, 0, 0]));
        assert!(!looks_like_a_photo(&DynamicImage::ImageRgba8(see_through)));
        let opaque = RgbaImage::from_fn(100, 100, |x, y| Rgba([x as u8, y as u8, (x * y) as u8, 255]));
        assert!(looks_like_a_photo(&DynamicImage::ImageRgba8(opaque)));
        let never = || -> Result<DynamicImage, Refusal> { panic!("a JPEG or an answered sidecar is not decoded") };
        assert_eq!(is_photo(Format::Jpeg, None, never), Ok(true));
        assert_eq!(is_photo(Format::Jpeg, Some(false), never), Ok(false));
        assert_eq!(is_photo(Format::Gif, Some(true), never), Ok(false));
    }

    #[test]
    fn a_png_photograph_gets_jpeg_and_webp_beside_it() {
        let mut sizes = plan_sizes(Format::Png, 1000, 500);
        sizes.photo = true;
        let paths: Vec<String> = files("/a/p.png", Format::Png, &sizes)
            .into_iter()
            .map(|f| f.path)
            .collect();
        assert_eq!(
            paths,
            [
                "/a/p.png",
                "/a/p.jpg",
                "/a/p-480w.jpg",
                "/a/p-800w.jpg",
                "/a/p.webp",
                "/a/p-480w.webp",
                "/a/p-800w.webp"
            ]
        );
        let webp: Vec<String> = files("/p.webp", Format::WebP, &sizes)
            .into_iter()
            .map(|f| f.path)
            .collect();
        assert_eq!(
            webp,
            [
                "/p.webp",
                "/p.jpg",
                "/p-480w.jpg",
                "/p-800w.jpg",
                "/p-480w.webp",
                "/p-800w.webp"
            ]
        );
    }

    #[test]
    fn webp_is_lossy_smaller_and_the_same_every_time() {
        let mut sizes = plan_sizes(Format::Png, 600, 400);
        sizes.photo = true;
        let picture = noisy(600, 400);
        let one = encode(&picture, Format::Png, sizes.clone()).unwrap();
        let two = encode(&picture, Format::Png, sizes).unwrap();
        assert_eq!(one.variants, two.variants, "deterministic");
        let webp = one.variants.last().unwrap();
        assert!(webp.starts_with(b"RIFF") && &webp[8..12] == b"WEBP");
        assert!(
            webp.windows(4).any(|w| w == b"VP8 "),
            "lossy (VP8), not lossless (VP8L)"
        );
    }
}
