//! The command line (DESIGN §10): clap definitions only.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// haven builds your school's online-safety website from Markdown files: age-banded
/// lessons, posters for every room, the report page and the CEOP button on every page,
/// in every family's language. Before anything is published it checks links, photo
/// consent and the report button.
#[derive(Debug, Parser)]
#[command(name = "haven", version, max_term_width = 100)]
pub struct Cli {
    /// The site's folder, the one holding config.toml [default: the current folder]
    #[arg(long, global = true, value_name = "DIR")]
    pub root: Option<PathBuf>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make a new site for your school in DIR: the bundled lessons and posters, the whole
    /// theme to edit, and nothing of the example school
    Init {
        /// The new site's folder; it must be new or empty
        dir: PathBuf,
        /// The school's name, e.g. "St Mary's Primary" [asked on a terminal]
        #[arg(long)]
        name: Option<String>,
        /// The address the site will be published at (in every poster's QR code)
        /// [asked on a terminal]
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// The site's languages, English first, e.g. en,pl,ur [default: en]
        #[arg(long, value_name = "CODES")]
        languages: Option<String>,
    },
    /// Build the website into public/; a failed build leaves the last good site untouched
    Build(BuildArgs),
    /// Build the website and show it in your browser at http://127.0.0.1:1111
    Serve(ServeArgs),
    /// Run every check (links, photo consent, the CEOP button) without writing the website
    Check(CheckArgs),
    /// Edit the site in your browser: pages, photos with consent, rooms, and publishing
    Edit(EditArgs),
}

/// Options shared by every command that builds.
#[derive(Debug, Args)]
pub struct DateArg {
    /// Build as if today were this day (YYYY-MM-DD): consent, policy reviews and Safer
    /// Internet Day follow it [default: SOURCE_DATE_EPOCH, else today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
}

/// `haven build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Where to write the website [default: public/ in the site's folder]
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Make a copy that works opened straight from disk or a USB stick (file://)
    #[arg(long)]
    pub portable: bool,
    /// Also pack the portable site into one zip file, to share (implies --portable)
    #[arg(long, value_name = "FILE")]
    pub zip: Option<PathBuf>,
    /// Never use the network (the build never fetches; accepted for symmetry with check)
    #[arg(long)]
    pub offline: bool,
    /// Treat warnings (overdue policy reviews, http:// links, ...) as errors
    #[arg(long)]
    pub strict: bool,
    /// The build day.
    #[command(flatten)]
    pub date: DateArg,
}

/// `haven serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// The address to listen on; only this computer can see 127.0.0.1
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
    pub bind: String,
    /// The build day.
    #[command(flatten)]
    pub date: DateArg,
}

/// `haven check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Do not fetch external links; report what the cache cannot confirm
    #[arg(long)]
    pub offline: bool,
    /// Treat warnings (unverified links, http:// links, ...) as errors
    #[arg(long)]
    pub strict: bool,
    /// How to print the findings: for people, or JSON or SARIF for CI and code hosts
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The build day.
    #[command(flatten)]
    pub date: DateArg,
}

/// How `haven check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Messages for people, with a progress bar on a terminal
    Human,
    /// One JSON object on standard output (docs/links.md)
    Json,
    /// SARIF 2.1.0 on standard output, for code hosts
    Sarif,
}

/// `haven edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The port to listen on
    #[arg(long, default_value_t = 1112)]
    pub port: u16,
    /// The address to listen on; the studio refuses any but 127.0.0.1 (this computer)
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
    pub bind: String,
    /// Also open the studio in the default browser
    #[arg(long)]
    pub open: bool,
    /// The build day.
    #[command(flatten)]
    pub date: DateArg,
}
