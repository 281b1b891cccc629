//! `khabar search QUERY [PATH]...`: every hit with its outlet (and its title or file name when
//! the outlet does not tell the article apart), paragraph number and a snippet,
//! laid out right-to-left by the text engine; exit code 1 when nothing matches (like grep).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::corpus::Corpus;
use crate::search::{Hit, Index, Query};
use crate::text::{LayoutOptions, VisualLine, layout_paragraph};

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// What to look for: words match whole (with attached و ف ب ل ك ال), several words as a
    /// phrase; a trailing `*` matches word beginnings.
    pub query: String,
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
    /// Row width in cells (default: the terminal's width, or 80).
    #[arg(long, short, value_parser = super::parse_width)]
    pub width: Option<usize>,
    /// Also search boilerplate (related links, tickers, tag lines).
    #[arg(long)]
    pub all: bool,
}

/// Characters of context kept on each side of a hit in a snippet.
const CONTEXT: usize = 60;

pub fn run(args: SearchArgs, g: &super::Global) -> ExitCode {
    let visual = g.visual_output();
    let lang = g.interface_lang();
    let Some(query) = Query::parse(&args.query) else {
        crate::cli::warn(format_args!("nothing to search for in «{}»", args.query));
        return ExitCode::from(2);
    };
    let corpus = match super::stories::load_limited(&args.paths, g) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let (index, failures) = crate::extract::isolate::per_article(&corpus, "search", |c| {
        if args.all {
            Index::build_all(c)
        } else {
            Index::build(c)
        }
    });
    super::report_failures(&failures);
    let hits = index.search(&corpus, &query);
    if hits.is_empty() {
        crate::cli::warn(format_args!("no match for «{}»", args.query));
        return ExitCode::from(1);
    }
    // Articles an outlet does not tell apart are named by their own name (screen::sources).
    let sources = crate::screen::sources::article_names(&corpus.articles, Some(lang));
    let tty = std::io::stdout().is_terminal();
    let width = super::output_width(args.width);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (i, hit) in hits.iter().enumerate() {
        let printed = if visual {
            print_hit(
                &mut out,
                &corpus,
                &sources,
                hit,
                (i + 1, hits.len()),
                width,
                tty,
            )
        } else {
            print_logical(&mut out, &corpus, &sources, hit, (i + 1, hits.len()))
        };
        if let Err(e) = printed {
            return super::write_failed(&e);
        }
    }
    if let Err(e) = out.flush() {
        return super::write_failed(&e);
    }
    ExitCode::SUCCESS
}

fn print_hit(
    out: &mut impl Write,
    corpus: &Corpus,
    sources: &[String],
    hit: &Hit,
    (n, total): (usize, usize),
    width: usize,
    tty: bool,
) -> std::io::Result<()> {
    // Hits come from an index of this corpus; a stale one prints nothing rather than panics.
    let Some((header, para)) = hit_parts(corpus, sources, hit, (n, total)) else {
        return Ok(());
    };
    let opts = LayoutOptions::new(width);
    for line in layout_paragraph(&header, &opts) {
        writeln!(out, "{}", paint(&line, width, None, tty, true))?;
    }
    let text = &para.text;
    let (snippet, offset) = snippet(text, hit.start, hit.end);
    let mark = (hit.start - offset + usize::from(offset > 0))
        ..(hit.end - offset + usize::from(offset > 0));
    for line in layout_paragraph(&snippet, &opts) {
        writeln!(out, "{}", paint(&line, width, Some(&mark), tty, false))?;
    }
    writeln!(out)
}

