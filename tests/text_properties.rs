//! Property tests of the layout engine (issue 3): rows never wider than the pane, every
//! character shown exactly once by exactly the cell that claims it, pure left-to-right text
//! wraps like plain greedy wrapping, and no input makes it panic.

use khabar::text::controls::visible;
use khabar::text::{Direction, LayoutOptions, RowWriter, VisualLine, cell_width, layout_paragraph};
use proptest::prelude::*;
use unicode_normalization::char::is_combining_mark;

/// Arabic-heavy paragraphs: letters (including rarer ones), harakat, lam-alef, tatweel,
/// joiners, bidi controls, digits of three systems, Latin, brackets, emoji, spaces.
fn arabic_text() -> impl Strategy<Value = String> {
    let pieces: Vec<&'static str> = vec![
        "ب",
        "ت",
        "س",
        "ل",
        "ا",
        "أ",
        "إ",
        "آ",
        "ة",
        "ى",
        "ي",
        "ء",
        "ئ",
        "ؤ",
        "و",
        "د",
        "ر",
        "ه",
        "ع",
        "غ",
        "ق",
        "ک",
        "گ",
        "پ",
        "چ",
        "ژ",
        "ی",
        "ڤ",
        "ہ",
        "ے",
        "ـ",
        "\u{064E}",
        "\u{064B}",
        "\u{0651}",
        "\u{0652}",
        "\u{0670}",
        "\u{0654}",
        "لا",
        "الله",
        " ",
        " ",
        " ",
        " ",
        "  ",
        "\u{200C}",
        "\u{200D}",
        "\u{200E}",
        "\u{200F}",
        "\u{2067}",
        "\u{2069}",
        "\u{202B}",
        "\u{202C}",
        "\u{FEFF}",
        "\u{00A0}",
        "12",
        "3.5%",
        "٢٠٢٤",
        "۱۴۰۲",
        "٪",
        "،",
        "؟",
        "(",
        ")",
        "[",
        "]",
        "«",
        "»",
        "\"",
        ":",
        "/",
        "-",
        "CNN",
        "Apple Inc",
        "https://x.org/a?b=1",
        "📰",
        "👨\u{200D}👩\u{200D}👧",
        "中文",
        "\u{25AA}\u{FE0E}",
        "•",
        "\t",
        "é",
        "e\u{0301}",
    ];
    proptest::collection::vec(proptest::sample::select(pieces), 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabic_text(), any::<String>(), "\\PC{0,40}"]
}

fn str_width(s: &str) -> usize {
    s.chars().map(cell_width).sum()
}

fn layout(text: &str, width: usize, shape: bool) -> Vec<VisualLine> {
    let opts = LayoutOptions {
        width,
        shape,
        direction: None,
    };
    layout_paragraph(text, &opts)
}

