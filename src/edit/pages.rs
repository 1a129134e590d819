//! The Pages screen: every section and page of the site, each file a row with its kind,
//! band, language and version, and the errors and warnings the last build found in it.

use super::html::{layout, problems};
use super::http::Reply;
use super::{Studio, describe};
use crate::content::{Page, PageFile, Section, Variant};
use crate::kinds::Kind;
use crate::web::char_refs::{Escape, escape};

/// One row: a content file.
struct Row<'a> {
    file: &'a PageFile,
    kind: Kind,
}

fn band_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Band(b) | Kind::Lesson(b) | Kind::Rules(b) => b.code(),
        _ => "",
    }
}

fn row_html(studio: &Studio, row: &Row, default_lang: &str) -> String {
    let rel = row.file.source.to_string_lossy().replace('\\', "/");
    let found = studio.problems_in(&rel);
    let errors = found.iter().filter(|(e, _)| *e).count();
    let warnings = found.len() - errors;
    let status = match (errors, warnings) {
        (0, 0) => "<span class=\"ok\">none</span>".to_string(),
        _ => format!(
            "<span class=\"{}\">{errors} error{}, {warnings} warning{}</span>",
            if errors > 0 { "error" } else { "warning" },
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" }
        ),
    };
    let version = match row.file.variant {
        Variant::Standard => "standard",
        Variant::Easy => "easy-read",
    };
    let lang = match row.file.lang == default_lang {
        true => format!("{} (default)", row.file.lang),
        false => row.file.lang.clone(),
    };
    format!(
        "<tr><th scope=\"row\"><a href=\"/page?file={link}\" lang=\"{code}\" dir=\"auto\">{title}</a><br><span class=\"path\">{path}</span></th>\
<td>{kind}</td><td>{band}</td><td>{lang}</td><td>{version}</td><td>{status}</td></tr>",
        link = escape(
            &form_urlencoded::byte_serialize(rel.as_bytes()).collect::<String>(),
            Escape::AnyQuotes
        ),
        title = escape(&row.file.front.title, Escape::AnyQuotes),
        path = escape(&rel, Escape::AnyQuotes),
        kind = row.kind.name(),
        band = band_of(row.kind),
        lang = escape(&lang, Escape::AnyQuotes),
        code = escape(&row.file.lang, Escape::AnyQuotes),
    )
}

fn table(studio: &Studio, caption: &str, rows: &[Row], default_lang: &str) -> String {
    let body: String = rows.iter().map(|r| row_html(studio, r, default_lang)).collect();
    format!(
        "<div class=\"scroll\" role=\"region\" aria-label=\"{caption}\" tabindex=\"0\"><table><caption>{caption}</caption>\
<thead><tr><th scope=\"col\">Page and file</th><th scope=\"col\">Kind</th><th scope=\"col\">Band</th>\
<th scope=\"col\">Language</th><th scope=\"col\">Version</th><th scope=\"col\">Problems</th></tr></thead>\
<tbody>{body}</tbody></table></div>",
        caption = escape(caption, Escape::AnyQuotes)
    )
}

fn section_rows<'a>(section: &'a Section, pages: impl Iterator<Item = &'a Page>) -> Vec<Row<'a>> {
    let own = section.versions.iter().map(|file| Row {
        file,
        kind: section.kind,
    });
    let theirs = pages.flat_map(|p| p.versions.iter().map(move |file| Row { file, kind: p.kind }));
    own.chain(theirs).collect()
}

/// The site's problems that belong to no content file (config, data, images, output).
fn other_problems(studio: &Studio) -> Vec<(bool, String)> {
    studio
        .built()
        .problems
        .iter()
        .filter(|d| {
            !d.location
                .as_ref()
                .is_some_and(|l| l.file.starts_with("content") && l.file.extension().is_some_and(|e| e == "md"))
        })
        .map(|d| {
            let file = d
                .location
                .as_ref()
                .map(|l| format!("{}: ", l.file.display()))
                .unwrap_or_default();
            (d.is_error(), format!("{file}{}", describe(d)))
        })
        .collect()
}

/// The Pages screen.
pub fn list(studio: &Studio) -> Reply {
    let built = studio.built();
    let mut main = String::from("<h1>Pages</h1>");
    let Some(session) = &built.session else {
        main.push_str(
            "<p>The site has not built yet. Fix these problems (in the files named) and this page shows the site:</p>",
        );
        main.push_str(&problems(&other_problems(studio)));
        return Reply::page(200, layout("", "Pages", &main));
    };
    let site = session.site();
    let default_lang = site.config.default_language().code.clone();
    let failed = built.problems.iter().any(|d| d.is_error());
    let summary = match failed {
        true => {
            "<p class=\"error\">The last change did not build: the studio shows the site as it last built. The problems are listed beside their files and below.</p>"
        }
        false => "<p>The site builds. Choose a page to edit it, or make a <a href=\"/new\">new page</a>.</p>",
    };
    main.push_str(summary);
    main.push_str("<h2>Problems outside the pages</h2>");
    main.push_str(&problems(&other_problems(studio)));
    for section in site.library.sections.values() {
        let rows = section_rows(section, site.library.section_pages(section));
        if rows.is_empty() {
            continue;
        }
        let title = section.title(&default_lang);
        let caption = match section.key.is_empty() {
            true => format!("{title} (the home page)"),
            false => format!("{title} (content/{})", section.key),
        };
        main.push_str(&table(studio, &caption, &rows, &default_lang));
    }
    Reply::page(200, layout(&site.config.title, "Pages", &main))
}
