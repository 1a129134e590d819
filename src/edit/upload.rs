//! Adding an image with its consent (DESIGN §7): the file goes beside the page (or into
//! `static/images/`) with its sidecar filled in a form: alt text or decorative, the pupils
//! who can be recognised (picked from the register by id and name; only the ids are
//! written), and the credit. The rules are shown before saving, and an image that breaks
//! them is not written at all.

use toml_edit::{Array, DocumentMut, Item, Value};

use super::files::{self, Saved};
use super::html::{escape, layout, problems, token_field};
use super::http::{Form, Reply};
use super::which::config;
use super::{Studio, paths};
use crate::content::slugify;
use crate::images::consent::{ConsentRegister, Scope};
use crate::images::is_raster;

const RULES: &str = "<ul><li>Every image needs alt text saying what it shows, unless it is decorative (it carries no meaning).</li>\
<li>Tick every pupil who can be recognised. Each needs current website consent in the register (and print consent if the image goes on a poster); otherwise the site will not build.</li>\
<li>With no pupils, say who made the image (the credit).</li>\
<li>Pupils' names are never written into the site: only their register ids go into the image's sidecar.</li></ul>";

/// The prefix of the editor's fields carried through the upload form, so the page as the
/// author left it comes back with the image's line in it.
const DRAFT: &str = "draft:";

/// `GET /image?file=…`: the Add an image screen for the page `rel`.
pub fn form(studio: &Studio, rel: &str) -> Reply {
    form_page(studio, rel, "", None)
}

/// `POST /image/start`: the Add an image screen, from the editor's form (its fields
/// carried along, the cursor's place among them).
pub fn start(studio: &Studio, editor: &Form) -> Reply {
    let rel = editor.get("file").unwrap_or("");
    let kept: Vec<(&str, &str)> = editor
        .fields()
        .filter(|(k, _)| !matches!(*k, "token" | "file"))
        .collect();
    form_page(studio, rel, &hidden(kept.into_iter()), None)
}

/// Hidden fields carrying the editor's `fields` through the upload form.
fn hidden<'a>(fields: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    fields
        .map(|(k, v)| {
            format!(
                "<input type=\"hidden\" name=\"{DRAFT}{}\" value=\"{}\">",
                escape(k),
                escape(v)
            )
        })
        .collect()
}

/// The editor's fields a form carried, prefix taken off.
fn draft_of(form: &Form) -> Vec<(&str, &str)> {
    form.fields()
        .filter_map(|(k, v)| Some((k.strip_prefix(DRAFT)?, v)))
        .collect()
}

fn form_page(studio: &Studio, rel: &str, draft: &str, problem: Option<String>) -> Reply {
    let title = config(studio).map(|c| c.title.clone()).unwrap_or_default();
    if let Err(why) = paths::inside(&studio.root, rel, &["content"], &[]) {
        return Reply::page(
            403,
            layout(&title, "Refused", &format!("<h1>Refused</h1><p>{}</p>", escape(&why))),
        );
    }
    let pupils: String = ConsentRegister::load(&studio.root)
        .and_then(super::consent::whole)
        .map(|r| r.pupils.into_values().collect::<Vec<_>>())
        .unwrap_or_default()
        .iter()
        .map(|p| {
            let state = match p.consent(Scope::Website, studio.opts.date) {
                Ok(()) => "website consent current".to_string(),
                Err(lapse) => lapse.describe(Scope::Website),
            };
            format!(
                "<div class=\"check\"><input type=\"checkbox\" id=\"u-{id}\" name=\"pupils\" value=\"{id}\"><label for=\"u-{id}\">{id}: {name} ({state})</label></div>",
                id = escape(&p.id),
                name = escape(p.name.as_deref().unwrap_or("no name recorded")),
                state = escape(&state),
            )
        })
        .collect();
    let problem = problem
        .map(|why| {
            format!(
                "<div role=\"alert\"><p>The image was not added:</p>{}</div>",
                problems(&[(true, why)])
            )
        })
        .unwrap_or_default();
    let main = format!(
        "<h1>Add an image</h1>{problem}<p class=\"path\">For {file}</p><h2>Before you save</h2>{RULES}\
<form method=\"post\" action=\"/image\" enctype=\"multipart/form-data\">{token}<input type=\"hidden\" name=\"file\" value=\"{file}\">{draft}\
<div class=\"field\"><label for=\"u-image\">The image (PNG, JPEG, GIF or WebP)</label><input type=\"file\" id=\"u-image\" name=\"image\" accept=\".png,.jpg,.jpeg,.gif,.webp\" required></div>\
<fieldset class=\"field\"><legend>Where it goes</legend><div class=\"check\"><input type=\"radio\" id=\"u-beside\" name=\"place\" value=\"beside\" checked><label for=\"u-beside\">beside the page</label></div>\
<div class=\"check\"><input type=\"radio\" id=\"u-static\" name=\"place\" value=\"static\"><label for=\"u-static\">static/images/, for any page</label></div></fieldset>\
<div class=\"field\"><label for=\"u-alt\">Alt text: what the image shows</label><input id=\"u-alt\" name=\"alt\"></div>\
<div class=\"field check\"><input type=\"checkbox\" id=\"u-decorative\" name=\"decorative\" value=\"true\"><label for=\"u-decorative\">Decorative: it carries no meaning</label></div>\
<fieldset class=\"field\"><legend>Pupils who can be recognised</legend>{pupils}</fieldset>\
<div class=\"field\"><label for=\"u-credit\">Credit: who made it</label><input id=\"u-credit\" name=\"credit\"></div>\
<p><button type=\"submit\" class=\"primary\">Add the image</button></p></form>",
        file = escape(rel),
        token = token_field(studio.guard.token()),
    );
    Reply::page(200, layout(&title, "Add an image", &main))
}

