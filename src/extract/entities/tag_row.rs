//! Tag rows: the list of names and topics a site prints under an article (`سمات أمر ملكي
//! الملك سلمان بندر عسيري هيئة الإعلام`), often glued to the last paragraph. Its items are
//! separated by spaces alone, so a name can run from one item into the next (`سلمان بندر
//! عسيري`, two people). A row is the paragraph's last stretch after punctuation (or the whole
//! paragraph): six words or more, no function word, and at least two names found in it — a
//! sentence of six words has a function word (a verb is no sign: `أمر ملكي`, a royal order,
//! is a tag). In a row, a person right after a title is
//! the title's own: the given name and its `بن`/`عبد` chain, nothing after.

use super::gazetteer::Gazetteer;
use super::people::is_joiner;
use super::recognize::{Found, Span, found};
use super::tokens::Token;
use crate::extract::EntityKind;
use crate::text::Normalized;

/// The first token of the paragraph's tag row, if it ends with one.
fn row_start(g: &Gazetteer, tokens: &[Token], names: &[Found]) -> Option<usize> {
    let start = tokens.iter().rposition(|t| t.boundary && !t.comma_before)?;
    let row = tokens.get(start..)?;
    let plain = row.len() >= 6 && !row.iter().any(|t| g.is_stop(t));
    let named = names.iter().filter(|f| f.first >= start).count();
    (plain && named >= 2).then_some(start)
}

/// `names` with each person in a tag row that follows a title cut after its given name
/// (and that name's joiner chain).
pub fn cut_in_tag_rows(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    names: Vec<Found>,
) -> Vec<Found> {
    let Some(start) = row_start(g, tokens, &names) else {
        return names;
    };
    names
        .into_iter()
        .map(|f| {
            let titled = f.first > start
                && tokens
                    .get(f.first - 1)
                    .is_some_and(|p| g.title_words.contains(&p.norm));
            if f.kind != EntityKind::Person || f.first < start || !titled {
                return f;
            }
            // The given name, and a joiner with the word after it, as often as they come.
            let mut last = f.first;
            while last + 2 <= f.last && tokens.get(last + 1).is_some_and(|t| is_joiner(&t.norm)) {
                last += 2;
            }
            let keep = last - f.first + 1;
            match (f.words.get(..keep), tokens.get(f.first)) {
                (Some(ws), Some(head)) if last < f.last => {
                    let ws = ws.to_vec();
                    let clitic = head
                        .norm
                        .chars()
                        .count()
                        .saturating_sub(ws.first().map_or(0, |w| w.chars().count()));
                    let key = format!("Person:{}", ws.join(" "));
                    let span = Span {
                        first: f.first,
                        clitic,
                        last,
                    };
                    found(EntityKind::Person, key, ws, tokens, norm, span)
                }
                _ => f,
            }
        })
        .collect()
}
