//! A scripted web server for the external link tests: threads in the test process,
//! listening on loopback addresses only (127.0.0.x), answering each path as a real site
//! might, and recording every request and how many ran at once on each host.

#![allow(dead_code)] // each test uses part of the server

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// One request the server saw.
#[derive(Debug, Clone)]
pub struct Seen {
    /// `HEAD` or `GET`.
    pub method: String,
    /// The path asked for.
    pub path: String,
    /// When it arrived.
    pub at: Instant,
}

/// Requests in flight now, and the most ever at once.
#[derive(Debug, Default)]
struct Gauge {
    now: AtomicUsize,
    most: AtomicUsize,
}

impl Gauge {
    fn enter(&self) {
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.most.fetch_max(now, Ordering::SeqCst);
    }

    fn leave(&self) {
        self.now.fetch_sub(1, Ordering::SeqCst);
    }
}

/// One request being answered: counted from its arrival until its last byte is about to
/// be sent or the client has gone, whichever comes first.
struct InFlight<'a> {
    gauges: [&'a Gauge; 2],
    left: std::cell::Cell<bool>,
}

impl<'a> InFlight<'a> {
    fn enter(gauges: [&'a Gauge; 2]) -> Self {
        gauges.iter().for_each(|g| g.enter());
        Self {
            gauges,
            left: std::cell::Cell::new(false),
        }
    }

    fn leave(&self) {
        if !self.left.replace(true) {
            self.gauges.iter().for_each(|g| g.leave());
        }
    }
}

#[derive(Debug, Default)]
struct Shared {
    seen: Mutex<Vec<Seen>>,
    all_hosts: Gauge,
    busy_sent_429: AtomicBool,
}

/// The server, on one or more loopback hosts.
pub struct LinkServer {
    /// `http://127.0.0.x:PORT` for each host.
    pub hosts: Vec<String>,
    gauges: Vec<Arc<Gauge>>,
    shared: Arc<Shared>,
}

impl LinkServer {
    /// A server on 127.0.0.1.
    pub fn start() -> Self {
        Self::start_hosts(1)
    }

    /// A server on `n` loopback hosts, 127.0.0.1 to 127.0.0.n, each its own host.
    pub fn start_hosts(n: usize) -> Self {
        let shared = Arc::new(Shared::default());
        let mut hosts = Vec::new();
        let mut gauges = Vec::new();
        for i in 1..=n {
            let listener = TcpListener::bind(("127.0.0.".to_string() + &i.to_string(), 0)).expect("bind loopback");
            hosts.push(format!("http://{}", listener.local_addr().unwrap()));
            let gauge = Arc::new(Gauge::default());
            gauges.push(Arc::clone(&gauge));
            let shared = Arc::clone(&shared);
            thread::spawn(move || {
                for stream in listener.incoming().flatten() {
                    let (shared, gauge) = (Arc::clone(&shared), Arc::clone(&gauge));
                    thread::spawn(move || serve_connection(stream, &shared, &gauge));
                }
            });
        }
        Self { hosts, gauges, shared }
    }

    /// The first host's URL for `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.hosts[0])
    }

    /// The URL for `path` on host number `host` (from 0).
    pub fn url_on(&self, host: usize, path: &str) -> String {
        format!("{}{path}", self.hosts[host])
    }

    /// The most requests host number `host` had at once.
    pub fn most_at_once_on(&self, host: usize) -> usize {
        self.gauges[host].most.load(Ordering::SeqCst)
    }

    /// Every request so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.shared.seen.lock().unwrap().clone()
    }

    /// The requests for `path`.
    pub fn seen_for(&self, path: &str) -> Vec<Seen> {
        self.seen().into_iter().filter(|s| s.path == path).collect()
    }

    /// The most requests any one host had at once.
    pub fn most_at_once_per_host(&self) -> usize {
        self.gauges
            .iter()
            .map(|g| g.most.load(Ordering::SeqCst))
            .max()
            .unwrap_or(0)
    }

    /// The most requests all hosts had at once.
    pub fn most_at_once(&self) -> usize {
        self.shared.all_hosts.most.load(Ordering::SeqCst)
    }
}