/// The problems of the sidecar the form asks for, by DESIGN §7's rules.
fn check(studio: &Studio, form: &Form, register: &ConsentRegister) -> Vec<String> {
    let mut found = Vec::new();
    let decorative = form.get("decorative").is_some();
    if !decorative && form.get("alt").is_none_or(|a| a.trim().is_empty()) {
        found.push("write the alt text, or tick Decorative".to_string());
    }
    let pupils = form.all("pupils");
    if pupils.is_empty() && form.get("credit").is_none_or(|c| c.trim().is_empty()) {
        found.push("with no pupils, the credit is required".to_string());
    }
    for id in pupils {
        match register.get(id).map(|p| p.consent(Scope::Website, studio.opts.date)) {
            None => found.push(format!("pupil {id} is not in the register")),
            Some(Err(lapse)) => found.push(format!("pupil {id} is a pupil {}", lapse.describe(Scope::Website))),
            Some(Ok(())) => {}
        }
    }
    found
}

/// The sidecar's text.
fn sidecar(form: &Form) -> String {
    let mut doc = DocumentMut::new();
    let decorative = form.get("decorative").is_some();
    if let Some(alt) = form.get("alt").map(str::trim).filter(|a| !a.is_empty() && !decorative) {
        doc.insert("alt", Item::Value(Value::from(alt)));
    }
    if decorative {
        doc.insert("decorative", Item::Value(Value::from(true)));
    }
    let pupils: Array = form.all("pupils").into_iter().collect();
    doc.insert("pupils", Item::Value(Value::Array(pupils)));
    if let Some(credit) = form.get("credit").map(str::trim).filter(|c| !c.is_empty()) {
        doc.insert("credit", Item::Value(Value::from(credit)));
    }
    doc.to_string()
}

/// Where the image goes: a tidy name beside the page, or under `static/images/`.
fn destination(rel: &str, upload_name: &str, place: &str) -> Result<String, String> {
    let (stem, extension) = upload_name.rsplit_once('.').ok_or("the file has no extension")?;
    let extension = extension.to_ascii_lowercase();
    let name = format!("{}.{extension}", slugify(stem));
    if !is_raster(&name) || name.starts_with('.') {
        return Err("only PNG, JPEG, GIF and WebP images can be added".into());
    }
    match place {
        "static" => Ok(format!("static/images/{name}")),
        _ => {
            let folder = rel.rsplit_once('/').map_or("content", |(f, _)| f);
            Ok(format!("{folder}/{name}"))
        }
    }
}

