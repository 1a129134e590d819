//! The Publish screen: runs `haven build` (and, if asked, packs the zip) on the site as it
//! is on disk, and says what happened in plain words.

use super::html::{layout, problems, token_field};
use super::http::{Form, Reply};
use super::which::config;
use super::{Studio, describe};
use crate::error::Error;
use crate::options::{BuildOptions, Command};
use crate::site;
use crate::web::char_refs::{Escape, escape};

/// The Publish screen, with the result of the last run when there is one.
pub fn form(studio: &Studio, result: Option<String>) -> Reply {
    let title = config(studio).map(|c| c.title.clone()).unwrap_or_default();
    let main = format!(
        "<h1>Publish</h1>{result}<p>Publishing builds the whole site into <code>public/</code>, checking every page, link and photo first. If anything is wrong, nothing is published and the problems are listed here.</p>\
<form method=\"post\" action=\"/publish\">{token}<div class=\"field check\"><input type=\"checkbox\" id=\"zip\" name=\"zip\" value=\"true\">\
<label for=\"zip\">Also make <code>site.zip</code>, a copy that opens from a USB stick</label></div>\
<p><button type=\"submit\" class=\"primary\">Publish the site</button></p></form>",
        result = result.unwrap_or_default(),
        token = token_field(studio.guard.token()),
    );
    Reply::page(200, layout(&title, "Publish", &main))
}

/// `POST /publish`: builds the site and shows the result.
pub fn run(studio: &Studio, asked: &Form) -> Reply {
    let zip_file = asked.get("zip").is_some().then(|| studio.root.join("site.zip"));
    let command = Command::Build {
        output: studio.root.join("public"),
        strict: false,
        portable: zip_file.is_some(),
        zip: zip_file.clone(),
    };
    let opts = BuildOptions::new(&studio.root, studio.opts.date, command);
    let result = match site::build(&opts) {
        Ok(report) => {
            // The studio goes on: the build's memory is freed beside it.
            report.leftovers.free_later();
            let zip = match (report.zip_bytes, &zip_file) {
                (Some(bytes), Some(_)) => format!(" and packed it into site.zip ({} KB)", bytes.div_ceil(1024)),
                _ => String::new(),
            };
            let warnings: Vec<(bool, String)> = report.warnings.iter().map(|d| (false, describe(d))).collect();
            format!(
                "<div role=\"status\"><p class=\"ok\">Published {} pages into public/{zip}.</p>{}</div>",
                report.pages,
                if warnings.is_empty() {
                    String::new()
                } else {
                    problems(&warnings)
                }
            )
        }
        Err(Error::User(list)) => {
            let found: Vec<(bool, String)> = list.iter().map(|d| (d.is_error(), where_(d))).collect();
            format!(
                "<div role=\"alert\"><p class=\"error\">Nothing was published: the site has problems to fix first.</p>{}</div>",
                problems(&found)
            )
        }
        Err(Error::Internal(m)) => format!(
            "<p role=\"alert\" class=\"error\">haven could not publish: {}</p>",
            escape(&m, Escape::AnyQuotes)
        ),
    };
    form(studio, Some(result))
}

/// A problem with its file named first.
fn where_(d: &crate::error::Diagnostic) -> String {
    let file = d
        .location
        .as_ref()
        .map(|l| format!("{}: ", l.file.display()))
        .unwrap_or_default();
    format!("{file}{}", describe(d))
}
