//! CoNLL-style data (`token TAG` lines, a blank line between sentences, as ANERcorp is
//! distributed): reading it, turning each sentence into the tagger's input through the same
//! tokenizer and rules as real text, and scoring by exact entity match (conlleval rules).

use std::collections::BTreeSet;
use std::fmt;

use super::super::gazetteer::gazetteer;
use super::super::recognize::{Found, recognize};
use super::super::tokens::{Token, tokenize};
use super::{TYPES, Tag, features};

/// One sentence: its words as written and their tags.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<u8>,
}

/// Sentences of a CoNLL file; an unknown tag is an error naming the line.
pub fn read(text: &str) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let (word, tag) = line
            .rsplit_once([' ', '\t'])
            .ok_or_else(|| format!("line {}: no tag", n + 1))?;
        let tag = Tag::parse(tag.trim()).ok_or_else(|| format!("line {}: tag {tag:?}", n + 1))?;
        cur.words.push(word.trim().to_string());
        cur.tags.push(tag);
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// A sentence as the tagger sees real text: words joined as news writes them (no space
/// before a comma or a closing bracket), tokenized, read by the rules.
pub struct Prepared {
    pub tokens: Vec<Token>,
    pub norm: crate::text::Normalized,
    pub rules: Vec<Found>,
    pub feats: Vec<Vec<u32>>,
    /// Gold tag of each token.
    pub gold: Vec<u8>,
    /// The sentence word each token comes from.
    pub owner: Vec<usize>,
    pub words: usize,
}

fn detokenize(words: &[String]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(words.len());
    let mut chars = 0;
    let mut glue_next = false;
    let mut quote_open = false;
    for w in words {
        let closing = matches!(
            w.as_str(),
            "." | "," | "،" | ":" | ";" | "؛" | "!" | "?" | "؟" | ")" | "]" | "»"
        ) || (w == "\"" && quote_open);
        if !text.is_empty() && !glue_next && !closing {
            text.push(' ');
            chars += 1;
        }
        starts.push(chars);
        text.push_str(w);
        chars += w.chars().count();
        glue_next = matches!(w.as_str(), "(" | "[" | "«") || (w == "\"" && !quote_open);
        if w == "\"" {
            quote_open = !quote_open;
        }
    }
    (text, starts)
}

impl Sentence {
    pub fn prepare(&self) -> Prepared {
        let g = gazetteer();
        let (text, starts) = detokenize(&self.words);
        let (tokens, norm) = tokenize(&text);
        let rules = recognize(g, &tokens, &norm);
        let feats = features(g, &tokens, &norm, &rules);
        let norm_kept = norm;
        let owner: Vec<usize> = tokens
            .iter()
            .map(|t| starts.partition_point(|&s| s <= t.start).saturating_sub(1))
            .collect();
        let gold = owner
            .iter()
            .enumerate()
            .map(|(k, &w)| {
                let t = self.tags[w];
                let first = k == 0 || owner[k - 1] != w;
                if !first && Tag::is_begin(t) { t + 1 } else { t }
            })
            .collect();
        Prepared {
            tokens,
            norm: norm_kept,
            rules,
            feats,
            gold,
            owner,
            words: self.words.len(),
        }
    }
}

impl Prepared {
    /// Each token's document key (see [`super::doc_key`]).
    pub fn keys(&self) -> Vec<&str> {
        self.tokens.iter().map(super::doc_key).collect()
    }

    /// Token tags back onto the sentence's words: each word takes its first token's tag.
    pub fn to_words(&self, tags: &[u8]) -> Vec<u8> {
        let mut out = vec![0u8; self.words];
        for k in (0..self.owner.len()).rev() {
            out[self.owner[k]] = tags[k];
        }
        out
    }
}

/// Entities of a tag sequence as (first, last, type), conlleval style: `I-X` after another
/// type or `O` starts an entity.
pub fn chunks(tags: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let kind = Tag::kind(t);
        let continues = !Tag::is_begin(t) && kind.is_some() && open.map(|o| o.1) == kind;
        if !continues {
            if let Some((s, k)) = open.take() {
                out.push((s, i - 1, k));
            }
            if let Some(k) = kind {
                open = Some((i, k));
            }
        }
    }
    if let Some((s, k)) = open {
        out.push((s, tags.len() - 1, k));
    }
    out
}

