//! The status bar: source i/N, outlet, date, reading position, and `mention i/N` (or
//! `hit i/N`) while cycling — or the search prompt while typing a query.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::Widget;

use super::articles::thousands;
use super::draw::{fill_row, one_row};
use super::{Ui, ui_direction};
use crate::app::action::Command;
use crate::app::keymap::Layer;
use crate::app::state::{AnalysisState, State, Target};
use crate::i18n::tr;
use crate::text::Direction;
use crate::text::{LayoutOptions, VisualLine, layout_paragraph};
use unicode_bidi::BidiClass;

/// The status text (also used by tests).
pub fn text(s: &State) -> String {
    if s.stories.listing() {
        return list_text(s);
    }
    let n = s.corpus.articles.len();
    let mut parts = Vec::new();
    if let (Some(k), Some(_)) = (s.stories.open, &s.folder) {
        parts.push(format!(
            "{} {}/{}",
            tr(s.lang, "story"),
            k + 1,
            s.stories.items.len()
        ));
    }
    if let Some((done, total)) = s.loading {
        parts.push(format!(
            "{} {}/{}",
            tr(s.lang, "loading"),
            thousands(done),
            thousands(total)
        ));
    }
    if n > 0 {
        parts.push(format!(
            "{} {}/{}",
            tr(s.lang, "source"),
            thousands(s.open + 1),
            thousands(n)
        ));
        // Outlet and date as separate parts, so each keeps its own direction.
        parts.extend(s.meta_line(s.open).split(" · ").map(str::to_string));
    }
    // Reading position (while the article is on screen): 0% at the top, 100% when the last
    // row is on screen.
    if n > 0 && s.layout.body.is_some() {
        let hidden = s
            .body
            .rows
            .len()
            .saturating_sub(usize::from(s.layout.body_text().1));
        let pct = (s.body.scroll.min(hidden) * 100)
            .checked_div(hidden)
            .unwrap_or(100);
        parts.push(format!("{pct}%"));
    }
    if let (Some(c), Some(t)) = (s.walk.cursor, s.walk.target) {
        let word = if t == Target::Search {
            "hit"
        } else {
            "mention"
        };
        // Searching all stories counts the hits of the whole folder.
        let (i, total) = match crate::app::stories::hit_position(s) {
            Some(p) if t == Target::Search => p,
            _ => (c + 1, s.marks().len()),
        };
        parts.push(format!("{} {i}/{total}", tr(s.lang, word)));
    }
    if s.folder.is_some() {
        let key = s
            .keymap
            .key_for(Layer::Reader, Command::Stories)
            .unwrap_or("Backspace");
        parts.push(format!("{key} {}", tr(s.lang, "stories_word")));
    }
    if s.show_boilerplate {
        parts.push(tr(s.lang, "boilerplate").to_string());
    }
    if let AnalysisState::Failed(reason) = &s.analysis {
        parts.push(format!("{}: {reason}", tr(s.lang, "analysis_failed")));
    }
    if let Some(m) = &s.message {
        parts.push(m.clone());
    }
    parts.extend(super::failures::status_part(s));
    parts.extend(super::failures::model_part(s));
    // The help's key as the keymap has it (a config may have moved it from `?`).
    let key = s
        .keymap
        .key_for(Layer::Reader, Command::Help)
        .unwrap_or("?");
    parts.push(format!("{key} {}", tr(s.lang, "help_word")));
    // Each part is a first-strong isolate (FSI … PDI): an Arabic outlet name must not pull
    // the neighbouring numbers into its run (`0 · … ﺔﻔﻴﺤﺻ%` instead of `ﺔﻔﻴﺤﺻ · 0%`).
    parts
        .iter()
        .map(|p| super::draw::iso(p))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The status text under the story list: how many stories, the hits of the last search,
/// and the list's keys as the keymap has them.
fn list_text(s: &State) -> String {
    let mut parts = vec![format!(
        "{} {}/{}",
        tr(s.lang, "story"),
        thousands(s.stories.list.sel + 1),
        thousands(s.stories.items.len())
    )];
    if let Some(f) = &s.folder {
        parts.push(format!(
            "{} {}",
            thousands(f.corpus.articles.len()),
            tr(s.lang, "article_many")
        ));
    }
    if !s.search.folder_hits.is_empty() {
        parts.push(format!(
            "{} {}",
            thousands(s.search.folder_hits.len()),
            tr(s.lang, "hit")
        ));
    }
    if let Some(m) = &s.message {
        parts.push(m.clone());
    }
    for (cmd, word) in [
        (Command::Activate, "open_word"),
        (Command::ToggleSort, "sort_word"),
        (Command::Search, "search"),
        (Command::Help, "help_word"),
    ] {
        if let Some(key) = s.keymap.key_for(Layer::Stories, cmd) {
            parts.push(format!("{key} {}", tr(s.lang, word)));
        }
    }
    parts
        .iter()
        .map(|p| super::draw::iso(p))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The prompt's label: what the search spans, in a folder of several stories, and in a
/// story the key that widens or narrows it (`search this story (Tab: all stories): `).
fn prompt_label(s: &State) -> String {
    use crate::app::panes::search::Scope;
    let (key, other) = match (&s.folder, crate::app::stories::scope(s)) {
        (None, _) => ("search", None),
        (Some(_), Scope::All) => ("search_all", Some("all_to_story")),
        (Some(_), Scope::Story) => ("search_story", Some("story_to_all")),
    };
    let toggle = s.keymap.key_for(Layer::Prompt, Command::ToggleScope);
    match (other, toggle, s.stories.open) {
        (Some(other), Some(k), Some(_)) => {
            format!("{} ({k}: {}): ", tr(s.lang, key), tr(s.lang, other))
        }
        _ => format!("{}: ", tr(s.lang, key)),
    }
}

pub struct View<'a> {
    pub s: &'a State,
    pub ui: &'a Ui,
}

impl Widget for &View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, ui) = (self.s, self.ui);
        let style = ui.theme.status;
        fill_row(buf, area, area.y, style);
        if let Some(q) = &s.search.prompt {
            draw_prompt(s, ui, q, area, buf);
            return;
        }
        let row = ui.row(&text(s), area.width, ui_direction(s));
        ui.put(buf, area, area.y, &row, |_| style);
    }
}

