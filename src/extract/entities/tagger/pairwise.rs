//! Pairwise features: what the step from the previous word's tag to this word's tag may
//! depend on (`viterbi.rs`). Each is a coarse property of this word, of the word before it,
//! or of the two — few values each, so every value's previous-tag × tag table is learned
//! from many examples: whether the word carries the conjunction `و` and how common it is
//! (`بوش وبلير`: a second name starts; `وزير`: no conjunction at all), punctuation between
//! the two words, the rules' labels of both, their coarse word clusters, and a verb-like or
//! verbal-noun-like ending (`عباس اجتماعا`, `شيراك استنكروا`: the name has ended).
//!
//! They follow a token's emission features after [`PAIR_MARK`], always in the same order
//! (one per template), so an experiment can keep some of them by position (`train_ner
//! --pairs`).

use super::super::tokens::Token;
use super::viterbi::PAIR_MARK;

/// What the pairwise features read of one word.
#[derive(Clone, Copy, Default)]
pub struct Word {
    /// Carries the proclitic `و` (or looks so: `وزير` too; its frequency tells).
    waw: bool,
    /// How common the word and its stem are in general Arabic, in five classes each.
    zipf_word: u8,
    zipf_stem: u8,
    /// A verb-like or noun-like ending or beginning ([`shape`]).
    shape: u8,
    /// Punctuation before it (see [`Token`]'s flags).
    punct: u8,
    /// The rules' label, as a tag index.
    rule: u8,
    /// The stem's coarsest word cluster.
    cluster: u16,
}

/// Number of pairwise templates: each token after the first carries one feature of each.
#[cfg(test)]
pub const TEMPLATES: usize = 6;

/// A zipf × 10 value in five classes: absent, rare (< 3), uncommon (< 4), common (< 5),
/// very common.
fn class(z: u8) -> u8 {
    match z {
        0 => 0,
        1..30 => 1,
        30..40 => 2,
        40..50 => 3,
        _ => 4,
    }
}

/// The stem's shape as verbs and verbal nouns show it: definite, a past plural (`استنكروا`),
/// an accusative or dual ending in `ا` (`اجتماعا`), an imperfect prefix (`يقول`, `تعتبر`),
/// a feminine ending, a sound plural; 0 otherwise.
fn shape(word: &str, stem: &str) -> u8 {
    let long = stem.chars().count() >= 4;
    match () {
        _ if word.starts_with("ال") || word.starts_with("لل") => 1,
        _ if stem.ends_with("وا") => 2,
        _ if stem.ends_with('ا') => 3,
        _ if long && (stem.starts_with('ي') || stem.starts_with('ت')) => 4,
        _ if stem.ends_with('ة') => 5,
        _ if long && (stem.ends_with("ون") || stem.ends_with("ين")) => 6,
        _ => 0,
    }
}

impl Word {
    /// The word `t` with its stem, the rules' label (a tag index), the zipf × 10 of the
    /// word and of the stem, and the stem's coarsest cluster.
    pub fn new(t: &Token, stem: &str, rule: u8, zipf: (u8, u8), cluster: u16) -> Word {
        Word {
            waw: t.norm.starts_with('و') && t.reads.iter().any(|(c, _)| *c > 0),
            zipf_word: class(zipf.0),
            zipf_stem: class(zipf.1),
            shape: shape(&t.norm, stem),
            punct: u8::from(t.boundary)
                | u8::from(t.comma_before) << 1
                | u8::from(t.open_before) << 2
                | u8::from(t.paren_before) << 3,
            rule,
            cluster,
        }
    }
}

/// FNV-1a over a template number and its parts.
fn hash(template: u8, parts: &[u8]) -> u32 {
    std::iter::once(&template)
        .chain(parts)
        .fold(0x811c_9dc5u32, |h, b| {
            (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
        })
}

/// Appends [`PAIR_MARK`] and the pairwise features of each token after the first to its
/// feature list (`feats[i]` belongs to `words[i]`).
pub fn append(feats: &mut [Vec<u32>], words: &[Word]) {
    for (i, f) in feats.iter_mut().enumerate().skip(1) {
        let (Some(p), Some(w)) = (words.get(i - 1), words.get(i)) else {
            continue;
        };
        let c = |x: u16| x.to_le_bytes();
        let [c0, c1] = c(w.cluster);
        let [p0, p1] = c(p.cluster);
        let waw = u8::from(w.waw);
        f.push(PAIR_MARK);
        f.extend([
            hash(0, &[waw, w.zipf_word, w.zipf_stem]),
            hash(1, &[w.punct]),
            hash(2, &[p.rule, w.rule]),
            hash(3, &[c0, c1]),
            hash(4, &[p0, p1]),
            hash(6, &[w.shape, waw]),
        ]);
    }
}
