//! Render templates: Tera 2 set up once per build with the theme's and site's templates,
//! the translation and URL functions, and errors that name the template, its line and
//! the content file being rendered.

pub mod context;
mod curriculum;
pub mod dated_views;
mod eal;
pub mod env;
mod functions;
pub mod kind_view;
mod kinds;
mod loading;
mod switcher;
pub mod views;

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use tera::{Context, ErrorKind, Tera};

use crate::config::Config;
use crate::content::Library;
use crate::error::{Diagnostic, Error, Problems, Result};
use crate::i18n::Translations;
use crate::routes::Plan;
use crate::theme::{TemplateSource, Theme};

/// The template engine with every template parsed.
pub struct Templates {
    tera: Tera,
    sources: HashMap<String, TemplateSource>,
    /// Templates left out for an error reported when loading (and those extending or
    /// including them): their pages are not rendered, and give no second error.
    broken: BTreeSet<String>,
}

impl Templates {
    /// Parses every template of the theme and site, and checks that every message id
    /// they use exists in the default language. A template with an error is reported and
    /// left out and the others are loaded, so the rest of the site is still rendered and
    /// checked.
    pub fn load_keeping_going(
        theme: &Theme,
        translations: Arc<Translations>,
        config: Arc<Config>,
    ) -> Result<(Self, Vec<Diagnostic>)> {
        let make = || {
            let mut tera = Tera::new();
            tera.autoescape_on(vec![".html", ".xml", ".svg"]);
            tera.register_function("t", functions::translate(translations.clone()));
            tera.register_function(
                "message_language",
                functions::message_language(translations.clone(), config.clone()),
            );
            tera.register_function("url", functions::url(config.clone()));
            tera
        };
        let sources: HashMap<String, TemplateSource> =
            theme.templates.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let loaded = loading::load(make, &sources)?;
        let templates = Self {
            tera: loaded.tera,
            sources,
            broken: loaded.broken,
        };
        let mut errors = loaded.errors;
        errors.extend(templates.check_message_ids(&translations));
        Ok((templates, errors))
    }

    /// The URL paths of the pages a template left out when loading would render: links
    /// to them are not reported again while its error stands.
    pub fn pages_left_out(&self, library: &Library, plan: &Plan, default: &str) -> Vec<String> {
        if self.broken.is_empty() {
            return Vec::new();
        }
        plan.routes
            .iter()
            .filter(|route| self.broken.contains(&context::template_of(library, route, default)))
            .map(|route| route.path.clone())
            .collect()
    }

    /// True when a template of this name exists.
    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// Renders `name`, with room for `size` bytes made at once (a page is most of its
    /// body's HTML; grown from the template's own size, it would be copied each time it
    /// doubled); `rendering` says which content file or page it was for. A page of a
    /// template left out when loading fails with no finding of its own: the template's
    /// error was reported once then, and nothing is published while it stands.
    pub fn render(&self, name: &str, context: &Context, rendering: &str, size: usize) -> Result<String> {
        if self.broken.contains(name) {
            return Err(Error::User(Vec::new()));
        }
        let mut page = Vec::with_capacity(size);
        self.tera
            .render_to(name, context, &mut page)
            .map_err(|e| match e.kind() {
                ErrorKind::TemplateNotFound(missing) if self.broken.contains(missing) => Error::User(Vec::new()),
                _ => Error::User(vec![template_error(&e, &self.sources, Some(rendering))]),
            })?;
        // Templates write text and the text they are given, all UTF-8.
        String::from_utf8(page)
            .map_err(|e| Error::Internal(format!("{rendering} rendered as something not UTF-8: {e}")))
    }

    /// Every `t(key="...")` in a template must name a default-language message.
    fn check_message_ids(&self, translations: &Translations) -> Vec<Diagnostic> {
        let mut problems = Problems::new();
        let mut names: Vec<&String> = self.sources.keys().collect();
        names.sort();
        for name in names {
            let source = &self.sources[name];
            for (offset, id) in message_ids(&source.text) {
                if !translations.has_default(id) {
                    problems.push(
                        Diagnostic::error(format!(
                            "template `{name}` uses the message `{id}`, which the default language does not have"
                        ))
                        .at_offset(&source.origin, &source.text, offset, 0)
                        .hint(format!(
                            "add `{id} = ...` to i18n/<default language>.ftl, or correct the id"
                        )),
                    );
                }
            }
        }
        problems.into_vec()
    }
}

