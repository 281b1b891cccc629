//! What the tagger sees of each word, as hashed feature ids: the word and its normalized,
//! clitic-stripped readings, prefixes and suffixes, shape, the words around it (±2), membership
//! in every gazetteer list, title/head/given-name cues, the label the rules gave it, how
//! common the word is in general Arabic (`freq.rs`: unseen names are rare there), the
//! word clusters of it and its neighbours (`clusters.rs`: unseen names fall among names),
//! and what millions of words of unlabeled text say about it: which kinds of Wikipedia
//! titles hold it (`wikinames.rs`) and how often the rules find it inside a name there
//! (`rulenames.rs`).
//!
//! Features are hashed (FNV-1a, 32 bits) straight from their parts, never built as strings:
//! extraction runs on every paragraph of every article, and allocation was most of its cost.

use super::super::gazetteer::{Gazetteer, Head};
use super::super::recognize::{Found, gazetteer_at};
use super::super::tokens::Token;
use super::Tag;
use super::clusters::{self, LEVELS, UNKNOWN};
use super::freq::{self, bucket};
use super::{pairwise, rulenames, wikinames};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// FNV-1a over a feature's template number and parts.
#[derive(Clone, Copy)]
struct Fnv(u32);

impl Fnv {
    fn new(template: u8) -> Fnv {
        Fnv(0x811c_9dc5).byte(template)
    }
    fn byte(self, b: u8) -> Fnv {
        Fnv((self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193))
    }
    fn str(self, s: &str) -> Fnv {
        s.bytes().fold(self.byte(0xff), Fnv::byte)
    }
    /// A string already hashed by [`sh`]: each word is hashed once per paragraph and its
    /// hash reused by every feature that names it (string hashing was a quarter of the time).
    fn word(self, h: u32) -> Fnv {
        h.to_le_bytes().into_iter().fold(self.byte(0xfe), Fnv::byte)
    }
}

/// A token's word and stem, hashed once.
struct Here {
    word: u32,
    stem: u32,
}

/// A word's hash, made once.
fn sh(s: &str) -> u32 {
    Fnv(0x811c_9dc5).str(s).0
}

/// What the lists say about one token, computed once per paragraph.
#[derive(Clone, Copy, Default)]
struct Cues {
    /// Gazetteer match covering the token: kind (1..=3) and whether it starts there.
    gaz: u8,
    given: bool,
    title: bool,
    head: u8,
    stop: bool,
    /// The rules' label for the token, as a [`Tag`] index.
    rule: u8,
}

fn kind_code(k: EntityKind) -> u8 {
    match k {
        EntityKind::Person => 1,
        EntityKind::Place => 2,
        EntityKind::Organization => 3,
    }
}

fn cues(g: &Gazetteer, tokens: &[Token], norm: &Normalized, rules: &[Found]) -> Vec<Cues> {
    let mut out = vec![Cues::default(); tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        match gazetteer_at(g, tokens, norm, i) {
            Some(f) => {
                let span = out.iter_mut().take(f.last + 1).skip(f.first);
                for (n, c) in span.enumerate() {
                    c.gaz = kind_code(f.kind) * 2 + u8::from(n == 0);
                }
                i = f.last.max(i) + 1;
            }
            None => i += 1,
        }
    }
    for (t, c) in tokens.iter().zip(out.iter_mut()) {
        for (clitic, r) in t.reads.iter().filter(|(c, _)| *c <= 2) {
            c.given |= *clitic <= 1 && g.given.contains(r);
            c.title |= g.titles.contains_key(r) || g.title_words.contains(r);
            if let Some(h) = g.heads.get(r) {
                c.head = match h {
                    Head::Organization => 1,
                    Head::Admin => 2,
                    Head::Facility => 3,
                    Head::Feature => 4,
                    Head::Classifier => 5,
                };
            }
        }
        c.stop = g.is_stop(t);
    }
    for f in rules {
        let (b, i) = Tag::pair(f.kind);
        let last = f.last.min(tokens.len().saturating_sub(1));
        for (k, c) in out.iter_mut().enumerate().take(last + 1).skip(f.first) {
            c.rule = if k == f.first { b } else { i } as u8;
        }
    }
    out
}

