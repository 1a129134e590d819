//! Photographs for phones (issue 20): a photograph is published as lossy WebP with a JPEG
//! fallback in a `<picture>`, a drawing or a transparent image stays PNG, files over the
//! size budget are named, images after a page's first load lazily, and the consent rules
//! hold for every format a photograph is written in.

use crate::pictures::{self, dimensions};
use crate::support::{CONFIG, TestSite, page};

const NO_PUPILS: &str = "alt = \"The school field\"\npupils = []\ncredit = \"School photo\"\n";

/// A site whose page `/p/` shows `static/NAME` (with a sidecar needing no consent).
fn site_showing(name: &str, bytes: &[u8], sidecar: &str) -> TestSite {
    TestSite::new()
        .bytes(&format!("static/{name}"), bytes)
        .file(&format!("static/{name}.toml"), sidecar)
        .file("content/p.md", &page("P", &format!("![](/{name})")))
}

/// True for lossy WebP: a RIFF WEBP file whose image is VP8 (lossless is VP8L).
fn is_lossy_webp(bytes: &[u8]) -> bool {
    bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" && &bytes[12..16] == b"VP8 "
}

#[test]
fn a_photograph_is_published_as_webp_with_a_jpeg_fallback_in_a_picture() {
    let run = site_showing("field.png", &pictures::photo_png(1700, 1275), NO_PUPILS)
        .bytes("static/hall.jpg", &pictures::jpeg(900, 600))
        .file("static/hall.jpg.toml", NO_PUPILS)
        .file("content/q.md", &page("Q", "![The hall](/hall.jpg)"))
        .build()
        .ok();
    let file = |name: &str| std::fs::read(run.output.join(name)).unwrap();
    for (width, suffix) in [(1600, ""), (480, "-480w"), (800, "-800w"), (1200, "-1200w")] {
        let webp = file(&format!("field{suffix}.webp"));
        assert!(is_lossy_webp(&webp), "field{suffix}.webp");
        assert_eq!(dimensions(&webp), (width, width * 3 / 4));
        let jpeg = file(&format!("field{suffix}.jpg"));
        assert!(jpeg.starts_with(&[0xFF, 0xD8]), "field{suffix}.jpg is a JPEG");
        assert!(
            webp.len() < jpeg.len(),
            "the WebP is the smaller: {} vs {}",
            webp.len(),
            jpeg.len()
        );
    }
    // The PNG stays at its own address for any link to it, but no page shows it.
    assert_eq!(dimensions(&file("field.png")), (1600, 1200));
    assert!(!run.output.join("field-480w.png").exists());
    let html = run.read_raw("p/index.html");
    assert!(
        html.contains("<picture><source type=\"image/webp\" srcset=\"../field-480w.webp 480w, ../field-800w.webp 800w, ../field-1200w.webp 1200w, ../field.webp 1600w\" sizes=\"(min-width: 60rem) 58rem, calc(100vw - 2rem)\"><img src=\"../field.jpg\" alt=\"The school field\" width=\"1600\" height=\"1200\" srcset=\"../field-480w.jpg 480w, ../field-800w.jpg 800w, ../field-1200w.jpg 1200w, ../field.jpg 1600w\""),
        "{html}"
    );
    assert!(html.contains("</picture>") && !html.contains("field.png"), "{html}");
    // A JPEG is a photograph too: its WebP sits beside it.
    assert!(is_lossy_webp(&file("hall.webp")));
    let html = run.read_raw("q/index.html");
    assert!(
        html.contains(
            "<source type=\"image/webp\" srcset=\"../hall-480w.webp 480w, ../hall-800w.webp 800w, ../hall.webp 900w\""
        ),
        "{html}"
    );
    assert!(
        html.contains("<img src=\"../hall.jpg\" alt=\"The hall\" width=\"900\" height=\"600\""),
        "{html}"
    );
}

#[test]
fn transparent_images_and_drawings_stay_png_unless_the_sidecar_says() {
    let opaque_photo = pictures::photo_png(600, 400);
    let run = site_showing("cut-out.png", &pictures::see_through_png(600, 400), NO_PUPILS)
        .bytes("static/diagram.png", &pictures::png(600, 400))
        .file("static/diagram.png.toml", NO_PUPILS)
        .bytes("static/screenshot.png", &opaque_photo)
        .file("static/screenshot.png.toml", &format!("{NO_PUPILS}photo = false\n"))
        .bytes("static/poster.png", &pictures::png(600, 400))
        .file("static/poster.png.toml", &format!("{NO_PUPILS}photo = true\n"))
        .file(
            "content/q.md",
            &page("Q", "![](/diagram.png)\n\n![](/screenshot.png)\n\n![](/poster.png)"),
        )
        .build()
        .ok();
    for name in ["cut-out", "diagram", "screenshot"] {
        let png = std::fs::read(run.output.join(format!("{name}-480w.png"))).unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{name}");
        assert!(!run.output.join(format!("{name}.webp")).exists(), "{name} got a WebP");
        assert!(!run.output.join(format!("{name}.jpg")).exists(), "{name} got a JPEG");
    }
    let cut_out = image::load_from_memory(&std::fs::read(run.output.join("cut-out.png")).unwrap()).unwrap();
    assert_eq!(cut_out.to_rgba8().get_pixel(0, 0).0[3], 0, "still transparent");
    let run = run
        .lacks("p/index.html", "<picture>")
        .exists("poster.webp")
        .exists("poster-480w.jpg");
    let html = run.read_raw("q/index.html");
    assert_eq!(html.matches("<picture>").count(), 1, "only the poster: {html}");
    assert!(
        html.contains("srcset=\"../diagram-480w.png 480w, ../diagram.png 600w\""),
        "{html}"
    );
}

