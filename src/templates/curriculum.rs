//! The curriculum map's variables: the map of `kinds::curriculum` with each lesson as the
//! reader's entry (their language when translated, else the default language's, marked).

use super::env::RenderEnv;
use super::views::{CurriculumBand, CurriculumView, StrandRow};
use crate::content::vocabulary::{Band, STRANDS, Topic};
use crate::kinds::curriculum::map;
use crate::routes::{Route, Target};

impl<'a> RenderEnv<'a> {
    /// The map as a reader of `route` sees it.
    pub(super) fn curriculum_view(&self, route: &Route) -> CurriculumView<'a> {
        let map = map(self.library, self.default_lang());
        let bands = Band::ALL
            .into_iter()
            .zip(&map.topics)
            .map(|(band, topics)| CurriculumBand {
                code: band.code(),
                path: self
                    .plan
                    .link(
                        &Target::Section(format!("lessons/{}", band.code())),
                        &route.lang,
                        route.version,
                    )
                    .map(str::to_string),
                topics: topics.clone(),
                topics_missing: Topic::ALL.into_iter().filter(|t| !topics.contains(t)).collect(),
            })
            .collect();
        let strands = STRANDS
            .into_iter()
            .zip(&map.cells)
            .map(|(code, row)| StrandRow {
                code,
                cells: row
                    .iter()
                    .map(|lessons| lessons.iter().map(|p| self.page_entry(p, route)).collect())
                    .collect(),
            })
            .collect();
        CurriculumView {
            bands,
            strands,
            gaps: map.gaps().len(),
        }
    }
}