/// `POST /image`: writes the image and its sidecar, when the rules allow it.
pub fn save(studio: &Studio, form: &Form) -> Reply {
    let title = config(studio).map(|c| c.title.clone()).unwrap_or_default();
    let rel = form.get("file").unwrap_or("");
    let result = (|| {
        paths::inside(&studio.root, rel, &["content"], &[])?;
        let upload = form
            .file
            .as_ref()
            .filter(|f| !f.bytes.is_empty())
            .ok_or("choose an image file")?;
        let register = ConsentRegister::load(&studio.root)
            .and_then(super::consent::whole)
            .map_err(|e| e.to_string())?;
        let found = check(studio, form, &register);
        if !found.is_empty() {
            return Err(found.join("; "));
        }
        let image = destination(rel, &upload.name, form.get("place").unwrap_or("beside"))?;
        image::load_from_memory(&upload.bytes).map_err(|_| "the file is not an image haven can read".to_string())?;
        let image_path = paths::inside(&studio.root, &image, &["content", "static"], &[])?;
        let sidecar_rel = format!("{image}.toml");
        let sidecar_path = paths::inside(&studio.root, &sidecar_rel, &["content", "static"], &[])?;
        if sidecar_path.exists() {
            return Err(format!("`{sidecar_rel}` already exists"));
        }
        if image_path.exists() {
            return Err(format!("`{image}` already exists: rename the file first"));
        }
        // The sidecar first, so the build never sees the image without it.
        files::write_atomic(&sidecar_path, sidecar(form).as_bytes()).map_err(|e| e.to_string())?;
        match files::save(&image_path, "", &upload.bytes).map_err(|e| e.to_string())? {
            Saved::Conflict(_) => return Err(format!("`{image}` already exists: rename the file first")),
            Saved::Written => {}
        }
        Ok(image)
    })();
    let draft = draft_of(form);
    let image = match result {
        Ok(image) => image,
        Err(why) => return form_page(studio, rel, &hidden(draft.into_iter()), Some(why)),
    };
    let markdown = match image.strip_prefix("static") {
        Some(path) => format!("![]({path})"),
        None => format!("![]({})", image.rsplit('/').next().unwrap_or(&image)),
    };
    if draft.iter().any(|(k, _)| *k == "body") {
        return back_to_editor(studio, rel, &draft, &image, &markdown);
    }
    let main = format!(
        "<h1>Image added</h1><div role=\"status\"><p class=\"ok\">Saved {} with its sidecar.</p></div><p>Show it on the page by adding this line to its text:</p><pre>{}</pre><p><a href=\"/page?file={}\">Back to the page</a></p>",
        escape(&image),
        escape(&markdown),
        escape(&form_urlencoded::byte_serialize(rel.as_bytes()).collect::<String>())
    );
    Reply::page(200, layout(&title, "Add an image", &main))
}

/// The editor again with the page as the author left it (`draft`, the editor's fields)
/// and the added image's line `markdown` where the cursor was, not yet saved.
fn back_to_editor(studio: &Studio, rel: &str, draft: &[(&str, &str)], image: &str, markdown: &str) -> Reply {
    let field = |name: &str| draft.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    let at = field("at").and_then(|v| v.parse().ok());
    let mut fields: Vec<(String, String)> = vec![("file".into(), rel.into())];
    fields.extend(draft.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let note = format!(
        "<div role=\"status\"><p class=\"ok\">Saved {} with its sidecar. Its line, <code>{}</code>, is in the text where the cursor was: save the page to keep it.</p></div>",
        escape(image),
        escape(markdown)
    );
    let body = insert_at(field("body").unwrap_or(""), at, markdown);
    super::editor::reopen(studio, &Form::from_parts(fields, None), &body, &note)
}

/// `body` with `line` put on a line of its own at `at`, the browser's cursor: UTF-16 units
/// into the text as the browser holds it (line ends one `\n`, where the form sent `\r\n`);
/// at the end when the place is not known.
pub fn insert_at(body: &str, at: Option<usize>, line: &str) -> String {
    let mut split = body.len();
    if let Some(at) = at {
        let mut units = 0;
        for (i, c) in body.char_indices() {
            if units >= at {
                split = i;
                break;
            }
            if !(c == '\r' && body[i + 1..].starts_with('\n')) {
                units += c.len_utf16();
            }
        }
    }
    let (before, after) = body.split_at(split);
    let newline = if body.contains("\r\n") { "\r\n" } else { "\n" };
    let lead = if before.is_empty() || before.ends_with('\n') {
        ""
    } else {
        newline
    };
    format!("{before}{lead}{line}{newline}{after}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_image_line_goes_where_the_cursor_was() {
        let body = "## Why\r\n\r\nKeep them secret – always.\r\n";
        // The browser's cursor after "## Why\n" is 7 units in.
        assert_eq!(
            insert_at(body, Some(7), "![](a.png)"),
            "## Why\r\n![](a.png)\r\n\r\nKeep them secret – always.\r\n"
        );
        // After "always." (the dash is one UTF-16 unit): a line of its own.
        let end_of_line = "## Why\n\nKeep them secret – always.".chars().count();
        assert_eq!(
            insert_at(body, Some(end_of_line), "![](a.png)"),
            "## Why\r\n\r\nKeep them secret – always.\r\n![](a.png)\r\n\r\n"
        );
        assert_eq!(insert_at("Text", None, "![](a.png)"), "Text\n![](a.png)\n");
        assert_eq!(insert_at("", Some(40), "![](a.png)"), "![](a.png)\n");
    }
}
