//! The reader's state. Only [`super::update::update`] changes it (plus [`State::prepare`],
//! which lays out the open article for the current width before a frame is drawn).

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use super::i18n::Lang;
use super::keymap::Keymap;
use crate::corpus::{Corpus, ParagraphKind};
use crate::extract::{Analysis, Entity, EntityKind, Event};
use crate::search::{Hit, Index};
use crate::text::{Direction, LayoutOptions, VisualLine, layout_paragraph};

/// The four panes, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Articles,
    Body,
    Entities,
    Timeline,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Articles, Pane::Body, Pane::Entities, Pane::Timeline];
}

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

/// The search prompt and the last search.
#[derive(Debug, Default)]
pub struct SearchState {
    /// The text being typed, while the prompt is open.
    pub prompt: Option<String>,
    pub history: Vec<String>,
    pub history_pos: Option<usize>,
    /// The last query searched and its hits.
    pub query: String,
    pub hits: Vec<Hit>,
}

/// How a body row is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Headline,
    Meta,
    Paragraph(ParagraphKind),
    Blank,
}

/// One visual row of the open article.
#[derive(Debug, Clone)]
pub struct BodyRow {
    /// The paragraph it shows (`None` for the header and blank rows).
    pub paragraph: Option<usize>,
    pub kind: RowKind,
    pub line: VisualLine,
}

/// Which layout of which article: (article, width, boilerplate shown).
pub type LayoutKey = (usize, u16, bool);

/// Article layouts kept in [`State::body_cache`].
const BODY_CACHE_MAX: usize = 64;

/// The open article laid out for one width.
#[derive(Debug, Default)]
pub struct BodyLayout {
    pub key: Option<LayoutKey>,
    pub rows: Arc<Vec<BodyRow>>,
}

/// Everything the reader shows.
pub struct State {
    pub corpus: Arc<Corpus>,
    pub analysis: Option<Analysis>,
    pub index: Option<Index>,
    /// Article id → index, for mentions.
    pub article_ix: HashMap<String, usize>,
    pub lang: Lang,
    pub keymap: Keymap,
    pub size: (u16, u16),
    pub focus: Pane,
    /// The side pane shown next to the body on narrow terminals.
    pub side: Pane,
    pub open: usize,
    pub article_sel: usize,
    pub body_scroll: usize,
    pub entity_sel: usize,
    pub event_sel: usize,
    pub filter: Option<EntityKind>,
    pub show_boilerplate: bool,
    pub help: bool,
    /// First help row shown: on a small screen the help scrolls.
    pub help_scroll: usize,
    pub target: Option<Target>,
    /// Position in the target's mentions while cycling with n/N.
    pub cursor: Option<usize>,
    pub search: SearchState,
    /// A mention to bring into view once the body is laid out.
    pub reveal: Option<Mark>,
    pub body: BodyLayout,
    /// Every article laid out so far, so going back to a source is not a new layout.
    pub body_cache: HashMap<LayoutKey, Arc<Vec<BodyRow>>>,
    /// Keys of `body_cache`, oldest first (the next to evict).
    pub body_cache_order: VecDeque<LayoutKey>,
    pub message: Option<String>,
    pub quit: bool,
    /// Laid-out list and status rows, reused across frames (a drawing memo, not state).
    pub rows: crate::ui::draw::RowCache,
    /// Per-analysis facts the panes show on every frame, computed once when it arrives.
    pub derived: Derived,
}

/// What the entity and timeline panes need from the analysis on every frame, computed once
/// (on a folder of thousands of articles, recomputing it per keypress cost several ms).
#[derive(Debug, Default)]
pub struct Derived {
    /// Entity indices in pane order: by kind, most mentioned first.
    pub entity_order: Vec<usize>,
    /// Source badge (1-based article numbers) of each entity, by entity index.
    pub entity_badges: Vec<String>,
    /// Source badge of each timeline event, by event index.
    pub event_badges: Vec<String>,
}

