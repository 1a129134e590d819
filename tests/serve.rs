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

mod clean_build;
mod edits;
mod left_out;
mod reading_level;
mod requests;
