//! Which address does what. Every request passes the [`Guard`](super::guard::Guard)
//! first; every POST must also carry the session's form token. Refusals are plain text
//! with status 403, and nothing is read or written for them.

use std::sync::Arc;

use super::guard::{TOKEN_FIELD, Verdict};
use super::http::{Form, Head, Reply};
use super::{Studio, conflict, consent, create, editor, pages, publish, pupil, rooms, upload};
use crate::web::http::{Answer, Request, Server};

const CSS: &str = include_str!("assets/studio.css");
const JS: &str = include_str!("assets/studio.js");

/// Answers requests until the process ends.
pub fn start(server: Server, studio: Arc<Studio>) {
    answer_with(server, studio, respond);
}

/// Answers `server`'s requests with `respond` until the process ends (the studio's origin
/// and the built site's).
pub fn answer_with(server: Server, studio: Arc<Studio>, respond: fn(&Studio, &Request) -> Answer) {
    server.start(Arc::new(move |request: &mut Request| respond(&studio, request)));
}

/// Answers one request.
fn respond(studio: &Studio, request: &Request) -> Answer {
    let head = Head::of(request);
    let reply = match studio.guard.judge(&head.asked()) {
        Verdict::Refuse(why) => Reply::text(403, &format!("Forbidden: {why}.")),
        Verdict::Welcome(clean) => Reply::see_other(&clean).with("Set-Cookie", &studio.guard.set_cookie()),
        Verdict::Pass if head.method == "POST" => match Form::read(request, head.content_type.as_deref()) {
            None => Reply::text(413, "The form is too large."),
            Some(form) if !studio.guard.token_ok(form.get(TOKEN_FIELD)) => Reply::text(
                403,
                "Forbidden: the form is not from this studio session; reload the page.",
            ),
            Some(form) => post(studio, &head, &form),
        },
        Verdict::Pass => get(studio, &head),
    };
    reply.answer(&studio.policy())
}

fn get(studio: &Studio, head: &Head) -> Reply {
    match head.path() {
        "/" => pages::list(studio),
        "/page" => editor::open(
            studio,
            &head.query("file").unwrap_or_default(),
            head.query("saved").is_some(),
        ),
        "/new" => create::form(studio, head.query("file").as_deref()),
        "/consent" => consent::register(studio, None),
        "/consent/pupil" => pupil::form(studio, &head.query("id").unwrap_or_default()),
        "/rooms" => rooms::list(studio, None),
        "/rooms/room" => rooms::form(studio, &head.query("n").unwrap_or_default()),
        "/rooms/print" => rooms::print(studio, &head.query("room").unwrap_or_default()),
        "/publish" => publish::form(studio, None),
        "/image" => upload::form(studio, &head.query("file").unwrap_or_default()),
        "/assets/studio.css" => Reply::bytes(200, "text/css; charset=utf-8", CSS.as_bytes().to_vec()),
        "/assets/studio.js" => Reply::bytes(200, "text/javascript; charset=utf-8", JS.as_bytes().to_vec()),
        _ => Reply::text(404, "Not found."),
    }
}

fn post(studio: &Studio, head: &Head, form: &Form) -> Reply {
    match head.path() {
        "/save" => editor::save(studio, form),
        "/save-text" => conflict::save_text(studio, form),
        "/preview" => editor::preview(studio, form),
        "/new" => create::create(studio, form),
        "/consent/add" => consent::add(studio, form),
        "/consent/withdraw" => consent::withdraw(studio, form),
        "/consent/change" => pupil::change(studio, form),
        "/rooms/save" => rooms::save(studio, form),
        "/publish" => publish::run(studio, form),
        "/image" => upload::save(studio, form),
        "/image/start" => upload::start(studio, form),
        _ => Reply::text(404, "Not found."),
    }
}
