//! The fast path must give exactly `BidiInfo`'s levels (and so the same rows) wherever it is
//! taken: checked on generated paragraphs of every class it handles, plus the characters that
//! send a paragraph to `BidiInfo`.

use proptest::prelude::*;
use unicode_bidi::BidiClass;

use super::super::bidi::{self, Levels, Resolver};
use super::super::layout::{Direction, Engine, LayoutOptions};
use super::*;

/// Pieces of Arabic news text covering every class of the fast path (AL, R, L, EN, AN, ES,
/// ET, CS, NSM, WS, S, ON, BN, paired brackets) and some that force the general path
/// (explicit embeddings and isolates, paragraph separators).
const PIECES: &[&str] = &[
    "ب", "ت", "لا", "ة", "ى", "ئ", "ک", "پ", "ـ", "ال", "في", "مصر", // AL
    "א", "ש", "\u{200F}", // R, RLM
    "a", "Z", "BBC", "x", "\u{200E}", // L, LRM
    "0", "1", "42", "1990", "۱", "۲۳", // EN (ASCII and Extended Arabic-Indic)
    "٠", "٣", "٤٥", "\u{0600}", // AN
    "+", "-", "\u{207A}", // ES
    "%", "$", "#", "٪", "\u{00B0}", "\u{20AC}", // ET
    ",", ".", ":", "/", "٫", "٬", "\u{00A0}", "،", // CS
    "\u{064E}", "\u{0651}", "\u{0670}", "\u{0300}", // NSM
    " ", " ", " ", "  ", "\u{2003}", // WS
    "\t",       // S
    "؛", "؟", "!", "\"", "«", "»", "\u{2013}", "\u{2026}", "*", "=", // ON
    "(", ")", "[", "]", "{", "}", "\u{2329}", "\u{3009}", // paired brackets
    "\u{200C}", "\u{200D}", "\u{00AD}", // BN
    "\u{202B}", "\u{202A}", "\u{202C}", "\u{202E}", "\u{2067}", "\u{2066}", "\u{2068}",
    "\u{2069}", // explicit
    "\u{2029}", "\u{001C}", // B
    "中", "📰", // wide (L, ON)
];

/// Pieces without the characters that always send a paragraph to `BidiInfo`, so that most
/// generated paragraphs take the fast path.
fn simple_pieces() -> Vec<&'static str> {
    PIECES
        .iter()
        .copied()
        .filter(|p| {
            let mut classes = Vec::new();
            scan(p, &mut Vec::new(), &mut classes).simple
        })
        .collect()
}

fn paragraph(pieces: Vec<&'static str>) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pieces), 0..40).prop_map(|v| v.concat())
}

fn forced() -> impl Strategy<Value = Option<Direction>> {
    prop::sample::select(vec![None, Some(Direction::Ltr), Some(Direction::Rtl)])
}

/// Classes, levels and direction of `text` by `resolver`.
fn levels_by(text: &str, forced: Option<Direction>, resolver: Resolver) -> (Direction, Levels) {
    let mut out = Levels::default();
    let d = bidi::resolve(text, forced, resolver, &mut out);
    (d, out)
}

fn assert_same(text: &str, forced: Option<Direction>) -> Result<(), TestCaseError> {
    let (d1, fast) = levels_by(text, forced, Resolver::Fast);
    let (d2, general) = levels_by(text, forced, Resolver::General);
    prop_assert_eq!(d1, d2, "direction of {:?}", text);
    prop_assert_eq!(&fast.classes, &general.classes, "classes of {:?}", text);
    prop_assert_eq!(&fast.levels, &general.levels, "levels of {:?}", text);
    prop_assert_eq!(fast.base, general.base);
    Ok(())
}

/// Rows (glyphs, widths, logical ranges, indent) of `text` laid out by `resolver`.
fn rows_by(text: &str, opts: &LayoutOptions, resolver: Resolver) -> Vec<String> {
    let mut engine = Engine::default();
    engine.resolver = resolver;
    let mut rows = Vec::new();
    engine.layout(text, opts, |row, direction| {
        rows.push(format!("{:?}", row.to_visual_line(direction)));
    });
    rows
}

