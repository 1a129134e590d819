//! One finding per cause (issue 18, DESIGN §12): five independent mistakes show in one
//! run, none hides another and none is reported again as a consequence of another; a
//! missing part of another page reached from every language version is one error; and a
//! slip in a hand-checked vocabulary gets the nearest allowed word.

use crate::support::{CONFIG_3_LANGS, TestSite, page};

#[test]
fn five_independent_mistakes_show_in_one_run_and_nothing_that_follows_from_them() {
    let run = TestSite::new()
        // 1. front matter: a misspelt key, so the file cannot be read
        .file("content/a.md", "+++\ntitle = \"A\"\nwieght = 2\n+++\nx")
        // a link to that page is not a second error
        .file("content/e.md", &page("E", "See [A](@/a.md)."))
        // 2. a broken internal link
        .file("content/c.md", &page("C", "[Gone](@/no-such-page.md)"))
        // 3. a picture without alt text
        .file("static/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .file("content/d.md", &page("D", "<img src=\"/dot.svg\">\n"))
        // 4. an unknown band
        .file(
            "content/lessons/ks2/b.md",
            "+++\ntitle = \"B\"\n[extra]\nband = \"ks5\"\n+++\nx",
        )
        // 5. a bad entry in a data file
        .file(
            "data/links.toml",
            "[[link]]\ntitel = \"Childline\"\nurl = \"https://www.childline.org.uk/\"\n",
        )
        .build()
        .fails()
        .says("content/a.md")
        .says("did you mean `weight`?")
        .says("no-such-page.md")
        .says("content/c.md:4")
        .says("alt")
        .says("did you mean `ks4`?")
        .says("data/links.toml")
        .says("5 errors, 0 warnings: nothing was published");
    assert_eq!(run.stderr.matches("error:").count(), 5, "{}", run.stderr);
    assert!(
        !run.stderr.contains("content/e.md"),
        "the link to the unreadable page is not an error:\n{}",
        run.stderr
    );
    assert!(!run.output.exists(), "nothing is published");
}

#[test]
fn a_missing_part_of_another_page_from_every_language_is_one_error_listing_the_pages() {
    let run = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/a.md", &page("A", "[To B](@/b.md#nowhere)"))
        .file("content/a.pl.md", &page("A pl", "[Do B](@/b.md#nowhere)"))
        .file("content/a.ur.md", &page("A ur", "[B](@/b.md#nowhere)"))
        .file("content/b.md", &page("B", "## Here"))
        .file("content/b.pl.md", &page("B pl", "## Tutaj"))
        .build()
        .fails()
        .says("broken link `@/b.md#nowhere`");
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
    for page in [
        "/a/",
        "/pl/a/",
        "/ur/a/",
        "/b/#nowhere",
        "/pl/b/#nowhere",
        "/ur/b/#nowhere",
    ] {
        assert!(run.stderr.contains(page), "{page} not named:\n{}", run.stderr);
    }
}

#[test]
fn slips_in_topics_and_file_names_get_the_nearest_allowed_word() {
    TestSite::new()
        .file(
            "content/lessons/ks2/b.md",
            "+++\ntitle = \"B\"\n[extra]\ntopics = [\"contact\", \"conduckt\"]\n+++\nx",
        )
        .build()
        .fails()
        .says("did you mean `conduct`?");
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/a.md", &page("A", "x"))
        .file("content/a.pll.md", &page("A", "x"))
        .build()
        .fails()
        .says("did you mean `pl`?");
}
