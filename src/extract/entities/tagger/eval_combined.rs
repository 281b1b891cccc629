//! Cross-validation of the combination (`combine.rs`) over the training 90% of ANERcorp.
//!
//! The dev part holds 731 names, too few to tell a rule that helps from one that was fitted
//! to them: the combination's choices made there did not hold on the held-out tenth. Here
//! each fold trains the tagger on four fifths exactly as the real training does (first pass,
//! and the document pass on jackknifed first-pass labels: the caller's `train`), tags the
//! fifth by documents, and scores the tagger, the combination, and the combination with the
//! names on heads ANERcorp does not tag set aside — about 7,000 names in all. Each name the
//! combination takes is charged to the part that took it ([`Source`]), with the tagger's
//! names it displaced, so a part can be judged by what it adds and what it costs.
//!
//! Training 5 × 7 passes takes minutes; the tags of each fold can be kept in a cache file,
//! keyed by a hash of every sentence's features and gold tags, so trying a change to the
//! combination alone (which does not change a feature) reuses them.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use super::super::gazetteer::gazetteer;
use super::combine::{Source, combine_traced, listed};
use super::conll::{self, Prepared, Score, Sentence};
use super::eval_cache::{FoldTags, cache_key, read_cache, write_cache};
pub use super::eval_conventions::Conventions;
use super::{Model, Tag};

/// What one part of the combination did, in names (exact match, conlleval rules).
#[derive(Debug, Default, Clone, Copy)]
pub struct Part {
    /// Names it took.
    pub taken: usize,
    /// Of those, right.
    pub right: usize,
    /// Names it took that the tagger did not have as they are: right, wrong.
    pub new_right: usize,
    pub new_wrong: usize,
    /// The tagger's names it displaced (overlapped, not kept): right, wrong.
    pub lost_right: usize,
    pub lost_wrong: usize,
}

impl std::ops::AddAssign<&Part> for Part {
    /// Counts of the same part summed (over names, then over folds).
    fn add_assign(&mut self, b: &Part) {
        self.taken += b.taken;
        self.right += b.right;
        self.new_right += b.new_right;
        self.new_wrong += b.new_wrong;
        self.lost_right += b.lost_right;
        self.lost_wrong += b.lost_wrong;
    }
}

impl Part {
    /// Change in right names and in names found against the tagger alone.
    pub fn delta(&self) -> (i64, i64) {
        let right = self.new_right as i64 - self.lost_right as i64;
        let found =
            (self.new_right + self.new_wrong) as i64 - (self.lost_right + self.lost_wrong) as i64;
        (right, found)
    }
}

/// The cross-validation's scores over all folds.
#[derive(Debug, Default)]
pub struct Cv {
    pub first: Score,
    pub tagger: Score,
    pub combined: Score,
    pub aside: Score,
    /// The tagger on the same names as `aside` (its names on the set-aside words left out).
    pub tagger_aside: Score,
    /// Combined names set aside (on heads ANERcorp does not tag).
    pub set_aside: usize,
    /// Micro-PLO F1 of the tagger and of the combination, per fold.
    pub folds: Vec<(f64, f64)>,
    /// By part and type (index into [`super::TYPES`]).
    pub parts: BTreeMap<(Source, usize), Part>,
    /// Listed names by list key, head-built names by head word.
    pub keys: BTreeMap<String, Part>,
    /// The tagger's names the combination dropped without another name on their words
    /// (a place that is an everyday word, a people, a name cut to nothing), by type.
    pub dropped: BTreeMap<usize, Part>,
    /// `KHABAR_CV_SHOW`: print the wrong names whose label holds this, for reading; `lost`
    /// the tagger's right names displaced, `dropped` those dropped, `all` all three.
    show: Option<String>,
}

/// A combined name on the sentence's own words.
pub struct Named {
    pub chunk: Chunk,
    pub source: Source,
    /// Found in a list (its key is a list key).
    pub listed: bool,
    /// The list key, or the part and the first word (`Head وزاره`), for the report.
    pub label: String,
    /// Its normalized words.
    pub words: String,
}

