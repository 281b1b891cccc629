//! Inputs built from the project's own vocabulary, and the invariants the whole pipeline keeps
//! on them (issue 12). Shared by the vocabulary property tests, the exhaustive lexicon test
//! and the long fuzz run (`tests/fuzz.rs`).
//!
//! The vocabulary is read, not copied: every entry of `assets/gazetteer/*`,
//! `assets/months_ar.tsv` and `assets/months_other.tsv` (every month system), the other word
//! lists the rules read (`assets/timeline_words.tsv`: counted nouns, event words, words around
//! `اليوم`; `boilerplate.tsv` markers, `sentence_openers.txt`, `outlets.tsv` signatures), and
//! every Arabic string literal of the rules' source (`src/extract/**`, `src/lexicon/**`,
//! `src/corpus/**`, `src/calendar.rs`: heads' adjectives, ordinals, weekdays, deictics, number
//! words, datelines…), so a word a rule starts to react to is generated the day it is added.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use khabar::app::App;
use khabar::app::keymap::Keymap;
use khabar::corpus::Corpus;
use khabar::extract::Analysis;
use khabar::i18n::Lang;
use khabar::search::{Index, Query};
use khabar::text::{LayoutOptions, layout_paragraph};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Proclitic combinations written before a word (`و`, `ف`, `ب`, `ل`, `ك`, `س`, and their
/// stacks with the article).
pub const PROCLITICS: &[&str] = &[
    "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل",
    "وبال", "ولل", "فلل", "وس", "أ", "أو",
];

/// Everything else a paragraph of news holds: digits of three systems, punctuation, brackets
/// and quotes, harakat, tatweel, bidi and other format controls, NBSP, Latin, terminal
/// controls.
pub const EXTRAS: &[&str] = &[
    "1",
    "12",
    "2023",
    "٢٠٢٤",
    "۱۴۰۲",
    "٣",
    "10:30",
    "3.5",
    "1,000",
    "٪",
    "%",
    "-5",
    "7-8",
    ".",
    "،",
    "؛",
    "؟",
    "!",
    ":",
    "-",
    "–",
    "—",
    "/",
    "...",
    "…",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "'",
    "‹",
    "›",
    "\u{064E}",
    "\u{064B}",
    "\u{0651}\u{064F}",
    "\u{0652}",
    "\u{0670}",
    "ـ",
    "ــــ",
    "\u{200E}",
    "\u{200F}",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{202E}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{061C}",
    "\u{00A0}",
    "\u{200C}",
    "\u{200D}",
    "\u{FEFF}",
    "Reuters",
    "AFP",
    "COVID-19",
    "BBC",
    "e-mail",
    "x",
    "\u{1b}[2J",
    "\u{1b}]0;t\u{7}",
    "\u{9b}31m",
    "\r",
    "\t",
    "\u{7f}",
    "\u{8}",
    "🇸🇦",
    "中文",
    "é",
    "a\u{301}",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Arabic string literals in a Rust source file.
fn literals(src: &str, out: &mut BTreeSet<String>) {
    let mut rest = src;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('"') else { break };
        let lit = &after[..close];
        if !lit.contains('\\') && lit.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            for part in lit.split('|') {
                if !part.trim().is_empty() {
                    out.insert(part.trim().to_string());
                }
            }
        }
        rest = &after[close + 1..];
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every word and phrase the rules react to, deduplicated, in a stable order.
pub fn lexicon() -> Vec<String> {
    let mut out = BTreeSet::new();
    let gaz = root().join("assets/gazetteer");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&gaz)
        .expect("assets/gazetteer")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("gazetteer file");
        let tsv = f.extension().is_some_and(|x| x == "tsv");
        let heads = f.file_name().is_some_and(|n| n == "heads.tsv");
        let stop = f.file_name().is_some_and(|n| n == "stopwords.txt");
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            if heads {
                out.extend(cols.get(1).map(|w| w.trim().to_string()));
            } else if tsv {
                out.extend(cols.first().map(|w| w.trim().to_string()));
            } else if stop {
                out.extend(line.split_whitespace().map(str::to_string));
            } else {
                out.insert(line.trim().to_string());
            }
        }
    }
    let months = std::fs::read_to_string(root().join("assets/months_ar.tsv")).expect("months");
    for line in months.lines().filter(|l| !l.starts_with('#')).skip(1) {
        for col in line.split('\t').skip(1) {
            out.extend(col.split('|').filter(|w| !w.is_empty()).map(str::to_string));
        }
    }
    // The other word lists: every column from `first_column` on, `|`-separated spellings.
    for (file, header, first_column) in [
        ("timeline_words.tsv", false, 1),
        ("months_other.tsv", true, 2),
        ("boilerplate.tsv", true, 1),
        ("outlets.tsv", true, 0),
        ("sentence_openers.txt", false, 0),
    ] {
        let text = std::fs::read_to_string(root().join("assets").join(file)).expect(file);
        let lines = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for line in lines.skip(usize::from(header)) {
            for col in line.split('\t').skip(first_column) {
                out.extend(
                    col.split('|')
                        .map(str::trim)
                        .filter(|w| !w.is_empty())
                        .map(str::to_string),
                );
            }
        }
    }
    let mut sources = Vec::new();
    rust_files(&root().join("src/extract"), &mut sources);
    rust_files(&root().join("src/lexicon"), &mut sources);
    rust_files(&root().join("src/corpus"), &mut sources);
    sources.push(root().join("src/calendar.rs"));
    sources.sort();
    for f in sources {
        if f.to_string_lossy().contains("test") {
            continue;
        }
        literals(&std::fs::read_to_string(&f).expect("source"), &mut out);
    }
    out.into_iter().filter(|w| !w.is_empty()).collect()
}

