//! Functions templates call: `t()` for UI strings, `message_language()` for the language
//! a string comes from, and `url()` for links to pages in the reader's language. Both read the page's language from the context, so templates
//! never pass it (DESIGN §6).

use std::sync::Arc;

use rustc_hash::FxHashMap;
use tera::{Kwargs, State, TeraResult, Value};

use crate::config::Config;
use crate::i18n::{Arg, Translations};
use crate::routes::{Version, prefix};

/// The language of the page being rendered, from the context variable `lang`.
fn page_lang(state: &State) -> TeraResult<String> {
    state
        .get::<String>("lang")?
        .ok_or_else(|| tera::Error::message("the template context has no `lang`"))
}

/// `t(key="lessons-count", count=3)`: a UI string in the page's language.
pub fn translate(
    translations: Arc<Translations>,
) -> impl Fn(Kwargs, &State) -> TeraResult<Value> + Send + Sync + 'static {
    let formatted = Formatted::new(&translations);
    move |kwargs: Kwargs, state: &State| {
        let key: &str = kwargs.must_get("key")?;
        let page_lang;
        let lang = match kwargs.get::<&str>("lang")? {
            Some(l) => l,
            None => {
                page_lang = page_lang_value(state)?;
                page_lang
                    .as_str()
                    .ok_or_else(|| tera::Error::message("the template context's `lang` is not text"))?
            }
        };
        let mut args = Vec::new();
        for (name, value) in kwargs.iter() {
            let Some(name) = name.as_str() else { continue };
            if name == "key" || name == "lang" {
                continue;
            }
            args.push((name.to_string(), to_arg(value)));
        }
        if args.is_empty()
            && let Some(text) = formatted.get(lang, key)
        {
            return Ok(text.clone());
        }
        translations
            .translate(lang, key, &args)
            .map(Value::from)
            .map_err(tera::Error::message)
    }
}

/// Every message that needs no arguments, in every language of the site, formatted once:
/// a page calls `t()` some forty times, nearly always without arguments, and formatting
/// each again was a twentieth of a multilingual build (issue 22). A string too long to
/// sit inside its value is shared, not copied. Keyed by the site's own message ids, with
/// a fast hash.
struct Formatted(FxHashMap<String, FxHashMap<String, Value>>);

impl Formatted {
    fn new(translations: &Translations) -> Self {
        let (languages, ids) = translations.languages_and_ids();
        let by_language = languages
            .into_iter()
            .map(|lang| {
                let texts = ids
                    .iter()
                    .filter_map(|id| {
                        let text = translations.translate(lang, id, &[]).ok()?;
                        Some((id.to_string(), Value::from(text)))
                    })
                    .collect();
                (lang.to_string(), texts)
            })
            .collect();
        Self(by_language)
    }

    /// The message `id` in `lang` when it needs no arguments.
    fn get(&self, lang: &str, id: &str) -> Option<&Value> {
        self.0.get(lang)?.get(id)
    }
}

/// The page's language as the context holds it (not copied).
fn page_lang_value(state: &State) -> TeraResult<Value> {
    state
        .get::<Value>("lang")?
        .ok_or_else(|| tera::Error::message("the template context has no `lang`"))
}

/// `message_language(key="not-translated")`: the language (`code`, `name`, `dir`) that
/// `t()` takes the message from on this page, the page's own or, when it lacks the
/// message, the default one; templates mark fallback text with its `lang` and `dir`.
pub fn message_language(
    translations: Arc<Translations>,
    config: Arc<Config>,
) -> impl Fn(Kwargs, &State) -> TeraResult<Value> + Send + Sync + 'static {
    move |kwargs: Kwargs, state: &State| {
        let key: String = kwargs.must_get("key")?;
        let lang = page_lang(state)?;
        let code = translations.source_lang(&lang, &key);
        let language = config.language(code).unwrap_or_else(|| config.default_language());
        Ok(Value::from_serializable(language))
    }
}

fn to_arg(value: &Value) -> Arg {
    match value.as_f64().or_else(|| value.as_i64().map(|n| n as f64)) {
        Some(n) => Arg::Number(n),
        None => Arg::Text(value.as_str().map_or_else(|| value.to_string(), str::to_string)),
    }
}

/// `url(path="/report/")`: the site path of a page in the reader's language
/// (`/pl/report/`), made relative when the page is written. `lang=` picks another
/// language; `version="easy"` the easy-read prefix.
pub fn url(config: Arc<Config>) -> impl Fn(Kwargs, &State) -> TeraResult<String> + Send + Sync + 'static {
    move |kwargs: Kwargs, state: &State| {
        let path: String = kwargs.must_get("path")?;
        if !path.starts_with('/') {
            return Err(tera::Error::message(format!(
                "url(path=\"{path}\"): the path must start with /"
            )));
        }
        let lang = match kwargs.get::<String>("lang")? {
            Some(l) => l,
            None => page_lang(state)?,
        };
        if config.language(&lang).is_none() {
            return Err(tera::Error::message(format!(
                "url(): `{lang}` is not a language of this site"
            )));
        }
        let version = match kwargs.get::<String>("version")?.as_deref() {
            None | Some("standard") => Version::Standard,
            Some("easy") => Version::Easy,
            Some(other) => {
                return Err(tera::Error::message(format!(
                    "url(): unknown version `{other}`; use \"standard\" or \"easy\""
                )));
            }
        };
        Ok(format!("{}{path}", prefix(&config, &lang, version)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translations() -> Arc<Translations> {
        Arc::new(crate::i18n::test_translations(&[
            (
                "en",
                "home = Home & <away>\nonly-en = Only English\nlessons = { $count ->\n    [one] {$count} lesson\n   *[other] {$count} lessons\n}\n",
            ),
            ("pl", "home = Strona główna\n"),
        ]))
    }

    fn render(template: &str, lang: Value) -> tera::TeraResult<String> {
        let mut tera = tera::Tera::new();
        tera.register_function("t", translate(translations()));
        let mut context = tera::Context::new();
        context.insert_value("lang", lang);
        tera.render_str(template, &context, true)
    }

    #[test]
    fn messages_formatted_once_read_as_those_formatted_on_each_call() {
        let page = "{{ t(key=\"home\") }}|{{ t(key=\"only-en\") }}|{{ t(key=\"home\", lang=\"en\") }}|{{ t(key=\"lessons\", count=2) }}";
        assert_eq!(
            render(page, "pl".into()).unwrap(),
            "Strona główna|Only English|Home &amp; &lt;away&gt;|2 lessons"
        );
        // A language the site does not have falls back, as it always did.
        assert_eq!(
            render("{{ t(key=\"home\", lang=\"xx\") }}", "pl".into()).unwrap(),
            "Home &amp; &lt;away&gt;"
        );
    }

    #[test]
    fn a_mistaken_call_is_still_an_error() {
        for page in [
            "{{ t(key=\"missing\") }}",
            "{{ t(key=\"lessons\") }}",
            "{{ t(key=\"home\", lang=5) }}",
            "{{ t(lang=\"en\") }}",
        ] {
            assert!(render(page, "en".into()).is_err(), "{page}");
        }
        assert!(render("{{ t(key=\"home\") }}", Value::from(3)).is_err());
    }
}
