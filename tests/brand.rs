//! The school's own look (`[brand]`, DESIGN §12, issue 18): its logo in the header and as
//! the favicon, its colour on the theme's accent only when it keeps AA contrast, and one
//! extra stylesheet held to the same checks as every other.

use crate::support::{CONFIG, TestSite};

const BADGE: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"5\" fill=\"#1d4d2b\"/></svg>";

fn branded(brand: &str) -> TestSite {
    TestSite::new().file("config.toml", &format!("{CONFIG}\n[brand]\n{brand}"))
}

/// A small PNG badge, twice as wide as it is tall.
fn png_badge() -> Vec<u8> {
    let badge = image::RgbaImage::from_pixel(64, 32, image::Rgba([29, 77, 43, 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    badge.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The text of the one combined stylesheet the home page links, which holds the theme's
/// stylesheets and then the school's (issue 20).
fn combined_stylesheet(run: &crate::support::Run, page: &str) -> String {
    let href = crate::support::hrefs(page)
        .into_iter()
        .find(|h| h.starts_with("haven.pages."))
        .unwrap_or_else(|| panic!("no combined stylesheet: {page}"));
    run.read_raw(&href)
}

#[test]
fn a_brand_colour_below_aa_is_refused_with_the_pair_the_ratio_and_a_shade_that_passes() {
    let run = branded("colour = \"#f5c400\"\n")
        .build()
        .fails()
        .says("config.toml:5")
        .says("[brand] colour #f5c400 is below the contrast WCAG AA asks for (4.5:1 for text, 3:1 for borders")
        // WCAG 1.4.11: the poster's frame on its own paper colour, which no text pair has
        .says("the brand colour (#f5c400) as a border or mark on `#fffdf5` (#fffdf5) has 1.61:1 (`.poster` in /posters.css line 5)")
        .says("--accent-text (#ffffff) on the brand colour (#f5c400) has 1.6")
        .says("the brand colour (#f5c400) on --background (#ffffff) has 1.6")
        .says("the nearest shade of this colour that passes every pair");
    assert_eq!(
        run.stderr.matches("[brand] colour").count(),
        1,
        "one error for the colour:\n{}",
        run.stderr
    );
    assert!(!run.output.exists(), "nothing is published");
}

#[test]
fn a_school_colour_that_passes_is_the_accent_in_a_stylesheet_of_its_own() {
    let run = branded("colour = \"rgb(29 77 43)\"\n").build().ok();
    let page = run.read_raw("index.html");
    let sheet = combined_stylesheet(&run, &page);
    assert!(
        sheet.find(".site-header") < sheet.find("--accent:#1d4d2b"),
        "after the theme's stylesheets, so it wins: {sheet}"
    );
    assert!(!page.contains("style=") && !page.contains("<style"), "no inline style");
    assert!(
        run.read_raw("brand.css").contains("--accent:#1d4d2b"),
        "{}",
        run.read_raw("brand.css")
    );
    branded("colour = \"not a colour\"\n")
        .build()
        .fails()
        .says("[brand] colour: ")
        .says("config.toml:5");
}

#[test]
fn an_svg_logo_is_in_the_header_and_is_the_favicon() {
    let run = branded("logo = \"images/badge.svg\"\n")
        .file("static/images/badge.svg", BADGE)
        .build()
        .ok()
        .exists("images/badge.svg");
    assert_eq!(run.read_raw("favicon.svg"), BADGE);
    let page = run.read_raw("index.html");
    assert!(
        page.contains("class=site-logo") || page.contains("class=\"site-logo\""),
        "{page}"
    );
    assert!(page.contains("images/badge.svg"), "{page}");
    assert!(page.contains("rel=icon") || page.contains("rel=\"icon\""), "{page}");
    assert!(page.contains("favicon.svg"), "{page}");
}

#[test]
fn a_raster_logo_needs_its_sidecar_and_makes_square_icons() {
    branded("logo = \"badge.png\"\n")
        .bytes("static/badge.png", &png_badge())
        .build()
        .fails()
        .says("[brand] logo static/badge.png has no sidecar static/badge.png.toml");
    let run = branded("logo = \"badge.png\"\n")
        .bytes("static/badge.png", &png_badge())
        .file(
            "static/badge.png.toml",
            "alt = \"The school's badge\"\npupils = []\ncredit = \"Test School\"\n",
        )
        .build()
        .ok();
    for (icon, side) in [("favicon.png", 32), ("apple-touch-icon.png", 180)] {
        let image = image::open(run.output.join(icon)).unwrap();
        assert_eq!((image.width(), image.height()), (side, side), "{icon}");
    }
    let page = run.read_raw("index.html");
    assert!(
        page.contains("apple-touch-icon") && page.contains("favicon.png"),
        "{page}"
    );
    branded("logo = \"missing.svg\"\n")
        .build()
        .fails()
        .says("[brand] logo: there is no file static/missing.svg")
        .says("config.toml:5");
}

#[test]
fn the_extra_stylesheet_is_linked_and_held_to_the_link_and_privacy_checks() {
    let run = branded("css = \"school.css\"\n")
        .file("static/school.css", ".site-header { border-color: #1d4d2b; }\n")
        .build()
        .ok();
    let sheet = combined_stylesheet(&run, &run.read_raw("index.html"));
    assert!(
        sheet.find(".site-header{") < sheet.find("border-color:#1d4d2b"),
        "{sheet}"
    );
    branded("css = \"school.css\"\n")
        .file(
            "static/school.css",
            "@import url(\"https://fonts.googleapis.com/css2?family=Lato\");\nbody { background: url(img/paper.png); }\n",
        )
        .build()
        .fails()
        .says("the stylesheet /school.css loads")
        .says("https://fonts.googleapis.com/css2?family=Lato")
        .says("broken link `img/paper.png` in a stylesheet: it goes to /img/paper.png, a file that is not in the site");
    branded("css = \"school.scss\"\n")
        .build()
        .fails()
        .says("[brand] css static/school.scss is not a .css file");
}
