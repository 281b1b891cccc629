//! Command-line interface: `khabar [PATH]...` opens the reader; subcommands print to stdout.
//!
//! Each subcommand lives in its own module with its own argument struct and `run`. The
//! global options (`--lang`, `--config`, `--bidi`, `--visual`/`--logical`) are accepted
//! before or after the subcommand.

pub mod compare;
pub mod entities;
pub mod export;
pub mod progress;
pub mod render;
pub mod search;
pub mod stories;
pub mod timeline;
pub mod tui;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::corpus::{self, Corpus};

/// khabar — a terminal reader for Arabic news.
///
/// Batch commands (entities, timeline, search) print text in logical order (as it is read:
/// right for pipes, grep and copying) when standard output is not a terminal, and visual rows
/// laid out right-to-left on a terminal; --visual or --logical forces one.
#[derive(Debug, Parser)]
#[command(name = "khabar", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub tui: tui::TuiArgs,
    #[command(flatten)]
    pub global: Global,
}

/// Shown at the end of `--help` (and in the README).
const EXIT_CODES: &str = "\
Exit codes:
  0    success — also when the analysis failed on an article (it is named on stderr and
       left out) or some files were skipped (each named on stderr)
  1    search: nothing matched
  2    usage or input error: a bad option, --width, --lang or --max-file-size, a missing
       path, no readable article, a bad config file or KHABAR_MAX_FILE_SIZE, the reader
       without a terminal
  3    the output could not be written (a full disk); a closed pipe (| head) is not an error
  128+N  ended by signal N (130 Ctrl-C/SIGINT, 129 SIGHUP, 143 SIGTERM)

Environment:
  KHABAR_MAX_FILE_SIZE  as --max-file-size, which overrides it; it overrides the config's
                        max_file_size";

/// Options every command takes, before or after the subcommand.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Global {
    /// Interface language: ar or en (default: the config's, else from the locale).
    #[arg(long, global = true)]
    pub lang: Option<String>,
    /// Config file (default: ~/.config/khabar/config.toml).
    #[arg(long, global = true)]
    pub config: Option<PathBuf>,
    /// Who reorders right-to-left text in the reader: `explicit` (khabar lays out visual rows
    /// and asks the terminal not to reorder) or `terminal` (for terminals that reorder by
    /// themselves: khabar sends logical text and no mode escapes).
    #[arg(long, global = true, value_parser = ["explicit", "terminal"])]
    pub bidi: Option<String>,
    /// Batch output as visual rows (laid out right-to-left), even into a pipe.
    #[arg(long, global = true, conflicts_with = "logical")]
    pub visual: bool,
    /// Batch output in logical order (as read), even on a terminal.
    #[arg(long, global = true)]
    pub logical: bool,
    /// Batch commands: only the articles of this story (an id that `khabar stories` lists:
    /// s1, s2, …).
    #[arg(long, global = true, value_name = "ID")]
    pub story: Option<String>,
    /// Batch commands: take the folder as one story, without grouping it (a hand-picked
    /// folder; what khabar did before stories).
    #[arg(long, global = true, conflicts_with = "story")]
    pub one_story: bool,
    /// Largest file read, in bytes or with K, M or G (200M); larger files are skipped and
    /// named. Default: KHABAR_MAX_FILE_SIZE, else the config's max_file_size, else 64M.
    #[arg(long, global = true, value_name = "SIZE", value_parser = size_arg)]
    pub max_file_size: Option<u64>,
    /// The config file's `lang`, filled in by [`main`] once the config is read.
    #[arg(skip)]
    pub config_lang: Option<crate::i18n::Lang>,
}

/// `--max-file-size`: a size, checked while the command line is parsed.
fn size_arg(s: &str) -> Result<u64, String> {
    corpus::parse_size(s).ok_or_else(|| "expected a size such as 64M, 512K or 1048576".into())
}

impl Global {
    /// The interface language, of the reader and of batch output's own words (headings,
    /// `unknown outlet`): `--lang`, else the config's `lang`, else the locale — as the README
    /// promises for every command. (Batch output once defaulted to Arabic, the articles'
    /// language, whatever the config or locale said; the articles' own text is Arabic either way.)
    pub fn interface_lang(&self) -> crate::i18n::Lang {
        self.lang
            .as_deref()
            .and_then(crate::i18n::Lang::parse)
            .or(self.config_lang)
            .unwrap_or_else(crate::i18n::Lang::from_env)
    }

    /// Whether batch output is visual rows: forced, or when standard output is a terminal.
    pub fn visual_output(&self) -> bool {
        if self.visual || self.logical {
            return self.visual;
        }
        std::io::IsTerminal::is_terminal(&std::io::stdout())
    }
}

/// A logical row for a pipe: the text as read, without the invisible bidi controls that only
/// steer a terminal layout (isolates, marks), so `grep` and copying find the words; terminal
/// controls from the text as their placeholders (`text::controls`), as in visual rows.
pub fn logical_text(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .map(crate::text::controls::visible)
        .collect()
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
    /// Passages two articles share, or every linked pair's (exit code 1 when none).
    Compare(compare::CompareArgs),
    /// List the stories: articles grouped by the event they report.
    Stories(stories::StoriesArgs),
}