/// The search prompt: the label at the UI's start side (left in English, right in Arabic)
/// and the query right next to it, laid out right-to-left by the engine, with a cursor
/// block at its logical end. One spare column on each side of the query field is kept for
/// the cursor; the one next to the label is where the cursor stands after Arabic text.
fn draw_prompt(s: &State, ui: &Ui, q: &str, area: Rect, buf: &mut Buffer) {
    let rtl_ui = s.lang.is_rtl();
    let label = prompt_label(s);
    let prompt_style = ui.theme.prompt;
    fill_row(buf, area, area.y, prompt_style);
    let dir = if rtl_ui {
        Direction::Rtl
    } else {
        Direction::Ltr
    };
    // An RTL row is right-aligned by its indent: the Arabic label lands at the right edge.
    let label_row = one_row(&label, area.width, dir);
    let lw = u16::try_from(label_row.width())
        .unwrap_or(0)
        .min(area.width);
    ui.put(buf, area, area.y, &label_row, |_| {
        prompt_style.add_modifier(Modifier::BOLD)
    });
    let field = Rect {
        x: if rtl_ui { area.x + 1 } else { area.x + lw + 1 },
        width: area.width.saturating_sub(lw + 2),
        ..area
    };
    // Against the label: right-aligned left of the Arabic label, left-aligned after the
    // English one.
    let align = if rtl_ui { Align::Right } else { Align::Left };
    let (row, cursor) = prompt_row(q, field.width, align);
    ui.put(buf, field, area.y, &row, |_| prompt_style);
    let x = field.x.saturating_sub(1) + u16::try_from(cursor).unwrap_or(0);
    if let Some(c) = buf.cell_mut((x.min(area.right().saturating_sub(1)), area.y)) {
        c.set_symbol("▏")
            .set_style(prompt_style.add_modifier(Modifier::SLOW_BLINK));
    }
}

