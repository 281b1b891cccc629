//! `khabar export [PATH]...`: one JSON document (docs/export.md).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::compare::Reuse;
use crate::compare::json::{DerivationJson, LinkJson};
use crate::corpus::{Article, Corpus};
use crate::extract::{Analysis, Entity, Event};

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
}

#[derive(Serialize)]
struct Export<'a> {
    articles: Vec<ArticleOut<'a>>,
    entities: &'a [Entity],
    timeline: &'a [Event],
    reuse: Vec<LinkJson<'a>>,
}

/// An article with its `derivation` (outlet comparison).
#[derive(Serialize)]
struct ArticleOut<'a> {
    #[serde(flatten)]
    article: &'a Article,
    derivation: Option<DerivationJson<'a>>,
}

pub fn run(args: ExportArgs) -> ExitCode {
    let corpus = match super::load_corpus(&args.paths) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let analysis = super::analyse(&corpus);
    let reuse = super::compare::reuse(&corpus);
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    match write_json(&corpus, &analysis, &reuse, out) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`khabar export | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("khabar: cannot write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Write the export document (pretty JSON and a final newline) for a corpus, its analysis and
/// its outlet comparison.
///
/// Streams into `out` rather than building the document as one string first: on a large folder
/// the string would be the biggest thing in memory (about 2.6× the corpus size).
pub fn write_json(
    corpus: &Corpus,
    analysis: &Analysis,
    reuse: &Reuse,
    mut out: impl Write,
) -> std::io::Result<()> {
    let doc = Export {
        articles: corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, article)| ArticleOut {
                article,
                derivation: reuse
                    .derivations
                    .get(i)
                    .map(|d| DerivationJson::new(corpus, d)),
            })
            .collect(),
        entities: &analysis.entities,
        timeline: &analysis.timeline,
        reuse: reuse
            .links
            .iter()
            .map(|l| LinkJson::new(corpus, l))
            .collect(),
    };
    serde_json::to_writer_pretty(&mut out, &doc)?;
    out.write_all(b"\n")?;
    out.flush()
}
