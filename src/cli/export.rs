//! `khabar export [PATH]...`: one JSON document (docs/export.md).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::compare::Reuse;
use crate::compare::json::{DerivationJson, LinkJson};
use crate::corpus::{Article, Corpus};
use crate::extract::{Analysis, ArticleReference, Entity, Event, Failure};
use crate::stories::{Stories, Story};

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
}

#[derive(Serialize)]
struct Export<'a> {
    articles: Vec<ArticleOut<'a>>,
    stories: Vec<StoryOut<'a>>,
    entities: Vec<InStory<'a, &'a Entity>>,
    timeline: Vec<InStory<'a, &'a Event>>,
    reuse: Vec<InStory<'a, LinkJson<'a>>>,
    references: &'a [ArticleReference],
    /// Articles a stage of the analysis failed on (absent when none did).
    #[serde(skip_serializing_if = "<[Failure]>::is_empty")]
    failures: &'a [Failure],
}

/// A story: `{"id", "title", "articles": [article ids], "first", "last", "outlets"}`.
#[derive(Serialize)]
struct StoryOut<'a> {
    id: &'a str,
    title: &'a str,
    articles: Vec<&'a str>,
    first: Option<chrono::NaiveDate>,
    last: Option<chrono::NaiveDate>,
    outlets: &'a [String],
}

impl<'a> StoryOut<'a> {
    fn new(corpus: &'a Corpus, s: &'a Story) -> StoryOut<'a> {
        StoryOut {
            id: &s.id,
            title: &s.title,
            articles: s
                .articles
                .iter()
                .filter_map(|&i| corpus.articles.get(i).map(|a| a.id.as_str()))
                .collect(),
            first: s.first,
            last: s.last,
            outlets: &s.outlets,
        }
    }
}

/// An entity, event or reuse link with the id of the story it was found in.
#[derive(Serialize)]
struct InStory<'a, T: Serialize> {
    #[serde(flatten)]
    item: T,
    story: &'a str,
}

/// What the export shows: the corpus's stories, the analysis of each merged (with each
/// entity's and event's story), the comparison within each (with each link's story).
pub struct Document<'a> {
    pub corpus: &'a Corpus,
    pub stories: &'a Stories,
    pub analysis: &'a Analysis,
    pub entity_story: &'a [usize],
    pub event_story: &'a [usize],
    pub reuse: &'a Reuse,
    pub link_story: &'a [usize],
}

/// An article with its `derivation` (outlet comparison).
#[derive(Serialize)]
struct ArticleOut<'a> {
    #[serde(flatten)]
    article: &'a Article,
    derivation: Option<DerivationJson<'a>>,
}

pub fn run(args: ExportArgs, g: &super::Global) -> ExitCode {
    // The grouping's analysis is the one exported; the paragraphs were prepared once for it
    // and are read again by the comparison.
    let (corpus, analysed, prepared) = match super::stories::load_analysed(&args.paths, g) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let (mut analysis, entity_story, event_story) = analysed.merged(&corpus);
    let mut bar = super::progress::Progress::new();
    bar.stage("comparing outlets…");
    let (reuse, link_story, mut failed) =
        crate::stories::reuse_prepared(&corpus, &prepared, &analysed.stories);
    drop(prepared);
    bar.finish();
    super::report_failures(&failed);
    analysis.failures.append(&mut failed);
    let doc = Document {
        corpus: &corpus,
        stories: &analysed.stories,
        analysis: &analysis,
        entity_story: &entity_story,
        event_story: &event_story,
        reuse: &reuse,
        link_story: &link_story,
    };
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    match write_document(&doc, out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => super::write_failed(&e),
    }
}

/// Write the export document for a corpus taken as one story, its analysis and its outlet
/// comparison (see [`write_document`]).
pub fn write_json(
    corpus: &Corpus,
    analysis: &Analysis,
    reuse: &Reuse,
    out: impl Write,
) -> std::io::Result<()> {
    let stories = Stories::one(corpus);
    let doc = Document {
        corpus,
        stories: &stories,
        analysis,
        entity_story: &vec![0; analysis.entities.len()],
        event_story: &vec![0; analysis.timeline.len()],
        reuse,
        link_story: &vec![0; reuse.links.len()],
    };
    write_document(&doc, out)
}

/// Write the export document (pretty JSON and a final newline).
///
/// Streams into `out` rather than building the document as one string first: on a large folder
/// the string would be the biggest thing in memory (about 2.6× the corpus size).
pub fn write_document(d: &Document, mut out: impl Write) -> std::io::Result<()> {
    let (corpus, reuse) = (d.corpus, d.reuse);
    let story_id = |k: Option<&usize>| {
        k.and_then(|&k| d.stories.stories.get(k))
            .map_or("", |s| s.id.as_str())
    };
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
                    .map(|dv| DerivationJson::new(corpus, dv)),
            })
            .collect(),
        stories: d
            .stories
            .stories
            .iter()
            .map(|s| StoryOut::new(corpus, s))
            .collect(),
        entities: d
            .analysis
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| InStory {
                item: e,
                story: story_id(d.entity_story.get(i)),
            })
            .collect(),
        timeline: d
            .analysis
            .timeline
            .iter()
            .enumerate()
            .map(|(i, e)| InStory {
                item: e,
                story: story_id(d.event_story.get(i)),
            })
            .collect(),
        reuse: reuse
            .links
            .iter()
            .enumerate()
            .map(|(i, l)| InStory {
                item: LinkJson::new(corpus, l),
                story: story_id(d.link_story.get(i)),
            })
            .collect(),
        references: &d.analysis.references,
        failures: &d.analysis.failures,
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
