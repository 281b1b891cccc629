//! The reader's state: the corpus and what is known about it, which pane has the focus,
//! each pane's own state, and the mentions being walked. Only [`super::update::update`]
//! changes it.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::keymap::{Keymap, Layer};
use super::panes::{
    articles::Articles, body::Body, compare::Compare, detail::Detail, entities::Entities,
    help::Help, search::Search, stories::Stories, timeline::Timeline,
};
use crate::compare::{Reuse, Span};
use crate::corpus::{Article, Corpus, LoadProblem};
use crate::extract::{Analysis, Entity, Event, Mention};
use crate::i18n::{Lang, tr};
use crate::screen::Pane;
use crate::screen::geometry::{Areas, areas, is_narrow};
use crate::search::Index;

/// What the highlighted mentions belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Entity(usize),
    Event(usize),
    Search,
}

/// A place in the corpus: article index, paragraph index, `char` range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mark {
    pub article: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// Where the analysis is: the panes say which.
#[derive(Debug, Default)]
pub enum AnalysisState {
    /// Loading or analysing.
    #[default]
    Pending,
    Ready(Box<Analysis>),
    /// The worker failed; reading and search still work.
    Failed(String),
}

impl AnalysisState {
    /// The analysis, once it is ready.
    pub fn ready(&self) -> Option<&Analysis> {
        match self {
            AnalysisState::Ready(a) => Some(a),
            _ => None,
        }
    }
}

/// Where the outlet comparison is (it comes after the analysis).
#[derive(Debug, Default)]
pub enum ReuseState {
    #[default]
    Pending,
    Ready(Box<Reuse>),
    Failed(String),
}

impl ReuseState {
    pub fn ready(&self) -> Option<&Reuse> {
        match self {
            ReuseState::Ready(r) => Some(r),
            _ => None,
        }
    }
}

/// The passages parallel to one, walked with `p`: where it started and which is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parallel {
    pub from: Mark,
    pub spans: Vec<Span>,
    pub at: usize,
}

/// The target's mentions in reading order, and which one the cursor is on while walking
/// them with n/N. Collected and sorted once per target, not per frame.
#[derive(Debug, Default)]
pub struct Walk {
    pub target: Option<Target>,
    pub marks: Vec<Mark>,
    pub cursor: Option<usize>,
}

/// A folder of several stories as a whole: the panes show one story at a time (its share,
/// `app::restrict`), kept here.
#[derive(Debug, Default)]
pub struct Folder {
    pub corpus: Arc<Corpus>,
    pub analysis: AnalysisState,
    pub reuse: ReuseState,
}

/// Everything the reader shows.
pub struct State {
    /// What the panes show: the folder, or the open story of a folder of several.
    pub corpus: Arc<Corpus>,
    /// The whole folder while it holds several stories (the search index is over it).
    pub folder: Option<Folder>,
    /// The folder's stories, the list's order and selection, the open story.
    pub stories: Stories,
    /// Article id → index, for mentions.
    pub article_ix: HashMap<String, usize>,
    pub analysis: AnalysisState,
    pub reuse: ReuseState,
    /// The search index, built by the analysis worker (the one place it is built).
    pub index: Option<Index>,
    /// Files read so far of files found, while the folder loads.
    pub loading: Option<(usize, usize)>,
    /// Files loading left out (listed on stderr after the reader ends).
    pub problems: Vec<LoadProblem>,
    pub lang: Lang,
    pub keymap: Keymap,
    pub size: (u16, u16),
    /// Where the panes are at this size: what is drawn, and what clicks map against.
    pub layout: Areas,
    pub focus: Pane,
    /// The user moved the focus (a small screen then no longer starts on the list).
    pub focus_chosen: bool,
    pub open: usize,
    pub show_boilerplate: bool,
    pub articles: Articles,
    pub body: Body,
    pub entities: Entities,
    pub timeline: Timeline,
    pub help: Help,
    pub search: Search,
    pub detail: Option<Detail>,
    /// The compare view, when open.
    pub compare: Option<Compare>,
    pub parallel: Option<Parallel>,
    pub walk: Walk,
    pub message: Option<String>,
    pub quit: bool,
    /// Each article's name as a source (screen::sources), worked out at the first draw after
    /// the articles change rather than at each of a loading folder's files.
    source_names: OnceLock<Vec<String>>,
}

impl State {
    pub fn new(corpus: Arc<Corpus>, lang: Lang, keymap: Keymap) -> State {
        let mut s = State {
            corpus: Arc::new(Corpus::default()),
            folder: None,
            stories: Stories::default(),
            article_ix: HashMap::new(),
            analysis: AnalysisState::Pending,
            reuse: ReuseState::Pending,
            index: None,
            loading: None,
            problems: Vec::new(),
            lang,
            keymap,
            size: (120, 40),
            layout: Areas::default(),
            focus: Pane::Body,
            focus_chosen: false,
            open: 0,
            show_boilerplate: false,
            articles: Articles::default(),
            body: Body::default(),
            entities: Entities::default(),
            timeline: Timeline::default(),
            help: Help::default(),
            search: Search::default(),
            detail: None,
            compare: None,
            parallel: None,
            walk: Walk::default(),
            message: None,
            quit: false,
            source_names: OnceLock::new(),
        };
        s.set_corpus(corpus);
        s
    }

