//! `update(&mut State, Action)`: the one place where the reader's state changes.

use super::action::{Action, Command, PromptEdit};
use super::i18n::tr;
use super::state::{Mark, Pane, State, Target};
use crate::extract::EntityKind;
use crate::search::{Index, Query};
use crate::ui::layout::{Areas, areas, list_offset};

/// Apply one action.
pub fn update(s: &mut State, action: Action) {
    match action {
        Action::Resize(w, h) => s.size = (w, h),
        Action::Analysed(done) => {
            let (analysis, index) = *done;
            s.analysed(analysis, index);
        }
        Action::Prompt(edit) => prompt(s, edit),
        Action::Click(x, y) => click(s, x, y),
        Action::Scroll(x, y, delta) => {
            if let Some(p) = pane_at(&geometry(s), x, y) {
                s.focus = p;
                let cmd = if delta > 0 {
                    Command::Down
                } else {
                    Command::Up
                };
                for _ in 0..delta.unsigned_abs().min(50) {
                    command(s, cmd, None);
                }
            }
        }
        Action::Run(cmd, digit) => command(s, cmd, digit),
        // Until the next key: the reader should not look complete when files were left out.
        Action::Skipped(0) => {}
        Action::Skipped(n) => {
            s.message = Some(format!("{n} {}", tr(s.lang, "skipped")));
        }
    }
}

fn geometry(s: &State) -> Areas {
    areas(s.size, s.lang, s.side)
}

/// Rows visible inside a pane (borders excluded).
fn height(r: Option<ratatui::layout::Rect>) -> usize {
    r.map_or(10, |r| usize::from(r.height.saturating_sub(2)).max(1))
}

fn command(s: &mut State, cmd: Command, digit: Option<usize>) {
    s.message = None;
    // While the help is shown, moving scrolls it (it may be taller than a small screen) and
    // any other command just closes it.
    if s.help && !matches!(cmd, Command::Quit | Command::Help | Command::Close) {
        let rows = crate::ui::help::row_count(s);
        let visible = crate::ui::help::visible_rows(s.size, rows);
        let last = rows.saturating_sub(visible);
        s.help_scroll = match cmd {
            Command::Down => s.help_scroll + 1,
            Command::Up => s.help_scroll.saturating_sub(1),
            Command::PageDown => s.help_scroll + visible.max(1),
            Command::PageUp => s.help_scroll.saturating_sub(visible.max(1)),
            Command::Top => 0,
            Command::Bottom => last,
            _ => {
                s.help = false;
                return;
            }
        }
        .min(last);
        return;
    }
    let g = geometry(s);
    match cmd {
        Command::Quit => s.quit = true,
        Command::Help => {
            s.help = !s.help;
            s.help_scroll = 0;
        }
        Command::Close => {
            if s.help {
                s.help = false;
            } else {
                s.search.hits.clear();
                s.target = None;
                s.cursor = None;
            }
        }
        Command::NextPane | Command::PrevPane => {
            let i = Pane::ALL.iter().position(|p| *p == s.focus).unwrap_or(0);
            let step = if cmd == Command::NextPane {
                1
            } else {
                Pane::ALL.len() - 1
            };
            focus(s, Pane::ALL[(i + step) % Pane::ALL.len()]);
        }
        Command::OpenSource => {
            match digit {
                Some(n) if n >= 1 && n <= s.corpus.articles.len() => open(s, n - 1),
                // Say why nothing happened: there are fewer sources than the digit.
                Some(n) => s.message = Some(format!("{} {n}", tr(s.lang, "no_source"))),
                None => {}
            }
        }
        Command::NextSource | Command::PrevSource => {
            let n = s.corpus.articles.len().max(1);
            let step = if cmd == Command::NextSource { 1 } else { n - 1 };
            open(s, (s.open + step) % n);
        }
        Command::Down => step(s, 1, &g),
        Command::Up => step(s, -1, &g),
        Command::PageDown | Command::PageUp => {
            let page = match s.focus {
                Pane::Body => height(g.body).saturating_sub(2),
                Pane::Articles => height(g.articles),
                Pane::Entities => height(g.entities),
                Pane::Timeline => height(g.timeline),
            }
            .max(1) as isize;
            step(
                s,
                if cmd == Command::PageDown {
                    page
                } else {
                    -page
                },
                &g,
            );
        }
        Command::Top => step(s, isize::MIN / 2, &g),
        Command::Bottom => step(s, isize::MAX / 2, &g),
        Command::Activate => match s.focus {
            Pane::Articles => open(s, s.article_sel),
            Pane::Entities | Pane::Timeline => {
                select_target(s);
                if s.target.is_some() {
                    s.cursor = None;
                    cycle(s, true);
                }
            }
            Pane::Body => {}
        },
        Command::NextMention | Command::PrevMention => {
            if s.target.is_none() && !s.search.hits.is_empty() {
                s.target = Some(Target::Search);
            }
            cycle(s, cmd == Command::NextMention);
        }
        Command::FocusEntities => {
            s.entity_sel = 0;
            focus(s, Pane::Entities);
        }
        Command::FocusTimeline => focus(s, Pane::Timeline),
        Command::CycleFilter => {
            s.filter = match s.filter {
                None => Some(EntityKind::Person),
                Some(EntityKind::Person) => Some(EntityKind::Organization),
                Some(EntityKind::Organization) => Some(EntityKind::Place),
                Some(EntityKind::Place) => None,
            };
            s.entity_sel = 0;
            if s.focus == Pane::Entities {
                select_target(s);
            }
        }
        Command::ToggleBoilerplate => {
            s.show_boilerplate = !s.show_boilerplate;
            // Hits follow what is shown: search again (not a new query for the history).
            if s.target == Some(Target::Search) && !s.search.query.is_empty() {
                search(s, s.search.query.clone());
            }
        }
        Command::Search => {
            s.search.prompt = Some(String::new());
            s.search.history_pos = None;
        }
    }
}

