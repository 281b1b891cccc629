//! The trained sequence tagger: an averaged structured perceptron over BIO tags for people,
//! places, organizations and miscellaneous names, decoded with Viterbi, in two passes — the
//! second sees what the first said about the same word elsewhere in the article.
//!
//! The model is data (`assets/ner.model`, trained by `cargo run --release --example
//! train_ner` from ANERcorp's training part; format in `format.rs`). It is read once, on
//! first use, from the analysis worker — never before the reader's first frame. A missing or
//! corrupt file is a [`ModelError`]; extraction then goes on with the rules alone. Its
//! features read tables learned from unlabeled Arabic text, built into the binary and
//! parsed with the model: word frequencies (`freq.rs`), word clusters (`clusters.rs`),
//! typed Wikipedia titles (`wikinames.rs`) and the rules' names (`rulenames.rs`); an
//! unreadable table is a [`ModelError`] too.

pub mod clusters;
pub mod combine;
mod combine_cues;
mod combine_tagger;
pub mod conll;
pub mod crf;
pub mod errors;
mod eval_cache;
pub mod eval_combined;
mod eval_conventions;
mod features;
mod format;
pub mod freq;
mod pages;
mod pairwise;
mod rows;
pub mod rulenames;
pub mod train;
pub mod viterbi;
pub mod wikinames;
mod wordtable;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::extract::EntityKind;
pub use features::{doc_features, doc_key, features};
pub use viterbi::{add_pairs, split_pairs, viterbi};

/// Number of tags: `O`, then `B-`/`I-` for PERS, LOC, ORG, MISC.
pub const TAGS: usize = 9;
/// Tag names in index order (CoNLL spelling).
pub const TAG_NAMES: [&str; TAGS] = [
    "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];
/// Entity types in tag order (`B-PERS` = 1 + 2 × 0).
pub const TYPES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

/// A tag index (`0` = `O`).
pub struct Tag;

impl Tag {
    /// The tag index of a CoNLL tag name.
    pub fn parse(s: &str) -> Option<u8> {
        TAG_NAMES.iter().position(|t| *t == s).map(|i| i as u8)
    }
    /// `B-` and `I-` tags of a kind.
    pub fn pair(k: EntityKind) -> (usize, usize) {
        match k {
            EntityKind::Person => (1, 2),
            EntityKind::Place => (3, 4),
            EntityKind::Organization => (5, 6),
        }
    }
    /// The type (0 PERS, 1 LOC, 2 ORG, 3 MISC) of a non-`O` tag.
    pub fn kind(t: u8) -> Option<usize> {
        (t > 0).then(|| usize::from(t - 1) / 2)
    }
    pub fn is_begin(t: u8) -> bool {
        t % 2 == 1
    }
    /// May tag `t` follow tag `prev` (`None` at the start)? `I-X` only continues an `X`.
    pub fn allowed(prev: Option<u8>, t: u8) -> bool {
        t == 0 || Tag::is_begin(t) || prev.is_some_and(|p| p != 0 && Tag::kind(p) == Tag::kind(t))
    }
}

/// Feature hashes are already well mixed: use them as their own hash.
#[derive(Default)]
pub struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | u64::from(*b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

pub type FeatureMap<V> = HashMap<u32, V, BuildHasherDefault<Identity>>;

/// A table keyed by words, for the word tables the features look words up in (frequencies,
/// clusters, Wikipedia names, the rules' names): several lookups per word of every
/// paragraph, so the hasher is foldhash (the standard SipHash, then a byte-at-a-time FNV-1a,
/// showed in the extraction bench). The tables are fixed data from our own assets, never
/// keyed by the input, so a fixed seed cannot be flooded.
pub type WordMap<V> = HashMap<String, V, foldhash::fast::FixedState>;

/// One pass's weights, quantized to `i16`: emission weights per feature and tag,
/// transition weights (row [`TAGS`] is the start), and the transitions that see the words:
/// per pairwise feature a previous-tag × tag table ([`viterbi::PAIR`] weights; none in a
/// model written before they existed). `rows` lays them out for decoding (`rows.rs`), made
/// on first use.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    pub index: FeatureMap<u32>,
    pub emit: Vec<i16>,
    pub trans: Vec<i16>,
    pub pair_index: FeatureMap<u32>,
    pub pair: Vec<i16>,
    pub rows: rows::Compiled,
}

/// The tagger: a first pass, and a document-level second pass.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub first: Weights,
    pub second: Option<Weights>,
}