/// A hit in logical order (for pipes): the header line, the snippet, a blank line.
fn print_logical(
    out: &mut impl Write,
    corpus: &Corpus,
    sources: &[String],
    hit: &Hit,
    (n, total): (usize, usize),
) -> std::io::Result<()> {
    // Hits come from an index of this corpus; a stale one prints nothing rather than panics.
    let Some((header, para)) = hit_parts(corpus, sources, hit, (n, total)) else {
        return Ok(());
    };
    writeln!(out, "{}", super::logical_text(&header))?;
    let (snippet, _) = snippet(&para.text, hit.start, hit.end);
    writeln!(out, "{}", super::logical_text(&snippet))?;
    writeln!(out)
}

/// A hit's header line (`outlet · ¶P · n/N`) and its paragraph, for both printers; `None` for a
/// hit that does not point into this corpus.
fn hit_parts<'c>(
    corpus: &'c Corpus,
    sources: &[String],
    hit: &Hit,
    (n, total): (usize, usize),
) -> Option<(String, &'c crate::corpus::Paragraph)> {
    let article = corpus.articles.get(hit.article)?;
    let para = article.paragraphs.get(hit.paragraph)?;
    let source = sources.get(hit.article)?;
    Some((
        format!("{source} · ¶{} · {n}/{total}", hit.paragraph + 1),
        para,
    ))
}

/// The words around `start..end` of `text`, with `…` where it was cut; returns the snippet and
/// the `char` offset in `text` where it begins.
fn snippet(text: &str, start: usize, end: usize) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    // A hit comes from this paragraph; clamped anyway so a stale one cannot cut past its end.
    let end = end.min(chars.len());
    let start = start.min(end);
    let mut from = start.saturating_sub(CONTEXT);
    let word_char = |k: usize| chars.get(k).is_some_and(|c| !c.is_whitespace());
    while from > 0 && word_char(from - 1) {
        from += 1;
        if from >= start {
            from = start;
            break;
        }
    }
    let mut to = (end + CONTEXT).min(chars.len());
    while to > end && word_char(to) {
        to -= 1;
    }
    let mut s = String::new();
    if from > 0 {
        s.push('…');
    }
    s.extend(chars.get(from..to).unwrap_or_default());
    if to < chars.len() {
        s.push('…');
    }
    (s, from)
}

/// A visual row padded to `width`, with the cells inside `mark` (logical `char` range) in
/// reverse video and a header in bold — only on a terminal.
fn paint(
    line: &VisualLine,
    width: usize,
    mark: Option<&std::ops::Range<usize>>,
    tty: bool,
    bold: bool,
) -> String {
    if !tty {
        return line.padded(width);
    }
    let mut s = String::new();
    if bold {
        s.push_str("\x1b[1m");
    }
    s.push_str(&" ".repeat(line.indent));
    let mut on = false;
    for cell in &line.cells {
        let hit = mark.is_some_and(|m| cell.logical.start < m.end && m.start < cell.logical.end);
        if hit != on {
            s.push_str(if hit { "\x1b[7m" } else { "\x1b[27m" });
            on = hit;
        }
        s.push_str(&cell.glyph);
    }
    s.push_str("\x1b[0m");
    s.push_str(&" ".repeat(width.saturating_sub(line.indent + line.width())));
    s
}

#[cfg(test)]
mod tests {
    use super::snippet;

    #[test]
    fn snippet_cuts_at_words_and_keeps_the_hit() {
        let text = format!("{} العراق {}", "كلمة ".repeat(30), "أخرى ".repeat(30));
        let start = text.chars().position(|c| c == 'ع').expect("hit") - 2;
        let (s, from) = snippet(&text, start, start + 6);
        assert!(s.starts_with('…') && s.ends_with('…'));
        assert!(s.contains("العراق"));
        let inside: String = s.chars().skip(start - from + 1).take(6).collect();
        assert_eq!(inside, "العراق");
        assert!(!s.contains("كل…") && !s.starts_with("…ة"));
    }

    #[test]
    fn short_paragraph_is_whole() {
        let (s, from) = snippet("في العراق", 3, 9);
        assert_eq!((s.as_str(), from), ("في العراق", 0));
    }
}
