//! Acceptable Use posters (issue 4): one page per room and room language, with the room's
//! band rules, the CEOP button and a QR code that really opens the poster's address.

use crate::support::{CONFIG_3_LANGS, TestSite, hrefs};

const ROOMS: &str = "[[room]]\nname = \"Room One\"\nband = \"ks2\"\nlanguages = [\"en\", \"pl\"]\npaper = \"A3\"\n\n[[room]]\nname = \"Library\"\nband = \"ks3\"\n";

fn rules(title: &str, rules: &[&str], intro: &str) -> String {
    let list: Vec<String> = rules.iter().map(|r| format!("\"{r}\"")).collect();
    format!(
        "+++\ntitle = \"{title}\"\n[extra]\nrules = [{}]\n+++\n{intro}\n",
        list.join(", ")
    )
}

fn site() -> TestSite {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("data/rooms.toml", ROOMS)
        .file(
            "content/aup/ks2.md",
            &rules(
                "Our rules: Years 3 to 6",
                &["I keep my password secret.", "I am kind online."],
                "We agree.",
            ),
        )
        .file(
            "content/aup/ks2.pl.md",
            &rules(
                "Nasze zasady",
                &["Nie zdradzam hasła.", "Jestem miły w sieci."],
                "Zgadzamy się.",
            ),
        )
        .file(
            "content/aup/ks3.md",
            &rules("Our rules: Years 7 to 9", &["I check before I share."], ""),
        )
}

/// The QR code of a written poster page, read back from its SVG path and decoded.
fn decode_qr(html: &str) -> String {
    // The QR code's SVG, not the header's icons.
    let qr = html.find("poster-qr-code").expect("a QR code");
    let svg_start = qr + html[qr..].find("<svg").expect("an inline SVG QR code");
    let svg = &html[svg_start..svg_start + html[svg_start..].find("</svg>").unwrap()];
    // The minifier writes the attribute in lower case, as the HTML parser reads it anyway.
    let view_box = svg.split("viewbox=\"0 0 ").nth(1).unwrap();
    let size: usize = view_box.split(' ').next().unwrap().parse().unwrap();
    let path = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
    let mut dark = vec![false; size * size];
    for cell in path.split('M').filter(|c| !c.is_empty()) {
        // Each run is `X Yh{run}v1h-{run}z`.
        let (xy, rest) = cell.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let run: usize = rest.split('v').next().unwrap().parse().unwrap();
        for i in 0..run {
            dark[y * size + x + i] = true;
        }
    }
    let scale = 6;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size * scale, size * scale, |x, y| {
        if dark[(y / scale) * size + x / scale] { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("the QR code decodes").1
}

#[test]
fn one_poster_per_room_and_language_with_its_bands_rules() {
    let run = site().build().ok();
    let en = run.read("posters/room-one/index.html");
    for text in [
        "Test School",
        "Room One",
        "I keep my password secret.",
        "We agree.",
        "paper-A3",
    ] {
        assert!(en.contains(text), "lacks {text}:\n{en}");
    }
    assert!(en.contains("href=https://www.ceop.police.uk/Safety-Centre/"));
    assert!(en.contains("tell a trusted adult"), "{en}");
    let pl = run.read("pl/posters/room-one/index.html");
    assert!(
        pl.contains("Nie zdradzam hasła.") && pl.contains("Nasze zasady"),
        "{pl}"
    );
    assert!(!pl.contains("I keep my password secret."));
    assert!(pl.contains("zaufanej osobie dorosłej"), "Polish chrome: {pl}");
    let library = run.read("posters/library/index.html");
    assert!(library.contains("I check before I share.") && library.contains("paper-A4"));
    assert!(!library.contains("I am kind online."), "another band's rules");
    run.missing("ur/posters/room-one/index.html")
        .missing("pl/posters/library/index.html");
}

#[test]
fn each_posters_qr_code_opens_its_own_address() {
    let run = site().build().ok();
    assert_eq!(
        decode_qr(&run.read("posters/room-one/index.html")),
        "https://test.sch.uk/safety/posters/room-one/"
    );
    assert_eq!(
        decode_qr(&run.read("pl/posters/room-one/index.html")),
        "https://test.sch.uk/safety/pl/posters/room-one/"
    );
    assert_eq!(
        decode_qr(&run.read("posters/library/index.html")),
        "https://test.sch.uk/safety/posters/library/"
    );
}

#[test]
fn print_all_holds_every_poster_of_its_language() {
    let run = site().build().ok();
    let en = run.read("posters/print-all/index.html");
    assert_eq!(en.matches("<article class=\"poster").count(), 2, "{en}");
    let pl = run.read("pl/posters/print-all/index.html");
    assert_eq!(pl.matches("<article class=\"poster").count(), 1, "{pl}");
    assert!(pl.contains("Nie zdradzam hasła."));
    let index = hrefs(&run.read("posters/index.html"));
    for link in ["room-one/", "../pl/posters/room-one/", "library/", "print-all/"] {
        assert!(index.contains(&link.to_string()), "lacks {link}: {index:?}");
    }
}

#[test]
fn rules_too_long_for_one_sheet_are_a_warning() {
    let long = "I think carefully about what I share online, and I ask a trusted adult when I am not sure what to do.";
    let run = site()
        .file("content/aup/ks3.md", &rules("Long rules", &[long; 12], "We agree."))
        .build()
        .ok();
    assert!(
        run.stderr
            .contains("warning: these rules are too long for one poster sheet"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("content/aup/ks3.md"), "{}", run.stderr);
    assert!(!run.stderr.contains("ks2.md"), "short rules pass: {}", run.stderr);
}
