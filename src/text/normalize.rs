//! Normalization for matching (never for display): one spelling for the many ways Arabic news
//! writes a word, with a map back to the original offsets so matches can be highlighted.

use unicode_normalization::UnicodeNormalization;

/// A normalized string and, for each of its `char`s, the `char` offset in the original it
/// came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// `origin.get(i)` = original char offset of normalized char `i`; one extra entry at the
    /// end holds the original length, so `origin.get(end)` is a valid exclusive end.
    pub origin: Origin,
}

/// The original offset of each normalized char, stored as runs: nearly every normalized char
/// comes from the original char after the previous one's, so only where that fails (a mark,
/// tatweel or control dropped, a ligature made two letters) is an entry kept. A corpus's
/// paragraphs are held prepared for a whole analysis (`text::tokens`): one `usize` per char
/// was most of that memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// Number of entries (normalized chars + 1).
    len: usize,
    /// `(i, o)`: entry `i` is `o`, and each entry after it one more than the one before, up
    /// to the next run.
    runs: Vec<(u32, u32)>,
    /// The last entry pushed.
    last: usize,
}

impl Origin {
    fn push(&mut self, o: usize) {
        if self.len == 0 || o != self.last + 1 {
            let to32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            self.runs.push((to32(self.len), to32(o)));
        }
        self.last = o;
        self.len += 1;
    }

    /// Entry `i` (the original offset of normalized char `i`), if there is one.
    pub fn get(&self, i: usize) -> Option<usize> {
        if i >= self.len {
            return None;
        }
        let k = self.runs.partition_point(|r| r.0 as usize <= i);
        let &(n, o) = self.runs.get(k.checked_sub(1)?)?;
        Some(o as usize + (i - n as usize))
    }

    /// The last entry: the original length.
    pub fn last(&self) -> Option<usize> {
        (self.len > 0).then_some(self.last)
    }

    /// Number of entries (normalized chars + 1).
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every entry in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        let mut runs = self.runs.iter().peekable();
        let mut at = (0usize, 0usize);
        (0..self.len).map(move |i| {
            while let Some(&&(n, o)) = runs.peek() {
                if n as usize > i {
                    break;
                }
                at = (n as usize, o as usize);
                runs.next();
            }
            at.1 + (i - at.0)
        })
    }

    /// Every entry, as a vector (tests).
    pub fn to_vec(&self) -> Vec<usize> {
        self.iter().collect()
    }
}

impl Normalized {
    /// The original `char` range covered by normalized `char` range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let last = self.origin.len().saturating_sub(1);
        let s = self.origin.get(start.min(last)).unwrap_or(0);
        // The end maps to just past the original char of the last normalized char.
        let e = if end == 0 {
            s
        } else {
            match self.origin.get(end - 1) {
                Some(o) => (o + 1).max(s),
                None => s,
            }
        };
        s..e
    }
}

/// Characters dropped for matching: tatweel, harakat, Quranic marks, bidi and joiner controls,
/// word joiners, soft hyphen, variation selectors, BOM.
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{0640}' | '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0653}'..='\u{0655}'
        | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}' | '\u{061C}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        | '\u{2060}'..='\u{2064}' | '\u{00AD}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

/// Letter and digit folding applied after NFKC.
fn fold(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        '٠'..='٩' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    }
}

/// Normalize `s` for matching: NFKC; drop tatweel, harakat and bidi marks; fold alef forms,
/// alef maksura, teh marbuta, Persian yeh/kaf; Arabic-Indic and Persian digits to ASCII;
/// lowercase Latin.
pub fn normalize(s: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(s.len()),
        origin: Origin::default(),
    };
    let mut n = 0;
    for (i, c) in s.chars().enumerate() {
        n = i + 1;
        // Fast path: most Arabic letters and ASCII are already NFKC.
        if c.is_ascii() || ('\u{0621}'..='\u{064A}').contains(&c) {
            push(&mut out, c, i);
        } else {
            for d in std::iter::once(c).nfkc() {
                push(&mut out, d, i);
            }
        }
    }
    out.origin.push(n);
    out
}

