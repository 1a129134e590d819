//! The page editor: a page's front matter as fields from its kind, its Markdown body, the
//! page rendered by the real pipeline beside them with its check results (again as the
//! author types, through [`preview`]), and the save that writes only what changed and
//! never over a file changed on disk since it was opened ([`save`], then [`save_text`]
//! when the author chooses their version in a conflict).

use std::path::Path;

use toml_edit::DocumentMut;

use super::conflict::{self, Changed};
use super::files::{self, Saved};
use super::front::{self, Field};
use super::html::{escape, layout, problems, token_field};
use super::http::{Form, Reply};
use super::inputs::{Shown, control, from_file, from_form};
use super::which::{Which, config, which};
use super::{Studio, live, paths};

/// The folders whose files the editor opens.
const CONTENT: &[&str] = &["content"];

/// A refusal page.
fn refused(studio: &Studio, why: &str) -> Reply {
    let main = format!(
        "<h1>This file cannot be edited</h1><p>{}</p><p><a href=\"/\">Back to the pages</a></p>",
        escape(why)
    );
    Reply::page(403, layout(&site_title(studio), "Refused", &main))
}

fn site_title(studio: &Studio) -> String {
    config(studio).map(|c| c.title.clone()).unwrap_or_default()
}

/// The page file `rel` and what it is, when the editor may open it.
fn locate(studio: &Studio, rel: &str) -> Result<(std::path::PathBuf, Which), String> {
    let path = paths::inside(&studio.root, rel, CONTENT, &[])?;
    let config = config(studio).ok_or("the site's config.toml cannot be read: fix it first")?;
    let which = which(&config, rel).ok_or_else(|| format!("`{rel}` is not a page file (STEM[.easy][.LANG].md)"))?;
    Ok((path, which))
}

/// The editor again with the page as the author left it (the editor's form `draft`), its
/// body now `body` and `note` above it: after an image was added at the cursor.
pub fn reopen(studio: &Studio, draft: &Form, body: &str, note: &str) -> Reply {
    let rel = draft.get("file").unwrap_or("");
    let (_, which) = match locate(studio, rel) {
        Ok(found) => found,
        Err(why) => return refused(studio, &why),
    };
    let fields = front::fields(which.kind, which.main);
    let shown: Vec<Shown> = fields.iter().map(|f| from_form(draft, f)).collect();
    let page = Editing {
        rel,
        which: &which,
        hash: draft.get("hash").unwrap_or(""),
        front_text: draft.get("opened").unwrap_or(""),
        fields: &fields,
        shown: &shown,
        body,
    };
    let html = page.html(studio, &[]);
    Reply::page(
        200,
        html.replacen("<div class=\"split\">", &format!("{note}<div class=\"split\">"), 1),
    )
}

/// Opens `rel` in the editor.
pub fn open(studio: &Studio, rel: &str, saved: bool) -> Reply {
    let (path, which) = match locate(studio, rel) {
        Ok(found) => found,
        Err(why) => return refused(studio, &why),
    };
    match files::open(&path, rel) {
        Ok(opened) => {
            let fields = front::fields(which.kind, which.main);
            let shown: Vec<Shown> = fields.iter().map(|f| from_file(&opened.front, f)).collect();
            let page = Editing {
                rel,
                which: &which,
                hash: &opened.hash,
                front_text: &opened.front.to_string(),
                fields: &fields,
                shown: &shown,
                body: &opened.body,
            };
            let note = match saved {
                true => {
                    "<p role=\"status\" class=\"ok\">Saved. The site is building again with it; the checks below are from the last build.</p>"
                }
                false => "",
            };
            Reply::page(
                200,
                page.html(studio, &[])
                    .replacen("<div class=\"split\">", &format!("{note}<div class=\"split\">"), 1),
            )
        }
        Err(why) => refused(studio, &why),
    }
}

/// A page being edited, to show.
struct Editing<'a> {
    rel: &'a str,
    which: &'a Which,
    hash: &'a str,
    front_text: &'a str,
    fields: &'a [Field],
    shown: &'a [Shown],
    body: &'a str,
}

