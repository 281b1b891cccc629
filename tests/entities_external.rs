//! Measurement of entity extraction on Arabic news text that is not in this repository
//! (docs/entities.md, "Outside news"). The paragraphs are third-party text, so they are not
//! committed: point `KHABAR_ENTITIES_EXTERNAL` at an annotation file and run
//! `cargo test --test entities_external -- --ignored --nocapture`.
//!
//! File format, one block per paragraph, blocks separated by blank lines, `#` lines ignored:
//! `@ SOURCE` (the page's address; consecutive blocks with the same source are one article, so
//! a surname can join the full name given earlier in that article), the paragraph on one line,
//! then one line per gold mention: `= KIND MENTION` with KIND `person`, `organization` or
//! `place` and MENTION as written, without proclitics (the annotation guidelines are in
//! docs/entities.md).
//!
//! Scores are mention-level. A found mention and a gold one match *exactly* when kinds agree and
//! their normalized texts are equal, and *partly* when kinds agree and one text contains the
//! other (a boundary error). Each gold mention is matched at most once.

use khabar::corpus::{Article, Corpus, Paragraph, ParagraphKind};
use khabar::extract::{EntityKind, entities};
use khabar::text::normalize;

struct Block {
    source: String,
    text: String,
    gold: Vec<(EntityKind, String)>,
}

fn kind(s: &str) -> Option<EntityKind> {
    match s {
        "person" => Some(EntityKind::Person),
        "organization" => Some(EntityKind::Organization),
        "place" => Some(EntityKind::Place),
        _ => None,
    }
}

fn parse(file: &str) -> Vec<Block> {
    file.split("\n\n")
        .filter_map(|b| {
            let mut lines = b.lines().filter(|l| !l.starts_with('#') && !l.is_empty());
            let source = lines.next()?.strip_prefix("@ ")?.trim().to_string();
            let text = lines.next()?.trim().to_string();
            let gold = lines
                .filter_map(|l| {
                    let (k, m) = l.strip_prefix("= ")?.split_once(' ')?;
                    Some((kind(k)?, m.trim().to_string()))
                })
                .collect();
            Some(Block { source, text, gold })
        })
        .collect()
}

/// One article per run of blocks from the same source; returns (corpus, block of each
/// (article, paragraph)).
fn corpus(blocks: &[Block]) -> (Corpus, Vec<Vec<usize>>) {
    let mut corpus = Corpus::default();
    let mut index: Vec<Vec<usize>> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let same = corpus
            .articles
            .last()
            .is_some_and(|a| a.url.as_deref() == Some(b.source.as_str()));
        if !same {
            let n = corpus.articles.len();
            corpus.articles.push(Article {
                id: format!("ext{n}"),
                path: String::new(),
                outlet: String::new(),
                title: String::new(),
                published: None,
                url: Some(b.source.clone()),
                paragraphs: Vec::new(),
                language: khabar::corpus::language::Language::Analysed,
            });
            index.push(Vec::new());
        }
        if let (Some(a), Some(ix)) = (corpus.articles.last_mut(), index.last_mut()) {
            a.paragraphs.push(Paragraph {
                text: b.text.clone(),
                kind: ParagraphKind::Body,
            });
            ix.push(i);
        }
    }
    (corpus, index)
}

const KINDS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
];

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    found: usize,
    exact: usize,
    partial: usize,
}