impl State {
    pub fn new(corpus: Arc<Corpus>, lang: Lang, keymap: Keymap) -> State {
        let article_ix = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        State {
            corpus,
            analysis: None,
            index: None,
            article_ix,
            lang,
            keymap,
            size: (120, 40),
            focus: Pane::Body,
            side: Pane::Entities,
            open: 0,
            article_sel: 0,
            body_scroll: 0,
            entity_sel: 0,
            event_sel: 0,
            filter: None,
            show_boilerplate: false,
            help: false,
            help_scroll: 0,
            target: None,
            cursor: None,
            search: SearchState::default(),
            reveal: None,
            body: BodyLayout::default(),
            body_cache: HashMap::new(),
            body_cache_order: VecDeque::new(),
            message: None,
            quit: false,
            rows: crate::ui::draw::RowCache::default(),
            derived: Derived::default(),
        }
    }

    /// Take the analysis and search index from the worker.
    pub fn analysed(&mut self, analysis: Analysis, index: Index) {
        let mut order: Vec<usize> = (0..analysis.entities.len()).collect();
        let e = &analysis.entities;
        order.sort_by_key(|&i| (e[i].kind, std::cmp::Reverse(e[i].mentions.len()), i));
        self.derived = Derived {
            entity_order: order,
            entity_badges: e.iter().map(|x| self.badge(&x.mentions)).collect(),
            event_badges: analysis
                .timeline
                .iter()
                .map(|x| self.badge(&x.mentions))
                .collect(),
        };
        self.analysis = Some(analysis);
        self.index = Some(index);
    }

