//! How common a word is in general Arabic (`assets/wordfreq_ar.tsv`, from the `wordfreq`
//! package: Wikipedia, subtitles, news, web and social text; made by `tools/gen_wordfreq.py`).
//! ANERcorp is small, so most names the tagger meets on real news it has never seen; what
//! unlabeled text says about a word still tells a transliterated name (`فيرهوفن`: rare or
//! absent) from an everyday word, and a common noun (often written with the article) from a
//! name (seldom).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::WordMap;
use super::wordtable::WordTable;
use crate::text::normalize;

/// Normalized word → zipf × 10 (log10 of the frequency per billion words, times 10);
/// spellings that normalize alike add up.
pub struct WordFreq {
    zipf: WordTable<u8>,
}

impl WordFreq {
    /// Parse the asset's text (`zipf×10<TAB>word` lines, `#` comments); lines that do not
    /// parse are skipped (the file is generated, and a test reads it whole).
    pub fn parse(text: &str) -> WordFreq {
        let mut sum: HashMap<String, f64> = HashMap::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let Some((z, w)) = line.split_once('\t') else {
                continue;
            };
            let Ok(z) = z.parse::<u32>() else {
                continue;
            };
            let w = normalize(w).text;
            *sum.entry(w).or_default() += 10f64.powf(f64::from(z) / 10.0);
        }
        let zipf: WordMap<u8> = sum
            .into_iter()
            .map(|(w, f)| (w, (f.log10() * 10.0).round().clamp(1.0, 255.0) as u8))
            .collect();
        WordFreq {
            zipf: WordTable::new(zipf),
        }
    }

    /// The word's zipf × 10, 0 when it is not in the list (rarer than the list's last word).
    pub fn get(&self, w: &str) -> u8 {
        self.zipf.get(w).unwrap_or(0)
    }

    /// Number of distinct normalized words.
    pub fn len(&self) -> usize {
        self.zipf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.zipf.is_empty()
    }
}

/// The shipped list, read on first use (with the model, from the analysis worker).
pub fn shared() -> &'static WordFreq {
    static F: OnceLock<WordFreq> = OnceLock::new();
    F.get_or_init(|| WordFreq::parse(include_str!("../../../../assets/wordfreq_ar.tsv")))
}

/// A coarse class of a zipf × 10 value: 0 absent, then half-zipf steps from 1.5 up to 6+.
pub fn bucket(z: u8) -> u8 {
    match z {
        0 => 0,
        _ => (z.saturating_sub(10) / 5).clamp(1, 11),
    }
}