/// A small deterministic generator (SplitMix64): a failing case is its seed.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())] // below(len) < len; callers pass non-empty lists
    }
}

/// One word: a lexicon entry (perhaps behind a proclitic, with harakat or tatweel inside) or
/// an extra.
fn word(rng: &mut Rng, lex: &[String]) -> String {
    if rng.chance(25) {
        return rng.pick(EXTRAS).to_string();
    }
    let mut w = rng.pick(lex).clone();
    if rng.chance(30) {
        w = format!("{}{w}", rng.pick(PROCLITICS));
    }
    if rng.chance(10) {
        let mark = *rng.pick(&["\u{064E}", "\u{0651}", "ـ", "\u{200C}", "\u{00AD}"]);
        let chars: Vec<char> = w.chars().collect();
        let at = rng.below(chars.len() + 1);
        w = chars[..at].iter().collect::<String>() + mark + &chars[at..].iter().collect::<String>();
    }
    if rng.chance(15) {
        let p = *rng.pick(&["،", ".", ":", "؛", "؟", ")", "»", "”", "\"", "-"]);
        w.push_str(p);
    }
    if rng.chance(8) {
        let p = *rng.pick(&["(", "«", "“", "\"", "["]);
        w.insert_str(0, p);
    }
    w
}

/// A paragraph of 0–40 words; often one word, often ending on a lexicon entry.
pub fn paragraph(rng: &mut Rng, lex: &[String]) -> String {
    let n = match rng.below(10) {
        0 => 0,
        1..=3 => 1,
        4..=5 => 1 + rng.below(4),
        _ => rng.below(41),
    };
    let mut words: Vec<String> = (0..n).map(|_| word(rng, lex)).collect();
    if n > 0 && rng.chance(50) {
        words.push(rng.pick(lex).clone());
    }
    let sep = if rng.chance(5) { "\u{00A0}" } else { " " };
    words.join(sep)
}

/// An article: a title and 1–6 paragraphs.
pub fn article(rng: &mut Rng, lex: &[String]) -> Vec<String> {
    (0..1 + rng.below(7)).map(|_| paragraph(rng, lex)).collect()
}

/// A corpus of 1–4 generated articles as text files' contents (paragraphs on their own lines).
pub fn files(rng: &mut Rng, lex: &[String]) -> Vec<String> {
    (0..1 + rng.below(4))
        .map(|_| article(rng, lex).join("\n\n") + "\n")
        .collect()
}

