//! `khabar export [PATH]...`: one JSON document (docs/export.md).

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::corpus::Article;
use crate::extract::{Entity, Event};

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
}

pub fn run(args: ExportArgs) -> ExitCode {
    let corpus = match super::load_corpus(&args.paths) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let analysis = super::analyse(&corpus);
    let doc = Export {
        articles: &corpus.articles,
        entities: &analysis.entities,
        timeline: &analysis.timeline,
    };
    match serde_json::to_string_pretty(&doc) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("khabar: cannot write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}
