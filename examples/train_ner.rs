//! Train the entity tagger from ANERcorp's training part and print its evaluation.
//!
//! `cargo run --release --example train_ner [-- --data FILE --out FILE --epochs N --orders N
//! --dev --cv K --seeds N --contiguous --first-only --no-eval --pairs all|none|0,2,…
//! --doc-pairs yes|no --extra FILE --extra-private --extra-private-both]`
//!
//! Deterministic: the first nine tenths of the sentences train (in blocks of 25 sentences
//! standing for documents), the last tenth is held out and only scored. `--dev` is for
//! choosing features: it trains on the first nine tenths of the training part, scores the
//! last tenth of it (the dev part), never reads the held-out tenth and writes no model (unless `--out` is given). The first pass is
//! trained five times on four fifths (jackknife) so the second pass learns from first-pass
//! labels made on text the first pass did not see, then once on everything.

use std::path::PathBuf;
use std::time::Instant;

use khabar::extract::entities::tagger::Weights;
use khabar::extract::entities::tagger::clusters;
use khabar::extract::entities::tagger::conll::{self, Prepared, Score};
use khabar::extract::entities::tagger::crf::{CrfParams, train_crf};
use khabar::extract::entities::tagger::errors::{ErrorClasses, seen_names};
use khabar::extract::entities::tagger::eval_combined;
use khabar::extract::entities::tagger::train::{Example, train_averaged};
use khabar::extract::entities::tagger::viterbi::{PAIR_MARK, keep_pairs};
use khabar::extract::entities::tagger::{
    MODEL_FILE, Model, add_pairs, doc_context, mix, split_pairs, tables_problem,
};

/// Sentences per pseudo-document (ANERcorp does not mark article boundaries).
const DOC: usize = 25;
const FOLDS: usize = 5;
const SEED: u64 = 14;

struct Args {
    data: PathBuf,
    out: PathBuf,
    epochs: usize,
    /// Perceptron runs (training orders) whose weights are averaged into one model.
    orders: u64,
    dev: bool,
    /// Train the first pass only (quicker, for comparing learners and features on `--dev`).
    first_only: bool,
    /// `--out` was given: with `--dev`, the dev model is written there (for trying it).
    out_given: bool,
    /// Cross-validate the first pass over the training 90% in this many folds (0: no).
    cv: usize,
    /// Cross-validation repeated with this many training orders (seeds), the scores summed:
    /// a feature change moves the perceptron's path, and one order alone varies by ±0.004.
    seeds: usize,
    /// Cross-validation folds of consecutive sentences instead of interleaved blocks.
    contiguous: bool,
    /// Train and write the model, score nothing (`--no-eval`).
    no_eval: bool,
    /// `--cv` also trains and scores the document pass in each fold (`--doc-pass`).
    doc_pass: bool,

    /// The document pass's jackknife folds: interleaved blocks (`blocks`) or runs of
    /// consecutive sentences (`contiguous`, `--jackknife`).
    jackknife: String,
    /// Cross-validate the combination in this many folds (0: no; `tagger/eval_combined.rs`).
    cv_combined: usize,
    /// Where `--cv-combined` keeps the folds' tags between runs.
    cv_cache: Option<PathBuf>,
    /// `--cv-combined` scores only the sentences before this one (`3277`: not the dev part).
    cv_score_below: Option<usize>,
    /// `perceptron` or `crf`.
    learner: String,
    crf: CrfParams,
    /// Which pairwise features (transitions that see the words, by template position) the
    /// tagger learns and uses: `None` all (`--pairs all`, the default), else those listed
    /// (`--pairs none`: the plain first-order transitions; `--pairs 0,2`).
    pairs: Option<Vec<usize>>,
    /// The document pass learns transitions that see the words too (`--doc-pairs yes|no`).
    doc_pairs: bool,
    /// More annotated text (CoNLL, same tags) that only ever trains: added to every
    /// training set, never scored (`--extra FILE`).
    extra: Option<PathBuf>,
    /// The extra text's words also carry a private copy of their features (`--extra-private`),
    /// so that what is true only of that text's conventions is learned apart from news.
    extra_private: bool,
    /// The training part's words carry a private copy too (`--extra-private-both`: the
    /// feature augmentation of Daumé III 2007; the tagger would then need the copies too).
    extra_private_both: bool,
}

