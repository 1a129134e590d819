//! The rooms (`data/rooms.toml`, DESIGN §4, §5) as screens: a table of rooms, a form per
//! room for its name, band, languages and paper (written back with toml_edit: comments
//! and layout kept, only changed keys touched, checked by the same reader the build uses
//! before anything is written, never over a file changed on disk since it was opened),
//! and a print preview of a room's posters inside the studio: each poster framed from the
//! built site's own origin on a sheet of its paper's shape.

use std::path::PathBuf;

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

use super::conflict::{self, Changed};
use super::files::{self, Saved};
use super::html::{escape, layout, problems, token_field};
use super::http::{Form, Reply};
use super::values::{set, texts};
use super::which::config;
use super::{Studio, describe, paths};
use crate::content::Band;
use crate::kinds::posters::read_rooms;

pub(super) const ROOMS: &str = "data/rooms.toml";
const PAPERS: [&str; 2] = ["A4", "A3"];

/// A room as the form shows it.
#[derive(Default)]
struct RoomValues {
    name: String,
    band: String,
    languages: Vec<String>,
    paper: String,
}

impl RoomValues {
    fn of_table(table: &Table) -> RoomValues {
        let text = |key: &str| table.get(key).and_then(Item::as_str).unwrap_or("").to_string();
        let languages = table
            .get("languages")
            .and_then(Item::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default();
        let paper = Some(text("paper")).filter(|p| !p.is_empty()).unwrap_or("A4".into());
        RoomValues {
            name: text("name"),
            band: text("band"),
            languages,
            paper,
        }
    }

    fn of_form(form: &Form) -> RoomValues {
        RoomValues {
            name: form.get("name").unwrap_or("").trim().to_string(),
            band: form.get("band").unwrap_or("").to_string(),
            languages: form.all("languages").into_iter().map(str::to_string).collect(),
            paper: form.get("paper").unwrap_or("A4").to_string(),
        }
    }

    /// Writes these values into `table`, touching only what changed.
    fn put(&self, table: &mut Table) {
        set(table, "name", Value::from(self.name.as_str()));
        set(table, "band", Value::from(self.band.as_str()));
        let languages: Vec<&str> = self.languages.iter().map(String::as_str).collect();
        set(table, "languages", texts(&languages));
        set(table, "paper", Value::from(self.paper.as_str()));
    }
}

fn open_rooms(studio: &Studio) -> Result<(PathBuf, String, DocumentMut), String> {
    let path = paths::inside(&studio.root, ROOMS, &[], &[ROOMS])?;
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let doc: DocumentMut = text.parse().map_err(|e| format!("{ROOMS} is not valid TOML: {e}"))?;
    Ok((path, text, doc))
}

fn tables(doc: &DocumentMut) -> Vec<&Table> {
    doc.get("room")
        .and_then(Item::as_array_of_tables)
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn site_title(studio: &Studio) -> String {
    config(studio).map(|c| c.title.clone()).unwrap_or_default()
}

/// The built room called `name`, with the site's default language: its posters' slug.
fn built_slug(studio: &Studio, name: &str) -> Option<(String, Vec<String>, String)> {
    let built = studio.built();
    let site = built.session.as_ref()?.site();
    let room = site.rooms.iter().find(|r| r.name == name)?;
    let default = site.config.default_language().code.clone();
    Some((room.slug.clone(), room.languages.clone(), default))
}

/// The address of a room's poster in `lang` on the built site.
fn poster_url(studio: &Studio, slug: &str, lang: &str, default: &str) -> String {
    let prefix = if lang == default {
        String::new()
    } else {
        format!("/{lang}")
    };
    studio.site_url(&format!("{prefix}/posters/{slug}/"))
}

fn row(studio: &Studio, n: usize, room: &RoomValues) -> String {
    let (posters, preview) = match built_slug(studio, &room.name) {
        Some((slug, languages, default)) => (
            languages
                .iter()
                .map(|l| {
                    format!(
                        "<a href=\"{}\">{}</a>",
                        escape(&poster_url(studio, &slug, l, &default)),
                        escape(l)
                    )
                })
                .collect::<Vec<_>>()
                .join(" "),
            format!(
                " <a href=\"/rooms/print?room={}\">Print preview<span class=\"skip\"> of {}</span></a>",
                escape(&slug),
                escape(&room.name)
            ),
        ),
        None => ("(after the next build)".into(), String::new()),
    };
    format!(
        "<tr><th scope=\"row\">{name}</th><td>{}</td><td>{}</td><td>{}</td><td class=\"posters\">{posters}</td>\
<td class=\"actions\"><a href=\"/rooms/room?n={n}\">Change<span class=\"skip\"> {name}</span></a>{preview}</td></tr>",
        escape(&room.band),
        escape(&room.languages.join(", ")),
        escape(&room.paper),
        name = escape(&room.name),
    )
}

/// `GET /rooms`: the rooms as a table; `note` says what the last change did.
pub fn list(studio: &Studio, note: Option<String>) -> Reply {
    let (rows, problem) = match open_rooms(studio) {
        Ok((_, _, doc)) => (
            tables(&doc)
                .into_iter()
                .enumerate()
                .map(|(n, t)| row(studio, n, &RoomValues::of_table(t)))
                .collect(),
            String::new(),
        ),
        Err(why) => (String::new(), format!("<p class=\"error\">{}</p>", escape(&why))),
    };
    let main = format!(
        "<h1>Rooms</h1>{note}{problem}<p>Each room gets its band's poster in each of its languages, on its paper (from {ROOMS}). <a href=\"{print_all}\">Print all posters</a>.</p>\
<div class=\"scroll\" role=\"region\" aria-label=\"Rooms\" tabindex=\"0\"><table><caption>Rooms</caption><thead><tr><th scope=\"col\">Room</th><th scope=\"col\">Band</th>\
<th scope=\"col\">Languages</th><th scope=\"col\">Paper</th><th scope=\"col\">Posters</th><th scope=\"col\">Change</th></tr></thead><tbody>{rows}</tbody></table></div>\
<p><a href=\"/rooms/room?n=new\">Add a room</a></p>",
        note = note.unwrap_or_default(),
        print_all = escape(&studio.site_url("/posters/print-all/")),
    );
    Reply::page(200, layout(&site_title(studio), "Rooms", &main))
}

/// `GET /rooms/room?n=…`: the form for room `n` (its place in the file) or a new one.
pub fn form(studio: &Studio, n: &str) -> Reply {
    let opened = open_rooms(studio).and_then(|(_, text, doc)| {
        let values = match n {
            "new" => RoomValues {
                languages: config(studio)
                    .map(|c| vec![c.default_language().code.clone()])
                    .unwrap_or_default(),
                paper: "A4".into(),
                ..RoomValues::default()
            },
            _ => n
                .parse::<usize>()
                .ok()
                .and_then(|i| tables(&doc).get(i).map(|t| RoomValues::of_table(t)))
                .ok_or("that room is not in data/rooms.toml any more")?,
        };
        Ok((text, values))
    });
    match opened {
        Ok((text, values)) => room_page(studio, 200, n, &text, &values, &[]),
        Err(why) => list(
            studio,
            Some(format!("<p role=\"alert\" class=\"error\">{}</p>", escape(&why))),
        ),
    }
}

/// The check boxes of the site's languages, the room's ticked.
fn language_boxes(studio: &Studio, room: &RoomValues) -> String {
    config(studio)
        .map(|c| c.languages.clone())
        .unwrap_or_default()
        .iter()
        .map(|l| {
            format!(
                "<div class=\"check\"><input type=\"checkbox\" id=\"r-{code}\" name=\"languages\" value=\"{code}\"{on}><label for=\"r-{code}\"><span lang=\"{code}\">{name}</span> ({code})</label></div>",
                code = escape(&l.code),
                name = escape(&l.name),
                on = if room.languages.contains(&l.code) { " checked" } else { "" }
            )
        })
        .collect()
}

/// The form for room `n` of the file `opened` (its hash and text travel with the form,
/// for a conflict).
fn room_page(
    studio: &Studio,
    status: u16,
    n: &str,
    opened: &str,
    room: &RoomValues,
    messages: &[(bool, String)],
) -> Reply {
    let bands: String = Band::ALL
        .iter()
        .map(|b| {
            format!(
                "<option value=\"{0}\"{1}>{0}</option>",
                b.code(),
                selected(room.band == b.code())
            )
        })
        .collect();
    let papers: String = PAPERS
        .iter()
        .map(|p| format!("<option value=\"{p}\"{}>{p}</option>", selected(room.paper == *p)))
        .collect();
    let languages = language_boxes(studio, room);
    let alert = match messages.is_empty() {
        true => String::new(),
        false => format!(
            "<div role=\"alert\"><p>Nothing was written:</p>{}</div>",
            problems(messages)
        ),
    };
    let heading = if n == "new" {
        "Add a room".to_string()
    } else {
        format!("Room “{}”", room.name)
    };
    let main = format!(
        "<h1>{h}</h1>{alert}<form method=\"post\" action=\"/rooms/save\">{token}<input type=\"hidden\" name=\"n\" value=\"{n}\"><input type=\"hidden\" name=\"hash\" value=\"{hash}\">\
<input type=\"hidden\" name=\"opened\" value=\"{opened}\">\
<div class=\"field\"><label for=\"r-name\">Name</label><input id=\"r-name\" name=\"name\" required value=\"{name}\"></div>\
<div class=\"field\"><label for=\"r-band\">Age band (whose rules hang there)</label><select id=\"r-band\" name=\"band\">{bands}</select></div>\
<fieldset class=\"field\"><legend>Poster languages</legend>{languages}</fieldset>\
<div class=\"field\"><label for=\"r-paper\">Paper</label><select id=\"r-paper\" name=\"paper\">{papers}</select></div>\
<p><button type=\"submit\" class=\"primary\">Save the room</button> <a href=\"/rooms\">Back to the rooms</a></p></form>",
        h = escape(&heading),
        token = token_field(studio.guard.token()),
        n = escape(n),
        hash = files::hash(opened.as_bytes()),
        opened = escape(opened),
        name = escape(&room.name),
    );
    Reply::page(status, layout(&site_title(studio), &heading, &main))
}

fn selected(on: bool) -> &'static str {
    if on { " selected" } else { "" }
}

/// `POST /rooms/save`: the form written into data/rooms.toml when the build's own reader
/// accepts the result and the file has not changed on disk since the form was opened.
pub fn save(studio: &Studio, form: &Form) -> Reply {
    let n = form.get("n").unwrap_or("new").to_string();
    let hash = form.get("hash").unwrap_or("").to_string();
    let room = RoomValues::of_form(form);
    if let Some(both) = changed_on_disk(studio, form, &n, &hash, &room) {
        return both;
    }
    match write(studio, &n, &hash, &room) {
        Ok(()) => list(
            studio,
            Some(format!(
                "<p role=\"status\" class=\"ok\">Saved the room “{}”. The site is building again with it.</p>",
                escape(&room.name)
            )),
        ),
        Err(found) => room_page(
            studio,
            422,
            &n,
            form.get("opened").unwrap_or(""),
            &room,
            &found.into_iter().map(|p| (true, p)).collect::<Vec<_>>(),
        ),
    }
}

fn write(studio: &Studio, n: &str, hash: &str, room: &RoomValues) -> Result<(), Vec<String>> {
    let (path, _, mut doc) = open_rooms(studio).map_err(|e| vec![e])?;
    let config = config(studio).ok_or(vec!["the site's config.toml cannot be read: fix it first".to_string()])?;
    place(&mut doc, n, room)?;
    let text = doc.to_string();
    match read_rooms(&text, &config) {
        Ok(read) if read.errors.is_empty() => {}
        Ok(read) => return Err(read.errors.iter().map(describe).collect()),
        Err(e) => return Err(vec![e.to_string()]),
    }
    let opened = if path.exists() { hash } else { "" };
    match files::save(&path, opened, text) {
        Ok(Saved::Written) => Ok(()),
        Ok(Saved::Conflict(_)) => Err(vec![format!("{ROOMS} changed on disk just now: try again")]),
        Err(e) => Err(vec![format!("could not write {ROOMS}: {e}")]),
    }
}

/// Puts `room` into `doc` as its room `n` (its place in the file), or at the end.
fn place(doc: &mut DocumentMut, n: &str, room: &RoomValues) -> Result<(), Vec<String>> {
    let list = doc
        .entry("room")
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()))
        .as_array_of_tables_mut()
        .ok_or(vec![format!("`room` in {ROOMS} is not a list of [[room]] tables")])?;
    let table = match n {
        "new" => {
            list.push(Table::new());
            list.get_mut(list.len() - 1)
        }
        _ => n.parse::<usize>().ok().and_then(|i| list.get_mut(i)),
    }
    .ok_or(vec!["that room is not in data/rooms.toml any more".to_string()])?;
    room.put(table);
    Ok(())
}

