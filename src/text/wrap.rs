//! Greedy wrapping in logical order by cell widths: break at spaces, drop the spaces at a
//! break, hard-break a word longer than the row.

use std::ops::Range;

/// Logical `char` ranges of the rows of a paragraph whose characters have `widths` cells.
/// Spaces at a break are left out of both rows; trailing spaces of the last row are kept only
/// as far as they fit.
pub(super) fn wrap(chars: &[char], widths: &[usize], width: usize) -> Vec<Range<usize>> {
    let n = chars.len();
    let mut rows = Vec::new();
    let mut start = 0;
    while start < n {
        let (mut used, mut last_space, mut i) = (0, None, start);
        while i < n {
            if chars[i] == ' ' {
                last_space = Some(i);
            } else if used + widths[i] > width {
                break;
            }
            used += widths[i];
            i += 1;
        }
        if i >= n {
            // Last row: keep trailing spaces only while they fit.
            let mut end = n;
            while end > start && chars[end - 1] == ' ' && used > width {
                used -= widths[end - 1];
                end -= 1;
            }
            rows.push(start..end);
            break;
        }
        let end = match last_space {
            Some(s) if s >= start => s + 1,
            _ => i.max(start + 1),
        };
        let mut trimmed = end;
        while trimmed > start && chars[trimmed - 1] == ' ' {
            trimmed -= 1;
        }
        rows.push(start..trimmed);
        start = end;
    }
    if rows.is_empty() {
        rows.push(0..0);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::wrap;

    fn rows(s: &str, w: usize) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        let widths = vec![1; chars.len()];
        wrap(&chars, &widths, w)
            .into_iter()
            .map(|r| chars[r].iter().collect())
            .collect()
    }

    #[test]
    fn breaks_at_spaces_and_drops_them() {
        assert_eq!(rows("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert_eq!(rows("aa  bb", 3), vec!["aa", "bb"]);
    }

    #[test]
    fn hard_breaks_long_words() {
        assert_eq!(rows("abcdefg", 3), vec!["abc", "def", "g"]);
    }

    #[test]
    fn empty_is_one_row() {
        assert_eq!(rows("", 3), vec![""]);
    }
}
