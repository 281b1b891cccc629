//! The publication date of a pasted text's lines: datelines (`12:13 - 18/02/2024`, `نشر في
//! …`, `آخر تحديث: …`, `Posted by X on DATE`), a date opening the lede, an embedded post's
//! signature. Rules are about the shapes such lines take on Arabic news pages; the dates
//! themselves are read by `dates.rs`.

use chrono::NaiveDate;

use super::dates::date_in;
use super::lines::Line;
use crate::text::normalize;

/// Words that open a publication or update line (`نشر في`, `آخر تحديث`, `Published`),
/// normalized. A labelled line may be longer than a bare dateline.
const PUBLISHED_LABELS: &[&str] = &[
    "نشر",
    "تم النشر",
    "تاريخ النشر",
    "published",
    "posted",
    "date",
    "publié le",
    "publiziert am",
    "veröffentlicht am",
    "publicado el",
    "pubblicato il",
    // Chinese, Japanese and Korean: "publication time/date", "posted", "article entered".
    "发布时间",
    "发布日期",
    "发表时间",
    "發佈時間",
    "發布時間",
    "公開日",
    "掲載日",
    "配信日",
    "投稿日",
    "発行日",
    "기사입력",
    "입력",
    "등록일",
];
const UPDATED_LABELS: &[&str] = &[
    "اخر تحديث",
    "تحديث",
    "تم التحديث",
    "updated",
    "last updated",
    "mis à jour le",
    "aktualisiert am",
    "actualizado el",
    "更新日",
    "最終更新日",
    "更新时间",
    "수정",
];

/// Whether a line is a publication or update label alone (`Published:`, `تاريخ النشر`,
/// `公開日`), whose date the page sets in the next element (`<dt>Published</dt><dd>…</dd>`):
/// `Some(update)`, or `None` when the line is more than a label.
pub fn label_alone(text: &str) -> Option<bool> {
    let norm = normalize(text).text;
    let bare = norm.trim().trim_end_matches([':', '-', '|']).trim_end();
    if UPDATED_LABELS.contains(&bare) {
        Some(true)
    } else if PUBLISHED_LABELS.contains(&bare) {
        Some(false)
    } else {
        None
    }
}

/// Words that open a byline after a publication label (`Posted by NAME on DATE`, `نشر بواسطة
/// X في DATE`): the date may then come a few names later.
const BY_WORDS: &[&str] = &["by", "بواسطة", "بقلم", "par", "von", "por"];

/// Words after a label in which its date must start; after a by-word, a few names more.
const LABEL_DATE_WORDS: usize = 4;
const BYLINE_DATE_WORDS: usize = 9;

/// Words after a label a date begun in its first words may run to (a Hijri date, then the
/// Gregorian one).
const LABEL_DATE_MAX_WORDS: usize = 12;

/// Words of a byline's name a label may follow inside a line.
const LABEL_AFTER_WORDS: usize = 5;

/// Letters an unlabelled date line may have: ten words of a long date in Arabic letters fit.
const DATELINE_LETTERS: usize = 60;

/// Words a labelled date line may have.
const LABELLED_WORDS: usize = 16;

/// What a dateline says: the date, and whether it is an update rather than the publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    pub date: NaiveDate,
    pub update: bool,
    /// Opened by a publication or update label (`نشر في`, `Published`), not a bare date.
    pub labelled: bool,
}

/// The date of a dateline such as `12:13 - 18/02/2024`, `26 يناير 2024، 8:03 م`,
/// `2024-02-18T10:00`, `نشر :  12:30 2020-10-07|`, `آخر تحديث: …`: a short line that is mostly
/// a date (and a time, a section label), or a line opening with a publication or update label.
pub fn dateline(line: &Line) -> Option<NaiveDate> {
    dateline_of(line).map(|d| d.date)
}

