//! What haven's fuzz targets share: turning bytes into text the way haven reads files, showing
//! every error as the author would see it (so the diagnostics' own formatting is fuzzed too),
//! and a small real site, loaded once per fuzzing process, for the targets that need a
//! library of pages, a route plan and images.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use haven::config::Config;
use haven::content::{self, Library};
use haven::error::{Diagnostic, Error, Result};
use haven::i18n::glossary::{Glossary, load_glossary};
use haven::images::Images;
use haven::kinds::posters::load_rooms;
use haven::routes::{self, Plan};
use haven::theme::Theme;

/// The input as haven reads a text file: UTF-8 (anything else is refused before parsing,
/// with its own error), byte-order mark removed.
pub fn text(data: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(data).ok()?;
    Some(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// What a loader read, when it found no errors (the fixture site has none).
fn whole<T>(value: T, errors: Vec<Diagnostic>) -> Result<T> {
    match errors.is_empty() {
        true => Ok(value),
        false => Err(Error::User(errors)),
    }
}

/// Formats the errors a loader found beside what it read, as `main.rs` prints them (see
/// [`show`]); true when there are none.
pub fn show_errors(errors: &[Diagnostic]) -> bool {
    show::<()>(match errors.is_empty() {
        true => Ok(()),
        false => Err(Error::User(errors.to_vec())),
    })
    .is_some()
}

/// Formats a failure as `main.rs` prints it, so a diagnostic whose line, column or
/// snippet does not fit its text panics here rather than in front of a teacher.
pub fn show<T>(result: Result<T>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(e) => {
            let shown = e.to_string();
            assert!(!shown.is_empty(), "an error with nothing to say");
            None
        }
    }
}

/// Splits the input at its first NUL byte: two inputs for targets that need two texts.
pub fn two_parts(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[]),
    }
}

/// The fixture site's config: English, Polish and Urdu (right to left).
pub const CONFIG: &str = "title = \"Fuzz School\"\nbase_url = \"https://fuzz.sch.uk/safety/\"\n\
[languages.en]\nname = \"English\"\n[languages.pl]\nname = \"Polski\"\n\
[languages.ur]\nname = \"اردو\"\ndir = \"rtl\"\n";

const FILES: [(&str, &str); 8] = [
    ("config.toml", CONFIG),
    ("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome.\n"),
    ("content/report.md", "+++\ntitle = \"Report\"\n+++\nTell us.\n"),
    (
        "content/lessons/ks2/passwords.md",
        "+++\ntitle = \"Passwords\"\n[extra]\ntopics = [\"contact\"]\n+++\n## Keep it secret\n\nA password is a key.\n",
    ),
    (
        "content/lessons/ks2/passwords.pl.md",
        "+++\ntitle = \"Hasła\"\n+++\nHasło.\n",
    ),
    (
        "content/parents/guide/index.md",
        "+++\ntitle = \"Guide\"\n+++\n[Leaflet](leaflet.pdf)\n",
    ),
    ("content/parents/guide/leaflet.pdf", "%PDF-1.4\n"),
    (
        "data/glossary.toml",
        "[[term]]\nen = \"password\"\npl = \"hasło\"\n[[term]]\nen = \"trusted adult\"\npl = \"zaufany dorosły\"\n",
    ),
];

/// A small real site, loaded through haven's own stages.
pub struct Fixture {
    /// Where it is on disk (kept for the process's life).
    pub root: PathBuf,
    /// Its settings.
    pub config: Config,
    /// Its pages.
    pub library: Library,
    /// Its key words.
    pub glossary: Glossary,
    /// Every page it writes.
    pub plan: Plan,
    /// Its images (none but the theme's).
    pub images: Images,
}

fn write_site(root: &Path) {
    for (rel, text) in FILES {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("fixture files sit in folders")).expect("temp folder");
        std::fs::write(path, text).expect("temp folder");
    }
}

fn load(root: PathBuf) -> Result<Fixture> {
    let config = Config::load(&root)?;
    let theme = Theme::load(&root, &config)?;
    let library = content::load(&root, &config)?;
    let rooms = load_rooms(&root, &config)?;
    let rooms = whole(rooms.rooms, rooms.errors)?;
    let (glossary, errors) = load_glossary(&root, &config)?;
    let glossary = whole(glossary, errors)?;
    let (plan, errors) = routes::plan(&library, &config, &rooms);
    let plan = whole(plan, errors)?;
    let (images, errors) = Images::prepare(&root, &theme, &library)?;
    let images = whole(images, errors)?;
    Ok(Fixture {
        root,
        config,
        library,
        glossary,
        plan,
        images,
    })
}

/// The fixture, made on first use.
pub fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        // Kept, not deleted: the fixture lives as long as the fuzzing process.
        let root = tempfile::tempdir().expect("temp folder").keep();
        write_site(&root);
        match load(root) {
            Ok(fixture) => fixture,
            Err(e) => panic!("the fuzz fixture site does not build:\n{e}"),
        }
    })
}
