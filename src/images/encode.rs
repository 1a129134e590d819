//! Re-encoding (DESIGN §7 rule 4): every published raster image is decoded and written
//! afresh by the `image` crate, so EXIF (GPS, camera, times), XMP, IPTC and text chunks
//! never leave the school. Photos are turned upright first (EXIF orientation), then
//! shrunk to the largest display width, with smaller widths for `srcset`.
//!
//! Decoding is bounded: an image's size is read from its header and refused before any
//! pixel is decoded when it would need more memory than [`MAX_BYTES`], so a
//! decompression bomb costs milliseconds, not the machine.

use std::io::Cursor;

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::gif::{GifDecoder, GifEncoder, Repeat};
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::codecs::webp::{WebPDecoder, WebPEncoder};
use image::{AnimationDecoder, DynamicImage, Frame, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits};

/// The widest an image is shown: the theme's page column (60rem) on a high-density screen.
pub const DISPLAY_WIDTH: u32 = 1600;
/// The smaller widths offered in `srcset`, for phones and tablets.
pub const VARIANT_WIDTHS: [u32; 3] = [480, 800, 1200];
/// The longest side haven decodes.
pub const MAX_SIDE: u32 = 16_384;
/// The most memory one decoded image (all its frames) may take.
pub const MAX_BYTES: u64 = 512 * 1024 * 1024;
const JPEG_QUALITY: u8 = 82;
/// Faster than the default palette search, with no visible difference for small animations.
const GIF_SPEED: i32 = 10;

/// The file formats haven publishes, from the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// `.png`
    Png,
    /// `.jpg`, `.jpeg`
    Jpeg,
    /// `.gif`: re-encoded frame by frame, never resized.
    Gif,
    /// `.webp`: re-encoded losslessly (the `image` crate writes no lossy WebP).
    WebP,
}

impl Format {
    /// The format a file name asks for, if it is a raster image.
    pub fn of(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(Format::Png),
            "jpg" | "jpeg" => Some(Format::Jpeg),
            "gif" => Some(Format::Gif),
            "webp" => Some(Format::WebP),
            _ => None,
        }
    }

    fn image_format(self) -> ImageFormat {
        match self {
            Format::Png => ImageFormat::Png,
            Format::Jpeg => ImageFormat::Jpeg,
            Format::Gif => ImageFormat::Gif,
            Format::WebP => ImageFormat::WebP,
        }
    }
}

/// The pixel sizes of a published image and of its smaller variants.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sizes {
    /// Width of the published image.
    pub width: u32,
    /// Height of the published image.
    pub height: u32,
    /// `(width, height)` of each smaller variant, narrowest first.
    pub variants: Vec<(u32, u32)>,
    /// Published as a photograph: lossy WebP with a JPEG fallback ([`super::photo`]).
    #[serde(default)]
    pub photo: bool,
}

/// The height that keeps the aspect ratio of `width` x `height` at `new_width`.
fn scaled_height(width: u32, height: u32, new_width: u32) -> u32 {
    let h = (u64::from(height) * u64::from(new_width) + u64::from(width) / 2) / u64::from(width.max(1));
    u32::try_from(h.max(1)).unwrap_or(u32::MAX)
}

/// What an upright `width` x `height` image is published as.
pub fn plan_sizes(format: Format, width: u32, height: u32) -> Sizes {
    if format == Format::Gif || width <= 1 {
        return Sizes {
            width,
            height,
            variants: Vec::new(),
            photo: false,
        };
    }
    let shown = width.min(DISPLAY_WIDTH);
    Sizes {
        width: shown,
        height: scaled_height(width, height, shown),
        variants: VARIANT_WIDTHS
            .iter()
            .filter(|&&w| w < shown)
            .map(|&w| (w, scaled_height(width, height, w)))
            .collect(),
        photo: false,
    }
}

/// Why an image cannot be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What is wrong, completing "cannot be published: ...".
    pub reason: String,
    /// How to fix it.
    pub hint: String,
}

impl Refusal {
    fn new(reason: impl Into<String>, hint: &str) -> Self {
        Refusal {
            reason: reason.into(),
            hint: hint.into(),
        }
    }
}

const RESAVE: &str = "open it in an image editor and save it again as PNG or JPEG, or replace it";

fn refusal(err: ImageError) -> Refusal {
    match err {
        ImageError::Limits(e) => Refusal::new(
            format!("decoding it would need more memory than haven allows ({e})"),
            "make it smaller in an image editor (a photo rarely needs more than 4000 pixels across)",
        ),
        ImageError::Unsupported(e) => Refusal::new(format!("it is not an image haven can read ({e})"), RESAVE),
        ImageError::IoError(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Refusal::new(
            "the file ends early: it is damaged or was not copied completely",
            RESAVE,
        ),
        other => Refusal::new(format!("it is damaged or not really an image ({other})"), RESAVE),
    }
}

/// A decoder for `bytes`, by content when recognisable, else by the file's extension.
fn open(bytes: &[u8], format: Format) -> Result<ImageReader<Cursor<&[u8]>>, Refusal> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format.image_format())
        .with_guessed_format()
        .map_err(|e| refusal(ImageError::IoError(e)))?;
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_BYTES);
    reader.limits(limits);
    Ok(reader)
}

