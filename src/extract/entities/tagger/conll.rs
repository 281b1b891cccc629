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
    /// The sentence as news writes it, whose `char` offsets the tokens give.
    pub text: String,
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
                let t = self.tags.get(w).copied().unwrap_or(0);
                let first = k.checked_sub(1).and_then(|p| owner.get(p)) != Some(&w);
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
            text,
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
        for (&w, &t) in self.owner.iter().zip(tags).rev() {
            if let Some(o) = out.get_mut(w) {
                *o = t;
            }
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
        self.add_aside(gold, pred, &[]);
    }

    /// [`Score::add`] with the predicted names `aside` set aside, and the gold names that
    /// overlap them: where the two conventions differ, neither side is counted.
    pub fn add_aside(&mut self, gold: &[u8], pred: &[u8], aside: &[(usize, usize, usize)]) {
        let touches = |c: &(usize, usize, usize)| aside.iter().any(|a| c.0 <= a.1 && a.0 <= c.1);
        let g: BTreeSet<_> = chunks(gold).into_iter().filter(|c| !touches(c)).collect();
        let p: BTreeSet<_> = chunks(pred).into_iter().filter(|c| !touches(c)).collect();
        for c in &g {
            if let Some(n) = self.by_type.get_mut(c.2) {
                n.gold += 1;
            }
        }
        for c in &p {
            if let Some(n) = self.by_type.get_mut(c.2) {
                n.found += 1;
                n.correct += usize::from(g.contains(c));
            }
        }
    }

    /// Micro counts over the types `types` (indices into [`TYPES`]).
    pub fn micro(&self, types: &[usize]) -> Counts {
        let mut c = Counts::default();
        for n in types.iter().filter_map(|&t| self.by_type.get(t)) {
            c.add(*n);
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
        for (name, c) in TYPES.iter().zip(self.by_type) {
            row(f, name, c)?;
        }
        row(f, "micro", self.micro(&[0, 1, 2, 3]))?;
        row(f, "micro-PLO", self.micro(&[0, 1, 2]))
    }
}

/// Token tags of names (`B-` on the first token, `I-` on the rest).
pub fn name_tags(names: &[Found], len: usize) -> Vec<u8> {
    let mut t = vec![0u8; len];
    for f in names {
        let (b, i) = Tag::pair(f.kind);
        for (k, tag) in t.iter_mut().enumerate().take(f.last + 1).skip(f.first) {
            *tag = if k == f.first { b } else { i } as u8;
        }
    }
    t
}

/// The rules' own names as token tags (for comparison).
pub fn rule_tags(p: &Prepared) -> Vec<u8> {
    name_tags(&p.rules, p.tokens.len())
}

/// The rules' names built on a head word (not listed, not people: `وزارة الخارجية`, `محافظة
/// بابل`), on the sentence's own words: ((first, last, type), head word).
pub fn head_names(p: &Prepared) -> Vec<((usize, usize, usize), String)> {
    p.rules
        .iter()
        .filter(|f| !super::combine::listed(f) && f.kind != crate::extract::EntityKind::Person)
        .filter_map(|f| {
            let (b, _) = Tag::pair(f.kind);
            let kind = Tag::kind(b as u8)?;
            let span = (*p.owner.get(f.first)?, *p.owner.get(f.last)?, kind);
            Some((span, f.words.first()?.clone()))
        })
        .collect()
}

/// Print a sentence's missed (`-`) and false (`+`) entities, for error analysis.
pub fn print_errors(s: &Sentence, pred: &[u8]) {
    let g: BTreeSet<_> = chunks(&s.tags).into_iter().collect();
    let p: BTreeSet<_> = chunks(pred).into_iter().collect();
    let text = |c: &(usize, usize, usize)| {
        let ws = s.words.get(c.0..=c.1).unwrap_or_default().join(" ");
        format!("{} {ws}", TYPES.get(c.2).unwrap_or(&"?"))
    };
    for c in g.difference(&p) {
        println!("- {}", text(c));
    }
    for c in p.difference(&g) {
        println!("+ {}", text(c));
    }
}

/// Tags of the names rules and tagger agree on (see `combine.rs`), given the tagger's tags.
pub fn combined_tags(p: &Prepared, tagged: &[u8]) -> Vec<u8> {
    let g = gazetteer();
    let words = p.tokens.iter().map(|t| t.norm.as_str()).collect();
    let names = super::combine::combine(g, &p.tokens, &p.norm, p.rules.clone(), tagged, &words);
    let mut t = name_tags(&names, p.tokens.len());
    // MISC stays as the tagger said where nothing else was taken.
    for (here, tag) in t.iter_mut().zip(tagged) {
        if Tag::kind(*tag) == Some(3) && *here == 0 {
            *here = *tag;
        }
    }
    t
}
