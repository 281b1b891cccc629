//! Score the story grouping of a folder against its expected grouping, and print every
//! pair's score — how assets/stories.toml was tuned (docs/stories.md).
//!
//! `cargo run --release --example stories_eval -- FOLDER [text|refined|alone] [KEY=VALUE]...`
//! FOLDER holds the articles and `grouping.tsv` (`file<TAB>story`); KEY=VALUE override
//! lines of assets/stories.toml (`threshold=0.15`). `KHABAR_PAIRS=1` prints the pairs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use khabar::stories::{self, Clusterer, Params, score::score};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: stories_eval FOLDER [text|refined] [KEY=VALUE]...");
        std::process::exit(2);
    };
    let mode = args.get(1).map_or("text", String::as_str);
    let mut toml = include_str!("../assets/stories.toml").to_string();
    for kv in args.iter().skip(2) {
        let Some((k, v)) = kv.split_once('=') else {
            continue;
        };
        let line = toml
            .lines()
            .find(|l| l.starts_with(&format!("{k} =")))
            .map(str::to_string);
        match line {
            Some(l) => toml = toml.replace(&l, &format!("{k} = {v}")),
            None => eprintln!("no parameter {k}"),
        }
    }
    let params = Params::parse(&toml).unwrap_or_else(|e| panic!("parameters: {e}"));
    let tsv = std::fs::read_to_string(dir.join("grouping.tsv")).expect("grouping.tsv");
    let gold: HashMap<&str, &str> = tsv.lines().filter_map(|l| l.split_once('\t')).collect();
    let mut files: Vec<PathBuf> = gold.keys().map(|f| dir.join(f)).collect();
    files.sort();
    let (corpus, _) = khabar::corpus::load(&files).expect("load");
    let labels: Vec<&str> = corpus
        .articles
        .iter()
        .map(|a| {
            let name = Path::new(&a.path)
                .file_name()
                .map(|n| n.to_string_lossy().to_string());
            gold[name.unwrap_or_default().as_str()]
        })
        .collect();
    let t = std::time::Instant::now();
    let mut fz = stories::Featurizer::new(&params);
    let features: Vec<stories::Features> = match mode {
        // What the batch commands and the reader use: names and days from the analysis of
        // the text grouping's stories.
        "refined" => {
            let text: Vec<_> = corpus.articles.iter().map(|a| fz.text(a)).collect();
            let first = stories::group_with(&corpus, text, &params);
            let analysed = stories::analyse(&corpus, first, &mut |_, _| {});
            fz.from_stories(&corpus, &analysed.stories, &analysed.per_story)
        }
        // Each article analysed alone (the first version's way).
        "alone" => corpus
            .articles
            .iter()
            .map(|a| {
                let alone = khabar::corpus::Corpus {
                    articles: vec![a.clone()],
                };
                fz.analysed(a, &khabar::extract::analyze(&alone))
            })
            .collect(),
        _ => corpus.articles.iter().map(|a| fz.text(a)).collect(),
    };
    let featured = t.elapsed();
    if std::env::var_os("KHABAR_PAIRS").is_some() {
        let mut c = Clusterer::new(&params);
        for (i, f) in features.iter().enumerate() {
            for (j, s) in c.scores(f) {
                if s >= 0.03 {
                    let same = if labels[i] == labels[j] {
                        "same"
                    } else {
                        "DIFF"
                    };
                    println!(
                        "{s:.3} {same} {} {}",
                        corpus.articles[i].id, corpus.articles[j].id
                    );
                }
            }
            c.add(f.clone());
        }
    }
    let s = stories::group_with(&corpus, features, &params);
    let sc = score(&s.of_article, &labels);
    println!(
        "{mode}: {} articles, {} stories (expected {}): B-cubed P {:.3} R {:.3} F1 {:.3}; pairwise P {:.3} R {:.3} F1 {:.3} (features {:.2} s)",
        corpus.articles.len(),
        s.len(),
        gold.values()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        sc.bcubed.precision,
        sc.bcubed.recall,
        sc.bcubed.f1,
        sc.pairwise.precision,
        sc.pairwise.recall,
        sc.pairwise.f1,
        featured.as_secs_f64()
    );
    for st in &s.stories {
        let members: Vec<String> = st
            .articles
            .iter()
            .map(|&i| format!("{}={}", corpus.articles[i].id, labels[i]))
            .collect();
        println!("  {}: {}", st.id, members.join(" "));
    }
}
