//! What the reader says about articles its analysis failed on (issue 12, item 4): the
//! status line names the files (`analysis failed for 1 file(s): a.txt (entities)`), and a
//! pane whose stage failed on an article says so — in place of "none found" when it has no
//! rows, on its last row when it has some. "analysing…" and a failed worker are
//! [`super::Ui::note`]'s.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::draw::one_row;
use super::{Ui, ui_direction};
use crate::app::state::State;
use crate::extract::Failure;
use crate::i18n::tr;

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn of_stage<'a>(s: &'a State, stage: &'a str) -> impl Iterator<Item = &'a Failure> {
    s.analysis
        .ready()
        .into_iter()
        .flat_map(|a| &a.failures)
        .filter(move |f| f.stage == stage)
}

/// `analysis failed for 2 file(s): a.txt (entities), b.html (timeline)`, when any failed.
pub fn status_part(s: &State) -> Option<String> {
    let failures = &s.analysis.ready()?.failures;
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
        tr(s.lang, "analysis_failed_for"),
        files.len(),
        tr(s.lang, "files"),
        named.join(", ")
    ))
}

/// `entity model not loaded (rules only): assets/ner.model: corrupt …`, when the trained
/// tagger could not be used (issue 14): the entities shown then come from the rules alone.
pub fn model_part(s: &State) -> Option<String> {
    let problem = s.analysis.ready()?.model_problem.as_deref()?;
    Some(format!(
        "{}: {}",
        tr(s.lang, "model_not_loaded"),
        crate::text::controls::printable(problem)
    ))
}

/// `failed: a.txt — message` for the first failure of `stage` (`(+n)` more); for the
/// entities, else the model's problem.
pub fn note(s: &State, stage: &str) -> Option<String> {
    let Some(f) = of_stage(s, stage).next() else {
        return model_part(s).filter(|_| stage == "entities");
    };
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

/// The pane's rows area; when `stage` failed on an article, the failure note is drawn on the
/// last row and the rows get the rest.
pub fn rows_left(ui: &Ui, s: &State, stage: &str, body: Rect, buf: &mut Buffer) -> Rect {
    match note(s, stage) {
        Some(n) if body.height > 1 => {
            let y = body.y + body.height - 1;
            let row = one_row(&n, body.width, ui_direction(s));
            ui.put(buf, body, y, &row, |_| ui.theme.failure);
            Rect {
                height: body.height - 1,
                ..body
            }
        }
        _ => body,
    }
}
