//! Counts written in words, as Arabic news writes the distance to a date: `ثلاثة وستين عاما`,
//! `خمسة وتسعين`, `اثني عشر`, `مئتي عام`. Words are normalized (ة → ه, hamza seats folded);
//! a leading conjunction و joins the parts of one number (`ثلاثه وستين`).

use super::grammar::Parser;

/// 1–10 in every gender and case form.
fn unit_word(w: &str) -> Option<i64> {
    Some(match w {
        "واحد" | "واحده" => 1,
        "اثنين" | "اثنتين" | "اثنان" | "اثنتان" | "اثني" | "اثنتي" | "اثنا" | "اثنتا" => {
            2
        }
        "ثلاث" | "ثلاثه" => 3,
        "اربع" | "اربعه" => 4,
        "خمس" | "خمسه" => 5,
        "ست" | "سته" => 6,
        "سبع" | "سبعه" => 7,
        "ثماني" | "ثمان" | "ثمانيه" => 8,
        "تسع" | "تسعه" => 9,
        "عشر" | "عشره" => 10,
        _ => return None,
    })
}

/// 20–90.
fn tens_word(w: &str) -> Option<i64> {
    Some(match w {
        "عشرين" | "عشرون" => 20,
        "ثلاثين" | "ثلاثون" => 30,
        "اربعين" | "اربعون" => 40,
        "خمسين" | "خمسون" => 50,
        "ستين" | "ستون" => 60,
        "سبعين" | "سبعون" => 70,
        "ثمانين" | "ثمانون" => 80,
        "تسعين" | "تسعون" => 90,
        _ => return None,
    })
}

/// 100–900 written as one word (`مئة`, `مائتين`, `ثلاثمائة`).
fn hundreds_word(w: &str) -> Option<i64> {
    if matches!(
        w,
        "مائتين" | "مئتين" | "مائتي" | "مئتي" | "مائتان" | "مئتان"
    ) {
        return Some(200);
    }
    match ["مائه", "مئه", "ماءه"]
        .iter()
        .find_map(|h| w.strip_suffix(h))?
    {
        "" => Some(100),
        stem => unit_word(stem)
            .filter(|n| (3..=9).contains(n))
            .map(|n| n * 100),
    }
}

/// `w` without a leading conjunction و (kept when the rest would be too short to be a word).
fn without_wa(w: &str) -> &str {
    w.strip_prefix('و')
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

impl Parser<'_> {
    /// A number written in words starting at token `i`: its value and the index of the first
    /// token after it. `خمسه وتسعين` → 95; `احد عشر` → 11; `مئه وعشرين` → 120.
    pub(super) fn number_words(&self, i: usize) -> Option<(i64, usize)> {
        let mut k = i;
        let mut total = 0;
        if let Some(h) = self.word(k).and_then(hundreds_word) {
            total = h;
            k += 1;
        }
        let part = |k: usize| self.word(k).map(|w| if k == i { w } else { without_wa(w) });
        // The part after the hundreds (or the whole number).
        if let Some(t) = part(k).and_then(tens_word) {
            return Some((total + t, k + 1));
        }
        let first = part(k);
        let unit = first.and_then(unit_word).or(match first {
            Some("احد" | "احدي") => Some(1),
            _ => None,
        });
        match unit {
            Some(u) if u < 10 && matches!(self.word(k + 1), Some("عشر" | "عشره")) => {
                Some((total + 10 + u, k + 2))
            }
            Some(u) if u < 10 => match self.word(k + 1).and_then(|w| w.strip_prefix('و')) {
                Some(w) if tens_word(w).is_some() => {
                    Some((total + u + tens_word(w).unwrap_or(0), k + 2))
                }
                _ if first == Some("احد") || first == Some("احدي") => None,
                _ => Some((total + u, k + 1)),
            },
            Some(u) => Some((total + u, k + 1)),
            None if total > 0 => Some((total, k)),
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::timeline::tokens::tokenize;
    use crate::text::normalize;

    fn value(s: &str) -> Option<(i64, usize)> {
        let n = normalize(s);
        let t = tokenize(&n);
        Parser { t: &t }.number_words(0)
    }

    #[test]
    fn compound_numbers() {
        assert_eq!(value("ثلاثة وستين عاما"), Some((63, 2)));
        assert_eq!(value("خمسة وتسعين"), Some((95, 2)));
        assert_eq!(value("أحد عشر عاما"), Some((11, 2)));
        assert_eq!(value("اثني عشر"), Some((12, 2)));
        assert_eq!(value("عشرين سنة"), Some((20, 1)));
        assert_eq!(value("أربع سنوات"), Some((4, 1)));
        assert_eq!(value("مئتي عام"), Some((200, 1)));
        assert_eq!(value("مائة وعشرين"), Some((120, 2)));
        assert_eq!(value("ثلاثمائة عام"), Some((300, 1)));
    }

    #[test]
    fn words_that_are_not_numbers() {
        assert_eq!(value("الرئيس"), None);
        assert_eq!(
            value("أحد الوزراء"),
            None,
            "أحد alone is 'one of', not a count"
        );
        assert_eq!(value("ستار"), None);
    }
}