/// [`dateline`], telling a publication line from an update line.
pub fn dateline_of(line: &Line) -> Option<Dateline> {
    // The date's and the time's numbers are one word each to a reader (`2012-09-26 11:09:00`
    // is not six words, `08:34 PM` not three).
    let words = line
        .words
        .iter()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .count();
    if words > LABELLED_WORDS {
        return None;
    }
    let norm = normalize(&line.text).text;
    // A label, then (after `:`, `في`, a dash) the date itself within a few words: `نشر الجيش
    // قواته` is a sentence, not a label. The label opens the line or follows a byline's name
    // (`Von Moritz Bachmann publiziert am 25. September 2018`); the first label found tells a
    // publication line from an update line.
    let dated = |rest: &str| {
        let punctuation = |c: char| c.is_whitespace() || ":|-–".contains(c);
        let rest = rest.trim_start_matches(punctuation);
        // `نشر في 5 يناير`, `نُشر في: الخميس …`.
        let rest = rest
            .strip_prefix("في")
            .filter(|r| r.starts_with(punctuation))
            .map_or(rest, |r| r.trim_start_matches(punctuation));
        let by = rest
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(':'))
            .is_some_and(|w| BY_WORDS.iter().any(|b| normalize(b).text == w));
        let within = if by {
            BYLINE_DATE_WORDS
        } else {
            LABEL_DATE_WORDS
        };
        let head: Vec<&str> = rest.split_whitespace().take(within).collect();
        // A date begun in the head (a number: `الخميس 15 رجب 1445 هـ - 25 يناير 2024`, the
        // Hijri date before the Gregorian one) may end later in the line.
        let begun = head.iter().any(|w| w.chars().any(|c| c.is_numeric()));
        let whole: Vec<&str> = rest.split_whitespace().take(LABEL_DATE_MAX_WORDS).collect();
        date_in(&head.join(" ")).is_some() || begun && date_in(&whole.join(" ")).is_some()
    };
    let word_starts = std::iter::once(0).chain(
        norm.char_indices()
            .filter(|(_, c)| c.is_whitespace())
            .map(|(i, c)| i + c.len_utf8())
            .take(LABEL_AFTER_WORDS),
    );
    let mut label = None;
    for at in word_starts {
        let Some(from) = norm.get(at..) else { continue };
        let found = |labels: &[&str]| {
            labels.iter().any(|l| {
                // Inside a line, a whole word and never the bare `date`.
                let inside_ok = at == 0 || *l != "date";
                from.strip_prefix(l).is_some_and(|rest| {
                    let whole = at == 0 || !rest.starts_with(char::is_alphanumeric);
                    inside_ok && whole && dated(rest)
                })
            })
        };
        if found(UPDATED_LABELS) {
            label = Some(true);
        } else if found(PUBLISHED_LABELS) {
            label = Some(false);
        }
        if label.is_some() {
            break;
        }
    }
    let update = label == Some(true);
    let labelled = label.is_some();
    // `By NAME on DATE`, `Written by NAME on DATE`: a byline states its article's date, however
    // many words the name and a weekday and time take. Not a label: a byline in a list of
    // other stories is theirs, so the line counts only where a bare dateline would.
    let byline =
        !labelled && (byline_from(&norm).is_some_and(byline_dated) || name_bar_date(&norm));
    // Ten words at most; and few letters, for scripts written without spaces (a Chinese
    // paragraph is one "word" and may open with its date): a Han, kana or Hangul character
    // weighs as much as a short word's letters.
    let letters: usize = line
        .text
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| if east_asian_letter(c) { 3 } else { 1 })
        .sum();
    if !labelled && !byline && (words > DATELINE_WORDS || letters > DATELINE_LETTERS) {
        return None;
    }
    let date = date_in(&line.text)?;
    // Mostly a date: few words that are not digits, times, month names or am/pm.
    let other = norm
        .split(|c: char| c.is_whitespace() || "،,|()[]".contains(c))
        .filter(|t| !t.chars().any(|c| c.is_ascii_digit()) && t.chars().count() > 1)
        .filter(|t| !ZONE_WORDS.contains(t))
        .count();
    (labelled || byline || other <= 5).then_some(Dateline {
        date,
        update,
        labelled,
    })
}

/// The line after its by-word, if it opens with one (`By`, `Von`, `بقلم`), with a verb of
/// writing before one (`Written by`, `Reported by`), or with `كتب:` (the colon makes it a
/// byline: `كتب الوزير…` opens a sentence).
fn byline_from(norm: &str) -> Option<&str> {
    let is_by = |w: &str| BY_WORDS.iter().any(|b| normalize(b).text == w);
    let (first, rest) = norm.split_once(char::is_whitespace)?;
    let rest = rest.trim_start();
    let wrote_colon = first
        .strip_suffix(':')
        .is_some_and(|w| WROTE_COLON_WORDS.contains(&w));
    if is_by(first) || wrote_colon {
        return Some(rest);
    }
    let (second, after) = rest.split_once(char::is_whitespace)?;
    (WROTE_WORDS.contains(&first) && is_by(second)).then_some(after)
}