fn focus(s: &mut State, pane: Pane) {
    s.focus = pane;
    if pane != Pane::Body {
        s.side = pane;
    }
    if matches!(pane, Pane::Entities | Pane::Timeline) {
        select_target(s);
    }
}

/// Highlight the mentions of whatever is selected in the focused list.
fn select_target(s: &mut State) {
    let target = match s.focus {
        Pane::Entities => s
            .visible_entities()
            .get(s.entity_sel)
            .map(|(i, _)| Target::Entity(*i)),
        Pane::Timeline => (s.event_sel < s.events().len()).then_some(Target::Event(s.event_sel)),
        _ => return,
    };
    if target != s.target {
        s.cursor = None;
    }
    s.target = target;
}

fn open(s: &mut State, article: usize) {
    if article < s.corpus.articles.len() && article != s.open {
        s.open = article;
        s.body_scroll = 0;
    }
    s.article_sel = s.open;
}

/// Move the selection (lists) or scroll (body) by `delta`, clamped.
fn step(s: &mut State, delta: isize, g: &Areas) {
    let moved = |v: usize, len: usize| {
        (v as isize)
            .saturating_add(delta)
            .clamp(0, len.saturating_sub(1) as isize) as usize
    };
    match s.focus {
        Pane::Articles => s.article_sel = moved(s.article_sel, s.corpus.articles.len()),
        Pane::Body => {
            let max = s.body.rows.len().saturating_sub(height(g.body)) + 1;
            s.body_scroll = moved(s.body_scroll, max);
        }
        Pane::Entities => {
            s.entity_sel = moved(s.entity_sel, s.visible_entities().len());
            select_target(s);
        }
        Pane::Timeline => {
            s.event_sel = moved(s.event_sel, s.events().len());
            select_target(s);
        }
    }
}

/// Go to the next (or previous) mention of the target, across sources in reading order.
fn cycle(s: &mut State, forward: bool) {
    let marks = s.marks();
    if marks.is_empty() {
        s.cursor = None;
        return;
    }
    let n = marks.len();
    let next = match s.cursor {
        Some(c) if forward => (c + 1) % n,
        Some(c) => (c + n - 1) % n,
        None if forward => 0,
        None => n - 1,
    };
    s.cursor = Some(next);
    jump(s, marks[next]);
}

fn jump(s: &mut State, mark: Mark) {
    open(s, mark.article);
    s.reveal = Some(mark);
}

