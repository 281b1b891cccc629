//! Word clusters learned from unlabeled Arabic text (`assets/clusters_ar.tsv`, made by
//! `tools/gen_clusters.py` from Arabic Wikipedia; provenance in `NOTICE`).
//!
//! ANERcorp has 111k training words; most names on real news are not among them. Words that
//! occur in the same contexts in millions of words of running text land in the same cluster:
//! an unseen transliterated surname falls among the surnames, an unseen town among the towns.
//! The tagger sees each word's cluster at three granularities, so what it learned about one
//! member carries over to the others.
//!
//! Keys are the tagger's own stems of words (`features::stem`: khabar's normalization, then
//! without proclitics and article: `وبالعراق` → `عراق`), so the text the clusters were learned
//! from was read exactly as the tagger reads news (`examples/ner_corpus.rs` writes it).

use super::WordMap;
use super::wordtable::WordTable;
use std::sync::OnceLock;

use super::super::tokens::tokenize;
use super::features::stem;

/// Granularities per word, coarse to fine.
pub const LEVELS: usize = 3;

/// The cluster of a word not in the table, at every level.
pub const UNKNOWN: u16 = u16::MAX;

/// Stem → cluster id at each granularity (coarse, middle, fine).
#[derive(Debug)]
pub struct Clusters {
    ids: WordTable<[u16; LEVELS]>,
}

impl Clusters {
    /// Parse the asset's text: `stem<TAB>coarse<TAB>middle<TAB>fine` lines, `#` comments.
    /// A line that does not parse is an error naming it (the file is generated; a wrong
    /// line means a wrong file, and the tagger must not run on half of it).
    pub fn parse(text: &str) -> Result<Clusters, String> {
        let mut ids = WordMap::default();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let mut parts = line.split('\t');
            let word = parts.next().unwrap_or_default();
            let mut c = [UNKNOWN; LEVELS];
            for slot in &mut c {
                *slot = parts
                    .next()
                    .and_then(|p| p.parse::<u16>().ok())
                    .filter(|&v| v != UNKNOWN)
                    .ok_or_else(|| {
                        format!("line {}: expected a word and {LEVELS} cluster ids", n + 1)
                    })?;
            }
            if word.is_empty() || parts.next().is_some() {
                return Err(format!(
                    "line {}: expected a word and {LEVELS} cluster ids",
                    n + 1
                ));
            }
            ids.insert(word.to_string(), c);
        }
        if ids.is_empty() {
            return Err("no clusters".to_string());
        }
        Ok(Clusters {
            ids: WordTable::new(ids),
        })
    }

    /// The stem's cluster ids, [`UNKNOWN`] at every level when it is not in the table.
    pub fn get(&self, stem: &str) -> [u16; LEVELS] {
        self.ids.get(stem).unwrap_or([UNKNOWN; LEVELS])
    }

    /// Number of stems in the table.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// The asset's name, for messages.
pub const CLUSTERS_FILE: &str = "assets/clusters_ar.tsv";

/// The shipped table, parsed on first use (with the model, from the analysis worker). A
/// corrupt table is an error the model loader reports (`tagger::shared`).
pub fn shared() -> Result<&'static Clusters, &'static str> {
    static C: OnceLock<Result<Clusters, String>> = OnceLock::new();
    C.get_or_init(|| Clusters::parse(include_str!("../../../../assets/clusters_ar.tsv")))
        .as_ref()
        .map_err(String::as_str)
}

/// The stems of a paragraph's words, space-separated: one line of the text the clusters are
/// learned from (the generator reads these lines; see `examples/ner_corpus.rs`).
pub fn corpus_line(text: &str) -> String {
    let (tokens, _) = tokenize(text);
    let mut out = String::with_capacity(text.len());
    for t in &tokens {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(stem(t));
    }
    out
}