fn shape(w: &str) -> u8 {
    let digits = w.chars().filter(char::is_ascii_digit).count();
    let latin = w.chars().filter(char::is_ascii_alphabetic).count();
    let n = w.chars().count();
    match () {
        _ if digits == n => 1,
        _ if digits > 0 => 2,
        _ if latin > 0 => 3,
        _ if n <= 2 => 4,
        _ if n <= 4 => 5,
        _ if n <= 7 => 6,
        _ => 7,
    }
}

/// The longest clitic-stripped reading, and that without the article: `وبالعراق` → `عراق`.
pub(super) fn stem(t: &Token) -> &str {
    let r = t
        .reads
        .iter()
        .filter(|(c, r)| *c > 0 && !r.starts_with("الل"))
        .map(|(_, r)| r.as_str())
        .min_by_key(|r| r.len())
        .unwrap_or(&t.norm);
    r.strip_prefix("ال").filter(|s| s.len() >= 4).unwrap_or(r)
}

/// The first and last `n` chars of `w` (all of it when shorter).
fn affix(w: &str, n: usize, last: bool) -> &str {
    let count = w.chars().count();
    if count <= n {
        return w;
    }
    let cut = if last { count - n } else { n };
    let b = w.char_indices().nth(cut).map_or(w.len(), |(b, _)| b);
    match w.split_at_checked(b) {
        Some((head, tail)) => {
            if last {
                tail
            } else {
                head
            }
        }
        None => w,
    }
}

