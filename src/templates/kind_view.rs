//! What one route's template receives: the chrome every page shares, and one [`KindView`]
//! holding only what its kind shows. Templates see both as top-level variables, under the
//! names docs/templates.md lists: a kind's variables are empty (`[]` or none) on other
//! kinds' pages, so a school's template that tests `{% if lesson %}` works on every page.

use serde::{Serialize, Serializer};

use super::dated_views::{AgreementView, PolicyView, SidBanner, SidDay, StatementView};
use super::eal::EalView;
use super::views::{BandView, CurriculumView, Entry, PageView, PosterView, TopicView, VersionLink};
use crate::content::Topic;
use crate::kinds::lessons::{LessonMeta, Slides};
use crate::kinds::links::AudienceGroup;
use crate::kinds::report::ExitView;

/// Everything a template receives: the chrome, and its kind's view.
#[derive(Debug, Serialize)]
pub struct RenderContext<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub chrome: Chrome<'a>,
    /// What this page's kind adds.
    #[serde(flatten)]
    pub view: KindView<'a>,
}

/// What every page has: the site, the reader's language and version, the page itself, the
/// version switcher, the navigation and the report button.
#[derive(Debug, Serialize)]
pub struct Chrome<'a> {
    /// The reader's language (the chrome's).
    pub lang: &'a str,
    /// The chrome's direction.
    pub dir: &'static str,
    /// `standard`, `easy` or `eal`.
    pub version: &'static str,
    /// This page's URL path.
    pub current_path: &'a str,
    /// This page's absolute URL.
    pub canonical_url: String,
    /// The page.
    pub page: PageView<'a>,
    /// Other versions of this page: languages, easy-read, EAL.
    pub versions: Vec<VersionLink>,
    /// The site's top-level sections and pages.
    pub nav: Vec<Entry<'a>>,
    /// The "Report a concern" page for this reader, when the site has `content/report.md`.
    pub report_path: Option<&'a str>,
    /// For EAL pages (of any kind): the marked English text, its key words and the
    /// translation.
    pub eal: Option<EalView<'a>>,
}

