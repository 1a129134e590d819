//! Front matter fields as labelled form controls: each with its label, its help line tied
//! to it (`aria-describedby`), and the value the file holds, or the author's own when a
//! form comes back with a problem.

use toml_edit::DocumentMut;

use super::front::{Field, Input, Wanted, current};
use super::http::Form;
use crate::web::char_refs::{Escape, escape};

/// What a control shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// Text, as typed.
    Text(String),
    /// A ticked box.
    Flag(bool),
    /// Codes or lines.
    List(Vec<String>),
}

/// What the file holds for `field`.
pub fn from_file(doc: &DocumentMut, field: &Field) -> Shown {
    match current(doc, field) {
        None => match field.input {
            Input::Check => Shown::Flag(false),
            Input::Choices(_) | Input::Lines => Shown::List(Vec::new()),
            _ => Shown::Text(String::new()),
        },
        Some(Wanted::Text(t) | Wanted::Day(t)) => Shown::Text(t),
        Some(Wanted::Number(n)) => Shown::Text(n.to_string()),
        Some(Wanted::Flag(b)) => Shown::Flag(b),
        Some(Wanted::List(items)) => Shown::List(items),
    }
}

/// What the author typed for `field`.
pub fn from_form(form: &Form, field: &Field) -> Shown {
    let name = field.name();
    match field.input {
        Input::Check => Shown::Flag(form.get(&name).is_some()),
        Input::Choices(_) => Shown::List(form.all(&name).into_iter().map(str::to_string).collect()),
        Input::Lines => Shown::List(form.get(&name).unwrap_or("").lines().map(str::to_string).collect()),
        _ => Shown::Text(form.get(&name).unwrap_or("").to_string()),
    }
}

fn text_of(shown: &Shown) -> String {
    match shown {
        Shown::Text(t) => t.clone(),
        Shown::List(items) => items.join("\n"),
        Shown::Flag(_) => String::new(),
    }
}

/// One field as HTML.
pub fn control(field: &Field, shown: &Shown) -> String {
    let name = escape(&field.name(), Escape::AnyQuotes).into_owned();
    let id = format!("f-{}", field.name().replace('.', "-"));
    let (hint, described) = match field.hint.is_empty() {
        true => (String::new(), String::new()),
        false => (
            format!(
                "<p class=\"hint\" id=\"{id}-hint\">{}</p>",
                escape(field.hint, Escape::AnyQuotes)
            ),
            format!(" aria-describedby=\"{id}-hint\""),
        ),
    };
    let label = format!("<label for=\"{id}\">{}</label>", escape(field.label, Escape::AnyQuotes));
    let value = escape(&text_of(shown), Escape::AnyQuotes).into_owned();
    let input = match &field.input {
        Input::Text => {
            let required = if field.key == "title" && !field.extra {
                " required"
            } else {
                ""
            };
            format!("<input id=\"{id}\" name=\"{name}\" value=\"{value}\"{described}{required}>")
        }
        Input::Long => format!("<textarea id=\"{id}\" name=\"{name}\" rows=\"2\"{described}>{value}</textarea>"),
        Input::Date => format!("<input type=\"date\" id=\"{id}\" name=\"{name}\" value=\"{value}\"{described}>"),
        Input::Number => format!(
            "<input type=\"number\" step=\"1\" inputmode=\"numeric\" id=\"{id}\" name=\"{name}\" value=\"{value}\"{described}>"
        ),
        Input::Check => {
            let checked = if *shown == Shown::Flag(true) { " checked" } else { "" };
            return format!(
                "<div class=\"field check\"><input type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"true\"{checked}{described}>{label}{hint}</div>"
            );
        }
        Input::Choice(codes) => {
            let now = text_of(shown);
            let mut options = String::from("<option value=\"\">(none)</option>");
            for code in codes {
                let selected = if now == *code { " selected" } else { "" };
                options.push_str(&format!(
                    "<option{selected}>{}</option>",
                    escape(code, Escape::AnyQuotes)
                ));
            }
            format!("<select id=\"{id}\" name=\"{name}\"{described}>{options}</select>")
        }
        Input::Choices(codes) => return checkboxes(field, &id, codes, shown),
        Input::Lines => {
            format!("<textarea id=\"{id}\" name=\"{name}\" rows=\"4\" class=\"lines\"{described}>{value}</textarea>")
        }
    };
    format!("<div class=\"field\">{label}{hint}{input}</div>")
}

fn checkboxes(field: &Field, id: &str, codes: &[&str], shown: &Shown) -> String {
    let picked = match shown {
        Shown::List(items) => items.clone(),
        _ => Vec::new(),
    };
    let mut boxes = String::new();
    for code in codes {
        let checked = if picked.iter().any(|p| p == code) {
            " checked"
        } else {
            ""
        };
        boxes.push_str(&format!(
            "<div class=\"check\"><input type=\"checkbox\" id=\"{id}-{code}\" name=\"{name}\" value=\"{code}\"{checked}><label for=\"{id}-{code}\">{code}</label></div>",
            name = escape(&field.name(), Escape::AnyQuotes),
            code = escape(code, Escape::AnyQuotes),
        ));
    }
    format!(
        "<fieldset class=\"field\"><legend>{}</legend>{boxes}</fieldset>",
        escape(field.label, Escape::AnyQuotes)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Kind;
    use crate::content::vocabulary::Band;

    #[test]
    fn a_lesson_s_fields_show_the_file_s_values() {
        let doc: DocumentMut = "title = \"A <b>\"\n[extra]\ntopics = [\"contact\"]\nobjectives = [\"x\", \"y\"]\n"
            .parse()
            .unwrap();
        let html: String = super::super::front::fields(Kind::Lesson(Band::Ks2), true)
            .iter()
            .map(|f| control(f, &from_file(&doc, f)))
            .collect();
        assert!(html.contains("<label for=\"f-title\">Title</label>"), "{html}");
        assert!(html.contains("value=\"A &lt;b&gt;\""), "{html}");
        assert!(html.contains("value=\"contact\" checked"), "{html}");
        assert!(html.contains(">x\ny</textarea>"), "{html}");
        assert!(html.contains("<option>privacy-and-security</option>"), "{html}");
    }
}