/// Hashed features of every token of a paragraph (the rules' names `rules` included).
pub fn features(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    rules: &[Found],
) -> Vec<Vec<u32>> {
    let cues = cues(g, tokens, norm, rules);
    let stems: Vec<&str> = tokens.iter().map(stem).collect();
    let words: Vec<u32> = tokens.iter().map(|t| sh(&t.norm)).collect();
    let stem_h: Vec<u32> = stems.iter().map(|s| sh(s)).collect();
    // Each stem's clusters (unlabeled text: unseen names fall among names); an unreadable
    // table leaves them unknown (the model loader has already reported it and does not run).
    let cl: Vec<[u16; LEVELS]> = match clusters::shared() {
        Ok(c) => stems.iter().map(|s| c.get(s)).collect(),
        Err(_) => vec![[UNKNOWN; LEVELS]; stems.len()],
    };
    let cl_at = |i: isize| -> [u16; LEVELS] {
        usize::try_from(i)
            .ok()
            .and_then(|i| cl.get(i).copied())
            .unwrap_or([UNKNOWN - 1; LEVELS])
    };
    // Which kinds of Wikipedia titles hold each stem, and how often the rules find it inside
    // a name in unlabeled text; unreadable tables leave them unknown (as for the clusters).
    let titled: Vec<u8> = match wikinames::shared() {
        Ok(w) => stems.iter().map(|s| w.get(s)).collect(),
        Err(_) => vec![0; stems.len()],
    };
    let titled_at = |i: isize| -> u8 {
        usize::try_from(i)
            .ok()
            .and_then(|i| titled.get(i).copied())
            .unwrap_or(0xff)
    };
    let named: Vec<[u8; 4]> = match rulenames::shared() {
        Ok(r) => stems.iter().map(|s| r.get(s).classes()).collect(),
        Err(_) => vec![[0; 4]; stems.len()],
    };
    // How common each stem is in general Arabic, bare and with the article.
    let wf = freq::shared();
    let mut buf = String::new();
    let zipfs: Vec<(u8, u8, u8)> = tokens
        .iter()
        .zip(&stems)
        .map(|(t, s)| {
            buf.clear();
            buf.push_str("ال");
            buf.push_str(s);
            (wf.get(&t.norm), wf.get(s), wf.get(&buf))
        })
        .collect();
    // How far back an organization head is (`منظمة الدول المصدرة للنفط`), not across
    // punctuation: 0 none within four words.
    let mut since_head = Vec::with_capacity(tokens.len());
    let mut last: Option<usize> = None;
    for (i, (t, c)) in tokens.iter().zip(&cues).enumerate() {
        if t.boundary {
            last = None;
        }
        since_head.push(last.map_or(0, |h| (i - h).min(5) as u8));
        if c.head == 1 {
            last = Some(i);
        }
    }
    let zb = |i: isize| -> u8 {
        usize::try_from(i)
            .ok()
            .and_then(|i| zipfs.get(i))
            .map_or(0xff, |z| bucket(z.1))
    };
    let edge = sh("<s>");
    let word = |i: isize| -> u32 {
        usize::try_from(i)
            .ok()
            .and_then(|i| words.get(i).copied())
            .unwrap_or(edge)
    };
    let cue = |i: isize| -> Cues {
        usize::try_from(i)
            .ok()
            .and_then(|i| cues.get(i).copied())
            .unwrap_or_default()
    };
    let stem_at = |i: isize| -> u32 {
        usize::try_from(i)
            .ok()
            .and_then(|i| stem_h.get(i).copied())
            .unwrap_or(edge)
    };
    let mut out = Vec::with_capacity(tokens.len());
    // The stem's letters, and with its edges marked: buffers made once a paragraph (two
    // allocations a word showed in the profile).
    let (mut cs, mut marked): (Vec<char>, Vec<char>) = (Vec::new(), Vec::new());
    let each = tokens
        .iter()
        .zip(&stems)
        .zip(&cues)
        .zip(words.iter().zip(&stem_h));
    for (i, (((t, &s), &c), (&word_h, &stem_here))) in each.enumerate() {
        let here = Here {
            word: word_h,
            stem: stem_here,
        };
        let ii = i as isize;
        let w = t.norm.as_str();
        // About 80 emission features and 7 pairwise ones a word: room for them all at once
        // (a list that grows is copied).
        let mut f = Vec::with_capacity(128);
        let word_shape = shape(w);
        let mut put = |h: Fnv| f.push(h.0);
        put(Fnv::new(0));
        put(Fnv::new(1).word(here.word));
        put(Fnv::new(2).word(here.stem));
        for (clitic, r) in &t.reads {
            if *clitic > 0 {
                put(Fnv::new(3).str(r));
            }
        }
        for n in 1..=4 {
            put(Fnv::new(4).byte(n as u8).str(affix(s, n, false)));
            put(Fnv::new(5).byte(n as u8).str(affix(s, n, true)));
        }
        put(Fnv::new(6).str(affix(w, 2, false)));
        // Letter trigrams inside the stem: transliterated names share them (`نيستلروي`).
        cs.clear();
        cs.extend(s.chars());
        for tri in cs.windows(3) {
            let mut h = Fnv::new(24);
            for ch in tri {
                h = h.byte(*ch as u8).byte((*ch as u32 >> 8) as u8);
            }
            put(h);
        }
        put(Fnv::new(7).byte(word_shape));
        let flags = u8::from(t.boundary)
            | u8::from(t.comma_before) << 1
            | u8::from(t.open_before) << 2
            | u8::from(t.close_after) << 3
            | u8::from(t.paren_before) << 4;
        put(Fnv::new(8).byte(flags));
        for d in [-2isize, -1, 1, 2] {
            put(Fnv::new(9).byte(d as u8).word(word(ii + d)));
        }
        let prev_stem = i
            .checked_sub(1)
            .and_then(|p| stems.get(p))
            .copied()
            .unwrap_or("<s>");
        let next_stem = stems.get(i + 1).copied().unwrap_or("</s>");
        put(Fnv::new(10).word(stem_at(ii - 1)));
        put(Fnv::new(11).word(stem_h.get(i + 1).copied().unwrap_or(edge)));
        put(Fnv::new(12).word(word(ii - 1)).word(here.word));
        put(Fnv::new(13).word(here.word).word(word(ii + 1)));
        put(Fnv::new(14).str(affix(next_stem, 2, true)));
        put(Fnv::new(15).str(affix(prev_stem, 2, true)));
        // The lists' and rules' word here, one feature each; around it (±2), one feature per
        // position with all of them (fewer lookups: extraction speed is measured).
        put(Fnv::new(16).byte(c.gaz));
        put(Fnv::new(17).byte(u8::from(c.given)));
        put(Fnv::new(18).byte(u8::from(c.title)));
        put(Fnv::new(19).byte(c.head));
        put(Fnv::new(20).byte(c.rule));
        for d in [-2isize, -1, 1, 2] {
            let k = cue(ii + d);
            put(Fnv::new(25)
                .byte(d as u8)
                .byte(k.gaz)
                .byte(u8::from(k.given) | u8::from(k.title) << 1)
                .byte(k.head)
                .byte(k.rule));
        }
        put(Fnv::new(21).byte(u8::from(c.stop)));
        put(Fnv::new(22)
            .byte(c.rule)
            .byte(c.gaz)
            .byte(u8::from(c.given)));
        put(Fnv::new(23).byte(cue(ii - 1).rule).byte(c.rule));
        // Letter 4-grams of the stem with its edges marked (`^فير`, `وفن$`).
        marked.clear();
        marked.push('^');
        marked.extend_from_slice(&cs);
        marked.push('$');
        for q in marked.windows(4) {
            let mut h = Fnv::new(40);
            for ch in q {
                h = h.byte(*ch as u8).byte((*ch as u32 >> 8) as u8);
            }
            put(h);
        }
        // Conjunctions: stem bigrams; the cue before with the ending; the lists' and the
        // rules' labels around; the word with its rule label; the list label with the word
        // before; article and clitic with shape; the word before with the ending.
        let (p, n) = (cue(ii - 1), cue(ii + 1));
        let end2 = affix(s, 2, true);
        put(Fnv::new(41).word(stem_at(ii - 1)).word(here.stem));
        put(Fnv::new(42).word(here.stem).word(stem_at(ii + 1)));
        put(Fnv::new(43)
            .byte(u8::from(p.title) | u8::from(p.given) << 1)
            .str(end2));
        put(Fnv::new(44).byte(p.gaz).byte(c.gaz).byte(n.gaz));
        put(Fnv::new(45).byte(p.rule).byte(c.rule).byte(n.rule));
        put(Fnv::new(46).word(word(ii - 3)));
        put(Fnv::new(47).word(word(ii + 3)));
        put(Fnv::new(48).word(here.stem).byte(c.rule));
        put(Fnv::new(49).byte(c.gaz).word(word(ii - 1)));
        put(Fnv::new(50)
            .byte(u8::from(w.starts_with("ال")))
            .byte(u8::from(s.len() < w.len()))
            .byte(word_shape)
            .byte(u8::from(c.stop)));
        put(Fnv::new(51).word(word(ii - 1)).str(end2));
        // General-Arabic frequency: of the word, of its stem, and how much more often the
        // stem is written with the article (common nouns) than without (names).
        let (zw, zs, za) = zipfs.get(i).copied().unwrap_or_default();
        let lean = (i16::from(za) - i16::from(zs)).clamp(-20, 20) / 5;
        put(Fnv::new(60).byte(bucket(zw)));
        put(Fnv::new(61).byte(bucket(zs)));
        put(Fnv::new(62)
            .byte(u8::from(zs > 0) | u8::from(za > 0) << 1)
            .byte(lean as u8));
        put(Fnv::new(63).byte(bucket(zs)).byte(c.rule));
        put(Fnv::new(64).byte(zb(ii - 1)).byte(bucket(zs)));
        put(Fnv::new(65).byte(bucket(zs)).byte(zb(ii + 1)));
        put(Fnv::new(66)
            .byte(bucket(zs))
            .byte(u8::from(p.title) | u8::from(p.given) << 1));
        // Inside an organization's name: the distance from its head, with the article.
        let definite = u8::from(w.starts_with("ال")) | u8::from(w.starts_with("لل")) << 1;
        let dist = since_head.get(i).copied().unwrap_or(0);
        put(Fnv::new(70)
            .byte(dist)
            .byte(definite)
            .byte(u8::from(c.stop)));
        cluster_features(&mut put, &cl_at, ii);
        // Unlabeled text: the kinds of titles holding the word (alone, with the word before,
        // with the word after), and the shares of the rules' names it is in, together. At ±2
        // and with each share apart they measured no better and cost extraction time.
        let t = titled_at(ii);
        put(Fnv::new(90).byte(t));
        put(Fnv::new(91).byte(titled_at(ii - 1)).byte(t));
        put(Fnv::new(92).byte(t).byte(titled_at(ii + 1)));
        let r = named.get(i).copied().unwrap_or_default();
        put(Fnv::new(100).byte(r[0]).byte(r[1]).byte(r[2]).byte(r[3]));
        out.push(f);
    }
    // Transitions that see the words (`pairwise.rs`), after the emission features.
    let pw: Vec<pairwise::Word> = (tokens.iter().zip(&stems).zip(&cues).zip(&zipfs))
        .enumerate()
        .map(|(i, (((t, s), c), z))| {
            pairwise::Word::new(t, s, c.rule, (z.0, z.1), cl_at(i as isize)[0])
        })
        .collect();
    pairwise::append(&mut out, &pw);
    out
}

