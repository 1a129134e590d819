//! An answer: status, headers and a body held whole, written with its `Content-Length`.

use std::io::Write;
use std::sync::Arc;

/// An answer to one request.
#[derive(Debug, Clone)]
pub struct Response {
    /// The HTTP status.
    pub status: u16,
    headers: Vec<(String, String)>,
    body: Arc<[u8]>,
    close: bool,
}

/// The reason phrase for the statuses haven sends.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        303 => "See Other",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        422 => "Unprocessable Content",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

/// Whether `text` can stand in a header as it is: visible ASCII, spaces and tabs only (a
/// value taken from a URL must never start a header of its own).
fn header_safe(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_graphic() || b == b' ' || b == b'\t')
}

impl Response {
    /// `body` of type `kind` with `status`.
    pub fn new(status: u16, kind: &str, body: impl Into<Arc<[u8]>>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), kind.into())],
            body: body.into(),
            close: false,
        }
    }

    /// Plain text.
    pub fn text(status: u16, text: &str) -> Response {
        Response::new(status, "text/plain; charset=utf-8", format!("{text}\n").into_bytes())
    }

    /// Adds a header; one that could break the head (a line break or a raw letter in it) is
    /// left out, and `false` says so.
    pub fn add(&mut self, name: &str, value: &str) -> bool {
        let safe = header_safe(name) && header_safe(value) && !name.contains(':');
        if safe {
            self.headers.push((name.into(), value.into()));
        }
        safe
    }

    /// With a header added (see [`Response::add`]).
    pub fn with(mut self, name: &str, value: &str) -> Response {
        self.add(name, value);
        self
    }

    /// Closes the connection after this answer.
    pub fn closing(mut self) -> Response {
        self.close = true;
        self
    }

    /// Writes the status line, headers and (unless `head_only`, for HEAD) the body.
    pub fn write_to(&self, out: &mut impl Write, head_only: bool) -> std::io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        if self.close {
            head.push_str("Connection: close\r\n");
        }
        head.push_str("\r\n");
        out.write_all(head.as_bytes())?;
        if !head_only {
            out.write_all(&self.body)?;
        }
        Ok(())
    }
}
