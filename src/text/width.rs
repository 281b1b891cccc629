//! Cell widths, as terminals (and ratatui) count them.

use unicode_width::UnicodeWidthChar;

/// Display width of one character: 0 for marks and format characters, 2 for wide and
/// full-width characters (CJK, most emoji), 1 otherwise. Control characters are 0: they are
/// never drawn.
pub fn cell_width(c: char) -> usize {
    if c == '\u{FEFF}' {
        return 0;
    }
    c.width().unwrap_or(0)
}

/// Characters that take no cell and are not marks: bidi controls, ZWJ/ZWNJ, BOM, other format
/// and control characters. They steer layout and are then dropped from the screen.
pub fn is_removed(c: char) -> bool {
    cell_width(c) == 0 && !is_mark(c)
}

/// Combining marks (general categories Mn, Me): zero width, drawn on their base.
pub fn is_mark(c: char) -> bool {
    use unicode_normalization::char::is_combining_mark;
    is_combining_mark(c)
}
