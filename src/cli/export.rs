//! `khabar export [PATH]...`: one JSON document (docs/export.md).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::compare::Reuse;
use crate::compare::json::{DerivationJson, LinkJson};
use crate::corpus::{Article, Corpus};
use crate::extract::{Analysis, ArticleReference, Entity, Event, Failure};

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
}

#[derive(Serialize)]
struct Export<'a> {
    articles: Vec<ArticleOut<'a>>,
    entities: &'a [Entity],
    timeline: &'a [Event],
    reuse: Vec<LinkJson<'a>>,
    references: &'a [ArticleReference],
    /// Articles a stage of the analysis failed on (absent when none did).
    #[serde(skip_serializing_if = "<[Failure]>::is_empty")]
    failures: &'a [Failure],
}

/// An article with its `derivation` (outlet comparison).
#[derive(Serialize)]
struct ArticleOut<'a> {
    #[serde(flatten)]
    article: &'a Article,
    derivation: Option<DerivationJson<'a>>,
}

pub fn run(args: ExportArgs) -> ExitCode {
    let corpus = match super::load_corpus(&args.paths) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut analysis = super::analyse(&corpus);
    let (reuse, mut failed) = super::compare::reuse(&corpus);
    analysis.failures.append(&mut failed);
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    match write_json(&corpus, &analysis, &reuse, out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => super::write_failed(&e),
    }
}

/// Write the export document (pretty JSON and a final newline) for a corpus, its analysis and
/// its outlet comparison.
///
/// Streams into `out` rather than building the document as one string first: on a large folder
/// the string would be the biggest thing in memory (about 2.6× the corpus size).
pub fn write_json(
    corpus: &Corpus,
    analysis: &Analysis,
    reuse: &Reuse,
    mut out: impl Write,
) -> std::io::Result<()> {
    let doc = Export {
        articles: corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, article)| ArticleOut {
                article,
                derivation: reuse
                    .derivations
                    .get(i)
                    .map(|d| DerivationJson::new(corpus, d)),
            })
            .collect(),
        entities: &analysis.entities,
        timeline: &analysis.timeline,
        reuse: reuse
            .links
            .iter()
            .map(|l| LinkJson::new(corpus, l))
            .collect(),
        references: &analysis.references,
        failures: &analysis.failures,
    };
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Escaping::default());
    doc.serialize(&mut ser)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// serde_json's pretty output, with DEL and the C1 controls (U+007F–U+009F, which JSON allows
/// raw) written as `\u` escapes too: the document is the same, and a terminal that shows it
/// receives no control (U+009B alone is a CSI). See `text::controls`.
#[derive(Default)]
struct Escaping(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for Escaping {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some((i, c)) = rest
            .char_indices()
            .find(|&(_, c)| ('\u{7F}'..='\u{9F}').contains(&c))
        {
            let (before, after) = rest.split_at_checked(i).unwrap_or((rest, ""));
            w.write_all(before.as_bytes())?;
            write!(w, "\\u{:04x}", u32::from(c))?;
            rest = after.get(c.len_utf8()..).unwrap_or_default();
        }
        w.write_all(rest.as_bytes())
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}
