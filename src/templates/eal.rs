//! What an EAL support page shows (DESIGN §6): the English lesson with every glossary word
//! marked and translated into the learner's language, the key-words box, and the lesson
//! in the learner's language beside it when it has been translated.

use serde::Serialize;

use super::env::RenderEnv;
use crate::content::{Page, Variant};
use crate::markdown::key_words::translate_marks;
use crate::web::html_scan::{Token, Tokens};

/// The template every EAL page uses.
pub const TEMPLATE: &str = "eal.html";

/// Prefixed to the ids of the translated lesson, so they cannot clash with the English ones.
const TRANSLATION_IDS: &str = "translation-";

/// The EAL parts of a page (`eal`).
#[derive(Debug, Serialize)]
pub struct EalView<'a> {
    /// The English body, each key word marked (`<dfn class="key-word">`) and followed by
    /// its translation.
    pub content: String,
    /// The learner's language.
    pub lang: &'a str,
    /// Its direction.
    pub dir: &'static str,
    /// The lesson's key words that have a translation, in order of first appearance.
    pub key_words: Vec<KeyWordView<'a>>,
    /// The lesson in the learner's language, when it has been translated.
    pub translation: Option<TranslationView<'a>>,
}

/// One key word of the lesson.
#[derive(Debug, Serialize)]
pub struct KeyWordView<'a> {
    /// The English word.
    pub en: &'a str,
    /// Its translation into the learner's language.
    pub translation: &'a str,
    /// Its picture's site path, if the glossary gives one.
    pub image: Option<&'a str>,
}

/// The translated lesson shown beside the English one.
#[derive(Debug, Serialize)]
pub struct TranslationView<'a> {
    /// Its title.
    pub title: &'a str,
    /// Its language.
    pub lang: &'a str,
    /// Its direction.
    pub dir: &'static str,
    /// Its body HTML, ids prefixed with `translation-`.
    pub content: String,
}

/// The EAL view of `page` for a learner of `lang`.
pub(super) fn eal_view<'a>(env: &RenderEnv<'a>, lang: &str, page: &'a Page) -> EalView<'a> {
    let dir = env.dir_of(lang);
    let lang = env
        .config
        .language(lang)
        .map_or(env.default_lang(), |l| l.code.as_str());
    let english = env.body(page.main_file(env.default_lang()));
    let (content, key_words) = match &english.marked {
        Some(marked) => (
            translate_marks(&marked.html, env.glossary, lang, dir),
            marked
                .terms
                .iter()
                .filter_map(|&i| {
                    let term = &env.glossary.terms[i];
                    Some(KeyWordView {
                        en: &term.en,
                        translation: env.glossary.translation(i, lang)?,
                        image: term.image.as_deref(),
                    })
                })
                .collect(),
        ),
        None => (english.html.clone(), Vec::new()),
    };
    let translation = page.versions.get(Variant::Standard, lang).map(|file| TranslationView {
        title: &file.front.title,
        lang,
        dir,
        content: prefix_ids(&env.body(file).html, TRANSLATION_IDS),
    });
    EalView {
        content,
        lang,
        dir,
        key_words,
        translation,
    }
}

/// Prefixes every `id` of `html`, and the `#fragment` links and ARIA references to them.
fn prefix_ids(html: &str, prefix: &str) -> String {
    let prefixed = |ids: &str| {
        ids.split_whitespace()
            .map(|id| format!("{prefix}{id}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    for token in Tokens::new(html) {
        let Token::Start(mut el) = token else {
            out.push_str(token.raw());
            continue;
        };
        for attr in ["id", "aria-labelledby", "aria-describedby"] {
            if let Some(value) = el.get(attr).map(prefixed) {
                el.set(attr, &value);
            }
        }
        if let Some(fragment) = el.get("href").and_then(|h| h.strip_prefix('#')).map(str::to_string) {
            el.set("href", &format!("#{prefix}{fragment}"));
        }
        el.write_keeping_spelling(&mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translated_ids_and_links_to_them_are_prefixed() {
        let html = "<h2 id=\"a\">A</h2><p><a href=\"#fn-1\" id=\"fnref-1\">1</a> <a href=\"../x/#a\">x</a></p>";
        let out = prefix_ids(html, "t-");
        assert_eq!(
            out,
            "<h2 id=\"t-a\">A</h2><p><a href=\"#t-fn-1\" id=\"t-fnref-1\">1</a> <a href=\"../x/#a\">x</a></p>"
        );
    }

    #[test]
    fn tags_keep_their_spelling_where_nothing_changed() {
        let html = "<DIV class='x'  ID=a hidden>t</DIV><img alt=y/><br class=b />";
        assert_eq!(
            prefix_ids(html, "t-"),
            "<DIV class='x' ID=\"t-a\" hidden>t</DIV><img alt=y/><br class=b />"
        );
        assert_eq!(prefix_ids("<br id=b />", "t-"), "<br id=\"t-b\" />");
    }
}
