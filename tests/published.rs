//! Printed URLs never break (DESIGN §12): published-urls.txt, and redirect pages for pages'
//! aliases and rooms' old names.

use crate::support::{TestSite, page};

const ROOMS: &str = "[[room]]\nname = \"ICT suite\"\nband = \"ks2\"\n";
const RENAMED: &str = "[[room]]\nname = \"Computing suite\"\nband = \"ks2\"\n";

#[test]
fn renaming_a_room_without_an_alias_fails_naming_its_old_url() {
    let site = TestSite::new()
        .file(
            "content/aup/ks2.md",
            "+++\ntitle = \"KS2 rules\"\n[extra]\nrules = [\"Be kind.\"]\n+++\n",
        )
        .file("data/rooms.toml", ROOMS);
    site.build().ok().exists("posters/ict-suite/index.html");
    let list = std::fs::read_to_string(site.path().join("published-urls.txt")).unwrap();
    assert!(list.lines().any(|l| l == "/posters/ict-suite/"), "{list}");
    let mut sorted: Vec<&str> = list.lines().collect();
    sorted.sort();
    assert_eq!(list.lines().collect::<Vec<_>>(), sorted, "the list is sorted");

    let site = site.file("data/rooms.toml", RENAMED);
    site.build()
        .fails()
        .says("/posters/ict-suite/ was published (now at /posters/computing-suite/?)")
        .says("published-urls.txt:")
        .says("aliases = [\"Old name\"] in data/rooms.toml")
        .exists("posters/ict-suite/index.html");

    let alias = format!("{RENAMED}aliases = [\"ICT suite\"]\n");
    let run = site.file("data/rooms.toml", &alias).build().ok();
    let redirect = run.read_raw("posters/ict-suite/index.html");
    assert!(
        redirect.contains("http-equiv=\"refresh\" content=\"0; url=../computing-suite/\""),
        "{redirect}"
    );
    assert!(
        redirect.contains("rel=\"canonical\" href=\"https://test.sch.uk/safety/posters/computing-suite/\""),
        "{redirect}"
    );
    assert!(redirect.contains("<a href=\"../computing-suite/\">"), "{redirect}");
    assert!(!redirect.contains("<script"), "{redirect}");
    run.exists("posters/computing-suite/index.html");
}

#[test]
fn front_matter_aliases_write_redirect_pages() {
    let moved = "+++\ntitle = \"Passwords\"\naliases = [\"/old/passwords/\", \"/pw.html\"]\n+++\nKeep them secret.";
    let run = TestSite::new().file("content/passwords.md", moved).build().ok();
    assert!(
        run.read_raw("old/passwords/index.html")
            .contains("url=../../passwords/\"")
    );
    assert!(run.read_raw("pw.html").contains("url=passwords/\""));
    TestSite::new()
        .file(
            "content/a.md",
            "+++\ntitle = \"A\"\naliases = [\"https://elsewhere.test/\"]\n+++\nx",
        )
        .build()
        .fails()
        .says("content/a.md:3")
        .says("is not a path of this site");
    TestSite::new()
        .file("content/a.md", "+++\ntitle = \"A\"\naliases = [\"/b/\"]\n+++\nx")
        .file("content/b.md", &page("B", "x"))
        .build()
        .fails()
        .says("the old address /b/ is also the address of another page");
}
