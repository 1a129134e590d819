//! One pupil's record in the consent register as a form: the name (kept in the register
//! only), the scopes and the dates, changed in place with toml_edit (only the keys that
//! changed are touched; comments stay) and never over a register changed on disk since
//! the form was opened. A withdrawal recorded here lists what it takes off the site, as
//! the register screen's Withdraw button does.

use toml_edit::{DocumentMut, Item, TableLike, Value};

use super::Studio;
use super::conflict::{self, Changed};
use super::consent::{REGISTER, note, open_register, register, withdrawn_from};
use super::files::{self, Saved};
use super::html::{escape, layout, token_field};
use super::http::{Form, Reply};
use super::values::{day, set};
use super::which::config;

const SCOPES: [(&str, &str); 3] = [
    ("website", "the website"),
    ("print", "print (posters)"),
    ("social", "social media"),
];

const DATES: [(&str, &str, &str); 3] = [
    ("granted", "Granted on", "The day the signed consent form came back."),
    ("expires", "Expires after", "Leave empty when consent does not expire."),
    (
        "withdrawn",
        "Withdrawn on",
        "Leave empty while consent stands. A day here takes every photo of this pupil off the site.",
    ),
];

fn text_of(record: &dyn TableLike, key: &str) -> String {
    match record.get(key).and_then(Item::as_value) {
        Some(Value::String(s)) => s.value().clone(),
        Some(Value::Datetime(d)) => d.value().to_string(),
        _ => String::new(),
    }
}

/// `GET /consent/pupil?id=…`: the form for one pupil's record.
pub fn form(studio: &Studio, id: &str) -> Reply {
    let title = config(studio).map(|c| c.title.clone()).unwrap_or_default();
    let opened = open_register(studio).and_then(|(_, text, doc)| {
        let record = doc
            .get("pupil")
            .and_then(|p| p.get(id))
            .and_then(Item::as_table_like)
            .ok_or_else(|| format!("pupil {id} is not in the register"))?;
        Ok(fields(studio, id, &text, record))
    });
    match opened {
        Ok(main) => Reply::page(200, layout(&title, &format!("Pupil {id}"), &main)),
        Err(why) => register(
            studio,
            Some(format!("<p role=\"alert\" class=\"error\">{}</p>", escape(&why))),
        ),
    }
}

/// The form's HTML for the record of `id` in the register `opened` (its hash and text
/// travel with the form, for a conflict).
fn fields(studio: &Studio, id: &str, opened: &str, record: &dyn TableLike) -> String {
    let scopes: String = SCOPES
        .iter()
        .map(|(key, label)| {
            let on = record.get(key).and_then(Item::as_bool).unwrap_or(false);
            format!(
                "<div class=\"check\"><input type=\"checkbox\" id=\"c-{key}\" name=\"{key}\" value=\"true\"{}><label for=\"c-{key}\">{label}</label></div>",
                if on { " checked" } else { "" }
            )
        })
        .collect();
    let dates: String = DATES
        .iter()
        .map(|(key, label, hint)| {
            format!(
                "<div class=\"field\"><label for=\"c-{key}\">{label}</label><p class=\"hint\" id=\"c-{key}-hint\">{hint}</p>\
<input type=\"date\" id=\"c-{key}\" name=\"{key}\" value=\"{}\" aria-describedby=\"c-{key}-hint\"{}></div>",
                escape(&text_of(record, key)),
                if *key == "granted" { " required" } else { "" }
            )
        })
        .collect();
    format!(
        "<h1>Pupil {id}</h1><p>Change this pupil's consent as the signed form says. The name stays in the register and is never published.</p>\
<form method=\"post\" action=\"/consent/change\">{token}<input type=\"hidden\" name=\"id\" value=\"{id}\"><input type=\"hidden\" name=\"hash\" value=\"{hash}\">\
<input type=\"hidden\" name=\"opened\" value=\"{opened}\">\
<div class=\"field\"><label for=\"c-name\">Name (stays in the register)</label><input id=\"c-name\" name=\"name\" value=\"{name}\"></div>\
<fieldset class=\"field\"><legend>Consent given for</legend>{scopes}</fieldset>{dates}\
<p><button type=\"submit\" class=\"primary\">Save the record</button> <a href=\"/consent\">Back to the register</a></p></form>",
        token = token_field(studio.guard.token()),
        id = escape(id),
        hash = files::hash(opened.as_bytes()),
        opened = escape(opened),
        name = escape(&text_of(record, "name")),
    )
}