/// The combined names of a sentence in its own words, as word tags and as names with the
/// part that took each. MISC stays as the tagger said where nothing else was taken (as
/// `conll::combined_tags`).
pub fn combined_words(p: &Prepared, tagged: &[u8], sports: bool) -> (Vec<u8>, Vec<Named>) {
    let g = gazetteer();
    let words: crate::extract::entities::WordSet =
        p.tokens.iter().map(|t| t.norm.as_str()).collect();
    let traced = combine_traced(g, &p.tokens, &p.norm, p.rules.clone(), tagged, &words);
    let rule_people: Vec<_> = p
        .rules
        .iter()
        .filter(|f| f.kind == crate::extract::EntityKind::Person)
        .cloned()
        .collect();
    // The passes the reader runs after the combination, on the sentence as a paragraph: a
    // name they made or changed is charged to them.
    let here = super::super::Paragraph {
        tokens: &p.tokens,
        norm: &p.norm,
        text: &p.text,
        words: &words,
        sports,
    };
    let combined = traced.iter().map(|(_, f)| f.clone()).collect();
    let names = super::super::after_combine(g, &here, &rule_people, combined);
    let same = |a: &super::super::recognize::Found, b: &super::super::recognize::Found| {
        (a.first, a.last, a.kind) == (b.first, b.last, b.kind)
    };
    let traced: Vec<(Source, super::super::recognize::Found)> = names
        .iter()
        .map(|f| {
            let s = traced
                .iter()
                .find(|(_, t)| same(t, f))
                .map_or(Source::Passes, |(s, _)| *s);
            (s, f.clone())
        })
        .collect();
    let mut t = conll::name_tags(&names, p.tokens.len());
    for (here, tag) in t.iter_mut().zip(tagged) {
        if Tag::kind(*tag) == Some(3) && *here == 0 {
            *here = *tag;
        }
    }
    let pred = p.to_words(&t);
    let by_first: HashMap<usize, (Source, &super::super::recognize::Found)> = traced
        .iter()
        .filter_map(|(s, f)| Some((*p.owner.get(f.first)?, (*s, f))))
        .collect();
    let named = conll::chunks(&pred)
        .into_iter()
        .map(|chunk| match by_first.get(&chunk.0) {
            Some((source, f)) => Named {
                chunk,
                source: *source,
                listed: listed(f),
                label: if listed(f) {
                    f.key.to_string()
                } else {
                    format!("{source:?} {}", f.words.first().map_or("", |w| w.as_str()))
                },
                words: f.words.join(" "),
            },
            None => Named {
                chunk,
                source: Source::Tagger,
                listed: false,
                label: String::new(),
                words: String::new(),
            },
        })
        .collect();
    (pred, named)
}

/// A name on a sentence's own words: (first, last, type).
pub type Chunk = (usize, usize, usize);

impl Cv {
    /// Score one sentence: its gold tags, the tagger's first-pass and document-pass tags
    /// (on tokens), and the heads whose names are set aside.
    fn add(
        &mut self,
        p: &Prepared,
        s: &Sentence,
        (first, second): (&[u8], &[u8]),
        c: &Conventions,
        sports: bool,
    ) {
        self.first.add(&s.tags, &p.to_words(first));
        let tagger = p.to_words(second);
        self.tagger.add(&s.tags, &tagger);
        let (pred, named) = combined_words(p, second, sports);
        self.combined.add(&s.tags, &pred);
        let aside = c.aside(p, &named);
        self.set_aside += aside.len();
        self.aside.add_aside(&s.tags, &pred, &aside);
        self.tagger_aside.add_aside(&s.tags, &tagger, &aside);
        self.charge(&s.tags, &tagger, &named, (&aside, Some(&s.words)));
    }

