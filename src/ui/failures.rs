//! What the reader says about its analysis (issue 12, item 4): a pane tells apart
//! "analysing…", "failed: …" (an article its stage failed on) and "none found", and the
//! status line names the files the analysis failed for.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

use super::draw::{one_row, put_line};
use super::ui_direction;
use crate::app::i18n::tr;
use crate::app::state::State;
use crate::extract::Failure;

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn of_stage<'a>(s: &'a State, stage: &'a str) -> impl Iterator<Item = &'a Failure> {
    s.analysis
        .iter()
        .flat_map(|a| &a.failures)
        .filter(move |f| f.stage == stage)
}

/// `analysis failed for 2 file(s): a.txt (entities), b.html (timeline)`, when any failed.
pub fn status_part(s: &State) -> Option<String> {
    let failures = &s.analysis.as_ref()?.failures;
    if failures.is_empty() {
        return None;
    }
    let mut files: Vec<usize> = failures.iter().map(|f| f.article).collect();
    files.sort_unstable();
    files.dedup();
    let named: Vec<String> = failures
        .iter()
        .map(|f| format!("{} ({})", file_name(&f.path), f.stage))
        .collect();
    Some(format!(
        "{} {} {}: {}",
        tr(s.lang, "analysis_failed"),
        files.len(),
        tr(s.lang, "files"),
        named.join(", ")
    ))
}

/// `failed: a.txt — message` for the first failure of `stage`.
fn note(s: &State, stage: &str) -> Option<String> {
    let f = of_stage(s, stage).next()?;
    let more = of_stage(s, stage).count() - 1;
    let more = if more > 0 {
        format!(" (+{more})")
    } else {
        String::new()
    };
    Some(format!(
        "{} {}{more} — {}",
        tr(s.lang, "failed"),
        file_name(&f.path),
        f.message
    ))
}

/// Draw the pane's state line when the pane has no rows, or its failure note on its last row
/// when it has some; returns `true` when the pane has nothing else to draw.
pub fn pane_state(
    s: &State,
    stage: &str,
    empty: bool,
    none_key: &'static str,
    body: Rect,
    buf: &mut Buffer,
) -> bool {
    let dir = ui_direction(s);
    let failed = Style::default().fg(Color::Red);
    let quiet = Style::default().fg(Color::DarkGray);
    let (text, style, y) = match (&s.analysis, note(s, stage)) {
        (None, _) => (tr(s.lang, "analysing").to_string(), quiet, body.y),
        (Some(_), Some(n)) if empty => (n, failed, body.y),
        (Some(_), None) if empty => (tr(s.lang, none_key).to_string(), quiet, body.y),
        (Some(_), Some(n)) if body.height > 1 => (n, failed, body.y + body.height - 1),
        _ => return false,
    };
    put_line(buf, body, y, &one_row(&text, body.width, dir), |_| style);
    s.analysis.is_none() || empty
}

/// The pane's rows area without the last row when a failure note stands there.
pub fn rows_left(s: &State, stage: &str, body: Rect) -> Rect {
    if body.height > 1 && of_stage(s, stage).next().is_some() {
        Rect {
            height: body.height - 1,
            ..body
        }
    } else {
        body
    }
}
