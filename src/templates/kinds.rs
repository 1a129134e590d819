//! What each page kind adds to its template's variables (DESIGN §4): slides for lessons,
//! posters with their QR codes, the Safer Internet Day countdown and days, the links
//! directory, Exit this page, the dates of policies and the agreement, and the
//! accessibility statement. The rules live in `src/kinds/`; this module only hands their
//! results to templates.

use super::dated_views::{self, AgreementView, PolicyView, SidBanner, SidDay};
use super::env::RenderEnv;
use super::kind_view::{KindView, SectionKindView};
use super::views::PosterView;
use crate::content::extra::{AgreementExtra, Extra, PolicyExtra, SidExtra};
use crate::content::front_matter::Date;
use crate::content::{Band, Kind};
use crate::content::{Page, PageFile, Section, Variant};
use crate::error::{Diagnostic, Result};
use crate::i18n::dates::DateView;
use crate::kinds::lessons::{LessonMeta, split_slides};
use crate::kinds::policy::overdue;
use crate::kinds::qr::qr_svg;
use crate::kinds::report::ExitView;
use crate::kinds::sid;
use crate::kinds::{links, posters};
use crate::routes::{Route, Target, Version};

impl<'a> RenderEnv<'a> {
    /// `date` in the words of `lang`.
    pub(super) fn date(&self, lang: &str, date: Date) -> Result<DateView> {
        DateView::new(self.translations, lang, date).map_err(|m| {
            Diagnostic::error(m)
                .hint("add the date messages (weekday-N, month-N, date-day, date-weekday) to the theme's or site's i18n/ files")
                .into()
        })
    }

    /// A day of `[extra]`, when given, in the words of `lang`.
    fn extra_date(&self, lang: &str, day: Option<Date>) -> Result<Option<DateView>> {
        day.map(|d| self.date(lang, d)).transpose()
    }

    /// The countdown to Safer Internet Day while it shows.
    fn sid_banner(&self, route: &Route) -> Result<Option<SidBanner>> {
        let Some(day) = sid::next_day(self.library, &self.config.default_language().code) else {
            return Ok(None);
        };
        let (Some(days_to_go), Some(path)) = (
            sid::days_to_go(self.today, day),
            self.plan
                .link(&Target::Section(sid::HUB.into()), &route.lang, route.version),
        ) else {
            return Ok(None);
        };
        Ok(Some(SidBanner {
            date: self.date(&route.lang, day)?,
            days_to_go,
            path: path.to_string(),
        }))
    }

    /// A Safer Internet Day page's day and theme.
    fn sid_day(&self, route: &Route, extra: &'a SidExtra) -> Result<SidDay<'a>> {
        let day = extra.date.as_ref().map(|d| *d.get_ref());
        let days_to_go = day.and_then(|d| sid::days_to_go(self.today, d));
        Ok(SidDay {
            date: self.extra_date(&route.lang, day)?,
            theme: extra.theme.as_deref(),
            counting_down: days_to_go.is_some(),
            days_to_go,
            past: day.is_some_and(|d| d < self.today),
        })
    }

    /// A room's poster in `lang`; `with_qr` draws its QR code (the posters list shows none).
    pub(super) fn poster_view(&self, index: usize, lang: &str, with_qr: bool) -> Option<PosterView<'a>> {
        let room = &self.rooms[index];
        let rules_page = self.library.pages.values().find(|p| p.kind == Kind::Rules(room.band))?;
        let resolved = rules_page
            .versions
            .resolve(Variant::Standard, lang, self.default_lang())?;
        let path = self
            .plan
            .find(&Target::Poster(index), lang, Version::Standard)?
            .path
            .clone();
        let file = resolved.file;
        let rules = file.front.extra.rules();
        let intro = &self.body(file).html;
        let url = format!("{}{}", self.config.base_url, path.trim_start_matches('/'));
        Some(PosterView {
            room,
            title: &file.front.title,
            lang: &file.lang,
            dir: self.dir_of(&file.lang),
            text_size: posters::text_size(&rules, intro),
            rules,
            intro,
            qr: if with_qr { qr_svg(&url) } else { None },
            url,
            path,
        })
    }