    /// Take a (new) corpus: every article-indexed thing starts again.
    pub fn set_corpus(&mut self, corpus: Arc<Corpus>) {
        self.article_ix = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        self.corpus = corpus;
        self.source_names = OnceLock::new();
        self.open = 0;
        self.articles = Articles::default();
        self.body.reset();
        self.reuse = ReuseState::Pending;
        self.compare = None;
        self.parallel = None;
    }

    /// Articles that arrived while the folder loads: appended (nothing else holds the corpus
    /// before the analysis starts, so this does not copy it).
    pub fn add_articles(&mut self, articles: Vec<Article>) {
        self.source_names = OnceLock::new();
        let corpus = Arc::make_mut(&mut self.corpus);
        for a in articles {
            self.article_ix.insert(a.id.clone(), corpus.articles.len());
            corpus.articles.push(a);
        }
    }

    /// How the lists name article `i` as a source: its outlet, or its own name when it has
    /// none (a file's name, a title's first words), so that articles of unknown outlets are
    /// told apart (screen::sources).
    pub fn source_name(&self, i: usize) -> &str {
        self.source_names
            .get_or_init(|| crate::screen::sources::list_names(&self.corpus.articles))
            .get(i)
            .map_or("", String::as_str)
    }

    /// The analysis, once it is ready.
    pub fn analysis(&self) -> Option<&Analysis> {
        self.analysis.ready()
    }

    /// Which key layer is live: the prompt while typing, the help while shown, the story
    /// list while shown, the detail view while open, else the reader's.
    pub fn layer(&self) -> Layer {
        if self.search.prompt.is_some() {
            Layer::Prompt
        } else if self.help.open {
            Layer::Help
        } else if self.stories.listing() {
            Layer::Stories
        } else if self.detail.is_some() {
            Layer::Detail
        } else if self.compare.is_some() {
            Layer::Compare
        } else {
            Layer::Reader
        }
    }

    /// The layer the help is shown over (its keys come first in the help).
    pub fn under_help(&self) -> Layer {
        if self.stories.listing() {
            Layer::Stories
        } else {
            Layer::Reader
        }
    }

    /// Entities shown in the entities pane (after the kind filter), grouped by kind.
    pub fn visible_entities(&self) -> Vec<(usize, &Entity)> {
        self.entities.visible(self.analysis())
    }

    pub fn events(&self) -> &[Event] {
        self.analysis().map_or(&[], |a| a.timeline.as_slice())
    }

    /// The marks of the current target, in reading order.
    pub fn marks(&self) -> &[Mark] {
        &self.walk.marks
    }

