//! The open article's pane: its rows laid out for the body's width (kept for the last 64
//! sources, so going back is not a new layout), the scroll position, and a mention waiting
//! to be brought into view.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use crate::app::action::Command;
use crate::app::panes::list::Move;
use crate::app::state::Mark;
use crate::corpus::{Article, ParagraphKind};
use crate::text::{Direction, LayoutOptions, VisualLine, layout_paragraph};

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

/// Which layout of which article: (article, width, boilerplate shown, the hash of the meta
/// line and the hidden-furniture note — the line changes when the analysis works out an
/// undated article's date, the note with the interface language).
pub type LayoutKey = (usize, u16, bool, u64);

/// Article layouts kept in [`Body::cache`].
const CACHE_MAX: usize = 64;

/// The body pane's state.
#[derive(Debug, Default)]
pub struct Body {
    pub scroll: usize,
    /// The open article's rows, and which layout they are.
    pub rows: Arc<Vec<BodyRow>>,
    pub key: Option<LayoutKey>,
    /// A mention to bring into view once the body is laid out.
    pub reveal: Option<Mark>,
    /// Every article laid out so far (bounded), and their keys oldest first.
    pub cache: HashMap<LayoutKey, Arc<Vec<BodyRow>>>,
    pub cache_order: VecDeque<LayoutKey>,
}

impl Body {
    /// Scroll by a movement command in a body `height` rows tall.
    pub fn command(&mut self, cmd: Command, height: usize) {
        if let Some(m) = Move::of(cmd) {
            let m = match m {
                // A page keeps two rows of context.
                Move::Page(d) => Move::By(d * height.saturating_sub(2).max(1) as isize),
                m => m,
            };
            let max = self.rows.len().saturating_sub(height) + 1;
            self.scroll = m.apply(self.scroll, max, height);
        }
    }

    /// Lay out `article` (number `open`) for a body of `width`×`height` if it is not yet,
    /// and bring a pending mention into view. `meta` is its outlet · date line; `hidden` is
    /// the note closing an article whose page furniture is hidden, `{n}` standing for how
    /// many paragraphs (a reader must know that text is there, and how to see it).
    pub fn prepare(
        &mut self,
        open: usize,
        article: Option<&Article>,
        (meta, hidden): (&str, &str),
        (width, height): (u16, u16),
        boilerplate: bool,
    ) {
        let Some(article) = article else {
            // Nothing to show yet (the folder is loading): nothing to remember either.
            self.rows = Arc::default();
            self.key = None;
            return;
        };
        let key = (open, width, boilerplate, meta_hash(meta, hidden));
        if self.key != Some(key) {
            self.rows = match self.cache.get(&key) {
                Some(rows) => Arc::clone(rows),
                None => {
                    // Layouts at another width are stale after a resize; otherwise the
                    // oldest goes, one at a time (dropping all 64 at once cost a 15 ms frame
                    // every 64th source on a large folder).
                    if self.cache.keys().any(|k| k.1 != width) {
                        self.cache.clear();
                        self.cache_order.clear();
                    }
                    while self.cache.len() >= CACHE_MAX {
                        let Some(old) = self.cache_order.pop_front() else {
                            self.cache.clear();
                            break;
                        };
                        self.cache.remove(&old);
                    }
                    let rows = Arc::new(layout(
                        article,
                        (meta, hidden),
                        usize::from(width),
                        boilerplate,
                    ));
                    self.cache.insert(key, Arc::clone(&rows));
                    self.cache_order.push_back(key);
                    rows
                }
            };
            self.key = Some(key);
        }
        if let Some(mark) = self.reveal.take()
            && let Some(row) = self.rows.iter().position(|r| {
                r.paragraph == Some(mark.paragraph)
                    && r.line.cells.iter().any(|c| c.logical.end > mark.start)
            })
        {
            self.scroll = row.saturating_sub(usize::from(height) / 3);
        }
        let max = self.rows.len().saturating_sub(usize::from(height).max(1));
        self.scroll = self.scroll.min(max);
    }

    /// Forget every layout (a new corpus).
    pub fn reset(&mut self) {
        *self = Body::default();
    }
}

fn meta_hash(meta: &str, hidden: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (meta, hidden).hash(&mut h);
    h.finish()
}

