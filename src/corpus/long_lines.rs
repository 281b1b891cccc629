//! Over-long lines cut into paragraphs. A line of tens of thousands of characters is no
//! paragraph anyone wrote: it is a PDF's text, a page flattened without its breaks, or a
//! scraper's field. Read as one paragraph it is unreadable on screen, and every step that
//! looks at a paragraph's names together (the combination of rules and tagger, short forms)
//! grows with the square of its names — a 3 MB line took minutes. It is cut at sentence ends
//! into paragraphs of news length; the text is kept whole, only the breaks are added.

/// Lines up to this many characters stay as they are (the longest paragraphs of real news
/// are a few hundred words).
const MAX_CHARS: usize = 3_000;

/// A cut paragraph is closed at the first sentence end after this many characters.
const TARGET_CHARS: usize = 1_200;

/// `text` as one paragraph, or cut into several when it is over [`MAX_CHARS`]: after a
/// sentence end (`.`, `!`, `?`, `؟`, `…`, `۔` before a space) once a piece holds
/// [`TARGET_CHARS`], else at a space once it holds [`MAX_CHARS`], else (no space at all) at
/// [`MAX_CHARS`] characters.
pub fn paragraphs(text: &str) -> Vec<String> {
    if text.len() <= MAX_CHARS || text.chars().count() <= MAX_CHARS {
        return vec![text.to_string()];
    }
    let mut out = Vec::new();
    let mut piece = String::new();
    let mut n = 0;
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let sentence_end = matches!(prev, Some('.' | '!' | '?' | '؟' | '…' | '۔'));
        let cut = c.is_whitespace() && ((sentence_end && n >= TARGET_CHARS) || n >= MAX_CHARS);
        if cut || (n >= MAX_CHARS * 2) {
            let p = piece.trim();
            if !p.is_empty() {
                out.push(p.to_string());
            }
            piece.clear();
            n = 0;
        }
        piece.push(c);
        n += 1;
        prev = Some(c);
    }
    let p = piece.trim();
    if !p.is_empty() {
        out.push(p.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_news_paragraph_stays_whole() {
        let p = "قال الوزير في بغداد إن الزيارة مهمة. ".repeat(40);
        assert_eq!(paragraphs(p.trim()), vec![p.trim().to_string()]);
    }

    #[test]
    fn a_huge_line_is_cut_at_sentence_ends_and_keeps_every_word() {
        let s = "قال الوزير في بغداد إن الزيارة مهمة للبلدين. ";
        let line = s.repeat(2_000);
        let out = paragraphs(line.trim());
        assert!(out.len() > 10, "{}", out.len());
        for p in &out {
            let n = p.chars().count();
            assert!(n <= MAX_CHARS * 2, "{n}");
            assert!(p.ends_with('.'), "cut after a sentence's end: {p}");
        }
        let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&out.join(" ")), words(&line));
    }

    #[test]
    fn without_sentence_ends_or_spaces_a_cut_still_comes() {
        let no_stop = "كلمة ".repeat(5_000);
        let out = paragraphs(no_stop.trim());
        assert!(out.iter().all(|p| p.chars().count() <= MAX_CHARS + 5));
        let one_word = "ب".repeat(20_000);
        let out = paragraphs(&one_word);
        assert_eq!(out.concat(), one_word);
        assert!(out.iter().all(|p| p.chars().count() <= MAX_CHARS * 2));
    }
}
