//! `khabar timeline [PATH]...`: the shared timeline — date, summary, outlets — laid out
//! right-to-left by the text engine on a terminal, in logical order into a pipe.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::{Lang, join_list, tr};
use crate::text::{LayoutOptions, layout_paragraph};

#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
    /// Row width in cells (default: the terminal's width, or 80).
    #[arg(long, short, value_parser = super::parse_width)]
    pub width: Option<usize>,
}

pub fn run(args: TimelineArgs, g: &super::Global) -> ExitCode {
    let visual = g.visual_output();
    let lang = g.interface_lang();
    // Each story's own timeline (the grouping's analysis), story after story, under its
    // heading when there are several.
    let (corpus, analysed, prepared) = match super::stories::load_analysed(&args.paths, g) {
        Ok(c) => c,
        Err(code) => return code,
    };
    drop(prepared);
    let (analysis, _, event_story) = analysed.merged(&corpus);
    let several = analysed.stories.len() > 1;
    let width = super::output_width(args.width);
    let opts = LayoutOptions::new(width);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut last_story = None;
    let names = crate::screen::sources::source_names(&corpus.articles, Some(lang));
    for (e, &k) in analysis.timeline.iter().zip(&event_story) {
        if several && last_story != Some(k) {
            last_story = Some(k);
            let h = analysed
                .stories
                .stories
                .get(k)
                .map(super::stories::heading)
                .unwrap_or_default();
            if let Err(e) = super::stories::write_row(&mut out, &h, visual.then_some(&opts)) {
                return super::write_failed(&e);
            }
        }
        // Sources without an outlet by their own names (screen::sources), each once.
        let mut outlets: Vec<&str> = Vec::new();
        for id in &e.sources {
            let i = corpus.articles.iter().position(|a| &a.id == id);
            if let Some(name) = i.and_then(|i| names.get(i))
                && !outlets.contains(&name.as_str())
            {
                outlets.push(name);
            }
        }
        let row = event_row(e, &outlets, lang);
        if !visual {
            if let Err(e) = writeln!(out, "{}", super::logical_text(&row)) {
                return super::write_failed(&e);
            }
            continue;
        }
        for v in layout_paragraph(&row, &opts) {
            if let Err(e) = writeln!(out, "{}", v.padded(width)) {
                return super::write_failed(&e);
            }
        }
    }
    if let Err(e) = out.flush() {
        return super::write_failed(&e);
    }
    ExitCode::SUCCESS
}

/// One event's row: its date (with its Hijri year, or its range), its marks (estimated,
/// weekday disagreeing), its summary and its outlets — every word of the interface in `lang`.
fn event_row(e: &crate::extract::Event, outlets: &[&str], lang: Lang) -> String {
    // Each date in a left-to-right isolate: after an Arabic word (`إلى`) the digits of
    // `2023-08-08` would otherwise be Arabic numbers whose hyphens do not join them, and
    // would show as `08-08-2023`.
    let shown = |d: &str| {
        let r = crate::extract::timeline::readable(d, e.precision, lang == Lang::Ar);
        if r == d { ltr(d) } else { r.into_owned() }
    };
    // A Hijri year: its Gregorian year or years and the year as written (`1976 (1396 هـ)`,
    // `1976 (AH 1396)`).
    let hijri = e
        .end
        .as_deref()
        .and_then(|end| crate::extract::timeline::hijri_year(&e.date, end));
    let date = match (&e.end, hijri) {
        (_, Some((y, gregorian))) => format!(
            "{} ({})",
            ltr(&gregorian),
            tr(lang, "hijri_year").replace("{y}", &y.to_string())
        ),
        (Some(end), None) => format!("{} {} {}", shown(&e.date), tr(lang, "date_to"), shown(end)),
        (None, None) => shown(&e.date),
    };
    let marks: Vec<&str> = [
        e.inferred.then(|| tr(lang, "estimated")),
        e.conflict.then(|| tr(lang, "weekday_disagrees")),
    ]
    .into_iter()
    .flatten()
    .collect();
    let marks = if marks.is_empty() {
        String::new()
    } else {
        format!(" ({})", join_list(lang, &marks))
    };
    format!(
        "{date}{marks} — {} — {}",
        e.summary,
        join_list(lang, outlets)
    )
}

/// `text` as a left-to-right isolate (LRI … PDI).
fn ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}
