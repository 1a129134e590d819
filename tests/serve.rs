//! `haven serve` (issue 7): the real binary on a free port in a temp site, asked for pages
//! over raw HTTP, its live-reload events read as a browser reads them, files edited while
//! it runs. Every wait polls with a deadline; nothing sleeps for long.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::pictures;
use crate::support::{CONFIG_3_LANGS, TestSite, files_under, page};

/// The 404 page's title in the default theme.
const NOT_FOUND: &str = "Page not found";

/// How long anything may take before a test gives up (debug builds on a busy machine).
const PATIENCE: Duration = Duration::from_secs(120);

/// A port nobody is listening on.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Polls `ready` until it gives a value or `PATIENCE` runs out.
#[track_caller]
fn wait_until<T>(what: &str, mut ready: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(value) = ready() {
            return value;
        }
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// One HTTP answer.
struct Reply {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `request` as it is (so URLs are not tidied first) and reads the whole answer.
fn send_raw(port: u16, request: &str) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let split = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete answer");
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("a status");
    Reply {
        status,
        head,
        body: bytes[split + 4..].to_vec(),
    }
}

/// `haven serve` running on a site, stopped when dropped.
struct Preview {
    child: Child,
    port: u16,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
}

/// Copies what a child prints into `into`, line by line, as it comes.
fn collect(from: impl Read + Send + 'static, into: Arc<Mutex<String>>) {
    std::thread::spawn(move || {
        for line in BufReader::new(from).lines().map_while(Result::ok) {
            let mut text = into.lock().unwrap();
            text.push_str(&line);
            text.push('\n');
        }
    });
}

impl Preview {
    /// Serves `site` on `port` and waits until it is serving.
    fn start_on(site: &TestSite, port: u16, extra: &[&str]) -> Preview {
        let port_text = port.to_string();
        let mut args = vec![
            "--root",
            site.path().to_str().unwrap(),
            "serve",
            "--port",
            &port_text,
            "--date",
            "2026-11-22",
        ];
        args.extend_from_slice(extra);
        let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
            .args(&args)
            .env_remove("SOURCE_DATE_EPOCH")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("haven runs");
        let (stdout, stderr) = (Arc::default(), Arc::default());
        collect(child.stdout.take().unwrap(), Arc::clone(&stdout));
        collect(child.stderr.take().unwrap(), Arc::clone(&stderr));
        let mut preview = Preview {
            child,
            port,
            stdout,
            stderr,
        };
        wait_until("\"Serving at\" on standard output", || {
            if let Ok(Some(status)) = preview.child.try_wait() {
                std::thread::sleep(Duration::from_millis(100)); // let its last words arrive
                panic!("haven serve stopped ({status}) before serving:\n{}", preview.stderr());
            }
            preview.stdout().contains("Serving at").then_some(())
        });
        preview
    }

    fn start(site: &TestSite) -> Preview {
        Preview::start_on(site, free_port(), &[])
    }

    fn stdout(&self) -> String {
        self.stdout.lock().unwrap().clone()
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    fn get(&self, path: &str) -> Reply {
        self.request("GET", path)
    }

    fn request(&self, method: &str, path: &str) -> Reply {
        send_raw(
            self.port,
            &format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
        )
    }

    fn events(&self) -> Events {
        Events::open(self.port)
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The live-reload event stream, read as a browser's `EventSource` does.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .write_all(b"GET /__haven/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            .unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(line.starts_with("HTTP/1.1 200"), "{line}");
        loop {
            line.clear();
            reader.read_line(&mut line).unwrap();
            if line.trim().is_empty() {
                break;
            }
            if line.to_ascii_lowercase().starts_with("content-type") {
                assert!(line.contains("text/event-stream"), "{line}");
            }
        }
        Events { reader }
    }

    /// The next event: its name and data.
    fn next(&mut self) -> (String, String) {
        let (mut name, mut data) = (String::new(), Vec::new());
        loop {
            let mut line = String::new();
            let read = self.reader.read_line(&mut line).expect("an event in time");
            assert!(read > 0, "the event stream closed");
            let line = line.trim_end_matches('\n');
            if let Some(n) = line.strip_prefix("event: ") {
                name = n.to_string();
            } else if let Some(d) = line.strip_prefix("data:") {
                data.push(d.strip_prefix(' ').unwrap_or(d).to_string());
            } else if line.is_empty() && !name.is_empty() {
                return (name, data.join("\n"));
            }
        }
    }

    /// Skips events until one named `wanted`; fails on a `problem` unless that is wanted.
    #[track_caller]
    fn wait_for(&mut self, wanted: &str) -> String {
        loop {
            let (name, data) = self.next();
            if name == wanted {
                return data;
            }
            assert!(name != "problem", "the build failed:\n{data}");
        }
    }
}

/// The live-reload script tag the preview adds to pages.
fn without_live_reload(html: &str) -> String {
    match html.find("<script src=\"/__haven/live-reload.js\"") {
        Some(start) => {
            let end = start + html[start..].find("</script>").unwrap() + "</script>".len();
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_string(),
    }
}

/// Saves a file of the site as editors do: written in full, at once.
fn save(site: &TestSite, rel: &str, text: &str) {
    let path = site.path().join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn lesson(title: &str, band: &str, topics: &str, weight: i64, body: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\nweight = {weight}\n\n[extra]\nband = \"{band}\"\ntopics = [{topics}]\n+++\n{body}\n"
    )
}

#[test]
fn pages_are_served_with_their_types_head_redirects_and_the_404_page() {
    let site = TestSite::new()
        .file(
            "content/lessons/ks2/passwords.md",
            &lesson("Passwords", "ks2", "\"conduct\"", 1, "Keep them secret."),
        )
        .file("static/site.js", "console.log(1);\n")
        .file("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .file("static/leaflet.pdf", "%PDF-1.4\n")
        .bytes("static/fonts/atkinson.woff2", b"wOF2fake")
        .bytes("static/images/a.png", &pictures::png(8, 8))
        .bytes("static/images/b.jpg", &pictures::jpeg(8, 8));
    let mut webp = std::io::Cursor::new(Vec::new());
    image::DynamicImage::new_rgb8(8, 8)
        .write_to(&mut webp, image::ImageFormat::WebP)
        .unwrap();
    let sidecar = "alt = \"A drawing\"\npupils = []\ncredit = \"Drawn by Year 5\"\n";
    let site = site
        .bytes("static/images/c.webp", &webp.into_inner())
        .file("static/images/a.png.toml", sidecar)
        .file("static/images/b.jpg.toml", sidecar)
        .file("static/images/c.webp.toml", sidecar);
    let preview = Preview::start(&site);
    let home = preview.get("/");
    assert_eq!(home.status, 200);
    assert_eq!(home.header("Content-Type"), Some("text/html; charset=utf-8"));
    assert!(
        home.text().contains("<script src=\"/__haven/live-reload.js\""),
        "{}",
        home.text()
    );
    for (path, kind) in [
        ("/haven.css", "text/css; charset=utf-8"),
        ("/site.js", "text/javascript; charset=utf-8"),
        ("/logo.svg", "image/svg+xml"),
        ("/leaflet.pdf", "application/pdf"),
        ("/fonts/atkinson.woff2", "font/woff2"),
        ("/images/a.png", "image/png"),
        ("/images/b.jpg", "image/jpeg"),
        ("/images/c.webp", "image/webp"),
        ("/__haven/live-reload.js", "text/javascript; charset=utf-8"),
    ] {
        let reply = preview.get(path);
        assert_eq!(
            (reply.status, reply.header("Content-Type")),
            (200, Some(kind)),
            "{path}"
        );
        assert!(!reply.body.is_empty(), "{path}");
    }
    let head = preview.request("HEAD", "/lessons/ks2/passwords/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty(), "HEAD has no body");
    let length: usize = head.header("Content-Length").unwrap().parse().unwrap();
    assert_eq!(length, preview.get("/lessons/ks2/passwords/").body.len());
    let moved = preview.get("/lessons/ks2/passwords?from=search");
    assert_eq!(moved.status, 301);
    assert_eq!(moved.header("Location"), Some("/lessons/ks2/passwords/?from=search"));
    let missing = preview.get("/no/such/page/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.text().contains("<h1") && missing.text().contains(NOT_FOUND),
        "{}",
        missing.text()
    );
    assert!(missing.text().contains("/__haven/live-reload.js"));
    assert_eq!(preview.request("POST", "/").status, 405);
}

#[test]
fn the_live_reload_script_is_never_in_a_build() {
    let site = TestSite::new().file("content/about.md", &page("About", "Hello."));
    let preview = Preview::start(&site);
    assert!(preview.get("/about/").text().contains("/__haven/live-reload.js"));
    let built = site.build().ok();
    for file in files_under(&built.output) {
        let bytes = std::fs::read(built.output.join(&file)).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("__haven"), "{file}");
    }
}

#[test]
fn traversal_attempts_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "SECRET-OUTSIDE").unwrap();
    let site = TestSite::new().file("content/about.md", &page("About", "Hello.")).file(
        "data/consent.toml",
        "[pupil.P1]\nname = \"Secret Pupil\"\nwebsite = true\n",
    );
    let preview = Preview::start(&site);
    for path in [
        "/../config.toml",
        "/%2e%2e/config.toml",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/about/..%2f..%2fconfig.toml",
        "/..%5cconfig.toml",
        "/about/%00",
        "/./config.toml",
    ] {
        let reply = send_raw(
            preview.port,
            &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
        );
        assert!(matches!(reply.status, 403 | 404), "{path}: {}", reply.status);
        assert!(!reply.text().contains("base_url ="), "{path} leaked config.toml");
    }
    for path in ["/config.toml", "/data/consent.toml", "/content/about.md"] {
        let reply = preview.get(path);
        assert_eq!(reply.status, 404, "{path}");
        assert!(!reply.text().contains("Secret Pupil"), "{path}");
    }
    drop(preview);
    // A symlink leading out of the site is never followed: the build refuses it.
    #[cfg(unix)]
    {
        std::fs::create_dir_all(site.path().join("static")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), site.path().join("static/escape.txt")).unwrap();
        let preview = Preview::start(&site);
        let reply = preview.get("/escape.txt");
        assert!(matches!(reply.status, 403 | 404 | 503), "{}", reply.status);
        assert!(!reply.text().contains("SECRET-OUTSIDE"));
        assert!(
            preview.stderr().contains("points outside the site"),
            "{}",
            preview.stderr()
        );
    }
}

#[test]
fn an_edit_reloads_open_pages_with_the_new_text() {
    let site = TestSite::new().file("content/about.md", &page("About", "First words."));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    let hello = events.wait_for("hello");
    assert!(
        preview
            .get("/about/")
            .text()
            .contains(&format!("data-build=\"{hello}\""))
    );
    save(&site, "content/about.md", &page("About", "Second words."));
    let build = events.wait_for("reload");
    assert_ne!(build, hello, "a new build has a new number");
    let about = preview.get("/about/").text();
    assert!(about.contains("Second words."), "{about}");
    assert!(about.contains(&format!("data-build=\"{build}\"")));
}

#[test]
fn editors_that_save_by_renaming_are_seen_and_their_temporary_files_are_not() {
    let site = TestSite::new().file("content/about.md", &page("About", "First words."));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    events.wait_for("hello");
    // vim: a test file, a swap file, a backup by renaming, the new file, then cleaning up.
    let dir = site.path().join("content");
    std::fs::write(dir.join("4913"), "").unwrap();
    std::fs::remove_file(dir.join("4913")).unwrap();
    std::fs::write(dir.join(".about.md.swp"), "swap").unwrap();
    std::fs::rename(dir.join("about.md"), dir.join("about.md~")).unwrap();
    std::fs::write(dir.join("about.md"), page("About", "Saved by vim.")).unwrap();
    std::fs::remove_file(dir.join("about.md~")).unwrap();
    events.wait_for("reload");
    assert!(preview.get("/about/").text().contains("Saved by vim."));
    // VS Code and others: a temporary file renamed over the page.
    std::fs::write(dir.join(".about.md.tmp"), page("About", "Saved by renaming.")).unwrap();
    std::fs::rename(dir.join(".about.md.tmp"), dir.join("about.md")).unwrap();
    events.wait_for("reload");
    assert!(preview.get("/about/").text().contains("Saved by renaming."));
    assert!(preview.get("/about.md~").status == 404 && preview.get("/4913").status == 404);
}

#[test]
fn a_broken_edit_keeps_the_last_good_page_and_shows_the_error_until_it_is_fixed() {
    let site = TestSite::new().file("content/about.md", &page("About", "Good words."));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    events.wait_for("hello");
    save(
        &site,
        "content/about.md",
        "+++\ntitle = \"About\"\ncolour = \"red\"\n+++\nBroken words.\n",
    );
    let problem = events.wait_for("problem");
    assert!(problem.contains("colour"), "{problem}");
    assert!(problem.contains("content/about.md:3"), "{problem}");
    wait_until("the message on the terminal", || {
        preview.stderr().contains(&problem).then_some(())
    });
    let about = preview.get("/about/");
    assert_eq!(about.status, 200);
    assert!(about.text().contains("Good words."), "the last good page stays");
    // A tab opened now is told at once.
    let mut late = preview.events();
    late.wait_for("hello");
    assert_eq!(late.wait_for("problem"), problem);
    save(&site, "content/about.md", &page("About", "Fixed words."));
    events.wait_for("reload");
    assert!(preview.get("/about/").text().contains("Fixed words."));
    let mut after = preview.events();
    after.wait_for("hello");
    save(&site, "content/about.md", &page("About", "Fixed again."));
    assert_eq!(after.next().0, "reload", "no problem is left to show");
}

#[test]
fn a_site_that_does_not_build_at_first_is_served_once_fixed() {
    let site = TestSite::new().file("content/about.md", "+++\ntitle = \"About\"\n");
    let preview = Preview::start(&site);
    let page_now = preview.get("/about/");
    assert_eq!(page_now.status, 503);
    assert!(page_now.text().contains("content/about.md"), "{}", page_now.text());
    assert!(page_now.text().contains("/__haven/live-reload.js"));
    let mut events = preview.events();
    events.wait_for("hello");
    assert!(events.wait_for("problem").contains("never closed"));
    save(&site, "content/about.md", &page("About", "Now it builds."));
    events.wait_for("reload");
    assert!(preview.get("/about/").text().contains("Now it builds."));
}

/// Asserts that the preview serves exactly the files a clean `haven build` of the site
/// writes, byte for byte but for the live-reload script.
#[track_caller]
fn assert_same_as_clean_build(preview: &Preview, site: &TestSite, step: &str) {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let built = site.run(&["build", "--date", "2026-11-22", "-o", target.to_str().unwrap()]);
    assert_eq!(built.code, 0, "{step}: the clean build failed:\n{}", built.stderr);
    for file in files_under(&target).iter().filter(|f| *f != ".haven-output") {
        let clean = std::fs::read(target.join(file)).unwrap();
        let served = preview.get(&format!("/{}", file.replace(' ', "%20")));
        assert_eq!(served.status, 200, "{step}: /{file} is not served");
        if file.ends_with(".html") {
            let served = without_live_reload(&served.text());
            assert_eq!(served, String::from_utf8(clean).unwrap(), "{step}: /{file} differs");
        } else {
            assert!(served.body == clean, "{step}: /{file} differs");
        }
    }
}

/// An edit that writes `text` into the site file `rel`.
fn edit(rel: &'static str, text: String) -> impl FnOnce(&Path) {
    move |root: &Path| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap()
    }
}

