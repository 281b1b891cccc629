//! Corpus generator for benchmarks and scale tests (never for quality measurements):
//! `cargo run --release --example gen_corpus -- N DIR` writes N articles to DIR. The articles
//! come from [`khabar::synthetic`] (deterministic, built from the bundled articles).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|s| s.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: gen_corpus N DIR");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    match khabar::synthetic::write_corpus(n, &dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
