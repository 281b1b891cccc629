//! `khabar stories [PATH]...`: the stories of a folder, one row each — id, article count,
//! title, outlets, date span — laid out right-to-left on a terminal, in logical order into a
//! pipe; and the grouping every batch command shares (`--story ID` keeps one story).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::corpus::Corpus;
use crate::stories::{Analysed, Stories, Story};
use crate::text::{LayoutOptions, Prepared, layout_paragraph};

#[derive(Debug, clap::Args)]
pub struct StoriesArgs {
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
    /// Row width in cells (default: the terminal's width, or 80).
    #[arg(long, short, value_parser = super::parse_width)]
    pub width: Option<usize>,
}

/// The grouping of a loaded corpus, the one every batch command uses (so `khabar stories`
/// ids are the ids `--story` takes): text, names and event days
/// ([`crate::stories::refine`]), with the stage shown on stderr.
pub fn grouping(corpus: &Corpus) -> Stories {
    if corpus.articles.len() < 2 {
        return Stories::one(corpus);
    }
    let mut bar = super::progress::Progress::new();
    bar.stage("grouping into stories…");
    let s = crate::stories::refine(corpus);
    bar.finish();
    s
}

/// Load the paths and find their stories (`--one-story`: the whole folder is one); with
/// `--story ID`, keep that story only (its articles as the corpus, its id kept). An unknown id
/// is an input error (exit code 2).
pub fn load(paths: &[PathBuf], g: &super::Global) -> Result<(Corpus, Stories), ExitCode> {
    let corpus = super::load_corpus(paths)?;
    if g.one_story {
        let one = Stories::one(&corpus);
        return Ok((corpus, one));
    }
    let stories = grouping(&corpus);
    let Some(id) = &g.story else {
        return Ok((corpus, stories));
    };
    match stories.find(id) {
        Some(story) => Ok((
            crate::stories::sub_corpus(&corpus, story),
            Stories::only(story),
        )),
        None => {
            super::warn(format_args!(
                "--story {id}: no such story (there are {}: s1 to s{})",
                stories.len(),
                stories.len()
            ));
            Err(ExitCode::from(2))
        }
    }
}

/// Load the paths; with `--story ID`, only that story's articles. For commands that need no
/// grouping otherwise (search): without `--story` nothing is grouped.
pub fn load_limited(paths: &[PathBuf], g: &super::Global) -> Result<Corpus, ExitCode> {
    if g.story.is_none() {
        return super::load_corpus(paths);
    }
    load(paths, g).map(|(c, _)| c)
}

/// [`load`] and [`analyse`] in one: the grouping's own analyses are kept, so a story the
/// names and days leave as the text grouped it is analysed once, not twice
/// ([`crate::stories::regroup`]). Also the folder's paragraphs as prepared for the analysis
/// (`crate::extract::prepare`), for a command that reads them again (the comparison).
pub fn load_analysed(
    paths: &[PathBuf],
    g: &super::Global,
) -> Result<(Corpus, Analysed, Prepared), ExitCode> {
    let corpus = super::load_corpus(paths)?;
    let prepared = crate::extract::prepare(&corpus);
    if g.one_story || corpus.articles.len() < 2 {
        let one = Stories::one(&corpus);
        let analysed = analyse(&corpus, Some(&prepared), one);
        return Ok((corpus, analysed, prepared));
    }
    let mut bar = super::progress::Progress::new();
    bar.stage("grouping into stories…");
    let first = crate::stories::analyse_prepared(
        &corpus,
        Some(&prepared),
        crate::stories::group(&corpus),
        &mut |done, total| {
            bar.set("analysing stories", done, total);
        },
    );
    let analysed = crate::stories::regroup(&corpus, first, &mut |done, total| {
        bar.set("analysing regrouped stories", done, total);
    });
    bar.finish();
    let Some(id) = &g.story else {
        report(&analysed);
        return Ok((corpus, analysed, prepared));
    };
    let found = analysed.stories.stories.iter().position(|s| &s.id == id);
    let total = analysed.stories.len();
    let Some((k, story)) = found.and_then(|k| Some((k, analysed.stories.stories.get(k)?.clone())))
    else {
        super::warn(format_args!(
            "--story {id}: no such story (there are {total}: s1 to s{total})"
        ));
        return Err(ExitCode::from(2));
    };
    let analysis = analysed.per_story.into_iter().nth(k).unwrap_or_default();
    let only = Analysed {
        stories: Stories::only(&story),
        per_story: vec![analysis],
    };
    report(&only);
    Ok((
        crate::stories::sub_corpus(&corpus, &story),
        only,
        prepared.select(story.articles.iter().copied()),
    ))
}