/// The word clusters' features (`clusters.rs`): the stem's cluster at every level, and its
/// neighbours' (±1 at every level, ±2 at the coarser two). Conjunctions with the rules'
/// label, neighbouring pairs and the title cue measured no better (cross-validation,
/// docs/entities.md) and are left out: every feature costs extraction time.
fn cluster_features(put: &mut impl FnMut(Fnv), at: &impl Fn(isize) -> [u16; LEVELS], i: isize) {
    let id = |h: Fnv, c: u16| h.byte(c as u8).byte((c >> 8) as u8);
    for (l, &c) in at(i).iter().enumerate() {
        put(id(Fnv::new(80).byte(l as u8), c));
    }
    for d in [-2isize, -1, 1, 2] {
        let levels = if d.abs() == 1 { LEVELS } else { 2 };
        for (l, &c) in at(i + d).iter().enumerate().take(levels) {
            put(id(Fnv::new(81).byte(d as u8).byte(l as u8), c));
        }
    }
}

/// The stem a document-level pass counts labels by (`وبالعراق` and `العراق` agree).
pub fn doc_key(t: &Token) -> &str {
    stem(t)
}

/// The second pass's features of a word (`key`): the first pass's tags before, at and after
/// it, and what the first pass gave the same word elsewhere in the document — for each kind,
/// whether it was seen there as that kind, and the majority with its share.
pub fn doc_features(key: &str, tags: [u8; 3], counts: &[u16; 4], total: u16, f: &mut Vec<u32>) {
    let [prev, here, next] = tags;
    f.push(Fnv::new(32).byte(here).0);
    f.push(Fnv::new(33).byte(prev).byte(here).0);
    f.push(Fnv::new(34).byte(here).byte(next).0);
    f.push(Fnv::new(35).str(key).0);
    f.push(Fnv::new(36).str(key).byte(here).0);
    let mut best = 0u8;
    let mut best_n = 0u16;
    for (k, &n) in counts.iter().enumerate() {
        if n > 0 {
            f.push(Fnv::new(30).byte(k as u8).byte((n.min(3)) as u8).0);
        }
        if n > best_n {
            best_n = n;
            best = k as u8 + 1;
        }
    }
    let share = if total == 0 {
        0
    } else {
        (u32::from(best_n) * 4 / u32::from(total)) as u8
    };
    f.push(Fnv::new(31).byte(best).byte(share).0);
    f.push(Fnv::new(37).byte(best).byte(share).byte(here).0);
    // The word's middle cluster with the first pass's tag: how far to trust that tag for
    // words of its kind (dev part: document pass 0.785 -> 0.798 micro-PLO).
    if let Ok(c) = clusters::shared() {
        let m = c.get(key).get(1).copied().unwrap_or(UNKNOWN);
        f.push(Fnv::new(38).byte(m as u8).byte((m >> 8) as u8).byte(here).0);
    }
}