#[test]
fn files_over_the_budget_are_named_with_their_size() {
    let photo = pictures::photo_png(1000, 600);
    // The default budget (300 KB) holds a photograph.
    let within = site_showing("field.png", &photo, NO_PUPILS).build().ok();
    assert!(!within.stderr.contains("budget"), "{}", within.stderr);
    let run = site_showing("field.png", &photo, NO_PUPILS)
        .file("config.toml", &format!("{CONFIG}[images]\nbudget_kb = 20\n"))
        .build()
        .ok();
    let size = |name: &str| std::fs::metadata(run.output.join(name)).unwrap().len();
    let jpeg_kb = size("field.jpg").div_ceil(1000);
    assert!(
        size("field-480w.webp") < 20_000,
        "the phone's WebP is within even this budget"
    );
    let run = run
        .says("warning: static/field.png is over the image budget of 20 KB a file: ")
        .says(&format!("/field.jpg ({jpeg_kb} KB, 1000 px wide)"))
        .says("raise `budget_kb` under [images] in config.toml");
    assert!(!run.stderr.contains("/field-480w.webp ("), "{}", run.stderr);
    assert!(!run.stderr.contains("/field.png ("), "no page shows it: {}", run.stderr);
}

#[test]
fn images_after_the_first_load_lazily() {
    let run = site_showing("a.png", &pictures::png(40, 30), NO_PUPILS)
        .bytes("static/b.jpg", &pictures::jpeg(40, 30))
        .file("static/b.jpg.toml", NO_PUPILS)
        .file(
            "content/p.md",
            &page(
                "P",
                "![](/a.png)\n\nText.\n\n![](/b.jpg)\n\n<img src=\"/a.png\" loading=\"eager\">\n\n![A line](/line.svg)",
            ),
        )
        .file("static/line.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .build()
        .ok();
    let html = run.read_raw("p/index.html");
    let imgs: Vec<&str> = html
        .split("<img ")
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap()])
        .collect();
    assert_eq!(imgs.len(), 4, "{html}");
    assert!(
        !imgs[3].contains("lazy"),
        "no size given, so it loads at once: {}",
        imgs[3]
    );
    let imgs = &imgs[..3];
    assert!(
        !imgs[0].contains("loading") && !imgs[0].contains("decoding"),
        "{}",
        imgs[0]
    );
    assert!(imgs[0].contains("width=\"40\" height=\"30\""), "{}", imgs[0]);
    for later in &imgs[1..] {
        assert!(later.contains("decoding=\"async\""), "{later}");
        assert!(later.contains("width=\"40\" height=\"30\""), "{later}");
    }
    assert!(imgs[1].contains("loading=\"lazy\""), "{}", imgs[1]);
    assert!(
        imgs[2].contains("loading=\"eager\"") && !imgs[2].contains("lazy"),
        "the page's own choice wins"
    );
}

const REGISTER: &str = "\
[pupil.P1]
website = true
print = true
granted = 2025-09-01
withdrawn = 2026-11-20
";

#[test]
fn a_withdrawn_pupils_photograph_is_refused_in_every_format() {
    let pupil = "alt = \"Sports day\"\npupils = [\"P1\"]\n";
    let site = site_showing("sports.png", &pictures::photo_png(600, 400), pupil)
        .bytes("static/race.jpg", &pictures::jpeg(600, 400))
        .file("static/race.jpg.toml", pupil)
        .file("data/consent.toml", REGISTER)
        .file(
            "content/q.md",
            &page(
                "Q",
                "[The WebP](/sports.webp), [small](/sports-480w.jpg), ![](/race.jpg)",
            ),
        );
    let run = site
        .build()
        .fails()
        .says("no website consent: static/sports.png shows pupil P1, whose consent was withdrawn on 2026-11-20")
        .says("no website consent: static/race.jpg shows pupil P1")
        .says("on /p/, /q/");
    for name in [
        "sports.png",
        "sports.webp",
        "sports.jpg",
        "race.jpg",
        "race.webp",
        "race-480w.webp",
    ] {
        assert!(!run.output.join(name).exists(), "{name} was published");
    }
}