/// Exact-match counts per type: (found, gold, correct).
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub found: usize,
    pub gold: usize,
    pub correct: usize,
}

impl Counts {
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = self.correct as f64 / self.found.max(1) as f64;
        let r = self.correct as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
    fn add(&mut self, o: Counts) {
        self.found += o.found;
        self.gold += o.gold;
        self.correct += o.correct;
    }
}

/// Scores over a set of sentences.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub by_type: [Counts; 4],
}

impl Score {
    pub fn add(&mut self, gold: &[u8], pred: &[u8]) {
        let g: BTreeSet<_> = chunks(gold).into_iter().collect();
        let p: BTreeSet<_> = chunks(pred).into_iter().collect();
        for c in &g {
            self.by_type[c.2].gold += 1;
        }
        for c in &p {
            self.by_type[c.2].found += 1;
            if g.contains(c) {
                self.by_type[c.2].correct += 1;
            }
        }
    }
    /// Micro counts over the types `types` (indices into [`TYPES`]).
    pub fn micro(&self, types: &[usize]) -> Counts {
        let mut c = Counts::default();
        for &t in types {
            c.add(self.by_type[t]);
        }
        c
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "type        found   gold  correct  precision  recall     F1"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: Counts| {
            let (p, r, f1) = c.prf();
            writeln!(
                f,
                "{name:<10} {:>6} {:>6} {:>8}     {p:.4}  {r:.4}  {f1:.4}",
                c.found, c.gold, c.correct
            )
        };
        for (t, name) in TYPES.iter().enumerate() {
            row(f, name, self.by_type[t])?;
        }
        row(f, "micro", self.micro(&[0, 1, 2, 3]))?;
        row(f, "micro-PLO", self.micro(&[0, 1, 2]))
    }
}

/// The rules' own names as token tags (for comparison).
pub fn rule_tags(p: &Prepared) -> Vec<u8> {
    let mut t = vec![0u8; p.tokens.len()];
    for f in &p.rules {
        let (b, i) = Tag::pair(f.kind);
        for k in f.first..=f.last.min(t.len().saturating_sub(1)) {
            t[k] = if k == f.first { b } else { i } as u8;
        }
    }
    t
}

/// Print a sentence's missed (`-`) and false (`+`) entities, for error analysis.
pub fn print_errors(s: &Sentence, pred: &[u8]) {
    let g: BTreeSet<_> = chunks(&s.tags).into_iter().collect();
    let p: BTreeSet<_> = chunks(pred).into_iter().collect();
    let text = |c: &(usize, usize, usize)| s.words[c.0..=c.1].join(" ");
    for c in g.difference(&p) {
        println!("- {} {}", TYPES[c.2], text(c));
    }
    for c in p.difference(&g) {
        println!("+ {} {}", TYPES[c.2], text(c));
    }
}

/// Tags of the names rules and tagger agree on (see `combine.rs`), given the tagger's tags.
pub fn combined_tags(p: &Prepared, tagged: &[u8]) -> Vec<u8> {
    let g = gazetteer();
    let words = p.tokens.iter().map(|t| t.norm.as_str()).collect();
    let names = super::combine::combine(g, &p.tokens, &p.norm, p.rules.clone(), tagged, &words);
    let mut t = vec![0u8; p.tokens.len()];
    for f in &names {
        let (b, i) = Tag::pair(f.kind);
        for k in f.first..=f.last.min(t.len().saturating_sub(1)) {
            t[k] = if k == f.first { b } else { i } as u8;
        }
    }
    // MISC stays as the tagger said where nothing else was taken.
    for (k, tag) in tagged.iter().enumerate() {
        if Tag::kind(*tag) == Some(3) && t[k] == 0 {
            t[k] = *tag;
        }
    }
    t
}
