//! The files `haven init` writes for the school rather than copying from the example:
//! config.toml, the rooms, an empty consent register, `.gitignore`; and the example's data
//! files with what belongs to the example school taken out.

use super::NewSchool;
use crate::content::Band;
use crate::example_school::FILL_IN;

/// The consent register of a new school: empty, with an example in comments.
pub(super) const CONSENT: &str = r#"# Image consent register (docs/images.md). haven never copies it to the website, but it
# holds pupils' names: keep it out of any public repository (the .gitignore beside it
# already does for git). One table per pupil, keyed by your school's own id, e.g.:
#
# [pupil.P0001]
# name = "Full Name"     # only used to make sure the name never appears on the website
# website = true         # consent to appear on the website
# print = false          # consent to appear on posters and printed pages
# granted = 2026-09-01   # consent starts on this day
# expires = 2027-07-31   # the last day it holds (optional)
"#;

/// Keeps the built site, haven's cache and the consent register out of git.
pub(super) const GITIGNORE: &str =
    "/public/\n/.haven/\n# Pupils' names: never in a public repository.\n/data/consent.toml\n";

/// A room for every band, to rename after the school's own rooms.
pub(super) fn rooms() -> String {
    let mut text = String::from(
        "# Rooms with internet access (docs/getting-started.md): each gets the Acceptable Use\n\
         # poster for its band, in each of its languages. Rename these after your own rooms\n\
         # and delete the ones you do not have. A room's name is in its poster's address and\n\
         # so in the QR code printed on it: once posters hang on walls, a renamed room keeps\n\
         # its old name in `aliases = [\"Old name\"]` so the old QR codes still work.\n",
    );
    for band in Band::ALL {
        text.push_str(&format!(
            "\n[[room]]\nname = \"{} room\"\nband = \"{}\"\npaper = \"A4\"\n",
            band.code().to_uppercase(),
            band.code()
        ));
    }
    text
}

/// The new site's config.toml: the school's name, address and languages, and `[school]`'s
/// lines as commented placeholders.
pub(super) fn config(school: &NewSchool) -> String {
    let mut text = format!(
        "# {name}'s online-safety website, made by `haven init`. Every setting is explained in\n\
         # haven's docs/getting-started.md; only title and base_url are required.\n\
         title = {title}\n\
         base_url = {base_url}\n\
         default_language = \"en\"\n\
         theme = \"default\"\n\
         \n\
         # Who to contact, shown on the report page, the posters and every page's footer. Fill in\n\
         # each line and remove its \"#\": until then the pages that would show it leave it out.\n\
         # haven will not build while a line still says {FILL_IN}\n\
         [school]\n",
        name = school.name.replace('\n', " "),
        title = quote(&school.name),
        base_url = quote(&school.base_url),
    );
    for (key, what) in SCHOOL_FIELDS {
        text.push_str(&format!("# {key} = \"{FILL_IN} {what}\"\n"));
    }
    for code in &school.languages {
        text.push_str(&format!(
            "\n[languages.{code}]\nname = {}\n",
            quote(language_name(code))
        ));
        if is_right_to_left(code) {
            text.push_str("dir = \"rtl\"\n");
        }
    }
    text
}

/// `[school]`'s keys and what each asks for.
const SCHOOL_FIELDS: [(&str, &str); 8] = [
    ("address", "the school's postal address"),
    ("phone", "the school office's phone number"),
    ("email", "the school office's email address"),
    ("dsl", "the Designated Safeguarding Lead's name, e.g. Mrs J. Smith"),
    ("deputy_dsl", "the deputy Designated Safeguarding Lead's name"),
    ("police_force", "your local police force's name"),
    ("police_url", "your local police force's website, https://..."),
    (
        "safeguarding_team",
        "your local authority's safeguarding team and its phone number",
    ),
];

/// A TOML string.
fn quote(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// The language's name in itself, for the language menu; the code when haven does not
/// know it (config.toml says to write it).
fn language_name(code: &str) -> &str {
    const NAMES: [(&str, &str); 20] = [
        ("en", "English"),
        ("pl", "Polski"),
        ("ur", "اردو"),
        ("pa", "ਪੰਜਾਬੀ"),
        ("bn", "বাংলা"),
        ("ar", "العربية"),
        ("ro", "Română"),
        ("lt", "Lietuvių"),
        ("so", "Soomaali"),
        ("ta", "தமிழ்"),
        ("gu", "ગુજરાતી"),
        ("pt", "Português"),
        ("es", "Español"),
        ("fr", "Français"),
        ("uk", "Українська"),
        ("tr", "Türkçe"),
        ("fa", "فارسی"),
        ("ps", "پښتو"),
        ("cy", "Cymraeg"),
        ("zh", "中文"),
    ];
    NAMES.iter().find(|(c, _)| *c == code).map_or(code, |(_, n)| n)
}

/// Scripts written right to left.
fn is_right_to_left(code: &str) -> bool {
    let language = code.split('-').next().unwrap_or(code);
    matches!(
        language,
        "ar" | "fa" | "he" | "ps" | "ur" | "ckb" | "dv" | "sd" | "yi" | "ug"
    ) || code.ends_with("-Arab")
}

/// `data/links.toml` without the example's local links (its county's police and council):
/// the school adds its own.
pub(super) fn without_local_links(text: &str) -> String {
    let mut parts = text.split("\n[[link]]");
    let mut kept = parts.next().unwrap_or_default().to_string();
    for part in parts {
        if !part.contains("category = \"local\"") {
            kept.push_str("\n[[link]]");
            kept.push_str(part);
        }
    }
    kept.lines()
        .filter(|l| !l.starts_with("# --- Local"))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// An image's sidecar naming nobody: a new school's register is empty, and the bundled
/// pictures are drawings that stand in for its photos.
pub(super) fn sidecar_without_pupils(text: &str) -> String {
    if !text
        .lines()
        .any(|l| l.starts_with("pupils = [") && l.trim() != "pupils = []")
    {
        return text.to_string();
    }
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| if l.starts_with("pupils = [") { "pupils = []" } else { l })
        .map(|l| format!("{l}\n"))
        .collect()
}
