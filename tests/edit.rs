//! `haven edit` (issue 21): the studio run for real on 127.0.0.1 in a temp site and asked
//! over raw HTTP as a browser, and as an attacker, would ask: nothing without the secret,
//! nothing for another `Host` or `Origin`, nothing outside the site, and saves that keep
//! the file's comments and never go over a file changed on disk.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::{TestSite, page};

pub(crate) const PATIENCE: Duration = Duration::from_secs(120);

const LESSON: &str = "+++\n# The card for the lesson\ntitle = \"Passwords\" # shown as the h1\n\n[extra]\nband = \"ks2\"\ntopics = [\"conduct\"]\nobjectives = [\n  \"Say why passwords matter\",\n]\nmascot = \"owl\"\n+++\n\n## Why\n\nKeep them secret.\n";

pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn site() -> TestSite {
    TestSite::new()
        .file("content/lessons/ks2/passwords.md", LESSON)
        .file("content/about.md", &page("About", "Hello."))
}

/// One HTTP answer.
pub(crate) struct Reply {
    pub(crate) status: u16,
    head: String,
    pub(crate) body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

pub(crate) fn send_raw(port: u16, request: &str) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("a complete answer");
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("a status");
    Reply {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

/// `haven edit` running on a site, stopped when dropped.
pub(crate) struct Studio {
    child: Child,
    pub(crate) port: u16,
    /// The port of the built site's own origin.
    pub(crate) site_port: u16,
    key: String,
}

impl Studio {
    pub(crate) fn start(site: &TestSite) -> Studio {
        let port = free_port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
            .args([
                "--root",
                site.path().to_str().unwrap(),
                "edit",
                "--port",
                &port.to_string(),
            ])
            .args(["--date", "2026-11-22"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("haven runs");
        let said = Arc::new(Mutex::new(String::new()));
        let out = child.stdout.take().unwrap();
        let into = Arc::clone(&said);
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                into.lock().unwrap().push_str(&(line + "\n"));
            }
        });
        let deadline = Instant::now() + PATIENCE;
        let (key, site_port) = loop {
            let text = said.lock().unwrap().clone();
            let site_at = text.find("last built is at http://127.0.0.1:");
            if let (Some(at), Some(site_at)) = (text.find("?key="), site_at) {
                let rest = &text[at + 5..];
                assert!(text.contains(&format!("http://127.0.0.1:{port}/?key=")), "{text}");
                let site = &text[site_at + "last built is at http://127.0.0.1:".len()..];
                let site_port = site.split('/').next().unwrap().parse().unwrap();
                break (rest.split_whitespace().next().unwrap().to_string(), site_port);
            }
            assert!(Instant::now() < deadline, "haven edit printed no address: {text}");
            assert!(child.try_wait().unwrap().is_none(), "haven edit stopped: {text}");
            std::thread::sleep(Duration::from_millis(20));
        };
        Studio {
            child,
            port,
            site_port,
            key,
        }
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn cookie(&self) -> String {
        format!("haven_studio={}", self.key)
    }

    fn get(&self, path: &str, extra: &str) -> Reply {
        send_raw(
            self.port,
            &format!(
                "GET {path} HTTP/1.1\r\nHost: {}\r\n{extra}Connection: close\r\n\r\n",
                self.host()
            ),
        )
    }

    pub(crate) fn get_in(&self, path: &str) -> Reply {
        self.get(path, &format!("Cookie: {}\r\n", self.cookie()))
    }

    fn post(&self, path: &str, body: &str, extra: &str) -> Reply {
        send_raw(
            self.port,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n{body}",
                self.host(),
                body.len()
            ),
        )
    }

    /// A POST as the studio's own page sends it.
    pub(crate) fn post_in(&self, path: &str, body: &str) -> Reply {
        let extra = format!("Cookie: {}\r\nOrigin: http://{}\r\n", self.cookie(), self.host());
        self.post(path, body, &extra)
    }

    /// The editor's form for `file`: its hidden fields, ready to send with changes.
    pub(crate) fn opened(&self, file: &str) -> Vec<(String, String)> {
        let page = self.get_in(&format!("/page?file={file}"));
        assert_eq!(page.status, 200, "{}", page.body);
        ["token", "hash", "opened", "file"]
            .iter()
            .map(|name| (name.to_string(), hidden(&page.body, name)))
            .collect()
    }
}

impl Drop for Studio {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The value of a hidden field, HTML entities decoded.
pub(crate) fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no field {name}")) + marker.len();
    let raw = &html[start..start + html[start..].find('"').unwrap()];
    raw.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

pub(crate) fn encode(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn enc(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The lesson form with a new title and a second objective.
fn lesson_edit(opened: &[(String, String)]) -> String {
    let mut pairs = opened.to_vec();
    for (k, v) in [
        ("title", "Strong passwords"),
        ("extra.band", "ks2"),
        ("extra.topics", "conduct"),
        ("extra.objectives", "Say why passwords matter\r\nMake a strong one"),
        ("body", "\r\n## Why\r\n\r\nKeep them secret, always.\r\n"),
    ] {
        pairs.push((k.into(), v.into()));
    }
    encode(&pairs)
}

const LESSON_FILE: &str = "content/lessons/ks2/passwords.md";

#[test]
fn a_save_from_the_studio_s_page_keeps_comments_and_unknown_keys() {
    let site = site();
    let studio = Studio::start(&site);
    let form = lesson_edit(&studio.opened(LESSON_FILE));
    let saved = studio.post_in("/save", &form);
    assert_eq!(saved.status, 303, "{}", saved.body);
    let text = std::fs::read_to_string(site.path().join(LESSON_FILE)).unwrap();
    assert_eq!(
        text,
        "+++\n# The card for the lesson\ntitle = \"Strong passwords\" # shown as the h1\n\n[extra]\nband = \"ks2\"\ntopics = [\"conduct\"]\nobjectives = [\n  \"Say why passwords matter\",\n  \"Make a strong one\",\n]\nmascot = \"owl\"\n+++\n\n## Why\n\nKeep them secret, always.\n"
    );
}

#[test]
fn without_the_secret_nothing_is_served_or_written() {
    let site = site();
    let studio = Studio::start(&site);
    let form = lesson_edit(&studio.opened(LESSON_FILE));
    assert_eq!(studio.get("/", "").status, 403);
    assert_eq!(studio.get("/page?file=content/about.md", "").status, 403);
    assert_eq!(studio.get("/?key=not-the-key", "").status, 403);
    let origin = format!("Origin: http://{}\r\n", studio.host());
    assert_eq!(studio.post("/save", &form, &origin).status, 403);
    let no_token = form.replace("token=", "tokenx=");
    assert_eq!(studio.post_in("/save", &no_token).status, 403);
    assert_eq!(std::fs::read_to_string(site.path().join(LESSON_FILE)).unwrap(), LESSON);
    let welcome = studio.get(&format!("/?key={}", studio.key), "");
    assert_eq!(welcome.status, 303);
    assert_eq!(welcome.header("Location"), Some("/"));
    let cookie = welcome.header("Set-Cookie").unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"),
        "{cookie}"
    );
    let policy = welcome.header("Content-Security-Policy").unwrap();
    assert!(policy.starts_with("default-src 'self'"), "{policy}");
}

#[test]
fn other_hosts_and_origins_are_refused() {
    let site = site();
    let studio = Studio::start(&site);
    let form = lesson_edit(&studio.opened(LESSON_FILE));
    let cookie = format!("Cookie: {}\r\n", studio.cookie());
    let rebinding = send_raw(
        studio.port,
        &format!(
            "GET / HTTP/1.1\r\nHost: evil.example:{}\r\n{cookie}Connection: close\r\n\r\n",
            studio.port
        ),
    );
    assert_eq!(rebinding.status, 403);
    for origin in ["http://evil.example", "null", "http://127.0.0.1:1"] {
        let cross = studio.post("/save", &form, &format!("{cookie}Origin: {origin}\r\n"));
        assert_eq!(cross.status, 403, "{origin}");
    }
    let cross_site = studio.post("/save", &form, &format!("{cookie}Sec-Fetch-Site: cross-site\r\n"));
    assert_eq!(cross_site.status, 403);
    assert_eq!(
        studio.post("/save", &form, &cookie).status,
        403,
        "a write with no origin at all"
    );
    assert_eq!(std::fs::read_to_string(site.path().join(LESSON_FILE)).unwrap(), LESSON);
}

#[test]
fn paths_that_leave_the_site_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), "+++\ntitle = \"Secret\"\n+++\nkept\n").unwrap();
    let site = site();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path().join("secret.md"), site.path().join("content/link.md")).unwrap();
    let studio = Studio::start(&site);
    for file in [
        "../config.toml",
        "content/../config.toml",
        "content/..%2F..%2Fetc%2Fpasswd",
        "%2Fetc%2Fpasswd",
        "C:%2FWindows%2Fwin.ini",
        "content%5C..%5Cconfig.toml",
        "content/link.md",
        "config.toml",
    ] {
        let reply = studio.get_in(&format!("/page?file={file}"));
        assert_eq!(reply.status, 403, "{file}: {}", reply.body);
        assert!(!reply.body.contains("kept"), "{file}");
    }
    let mut form = studio.opened("content/about.md");
    for (k, v) in form.iter_mut() {
        if k == "file" {
            *v = "content/link.md".into();
        }
    }
    form.push(("title".into(), "Taken".into()));
    form.push(("body".into(), "overwritten".into()));
    assert_eq!(studio.post_in("/save", &encode(&form)).status, 403);
    assert!(
        std::fs::read_to_string(outside.path().join("secret.md"))
            .unwrap()
            .contains("kept")
    );
    let token = hidden(&studio.get_in("/new").body, "token");
    let escape = format!("token={token}&what=version&file=..%2Fcontent%2Fabout.md&lang=en&easy=true");
    assert_eq!(studio.post_in("/new", &escape).status, 422);
    assert!(!site.path().parent().unwrap().join("content/about.easy.md").exists());
}

