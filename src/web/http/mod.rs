//! A small HTTP/1.1 server for `haven serve` and the studio: every connection on a thread
//! of its own, kept alive between requests until the browser closes it or is idle for
//! [`IDLE`].
//!
//! Why our own: the server we used before (tiny_http 0.12) answers connections on a pool
//! whose threads wait on keep-alive connections, and a race in that pool could leave a new
//! connection queued behind idle ones forever: a page with five frames then never finished
//! loading (seen in the studio's print preview). A thread per connection cannot starve;
//! [`MAX_CONNECTIONS`] bounds them. Requests are read strictly ([`request`]): a head over
//! [`request::MAX_HEAD`], a body over [`MAX_BODY`] or a chunked body is refused with its
//! status and the connection closed.

pub mod request;
pub mod response;

use std::io::{BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

pub use request::Request;
pub use response::Response;

/// How long a kept-alive connection may wait for its next request, and a request for its
/// next byte, before the connection is closed.
pub const IDLE: Duration = Duration::from_secs(60);
/// The largest request body read (the studio's largest upload is 24 MiB).
pub const MAX_BODY: u64 = 32 * 1024 * 1024;
/// The most connections answered at once; more are told 503 and closed.
pub const MAX_CONNECTIONS: usize = 512;

/// What a handler does with a request.
pub enum Answer {
    /// Send this response; the connection then waits for the next request.
    Send(Response),
    /// The handler took the connection (an event stream): nothing more is read from it.
    Taken,
}

/// A handler: called once per request, on the connection's thread.
pub type Handler = Arc<dyn Fn(&mut Request) -> Answer + Send + Sync>;

/// A bound listening socket, not yet answering.
pub struct Server {
    listener: TcpListener,
}

impl Server {
    /// Listens on `addr` (port 0: a port the system picks).
    pub fn bind(addr: SocketAddr) -> std::io::Result<Server> {
        Ok(Server {
            listener: TcpListener::bind(addr)?,
        })
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Answers every connection with `handler`, on threads of their own, until the process
    /// ends. Returns at once.
    pub fn start(self, handler: Handler) {
        let open = Arc::new(AtomicUsize::new(0));
        std::thread::spawn(move || {
            for stream in self.listener.incoming().flatten() {
                if open.fetch_add(1, Ordering::AcqRel) >= MAX_CONNECTIONS {
                    open.fetch_sub(1, Ordering::AcqRel);
                    refuse(stream, 503, "Too many connections: try again in a moment.");
                    continue;
                }
                let (handler, open) = (Arc::clone(&handler), Arc::clone(&open));
                std::thread::spawn(move || {
                    answer_connection(stream, &handler);
                    open.fetch_sub(1, Ordering::AcqRel);
                });
            }
        });
    }
}

/// Answers `status` with `text` and closes.
fn refuse(mut stream: TcpStream, status: u16, text: &str) {
    let response = Response::text(status, text).closing();
    // A client that has gone away cannot be told; nothing else to do.
    let _ = response.write_to(&mut stream, false);
}

/// Reads and answers requests on one connection until it closes, idles or goes wrong.
fn answer_connection(stream: TcpStream, handler: &Handler) {
    // Without a timeout an idle or half-sent request would hold its thread for ever.
    if stream.set_read_timeout(Some(IDLE)).is_err() || stream.set_nodelay(true).is_err() {
        return;
    }
    let Ok(writer) = stream.try_clone() else { return };
    let mut reader = BufReader::new(stream);
    let mut writer = Some(writer);
    loop {
        let Some(out) = writer.as_mut() else { return };
        let mut request = match request::read(&mut reader, out) {
            Ok(Some(request)) => request,
            Ok(None) => return,
            Err(refusal) => {
                let response = Response::text(refusal.status, refusal.why).closing();
                let _ = response.write_to(out, false);
                return;
            }
        };
        request.stream = writer.take();
        let answer = handler(&mut request);
        let Answer::Send(mut response) = answer else { return };
        let Some(mut out) = request.stream.take() else { return };
        if !request.keep_alive {
            response = response.closing();
        }
        let head_only = request.method == "HEAD";
        if response
            .write_to(&mut out, head_only)
            .and_then(|()| out.flush())
            .is_err()
            || !request.keep_alive
        {
            return;
        }
        writer = Some(out);
    }
}

#[cfg(test)]
mod tests;
