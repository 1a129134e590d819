//! The third step: each route rendered through its template, rewritten (and so minified)
//! and written, in parallel; after a change (`haven serve`), only the routes its
//! [`Work`] names, the last build's records kept for the others.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use super::affected::{Affected, Work};
use super::{Built, Site};
use crate::content::PageFile;
use crate::error::{Diagnostic, Error, Problems, Result, collapse_repeats};
use crate::markdown::RenderedBody;
use crate::options::BuildOptions;
use crate::output::rewrite::{RewriteEnv, rewrite};
use crate::routes::{Route, Target};
use crate::templates::context::{RenderEnv, prepare};
use crate::templates::views::SiteView;
use crate::web::facts::PageRecord;
use crate::web::files::Output;
use crate::web::shared_text::TextStore;

/// The routes `work` renders: every one, or those its change touches.
pub(crate) fn to_render<'s>(site: &'s Site, work: &Work, last: Option<&Built>) -> Vec<&'s Route> {
    match (&work.pages, last) {
        (Affected::Targets { targets, moved }, Some(last)) => routes_to_render(site, last, targets, moved),
        _ => site.plan.routes.iter().collect(),
    }
}

/// Removes from `out` the pages of the last build's routes that are gone; true when any was.
pub(crate) fn remove_gone(site: &Site, last: Option<&Built>, out: &Output) -> bool {
    let mut removed = false;
    let Some(last) = last else {
        return removed;
    };
    for route in last.site.plan.routes.iter().filter(|r| !site.plan.has_path(&r.path)) {
        out.remove(&route.file());
        removed = true;
    }
    removed
}

/// Every page's record in the plan's order: those just rendered, and after a change the
/// last build's for pages not rendered again.
pub(crate) fn merge(site: &Site, fresh: Vec<PageRecord>, last: Option<&Built>) -> Vec<PageRecord> {
    match last {
        None => fresh,
        Some(last) => merge_records(site, fresh, last),
    }
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
    let mut context = tera::Context::from_serialize(&prepared.context)
        .map_err(|e| Error::Internal(format!("could not pass {} to its template: {e}", route.path)))?;
    context.insert_value("site", env.site.clone());
    // The page around the body takes a few kilobytes: room for both at once.
    let size = prepared.context.chrome.page.content.len() + 16 * 1024;
    let html = site
        .templates
        .render(&prepared.template, &context, &prepared.rendering, size)?;
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

/// How many routes one job renders at most. The pages are rendered beside other work (the
/// search index, the checks), so rayon's first split hands this thread most of the list
/// in a few big pieces; when the other thread is done with its part it could only wait
/// while this one finished its last piece alone (a sixth of the 1,000-page build's
/// pages stage, issue 22). Small jobs let it take a share of what is left.
const ROUTES_PER_JOB: usize = 4;

/// Renders these routes in parallel; all failures are reported together.
pub(crate) fn render_pages(
    site: &Site,
    bodies: &HashMap<PathBuf, RenderedBody>,
    opts: &BuildOptions,
    out: &Output,
    routes: &[&Route],
    static_files: &HashSet<String>,
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
        site: tera::Value::try_from_serializable(&SiteView {
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
            brand: site.config.brand.view(),
            stylesheets: crate::output::bundle::hrefs(static_files),
        })
        .map_err(|e| Error::Internal(format!("could not pass the site to the templates: {e}")))?,
    };
    let rewrite_env = RewriteEnv {
        plan: &site.plan,
        library: &site.library,
        portable: opts.portable(),
        base_url: &site.config.base_url,
        images: &site.images,
        texts: &TextStore::default(),
    };
    let results: Vec<Result<PageRecord>> = routes
        .par_iter()
        .with_max_len(ROUTES_PER_JOB)
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

/// The routes of `targets`, and of the pages that link to a `moved` file.
fn routes_to_render<'s>(
    site: &'s Site,
    last: &Built,
    targets: &BTreeSet<Target>,
    moved: &BTreeSet<String>,
) -> Vec<&'s Route> {
    let linking: HashSet<&str> = if moved.is_empty() {
        HashSet::new()
    } else {
        last.rendered
            .records
            .iter()
            .filter(|r| r.facts.links.iter().any(|l| links_to(&l.original, moved)))
            .map(|r| r.path.as_str())
            .collect()
    };
    site.plan
        .routes
        .iter()
        .filter(|r| targets.contains(&r.target) || linking.contains(r.path.as_str()))
        .collect()
}

/// The records of every page in the new plan's order: the new ones, and the earlier
/// ones of pages not rendered again.
fn merge_records(site: &Site, fresh: Vec<PageRecord>, last: &Built) -> Vec<PageRecord> {
    let mut fresh: HashMap<String, PageRecord> = fresh.into_iter().map(|r| (r.path.clone(), r)).collect();
    let old: HashMap<&str, &PageRecord> = last.rendered.records.iter().map(|r| (r.path.as_str(), r)).collect();
    site.plan
        .routes
        .iter()
        .filter_map(|route| {
            fresh
                .remove(&route.path)
                .or_else(|| old.get(route.path.as_str()).map(|r| (*r).clone()))
        })
        .collect()
}

/// True when a URL as written (`@/lessons/ks2/a.md#top`) is a content link to one of
/// `paths`.
fn links_to(original: &str, paths: &BTreeSet<String>) -> bool {
    original.trim().strip_prefix("@/").is_some_and(|rest| {
        let end = rest.find(['#', '?']).unwrap_or(rest.len());
        paths.contains(&rest[..end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_links_are_recognised_with_or_without_fragments() {
        let moved = BTreeSet::from(["lessons/ks2/a.md".to_string()]);
        assert!(links_to("@/lessons/ks2/a.md", &moved));
        assert!(links_to(" @/lessons/ks2/a.md#top", &moved));
        assert!(!links_to("@/lessons/ks2/b.md", &moved));
        assert!(!links_to("/lessons/ks2/a/", &moved));
    }
}
