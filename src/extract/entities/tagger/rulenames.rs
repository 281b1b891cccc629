//! What khabar's rules say about a word across millions of words of unlabeled Arabic text
//! (`assets/rulenames_ar.tsv`, made by `cargo run --release --example ner_corpus --
//! --rule-names DIR`, from the Wikipedia text of the word clusters; provenance in `NOTICE`).
//!
//! In one ANERcorp sentence a surname often stands alone (`قال كلينتون`), with nothing near
//! it that the rules or the tagger know; across the unlabeled text the same word stands after
//! given names and titles (`بيل كلينتون`, `الرئيس كلينتون`) again and again. For each word's
//! stem the table keeps how often the rules (gazetteers, heads, titles, given names: written
//! by hand, never trained) put it inside a person's, a place's or an organization's name, and
//! how often it occurs at all; the tagger sees those shares. Neither the tagger nor ANERcorp
//! has a part in the table, so using it in training leaks no training labels.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::super::gazetteer::gazetteer;
use super::super::recognize::recognize;
use super::super::tokens::tokenize;
use super::WordMap;
use super::features::stem;
use super::wordtable::WordTable;
use crate::extract::EntityKind;

/// Per stem: occurrences, and occurrences inside a person's, a place's, an organization's
/// name as the rules read the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: u32,
    pub kinds: [u32; 3],
}

impl Counts {
    /// A coarse class of the share of each kind (0 never, 1 under 5 %, 2 under 20 %, 3 under
    /// 50 %, 4 at least half), and of the count (0 unknown, then 1–3 by tens): few
    /// distinct values, so each is seen often enough in training to get a weight.
    pub fn classes(&self) -> [u8; 4] {
        let share = |n: u32| -> u8 {
            let t = self.total.max(1);
            match () {
                _ if n == 0 => 0,
                _ if n * 20 < t => 1,
                _ if n * 5 < t => 2,
                _ if n * 2 < t => 3,
                _ => 4,
            }
        };
        let often = match self.total {
            0 => 0,
            1..10 => 1,
            10..100 => 2,
            _ => 3,
        };
        [
            share(self.kinds[0]),
            share(self.kinds[1]),
            share(self.kinds[2]),
            often,
        ]
    }
}

/// Stem → counts.
#[derive(Debug)]
pub struct RuleNames {
    counts: WordTable<Counts>,
}

impl RuleNames {
    /// Parse the asset's text: `stem<TAB>total<TAB>persons<TAB>places<TAB>organizations`
    /// lines, `#` comments. A line that does not parse is an error naming it.
    pub fn parse(text: &str) -> Result<RuleNames, String> {
        let mut counts = WordMap::default();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let bad = || format!("line {}: expected a word and four counts", n + 1);
            let mut parts = line.split('\t');
            let word = parts.next().filter(|w| !w.is_empty()).ok_or_else(bad)?;
            let mut v = [0u32; 4];
            for slot in &mut v {
                *slot = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
            }
            if parts.next().is_some() {
                return Err(bad());
            }
            let [total, p, l, o] = v;
            counts.insert(
                word.to_string(),
                Counts {
                    total,
                    kinds: [p, l, o],
                },
            );
        }
        if counts.is_empty() {
            return Err("no words".to_string());
        }
        Ok(RuleNames {
            counts: WordTable::new(counts),
        })
    }

    /// The stem's counts (all 0 when it is not in the table).
    pub fn get(&self, stem: &str) -> Counts {
        self.counts.get(stem).unwrap_or_default()
    }

    /// Number of stems.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// The asset's name, for messages.
pub const RULENAMES_FILE: &str = "assets/rulenames_ar.tsv";

/// The shipped table, parsed on first use (with the model, from the analysis worker). A
/// corrupt table is an error the model loader reports (`tagger::shared`).
pub fn shared() -> Result<&'static RuleNames, &'static str> {
    static R: OnceLock<Result<RuleNames, String>> = OnceLock::new();
    R.get_or_init(|| RuleNames::parse(include_str!("../../../../assets/rulenames_ar.tsv")))
        .as_ref()
        .map_err(String::as_str)
}

/// Add one paragraph of unlabeled text to `counts`: every word's stem, and the kind of the
/// rules' name it is inside, if any (the generator's step; see `examples/ner_corpus.rs`).
pub fn count_paragraph(text: &str, counts: &mut HashMap<String, Counts>) {
    let g = gazetteer();
    let (tokens, norm) = tokenize(text);
    let mut kind = vec![None; tokens.len()];
    for f in recognize(g, &tokens, &norm) {
        let k = match f.kind {
            EntityKind::Person => 0,
            EntityKind::Place => 1,
            EntityKind::Organization => 2,
        };
        for slot in kind.iter_mut().take(f.last + 1).skip(f.first) {
            *slot = Some(k);
        }
    }
    for (t, k) in tokens.iter().zip(kind) {
        let c = counts.entry(stem(t).to_string()).or_default();
        c.total += 1;
        if let Some(slot) = k.and_then(|k| c.kinds.get_mut(k)) {
            *slot += 1;
        }
    }
}