/// The model file could not be used; names the file and the problem.
#[derive(Debug, thiserror::Error)]
#[error("entity model {}: {problem}", path.display())]
pub struct ModelError {
    pub path: PathBuf,
    pub problem: String,
}

impl Model {
    /// Read a model file.
    pub fn load(path: &Path) -> Result<Model, ModelError> {
        let err = |problem: String| ModelError {
            path: path.to_path_buf(),
            problem,
        };
        let bytes = std::fs::read(path).map_err(|e| err(format!("cannot be read ({e})")))?;
        let model = format::decode(&bytes).map_err(err)?;
        // The decoding tables now, with the load, rather than in the first article's time.
        for w in std::iter::once(&model.first).chain(&model.second) {
            w.rows.get(w);
        }
        Ok(model)
    }

    /// Write the model to `path`.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        std::fs::write(path, format::encode(self))
    }

    /// The encoded size in bytes.
    pub fn encoded_len(&self) -> usize {
        format::encode(self).len()
    }
}

/// For each token of a document (paragraphs of token keys, see [`doc_key`]), the second
/// pass's features: the word, what the first pass (`tags`) said here and next to it, and what
/// it said about the same word elsewhere in the document (this occurrence left out). The
/// second pass sees only these few, so it costs little next to the first.
pub fn doc_context(keys: &[Vec<&str>], tags: &[Vec<u8>]) -> Vec<Vec<Vec<u32>>> {
    // foldhash: the standard hasher showed in the extraction bench, and the keys are the
    // input's words, so the hasher keeps a random key (no crafted file can make it collide,
    // as it could an unkeyed FNV).
    let mut seen: HashMap<&str, ([u16; 4], u16), foldhash::fast::RandomState> = HashMap::default();
    for (ks, ts) in keys.iter().zip(tags) {
        for (k, t) in ks.iter().zip(ts) {
            let e = seen.entry(k).or_default();
            if let Some(c) = Tag::kind(*t).and_then(|kind| e.0.get_mut(kind)) {
                *c += 1;
            }
            e.1 += 1;
        }
    }
    keys.iter()
        .zip(tags)
        .map(|(ks, ts)| {
            ks.iter()
                .zip(ts)
                .enumerate()
                .map(|(i, (k, t))| {
                    let (mut counts, total) = seen.get(k).copied().unwrap_or_default();
                    if let Some(c) = Tag::kind(*t).and_then(|kind| counts.get_mut(kind)) {
                        *c = c.saturating_sub(1);
                    }
                    let prev = i.checked_sub(1).and_then(|p| ts.get(p)).copied();
                    let prev = prev.unwrap_or(0xff);
                    let next = ts.get(i + 1).copied().unwrap_or(0xff);
                    let mut f = Vec::with_capacity(10);
                    doc_features(
                        k,
                        [prev, *t, next],
                        &counts,
                        total.saturating_sub(1),
                        &mut f,
                    );
                    f
                })
                .collect()
        })
        .collect()
}

impl Model {
    /// Tags of a document's paragraphs (features per token, and each token's [`doc_key`]):
    /// the first pass, then the document pass where it names people or miscellaneous names
    /// ([`mix`]).
    pub fn tag_document(&self, feats: &[Vec<Vec<u32>>], keys: &[Vec<&str>]) -> Vec<Vec<u8>> {
        let (first, second) = self.tag_passes(feats, keys);
        match second {
            Some(second) => first.iter().zip(&second).map(|(f, s)| mix(f, s)).collect(),
            None => first,
        }
    }

