//! The built site, served on an origin of its own: another port on 127.0.0.1. The site's
//! scripts (the theme's, or the school's own in `static/`) run there, so they can never
//! read a studio page, its form token or its cookie (`HttpOnly`), and a write they try in
//! the studio is refused for its `Origin`. This origin only reads: GET and HEAD of the
//! last good build, at its own `Host`, and it sets no cookie. Its pages may be framed by
//! the studio alone: `PAGE?haven-preview=N` is the page's live preview (see
//! [`super::live`]), at the page's own address so its images and links resolve.

use std::sync::Arc;

use super::Studio;
use super::http::{Head, Reply};
use crate::serve::server::{Lookup, content_type, lookup};
use crate::web::http::{Answer, Request, Server};

/// The query parameter that asks for a page's live preview instead of its last build.
pub const PREVIEW: &str = "haven-preview";

/// The policy of the site origin's answers: the page's own `<meta>` policy still
/// applies; this adds who may frame it (the studio's preview).
fn policy(studio_port: u16) -> String {
    format!("frame-ancestors 'self' http://127.0.0.1:{studio_port} http://localhost:{studio_port}")
}

/// Answers requests for the built site until the process ends.
pub fn start(server: Server, studio: Arc<Studio>) {
    super::routes::answer_with(server, studio, respond);
}

/// Answers one request to the site's origin.
fn respond(studio: &Studio, request: &Request) -> Answer {
    let head = Head::of(request);
    let reply = match studio.guard.judge_site(&head.asked()) {
        Ok(()) => match head.query(PREVIEW).and_then(|_| studio.preview_of(head.path())) {
            Some(html) => Reply::bytes(200, "text/html; charset=utf-8", html.to_vec()),
            None => built_file(studio, &head.url),
        },
        Err(why) => Reply::text(403, &format!("Forbidden: {why}.")),
    };
    reply.answer(&policy(studio.guard.port))
}

/// A file of the last good build.
fn built_file(studio: &Studio, url: &str) -> Reply {
    let built = studio.built();
    let Some(session) = &built.session else {
        return Reply::text(503, "The site has not built yet: see the problems in the studio.");
    };
    let files = session.files();
    match lookup(files, url) {
        Lookup::File(path) => match files.get(&path).and_then(|b| b.read().ok()) {
            Some(bytes) => Reply::bytes(200, content_type(&path), bytes.to_vec()),
            None => Reply::text(404, "Not found."),
        },
        Lookup::Redirect(to) => Reply::see_other(&to),
        Lookup::NotFound => Reply::text(404, "Not found."),
        Lookup::Refused => Reply::text(403, "Forbidden."),
        Lookup::Malformed => Reply::text(400, crate::serve::server::MALFORMED),
    }
}
