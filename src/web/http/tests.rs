//! The server read as a browser, curl and an attacker would use it: keep-alive, pipelining,
//! `100 Continue`, what is refused, and many idle connections held open at once.

use std::io::{BufReader, Cursor, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::sync::Arc;

use super::request::{MAX_HEAD, read};
use super::*;

fn parse(bytes: &[u8]) -> (Result<Option<Request>, request::Refusal>, Vec<u8>) {
    let mut out = Vec::new();
    let result = read(&mut BufReader::new(Cursor::new(bytes.to_vec())), &mut out);
    (result, out)
}

fn status(bytes: &[u8]) -> u16 {
    match parse(bytes).0 {
        Err(refusal) => refusal.status,
        Ok(_) => 0,
    }
}

#[test]
fn a_request_is_read_with_its_headers_and_body() {
    let (request, out) =
        parse(b"POST /save?x=1 HTTP/1.1\r\nHost: a\r\ncontent-length: 5\r\nCookie: k=v\r\n\r\nhelloGET");
    let request = request.unwrap().unwrap();
    assert_eq!((request.method.as_str(), request.url.as_str()), ("POST", "/save?x=1"));
    assert_eq!(request.header("COOKIE"), Some("k=v"));
    assert_eq!(request.body, b"hello");
    assert!(request.keep_alive);
    assert!(out.is_empty(), "no 100 Continue unless asked");
}

#[test]
fn pipelined_requests_are_read_in_turn_and_the_end_is_quiet() {
    let bytes = b"GET /a HTTP/1.1\r\n\r\n\r\nGET /b HTTP/1.0\r\n\r\n";
    let mut reader = BufReader::new(Cursor::new(bytes.to_vec()));
    let mut out = Vec::new();
    let a = read(&mut reader, &mut out).unwrap().unwrap();
    let b = read(&mut reader, &mut out).unwrap().unwrap();
    assert_eq!((a.url.as_str(), a.keep_alive), ("/a", true));
    assert_eq!(
        (b.url.as_str(), b.keep_alive),
        ("/b", false),
        "HTTP/1.0 closes unless asked"
    );
    assert!(read(&mut reader, &mut out).unwrap().is_none());
}

#[test]
fn connection_close_and_keep_alive_are_heeded() {
    let closing = parse(b"GET / HTTP/1.1\r\nConnection: Close\r\n\r\n")
        .0
        .unwrap()
        .unwrap();
    assert!(!closing.keep_alive);
    let kept = parse(b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        .0
        .unwrap()
        .unwrap();
    assert!(kept.keep_alive);
}

#[test]
fn a_client_waiting_to_send_its_body_is_told_to_continue() {
    let (request, out) = parse(b"POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok");
    assert_eq!(request.unwrap().unwrap().body, b"ok");
    assert_eq!(out, b"HTTP/1.1 100 Continue\r\n\r\n");
}

#[test]
fn what_cannot_be_read_for_certain_is_refused() {
    assert_eq!(status(b"GET / HTTP/2.0\r\n\r\n"), 505);
    assert_eq!(status(b"GET /\r\n\r\n"), 400);
    assert_eq!(status(b"G\xc3T / HTTP/1.1\r\n\r\n"), 400);
    assert_eq!(status(b"GET  / HTTP/1.1\r\n\r\n"), 400);
    assert_eq!(status("GET /zażółć HTTP/1.1\r\n\r\n".as_bytes()), 400, "raw letters");
    assert_eq!(status(b"GET /a\x01b HTTP/1.1\r\n\r\n"), 400);
    assert_eq!(status(b"GET / HTTP/1.1\r\nNo colon\r\n\r\n"), 400);
    assert_eq!(status(b"GET / HTTP/1.1\r\nBad name: x\r\n\r\n"), 400);
    assert_eq!(status(b"GET / HTTP/1.1\r\nHost: a"), 400, "cut in a line");
    assert_eq!(
        status(b"GET / HTTP/1.1\r\nHost: a\r\n"),
        400,
        "cut before the blank line"
    );
    assert_eq!(status(b"POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nshort"), 400);
    assert_eq!(status(b"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), 400);
    assert_eq!(
        status(b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"),
        400
    );
    assert_eq!(
        status(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        501
    );
    let huge = format!("POST / HTTP/1.1\r\nContent-Length: {}\r\n\r\n", MAX_BODY + 1);
    assert_eq!(status(huge.as_bytes()), 413);
    let long = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_HEAD));
    assert_eq!(status(long.as_bytes()), 431);
    let many = format!("GET / HTTP/1.1\r\n{}\r\n", "X-A: b\r\n".repeat(MAX_HEAD / 8 + 1));
    assert_eq!(status(many.as_bytes()), 431);
}

#[test]
fn a_header_value_cannot_start_a_header_of_its_own() {
    let mut response = Response::text(303, "");
    assert!(!response.add("Location", "/a\r\nSet-Cookie: x=1"));
    assert!(!response.add("Location", "/zażółć/"));
    assert!(response.add("Location", "/a/"));
    let mut out = Vec::new();
    response.closing().write_to(&mut out, false).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("HTTP/1.1 303 See Other\r\n"), "{text}");
    assert!(
        text.contains("\r\nLocation: /a/\r\nContent-Length: 1\r\nConnection: close\r\n\r\n\n"),
        "{text}"
    );
    assert!(!text.contains("Set-Cookie"));
}

/// Sends `GET path` on `stream` and reads the answer's status line and body (the answers
/// here are short and carry a Content-Length).
fn get(stream: &mut TcpStream, path: &str) -> String {
    write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    let end = format!("\n{path}\n");
    while !seen.ends_with(end.as_bytes()) {
        assert_eq!(
            stream.read(&mut byte).unwrap(),
            1,
            "closed early: {}",
            String::from_utf8_lossy(&seen)
        );
        seen.push(byte[0]);
    }
    String::from_utf8(seen).unwrap()
}

#[test]
fn many_idle_kept_alive_connections_never_hold_up_a_new_one() {
    // Browsers keep connections open between requests: a page with five frames opens six.
    // Each connection has its own thread, so none waits for another to close.
    let server = Server::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).unwrap();
    let addr = server.local_addr().unwrap();
    server.start(Arc::new(|request: &mut Request| {
        Answer::Send(Response::text(200, &format!("\n{}", request.url)))
    }));
    let mut idle: Vec<TcpStream> = (0..24).map(|_| TcpStream::connect(addr).unwrap()).collect();
    for (i, stream) in idle.iter_mut().enumerate() {
        assert!(get(stream, &format!("/idle{i}")).starts_with("HTTP/1.1 200 OK\r\n"));
    }
    let mut fresh = TcpStream::connect(addr).unwrap();
    fresh
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    assert!(get(&mut fresh, "/fresh").contains("\n/fresh\n"));
    // And the kept-alive ones still answer their next request on the same connection.
    assert!(get(&mut idle[3], "/again").contains("\n/again\n"));
}
