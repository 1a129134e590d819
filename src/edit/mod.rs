//! `haven edit`: the authoring studio of DESIGN §14, for the person who keeps the site and
//! does not use a terminal. It builds the site as `haven serve` does (the same session,
//! rebuilt on every change), and serves, on 127.0.0.1 only, forms that edit the site's
//! files the way a person would. See docs/edit.md.
//!
//! - [`guard`]: the secret, the cookie, `Host`, `Origin` and the form token;
//! - [`paths`]: which files may be touched; [`files`]: reading, hashing, atomic writes;
//! - [`front`]: front matter as fields from the page's kind, written back with toml_edit;
//! - [`http`], [`html`]: requests, strict answers and the page shell;
//! - [`origin`]: the built site, on an origin of its own (another port);
//! - [`live`]: the page as the form has it now, rendered by the real pipeline;
//! - [`values`]: values changed in TOML files the way a person would;
//! - [`routes`]: which address does what; [`pages`], [`editor`], [`create`], [`consent`],
//!   [`pupil`], [`rooms`], [`upload`], [`publish`]: the screens.

pub mod conflict;
pub mod consent;
pub mod create;
pub mod editor;
pub mod files;
pub mod front;
pub mod guard;
pub mod html;
pub mod http;
pub mod inputs;
pub mod live;
pub mod multipart;
pub mod origin;
pub mod pages;
pub mod paths;
pub mod publish;
pub mod pupil;
pub mod rooms;
pub mod routes;
pub mod upload;
pub mod values;
pub mod which;

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use crate::content::front_matter::Date;
use crate::error::{Diagnostic, Error, Result};
use crate::options::{BuildOptions, Command};
use crate::serve::session::Session;
use crate::serve::watch::{Rebuild, Watch};
use guard::Guard;

/// What the studio knows of the site's last build.
#[derive(Default)]
pub struct Built {
    /// The last good build, if any has worked.
    pub session: Option<Arc<Session>>,
    /// The last build's problems: its errors when it failed, else its warnings.
    pub problems: Vec<Diagnostic>,
}

/// The studio's state, shared by every request.
pub struct Studio {
    /// The site's folder.
    pub root: PathBuf,
    /// How the site is built (for the preview and for publishing).
    pub opts: BuildOptions,
    /// Who may use it.
    pub guard: Guard,
    built: RwLock<Arc<Built>>,
    /// The last live preview of each page, by URL path, for the site's origin to serve.
    previews: Mutex<HashMap<String, Arc<Vec<u8>>>>,
}

impl Studio {
    /// The address of `path` (from `/`) in the built site, on its own origin.
    pub fn site_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.guard.site_port)
    }

    /// Keeps `html` as the live preview of the page at `path`.
    pub fn keep_preview(&self, path: &str, html: Vec<u8>) {
        let mut previews = self.previews.lock().unwrap_or_else(|p| p.into_inner());
        previews.insert(path.to_string(), Arc::new(html));
    }

    /// The live preview of the page at `path`, if one was rendered.
    pub fn preview_of(&self, path: &str) -> Option<Arc<Vec<u8>>> {
        let previews = self.previews.lock().unwrap_or_else(|p| p.into_inner());
        previews.get(path).cloned()
    }

    /// The Content-Security-Policy of every studio answer.
    pub fn policy(&self) -> String {
        http::policy(self.guard.site_port)
    }

    /// The last build.
    pub fn built(&self) -> Arc<Built> {
        // Replacing an Arc cannot panic halfway, so a poisoned lock still holds a good one.
        Arc::clone(&self.built.read().unwrap_or_else(|p| p.into_inner()))
    }

    fn record(&self, result: Result<Session>) -> Result<()> {
        let last = self.built();
        let next = match result {
            Ok(session) => Built {
                problems: session.warnings.clone(),
                session: Some(Arc::new(session)),
            },
            Err(Error::User(problems)) => Built {
                session: last.session.clone(),
                problems,
            },
            Err(internal) => return Err(internal),
        };
        *self.built.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(next);
        Ok(())
    }

    /// The problems of the last build in the file `rel` (site-relative), as (error, text).
    pub fn problems_in(&self, rel: &str) -> Vec<(bool, String)> {
        self.built()
            .problems
            .iter()
            .filter(|d| {
                d.location
                    .as_ref()
                    .is_some_and(|l| l.file.to_string_lossy().replace('\\', "/") == rel)
            })
            .map(|d| (d.is_error(), describe(d)))
            .collect()
    }
}

