//! The useful-links directory (`data/links.toml`, DESIGN §5), read and checked: unknown
//! keys, the audience and category vocabularies, https addresses and phone numbers, each
//! problem with its file and line; then grouped for `/links/` by audience and category.

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::config::toml_error;
use crate::error::{Diagnostic, Problems, Result, line_and_column};
use crate::files::read_text;

/// Where the directory is, in the site's folder.
pub const FILE: &str = "data/links.toml";

/// Who a link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// Parents and carers.
    Parents,
    /// Children and young people.
    Learners,
    /// School staff.
    Staff,
}

impl Audience {
    /// Every audience, in the order the page shows them.
    pub const ALL: [Audience; 3] = [Audience::Parents, Audience::Learners, Audience::Staff];
}

/// What kind of organisation a link is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// A national organisation.
    National,
    /// A helpline to call.
    Helpline,
    /// A local service.
    Local,
}

impl Category {
    /// Every category, in the order the page shows them.
    pub const ALL: [Category; 3] = [Category::National, Category::Helpline, Category::Local];
}

/// One entry of the directory.
#[derive(Debug, Clone, Serialize)]
pub struct UsefulLink {
    /// The organisation's name.
    pub title: String,
    /// Its https address.
    pub url: String,
    /// What it offers.
    pub description: String,
    /// Who it is for.
    pub audience: Vec<Audience>,
    /// What kind of organisation it is.
    pub category: Category,
    /// Its phone number as written, when it has one.
    pub phone: Option<String>,
    /// The number for a `tel:` link: digits, and `+` first for international numbers.
    pub tel: Option<String>,
    /// The line of `data/links.toml` its address is written on (from the parse's span),
    /// for the link checker's findings.
    #[serde(skip)]
    pub line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LinksFile {
    #[serde(default)]
    link: Vec<RawLink>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    title: Spanned<String>,
    url: Spanned<String>,
    description: String,
    audience: Spanned<Vec<Audience>>,
    category: Category,
    phone: Option<Spanned<String>>,
}

/// The digits of a phone number for `tel:`, when it is one: digits, spaces, brackets and
/// hyphens, with an optional `+` first.
pub fn tel_of(phone: &str) -> Option<String> {
    let phone = phone.trim();
    let (plus, rest) = match phone.strip_prefix('+') {
        Some(rest) => ("+", rest),
        None => ("", phone),
    };
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-');
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    (rest.chars().all(allowed) && digits.len() >= 3).then(|| format!("{plus}{digits}"))
}

/// Reads `ROOT/data/links.toml`; no file means an empty directory.
pub fn load_links(root: &Path) -> Result<Vec<UsefulLink>> {
    if !root.join(FILE).exists() {
        return Ok(Vec::new());
    }
    read_links(&read_text(root, Path::new(FILE))?)
}

/// The useful links of the text of `data/links.toml`, or every problem with it.
pub fn read_links(text: &str) -> Result<Vec<UsefulLink>> {
    let file: LinksFile = toml::from_str(text).map_err(|e| toml_error(FILE, text, &e, 0))?;
    let mut problems = Problems::new();
    let links = file
        .link
        .into_iter()
        .map(|raw| read_link(raw, text, &mut problems))
        .collect();
    problems.finish().map(|_| links)
}

/// A problem at byte `span.start` of `data/links.toml`, whose text is `text`.
fn at(text: &str, span: std::ops::Range<usize>, message: String, hint: &str) -> Diagnostic {
    Diagnostic::error(message)
        .at_offset(FILE, text, span.start, 0)
        .hint(hint)
}

/// One link, checked: its problems go to `problems`.
fn read_link(raw: RawLink, text: &str, problems: &mut Problems) -> UsefulLink {
    let title = raw.title.get_ref().trim();
    if title.is_empty() {
        problems.push(at(
            text,
            raw.title.span(),
            "a link has an empty title".into(),
            "give every link the organisation's name",
        ));
    }
    let url = raw.url.get_ref().trim();
    if !is_https(url) {
        problems.push(at(
            text,
            raw.url.span(),
            format!("`{url}` is not a full https:// address"),
            "write the organisation's address as it appears in the browser, starting https://",
        ));
    }
    if raw.audience.get_ref().is_empty() {
        problems.push(at(
            text,
            raw.audience.span(),
            format!("link `{title}` has no audience"),
            "say who it is for: audience = [\"parents\"], [\"learners\"] or [\"staff\"], or several",
        ));
    }
    let tel = raw.phone.as_ref().and_then(|phone| {
        let tel = tel_of(phone.get_ref());
        if tel.is_none() {
            problems.push(at(
                text,
                phone.span(),
                format!("`{}` is not a phone number", phone.get_ref()),
                "write the number with digits and spaces, e.g. phone = \"0800 1111\" or \"+44 20 7946 0000\"",
            ));
        }
        tel
    });
    let mut audience = raw.audience.into_inner();
    audience.sort();
    audience.dedup();
    UsefulLink {
        title: title.to_string(),
        url: url.to_string(),
        description: raw.description.trim().to_string(),
        audience,
        category: raw.category,
        phone: raw.phone.map(|p| p.into_inner().trim().to_string()),
        tel,
        line: line_and_column(text, raw.url.span().start).0,
    }
}

fn is_https(url: &str) -> bool {
    url.starts_with("https://")
        && url::Url::parse(url).is_ok_and(|u| u.host_str().is_some_and(|h| h.contains('.')))
        && !url.chars().any(char::is_whitespace)
}

/// The links of one category, for one audience.
#[derive(Debug, Serialize)]
pub struct CategoryGroup<'a> {
    /// `national`, `helpline` or `local`.
    pub category: Category,
    /// Its links, in the file's order.
    pub links: Vec<&'a UsefulLink>,
}

