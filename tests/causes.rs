//! One finding per cause (issue 18, DESIGN §12): five independent mistakes show in one
//! run, none hides another and none is reported again as a consequence of another; a
//! missing part of another page reached from every language version is one error; and a
//! slip in a hand-checked vocabulary gets the nearest allowed word.

use crate::pictures;
use crate::support::{CONFIG, CONFIG_3_LANGS, TestSite, page};

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

/// One independent mistake in each file read before rendering, each with what would
/// follow from it: every one is one error in one run, nothing follows from them.
#[test]
fn a_mistake_in_each_data_file_is_one_error_in_one_run() {
    let run = TestSite::new()
        .file("config.toml", &format!("{CONFIG}[brand]\ncolour = \"gold\"\n"))
        // 1. front matter; a link to the page as a URL is not a second error
        .file("content/a.md", "+++\ntitle = \"A\"\nwieght = 2\n+++\nx")
        .file(
            "content/e.md",
            &page("E", "See [A](../a/) and [the ICT suite](../posters/ict-suite/)."),
        )
        // 2. a room with an unknown band: left out, links to its poster not reported
        .file(
            "content/aup/ks2.md",
            "+++\ntitle = \"Rules\"\n[extra]\nrules = [\"Be kind\"]\n+++\n",
        )
        .file(
            "data/rooms.toml",
            "[[room]]\nname = \"Class 4\"\nband = \"ks2\"\n\n[[room]]\nname = \"ICT suite\"\nband = \"ks9\"\n",
        )
        // 3. a glossary term that cannot be read; the other is kept
        .file(
            "data/glossary.toml",
            "[[term]]\nen = \"phish\n\n[[term]]\nen = \"password\"\n",
        )
        // 4. the register: its pupils are not checked again
        .file(
            "data/consent.toml",
            "[pupil.P1]\nname = \"Amy Example\"\nwebsite = \"yes\"\n",
        )
        .bytes("static/images/class.png", &pictures::png(40, 30))
        .file(
            "static/images/class.png.toml",
            "alt = \"Pupils at a tablet\"\npupils = [\"P1\"]\n",
        )
        // 5. a sidecar that cannot be read: its image used on a page is not a second error
        .bytes("static/images/b.png", &pictures::png(40, 30))
        .file("static/images/b.png.toml", "alt = \n")
        .file(
            "content/f.md",
            &page("F", "![](/images/b.png)\n\n![](/images/class.png)\n"),
        )
        // 6. two pages at one URL; a link to the one left out is not a second error
        .file("content/search.md", &page("Search", "x"))
        .file("content/g.md", &page("G", "[Search](@/search.md)"))
        // 7. the brand colour below AA
        .build()
        .fails()
        .says("did you mean `weight`?")
        .says("data/rooms.toml:7")
        .says("data/glossary.toml:2")
        .says("data/consent.toml:3")
        .says("static/images/b.png.toml")
        .says("would both be written to /search/")
        .says("contrast")
        .says("7 errors, 0 warnings: nothing was published");
    assert_eq!(run.stderr.matches("error:").count(), 7, "{}", run.stderr);
    assert!(!run.stderr.contains("content/e.md"), "{}", run.stderr);
    assert!(!run.stderr.contains("content/f.md"), "{}", run.stderr);
    assert!(!run.stderr.contains("content/g.md"), "{}", run.stderr);
    assert!(!run.output.exists(), "nothing is published");
}

/// A rooms file that cannot be read at all is one error, and no link to a poster
/// follows from it.
#[test]
fn an_unreadable_rooms_file_is_one_error_and_links_to_posters_are_not_another() {
    let run = TestSite::new()
        .file("data/rooms.toml", "[room\nname = \"Class 4\"\n")
        .file("content/e.md", &page("E", "[Posters](../posters/class-4/)"))
        .build()
        .fails()
        .says("data/rooms.toml:1")
        .says("1 error, 0 warnings: nothing was published");
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
}

/// config.toml, a template and a Fluent message no longer stop the run before rendering:
/// each mistake is one error, the rest of the site is still read, rendered and checked.
#[test]
fn config_template_and_strings_mistakes_show_in_one_run_with_the_rest() {
    let run = TestSite::new()
        // 1, 2. two config mistakes: an unknown key (a slip) and a wrong value
        .file(
            "config.toml",
            &format!("{CONFIG}[school]\nadress = \"1 Harbour Road\"\nphone = 5\n"),
        )
        // 3. a template with a syntax error: its pages are not rendered, and are no error
        .file("templates/page.html", "{% extends \"base.html\" %}\n{% block main %}{% if %}{% endblock main %}\n")
        .file("content/b.md", &page("B", "A page of the broken template."))
        // 4. a message with a syntax error; the file's other messages still load
        .file("i18n/en.ftl", "school-tagline = Safe online\nbroken-words = { $oops\n")
        // a template that uses the broken message is not a second error
        .file(
            "templates/own.html",
            "{% extends \"base.html\" %}\n{% block main %}{% include \"partials/title.html\" %}{{ t(key=\"broken-words\") }}{% endblock main %}\n",
        )
        .file("content/c.md", "+++\ntitle = \"C\"\ntemplate = \"own.html\"\n+++\nx")
        // 5. front matter
        .file("content/a.md", "+++\ntitle = \"A\"\nwieght = 2\n+++\nx")
        .build()
        .fails()
        .says("config.toml:4")
        .says("did you mean `address`?")
        .says("config.toml:5")
        .says("invalid type: integer `5`")
        .says("templates/page.html:2")
        .says("i18n/en.ftl:2")
        .says("did you mean `weight`?")
        .says("5 errors, 0 warnings: nothing was published");
    assert_eq!(errors(&run.stderr), 5, "{}", run.stderr);
    assert!(!run.output.exists(), "nothing is published");
}

/// How many errors a run reported (a message may itself say "syntax error:").
fn errors(stderr: &str) -> usize {
    stderr.lines().filter(|l| l.starts_with("error:")).count()
}

/// Every mistake in config.toml in one run, each once with its line, not serde's first.
#[test]
fn three_config_mistakes_are_three_errors_in_one_run() {
    let run = TestSite::new()
        .file(
            "config.toml",
            "titel = \"Test School\"\nbase_url = \"https://test.sch.uk/\"\n[school]\nphone = 5\n[ceop]\nurl = \"http://ceop.example/\"\n",
        )
        .build()
        .fails()
        .says("config.toml:1")
        .says("did you mean `title`?")
        .says("config.toml:4")
        .says("config.toml:6")
        .says("3 errors, 0 warnings: nothing was published");
    assert_eq!(errors(&run.stderr), 3, "{}", run.stderr);
    assert!(!run.stderr.contains("missing field"), "{}", run.stderr);
    assert!(!run.output.exists(), "nothing is published");
}
