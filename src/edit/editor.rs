//! The page editor: a page's front matter as fields from its kind, its Markdown body, the
//! page rendered by the real pipeline beside them with its check results (again as the
//! author types, through [`preview`]), and the save that writes only what changed and
//! never over a file changed on disk since it was opened ([`save`], then [`save_text`]
//! when the author chooses their version in a conflict).

use std::path::Path;

use toml_edit::DocumentMut;

use super::files::{self, Saved};
use super::front::{self, Field};
use super::html::{layout, problems, token_field};
use super::http::{Form, Reply};
use super::inputs::{Shown, control, from_file, from_form};
use super::which::{Which, config, which};
use super::{Studio, describe, paths};
use crate::content::{PageFile, front_matter};
use crate::error::Error;
use crate::markdown::Markdown;
use crate::web::char_refs::{Escape, escape};

/// The folders whose files the editor opens.
const CONTENT: &[&str] = &["content"];

/// A refusal page.
fn refused(studio: &Studio, why: &str) -> Reply {
    let main = format!(
        "<h1>This file cannot be edited</h1><p>{}</p><p><a href=\"/\">Back to the pages</a></p>",
        escape(why, Escape::AnyQuotes)
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
        let (rendered, checks) = render_preview(studio, self.rel, &text);
        let mut main = format!(
            "<h1>Edit “{}”</h1><p class=\"path\">{} · {} · {} · {}</p>",
            escape(&title, Escape::AnyQuotes),
            escape(self.rel, Escape::AnyQuotes),
            self.which.kind.name(),
            escape(&self.which.lang, Escape::AnyQuotes),
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
<h3>The page</h3><div id=\"preview\" class=\"rendered\">{rendered}</div>\
<h3>The last build</h3>{built}<p><a href=\"/site/\">Open the site as it last built</a></p></section></div>{versions}",
            token = token_field(studio.guard.token()),
            file = escape(self.rel, Escape::AnyQuotes),
            hash = escape(self.hash, Escape::AnyQuotes),
            front = escape(self.front_text, Escape::AnyQuotes),
            body = body_field(studio, self.body),
            standard = standard_text(studio, self.rel, self.which),
            checks = problems(&checks),
            built = problems(&studio.problems_in(self.rel)),
            versions = versions(studio, self.rel, self.which),
        ));
        layout(&site_title(studio), &format!("Edit {title}"), &main)
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
                escape(&link, Escape::AnyQuotes),
                escape(&file.front.title, Escape::AnyQuotes),
                escape(&link, Escape::AnyQuotes)
            ));
        }
    }
    // A text area drops one leading newline, so one is added for the body's own.
    format!(
        "<div class=\"field body\"><label for=\"f-body\">Text (Markdown)</label>\
<p class=\"hint\" id=\"f-body-hint\">## starts a heading (a slide in a lesson), - starts a list item, [words](@/path.md) links to another page.</p>\
<div class=\"toolbar\" role=\"toolbar\" aria-label=\"Formatting\" aria-controls=\"f-body\" hidden>\
<button type=\"button\" data-insert=\"heading\">Heading</button><button type=\"button\" data-insert=\"list\">List item</button>\
<button type=\"button\" data-insert=\"image\">Image</button></div>\
<textarea id=\"f-body\" name=\"body\" rows=\"18\" aria-describedby=\"f-body-hint\">\n{}</textarea>\
<div class=\"picker\"><label for=\"f-link\">Link to another page</label><select id=\"f-link\">{options}</select>\
<button type=\"button\" id=\"f-link-insert\" hidden>Insert the link</button></div></div>",
        escape(body, Escape::AnyQuotes)
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
            escape(&which.main_file, Escape::AnyQuotes),
            escape(&text, Escape::AnyQuotes)
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
                    escape(&link, Escape::AnyQuotes),
                    escape(&lang.name, Escape::AnyQuotes)
                ));
            } else if variant == "standard" {
                langs.push_str(&format!(
                    "<option value=\"{}\">{}</option>",
                    escape(&lang.code, Escape::AnyQuotes),
                    escape(&lang.name, Escape::AnyQuotes)
                ));
            }
        }
    }
    let token = token_field(studio.guard.token());
    let main = escape(&which.main_file, Escape::AnyQuotes);
    format!(
        "<section aria-labelledby=\"versions-title\"><h2 id=\"versions-title\">Versions of this page</h2><ul>{list}</ul>\
<form method=\"post\" action=\"/new\" class=\"inline\">{token}<input type=\"hidden\" name=\"what\" value=\"version\">\
<input type=\"hidden\" name=\"file\" value=\"{main}\"><label for=\"v-lang\">New translation into</label>\
<select id=\"v-lang\" name=\"lang\">{langs}</select><button type=\"submit\">Make the translation</button></form>\
<form method=\"post\" action=\"/new\" class=\"inline\">{token}<input type=\"hidden\" name=\"what\" value=\"version\">\
<input type=\"hidden\" name=\"file\" value=\"{main}\"><input type=\"hidden\" name=\"lang\" value=\"{easy}\">\
<input type=\"hidden\" name=\"easy\" value=\"true\"><button type=\"submit\">Make the easy-read version</button></form>\
<p><a href=\"/image?file={link}\">Add an image to this page, with its consent details</a></p></section>",
        link = escape(
            &form_urlencoded::byte_serialize(rel.as_bytes()).collect::<String>(),
            Escape::AnyQuotes
        ),
        easy = escape(&config.default_language().code, Escape::AnyQuotes),
    )
}