/// The links for one audience, by category.
#[derive(Debug, Serialize)]
pub struct AudienceGroup<'a> {
    /// `parents`, `learners` or `staff`.
    pub audience: Audience,
    /// Its categories that have links.
    pub categories: Vec<CategoryGroup<'a>>,
}

/// The directory as `/links/` shows it: audiences, then categories; a link for several
/// audiences appears under each. Empty groups are left out.
pub fn group(links: &[UsefulLink]) -> Vec<AudienceGroup<'_>> {
    Audience::ALL
        .iter()
        .map(|&audience| AudienceGroup {
            audience,
            categories: Category::ALL
                .iter()
                .map(|&category| CategoryGroup {
                    category,
                    links: links
                        .iter()
                        .filter(|l| l.category == category && l.audience.contains(&audience))
                        .collect(),
                })
                .filter(|g| !g.links.is_empty())
                .collect(),
        })
        .filter(|g| !g.categories.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_become_tel_digits() {
        assert_eq!(tel_of("0800 1111").as_deref(), Some("08001111"));
        assert_eq!(tel_of("+44 (0)20 7946-0000").as_deref(), Some("+4402079460000"));
        assert_eq!(tel_of("call us"), None);
        assert_eq!(tel_of("12"), None);
    }

    #[test]
    fn only_full_https_addresses_pass() {
        assert!(is_https("https://www.childline.org.uk/"));
        assert!(!is_https("http://www.childline.org.uk/"));
        assert!(!is_https("https://childline"));
        assert!(!is_https("www.childline.org.uk"));
    }

    #[test]
    fn groups_follow_audience_then_category() {
        let link = |title: &str, audience: Vec<Audience>, category| UsefulLink {
            title: title.into(),
            url: "https://a.org/".into(),
            description: String::new(),
            audience,
            category,
            phone: None,
            tel: None,
            line: 1,
        };
        let links = [
            link("Local", vec![Audience::Parents], Category::Local),
            link("Everyone", vec![Audience::Parents, Audience::Staff], Category::National),
        ];
        let groups = group(&links);
        assert_eq!(groups.len(), 2, "no learners group");
        assert_eq!(groups[0].audience, Audience::Parents);
        assert_eq!(groups[0].categories[0].links[0].title, "Everyone");
        assert_eq!(groups[0].categories[1].links[0].title, "Local");
        assert_eq!(groups[1].audience, Audience::Staff);
    }
}
