//! Write the text the tagger's word clusters are learned from: each paragraph of the input
//! files as the tagger reads it (khabar's tokenizer and normalization, each word's stem), one
//! line per paragraph. `tools/gen_clusters.py` learns the clusters from this.
//!
//! `cargo run --release --example ner_corpus -- DIR... > corpus.txt`
//!
//! Each DIR is a folder of WikiExtractor text files (`<doc …>` … `</doc>`), read in sorted
//! order so that the same folders give the same corpus.

use std::io::Write;
use std::path::PathBuf;

use khabar::extract::entities::tagger::clusters::corpus_line;

fn files(dir: &PathBuf) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            out.extend(files(&p)?);
        } else {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

fn main() {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: ner_corpus DIR... > corpus.txt");
        std::process::exit(2);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut lines, mut words) = (0usize, 0usize);
    for dir in &dirs {
        let list = files(dir).unwrap_or_else(|e| {
            eprintln!("{}: {e}", dir.display());
            std::process::exit(1);
        });
        for f in list {
            let text = match std::fs::read_to_string(&f) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{}: skipped ({e})", f.display());
                    continue;
                }
            };
            for para in text.lines() {
                if para.starts_with("<doc") || para.starts_with("</doc") {
                    continue;
                }
                let line = corpus_line(para);
                if line.is_empty() {
                    continue;
                }
                words += line.split(' ').count();
                lines += 1;
                if writeln!(out, "{line}").is_err() {
                    std::process::exit(1);
                }
            }
        }
    }
    if out.flush().is_err() {
        std::process::exit(1);
    }
    eprintln!("{lines} paragraphs, {words} words");
}
