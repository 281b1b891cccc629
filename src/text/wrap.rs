//! Greedy wrapping in logical order by cell widths (before any reordering).
//!
//! The policy is the reference's: a row takes characters while they fit; spaces always fit
//! (they are where rows break); a row ends after the last space that fit, and the spaces at a
//! break are dropped; a word longer than the row is cut where the row is full. Only U+0020
//! breaks: a no-break space keeps its words together. One addition: the spaces at the very end
//! of a paragraph are dropped where they would make the last row wider than the pane (the
//! reference would print a row wider than the pane there).

use std::ops::Range;

/// Logical `[start, end)` ranges of the rows of `shaped` (with per-char `widths`) in a pane of
/// `width` cells. An empty paragraph has one empty row.
pub(crate) fn wrap(shaped: &[char], widths: &[u8], width: usize) -> Vec<Range<usize>> {
    let n = shaped.len().min(widths.len());
    // The characters from `from` on, with their widths.
    let cells = |from: usize| {
        let chars = shaped.get(from..n).unwrap_or_default();
        chars.iter().zip(widths.get(from..n).unwrap_or_default())
    };
    let mut rows = Vec::new();
    let mut start = 0;
    while start < n {
        let mut used = 0usize;
        let mut last_space = None;
        let mut i = start;
        for (&c, &w) in cells(start) {
            let cw = usize::from(w);
            let space = c == ' ';
            if space {
                last_space = Some(i);
            }
            if used + cw > width && !space {
                break;
            }
            used += cw;
            i += 1;
        }
        if i >= n {
            rows.push(start..n);
            break;
        }
        let end = match last_space {
            Some(p) => p + 1,
            None => {
                // A hard break after a glyph wider than the row keeps the marks that follow
                // it on its row: a mark never starts a row of its own.
                let from = i.max(start + 1);
                let marks = cells(from).take_while(|&(&c, &w)| w == 0 && c != ' ');
                from + marks.count()
            }
        };
        rows.push(start..end);
        start = end;
    }
    for row in &mut rows {
        let row_chars = shaped.get(row.clone()).unwrap_or_default();
        let spaces = row_chars.iter().rev().take_while(|&&c| c == ' ').count();
        if row.end != n {
            row.end -= spaces;
        } else {
            // Spaces are one cell each: drop as many as make the row overflow.
            let row_widths = widths.get(row.clone()).unwrap_or_default();
            let used: usize = row_widths.iter().map(|&w| usize::from(w)).sum();
            row.end -= spaces.min(used.saturating_sub(width));
        }
    }
    if rows.is_empty() {
        rows.push(0..0);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(s: &str, width: usize) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        let widths = vec![1u8; chars.len()];
        wrap(&chars, &widths, width)
            .into_iter()
            .map(|r| chars[r].iter().collect())
            .collect()
    }

    #[test]
    fn breaks_at_spaces_and_drops_them() {
        assert_eq!(rows("aaa bbb ccc", 7), ["aaa bbb", "ccc"]);
        assert_eq!(rows("aaa  bbb", 4), ["aaa", "bbb"]);
    }

    #[test]
    fn hard_breaks_a_long_word() {
        assert_eq!(rows("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(rows("ab cdefgh", 3), ["ab", "cde", "fgh"]);
    }

    #[test]
    fn trailing_spaces_never_overflow() {
        assert_eq!(rows("ab     ", 4), ["ab  "]);
        assert_eq!(rows("", 4), [""]);
    }
}
