//! What a build leaves out around a mistake, and what it still checks (issue 18, DESIGN
//! §12): a pupil's record with a mistake in the consent register is one error, its name
//! still guarded, and every other pupil is checked as usual; a link to a page left out is no second error, but a
//! link under it is still checked; every run ends with its summary, and nothing is written.

use crate::pictures;
use crate::support::{TestSite, page};

/// A page showing one image of each pupil, and each image's sidecar.
fn with_pictures(mut site: TestSite, pupils: &[&str]) -> TestSite {
    let mut body = String::new();
    for id in pupils {
        let name = id.to_lowercase();
        site = site
            .bytes(&format!("static/images/{name}.png"), &pictures::png(40, 30))
            .file(
                &format!("static/images/{name}.png.toml"),
                &format!("alt = \"Pupil {id} at a tablet\"\npupils = [\"{id}\"]\n"),
            );
        body.push_str(&format!("![](/images/{name}.png)\n\n"));
    }
    site.file("content/class.md", &page("Class", &body))
}

#[test]
fn a_pupil_with_a_mistake_is_one_error_and_every_other_pupil_is_still_checked() {
    let register = "[pupil.P1]\nwebsite = true\ngranted = 2025-09-05\n\n\
                    [pupil.P2]\nname = \"Zara Quill\"\nwebsite = \"yes\"\ngranted = 2025-09-05\n\n\
                    [pupil.P3]\nwebsite = true\ngranted = 2025-09-05\nwithdrawn = 2026-01-10\n\n\
                    [pupil.P4]\nwebsite = true\ngranted = 2025-09-05T08:00:00\n";
    let site = TestSite::new()
        .file("data/consent.toml", register)
        // the name in a record left out is still never published (in a file the search
        // index does not repeat)
        .file("static/notes.txt", "Well done, Zara Quill!");
    let run = with_pictures(site, &["P1", "P2", "P3", "P4", "P9"])
        .build()
        .fails()
        .says("data/consent.toml:7")
        .says("the name of pupil P2 (recorded in data/consent.toml) appears in /notes.txt")
        .says("`granted` of pupil P4 is not a day")
        .says("shows pupil P3, whose consent was withdrawn on 2026-01-10")
        .says("unknown pupil: static/images/p9.png shows pupil P9")
        .says("5 errors, 0 warnings: nothing was published");
    assert_eq!(run.stderr.matches("error:").count(), 5, "{}", run.stderr);
    for image in ["p1.png", "p2.png", "p4.png"] {
        assert!(
            !run.stderr.contains(image),
            "{image}: a good pupil passes, and a record left out is not reported again:\n{}",
            run.stderr
        );
    }
    assert!(!run.output.exists(), "nothing is published");
}

#[test]
fn a_pupil_recorded_twice_is_left_out_and_the_first_records_name_is_still_guarded() {
    let register = "[pupil.P1]\nname = \"Zara Quill\"\nwebsite = true\ngranted = 2025-09-05\n\n\
                    [pupil.P1]\nwebsite = true\ngranted = 2025-09-05\n";
    let site = TestSite::new()
        .file("data/consent.toml", register)
        .file("static/notes.txt", "Well done, Zara Quill!");
    let run = with_pictures(site, &["P1"])
        .build()
        .fails()
        .says("data/consent.toml:6")
        .says("the name of pupil P1 (recorded in data/consent.toml) appears in /notes.txt");
    assert!(!run.stderr.contains("Zara"), "{}", run.stderr);
}

#[test]
fn a_register_that_cannot_be_read_is_one_error_and_no_pupil_follows_from_it() {
    let site = TestSite::new().file("data/consent.toml", "[pupil.P1\nwebsite = true\n");
    let run = with_pictures(site, &["P1", "P9"])
        .build()
        .fails()
        .says("data/consent.toml:1")
        .says("1 error, 0 warnings: nothing was published");
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
    assert!(!run.output.exists(), "nothing is published");
}

#[test]
fn a_link_to_a_page_left_out_is_not_reported_but_a_link_under_it_is() {
    let links = "[A](../a/), [A again](../a/index.html), [and](../a) and [under A](../a/b/).";
    let run = TestSite::new()
        .file("content/a.md", "+++\ntitle = \"A\"\nwieght = 2\n+++\nx")
        .file("content/e.md", &page("E", links))
        .build()
        .fails()
        .says("did you mean `weight`?")
        .says("broken link `../a/b/`")
        .says("2 errors, 0 warnings: nothing was published");
    assert_eq!(run.stderr.matches("error:").count(), 2, "{}", run.stderr);
    for link in ["`../a/`", "`../a/index.html`", "`../a`"] {
        assert!(!run.stderr.contains(link), "{link}:\n{}", run.stderr);
    }
    assert!(!run.output.exists(), "nothing is published");
}

#[test]
fn a_link_to_a_left_out_rooms_poster_is_not_reported_but_a_link_under_it_is() {
    let rooms = "[[room]]\nname = \"Class 4\"\nband = \"ks2\"\n\n\
                 [[room]]\nname = \"ICT suite\"\nband = \"ks9\"\n\n\
                 [[room]]\nname = 3\nband = \"ks2\"\n";
    let links = "[ICT](../posters/ict-suite/), [unnamed](../posters/hall/), \
                 [under ICT](../posters/ict-suite/print/) and [Class 4](../posters/class-4/)";
    let run = TestSite::new()
        .file(
            "content/aup/ks2.md",
            "+++\ntitle = \"Rules\"\n[extra]\nrules = [\"Be kind\"]\n+++\n",
        )
        .file("data/rooms.toml", rooms)
        .file("content/e.md", &page("E", links))
        .build()
        .fails()
        .says("data/rooms.toml:7")
        .says("data/rooms.toml:10")
        .says("broken link `../posters/ict-suite/print/`")
        .says("3 errors, 0 warnings: nothing was published");
    assert_eq!(run.stderr.matches("error:").count(), 3, "{}", run.stderr);
    for link in ["`../posters/ict-suite/`", "`../posters/hall/`", "`../posters/class-4/`"] {
        assert!(!run.stderr.contains(link), "{link}:\n{}", run.stderr);
    }
    assert!(!run.output.exists(), "nothing is published");
}
