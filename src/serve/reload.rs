//! The live-reload channel of `haven serve`: Server-Sent Events at [`EVENTS_PATH`].
//!
//! Every HTML page the preview serves loads [`SCRIPT_PATH`] (added as the page is sent,
//! never written into a build), which listens here: `reload` after every good build,
//! `problem` with the terminal's message when a build fails (shown over the page, whose
//! last good version stays), and on connecting `hello` with the number of the build being
//! served, so a page older than that, or from before a restart, reloads itself.

use std::io::Write;
use std::sync::{Mutex, MutexGuard};

/// Where pages load the live-reload script from.
pub const SCRIPT_PATH: &str = "/__haven/live-reload.js";
/// Where the script listens for events.
pub const EVENTS_PATH: &str = "/__haven/events";
/// The script.
pub const SCRIPT: &str = include_str!("live-reload.js");

/// An open event stream to one browser tab.
type Client = Box<dyn Write + Send>;

/// What the browsers are told.
#[derive(Debug, Clone, Default)]
struct State {
    /// The build being served, counted from the start (and the time it started, so a
    /// restarted server is never mistaken for the old one).
    build: String,
    /// The failed build's message, while the last build failed.
    problem: Option<String>,
}

/// The open event streams, and the state new ones are told.
#[derive(Default)]
pub struct Hub {
    clients: Mutex<Vec<Client>>,
    state: Mutex<State>,
}

/// One event in the SSE format: each line of `data` on its own `data:` line.
pub fn event(name: &str, data: &str) -> String {
    let mut text = format!("event: {name}\n");
    for line in data.lines() {
        text.push_str("data: ");
        text.push_str(line);
        text.push('\n');
    }
    if data.is_empty() {
        text.push_str("data:\n");
    }
    text.push('\n');
    text
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // Writing to a closed stream can only fail, never panic, so the lists stay whole.
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Hub {
    /// A hub whose first build is `build`.
    pub fn new(build: String) -> Hub {
        Hub {
            clients: Mutex::new(Vec::new()),
            state: Mutex::new(State { build, problem: None }),
        }
    }

    /// The number of the build being served.
    pub fn build(&self) -> String {
        lock(&self.state).build.clone()
    }

    /// Takes over a browser's request for events: answers it, tells it the state, and
    /// keeps the stream open for the events to come.
    pub fn subscribe(&self, mut stream: Client) {
        let state = lock(&self.state).clone();
        let mut text = String::from(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\nretry: 500\n\n",
        );
        text.push_str(&event("hello", &state.build));
        if let Some(problem) = &state.problem {
            text.push_str(&event("problem", problem));
        }
        if stream.write_all(text.as_bytes()).and_then(|()| stream.flush()).is_ok() {
            lock(&self.clients).push(stream);
        }
    }

    /// Sends `text` to every open stream, forgetting those that are closed.
    fn broadcast(&self, text: &str) {
        lock(&self.clients).retain_mut(|c| c.write_all(text.as_bytes()).and_then(|()| c.flush()).is_ok());
    }

    /// A good build (`build`) is being served: every page reloads.
    pub fn reload(&self, build: String) {
        {
            let mut state = lock(&self.state);
            state.build = build.clone();
            state.problem = None;
        }
        self.broadcast(&event("reload", &build));
    }

    /// The last build failed with `message`: every page shows it.
    pub fn problem(&self, message: &str) {
        lock(&self.state).problem = Some(message.to_string());
        self.broadcast(&event("problem", message));
    }

    /// A comment, to find streams whose browser has gone.
    pub fn ping(&self) {
        self.broadcast(":\n\n");
    }

    /// How many streams are open.
    pub fn clients(&self) -> usize {
        lock(&self.clients).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// A stream that keeps what is written, or refuses everything.
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<Vec<u8>>>, bool);

    impl Write for Sink {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.1 {
                return Err(std::io::ErrorKind::BrokenPipe.into());
            }
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Sink {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    #[test]
    fn events_put_every_line_on_a_data_line() {
        assert_eq!(
            event("problem", "error: x\n  --> a.md:2"),
            "event: problem\ndata: error: x\ndata:   --> a.md:2\n\n"
        );
        assert_eq!(event("reload", ""), "event: reload\ndata:\n\n");
    }

    #[test]
    fn new_streams_hear_the_state_and_closed_ones_are_dropped() {
        let hub = Hub::new("1".into());
        hub.problem("error: bad front matter");
        let sink = Sink::default();
        hub.subscribe(Box::new(sink.clone()));
        let told = sink.text();
        assert!(told.starts_with("HTTP/1.1 200 OK\r\n"), "{told}");
        assert!(told.contains("event: hello\ndata: 1\n"), "{told}");
        assert!(
            told.contains("event: problem\ndata: error: bad front matter\n"),
            "{told}"
        );
        hub.subscribe(Box::new(Sink(Arc::default(), true)));
        assert_eq!(hub.clients(), 1);
        hub.reload("2".into());
        assert!(sink.text().ends_with("event: reload\ndata: 2\n\n"));
        assert_eq!(hub.build(), "2");
        let later = Sink::default();
        hub.subscribe(Box::new(later.clone()));
        assert!(!later.text().contains("problem"), "a good build clears the problem");
    }
}
