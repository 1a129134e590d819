//! Every family's language (issue 19, DESIGN §13): a site that names each bundled language
//! by its code alone gets the right direction, the language's own name, complete UI
//! strings with CLDR plurals, and dates in the language's words; text in another language
//! than the page's says so with `lang` and `dir`.

use crate::support::{TestSite, canonical, page};
use crate::versions::lesson;

/// The languages of DESIGN §13: code, its name for itself, direction, and its CLDR plural
/// category for 0, 1, 2, 5, 11 and 100.
const LANGUAGES: &[(&str, &str, &str, [&str; 6])] = &[
    ("pl", "Polski", "ltr", ["many", "one", "few", "many", "many", "many"]),
    (
        "ur",
        "اردو",
        "rtl",
        ["other", "one", "other", "other", "other", "other"],
    ),
    ("pa", "ਪੰਜਾਬੀ", "ltr", ["one", "one", "other", "other", "other", "other"]),
    (
        "pa-Arab",
        "پنجابی",
        "rtl",
        ["one", "one", "other", "other", "other", "other"],
    ),
    ("bn", "বাংলা", "ltr", ["one", "one", "other", "other", "other", "other"]),
    (
        "so",
        "Soomaali",
        "ltr",
        ["other", "one", "other", "other", "other", "other"],
    ),
    ("ar", "العربية", "rtl", ["zero", "one", "two", "few", "many", "other"]),
    (
        "gu",
        "ગુજરાતી",
        "ltr",
        ["one", "one", "other", "other", "other", "other"],
    ),
    (
        "pt",
        "Português",
        "ltr",
        ["one", "one", "other", "other", "other", "other"],
    ),
    (
        "ta",
        "தமிழ்",
        "ltr",
        ["other", "one", "other", "other", "other", "other"],
    ),
    (
        "fr",
        "Français",
        "ltr",
        ["one", "one", "other", "other", "other", "other"],
    ),
    (
        "tr",
        "Türkçe",
        "ltr",
        ["other", "one", "other", "other", "other", "other"],
    ),
    (
        "zh-Hans",
        "简体中文",
        "ltr",
        ["other", "other", "other", "other", "other", "other"],
    ),
    ("ro", "Română", "ltr", ["few", "one", "few", "few", "few", "other"]),
    (
        "uk",
        "Українська",
        "ltr",
        ["many", "one", "few", "many", "many", "many"],
    ),
    (
        "es",
        "Español",
        "ltr",
        ["other", "one", "other", "other", "other", "other"],
    ),
    ("fa", "فارسی", "rtl", ["one", "one", "other", "other", "other", "other"]),
    (
        "ps",
        "پښتو",
        "rtl",
        ["other", "one", "other", "other", "other", "other"],
    ),
];

const COUNTS: [u32; 6] = [0, 1, 2, 5, 11, 100];

/// A page that shows the counted message for each of [`COUNTS`].
const COUNTS_TEMPLATE: &str = "{% extends \"base.html\" %}{% block main %}<h1>Counts</h1><ul id=\"counts\">{% for n in [0, 1, 2, 5, 11, 100] %}<li>{{ t(key=\"lessons-count\", count=n) }}</li>{% endfor %}</ul>{% endblock main %}";

/// The theme's Fluent file for `code`: every language of DESIGN §13 has one.
#[track_caller]
fn bundled(code: &str) -> String {
    let path = format!("{}/themes/default/i18n/{code}.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap_or_else(|_| panic!("themes/default/i18n/{code}.ftl is missing"))
}

/// The digits a language writes numbers in (CLDR's default numbering system).
fn digits(code: &str) -> &'static str {
    match code {
        "ar" => "٠١٢٣٤٥٦٧٨٩",
        "fa" | "ps" | "pa-Arab" => "۰۱۲۳۴۵۶۷۸۹",
        "bn" => "০১২৩৪৫৬৭৮৯",
        _ => "0123456789",
    }
}

fn in_digits(code: &str, n: u32) -> String {
    let set: Vec<char> = digits(code).chars().collect();
    n.to_string()
        .chars()
        .map(|c| set[c.to_digit(10).unwrap() as usize])
        .collect()
}

/// A simple message's text in a Fluent file (`month-2 = lutego`).
fn message(ftl: &str, id: &str) -> String {
    let prefix = format!("{id} =");
    let line = ftl
        .lines()
        .find(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no {id}"));
    line[prefix.len()..].trim().to_string()
}

/// What `lessons-count` says in the variant for `category`, with `{ $count }` as `#`.
fn lessons_variant(ftl: &str, category: &str) -> String {
    let start = ftl.find("lessons-count =").expect("no lessons-count");
    let body: Vec<&str> = ftl[start..].lines().collect();
    let value = body[0]["lessons-count =".len()..].trim();
    if !value.contains("->") {
        return value.replace("{ $count }", "#");
    }
    let variants: Vec<(bool, &str, &str)> = body[1..]
        .iter()
        .map(|l| l.trim())
        .take_while(|l| *l != "}")
        .filter_map(|l| {
            let default = l.starts_with('*');
            let l = l.trim_start_matches('*').strip_prefix('[')?;
            let (key, text) = l.split_once(']')?;
            Some((default, key.trim(), text.trim()))
        })
        .collect();
    let chosen = variants
        .iter()
        .find(|v| v.1 == category)
        .or_else(|| variants.iter().find(|v| v.0))
        .expect("a default variant");
    chosen.2.replace("{ $count }", "#")
}

/// The text of each `<li>` of the counts list, without isolation marks.
fn counts_shown(html: &str) -> Vec<String> {
    let start = html.find("id=counts>").expect("the counts list");
    let list = &html[start..start + html[start..].find("</ul>").unwrap()];
    list.split("<li>")
        .skip(1)
        .map(|li| {
            li.trim_end_matches("</li>")
                .replace(['\u{2068}', '\u{2069}'], "")
                .trim()
                .to_string()
        })
        .collect()
}

/// The opening tag of the switcher's link to `code`.
fn switcher_link<'a>(html: &'a str, code: &str) -> &'a str {
    let list = &html[html.find("class=versions-languages").expect("a language switcher")..];
    let at = list
        .find(&format!("hreflang={code} "))
        .unwrap_or_else(|| panic!("no link to {code}"));
    let open = list[..at].rfind("<a ").unwrap();
    &list[open..at + list[at..].find("</a>").unwrap()]
}