/// Refuses sizes that would take too much memory to decode, before decoding anything.
fn check_size(width: u32, height: u32, total_bytes: u64) -> Result<(), Refusal> {
    let hint = "make it smaller in an image editor (a photo rarely needs more than 4000 pixels across)";
    if width == 0 || height == 0 {
        return Err(Refusal::new(
            format!("it is {width} x {height} pixels: it has no picture"),
            RESAVE,
        ));
    }
    if width > MAX_SIDE || height > MAX_SIDE || total_bytes > MAX_BYTES {
        return Err(Refusal::new(
            format!(
                "it is {width} x {height} pixels, which would need {} MiB to decode; haven's limit is {MAX_SIDE} pixels a side and {} MiB (a file this small that large is often a decompression bomb)",
                total_bytes / (1024 * 1024),
                MAX_BYTES / (1024 * 1024)
            ),
            hint,
        ));
    }
    Ok(())
}

/// The upright width and height of an image, from its header alone.
pub fn read_header(bytes: &[u8], format: Format) -> Result<(u32, u32), Refusal> {
    let mut decoder = open(bytes, format)?.into_decoder().map_err(refusal)?;
    let (w, h) = decoder.dimensions();
    check_size(w, h, decoder.total_bytes())?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    Ok(if swaps_sides(orientation) { (h, w) } else { (w, h) })
}

fn swaps_sides(orientation: image::metadata::Orientation) -> bool {
    use image::metadata::Orientation::*;
    matches!(orientation, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH)
}

/// A published image and its variants, encoded.
#[derive(Debug, Clone)]
pub struct Encoded {
    /// Their sizes.
    pub sizes: Sizes,
    /// The published image.
    pub full: Vec<u8>,
    /// The other files: the variants, in the order of `sizes.variants`; for a photograph,
    /// every file after the first that [`super::photo::files`] lists, in its order.
    pub variants: Vec<Vec<u8>>,
}

/// Decodes `bytes` and writes the image afresh, resized as [`plan_sizes`] says: in
/// `format`, or, for a photograph, as every file [`photo::files`] lists.
pub fn encode(bytes: &[u8], format: Format, photo: bool) -> Result<Encoded, Refusal> {
    if format == Format::Gif {
        return encode_gif(bytes);
    }
    let image = decode(bytes, format)?;
    let mut sizes = plan_sizes(format, image.width(), image.height());
    sizes.photo = photo;
    let shown = resize(&image, sizes.width, sizes.height)?;
    drop(image);
    if photo {
        return super::photo::encode(&shown, format, sizes);
    }
    let full = encode_still(&shown, format)?;
    let variants = sizes
        .variants
        .iter()
        .map(|&(vw, vh)| encode_still(&resize(&shown, vw, vh)?, format))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Encoded { sizes, full, variants })
}

/// Decodes a still image within haven's limits and turns it upright.
pub fn decode(bytes: &[u8], format: Format) -> Result<DynamicImage, Refusal> {
    let reader = open(bytes, format)?;
    if reader.format() == Some(ImageFormat::WebP) && is_animated_webp(bytes) {
        return Err(Refusal::new(
            "it is an animated WebP, which haven cannot re-encode",
            "save the animation as a GIF, or use a still image",
        ));
    }
    let mut decoder = reader.into_decoder().map_err(refusal)?;
    let (w, h) = decoder.dimensions();
    check_size(w, h, decoder.total_bytes())?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    image.apply_orientation(orientation);
    Ok(image)
}

fn is_animated_webp(bytes: &[u8]) -> bool {
    WebPDecoder::new(Cursor::new(bytes)).is_ok_and(|d| d.has_animation())
}

/// `image` at `width` x `height` (itself when already that size), Lanczos-filtered.
pub(super) fn resize(image: &DynamicImage, width: u32, height: u32) -> Result<DynamicImage, Refusal> {
    if image.width() == width && image.height() == height {
        return Ok(image.clone());
    }
    let source = match image {
        DynamicImage::ImageRgb32F(_) | DynamicImage::ImageRgba32F(_) => DynamicImage::ImageRgba16(image.to_rgba16()),
        other => other.clone(),
    };
    let mut target = DynamicImage::new(width, height, source.color());
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    Resizer::new()
        .resize(&source, &mut target, &options)
        .map_err(|e| Refusal::new(format!("it could not be resized ({e})"), RESAVE))?;
    Ok(target)
}

