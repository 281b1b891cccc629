//! `khabar compare [A B] [PATH]...`: the passages two articles share (or every linked pair's),
//! with kind and similarity. Rows are laid out right-to-left by the text engine on a terminal
//! and written in logical order when piped (for grep, diff, other tools); `--visual` and
//! `--logical` force one. Exit code 0 when it
//! printed links, 1 when there are none (like grep), 2 for bad arguments or input.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::compare::{Link, Reuse};
use crate::corpus::Corpus;
use crate::text::{LayoutOptions, layout_paragraph};

#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// Optionally two articles first — source numbers (1, 2, …, as in the reader) or article
    /// ids — then files or folders (default: the bundled articles).
    #[arg(value_name = "A B] [PATH")]
    pub args: Vec<String>,
    /// Row width in cells on a terminal (default: the terminal's width).
    #[arg(long, short)]
    pub width: Option<usize>,
}

/// The outlet comparison for a batch command, within each story, with the stage shown on
/// stderr; an article it fails on is named there (`FILE: reuse failed: …`) and left out.
pub fn reuse(
    corpus: &Corpus,
    stories: &crate::stories::Stories,
) -> (Reuse, Vec<crate::extract::Failure>) {
    let mut bar = super::progress::Progress::new();
    bar.stage("comparing outlets…");
    let (r, _, failures) = crate::stories::reuse(corpus, stories);
    bar.finish();
    super::report_failures(&failures);
    (r, failures)
}

/// An argument that names an article: a source number or an id. Resolved after loading.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pick {
    Number(usize),
    Id(String),
}

/// The two chosen articles, if any, and the paths.
type Split = (Option<(Pick, Pick)>, Vec<PathBuf>);

/// Split the arguments into the two chosen articles (when the first two are not paths) and
/// the paths.
fn split(args: &[String]) -> Result<Split, String> {
    let is_pick = |a: &String| !std::path::Path::new(a).exists();
    let pick = |a: &String| match a.parse::<usize>() {
        Ok(n) => Pick::Number(n),
        Err(_) => Pick::Id(a.clone()),
    };
    match args {
        [a, b, rest @ ..] if is_pick(a) && is_pick(b) => Ok((
            Some((pick(a), pick(b))),
            rest.iter().map(PathBuf::from).collect(),
        )),
        [a, ..] if is_pick(a) => Err(format!(
            "{a}: no such file or folder (to compare two articles, name both: A B)"
        )),
        _ => Ok((None, args.iter().map(PathBuf::from).collect())),
    }
}

fn resolve(corpus: &Corpus, p: &Pick) -> Result<usize, String> {
    let n = corpus.articles.len();
    match p {
        Pick::Number(k) if (1..=n).contains(k) => Ok(k - 1),
        Pick::Number(k) => Err(format!("no source {k} (there are {n})")),
        Pick::Id(id) => corpus
            .articles
            .iter()
            .position(|a| &a.id == id)
            .ok_or_else(|| format!("{id}: no such article or path")),
    }
}

