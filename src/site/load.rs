//! The first step of a build: the config, then the theme, strings, content and data, every
//! problem reported together; and, for `haven serve`, the content alone read again.

use std::collections::HashSet;
use std::sync::Arc;

use crate::config::Config;
use crate::content::{self, Library};
use crate::error::{Diagnostic, Error, Problems, Result, Severity};
use crate::example_school;
use crate::i18n::Translations;
use crate::i18n::glossary::Glossary;
use crate::images::Images;
use crate::kinds::links::UsefulLink;
use crate::kinds::posters::Room;
use crate::options::{BuildOptions, Command};
use crate::routes::{self, Plan};
use crate::templates::Templates;
use crate::theme::Theme;

/// Everything read and checked before anything is written. What does not come from
/// `content/` is shared, so `haven serve` can read the content again and keep the rest.
pub(crate) struct Site {
    pub(crate) config: Arc<Config>,
    pub(crate) library: Library,
    pub(crate) rooms: Arc<Vec<Room>>,
    pub(crate) links: Arc<Vec<UsefulLink>>,
    pub(crate) glossary: Arc<Glossary>,
    pub(crate) plan: Plan,
    pub(crate) translations: Arc<Translations>,
    pub(crate) templates: Arc<Templates>,
    pub(crate) theme: Arc<Theme>,
    pub(crate) images: Arc<Images>,
    /// The content files as read, to read again only those that change.
    pub(crate) read: content::ReadFiles,
    /// Errors in content files left out of the build, reported with the checks' findings.
    pub(crate) pending: Vec<Diagnostic>,
    /// Errors in config.toml, the templates and the strings, which reading the content
    /// again does not change: `haven serve` reports them on every rebuild until fixed.
    pub(crate) standing: Vec<Diagnostic>,
    /// URL paths of pages left out because of those errors: links to them are not
    /// reported again.
    pub(crate) withheld: Vec<String>,
}

impl Site {
    /// The same site with `content/` read again (the files that changed: see
    /// [`content::load_keeping_going`]) and its routes planned again, by the build's own loaders
    /// (a file with a mistake left out, its error kept for later); config, theme, strings,
    /// templates, data and images are kept (`haven serve`, when only content changed). The
    /// images' plan reads the library's assets, so the caller reads everything again when
    /// those differ.
    pub(crate) fn reload_content(&self, opts: &BuildOptions, changed: &HashSet<String>) -> Result<Site> {
        let (library, read, mut pending) =
            crate::site_pending::content_again(&opts.root, &self.config, &self.read, changed)?;
        let (plan, clashes) = routes::plan(&library, &self.config, &self.rooms);
        pending.extend(clashes);
        Ok(Site {
            withheld: crate::site_pending::withheld_again(
                &self.config,
                &self.rooms,
                (&self.library, &self.withheld),
                &library,
            ),
            pending: self.standing.iter().cloned().chain(pending).collect(),
            standing: self.standing.clone(),
            read,
            config: self.config.clone(),
            library,
            rooms: self.rooms.clone(),
            links: self.links.clone(),
            glossary: self.glossary.clone(),
            plan,
            translations: self.translations.clone(),
            templates: self.templates.clone(),
            theme: self.theme.clone(),
            images: self.images.clone(),
        })
    }
}