    /// What a policy shows about itself.
    fn policy_view(&self, lang: &str, extra: &'a PolicyExtra) -> Result<PolicyView<'a>> {
        Ok(PolicyView {
            published: self.extra_date(lang, extra.published)?,
            review: self.extra_date(lang, extra.review.as_ref().map(|r| *r.get_ref()))?,
            agreed_by: extra.agreed_by.as_deref(),
            overdue: overdue(extra, self.today).is_some(),
        })
    }

    /// What the home-school agreement shows about itself.
    fn agreement_view(&self, lang: &str, extra: &'a AgreementExtra) -> Result<AgreementView<'a>> {
        Ok(AgreementView {
            version: extra.version.as_deref(),
            agreed: self.extra_date(lang, extra.agreed)?,
        })
    }

    /// Exit this page for a reader of `route`.
    fn exit(&self, route: &Route) -> ExitView<'a> {
        let help = self
            .plan
            .link(&Target::ExitHelp, &route.lang, Version::Standard)
            .map(str::to_string);
        ExitView::new(&self.config.exit_url, help)
    }
}

/// What a content page's kind shows; `file` is the file whose body is shown, and on an
/// EAL page `eal_body` the English with its key words translated, which its slides show.
pub(super) fn page_view<'a>(
    env: &'a RenderEnv<'a>,
    route: &Route,
    page: &Page,
    file: &'a PageFile,
    eal_body: Option<&str>,
) -> Result<KindView<'a>> {
    let lang = route.lang.as_str();
    Ok(match (page.kind, &file.front.extra) {
        (Kind::Lesson(band), extra) => KindView::Lesson {
            lesson: LessonMeta::read(band, extra),
            band: env.band_view(band, route, false),
            slides: match route.version {
                Version::Eal => eal_body.map(|b| split_slides(b).into_owned()),
                _ => Some(env.slides(file)),
            },
        },
        (Kind::SidYear(_), Extra::Sid(extra)) => KindView::SidDay(env.sid_day(route, extra)?),
        (Kind::Links, _) => KindView::Links(links::group(env.links)),
        (Kind::Report, _) => KindView::Exit(env.exit(route)),
        (Kind::Policy, Extra::Policy(extra)) => KindView::Policy(env.policy_view(lang, extra)?),
        (Kind::Agreement, Extra::Agreement(extra)) => KindView::Agreement(env.agreement_view(lang, extra)?),
        _ => KindView::Plain,
    })
}

/// What a section's kind adds to its listings: every band and topic on the home page,
/// the lessons index and the Safer Internet Day hub; the countdown on home pages; the day
/// on the hub; a band's lessons on its page.
pub(super) fn section_view<'a>(
    env: &'a RenderEnv<'a>,
    route: &Route,
    section: &Section,
    file: Option<&'a PageFile>,
) -> Result<SectionKindView<'a>> {
    let bands = || {
        Band::ALL
            .iter()
            .filter_map(|b| env.band_view(*b, route, true))
            .collect()
    };
    let topics = || {
        crate::routes::topics_in_use(env.library, env.default_lang())
            .into_iter()
            .collect()
    };
    Ok(match section.kind {
        Kind::Band(band) => SectionKindView::Band(env.band_view(band, route, true)),
        Kind::Home => SectionKindView::Home {
            bands: bands(),
            topics: topics(),
            sid_banner: env.sid_banner(route)?,
        },
        Kind::Section if section.key == "lessons" => SectionKindView::Lessons {
            bands: bands(),
            topics: topics(),
            curriculum_path: env.plan.link(&Target::Curriculum, &route.lang, route.version),
        },
        Kind::SidHub => SectionKindView::SidHub {
            bands: bands(),
            topics: topics(),
            sid: match file.map(|f| &f.front.extra) {
                Some(Extra::Sid(extra)) => Some(env.sid_day(route, extra)?),
                _ => None,
            },
        },
        _ => SectionKindView::Plain,
    })
}

/// What haven's own pages show: a topic's lessons, the curriculum map, posters, the
/// accessibility statement, and Exit this page on its explainer.
pub(super) fn generated_view<'a>(env: &'a RenderEnv<'a>, route: &Route, target: &Target) -> Result<KindView<'a>> {
    let lang = route.lang.as_str();
    Ok(match target {
        Target::Topic(t) => KindView::Topic(env.topic_view(*t, route)),
        Target::Curriculum => KindView::Curriculum(env.curriculum_view(route)),
        Target::Posters => KindView::Posters(
            (0..env.rooms.len())
                .filter_map(|i| env.poster_view(i, env.rooms[i].languages[0].as_str(), false))
                .collect(),
        ),
        Target::PrintAll => KindView::Posters(
            (0..env.rooms.len())
                .filter(|i| env.rooms[*i].languages.iter().any(|l| l == lang))
                .filter_map(|i| env.poster_view(i, lang, true))
                .collect(),
        ),
        Target::Poster(i) => KindView::Posters(env.poster_view(*i, lang, true).into_iter().collect()),
        Target::Accessibility => KindView::Statement(dated_views::statement(env.config, |d| env.date(&route.lang, d))?),
        Target::ExitHelp => KindView::Exit(env.exit(route)),
        _ => KindView::Plain,
    })
}
