//! The preview server: serves the last good build from memory, each connection on a thread
//! of its own ([`crate::web::http`]), so many tabs and requests are answered at once and
//! none waits for a rebuild (a new build
//! replaces the old one in one step when it is done). Only the build's own files are ever
//! served: the URL is a key into them, never a path on disk, and paths with `..`, NUL
//! bytes or backslashes are refused. Content types, HEAD, `/x` redirected to `/x/`, and the
//! site's 404 page with status 404. Every HTML page gets the live-reload script.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, RwLock};

use super::reload::{EVENTS_PATH, Hub, SCRIPT, SCRIPT_PATH};
use crate::error::{Diagnostic, Error, Result};
use crate::web::files::{Body, SiteFiles};
use crate::web::http::{Answer, Request, Response, Server};
use crate::web::url::{Malformed, percent_decode};

/// The content type for a file name.
pub fn content_type(path: &str) -> &'static str {
    let extension = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("json" | "map") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("xml") => "application/xml",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("avif") => "image/avif",
        Some("ico") => "image/x-icon",
        Some("pdf") => "application/pdf",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("ttf") => "font/ttf",
        Some("otf") => "font/otf",
        Some("txt") => "text/plain; charset=utf-8",
        Some("csv") => "text/csv; charset=utf-8",
        Some("mp3") => "audio/mpeg",
        Some("mp4") => "video/mp4",
        Some("webm") => "video/webm",
        Some("vtt") => "text/vtt; charset=utf-8",
        Some("zip") => "application/zip",
        _ => "application/octet-stream",
    }
}

/// Where a request URL leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// This file of the build (a site path).
    File(String),
    /// The folder's address without its final slash: go to this one.
    Redirect(String),
    /// Nothing here.
    NotFound,
    /// An attempt to leave the site (`..`, NUL, backslashes, no leading `/`).
    Refused,
    /// A percent escape that is not `%` and two hex digits (`/%zz`, `/%+1`), or escapes
    /// that decode to bytes that are not UTF-8 (`/%ff`): no address at all, so a 400, not
    /// the 403 of a traversal.
    Malformed,
}

/// Where the request URL `url` leads among `files`. Pure: no disk is read.
pub fn lookup(files: &SiteFiles, url: &str) -> Lookup {
    let (path, query) = match url.find(['?', '#']) {
        Some(i) => (&url[..i], &url[i..]),
        None => (url, ""),
    };
    let Some(decoded) = percent_decode(path, Malformed::Refused) else {
        return Lookup::Malformed;
    };
    if !decoded.starts_with('/') || decoded.contains(['\0', '\\']) {
        return Lookup::Refused;
    }
    if decoded.split('/').any(|segment| segment == ".." || segment == ".") {
        return Lookup::Refused;
    }
    if decoded.ends_with('/') {
        let index = format!("{decoded}index.html");
        return match files.contains(&index) {
            true => Lookup::File(index),
            false => Lookup::NotFound,
        };
    }
    if files.contains(&decoded) {
        return Lookup::File(decoded);
    }
    if files.contains(&format!("{decoded}/index.html")) {
        let query = query.split('#').next().unwrap_or("");
        return Lookup::Redirect(format!("{path}/{query}"));
    }
    Lookup::NotFound
}

/// What the server shows: the last good build, and the last build's problem if it failed.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// The files of the last good build; `None` until one has built.
    pub files: Option<SiteFiles>,
    /// The message of the last build, when it failed.
    pub problem: Option<String>,
}

/// The state every server thread reads.
pub struct Preview {
    current: RwLock<Arc<Snapshot>>,
    /// The live-reload channel.
    pub hub: Hub,
}

impl Preview {
    /// A preview with nothing built yet; `build` names the first build for the hub.
    pub fn new(build: String) -> Preview {
        Preview {
            current: RwLock::new(Arc::new(Snapshot::default())),
            hub: Hub::new(build),
        }
    }

