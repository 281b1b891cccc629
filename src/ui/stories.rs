//! The story list, in the panes' place when a folder holds several stories: two rows a
//! story — its number and title (the most central article's), then its outlets, date span
//! and number of articles — through the shared list component, so Arabic titles are laid
//! out like every other row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::draw::iso;
use super::list::List;
use super::{Ui, ui_direction};
use crate::app::panes::stories::{Item, Sort};
use crate::app::state::State;
use crate::i18n::{Lang, outlet_shown, tr};
use crate::screen::geometry::{inner, story_list};
use crate::screen::rows::STORY_ROWS;

/// Outlets named on a story's row; the others are counted (`+3`).
const OUTLETS_SHOWN: usize = 3;

pub struct View<'a> {
    pub s: &'a State,
    pub ui: &'a Ui,
}

impl Widget for &View<'_> {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let (s, ui) = (self.s, self.ui);
        let Some(area) = story_list(s.size) else {
            return;
        };
        Clear.render(area, buf);
        ui.frame(buf, area, &title(s), true, s);
        let list = List {
            body: inner(area),
            direction: ui_direction(s),
            len: s.stories.items.len(),
            selected: s.stories.list.sel,
            focused: true,
            rows_per_item: STORY_ROWS,
        };
        list.draw(ui, buf, |k| {
            let Some(story) = s.stories.items.get(k) else {
                return Vec::new();
            };
            vec![
                (
                    format!("{} {}", k + 1, iso(&story_title(s, story))),
                    ui.theme.text,
                ),
                (format!("   {}", meta(s.lang, story)), ui.theme.meta),
            ]
        });
    }
}

/// `Stories · 12 · newest first`, and `grouping stories…` until the grouping is refined. With
/// no date in any story, "newest first" would be a claim the order cannot keep: it falls back
/// to size, and the title says so.
fn title(s: &State) -> String {
    let dated = s.stories.items.iter().any(|i| i.last.is_some());
    let sort = match s.stories.sort {
        Sort::Recent if dated => "sort_recent",
        Sort::Recent | Sort::Size => "sort_size",
    };
    let mut t = format!(
        "{} · {} · {}",
        tr(s.lang, "stories"),
        s.stories.items.len(),
        tr(s.lang, sort)
    );
    if !s.stories.refined {
        t.push_str(" · ");
        t.push_str(tr(s.lang, "grouping"));
    }
    t
}

/// The story's title, else its first article's, else its first article's file.
fn story_title(s: &State, story: &Item) -> String {
    if !story.title.trim().is_empty() {
        return story.title.clone();
    }
    let first = story
        .articles
        .first()
        .and_then(|&i| s.folder.as_ref().and_then(|f| f.corpus.articles.get(i)));
    first.map_or_else(String::new, |a| {
        if a.title.trim().is_empty() {
            a.id.clone()
        } else {
            a.title.clone()
        }
    })
}

/// `7 articles · 2024-05-11–13 · outlet · outlet · outlet +2`: the count and the dates
/// first, so a narrow row cuts outlet names rather than them; each field isolated so an
/// Arabic outlet cannot pull the dates or the count into its run.
pub fn meta(lang: Lang, story: &Item) -> String {
    let n = story.articles.len();
    let word = if n == 1 {
        "article_one"
    } else {
        "article_many"
    };
    let mut parts = vec![iso(&format!("{n} {}", tr(lang, word)))];
    // Left-to-right isolate: the dates read left to right in an Arabic row.
    parts.push(format!("\u{2066}{}\u{2069}", span(lang, story)));
    let mut outlets: Vec<String> = story
        .outlets
        .iter()
        .take(OUTLETS_SHOWN)
        .map(|o| iso(outlet_shown(lang, o)))
        .collect();
    let more = story.outlets.len().saturating_sub(OUTLETS_SHOWN);
    if more > 0
        && let Some(last) = outlets.last_mut()
    {
        last.push_str(&format!(" +{more}"));
    }
    parts.extend(outlets);
    parts.join(" · ")
}

/// `2024-05-11`, `2024-05-11–13`, `2024-04-28 – 05-02`, `2023-12-30 – 2024-01-02`: the end
/// written only as far as it differs.
pub fn span(lang: Lang, story: &Item) -> String {
    use chrono::Datelike;
    match (story.first, story.last) {
        (Some(a), Some(b)) if a != b => {
            if (a.year(), a.month()) == (b.year(), b.month()) {
                format!("{a}–{:02}", b.day())
            } else if a.year() == b.year() {
                format!("{a} – {}", b.format("%m-%d"))
            } else {
                format!("{a} – {b}")
            }
        }
        (Some(d), _) | (None, Some(d)) => d.to_string(),
        (None, None) => tr(lang, "no_date").to_string(),
    }
}