/// Puts the form's values into `record`; true when a withdrawal day was newly set.
fn apply(record: &mut dyn TableLike, form: &Form) -> Result<bool, String> {
    let was_withdrawn = record.get("withdrawn").is_some();
    match form.get("name").map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => set(record, "name", Value::from(name)),
        None => {
            record.remove("name");
        }
    }
    for (key, _) in SCOPES {
        set(record, key, Value::from(form.get(key).is_some()));
    }
    for (key, label, _) in DATES {
        match form.get(key).map(str::trim).filter(|t| !t.is_empty()) {
            Some(text) => set(record, key, day(text).map_err(|e| format!("{label}: {e}"))?),
            None if key == "granted" => return Err("the day consent was granted is needed".into()),
            None => {
                record.remove(key);
            }
        }
    }
    Ok(!was_withdrawn && record.get("withdrawn").is_some())
}

/// `POST /consent/change`: writes the form into the pupil's record, when the register
/// has not changed on disk since the form was opened.
pub fn change(studio: &Studio, form: &Form) -> Reply {
    let id = form.get("id").unwrap_or("").trim().to_string();
    if let Some(both) = changed_on_disk(studio, form, &id) {
        return both;
    }
    let result = (|| {
        let (path, _, mut doc) = open_register(studio)?;
        let hash = form.get("hash").unwrap_or("");
        let record = doc
            .get_mut("pupil")
            .and_then(|p| p.get_mut(id.as_str()))
            .and_then(Item::as_table_like_mut)
            .ok_or_else(|| format!("pupil {id} is not in the register"))?;
        let withdrawn = apply(record, form)?;
        match files::save(&path, hash, doc.to_string()) {
            Ok(Saved::Written) => {}
            Ok(Saved::Conflict(_)) => return Err(format!("{REGISTER} changed on disk just now: try again")),
            Err(e) => return Err(format!("could not write {REGISTER}: {e}")),
        }
        Ok(match withdrawn {
            true => withdrawn_from(studio, &id),
            false => format!("<p class=\"ok\">Saved the record of pupil {}.</p>", escape(&id)),
        })
    })();
    note(studio, result)
}

/// When the register changed on disk since the form was opened: the author's change made
/// to the register as they opened it, shown beside the register now (nothing written).
/// `None` when the register is unchanged, or the change cannot be made (then `change`
/// says why, and its own save still refuses the changed file).
fn changed_on_disk(studio: &Studio, form: &Form, id: &str) -> Option<Reply> {
    let (_, now, _) = open_register(studio).ok()?;
    if files::hash(now.as_bytes()) == form.get("hash").unwrap_or("") {
        return None;
    }
    let mut doc: DocumentMut = conflict::opened(form, &now).parse().ok()?;
    let pupils = doc.entry("pupil").or_insert(toml_edit::table()).as_table_like_mut()?;
    let record = pupils.entry(id).or_insert(toml_edit::table()).as_table_like_mut()?;
    apply(record, form).ok()?;
    let link = form_urlencoded::byte_serialize(id.as_bytes()).collect::<String>();
    let register = Changed {
        rel: REGISTER,
        what: "The consent register",
        keep: format!("/consent/pupil?id={link}"),
    };
    let why = format!("{REGISTER} changed on disk since you opened pupil {id}: your change is in your version below.");
    Some(conflict::show(studio, &register, &doc.to_string(), &now, Some(&why)))
}