/// The rows of an article: headline, meta line, then each shown paragraph after a blank row,
/// and, when page furniture is hidden, a row saying how much (`hidden`, `{n}` the count).
fn layout(
    article: &Article,
    (meta, hidden): (&str, &str),
    width: usize,
    boilerplate: bool,
) -> Vec<BodyRow> {
    let opts = LayoutOptions::new(width.max(1));
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
    // A title the loader derived from the opening words of the first paragraph (after its
    // place line) would repeat them: no headline row then.
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
    push(meta, RowKind::Meta, None, Some(Direction::Rtl));
    // The paragraph direction rule of docs/extraction.md.
    let rtl_article = crate::corpus::article_is_rtl(article);
    for (i, p) in article.paragraphs.iter().enumerate() {
        if p.kind == ParagraphKind::Boilerplate && !boilerplate || Some(i) == title_para {
            continue;
        }
        rows.push(BodyRow {
            paragraph: None,
            kind: RowKind::Blank,
            line: VisualLine {
                indent: 0,
                cells: Vec::new(),
                direction: Direction::Rtl,
            },
        });
        // A paragraph is laid out up to MAX_PARAGRAPH_CHARS (issue 12: a 20 MB paragraph
        // froze the reader for seconds at each resize); a row says how much is left out.
        let (shown, left) = match p.text.char_indices().nth(MAX_PARAGRAPH_CHARS) {
            Some((cut, _)) => match p.text.split_at_checked(cut) {
                Some((shown, rest)) => (shown, rest.chars().count()),
                None => (p.text.as_str(), 0),
            },
            None => (p.text.as_str(), 0),
        };
        let direction = crate::corpus::paragraph_direction(shown, rtl_article);
        for line in layout_paragraph(shown, &LayoutOptions { direction, ..opts }) {
            rows.push(BodyRow {
                paragraph: Some(i),
                kind: RowKind::Paragraph(p.kind),
                line,
            });
        }
        if left > 0 {
            let note = format!("… (+{left} characters: `khabar render` shows them)");
            let opts = LayoutOptions {
                direction: Some(Direction::Ltr),
                ..opts
            };
            for line in layout_paragraph(&note, &opts) {
                rows.push(BodyRow {
                    paragraph: None,
                    kind: RowKind::Meta,
                    line,
                });
            }
        }
    }
    let furniture = article
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Boilerplate)
        .count();
    if furniture > 0 && !boilerplate && !hidden.is_empty() {
        rows.push(BodyRow {
            paragraph: None,
            kind: RowKind::Blank,
            line: VisualLine {
                indent: 0,
                cells: Vec::new(),
                direction: Direction::Rtl,
            },
        });
        let note = hidden.replace("{n}", &furniture.to_string());
        for line in layout_paragraph(&note, &opts) {
            rows.push(BodyRow {
                paragraph: None,
                kind: RowKind::Meta,
                line,
            });
        }
    }
    rows
}

/// Most characters of one paragraph laid out in the reader: some 2,000 rows of a wide pane,
/// far more than any article's paragraph, and laid out in milliseconds.
pub const MAX_PARAGRAPH_CHARS: usize = 200_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin_first_paragraph_of_an_arabic_article_is_laid_out_rtl() {
        let article = Article::from_body(
            "a",
            &[
                "date الاجتماع لم يحدد بعد بحسب مصادر مطلعة",
                "CNN reported the talks in English",
                "وقالت مصادر عراقية إن الوفد الإيراني وصل إلى بغداد مساء الأحد في زيارة لم يعلن عنها.",
            ],
        );
        let rows = layout(&article, ("", ""), 60, false);
        let direction = |i: usize| {
            rows.iter()
                .find(|r| r.paragraph == Some(i))
                .map(|r| r.line.direction)
        };
        assert_eq!(direction(0), Some(Direction::Rtl));
        // A mostly Latin paragraph keeps the first-strong-character rule.
        assert_eq!(direction(1), Some(Direction::Ltr));
    }

    /// Hidden page furniture is counted on a last row, which is gone once it is shown.
    #[test]
    fn hidden_furniture_is_counted_on_the_last_row() {
        let mut article = Article::from_body(
            "a",
            &[
                "وقالت مصادر عراقية إن الوفد الإيراني وصل إلى بغداد مساء الأحد.",
                "اقرأ أيضا",
                "شارك الخبر",
            ],
        );
        for p in article.paragraphs.iter_mut().skip(1) {
            p.kind = ParagraphKind::Boilerplate;
        }
        let text = |rows: &[BodyRow]| -> Vec<String> {
            rows.iter()
                .map(|r| r.line.cells.iter().map(|c| c.glyph.as_str()).collect())
                .collect()
        };
        let hidden = layout(&article, ("", "{n} hidden · x"), 60, false);
        let last = text(&hidden).pop().unwrap_or_default();
        assert_eq!(last.trim(), "2 hidden · x");
        assert!(hidden.iter().all(|r| r.paragraph != Some(1)));
        let shown = layout(&article, ("", "{n} hidden · x"), 60, true);
        assert!(text(&shown).iter().all(|t| !t.contains("hidden")));
        assert!(shown.iter().any(|r| r.paragraph == Some(2)));
    }
}