    /// Charge each combined name that differs from the tagger's to the part that took it.
    fn charge(
        &mut self,
        gold: &[u8],
        tagger: &[u8],
        named: &[Named],
        (aside, words): (&[Chunk], Option<&[String]>),
    ) {
        let overlap = |a: &Chunk, b: &Chunk| a.0 <= b.1 && b.0 <= a.1;
        let kept = |c: &Chunk| !aside.iter().any(|a| overlap(a, c));
        let gold: BTreeSet<Chunk> = conll::chunks(gold).into_iter().filter(kept).collect();
        let tagged: Vec<Chunk> = conll::chunks(tagger)
            .into_iter()
            .filter(|c| c.2 < 3 && kept(c))
            .collect();
        let named: Vec<&Named> = named.iter().filter(|n| kept(&n.chunk)).collect();
        let kept: BTreeSet<Chunk> = named.iter().map(|n| n.chunk).collect();
        for n in named.iter().filter(|n| n.chunk.2 < 3) {
            let (c, source, label) = (&n.chunk, &n.source, &n.label);
            if self
                .show
                .as_ref()
                .is_some_and(|w| w == "all" || label.contains(w.as_str()))
                && !gold.contains(c)
                && !tagged.contains(c)
                && let Some(ws) = words
            {
                let text = |c: &Chunk| ws.get(c.0..=c.1).unwrap_or_default().join(" ");
                let near: Vec<String> = gold
                    .iter()
                    .chain(&tagged)
                    .filter(|g| overlap(g, c))
                    .map(|g| format!("{}:{}", g.2, text(g)))
                    .collect();
                eprintln!(
                    "{label}: {}:{} | gold then tagger: {}",
                    c.2,
                    text(c),
                    near.join(", ")
                );
            }
            let mut part = Part {
                taken: 1,
                right: usize::from(gold.contains(c)),
                ..Part::default()
            };
            if !tagged.contains(c) {
                part.new_right = part.right;
                part.new_wrong = 1 - part.right;
                for t in tagged.iter().filter(|t| overlap(t, c) && !kept.contains(t)) {
                    if gold.contains(t) {
                        if matches!(self.show.as_deref(), Some("lost" | "all"))
                            && let Some(ws) = words
                        {
                            let text = |c: &Chunk| ws.get(c.0..=c.1).unwrap_or_default().join(" ");
                            eprintln!("lost {}:{} to {label} {}:{}", t.2, text(t), c.2, text(c));
                        }
                        part.lost_right += 1;
                    } else {
                        part.lost_wrong += 1;
                    }
                }
            }
            for e in [
                self.parts.entry((*source, c.2)).or_default(),
                self.keys.entry(label.clone()).or_default(),
            ] {
                *e += &part;
            }
        }
        for t in tagged
            .iter()
            .filter(|t| !named.iter().any(|n| overlap(t, &n.chunk)))
        {
            if matches!(self.show.as_deref(), Some("dropped" | "all"))
                && let Some(ws) = words
            {
                let text = ws.get(t.0..=t.1).unwrap_or_default().join(" ");
                eprintln!("dropped: {}:{text} right {}", t.2, gold.contains(t));
            }
            let e = self.dropped.entry(t.2).or_default();
            if gold.contains(t) {
                e.lost_right += 1;
            } else {
                e.lost_wrong += 1;
            }
        }
    }
}

/// `k`-fold cross-validation of the combination over `ps` (folds by `doc`-sentence blocks,
/// as the tagger's own `--cv`); `train` makes a model from four fifths as the real training
/// does; `what` names the learner for the cache key. Only sentences before `scored` are
/// scored (all train): to leave out the dev part, whose errors word lists were written from.
pub fn cross_validate(
    ps: &[Prepared],
    gold: &[Sentence],
    (k, doc, scored): (usize, usize, usize),
    train: &dyn Fn(&[&Prepared]) -> Model,
    (cache, what): (Option<&Path>, &str),
) -> Cv {
    let fold_of = |i: usize| (i / doc) % k;
    let key = cache_key(ps, k, doc, what);
    let tags = match cache.and_then(|c| read_cache(c, key, ps.len())) {
        Some(t) => {
            eprintln!("tags of the folds read from the cache");
            t
        }
        None => {
            let mut tags: FoldTags = vec![Default::default(); ps.len()];
            for fold in 0..k {
                let rest: Vec<&Prepared> = (0..ps.len())
                    .filter(|&i| fold_of(i) != fold)
                    .filter_map(|i| ps.get(i))
                    .collect();
                let model = train(&rest);
                let mine: Vec<usize> = (0..ps.len()).filter(|&i| fold_of(i) == fold).collect();
                for block in mine.chunk_by(|a, b| a / doc == b / doc) {
                    let Some(pb) = block.iter().map(|&i| ps.get(i)).collect::<Option<Vec<_>>>()
                    else {
                        continue;
                    };
                    let keys: Vec<Vec<&str>> = pb.iter().map(|p| p.keys()).collect();
                    let feats: Vec<Vec<Vec<u32>>> = pb.iter().map(|p| p.feats.clone()).collect();
                    let second = model.tag_document(&feats, &keys);
                    for ((&i, p), t2) in block.iter().zip(&pb).zip(second) {
                        if let Some(slot) = tags.get_mut(i) {
                            *slot = (model.first.decode(&p.feats), t2);
                        }
                    }
                }
                eprintln!("fold {} of {k} trained and tagged", fold + 1);
            }
            if let Some(c) = cache
                && let Err(e) = write_cache(c, key, &tags)
            {
                eprintln!("{}: {e} (cache not written)", c.display());
            }
            tags
        }
    };
    let show = std::env::var("KHABAR_CV_SHOW").ok();
    let sports: Vec<bool> = ps.chunks(doc.max(1)).map(sports_document).collect();
    let mut cv = Cv::default();
    for fold in 0..k {
        let rest: Vec<usize> = (0..ps.len()).filter(|&i| fold_of(i) != fold).collect();
        let rp: Vec<&Prepared> = rest.iter().filter_map(|&i| ps.get(i)).collect();
        let rg: Vec<&Sentence> = rest.iter().filter_map(|&i| gold.get(i)).collect();
        let never = Conventions::learn(&rp, &rg);
        let mut fold_cv = Cv {
            show: show.clone(),
            ..Cv::default()
        };
        for i in (0..scored.min(ps.len())).filter(|&i| fold_of(i) == fold) {
            let (Some(p), Some(s), Some((t1, t2))) = (ps.get(i), gold.get(i), tags.get(i)) else {
                continue;
            };
            let sports = sports.get(i / doc).copied().unwrap_or(false);
            fold_cv.add(p, s, (t1, t2), &never, sports);
        }
        let f1 = |s: &Score| s.micro(&[0, 1, 2]).prf().2;
        cv.folds.push((f1(&fold_cv.tagger), f1(&fold_cv.combined)));
        cv.merge(fold_cv);
    }
    cv
}