    /// What is being served now.
    pub fn current(&self) -> Arc<Snapshot> {
        // Replacing an Arc cannot panic halfway, so a poisoned lock still holds a good one.
        Arc::clone(&self.current.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// Serves a new good build, and reloads every page.
    pub fn publish(&self, files: SiteFiles, build: String) {
        let next = Arc::new(Snapshot {
            files: Some(files),
            problem: None,
        });
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = next;
        self.hub.reload(build);
    }

    /// The last build failed: keep serving the last good one, and show the problem.
    pub fn fail(&self, message: &str) {
        let files = self.current().files.clone();
        let next = Arc::new(Snapshot {
            files,
            problem: Some(message.to_string()),
        });
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = next;
        self.hub.problem(message);
    }
}

/// Adds the live-reload script to a page, before `</body>` (or at the end).
pub fn with_live_reload(html: &[u8], build: &str) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\" data-build=\"{build}\" defer></script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// A page for when no build has worked yet: the problem, and the script that reloads it.
/// It carries the site pages' privacy policy and referrer policy (first in `<head>`), and
/// needs nothing the policy forbids: no inline script or style.
fn problem_page(problem: &str, build: &str) -> Vec<u8> {
    let escaped = problem.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let privacy = crate::web::policy::head_tags();
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head>{privacy}<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>The site did not build</title></head><body><main><h1>The site did not build</h1><pre>{escaped}</pre><p>Fix the problem and save: this page reloads by itself.</p></main></body></html>"
    );
    with_live_reload(page.as_bytes(), build)
}

/// Why a malformed address gets a 400, in words a parent following a broken link can use.
pub const MALFORMED: &str = "This address cannot be read: a % in it is not followed by two hexadecimal digits (0-9, A-F), or what it spells is not UTF-8 text. Check the link, or type the address again.";

/// The 400 page for a malformed address: like [`problem_page`], it carries the privacy
/// policy first in `<head>` and needs no inline script or style.
fn bad_request_page() -> Vec<u8> {
    let privacy = crate::web::policy::head_tags();
    format!(
        "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head>{privacy}<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>Bad request</title></head><body><main><h1>Bad request</h1><p>{MALFORMED}</p></main></body></html>"
    )
    .into_bytes()
}

/// Answers with `bytes` (only the headers, for HEAD: the server leaves the body out).
fn send(status: u16, kind: &str, bytes: Arc<[u8]>) -> Answer {
    Answer::Send(Response::new(status, kind, bytes).with("Cache-Control", "no-cache"))
}

/// Answers with a build file, with the live-reload script when it is a page.
fn send_file(status: u16, path: &str, body: &Body, build: &str) -> Answer {
    let Ok(bytes) = body.read() else {
        return send(404, "text/plain; charset=utf-8", Arc::from(&b"Not found"[..]));
    };
    let kind = content_type(path);
    let bytes = match kind.starts_with("text/html") {
        true => Arc::from(with_live_reload(&bytes, build)),
        false => bytes,
    };
    send(status, kind, bytes)
}

/// Answers one request.
fn respond(preview: &Preview, request: &mut Request) -> Answer {
    if !matches!(request.method.as_str(), "GET" | "HEAD") {
        return Answer::Send(Response::text(405, "Method not allowed").with("Allow", "GET, HEAD"));
    }
    let url = request.url.clone();
    let path = url.split(['?', '#']).next().unwrap_or("");
    if path == EVENTS_PATH {
        if let Some(stream) = request.take_stream() {
            preview.hub.subscribe(Box::new(stream));
        }
        return Answer::Taken;
    }
    if path == SCRIPT_PATH {
        return send(200, content_type(SCRIPT_PATH), Arc::from(SCRIPT.as_bytes()));
    }
    let build = preview.hub.build();
    let current = preview.current();
    let Some(files) = &current.files else {
        let problem = current.problem.as_deref().unwrap_or("The site is still building.");
        return send(
            503,
            "text/html; charset=utf-8",
            Arc::from(problem_page(problem, &build)),
        );
    };
    let not_found = || send(404, "text/plain; charset=utf-8", Arc::from(&b"Not found"[..]));
    match lookup(files, &url) {
        Lookup::File(path) => match files.get(&path) {
            Some(body) => send_file(200, &path, body, &build),
            None => not_found(),
        },
        // A URL that cannot stand in a header (a control character in it): no redirect, then.
        Lookup::Redirect(to) => {
            let mut moved = Response::new(301, "text/plain; charset=utf-8", Vec::new());
            match moved.add("Location", &to) {
                true => Answer::Send(moved),
                false => not_found(),
            }
        }
        Lookup::Refused => send(403, "text/plain; charset=utf-8", Arc::from(&b"Forbidden"[..])),
        Lookup::Malformed => send(400, "text/html; charset=utf-8", Arc::from(bad_request_page())),
        Lookup::NotFound => match files.get("/404.html") {
            Some(body) => send_file(404, "/404.html", body, &build),
            None => not_found(),
        },
    }
}

/// Listens on `addr`; a clear error when that is not possible (the port in use, say).
pub fn listen(addr: SocketAddr) -> Result<Server> {
    Server::bind(addr).map_err(|e| {
        let in_use = e.kind() == std::io::ErrorKind::AddrInUse;
        let d = match in_use {
            true => Diagnostic::error(format!("cannot serve on {addr}: the port {} is in use", addr.port()))
                .hint(format!(
                    "another program (perhaps another haven serve) is using it: stop it, or choose another port, e.g. `haven serve --port {}`",
                    addr.port().wrapping_add(1).max(1024)
                )),
            false => Diagnostic::error(format!("cannot serve on {addr}: {e}"))
                .hint("check the address given to --bind: it must belong to this computer, e.g. 127.0.0.1"),
        };
        Error::from(d)
    })
}

/// Answers requests until the process ends.
pub fn start(server: Server, preview: Arc<Preview>) {
    server.start(Arc::new(move |request: &mut Request| respond(&preview, request)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::files::Output;

    fn files() -> SiteFiles {
        let out = Output::new();
        for path in [
            "/index.html",
            "/a/index.html",
            "/style.css",
            "/404.html",
            "/pl/a b/index.html",
        ] {
            out.write(path, b"x").unwrap();
        }
        out.finish()
    }

    #[test]
    fn urls_lead_to_the_build_s_files_only() {
        let files = files();
        assert_eq!(lookup(&files, "/"), Lookup::File("/index.html".into()));
        assert_eq!(lookup(&files, "/a/"), Lookup::File("/a/index.html".into()));
        assert_eq!(lookup(&files, "/a/?q=1"), Lookup::File("/a/index.html".into()));
        assert_eq!(lookup(&files, "/a"), Lookup::Redirect("/a/".into()));
        assert_eq!(lookup(&files, "/a?q=x#top"), Lookup::Redirect("/a/?q=x".into()));
        assert_eq!(lookup(&files, "/style.css?v=1"), Lookup::File("/style.css".into()));
        assert_eq!(lookup(&files, "/pl/a%20b/"), Lookup::File("/pl/a b/index.html".into()));
        assert_eq!(lookup(&files, "/missing/"), Lookup::NotFound);
        assert_eq!(lookup(&files, "/missing.css"), Lookup::NotFound);
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/a/%2E%2E/%2e%2e/x",
            "/%00",
            "/..%2f..%2fx",
            "/a\\..\\x",
            "/a/./index.html",
            "a/index.html",
        ] {
            assert_eq!(lookup(&files, bad), Lookup::Refused, "{bad}");
        }
        for malformed in ["/%zz", "/%+1", "/a%2", "/%ff", "/%c3%28", "/%zz/../x"] {
            assert_eq!(lookup(&files, malformed), Lookup::Malformed, "{malformed}");
        }
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("/a.WOFF2"), "font/woff2");
        assert_eq!(content_type("/a.svg"), "image/svg+xml");
        assert_eq!(content_type("/a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("/x.webp"), "image/webp");
        assert_eq!(content_type("/leaflet.pdf"), "application/pdf");
        assert_eq!(content_type("/README"), "application/octet-stream");
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = with_live_reload(b"<html><body><p>Hi</p></body></html>", "7");
        let text = String::from_utf8(page).unwrap();
        assert!(
            text.ends_with(
                "<p>Hi</p><script src=\"/__haven/live-reload.js\" data-build=\"7\" defer></script></body></html>"
            ),
            "{text}"
        );
        let bare = String::from_utf8(with_live_reload(b"<p>Hi", "7")).unwrap();
        assert!(bare.starts_with("<p>Hi<script"), "{bare}");
    }
}
