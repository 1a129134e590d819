//! `haven edit` (issue 21): the consent register and the rooms as forms, asked over raw
//! HTTP as the studio's own pages ask. A change touches only the keys it changes (comments
//! and layout kept), a value the build would refuse is never written, and a file changed
//! on disk since the form was opened is never written over.

use crate::edit::{Studio, encode, hidden};
use crate::support::{CONFIG_3_LANGS, TestSite, page};

const REGISTER: &str = "# Signed forms are in the office safe.\n[pupil.P0177]\nname = \"Ada Lovelace\" # never published\nwebsite = true\nprint = false\nsocial = false\ngranted = 2026-09-01\n";

const ROOMS: &str = "# Rooms with internet access.\n\n[[room]]\nname = \"Room One\" # by the stairs\nband = \"ks2\"\nlanguages = [\"en\"]\npaper = \"A4\"\n";

fn site() -> TestSite {
    TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file("data/consent.toml", REGISTER)
        .file("data/rooms.toml", ROOMS)
        .file("content/about.md", &page("About", "Hello."))
        .file(
            "content/aup/ks2.md",
            "+++\ntitle = \"Our rules\"\n[extra]\nrules = [\"I keep my password secret.\"]\n+++\n",
        )
        .file(
            "content/aup/ks1.md",
            "+++\ntitle = \"Our rules\"\n[extra]\nrules = [\"I ask a grown-up.\"]\n+++\n",
        )
}

/// The hidden fields of the form at `path`, with `fields` added.
fn filled(studio: &Studio, path: &str, fields: &[(&str, &str)]) -> String {
    let form = studio.get_in(path);
    assert_eq!(form.status, 200, "{}", form.body);
    let mut pairs: Vec<(String, String)> = ["token", "hash"]
        .iter()
        .map(|name| (name.to_string(), hidden(&form.body, name)))
        .collect();
    pairs.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    encode(&pairs)
}

#[test]
fn a_pupil_s_scopes_and_dates_change_in_place() {
    let site = site();
    let studio = Studio::start(&site);
    let file = site.path().join("data/consent.toml");
    let change = filled(
        &studio,
        "/consent/pupil?id=P0177",
        &[
            ("id", "P0177"),
            ("name", "Ada Lovelace"),
            ("website", "true"),
            ("print", "true"),
            ("granted", "2026-09-01"),
            ("expires", "2027-07-31"),
        ],
    );
    let stale = change.clone();
    let saved = studio.post_in("/consent/change", &change);
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert!(saved.body.contains("Saved the record of pupil P0177"), "{}", saved.body);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        REGISTER.replace("print = false", "print = true") + "expires = 2027-07-31\n"
    );
    // The form opened before that save is now stale: nothing is written over the change.
    let before = std::fs::read_to_string(&file).unwrap();
    let refused = studio.post_in("/consent/change", &stale.replace("print=true", "social=true"));
    assert!(
        refused.body.contains("changed on disk since you opened pupil P0177"),
        "{}",
        refused.body
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    // A withdrawal day set in the form lists what it takes off the site.
    let withdraw = filled(
        &studio,
        "/consent/pupil?id=P0177",
        &[
            ("id", "P0177"),
            ("website", "true"),
            ("granted", "2026-09-01"),
            ("withdrawn", "2026-11-20"),
        ],
    );
    let withdrawn = studio.post_in("/consent/change", &withdraw);
    assert!(
        withdrawn.body.contains("No image shows this pupil"),
        "{}",
        withdrawn.body
    );
    let now = std::fs::read_to_string(&file).unwrap();
    assert!(
        now.contains("withdrawn = 2026-11-20\n") && !now.contains("name ="),
        "{now}"
    );
    assert!(now.starts_with("# Signed forms are in the office safe.\n"));
}

#[test]
fn a_room_s_band_languages_and_paper_are_edited_and_checked_before_writing() {
    let site = site();
    let studio = Studio::start(&site);
    let file = site.path().join("data/rooms.toml");
    let bad = filled(
        &studio,
        "/rooms/room?n=0",
        &[
            ("n", "0"),
            ("name", "Room One"),
            ("band", "ks9"),
            ("languages", "en"),
            ("paper", "A4"),
        ],
    );
    assert_eq!(studio.post_in("/rooms/save", &bad).status, 422);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), ROOMS);
    let good = filled(
        &studio,
        "/rooms/room?n=0",
        &[
            ("n", "0"),
            ("name", "Room One"),
            ("band", "ks1"),
            ("languages", "en"),
            ("languages", "pl"),
            ("paper", "A3"),
        ],
    );
    let saved = studio.post_in("/rooms/save", &good);
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "# Rooms with internet access.\n\n[[room]]\nname = \"Room One\" # by the stairs\nband = \"ks1\"\nlanguages = [\"en\", \"pl\"]\npaper = \"A3\"\n"
    );
    let new = filled(
        &studio,
        "/rooms/room?n=new",
        &[
            ("n", "new"),
            ("name", "Library"),
            ("band", "ks2"),
            ("languages", "ur"),
            ("paper", "A4"),
        ],
    );
    assert_eq!(studio.post_in("/rooms/save", &new).status, 200);
    let now = std::fs::read_to_string(&file).unwrap();
    assert!(
        now.ends_with("\n[[room]]\nname = \"Library\"\nband = \"ks2\"\nlanguages = [\"ur\"]\npaper = \"A4\"\n"),
        "{now}"
    );
}

#[test]
fn a_room_s_print_preview_frames_its_posters_from_the_site_s_origin() {
    let site = site();
    let studio = Studio::start(&site);
    let preview = studio.get_in("/rooms/print?room=room-one");
    assert_eq!(preview.status, 200, "{}", preview.body);
    let framed = format!(
        "<iframe class=\"sheet\" src=\"http://127.0.0.1:{}/posters/room-one/\"",
        studio.site_port
    );
    assert!(preview.body.contains(&framed), "{}", preview.body);
    assert!(preview.body.contains("title=\"Poster for Room One in en\""));
}
