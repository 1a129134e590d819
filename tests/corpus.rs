//! The bad-input corpus (issue 11): each case a small site with one defect, built by the
//! real binary within a time bound. Every case ends in a clear error naming the file (exit
//! 1) or, where the input is in fact valid, a good build; never a panic, a signal or a hang.

use std::time::{Duration, Instant};

use crate::support::{CONFIG_3_LANGS, Run, TestSite, page};

/// Builds `site`, checking that it took less than `bound` and did not crash.
#[track_caller]
fn build_within(site: &TestSite, bound: Duration) -> Run {
    let started = Instant::now();
    let run = site.build();
    let took = started.elapsed();
    assert!(took < bound, "the build took {took:?}, more than {bound:?}");
    assert!(
        run.code == 0 || run.code == 1,
        "haven crashed (exit {}):\n{}",
        run.code,
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "haven panicked:\n{}", run.stderr);
    run
}

const QUICK: Duration = Duration::from_secs(30);

#[test]
fn truncated_front_matter_names_the_file() {
    let site = TestSite::new().file("content/a.md", "+++\ntitle = \"A\"\nweight = 1\n");
    build_within(&site, QUICK)
        .fails()
        .says("content/a.md:1")
        .says("never closed");
    let site = TestSite::new().file("content/b.md", "++");
    build_within(&site, QUICK)
        .fails()
        .says("content/b.md")
        .says("does not start with front matter");
}

#[test]
fn invalid_utf8_names_the_file_and_line() {
    let site = TestSite::new()
        .bytes("content/a.md", b"+++\ntitle = \"A\"\n+++\nok\n\xff\xfe broken\n")
        .bytes(
            "config.toml",
            b"title = \"Caf\xe9\"\nbase_url = \"https://x.sch.uk/\"\n",
        );
    build_within(&site, QUICK)
        .fails()
        .says("config.toml is not valid UTF-8");
    let site = TestSite::new()
        .bytes("content/a.md", b"+++\ntitle = \"A\"\n+++\nok\n\xff\xfe broken\n")
        .bytes("data/glossary.toml", b"[[term]]\nen = \"caf\xe9\"\n");
    build_within(&site, QUICK)
        .fails()
        .says("content/a.md:5")
        .says("data/glossary.toml:2")
        .says("not valid UTF-8");
}

#[test]
fn a_byte_order_mark_is_read_past() {
    let bom = "\u{feff}";
    let site = TestSite::new()
        .file("config.toml", &format!("{bom}{}", crate::support::CONFIG))
        .file("content/a.md", &format!("{bom}{}", page("With a mark", "Hello.")))
        .file("data/glossary.toml", &format!("{bom}[[term]]\nen = \"password\"\n"));
    build_within(&site, QUICK)
        .ok()
        .has("a/index.html", "<h1>With a mark</h1>")
        .lacks("a/index.html", bom);
}

#[test]
fn windows_line_endings_are_read_as_lines() {
    let crlf = |text: &str| text.replace('\n', "\r\n");
    let site = TestSite::new()
        .file("config.toml", &crlf(CONFIG_3_LANGS))
        .file(
            "content/a.md",
            &crlf("+++\ntitle = \"Line ends\"\nweight = 2\n+++\n## First\n\nOne\ntwo\n"),
        )
        .file(
            "content/a.easy.md",
            &crlf("+++\ntitle = \"Easy\"\n+++\nOne idea.\nAnother.\n"),
        )
        .file("i18n/en.ftl", &crlf("site-footer-extra = Made with care\n"));
    let run = build_within(&site, QUICK)
        .ok()
        .has("a/index.html", "<h1>Line ends</h1>")
        .has("a/index.html", "id=first");
    // Read as written: the canonical form would collapse a carriage return too.
    assert!(
        !run.read_raw("a/index.html").contains('\r'),
        "a carriage return was written"
    );
    let broken = TestSite::new().file("content/b.md", &crlf("+++\ntitle = \"B\"\ncolour = 1\n+++\nx\n"));
    build_within(&broken, QUICK).fails().says("content/b.md:3");
}

