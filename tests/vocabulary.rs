//! The whole pipeline (load → entities, timeline, search index → layout → reader frames at
//! random sizes) on paragraphs built from the project's own vocabulary (issue 12, item 2):
//! every lexicon entry alone, at a paragraph's end and behind every proclitic, and random
//! paragraphs of 0–40 vocabulary words with digits, punctuation, marks and controls.
//! Case counts are printed (`cargo test --test vocabulary -- --nocapture`).
//! `KHABAR_VOCAB_CASES=n` raises the number of random corpora.

mod vocab;

use khabar::corpus::Corpus;
use khabar::text::{LayoutOptions, layout_paragraph};
use vocab::{PROCLITICS, Rng, check_corpus, lexicon};

/// Paragraphs per article and articles per corpus in the exhaustive test: large enough to be
/// quick, small enough that a failure names a handful of entries.
const PER_ARTICLE: usize = 40;
const PER_CORPUS: usize = 30;

#[test]
fn every_lexicon_entry_alone_at_an_end_and_behind_every_proclitic() {
    let lex = lexicon();
    assert!(
        lex.len() > 2000,
        "the lexicon was not read: {} entries",
        lex.len()
    );
    let mut paragraphs = Vec::new();
    for w in &lex {
        paragraphs.push(w.clone());
        paragraphs.push(format!("وقال {w}"));
        paragraphs.push(format!("{w}،"));
        for p in PROCLITICS {
            paragraphs.push(format!("{p}{w}"));
        }
    }
    let articles: Vec<Vec<&str>> = paragraphs
        .chunks(PER_ARTICLE)
        .map(|c| c.iter().map(String::as_str).collect())
        .collect();
    let mut rng = Rng::new(12);
    let mut corpora = 0;
    for chunk in articles.chunks(PER_CORPUS) {
        let bodies: Vec<&[&str]> = chunk.iter().map(|a| a.as_slice()).collect();
        let corpus = Corpus::from_bodies(&bodies);
        let entities = khabar::extract::entities::extract(&corpus);
        let timeline = khabar::extract::timeline::extract(&corpus, &entities);
        for m in entities
            .iter()
            .flat_map(|e| &e.mentions)
            .chain(timeline.iter().flat_map(|e| &e.mentions))
        {
            let a = corpus
                .articles
                .iter()
                .find(|a| a.id == *m.article)
                .expect("article");
            let n = a.paragraphs[m.paragraph].text.chars().count();
            assert!(m.start <= m.end && m.end <= n, "{m:?} in {n} chars");
        }
        // Every paragraph is indexed and laid out in a random width (1..=80).
        let index = khabar::search::Index::build_all(&corpus);
        assert!(!index.is_empty());
        for p in corpus.articles.iter().flat_map(|a| &a.paragraphs) {
            let width = 1 + rng.below(80);
            for row in layout_paragraph(&p.text, &LayoutOptions::new(width)) {
                assert!(row.indent + row.width() <= width, "{:?} at {width}", p.text);
            }
        }
        corpora += 1;
    }
    println!(
        "lexicon: {} entries, {} paragraphs ({} proclitics), {corpora} corpora analysed",
        lex.len(),
        paragraphs.len(),
        PROCLITICS.len()
    );
}

/// The same paragraphs as the exhaustive test, but as files through loading: the corpus rules
/// (title, boilerplate and meta lines, datelines, the outlet under the headline, dates in the
/// text) see every entry alone on a line, at a line's end and behind every proclitic, in every
/// position of an article. (The analysis of every entry is the test above.)
#[test]
fn every_lexicon_entry_through_loading() {
    let lex = lexicon();
    let mut paragraphs = Vec::new();
    for w in &lex {
        paragraphs.push(w.clone());
        paragraphs.push(format!("وقال {w}"));
        paragraphs.push(format!("{w}،"));
        for p in PROCLITICS {
            paragraphs.push(format!("{p}{w}"));
        }
    }
    // Articles of 1..=PER_ARTICLE lines, so an entry is also a title, the line under it, and
    // an article's last line.
    let mut rng = Rng::new(1212);
    let mut files: Vec<Vec<u8>> = Vec::new();
    let mut rest = paragraphs.as_slice();
    while !rest.is_empty() {
        let n = (1 + rng.below(PER_ARTICLE)).min(rest.len());
        let (article, after) = rest.split_at(n);
        files.push((article.join("\n\n") + "\n").into_bytes());
        rest = after;
    }
    let mut loaded = 0;
    for chunk in files.chunks(PER_CORPUS * 4) {
        let corpus = vocab::load(chunk, "txt");
        // Every file has text: one lost would be a swallowed failure.
        assert_eq!(
            corpus.articles.len(),
            chunk.len(),
            "articles lost in loading"
        );
        let lines: usize = corpus.articles.iter().map(|a| a.paragraphs.len()).sum();
        let written: usize = chunk
            .iter()
            .map(|f| f.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count())
            .sum();
        assert_eq!(
            lines, written,
            "every line is a paragraph, whatever its kind"
        );
        loaded += corpus.articles.len();
    }
    println!(
        "lexicon through loading: {} paragraphs in {loaded} files",
        paragraphs.len()
    );
}