    /// Each pass's own tags: the first pass, and the document pass (with what the first said
    /// elsewhere in the document) if the model has one.
    pub fn tag_passes(
        &self,
        feats: &[Vec<Vec<u32>>],
        keys: &[Vec<&str>],
    ) -> (Vec<Vec<u8>>, Option<Vec<Vec<u8>>>) {
        let first: Vec<Vec<u8>> = feats.iter().map(|f| self.first.decode(f)).collect();
        let second = self.second.as_ref().map(|second| {
            let mut ctx = doc_context(keys, &first);
            add_pairs(&mut ctx, feats);
            ctx.iter().map(|x| second.decode(x)).collect()
        });
        (first, second)
    }
}

/// The document pass's tags where either pass says person or miscellaneous, the first
/// pass's elsewhere; an `I-` that no longer follows its kind becomes `B-`. In cross-validation
/// over consecutive articles the document pass lifts people by 0.03 but costs places and
/// organizations 0.01 each (it spreads one wrong reading of a word through the document);
/// so it decides only people and miscellaneous names (docs/entities.md, sixth round).
pub fn mix(first: &[u8], second: &[u8]) -> Vec<u8> {
    let doc_kind = |t: u8| matches!(Tag::kind(t), Some(0) | Some(3));
    let mut out: Vec<u8> = first
        .iter()
        .zip(second)
        .map(|(&f, &s)| if doc_kind(f) || doc_kind(s) { s } else { f })
        .collect();
    let mut prev: Option<u8> = None;
    for t in out.iter_mut() {
        if !Tag::allowed(prev, *t) {
            // Not allowed is an `I-` tag (even, ≥ 2): its `B-` is one less.
            *t -= 1;
        }
        prev = Some(*t);
    }
    out
}

/// Where the model is read from: `$KHABAR_NER_MODEL`, else `assets/ner.model` beside the
/// executable's folder, else the repository's `assets/ner.model`.
pub fn model_path() -> PathBuf {
    if let Some(p) = std::env::var_os("KHABAR_NER_MODEL") {
        return PathBuf::from(p);
    }
    let beside = std::env::current_exe()
        .ok()
        .and_then(|e| Some(e.parent()?.join("assets").join(MODEL_FILE)));
    match beside {
        Some(p) if p.is_file() => p,
        _ => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets")
            .join(MODEL_FILE),
    }
}

/// The model's file name in `assets/`.
pub const MODEL_FILE: &str = "ner.model";

/// The tables learned from unlabeled text that the features read (word clusters, typed
/// Wikipedia titles, the rules' names): the first that cannot be parsed, as a model error.
pub fn tables_problem() -> Option<ModelError> {
    let problem = |file: &str, what: &str, p: &str| ModelError {
        path: PathBuf::from(file),
        problem: format!("{what} unusable ({p})"),
    };
    if let Err(p) = clusters::shared() {
        return Some(problem(clusters::CLUSTERS_FILE, "word clusters", p));
    }
    if let Err(p) = wikinames::shared() {
        return Some(problem(wikinames::WIKINAMES_FILE, "Wikipedia names", p));
    }
    if let Err(p) = rulenames::shared() {
        return Some(problem(
            rulenames::RULENAMES_FILE,
            "names in unlabeled text",
            p,
        ));
    }
    None
}

/// The shared model, read on first use (from the analysis worker), with the tables its
/// features need: a model is only used when they are readable too.
pub fn shared() -> Result<&'static Model, &'static ModelError> {
    static M: OnceLock<Result<Model, ModelError>> = OnceLock::new();
    M.get_or_init(|| match tables_problem() {
        Some(e) => Err(e),
        None => Model::load(&model_path()),
    })
    .as_ref()
}

// Tests index freely: an index out of range is a failed test.
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod rows_tests;
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests;
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests_combine;
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests_viterbi;
#[cfg(test)]
mod wordtable_tests;