    /// The marks of `target`, in reading order.
    pub fn marks_of(&self, target: Option<Target>) -> Vec<Mark> {
        let from_mentions = |ms: &[Mention]| -> Vec<Mark> {
            let mut v: Vec<Mark> = ms
                .iter()
                .filter_map(|m| {
                    Some(Mark {
                        article: *self.article_ix.get(&*m.article)?,
                        paragraph: m.paragraph,
                        start: m.start,
                        end: m.end,
                    })
                })
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let a = self.analysis();
        match target {
            Some(Target::Entity(i)) => a
                .and_then(|a| a.entities.get(i))
                .map(|e| from_mentions(&e.mentions))
                .unwrap_or_default(),
            Some(Target::Event(i)) => a
                .and_then(|a| a.timeline.get(i))
                .map(|e| from_mentions(&e.mentions))
                .unwrap_or_default(),
            Some(Target::Search) => self
                .search
                .hits
                .iter()
                .map(|h| Mark {
                    article: h.article,
                    paragraph: h.paragraph,
                    start: h.start,
                    end: h.end,
                })
                .collect(),
            None => Vec::new(),
        }
    }

    /// Lay out for the current size: where the panes go, and the open article's rows for
    /// the body's width. Run after every action (the one place layout state changes).
    pub fn sync_layout(&mut self) {
        if is_narrow(self.size) && !self.focus_chosen {
            // A small screen shows one pane: the list first, until the user moves.
            self.focus = Pane::Articles;
        }
        self.layout = areas(self.size, self.lang.is_rtl(), self.focus);
        if self.stories.listing() {
            // The story list takes the panes' place: only the status bar stays.
            self.layout = Areas {
                status: self.layout.status,
                ..Areas::default()
            };
        }
        // A hidden body is not laid out (at a made-up width it would also empty the cache of
        // layouts); a mention to reveal waits until it is shown.
        if self.layout.body.is_some() {
            let meta = self.meta_line(self.open);
            let hidden = self.hidden_note();
            let article = self.corpus.articles.get(self.open);
            let size = self.layout.body_text();
            self.body.prepare(
                self.open,
                article,
                (&meta, &hidden),
                size,
                self.show_boilerplate,
            );
        }
        let rtl = self.lang.is_rtl();
        if let (Some(c), Some(g)) = (
            self.compare.as_mut(),
            super::panes::compare::geometry(self.size, rtl),
        ) {
            let reuse = self.reuse.ready();
            c.prepare(
                &self.corpus,
                reuse,
                usize::from(g.lead.width),
                usize::from(g.lead.height),
            );
        }
    }

    /// The row closing an article whose page furniture is hidden: how many paragraphs
    /// (`{n}`) and the key that shows them, in the interface language.
    fn hidden_note(&self) -> String {
        let text = tr(self.lang, "furniture_hidden");
        match self
            .keymap
            .key_for(Layer::Reader, super::action::Command::ToggleBoilerplate)
        {
            Some(key) => format!("{text} · {key}: {}", tr(self.lang, "furniture_show")),
            None => text.to_string(),
        }
    }

    /// `outlet · date` for an article.
    pub fn meta_line(&self, article: usize) -> String {
        let Some(a) = self.corpus.articles.get(article) else {
            return String::new();
        };
        // The name every pane gives the article (`source_name`): its outlet, else its own.
        let outlet = self.source_name(article);
        // Left-to-right isolate (LRI … PDI): after Arabic text the bidi algorithm would
        // otherwise make each number of an ISO date its own Arabic-number run and show
        // 2024-05-12 as 12-05-2024.
        let date = self.date_shown(article).map_or_else(
            || tr(self.lang, "no_date").to_string(),
            |d| format!("\u{2066}{d}\u{2069}"),
        );
        match a.language.name_key() {
            Some(key) => format!("{outlet} · {date} · {}", tr(self.lang, key)),
            None => format!("{outlet} · {date}"),
        }
    }

    /// The article's date as every pane shows it: its publication date, else the one the
    /// timeline worked out — read from its own text (`2024-01-26°`) or borrowed from its story
    /// (`~2024-02-18`) — so the list, the body's header and the status bar never disagree.
    pub fn date_shown(&self, article: usize) -> Option<String> {
        use crate::extract::ReferenceSource;
        use crate::screen::rows::{ESTIMATED, FROM_TEXT};
        let a = self.corpus.articles.get(article)?;
        if let Some(d) = a.published {
            return Some(d.format("%Y-%m-%d").to_string());
        }
        let r = self.analysis().and_then(|x| x.references.get(article))?;
        let d = r.date.as_deref()?;
        Some(match r.source {
            ReferenceSource::Story => format!("{ESTIMATED}{d}"),
            ReferenceSource::Published => d.to_string(),
            _ => format!("{d}{FROM_TEXT}"),
        })
    }
}

/// Source numbers (1-based article positions) of the mentions, ascending, space-separated;
/// a run of three or more written as its ends (`1–4 6`): the event every outlet reports is
/// the one whose badge would otherwise leave its row no room for the text.
pub fn badge(mentions: &[Mention], article_ix: &HashMap<String, usize>) -> String {
    let mut n: Vec<usize> = mentions
        .iter()
        .filter_map(|m| article_ix.get(&*m.article).map(|i| i + 1))
        .collect();
    n.sort_unstable();
    n.dedup();
    // Runs of consecutive numbers, as (first, last).
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for k in n {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == k => *last = k,
            _ => runs.push((k, k)),
        }
    }
    let parts: Vec<String> = runs
        .into_iter()
        .flat_map(|(first, last)| match last - first {
            0 => vec![first.to_string()],
            1 => vec![first.to_string(), last.to_string()],
            _ => vec![format!("{first}\u{2013}{last}")],
        })
        .collect();
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_badge_writes_a_run_of_three_sources_or_more_by_its_ends() {
        let ix: HashMap<String, usize> = (0..9).map(|i| (format!("a{i}"), i)).collect();
        let badge_of = |sources: &[usize]| {
            let mentions: Vec<Mention> = sources
                .iter()
                .map(|&s| Mention {
                    article: format!("a{}", s - 1).into(),
                    paragraph: 0,
                    start: 0,
                    end: 1,
                    text: "x".into(),
                })
                .collect();
            badge(&mentions, &ix)
        };
        assert_eq!(badge_of(&[4, 2, 3, 1, 1]), "1\u{2013}4");
        assert_eq!(badge_of(&[1, 2, 5, 6, 7, 9]), "1 2 5\u{2013}7 9");
        assert_eq!(badge_of(&[3]), "3");
        assert_eq!(badge_of(&[]), "");
    }
}