#[test]
fn every_bundled_language_works_from_its_code_alone() {
    let codes: String = LANGUAGES.iter().map(|(c, ..)| format!("[languages.{c}]\n")).collect();
    let config = format!("title = \"Test School\"\nbase_url = \"https://test.sch.uk/\"\n[languages.en]\n{codes}");
    let run = TestSite::new()
        .file("config.toml", &config)
        .file("templates/counts.html", COUNTS_TEMPLATE)
        .file(
            "content/counts.md",
            "+++\ntitle = \"Counts\"\ntemplate = \"counts.html\"\n+++\nx\n",
        )
        .file(
            "content/sid/_index.md",
            "+++\ntitle = \"Safer Internet Day\"\n[extra]\ndate = 2027-02-09\n+++\nx\n",
        )
        .build()
        .ok();
    for (code, name, dir, categories) in LANGUAGES {
        let home = run.read(&format!("{code}/index.html"));
        assert!(
            home.contains(&format!("<html dir={dir} lang={code}>")),
            "{code}: {}",
            &home[..80]
        );
        let link = switcher_link(&home, code);
        assert!(link.ends_with(&format!(">{name}")), "{code} is named {name}: {link}");
        assert!(
            link.contains(&format!("lang={code} ")) && link.contains(&format!("dir={dir} ")),
            "{link}"
        );
        let ftl = bundled(code);

        let line = format!("{code} ({name}): 0 of ");
        assert!(run.stderr.contains(&line), "the report lacks {line:?}:\n{}", run.stderr);
        let report_line = run.stderr.lines().find(|l| l.contains(&line)).unwrap();
        let unreviewed = ftl
            .lines()
            .take(3)
            .any(|l| l.contains("reviewed-by-fluent-speaker: no"));
        assert_eq!(
            report_line.ends_with("not yet reviewed by a fluent speaker"),
            unreviewed,
            "{report_line}"
        );

        let shown = counts_shown(&canonical(&run.read(&format!("{code}/counts/index.html"))));
        for ((n, category), text) in COUNTS.iter().zip(categories).zip(&shown) {
            let wanted = lessons_variant(&ftl, category).replace('#', &in_digits(code, *n));
            assert_eq!(text, &wanted, "{code}: {n} is `{category}`");
        }

        let sid = run.read(&format!("{code}/sid/index.html"));
        let time = &sid[sid.find("<time datetime=2027-02-09>").expect("the day")..];
        let time = &time[..time.find("</time>").unwrap()];
        for word in [
            message(&ftl, "month-2"),
            message(&ftl, "weekday-2"),
            in_digits(code, 2027),
        ] {
            assert!(time.contains(&word), "{code}: the date lacks {word}: {time}");
        }
    }
}

#[test]
fn text_in_another_language_than_the_page_says_which() {
    let run = TestSite::new()
        .file(
            "config.toml",
            "title = \"T\"\nbase_url = \"https://t.sch.uk/\"\n[languages.en]\n[languages.ur]\n[languages.de]\n[languages.az-Arab]\n",
        )
        .file("content/a.md", &page("A", "Hello."))
        .file("content/lessons/ks2/l.md", &lesson("L", "Hello."))
        .build()
        .ok();
    let notice = |html: &str| {
        let at = html.find("not-translated").expect("a notice");
        html[html[..at].rfind("<p ").unwrap()..at + html[at..].find('>').unwrap()].to_string()
    };
    // No bundled German: the notice falls back to English and says so.
    let de = run.read("de/a/index.html");
    assert!(de.contains("<html dir=ltr lang=de>"), "{de}");
    let de_notice = notice(&de);
    assert!(
        de_notice.contains("lang=en") && de_notice.contains("dir=ltr"),
        "{de_notice}"
    );
    assert!(de.contains("<div class=content dir=ltr lang=en>"), "the body too");
    let de_lesson = notice(&run.read("de/lessons/ks2/l/index.html"));
    assert!(
        de_lesson.contains("lang=en") && de_lesson.contains("dir=ltr"),
        "{de_lesson}"
    );
    // Urdu has the notice in Urdu: no marks needed.
    let ur = run.read("ur/a/index.html");
    assert!(!notice(&ur).contains("lang="), "{}", notice(&ur));
    // A script subtag decides the direction; an unknown language is named by its code.
    let az = run.read("az-Arab/a/index.html");
    assert!(az.contains("<html dir=rtl lang=az-Arab>"), "{az}");
    assert!(switcher_link(&az, "az-Arab").ends_with(">تۆرکجه"));
    assert!(switcher_link(&az, "de").ends_with(">Deutsch"));
    assert!(notice(&az).contains("dir=ltr"), "English inside a right-to-left page");
}
