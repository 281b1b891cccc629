//! An HTML document as the text blocks a reader sees, in document order: every paragraph,
//! heading, list item, cell and `<br>`-separated line, with what the content choice needs to
//! know about it (its container element, link text, whether it sits in page furniture).
//! Scripts, styles, templates, forms' controls and hidden elements give no text at all.
//! The walk is iterative (no recursion), so nesting depth costs nothing but time.

use std::sync::OnceLock;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

/// One block of text.
#[derive(Debug, Clone)]
pub struct Block {
    /// Whitespace collapsed; never empty.
    pub text: String,
    /// Characters of the text inside links (weighed as `chars` is).
    pub link_chars: usize,
    /// Characters of the links to other pages that open the block, before any text outside
    /// them (a teaser's headline link before its summary; a heading's `#anchor` link is not
    /// one).
    pub lead_link_chars: usize,
    /// Characters of the text without spaces, a Han, kana or Hangul character counting two.
    pub chars: usize,
    /// The innermost block-level element holding the text.
    pub owner: NodeId,
    /// 1–6 inside `h1`–`h6`, else 0.
    pub heading: u8,
    /// The elements around the text that look like page furniture (navigation, a header or
    /// footer, an aside, a form, or a class or id naming furniture, assets/html_zones.tsv),
    /// innermost last. The content choice ignores those that hold the whole article (a
    /// wrapper named `panel-two-col-sidebar-right`).
    pub furniture: Vec<NodeId>,
    /// The innermost element around the text named as a dialog that is never the article (a
    /// cookie-consent notice, a comment thread: the `dialog` and `thread` words of
    /// assets/html_zones.tsv); the content choice
    /// ignores one that holds most of the page (a consent manager wrapping the whole page).
    pub dialog: Option<NodeId>,
}

/// Elements whose content is never text for the reader.
const SKIPPED: &[&str] = &[
    "script", "style", "template", "noscript", "svg", "iframe", "head", "button", "select",
    "textarea", "input", "option", "object", "canvas", "audio", "video", "math", "title",
];

/// Elements that start and end a block.
const BLOCK_LEVEL: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "form",
    "address",
    "hr",
    "fieldset",
    "details",
    "summary",
    "body",
    "center",
    "menu",
];

/// Elements that are page furniture by their tag.
const FURNITURE_TAGS: &[&str] = &["nav", "footer", "aside", "form", "menu"];

/// The page's blocks; `reveal`: also the text of elements hidden by an inline
/// `visibility:hidden`, which pages use to show their article by script once loaded (WeChat's
/// `js_content`) — `display:none` and `hidden` still hide.
pub fn blocks(doc: &Html, reveal: bool) -> Vec<Block> {
    let mut w = Walker::default();
    let mut skip: Option<NodeId> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => w.text(t),
                    Node::Element(e) => {
                        let name = e.name();
                        if SKIPPED.contains(&name) || hidden(e, reveal) {
                            skip = Some(node.id());
                            continue;
                        }
                        if name == "br" {
                            w.flush();
                            continue;
                        }
                        let Some(el) = ElementRef::wrap(node) else {
                            continue;
                        };
                        w.open(el);
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                    continue;
                }
                if skip.is_some() {
                    continue;
                }
                if let Node::Element(e) = node.value()
                    && e.name() != "br"
                {
                    w.close();
                }
            }
        }
    }
    w.flush();
    w.out
}

/// One open element.
struct Frame {
    id: NodeId,
    block: bool,
    furniture: bool,
    link: bool,
    /// A link to another page (not an `#anchor` in this one, not a script action).
    page_link: bool,
    heading: u8,
    article: bool,
    dialog: bool,
}

#[derive(Default)]
struct Walker {
    out: Vec<Block>,
    buf: String,
    link_chars: usize,
    lead_link_chars: usize,
    /// Text outside links has been seen in the block being gathered.
    past_lead: bool,
    frames: Vec<Frame>,
    link_depth: usize,
    page_link_depth: usize,
    article_depth: usize,
}

impl Walker {
    fn text(&mut self, t: &str) {
        if self.link_depth > 0 {
            let n = weighed_chars(t);
            self.link_chars += n;
            if self.page_link_depth > 0 && !self.past_lead {
                self.lead_link_chars += n;
            }
        }
        if self.page_link_depth == 0 && !self.past_lead && !t.trim().is_empty() {
            self.past_lead = true;
        }
        self.buf.push_str(t);
    }

