//! EAL support pages (issue 3, DESIGN §5-§6): glossary words marked in the English lesson
//! with their translation, a key-words box, the translated lesson beside it, and clear
//! errors for a bad `data/glossary.toml`.

use crate::support::{CONFIG_3_LANGS, TestSite, page};

const GLOSSARY: &str = "[[term]]\nen = \"password\"\npl = \"hasło\"\nur = \"پاس ورڈ\"\nimage = \"pictures/key.svg\"\n\n[[term]]\nen = \"trusted adult\"\npl = \"zaufana osoba dorosła\"\n\n[[term]]\nen = \"secret\"\npl = \"sekret\"\nur = \"راز\"\n";

const LESSON: &str = "+++\ntitle = \"Passwords\"\n+++\n## What is a password?\n\nA password is a secret. Tell a trusted\nadult about PASSWORDS.\n\nType `password` here, see [the password page](https://example.org/password), and ![a password](/pictures/key.svg).\n\n<a href=\"https://example.org/\">raw password link</a>\n\n```\npassword = 1\n```\n";

fn site() -> TestSite {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("static/pictures/key.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .file("data/glossary.toml", GLOSSARY)
        .file("content/lessons/ks2/passwords.md", LESSON)
}

/// The English column of an EAL page.
fn english_column(html: &str) -> &str {
    let start = html.find("class=eal-english").expect("an English column");
    let end = html[start..].find("</section>").map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[test]
fn eal_pages_mark_glossary_words_but_not_inside_code_links_or_headings() {
    let run = site().build().ok();
    let html = run.read("eal/pl/lessons/ks2/passwords/index.html");
    let english = english_column(&html);
    let mark = |word: &str, translation: &str| {
        format!(
            "<dfn class=key-word>{word}</dfn> <span class=key-word-translation>(<span dir=ltr lang=pl>{translation}</span>)</span>"
        )
    };
    for (word, translation) in [
        ("password", "hasło"),
        ("secret", "sekret"),
        ("trusted adult", "zaufana osoba dorosła"),
        ("PASSWORDS", "hasło"),
    ] {
        assert!(
            english.contains(&mark(word, translation)),
            "no mark for {word:?}:\n{english}"
        );
    }
    assert_eq!(english.matches("<dfn").count(), 4, "{english}");
    assert!(
        english.contains("<h2 id=what-is-a-password>What is a password?</h2>"),
        "{english}"
    );
    assert!(english.contains("<code>password</code>"), "{english}");
    assert!(english.contains(">the password page</a>"), "{english}");
    assert!(english.contains("alt=\"a password\""), "{english}");
    assert!(english.contains(">raw password link</a>"), "{english}");
    assert!(english.contains("password = 1"), "{english}");
    assert!(english.contains("<div class=content dir=ltr lang=en>"), "{english}");
    run.lacks("lessons/ks2/passwords/index.html", "<dfn")
        .lacks("pl/lessons/ks2/passwords/index.html", "<dfn");
}

#[test]
fn the_key_words_box_lists_the_lessons_words_in_the_learners_language() {
    let run = site().build().ok();
    let pl = run.read("eal/pl/lessons/ks2/passwords/index.html");
    let words = |html: &str| -> Vec<String> {
        html.match_indices("<dt dir=ltr lang=en>")
            .map(|(i, m)| {
                let rest = &html[i + m.len()..];
                let text = &rest[..rest.find("</dt>").unwrap()];
                text.rsplit('>').next().unwrap().trim().to_string()
            })
            .collect()
    };
    assert_eq!(
        words(&pl),
        ["password", "secret", "trusted adult"],
        "in order of first use"
    );
    assert!(pl.contains("<dd dir=ltr lang=pl>zaufana osoba dorosła</dd>"), "{pl}");
    assert!(pl.contains("src=../../../../../pictures/key.svg"), "{pl}");
    let ur = run.read("eal/ur/lessons/ks2/passwords/index.html");
    assert_eq!(words(&ur), ["password", "secret"], "a word without Urdu is left out");
    assert!(ur.contains("<dd dir=rtl lang=ur>راز</dd>"), "{ur}");
    assert!(
        ur.contains("<dfn class=key-word>secret</dfn> <span class=key-word-translation>(<span dir=rtl lang=ur>راز</span>)</span>"),
        "{ur}"
    );
    assert!(
        english_column(&ur).contains("Tell a trusted adult about"),
        "untranslated words are not marked"
    );
    assert!(
        ur.contains("<html dir=rtl lang=ur>") && ur.contains("اہم الفاظ"),
        "Urdu chrome"
    );
}

#[test]
fn the_translated_lesson_sits_beside_the_english_one() {
    let run = site()
        .file(
            "content/lessons/ks2/passwords.pl.md",
            &page(
                "Hasła",
                "## Co to jest hasło?\n\nHasło to sekret.[^1]\n\n[^1]: Przypis.\n",
            ),
        )
        .build()
        .ok();
    let pl = run.read("eal/pl/lessons/ks2/passwords/index.html");
    assert!(pl.contains("class=\"eal-columns eal-side-by-side\""), "{pl}");
    assert!(
        pl.contains("<p class=eal-title-translation dir=ltr lang=pl>Hasła</p>"),
        "{pl}"
    );
    assert!(
        pl.contains("<h2 id=translation-co-to-jest-hasło>"),
        "ids are prefixed: {pl}"
    );
    assert!(pl.contains("href=#translation-fn-1"), "fragment links follow: {pl}");
    run.lacks("eal/ur/lessons/ks2/passwords/index.html", "eal-side-by-side")
        .lacks("eal/ur/lessons/ks2/passwords/index.html", "eal-translation");
}

#[test]
fn without_a_glossary_eal_pages_show_the_english_lesson() {
    site()
        .remove("data/glossary.toml")
        .build()
        .ok()
        .has("eal/pl/lessons/ks2/passwords/index.html", "A password is a secret.")
        .lacks("eal/pl/lessons/ks2/passwords/index.html", "key-words-heading");
}

#[test]
fn a_glossary_term_without_english_names_the_file_and_line() {
    site()
        .file(
            "data/glossary.toml",
            "[[term]]\nen = \"chat\"\npl = \"czat\"\n\n[[term]]\npl = \"hasło\"\n",
        )
        .build()
        .fails()
        .says("data/glossary.toml:5")
        .says("no English word (`en`)");
}

#[test]
fn glossary_languages_and_pictures_must_exist() {
    site()
        .file("data/glossary.toml", "[[term]]\nen = \"chat\"\nde = \"Chat\"\n")
        .build()
        .fails()
        .says("data/glossary.toml:3")
        .says("`de` is not a language of this site")
        .says("pl, ur");
    site()
        .file(
            "data/glossary.toml",
            "[[term]]\nen = \"chat\"\nimage = \"pictures/chat.png\"\n",
        )
        .build()
        .fails()
        .says("the picture `pictures/chat.png` is not a file in static/");
}

#[test]
fn an_eal_lesson_is_presented_like_the_lesson_with_its_key_words_on_the_slides() {
    let lesson = "+++\ntitle = \"Passwords\"\n+++\nKeep it safe.\n\n## What is a password?\n\nA password is a secret.\n\n## Who to tell\n\nTell a trusted adult.\n";
    let run = site().file("content/lessons/ks2/passwords.md", lesson).build().ok();
    let html = run.read("eal/pl/lessons/ks2/passwords/index.html");
    assert!(html.contains("data-present-start"), "a Present button:\n{html}");
    assert!(
        html.contains("src=../../../../../haven-present.js"),
        "its script:\n{html}"
    );
    assert!(html.contains("data-present-bar"), "its controls:\n{html}");
    let deck = &html[html.find("data-slides").expect("a deck of slides")..html.find("data-present-bar").unwrap()];
    let deck = deck.replace("class=\"slide ", "class=slide ");
    let slides: Vec<&str> = deck.split("class=slide").skip(1).collect();
    // The title, the key words, the text before the first heading, then one per `##`.
    assert_eq!(slides.len(), 5, "{deck}");
    assert!(
        slides[0].contains("<h1") && slides[0].contains("Passwords"),
        "{}",
        slides[0]
    );
    assert!(
        slides[1].starts_with(" key-words") && slides[1].contains("<dd dir=ltr lang=pl>hasło</dd>"),
        "{}",
        slides[1]
    );
    assert!(slides[2].contains("Keep it safe."), "{}", slides[2]);
    let translated = |word: &str, translation: &str| {
        format!(
            "<dfn class=key-word>{word}</dfn> <span class=key-word-translation>(<span dir=ltr lang=pl>{translation}</span>)</span>"
        )
    };
    assert!(
        slides[3].contains("What is a password?") && slides[3].contains(&translated("password", "hasło")),
        "{}",
        slides[3]
    );
    assert!(slides[3].contains(&translated("secret", "sekret")), "{}", slides[3]);
    assert!(
        slides[4].contains("Who to tell") && slides[4].contains(&translated("trusted adult", "zaufana osoba dorosła")),
        "{}",
        slides[4]
    );
    // The lesson in the learner's language stays beside the English, not on a slide.
    assert!(!deck.contains("class=slide eal-translation"), "{deck}");
}