    /// Source numbers (1-based article positions) of the mentions, ascending, space-separated.
    pub fn badge(&self, mentions: &[crate::extract::Mention]) -> String {
        let mut n: Vec<usize> = mentions
            .iter()
            .filter_map(|m| self.article_ix.get(&*m.article).map(|i| i + 1))
            .collect();
        n.sort_unstable();
        n.dedup();
        n.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Entities shown in the entities pane (after the kind filter), grouped by kind.
    pub fn visible_entities(&self) -> Vec<(usize, &Entity)> {
        let Some(a) = &self.analysis else {
            return Vec::new();
        };
        self.derived
            .entity_order
            .iter()
            .filter_map(|&i| Some((i, a.entities.get(i)?)))
            .filter(|(_, e)| self.filter.is_none_or(|k| e.kind == k))
            .collect()
    }

    pub fn events(&self) -> &[Event] {
        self.analysis
            .as_ref()
            .map_or(&[], |a| a.timeline.as_slice())
    }

    /// The marks of the current target, in reading order.
    pub fn marks(&self) -> Vec<Mark> {
        let from_mentions = |ms: &[crate::extract::Mention]| -> Vec<Mark> {
            let mut v: Vec<Mark> = ms
                .iter()
                .filter_map(|m| {
                    let article = *self.article_ix.get(&*m.article)?;
                    Some(Mark {
                        article,
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
        match (self.target, &self.analysis) {
            (Some(Target::Entity(i)), Some(a)) => a
                .entities
                .get(i)
                .map(|e| from_mentions(&e.mentions))
                .unwrap_or_default(),
            (Some(Target::Event(i)), Some(a)) => a
                .timeline
                .get(i)
                .map(|e| from_mentions(&e.mentions))
                .unwrap_or_default(),
            (Some(Target::Search), _) => self
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
            _ => Vec::new(),
        }
    }

    /// Lay out the open article for a body of `width` columns and `height` rows, and bring
    /// a pending mention into view.
    pub fn prepare(&mut self, width: u16, height: u16) {
        let key = (self.open, width, self.show_boilerplate);
        if self.body.key != Some(key) {
            let rows = match self.body_cache.get(&key) {
                Some(rows) => Arc::clone(rows),
                None => {
                    // Bounded (a layout is tens of bytes per character): layouts at another
                    // width are stale after a resize; otherwise the oldest one goes. Evicting
                    // one at a time keeps each keypress cheap: dropping all 64 at once cost
                    // a 15 ms frame every 64th source on a large folder.
                    if self.body_cache.keys().any(|k| k.1 != width) {
                        self.body_cache.clear();
                        self.body_cache_order.clear();
                    }
                    while self.body_cache.len() >= BODY_CACHE_MAX {
                        let Some(old) = self.body_cache_order.pop_front() else {
                            self.body_cache.clear();
                            break;
                        };
                        self.body_cache.remove(&old);
                    }
                    let rows = Arc::new(self.layout_body(usize::from(width)));
                    self.body_cache.insert(key, Arc::clone(&rows));
                    self.body_cache_order.push_back(key);
                    rows
                }
            };
            self.body = BodyLayout {
                key: Some(key),
                rows,
            };
        }
        if let Some(mark) = self.reveal.take()
            && let Some(row) = self.body.rows.iter().position(|r| {
                r.paragraph == Some(mark.paragraph)
                    && r.line.cells.iter().any(|c| c.logical.end > mark.start)
            })
        {
            self.body_scroll = row.saturating_sub(usize::from(height) / 3);
        }
        let max = self
            .body
            .rows
            .len()
            .saturating_sub(usize::from(height).max(1));
        self.body_scroll = self.body_scroll.min(max);
    }

    fn layout_body(&self, width: usize) -> Vec<BodyRow> {
        let Some(article) = self.corpus.articles.get(self.open) else {
            return Vec::new();
        };
        let width = width.max(1);
        let opts = LayoutOptions::new(width);
        let mut rows = Vec::new();
        let mut push =
            |text: &str, kind: RowKind, paragraph: Option<usize>, direction: Option<Direction>| {
                for line in layout_paragraph(text, &LayoutOptions { direction, ..opts }) {
                    rows.push(BodyRow {
                        paragraph,
                        kind,
                        line,
                    });
                }
            };
        // The headline row stands for the title paragraph, so its mentions highlight there.
        let title_para = article
            .paragraphs
            .iter()
            .position(|p| p.kind == ParagraphKind::Title && p.text == article.title);
        // A title the loader derived from the opening words of the first paragraph (after
        // its place line) would repeat them: no headline row then.
        let stem = article.title.trim_end_matches('…').trim();
        let derived = title_para.is_none()
            && article
                .paragraphs
                .iter()
                .find(|p| p.kind.is_content())
                .is_some_and(|p| !stem.is_empty() && p.text.contains(stem));
        if !derived {
            push(&article.title, RowKind::Headline, title_para, None);
        }
        let meta = self.meta_line(self.open);
        push(&meta, RowKind::Meta, None, Some(Direction::Rtl));
        let blank = VisualLine {
            indent: 0,
            cells: Vec::new(),
            direction: Direction::Rtl,
        };
        for (i, p) in article.paragraphs.iter().enumerate() {
            if p.kind == ParagraphKind::Boilerplate && !self.show_boilerplate
                || Some(i) == title_para
            {
                continue;
            }
            rows.push(BodyRow {
                paragraph: None,
                kind: RowKind::Blank,
                line: blank.clone(),
            });
            for line in layout_paragraph(&p.text, &opts) {
                rows.push(BodyRow {
                    paragraph: Some(i),
                    kind: RowKind::Paragraph(p.kind),
                    line,
                });
            }
        }
        rows
    }

    /// `outlet · date` for an article.
    pub fn meta_line(&self, article: usize) -> String {
        let Some(a) = self.corpus.articles.get(article) else {
            return String::new();
        };
        let outlet = if a.outlet.is_empty() {
            super::i18n::tr(self.lang, "unknown_outlet")
        } else {
            a.outlet.as_str()
        };
        let date = a.published.map_or_else(
            || super::i18n::tr(self.lang, "no_date").to_string(),
            // Left-to-right isolate (LRI … PDI): after Arabic text the bidi algorithm would
            // otherwise make each number of an ISO date its own Arabic-number run and show
            // 2024-05-12 as 12-05-2024.
            |d| format!("\u{2066}{d}\u{2069}"),
        );
        format!("{outlet} · {date}")
    }
}