    fn open(&mut self, el: ElementRef) {
        let name = el.value().name();
        let block = BLOCK_LEVEL.contains(&name);
        if block {
            self.flush();
        }
        let article = matches!(name, "article" | "main");
        let furniture = is_furniture(el, self.article_depth > 0);
        let heading = match name.as_bytes() {
            [b'h', d @ b'1'..=b'6'] => d - b'0',
            _ => 0,
        };
        let frame = Frame {
            id: el.id(),
            block,
            furniture,
            link: name == "a",
            page_link: name == "a"
                && el.value().attr("href").is_some_and(|h| {
                    let h = h.trim_start();
                    !h.is_empty() && !h.starts_with('#') && !h.starts_with("javascript:")
                }),
            heading,
            article,
            dialog: furniture && named_dialog(el),
        };
        self.link_depth += usize::from(frame.link);
        self.page_link_depth += usize::from(frame.page_link);
        self.article_depth += usize::from(frame.article);
        self.frames.push(frame);
    }

    fn close(&mut self) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        if frame.block {
            self.flush();
        }
        if let Some(frame) = self.frames.pop() {
            self.link_depth -= usize::from(frame.link);
            self.page_link_depth -= usize::from(frame.page_link);
            self.article_depth -= usize::from(frame.article);
        }
    }

    fn flush(&mut self) {
        let (link_chars, lead_link_chars) = (self.link_chars, self.lead_link_chars);
        self.link_chars = 0;
        self.lead_link_chars = 0;
        self.past_lead = false;
        if self.buf.trim().is_empty() {
            self.buf.clear();
            return;
        }
        let text = self.buf.split_whitespace().collect::<Vec<_>>().join(" ");
        self.buf.clear();
        let Some(owner) = self.frames.iter().rev().find(|f| f.block).map(|f| f.id) else {
            return;
        };
        let heading = self
            .frames
            .iter()
            .rev()
            .find(|f| f.heading > 0)
            .map_or(0, |f| f.heading);
        let chars = weighed_chars(&text);
        self.out.push(Block {
            chars,
            link_chars: link_chars.min(chars),
            lead_link_chars: lead_link_chars.min(chars),
            text,
            owner,
            heading,
            furniture: self
                .frames
                .iter()
                .filter(|f| f.furniture)
                .map(|f| f.id)
                .collect(),
            dialog: self.frames.iter().rev().find(|f| f.dialog).map(|f| f.id),
        });
    }
}

/// Whether an element is page furniture: by its tag, the page's `header` (an article's own
/// header, `in_article`, holds its headline and dateline), or its class, id and role words.
pub(super) fn is_furniture(el: ElementRef, in_article: bool) -> bool {
    let name = el.value().name();
    match name {
        "html" | "body" | "main" | "article" => false,
        "header" => !in_article,
        _ => FURNITURE_TAGS.contains(&name) || named_furniture(el),
    }
}

/// Characters of a text without its spaces, a Han, kana or Hangul character counting two:
/// each carries about as much as two letters of an alphabet, so the length thresholds of the
/// content choice (a paragraph has 25 characters) mean the same in Chinese, Japanese and
/// Korean as in Arabic or English.
fn weighed_chars(t: &str) -> usize {
    t.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if wide_letter(c) { 2 } else { 1 })
        .sum()
}

/// A Han, kana or Hangul character.
fn wide_letter(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// `hidden`, `aria-hidden="true"`, or an inline style that hides the element (`reveal`: only
/// `display:none`).
pub(super) fn hidden(e: &scraper::node::Element, reveal: bool) -> bool {
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    e.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || !reveal && s.contains("visibility:hidden")
    })
}

/// Words of assets/html_zones.tsv by kind.
struct Zones {
    strong: Vec<String>,
    dialog: Vec<String>,
    weak: Vec<String>,
    content: Vec<String>,
    embed: Vec<String>,
}

fn zones() -> &'static Zones {
    static Z: OnceLock<Zones> = OnceLock::new();
    Z.get_or_init(|| {
        let mut z = Zones {
            strong: Vec::new(),
            dialog: Vec::new(),
            weak: Vec::new(),
            content: Vec::new(),
            embed: Vec::new(),
        };
        for (kind, word) in super::kind_rows(include_str!("../../../assets/html_zones.tsv")) {
            // A comment thread is never the article either: read as a dialog.
            if matches!(kind, "dialog" | "thread") {
                z.dialog.push(word.trim().to_string());
            }
            let list = match kind {
                "strong" | "dialog" | "thread" => &mut z.strong,
                "weak" => &mut z.weak,
                "content" => &mut z.content,
                "embed" => &mut z.embed,
                _ => continue,
            };
            list.push(word.trim().to_string());
        }
        z
    })
}