/// Reads the config, then the theme, strings, content and data, reporting every problem.
pub(crate) fn load(opts: &BuildOptions) -> Result<Site> {
    let (config, config_errors) = config(opts)?;
    let mut problems = Problems::new();
    let theme = problems.take(Theme::load(&opts.root, &config))?;
    let brand = crate::site_pending::kept(crate::brand::check_colour(theme.as_ref(), &config.brand))?;
    let (translations, ftl_errors) = strings(theme.as_ref(), &config);
    // The templates need only the theme and the strings: they are parsed beside the
    // content, and their errors taken below in their old place.
    let (content, templates) = rayon::join(
        || crate::site_pending::content_and_links(&opts.root, &config, opts.preview(), &mut problems),
        || match (&theme, &translations) {
            (Some(theme), Some(translations)) => Some(Templates::load_keeping_going(
                theme,
                translations.clone(),
                config.clone(),
            )),
            _ => None,
        },
    );
    let (library, links, mut pending) = content?;
    pending.extend(brand);
    let mut standing: Vec<Diagnostic> = config_errors.into_iter().chain(ftl_errors).collect();
    pending.splice(0..0, standing.iter().cloned());
    let (rooms, mut gone) = crate::site_pending::rooms(&opts.root, &config, &mut pending)?;
    let glossary = crate::site_pending::glossary(&opts.root, &config, &mut pending)?;
    let (Some(theme), Some(translations), Some((library, read)), Some(links), Some(templates)) =
        (theme, translations, library, links, templates)
    else {
        return Err(crate::site_pending::with(&pending, Error::User(problems.into_vec())));
    };
    example_values(opts, &config, &library, &mut problems, &mut pending)?;
    let rooms = crate::site_pending::rooms_with_rules(&library, rooms, &mut pending, &mut gone);
    let (plan, clashes) = routes::plan(&library, &config, &rooms);
    pending.extend(clashes);
    let mut withheld = crate::site_pending::withheld(&config, &library, &rooms, &gone);
    let templates = problems.take(templates)?.map(|(templates, errors)| {
        standing.extend(errors.iter().cloned());
        pending.extend(errors);
        let default = &config.default_language().code;
        withheld.extend(templates.pages_left_out(&library, &plan, default));
        templates
    });
    let images = problems.take(Images::prepare(&opts.root, &theme, &library))?;
    let images = images.map(|(images, errors)| {
        pending.extend(errors);
        images
    });
    let (Some(templates), Some(images)) = (templates, images) else {
        return Err(crate::site_pending::with(&pending, Error::User(problems.into_vec())));
    };
    problems.finish().map_err(|e| crate::site_pending::with(&pending, e))?;
    Ok(Site {
        pending,
        standing,
        withheld,
        config,
        library,
        rooms: Arc::new(rooms),
        links: Arc::new(links),
        glossary: Arc::new(glossary),
        plan,
        translations,
        templates: Arc::new(templates),
        theme: Arc::new(theme),
        images: Arc::new(images),
        read,
    })
}

/// The config, with the mistakes that leave the site buildable kept for later, with the
/// rest (mistakes that do not stop it all at once).
fn config(opts: &BuildOptions) -> Result<(Arc<Config>, Vec<Diagnostic>)> {
    let (config, errors) = Config::load_keeping_going(&opts.root)?;
    let Some(mut config) = config else {
        return Err(Error::User(errors));
    };
    if let Command::Serve { base_url } = &opts.command {
        config.base_url = base_url.clone();
    }
    Ok((Arc::new(config), errors))
}

/// The UI strings, with their syntax errors kept for later: a broken message is left out,
/// the rest load.
fn strings(theme: Option<&Theme>, config: &Config) -> (Option<Arc<Translations>>, Vec<Diagnostic>) {
    match theme {
        Some(t) => {
            let (translations, errors) = Translations::new_keeping_going(config, &t.i18n);
            (Some(Arc::new(translations)), errors)
        }
        None => (None, Vec::new()),
    }
}

/// The example school's values in a site that is not the example: errors kept for later
/// (they stop nothing else), or warnings in the preview, which shows a new site before
/// its placeholders are filled in.
fn example_values(
    opts: &BuildOptions,
    config: &Config,
    library: &Library,
    problems: &mut Problems,
    pending: &mut Vec<Diagnostic>,
) -> Result<()> {
    for d in example_school::check(&opts.root, config, library)? {
        match opts.preview() {
            true => problems.push(Diagnostic {
                severity: Severity::Warning,
                ..d
            }),
            false => pending.push(d),
        }
    }
    Ok(())
}