/// What a page's kind adds to the chrome: each variant holds only its kind's fields.
#[derive(Debug, Default)]
pub enum KindView<'a> {
    /// A plain page, a rules page, and haven's pages with nothing of their own (search,
    /// 404, the posters' page when the site has no rooms).
    #[default]
    Plain,
    /// A lesson (EAL pages have no slides).
    Lesson {
        /// Band, topics, duration, objectives.
        lesson: LessonMeta<'a>,
        /// Its band, without the band's lessons.
        band: Option<BandView<'a>>,
        /// The body split into slides for present mode.
        slides: Option<Slides<'a>>,
    },
    /// A section: its pages and subsections, and what its kind adds.
    Section(SectionView<'a>),
    /// A past Safer Internet Day's page: its day and theme.
    SidDay(SidDay<'a>),
    /// The useful-links directory, by audience, then category.
    Links(Vec<AudienceGroup<'a>>),
    /// The report page and the page about Exit this page.
    Exit(ExitView<'a>),
    /// A policy: published, review and agreed-by.
    Policy(PolicyView<'a>),
    /// The home-school agreement: its version and date.
    Agreement(AgreementView<'a>),
    /// One of the four Cs and its lessons.
    Topic(TopicView<'a>),
    /// The curriculum map.
    Curriculum(CurriculumView<'a>),
    /// The posters' list, one room's poster, or every poster to print.
    Posters(Vec<PosterView<'a>>),
    /// The accessibility statement's facts.
    Statement(StatementView<'a>),
}

/// A section's listings, and what its kind adds.
#[derive(Debug, Default)]
pub struct SectionView<'a> {
    /// Its pages.
    pub pages: Vec<Entry<'a>>,
    /// Its subsections.
    pub subsections: Vec<Entry<'a>>,
    /// What its kind adds.
    pub of: SectionKindView<'a>,
}

/// What a section's kind adds to its listings.
#[derive(Debug, Default)]
pub enum SectionKindView<'a> {
    /// Any other section.
    #[default]
    Plain,
    /// A band's lessons page: the band with its lessons (none when its page is not built).
    Band(Option<BandView<'a>>),
    /// The home page: every band and topic with lessons, and the countdown to Safer
    /// Internet Day while it shows.
    Home {
        /// Every band that has lessons.
        bands: Vec<BandView<'a>>,
        /// Every topic that has lessons.
        topics: Vec<Topic>,
        /// The countdown, from 42 days before the day to the day.
        sid_banner: Option<SidBanner>,
    },
    /// The lessons index: every band and topic, and the curriculum map's address.
    Lessons {
        /// Every band that has lessons.
        bands: Vec<BandView<'a>>,
        /// Every topic that has lessons.
        topics: Vec<Topic>,
        /// The curriculum map for this reader, when it is built.
        curriculum_path: Option<&'a str>,
    },
    /// The Safer Internet Day hub: every band and topic, and its day.
    SidHub {
        /// Every band that has lessons.
        bands: Vec<BandView<'a>>,
        /// Every topic that has lessons.
        topics: Vec<Topic>,
        /// The day and theme, when the hub has a file.
        sid: Option<SidDay<'a>>,
    },
}

/// The names templates know for kinds' variables, each empty unless the kind fills it.
#[derive(Serialize, Default)]
struct TemplateVars<'b, 'a> {
    pages: &'b [Entry<'a>],
    subsections: &'b [Entry<'a>],
    lesson: Option<&'b LessonMeta<'a>>,
    band: Option<&'b BandView<'a>>,
    bands: &'b [BandView<'a>],
    topic: Option<&'b TopicView<'a>>,
    topics: &'b [Topic],
    curriculum: Option<&'b CurriculumView<'a>>,
    curriculum_path: Option<&'a str>,
    posters: &'b [PosterView<'a>],
    slides: Option<&'b Slides<'a>>,
    sid_banner: Option<&'b SidBanner>,
    sid: Option<&'b SidDay<'a>>,
    useful_links: &'b [AudienceGroup<'a>],
    exit: Option<&'b ExitView<'a>>,
    policy: Option<&'b PolicyView<'a>>,
    agreement: Option<&'b AgreementView<'a>>,
    statement: Option<&'b StatementView<'a>>,
}

impl<'a> KindView<'a> {
    /// The view under the names templates know.
    fn vars<'b>(&'b self) -> TemplateVars<'b, 'a> {
        let none = TemplateVars::default();
        match self {
            KindView::Plain => none,
            KindView::Lesson { lesson, band, slides } => TemplateVars {
                lesson: Some(lesson),
                band: band.as_ref(),
                slides: slides.as_ref(),
                ..none
            },
            KindView::Section(section) => section.vars(),
            KindView::SidDay(sid) => TemplateVars { sid: Some(sid), ..none },
            KindView::Links(groups) => TemplateVars {
                useful_links: groups,
                ..none
            },
            KindView::Exit(exit) => TemplateVars {
                exit: Some(exit),
                ..none
            },
            KindView::Policy(policy) => TemplateVars {
                policy: Some(policy),
                ..none
            },
            KindView::Agreement(agreement) => TemplateVars {
                agreement: Some(agreement),
                ..none
            },
            KindView::Topic(topic) => TemplateVars {
                topic: Some(topic),
                ..none
            },
            KindView::Curriculum(map) => TemplateVars {
                curriculum: Some(map),
                ..none
            },
            KindView::Posters(posters) => TemplateVars { posters, ..none },
            KindView::Statement(statement) => TemplateVars {
                statement: Some(statement),
                ..none
            },
        }
    }
}

impl<'a> SectionView<'a> {
    fn vars<'b>(&'b self) -> TemplateVars<'b, 'a> {
        let listed = TemplateVars {
            pages: &self.pages,
            subsections: &self.subsections,
            ..TemplateVars::default()
        };
        match &self.of {
            SectionKindView::Plain => listed,
            SectionKindView::Band(band) => TemplateVars {
                band: band.as_ref(),
                ..listed
            },
            SectionKindView::Home {
                bands,
                topics,
                sid_banner,
            } => TemplateVars {
                bands,
                topics,
                sid_banner: sid_banner.as_ref(),
                ..listed
            },
            SectionKindView::Lessons {
                bands,
                topics,
                curriculum_path,
            } => TemplateVars {
                bands,
                topics,
                curriculum_path: *curriculum_path,
                ..listed
            },
            SectionKindView::SidHub { bands, topics, sid } => TemplateVars {
                bands,
                topics,
                sid: sid.as_ref(),
                ..listed
            },
        }
    }
}

impl Serialize for KindView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.vars().serialize(serializer)
    }
}
