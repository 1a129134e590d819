//! Orchestration only: calls the stages in order, collecting every problem a stage finds
//! before stopping, and publishes the output only when nothing failed.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::a11y;
use crate::config::Config;
use crate::content::{self, Library, Page, PageFile, Variant};
use crate::error::{Diagnostic, Error, Problems, Result, Severity, collapse_repeats};
use crate::i18n::Translations;
use crate::i18n::glossary::{Glossary, load_glossary};
use crate::i18n::report::TranslationReport;
use crate::images::report::ConsentReport;
use crate::images::uses::print_pages;
use crate::images::{Images, Written, is_raster};
use crate::kinds::links::{UsefulLink, load_links};
use crate::kinds::posters::{Room, load_rooms};
use crate::kinds::{self, Kind};
use crate::links::{self, LinkCheck, LinkReport};
use crate::markdown::{Markdown, RenderedBody, highlight};
use crate::options::{BuildOptions, Mode};
use crate::output::offline::{self, OfflineEnv};
use crate::output::rewrite::{RewriteEnv, rewrite};
use crate::output::search::SearchEnv;
use crate::output::{OutputFolder, PageRecord, ceop, css, minify, sitemap, third_party, zip};
use crate::routes::{self, Plan, Route, Target};
use crate::templates::Templates;
use crate::templates::context::{RenderEnv, prepare};
use crate::templates::views::SiteView;
use crate::theme::Theme;

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
    /// How long it took.
    pub seconds: f64,
}

impl CheckReport {
    /// True when the check fails: any error, or under `strict` any warning.
    pub fn fails(&self, strict: bool) -> bool {
        self.links.fails(strict) || self.problems.iter().any(|d| strict || d.is_error())
    }
}

/// Everything read and checked before anything is written.
struct Site {
    config: Arc<Config>,
    library: Library,
    rooms: Vec<Room>,
    links: Vec<UsefulLink>,
    glossary: Glossary,
    plan: Plan,
    translations: Arc<Translations>,
    templates: Templates,
    theme: Theme,
    images: Images,
}

