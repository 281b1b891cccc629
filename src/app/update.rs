//! `update(&mut State, Action)`: the one place where the reader's state changes. Commands
//! are routed to the pane that owns them; panes answer with [`Msg`]s, applied here.

use super::action::{Action, Command, Msg};
use super::keymap::Layer;
use super::panes::detail::Detail;
use super::panes::list::Move;
use super::panes::search::Edited;
use super::state::{AnalysisState, Mark, State, Target};
use crate::i18n::tr;
use crate::screen::Pane;
use crate::screen::geometry::is_narrow;

/// Apply one action, then lay out for what changed.
pub fn update(s: &mut State, action: Action) {
    match action {
        Action::Resize(w, h) => s.size = (w, h),
        Action::Run(cmd) => command(s, cmd),
        Action::Type(c) => s.search.type_char(c),
        Action::Click(_, y) if s.stories.listing() => story_click(s, y),
        Action::Click(x, y) => click(s, x, y),
        Action::Scroll(_, _, delta) if s.stories.listing() => {
            let cmd = if delta > 0 {
                Command::Down
            } else {
                Command::Up
            };
            for _ in 0..delta.unsigned_abs().min(50) {
                stories(s, cmd);
            }
        }
        // The wheel scrolls the compare view when it is open (it covers every pane).
        Action::Scroll(_, _, delta) if s.compare.is_some() => {
            let cmd = if delta > 0 {
                Command::Down
            } else {
                Command::Up
            };
            for _ in 0..delta.unsigned_abs().min(50) {
                super::reuse::command(s, cmd);
            }
        }
        Action::Scroll(x, y, delta) => {
            if let Some(p) = s.layout.pane_at(x, y) {
                focus(s, p);
                let cmd = if delta > 0 {
                    Command::Down
                } else {
                    Command::Up
                };
                for _ in 0..delta.unsigned_abs().min(50) {
                    pane_command(s, cmd);
                }
            }
        }
        Action::Loading(done, total) => s.loading = Some((done, total)),
        Action::Articles(articles) => s.add_articles(articles),
        Action::Loaded(problems) => {
            s.loading = None;
            let warnings = problems.iter().filter(|p| p.is_warning()).count();
            announce_problems(s, problems.len() - warnings, warnings);
            s.problems = problems;
        }
        Action::Indexed(index) => s.index = Some(*index),
        Action::Analysed(r) if s.folder.is_some() => {
            super::stories::analysed(s, r);
            let target = s.walk.target;
            set_target(s, target);
        }
        Action::Analysed(Ok(a)) => {
            s.entities.analysed(&a, &s.article_ix);
            s.timeline.analysed(&a, &s.article_ix);
            s.analysis = AnalysisState::Ready(a);
            let target = s.walk.target;
            set_target(s, target);
        }
        Action::Analysed(Err(reason)) => s.analysis = AnalysisState::Failed(reason),
        Action::Compared(r) if s.folder.is_some() => super::stories::compared(s, r),
        Action::Compared(r) => super::reuse::compared(s, r),
        Action::Skipped(n) => announce_problems(s, n, 0),
        Action::Stories { items, refined } => {
            s.stories.refined = refined;
            super::stories::grouped(s, items);
        }
    }
    s.sync_layout();
}

/// Until the next key: the reader should not look complete when files were left out, or
/// loaded with a warning (bytes replaced, HTML flattened). The two are counted apart: a
/// warned file is in the list.
fn announce_problems(s: &mut State, skipped: usize, warnings: usize) {
    let mut parts = Vec::new();
    if skipped > 0 {
        parts.push(format!("{skipped} {}", tr(s.lang, "skipped")));
    }
    if warnings > 0 {
        parts.push(format!("{warnings} {}", tr(s.lang, "load_warnings")));
    }
    if !parts.is_empty() {
        parts.push(tr(s.lang, "listed_on_exit").to_string());
        let comma = if s.lang == crate::i18n::Lang::Ar {
            "، "
        } else {
            ", "
        };
        s.message = Some(parts.join(comma));
    }
}

/// Route a command by the live key layer.
fn command(s: &mut State, cmd: Command) {
    s.message = None;
    match s.layer() {
        Layer::Prompt => prompt(s, cmd),
        Layer::Help => match cmd {
            Command::Quit => s.quit = true,
            cmd => {
                let rows = super::panes::help::lines_from(&s.keymap, s.lang, s.under_help()).len();
                let visible = help_visible(s.size, rows);
                s.help.command(cmd, rows, visible);
            }
        },
        Layer::Detail => detail(s, cmd),
        Layer::Compare => super::reuse::command(s, cmd),
        Layer::Stories => stories(s, cmd),
        Layer::Reader => reader(s, cmd),
    }
}