/// Where the query row sits in its field: against the field's right edge or its left edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// The query laid out right-to-left in a field `width` cells wide, placed at `align`, and the
/// cursor's column counted from one cell left of the field (so `0` is the spare column on
/// its left, `width + 1` the one on its right).
///
/// The row shown is the one holding the query's end: while typing, a query longer than the
/// field scrolls so the last words stay visible. The cursor stands where the next character
/// goes, at the query's logical end: left of a final right-to-left character (Arabic, or a
/// trailing space, which takes the paragraph's direction), right of a final Latin letter or
/// digit, which sit in a left-to-right run.
pub fn prompt_row(query: &str, width: u16, align: Align) -> (VisualLine, usize) {
    let opts = LayoutOptions {
        width: usize::from(width.max(1)),
        shape: true,
        direction: Some(Direction::Rtl),
    };
    let mut row = layout_paragraph(query, &opts)
        .pop()
        .unwrap_or_else(|| VisualLine {
            indent: 0,
            cells: Vec::new(),
            direction: Direction::Rtl,
        });
    if align == Align::Left {
        row.indent = 0;
    }
    let field_end = usize::from(width) + 1;
    let chars: Vec<char> = query.chars().collect();
    // Where each visible cell starts, counted like the cursor (one spare column first).
    let mut starts = Vec::with_capacity(row.cells.len());
    let mut x = row.indent + 1;
    for cell in &row.cells {
        starts.push(x);
        x += cell.width;
    }
    // The last character that is drawn (a space the layout dropped has no cell).
    let found = (0..chars.len()).rev().find_map(|i| {
        let k = row.cells.iter().position(|c| c.logical.contains(&i))?;
        Some((i, k))
    });
    let Some((i, k)) = found else {
        // Nothing typed yet: the cursor stands next to the label, where the first
        // character will appear.
        let empty = match align {
            Align::Right => field_end.saturating_sub(1),
            Align::Left => 0,
        };
        return (row, empty);
    };
    let ltr = chars.get(i).is_some_and(|&c| {
        matches!(
            unicode_bidi::bidi_class(c),
            BidiClass::L | BidiClass::EN | BidiClass::AN
        )
    });
    // `k` is the index of a cell, and `starts` has one entry per cell.
    let start = starts.get(k).copied().unwrap_or(row.indent + 1);
    let cursor = if ltr {
        start + row.cells.get(k).map_or(0, |c| c.width)
    } else {
        start.saturating_sub(1)
    };
    (row, cursor.min(field_end))
}

#[cfg(test)]
mod tests {
    use super::{Align, prompt_row};

    /// The drawn row as text, with `|` where the cursor stands (cursor column counted from
    /// the spare column left of the field).
    fn show(query: &str, width: u16) -> String {
        show_at(query, width, Align::Right)
    }

    fn show_at(query: &str, width: u16, align: Align) -> String {
        let (row, cursor) = prompt_row(query, width, align);
        let mut cols = vec![" ".to_string(); usize::from(width) + 2];
        let mut x = row.indent + 1;
        for c in &row.cells {
            cols[x] = c.glyph.clone();
            x += c.width.max(1);
        }
        cols[cursor] = "|".into();
        cols.concat().trim_end().to_string()
    }

    #[test]
    fn empty_query_puts_the_cursor_at_the_right() {
        assert_eq!(show("", 6), "      |");
    }

    #[test]
    fn arabic_query_grows_leftwards_with_the_cursor_on_its_left() {
        // لا is one lam-alef cell; the cursor stands left of the last letter typed.
        assert_eq!(show("مع", 6), "    |ﻊﻣ");
        assert_eq!(show("مع ", 6), "   | ﻊﻣ");
    }

    #[test]
    fn latin_or_digits_at_the_end_put_the_cursor_right_of_them() {
        // The thin cursor glyph takes the place of the space between the runs.
        assert_eq!(show("في 2024", 10), "    2024|ﻲﻓ");
        assert_eq!(show("عن Biden", 10), "   Biden|ﻦﻋ");
    }

    #[test]
    fn a_long_query_shows_its_last_row() {
        let (row, _) = prompt_row("كلمة أولى ثم كلمة أخيرة", 10, Align::Right);
        let text: String = row.cells.iter().map(|c| c.glyph.as_str()).collect();
        assert!(text.contains("ﺓﺮﻴﺧﺃ"), "{text}");
        assert!(!text.contains("ﻰﻟﻭﺃ"), "{text}");
    }

    #[test]
    fn left_aligned_query_starts_next_to_the_label() {
        // English UI: the field starts right after `search: `; the cursor stands in the
        // spare column before an Arabic query (its logical end is on the left).
        assert_eq!(show_at("", 6, Align::Left), "|");
        assert_eq!(show_at("مع", 6, Align::Left), "|ﻊﻣ");
        assert_eq!(show_at("عمان", 10, Align::Left), "|ﻥﺎﻤﻋ");
        assert_eq!(show_at("عن Biden", 10, Align::Left), " Biden|ﻦﻋ");
        assert_eq!(show_at("Biden", 10, Align::Left), " Biden|");
    }

    #[test]
    fn a_long_left_aligned_query_shows_its_last_row_from_the_left() {
        let (row, _) = prompt_row("كلمة أولى ثم كلمة أخيرة", 10, Align::Left);
        assert_eq!(row.indent, 0);
        let text: String = row.cells.iter().map(|c| c.glyph.as_str()).collect();
        assert!(text.contains("ﺓﺮﻴﺧﺃ"), "{text}");
    }
}
