//! New pages and versions: a lesson in a band, a band's poster rules, a policy, a plain
//! page, or a translation or easy-read version of a page (made from the standard text, to
//! translate or simplify beside it). A new file is never written over one that exists.

use super::files::{self, Saved};
use super::html::{layout, token_field};
use super::http::{Form, Reply};
use super::which::{config, which};
use super::{Studio, paths};
use crate::content::slugify;
use crate::kinds::vocabulary::Band;
use crate::web::char_refs::{Escape, escape};

/// A TOML string, quoted and escaped.
fn quoted(text: &str) -> String {
    toml_edit::Value::from(text.trim()).to_string().trim().to_string()
}

fn band_options() -> String {
    Band::ALL
        .iter()
        .map(|b| {
            let (from, to) = b.ages();
            format!("<option value=\"{0}\">{0} (ages {from} to {to})</option>", b.code())
        })
        .collect()
}

/// The New page screen.
pub fn form(studio: &Studio, _file: Option<&str>) -> Reply {
    let token = token_field(studio.guard.token());
    let bands = band_options();
    let kinds = [
        ("lesson", "A lesson", true, true),
        ("rules", "A band's poster rules (content/aup/)", true, false),
        ("policy", "A policy", false, true),
        ("page", "A plain page", false, true),
    ];
    let mut main = String::from("<h1>New page</h1><p>The new file opens in the editor straight away.</p>");
    for (what, heading, band, title) in kinds {
        let band_field = match band {
            true => format!(
                "<div class=\"field\"><label for=\"{what}-band\">Age band</label><select id=\"{what}-band\" name=\"band\">{bands}</select></div>"
            ),
            false => String::new(),
        };
        let title_field = match title {
            true => format!(
                "<div class=\"field\"><label for=\"{what}-title\">Title</label><input id=\"{what}-title\" name=\"title\" required></div>"
            ),
            false => String::new(),
        };
        main.push_str(&format!(
            "<section aria-labelledby=\"{what}-h\"><h2 id=\"{what}-h\">{heading}</h2><form method=\"post\" action=\"/new\">{token}\
<input type=\"hidden\" name=\"what\" value=\"{what}\">{band_field}{title_field}<p><button type=\"submit\">Make it</button></p></form></section>"
        ));
    }
    let title = config(studio).map(|c| c.title.clone()).unwrap_or_default();
    Reply::page(200, layout(&title, "New page", &main))
}

/// The file and text of a new page the form asks for.
fn planned(studio: &Studio, form: &Form) -> Result<(String, String), String> {
    let what = form.get("what").unwrap_or("");
    let title = form.get("title").unwrap_or("").trim();
    let band = form.get("band").and_then(Band::from_code);
    let needs_title = || match title.is_empty() {
        true => Err("give the new page a title".to_string()),
        false => Ok(slugify(title)),
    };
    let body = "\nWrite the page here.\n";
    match (what, band) {
        ("lesson", Some(band)) => Ok((
            format!("content/lessons/{}/{}.md", band.code(), needs_title()?),
            format!(
                "+++\ntitle = {}\n\n[extra]\nband = \"{}\"\ntopics = []\nobjectives = []\n+++\n\n## Start here\n\nWrite the lesson here: each heading starts a slide.\n",
                quoted(title),
                band.code()
            ),
        )),
        ("rules", Some(band)) => Ok((
            format!("content/aup/{}.md", band.code()),
            format!("+++\ntitle = \"Our rules\"\n\n[extra]\nrules = []\n+++\n{body}"),
        )),
        ("policy", _) => Ok((
            format!("content/policy/{}.md", needs_title()?),
            format!("+++\ntitle = {}\n\n[extra]\n+++\n{body}", quoted(title)),
        )),
        ("page", _) => Ok((
            format!("content/{}.md", needs_title()?),
            format!("+++\ntitle = {}\n+++\n{body}", quoted(title)),
        )),
        ("version", _) => version(studio, form),
        _ => Err("choose what to make".into()),
    }
}

/// A translation (or easy-read version) of a page's standard default-language file.
fn version(studio: &Studio, form: &Form) -> Result<(String, String), String> {
    let main = form.get("file").unwrap_or("");
    let config = config(studio).ok_or("the site's config.toml cannot be read")?;
    let found = which(&config, main)
        .filter(|w| w.main)
        .ok_or("translate the page's standard file")?;
    let lang = form.get("lang").unwrap_or("");
    let language = config
        .language(lang)
        .ok_or_else(|| format!("`{lang}` is not one of the site's languages"))?;
    let easy = form.get("easy").is_some();
    let is_default = language.code == config.default_language().code;
    if is_default && !easy {
        return Err("the standard file is already in the default language".into());
    }
    let base = found.main_file.trim_end_matches(".md");
    let mut file = base.to_string();
    if easy {
        file.push_str(".easy");
    }
    if !is_default {
        file.push('.');
        file.push_str(&language.code);
    }
    file.push_str(".md");
    let path = paths::inside(&studio.root, main, &["content"], &[])?;
    let opened = files::open(&path, main)?;
    let title = opened.front.get("title").and_then(|t| t.as_str()).unwrap_or("");
    let text = format!("+++\ntitle = {}\n+++\n{}", quoted(title), opened.body);
    Ok((file, text))
}

/// `POST /new`: writes the new file (never over one) and opens it.
pub fn create(studio: &Studio, form: &Form) -> Reply {
    let result = planned(studio, form).and_then(|(rel, text)| {
        let path = paths::inside(&studio.root, &rel, &["content"], &[])?;
        match files::save(&path, "", &text) {
            Ok(Saved::Written) => Ok(rel),
            Ok(Saved::Conflict(_)) => Err(format!("`{rel}` already exists: open it from the Pages screen")),
            Err(e) => Err(format!("could not write `{rel}`: {e}")),
        }
    });
    match result {
        Ok(rel) => Reply::see_other(&format!(
            "/page?file={}",
            form_urlencoded::byte_serialize(rel.as_bytes()).collect::<String>()
        )),
        Err(why) => {
            let main = format!(
                "<h1>Nothing was made</h1><p role=\"alert\">{}</p><p><a href=\"/new\">Back to New page</a></p>",
                escape(&why, Escape::AnyQuotes)
            );
            Reply::page(422, layout("", "Nothing was made", &main))
        }
    }
}
