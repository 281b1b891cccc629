//! Measurement on Arabic news text that is not in this repository (docs/timeline.md). The
//! paragraphs are third-party text, so they are not committed: point `KHABAR_DATES_EXTERNAL` at
//! an annotation file and run
//! `cargo test --test timeline_external -- --ignored --nocapture`.
//!
//! File format, one block per paragraph, blocks separated by blank lines:
//! `@ YYYY-MM-DD` (the article's date, or `@ -`), the paragraph on one line, then one line per
//! real date expression: `= expression<TAB>value`, value `YYYY[-MM[-DD]][..end]`, a season
//! `YYYY-SP|SU|FA|WI`, a decade `197`, a century `19`, `*` (any value: the reference date is
//! unknown) or `~YYYY-MM-DD` (Hijri-derived: the start within two days). Lines starting with
//! `#` are comments.

use chrono::NaiveDate;
use khabar::extract::timeline::{Reference, find, format, resolve_in};

struct Block {
    reference: Option<NaiveDate>,
    text: String,
    gold: Vec<(String, String)>,
}

fn parse(file: &str) -> Vec<Block> {
    file.split("\n\n")
        .filter_map(|b| {
            let mut lines = b.lines().filter(|l| !l.starts_with('#'));
            let head = lines.next()?.strip_prefix("@ ")?;
            let text = lines.next()?.to_string();
            let gold = lines
                .filter_map(|l| {
                    let (e, v) = l.strip_prefix("= ")?.split_once('\t')?;
                    Some((e.to_string(), v.to_string()))
                })
                .collect();
            Some(Block {
                reference: NaiveDate::parse_from_str(head.trim(), "%Y-%m-%d").ok(),
                text,
                gold,
            })
        })
        .collect()
}

/// Where each gold expression is in `text` (`char` offsets): its occurrence at or after the
/// previous one's (the expressions are listed in reading order), else its first.
fn gold_spans(text: &str, gold: &[(String, String)]) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let find_from = |e: &[char], from: usize| {
        (from..chars.len().saturating_sub(e.len()) + 1).find(|&i| chars[i..].starts_with(e))
    };
    let mut cursor = 0;
    gold.iter()
        .map(|(e, _)| {
            let e: Vec<char> = e.chars().collect();
            let at = find_from(&e, cursor)
                .or_else(|| find_from(&e, 0))
                .unwrap_or(0);
            cursor = at + e.len();
            (at, at + e.len())
        })
        .collect()
}

/// How many `char`s two spans share.
fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn value_ok(found: &str, gold: &str) -> bool {
    if gold == "*" {
        return true;
    }
    if let Some(g) = gold.strip_prefix('~') {
        let start = |s: &str| NaiveDate::parse_from_str(&s[..10.min(s.len())], "%Y-%m-%d").ok();
        return match (start(found), start(g)) {
            (Some(f), Some(g)) => (f - g).num_days().abs() <= 2,
            _ => false,
        };
    }
    found == gold
}

#[test]
#[ignore = "needs KHABAR_DATES_EXTERNAL=<annotation file> (third-party text, not committed)"]
fn external_news() {
    let path = std::env::var("KHABAR_DATES_EXTERNAL").expect("KHABAR_DATES_EXTERNAL is set");
    let file = std::fs::read_to_string(&path).expect("annotation file is readable");
    let (mut gold_n, mut found_n, mut hit, mut real, mut right) = (0, 0, 0, 0, 0);
    for b in parse(&file) {
        let r = b.reference.map(Reference::own);
        let (mut prev, mut narrative) = (None, None);
        let mut ours = Vec::new();
        for f in find(&b.text) {
            // Found but not resolvable (no reference date): a detection with no value.
            let v = match resolve_in(f.expr, r, prev, narrative) {
                Some(w) => {
                    if w.precision == khabar::extract::Precision::Day && w.end.is_none() {
                        prev = Some(w.date);
                    }
                    narrative = Some(w);
                    let mut v = format(w.date, w.precision);
                    if let Some(e) = w.end {
                        v = format!("{v}..{}", format(e, w.precision));
                    }
                    v
                }
                None => "?".to_string(),
            };
            let t: String = b.text.chars().skip(f.start).take(f.end - f.start).collect();
            ours.push((t, v, (f.start, f.end)));
        }
        gold_n += b.gold.len();
        found_n += ours.len();
        // A found expression and a gold one are the same mention when their spans overlap.
        let spans = gold_spans(&b.text, &b.gold);
        for ((e, v), g) in b.gold.iter().zip(&spans) {
            match ours
                .iter()
                .filter(|(_, _, s)| overlap(*s, *g) > 0)
                .max_by_key(|(_, _, s)| overlap(*s, *g))
            {
                Some((t, ov, _)) => {
                    hit += 1;
                    if value_ok(ov, v) {
                        right += 1;
                    } else {
                        println!("WRONG  {e} → {t} = {ov} (gold {v})");
                    }
                }
                None => println!("MISSED {e} ({v})"),
            }
        }
        for (t, v, s) in &ours {
            if spans.iter().any(|g| overlap(*s, *g) > 0) {
                real += 1;
            } else {
                println!("EXTRA  {t} = {v}");
            }
        }
    }
    println!(
        "external: recall {:.2} ({hit}/{gold_n}), precision {:.2} ({real}/{found_n}), values right {:.2} ({right}/{hit})",
        hit as f64 / gold_n.max(1) as f64,
        real as f64 / found_n.max(1) as f64,
        right as f64 / hit.max(1) as f64,
    );
    assert!(gold_n > 0, "no annotated expressions in {path}");
}
