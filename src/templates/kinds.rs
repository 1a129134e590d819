//! What each page kind adds to its template's variables (DESIGN §4): slides for lessons,
//! posters with their QR codes, the Safer Internet Day countdown and days, the links
//! directory, Exit this page, the dates of policies and the agreement, and the
//! accessibility statement. The rules live in `src/kinds/`; this module only hands their
//! results to templates.

use super::context::RenderEnv;
use super::views::{PosterView, RenderContext};
use crate::content::Kind;
use crate::content::extra::{AgreementExtra, Extra, PolicyExtra, SidExtra};
use crate::content::front_matter::Date;
use crate::content::{Page, PageFile, Section, Variant};
use crate::error::{Diagnostic, Result};
use crate::i18n::dates::DateView;
use crate::kinds::agreement::AgreementView;
use crate::kinds::lessons::split_slides;
use crate::kinds::policy::{PolicyView, overdue};
use crate::kinds::qr::qr_svg;
use crate::kinds::report::ExitView;
use crate::kinds::sid::{self, SidBanner, SidDay};
use crate::kinds::{accessibility, links, posters};
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

/// Adds what a content page's kind shows; `file` is the file whose body is shown.
pub(super) fn add_page_views<'a>(
    env: &'a RenderEnv<'a>,
    route: &Route,
    page: &Page,
    file: &'a PageFile,
    cx: &mut RenderContext<'a>,
) -> Result<()> {
    let lang = route.lang.as_str();
    match (page.kind, &file.front.extra) {
        (Kind::Lesson(_), _) if route.version != Version::Eal => cx.slides = Some(split_slides(cx.page.content)),
        (Kind::SidYear(_), Extra::Sid(extra)) => cx.sid = Some(env.sid_day(route, extra)?),
        (Kind::Links, _) => cx.useful_links = links::group(env.links),
        (Kind::Report, _) => cx.exit = Some(env.exit(route)),
        (Kind::Policy, Extra::Policy(extra)) => cx.policy = Some(env.policy_view(lang, extra)?),
        (Kind::Agreement, Extra::Agreement(extra)) => cx.agreement = Some(env.agreement_view(lang, extra)?),
        _ => {}
    }
    Ok(())
}

/// Adds what a section's kind shows: the countdown on home pages, the day on the hub.
pub(super) fn add_section_views<'a>(
    env: &'a RenderEnv<'a>,
    route: &Route,
    section: &Section,
    file: Option<&'a PageFile>,
    cx: &mut RenderContext<'a>,
) -> Result<()> {
    match section.kind {
        Kind::Home => cx.sid_banner = env.sid_banner(route)?,
        Kind::SidHub => {
            if let Some(Extra::Sid(extra)) = file.map(|f| &f.front.extra) {
                cx.sid = Some(env.sid_day(route, extra)?);
            }
        }
        _ => {}
    }
    Ok(())
}

/// Adds what haven's own pages show: the statement, and Exit this page on its explainer.
pub(super) fn add_generated_views<'a>(env: &'a RenderEnv<'a>, route: &Route, cx: &mut RenderContext<'a>) -> Result<()> {
    match route.target {
        Target::Accessibility => {
            cx.statement = Some(accessibility::statement(env.config, |d| env.date(&route.lang, d))?);
        }
        Target::ExitHelp => cx.exit = Some(env.exit(route)),
        _ => {}
    }
    Ok(())
}