/// A command of the story list.
fn stories(s: &mut State, cmd: Command) {
    match cmd {
        Command::Quit => s.quit = true,
        Command::Help => s.help.toggle(),
        Command::Search => s.search.open(),
        Command::ToggleSort => s.stories.toggle_sort(),
        Command::Close => {
            s.search.folder_hits.clear();
            s.search.hits.clear();
            set_target(s, None);
        }
        cmd => {
            let h = story_list_height(s);
            let msgs = s.stories.command(cmd, h);
            apply(s, msgs);
        }
    }
}

/// Text rows of the story list at the current size.
fn story_list_height(s: &State) -> usize {
    crate::screen::geometry::story_list(s.size)
        .map_or(10, |r| usize::from(r.height.saturating_sub(2)).max(1))
}

/// A click on the story list opens the story drawn there.
fn story_click(s: &mut State, y: u16) {
    let Some(r) = crate::screen::geometry::story_list(s.size) else {
        return;
    };
    if y <= r.y || y + 1 >= r.bottom() {
        return;
    }
    let h = story_list_height(s);
    let msgs = s.stories.click(usize::from(y - r.y - 1), h);
    apply(s, msgs);
}

/// How many help rows fit on a `size` screen: the box is drawn above the status bar and
/// keeps a row free above and below, inside its border.
pub fn help_visible(size: (u16, u16), rows: usize) -> usize {
    rows.min(usize::from(size.1.saturating_sub(1).saturating_sub(4)))
}

fn reader(s: &mut State, cmd: Command) {
    match cmd {
        Command::Quit => s.quit = true,
        Command::Help => s.help.toggle(),
        Command::Close => {
            s.search.hits.clear();
            set_target(s, None);
        }
        Command::NextPane => focus(s, s.focus.cycle(1)),
        Command::PrevPane => focus(s, s.focus.cycle(-1)),
        Command::OpenSource(n) if n >= 1 && n <= s.corpus.articles.len() => open(s, n - 1),
        // Say why nothing happened: there are fewer sources than the number.
        Command::OpenSource(n) => s.message = Some(format!("{} {n}", tr(s.lang, "no_source"))),
        Command::NextSource | Command::PrevSource => {
            let n = s.corpus.articles.len().max(1);
            let step = if cmd == Command::NextSource { 1 } else { n - 1 };
            open(s, (s.open + step) % n);
        }
        Command::NextMention | Command::PrevMention => {
            if s.walk.target.is_none() && !s.search.hits.is_empty() {
                set_target(s, Some(Target::Search));
            }
            walk(s, cmd == Command::NextMention);
        }
        Command::FocusArticles => focus(s, Pane::Articles),
        Command::FocusBody => focus(s, Pane::Body),
        Command::FocusEntities => {
            s.entities.list.sel = 0;
            focus(s, Pane::Entities);
        }
        Command::FocusTimeline => focus(s, Pane::Timeline),
        Command::CycleFilter => {
            let msgs = s.entities.command(cmd, s.analysis.ready(), 0);
            apply(s, msgs);
            if s.focus == Pane::Entities {
                let t = s.entities.target(s.analysis());
                set_target(s, t);
            }
        }
        Command::ToggleBoilerplate => {
            s.show_boilerplate = !s.show_boilerplate;
            // Hits follow what is shown: search again (not a new query for the history).
            if s.walk.target == Some(Target::Search) && !s.search.query.is_empty() {
                let q = s.search.query.clone();
                search(s, &q);
            }
        }
        Command::Search => s.search.open(),
        Command::Stories => super::stories::back(s),
        Command::Compare => super::reuse::open(s),
        Command::Parallel => super::reuse::parallel(s),
        _ => pane_command(s, cmd),
    }
}

/// Movement, Enter and `i`: the focused pane's business.
fn pane_command(s: &mut State, cmd: Command) {
    let h = s.layout.inner_height(s.focus);
    let msgs = match s.focus {
        Pane::Articles => s.articles.command(cmd, s.corpus.articles.len(), h),
        Pane::Body => {
            let (_, text_h) = s.layout.body_text();
            s.body.command(cmd, usize::from(text_h));
            Vec::new()
        }
        Pane::Entities => s.entities.command(cmd, s.analysis.ready(), h),
        Pane::Timeline => s.timeline.command(cmd, s.analysis.ready(), h),
    };
    apply(s, msgs);
}

fn detail(s: &mut State, cmd: Command) {
    if cmd == Command::Quit {
        s.quit = true;
        return;
    }
    // The reader's own commands (a key the detail layer leaves to the reader: `]`, `3`, `/`)
    // work with the details open.
    let own = cmd == Command::Activate || cmd == Command::Close || Move::of(cmd).is_some();
    if !own {
        return reader(s, cmd);
    }
    let Some(d) = s.detail.as_mut() else { return };
    let h = s
        .layout
        .detail()
        .map_or(10, |r| usize::from(r.height.saturating_sub(2)).max(1));
    match d.command(cmd, s.walk.marks.len(), h) {
        Some(msgs) => apply(s, msgs),
        None => s.detail = None,
    }
}