fn push(out: &mut Normalized, c: char, origin: usize) {
    // A hamza or madda written as a separate combining mark (و + U+0654) is the same letter as
    // the precomposed one (ؤ): compose it with the letter before it, as NFKC would across
    // characters, before the marks are dropped.
    if matches!(c, '\u{0653}'..='\u{0655}')
        && let Some(last) = out.text.chars().next_back()
        && let Some(composed) = unicode_normalization::char::compose(last, c)
    {
        out.text.pop();
        out.text.push(fold(composed));
        return;
    }
    if is_dropped(c) {
        return;
    }
    let c = fold(c);
    // The Arabic block has no case: its letters skip `is_uppercase`'s table search (a few
    // per cent of an analysis).
    if c.is_ascii_uppercase() {
        out.text.push(c.to_ascii_lowercase());
        out.origin.push(origin);
    } else if !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_uppercase() {
        for l in c.to_lowercase() {
            out.text.push(l);
            out.origin.push(origin);
        }
    } else {
        out.text.push(c);
        out.origin.push(origin);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_hamza_seats_and_letters() {
        assert_eq!(normalize("الأميركية").text, "الاميركيه");
        assert_eq!(normalize("إسماعيل آب ٱلله").text, "اسماعيل اب الله");
        assert_eq!(normalize("مستشفى").text, "مستشفي");
        assert_eq!(normalize("ارشیف کتاب").text, "ارشيف كتاب");
    }

    #[test]
    fn strips_marks_tatweel_and_bidi() {
        assert_eq!(normalize("الأمريكيّة").text, "الامريكيه");
        assert_eq!(normalize("ســـلام").text, "سلام");
        assert_eq!(normalize("\u{200F}بِسْمِ\u{200E}").text, "بسم");
    }

    #[test]
    fn separate_hamza_and_madda_compose_first() {
        assert_eq!(normalize("و\u{0654}").text, normalize("ؤ").text);
        assert_eq!(normalize("ي\u{0654}").text, normalize("ئ").text);
        assert_eq!(normalize("ا\u{0653}").text, "ا");
        assert_eq!(normalize("و\u{0654}").origin.to_vec(), vec![0, 2]);
        // Harakat are still dropped and never compose.
        assert_eq!(normalize("بَ").text, "ب");
    }

    #[test]
    fn drops_invisible_controls() {
        assert_eq!(normalize("عبد\u{00AD}الله\u{2060}").text, "عبدالله");
        assert_eq!(normalize("كلمة\u{061C}\u{2067}x\u{2069}").text, "كلمهx");
        assert_eq!(normalize("\u{00A0}").text, " ");
    }

    #[test]
    fn digits_and_latin() {
        assert_eq!(normalize("٢٠٢٤ ۱۴۰۲ CNN").text, "2024 1402 cnn");
    }

    #[test]
    fn presentation_forms_become_letters() {
        // ﻻ (lam-alef ligature) is two letters after NFKC; both map to the one original char.
        let n = normalize("ﻻ");
        assert_eq!(n.text, "لا");
        assert_eq!(n.origin.to_vec(), vec![0, 0, 1]);
    }

    #[test]
    fn maps_back_to_original_offsets() {
        let s = "قاآنيّ في";
        let n = normalize(s);
        let at = n
            .text
            .find("في")
            .map(|b| n.text.get(..b).unwrap_or_default().chars().count())
            .unwrap_or(usize::MAX);
        let r = n.original_range(at, at + 2);
        let orig: String = s.chars().skip(r.start).take(r.end - r.start).collect();
        assert_eq!(orig, "في");
        let r = n.original_range(0, 5);
        let orig: String = s.chars().skip(r.start).take(r.end - r.start).collect();
        assert_eq!(orig, "قاآنيّ".trim_end_matches('ّ'));
    }

    proptest::proptest! {
        /// The runs give back, by index and in order, one offset per normalized char and the
        /// original length, never decreasing.
        #[test]
        fn origin_runs_agree(s in "[اأبةيى٠-٩a-zA-Z \\u{064B}-\\u{0655}\\u{0640}\\u{200F}\\u{FEFB}\\u{33C2}]{0,30}") {
            let n = normalize(&s);
            let all = n.origin.to_vec();
            proptest::prop_assert_eq!(all.len(), n.text.chars().count() + 1);
            proptest::prop_assert_eq!(n.origin.last(), Some(s.chars().count()));
            proptest::prop_assert!(all.windows(2).all(|w| w[0] <= w[1]));
            for (i, o) in all.iter().enumerate() {
                proptest::prop_assert_eq!(n.origin.get(i), Some(*o));
            }
            proptest::prop_assert_eq!(n.origin.get(all.len()), None);
        }
    }
}
