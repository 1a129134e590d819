//! Orchestration only: calls the stages in order, collecting every problem a stage finds
//! before stopping, and publishes the output only when nothing failed.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::a11y;
use crate::checks::{ceop, third_party};
use crate::config::Config;
use crate::content::{self, Library, Page, PageFile, Variant};
use crate::error::{Diagnostic, Error, Problems, Result, Severity, collapse_repeats};
use crate::example_school;
use crate::i18n::Translations;
use crate::i18n::glossary::{Glossary, load_glossary};
use crate::i18n::report::TranslationReport;
use crate::images::encode::Refusal;
use crate::images::names::Changed;
use crate::images::report::ConsentReport;
use crate::images::uses::print_pages;
use crate::images::{Images, Written, is_raster};
use crate::kinds::curriculum::GapReport;
use crate::kinds::links::{UsefulLink, load_links};
use crate::kinds::posters::{Room, load_rooms};
use crate::kinds::{self, Kind};
use crate::links::{self, LinkCheck, LinkReport};
use crate::markdown::{Markdown, RenderedBody, highlight, reading_level};
use crate::options::{BuildOptions, Mode};
use crate::output::offline::{self, OfflineEnv};
use crate::output::rewrite::{RewriteEnv, rewrite};
use crate::output::search::{SearchEnv, plain_texts};
use crate::output::{OutputFolder, css, folder, minify, sitemap, zip};
use crate::routes::{self, Plan, Route, Target};
use crate::templates::Templates;
use crate::templates::context::{RenderEnv, prepare};
use crate::templates::views::SiteView;
use crate::theme::Theme;
use crate::timings;
use crate::web::facts::PageRecord;
use crate::web::files::{Output, SiteFiles};

/// What a finished build reports.
#[derive(Debug)]
pub struct BuildReport {
    /// Pages rendered.
    pub pages: usize,
    /// Files written, pages included.
    pub files: usize,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// Translation coverage.
    pub translations: TranslationReport,
    /// Where the site was published (`None` for `haven check`).
    pub output: Option<PathBuf>,
    /// The size in bytes of the zip file, when one was asked for.
    pub zip_bytes: Option<u64>,
    /// How long it took.
    pub seconds: f64,
    /// What the link checks found (external links from the cache only).
    pub links: LinkReport,
}

/// What `haven check` found; nothing is published, and the caller decides the exit code.
#[derive(Debug)]
pub struct CheckReport {
    /// Pages rendered.
    pub pages: usize,
    /// Every problem of the checks other than links, errors and warnings.
    pub problems: Vec<Diagnostic>,
    /// What the link checks found.
    pub links: LinkReport,
    /// Translation coverage.
    pub translations: TranslationReport,
    /// Images published and the consent behind them on the build day.
    pub consent: ConsentReport,
    /// The curriculum map's gaps: information, never a warning.
    pub curriculum: GapReport,
    /// How long it took.
    pub seconds: f64,
}

impl CheckReport {
    /// True when the check fails: any error, or under `strict` any warning.
    pub fn fails(&self, strict: bool) -> bool {
        self.links.fails(strict) || self.problems.iter().any(|d| d.is_error() || strict && d.fails_strict())
    }
}

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
}