impl Args {
    fn describe(&self) -> String {
        if self.learner == "crf" {
            let c = &self.crf;
            format!(
                "CRF, {} epochs, L1 {}, rate {} × {} per epoch",
                c.epochs, c.l1, c.eta0, c.decay
            )
        } else {
            let pairs = match &self.pairs {
                None => "all".to_string(),
                Some(k) if k.is_empty() => "none".to_string(),
                Some(k) => format!("{k:?}"),
            };
            format!(
                "averaged perceptron, {} epochs, {} orders averaged, pairwise transitions {pairs}",
                self.epochs, self.orders
            )
        }
    }

    /// Train one pass's weights with the chosen learner.
    fn fit(&self, ex: &[Example], seed: u64) -> Weights {
        if self.learner == "crf" {
            train_crf(ex, &CrfParams { seed, ..self.crf })
        } else {
            train_averaged(ex, self.epochs, seed, self.orders)
        }
    }
}

fn args() -> Result<Args, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut a = Args {
        data: root.join("../shared/data/anercorp/train.txt"),
        out: root.join("assets").join(MODEL_FILE),
        epochs: 25,
        orders: 5,
        dev: false,
        first_only: false,
        out_given: false,
        cv: 0,
        seeds: 1,
        contiguous: false,
        no_eval: false,
        doc_pass: false,
        jackknife: "blocks".into(),
        cv_combined: 0,
        cv_cache: None,
        cv_score_below: None,
        learner: "perceptron".into(),
        crf: CrfParams::default(),
        pairs: None,
        doc_pairs: true,
        extra: None,
        extra_private: false,
        extra_private_both: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        if k == "--dev" {
            a.dev = true;
            continue;
        }
        if k == "--no-eval" {
            a.no_eval = true;
            continue;
        }
        if k == "--contiguous" {
            a.contiguous = true;
            continue;
        }
        if k == "--doc-pass" {
            a.doc_pass = true;
            continue;
        }
        if k == "--extra-private" {
            a.extra_private = true;
            continue;
        }
        if k == "--extra-private-both" {
            a.extra_private = true;
            a.extra_private_both = true;
            continue;
        }
        if k == "--first-only" {
            a.first_only = true;
            continue;
        }
        let v = it.next().ok_or(format!("{k} needs a value"))?;
        match k.as_str() {
            "--data" => a.data = v.into(),
            "--extra" => a.extra = Some(v.into()),
            "--out" => {
                a.out = v.into();
                a.out_given = true;
            }
            "--epochs" => a.epochs = v.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--orders" => a.orders = v.parse().map_err(|e| format!("{k}: {e}"))?,
            "--learner" => a.learner = v,
            "--jackknife" => a.jackknife = v,
            "--cv" => a.cv = v.parse().map_err(|e| format!("{k}: {e}"))?,
            "--seeds" => a.seeds = v.parse().map_err(|e| format!("{k}: {e}"))?,
            "--cv-combined" => a.cv_combined = v.parse().map_err(|e| format!("{k}: {e}"))?,
            "--cv-cache" => a.cv_cache = Some(v.into()),
            "--cv-score-below" => {
                a.cv_score_below = Some(v.parse().map_err(|e| format!("{k}: {e}"))?)
            }
            "--pairs" => {
                a.pairs = match v.as_str() {
                    "all" => None,
                    "none" => Some(Vec::new()),
                    list => Some(
                        list.split(',')
                            .map(|n| n.trim().parse().map_err(|e| format!("{k}: {e}")))
                            .collect::<Result<_, _>>()?,
                    ),
                }
            }
            "--doc-pairs" => a.doc_pairs = v == "yes",
            "--crf-epochs" => a.crf.epochs = v.parse().map_err(|e| format!("{k}: {e}"))?,
            "--l1" => a.crf.l1 = v.parse().map_err(|e| format!("{k}: {e}"))?,
            "--eta" => a.crf.eta0 = v.parse().map_err(|e| format!("{k}: {e}"))?,
            "--decay" => a.crf.decay = v.parse().map_err(|e| format!("{k}: {e}"))?,
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
/// With `pairs`, each token's pairwise features too (transitions that see the words).
fn context(ps: &[&Prepared], tags: &[Vec<u8>], pairs: bool) -> Vec<Vec<Vec<u32>>> {
    let mut out = Vec::with_capacity(ps.len());
    for (block, t) in ps.chunks(DOC).zip(tags.chunks(DOC)) {
        let keys: Vec<Vec<&str>> = block.iter().map(|p| p.keys()).collect();
        let mut ctx = doc_context(&keys, t);
        if pairs {
            let feats: Vec<Vec<Vec<u32>>> = block.iter().map(|p| p.feats.clone()).collect();
            add_pairs(&mut ctx, &feats);
        }
        out.extend(ctx);
    }
    out
}

/// The document pass, trained on first-pass tags made by jackknife: the first pass is trained
/// on four fifths and tags the fifth it did not see — interleaved document blocks, or
/// (`--jackknife contiguous`) runs of consecutive sentences, so that the tags it learns from
/// are as wrong as on new articles.
fn second_pass(a: &Args, train_p: &[&Prepared]) -> Weights {
    let n = train_p.len().max(1);
    let blocks: Vec<usize> = (0..train_p.len())
        .map(|i| {
            if a.jackknife == "contiguous" {
                i * FOLDS / n
            } else {
                (i / DOC) % FOLDS
            }
        })
        .collect();
    let mut jack: Vec<Vec<u8>> = vec![Vec::new(); train_p.len()];

    for fold in 0..FOLDS {
        let rest: Vec<&Prepared> = (0..train_p.len())
            .filter(|&i| blocks[i] != fold)
            .map(|i| train_p[i])
            .collect();
        let w = a.fit(&examples(&rest, None), SEED + fold as u64);
        for i in (0..train_p.len()).filter(|&i| blocks[i] == fold) {
            jack[i] = w.decode(&train_p[i].feats);
        }
    }
    let extra = context(train_p, &jack, a.doc_pairs);
    a.fit(&examples(train_p, Some(&extra)), SEED + 99)
}

/// `k`-fold cross-validation of the first pass over `ps` (and with `--doc-pass` of the
/// document pass), for choosing features on more names than the dev part holds; the
/// held-out tenth is not read. Returns the scores and error classes of each pass.
fn cross_validate(
    a: &Args,
    ps: &[Prepared],
    gold: &[conll::Sentence],
    k: usize,
    extra: &[Prepared],
) -> Vec<(Score, ErrorClasses)> {
    // Interleaved 25-sentence blocks, or (`--contiguous`) k runs of consecutive sentences:
    // then the left-out part is other articles and other stories, as the held-out tenth is.
    let n = ps.len().max(1);
    let fold_of = |i: usize| {
        if a.contiguous {
            i * k / n
        } else {
            (i / DOC) % k
        }
    };
    // The first pass; with `--doc-pass` also the document pass alone and the two mixed as
    // the reader runs them (`tagger::mix`).
    let passes = if a.doc_pass { 3 } else { 1 };
    let mut out = vec![(Score::default(), ErrorClasses::default()); passes];
    let show = std::env::var_os("KHABAR_NER_ERRORS").is_some();
    for (fold, run) in (0..k * a.seeds).map(|n| (n % k, n / k)) {
        let rest_i: Vec<usize> = (0..ps.len()).filter(|&i| fold_of(i) != fold).collect();
        let rest: Vec<&Prepared> = rest_i.iter().map(|&i| &ps[i]).chain(extra).collect();
        let seen = seen_names(rest_i.iter().map(|&i| &gold[i]));
        let seed = SEED + fold as u64 + 1000 * run as u64;
        let model = Model {
            first: a.fit(&examples(&rest, None), seed),
            second: a.doc_pass.then(|| second_pass(a, &rest)),
        };
        let mine: Vec<usize> = (0..ps.len()).filter(|&i| fold_of(i) == fold).collect();
        for block in mine.chunks(DOC) {
            let feats: Vec<Vec<Vec<u32>>> = block.iter().map(|&i| ps[i].feats.clone()).collect();
            let keys: Vec<Vec<&str>> = block.iter().map(|&i| ps[i].keys()).collect();
            let (first, second) = model.tag_passes(&feats, &keys);
            for (j, &i) in block.iter().enumerate() {
                let mut tags = vec![first[j].clone()];
                if let Some(s) = second.as_ref().and_then(|t| t.get(j)) {
                    tags.push(s.clone());
                    tags.push(mix(&first[j], s));
                }
                for (pass, t) in tags.iter().enumerate() {
                    let pred = ps[i].to_words(t);
                    if show && pass + 1 == passes {
                        conll::print_errors(&gold[i], &pred);
                    }
                    out[pass].0.add(&gold[i].tags, &pred);
                    out[pass].1.add(&gold[i], &pred, &seen);
                }
            }
        }
    }
    out
}

/// The `--extra` text, prepared like the training part (with `--extra-private`, each word's
/// emission features also copied under a private salt).
fn extra_text(a: &Args) -> Result<Vec<Prepared>, String> {
    let Some(path) = &a.extra else {
        return Ok(Vec::new());
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let sentences = conll::read(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out: Vec<Prepared> = sentences.iter().map(|s| s.prepare()).collect();
    if a.extra_private {
        for f in out.iter_mut().flat_map(|p| p.feats.iter_mut()) {
            privatize(f, 0x5bd1_e995);
        }
    }
    eprintln!(
        "extra training text: {} — {} sentences, {} words{}",
        path.display(),
        out.len(),
        out.iter().map(|p| p.words).sum::<usize>(),
        if a.extra_private {
            ", features also private"
        } else {
            ""
        }
    );
    Ok(out)
}

/// Adds to a word's emission features a copy of each under `salt` (feature augmentation).
fn privatize(f: &mut Vec<u32>, salt: u32) {
    let (emit, pairs) = split_pairs(f);
    let mut g: Vec<u32> = emit.to_vec();
    g.extend(
        emit.iter()
            .map(|h| h.rotate_left(11) ^ salt)
            .filter(|&h| h != PAIR_MARK),
    );
    if !pairs.is_empty() {
        g.push(PAIR_MARK);
        g.extend_from_slice(pairs);
    }
    *f = g;
}

fn main() -> Result<(), String> {
    let a = args()?;
    // The features read the word clusters: training without them would make a model that
    // the reader (which needs them) tags differently.
    let t = Instant::now();
    if let Some(e) = tables_problem() {
        return Err(e.to_string());
    }
    let cl = clusters::shared().map_err(|e| format!("{}: {e}", clusters::CLUSTERS_FILE))?;
    eprintln!(
        "word clusters: {} stems, parsed in {:.1} ms",
        cl.len(),
        t.elapsed().as_secs_f64() * 1000.0
    );
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
    let mut prepared: Vec<Prepared> = sentences.iter().map(|s| s.prepare()).collect();
    if let Some(keep) = &a.pairs {
        for p in &mut prepared {
            p.feats.iter_mut().for_each(|f| keep_pairs(f, keep));
        }
    }
    if a.extra_private_both && a.cv < 2 {
        return Err(
            "--extra-private-both is for --cv: the reader's tagger makes no private \
                    copies, so a model trained with them would not be the one it runs"
                .into(),
        );
    }
    let extra = extra_text(&a)?;
    if a.extra_private_both {
        for f in prepared.iter_mut().flat_map(|p| p.feats.iter_mut()) {
            privatize(f, 0x27d4_eb2f);
        }
    }
    if a.cv > 1 {
        // Only the training 90% (`sentences` is already cut to it with `--dev`).
        let n = if a.dev { sentences.len() } else { cut };
        let scores = cross_validate(&a, &prepared[..n], &sentences[..n], a.cv, &extra);
        let names = [
            "first pass",
            "document pass alone",
            "document pass mixed (shipped)",
        ];
        for (pass, (score, classes)) in names.iter().zip(&scores) {
            println!(
                "{}-fold {} cross-validation, {pass}, over {n} sentences ({}, {} training \
                 order(s), summed; document-pass jackknife: {}):\n{score}\n{classes}",
                a.cv,
                if a.contiguous {
                    "contiguous"
                } else {
                    "interleaved"
                },
                a.describe(),
                a.seeds,
                a.jackknife
            );
        }
        return Ok(());
    }
    if a.cv_combined > 1 {
        let n = if a.dev { sentences.len() } else { cut };
        // The model each fold trains, exactly as below.
        let train_model = |ps: &[&Prepared]| Model {
            first: a.fit(&examples(ps, None), SEED),
            second: Some(second_pass(&a, ps)),
        };
        let cv = eval_combined::cross_validate(
            &prepared[..n],
            &sentences[..n],
            (a.cv_combined, DOC, a.cv_score_below.unwrap_or(n)),
            &train_model,
            (a.cv_cache.as_deref(), &a.describe()),
        );
        println!(
            "{}-fold cross-validation of the combination over {n} sentences ({}):\n{}",
            a.cv_combined,
            a.describe(),
            cv.report(40)
        );
        return Ok(());
    }
    let (train_p, held) = prepared.split_at(cut);
    let train_p: Vec<&Prepared> = train_p.iter().chain(&extra).collect();
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
    let first = a.fit(&examples(&train_p, None), SEED);
    let second = (!a.first_only).then(|| second_pass(&a, &train_p));
    let model = Model { first, second };
    let train_secs = t1.elapsed().as_secs_f64();
    if a.no_eval {
        // Write the model without reading the held-out tenth's tags (for engineers who
        // must not score it; the lead's run prints its evaluation).
        model
            .save(&a.out)
            .map_err(|e| format!("{}: {e}", a.out.display()))?;
        println!(
            "model: {} ({:.1} MB, {} + {} features); training {train_secs:.1}s ({}); not scored",
            a.out.display(),
            model.encoded_len() as f64 / 1e6,
            model.first.index.len(),
            model.second.as_ref().map_or(0, |s| s.index.len()),
            a.describe(),
        );
        return Ok(());
    }

    let mut rules = Score::default();
    let mut one = Score::default();
    let mut two = Score::default();
    let mut both = Score::default();
    let mut both_aside = Score::default();
    let mut set_aside = 0;
    let train_gold: Vec<&conll::Sentence> = sentences[..cut].iter().collect();
    let never = eval_combined::Conventions::learn(&train_p, &train_gold);
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
        let sports = eval_combined::sports_document(block.iter().copied());
        for ((p, t), s) in block.iter().zip(&tagged).zip(golds) {
            let pred = p.to_words(t);
            two.add(&s.tags, &pred);
            let (combined, named) = eval_combined::combined_words(p, t, sports);
            both.add(&s.tags, &combined);
            let aside = never.aside(p, &named);
            set_aside += aside.len();
            both_aside.add_aside(&s.tags, &combined, &aside);
            if show {
                conll::print_errors(s, &combined);
            }
        }
    }
    let write = !a.dev || a.out_given;
    if write {
        model
            .save(&a.out)
            .map_err(|e| format!("{}: {e}", a.out.display()))?;
    }
    println!("\n{part}, rules alone:\n{rules}");
    println!("{part}, tagger first pass:\n{one}");
    println!("{part}, tagger with document pass (shipped):\n{two}");
    println!("{part}, tagger and rules combined (as the reader runs them):\n{both}");
    println!(
        "{part}, combined, with the {set_aside} names set aside that the rules build on heads \
         or list under names ANERcorp does not tag so (in its training part, names ANERcorp \
         tags / names built or listed: {}), and the file's names they overlap:\n{both_aside}",
        never.describe()
    );
    println!(
        "model: {} ({:.1} MB, {} + {} features); training {:.1}s ({}, {} folds + 2 passes)",
        if !write {
            "not written (--dev)".into()
        } else {
            a.out.display().to_string()
        },
        model.encoded_len() as f64 / 1e6,
        model.first.index.len(),
        model.second.as_ref().map_or(0, |s| s.index.len()),
        train_secs,
        a.describe(),
        FOLDS
    );
    Ok(())
}
