//! The consent rules of DESIGN §7, checked on every image the site would publish, with the
//! pages that use it. Each violation is one error naming the rule, the image, the pupil,
//! the build day and every page that uses the image; all of them are reported together.

use std::path::Path;

use super::Images;
use super::consent::{Lapse, REGISTER, Scope};
use super::encode::Refusal;
use super::sidecar::{PupilRef, Sidecar};
use super::uses::{Uses, describe_pages};
use crate::content::front_matter::Date;
use crate::error::Diagnostic;

/// Everything the rules need.
pub struct ConsentCheck<'a> {
    /// The site's images and the register.
    pub images: &'a Images,
    /// The pages using each image, indexed like `images.list`.
    pub uses: &'a [Uses],
    /// How many pages were written (to say "every page" rather than list them all).
    pub total_pages: usize,
    /// The build day.
    pub day: Date,
}

impl ConsentCheck<'_> {
    /// Every violation, image by image. `refused` lists images that could not be decoded
    /// while publishing.
    pub fn check(&self, refused: &[(usize, Refusal)]) -> Vec<Diagnostic> {
        let mut found = Vec::new();
        for (i, image) in self.images.list.iter().enumerate() {
            let refusal = self.images.plans[i]
                .as_ref()
                .err()
                .or_else(|| refused.iter().find(|(r, _)| *r == i).map(|(_, why)| why));
            if let Some(why) = refusal {
                found.push(self.refused(i, why));
            }
            // An unreadable sidecar is its own error already (and the image unusable).
            if image.exempt || image.sidecar_unreadable {
                continue;
            }
            match &image.sidecar {
                None => found.push(self.no_sidecar(i)),
                Some(sidecar) => found.extend(self.sidecar_rules(i, sidecar)),
            }
        }
        found
    }

    fn pages(&self, i: usize) -> String {
        describe_pages(&self.uses[i].pages, self.total_pages, &self.images.list[i].path)
    }

    fn refused(&self, i: usize, why: &Refusal) -> Diagnostic {
        let image = &self.images.list[i];
        Diagnostic::error(format!(
            "image refused: {} cannot be published: {}",
            image.source.display(),
            why.reason
        ))
        .in_file(&image.source)
        .note(self.pages(i))
        .hint(why.hint.clone())
    }

    fn no_sidecar(&self, i: usize) -> Diagnostic {
        let image = &self.images.list[i];
        let side = super::sidecar::sidecar_path(&image.source);
        Diagnostic::error(format!(
            "no sidecar: {} has no {}, so haven cannot tell who is in it",
            image.source.display(),
            file_name(&side)
        ))
        .in_file(&image.source)
        .note(self.pages(i))
        .hint(format!(
            "create {} with alt = \"what the picture shows\", pupils = [] (or the register ids of every pupil who can be recognised) and credit = \"who made it\"",
            side.display()
        ))
    }

    fn sidecar_rules(&self, i: usize, sidecar: &Sidecar) -> Vec<Diagnostic> {
        let image = &self.images.list[i];
        let at = |key: &str, message: String| {
            let d = Diagnostic::error(message);
            let d = match sidecar.line_of(key) {
                Some(line) => d.at_line(&sidecar.file, &sidecar.text, line, 1),
                None => d.in_file(&sidecar.file),
            };
            d.note(self.pages(i))
        };
        let shown = image.source.display();
        let mut found = Vec::new();
        if sidecar.decorative && sidecar.alt.is_some() {
            found.push(
                at(
                    "alt",
                    format!("no alt text: {shown} is marked decorative = true but also has alt text"),
                )
                .hint(
                    "a decorative image carries no meaning and gets alt=\"\": remove `alt`, or set decorative = false",
                ),
            );
        } else if !sidecar.decorative && sidecar.alt.is_none() {
            found.push(
                at("alt", format!("no alt text: {shown} has no alt text in its sidecar"))
                    .hint("add alt = \"what the picture shows\" to the sidecar, or decorative = true if it carries no meaning"),
            );
        }
        if sidecar.pupils.is_empty() && sidecar.credit.is_none() {
            found.push(
                at(
                    "credit",
                    format!("no credit: {shown} shows no pupils, so it needs a credit"),
                )
                .hint("add credit = \"who made it\" (e.g. \"Drawn by Year 5\" or the picture library and licence)"),
            );
        }
        // A pupil's record left out for a mistake is its own error: the pupil is not
        // checked again (and is not in the register, so cannot pass as consented).
        let register = &self.images.register;
        for pupil in sidecar.pupils.iter().filter(|p| !register.is_left_out(&p.id)) {
            found.extend(self.pupil_rules(i, sidecar, pupil));
        }
        found
    }

    fn pupil_rules(&self, i: usize, sidecar: &Sidecar, pupil: &PupilRef) -> Option<Diagnostic> {
        let id = &pupil.id;
        let Some(record) = self.images.register.get(id) else {
            return Some(
                Diagnostic::error(format!(
                    "unknown pupil: {} shows pupil {id}, who is not in {REGISTER}",
                    self.images.list[i].source.display()
                ))
                .at_line(&sidecar.file, &sidecar.text, pupil.line, pupil.column)
                .note(self.pages(i))
                .hint(format!(
                    "check the id; a pupil's image is published only once the office has recorded consent in {REGISTER}"
                )),
            );
        };
        if let Err(lapse) = record.consent(Scope::Website, self.day) {
            return Some(self.lapsed(i, sidecar, pupil, Scope::Website, lapse, self.pages(i)));
        }
        let printed = &self.uses[i].print_pages;
        if printed.is_empty() {
            return None;
        }
        let lapse = record.consent(Scope::Print, self.day).err()?;
        let pages = format!("printed on {}", printed.iter().cloned().collect::<Vec<_>>().join(", "));
        Some(self.lapsed(i, sidecar, pupil, Scope::Print, lapse, pages))
    }

    fn lapsed(
        &self,
        i: usize,
        sidecar: &Sidecar,
        pupil: &PupilRef,
        scope: Scope,
        lapse: Lapse,
        pages: String,
    ) -> Diagnostic {
        let fix = match (scope, lapse) {
            (Scope::Print, _) => {
                "use a different picture on printed pages (posters, the agreement), or remove it from them"
            }
            (_, Lapse::Expired(_) | Lapse::NotYet(_) | Lapse::NoGrantDate) => {
                "remove the image (or use one in which the pupil cannot be recognised) until the office records current consent"
            }
            _ => "remove the image from these pages and delete it, or use one in which the pupil cannot be recognised",
        };
        let record_line = self.images.register.get(&pupil.id).map_or(1, |r| r.line);
        Diagnostic::error(format!(
            "no {scope} consent: {} shows pupil {}, {} (build day {})",
            self.images.list[i].source.display(),
            pupil.id,
            lapse.describe(scope),
            self.day
        ))
        .at_line(&sidecar.file, &sidecar.text, pupil.line, pupil.column)
        .note(pages)
        .hint(format!("{fix}; the pupil's record is {REGISTER} line {record_line}"))
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}
