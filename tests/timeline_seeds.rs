//! The shared timeline of the bundled story: the events the issue names, merged across
//! outlets, and precision/recall/value accuracy against a hand annotation.

use khabar::corpus::bundled;
use khabar::extract::timeline::dates;
use khabar::extract::{Event, Precision, analyze};

fn event<'a>(events: &'a [Event], date: &str, source: &str) -> Option<&'a Event> {
    events
        .iter()
        .find(|e| e.date == date && e.sources.iter().any(|s| s.starts_with(source)))
}

fn prefixes(e: &Event) -> Vec<&str> {
    e.sources.iter().map(|s| &s[..3]).collect()
}

#[test]
fn story_events() {
    let a = analyze(&bundled());
    let t = &a.timeline;
    let meeting = event(t, "2024-01-29", "000").expect("the meeting at Baghdad airport");
    assert_eq!(
        prefixes(meeting),
        vec!["000", "001", "002"],
        "one event from three outlets"
    );
    let calm = event(t, "2024-02-04", "000").expect("no attacks since 4 February");
    assert_eq!(prefixes(calm), vec!["000", "001", "002"]);
    let next = event(t, "2024-01-30", "000").expect("في اليوم التالي");
    assert_eq!(prefixes(next), vec!["000", "001", "002"]);
    for (date, src) in [
        ("2024-01-25", "000"),
        ("2023-10-07", "000"),
        ("2024-02-06", "002"),
        ("2024-01-25", "004"),
        ("2024-01-26", "004"),
    ] {
        assert!(event(t, date, src).is_some(), "{date} from {src}");
    }
    let range = event(t, "2023-08-07", "000").expect("7-8 August");
    assert_eq!(range.end.as_deref(), Some("2023-08-08"));
    let y2014 = event(t, "2014", "000").expect("2014");
    assert_eq!(y2014.precision, Precision::Year);
    assert_eq!(prefixes(y2014), vec!["000", "002"]);
    assert!(
        t.windows(2).all(|w| w[0].date <= w[1].date),
        "sorted by date"
    );
    // 000 has no dateline: its year-less dates lean on the story and say so.
    assert!(event(t, "2023-10-07", "000").is_some_and(|e| e.inferred));
    assert!(
        !meeting.inferred,
        "002 dates the meeting from its own dateline"
    );
}

#[test]
fn precision_recall_and_values_against_the_annotation() {
    let corpus = bundled();
    let found = dates(&corpus);
    let gold: Vec<(&str, &str, &str)> = include_str!("data/dates_gold.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Some((*c.first()?, *c.get(1)?, *c.get(2)?))
        })
        .collect();
    let text_of = |d: &khabar::extract::timeline::Dated| -> (String, String) {
        let a = &corpus.articles[d.article];
        let t: String = a.paragraphs[d.paragraph]
            .text
            .chars()
            .skip(d.start)
            .take(d.end - d.start)
            .collect();
        let mut v = khabar::extract::timeline::format(d.when.date, d.when.precision);
        if let Some(e) = d.when.end {
            v = format!(
                "{v}..{}",
                khabar::extract::timeline::format(e, d.when.precision)
            );
        }
        (a.id[..3].to_string(), format!("{t}\t{v}"))
    };
    let ours: Vec<(String, String)> = found.iter().map(text_of).collect();
    let matched = |g: &(&str, &str, &str)| {
        ours.iter().find(|(a, tv)| {
            a == g.0 && (tv.contains(g.1) || g.1.contains(tv.split('\t').next().unwrap_or("#")))
        })
    };
    let hits = gold.iter().filter(|g| matched(g).is_some()).count();
    let right = gold
        .iter()
        .filter(|g| matched(g).is_some_and(|(_, tv)| g.2 == "*" || tv.ends_with(g.2)))
        .count();
    let real = ours
        .iter()
        .filter(|(a, tv)| {
            gold.iter().any(|g| {
                g.0 == a && (tv.contains(g.1) || g.1.contains(tv.split('\t').next().unwrap_or("#")))
            })
        })
        .count();
    let recall = hits as f64 / gold.len() as f64;
    let precision = real as f64 / ours.len().max(1) as f64;
    let accuracy = right as f64 / hits.max(1) as f64;
    println!(
        "dates: recall {recall:.2} ({hits}/{}), precision {precision:.2} ({real}/{}), values right {accuracy:.2} ({right}/{hits})",
        gold.len(),
        ours.len()
    );
    for (a, tv) in &ours {
        println!("  {a} {tv}");
    }
    assert!(recall >= 0.9 && precision >= 0.9 && accuracy >= 0.9);
}
