//! Command-line interface: `khabar [PATH]...` opens the reader; subcommands print to stdout.
//!
//! Each subcommand lives in its own module with its own argument struct and `run`.

pub mod entities;
pub mod export;
pub mod progress;
pub mod render;
pub mod search;
pub mod timeline;
pub mod tui;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::corpus::{self, Corpus};

/// khabar — a terminal reader for Arabic news.
#[derive(Debug, Parser)]
#[command(
    name = "khabar",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub tui: tui::TuiArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lay out text right-to-left for a terminal (each input line a paragraph).
    Render(render::RenderArgs),
    /// Print articles, entities and timeline as one JSON document.
    Export(export::ExportArgs),
    /// Print the entities table.
    Entities(entities::EntitiesArgs),
    /// Print the shared timeline.
    Timeline(timeline::TimelineArgs),
    /// Search all sources (exit code 1 when nothing matches).
    Search(search::SearchArgs),
}

/// Entities and timeline for a batch command, with the stage shown on stderr.
pub fn analyse(corpus: &Corpus) -> crate::extract::Analysis {
    let mut bar = progress::Progress::new();
    bar.stage("finding entities…");
    let entities = crate::extract::entities::extract(corpus);
    bar.stage("building the timeline…");
    let (timeline, refs) = crate::extract::timeline::extract_all(corpus, &entities);
    bar.finish();
    crate::extract::Analysis {
        references: crate::extract::timeline::reference_list(corpus, &refs),
        entities,
        timeline,
    }
}

/// Parse the command line and run.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => tui::run(cli.tui),
        Some(Command::Render(a)) => render::run(a),
        Some(Command::Export(a)) => export::run(a),
        Some(Command::Entities(a)) => entities::run(a),
        Some(Command::Timeline(a)) => timeline::run(a),
        Some(Command::Search(a)) => search::run(a),
    }
}

/// Load the paths (the bundled articles when none), reporting every bad file on stderr.
///
/// Exits with code 2 (returned as `Err`) when a path is missing or nothing readable is found.
pub fn load_corpus(paths: &[PathBuf]) -> Result<Corpus, ExitCode> {
    load_corpus_counting(paths).map(|(corpus, _)| corpus)
}

/// [`load_corpus`], also saying how many files were skipped (the reader shows it).
pub fn load_corpus_counting(paths: &[PathBuf]) -> Result<(Corpus, usize), ExitCode> {
    let mut bar = progress::Progress::new();
    let loaded =
        corpus::load_with_progress(paths, &mut |done, total| bar.set("loading", done, total));
    bar.finish();
    match loaded {
        Ok((corpus, problems)) => {
            for p in &problems {
                eprintln!("khabar: {p}");
            }
            Ok((corpus, problems.len()))
        }
        Err(e) => {
            eprintln!("khabar: {e}");
            Err(ExitCode::from(2))
        }
    }
}
