//! `khabar export [PATH]...`: one JSON document (docs/export.md).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::corpus::{Article, Corpus};
use crate::extract::{Analysis, ArticleReference, Entity, Event};

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
}

#[derive(Serialize)]
struct Export<'a> {
    articles: &'a [Article],
    entities: &'a [Entity],
    timeline: &'a [Event],
    references: &'a [ArticleReference],
}

pub fn run(args: ExportArgs) -> ExitCode {
    let corpus = match super::load_corpus(&args.paths) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let analysis = super::analyse(&corpus);
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    match write_json(&corpus, &analysis, out) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`khabar export | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("khabar: cannot write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Write the export document (pretty JSON and a final newline) for a corpus and its analysis.
///
/// Streams into `out` rather than building the document as one string first: on a large folder
/// the string would be the biggest thing in memory (about 2.6× the corpus size).
pub fn write_json(
    corpus: &Corpus,
    analysis: &Analysis,
    mut out: impl Write,
) -> std::io::Result<()> {
    let doc = Export {
        articles: &corpus.articles,
        entities: &analysis.entities,
        timeline: &analysis.timeline,
        references: &analysis.references,
    };
    serde_json::to_writer_pretty(&mut out, &doc)?;
    out.write_all(b"\n")?;
    out.flush()
}
