//! `haven serve`: build into memory, serve it, watch the site, build again after every
//! change (only what the change touches, when only pages changed), and reload open
//! browsers. A build that fails keeps the last good site served and shows its message in
//! the terminal and over every open page until a build works again. See docs/serve.md.
//!
//! - [`watch`]: the watcher, and which changed files ask for what to be done;
//! - [`session`]: the build kept between changes, and the next one made from it
//!   (what a change touches: `site::affected`);
//! - [`server`]: the preview server, reading the last good build from memory;
//! - [`reload`]: the live-reload channel (Server-Sent Events) and its script.

pub mod reload;
pub mod server;
pub mod session;
pub mod watch;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::error::{Diagnostic, Error, Result};
use crate::options::BuildOptions;
use server::Preview;
use session::{Session, Summary};
use watch::{Rebuild, Watch};

/// How often open event streams are checked for browsers that have gone.
const PING: Duration = Duration::from_secs(15);
/// How long a failed build waits for more changes before it is reported: an editor may be
/// half-way through saving (a file emptied, then written).
const SETTLE: Duration = Duration::from_millis(100);

/// Names builds: the time the server started, then a count, so that pages from an earlier
/// run of the server reload too.
struct Builds {
    started: u64,
    count: u64,
}

impl Builds {
    fn new() -> Builds {
        let started = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        Builds { started, count: 0 }
    }

    fn current(&self) -> String {
        format!("{}-{}", self.started, self.count)
    }

    fn next(&mut self) -> String {
        self.count += 1;
        self.current()
    }
}

fn print_warnings(warnings: &[Diagnostic]) {
    for w in warnings {
        eprint!("{w}");
    }
}

/// Prints what a build did.
fn print_summary(summary: &Summary, change: Option<&Rebuild>) {
    let what = match change {
        None => format!("Built {} pages", summary.pages),
        Some(change) => {
            let files: Vec<String> = change.files.iter().map(|f| f.display().to_string()).collect();
            let shown = match files.len() {
                0 => "files changed".to_string(),
                1..=3 => format!("{} changed", files.join(", ")),
                n => format!("{}, ... ({n} files) changed", files[..2].join(", ")),
            };
            format!("{shown}: rendered {} of {} pages", summary.rendered, summary.pages)
        }
    };
    crate::terminal::say(&format!("{what} in {} ms", summary.millis));
}

/// Builds and serves `opts.root` at `addr` (shown to the author as `shown`), then
/// rebuilds on every change until the process is stopped.
pub fn run(opts: &BuildOptions, addr: SocketAddr, shown: &str) -> Result<()> {
    let server = server::listen(addr)?;
    let mut builds = Builds::new();
    let preview = Arc::new(Preview::new(builds.current()));
    let mut session = match Session::build(opts) {
        Ok((session, summary)) => {
            print_warnings(&session.warnings);
            print_summary(&summary, None);
            preview.publish(session.files().clone(), builds.next());
            Some(session)
        }
        Err(Error::User(problems)) => {
            let message = Error::User(problems).to_string();
            eprint!("{message}");
            preview.fail(&message);
            None
        }
        Err(internal) => return Err(internal),
    };
    server::start(server, Arc::clone(&preview));
    let mut watch = Watch::start(&opts.root)?;
    crate::terminal::say(&format!(
        "Serving at {shown} and watching for changes (press Ctrl+C to stop)"
    ));
    let mut pending = Rebuild::default();
    let mut more = None;
    loop {
        let Some(batch) = more.take().or_else(|| watch.next(PING)) else {
            preview.hub.ping();
            continue;
        };
        pending.merge(batch.rebuild());
        if pending.is_empty() {
            continue;
        }
        let result = match &session {
            Some(last) => last.rebuild(&pending),
            None => Session::build(opts),
        };
        match result {
            Ok((next, summary)) => {
                print_warnings(&next.warnings);
                print_summary(&summary, Some(&pending));
                preview.publish(next.files().clone(), builds.next());
                session = Some(next);
                pending = Rebuild::default();
            }
            Err(e) => {
                more = watch.next(SETTLE).filter(|b| !b.rebuild().is_empty());
                if more.is_none() {
                    let message = e.to_string();
                    eprint!("{message}");
                    preview.fail(&message);
                }
            }
        }
    }
}
