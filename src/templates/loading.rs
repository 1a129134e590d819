//! The theme's and site's templates parsed past their mistakes: a template with an error
//! is reported once and left out, with every template that extends or includes it (its
//! consequence, not another error), and the rest are loaded.
//!
//! Tera's `add_raw_templates` is all-or-nothing and stops at the first syntax error, so
//! when it fails each template is parsed alone to find every broken one, and the set is
//! added again without them until it loads.

use std::collections::{BTreeSet, HashMap};

use tera::{ErrorKind, Tera};

use super::{describe_template_error, split_reports};
use crate::error::{Diagnostic, Error, Result};
use crate::theme::TemplateSource;

/// The engine with the templates that loaded, the names of those left out, and the
/// errors that left them out.
pub(super) struct Loaded {
    pub(super) tera: Tera,
    pub(super) broken: BTreeSet<String>,
    pub(super) errors: Vec<Diagnostic>,
}

/// Adds every template of `sources` to an engine made by `make`, leaving out the broken.
pub(super) fn load(make: impl Fn() -> Tera, sources: &HashMap<String, TemplateSource>) -> Result<Loaded> {
    let mut names: Vec<&String> = sources.keys().collect();
    names.sort();
    let mut broken = BTreeSet::new();
    let mut errors = Vec::new();
    loop {
        let mut tera = make();
        let kept: Vec<&String> = names.iter().copied().filter(|n| !broken.contains(*n)).collect();
        let Err(err) = tera.add_raw_templates(kept.iter().map(|n| (n.as_str(), sources[*n].text.as_ref()))) else {
            return Ok(Loaded { tera, broken, errors });
        };
        let before = broken.len();
        match err.kind() {
            ErrorKind::SyntaxError(_) => {
                for name in kept {
                    if let Some(e) = syntax_error(name, &sources[name].text) {
                        errors.push(describe_template_error(&e, sources));
                        broken.insert(name.clone());
                    }
                }
            }
            ErrorKind::MissingParent { current, parent } if broken.contains(parent) => {
                broken.insert(current.clone());
            }
            ErrorKind::Msg(text) if text.starts_with("error: ") => {
                for (name, d) in split_reports(text, sources) {
                    let Some(name) = name else { continue };
                    if !broken.iter().any(|b| d.message == format!("Unknown template `{b}`")) {
                        errors.push(d);
                    }
                    broken.insert(name);
                }
            }
            _ => {}
        }
        if broken.len() == before {
            errors.push(describe_template_error(&err, sources));
            return Err(Error::User(errors));
        }
    }
}

/// The syntax error of one template parsed alone, if it has one.
fn syntax_error(name: &str, text: &str) -> Option<tera::Error> {
    let mut alone = Tera::new();
    match alone.add_raw_templates([(name, text)]) {
        Err(e) if matches!(e.kind(), ErrorKind::SyntaxError(_)) => Some(e),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(files: &[(&str, &str)]) -> HashMap<String, TemplateSource> {
        files
            .iter()
            .map(|(name, text)| {
                let source = TemplateSource {
                    origin: format!("templates/{name}").into(),
                    text: text.to_string().into(),
                };
                (name.to_string(), source)
            })
            .collect()
    }

    #[test]
    fn each_broken_template_is_one_error_and_what_is_built_on_it_is_left_out_silently() {
        let sources = sources(&[
            (
                "base.html",
                "<main>{% block main %}{% endblock main %}</main>{% include \"part.html\" %}",
            ),
            ("part.html", "{% if %}"),
            ("other.html", "{{ x }"),
            (
                "page.html",
                "{% extends \"base.html\" %}{% block main %}a{% endblock main %}",
            ),
            ("alone.html", "<p>{{ x }}</p>"),
        ]);
        let loaded = load(Tera::new, &sources).unwrap();
        let files: Vec<_> = loaded
            .errors
            .iter()
            .map(|d| d.location.as_ref().unwrap().file.display().to_string())
            .collect();
        assert_eq!(
            files,
            ["templates/other.html", "templates/part.html"],
            "{:#?}",
            loaded.errors
        );
        let broken: Vec<_> = loaded.broken.iter().map(String::as_str).collect();
        assert_eq!(broken, ["base.html", "other.html", "page.html", "part.html"]);
        assert!(
            loaded.tera.render("alone.html", &tera::Context::new()).is_err(),
            "x is not set"
        );
        let mut context = tera::Context::new();
        context.insert("x", "kept");
        assert_eq!(loaded.tera.render("alone.html", &context).unwrap(), "<p>kept</p>");
    }
}
