//! Row models of the lists: which screen row shows which item. The state pages and maps
//! clicks with them, the UI draws them, so both agree on what is where.

use crate::extract::EntityKind;

/// Screen rows per article in the article list: the number, outlet and date, then the title
/// (one row showed only a word or two of the title at 120×40).
pub const ARTICLE_ROWS: usize = 2;

/// Screen rows per story in the story list: its number and title, then its outlets, date
/// span and number of articles.
pub const STORY_ROWS: usize = 2;

/// The mark before an estimated date: one resolved against a date borrowed from another
/// article (`Event::inferred`). Explained in the help screen's legend.
pub const ESTIMATED: &str = "~";

/// The mark after a date whose written weekday disagrees with it (`Event::conflict`).
pub const CONFLICT: &str = "!";

/// The mark after an article's date read from its own text rather than its metadata (a date
/// line, an embedded post, a full date agreeing with a weekday), in the article list.
pub const FROM_TEXT: &str = "°";

/// A row of the entities pane: a kind heading with how many entities it has, or the entity
/// at this position of the visible entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityRow {
    Heading(EntityKind, usize),
    Entity(usize),
}

/// The rows of entities already grouped by kind (`kinds` in pane order): a heading before
/// each group.
pub fn entity_rows(kinds: &[EntityKind]) -> Vec<EntityRow> {
    let mut out = Vec::with_capacity(kinds.len() + 3);
    let mut i = 0;
    for group in kinds.chunk_by(|a, b| a == b) {
        if let Some(&kind) = group.first() {
            out.push(EntityRow::Heading(kind, group.len()));
            out.extend((i..i + group.len()).map(EntityRow::Entity));
        }
        i += group.len();
    }
    out
}

/// Where the selected entity stands among the rows (headings included).
pub fn entity_row_of(rows: &[EntityRow], selected: usize) -> usize {
    rows.iter()
        .position(|r| *r == EntityRow::Entity(selected))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_before_each_kind() {
        use EntityKind::*;
        let rows = entity_rows(&[Person, Person, Place]);
        assert_eq!(
            rows,
            vec![
                EntityRow::Heading(Person, 2),
                EntityRow::Entity(0),
                EntityRow::Entity(1),
                EntityRow::Heading(Place, 1),
                EntityRow::Entity(2),
            ]
        );
        assert_eq!(entity_row_of(&rows, 2), 4);
        assert!(entity_rows(&[]).is_empty());
    }
}
