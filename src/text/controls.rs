//! What an article may send to a terminal: decided here, once (issue 12, item 5).
//!
//! Text from files is data, never terminal commands. C0 controls (ESC, BEL, BS, CR, …), DEL
//! and the C1 controls U+0080–U+009F (U+009B is a one-character CSI) are shown as visible
//! placeholders — the Control Pictures (`␛`, `␇`, `␍`, `␡`) and `�` for C1 — each one cell
//! wide, as the layout counts them, so rows keep their widths. A tab is a space. Every glyph
//! the text engine produces passes through [`visible`]; messages that quote file names or
//! user input pass through [`printable`].
//!
//! Bidi controls inside a metadata field are balanced by [`isolated`] so the field cannot
//! close the isolate it is shown in and reorder the rest of its row.

use std::borrow::Cow;

/// The glyph shown for `c`: `c` itself unless it is a control character.
pub fn visible(c: char) -> char {
    match c {
        '\t' => ' ',
        // U+2400 + c is the Control Picture for C0 `c` (`␛` for ESC).
        '\0'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        '\u{80}'..='\u{9F}' => '\u{FFFD}',
        _ => c,
    }
}

/// Is `c` replaced by [`visible`]?
pub fn is_terminal_control(c: char) -> bool {
    visible(c) != c
}

/// `s` with every control character replaced by its placeholder (newlines kept when
/// `keep_newlines`): for messages on stderr that quote a file name or what a user typed.
pub fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_terminal_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(visible).collect())
}

/// Write `khabar: MESSAGE` on stderr, with any control character in it (a file name, a
/// query) shown as a placeholder. A failing stderr is ignored: there is no one left to tell.
pub fn warn(msg: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let line = printable(&msg.to_string()).into_owned();
    let _ = writeln!(std::io::stderr().lock(), "khabar: {line}");
}

const FSI: char = '\u{2068}';
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const PDI: char = '\u{2069}';

/// `text` between `open` (an isolate initiator) and PDI, with its own isolates balanced: a
/// PDI that closes nothing inside the field is dropped (it would close the field's isolate
/// and let an override after it reorder the rest of the row), an isolate left open is closed
/// before the field's PDI. Embeddings and overrides need no care: the closing PDI ends them
/// (UAX #9, X6a).
pub fn isolated(open: char, text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    out.push(open);
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            LRI | RLI | FSI => {
                depth += 1;
                out.push(c);
            }
            PDI if depth == 0 => {}
            PDI => {
                depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out.extend(std::iter::repeat_n(PDI, depth + 1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_c0_c1_and_del_is_replaced_by_a_one_cell_glyph() {
        for c in (0u32..0x20).chain(0x7F..0xA0).filter_map(char::from_u32) {
            let v = visible(c);
            assert!(!v.is_control(), "{c:?} -> {v:?}");
            assert_eq!(crate::text::cell_width(v), 1, "{c:?} -> {v:?}");
        }
        assert_eq!(visible('\u{1b}'), '␛');
        assert_eq!(visible('\r'), '␍');
        assert_eq!(visible('\u{7}'), '␇');
        assert_eq!(visible('ب'), 'ب');
        assert_eq!(printable("a\u{1b}[2Jb"), "a␛[2Jb");
    }

    #[test]
    fn a_stray_pdi_cannot_close_the_fields_isolate() {
        let s = isolated(FSI, "\u{2069}\u{202E}outlet");
        assert_eq!(s, "\u{2068}\u{202E}outlet\u{2069}");
        let s = isolated(FSI, "a\u{2067}b");
        assert_eq!(s, "\u{2068}a\u{2067}b\u{2069}\u{2069}");
        let s = isolated(RLI, "\u{2066}x\u{2069}\u{2069}");
        assert_eq!(s, "\u{2067}\u{2066}x\u{2069}\u{2069}");
    }
}