/// Whether a byline's date follows its name (the text after the by-word): within nine words,
/// or begun there (a number) and ended a few words later. A name comes first: `By March 5,
/// 2020, the ministry…` opens a sentence, not a byline.
fn byline_dated(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().collect();
    let upto = |n: usize| words.iter().take(n).copied().collect::<Vec<_>>().join(" ");
    if date_in(&upto(3)).is_some() {
        return false;
    }
    let head = upto(BYLINE_DATE_WORDS - 1);
    let begun = head.chars().any(char::is_numeric);
    date_in(&head).is_some() || begun && date_in(&upto(LABEL_DATE_MAX_WORDS)).is_some()
}

/// `Adel Bin Ibrahim Bin Elhady | 28.11.2025 - محدث : 28.11.2025`, `عادل أحمد | 28.11.2025`:
/// a page's byline as a name, a bar, then the date (and an update's), however many words a
/// long Latin transliteration of the name takes. The name has no digits or sentence marks,
/// and the date begins right after the bar: a headline with a date later in it is no byline.
/// User test 3 class 9 (engineer 14z).
fn name_bar_date(norm: &str) -> bool {
    let Some((name, rest)) = norm.split_once('|') else {
        return false;
    };
    let words = name.split_whitespace().count();
    let name_shaped = (1..=BAR_NAME_WORDS).contains(&words)
        && !name
            .chars()
            .any(|c| c.is_numeric() || ".،,:؛;؟?!\"«»“”()".contains(c));
    let head: Vec<&str> = rest.split_whitespace().take(LABEL_DATE_MAX_WORDS).collect();
    let begun = head
        .iter()
        .take(2)
        .any(|w| w.chars().any(|c| c.is_numeric()));
    name_shaped && begun && date_in(&head.join(" ")).is_some()
}

/// Words a byline's name before its bar may have (`Adel Bin Ibrahim Bin Elhady Elthabti`).
const BAR_NAME_WORDS: usize = 8;

/// Arabic verbs of writing that open a byline when a colon follows them (`كتب: X`).
const WROTE_COLON_WORDS: &[&str] = &["كتب", "كتبت"];

/// Words of writing a byline may open with before its by-word (`Written by`), normalized.
const WROTE_WORDS: &[&str] = &[
    "written",
    "reported",
    "geschrieben",
    "écrit",
    "escrito",
    "scritto",
];

/// Words (besides numbers) an unlabelled date line may have.
const DATELINE_WORDS: usize = 10;

/// Time zones written after a dateline's time (`11:10 PM UTC`, `بتوقيت غرينتش`): part of the
/// date, not other words (normalized, lower case).
const ZONE_WORDS: &[&str] = &[
    "utc",
    "gmt",
    "est",
    "edt",
    "cst",
    "cdt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "bst",
    "jst",
    "توقيت",
    "بتوقيت",
    "غرينتش",
    "جرينتش",
];

/// A Han, kana or Hangul character (a syllable or a word, not a letter).
fn east_asian_letter(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// A date opening a lede (`الأحد 1 نوفمبر/تشرين الثاني 2020 - قالت …`): looked for in its first
/// words only, so a date in the story's prose is not the publication date.
pub fn lede_date(line: &Line) -> Option<NaiveDate> {
    let head: Vec<&str> = line.text.split_whitespace().take(LEDE_DATE_WORDS).collect();
    date_in(&head.join(" "))
}

/// The date an embedded post's signature line gives (`— وزارة الخارجية (@MofaIraq) November
/// 1, 2020`, as a pasted tweet ends): a dash, a name, a bracketed `@handle`, then the date.
/// Weaker than any dateline or lede date: the post may be older than the article.
pub fn embed_date(line: &Line) -> Option<NaiveDate> {
    if line.words.len() > LABELLED_WORDS {
        return None;
    }
    let rest = line.text.trim_start().strip_prefix(['—', '–', '-'])?;
    let (_, after) = rest.split_once("(@")?;
    let (_, date) = after.split_once(')')?;
    date_in(date)
}

/// How many opening words of a lede may hold its date.
const LEDE_DATE_WORDS: usize = 7;

#[cfg(test)]
#[path = "datelines_tests.rs"]
mod tests;
