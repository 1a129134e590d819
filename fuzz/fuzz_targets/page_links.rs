//! The link extractor: any HTML, written as a page of a real site, is split into tokens
//! (which must lose nothing), has its links rewritten (and is minified) and its facts
//! recorded (`output/rewrite.rs`), and those facts go through every link check that needs
//! no network.
//!
//! The first byte picks the page; the rest is its HTML.

#![no_main]

use std::collections::HashSet;

use haven::links::extract::{DataFiles, extract};
use haven::links::internal::WrittenSite;
use haven::links::{host_name, syntax};
use haven::output::rewrite::{RewriteEnv, rewrite};
use haven::web::facts::PageRecord;
use haven::web::html_scan::Tokens;
use haven::web::shared_text::TextStore;
use haven_fuzz::{fixture, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&choice, html)) = data.split_first() else {
        return;
    };
    let Some(html) = text(html) else { return };
    let site = fixture();
    let routes = &site.plan.routes;
    let route = &routes[usize::from(choice) % routes.len()];
    let texts = TextStore::default();
    let env = RewriteEnv {
        plan: &site.plan,
        library: &site.library,
        portable: choice & 0x80 != 0,
        base_url: &site.config.base_url,
        images: &site.images,
        texts: &texts,
    };
    // The tokenizer loses nothing: its tokens are the page.
    let tokens: String = Tokens::new(html).map(|t| t.raw().to_string()).collect();
    assert_eq!(tokens, html);
    let facts = match rewrite(html, route, &env) {
        Ok((_, facts)) => facts,
        Err(problems) => {
            assert!(problems.iter().all(|d| !d.to_string().is_empty()));
            return;
        }
    };
    let pages = [PageRecord {
        path: route.path.clone(),
        file: format!("/{}", route.file()),
        source: None,
        body_links: Vec::new().into(),
        facts: facts.into(),
    }];
    let files: HashSet<String> = routes.iter().map(|r| format!("/{}", r.file())).collect();
    let page_refs: Vec<&PageRecord> = pages.iter().collect();
    // The link uses borrow their data files' places, so those outlive them.
    let data_files = DataFiles::default();
    let uses = extract(&page_refs, &data_files);
    let written = WrittenSite {
        files: &files,
        pages: &pages,
        base_url: &site.config.base_url,
        withheld: &[],
    };
    let findings = written
        .check(&uses)
        .into_iter()
        .chain(syntax::check(&uses))
        .chain(host_name::check(&uses));
    for finding in findings {
        assert!(!finding.message.is_empty());
    }
});