/// Reads the config, then the theme, strings, content and data, reporting every problem.
fn load(opts: &BuildOptions) -> Result<Site> {
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
    let library = problems.take(content::load(&opts.root, &config))?;
    let rooms = problems.take(load_rooms(&opts.root, &config))?;
    let links = problems.take(load_links(&opts.root))?;
    let glossary = problems.take(load_glossary(&opts.root, &config))?;
    let (Some(theme), Some(translations), Some(library), Some(rooms), Some(links), Some(glossary)) =
        (theme, translations, library, rooms, links, glossary)
    else {
        return Err(Error::User(problems.into_vec()));
    };
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
        rooms,
        links,
        glossary,
        plan,
        translations,
        templates,
        theme,
        images,
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

/// Renders every content file's Markdown once, in parallel.
fn render_bodies(site: &Site) -> Result<HashMap<PathBuf, RenderedBody>> {
    let markdown = Markdown::new(&site.config, &site.glossary);
    let files: Vec<(&PageFile, bool)> = site
        .library
        .pages
        .values()
        .flat_map(|p| p.versions.iter().map(move |f| (f, needs_key_words(site, p, f))))
        .chain(
            site.library
                .sections
                .values()
                .flat_map(|s| s.versions.iter().map(|f| (f, false))),
        )
        .collect();
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

/// Renders, rewrites, minifies and writes one route.
fn render_route(
    site: &Site,
    env: &RenderEnv<'_>,
    rewrite_env: &RewriteEnv<'_>,
    route: &Route,
    out: &OutputFolder,
) -> Result<PageRecord> {
    let prepared = prepare(env, route)?;
    let context = tera::Context::from_serialize(&prepared.context)
        .map_err(|e| Error::Internal(format!("could not pass {} to its template: {e}", route.path)))?;
    let html = site
        .templates
        .render(&prepared.template, &context, &prepared.rendering)?;
    let html = minify::html(&html);
    let (html, facts) = rewrite(&html, route, rewrite_env).map_err(|list| {
        Error::User(
            list.into_iter()
                .map(|d| d.note(format!("while rendering {}", prepared.rendering)))
                .collect(),
        )
    })?;
    let file = route.file();
    out.write(&file, html.as_bytes())?;
    let source = route_source(site, route);
    Ok(PageRecord {
        path: route.path.clone(),
        file: format!("/{file}"),
        source: source.map(|f| f.source.clone()),
        body_links: source
            .and_then(|f| env.bodies.get(&f.source))
            .map(|b| b.links.clone())
            .unwrap_or_default(),
        facts,
    })
}

/// Renders every route in parallel; all failures are reported together.
fn render_pages(
    site: &Site,
    bodies: &HashMap<PathBuf, RenderedBody>,
    opts: &BuildOptions,
    out: &OutputFolder,
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
        },
    };
    let rewrite_env = RewriteEnv {
        plan: &site.plan,
        library: &site.library,
        portable: opts.portable,
        base_url: &site.config.base_url,
        images: &site.images,
    };
    let results: Vec<Result<PageRecord>> = site
        .plan
        .routes
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

/// Writes the theme's and site's static files, the code stylesheet and bundle files.
fn write_static(site: &Site, root: &Path, out: &OutputFolder, written: &mut HashSet<String>) -> Result<()> {
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
    Ok(())
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
    out: &OutputFolder,
    written: &mut HashSet<String>,
    problems: &mut Problems,
) -> Result<()> {
    for (path, text) in files {
        if written.insert(path.clone()) {
            out.write(&path, text.as_bytes())?;
        } else {
            problems.push(
                Diagnostic::error(format!(
                    "a static file is written to {path}, where haven writes its own file"
                ))
                .hint("rename or move the file in static/ (or your theme's static/ folder)"),
            );
        }
    }
    Ok(())
}

/// Writes the search indexes and, when the site asks for it, the service worker (which
/// reads the pages written before it).
fn write_search_and_offline(
    site: &Site,
    bodies: &HashMap<PathBuf, RenderedBody>,
    opts: &BuildOptions,
    out: &OutputFolder,
    written: &mut HashSet<String>,
    problems: &mut Problems,
) -> Result<()> {
    let search = SearchEnv {
        config: &site.config,
        library: &site.library,
        plan: &site.plan,
        bodies,
        translations: &site.translations,
        portable: opts.portable,
    };
    let indexes = search.indexes().into_iter().map(|i| (i.path, i.script)).collect();
    write_generated(indexes, out, written, problems)?;
    let offline = OfflineEnv {
        config: &site.config,
        library: &site.library,
        plan: &site.plan,
        portable: opts.portable,
    };
    let service_worker = offline.service_worker(out.path(), written)?;
    write_generated(service_worker.into_iter().collect(), out, written, problems)
}

/// What writing and checking found.
struct Checked {
    pages: usize,
    files: usize,
    problems: Vec<Diagnostic>,
    links: LinkReport,
}

/// Writes everything into `out` and runs the checks on what was written.
fn write_and_check(site: &Site, opts: &BuildOptions, out: &OutputFolder) -> Result<Checked> {
    let bodies = render_bodies(site)?;
    let mut written = HashSet::new();
    write_static(site, &opts.root, out, &mut written)?;
    let (records, refused) = rayon::join(|| render_pages(site, &bodies, opts, out), || site.images.publish(out));
    let (records, refused) = (records?, refused?);
    written.extend(site.images.output_paths().map(String::from));
    let mut problems = Problems::new();
    for d in site.images.warnings.iter().cloned() {
        problems.push(d);
    }
    for d in check_collisions(&records, &written) {
        problems.push(d);
    }
    written.extend(records.iter().map(|r| r.file.clone()));
    write_search_and_offline(site, &bodies, opts, out, &mut written, &mut problems)?;
    if let Some(d) = offline::check_registration(&site.config, &records) {
        problems.push(d);
    }
    out.write("sitemap.xml", sitemap::sitemap(&site.plan, &site.config).as_bytes())?;
    written.insert("/sitemap.xml".into());
    for d in ceop::check(&records, &site.config.ceop_url) {
        problems.push(d);
    }
    for d in kinds::check(&site.config, &site.library, opts.date) {
        problems.push(d);
    }
    let stylesheets = third_party::read_stylesheets(out.path(), &written)?;
    for d in third_party::check(&records, &stylesheets, &site.config.base_url, &opts.root) {
        problems.push(d);
    }
    for d in a11y::check(&records, &stylesheets) {
        problems.push(d);
    }
    let link_check = LinkCheck {
        root: &opts.root,
        config: &site.config,
        fetch: opts.mode == Mode::Check && !opts.offline,
        progress: opts.progress,
    };
    let written_site = Written {
        root: &opts.root,
        dir: out.path(),
        records: &records,
        print_pages: print_pages(&site.plan, &site.library),
    };
    for d in site.images.check(&written_site, &refused, opts.date)? {
        problems.push(d);
    }
    let links = links::check(&written, &records, &link_check);
    Ok(Checked {
        pages: records.len(),
        files: written.len(),
        problems: problems.into_vec(),
        links,
    })
}

/// Under `--strict`, warnings stop the build as errors.
fn apply_strict(warnings: Vec<Diagnostic>, strict: bool) -> Result<Vec<Diagnostic>> {
    if strict && !warnings.is_empty() {
        let errors = warnings
            .into_iter()
            .map(|d| Diagnostic {
                severity: Severity::Error,
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
    let site = load(opts)?;
    let out = OutputFolder::create(&opts.output)?;
    let checked = match write_and_check(&site, opts, &out) {
        Ok(checked) => checked,
        Err(e) => {
            out.discard();
            return Err(e);
        }
    };
    let mut problems = Problems::new();
    for d in checked.problems.into_iter().chain(checked.links.diagnostics(false)) {
        problems.push(d);
    }
    let warnings = match problems.finish().and_then(|w| apply_strict(w, opts.strict)) {
        Ok(warnings) => warnings,
        Err(e) => {
            out.discard();
            return Err(e);
        }
    };
    let output = out.publish()?;
    let zip_bytes = match &opts.zip {
        Some(zip_file) => Some(zip::pack(&output, zip_file, opts.date)?),
        None => None,
    };
    Ok(BuildReport {
        pages: checked.pages,
        files: checked.files,
        warnings,
        translations: TranslationReport::new(&site.config, &site.translations, &site.library),
        output: Some(output),
        zip_bytes,
        seconds: started.elapsed().as_secs_f64(),
        links: checked.links,
    })
}

/// Runs every check on a build written to a scratch folder and then discarded. Fails
/// only when the site cannot be built at all; the checks' findings are in the report.
pub fn check(opts: &BuildOptions) -> Result<CheckReport> {
    let started = Instant::now();
    let site = load(opts)?;
    let out = OutputFolder::create(&opts.root.join(".haven").join("check"))?;
    let result = write_and_check(&site, opts, &out);
    out.discard();
    let checked = result?;
    Ok(CheckReport {
        pages: checked.pages,
        problems: checked.problems,
        links: checked.links,
        translations: TranslationReport::new(&site.config, &site.translations, &site.library),
        consent: ConsentReport::new(&site.images, opts.date),
        seconds: started.elapsed().as_secs_f64(),
    })
}
