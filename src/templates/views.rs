//! Typed, borrowed views that templates receive (as Zola does): no JSON maps built from
//! string keys. Every field is documented in docs/templates.md.

use std::borrow::Cow;

use serde::Serialize;

use crate::config::{Language, School};
use crate::content::extra::ExtraKeys;
use crate::content::{Band, Topic};
use crate::kinds::lessons::LessonMeta;
use crate::kinds::posters::Room;
use crate::markdown::Heading;

/// The site as every template sees it (`site`).
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    /// The school's name.
    pub title: &'a str,
    /// The published address, ending in `/`.
    pub base_url: &'a str,
    /// Contact details and safeguarding people.
    pub school: &'a School,
    /// All languages, the default first.
    pub languages: &'a [Language],
    /// The default language's code.
    pub default_language: &'a str,
    /// The report button's destination.
    pub ceop_url: &'a str,
    /// Where "Exit this page" goes.
    pub exit_url: &'a str,
    /// The build day, `YYYY-MM-DD`.
    pub today: String,
    /// Whether pages register the service worker (`[offline] service_worker`).
    pub service_worker: bool,
    /// True for the example school: every page says so (`example = true`).
    pub example: bool,
    /// The school's logo, favicons and stylesheets (`[brand]`).
    pub brand: crate::brand::BrandView,
    /// The theme's combined stylesheets by name (`core`, `pages`, ...): the one file a
    /// page links (`output::bundle`).
    pub stylesheets: std::collections::BTreeMap<&'static str, String>,
}

/// The page being rendered (`page`): its text and what it is.
#[derive(Debug, Serialize)]
pub struct PageView<'a> {
    /// The title, in the body's language.
    pub title: Cow<'a, str>,
    /// One sentence about it.
    pub description: Option<&'a str>,
    /// The body HTML.
    pub content: &'a str,
    /// What kind of page it is (`lesson`, `report`, `topic`, ...).
    pub kind: &'static str,
    /// The body's language (the default language when untranslated).
    pub lang: &'a str,
    /// The body's direction.
    pub dir: &'static str,
    /// False when the reader's language or version had no file and a fallback is shown.
    pub translated: bool,
    /// The body's variant: `standard`, or `easy` for an easy-read file.
    pub variant: &'static str,
    /// The front matter date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The front matter `[extra]` table.
    pub extra: Option<&'a ExtraKeys>,
    /// The body's headings.
    pub headings: &'a [Heading],
    /// The source file, relative to the site root.
    pub source: Option<String>,
    /// Roughly how many words the body has.
    pub words: usize,
}

/// A page or section in a listing or the navigation.
#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    /// Its title in the reader's language where there is one.
    pub title: Cow<'a, str>,
    /// The title's language (the default language when untranslated).
    pub lang: &'a str,
    /// The title's direction.
    pub dir: &'static str,
    /// One sentence about it.
    pub description: Option<&'a str>,
    /// Its URL path for this reader.
    pub path: String,
    /// What kind of page it is.
    pub kind: &'static str,
    /// True when it is the page being rendered.
    pub current: bool,
    /// Its lesson details, for lessons.
    pub lesson: Option<LessonMeta<'a>>,
    /// Its `[extra]` table.
    pub extra: Option<&'a ExtraKeys>,
}

/// A link to another version of the page (the version switcher and `hreflang` links).
#[derive(Debug, Serialize)]
pub struct VersionLink {
    /// `language` (this page in another language), or the version it leads to in this
    /// language: `standard`, `easy` or `eal`.
    pub kind: &'static str,
    /// The version of the page it leads to: `standard`, `easy` or `eal`.
    pub version: &'static str,
    /// The language of the page it leads to.
    pub lang: String,
    /// That language's name, in itself.
    pub name: String,
    /// That language's direction.
    pub dir: &'static str,
    /// Its URL path.
    pub path: String,
    /// Its absolute URL, for `<link rel="alternate" hreflang>`.
    pub url: String,
    /// True when it is the page being rendered.
    pub current: bool,
}

/// An age band and its lessons (`band`).
#[derive(Debug, Serialize)]
pub struct BandView<'a> {
    /// `eyfs`, `ks1`, ...
    pub code: &'static str,
    /// Youngest age.
    pub age_from: u8,
    /// Oldest age.
    pub age_to: u8,
    /// Its URL path for this reader.
    pub path: String,
    /// Its lessons, in order.
    pub lessons: Vec<Entry<'a>>,
}

impl<'a> BandView<'a> {
    /// A band with its ages.
    pub fn new(band: Band, path: String, lessons: Vec<Entry<'a>>) -> Self {
        let (age_from, age_to) = band.ages();
        Self {
            code: band.code(),
            age_from,
            age_to,
            path,
            lessons,
        }
    }
}

/// One of the four Cs and its lessons (`topic`).
#[derive(Debug, Serialize)]
pub struct TopicView<'a> {
    /// `content`, `contact`, `conduct` or `commerce`.
    pub code: &'static str,
    /// Its lessons, youngest band first.
    pub lessons: Vec<Entry<'a>>,
}

/// The curriculum map (`curriculum`): the eight strands against the five bands.
#[derive(Debug, Serialize)]
pub struct CurriculumView<'a> {
    /// The columns: every band, youngest first, with the four Cs its lessons cover.
    pub bands: Vec<CurriculumBand>,
    /// The rows: every strand, in the framework's order.
    pub strands: Vec<StrandRow<'a>>,
    /// How many cells have no lesson.
    pub gaps: usize,
}

/// A column of the curriculum map.
#[derive(Debug, Serialize)]
pub struct CurriculumBand {
    /// `eyfs`, `ks1`, ...
    pub code: &'static str,
    /// Its lessons page for this reader, when the band has a folder.
    pub path: Option<String>,
    /// The four Cs its lessons cover, in KCSIE's order.
    pub topics: Vec<Topic>,
    /// The four Cs none of its lessons cover.
    pub topics_missing: Vec<Topic>,
}

/// A row of the curriculum map: one strand, and its lessons band by band.
#[derive(Debug, Serialize)]
pub struct StrandRow<'a> {
    /// The strand's code, e.g. `online-bullying`.
    pub code: &'static str,
    /// One cell per band, in the order of `bands`: the lessons teaching the strand to
    /// that band (empty for a gap).
    pub cells: Vec<Vec<Entry<'a>>>,
}

/// A room's poster (`poster`).
#[derive(Debug, Serialize)]
pub struct PosterView<'a> {
    /// The room.
    pub room: &'a Room,
    /// The rules file's title, in the poster's language where it is translated.
    pub title: &'a str,
    /// The language of the rules text (the default language when untranslated).
    pub lang: &'a str,
    /// Its direction.
    pub dir: &'static str,
    /// The band's rules.
    pub rules: Vec<&'a str>,
    /// The rules file's body HTML.
    pub intro: &'a str,
    /// `roomy`, `standard`, `compact` or `dense`: how large the type can be and still fit
    /// the sheet.
    pub text_size: &'static str,
    /// The QR code opening the poster online, as inline SVG (`None` for an address too
    /// long to encode).
    pub qr: Option<String>,
    /// The poster's absolute URL (what its QR code opens).
    pub url: String,
    /// Its URL path for this reader.
    pub path: String,
}