/// A step of the editing session: what the author does, and what the preview must do.
fn step(preview: &Preview, site: &TestSite, events: &mut Events, name: &str, edit: impl FnOnce(&Path)) {
    edit(site.path());
    events.wait_for("reload");
    assert_same_as_clean_build(preview, site, name);
}

#[test]
fn after_any_sequence_of_edits_the_served_site_equals_a_clean_build() {
    let port = free_port();
    let config = CONFIG_3_LANGS.replace("https://test.sch.uk/safety/", &format!("http://127.0.0.1:{port}/"));
    let section = |title: &str| page(title, "");
    let site = TestSite::new()
        .file("config.toml", &config)
        .file("content/lessons/_index.md", &section("Lessons"))
        .file("content/lessons/ks1/_index.md", &section("Key stage 1"))
        .file("content/lessons/ks2/_index.md", &section("Key stage 2"))
        .file(
            "content/lessons/ks1/sharing.md",
            &lesson("Sharing", "ks1", "\"contact\"", 1, "## Share\n\nAsk first."),
        )
        .file(
            "content/lessons/ks2/passwords.md",
            &lesson(
                "Passwords",
                "ks2",
                "\"conduct\"",
                1,
                "## Keep\n\nSecret. See [sharing](@/lessons/ks1/sharing.md#share).",
            ),
        )
        .file(
            "content/lessons/ks2/games.md",
            &lesson("Games", "ks2", "\"contact\"", 2, "Play kindly."),
        )
        .file("content/parents/_index.md", &section("Parents"))
        .file("content/parents/apps.md", &page("Apps", "Check the age rating."))
        .file("content/about.md", &page("About", "Our school."))
        .file("static/extra.css", "p { color: #222; }\n");
    let preview = Preview::start_on(&site, port, &[]);
    let mut events = preview.events();
    events.wait_for("hello");
    assert_same_as_clean_build(&preview, &site, "the first build");
    step(
        &preview,
        &site,
        &mut events,
        "a lesson's text",
        edit(
            "content/lessons/ks2/games.md",
            lesson("Games", "ks2", "\"contact\"", 2, "Play kindly, and stop when you want."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a new lesson",
        edit(
            "content/lessons/ks2/chat.md",
            lesson("Chat", "ks2", "\"contact\", \"commerce\"", 3, "Who is it?"),
        ),
    );
    step(&preview, &site, &mut events, "a lesson renamed", |root| {
        std::fs::rename(
            root.join("content/lessons/ks2/chat.md"),
            root.join("content/lessons/ks2/group-chat.md"),
        )
        .unwrap()
    });
    assert_eq!(preview.get("/lessons/ks2/chat/").status, 404);
    step(&preview, &site, &mut events, "a page deleted", |root| {
        std::fs::remove_file(root.join("content/parents/apps.md")).unwrap()
    });
    assert_eq!(preview.get("/pl/parents/apps/").status, 404);
    step(
        &preview,
        &site,
        &mut events,
        "a translation added",
        edit("content/lessons/ks2/games.pl.md", page("Gry", "Graj uprzejmie.")),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a title changed",
        edit(
            "content/lessons/ks2/games.md",
            lesson("Online games", "ks2", "\"contact\"", 2, "Play kindly."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a weight changed",
        edit(
            "content/lessons/ks2/games.md",
            lesson("Online games", "ks2", "\"contact\"", 0, "Play kindly."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "topics changed",
        edit(
            "content/lessons/ks2/passwords.md",
            lesson(
                "Passwords",
                "ks2",
                "\"content\"",
                1,
                "## Keep\n\nSecret. See [sharing](@/lessons/ks1/sharing.md#share).",
            ),
        ),
    );
    save(
        &site,
        "content/lessons/ks2/games.md",
        "+++\ntitle = \"Online games\nweight = 0\n+++\nBroken.\n",
    );
    events.wait_for("problem");
    step(
        &preview,
        &site,
        &mut events,
        "front matter broken and fixed",
        edit(
            "content/lessons/ks2/games.md",
            lesson("Online games", "ks2", "\"contact\"", 0, "Fixed."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "an easy-read version added",
        edit("content/lessons/ks2/games.easy.md", page("Games (easy)", "Be kind.")),
    );
    // Another page links to #share: renaming the heading breaks that link, as a clean
    // build would say, though the linking page itself did not change.
    save(
        &site,
        "content/lessons/ks1/sharing.md",
        &lesson("Sharing", "ks1", "\"contact\"", 1, "## Sharing safely\n\nAsk first."),
    );
    let broken = events.wait_for("problem");
    assert!(broken.contains("#share"), "{broken}");
    step(
        &preview,
        &site,
        &mut events,
        "a heading others link to renamed, then put back",
        edit(
            "content/lessons/ks1/sharing.md",
            lesson("Sharing", "ks1", "\"contact\"", 1, "## Share\n\nAsk first, always."),
        ),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a section's title changed",
        edit("content/lessons/ks2/_index.md", section("Years 3 to 6")),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a top-level page's title changed",
        edit("content/about.md", page("About us", "Our school.")),
    );
    step(
        &preview,
        &site,
        &mut events,
        "a stylesheet changed",
        edit("static/extra.css", "p { color: #111; }\n".into()),
    );
    step(&preview, &site, &mut events, "a template added", edit("templates/page.html", "{% extends \"base.html\" %}{% block main %}{% include \"partials/title.html\" %}<p class=own>Own template</p>{% include \"partials/body.html\" %}{% endblock main %}".into()));
}

/// The numbers in "rendered N of M pages" on the last such line of the terminal.
fn last_rendered(preview: &Preview, before: usize) -> (usize, usize) {
    wait_until("a rebuild's summary", || {
        let out = preview.stdout();
        let lines: Vec<&str> = out.lines().filter(|l| l.contains(": rendered ")).collect();
        let line = lines.get(before)?;
        let numbers = line.split(": rendered ").nth(1)?;
        let mut parts = numbers.split_whitespace();
        let rendered = parts.next()?.parse().ok()?;
        let total = parts.nth(1)?.parse().ok()?;
        Some((rendered, total))
    })
}

#[test]
fn an_edit_renders_only_the_pages_that_show_it() {
    let site = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file(
            "content/lessons/ks2/passwords.md",
            &lesson("Passwords", "ks2", "\"conduct\"", 1, "Secret."),
        )
        .file(
            "content/lessons/ks2/games.md",
            &lesson("Games", "ks2", "\"contact\"", 2, "Kind."),
        )
        .file(
            "content/lessons/ks1/sharing.md",
            &lesson("Sharing", "ks1", "\"contact\"", 1, "Ask."),
        )
        .file("content/parents/apps.md", &page("Apps", "Ratings."));
    let preview = Preview::start(&site);
    let mut events = preview.events();
    events.wait_for("hello");
    save(
        &site,
        "content/lessons/ks2/games.md",
        &lesson("Games", "ks2", "\"contact\"", 2, "Kinder."),
    );
    events.wait_for("reload");
    let (rendered, total) = last_rendered(&preview, 0);
    // The lesson in three languages, and its two EAL pages.
    assert_eq!(rendered, 5, "a change to a lesson's text renders its own pages only");
    save(
        &site,
        "content/lessons/ks2/games.md",
        &lesson("Online games", "ks2", "\"contact\"", 2, "Kinder."),
    );
    events.wait_for("reload");
    let (listed, _) = last_rendered(&preview, 1);
    assert!(
        listed > rendered && listed < total / 2,
        "a new title renders its listings too: {listed} of {total}"
    );
    save(
        &site,
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{% include \"partials/title.html\" %}{% include \"partials/body.html\" %}{% endblock main %}",
    );
    events.wait_for("reload");
    assert_eq!(
        last_rendered(&preview, 2),
        (total, total),
        "a template renders everything"
    );
}

#[test]
fn a_hundred_requests_at_once_are_all_answered_even_during_a_rebuild() {
    let mut site = TestSite::new();
    for i in 0..300 {
        site = site.file(
            &format!("content/notes/note-{i:03}.md"),
            &page(&format!("Note {i}"), "Some words."),
        );
    }
    let preview = Preview::start(&site);
    let fetch_all = |port: u16| {
        let threads: Vec<_> = (0..100)
            .map(|i| {
                std::thread::spawn(move || {
                    let path = format!("/notes/note-{:03}/", i * 3);
                    let reply = send_raw(
                        port,
                        &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
                    );
                    (reply.status, reply.text().contains(&format!("Note {}", i * 3)))
                })
            })
            .collect();
        threads.into_iter().map(|t| t.join().unwrap()).collect::<Vec<_>>()
    };
    let answers = fetch_all(preview.port);
    assert!(answers.iter().all(|a| *a == (200, true)), "{answers:?}");
    let mut events = preview.events();
    events.wait_for("hello");
    // A template change rebuilds all 300 pages; meanwhile the last good site is served.
    save(
        &site,
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{% include \"partials/title.html\" %}<p>New look</p>{% endblock main %}",
    );
    std::thread::sleep(Duration::from_millis(100)); // past the quiet time: the rebuild has begun
    let during = Instant::now();
    let answers = fetch_all(preview.port);
    let answered_in = during.elapsed();
    assert!(answers.iter().all(|a| *a == (200, true)), "{answers:?}");
    events.wait_for("reload");
    let rebuilt_in = during.elapsed();
    assert!(
        answered_in < rebuilt_in,
        "requests waited for the rebuild: answered in {answered_in:?}, rebuilt in {rebuilt_in:?}"
    );
    assert!(preview.get("/notes/note-007/").text().contains("New look"));
}

#[test]
fn a_port_in_use_is_a_clear_error_with_a_hint() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let site = TestSite::new();
    site.run(&["serve", "--port", &port])
        .fails()
        .says(&format!("the port {port} is in use"))
        .says("--port");
}

#[test]
fn serving_beyond_this_computer_warns() {
    let site = TestSite::new();
    let preview = Preview::start_on(&site, free_port(), &["--bind", "0.0.0.0"]);
    assert!(
        preview
            .stderr()
            .contains("other computers on the network can see this preview"),
        "{}",
        preview.stderr()
    );
    assert_eq!(preview.get("/").status, 200);
    let quiet = Preview::start(&site);
    assert!(!quiet.stderr().contains("other computers"));
    let bad = site.run(&["serve", "--bind", "everywhere"]);
    bad.fails().says("not an IP address");
}