pub fn run(args: CompareArgs, g: &super::Global) -> ExitCode {
    let (picks, paths) = match split(&args.args) {
        Ok(x) => x,
        Err(e) => {
            super::warn(format_args!("{e}"));
            return ExitCode::from(2);
        }
    };
    let (corpus, stories) = match super::stories::load(&paths, g) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let pair = match picks {
        Some((a, b)) => match (resolve(&corpus, &a), resolve(&corpus, &b)) {
            (Ok(x), Ok(y)) if x != y => Some((x, y)),
            (Ok(_), Ok(_)) => {
                super::warn(format_args!("compare needs two different articles"));
                return ExitCode::from(2);
            }
            (Err(e), _) | (_, Err(e)) => {
                super::warn(format_args!("{e}"));
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let (reuse, _) = reuse(&corpus, &stories);
    let groups = groups(&reuse, pair);
    if groups.is_empty() {
        super::warn(format_args!("no shared passages"));
        return ExitCode::from(1);
    }
    let visual = g.visual_output();
    let width = super::output_width(args.width);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut printer = Printer {
        out: &mut out,
        opts: visual.then(|| LayoutOptions::new(width)),
        names: crate::screen::sources::source_names(&corpus.articles, Some(g.interface_lang())),
    };
    for ((x, y), links) in &groups {
        if printer.pair(&corpus, &reuse, *x, *y, links).is_err() {
            return ExitCode::SUCCESS; // closed pipe
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}

/// The links to print, grouped by article pair, `x` first: the chosen pair in the order
/// given, or every linked pair in corpus order.
fn groups(reuse: &Reuse, pair: Option<(usize, usize)>) -> Vec<((usize, usize), Vec<&Link>)> {
    let mut pairs: Vec<(usize, usize)> = match pair {
        Some(p) => vec![p],
        None => reuse
            .links
            .iter()
            .map(|l| (l.a.article, l.b.article))
            .collect(),
    };
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .map(|(x, y)| ((x, y), reuse.between(x, y)))
        .filter(|(_, links)| !links.is_empty())
        .collect()
}

/// Writes rows: laid out for a terminal (`opts`), or logical text.
struct Printer<'w, W: Write> {
    out: &'w mut W,
    opts: Option<LayoutOptions>,
    /// Each article's name (screen::sources; the number before it tells one outlet's apart).
    names: Vec<String>,
}

impl<W: Write> Printer<'_, W> {
    fn row(&mut self, text: &str) -> std::io::Result<()> {
        match &self.opts {
            // Logical order for other tools: no isolate controls either.
            None => writeln!(self.out, "{}", super::logical_text(text)),
            Some(opts) => {
                for line in layout_paragraph(text, opts) {
                    writeln!(self.out, "{}", line.padded(opts.width).trim_end())?;
                }
                Ok(())
            }
        }
    }

    fn pair(
        &mut self,
        corpus: &Corpus,
        reuse: &Reuse,
        x: usize,
        y: usize,
        links: &[&Link],
    ) -> std::io::Result<()> {
        let name = |i: usize| match self.names.get(i) {
            Some(n) => format!("{} {n}", i + 1),
            None => (i + 1).to_string(),
        };
        let share = |i: usize, other: usize| {
            reuse.derivations.get(i).map_or(0.0, |d| {
                d.shared
                    .iter()
                    .find(|s| s.article == other)
                    .map_or(0.0, |s| s.fraction)
            })
        };
        self.row(&format!(
            "{} ↔ {}: {} passage{}; {:.0}% of {} and {:.0}% of {} shared",
            isolate(&name(x)),
            isolate(&name(y)),
            links.len(),
            if links.len() == 1 { "" } else { "s" },
            100.0 * share(x, y),
            x + 1,
            100.0 * share(y, x),
            y + 1
        ))?;
        for l in links {
            let Some((sx, sy)) = l.sides(x) else { continue };
            let agency = l
                .agency
                .as_deref()
                .map(|a| format!(" · {}", isolate(a)))
                .unwrap_or_default();
            self.row(&format!(
                "  {} {:.2} · {} words{agency} · {}¶{} ↔ {}¶{}",
                l.kind.as_str(),
                l.similarity,
                l.words,
                x + 1,
                sx.paragraph + 1,
                y + 1,
                sy.paragraph + 1
            ))?;
            for (i, s) in [(x, sx), (y, sy)] {
                let text: String = corpus
                    .articles
                    .get(i)
                    .and_then(|a| a.paragraphs.get(s.paragraph))
                    .map(|p| {
                        let chars = p.text.chars().skip(s.start);
                        chars.take(s.end.saturating_sub(s.start)).collect()
                    })
                    .unwrap_or_default();
                self.row(&format!("  {}│ {text}", i + 1))?;
            }
        }
        writeln!(self.out)
    }
}

/// `text` in a first-strong isolate, so an Arabic outlet name keeps its order inside a row.
fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn two_picks_then_paths() {
        let (p, paths) = split(&s(&["1", "3"])).unwrap();
        assert_eq!(p, Some((Pick::Number(1), Pick::Number(3))));
        assert!(paths.is_empty());
        let (p, paths) = split(&s(&["a", "b", "src"])).unwrap();
        assert_eq!(p, Some((Pick::Id("a".into()), Pick::Id("b".into()))));
        assert_eq!(paths, [PathBuf::from("src")]);
        let (p, paths) = split(&s(&["src", "assets"])).unwrap();
        assert_eq!((p, paths.len()), (None, 2));
        assert!(split(&s(&["nope", "src"])).is_err());
    }
}