fn norm(s: &str) -> String {
    normalize(s)
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Equal mentions; ل + ال is written لل, so the found mention of `للعراق` is `لعراق` (from the
/// article's lam) where the gold mention is `العراق`, and of `للجنة` (ل + اللجنة) `لجنة`.
fn same(found: &str, gold: &str) -> bool {
    found == gold
        || (found.starts_with('ل')
            && (gold.strip_prefix('ا') == Some(found) || gold.strip_prefix("ال") == Some(found)))
}

/// Match one paragraph's found mentions against its gold ones; print the errors.
fn score(
    text: &str,
    gold: &[(EntityKind, String)],
    found: &[(EntityKind, String, String)],
) -> [Counts; 3] {
    let mut c = [Counts::default(); 3];
    let k = |kind: EntityKind| KINDS.iter().position(|x| *x == kind).unwrap_or(0);
    for (g, _) in gold {
        c[k(*g)].gold += 1;
    }
    for (f, _, _) in found {
        c[k(*f)].found += 1;
    }
    let mut gold_used = vec![false; gold.len()];
    let mut found_used = vec![false; found.len()];
    // Exact matches first, then boundary errors.
    for exact in [true, false] {
        for (fi, (fk, ft, _)) in found.iter().enumerate() {
            if found_used[fi] {
                continue;
            }
            let (fk, ft) = (*fk, norm(ft));
            let hit = gold.iter().enumerate().position(|(gi, (gk, gt))| {
                let gt = norm(gt);
                !gold_used[gi]
                    && *gk == fk
                    && if exact {
                        same(&ft, &gt)
                    } else {
                        gt.contains(&ft) || ft.contains(&gt)
                    }
            });
            if let Some(gi) = hit {
                gold_used[gi] = true;
                found_used[fi] = true;
                if exact {
                    c[k(fk)].exact += 1;
                } else {
                    c[k(fk)].partial += 1;
                    println!(
                        "BOUNDARY {fk:?}: found «{}», gold «{}»",
                        found[fi].1, gold[gi].1
                    );
                }
            }
        }
    }
    let mut shown = false;
    let mut context = || {
        if !shown {
            println!("  in: {}", text.chars().take(90).collect::<String>());
            shown = true;
        }
    };
    for (gi, (gk, gt)) in gold.iter().enumerate() {
        if !gold_used[gi] {
            let other = found.iter().find(|(_, ft, _)| same(&norm(ft), &norm(gt)));
            match other {
                Some((fk, _, _)) => println!("KIND     {gt}: found {fk:?}, gold {gk:?}"),
                None => println!("MISSED   {gk:?}: {gt}"),
            }
            context();
        }
    }
    for (fi, (fk, ft, id)) in found.iter().enumerate() {
        if !found_used[fi] && !gold.iter().any(|(_, gt)| same(&norm(ft), &norm(gt))) {
            println!("EXTRA    {fk:?}: {ft} ({id})");
            context();
        }
    }
    c
}

#[test]
#[ignore = "needs KHABAR_ENTITIES_EXTERNAL=<annotation file> (third-party text, not committed)"]
fn external_news() {
    let path = std::env::var("KHABAR_ENTITIES_EXTERNAL").expect("KHABAR_ENTITIES_EXTERNAL is set");
    let file = std::fs::read_to_string(&path).expect("annotation file is readable");
    let blocks = parse(&file);
    let (corpus, index) = corpus(&blocks);
    let es = entities::extract(&corpus);
    // Found mentions by block.
    let mut found: Vec<Vec<(EntityKind, usize, String, String)>> = vec![Vec::new(); blocks.len()];
    for e in &es {
        for m in &e.mentions {
            let a = corpus.articles.iter().position(|a| *a.id == *m.article);
            if let Some(b) = a.and_then(|a| index[a].get(m.paragraph)) {
                // Offsets slice the paragraph exactly to the mention text.
                let p = &blocks[*b].text;
                let s: String = p.chars().skip(m.start).take(m.end - m.start).collect();
                assert_eq!(s, m.text, "offsets of {:?} in {p}", m.text);
                found[*b].push((e.kind, m.start, m.text.clone(), e.id.clone()));
            }
        }
    }
    let mut total = [Counts::default(); 3];
    for (b, f) in blocks.iter().zip(found.iter_mut()) {
        f.sort_by_key(|x| x.1);
        let f: Vec<_> = f
            .iter()
            .map(|(k, _, t, id)| (*k, t.clone(), id.clone()))
            .collect();
        for (t, c) in total.iter_mut().zip(score(&b.text, &b.gold, &f)) {
            t.gold += c.gold;
            t.found += c.found;
            t.exact += c.exact;
            t.partial += c.partial;
        }
    }
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    println!(
        "{} paragraphs, {} articles, {} gold mentions",
        blocks.len(),
        corpus.articles.len(),
        total.iter().map(|c| c.gold).sum::<usize>()
    );
    println!(
        "| kind | gold | found | precision | recall | F1 | precision (partial ok) | recall (partial ok) |"
    );
    let mut all = Counts::default();
    for (kind, c) in KINDS.iter().zip(total.iter()) {
        all.gold += c.gold;
        all.found += c.found;
        all.exact += c.exact;
        all.partial += c.partial;
        row(&format!("{kind:?}").to_lowercase(), c, ratio);
    }
    row("all", &all, ratio);
    assert!(all.gold > 0, "no annotated mentions in {path}");
}

fn row(name: &str, c: &Counts, ratio: impl Fn(usize, usize) -> f64) {
    let (p, r) = (ratio(c.exact, c.found), ratio(c.exact, c.gold));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "| {name} | {} | {} | {p:.2} ({}/{}) | {r:.2} ({}/{}) | {f1:.2} | {:.2} | {:.2} |",
        c.gold,
        c.found,
        c.exact,
        c.found,
        c.exact,
        c.gold,
        ratio(c.exact + c.partial, c.found),
        ratio(c.exact + c.partial, c.gold),
    );
}
