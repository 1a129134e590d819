//! The consent register (`data/consent.toml`, DESIGN §7) as a screen: a table with a form
//! to add a pupil, a link to change each pupil's record ([`super::pupil`]) and a button to
//! withdraw a pupil's consent (after which the studio lists every image, and the pages
//! showing it, that the withdrawal takes off the site). Pupils' names are shown here only;
//! the site never carries them.

use std::path::Path;

use toml_edit::{DocumentMut, Item, Value};

use super::files::{self, Saved};
use super::html::{escape, layout, problems, token_field};
use super::http::{Form, Reply};
use super::values;
use super::which::config;
use super::{Studio, paths};
use crate::error::Diagnostic;
use crate::images::consent::{ConsentRegister, Pupil, Scope};
use crate::images::sidecar::Sidecar;

/// The register, from the site's folder.
pub(super) const REGISTER: &str = "data/consent.toml";

fn yes(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

fn day(d: Option<crate::content::front_matter::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn row(studio: &Studio, pupil: &Pupil) -> String {
    let today = studio.opts.date;
    let current = match pupil.consent(Scope::Website, today) {
        Ok(()) => "current".to_string(),
        Err(lapse) => lapse.describe(Scope::Website),
    };
    let change = format!(
        "<a href=\"/consent/pupil?id={}\" aria-label=\"Change the record of {id}\">Change</a>",
        form_urlencoded::byte_serialize(pupil.id.as_bytes()).collect::<String>(),
        id = escape(&pupil.id)
    );
    let withdraw = match pupil.withdrawn {
        Some(_) => change,
        None => format!(
            "<form method=\"post\" action=\"/consent/withdraw\">{}<input type=\"hidden\" name=\"id\" value=\"{id}\">\
<button type=\"submit\" aria-label=\"Withdraw consent for {id}\">Withdraw consent</button></form>{change}",
            token_field(studio.guard.token()),
            id = escape(&pupil.id)
        ),
    };
    format!(
        "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"actions\">{withdraw}</td></tr>",
        escape(&pupil.id),
        escape(pupil.name.as_deref().unwrap_or("")),
        yes(pupil.website),
        yes(pupil.print),
        yes(pupil.social),
        day(pupil.granted),
        day(pupil.expires),
        day(pupil.withdrawn),
        escape(&current),
    )
}

/// The register as the studio shows and uses it: whole, or its errors (the screen and the
/// upload form show them as a build does, and a pupil is never picked from a register
/// with a mistake in it).
pub(super) fn whole((register, errors): (ConsentRegister, Vec<Diagnostic>)) -> crate::error::Result<ConsentRegister> {
    match errors.is_empty() {
        true => Ok(register),
        false => Err(crate::error::Error::User(errors)),
    }
}

/// The register screen; `note` is what the last change did.
pub fn register(studio: &Studio, note: Option<String>) -> Reply {
    let title = config(studio).map(|c| c.title.clone()).unwrap_or_default();
    let register = match ConsentRegister::load(&studio.root).and_then(whole) {
        Ok(r) => r,
        Err(e) => {
            let main = format!(
                "<h1>Consent register</h1><p class=\"error\">{}</p>",
                escape(&e.to_string())
            );
            return Reply::page(200, layout(&title, "Consent register", &main));
        }
    };
    let rows: String = register.pupils.values().map(|p| row(studio, p)).collect();
    let token = token_field(studio.guard.token());
    let main = format!(
        "<h1>Consent register</h1>{note}<p>Photos of pupils are published only with current consent: the scope ticked, granted on or before today, not expired, never withdrawn. A photo on a poster or print page needs print consent too. Names stay in the register: the build stops if one appears on the site.</p>\
<div class=\"scroll\" role=\"region\" aria-label=\"Pupils\" tabindex=\"0\"><table><caption>Pupils ({today})</caption><thead><tr>\
<th scope=\"col\">Id</th><th scope=\"col\">Name</th><th scope=\"col\">Website</th><th scope=\"col\">Print</th><th scope=\"col\">Social</th>\
<th scope=\"col\">Granted</th><th scope=\"col\">Expires</th><th scope=\"col\">Withdrawn</th><th scope=\"col\">Website consent today</th><th scope=\"col\">Change</th></tr></thead><tbody>{rows}</tbody></table></div>\
<section aria-labelledby=\"add-h\"><h2 id=\"add-h\">Add a pupil</h2><form method=\"post\" action=\"/consent/add\">{token}\
<div class=\"field\"><label for=\"p-id\">Register id</label><input id=\"p-id\" name=\"id\" required pattern=\"[A-Za-z0-9_-]+\" aria-describedby=\"p-id-hint\"><p class=\"hint\" id=\"p-id-hint\">Letters and digits, e.g. P0301.</p></div>\
<div class=\"field\"><label for=\"p-name\">Name (stays in the register)</label><input id=\"p-name\" name=\"name\"></div>\
<fieldset class=\"field\"><legend>Consent given for</legend>\
<div class=\"check\"><input type=\"checkbox\" id=\"p-website\" name=\"website\" value=\"true\"><label for=\"p-website\">the website</label></div>\
<div class=\"check\"><input type=\"checkbox\" id=\"p-print\" name=\"print\" value=\"true\"><label for=\"p-print\">print (posters)</label></div>\
<div class=\"check\"><input type=\"checkbox\" id=\"p-social\" name=\"social\" value=\"true\"><label for=\"p-social\">social media</label></div></fieldset>\
<div class=\"field\"><label for=\"p-granted\">Granted on</label><input type=\"date\" id=\"p-granted\" name=\"granted\" required></div>\
<div class=\"field\"><label for=\"p-expires\">Expires after</label><input type=\"date\" id=\"p-expires\" name=\"expires\"></div>\
<p><button type=\"submit\">Add the pupil</button></p></form></section>",
        note = note.unwrap_or_default(),
        today = studio.opts.date,
    );
    Reply::page(200, layout(&title, "Consent register", &main))
}

/// Reads the register for editing, with its hash.
pub(super) fn open_register(studio: &Studio) -> Result<(std::path::PathBuf, String, DocumentMut), String> {
    let path = paths::inside(&studio.root, REGISTER, &[], &[REGISTER])?;
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let doc: DocumentMut = text.parse().map_err(|e| format!("{REGISTER} is not valid TOML: {e}"))?;
    Ok((path, text, doc))
}

/// Writes the register back, unless it changed meanwhile.
fn write_register(path: &Path, before: &str, doc: &DocumentMut) -> Result<(), String> {
    let opened = if path.exists() {
        files::hash(before.as_bytes())
    } else {
        String::new()
    };
    match files::save(path, &opened, doc.to_string()) {
        Ok(Saved::Written) => Ok(()),
        Ok(Saved::Conflict(_)) => Err(format!(
            "{REGISTER} changed on disk just now: nothing was written, try again"
        )),
        Err(e) => Err(format!("could not write {REGISTER}: {e}")),
    }
}

/// `POST /consent/add`: a new `[pupil.ID]` record at the end of the register.
pub fn add(studio: &Studio, form: &Form) -> Reply {
    let result = (|| {
        let id = form.get("id").unwrap_or("").trim();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            return Err("the register id must be letters, digits, - or _".to_string());
        }
        let (path, before, mut doc) = open_register(studio)?;
        let pupils = doc.entry("pupil").or_insert(toml_edit::table());
        let pupils = pupils.as_table_mut().ok_or("`pupil` in the register is not a table")?;
        pupils.set_implicit(true);
        if pupils.contains_key(id) {
            return Err(format!("pupil {id} is already in the register"));
        }
        let mut record = toml_edit::Table::new();
        if let Some(name) = form.get("name").map(str::trim).filter(|n| !n.is_empty()) {
            record.insert("name", Item::Value(Value::from(name)));
        }
        for scope in ["website", "print", "social"] {
            record.insert(scope, Item::Value(Value::from(form.get(scope).is_some())));
        }
        record.insert("granted", Item::Value(values::day(form.get("granted").unwrap_or(""))?));
        if let Some(expires) = form.get("expires").filter(|e| !e.trim().is_empty()) {
            record.insert("expires", Item::Value(values::day(expires)?));
        }
        pupils.insert(id, Item::Table(record));
        write_register(&path, &before, &doc)?;
        Ok(format!("<p class=\"ok\">Added pupil {}.</p>", escape(id)))
    })();
    note(studio, result)
}

/// The register screen with what a change did, or why nothing was changed.
pub(super) fn note(studio: &Studio, result: Result<String, String>) -> Reply {
    let html = match result {
        Ok(done) => format!("<div role=\"status\">{done}</div>"),
        Err(why) => format!(
            "<p role=\"alert\" class=\"error\">Nothing was changed: {}</p>",
            escape(&why)
        ),
    };
    register(studio, Some(html))
}

/// `POST /consent/withdraw`: records the withdrawal today, then lists what it takes off.
pub fn withdraw(studio: &Studio, form: &Form) -> Reply {
    let id = form.get("id").unwrap_or("").trim().to_string();
    let result = (|| {
        let (path, before, mut doc) = open_register(studio)?;
        let record = doc
            .get_mut("pupil")
            .and_then(|p| p.get_mut(id.as_str()))
            .and_then(Item::as_table_like_mut)
            .ok_or_else(|| format!("pupil {id} is not in the register"))?;
        record.insert("withdrawn", Item::Value(values::day(&studio.opts.date.to_string())?));
        write_register(&path, &before, &doc)?;
        Ok(withdrawn_from(studio, &id))
    })();
    note(studio, result)
}

/// What the withdrawal of `id` takes off the site: each image showing the pupil, and the
/// pages that show it.
pub(super) fn withdrawn_from(studio: &Studio, id: &str) -> String {
    let mut items = Vec::new();
    for (image, sidecar) in sidecars(&studio.root) {
        if !sidecar.pupils.iter().any(|p| p.id == id) {
            continue;
        }
        let name = image.rsplit('/').next().unwrap_or(&image).to_string();
        let pages = pages_showing(studio, &name);
        items.push((
            true,
            format!(
                "{image}, shown on: {}",
                if pages.is_empty() {
                    "no page".into()
                } else {
                    pages.join(", ")
                }
            ),
        ));
    }
    let list = match items.is_empty() {
        true => "<p>No image shows this pupil.</p>".to_string(),
        false => format!(
            "<p>These images can no longer be published, and the site will not build while a page shows them: remove them, or the pupil from their sidecars.</p>{}",
            problems(&items)
        ),
    };
    format!(
        "<p class=\"ok\">Consent for {} is withdrawn from {}.</p>{list}",
        escape(id),
        studio.opts.date
    )
}

/// Every image sidecar under `content/` and `static/`, by image path.
fn sidecars(root: &Path) -> Vec<(String, Sidecar)> {
    let mut found = Vec::new();
    for folder in ["content", "static"] {
        for entry in walkdir::WalkDir::new(root.join(folder))
            .into_iter()
            .filter_map(|e| e.ok())
        {
            let Ok(rel) = entry.path().strip_prefix(root) else {
                continue;
            };
            let rel_text = rel.to_string_lossy().replace('\\', "/");
            let Some(image) = rel_text.strip_suffix(".toml") else {
                continue;
            };
            if !crate::images::is_raster(image) {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(entry.path())
                && let Ok(sidecar) = Sidecar::parse(rel, &text)
            {
                found.push((image.to_string(), sidecar));
            }
        }
    }
    found
}

/// The content files whose text names the image file `name`.
fn pages_showing(studio: &Studio, name: &str) -> Vec<String> {
    let built = studio.built();
    let Some(session) = &built.session else {
        return Vec::new();
    };
    let library = &session.site().library;
    let files = library.pages.values().flat_map(|p| p.versions.iter());
    let sections = library.sections.values().flat_map(|s| s.versions.iter());
    files
        .chain(sections)
        .filter(|f| f.body.contains(name))
        .map(|f| f.source.to_string_lossy().replace('\\', "/"))
        .collect()
}