/// Is a document (its sentences) a match report (`clubs::is_sports`, as the reader asks of
/// an article)?
pub fn sports_document<'a>(d: impl IntoIterator<Item = &'a Prepared>) -> bool {
    super::super::clubs::is_sports(d.into_iter().flat_map(|p| p.tokens.iter()))
}

impl Cv {
    fn merge(&mut self, o: Cv) {
        let add = |a: &mut Score, b: &Score| {
            for (x, y) in a.by_type.iter_mut().zip(b.by_type) {
                x.found += y.found;
                x.gold += y.gold;
                x.correct += y.correct;
            }
        };
        add(&mut self.first, &o.first);
        add(&mut self.tagger, &o.tagger);
        add(&mut self.combined, &o.combined);
        add(&mut self.aside, &o.aside);
        add(&mut self.tagger_aside, &o.tagger_aside);
        self.set_aside += o.set_aside;
        for (k, v) in &o.parts {
            *self.parts.entry(*k).or_default() += v;
        }
        for (k, v) in &o.keys {
            *self.keys.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &o.dropped {
            *self.dropped.entry(*k).or_default() += v;
        }
    }

    /// The report: scores, per-fold micro-PLO, each part's effect, and the list keys and
    /// heads that cost most and gain most (`top` of each).
    pub fn report(&self, top: usize) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "tagger, first pass:\n{}", self.first);
        let _ = writeln!(s, "tagger with document pass:\n{}", self.tagger);
        let _ = writeln!(s, "combined (as the reader runs them):\n{}", self.combined);
        let _ = writeln!(
            s,
            "combined, the {} names set aside on heads and listed names ANERcorp does not tag so (and the file's names they overlap; learned in each fold's training part):\n{}",
            self.set_aside, self.aside
        );
        let _ = writeln!(
            s,
            "tagger with document pass, the same names set aside:\n{}",
            self.tagger_aside
        );
        let folds: Vec<String> = self
            .folds
            .iter()
            .map(|(t, c)| format!("{t:.3}/{c:.3}"))
            .collect();
        let _ = writeln!(
            s,
            "micro-PLO per fold, tagger/combined: {}",
            folds.join(" ")
        );
        let _ = writeln!(
            s,
            "\neach part against the tagger alone, where the conventions agree (the names above set aside; names: taken, right; new right/wrong; tagger's right/wrong displaced; Δright, Δfound):"
        );
        let row = |s: &mut String, name: &str, p: &Part| {
            let (dr, df) = p.delta();
            let _ = writeln!(
                s,
                "{name:<28} {:>5} {:>5}   +{:<4} +{:<4}  -{:<4} -{:<4}  {dr:+5} {df:+5}",
                p.taken, p.right, p.new_right, p.new_wrong, p.lost_right, p.lost_wrong
            );
        };
        for ((source, t), p) in &self.parts {
            let name = format!("{source:?} {}", super::TYPES.get(*t).unwrap_or(&"?"));
            row(&mut s, &name, p);
        }
        for (t, p) in &self.dropped {
            row(
                &mut s,
                &format!("dropped {}", super::TYPES.get(*t).unwrap_or(&"?")),
                p,
            );
        }
        // A key's worth: right names gained minus wrong names added (each wrong name costs
        // about what a right one gains in F1 near P = R).
        let worth = |p: &Part| {
            let (dr, df) = p.delta();
            2 * dr - df
        };
        let mut keys: Vec<(&String, &Part)> = self
            .keys
            .iter()
            .filter(|(_, p)| p.delta() != (0, 0))
            .collect();
        keys.sort_by_key(|(k, p)| (worth(p), (*k).clone()));
        let _ = writeln!(s, "\ncosting most (list key or part and head word):");
        for (k, p) in keys.iter().take(top) {
            row(&mut s, k, p);
        }
        let _ = writeln!(s, "\ngaining most:");
        for (k, p) in keys.iter().rev().take(top) {
            row(&mut s, k, p);
        }
        s
    }
}
