//! `haven edit` (issue 21): the consent register and the rooms as forms, and the live
//! preview, asked over raw HTTP as the studio's own pages ask. A change touches only the
//! keys it changes (comments and layout kept), a value the build would refuse is never
//! written, a file changed on disk since the form was opened is never written over, and
//! the preview is the page through the theme, served from the site's own origin. When
//! the register or the rooms changed on disk meanwhile, the author sees both versions and
//! chooses. `--open` hands exactly the printed address to the browser.

#[cfg(unix)]
use crate::edit::{PATIENCE, free_port};
use crate::edit::{Studio, encode, hidden, send_raw};
use crate::pictures;
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
    let mut pairs: Vec<(String, String)> = ["token", "hash", "opened"]
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

const LESSON: &str =
    "+++\ntitle = \"Passwords\"\n[extra]\nband = \"ks2\"\ntopics = [\"conduct\"]\n+++\nKeep them secret.\n";

#[test]
fn the_live_preview_is_the_page_through_the_theme_with_its_kind_and_page_checks() {
    let site = site()
        .file("content/lessons/ks2/passwords.md", LESSON)
        .bytes("static/images/class.png", &pictures::png(40, 30))
        .file(
            "static/images/class.png.toml",
            "decorative = true\npupils = []\ncredit = \"Drawn by Year 5\"\n",
        );
    let studio = Studio::start(&site);
    let mut pairs = studio.opened("content/lessons/ks2/passwords.md");
    for (k, v) in [
        ("title", "Strong passwords"),
        ("extra.band", "ks1"),
        ("extra.topics", "conduct"),
        (
            "body",
            "## Make one up\r\n\r\n![](/images/class.png)\r\n\r\n### Skipped a level\r\n",
        ),
    ] {
        pairs.push((k.into(), v.into()));
    }
    let answer = studio.post_in("/preview", &encode(&pairs));
    assert_eq!(answer.status, 200, "{}", answer.body);
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    let checks = json["checks"].as_str().unwrap();
    assert!(
        checks.contains("does not match the folder"),
        "the kind's check: {checks}"
    );
    let url = json["url"].as_str().expect("a preview address");
    let prefix = format!(
        "http://127.0.0.1:{}/lessons/ks2/passwords/?haven-preview=",
        studio.site_port
    );
    assert!(url.starts_with(&prefix), "{url}");
    let path = &url[format!("http://127.0.0.1:{}", studio.site_port).len()..];
    let get = |path: &str| {
        send_raw(
            studio.site_port,
            &format!(
                "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
                studio.site_port
            ),
        )
    };
    let preview = get(path);
    assert_eq!(preview.status, 200);
    assert!(
        preview.body.contains("Strong passwords") && preview.body.contains("Make one up"),
        "{}",
        preview.body
    );
    assert!(
        preview.body.contains("Test School"),
        "the theme's chrome: {}",
        preview.body
    );
    let src = preview
        .body
        .split("<img")
        .nth(1)
        .and_then(|i| i.split("src=").nth(1))
        .expect("an image");
    let src = src
        .trim_start_matches(['"', '\''])
        .split(['"', '\'', ' ', '>'])
        .next()
        .unwrap();
    let absolute = match src.strip_prefix("http://") {
        Some(rest) => format!("/{}", rest.split_once('/').unwrap().1),
        None if src.starts_with('/') => src.to_string(),
        None => {
            let mut at: Vec<&str> = vec!["lessons", "ks2", "passwords"];
            for part in src.split('/') {
                match part {
                    ".." => drop(at.pop()),
                    "." => {}
                    part => at.push(part),
                }
            }
            format!("/{}", at.join("/"))
        }
    };
    assert_eq!(get(&absolute).status, 200, "the preview's image {src} is served");
    // The file on disk and the built page are untouched by a preview.
    assert_eq!(
        std::fs::read_to_string(site.path().join("content/lessons/ks2/passwords.md")).unwrap(),
        LESSON
    );
    assert!(!get("/lessons/ks2/passwords/").body.contains("Make one up"));
}

/// The text in the text area `id` of a page, HTML entities decoded.
fn area(html: &str, id: &str) -> String {
    let open = html
        .find(&format!("<textarea id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id}: {html}"));
    let start = open + html[open..].find(">\n").unwrap() + 2;
    let raw = &html[start..start + html[start..].find("</textarea>").unwrap()];
    raw.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The conflict page's own form (token, file, hash) with the author's chosen `text`.
fn choose(conflict: &str, text: &str) -> String {
    let mut pairs: Vec<(String, String)> = ["token", "file", "hash"]
        .iter()
        .map(|name| (name.to_string(), hidden(conflict, name)))
        .collect();
    pairs.push(("text".into(), text.into()));
    encode(&pairs)
}

#[test]
fn a_register_changed_on_disk_while_a_pupil_is_open_shows_both_and_keeps_what_was_typed() {
    let site = site();
    let studio = Studio::start(&site);
    let file = site.path().join("data/consent.toml");
    let typed = filled(
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
    // The office adds a pupil in another editor while the form is open.
    let theirs = format!("{REGISTER}\n[pupil.P0200]\nwebsite = true\ngranted = 2026-10-01\n");
    std::fs::write(&file, &theirs).unwrap();
    let both = studio.post_in("/consent/change", &typed);
    assert_eq!(both.status, 409, "{}", both.body);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs, "nothing written");
    assert!(
        both.body.contains("The consent register changed on disk"),
        "{}",
        both.body
    );
    let mine = REGISTER.replace("print = false", "print = true") + "expires = 2027-07-31\n";
    assert_eq!(area(&both.body, "mine"), mine, "the author's change, as typed");
    assert_eq!(area(&both.body, "disk"), theirs, "the register on disk now");
    assert!(
        both.body
            .contains("href=\"/consent/pupil?id=P0177\">Keep the version on disk")
    );
    // The author keeps both changes: theirs, with the office's new pupil copied in.
    let merged = format!("{mine}\n[pupil.P0200]\nwebsite = true\ngranted = 2026-10-01\n");
    let saved = studio.post_in("/save-text", &choose(&both.body, &merged));
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert!(
        saved.body.contains("Saved your version of data/consent.toml"),
        "{}",
        saved.body
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), merged);
}