/// A long page, the size of a book pasted in by mistake, builds in bounded time.
#[test]
fn a_50_mb_markdown_file_builds_in_bounded_time() {
    let block = "## Staying safe online\n\nKeep your **password** secret and tell a [trusted adult](https://www.childline.org.uk/) if something online worries you. Never share where you live, your school or your phone number with someone you only know online.\n\n- Think before you post\n- Check your privacy settings\n- Block and report\n\n> If you are worried, talk to someone.\n\n";
    let mut body = String::with_capacity(50 * 1024 * 1024 + block.len());
    while body.len() < 50 * 1024 * 1024 {
        body.push_str(block);
    }
    let site = TestSite::new().file("content/big.md", &page("A very long page", &body));
    // About a minute in a debug build on a quiet machine, several on a busy shared one;
    // work that grew with the square of the page's length would take hours.
    let run = build_within(&site, Duration::from_secs(600)).ok();
    // As written: putting 40 MB into canonical form would take longer than the build.
    let html = run.read_raw("big/index.html");
    assert!(html.len() > 40 * 1024 * 1024, "the page is all there");
    assert!(
        html.contains("id=\"staying-safe-online-9999\""),
        "every heading has its own id"
    );
}

#[test]
fn ten_thousand_pages_in_one_folder() {
    let mut site = TestSite::new().file("content/news/_index.md", &page("News", "All the news."));
    for i in 0..10_000 {
        site = site.file(
            &format!("content/news/item-{i:05}.md"),
            &format!(
                "+++\ntitle = \"Item {i}\"\nweight = {}\n+++\nNews item {i}.\n",
                10_000 - i
            ),
        );
    }
    // About a minute in a debug build on a quiet machine, several on a busy shared one;
    // work that grew with the square of the number of pages would take hours.
    let run = build_within(&site, Duration::from_secs(600)).ok();
    run.exists("news/item-00000/index.html")
        .exists("news/item-09999/index.html")
        .has("news/index.html", "Item 9999");
}

#[test]
fn deep_folders_build() {
    let deep = (0..60).map(|i| format!("d{i}")).collect::<Vec<_>>().join("/");
    let site = TestSite::new().file(&format!("content/{deep}/page.md"), &page("Deep", "Down here."));
    build_within(&site, QUICK)
        .ok()
        .has(&format!("{deep}/page/index.html"), "Down here.");
}

/// Nesting deeper than a page's text may go (`checks::nesting`) is refused with an error;
/// Markdown that comrak keeps flat builds.
#[test]
fn deeply_nested_markdown_is_refused_or_built_never_a_crash() {
    let n = 50_000;
    let refused = [
        ">".repeat(n),
        "*".repeat(n) + "a" + &"*".repeat(n),
        "<div>".repeat(n),
        "<span>".repeat(n),
        "<blockquote>\n".repeat(300),
    ];
    for body in refused {
        let site = TestSite::new().file("content/deep.md", &page("Deep", &body));
        build_within(&site, QUICK)
            .fails()
            .says("content/deep.md")
            .says("nests 201 levels deep");
    }
    for body in ["- ".repeat(n), "[".repeat(n) + &"]".repeat(n), "> ".repeat(150)] {
        let site = TestSite::new().file("content/deep.md", &page("Deep", &body));
        build_within(&site, QUICK).ok();
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_named_and_a_folder_loop_is_skipped() {
    use std::os::unix::fs::symlink;
    let site = TestSite::new().file("content/a.md", &page("A", "a"));
    symlink("b.md", site.path().join("content/loop.md")).unwrap();
    symlink("loop.md", site.path().join("content/b.md")).unwrap();
    build_within(&site, QUICK)
        .fails()
        .says("content/loop.md")
        .says("broken or loops");
    let site = TestSite::new().file("content/a/page.md", &page("A", "a"));
    symlink("..", site.path().join("content/a/up")).unwrap();
    build_within(&site, QUICK)
        .ok()
        .exists("a/page/index.html")
        .missing("a/up");
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_site_is_refused_and_nothing_outside_is_published() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), page("Secret", "Pupil records")).unwrap();
    std::fs::write(outside.path().join("notes.txt"), "Pupil records").unwrap();
    let site = TestSite::new();
    symlink(outside.path().join("secret.md"), site.path().join("content/secret.md")).unwrap();
    let run = build_within(&site, QUICK)
        .fails()
        .says("content/secret.md")
        .says("points outside the site");
    assert!(!run.output.exists(), "nothing is published");
    let site = TestSite::new();
    std::fs::create_dir_all(site.path().join("static")).unwrap();
    symlink(outside.path().join("notes.txt"), site.path().join("static/notes.txt")).unwrap();
    symlink(outside.path(), site.path().join("static/elsewhere")).unwrap();
    let run = build_within(&site, QUICK)
        .fails()
        .says("static/notes.txt")
        .says("points outside the site");
    assert!(!run.output.exists(), "nothing is published");
}