/// Whether the element's class and id words name furniture that is never the article's own
/// (`related`, `comments`, `share`: the strong words of assets/html_zones.tsv).
pub(super) fn strongly_named_furniture(el: ElementRef) -> bool {
    let z = zones();
    names_of(el).iter().any(|w| z.strong.contains(w))
}

/// Whether the element's class and id words name a dialog that is never the article (a
/// cookie-consent notice: the `dialog` words of assets/html_zones.tsv) and no content word
/// (an article's container whose feature flags say `filterNonGdprEmbeds enableInArticleAd`).
fn named_dialog(el: ElementRef) -> bool {
    let z = zones();
    let words = names_of(el);
    words.iter().any(|w| z.dialog.contains(w)) && !words.iter().any(|w| z.content.contains(w))
}

/// Whether an element's id is the text of a heading among its first three child elements,
/// written as a slug (words of letters and digits, any separator, any case). Only ids of
/// three words or more are looked at.
fn id_is_heading(el: ElementRef, id: &str) -> bool {
    let slug = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let id_words = slug(id);
    if id_words.len() < 3 {
        return false;
    }
    let heading = el
        .children()
        .filter_map(ElementRef::wrap)
        .take(3)
        .find(|c| matches!(c.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
    heading.is_some_and(|h| slug(&h.text().collect::<String>()) == id_words)
}

/// An element's class, id and role words, lower-cased, split at punctuation and camelCase.
pub(super) fn names_of(el: ElementRef) -> Vec<String> {
    let e = el.value();
    names_of_attrs(&[e.attr("class"), e.attr("id"), e.attr("role")])
}

/// The words of some attributes' values, lower-cased, split at punctuation and camelCase.
fn names_of_attrs(attrs: &[Option<&str>]) -> Vec<String> {
    attrs
        .iter()
        .flatten()
        .flat_map(|s| s.split(|c: char| !c.is_ascii_alphanumeric()))
        .flat_map(camel_words)
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether the element is furniture only by a weak name (`read-more`, `widget`, `card`: the
/// weak words of assets/html_zones.tsv), not by its tag, role or a strong name.
pub(super) fn weakly_named_furniture(el: ElementRef) -> bool {
    let z = zones();
    let words = names_of(el);
    !FURNITURE_TAGS.contains(&el.value().name())
        && el.value().attr("role").is_none()
        && words.iter().any(|w| z.weak.contains(w))
        && !words.iter().any(|w| z.strong.contains(w))
}

/// Whether the element's class and id words name page furniture.
fn named_furniture(el: ElementRef) -> bool {
    let e = el.value();
    let words = names_of(el);
    if !named_by(el, &words) {
        return false;
    }
    // A section whose id is its heading's text (`sharing-with-a-single-developer` over
    // "Sharing with a single developer", as documentation generators write) is named by its
    // title, not by its role on the page: its id says nothing.
    match e.attr("id") {
        Some(id) if id_is_heading(el, id) => {
            named_by(el, &names_of_attrs(&[e.attr("class"), e.attr("role")]))
        }
        _ => true,
    }
}

/// Whether these class, id and role words of the element name page furniture.
fn named_by(el: ElementRef, words: &[String]) -> bool {
    let e = el.value();
    let z = zones();
    let has = |list: &[String]| words.iter().any(|w| list.contains(w));
    // An embedded post is a quotation: the box holds a `blockquote` (an embedded graphic,
    // gallery or player named `embed` is still furniture).
    if has(&z.embed)
        && el.descendants().any(|n| {
            n.value()
                .as_element()
                .is_some_and(|e| e.name() == "blockquote")
        })
    {
        return false;
    }
    // A heading's weak name (`subbuzz__header`, `widget-title`) says it is a heading, not
    // which part of the page holds it: the elements around it tell that.
    let heading = matches!(e.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    has(&z.strong)
        || (has(&z.weak) && !has(&z.content) && !heading)
        || matches!(
            e.attr("role"),
            Some("navigation" | "banner" | "contentinfo" | "complementary")
        )
}

/// The words of a camelCase name (`emailSignup` → `email`, `Signup`; `relatedArticles` →
/// `related`, `Articles`): a lower-case letter followed by a capital starts a word.
fn camel_words(name: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in name.char_indices() {
        if c.is_ascii_uppercase() && prev_lower {
            out.extend(name.get(start..i));
            start = i;
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    out.extend(name.get(start..));
    out
}