/// Each story analysed alone, with progress on stderr and failures named there: the one
/// analysis of every batch command (`prepared`: the folder's paragraphs prepared once, when
/// the command reads them again after the analysis; see `crate::extract::prepare`).
pub fn analyse(corpus: &Corpus, prepared: Option<&Prepared>, stories: Stories) -> Analysed {
    let mut bar = super::progress::Progress::new();
    let analysed =
        crate::stories::analyse_prepared(corpus, prepared, stories, &mut |done, total| {
            bar.set("analysing stories", done, total);
        });
    bar.finish();
    report(&analysed);
    analysed
}

/// Name each story's analysis failures on stderr, and a tagger that could not be used.
fn report(analysed: &Analysed) {
    for (story, a) in analysed.stories.stories.iter().zip(&analysed.per_story) {
        for f in &a.failures {
            let mut f = f.clone();
            f.article = story.global(f.article);
            super::warn(format_args!("{}", f.describe()));
        }
    }
    super::report_tagger();
}

/// A story's heading in the batch listings of a folder of several stories: `s2 — title`.
///
/// Rows begin with a right-to-left mark, so that a row starting with the Latin id is still a
/// right-to-left paragraph on a terminal (pipes get no mark: `super::logical_text`).
pub fn heading(story: &Story) -> String {
    format!("{RLM}{} — {}", story.id, story.title)
}

const RLM: char = '\u{200F}';

/// `s1 — 5 — title — outlet، outlet — 2024-01-26 … 2024-02-18`: one logical row.
pub fn row(story: &Story, lang: crate::i18n::Lang) -> String {
    let outlets: Vec<&str> = story
        .outlets
        .iter()
        .map(|o| crate::i18n::outlet_shown(lang, o))
        .collect();
    let mut row = format!(
        "{RLM}{} — {} — {}",
        story.id,
        story.articles.len(),
        story.title
    );
    if !outlets.is_empty() {
        row.push_str(" — ");
        row.push_str(&crate::i18n::join_list(lang, &outlets));
    }
    // Dates in left-to-right isolates, so their digits and hyphens keep their order.
    let day = |d: chrono::NaiveDate| format!("\u{2066}{}\u{2069}", d.format("%Y-%m-%d"));
    match (story.first, story.last) {
        (Some(a), Some(b)) if a != b => row.push_str(&format!(" — {} … {}", day(a), day(b))),
        (Some(a), _) => row.push_str(&format!(" — {}", day(a))),
        _ => {}
    }
    row
}

pub fn run(args: StoriesArgs, g: &super::Global) -> ExitCode {
    let visual = g.visual_output();
    let lang = g.interface_lang();
    let (_, stories) = match load(&args.paths, g) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let width = super::output_width(args.width);
    let opts = LayoutOptions::new(width);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for story in &stories.stories {
        if let Err(e) = write_row(&mut out, &row(story, lang), visual.then_some(&opts)) {
            return super::write_failed(&e);
        }
    }
    if let Err(e) = out.flush() {
        return super::write_failed(&e);
    }
    ExitCode::SUCCESS
}

/// One logical row: as visual rows laid out for a terminal (`opts`), or as logical text.
pub fn write_row(
    out: &mut impl Write,
    row: &str,
    opts: Option<&LayoutOptions>,
) -> std::io::Result<()> {
    match opts {
        None => writeln!(out, "{}", super::logical_text(row)),
        Some(opts) => {
            for v in layout_paragraph(row, opts) {
                writeln!(out, "{}", v.padded(opts.width))?;
            }
            Ok(())
        }
    }
}
