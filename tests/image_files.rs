//! Publishing images (issue 6, DESIGN §7 rule 4): every raster image re-encoded without
//! its metadata, large ones resized with `srcset`, work cached, bombs and damaged files
//! refused with a clear error.

use std::time::Instant;

use crate::pictures::{self, contains, dimensions};
use crate::support::{TestSite, page};

const NO_PUPILS: &str = "alt = \"A drawing of a padlock\"\npupils = []\ncredit = \"Drawn by Year 5\"\n";

/// A site whose page `/p/` shows `static/NAME`, with a sidecar that needs no consent.
fn site_showing(name: &str, bytes: &[u8]) -> TestSite {
    TestSite::new()
        .bytes(&format!("static/{name}"), bytes)
        .file(&format!("static/{name}.toml"), NO_PUPILS)
        .file("content/p.md", &page("P", &format!("![](/{name})")))
}

#[test]
fn gps_exif_never_leaves_the_school() {
    let input = pictures::jpeg_with_gps(64, 48, 1);
    assert!(contains(&input, b"Exif\0\0") && contains(&input, b"II*\0"));
    let run = site_showing("trip.jpg", &input).build().ok();
    let output = std::fs::read(run.output.join("trip.jpg")).unwrap();
    assert!(output.starts_with(&[0xFF, 0xD8]), "still a JPEG");
    assert!(!contains(&output, b"Exif"), "EXIF left in the output");
    assert!(!contains(&output, b"II*\0"), "a TIFF block left in the output");
    assert!(
        !contains(&output, &1234u32.to_le_bytes()),
        "the GPS seconds left in the output"
    );
    assert_eq!(dimensions(&output), (64, 48));
}

#[test]
fn photos_are_turned_upright_before_their_exif_is_dropped() {
    let input = pictures::jpeg_with_gps(60, 20, 6); // stored sideways: rotate 90 degrees
    let run = site_showing("sideways.jpg", &input).build().ok();
    assert_eq!(
        dimensions(&std::fs::read(run.output.join("sideways.jpg")).unwrap()),
        (20, 60)
    );
    run.has("p/index.html", "height=60").has("p/index.html", "width=20>");
}

#[test]
fn png_text_and_xmp_chunks_are_dropped() {
    let run = site_showing("star.png", &pictures::png_with_text("Taken at 1 Harbour Lane"))
        .build()
        .ok();
    let output = std::fs::read(run.output.join("star.png")).unwrap();
    assert!(!contains(&output, b"Harbour Lane"));
    assert!(!contains(&output, b"tEXt") && !contains(&output, b"iTXt"));
    assert_eq!(dimensions(&output), (40, 30));
}

#[test]
fn large_images_are_resized_with_srcset_sizes_width_and_height() {
    let run = site_showing("big.png", &pictures::png(2000, 1000)).build().ok();
    let read = |name: &str| dimensions(&std::fs::read(run.output.join(name)).unwrap());
    assert_eq!(read("big.png"), (1600, 800));
    assert_eq!(read("big-480w.png"), (480, 240));
    assert_eq!(read("big-800w.png"), (800, 400));
    assert_eq!(read("big-1200w.png"), (1200, 600));
    let html = run.read("p/index.html");
    assert!(html.contains("height=800 ") && html.contains("width=1600>"), "{html}");
    assert!(
        html.contains(
            "srcset=\"../big-480w.png 480w, ../big-800w.png 800w, ../big-1200w.png 1200w, ../big.png 1600w\""
        ),
        "{html}"
    );
    assert!(
        html.contains("sizes=\"(min-width: 60rem) 58rem, calc(100vw - 2rem)\""),
        "{html}"
    );
    assert!(html.contains("alt=\"A drawing of a padlock\""), "{html}");
}

#[test]
fn small_images_keep_their_size_and_get_no_srcset() {
    let run = site_showing("icon.png", &pictures::png(300, 200)).build().ok();
    run.has("p/index.html", "width=300>")
        .has("p/index.html", "height=200 ")
        .lacks("p/index.html", "srcset")
        .missing("icon-480w.png");
}

#[test]
fn an_unchanged_image_is_not_re_encoded() {
    let site = site_showing("photo.jpg", &pictures::jpeg(900, 600));
    let first = std::fs::read(site.build().ok().output.join("photo.jpg")).unwrap();
    let entries: Vec<_> = std::fs::read_dir(site.path().join(".haven/images"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1, "one cache entry: {entries:?}");
    let cached = entries[0].join("0.img");
    assert_eq!(std::fs::read(&cached).unwrap(), first);
    // A rebuild that encoded again would replace the entry, and its files with it.
    let written = std::fs::metadata(&cached).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let second = std::fs::read(site.build().ok().output.join("photo.jpg")).unwrap();
    assert_eq!(second, first);
    assert_eq!(
        std::fs::metadata(&cached).unwrap().modified().unwrap(),
        written,
        "the image was encoded again instead of reused"
    );
    // A changed image is encoded again, and the stale entry pruned.
    let site = site.bytes("static/photo.jpg", &pictures::jpeg(700, 600));
    let third = std::fs::read(site.build().ok().output.join("photo.jpg")).unwrap();
    assert_eq!(dimensions(&third), (700, 600));
    assert!(!entries[0].exists(), "the old cache entry is pruned");
}

#[test]
fn a_png_bomb_is_refused_quickly_with_a_clear_message() {
    let bomb = pictures::png_bomb();
    assert!(bomb.len() < 1_000_000, "the bomb is small: {} bytes", bomb.len());
    let site = site_showing("bomb.png", &bomb);
    let started = Instant::now();
    site.build()
        .fails()
        .says("image refused: static/bomb.png cannot be published: it is 20000 x 20000 pixels")
        .says("decompression bomb")
        .says("on /p/")
        .missing("index.html");
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
}

#[test]
fn a_damaged_image_is_a_clear_error_not_a_crash() {
    let png = pictures::png(64, 64);
    site_showing("cut.png", &png[..png.len() / 2])
        .build()
        .fails()
        .says("image refused: static/cut.png cannot be published")
        .says("open it in an image editor and save it again");
    site_showing("fake.jpg", b"<html>this is not a photo</html>")
        .build()
        .fails()
        .says("image refused: static/fake.jpg cannot be published");
}

#[test]
fn gifs_and_webps_are_re_encoded_and_svg_is_copied_as_is() {
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><!-- kept --></svg>";
    let mut gif = Vec::new();
    image::DynamicImage::new_rgba8(12, 8)
        .write_to(&mut std::io::Cursor::new(&mut gif), image::ImageFormat::Gif)
        .unwrap();
    let mut webp = Vec::new();
    image::DynamicImage::new_rgb8(12, 8)
        .write_to(&mut std::io::Cursor::new(&mut webp), image::ImageFormat::WebP)
        .unwrap();
    let run = site_showing("a.gif", &gif)
        .bytes("static/b.webp", &webp)
        .file("static/b.webp.toml", NO_PUPILS)
        .file("static/c.svg", svg)
        .build()
        .ok();
    assert_eq!(dimensions(&std::fs::read(run.output.join("a.gif")).unwrap()), (12, 8));
    assert_eq!(dimensions(&std::fs::read(run.output.join("b.webp")).unwrap()), (12, 8));
    assert_eq!(std::fs::read_to_string(run.output.join("c.svg")).unwrap(), svg);
}
