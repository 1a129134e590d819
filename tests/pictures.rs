//! Image files for the image tests, made in memory: plain PNGs and JPEGs, a JPEG carrying
//! a GPS EXIF block, a PNG with text and XMP chunks, and a PNG decompression bomb.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageFormat, RgbImage};

/// A `w` x `h` picture in 16 x 16 steps of colour, so it is not all one colour but has
/// few, like a drawing: haven keeps it as it is (PNG stays PNG).
fn picture(w: u32, h: u32) -> DynamicImage {
    DynamicImage::ImageRgb8(RgbImage::from_fn(w, h, |x, y| {
        let step = |n: u32, of: u32| ((n * 16 / of.max(1)) * 17).min(255) as u8;
        image::Rgb([step(x, w), step(y, h), 128])
    }))
}

/// A `w` x `h` photograph-like picture (smooth light and fine grain: thousands of colours),
/// opaque except where `see_through` says.
fn photo(w: u32, h: u32, see_through: impl Fn(u32, u32) -> bool) -> DynamicImage {
    let mut seed = 0x9E37_79B9u32;
    DynamicImage::ImageRgba8(image::RgbaImage::from_fn(w, h, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let grain = (seed >> 28) as i32 - 8;
        let light = ((x as f64 / 97.0).sin() * (y as f64 / 61.0).cos() + 1.0) * 90.0;
        let c = |base: f64| (base as i32 + grain).clamp(0, 255) as u8;
        let alpha = if see_through(x, y) { 0 } else { 255 };
        image::Rgba([c(light + 40.0), c(light * 0.8 + 50.0), c(200.0 - light), alpha])
    }))
}

/// A photograph saved as an opaque PNG (as school cameras and phones' screenshots do).
pub fn photo_png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(photo(w, h, |_, _| false).to_rgb8())
        .write_to(&mut out, ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

/// A photograph-like PNG with a transparent corner: a cut-out, kept PNG.
pub fn see_through_png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    photo(w, h, |x, y| x < 20 && y < 20)
        .write_to(&mut out, ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

/// A PNG of `w` x `h` pixels.
pub fn png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    picture(w, h).write_to(&mut out, ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A JPEG of `w` x `h` pixels.
pub fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    picture(w, h)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 90))
        .unwrap();
    out
}

/// The CRC-32 of PNG chunks.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// One PNG chunk: length, type, data, CRC.
fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A PNG with a `tEXt` comment and an XMP `iTXt` chunk, both holding `secret`.
pub fn png_with_text(secret: &str) -> Vec<u8> {
    let plain = png(40, 30);
    let iend = plain.len() - 12;
    let mut out = plain[..iend].to_vec();
    out.extend(chunk(b"tEXt", format!("Comment\0{secret}").as_bytes()));
    let xmp = format!("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta><dc:creator>{secret}</dc:creator></x:xmpmeta>");
    out.extend(chunk(b"iTXt", xmp.as_bytes()));
    out.extend_from_slice(&plain[iend..]);
    out
}

/// An EXIF block (little-endian TIFF) with an orientation and a GPS position:
/// 51 deg 20' 12.34" N.
pub fn exif_with_gps(orientation: u16) -> Vec<u8> {
    let mut t: Vec<u8> = b"II*\0".to_vec();
    t.extend(8u32.to_le_bytes());
    // IFD0 at 8: two entries, then the next-IFD offset; the GPS IFD follows at 38.
    t.extend(2u16.to_le_bytes());
    t.extend([0x12, 0x01, 3, 0]); // Orientation, SHORT
    t.extend(1u32.to_le_bytes());
    t.extend(u32::from(orientation).to_le_bytes());
    t.extend([0x25, 0x88, 4, 0]); // GPSInfo, LONG
    t.extend(1u32.to_le_bytes());
    t.extend(38u32.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    // GPS IFD at 38: latitude ref "N", latitude as three rationals at 68.
    t.extend(2u16.to_le_bytes());
    t.extend([1, 0, 2, 0]);
    t.extend(2u32.to_le_bytes());
    t.extend(*b"N\0\0\0");
    t.extend([2, 0, 5, 0]);
    t.extend(3u32.to_le_bytes());
    t.extend(68u32.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    for (n, d) in [(51u32, 1u32), (20, 1), (1234, 100)] {
        t.extend(n.to_le_bytes());
        t.extend(d.to_le_bytes());
    }
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend(((t.len() + 8) as u16).to_be_bytes());
    app1.extend(b"Exif\0\0");
    app1.extend(t);
    app1
}

/// A JPEG of `w` x `h` carrying [`exif_with_gps`] right after its start marker.
pub fn jpeg_with_gps(w: u32, h: u32, orientation: u16) -> Vec<u8> {
    let plain = jpeg(w, h);
    let mut out = plain[..2].to_vec();
    out.extend(exif_with_gps(orientation));
    out.extend_from_slice(&plain[2..]);
    out
}

/// Writes `value` as `bits` bits, least significant first (DEFLATE's order).
struct Bits {
    out: Vec<u8>,
    acc: u64,
    count: u32,
}

impl Bits {
    fn push(&mut self, value: u32, bits: u32) {
        self.acc |= u64::from(value) << self.count;
        self.count += bits;
        while self.count >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.count -= 8;
        }
    }

    /// A fixed-Huffman code, which DEFLATE stores most significant bit first.
    fn code(&mut self, code: u32, bits: u32) {
        let reversed = code.reverse_bits() >> (32 - bits);
        self.push(reversed, bits);
    }
}

/// A real decompression bomb: a 20000 x 20000 PNG (1-bit grey, every pixel black) of a
/// few hundred KiB that would need gigabytes once decoded to 8-bit pixels.
pub fn png_bomb() -> Vec<u8> {
    let (w, h) = (20_000u32, 20_000u32);
    let raw_len = u64::from(h) * (1 + u64::from(w.div_ceil(8)));
    let mut bits = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        count: 0,
    };
    bits.push(1, 1); // last block
    bits.push(1, 2); // fixed Huffman
    bits.code(0x30, 8); // literal 0
    let mut left = raw_len - 1;
    while left >= 258 {
        bits.code(0xC5, 8); // length 258
        bits.code(0, 5); // distance 1
        left -= 258;
    }
    for _ in 0..left {
        bits.code(0x30, 8);
    }
    bits.code(0, 7); // end of block
    if bits.count > 0 {
        bits.out.push(bits.acc as u8);
    }
    let mut zlib = bits.out;
    let b = (raw_len % 65_521) as u32; // Adler-32 of zeros: a = 1, b = n
    zlib.extend(((b << 16) | 1).to_be_bytes());
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([1, 0, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(chunk(b"IHDR", &ihdr));
    out.extend(chunk(b"IDAT", &zlib));
    out.extend(chunk(b"IEND", &[]));
    out
}

/// True when `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The width and height of an image file.
pub fn dimensions(bytes: &[u8]) -> (u32, u32) {
    image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .unwrap()
        .into_dimensions()
        .unwrap()
}
