//! Reproducible builds (issue 11, DESIGN §10): the same input and build day give
//! byte-identical output, whether haven works on one thread or on all of them.

use std::path::Path;
use std::process::Command;

use crate::pictures;
use crate::support::{CONFIG_3_LANGS, TestSite, assert_identical, page};

/// Builds the site at `root` into `output` with `RAYON_NUM_THREADS` set to `threads`
/// (`None`: haven's default, one per core).
fn build_with_threads(root: &Path, output: &Path, threads: Option<&str>) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_haven"));
    command
        .args(["--root", root.to_str().unwrap(), "build", "--date", "2026-11-22", "-o"])
        .arg(output)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("RAYON_NUM_THREADS");
    if let Some(n) = threads {
        command.env("RAYON_NUM_THREADS", n);
    }
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "the build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Builds on one thread, on all, and on three, and compares. With `fresh_images`, the
/// image cache is emptied before each build, so every build encodes its images itself.
fn one_thread_and_all_agree(root: &Path, fresh_images: bool) -> usize {
    let out = tempfile::tempdir().unwrap();
    let (one, all, again) = (out.path().join("one"), out.path().join("all"), out.path().join("again"));
    for (output, threads) in [(&one, Some("1")), (&all, None), (&again, Some("3"))] {
        if fresh_images {
            let _ = std::fs::remove_dir_all(root.join(".haven"));
        }
        build_with_threads(root, output, threads);
    }
    assert_identical(&one, &all);
    assert_identical(&one, &again)
}

#[test]
fn the_example_school_is_the_same_on_one_thread_and_on_all() {
    // The repository's own image cache is shared with other tests, so it is kept.
    let files = one_thread_and_all_agree(Path::new(env!("CARGO_MANIFEST_DIR")), false);
    assert!(files > 200, "only {files} files");
}

/// Many pages, in three languages, with easy-read versions, key words, images, a section
/// listing and links between them: everything that haven does in parallel.
fn generated_site() -> TestSite {
    let sidecar = "alt = \"A padlock\"\npupils = []\ncredit = \"Drawn by Year 5\"\n";
    let mut site = TestSite::new()
        .file("config.toml", CONFIG_3_LANGS)
        .file(
            "data/glossary.toml",
            "[[term]]\nen = \"password\"\npl = \"hasło\"\nur = \"پاس ورڈ\"\n",
        )
        .bytes("static/big.png", &pictures::png(1700, 900))
        .file("static/big.png.toml", sidecar)
        .bytes("static/photo.jpg", &pictures::jpeg(1300, 700))
        .file("static/photo.jpg.toml", sidecar);
    for i in 0..60 {
        let lesson = format!(
            "+++\ntitle = \"Lesson {i}\"\nweight = {}\n[extra]\ntopics = [\"contact\"]\nduration = 30\n+++\n## Passwords\n\nA password is a key. ![](/big.png)\n\n[Next](lesson-{:02}.md) [Report](@/report.md)\n",
            i % 7,
            (i + 1) % 60
        );
        site = site
            .file(&format!("content/lessons/ks2/lesson-{i:02}.md"), &lesson)
            .file(
                &format!("content/lessons/ks2/lesson-{i:02}.pl.md"),
                &page(&format!("Lekcja {i}"), "Hasło to klucz.\n"),
            )
            .file(
                &format!("content/lessons/ks2/lesson-{i:02}.easy.md"),
                &page(&format!("Easy {i}"), "![](/photo.jpg) A password is a key.\n"),
            );
    }
    site.file("content/report.md", &page("Report", "Call 0800 1111."))
}

#[test]
fn a_generated_site_is_the_same_on_one_thread_and_on_all() {
    let site = generated_site();
    let files = one_thread_and_all_agree(site.path(), true);
    assert!(files > 500, "only {files} files");
}