/// Everything the pipeline promises about one corpus, checked after analysing, indexing,
/// laying out and drawing it. `Err` names the broken promise; a panic propagates.
pub fn check_corpus(corpus: &Corpus, rng: &mut Rng) -> Result<Analysis, String> {
    let analysis = khabar::extract::analyze(corpus);
    // A failure caught at an article boundary is still a bug to find.
    if let Some(f) = analysis.failures.first() {
        return Err(format!("analysis failure: {}", f.describe()));
    }
    check_stories(corpus)?;
    let paragraph_chars = |article: &str, p: usize| -> Result<Vec<char>, String> {
        let a = corpus
            .articles
            .iter()
            .find(|a| a.id == article)
            .ok_or_else(|| format!("mention of unknown article {article}"))?;
        let para = a.paragraphs.get(p).ok_or_else(|| {
            format!(
                "mention of paragraph {p} of {article}, which has {}",
                a.paragraphs.len()
            )
        })?;
        Ok(para.text.chars().collect())
    };
    for e in &analysis.entities {
        for m in &e.mentions {
            let chars = paragraph_chars(&m.article, m.paragraph)?;
            if !(m.start < m.end && m.end <= chars.len()) {
                return Err(format!(
                    "entity mention {}..{} outside its paragraph of {} chars: {m:?}",
                    m.start,
                    m.end,
                    chars.len()
                ));
            }
            let text: String = chars[m.start..m.end].iter().collect();
            if text != m.text {
                return Err(format!(
                    "entity mention text {:?} is not the text at {}..{} ({text:?})",
                    m.text, m.start, m.end
                ));
            }
        }
    }
    for ev in &analysis.timeline {
        valid_date(&ev.date, ev.precision)?;
        if let Some(end) = &ev.end {
            valid_date(end, ev.precision)?;
            if end < &ev.date {
                return Err(format!("event ends {end} before it starts {}", ev.date));
            }
        }
        for m in &ev.mentions {
            let chars = paragraph_chars(&m.article, m.paragraph)?;
            if !(m.start <= m.end && m.end <= chars.len()) {
                return Err(format!("date mention outside its paragraph: {m:?}"));
            }
        }
    }
    // Search: a word of the text finds hits inside their paragraphs.
    let index = Index::build_all(corpus);
    for a in corpus.articles.iter().take(2) {
        for p in a.paragraphs.iter().take(3) {
            let Some(w) = p.text.split_whitespace().nth(rng.below(4)) else {
                continue;
            };
            let Some(q) = Query::parse(w) else { continue };
            for h in index.search(corpus, &q) {
                let n = corpus.articles[h.article].paragraphs[h.paragraph]
                    .text
                    .chars()
                    .count();
                if !(h.start <= h.end && h.end <= n) {
                    return Err(format!(
                        "search hit {}..{} outside a paragraph of {n} chars",
                        h.start, h.end
                    ));
                }
            }
        }
    }
    // Layout: every row within its width.
    for a in &corpus.articles {
        for p in &a.paragraphs {
            let width = 1 + rng.below(120);
            for row in layout_paragraph(&p.text, &LayoutOptions::new(width)) {
                if row.indent + row.width() > width.max(1) {
                    return Err(format!(
                        "row of {} cells (indent {}) in a width of {width}: {:?}",
                        row.width(),
                        row.indent,
                        p.text
                    ));
                }
            }
        }
    }
    draw(corpus, analysis.clone(), index, rng)?;
    Ok(analysis)
}

/// A date as docs/export.md writes it for its precision.
fn valid_date(d: &str, precision: khabar::extract::Precision) -> Result<(), String> {
    use khabar::extract::Precision;
    let digits = |n: usize| d.len() == n && d.bytes().all(|b| b.is_ascii_digit());
    let ok = match precision {
        Precision::Year => digits(4),
        Precision::Month => {
            d.len() == 7
                && chrono::NaiveDate::parse_from_str(&format!("{d}-01"), "%Y-%m-%d").is_ok()
        }
        Precision::Day => d.len() == 10 && chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok(),
        Precision::Season => d
            .split_once('-')
            .is_some_and(|(y, s)| y.len() == 4 && ["SP", "SU", "FA", "WI"].contains(&s)),
        Precision::Decade => digits(3),
        Precision::Century => digits(2),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("invalid timeline date {d:?}"))
    }
}

/// The reader over the corpus at a few random sizes (1×1 up to 300×100), with some keys
/// pressed between frames; no cell may hold a control character.
pub fn draw(
    corpus: &Corpus,
    analysis: Analysis,
    index: Index,
    rng: &mut Rng,
) -> Result<(), String> {
    let lang = if rng.chance(50) { Lang::Ar } else { Lang::En };
    let mut app = App::new(Arc::new(corpus.clone()), lang, Keymap::default_map());
    app.analysed(analysis, index);
    const KEYS: &[&str] = &[
        "j",
        "k",
        "<Tab>",
        "<Enter>",
        "n",
        "N",
        "e",
        "t",
        "2",
        "G",
        "g",
        "<PageDown>",
        "x",
        "b",
        "/ال<Enter>",
        "<Esc>",
        "?",
        "<Esc>",
        "l",
        "h",
    ];
    for _ in 0..3 {
        let (w, h) = if rng.chance(30) {
            (1 + rng.below(12) as u16, 1 + rng.below(8) as u16)
        } else {
            (1 + rng.below(300) as u16, 1 + rng.below(100) as u16)
        };
        let mut t = Terminal::new(TestBackend::new(w, h)).map_err(|e| e.to_string())?;
        khabar::ui::Ui::default()
            .render(&mut app, &mut t)
            .map_err(|e| e.to_string())?;
        let buf = t.backend().buffer();
        for c in buf.content() {
            if c.symbol().chars().any(|ch| ch.is_control()) {
                return Err(format!(
                    "control character {:?} drawn at {w}×{h}",
                    c.symbol()
                ));
            }
        }
        let key = KEYS[rng.below(KEYS.len())];
        let _ = app.press(key);
    }
    Ok(())
}

