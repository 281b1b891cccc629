//! Train the entity tagger from ANERcorp's training part and print its evaluation.
//!
//! `cargo run --release --example train_ner [-- --data FILE --out FILE --epochs N --dev]`
//!
//! Deterministic: the first nine tenths of the sentences train (in blocks of 25 sentences
//! standing for documents), the last tenth is held out and only scored. `--dev` is for
//! choosing features: it trains on the first nine tenths of the training part, scores the
//! last tenth of it (the dev part), never reads the held-out tenth and writes no model. The first pass is
//! trained five times on four fifths (jackknife) so the second pass learns from first-pass
//! labels made on text the first pass did not see, then once on everything.

use std::path::PathBuf;
use std::time::Instant;

use khabar::extract::entities::tagger::conll::{self, Prepared, Score};
use khabar::extract::entities::tagger::train::{Example, train};
use khabar::extract::entities::tagger::{MODEL_FILE, Model, doc_context};

/// Sentences per pseudo-document (ANERcorp does not mark article boundaries).
const DOC: usize = 25;
const FOLDS: usize = 5;
const SEED: u64 = 14;

struct Args {
    data: PathBuf,
    out: PathBuf,
    epochs: usize,
    dev: bool,
}

fn args() -> Result<Args, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut a = Args {
        data: root.join("../shared/data/anercorp/train.txt"),
        out: root.join("assets").join(MODEL_FILE),
        epochs: 25,
        dev: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        if k == "--dev" {
            a.dev = true;
            continue;
        }
        let v = it.next().ok_or(format!("{k} needs a value"))?;
        match k.as_str() {
            "--data" => a.data = v.into(),
            "--out" => a.out = v.into(),
            "--epochs" => a.epochs = v.parse().map_err(|e| format!("--epochs: {e}"))?,
            _ => return Err(format!("unknown option {k}")),
        }
    }
    Ok(a)
}

fn examples(ps: &[&Prepared], extra: Option<&[Vec<Vec<u32>>]>) -> Vec<Example> {
    ps.iter()
        .enumerate()
        .map(|(i, p)| Example {
            feats: match extra {
                Some(x) => x[i].clone(),
                None => p.feats.clone(),
            },
            gold: p.gold.clone(),
        })
        .collect()
}

/// Second-pass features for `ps` (in document blocks) given first-pass tags `tags`.
fn context(ps: &[&Prepared], tags: &[Vec<u8>]) -> Vec<Vec<Vec<u32>>> {
    let mut out = Vec::with_capacity(ps.len());
    for (block, t) in ps.chunks(DOC).zip(tags.chunks(DOC)) {
        let keys: Vec<Vec<&str>> = block.iter().map(|p| p.keys()).collect();
        out.extend(doc_context(&keys, t));
    }
    out
}

fn main() -> Result<(), String> {
    let a = args()?;
    let text =
        std::fs::read_to_string(&a.data).map_err(|e| format!("{}: {e}", a.data.display()))?;
    let sentences = conll::read(&text).map_err(|e| format!("{}: {e}", a.data.display()))?;
    let cut = sentences.len() * 9 / 10;
    let (sentences, cut, part) = if a.dev {
        (
            &sentences[..cut],
            cut * 9 / 10,
            "dev part of the training 90%",
        )
    } else {
        (&sentences[..], cut, "held-out tenth")
    };
    let t0 = Instant::now();
    let prepared: Vec<Prepared> = sentences.iter().map(|s| s.prepare()).collect();
    let (train_p, held) = prepared.split_at(cut);
    let train_p: Vec<&Prepared> = train_p.iter().collect();
    let held: Vec<&Prepared> = held.iter().collect();
    println!(
        "data: {} — {} sentences train ({} tokens), {} held out ({} tokens); features in {:.1}s",
        a.data.display(),
        train_p.len(),
        train_p.iter().map(|p| p.words).sum::<usize>(),
        held.len(),
        held.iter().map(|p| p.words).sum::<usize>(),
        t0.elapsed().as_secs_f64()
    );
    let t1 = Instant::now();
    // Jackknifed first-pass tags for the training part, by document blocks.
    let blocks: Vec<usize> = (0..train_p.len()).map(|i| (i / DOC) % FOLDS).collect();
    let mut jack: Vec<Vec<u8>> = vec![Vec::new(); train_p.len()];
    for fold in 0..FOLDS {
        let rest: Vec<&Prepared> = (0..train_p.len())
            .filter(|&i| blocks[i] != fold)
            .map(|i| train_p[i])
            .collect();
        let w = train(&examples(&rest, None), a.epochs, SEED + fold as u64);
        for i in (0..train_p.len()).filter(|&i| blocks[i] == fold) {
            jack[i] = w.decode(&train_p[i].feats);
        }
    }
    let first = train(&examples(&train_p, None), a.epochs, SEED);
    let extra = context(&train_p, &jack);
    let second = train(&examples(&train_p, Some(&extra)), a.epochs, SEED + 99);
    let model = Model {
        first,
        second: Some(second),
    };
    let train_secs = t1.elapsed().as_secs_f64();

    let mut rules = Score::default();
    let mut one = Score::default();
    let mut two = Score::default();
    let mut both = Score::default();
    // Scored against the file's own tags, word for word.
    let gold = &sentences[cut..];
    for (p, s) in held.iter().zip(gold) {
        one.add(&s.tags, &p.to_words(&model.first.decode(&p.feats)));
        rules.add(&s.tags, &p.to_words(&conll::rule_tags(p)));
    }
    let show = std::env::var_os("KHABAR_NER_ERRORS").is_some();
    for (block, golds) in held.chunks(DOC).zip(gold.chunks(DOC)) {
        let keys: Vec<Vec<&str>> = block.iter().map(|p| p.keys()).collect();
        let feats: Vec<Vec<Vec<u32>>> = block.iter().map(|p| p.feats.clone()).collect();
        let tagged = model.tag_document(&feats, &keys);
        for ((p, t), s) in block.iter().zip(&tagged).zip(golds) {
            let pred = p.to_words(t);
            two.add(&s.tags, &pred);
            both.add(&s.tags, &p.to_words(&conll::combined_tags(p, t)));
            if show {
                conll::print_errors(s, &p.to_words(&conll::combined_tags(p, t)));
            }
        }
    }
    if !a.dev {
        model
            .save(&a.out)
            .map_err(|e| format!("{}: {e}", a.out.display()))?;
    }
    println!("\n{part}, rules alone:\n{rules}");
    println!("{part}, tagger first pass:\n{one}");
    println!("{part}, tagger with document pass (shipped):\n{two}");
    println!("{part}, tagger and rules combined (as the reader runs them):\n{both}");
    println!(
        "model: {} ({:.1} MB, {} + {} features); training {:.1}s ({} epochs, {} folds + 2 passes)",
        if a.dev {
            "not written (--dev)".into()
        } else {
            a.out.display().to_string()
        },
        model.encoded_len() as f64 / 1e6,
        model.first.index.len(),
        model.second.as_ref().map_or(0, |s| s.index.len()),
        train_secs,
        a.epochs,
        FOLDS
    );
    Ok(())
}
