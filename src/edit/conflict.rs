//! A file changed on disk while its form was open (another editor, a `git pull`, a second
//! studio tab): nothing is written, and the author sees both versions side by side, their
//! own in an editable text area and the file on disk now beside it, and chooses which to
//! keep. Pages, the consent register and the rooms all end here, so no typing is lost.

use super::consent::{self, REGISTER};
use super::files::{self, Saved};
use super::html::{escape, layout, token_field};
use super::http::{Form, Reply};
use super::rooms::{self, ROOMS};
use super::which::config;
use super::{Studio, describe, editor, paths};
use crate::kinds::posters::read_rooms;

/// The file that changed: what to call it, and where "keep the one on disk" goes.
pub struct Changed<'a> {
    /// The file's path in the site, e.g. `content/about.md` or `data/rooms.toml`.
    pub rel: &'a str,
    /// How the heading names it: "This page", "The consent register".
    pub what: &'a str,
    /// The studio address that opens the file's form again as it is on disk now.
    pub keep: String,
}

/// Both versions, side by side (status 409); the author's can be saved over the one on
/// disk now with `POST /save-text`, whose hash is the disk version's.
pub fn show(studio: &Studio, file: &Changed, mine: &str, disk: &str, problem: Option<&str>) -> Reply {
    let problem = problem
        .map(|p| format!("<p role=\"alert\" class=\"error\">{}</p>", escape(p)))
        .unwrap_or_default();
    let main = format!(
        "<h1>{what} changed on disk while you were editing it</h1>{problem}\
<p>{file} was saved by someone or something else after you opened it. Nothing has been written: both versions are below. Save yours over the one on disk, or keep the one on disk (you can copy parts of yours first).</p>\
<div class=\"split\"><form method=\"post\" action=\"/save-text\">{token}<input type=\"hidden\" name=\"file\" value=\"{file}\">\
<input type=\"hidden\" name=\"hash\" value=\"{hash}\"><h2>Your version</h2><label for=\"mine\">Your version of the file</label>\
<textarea id=\"mine\" name=\"text\" rows=\"20\">\n{mine}</textarea><p><button type=\"submit\" class=\"primary\">Save your version over the one on disk</button></p></form>\
<section aria-labelledby=\"disk-title\"><h2 id=\"disk-title\">The version on disk now</h2><label for=\"disk\">The file on disk now</label>\
<textarea id=\"disk\" rows=\"20\" readonly>\n{disk}</textarea><p><a href=\"{keep}\">Keep the version on disk and open it</a></p></section></div>",
        what = escape(file.what),
        token = token_field(studio.guard.token()),
        file = escape(file.rel),
        hash = escape(&files::hash(disk.as_bytes())),
        mine = escape(mine),
        disk = escape(disk),
        keep = escape(&file.keep),
    );
    let title = config(studio).map(|c| c.title.clone()).unwrap_or_default();
    Reply::page(409, layout(&title, "Changed on disk", &main))
}

/// The text a form was opened on (its hidden `opened` field, line ends as on disk now),
/// or the text on disk when the form carried none.
pub fn opened(form: &Form, disk: &str) -> String {
    match form.get("opened") {
        Some(text) if !text.is_empty() => files::line_ends(text, disk),
        _ => disk.to_string(),
    }
}

/// `POST /save-text`: the author chose their own version in a conflict. The register and
/// the rooms are checked as the build reads them before they are written; pages go to
/// the page editor.
pub fn save_text(studio: &Studio, form: &Form) -> Reply {
    let rel = form.get("file").unwrap_or("");
    let (what, keep) = match rel {
        REGISTER => ("The consent register", "/consent"),
        ROOMS => ("The rooms file", "/rooms"),
        _ => return editor::save_text(studio, form),
    };
    let file = Changed {
        rel,
        what,
        keep: keep.into(),
    };
    let path = match paths::inside(&studio.root, rel, &[], &[rel]) {
        Ok(path) => path,
        Err(why) => return Reply::text(403, &format!("Forbidden: {why}.")),
    };
    let disk = std::fs::read_to_string(&path).unwrap_or_default();
    let text = files::line_ends(form.get("text").unwrap_or(""), &disk);
    if let Err(why) = readable(studio, rel, &text) {
        return show(studio, &file, &text, &disk, Some(&why));
    }
    let hash = form.get("hash").unwrap_or("");
    let opened = if path.exists() { hash } else { "" };
    match files::save(&path, opened, &text) {
        Ok(Saved::Written) => {
            let done = format!("<p role=\"status\" class=\"ok\">Saved your version of {rel}.</p>");
            match rel {
                REGISTER => consent::register(studio, Some(done)),
                _ => rooms::list(studio, Some(done)),
            }
        }
        Ok(Saved::Conflict(now)) => show(studio, &file, &text, &now, None),
        Err(e) => show(
            studio,
            &file,
            &text,
            &disk,
            Some(&format!("could not write {rel}: {e}")),
        ),
    }
}

/// Whether `text` is a register or rooms file the build would read.
fn readable(studio: &Studio, rel: &str, text: &str) -> Result<(), String> {
    let doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{rel} is not valid TOML: {e}"))?;
    if rel == ROOMS {
        let config = config(studio).ok_or("the site's config.toml cannot be read: fix it first")?;
        let read = read_rooms(&doc.to_string(), &config).map_err(|e| e.to_string())?;
        if !read.errors.is_empty() {
            let found: Vec<String> = read.errors.iter().map(describe).collect();
            return Err(format!("{rel} would not build: {}", found.join("; ")));
        }
    }
    Ok(())
}