fn prompt(s: &mut State, cmd: Command) {
    match s.search.command(cmd) {
        Edited::Typing => {}
        Edited::Cancelled => {
            if s.walk.target == Some(Target::Search) {
                set_target(s, None);
            }
        }
        Edited::Submitted(q) => search(s, &q),
        Edited::Toggled => {}
    }
}

/// Find `query`'s hits in what is shown and walk to the first.
fn search(s: &mut State, query: &str) {
    if s.folder.is_some() {
        s.walk.cursor = None;
        return super::stories::search(s, query);
    }
    let Some(index) = s.index.as_ref() else {
        s.message = Some(tr(s.lang, "indexing").to_string());
        return;
    };
    let ok = s.search.run(query, index, &s.corpus, s.show_boilerplate);
    if ok {
        set_target(s, Some(Target::Search));
    }
    if s.search.hits.is_empty() {
        s.message = Some(format!("{} «{query}»", tr(s.lang, "no_hits")));
    } else {
        walk(s, true);
    }
}

/// Apply the messages a pane answered with.
fn apply(s: &mut State, msgs: Vec<Msg>) {
    for m in msgs {
        match m {
            Msg::Open(i) => {
                open(s, i);
                // One pane at a time: the list's Enter shows the article.
                if is_narrow(s.size) && s.focus == Pane::Articles {
                    s.focus = Pane::Body;
                    s.focus_chosen = true;
                }
            }
            Msg::Target(t) => set_target(s, t),
            Msg::JumpFirst => {
                s.walk.cursor = None;
                walk(s, true);
            }
            Msg::JumpTo(k) => {
                if let Some(&mark) = s.walk.marks.get(k) {
                    s.walk.cursor = Some(k);
                    jump(s, mark);
                }
            }
            Msg::Focus(p) => focus(s, p),
            Msg::Detail(t) => {
                set_target(s, Some(t));
                s.detail = Some(Detail::new(t));
            }
            Msg::Say(text) => s.message = Some(text),
            Msg::OpenStory(k) => super::stories::show(s, k, None),
        }
    }
}

fn focus(s: &mut State, pane: Pane) {
    s.focus = pane;
    s.focus_chosen = true;
    s.detail = None;
    let target = match pane {
        Pane::Entities => s.entities.target(s.analysis()),
        Pane::Timeline => s.timeline.target(s.analysis()),
        _ => return,
    };
    set_target(s, target);
}

/// Highlight the mentions of `target` (the one place the walked marks are collected).
pub(super) fn set_target(s: &mut State, target: Option<Target>) {
    if target != s.walk.target || target.is_none() {
        s.walk.cursor = None;
    }
    s.walk.marks = s.marks_of(target);
    s.walk.target = target;
}

fn open(s: &mut State, article: usize) {
    if article < s.corpus.articles.len() && article != s.open {
        s.open = article;
        s.body.scroll = 0;
    }
    s.articles.list.sel = s.open;
}

/// Go to the next (or previous) mention of the target, across sources in reading order
/// (and, searching all stories, across stories).
pub(super) fn walk(s: &mut State, forward: bool) {
    if super::stories::walk_on(s, forward) {
        return;
    }
    let n = s.walk.marks.len();
    if n == 0 {
        s.walk.cursor = None;
        return;
    }
    let next = match s.walk.cursor {
        Some(c) if forward => (c + 1) % n,
        Some(c) => (c + n - 1) % n,
        None if forward => 0,
        None => n - 1,
    };
    s.walk.cursor = Some(next);
    if let Some(&mark) = s.walk.marks.get(next) {
        jump(s, mark);
    }
}

pub(super) fn jump(s: &mut State, mark: Mark) {
    open(s, mark.article);
    s.body.reveal = Some(mark);
    // One pane at a time: show the article the mention is in.
    if is_narrow(s.size) && s.focus != Pane::Body {
        s.focus = Pane::Body;
        s.focus_chosen = true;
        s.detail = None;
    }
}

/// A click focuses the pane under it and selects the row there (opening an article).
fn click(s: &mut State, x: u16, y: u16) {
    let Some(pane) = s.layout.pane_at(x, y) else {
        return;
    };
    focus(s, pane);
    let Some(r) = s.layout.of(pane) else { return };
    if y <= r.y || y + 1 >= r.bottom() {
        return;
    }
    let row = usize::from(y - r.y - 1);
    let h = s.layout.inner_height(pane);
    let msgs = match pane {
        Pane::Articles => s.articles.click(row, s.corpus.articles.len(), h),
        Pane::Entities => s.entities.click(row, s.analysis.ready(), h),
        Pane::Timeline => s.timeline.click(row, s.analysis.ready(), h),
        Pane::Body => Vec::new(),
    };
    apply(s, msgs);
}