/// One still image in `format`, with no metadata at all.
pub(super) fn encode_still(image: &DynamicImage, format: Format) -> Result<Vec<u8>, Refusal> {
    let mut out = Vec::new();
    let written = match format {
        Format::Jpeg => return encode_jpeg(image),
        Format::Png => image.write_with_encoder(PngEncoder::new_with_quality(
            &mut out,
            CompressionType::Default,
            PngFilter::Adaptive,
        )),
        Format::Gif => GifEncoder::new_with_speed(&mut out, GIF_SPEED).encode_frame(Frame::new(image.to_rgba8())),
        Format::WebP => {
            let rgba = if image.color().has_alpha() {
                DynamicImage::ImageRgba8(image.to_rgba8())
            } else {
                DynamicImage::ImageRgb8(image.to_rgb8())
            };
            rgba.write_with_encoder(WebPEncoder::new_lossless(&mut out))
        }
    };
    written.map_err(|e| Refusal::new(format!("it could not be written again ({e})"), RESAVE))?;
    Ok(out)
}

/// A JPEG, by the SIMD encoder of `jpeg-encoder` (three times as fast as the `image`
/// crate's), with optimised Huffman tables and only the JFIF header.
fn encode_jpeg(image: &DynamicImage) -> Result<Vec<u8>, Refusal> {
    let rgb;
    let (pixels, color) = match image {
        DynamicImage::ImageLuma8(grey) => (grey.as_raw(), jpeg_encoder::ColorType::Luma),
        DynamicImage::ImageRgb8(colour) => (colour.as_raw(), jpeg_encoder::ColorType::Rgb),
        other => {
            rgb = other.to_rgb8();
            (rgb.as_raw(), jpeg_encoder::ColorType::Rgb)
        }
    };
    let side =
        |n: u32| u16::try_from(n).map_err(|_| Refusal::new(format!("it is too large for JPEG ({n} pixels)"), RESAVE));
    let (width, height) = (side(image.width())?, side(image.height())?);
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
    encoder.set_optimized_huffman_tables(true);
    encoder
        .encode(pixels, width, height, color)
        .map_err(|e| Refusal::new(format!("it could not be written again ({e})"), RESAVE))?;
    Ok(out)
}

/// A GIF, frame by frame at its own size (animations keep moving), comments and
/// application blocks dropped.
fn encode_gif(bytes: &[u8]) -> Result<Encoded, Refusal> {
    let mut decoder = GifDecoder::new(Cursor::new(bytes)).map_err(refusal)?;
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_BYTES);
    decoder.set_limits(limits).map_err(refusal)?;
    let (w, h) = decoder.dimensions();
    check_size(w, h, decoder.total_bytes())?;
    let frame_bytes = u64::from(w) * u64::from(h) * 4;
    let mut frames = Vec::new();
    for frame in decoder.into_frames() {
        frames.push(frame.map_err(refusal)?);
        if frame_bytes * frames.len() as u64 > MAX_BYTES {
            return Err(Refusal::new(
                format!(
                    "its animation has too many frames to decode within {} MiB",
                    MAX_BYTES / (1024 * 1024)
                ),
                "shorten the animation, or make it smaller",
            ));
        }
    }
    let mut full = Vec::new();
    {
        let mut encoder = GifEncoder::new_with_speed(&mut full, GIF_SPEED);
        encoder.set_repeat(Repeat::Infinite).map_err(refusal)?;
        encoder.encode_frames(frames).map_err(refusal)?;
    }
    Ok(Encoded {
        sizes: plan_sizes(Format::Gif, w, h),
        full,
        variants: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_shrink_to_the_display_width_with_smaller_variants() {
        let s = plan_sizes(Format::Jpeg, 4000, 3000);
        assert_eq!((s.width, s.height), (1600, 1200));
        assert_eq!(s.variants, vec![(480, 360), (800, 600), (1200, 900)]);
        let small = plan_sizes(Format::Png, 640, 480);
        assert_eq!((small.width, small.height), (640, 480));
        assert_eq!(small.variants, vec![(480, 360)]);
        assert!(plan_sizes(Format::Gif, 4000, 3000).variants.is_empty());
    }

    #[test]
    fn formats_come_from_extensions() {
        assert_eq!(Format::of("a/B.JPG"), Some(Format::Jpeg));
        assert_eq!(Format::of("a.webp"), Some(Format::WebP));
        assert_eq!(Format::of("a.svg"), None);
        assert_eq!(Format::of("png"), None);
    }

    #[test]
    fn a_still_round_trips_without_metadata() {
        let mut png = Vec::new();
        DynamicImage::new_rgb8(2000, 1000)
            .write_with_encoder(PngEncoder::new(&mut png))
            .unwrap();
        assert_eq!(read_header(&png, Format::Png), Ok((2000, 1000)));
        let out = encode(&png, Format::Jpeg, false).unwrap();
        assert_eq!((out.sizes.width, out.sizes.height), (1600, 800));
        assert_eq!(out.variants.len(), 3);
        assert!(out.full.starts_with(&[0xFF, 0xD8]), "a JPEG, as the name asks");
    }

    #[test]
    fn garbage_is_refused_with_a_reason() {
        let e = encode(b"not an image at all", Format::Png, false).unwrap_err();
        assert!(
            e.reason.contains("not an image") || e.reason.contains("damaged"),
            "{e:?}"
        );
    }
}