/// The body rendered by the real Markdown stage, and the problems the front matter and
/// body checks find in `text`, the whole file as it would be written.
pub fn render_preview(studio: &Studio, rel: &str, text: &str) -> (String, Vec<(bool, String)>) {
    let built = studio.built();
    let Some(session) = &built.session else {
        return (
            String::new(),
            vec![(true, "the site has not built yet, so nothing can be previewed".into())],
        );
    };
    let site = session.site();
    let source = Path::new(rel);
    let as_problems = |e: Error| match e {
        Error::User(list) => list.iter().map(|d| (d.is_error(), describe(d))).collect(),
        Error::Internal(m) => vec![(true, m)],
    };
    let split = match front_matter::split(source, text) {
        Ok(split) => split,
        Err(e) => return (String::new(), as_problems(e)),
    };
    let front = match front_matter::parse(source, split.front) {
        Ok(front) => front,
        Err(e) => return (String::new(), as_problems(e)),
    };
    let Some(which) = which(&site.config, rel) else {
        return (String::new(), vec![(true, format!("`{rel}` is not a page file"))]);
    };
    let file = PageFile {
        source: source.to_path_buf(),
        lang: which.lang,
        variant: which.variant,
        front,
        front_text: split.front.to_string(),
        body: split.body.to_string(),
        body_line: split.body_line,
    };
    match Markdown::new(&site.config, &site.glossary).render(&file, &site.library, false) {
        Ok(body) => (body.html, Vec::new()),
        Err(e) => (String::new(), as_problems(e)),
    }
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
    let (html, found) = match text_from_form(&mut front, &fields, form, "") {
        Ok(text) => render_preview(studio, rel, &text),
        Err(list) => (String::new(), list.into_iter().map(|p| (true, p)).collect()),
    };
    Reply::json(&serde_json::json!({ "html": html, "checks": problems(&found) }))
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

/// `POST /save-text`: the author chose their own version in a conflict.
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
    let problem = problem
        .map(|p| format!("<p role=\"alert\" class=\"error\">{}</p>", escape(p, Escape::AnyQuotes)))
        .unwrap_or_default();
    let main = format!(
        "<h1>This page changed on disk while you were editing it</h1>{problem}\
<p>{file} was saved by someone or something else after you opened it. Nothing has been written: both versions are below. Save yours over the one on disk, or keep the one on disk (you can copy parts of yours first).</p>\
<div class=\"split\"><form method=\"post\" action=\"/save-text\">{token}<input type=\"hidden\" name=\"file\" value=\"{file}\">\
<input type=\"hidden\" name=\"hash\" value=\"{hash}\"><h2>Your version</h2><label for=\"mine\">Your version of the file</label>\
<textarea id=\"mine\" name=\"text\" rows=\"20\">\n{mine}</textarea><p><button type=\"submit\" class=\"primary\">Save your version over the one on disk</button></p></form>\
<section aria-labelledby=\"disk-title\"><h2 id=\"disk-title\">The version on disk now</h2><label for=\"disk\">The file on disk now</label>\
<textarea id=\"disk\" rows=\"20\" readonly>\n{disk}</textarea><p><a href=\"/page?file={link}\">Keep the version on disk and open it</a></p></section></div>",
        token = token_field(studio.guard.token()),
        file = escape(rel, Escape::AnyQuotes),
        hash = escape(&files::hash(disk.as_bytes()), Escape::AnyQuotes),
        mine = escape(mine, Escape::AnyQuotes),
        disk = escape(disk, Escape::AnyQuotes),
        link = escape(&link, Escape::AnyQuotes),
    );
    Reply::page(409, layout(&site_title(studio), "Changed on disk", &main))
}
