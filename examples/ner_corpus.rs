//! Write the text the tagger's word clusters are learned from: each paragraph of the input
//! files as the tagger reads it (khabar's tokenizer and normalization, each word's stem), one
//! line per paragraph. `tools/gen_clusters.py` learns the clusters from this.
//!
//! `cargo run --release --example ner_corpus -- DIR... > corpus.txt`
//!
//! With `--rule-names` it writes instead `assets/rulenames_ar.tsv`: for each stem seen
//! [`MIN_COUNT`] times or more, how often it occurs and how often the rules put it inside a
//! person's, a place's or an organization's name (`tagger/rulenames.rs`):
//!
//! `cargo run --release --example ner_corpus -- --rule-names DIR... > assets/rulenames_ar.tsv`
//!
//! Each DIR is a folder of WikiExtractor text files (`<doc …>` … `</doc>`), read in sorted
//! order so that the same folders give the same corpus.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use khabar::extract::entities::tagger::clusters::corpus_line;
use khabar::extract::entities::tagger::rulenames::{Counts, count_paragraph};

/// Stems seen fewer times than this are left out of the rule-names table (as of the
/// clusters: a share over a handful of occurrences says little).
const MIN_COUNT: u32 = 5;

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
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let rule_names = args.first().is_some_and(|a| a == "--rule-names");
    if rule_names {
        args.remove(0);
    }
    let dirs: Vec<PathBuf> = args.into_iter().map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: ner_corpus [--rule-names] DIR... > FILE");
        std::process::exit(2);
    }
    let mut counts: HashMap<String, Counts> = HashMap::new();
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
                if rule_names {
                    if para.trim().is_empty() {
                        continue;
                    }
                    count_paragraph(para, &mut counts);
                    lines += 1;
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
    if rule_names {
        let mut rows: Vec<(&String, &Counts)> = counts
            .iter()
            .filter(|(_, c)| c.total >= MIN_COUNT)
            .collect();
        rows.sort_unstable_by_key(|(w, _)| *w);
        let header = format!(
            "# how often khabar's rules put each word stem inside a name, in {lines} \
             paragraphs of unlabeled text: stem, occurrences, as person, place, organization\n\
             # by examples/ner_corpus.rs --rule-names (stems seen {MIN_COUNT} times or more); \
             from Arabic Wikipedia text (CC BY-SA 4.0), see NOTICE\n"
        );
        let mut ok = out.write_all(header.as_bytes()).is_ok();
        for (w, c) in &rows {
            let [p, l, o] = c.kinds;
            ok &= writeln!(out, "{w}\t{}\t{p}\t{l}\t{o}", c.total).is_ok();
        }
        words = rows.len();
        if !ok {
            std::process::exit(1);
        }
    }
    if out.flush().is_err() {
        std::process::exit(1);
    }
    eprintln!("{lines} paragraphs, {words} words");
}
