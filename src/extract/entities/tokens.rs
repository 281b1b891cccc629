//! The entity rules' and tagger's view of a paragraph's words ([`crate::text::tokens`]):
//! each word's original spelling and the proclitics it may carry (tried as an alternative
//! reading, never forced).

use crate::text::tokens::CharBytes;
use crate::text::{Normalized, Tokenized};

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
    /// The original spelling without trailing marks (to tell `على` from the name `علي`).
    pub original: String,
    /// A quotation mark (`"“”«»`) or an opening bracket directly before the word, and a
    /// quotation mark or a closing bracket directly after it: quoted names
    /// (`شركة “سنطرال”`) and bracketed short forms (`وكالة السودان للأنباء (سونا)`).
    pub open_before: bool,
    pub close_after: bool,
    /// An opening round bracket before the word (not a quotation mark).
    pub paren_before: bool,
    /// A comma before the word (an apposition: `وزير الخارجية، عادل الجبير`).
    pub comma_before: bool,
    /// [`readings`] of the word, made once: every rule asks for them.
    pub reads: Vec<(usize, String)>,
    /// The readings to look up in the lists: [`readings`] and, for a sound masculine plural
    /// in the oblique case (`الحوثيين`), its nominative (`الحوثيون`), the form lists give.
    pub looks: Vec<(usize, String)>,
}

/// Only letters (no digits), Arabic ones answered first.
pub fn letters(w: &str) -> bool {
    w.chars().all(|c| {
        matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') || c.is_alphabetic()
    })
}

fn lookups(reads: &[(usize, String)]) -> Vec<(usize, String)> {
    let mut r = reads.to_vec();
    for (c, w) in reads {
        if let Some(stem) = w.strip_suffix("ين").filter(|s| s.chars().count() >= 4) {
            r.push((*c, format!("{stem}ون")));
        }
    }
    r
}

/// The paragraph's tokens and its normalization.
pub fn tokenize(text: &str) -> (Vec<Token>, Normalized) {
    let t = crate::text::tokenize(text);
    (tokens(&t, text), t.norm)
}

/// The entity tokens of a [`Tokenized`] paragraph (`text`, its source): each word with its
/// original spelling and its proclitic readings, made once for every rule.
pub fn tokens(t: &Tokenized, text: &str) -> Vec<Token> {
    let mut at = CharBytes::new(text);
    t.words
        .iter()
        .map(|w| {
            let word = t.text(w).to_string();
            let reads = readings(&word);
            let looks = lookups(&reads);
            Token {
                norm: word,
                start: w.start as usize,
                end: w.end() as usize,
                nstart: w.nstart as usize,
                boundary: w.boundary(),
                original: at
                    .slice(w.start as usize, w.letters_end as usize)
                    .to_string(),
                open_before: w.open_before(),
                close_after: w.close_after(),
                paren_before: w.paren_before(),
                comma_before: w.comma_before(),
                reads,
                looks,
            }
        })
        .collect()
}

/// Proclitic chains (normalized): conjunctions و ف, prepositions ب ل. The preposition ك
/// (like) is left out: it is rare before names and common as a word's first letter
/// (`كبيرا` is not ك + a town called بيرا).
const CLITICS: &[&str] = &["و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];

/// A definite word behind a proclitic (`للشؤون`, `بالخارجية`, `والتنمية`): a complement or a
/// coordinated noun, never part of a person's name.
pub fn definite_with_clitic(w: &str) -> bool {
    [
        "لل", "بال", "وال", "فال", "كال", "وبال", "ولل", "فبال", "فلل",
    ]
    .iter()
    .any(|c| w.starts_with(c))
}

/// A proclitic written before a word-initial hamza (`وأدى`, `فإن`, `بأحمد`, `وإدينسون`): no
/// Arabic word has a hamza on alif right after its first letter, so that letter is و, ف, ب or
/// ل in front of another word. Normalization folds the hamza (`وأدى` reads `وادي`, a valley).
pub fn clitic_before_hamza(t: &Token) -> bool {
    let mut c = t.original.chars();
    c.next().is_some_and(|c| "وفبل".contains(c)) && c.next().is_some_and(|c| "أإآ".contains(c))
}

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

// Tests index freely: an index out of range is a failed test.
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
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