/// Load files' contents from a temporary folder (as `.txt`, or `.html` when they look like it).
pub fn load(contents: &[Vec<u8>], ext: &str) -> Corpus {
    let dir = tempfile::tempdir().expect("tempdir");
    for (i, c) in contents.iter().enumerate() {
        std::fs::write(dir.path().join(format!("a{i}.{ext}")), c).expect("write");
    }
    match khabar::corpus::load(&[dir.path().to_path_buf()]) {
        Ok((corpus, _)) => corpus,
        Err(_) => Corpus::default(),
    }
}

/// An HTML page around generated paragraphs: head metadata, nesting, entities (`&#27;`
/// included), scripts and menus, sometimes unclosed.
pub fn html(rng: &mut Rng, lex: &[String]) -> String {
    let mut s = String::from("<!doctype html><html><head>");
    if rng.chance(70) {
        s += &format!("<title>{}</title>", paragraph(rng, lex));
    }
    if rng.chance(50) {
        s += &format!(
            "<meta property=\"og:site_name\" content=\"{}\"><meta property=\"article:published_time\" content=\"{}\">",
            rng.pick(&[
                "\u{2069}\u{202E}outlet",
                "الجزيرة",
                "\u{1b}]52;c;aGk=\u{7}",
                "x"
            ]),
            rng.pick(&["2024-01-05T10:00:00Z", "2024-13-40", "", "٢٠٢٤-٠١-٠٥"])
        );
    }
    if rng.chance(30) {
        s += "<script type=\"application/ld+json\">{\"headline\": \"&#27;[2J\", \"datePublished\": \"2023-08-07\"}</script>";
    }
    s += "</head><body>";
    let depth = rng.below(30);
    for _ in 0..depth {
        const OPEN: &[&str] = &[
            "<div>",
            "<section>",
            "<article>",
            "<div class=\"menu\"><ul><li>",
            "<span>",
        ];
        s += OPEN[rng.below(OPEN.len())];
    }
    for p in article(rng, lex) {
        let tag = *rng.pick(&["p", "h1", "h2", "li", "div", "blockquote", "td"]);
        let p = if rng.chance(20) {
            p.replace(' ', " &#27;[31m &nbsp; ")
        } else {
            p
        };
        s += &format!("<{tag}>{p}</{tag}>");
        if rng.chance(10) {
            s += "<br><hr><img src=x><script>var a='<p>';</script>";
        }
    }
    if rng.chance(70) {
        for _ in 0..depth {
            s += "</div>";
        }
        s += "</body></html>";
    }
    s
}

/// The text-only story grouping (the reader's first story list) puts every article in exactly
/// one story, `of_article` agrees with the lists, and ids are unique.
fn check_stories(corpus: &Corpus) -> Result<(), String> {
    let stories = khabar::stories::group(corpus);
    let n = corpus.articles.len();
    let mut seen = vec![0usize; n];
    for (k, story) in stories.stories.iter().enumerate() {
        if story.articles.is_empty() {
            return Err(format!("story {} has no article", story.id));
        }
        for &a in &story.articles {
            let slot = seen
                .get_mut(a)
                .ok_or_else(|| format!("story {} names article {a} of {n}", story.id))?;
            *slot += 1;
            if stories.of_article.get(a) != Some(&k) {
                return Err(format!("of_article[{a}] does not name story {}", story.id));
            }
        }
    }
    if let Some(a) = seen.iter().position(|&c| c != 1) {
        return Err(format!("article {a} is in {} stories", seen[a]));
    }
    let mut ids: Vec<&str> = stories.stories.iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() != stories.stories.len() {
        return Err("story ids repeat".into());
    }
    Ok(())
}