/// Reads one request's head: method and path, or `None` when the client closed.
fn read_request(reader: &mut BufReader<TcpStream>) -> Option<(String, String)> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let path = parts.next()?.to_string();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 || header == "\r\n" {
            break;
        }
    }
    Some((method, path))
}

fn serve_connection(stream: TcpStream, shared: &Shared, gauge: &Gauge) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut stream = stream;
    loop {
        if reader.buffer().is_empty() && next_path(&stream).as_deref() == Some("/reset") {
            // Closing with the request unread makes the kernel reset the connection.
            return;
        }
        let Some((method, path)) = read_request(&mut reader) else {
            return;
        };
        shared.seen.lock().unwrap().push(Seen {
            method: method.clone(),
            path: path.clone(),
            at: Instant::now(),
        });
        let request = InFlight::enter([gauge, &shared.all_hosts]);
        let keep_going = answer(&mut stream, &method, &path, shared, &request);
        request.leave();
        if !keep_going {
            return;
        }
    }
}

/// The path of the next request on `stream`, waiting for it but leaving it unread.
fn next_path(stream: &TcpStream) -> Option<String> {
    let mut buf = [0u8; 256];
    for _ in 0..100 {
        let n = stream.peek(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        let head = String::from_utf8_lossy(&buf[..n]).into_owned();
        if head.contains("\r\n") {
            return head.split_whitespace().nth(1).map(str::to_string);
        }
        thread::sleep(Duration::from_millis(5));
    }
    None
}

fn respond(
    stream: &mut TcpStream,
    request: &InFlight<'_>,
    method: &str,
    status: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> bool {
    let mut head = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    if method != "HEAD" {
        head.push_str(body);
    }
    // The client may send its next request the moment this arrives: done, from here on.
    request.leave();
    stream.write_all(head.as_bytes()).is_ok()
}

/// Answers one request as its path says; false to close the connection.
fn answer(stream: &mut TcpStream, method: &str, path: &str, shared: &Shared, request: &InFlight<'_>) -> bool {
    let respond = |s: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &str| {
        respond(s, request, method, status, headers, body)
    };
    let ok = |s: &mut TcpStream| respond(s, "200 OK", &[], "<p>hello</p>");
    match path.split('?').next().unwrap_or(path) {
        "/missing" => respond(stream, "404 Not Found", &[], "no"),
        "/gone" => respond(stream, "410 Gone", &[], "gone"),
        "/forbidden" => respond(stream, "403 Forbidden", &[], "no robots"),
        "/error" => respond(stream, "500 Internal Server Error", &[], "oops"),
        "/chain/1" => respond(stream, "301 Moved Permanently", &[("Location", "/chain/2")], ""),
        "/chain/2" => respond(stream, "301 Moved Permanently", &[("Location", "/chain/3")], ""),
        "/loop/a" => respond(stream, "302 Found", &[("Location", "/loop/b")], ""),
        "/loop/b" => respond(stream, "302 Found", &[("Location", "/loop/a")], ""),
        "/head-refused" if method == "HEAD" => respond(stream, "405 Method Not Allowed", &[], ""),
        "/busy" if !shared.busy_sent_429.swap(true, Ordering::SeqCst) => {
            respond(stream, "429 Too Many Requests", &[("Retry-After", "1")], "")
        }
        "/silent" => {
            wait_for_close(stream);
            false
        }
        "/endless" if method == "HEAD" => respond(stream, "405 Method Not Allowed", &[], ""),
        "/endless" => endless(stream),
        p if p.starts_with("/slow/") => {
            thread::sleep(Duration::from_millis(300));
            ok(stream)
        }
        _ => ok(stream),
    }
}

/// Never answers; returns the moment the client gives up and closes (so the count of
/// requests in flight is the client's, not the server's), or after 20 s.
fn wait_for_close(stream: &mut TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
    let _ = stream.read(&mut [0u8; 64]);
}

/// A body that never ends (until 256 MiB, so a broken client cannot hang the test run).
fn endless(stream: &mut TcpStream) -> bool {
    if stream
        .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let chunk = [b'x'; 16 * 1024];
    for _ in 0..(256 * 64) {
        if stream.write_all(&chunk).is_err() {
            break;
        }
    }
    let _ = stream.read(&mut [0u8; 1]);
    false
}
