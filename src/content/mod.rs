//! Load content: walk `content/`, split front matter, read file names, and assemble a
//! flat [`Library`] of pages and sections (DESIGN §4), each of a [`Kind`] with its
//! `[extra]` read into a typed [`Extra`].

mod assemble;
pub mod extra;
pub mod file_name;
pub mod front_matter;
pub mod kind;
pub mod library;
pub mod load;
pub mod page;
mod sections;
pub mod translations;
pub mod vocabulary;
mod withheld;

pub use extra::Extra;
pub use file_name::Variant;
pub use kind::{Kind, classify_page, classify_section};
pub use library::{Library, SourceRef};
pub use load::{ReadFiles, load, load_keeping_going};
pub use page::{Page, PageFile, Section};
pub use vocabulary::{Band, Topic};

/// A file or folder name made into a URL segment: lower case, ASCII, hyphens.
pub fn slugify(name: &str) -> String {
    let s = slug::slugify(name);
    if s.is_empty() { "page".to_string() } else { s }
}

/// True when `slug` can be used as one URL segment as it is.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 200
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// A folder name made readable as a title: `safer-internet_day` -> `Safer internet day`.
pub fn humanize(name: &str) -> String {
    let spaced = name.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_slugs_and_titles() {
        assert_eq!(slugify("Keeping Safe"), "keeping-safe");
        assert_eq!(slugify("ks2"), "ks2");
        assert_eq!(slugify("!!!"), "page");
        assert!(is_valid_slug("a-b_1"));
        assert!(!is_valid_slug("A b"));
        assert_eq!(humanize("safer-internet_day"), "Safer internet day");
    }
}
