//! Bad input: a clear error naming file, line and fix; exit 1; nothing published.

use crate::support::{CONFIG, TestSite, page};

#[test]
fn toml_syntax_error_in_config_shows_file_line_and_the_line() {
    TestSite::new()
        .file(
            "config.toml",
            "title = \"T\"\nbase_url = \"https://x/\"\nbroken = = 1\n",
        )
        .build()
        .fails()
        .says("config.toml:3:")
        .says("3 | broken = = 1");
}

#[test]
fn unknown_config_key_is_named_with_its_line() {
    TestSite::new()
        .file(
            "config.toml",
            &format!("{CONFIG}[links]\ntimeout = \"5s\"\nretries = 3\n"),
        )
        .build()
        .fails()
        .says("unknown field `retries`")
        .says("config.toml:5:");
}

#[test]
fn front_matter_error_counts_lines_from_the_opening_plus() {
    TestSite::new()
        .file("content/a.md", "+++\ntitle = \"A\"\ncolour = \"red\"\n+++\nx")
        .build()
        .fails()
        .says("content/a.md:3:")
        .says("colour");
}

#[test]
fn bad_extra_value_names_file_key_and_what_is_allowed() {
    TestSite::new()
        .file(
            "content/lessons/ks2/a.md",
            "+++\ntitle = \"A\"\n[extra]\ntopics = [\"cookies\"]\n+++\nx",
        )
        .build()
        .fails()
        .says("content/lessons/ks2/a.md:4")
        .says("`content`, `contact`, `conduct` or `commerce`");
}

#[test]
fn template_error_names_template_line_and_content_file() {
    TestSite::new()
        .file(
            "templates/page.html",
            "{% extends \"base.html\" %}\n{% block main %}\n{{ page.title | nosuchfilter }}\n{% endblock main %}\n",
        )
        .file("content/a.md", &page("A", "x"))
        .build()
        .fails()
        .says("templates/page.html:3:");
    TestSite::new()
        .file(
            "templates/page.html",
            "{% extends \"base.html\" %}\n{% block main %}\n{{ page.nosuchfield.x }}\n{% endblock main %}\n",
        )
        .file("content/a.md", &page("A", "x"))
        .build()
        .fails()
        .says("templates/page.html:3:")
        .says("while rendering content/a.md");
}

#[test]
fn missing_template_is_an_error_naming_it() {
    TestSite::new()
        .file("content/a.md", "+++\ntitle = \"A\"\ntemplate = \"fancy.html\"\n+++\nx")
        .build()
        .fails()
        .says("template `fancy.html` does not exist")
        .says("content/a.md");
}

#[test]
fn two_pages_with_one_url_are_an_error_naming_both() {
    TestSite::new()
        .file("content/a.md", "+++\ntitle = \"A\"\nslug = \"same\"\n+++\nx")
        .file("content/same.md", &page("Same", "x"))
        .build()
        .fails()
        .says("content/a.md")
        .says("content/same.md")
        .says("/same/");
}

#[test]
fn a_page_named_like_a_language_collides_with_that_language() {
    TestSite::new()
        .file("config.toml", crate::support::CONFIG_3_LANGS)
        .file("content/pl.md", &page("PL", "x"))
        .build()
        .fails()
        .says("content/pl.md")
        .says("/pl/");
}

#[test]
fn non_utf8_file_is_named() {
    TestSite::new()
        .bytes("content/a.md", b"+++\ntitle = \"A\"\n+++\nCaf\xe9\n")
        .build()
        .fails()
        .says("content/a.md:4")
        .says("not valid UTF-8");
}

#[test]
fn link_to_a_missing_md_file_names_file_and_line() {
    TestSite::new()
        .file("content/a.md", &page("A", "Intro\n\nSee [the rules](rules.md).\n"))
        .build()
        .fails()
        .says("content/a.md:6")
        .says("rules.md");
}

#[test]
fn link_to_a_draft_says_it_is_a_draft() {
    TestSite::new()
        .file("content/a.md", &page("A", "[d](d.md)"))
        .file("content/d.md", "+++\ntitle = \"D\"\ndraft = true\n+++\nx")
        .build()
        .fails()
        .says("draft");
}

#[test]
fn several_errors_are_all_reported() {
    TestSite::new()
        .file("content/a.md", "+++\ntitle = \"A\"\nbad_key = 1\n+++\nx")
        .file("content/b.md", "+++\ntitle = \n+++\nx")
        .file("content/d.pll.md", &page("D", "x"))
        .file("content/lessons/ks9/e.md", &page("E", "x"))
        .build()
        .fails()
        .says("content/a.md:3")
        .says("content/b.md:2")
        .says("d.pll.md")
        .says("lessons/ks9/e.md");
    TestSite::new()
        .file("content/c.md", &page("C", "[x](nope.md)"))
        .file("content/e.md", &page("E", "x\n\n[y](@/gone.md)"))
        .build()
        .fails()
        .says("content/c.md:4")
        .says("content/e.md:6");
}

#[test]
fn translation_without_default_file_and_unknown_language_are_errors() {
    TestSite::new()
        .file("config.toml", crate::support::CONFIG_3_LANGS)
        .file("content/lonely.pl.md", &page("Sam", "x"))
        .file("content/x.de.md", &page("X", "x"))
        .build()
        .fails()
        .says("lonely.pl.md")
        .says("add `lonely.md`")
        .says("`de` is not a language");
}

#[test]
fn truncated_front_matter_and_missing_title() {
    TestSite::new()
        .file("content/a.md", "+++\ntitle = \"A\"\n")
        .build()
        .fails()
        .says("never closed");
    TestSite::new()
        .file("content/a.md", "+++\nweight = 1\n+++\nx")
        .build()
        .fails()
        .says("no `title`");
}

#[test]
fn fluent_syntax_error_names_file_and_line() {
    TestSite::new()
        .file("i18n/en.ftl", "ok = fine\n\nbroken = {\n")
        .build()
        .fails()
        .says("i18n/en.ftl:3");
}

#[test]
fn missing_config_says_how_to_start() {
    TestSite::new().remove("config.toml").build().fails().says("haven init");
}