#[test]
fn a_file_changed_on_disk_while_open_is_never_overwritten() {
    let site = site();
    let studio = Studio::start(&site);
    let form = lesson_edit(&studio.opened(LESSON_FILE));
    let theirs = LESSON.replace("Keep them secret.", "Changed by someone else.");
    std::fs::write(site.path().join(LESSON_FILE), &theirs).unwrap();
    let reply = studio.post_in("/save", &form);
    assert_eq!(reply.status, 409, "{}", reply.body);
    assert_eq!(std::fs::read_to_string(site.path().join(LESSON_FILE)).unwrap(), theirs);
    assert!(
        reply.body.contains("Changed by someone else."),
        "the version on disk is shown"
    );
    assert!(
        reply.body.contains("Keep them secret, always."),
        "the author's version is shown"
    );
    let mine = hidden(&reply.body, "hash");
    let token = hidden(&reply.body, "token");
    let text = "+++\ntitle = \"Mine\"\n+++\nMine.\n";
    let keep_mine = format!("token={token}&file={}&hash={mine}&text={}", enc(LESSON_FILE), enc(text));
    assert_eq!(studio.post_in("/save-text", &keep_mine).status, 303);
    assert_eq!(std::fs::read_to_string(site.path().join(LESSON_FILE)).unwrap(), text);
}

