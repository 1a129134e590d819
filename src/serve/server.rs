//! A small static server for previewing the site: only files inside the output folder
//! are served, with the right content types, HEAD, and the site's 404 page.

use std::fs::File;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};

use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

use crate::error::{Diagnostic, Error, Result};

/// The content type for a file name.
pub fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("xml") => "application/xml",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("pdf") => "application/pdf",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("txt") => "text/plain; charset=utf-8",
        Some("zip") => "application/zip",
        _ => "application/octet-stream",
    }
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let byte = text.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())?;
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The file under `root` that a request URL names, or `None` when the URL is malformed or
/// tries to leave the folder (`..`, encoded or not, absolute paths, NUL bytes).
pub fn file_for(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path)?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut file = root.join(relative);
    if decoded.ends_with('/') || file.is_dir() {
        file = file.join("index.html");
    }
    // Symlinks inside the output must not lead out of it.
    let real = file.canonicalize().ok()?;
    let real_root = root.canonicalize().ok()?;
    real.starts_with(&real_root).then_some(real)
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("header names and values here are ASCII")
}

fn respond(root: &Path, request: Request) {
    let head = *request.method() == Method::Head;
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(Response::empty(StatusCode(405)).with_header(header("Allow", "GET, HEAD")));
        return;
    }
    let (status, path) = match file_for(root, request.url()) {
        Some(path) if path.is_file() => (200, path),
        _ => (404, root.join("404.html")),
    };
    let Ok(file) = File::open(&path) else {
        let _ = request.respond(Response::from_string("Not found").with_status_code(404));
        return;
    };
    let length = file.metadata().map(|m| m.len() as usize).ok();
    let headers = vec![
        header("Content-Type", content_type(&path)),
        header("Cache-Control", "no-cache"),
    ];
    let response = Response::new(StatusCode(status), headers, file, length, None);
    let _ = if head {
        request.respond(response.with_data(std::io::empty(), length))
    } else {
        request.respond(response)
    };
}

/// Serves `root` at `addr` until the process ends.
pub fn serve(root: &Path, addr: SocketAddr) -> Result<()> {
    let server = Server::http(addr).map_err(|e| {
        Error::from(
            Diagnostic::error(format!("cannot listen on {addr}: {e}"))
                .hint("another program may be using this port: try `haven serve --port 1112`"),
        )
    })?;
    for request in server.incoming_requests() {
        respond(root, request);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_stay_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("style.css"), "x").unwrap();
        assert!(file_for(dir.path(), "/a/").unwrap().ends_with("a/index.html"));
        assert!(file_for(dir.path(), "/a").unwrap().ends_with("a/index.html"));
        assert!(file_for(dir.path(), "/style.css?v=1").is_some());
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/a/%2E%2E/%2e%2e/x",
            "/%00",
            "/..%2f..%2fx",
            "/a\\..\\x",
            "/%zz",
        ] {
            assert!(file_for(dir.path(), bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type(Path::new("a.WOFF2")), "font/woff2");
        assert_eq!(content_type(Path::new("a.svg")), "image/svg+xml");
    }
}
