//! Words of a paragraph on normalized text, each with its original `char` range, and the
//! proclitics a word may carry (tried as an alternative reading, never forced).

use crate::text::{Normalized, normalize};

/// A word: normalized form, original `char` range, and whether punctuation (a comma, a
/// quote, a bracket) separates it from the previous word — names do not run across that.
#[derive(Debug, Clone)]
pub struct Token {
    pub norm: String,
    pub start: usize,
    pub end: usize,
    /// Normalized `char` index where the word starts (for clitic offsets).
    pub nstart: usize,
    pub boundary: bool,
    /// The original spelling (to tell `على` from the name `علي`).
    pub original: String,
}

/// The paragraph's tokens and its normalization.
pub fn tokenize(text: &str) -> (Vec<Token>, Normalized) {
    let norm = normalize(text);
    let chars: Vec<char> = norm.text.chars().collect();
    let orig: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let mut boundary = true;
    while i < chars.len() {
        if !chars[i].is_alphanumeric() {
            if !chars[i].is_whitespace() {
                boundary = true;
            }
            i += 1;
            continue;
        }
        let s = i;
        while i < chars.len() && chars[i].is_alphanumeric() {
            i += 1;
        }
        let start = norm.origin[s];
        let end = norm.origin[i - 1] + 1;
        tokens.push(Token {
            norm: chars[s..i].iter().collect(),
            start,
            end,
            nstart: s,
            boundary,
            original: orig[start..end.min(orig.len())].iter().collect(),
        });
        boundary = false;
    }
    (tokens, norm)
}

/// Proclitic chains (normalized): conjunctions و ف, prepositions ب ل ك, the article ال.
const CLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"];

/// Readings of a word: itself, then without a proclitic chain (`بالعراق` → `العراق`,
/// `للعراق` → `العراق`), as (clitic length in chars, reading). Readings shorter than three
/// letters are not offered.
pub fn readings(word: &str) -> Vec<(usize, String)> {
    let mut out = vec![(0, word.to_string())];
    for c in CLITICS {
        if let Some(rest) = word.strip_prefix(c).filter(|r| r.chars().count() >= 2) {
            out.push((c.chars().count(), rest.to_string()));
        }
    }
    // ل + ال is written لل (للعراق = ل + العراق); before a noun that starts with lam the
    // article's lam goes too (للجنة = ل + اللجنة).
    for c in ["لل", "ولل", "فلل"] {
        if let Some(rest) = word.strip_prefix(c).filter(|r| r.chars().count() >= 2) {
            let n = c.chars().count() - 1;
            out.push((n, format!("ال{rest}")));
            out.push((n, format!("الل{rest}")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_boundaries() {
        let (t, _) = tokenize("قال: \"إسماعيل قاآني\"، وبغداد");
        let w: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            w,
            vec![
                "قال",
                "اسماعيل",
                "قاانی".replace('ی', "ي").as_str(),
                "وبغداد"
            ]
        );
        assert!(t[1].boundary && !t[2].boundary && t[3].boundary);
        assert_eq!((t[1].start, t[1].end), (6, 13));
    }

    #[test]
    fn clitics_are_alternatives() {
        let r = readings("بالعراق");
        assert!(r.iter().any(|(n, w)| *n == 1 && w == "العراق"));
        assert!(r.iter().any(|(n, w)| *n == 0 && w == "بالعراق"));
        let r = readings("للعراق");
        assert!(r.iter().any(|(n, w)| *n == 1 && w == "العراق"));
        assert_eq!(readings("لبنان")[0].1, "لبنان");
    }
}