#[test]
fn the_studio_serves_only_this_computer() {
    site()
        .run(&["edit", "--bind", "0.0.0.0"])
        .fails()
        .says("only on 127.0.0.1");
    site()
        .run(&["edit", "--bind", "192.168.1.20"])
        .fails()
        .says("only on 127.0.0.1");
}

/// A request to the built site's origin, sent with the studio's cookie as a browser does
/// (cookies ignore ports) and `extra` headers.
fn to_site(studio: &Studio, request_line: &str, extra: &str) -> Reply {
    send_raw(
        studio.site_port,
        &format!(
            "{request_line} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {}\r\n{extra}Content-Length: 0\r\nConnection: close\r\n\r\n",
            studio.site_port,
            studio.cookie()
        ),
    )
}

#[test]
fn the_built_site_is_on_its_own_origin_which_holds_no_studio_secret() {
    let site = site();
    let studio = Studio::start(&site);
    let opened = studio.opened(LESSON_FILE);
    let token = hidden(&studio.get_in(&format!("/page?file={LESSON_FILE}")).body, "token");
    assert_eq!(
        studio.get_in("/site/").status,
        404,
        "the studio's origin no longer serves the site"
    );
    let editor = studio.get_in(&format!("/page?file={LESSON_FILE}"));
    let site_origin = format!("http://127.0.0.1:{}", studio.site_port);
    assert!(
        editor.body.contains(&format!("{site_origin}/")),
        "links to the site point at its origin"
    );
    let policy = editor.header("Content-Security-Policy").unwrap();
    assert!(policy.contains(&format!("frame-src {site_origin};")), "{policy}");

    for path in ["/", "/about/", &format!("/?key={}", studio.key)] {
        let page = to_site(&studio, &format!("GET {path}"), "");
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        assert!(page.header("Set-Cookie").is_none(), "{path} sets no cookie");
        assert!(
            !page.body.contains(&token) && !page.body.contains(&studio.key),
            "{path}"
        );
        let frame = page.header("Content-Security-Policy").unwrap();
        assert!(frame.contains(&format!("frame-ancestors 'self' http://127.0.0.1:{}", studio.port)));
    }
    // The site only reads, even with the studio's cookie, origin and token.
    let mut pairs = opened.clone();
    pairs.push(("title".into(), "Hijacked".into()));
    let form = encode(&pairs);
    for path in ["/save", "/publish", "/consent/withdraw"] {
        let write = send_raw(
            studio.site_port,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {}\r\nOrigin: http://{}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
                studio.site_port,
                studio.cookie(),
                studio.host(),
                form.len()
            ),
        );
        assert_eq!(write.status, 403, "{path}");
    }
    // The site's own scripts cannot write in the studio: their origin is not the studio's.
    let from_site = studio.post(
        "/save",
        &form,
        &format!("Cookie: {}\r\nOrigin: {site_origin}\r\n", studio.cookie()),
    );
    assert_eq!(from_site.status, 403);
    assert_eq!(std::fs::read_to_string(site.path().join(LESSON_FILE)).unwrap(), LESSON);
    // Host and Origin are checked on the site's origin too.
    let rebinding = send_raw(
        studio.site_port,
        &format!(
            "GET / HTTP/1.1\r\nHost: evil.example:{}\r\nConnection: close\r\n\r\n",
            studio.site_port
        ),
    );
    assert_eq!(rebinding.status, 403);
    assert_eq!(to_site(&studio, "GET /", "Origin: http://evil.example\r\n").status, 403);
    assert_eq!(
        to_site(&studio, "GET /", &format!("Origin: http://{}\r\n", studio.host())).status,
        200
    );
    // A malformed escape is no address at all (400); a way out of the site is refused (403).
    assert_eq!(to_site(&studio, "GET /%zz/", "").status, 400);
    assert_eq!(to_site(&studio, "GET /%c3%28", "").status, 400);
    assert_eq!(to_site(&studio, "GET /a/%2e%2e/%2e%2e/config.toml", "").status, 403);
}