impl Editing<'_> {
    fn html(&self, studio: &Studio, messages: &[(bool, String)]) -> String {
        let title = match self.shown.first() {
            Some(Shown::Text(t)) if !t.trim().is_empty() => t.clone(),
            _ => self.rel.to_string(),
        };
        let controls: String = self.fields.iter().zip(self.shown).map(|(f, s)| control(f, s)).collect();
        let text = format!("+++\n{}+++\n{}", self.front_text, self.body);
        let draft = live::render(studio, self.rel, &text);
        let mut main = format!(
            "<h1>Edit “{}”</h1><p class=\"path\">{} · {} · {} · {}</p>",
            escape(&title),
            escape(self.rel),
            self.which.kind.name(),
            escape(&self.which.lang),
            self.which.variant.as_str()
        );
        if !messages.is_empty() {
            main.push_str(&format!("<div role=\"alert\">{}</div>", problems(messages)));
        }
        main.push_str(&format!(
            "<div class=\"split\"><form id=\"page-form\" class=\"editor\" method=\"post\" action=\"/save\">{token}\
<input type=\"hidden\" name=\"file\" value=\"{file}\"><input type=\"hidden\" name=\"hash\" value=\"{hash}\">\
<input type=\"hidden\" name=\"opened\" value=\"{front}\">\
<fieldset><legend>About this page</legend>{controls}</fieldset>{body}\
<p><button type=\"submit\" class=\"primary\">Save</button></p></form>\
<section class=\"preview\" aria-labelledby=\"preview-title\"><h2 id=\"preview-title\">Preview</h2>{standard}\
<h3>Checks</h3><div id=\"preview-checks\" aria-live=\"polite\">{checks}</div>\
<h3>The page</h3>{frame}\
<h3>The last build</h3>{built}<p><a href=\"{site}\">Open the site as it last built</a></p></section></div>{versions}",
            token = token_field(studio.guard.token()),
            file = escape(self.rel),
            hash = escape(self.hash),
            front = escape(self.front_text),
            body = body_field(studio, self.body),
            standard = standard_text(studio, self.rel, self.which),
            checks = problems(&draft.checks),
            frame = frame(studio, draft.path.as_deref()),
            built = problems(&studio.problems_in(self.rel)),
            versions = versions(studio, self.rel, self.which),
            site = escape(&studio.site_url("/")),
        ));
        layout(&site_title(studio), &format!("Edit {title}"), &main)
    }
}

/// The address of the live preview of the page at `path`, new each time so the frame
/// loads it again.
fn preview_url(studio: &Studio, path: &str) -> String {
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    studio.site_url(&format!("{path}?{}={n}", super::origin::PREVIEW))
}

/// The frame that shows the page's live preview from the site's origin (whose scripts
/// cannot reach the studio), or why there is none.
fn frame(studio: &Studio, path: Option<&str>) -> String {
    match path {
        Some(path) => format!(
            "<iframe id=\"preview\" class=\"page-frame\" title=\"Preview of this page\" src=\"{}\"></iframe>",
            escape(&preview_url(studio, path))
        ),
        None => "<iframe id=\"preview\" class=\"page-frame\" title=\"Preview of this page\" hidden></iframe>".into(),
    }
}

/// The body's text area, its toolbar (shown by the script) and the page picker.
fn body_field(studio: &Studio, body: &str) -> String {
    let mut options = String::from("<option value=\"\">Choose a page</option>");
    if let Some(session) = &studio.built().session {
        let site = session.site();
        let default = &site.config.default_language().code;
        for page in site.library.pages.values() {
            let file = page.main_file(default);
            let link = file.source.to_string_lossy().replace('\\', "/");
            let link = format!("@/{}", link.strip_prefix("content/").unwrap_or(&link));
            options.push_str(&format!(
                "<option value=\"{}\">{} ({})</option>",
                escape(&link),
                escape(&file.front.title),
                escape(&link)
            ));
        }
    }
    // A text area drops one leading newline, so one is added for the body's own.
    format!(
        "<div class=\"field body\"><label for=\"f-body\">Text (Markdown)</label>\
<p class=\"hint\" id=\"f-body-hint\">## starts a heading (a slide in a lesson), - starts a list item, [words](@/path.md) links to another page.</p>\
<div class=\"toolbar\" role=\"toolbar\" aria-label=\"Formatting\" aria-controls=\"f-body\" hidden>\
<button type=\"button\" data-insert=\"heading\">Heading</button><button type=\"button\" data-insert=\"list\">List item</button>\
</div>\
<textarea id=\"f-body\" name=\"body\" rows=\"18\" aria-describedby=\"f-body-hint\">\n{}</textarea>\
<input type=\"hidden\" name=\"at\" id=\"f-at\" value=\"\"><p><button type=\"submit\" formaction=\"/image/start\" formnovalidate>Add an image at the cursor</button></p>\
<div class=\"picker\"><label for=\"f-link\">Link to another page</label><select id=\"f-link\">{options}</select>\
<button type=\"button\" id=\"f-link-insert\" hidden>Insert the link</button></div></div>",
        escape(body)
    )
}

