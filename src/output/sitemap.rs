//! sitemap.xml: every page's absolute URL, with its language versions as
//! `xhtml:link rel="alternate" hreflang` (DESIGN §6).

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::config::Config;
use crate::routes::{Plan, Route, Target, Version};
use crate::web::char_refs::{Escape, escape};

/// The sitemap of every route but the 404 page.
pub fn sitemap(plan: &Plan, config: &Config) -> String {
    let absolute = |path: &str| {
        escape(
            &format!("{}{}", config.base_url, path.trim_start_matches('/')),
            Escape::Markup,
        )
        .into_owned()
    };
    let mut siblings: BTreeMap<(&Target, Version), Vec<&Route>> = BTreeMap::new();
    for route in &plan.routes {
        siblings.entry((&route.target, route.version)).or_default().push(route);
    }
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for route in plan.routes.iter().filter(|r| r.target != Target::NotFound) {
        let _ = writeln!(xml, "  <url>\n    <loc>{}</loc>", absolute(&route.path));
        let versions = &siblings[&(&route.target, route.version)];
        if versions.len() > 1 {
            for other in versions {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    escape(&other.lang, Escape::Markup),
                    absolute(&other.path)
                );
            }
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}
