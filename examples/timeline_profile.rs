//! One run of the timeline over the bundled articles repeated to about 5 MB (as in
//! `benches/timeline.rs`), for profilers that want a single, repeatable run:
//!
//! ```sh
//! cargo build --release --example timeline_profile
//! valgrind --tool=callgrind --toggle-collect='khabar::extract::timeline::extract' \
//!     target/release/examples/timeline_profile events
//! ```
//!
//! `dates` runs the date grammar and resolution only (toggle `khabar::extract::timeline::dates`),
//! `events` the whole extraction with the entities `analyze` passes it (extracted before).

use std::process::ExitCode;

use khabar::corpus::{Corpus, bundled};
use khabar::extract::{entities, timeline};

fn main() -> ExitCode {
    let what = std::env::args().nth(1).unwrap_or_default();
    let seeds = bundled();
    let mut corpus = Corpus::default();
    let mut size = 0;
    for (i, a) in seeds.articles.iter().cycle().enumerate() {
        if size >= 5_000_000 || seeds.articles.is_empty() {
            break;
        }
        let mut a = a.clone();
        size += a.paragraphs.iter().map(|p| p.text.len()).sum::<usize>();
        a.id = format!("{}-{i}", a.id);
        corpus.articles.push(a);
    }
    let n = match what.as_str() {
        "dates" => timeline::dates(&corpus).len(),
        "events" => {
            let ents = entities::extract(&corpus);
            timeline::extract(&corpus, &ents).len()
        }
        _ => {
            eprintln!("usage: timeline_profile dates|events");
            return ExitCode::from(2);
        }
    };
    println!("{what}: {n} over {size} bytes");
    ExitCode::SUCCESS
}
