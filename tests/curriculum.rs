//! The curriculum map (issue 23): `/curriculum/` in every language, its cells linking the
//! lessons that teach each strand to each band, gaps said in words, and `haven check`
//! listing the gaps as information that never changes the exit code.

use crate::support::{CONFIG_3_LANGS, TestSite, page};

fn lesson(title: &str, strand: &str, topics: &str) -> String {
    format!("+++\ntitle = \"{title}\"\n[extra]\nstrand = \"{strand}\"\ntopics = [{topics}]\n+++\nA short lesson.\n")
}

/// English, Polish and Urdu; a KS1 privacy lesson translated into Polish, a KS2 bullying
/// lesson in English only, and the lessons index.
fn site() -> TestSite {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/lessons/_index.md", &page("Lessons", "All our lessons."))
        .file(
            "content/lessons/ks1/passwords.md",
            &lesson("Secret passwords", "privacy-and-security", "\"conduct\""),
        )
        .file(
            "content/lessons/ks1/passwords.pl.md",
            &page("Tajne hasła", "Krótka lekcja."),
        )
        .file(
            "content/lessons/ks2/unkind.md",
            &lesson("Unkind messages", "online-bullying", "\"contact\", \"conduct\""),
        )
}

/// The cells of the map's row for `strand` (its name as shown), one per band, youngest
/// first, with the minifier's optional quotes taken out.
fn row(html: &str, strand: &str) -> Vec<String> {
    let html = html.replace('"', "");
    let head = format!("<th scope=row>{strand}</th>");
    let start = html
        .find(&head)
        .unwrap_or_else(|| panic!("no row for {strand}:\n{html}"));
    let rest = &html[start..];
    let row = &rest[..rest.find("</tr>").unwrap()];
    row.split("<td").skip(1).map(str::to_string).collect()
}

#[test]
fn cells_link_the_lessons_of_their_strand_and_band_in_every_language() {
    let run = site().build().ok();
    // Each language names the strands in its own words, and shows "no lesson yet" in them.
    let languages = [
        (
            "",
            "Secret passwords",
            false,
            ["Privacy and security", "Online bullying", "No lesson yet"],
        ),
        (
            "pl/",
            "Tajne hasła",
            false,
            [
                "Prywatność i bezpieczeństwo",
                "Przemoc w internecie",
                "Jeszcze brak lekcji",
            ],
        ),
        (
            "ur/",
            "Secret passwords",
            true,
            ["رازداری اور حفاظت", "آن لائن دھونس", "ابھی کوئی سبق نہیں"],
        ),
    ];
    for (prefix, title, marked, [privacy_row, bullying_row, no_lesson]) in languages {
        let html = run.read(&format!("{prefix}curriculum/index.html"));
        let privacy = row(&html, privacy_row);
        assert_eq!(privacy.len(), 5, "five bands");
        assert!(
            privacy[1].contains(&format!("href=../lessons/ks1/passwords/>{title}</a>")),
            "{prefix}: {}",
            privacy[1]
        );
        assert_eq!(
            privacy[1].contains("lang=en"),
            marked,
            "{prefix}: a fallback title is marked with its language: {}",
            privacy[1]
        );
        for (i, cell) in privacy.iter().enumerate().filter(|(i, _)| *i != 1) {
            assert!(
                cell.contains(no_lesson) && !cell.contains("<a "),
                "{prefix} band {i}: {cell}"
            );
        }
        let bullying = row(&html, bullying_row);
        assert!(
            bullying[2].contains("href=../lessons/ks2/unkind/>Unkind messages</a>"),
            "{prefix}: {}",
            bullying[2]
        );
        assert!(!bullying[1].contains("Secret passwords"));
        // The links lead to the reader's own language's lesson pages.
        assert!(
            run.output
                .join(format!("{prefix}lessons/ks1/passwords/index.html"))
                .exists()
        );
    }
    let html = run.read("curriculum/index.html").replace('"', "");
    assert!(
        html.contains("<caption") && html.contains("scope=col"),
        "an accessible table"
    );
    assert!(
        html.contains("role=region") && html.contains("tabindex=0"),
        "it scrolls in its own region"
    );
    let four_cs = row(&html, "The four Cs of online risk");
    assert!(
        four_cs[1].contains("Conduct") && four_cs[1].contains("Not yet:"),
        "{}",
        four_cs[1]
    );
    assert!(four_cs[2].contains("Contact, Conduct"), "{}", four_cs[2]);
    let index = run.read("lessons/index.html").replace('"', "");
    assert!(
        index.contains("href=../curriculum/>"),
        "the lessons index links the map:\n{index}"
    );
}

#[test]
fn a_gap_appears_when_a_lesson_is_removed() {
    let site = site();
    let before = site.build().ok().read("curriculum/index.html");
    assert!(row(&before, "Online bullying")[2].contains("Unkind messages"));
    // The lesson is removed on purpose, so its URLs leave published-urls.txt too.
    let after = site
        .remove("content/lessons/ks2/unkind.md")
        .remove("published-urls.txt")
        .build()
        .ok()
        .read("curriculum/index.html");
    let cell = &row(&after, "Online bullying")[2];
    assert!(
        cell.contains("No lesson yet") && cell.contains("curriculum-gap"),
        "{cell}"
    );
}

#[test]
fn check_lists_the_gaps_without_changing_the_exit_code() {
    for strict in [false, true] {
        let mut args = vec!["check", "--offline", "--date", "2026-11-22"];
        if strict {
            args.push("--strict");
        }
        let run = site().run(&args).ok();
        assert!(
            run.stderr.contains(
                "curriculum map: 38 of 40 strand and band cells have no lesson yet (information, not a warning)"
            ),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr
                .contains("  ks1: self-image-and-identity, online-relationships,"),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("warning:"), "{}", run.stderr);
    }
}

#[test]
fn a_site_without_lessons_has_no_map() {
    TestSite::new().build().ok().missing("curriculum/index.html");
}
