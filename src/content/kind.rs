//! What a page or section is (DESIGN §4): its kind follows from where its file is under
//! `content/`, and decides its `[extra]` keys and its template.

use super::vocabulary::{self, Band};

/// What a page or section is, decided by its place under `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `content/_index.md`: the home page.
    Home,
    /// Any other section.
    Section,
    /// `content/lessons/BAND/`: a band's lessons.
    Band(Band),
    /// `content/lessons/BAND/*.md`.
    Lesson(Band),
    /// `content/aup/BAND.md`: a band's Acceptable Use rules, the source of its posters.
    Rules(Band),
    /// `content/sid/_index.md`: the Safer Internet Day hub.
    SidHub,
    /// `content/sid/YEAR.md`: a past Safer Internet Day.
    SidYear(u16),
    /// `content/parents/home-school-agreement.md`.
    Agreement,
    /// `content/links.md`: the useful-links directory.
    Links,
    /// `content/report.md`: "Report a concern".
    Report,
    /// `content/policy/*.md`.
    Policy,
    /// Anything else.
    Page,
}

impl Kind {
    /// The name templates see as `page.kind`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Home => "home",
            Kind::Section => "section",
            Kind::Band(_) => "band",
            Kind::Lesson(_) => "lesson",
            Kind::Rules(_) => "rules",
            Kind::SidHub => "sid",
            Kind::SidYear(_) => "sid-year",
            Kind::Agreement => "agreement",
            Kind::Links => "links",
            Kind::Report => "report",
            Kind::Policy => "policy",
            Kind::Page => "page",
        }
    }
}

/// Why a file cannot be where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misplaced {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

fn bands_hint(what: &str) -> Misplaced {
    Misplaced {
        message: format!("{what} must be in a band folder"),
        hint: format!(
            "put it in content/lessons/BAND/ where BAND is {}",
            vocabulary::list_codes(Band::ALL.map(Band::code))
        ),
    }
}

/// The kind of the page whose key (content path without `.md`, bundles by folder) is `key`.
pub fn classify_page(key: &str) -> Result<Kind, Misplaced> {
    let parts: Vec<&str> = key.split('/').collect();
    match parts.as_slice() {
        ["lessons", band, _stem] => Band::from_code(band)
            .map(Kind::Lesson)
            .ok_or_else(|| bands_hint(&format!("a lesson's folder `{band}` is not a band, so the lesson"))),
        ["lessons", ..] => Err(bands_hint("a lesson")),
        ["aup", band] => Band::from_code(band).map(Kind::Rules).ok_or_else(|| Misplaced {
            message: format!("`aup/{band}.md` is not named after a band"),
            hint: format!(
                "name rules files after their band: {}",
                vocabulary::list_codes(Band::ALL.map(Band::code))
            ),
        }),
        ["sid", year] if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(Kind::SidYear(year.parse().unwrap_or_default()))
        }
        ["parents", "home-school-agreement"] => Ok(Kind::Agreement),
        ["links"] => Ok(Kind::Links),
        ["report"] => Ok(Kind::Report),
        ["policy", _] => Ok(Kind::Policy),
        _ => Ok(Kind::Page),
    }
}

/// The kind of the section in folder `key` (`""` for `content/` itself).
pub fn classify_section(key: &str) -> Kind {
    let parts: Vec<&str> = key.split('/').collect();
    match parts.as_slice() {
        [""] => Kind::Home,
        ["lessons", band] => Band::from_code(band).map_or(Kind::Section, Kind::Band),
        ["sid"] => Kind::SidHub,
        _ => Kind::Section,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_folder() {
        assert_eq!(classify_page("lessons/ks2/passwords"), Ok(Kind::Lesson(Band::Ks2)));
        assert_eq!(classify_page("aup/eyfs"), Ok(Kind::Rules(Band::Eyfs)));
        assert_eq!(classify_page("sid/2026"), Ok(Kind::SidYear(2026)));
        assert_eq!(classify_page("sid/tips"), Ok(Kind::Page));
        assert_eq!(classify_page("parents/home-school-agreement"), Ok(Kind::Agreement));
        assert_eq!(classify_page("policy/online-safety"), Ok(Kind::Policy));
        assert_eq!(classify_page("report"), Ok(Kind::Report));
        assert_eq!(classify_page("about/report"), Ok(Kind::Page));
        assert!(classify_page("lessons/year5/x").is_err());
        assert!(classify_page("lessons/x").is_err());
        assert!(classify_page("aup/year5").is_err());
        assert_eq!(classify_section(""), Kind::Home);
        assert_eq!(classify_section("lessons/ks3"), Kind::Band(Band::Ks3));
        assert_eq!(classify_section("lessons"), Kind::Section);
    }
}