/// For a translation or easy-read file, the standard text it follows, shown beside it.
fn standard_text(studio: &Studio, rel: &str, which: &Which) -> String {
    if which.main || which.main_file == rel {
        return String::new();
    }
    let Ok(path) = paths::inside(&studio.root, &which.main_file, CONTENT, &[]) else {
        return String::new();
    };
    match std::fs::read_to_string(path) {
        Ok(text) => format!(
            "<details open class=\"standard\"><summary>The standard text ({})</summary><pre lang=\"und\">{}</pre></details>",
            escape(&which.main_file),
            escape(&text)
        ),
        Err(_) => String::new(),
    }
}

/// The page's other versions, and the forms that make a new one.
fn versions(studio: &Studio, rel: &str, which: &Which) -> String {
    let Some(config) = config(studio) else {
        return String::new();
    };
    let base = which.main_file.trim_end_matches(".md");
    let mut list = String::new();
    let mut langs = String::new();
    for lang in &config.languages {
        for (variant, suffix) in [("standard", ""), ("easy-read", ".easy")] {
            let lang_part = if lang.code == config.default_language().code {
                String::new()
            } else {
                format!(".{}", lang.code)
            };
            let file = format!("{base}{suffix}{lang_part}.md");
            if studio.root.join(&file).is_file() {
                let link = form_urlencoded::byte_serialize(file.as_bytes()).collect::<String>();
                let here = if file == rel { " aria-current=\"page\"" } else { "" };
                list.push_str(&format!(
                    "<li><a href=\"/page?file={}\"{here}>{} · {variant}</a></li>",
                    escape(&link),
                    escape(&lang.name)
                ));
            } else if variant == "standard" {
                langs.push_str(&format!(
                    "<option value=\"{}\">{}</option>",
                    escape(&lang.code),
                    escape(&lang.name)
                ));
            }
        }
    }
    let token = token_field(studio.guard.token());
    let main = escape(&which.main_file);
    format!(
        "<section aria-labelledby=\"versions-title\"><h2 id=\"versions-title\">Versions of this page</h2><ul>{list}</ul>\
<form method=\"post\" action=\"/new\" class=\"inline\">{token}<input type=\"hidden\" name=\"what\" value=\"version\">\
<input type=\"hidden\" name=\"file\" value=\"{main}\"><label for=\"v-lang\">New translation into</label>\
<select id=\"v-lang\" name=\"lang\">{langs}</select><button type=\"submit\">Make the translation</button></form>\
<form method=\"post\" action=\"/new\" class=\"inline\">{token}<input type=\"hidden\" name=\"what\" value=\"version\">\
<input type=\"hidden\" name=\"file\" value=\"{main}\"><input type=\"hidden\" name=\"lang\" value=\"{easy}\">\
<input type=\"hidden\" name=\"easy\" value=\"true\"><button type=\"submit\">Make the easy-read version</button></form></section>",
        easy = escape(&config.default_language().code),
    )
}

/// The text the form asks to write: its fields put into the front matter `front`.
fn text_from_form(front: &mut DocumentMut, fields: &[Field], form: &Form, like: &str) -> Result<String, Vec<String>> {
    front::apply(front, fields, form)?;
    let body = files::line_ends(form.get("body").unwrap_or(""), like);
    Ok(files::compose(front, &body))
}