/// When data/rooms.toml changed on disk since the form was opened: the author's room put
/// into the file as they opened it, shown beside the file now (nothing written). `None`
/// when the file is unchanged or the room cannot be placed (then `write` says why).
fn changed_on_disk(studio: &Studio, form: &Form, n: &str, hash: &str, room: &RoomValues) -> Option<Reply> {
    let (_, now, _) = open_rooms(studio).ok()?;
    if files::hash(now.as_bytes()) == hash || (hash.is_empty() && now.is_empty()) {
        return None;
    }
    let mut doc: DocumentMut = conflict::opened(form, &now).parse().ok()?;
    place(&mut doc, n, room).ok()?;
    let rooms = Changed {
        rel: ROOMS,
        what: "The rooms file",
        keep: "/rooms".into(),
    };
    let why = format!("{ROOMS} changed on disk since you opened this form: your room is in your version below.");
    Some(conflict::show(studio, &rooms, &doc.to_string(), &now, Some(&why)))
}

/// `GET /rooms/print?room=…`: the room's posters as they print, each on a sheet of its
/// paper's shape, framed from the built site's origin (whose scripts cannot reach here).
pub fn print(studio: &Studio, slug: &str) -> Reply {
    let built = studio.built();
    let room = built
        .session
        .as_ref()
        .and_then(|s| s.site().rooms.iter().find(|r| r.slug == slug).cloned());
    let Some(room) = room else {
        return list(
            studio,
            Some("<p role=\"alert\" class=\"error\">That room has no posters in the last build.</p>".into()),
        );
    };
    let default = config(studio)
        .map(|c| c.default_language().code.clone())
        .unwrap_or_default();
    let paper = format!("{:?}", room.paper);
    let sheets: String = room
        .languages
        .iter()
        .map(|lang| {
            let url = escape(&poster_url(studio, slug, lang, &default));
            format!(
                "<figure class=\"sheet-box\"><iframe class=\"sheet\" src=\"{url}\" title=\"Poster for {name} in {lang}\"></iframe>\
<figcaption>{lang} · {paper} · <a href=\"{url}\">Open to print<span class=\"skip\"> the {lang} poster</span></a></figcaption></figure>",
                name = escape(&room.name),
                lang = escape(lang),
            )
        })
        .collect();
    let main = format!(
        "<h1>Print preview: {name}</h1><p>The {band} poster on {paper} paper, in each of the room's languages, as the last build made it. <a href=\"/rooms\">Back to the rooms</a></p><div class=\"sheets\">{sheets}</div>",
        name = escape(&room.name),
        band = room.band.code(),
    );
    Reply::page(
        200,
        layout(&site_title(studio), &format!("Print preview: {}", room.name), &main),
    )
}