#[test]
fn the_lexicon_holds_every_word_list() {
    let lex = lexicon();
    // One entry of each list the rules read, so a list that moves is noticed here.
    for word in [
        "مجلس",         // heads
        "يناير",        // months, western
        "كانون الثاني", // months, Syriac
        "جانفي",        // months, Maghreb
        "محرم",         // months, Hijri
        "January",      // months, English
        "جندي",         // timeline words: counted nouns
        "قال",          // sentence openers
        "اقرأ أيضا",    // boilerplate markers
        "Al Jazeera",   // outlet signatures
    ] {
        assert!(
            lex.iter().any(|w| w == word),
            "{word} is not in the lexicon"
        );
    }
}

#[test]
fn random_vocabulary_corpora_through_the_whole_pipeline() {
    let lex = lexicon();
    let cases: u64 = std::env::var("KHABAR_VOCAB_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let mut paragraphs = 0;
    for seed in 0..cases {
        let mut rng = Rng::new(seed);
        let files: Vec<Vec<u8>> = vocab::files(&mut rng, &lex)
            .into_iter()
            .map(String::into_bytes)
            .collect();
        paragraphs += files
            .iter()
            .map(|f| f.split(|&b| b == b'\n').count())
            .sum::<usize>();
        let corpus = vocab::load(&files, "txt");
        if let Err(e) = check_corpus(&corpus, &mut rng) {
            panic!("seed {seed}: {e}");
        }
    }
    println!("vocabulary corpora: {cases} cases, {paragraphs} lines");
}

/// Markup a clipper or a writer puts around a line (closed constructs first, then broken and
/// unclosed ones, which Markdown keeps as text).
const MARKDOWN_WRAPS: &[(&str, &str)] = &[
    ("# ", ""),
    ("## ", ""),
    ("**", "**"),
    ("*", "*"),
    ("[", "](https://example.com/a)"),
    ("- ", ""),
    ("1. ", ""),
    ("> ", ""),
    ("`", "`"),
    ("~~", "~~"),
    ("<span dir=\"rtl\">", "</span>"),
    ("![", "](a.jpg)"),
    ("    ", ""),
    ("| ", " | x |\n|---|---|"),
    ("[", "]("),
    ("**", ""),
    ("<", ""),
    ("", "  "),
    ("", "[^1]\n\n[^1]: حاشية"),
];

/// How many of [`MARKDOWN_WRAPS`] give back exactly the line's text as one paragraph.
const CLOSED_WRAPS: usize = 11;

/// The vocabulary articles saved as Markdown, each line wrapped in markup, broken markup
/// included: loading, analysis and drawing keep their promises whatever the markup.
#[test]
fn vocabulary_articles_as_markdown_through_the_whole_pipeline() {
    let lex = lexicon();
    let cases: u64 = std::env::var("KHABAR_VOCAB_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    for seed in 0..cases {
        let mut rng = Rng::new(1_000_000 + seed);
        let files: Vec<Vec<u8>> = vocab::files(&mut rng, &lex)
            .into_iter()
            .map(|f| wrapped(&mut rng, f.lines(), MARKDOWN_WRAPS.len()).into_bytes())
            .collect();
        let corpus = vocab::load(&files, "md");
        if let Err(e) = check_corpus(&corpus, &mut rng) {
            panic!("seed {seed}: {e}");
        }
    }
}

/// Lines of the vocabulary without Markdown's own characters, each in a closed construct:
/// every line comes back as one paragraph with its text exactly, none of the markup.
#[test]
fn closed_markdown_gives_back_each_line_as_written() {
    let lex = lexicon();
    let plain_word = |w: &str| {
        w.chars()
            .all(|c| c.is_alphabetic() || c == '\u{64b}' || ('\u{64c}'..='\u{652}').contains(&c))
    };
    let lines: Vec<String> = lex
        .iter()
        .filter(|e| !e.is_empty() && e.split(' ').all(|w| !w.is_empty() && plain_word(w)))
        .cloned()
        .collect();
    assert!(lines.len() > 1000, "only {} plain entries", lines.len());
    let mut rng = Rng::new(77);
    for chunk in lines.chunks(40) {
        let md = wrapped(&mut rng, chunk.iter().map(String::as_str), CLOSED_WRAPS);
        let corpus = vocab::load(&[md.clone().into_bytes()], "md");
        let got: Vec<&str> = corpus
            .articles
            .iter()
            .flat_map(|a| a.paragraphs.iter().map(|p| p.text.as_str()))
            .collect();
        assert_eq!(got, chunk, "from:\n{md}");
    }
}

/// Lines wrapped in one of the first `among` markups each, a blank line between them.
fn wrapped<'a>(rng: &mut Rng, lines: impl Iterator<Item = &'a str>, among: usize) -> String {
    let mut md = String::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let (open, close) = MARKDOWN_WRAPS[rng.below(among)];
        md += &format!("{open}{line}{close}\n\n");
    }
    md
}
