//! The reader's side of the outlet comparison: the compare view's commands, `p` (the same
//! passage in the next source that shares it), and the comparison's arrival. Called from
//! [`super::update`], the one place state changes.

use super::action::Command;
use super::panes::compare::{Compare, Outcome, geometry};
use super::state::{AnalysisState, Mark, Parallel, ReuseState, State};
use super::update::jump;
use crate::compare::Reuse;
use crate::extract::Failure;
use crate::i18n::tr;

/// The comparison arrived (or failed). Articles it failed on join the analysis's failures,
/// which the status line names (`… (reuse)`).
pub fn compared(s: &mut State, result: Result<Box<(Reuse, Vec<Failure>)>, String>) {
    s.reuse = match result {
        Ok(done) => {
            let (reuse, mut failures) = *done;
            if let AnalysisState::Ready(a) = &mut s.analysis {
                a.failures.append(&mut failures);
            }
            ReuseState::Ready(Box::new(reuse))
        }
        Err(reason) => ReuseState::Failed(reason),
    };
}

/// `c`: compare the open source with the next one.
pub fn open(s: &mut State) {
    let n = s.corpus.articles.len();
    if n < 2 {
        s.message = Some(tr(s.lang, "one_source").to_string());
        return;
    }
    s.compare = Some(Compare::new(s.open, (s.open + 1) % n));
    say_state(s);
}

/// "comparing sources…" or "comparison failed: …" while there is nothing to align yet.
fn say_state(s: &mut State) {
    s.message = match &s.reuse {
        ReuseState::Pending => Some(tr(s.lang, "comparing").to_string()),
        ReuseState::Failed(r) => Some(format!("{}: {r}", tr(s.lang, "compare_failed"))),
        ReuseState::Ready(_) => None,
    };
}

/// A command of the compare layer.
pub fn command(s: &mut State, cmd: Command) {
    if cmd == Command::Quit {
        s.quit = true;
        return;
    }
    let height = geometry(s.size, s.lang.is_rtl()).map_or(1, |g| usize::from(g.lead.height));
    let n = s.corpus.articles.len();
    let Some(c) = s.compare.as_mut() else { return };
    match c.command(cmd, n, height) {
        Outcome::Stay => {}
        Outcome::Close => s.compare = None,
        Outcome::Say(x) if x.is_empty() => {
            s.message = Some(tr(s.lang, "no_passages").to_string());
        }
        Outcome::Say(x) => s.message = Some(format!("{} {x}", tr(s.lang, "passage"))),
    }
    if s.reuse.ready().is_none() && s.compare.is_some() {
        say_state(s);
    }
}

/// `p` in the reader: from the shared passage at the top of the body (or the one `p` last
/// went to), go to the same passage in the next source that shares it; the origin comes last,
/// so pressing on goes round. The status line says `passage i/N`.
pub fn parallel(s: &mut State) {
    let Some(reuse) = s.reuse.ready() else {
        say_state(s);
        return;
    };
    // Still on the passage `p` went to: go on round the same list.
    if let Some(p) = s.parallel.as_mut()
        && p.spans.get(p.at).is_some_and(|x| x.article == s.open)
    {
        p.at = (p.at + 1) % p.spans.len();
        let (at, len) = (p.at, p.spans.len());
        if let Some(&span) = p.spans.get(at) {
            go(s, span, at, len);
        }
        return;
    }
    let Some(from) = in_view(s, reuse) else {
        s.parallel = None;
        s.message = Some(tr(s.lang, "no_passage").to_string());
        return;
    };
    let mut spans = reuse.parallels(from.article, from.paragraph, from.start);
    spans.push(crate::compare::Span {
        article: from.article,
        paragraph: from.paragraph,
        start: from.start,
        end: from.end,
    });
    // `spans` holds at least the origin pushed just above.
    let Some(&first) = spans.first() else {
        return;
    };
    let len = spans.len();
    s.parallel = Some(Parallel { from, spans, at: 0 });
    go(s, first, 0, len);
}

fn go(s: &mut State, span: crate::compare::Span, at: usize, len: usize) {
    jump(
        s,
        Mark {
            article: span.article,
            paragraph: span.paragraph,
            start: span.start,
            end: span.end,
        },
    );
    s.message = Some(format!("{} {}/{len}", tr(s.lang, "passage"), at + 1));
}

/// The first shared passage of the open article on the body's visible rows: where it is
/// seen first (a passage that began above the top row is taken from the top row).
fn in_view(s: &State, reuse: &Reuse) -> Option<Mark> {
    // The body's rows are the open article's only when it is laid out (a small screen showing
    // another pane does not lay it out).
    if s.body.key.map(|k| k.0) != Some(s.open) {
        return None;
    }
    let marks = reuse.marks(s.open);
    let (_, height) = s.layout.body_text();
    let rows = s
        .body
        .rows
        .iter()
        .skip(s.body.scroll)
        .take(usize::from(height));
    for r in rows {
        let Some(p) = r.paragraph else { continue };
        for m in marks.iter().filter(|m| m.paragraph == p) {
            let seen = r
                .line
                .cells
                .iter()
                .filter(|c| c.logical.start < m.end && m.start < c.logical.end)
                .map(|c| c.logical.start)
                .min();
            if let Some(first) = seen {
                return Some(Mark {
                    article: s.open,
                    paragraph: p,
                    start: first.max(m.start),
                    end: m.end,
                });
            }
        }
    }
    None
}