/// `POST /preview`: the page as the form has it now, rendered, with its problems.
pub fn preview(studio: &Studio, form: &Form) -> Reply {
    let rel = form.get("file").unwrap_or("");
    let Ok((_, which)) = locate(studio, rel) else {
        return Reply::text(403, "Forbidden.");
    };
    let fields = front::fields(which.kind, which.main);
    let mut front: DocumentMut = form.get("opened").unwrap_or("").parse().unwrap_or_default();
    let (url, found) = match text_from_form(&mut front, &fields, form, "") {
        Ok(text) => {
            let draft = live::render(studio, rel, &text);
            (draft.path.map(|p| preview_url(studio, &p)), draft.checks)
        }
        Err(list) => (None, list.into_iter().map(|p| (true, p)).collect()),
    };
    Reply::json(&serde_json::json!({ "url": url, "checks": problems(&found) }))
}

/// `POST /save`: writes the form's fields and body into the file, when it has not
/// changed since it was opened; else shows both versions.
pub fn save(studio: &Studio, form: &Form) -> Reply {
    let rel = form.get("file").unwrap_or("");
    let (path, which) = match locate(studio, rel) {
        Ok(found) => found,
        Err(why) => return refused(studio, &why),
    };
    let fields = front::fields(which.kind, which.main);
    let opened_hash = form.get("hash").unwrap_or("");
    let opened: DocumentMut = form.get("opened").unwrap_or("").parse().unwrap_or_default();
    let disk = files::open(&path, rel).ok();
    let unchanged = disk.as_ref().is_some_and(|d| d.hash == opened_hash);
    let (mut front, like) = match (&disk, unchanged) {
        (Some(d), true) => (d.front.clone(), d.text.clone()),
        _ => (opened.clone(), String::new()),
    };
    let text = match text_from_form(&mut front, &fields, form, &like) {
        Ok(text) => text,
        Err(list) => {
            let shown: Vec<Shown> = fields.iter().map(|f| from_form(form, f)).collect();
            let page = Editing {
                rel,
                which: &which,
                hash: opened_hash,
                front_text: form.get("opened").unwrap_or(""),
                fields: &fields,
                shown: &shown,
                body: &files::line_ends(form.get("body").unwrap_or(""), ""),
            };
            let messages: Vec<(bool, String)> = list.into_iter().map(|p| (true, p)).collect();
            return Reply::page(422, page.html(studio, &messages));
        }
    };
    if !unchanged {
        return conflict(studio, rel, &text, &std::fs::read_to_string(&path).unwrap_or_default());
    }
    write(studio, rel, &path, opened_hash, &text)
}

/// Writes `text` when the file's hash is still `hash`, then goes back to the editor.
fn write(studio: &Studio, rel: &str, path: &Path, hash: &str, text: &str) -> Reply {
    match files::save(path, hash, text) {
        Ok(Saved::Written) => {
            let link = form_urlencoded::byte_serialize(rel.as_bytes()).collect::<String>();
            Reply::see_other(&format!("/page?file={link}&saved=1"))
        }
        Ok(Saved::Conflict(disk)) => conflict(studio, rel, text, &disk),
        Err(e) => refused(studio, &format!("could not write `{rel}`: {e}")),
    }
}

/// `POST /save-text` for a page: the author chose their own version in a conflict.
pub fn save_text(studio: &Studio, form: &Form) -> Reply {
    let rel = form.get("file").unwrap_or("");
    let (path, _) = match locate(studio, rel) {
        Ok(found) => found,
        Err(why) => return refused(studio, &why),
    };
    let text = files::line_ends(form.get("text").unwrap_or(""), "");
    if let Err(why) = files::split(rel, &text) {
        return conflict_with(
            studio,
            rel,
            &text,
            &std::fs::read_to_string(&path).unwrap_or_default(),
            Some(&why),
        );
    }
    write(studio, rel, &path, form.get("hash").unwrap_or(""), &text)
}

fn conflict(studio: &Studio, rel: &str, mine: &str, disk: &str) -> Reply {
    conflict_with(studio, rel, mine, disk, None)
}

/// Both versions, side by side; the author's can be saved over the one on disk now.
fn conflict_with(studio: &Studio, rel: &str, mine: &str, disk: &str, problem: Option<&str>) -> Reply {
    let link = form_urlencoded::byte_serialize(rel.as_bytes()).collect::<String>();
    let page = Changed {
        rel,
        what: "This page",
        keep: format!("/page?file={link}"),
    };
    conflict::show(studio, &page, mine, disk, problem)
}