#[test]
fn a_page_named_like_a_language_code() {
    let site = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/pl.md", &page("PL", "x"));
    build_within(&site, QUICK).fails().says("content/pl.md").says("/pl/");
    let site = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("content/ur/_index.md", &page("Urdu corner", "x"));
    build_within(&site, QUICK)
        .fails()
        .says("content/ur/_index.md")
        .says("/ur/");
    // With one language, `pl` is just a name.
    let site = TestSite::new().file("content/pl.md", &page("Polish club", "x"));
    build_within(&site, QUICK).ok().has("pl/index.html", "Polish club");
}

#[test]
fn two_pages_with_the_same_url_are_named() {
    for (a, b) in [
        ("content/Keeping Safe.md", "content/keeping-safe.md"),
        ("content/news.md", "content/news/index.md"),
    ] {
        let site = TestSite::new().file(a, &page("A", "a")).file(b, &page("B", "b"));
        build_within(&site, QUICK).fails().says(a).says(b);
        assert!(!site.path().join("public").exists(), "nothing is published");
    }
}

#[test]
fn a_template_that_includes_itself_is_an_error() {
    let site = TestSite::new().file("templates/page.html", "{% include \"page.html\" %}");
    let site = site.file("content/a.md", &page("A", "a"));
    build_within(&site, QUICK).fails().says("page.html");
    let site = TestSite::new()
        .file("templates/page.html", "{% extends \"page.html\" %}")
        .file("content/a.md", &page("A", "a"));
    build_within(&site, QUICK).fails().says("page.html");
    let site = TestSite::new()
        .file(
            "templates/again.html",
            "{% macro again(n) %}{{ again::again(n=n + 1) }}{% endmacro again %}",
        )
        .file(
            "templates/page.html",
            "{% import \"again.html\" as again %}{{ again::again(n=1) }}",
        )
        .file("content/a.md", &page("A", "a"));
    build_within(&site, QUICK).fails().says("again.html");
}

#[test]
fn an_image_that_is_not_an_image_is_named() {
    let sidecar = "alt = \"A padlock\"\npupils = []\ncredit = \"School\"\n";
    let site = TestSite::new()
        .file("static/padlock.png", "this is a text file, renamed")
        .file("static/padlock.png.toml", sidecar)
        .file("content/a.md", &page("A", "![](/padlock.png)"));
    build_within(&site, QUICK)
        .fails()
        .says("static/padlock.png")
        .says("not really an image");
}

#[test]
fn a_zero_byte_image_is_named() {
    let sidecar = "alt = \"A padlock\"\npupils = []\ncredit = \"School\"\n";
    let site = TestSite::new()
        .bytes("static/empty.jpg", b"")
        .file("static/empty.jpg.toml", sidecar)
        .file("content/a.md", &page("A", "![](/empty.jpg)"));
    build_within(&site, QUICK).fails().says("static/empty.jpg");
}

#[test]
fn huge_config_values() {
    let config = crate::support::CONFIG;
    let cases = [
        (
            format!("{config}[links]\nmax_run = \"99999999999999999d\"\n"),
            "config.toml:4",
        ),
        (
            format!("{config}[links]\ntimeout = \"18446744073709551615s\"\n"),
            "config.toml:4",
        ),
        (
            format!("{config}[accessibility]\nresponse_days = 99999999999999\n"),
            "config.toml:4",
        ),
        (
            format!(
                "{config}[links]\nexclude = [{}]\n",
                "\"https://x.uk/\",".repeat(100_000)
            ),
            "",
        ),
    ];
    for (text, place) in cases {
        let site = TestSite::new().file("config.toml", &text);
        let run = build_within(&site, QUICK);
        if place.is_empty() {
            // A long list is still a valid one.
            run.ok();
        } else {
            run.fails().says(place);
        }
    }
    let title = "Harbour Lane ".repeat(20_000);
    let site = TestSite::new().file(
        "config.toml",
        &format!("title = \"{title}\"\nbase_url = \"https://x.sch.uk/\"\n"),
    );
    build_within(&site, Duration::from_secs(120)).ok();
    let site = TestSite::new().file(
        "content/a.md",
        "+++\ntitle = \"A\"\nweight = 99999999999999999999\n+++\n",
    );
    build_within(&site, QUICK).fails().says("content/a.md:3");
}
