//! What the preview answers: pages with their types, HEAD, redirects and the 404 page;
//! refused traversal; many requests at once; a port in use; serving beyond this computer.

use super::*;

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
        .file("static/zażółć/index.html", "<p>Polish letters</p>")
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
    // A folder's address sent with raw (not percent-encoded) letters cannot be redirected
    // in a header: such a request is refused or dropped, never a redirect, and after more
    // of them than the server has workers it still answers.
    for _ in 0..12 {
        let mut stream = TcpStream::connect(("127.0.0.1", preview.port)).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        stream
            .write_all("GET /zażółć HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".as_bytes())
            .unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert!(!answer.contains(" 301 "), "{answer}");
    }
    assert_eq!(preview.get("/za%C5%BC%C3%B3%C5%82%C4%87").status, 301);
    assert_eq!(preview.get("/").status, 200);
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
fn a_malformed_escape_is_a_bad_request_not_a_traversal() {
    let site = TestSite::new().file("content/about.md", &page("About", "Hello."));
    let preview = Preview::start(&site);
    let ask = |path: &str| {
        send_raw(
            preview.port,
            &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
        )
    };
    // `%` without two hex digits, and escapes spelling bytes that are not UTF-8.
    for path in ["/%+1", "/%zz", "/about/%2", "/%ff", "/%c3%28/"] {
        let reply = ask(path);
        assert_eq!(reply.status, 400, "{path}");
        let text = reply.text();
        assert!(
            text.contains("<h1>Bad request</h1>") && text.contains("two hexadecimal digits"),
            "{path}: {text}"
        );
        assert!(
            text.contains("http-equiv=\"Content-Security-Policy\""),
            "{path}: {text}"
        );
        assert!(!text.contains("<script") && !text.contains("<style"), "{path}: {text}");
    }
    // Well-formed escapes still lead to pages, and a traversal is still forbidden.
    assert_eq!(ask("/%61bout/").status, 200);
    assert_eq!(ask("/%2e%2e/config.toml").status, 403);
    assert_eq!(ask("/../config.toml").status, 403);
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