#[test]
fn a_rooms_file_changed_on_disk_while_a_room_is_open_shows_both_and_keeps_what_was_typed() {
    let site = site();
    let studio = Studio::start(&site);
    let file = site.path().join("data/rooms.toml");
    let typed = filled(
        &studio,
        "/rooms/room?n=0",
        &[
            ("n", "0"),
            ("name", "Room One"),
            ("band", "ks1"),
            ("languages", "en"),
            ("paper", "A3"),
        ],
    );
    // Someone moves the hall's poster into the file first: the hall now comes first.
    let hall = "[[room]]\nname = \"Hall\"\nband = \"ks1\"\nlanguages = [\"en\"]\npaper = \"A3\"\n";
    let theirs = ROOMS.replace("\n[[room]]\n", &format!("\n{hall}\n[[room]]\n"));
    std::fs::write(&file, &theirs).unwrap();
    let both = studio.post_in("/rooms/save", &typed);
    assert_eq!(both.status, 409, "{}", both.body);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs, "nothing written");
    let mine = ROOMS.replace("ks2", "ks1").replace("A4", "A3");
    assert_eq!(area(&both.body, "mine"), mine, "room one as typed, not the hall");
    assert_eq!(area(&both.body, "disk"), theirs);
    assert!(both.body.contains("href=\"/rooms\">Keep the version on disk"));
    // A version the build would refuse is not written, and is shown again as typed.
    let broken = mine.replace("ks1", "ks9");
    let refused = studio.post_in("/save-text", &choose(&both.body, &broken));
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(refused.body.contains("would not build"), "{}", refused.body);
    assert_eq!(area(&refused.body, "mine"), broken);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
    let merged = format!("{mine}\n{hall}");
    let saved = studio.post_in("/save-text", &choose(&refused.body, &merged));
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), merged);
}

#[cfg(unix)]
#[test]
fn edit_open_hands_exactly_the_printed_address_to_the_browser() {
    let (printed, handed, port) = open_with_fake_browser(true);
    let printed = printed.expect("haven edit printed its address");
    assert!(
        printed.starts_with(&format!("http://127.0.0.1:{port}/?key=")),
        "{printed}"
    );
    assert_eq!(handed, printed, "the browser got exactly the printed address");
}

#[cfg(unix)]
#[test]
fn edit_open_still_opens_the_browser_when_nobody_reads_its_output() {
    // Started from a launcher whose output is closed: printing the address must not stop
    // the studio before it opens the browser (it did, now and then, when the test
    // stopped reading after the first line).
    let (_, handed, port) = open_with_fake_browser(false);
    assert!(
        handed.starts_with(&format!("http://127.0.0.1:{port}/?key=")),
        "the browser got {handed:?}"
    );
}

/// Runs `haven edit --open` with a fake browser that writes down the address it is given;
/// with `read_output`, its output is read (the printed address, the rest drained), else the
/// pipe of its standard output is closed from the start. Gives the printed
/// address, what the browser got and the port.
#[cfg(unix)]
fn open_with_fake_browser(read_output: bool) -> (Option<String>, String, String) {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let site = site();
    let tools = tempfile::tempdir().unwrap();
    let (browser, opened) = (tools.path().join("browser"), tools.path().join("opened.txt"));
    // Written aside and renamed: the file appears whole, never empty under a busy machine.
    let script = format!(
        "#!/bin/sh\nprintf '%s' \"$1\" > '{0}.part' && mv '{0}.part' '{0}'\n",
        opened.display()
    );
    // Put in place by another process, so no child of this test process holds it open.
    let source = tools.path().join("browser.sh");
    std::fs::write(&source, script).unwrap();
    let installed = Command::new("install")
        .arg("-m")
        .arg("755")
        .arg(&source)
        .arg(&browser)
        .status();
    assert!(
        installed.is_ok_and(|s| s.success()),
        "install put the fake browser in place"
    );
    let port = free_port().to_string();
    let root = site.path().to_str().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
        .args([
            "--root",
            root,
            "edit",
            "--port",
            &port,
            "--open",
            "--date",
            "2026-11-22",
        ])
        .env("BROWSER", format!("{}:firefox", browser.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("haven runs");
    // Not read: closed at once, long before haven has built the site and prints.
    let output = child.stdout.take().filter(|_| read_output);
    let printed = output.and_then(|out| {
        let mut lines = BufReader::new(out).lines();
        let printed = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|line| line.strip_prefix("The studio is open at ").map(str::to_string));
        // The rest is read to the end, so that nothing haven prints finds the pipe closed.
        std::thread::spawn(move || lines.for_each(drop));
        printed
    });
    let deadline = std::time::Instant::now() + PATIENCE;
    while !opened.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    let handed = std::fs::read_to_string(&opened).unwrap_or_default();
    let _ = child.kill();
    let _ = child.wait();
    (printed, handed, port)
}
