//! The fixed vocabularies of DESIGN §4: age bands, the four Cs of online risk (KCSIE),
//! and the eight strands of UKCIS's Education for a Connected World.

use serde::{Deserialize, Serialize};

/// An age band: a Key Stage of the English national curriculum, or the early years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    /// Early Years Foundation Stage, ages 3-5.
    Eyfs,
    /// Key Stage 1, ages 5-7.
    Ks1,
    /// Key Stage 2, ages 7-11.
    Ks2,
    /// Key Stage 3, ages 11-14.
    Ks3,
    /// Key Stage 4, ages 14-16.
    Ks4,
}

impl Band {
    /// Every band, youngest first.
    pub const ALL: [Band; 5] = [Band::Eyfs, Band::Ks1, Band::Ks2, Band::Ks3, Band::Ks4];

    /// The band's code, as in folder names and `band = "..."`.
    pub fn code(self) -> &'static str {
        match self {
            Band::Eyfs => "eyfs",
            Band::Ks1 => "ks1",
            Band::Ks2 => "ks2",
            Band::Ks3 => "ks3",
            Band::Ks4 => "ks4",
        }
    }

    /// The band with this code.
    pub fn from_code(code: &str) -> Option<Band> {
        Band::ALL.into_iter().find(|b| b.code() == code)
    }

    /// The youngest and oldest ages of the band.
    pub fn ages(self) -> (u8, u8) {
        match self {
            Band::Eyfs => (3, 5),
            Band::Ks1 => (5, 7),
            Band::Ks2 => (7, 11),
            Band::Ks3 => (11, 14),
            Band::Ks4 => (14, 16),
        }
    }
}

/// One of the four Cs of online risk in Keeping Children Safe in Education.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    /// Being exposed to illegal, inappropriate or harmful content.
    Content,
    /// Harmful online interaction with other users.
    Contact,
    /// Personal online behaviour that increases the likelihood of, or causes, harm.
    Conduct,
    /// Online gambling, inappropriate advertising, phishing or financial scams.
    Commerce,
}

impl Topic {
    /// All four, in KCSIE's order.
    pub const ALL: [Topic; 4] = [Topic::Content, Topic::Contact, Topic::Conduct, Topic::Commerce];

    /// The topic's code.
    pub fn code(self) -> &'static str {
        match self {
            Topic::Content => "content",
            Topic::Contact => "contact",
            Topic::Conduct => "conduct",
            Topic::Commerce => "commerce",
        }
    }

    /// The topic with this code.
    pub fn from_code(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// The eight strands of Education for a Connected World, by code.
pub const STRANDS: [&str; 8] = [
    "self-image-and-identity",
    "online-relationships",
    "online-reputation",
    "online-bullying",
    "managing-online-information",
    "health-wellbeing-and-lifestyle",
    "privacy-and-security",
    "copyright-and-ownership",
];

/// Codes joined for error messages: "`a`, `b` or `c`".
pub fn list_codes<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    let codes: Vec<String> = codes.into_iter().map(|c| format!("`{c}`")).collect();
    match codes.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for b in Band::ALL {
            assert_eq!(Band::from_code(b.code()), Some(b));
        }
        for t in Topic::ALL {
            assert_eq!(Topic::from_code(t.code()), Some(t));
        }
        assert_eq!(Band::from_code("ks5"), None);
        assert_eq!(list_codes(["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