impl Site {
    /// The same site with `content/` read again (the files that changed: see
    /// [`content::load_again`]) and its routes planned again; config, theme, strings,
    /// templates, data and images are kept (`haven serve`, when only content changed). The
    /// images' plan reads the library's assets, so the caller reads everything again when
    /// those differ.
    pub(crate) fn reload_content(&self, opts: &BuildOptions, changed: &HashSet<String>) -> Result<Site> {
        let (library, read) = content::load_again(&opts.root, &self.config, &self.read, changed)?;
        let plan = routes::plan(&library, &self.config, &self.rooms)?;
        Ok(Site {
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
    let mut config = Config::load(&opts.root)?;
    if let Mode::Serve { base_url } = &opts.mode {
        config.base_url = base_url.clone();
    }
    let config = Arc::new(config);
    let mut problems = Problems::new();
    let theme = problems.take(Theme::load(&opts.root, &config))?;
    let translations = match &theme {
        Some(t) => problems.take(Translations::new(&config, &t.i18n))?.map(Arc::new),
        None => None,
    };
    let library = problems.take(content::load_again(
        &opts.root,
        &config,
        &content::ReadFiles::default(),
        &HashSet::new(),
    ))?;
    let rooms = problems.take(load_rooms(&opts.root, &config))?;
    let links = problems.take(load_links(&opts.root))?;
    let glossary = problems.take(load_glossary(&opts.root, &config))?;
    let (Some(theme), Some(translations), Some((library, read)), Some(rooms), Some(links), Some(glossary)) =
        (theme, translations, library, rooms, links, glossary)
    else {
        return Err(Error::User(problems.into_vec()));
    };
    for d in example_school::check(&opts.root, &config, &library)? {
        // The preview shows a new site before its placeholders are filled in.
        let preview = matches!(opts.mode, Mode::Serve { .. });
        problems.push(if preview {
            Diagnostic {
                severity: Severity::Warning,
                ..d
            }
        } else {
            d
        });
    }
    let plan = problems.take(routes::plan(&library, &config, &rooms))?;
    let templates = problems.take(Templates::load(&theme, translations.clone(), config.clone()))?;
    let images = problems.take(Images::prepare(&opts.root, &theme, &library))?;
    let (Some(plan), Some(templates), Some(images)) = (plan, templates, images) else {
        return Err(Error::User(problems.into_vec()));
    };
    problems.finish()?;
    Ok(Site {
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

/// True for the files whose EAL pages mark glossary words: default-language lessons,
/// when the site has other languages.
fn needs_key_words(site: &Site, page: &Page, file: &PageFile) -> bool {
    matches!(page.kind, Kind::Lesson(_))
        && file.variant == Variant::Standard
        && site.config.is_default(&file.lang)
        && site.config.languages.len() > 1
}

/// Every content file, each with whether its EAL pages need its key words marked.
pub(crate) fn content_files(site: &Site) -> Vec<(&PageFile, bool)> {
    site.library
        .pages
        .values()
        .flat_map(|p| p.versions.iter().map(move |f| (f, needs_key_words(site, p, f))))
        .chain(
            site.library
                .sections
                .values()
                .flat_map(|s| s.versions.iter().map(|f| (f, false))),
        )
        .collect()
}

/// Renders these content files' Markdown, in parallel.
pub(crate) fn render_files(site: &Site, files: &[(&PageFile, bool)]) -> Result<HashMap<PathBuf, RenderedBody>> {
    let markdown = Markdown::new(&site.config, &site.glossary);
    let results: Vec<(PathBuf, Result<RenderedBody>)> = files
        .par_iter()
        .map(|(f, mark)| (f.source.clone(), markdown.render(f, &site.library, *mark)))
        .collect();
    let mut problems = Problems::new();
    let mut bodies = HashMap::with_capacity(results.len());
    for (source, result) in results {
        if let Some(body) = problems.take(result)? {
            bodies.insert(source, body);
        }
    }
    problems.finish().map(|_| bodies)
}

/// The content file a route shows, for tracing links back to Markdown lines.
fn route_source<'a>(site: &'a Site, route: &Route) -> Option<&'a PageFile> {
    let default = &site.config.default_language().code;
    let versions = match &route.target {
        Target::Page(key) => &site.library.pages[key].versions,
        Target::Section(key) => &site.library.sections[key].versions,
        _ => return None,
    };
    versions
        .resolve(route.version.variant(), &route.lang, default)
        .map(|r| r.file)
}

/// Renders, rewrites (and so minifies) and writes one route.
fn render_route(
    site: &Site,
    env: &RenderEnv<'_>,
    rewrite_env: &RewriteEnv<'_>,
    route: &Route,
    out: &Output,
) -> Result<PageRecord> {
    let prepared = prepare(env, route)?;
    let context = tera::Context::from_serialize(&prepared.context)
        .map_err(|e| Error::Internal(format!("could not pass {} to its template: {e}", route.path)))?;
    let html = site
        .templates
        .render(&prepared.template, &context, &prepared.rendering)?;
    let note = || format!("while rendering {}", prepared.rendering);
    let (html, facts) = rewrite(&html, route, rewrite_env)
        .map_err(|list| Error::User(list.into_iter().map(|d| d.note(note())).collect()))?;
    let file = route.file();
    out.write(&file, html.as_bytes())?;
    let source = route_source(site, route);
    Ok(PageRecord {
        path: route.path.clone(),
        file: format!("/{file}"),
        source: source.map(|f| f.source.clone()),
        body_links: source
            .and_then(|f| env.bodies.get(&f.source))
            .map_or_else(|| Arc::from([]), |b| Arc::from(b.links.as_slice())),
        facts: Arc::new(facts),
    })
}

/// Renders these routes in parallel; all failures are reported together.
pub(crate) fn render_pages(
    site: &Site,
    bodies: &HashMap<PathBuf, RenderedBody>,
    opts: &BuildOptions,
    out: &Output,
    routes: &[&Route],
) -> Result<Vec<PageRecord>> {
    let env = RenderEnv {
        config: &site.config,
        library: &site.library,
        plan: &site.plan,
        bodies,
        rooms: &site.rooms,
        links: &site.links,
        today: opts.date,
        glossary: &site.glossary,
        translations: &site.translations,
        site: SiteView {
            title: &site.config.title,
            base_url: &site.config.base_url,
            school: &site.config.school,
            languages: &site.config.languages,
            default_language: &site.config.default_language().code,
            ceop_url: &site.config.ceop_url,
            exit_url: &site.config.exit_url,
            today: opts.date.to_string(),
            service_worker: site.config.offline.service_worker,
            example: site.config.example,
        },
    };
    let rewrite_env = RewriteEnv {
        plan: &site.plan,
        library: &site.library,
        portable: opts.portable,
        base_url: &site.config.base_url,
        images: &site.images,
    };
    let results: Vec<Result<PageRecord>> = routes
        .par_iter()
        .map(|route| render_route(site, &env, &rewrite_env, route, out))
        .collect();
    let mut problems = Problems::new();
    let mut records = Vec::with_capacity(results.len());
    for result in results {
        if let Some(record) = problems.take(result)? {
            records.push(record);
        }
    }
    let list = collapse_repeats(problems.into_vec());
    if list.iter().any(Diagnostic::is_error) {
        Err(Error::User(list))
    } else {
        Ok(records)
    }
}

/// True for files that must never be published from `static/`: image sidecars and the
/// consent register hold pupils' details (DESIGN §7 rule 5).
fn is_private(rel: &str) -> bool {
    rel.ends_with(".toml")
}

/// True for the files `write_static` copies: not private, and not raster images, which
/// [`Images::publish`] re-encodes.
fn is_copied(rel: &str) -> bool {
    !is_private(rel) && !is_raster(rel)
}

/// Writes the theme's and site's static files, the code stylesheet and bundle files, and
/// gives their site paths.
pub(crate) fn write_static(site: &Site, root: &Path, out: &Output) -> Result<HashSet<String>> {
    let mut written = HashSet::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (rel, file) in site.theme.static_files.iter().filter(|(rel, _)| is_copied(rel)) {
        files.push((format!("/{rel}"), file.bytes.to_vec()));
    }
    files.push(("/syntax.css".into(), highlight::stylesheet().into_bytes()));
    let mut problems = Problems::new();
    for f in content::walk::walk_files(root, "static", &mut problems)? {
        if !is_copied(&f.rel) {
            continue;
        }
        match std::fs::read(&f.path) {
            Ok(bytes) => files.push((format!("/{}", f.rel), bytes)),
            Err(e) => problems.push(
                Diagnostic::error(format!("cannot read this file: {e}")).in_file(Path::new("static").join(&f.rel)),
            ),
        }
    }
    for asset in site.library.assets.iter().filter(|a| !is_raster(&a.path)) {
        match std::fs::read(root.join(&asset.source)) {
            Ok(bytes) => files.push((asset.path.clone(), bytes)),
            Err(e) => problems.push(Diagnostic::error(format!("cannot read this file: {e}")).in_file(&asset.source)),
        }
    }
    problems.finish()?;
    for (path, bytes) in files {
        let bytes = if path.ends_with(".css") {
            css::relative_urls(&path, &minify::css(&String::from_utf8_lossy(&bytes))).into_bytes()
        } else {
            bytes
        };
        out.write(&path, &bytes)?;
        written.insert(path);
    }
    Ok(written)
}

/// Files written by both a page and a static file would silently replace each other.
fn check_collisions(records: &[PageRecord], written: &HashSet<String>) -> Vec<Diagnostic> {
    records
        .iter()
        .filter(|r| written.contains(&r.file))
        .map(|r| {
            Diagnostic::error(format!(
                "a static file and the page {} are both written to {}",
                r.path, r.file
            ))
            .hint("rename or move the file in static/ (or the content folder) so it does not shadow a page")
        })
        .collect()
}

/// Writes the files haven makes besides pages (search indexes, the service worker); one that a static file
/// has already written is an error.
fn write_generated(
    files: Vec<(String, String)>,
    out: &Output,
    written: &mut HashSet<String>,
    problems: &mut Problems,
) -> Result<()> {
    for (path, text) in files {
        if claim(path.clone(), written, problems) {
            out.write(&path, text.as_bytes())?;
        }
    }
    Ok(())
}

/// Marks `path` written by haven, or, when a static file has it already, reports that.
fn claim(path: String, written: &mut HashSet<String>, problems: &mut Problems) -> bool {
    if written.contains(&path) {
        problems.push(
            Diagnostic::error(format!(
                "a static file is written to {path}, where haven writes its own file"
            ))
            .hint("rename or move the file in static/ (or your theme's static/ folder)"),
        );
        return false;
    }
    written.insert(path)
}

/// Writes the search indexes and, when the site asks for it, the service worker (which
/// reads the pages written before it).
fn write_search_and_offline(
    site: &Site,
    rendered: &Rendered,
    opts: &BuildOptions,
    out: &Output,
    written: &mut HashSet<String>,
    problems: &mut Problems,
) -> Result<()> {
    let search = SearchEnv {
        config: &site.config,
        library: &site.library,
        plan: &site.plan,
        translations: &site.translations,
        portable: opts.portable,
    };
    // Each index is written as it is made (a static file in its place is reported below).
    let taken: &HashSet<String> = written;
    let indexes = search.write_indexes(&rendered.texts, |index| {
        if taken.contains(&index.path) {
            return Ok(());
        }
        out.write(&index.path, index.script.as_bytes())
    })?;
    for path in indexes {
        claim(path, written, problems);
    }
    let offline = OfflineEnv {
        config: &site.config,
        library: &site.library,
        plan: &site.plan,
        portable: opts.portable,
    };
    let service_worker = offline.service_worker(out, written)?;
    write_generated(service_worker.into_iter().collect(), out, written, problems)
}

/// A site rendered into memory: what the checks read, and what `haven serve` keeps to
/// render again only what a change touches.
pub(crate) struct Rendered {
    /// Every content file's body, by source file.
    pub(crate) bodies: HashMap<PathBuf, RenderedBody>,
    /// The plain text of every body, for search.
    pub(crate) texts: HashMap<PathBuf, String>,
    /// Every page written, in the plan's order.
    pub(crate) records: Vec<PageRecord>,
    /// The site paths `write_static` wrote.
    pub(crate) static_files: HashSet<String>,
    /// Images that could not be decoded, by image index.
    pub(crate) refused: Vec<(usize, Refusal)>,
    /// Every file written, by site path.
    pub(crate) written: HashSet<String>,
    /// Problems found while writing (files written twice, images' sidecar warnings).
    pub(crate) problems: Vec<Diagnostic>,
}

/// Renders every body and page, writes static files and images: the whole site.
pub(crate) fn render_site(site: &Site, opts: &BuildOptions, out: &Output) -> Result<Rendered> {
    timings::mark("load");
    let bodies = render_files(site, &content_files(site))?;
    timings::mark("markdown");
    let static_files = write_static(site, &opts.root, out)?;
    let routes: Vec<&Route> = site.plan.routes.iter().collect();
    let (records, (refused, texts)) = rayon::join(
        || render_pages(site, &bodies, opts, out, &routes),
        || rayon::join(|| site.images.publish(out), || plain_texts(&bodies)),
    );
    timings::mark("pages, images, search text");
    finish_site(site, opts, out, bodies, texts, records?, static_files, refused?)
}

/// Writes what is made from every page (search indexes, service worker, sitemap) and
/// gathers what was written; the last step of every build, full or (`haven serve`) not.
#[allow(clippy::too_many_arguments)] // the parts of a build, each from its own stage
pub(crate) fn finish_site(
    site: &Site,
    opts: &BuildOptions,
    out: &Output,
    bodies: HashMap<PathBuf, RenderedBody>,
    texts: HashMap<PathBuf, String>,
    records: Vec<PageRecord>,
    static_files: HashSet<String>,
    refused: Vec<(usize, Refusal)>,
) -> Result<Rendered> {
    let mut written = static_files.clone();
    written.extend(site.images.output_paths().map(String::from));
    let mut problems = Problems::new();
    for d in site.images.warnings.iter().cloned() {
        problems.push(d);
    }
    for d in check_collisions(&records, &written) {
        problems.push(d);
    }
    written.extend(records.iter().map(|r| r.file.clone()));
    let mut rendered = Rendered {
        bodies,
        texts,
        records,
        static_files,
        refused,
        written: HashSet::new(),
        problems: Vec::new(),
    };
    write_search_and_offline(site, &rendered, opts, out, &mut written, &mut problems)?;
    if let Some(d) = offline::check_registration(&site.config, &rendered.records) {
        problems.push(d);
    }
    let redirects = crate::published::redirects(&site.plan, &site.library, &site.rooms)?;
    let redirect_pages = redirects
        .iter()
        .map(|r| {
            let page = crate::published::redirect_page(r, &site.config.base_url, opts.portable);
            (format!("/{}", crate::published::file_of(&r.from)), page)
        })
        .collect();
    write_generated(redirect_pages, out, &mut written, &mut problems)?;
    timings::mark("search indexes, service worker");
    out.write("sitemap.xml", sitemap::sitemap(&site.plan, &site.config).as_bytes())?;
    written.insert("/sitemap.xml".into());
    rendered.written = written;
    rendered.problems = problems.into_vec();
    Ok(rendered)
}

/// What the checks found.
pub(crate) struct Checked {
    pub(crate) pages: usize,
    pub(crate) files: usize,
    pub(crate) problems: Vec<Diagnostic>,
    pub(crate) links: LinkReport,
}

/// What the checks read: the whole site, or after a small change (`haven serve`) only
/// what the change could have broken, the last good build having passed every check.
#[derive(Clone, Copy)]
pub(crate) enum Scope<'a> {
    /// Every page and file.
    All,
    /// These pages (route paths) and files (site paths).
    Only {
        /// The pages whose links, button and fetches to check.
        pages: &'a HashSet<String>,
        /// The files new or rewritten since `before`, to search for pupils' names.
        files: &'a HashSet<String>,
        /// The last good build's files.
        before: &'a SiteFiles,
    },
}

/// Runs every check on the written site, or on the part `scope` names.
pub(crate) fn check_site(
    site: &Site,
    opts: &BuildOptions,
    files: &SiteFiles,
    rendered: &Rendered,
    scope: Scope<'_>,
) -> Result<Checked> {
    let written = &rendered.written;
    let (only_pages, changed) = match scope {
        Scope::All => (None, None),
        Scope::Only { pages, files, before } => (Some(pages), Some(Changed { files, before })),
    };
    let scoped: Vec<PageRecord>;
    let records = match only_pages {
        None => rendered.records.as_slice(),
        Some(only) => {
            scoped = rendered
                .records
                .iter()
                .filter(|r| only.contains(&r.path))
                .cloned()
                .collect();
            scoped.as_slice()
        }
    };
    let link_check = LinkCheck {
        root: &opts.root,
        config: &site.config,
        fetch: opts.mode == Mode::Check && !opts.offline,
        progress: opts.progress,
        preview: matches!(opts.mode, Mode::Serve { .. }),
        only: only_pages,
    };
    let written_site = Written {
        root: &opts.root,
        files,
        changed,
        records,
        print_pages: print_pages(&site.plan, &site.library),
    };
    // The link checks take longest (and may fetch); the others run beside them.
    let (problems, links) = rayon::join(
        || page_checks(site, opts, rendered, &written_site),
        || links::check(written, &rendered.records, &link_check),
    );
    timings::mark("checks");
    Ok(Checked {
        pages: rendered.records.len(),
        files: written.len(),
        problems: problems?,
        links,
    })
}

/// Every check but the links': CEOP, the kinds' own, third parties, accessibility and
/// consent, on the pages of `written`.
fn page_checks(
    site: &Site,
    opts: &BuildOptions,
    rendered: &Rendered,
    written: &Written<'_>,
) -> Result<Vec<Diagnostic>> {
    let records = written.records;
    let mut problems = Problems::new();
    for d in rendered.problems.iter().cloned() {
        problems.push(d);
    }
    for d in ceop::check(records, &site.config.ceop_url) {
        problems.push(d);
    }
    for d in kinds::check(&site.config, &site.library, opts.date) {
        problems.push(d);
    }
    for d in reading_level::check(&site.config, &site.library, &site.glossary) {
        problems.push(d);
    }
    let stylesheets = third_party::read_stylesheets(written.files, &rendered.written)?;
    for d in third_party::check(records, &stylesheets, &site.config.base_url, &opts.root) {
        problems.push(d);
    }
    for d in crate::checks::refusals::check(records, &opts.root) {
        problems.push(d);
    }
    for d in a11y::check(records, &stylesheets) {
        problems.push(d);
    }
    for d in site.images.check(written, &rendered.refused, opts.date)? {
        problems.push(d);
    }
    Ok(problems.into_vec())
}

/// Writes everything into `out` and runs the checks on what was written.
fn write_and_check(site: &Site, opts: &BuildOptions, out: &Output) -> Result<(Checked, Rendered)> {
    let rendered = render_site(site, opts, out)?;
    let checked = check_site(site, opts, &out.snapshot(), &rendered, Scope::All)?;
    Ok((checked, rendered))
}

/// Frees a finished build's memory on another thread. Freeing a big site's bodies, texts
/// and page facts one allocation at a time takes a tenth of a second at 10,000 pages, and
/// nothing waits for it: the command is about to end, and the system takes the memory
/// back all at once when it does.
fn free_later<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}

/// The build's problems that stop it (errors, or under `strict` warnings), or the
/// warnings to show.
pub(crate) fn verdict(checked: &Checked, strict: bool) -> Result<Vec<Diagnostic>> {
    let mut problems = Problems::new();
    for d in checked.problems.iter().cloned().chain(checked.links.diagnostics(false)) {
        problems.push(d);
    }
    problems.finish().and_then(|w| apply_strict(w, strict))
}

/// Under `--strict`, warnings stop the build as errors.
fn apply_strict(warnings: Vec<Diagnostic>, strict: bool) -> Result<Vec<Diagnostic>> {
    if strict && warnings.iter().any(Diagnostic::fails_strict) {
        let errors = warnings
            .into_iter()
            .map(|d| Diagnostic {
                severity: if d.fails_strict() { Severity::Error } else { d.severity },
                ..d
            })
            .collect();
        return Err(Error::User(errors));
    }
    Ok(warnings)
}

/// Builds the site and publishes it when no check failed.
pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    if let Some(zip_file) = &opts.zip {
        zip::check_destination(zip_file, &opts.output)?;
    }
    folder::check_placement(&opts.root, &opts.output)?;
    timings::start();
    let site = load(opts)?;
    let mut target = OutputFolder::create(&opts.output)?;
    let out = target.stage()?;
    let (checked, rendered) = write_and_check(&site, opts, &out)?;
    let mut warnings = verdict(&checked, opts.strict)?;
    warnings.extend(crate::images::register_in_git::warning(&opts.root));
    let redirects = crate::published::redirects(&site.plan, &site.library, &site.rooms)?;
    let urls = crate::published::urls(&site.plan, &redirects);
    if !site.config.example {
        crate::published::check_list(&opts.root, &urls)?;
    }
    timings::mark("verdict");
    let files = out.finish();
    let output = target.publish(&files)?;
    if !site.config.example {
        crate::published::write_list(&opts.root, &urls)?;
    }
    timings::mark("publish");
    let zip_bytes = match &opts.zip {
        Some(zip_file) => Some(zip::pack(&output, zip_file, opts.date)?),
        None => None,
    };
    let report = BuildReport {
        pages: checked.pages,
        files: checked.files,
        warnings,
        translations: TranslationReport::new(&site.config, &site.translations, &site.library),
        output: Some(output),
        zip_bytes,
        seconds: started.elapsed().as_secs_f64(),
        links: checked.links,
    };
    free_later((site, rendered, files));
    Ok(report)
}

/// Runs every check on a build made in memory and then dropped. Fails only when the
/// site cannot be built at all; the checks' findings are in the report.
pub fn check(opts: &BuildOptions) -> Result<CheckReport> {
    let started = Instant::now();
    let site = load(opts)?;
    let out = Output::new();
    let (checked, rendered) = write_and_check(&site, opts, &out)?;
    let report = CheckReport {
        pages: checked.pages,
        problems: checked.problems,
        links: checked.links,
        translations: TranslationReport::new(&site.config, &site.translations, &site.library),
        consent: ConsentReport::new(&site.images, opts.date),
        curriculum: GapReport::new(&site.library, &site.config.default_language().code),
        seconds: started.elapsed().as_secs_f64(),
    };
    free_later((site, rendered, out));
    Ok(report)
}
