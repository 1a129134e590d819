//! One request read from a connection: the request line, the headers and the whole body
//! (by `Content-Length`). Strict on purpose: whatever cannot be read for certain is refused
//! with its status, and the connection is closed, since where the next request would start
//! is then unknown.

use std::io::{BufRead, Read, Write};
use std::net::TcpStream;

use super::MAX_BODY;

/// The longest request line and headers together.
pub const MAX_HEAD: usize = 64 * 1024;

/// A request that cannot be answered: its status and why, in words.
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The HTTP status.
    pub status: u16,
    /// Why, for the person who sent it.
    pub why: &'static str,
}

const fn refusal(status: u16, why: &'static str) -> Refusal {
    Refusal { status, why }
}

/// A request, read whole.
#[derive(Debug, Default)]
pub struct Request {
    /// `GET`, `HEAD`, `POST`, ... (as sent: methods are case-sensitive).
    pub method: String,
    /// The request target as sent (path and query, not decoded).
    pub url: String,
    /// The headers in order, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body (empty without `Content-Length`).
    pub body: Vec<u8>,
    /// Whether the connection stays open after the answer.
    pub keep_alive: bool,
    /// The connection, to answer on; a handler may take it (an event stream).
    pub(super) stream: Option<TcpStream>,
}

impl Request {
    /// The first header named `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Takes the connection over (for an event stream): the handler then answers on it
    /// itself and returns [`super::Answer::Taken`].
    pub fn take_stream(&mut self) -> Option<TcpStream> {
        self.stream.take()
    }
}

/// Reads one line of the head into `head`, counting against [`MAX_HEAD`]; `Ok(false)` at
/// the end of the stream.
fn read_line(reader: &mut impl BufRead, head: &mut Vec<u8>, used: &mut usize) -> Result<bool, Refusal> {
    let start = head.len();
    let limit = (MAX_HEAD - *used) as u64 + 1;
    let read = Read::take(&mut *reader, limit)
        .read_until(b'\n', head)
        .map_err(|_| refusal(408, "The request did not arrive in time."))?;
    *used += read;
    if *used > MAX_HEAD {
        return Err(refusal(431, "The request's headers are too large."));
    }
    if read == 0 {
        return Ok(false);
    }
    if !head[start..].ends_with(b"\n") {
        return Err(refusal(400, "The request ended in the middle of a line."));
    }
    Ok(true)
}

/// The line without its `\r\n` or `\n`, as text.
fn text(line: &[u8]) -> Result<&str, Refusal> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    std::str::from_utf8(line).map_err(|_| refusal(400, "The request's head is not text."))
}

/// The request line's method, target and whether HTTP/1.1 (else 1.0).
fn request_line(line: &str) -> Result<(String, String, bool), Refusal> {
    let bad = refusal(400, "The request line is not `METHOD /path HTTP/1.1`.");
    let mut parts = line.split(' ');
    let (Some(method), Some(url), Some(version), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad);
    };
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_alphabetic()) || url.is_empty() {
        return Err(bad);
    }
    // A target is ASCII (RFC 9112 §3.2): raw letters or controls are never guessed at.
    if !url.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(refusal(400, "The address has letters that are not percent-encoded."));
    }
    let modern = match version {
        "HTTP/1.1" => true,
        "HTTP/1.0" => false,
        v if v.starts_with("HTTP/") => return Err(refusal(505, "Only HTTP/1.0 and HTTP/1.1 are spoken here.")),
        _ => return Err(bad),
    };
    Ok((method.to_string(), url.to_string(), modern))
}

/// One header line as (name, value).
fn header_line(line: &str) -> Result<(String, String), Refusal> {
    let (name, value) = line.split_once(':').ok_or(refusal(400, "A header line has no `:`."))?;
    if name.is_empty() || name.bytes().any(|b| b.is_ascii_whitespace() || b.is_ascii_control()) {
        return Err(refusal(400, "A header's name is not a name."));
    }
    Ok((name.to_string(), value.trim().to_string()))
}

/// Whether the connection stays open after this request (HTTP/1.1 unless `close`; 1.0 only
/// with `keep-alive`).
fn keeps_alive(modern: bool, connection: Option<&str>) -> bool {
    let has = |word: &str| connection.is_some_and(|c| c.split(',').any(|t| t.trim().eq_ignore_ascii_case(word)));
    match modern {
        true => !has("close"),
        false => has("keep-alive"),
    }
}

/// Reads the next request, or `Ok(None)` when the client closed (or idled out) between
/// requests. `out` gets `100 Continue` when the client waits for it before its body.
pub fn read(reader: &mut impl BufRead, out: &mut impl Write) -> Result<Option<Request>, Refusal> {
    let mut head = Vec::new();
    let mut used = 0;
    // A blank line or two between requests is allowed (RFC 9112 §2.2).
    loop {
        head.clear();
        match read_line(reader, &mut head, &mut used) {
            Ok(true) if text(&head)?.is_empty() => continue,
            Ok(true) => break,
            Ok(false) => return Ok(None),
            // Idle between requests: close quietly.
            Err(r) if r.status == 408 && used == 0 => return Ok(None),
            Err(r) => return Err(r),
        }
    }
    let (method, url, modern) = request_line(text(&head)?)?;
    let mut request = Request {
        method,
        url,
        ..Request::default()
    };
    loop {
        head.clear();
        if !read_line(reader, &mut head, &mut used)? {
            return Err(refusal(400, "The request ended before its headers did."));
        }
        let line = text(&head)?;
        if line.is_empty() {
            break;
        }
        request.headers.push(header_line(line)?);
    }
    request.keep_alive = keeps_alive(modern, request.header("Connection"));
    read_body(reader, out, &mut request)?;
    Ok(Some(request))
}

/// Reads the body its `Content-Length` announces.
fn read_body(reader: &mut impl BufRead, out: &mut impl Write, request: &mut Request) -> Result<(), Refusal> {
    if request.header("Transfer-Encoding").is_some() {
        return Err(refusal(
            501,
            "Bodies sent in chunks are not accepted: send a Content-Length.",
        ));
    }
    let lengths: Vec<&str> = request
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
        .map(|(_, v)| v.as_str())
        .collect();
    let length = match lengths.as_slice() {
        [] => 0,
        [one] => one
            .parse::<u64>()
            .map_err(|_| refusal(400, "The Content-Length is not a number."))?,
        _ => return Err(refusal(400, "The request has more than one Content-Length.")),
    };
    if length > MAX_BODY {
        return Err(refusal(413, "The request's body is too large."));
    }
    if length > 0
        && request
            .header("Expect")
            .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
    {
        out.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .and_then(|()| out.flush())
            .map_err(|_| refusal(400, "The connection closed."))?;
    }
    request.body = Vec::with_capacity(length.min(1 << 20) as usize);
    let read = Read::take(&mut *reader, length)
        .read_to_end(&mut request.body)
        .map_err(|_| refusal(408, "The request's body did not arrive in time."))?;
    if (read as u64) < length {
        return Err(refusal(400, "The request ended before its body did."));
    }
    Ok(())
}