/// Folds a bracket and its mirror image together (mirroring is the one change besides
/// shaping that a cell makes to its characters).
fn unmirror(c: char) -> char {
    unicode_bidi_mirroring::get_mirrored(c).map_or(c, |m| m.min(c))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn rows_fit_the_pane_exactly(text in any_text(), width in 1usize..50, shape: bool) {
        let lines = layout(&text, width, shape);
        prop_assert!(!lines.is_empty());
        for line in &lines {
            prop_assert!(line.indent + line.width() <= width, "row wider than {width}: {line:?}");
            prop_assert_eq!(str_width(&line.padded(width)), width);
            for cell in &line.cells {
                prop_assert!(cell.width <= 2);
                prop_assert_eq!(cell.width, str_width(&cell.glyph).min(width));
            }
        }
    }

    #[test]
    fn every_character_is_shown_exactly_once(text in any_text(), width in 1usize..50, shape: bool) {
        let chars: Vec<char> = text.chars().collect();
        let lines = layout(&text, width, shape);
        let mut owner = vec![0usize; chars.len()];
        for line in &lines {
            for cell in &line.cells {
                prop_assert!(cell.logical.start < cell.logical.end && cell.logical.end <= chars.len());
                for j in cell.logical.clone() {
                    owner[j] += 1;
                }
            }
        }
        for (j, &c) in chars.iter().enumerate() {
            prop_assert!(owner[j] <= 1, "char {j} {c:?} in {} cells", owner[j]);
            if owner[j] == 0 {
                // Only format characters and the spaces at a break (or past the pane) vanish.
                prop_assert!(
                    c == ' ' || (cell_width(c) == 0 && !is_combining_mark(c)),
                    "char {j} {c:?} shown nowhere"
                );
            }
        }
    }

    #[test]
    fn each_cell_shows_its_own_characters(text in any_text(), width in 2usize..50) {
        // Unshaped, a cell's glyph is exactly its drawn characters (up to mirroring, and with
        // control characters as their placeholders), in order for a base and its marks.
        let chars: Vec<char> = text.chars().collect();
        for line in layout(&text, width, false) {
            for cell in &line.cells {
                let mut want: Vec<char> = chars[cell.logical.clone()]
                    .iter()
                    .copied()
                    .filter(|&c| cell_width(c) > 0 || is_combining_mark(c))
                    .map(visible)
                    .map(unmirror)
                    .collect();
                let mut got: Vec<char> = cell.glyph.chars().map(unmirror).collect();
                want.sort_unstable();
                got.sort_unstable();
                prop_assert_eq!(got, want, "cell {:?}", cell);
            }
        }
    }

    #[test]
    fn marks_stay_on_their_base(text in arabic_text(), width in 1usize..40, shape: bool) {
        // A mark written right after a letter is drawn in that letter's cell.
        let chars: Vec<char> = text.chars().collect();
        let mut cell_of = vec![None; chars.len()];
        for (r, line) in layout(&text, width, shape).iter().enumerate() {
            for (k, cell) in line.cells.iter().enumerate() {
                for j in cell.logical.clone() {
                    cell_of[j] = Some((r, k));
                }
            }
        }
        for m in 1..chars.len() {
            if !is_combining_mark(chars[m]) {
                continue;
            }
            let base = (0..m).rev().find(|&b| !is_combining_mark(chars[b]));
            if let Some(b) = base.filter(|&b| chars[b].is_alphabetic()) {
                prop_assert_eq!(cell_of[m], cell_of[b], "mark {} left its base {}", m, b);
            }
        }
    }

    #[test]
    fn row_writer_writes_the_padded_rows_of_layout(
        paras in proptest::collection::vec(any_text(), 1..4),
        width in 1usize..50,
        shape: bool,
    ) {
        // One writer for every paragraph: its reused buffers must not leak between them.
        let mut writer = RowWriter::default();
        let opts = LayoutOptions { width, shape, direction: None };
        let mut got = String::new();
        let mut want = String::new();
        for p in &paras {
            writer.write(p, &opts, &mut got);
            for line in layout(p, width, shape) {
                line.write_padded(width, &mut want);
                want.push('\n');
            }
        }
        prop_assert_eq!(got, want);
    }

    #[test]
    fn pure_ltr_is_plain_wrapping(
        words in proptest::collection::vec("[a-zA-Z][a-zA-Z0-9.,;!?'-]{0,13}", 1..25),
        width in 1usize..40,
    ) {
        let text = words.join(" ");
        let lines = layout(&text, width, true);
        let got: Vec<String> = lines.iter().map(|l| {
            l.cells.iter().map(|c| c.glyph.as_str()).collect::<String>()
        }).collect();
        prop_assert_eq!(got, plain_wrap(&words, width));
        for l in &lines {
            prop_assert_eq!(l.direction, Direction::Ltr);
            prop_assert_eq!(l.indent, 0);
        }
    }
}

/// Greedy word wrapping of single-space-separated words, cutting words longer than the row.
fn plain_wrap(words: &[String], width: usize) -> Vec<String> {
    let mut rows = Vec::new();
    let mut cur = String::new();
    for w in words {
        if !cur.is_empty() && cur.len() + 1 + w.len() <= width {
            cur.push(' ');
            cur.push_str(w);
            continue;
        }
        if !cur.is_empty() {
            rows.push(std::mem::take(&mut cur));
        }
        let mut w = w.as_str();
        while w.len() > width {
            rows.push(w[..width].to_string());
            w = &w[width..];
        }
        cur = w.to_string();
    }
    rows.push(cur);
    rows
}

#[test]
fn leading_marks_and_tiny_panes_do_not_panic() {
    for text in [
        "\u{064E}",
        "\u{064E}\u{0651}بدأ",
        "\u{200D}لا",
        "ع\u{200D}لا",
        "\u{2067}",
        "\u{0301}abc",
        "👨\u{200D}👩\u{200D}👧",
        "📰",
        "",
        " ",
    ] {
        for width in 1..4 {
            for shape in [true, false] {
                let lines = layout(text, width, shape);
                assert!(
                    lines.iter().all(|l| l.indent + l.width() <= width),
                    "{text:?}"
                );
            }
        }
    }
}
