//! How many terminal cells a character takes, and whether it is drawn at all.
//!
//! The classes are exactly those of the reference (`cell_width` in ../shared/rtl/oracle.py):
//! combining marks (Mn, Me) take no cell and are drawn on their base; format characters (Cf:
//! bidi controls, ZWJ/ZWNJ, U+FEFF...) take no cell and are removed from display; East Asian
//! Wide/Fullwidth characters take two cells; everything else one. The table is generated from
//! Unicode data by tools/gen_shaping.py, not from `unicode-width` (which disagrees on controls
//! and some symbols).

use super::shaping_table::CELLS;

/// The display class of a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CellClass {
    /// One cell.
    Narrow,
    /// Two cells.
    Wide,
    /// Zero width, drawn on the preceding base (Mn, Me).
    Mark,
    /// Zero width, never drawn (Cf, U+FEFF).
    Format,
}

impl CellClass {
    /// Cells taken on screen.
    pub(crate) fn width(self) -> usize {
        match self {
            CellClass::Narrow => 1,
            CellClass::Wide => 2,
            CellClass::Mark | CellClass::Format => 0,
        }
    }
}

/// Display width of one character in cells, as the layout counts it: 0 for combining marks and
/// format characters, 2 for East Asian Wide/Fullwidth, 1 otherwise.
pub fn cell_width(c: char) -> usize {
    cell_class(c).width()
}

/// The display class of `c`.
pub(crate) fn cell_class(c: char) -> CellClass {
    // Fast path: everything below the soft hyphen, the basic Arabic letters and the common
    // presentation forms are one cell (checked against the table in the tests).
    if c < '\u{AD}'
        || ('\u{0621}'..='\u{064A}').contains(&c)
        || ('\u{FE76}'..='\u{FEFC}').contains(&c)
        || ('\u{FB50}'..='\u{FBB1}').contains(&c)
    {
        return CellClass::Narrow;
    }
    match CELLS.binary_search_by(|&(lo, hi, _)| {
        if hi < c {
            std::cmp::Ordering::Less
        } else if lo > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => CELLS.get(i).map_or(CellClass::Narrow, |cell| cell.2),
        Err(_) => CellClass::Narrow,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_paths_agree_with_the_table() {
        let ranges = [
            ('\u{0}', '\u{AC}'),
            ('\u{0621}', '\u{064A}'),
            ('\u{FE76}', '\u{FEFC}'),
        ];
        for (lo, hi) in ranges.into_iter().chain([('\u{FB50}', '\u{FBB1}')]) {
            for c in lo..=hi {
                assert!(!CELLS.iter().any(|&(a, b, _)| a <= c && c <= b), "{c:?}");
            }
        }
    }

    #[test]
    fn classes_match_the_reference_definition() {
        assert_eq!(cell_class('a'), CellClass::Narrow);
        assert_eq!(cell_class('\u{064E}'), CellClass::Mark); // fatha
        assert_eq!(cell_class('\u{0670}'), CellClass::Mark); // superscript alef
        assert_eq!(cell_class('\u{FE0E}'), CellClass::Mark); // variation selector (Mn)
        assert_eq!(cell_class('\u{200C}'), CellClass::Format); // ZWNJ
        assert_eq!(cell_class('\u{2067}'), CellClass::Format); // RLI
        assert_eq!(cell_class('\u{FEFF}'), CellClass::Format);
        assert_eq!(cell_class('\u{00AD}'), CellClass::Format); // soft hyphen is Cf
        assert_eq!(cell_class('📰'), CellClass::Wide);
        assert_eq!(cell_class('中'), CellClass::Wide);
        assert_eq!(cell_class('\u{00A0}'), CellClass::Narrow);
        assert_eq!(cell_class('\u{FEFB}'), CellClass::Narrow); // lam-alef ligature
        assert_eq!(cell_class('\t'), CellClass::Narrow); // the reference counts controls as 1
    }
}
