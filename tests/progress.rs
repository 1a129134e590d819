//! Progress on long work (issue 18): encoding images shows a bar on a terminal, and
//! nothing of it when standard error is piped, so logs and scripts read what they did.

use std::process::Command;

use crate::pictures;
use crate::support::{TestSite, page};

fn site_with_a_photo() -> TestSite {
    TestSite::new()
        .bytes("static/images/class.png", &pictures::png(400, 300))
        .file(
            "static/images/class.png.toml",
            "alt = \"A tablet on a desk\"\npupils = []\ncredit = \"Test School\"\n",
        )
        .file(
            "content/trip.md",
            &page("Trip", "Our trip.\n\n![A tablet](/images/class.png)\n"),
        )
}

#[test]
fn piped_output_has_no_progress_bar() {
    let run = site_with_a_photo().build().ok();
    assert!(!run.stderr.contains("Encoding images"), "{}", run.stderr);
    assert!(
        !run.stderr.contains('\r') && !run.stderr.contains('\u{1b}'),
        "{:?}",
        run.stderr
    );
}

#[test]
fn a_terminal_sees_the_images_being_encoded() {
    let site = site_with_a_photo();
    // `script` gives haven a terminal (util-linux, on every Linux CI image).
    let command = format!(
        "{} --root {} build --date 2026-11-22",
        env!("CARGO_BIN_EXE_haven"),
        site.path().display()
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("TERM", "xterm")
        .output()
        .expect("script runs");
    let seen = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{seen}");
    assert!(seen.contains("Encoding images"), "{seen}");
}
