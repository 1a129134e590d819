//! Makes the image benchmark's photos: `make-photos SITE N` writes N phone-like photos of
//! 4000 x 3000 (smooth light and fine noise, so they compress like real photos, each with
//! an EXIF block holding a GPS position) into SITE/static/photos/, each with a sidecar, and
//! a page showing all of them, SITE/content/photos.md. `make-photos SITE N png` writes them
//! as PNG instead (no EXIF), as some school cameras and scanners do.

use std::path::Path;

use image::codecs::jpeg::JpegEncoder;
use image::{Rgb, RgbImage};

// The test suite's picture makers: the benchmark's photos carry the same GPS EXIF block.
#[allow(dead_code)] // only the EXIF maker is used here
#[path = "../../tests/pictures.rs"]
mod pictures;

const WIDTH: u32 = 4000;
const HEIGHT: u32 = 3000;

/// A small deterministic random number generator (xorshift), so runs are repeatable.
struct Noise(u32);

impl Noise {
    fn next(&mut self) -> u8 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        (self.0 >> 24) as u8
    }
}

fn photo(seed: u32) -> RgbImage {
    let mut noise = Noise(seed.wrapping_mul(2_654_435_761) | 1);
    let (fx, fy) = (1.0 + f64::from(seed % 7), 1.0 + f64::from(seed % 5));
    RgbImage::from_fn(WIDTH, HEIGHT, |x, y| {
        let (u, v) = (f64::from(x) / f64::from(WIDTH), f64::from(y) / f64::from(HEIGHT));
        let light = ((u * fx * 3.1).sin() * (v * fy * 2.3).cos() + 1.0) * 90.0;
        let grain = i32::from(noise.next() % 24) - 12;
        let channel = |base: f64| (base as i32 + grain).clamp(0, 255) as u8;
        Rgb([
            channel(light + 40.0),
            channel(light * 0.8 + 50.0),
            channel(200.0 - light),
        ])
    })
}

/// Writes photo `name`'s sidecar and shows it on the page.
fn add(dir: &Path, name: &str, i: u32, page: &mut String) {
    let sidecar = format!("alt = \"Benchmark photo {i}\"\npupils = []\ncredit = \"Generated\"\n");
    std::fs::write(dir.join(format!("{name}.toml")), sidecar).expect("write sidecar");
    page.push_str(&format!("![](/photos/{name})\n\n"));
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(site), Some(count)) = (args.get(1), args.get(2).and_then(|n| n.parse::<u32>().ok())) else {
        eprintln!("usage: make-photos SITE COUNT [png]");
        std::process::exit(1);
    };
    // `png`: the photos saved as PNG, as some school cameras and scanners do (issue 20).
    let png = args.get(3).is_some_and(|f| f == "png");
    let dir = Path::new(site).join("static/photos");
    std::fs::create_dir_all(&dir).expect("create static/photos");
    let mut page = String::from("+++\ntitle = \"Photos\"\n+++\n");
    for i in 0..count {
        if png {
            let name = format!("photo-{i:03}.png");
            photo(i).save(dir.join(&name)).expect("write photo");
            add(&dir, &name, i, &mut page);
            continue;
        }
        let mut jpeg = Vec::new();
        photo(i)
            .write_with_encoder(JpegEncoder::new_with_quality(&mut jpeg, 92))
            .expect("encode");
        let mut bytes = jpeg[..2].to_vec();
        bytes.extend(pictures::exif_with_gps(1));
        bytes.extend_from_slice(&jpeg[2..]);
        let name = format!("photo-{i:03}.jpg");
        std::fs::write(dir.join(&name), bytes).expect("write photo");
        add(&dir, &name, i, &mut page);
    }
    std::fs::write(Path::new(site).join("content/photos.md"), page).expect("write page");
}