/// The literal message ids of `t(key="...")` calls in a template, with their offsets.
pub fn message_ids(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(i) = text[rest..].find("t(key=") {
        let start = rest + i;
        rest = start + 6;
        if start > 0 && text[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let after = &text[rest..];
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let Some(end) = after[1..].find(quote) else { continue };
        // Only a whole literal counts: `t(key="band-" ~ code)` is checked when rendered.
        let next = after[end + 2..].trim_start().chars().next();
        if matches!(next, Some(')' | ',')) {
            found.push((start, &after[1..1 + end]));
        }
    }
    found
}

/// Turns a Tera error into a diagnostic pointing at the template line.
fn template_error(err: &tera::Error, sources: &HashMap<String, TemplateSource>, rendering: Option<&str>) -> Diagnostic {
    let d = describe_template_error(err, sources);
    match rendering {
        Some(r) => d.note(format!("while rendering {r}")),
        None => d,
    }
}

pub(super) fn describe_template_error(err: &tera::Error, sources: &HashMap<String, TemplateSource>) -> Diagnostic {
    let origin = |name: &str| {
        sources
            .get(name)
            .map_or_else(|| PathBuf::from(format!("templates/{name}")), |s| s.origin.clone())
    };
    match err.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let name = report.filename();
            let d = Diagnostic::error(report.message());
            match sources.get(name) {
                Some(source) => d.at_line(
                    &source.origin,
                    &source.text,
                    report.span().start_line,
                    report.span().start_col + 1,
                ),
                None => d.in_file(origin(name)),
            }
            .hint("fix the template at this line; Tera's syntax is described at https://keats.github.io/tera/")
        }
        ErrorKind::TemplateNotFound(name) => Diagnostic::error(format!("template `{name}` does not exist")).hint(
            "check the template name (front matter `template = ...` or an include/extends), or add it to templates/",
        ),
        ErrorKind::CircularInclude { tpl, include_chain } => Diagnostic::error(format!(
            "template `{tpl}` includes itself (through {})",
            include_chain.join(" -> ")
        ))
        .in_file(origin(tpl))
        .hint("remove the include that closes the loop"),
        _ => {
            let mut message = err.to_string();
            let mut source = std::error::Error::source(err);
            while let Some(s) = source {
                message.push_str(&format!(": {s}"));
                source = s.source();
            }
            Diagnostic::error(message).hint("check the template named above")
        }
    }
}

/// Tera reports several template errors as one text of `error: ...\n --> name:line:col`
/// reports; this turns each into a diagnostic pointing at the template's real file, with
/// the template's name when the report gives it.
pub(super) fn split_reports(
    text: &str,
    sources: &HashMap<String, TemplateSource>,
) -> Vec<(Option<String>, Diagnostic)> {
    text.split("\n\nerror: ")
        .map(|report| {
            let report = report.trim_start_matches("error: ");
            let message = report.lines().next().unwrap_or(report).to_string();
            let place = report.lines().find_map(|l| l.trim_start().strip_prefix("--> "));
            let parsed = place.and_then(|p| {
                let mut parts = p.rsplitn(3, ':');
                let column: usize = parts.next()?.parse().ok()?;
                let line: usize = parts.next()?.parse().ok()?;
                Some((parts.next()?.to_string(), line, column))
            });
            let d = Diagnostic::error(message);
            let name = parsed.as_ref().map(|(name, _, _)| name.clone());
            let d = match parsed.and_then(|(name, line, column)| sources.get(&name).map(|s| (s, line, column))) {
                Some((source, line, column)) => d.at_line(&source.origin, &source.text, line, column),
                None => d,
            }
            .hint("fix the template at this line; Tera's syntax is described at https://keats.github.io/tera/");
            (name, d)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_message_ids() {
        let ids = message_ids(
            r#"{{ t(key="a-b") }} {{ t(key='c', n=1) }} {{ nt(key="no") }} {{ t(key=var) }} {{ t(key="band-" ~ b) }}"#,
        );
        let ids: Vec<&str> = ids.into_iter().map(|(_, id)| id).collect();
        assert_eq!(ids, ["a-b", "c"]);
    }
}