fn prompt(s: &mut State, edit: PromptEdit) {
    let Some(text) = s.search.prompt.as_mut() else {
        return;
    };
    match edit {
        PromptEdit::Insert(c) => text.push(c),
        PromptEdit::Backspace => {
            text.pop();
        }
        PromptEdit::DeleteWord => {
            let kept = text.trim_end().rfind(' ').map_or(0, |i| i + 1);
            text.truncate(kept);
        }
        PromptEdit::HistoryPrev | PromptEdit::HistoryNext => {
            let h = &s.search.history;
            if h.is_empty() {
                return;
            }
            let pos = match (s.search.history_pos, edit == PromptEdit::HistoryPrev) {
                (None, true) => h.len() - 1,
                (Some(p), true) => p.saturating_sub(1),
                (Some(p), false) if p + 1 < h.len() => p + 1,
                _ => return,
            };
            *text = h[pos].clone();
            s.search.history_pos = Some(pos);
        }
        PromptEdit::Cancel => {
            s.search.prompt = None;
            s.search.hits.clear();
            if s.target == Some(Target::Search) {
                s.target = None;
                s.cursor = None;
            }
        }
        PromptEdit::Submit => {
            let query = std::mem::take(text);
            s.search.prompt = None;
            run_search(s, query);
        }
    }
}

/// A query entered at the prompt: remembered in the history, then searched.
fn run_search(s: &mut State, query: String) {
    if query.trim().is_empty() {
        return;
    }
    s.search.history.retain(|q| *q != query);
    s.search.history.push(query.clone());
    search(s, query);
}

/// Find `query`'s hits in what is shown and walk to the first.
fn search(s: &mut State, query: String) {
    let Some(q) = Query::parse(&query) else {
        s.message = Some(format!("{} «{query}»", tr(s.lang, "no_hits")));
        return;
    };
    if s.index.is_none() {
        s.index = Some(Index::build_all(&s.corpus));
    }
    // The index holds boilerplate too; its hits count only while boilerplate is shown.
    let shown = |h: &crate::search::Hit| {
        s.show_boilerplate
            || s.corpus
                .articles
                .get(h.article)
                .and_then(|a| a.paragraphs.get(h.paragraph))
                .is_some_and(|p| p.kind != crate::corpus::ParagraphKind::Boilerplate)
    };
    s.search.hits = s
        .index
        .as_ref()
        .map(|i| i.search(&s.corpus, &q))
        .unwrap_or_default()
        .into_iter()
        .filter(|h| shown(h))
        .collect();
    s.search.query = query.clone();
    s.target = Some(Target::Search);
    s.cursor = None;
    if s.search.hits.is_empty() {
        s.message = Some(format!("{} «{query}»", tr(s.lang, "no_hits")));
    } else {
        cycle(s, true);
    }
}

fn pane_at(g: &Areas, x: u16, y: u16) -> Option<Pane> {
    let hit = |r: Option<ratatui::layout::Rect>| {
        r.is_some_and(|r| x >= r.x && x < r.right() && y >= r.y && y < r.bottom())
    };
    [
        (g.articles, Pane::Articles),
        (g.body, Pane::Body),
        (g.entities, Pane::Entities),
        (g.timeline, Pane::Timeline),
    ]
    .into_iter()
    .find(|(r, _)| hit(*r))
    .map(|(_, p)| p)
}

/// A click focuses the pane under it and selects the row (opening an article).
fn click(s: &mut State, x: u16, y: u16) {
    let g = geometry(s);
    let Some(pane) = pane_at(&g, x, y) else {
        return;
    };
    focus(s, pane);
    let rect = match pane {
        Pane::Articles => g.articles,
        Pane::Entities => g.entities,
        Pane::Timeline => g.timeline,
        Pane::Body => return,
    };
    let Some(r) = rect else { return };
    if y <= r.y || y + 1 >= r.bottom() {
        return;
    }
    let row = usize::from(y - r.y - 1);
    let h = height(rect);
    match pane {
        Pane::Articles => {
            let i = list_offset(s.article_sel, h) + row;
            if i < s.corpus.articles.len() {
                s.article_sel = i;
                open(s, i);
            }
        }
        Pane::Entities => {
            let rows = crate::ui::entities::rows(s);
            let sel_row = rows
                .iter()
                .position(|r| r.entity == Some(s.entity_sel))
                .unwrap_or(0);
            if let Some(e) = rows
                .get(list_offset(sel_row, h) + row)
                .and_then(|r| r.entity)
            {
                s.entity_sel = e;
                select_target(s);
            }
        }
        Pane::Timeline => {
            let i = list_offset(s.event_sel, h) + row;
            if i < s.events().len() {
                s.event_sel = i;
                select_target(s);
            }
        }
        Pane::Body => {}
    }
}