/// A problem in plain words: the message, the line when known, and the fix.
pub fn describe(d: &Diagnostic) -> String {
    let line = d
        .location
        .as_ref()
        .and_then(|l| l.line)
        .map(|n| format!(" (line {n})"))
        .unwrap_or_default();
    let hint = d
        .hint
        .as_ref()
        .map(|h| format!(" How to fix it: {h}"))
        .unwrap_or_default();
    format!("{}{line}.{hint}", d.message.trim_end_matches('.'))
}

/// Refuses every address but this computer's own: the studio writes files.
pub fn bind_address(bind: &str) -> Result<IpAddr> {
    match bind.parse::<IpAddr>() {
        Ok(IpAddr::V4(ip)) if ip == Ipv4Addr::LOCALHOST => Ok(IpAddr::V4(ip)),
        _ => Err(Diagnostic::error(format!(
            "haven edit serves only on 127.0.0.1, not on `{bind}`: the studio changes the site's files, so no other computer may reach it"
        ))
        .hint("leave out --bind (or use --bind 127.0.0.1); to show the site to others, use `haven serve`")
        .into()),
    }
}

/// Builds the site, starts the studio on 127.0.0.1:`port` and the built site on a port
/// the system picks, prints the studio's first address, and builds again on every change
/// until the process is stopped.
pub fn run(root: &Path, date: Date, port: u16, open: bool) -> Result<()> {
    let server = crate::serve::server::listen(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port))?;
    let site_server = crate::serve::server::listen(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0))?;
    let site_port = site_server
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| Error::Internal(format!("the site's server has no port: {e}")))?;
    let preview = Command::Serve {
        base_url: format!("http://127.0.0.1:{site_port}/"),
    };
    let opts = BuildOptions::new(root, date, preview);
    let studio = Arc::new(Studio {
        root: opts.root.clone(),
        guard: Guard::new(port, site_port)?,
        built: RwLock::new(Arc::new(Built::default())),
        previews: Mutex::default(),
        opts: opts.clone(),
    });
    studio.record(Session::build(&opts).map(|(s, _)| s))?;
    routes::start(server, Arc::clone(&studio));
    origin::start(site_server, Arc::clone(&studio));
    let mut watch = Watch::start(&opts.root)?;
    let url = studio.guard.first_url();
    crate::terminal::say(&format!(
        "The studio is open at {url}\nOpen that address in your browser on this computer (press Ctrl+C to stop).\nThe site as last built is at {}",
        studio.site_url("/")
    ));
    if open {
        open_browser(&url);
    }
    // Changes pile up while builds fail, so the next good build sees all of them.
    let mut pending = Rebuild::default();
    loop {
        let Some(batch) = watch.next(Duration::from_secs(15)) else {
            continue;
        };
        pending.merge(batch.rebuild());
        if pending.is_empty() {
            continue;
        }
        let result = match studio.built().session.clone() {
            Some(last) => last.rebuild(&pending).map(|(s, _)| s),
            None => Session::build(&opts).map(|(s, _)| s),
        };
        if result.is_ok() {
            pending = Rebuild::default();
        }
        studio.record(result)?;
    }
}

/// Asks the system to open `url` in the default browser: the program named by the
/// `BROWSER` environment variable first (the first of a `:`-separated list, as many tools
/// read it), else the system's opener. A failure only leaves the address printed for the
/// person to open.
fn open_browser(url: &str) {
    let chosen = std::env::var("BROWSER").unwrap_or_default();
    let program = match chosen.split(':').next().map(str::trim) {
        Some(named) if !named.is_empty() => named,
        _ => match std::env::consts::OS {
            "macos" => "open",
            "windows" => "explorer",
            _ => "xdg-open",
        },
    };
    if std::process::Command::new(program).arg(url).spawn().is_err() {
        eprintln!("warning: could not open a browser; open the address above yourself");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_computer_s_address_is_accepted() {
        assert!(bind_address("127.0.0.1").is_ok());
        for other in ["0.0.0.0", "192.168.1.5", "::", "::1", "localhost", "127.0.0.2"] {
            assert!(bind_address(other).is_err(), "{other}");
        }
    }
}