/// The entity model is read by the first analysis: say on stderr if it could not be (the
/// rules then worked alone).
pub fn report_tagger() {
    if let Some(problem) = crate::extract::entities::tagger_problem() {
        warn(format_args!(
            "{problem} (entities found by the rules alone)"
        ));
    }
}

/// Name each failed article on stderr: `khabar: FILE: STAGE failed: MESSAGE`.
pub fn report_failures(failures: &[crate::extract::Failure]) {
    for f in failures {
        warn(format_args!("{}", f.describe()));
    }
}

pub use crate::text::controls::warn;

/// Exit code when the output cannot be written (a full disk, `>/dev/full`).
pub const EXIT_WRITE: u8 = 3;

/// The exit code after a failed write: a closed pipe (`khabar timeline | head`) is the
/// reader's choice and ends quietly with 0; anything else is named and exits
/// [`EXIT_WRITE`].
pub fn write_failed(e: &std::io::Error) -> ExitCode {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    warn(format_args!("cannot write the output: {e}"));
    ExitCode::from(EXIT_WRITE)
}

/// Widest `--width` accepted: wider than any terminal, small enough that a typo
/// (`--width 10000000000`) cannot make every row a gigabyte of spaces.
pub const MAX_WIDTH: usize = 10_000;

/// `--width`: 1 to [`MAX_WIDTH`] cells.
pub fn parse_width(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(w) if (1..=MAX_WIDTH).contains(&w) => Ok(w),
        _ => Err(format!("expected a width from 1 to {MAX_WIDTH} cells")),
    }
}

/// The file size limit: the command line over the environment (`KHABAR_MAX_FILE_SIZE`) over
/// the config file over [`corpus::DEFAULT_MAX_FILE_SIZE`]. Checked before anything is loaded.
fn size_limit(g: &Global, config: &crate::app::config::Config) -> Result<u64, String> {
    if let Some(bytes) = g.max_file_size {
        return Ok(bytes);
    }
    if let Some(v) = std::env::var_os("KHABAR_MAX_FILE_SIZE") {
        let v = v.to_string_lossy();
        return corpus::parse_size(&v)
            .ok_or_else(|| format!("KHABAR_MAX_FILE_SIZE: expected a size such as 64M, got {v}"));
    }
    Ok(config
        .max_file_size
        .unwrap_or(corpus::DEFAULT_MAX_FILE_SIZE))
}

/// Parse the command line, read and check the config and the settings, and run.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut g = cli.global;
    // Every setting is checked before any folder is loaded: a bad one reads nothing.
    let config = match crate::app::config::load(g.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            warn(format_args!("{e}"));
            return ExitCode::from(2);
        }
    };
    g.config_lang = config.lang;
    match size_limit(&g, &config) {
        Ok(bytes) => corpus::set_max_file_size(bytes),
        Err(e) => {
            warn(format_args!("{e}"));
            return ExitCode::from(2);
        }
    }
    if let Some(l) = &g.lang
        && crate::i18n::Lang::parse(l).is_none()
    {
        warn(format_args!("--lang: expected ar or en, got {l}"));
        return ExitCode::from(2);
    }
    match cli.command {
        None => tui::run(cli.tui, &g, config),
        Some(Command::Render(a)) => render::run(a),
        Some(Command::Export(a)) => export::run(a, &g),
        Some(Command::Entities(a)) => entities::run(a, &g),
        Some(Command::Timeline(a)) => timeline::run(a, &g),
        Some(Command::Search(a)) => search::run(a, &g),
        Some(Command::Compare(a)) => compare::run(a, &g),
        Some(Command::Stories(a)) => stories::run(a, &g),
    }
}

/// Load the paths (the bundled articles when none), reporting every bad file on stderr.
///
/// Exits with code 2 (returned as `Err`) when a path is missing or nothing readable is found.
pub fn load_corpus(paths: &[PathBuf]) -> Result<Corpus, ExitCode> {
    load_corpus_counting(paths).map(|(corpus, _)| corpus)
}

/// [`load_corpus`], also saying how many files were skipped (warnings on files loaded are
/// named on stderr but not counted).
pub fn load_corpus_counting(paths: &[PathBuf]) -> Result<(Corpus, usize), ExitCode> {
    let mut bar = progress::Progress::new();
    let loaded =
        corpus::load_with_progress(paths, &mut |done, total| bar.set("loading", done, total));
    bar.finish();
    match loaded {
        Ok((corpus, problems)) => {
            for p in &problems {
                warn(format_args!("{p}"));
            }
            let skipped = problems.iter().filter(|p| !p.is_warning()).count();
            Ok((corpus, skipped))
        }
        Err(e) => {
            warn(format_args!("{e}"));
            Err(ExitCode::from(2))
        }
    }
}

/// The width batch output is laid out for: `--width`, else the terminal's, else 80 (a pipe).
fn output_width(asked: Option<usize>) -> usize {
    asked.unwrap_or_else(|| {
        if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            crossterm::terminal::size()
                .map(|(w, _)| usize::from(w))
                .unwrap_or(80)
        } else {
            80
        }
    })
}