/// Each row as `render` writes it (indent, glyphs, width), by an engine that keeps the cells
/// or one that fills only the glyphs.
fn glyph_rows(text: &str, opts: &LayoutOptions, glyphs_only: bool) -> Vec<(usize, String, usize)> {
    let mut engine = Engine::default();
    engine.glyphs_only = glyphs_only;
    let mut rows = Vec::new();
    engine.layout(text, opts, |row, _| {
        rows.push((row.indent, row.glyphs.clone(), row.width));
    });
    rows
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn fast_levels_equal_bidi_info(text in paragraph(simple_pieces()), dir in forced()) {
        assert_same(&text, dir)?;
    }

    #[test]
    fn any_paragraph_resolves_like_bidi_info(text in paragraph(PIECES.to_vec()), dir in forced()) {
        assert_same(&text, dir)?;
    }

    #[test]
    fn fast_rows_equal_bidi_info_rows(
        text in paragraph(simple_pieces()),
        width in 1usize..30,
        shape in any::<bool>(),
        dir in forced(),
    ) {
        let opts = LayoutOptions { width, shape, direction: dir };
        prop_assert_eq!(
            rows_by(&text, &opts, Resolver::Fast),
            rows_by(&text, &opts, Resolver::General)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn render_rows_equal_layout_rows(
        text in paragraph(PIECES.to_vec()),
        width in 1usize..30,
        dir in forced(),
    ) {
        let opts = LayoutOptions { width, shape: true, direction: dir };
        prop_assert_eq!(glyph_rows(&text, &opts, true), glyph_rows(&text, &opts, false));
    }
}

#[test]
fn the_class_table_is_the_crate_table() {
    let mut classes = Vec::new();
    for c in (0..0x3000u32).filter_map(char::from_u32) {
        classes.clear();
        scan(&c.to_string(), &mut Vec::new(), &mut classes);
        assert_eq!(classes, [unicode_bidi::bidi_class(c)], "{c:?}");
    }
}

#[test]
fn news_paragraphs_take_the_fast_path() {
    let mut classes = Vec::new();
    let plain = "قال الوزير (في مؤتمر صحفي) إن 1,500 شخص، أي 12% من السكان، غادروا عام ٢٠٢٤.";
    let s = scan(plain, &mut Vec::new(), &mut classes);
    assert!(s.simple);
    assert_eq!(s.first_strong, Some(Direction::Rtl));
    // Latin, also in brackets (rule N0), is still simple.
    assert!(scan("أعلنت شركة (Apple) أمس", &mut Vec::new(), &mut classes).simple);
    // A ZWNJ (BN) is skipped by the fast path; an isolate sends the paragraph to BidiInfo.
    assert!(scan("می\u{200C}خواهم", &mut Vec::new(), &mut classes).simple);
    assert!(!scan("\u{2068}abc\u{2069}", &mut Vec::new(), &mut classes).simple);
}

#[test]
fn brackets_around_latin_follow_rule_n0() {
    // In a right-to-left paragraph, brackets around only Latin take the direction of the
    // strong type before them: R after Arabic, so "(BBC)" keeps its brackets at level 1...
    let (_, l) = levels_by("قالت (BBC) أمس", None, Resolver::Fast);
    assert_eq!(l.levels, [1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1]);
    // ...and L after a Latin word, so "(x)" after "CNN" joins the left-to-right run.
    let (_, l) = levels_by("قالت CNN (x)", None, Resolver::Fast);
    assert_eq!(l.levels, [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]);
    assert_eq!(
        levels_by("قالت CNN (x)", None, Resolver::General).1.levels,
        l.levels
    );
}

#[test]
fn deep_and_unbalanced_brackets_resolve_like_bidi_info() {
    let deep = |k: usize| format!("ب {}a ب{} x", "(".repeat(k), ")".repeat(k));
    let cases = [
        deep(62),
        deep(63),
        deep(64),
        deep(100),
        "ب (a] [b) ب".to_string(),
        "a (ب \u{2329}c\u{3009}) ١".to_string(),
        "ب )a( ب".to_string(),
        // Boundary neutrals next to separators, terminators, marks and brackets.
        "ب 1\u{200C},2 a\u{00AD}%1 1%\u{200C}% \u{200D}".to_string(),
        "ب\u{200D}١,\u{200C}٢ x(\u{200C}\u{064E}a\u{200D})\u{064E} \u{00AD}".to_string(),
        "\u{200C}\u{064E}1 a \u{200C}".to_string(),
    ];
    for text in &cases {
        for dir in [None, Some(Direction::Ltr), Some(Direction::Rtl)] {
            let fast = levels_by(text, dir, Resolver::Fast).1;
            let general = levels_by(text, dir, Resolver::General).1;
            assert_eq!(fast.levels, general.levels, "{text:?} {dir:?}");
        }
    }
}

#[test]
fn levels_of_a_mixed_paragraph() {
    // Arabic at 1, European digits after Arabic letters become Arabic numbers (W2) at 2, the
    // comma between them joins them (W4), the percent sign does not (W5 is for European
    // numbers only), the Latin word is at 2, and the neutrals stay right-to-left.
    let (d, l) = levels_by("نسبة 1,5% من abc", None, Resolver::Fast);
    assert_eq!(d, Direction::Rtl);
    assert_eq!(
        l.levels,
        [1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 2, 2, 2],
        "{:?}",
        l.classes
    );
    assert_eq!(l.classes[5], BidiClass::EN);
}
