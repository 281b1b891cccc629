//! Outlet comparison on a second story assembled from public Arabic news (issue 17): run with
//! `KHABAR_STORY2=/path/to/story2 cargo test --test compare_story2 -- --nocapture`. The text is
//! not in the repository (workplace rule: fetched pages are not committed; provenance in
//! docs/compare.md); the expected links are, in tests/data/compare_story2.tsv. Without the
//! variable the test says so and checks only that the expected-links file reads.

use std::collections::BTreeSet;
use std::path::PathBuf;

type Pair = (String, usize, String, usize);

fn expected() -> BTreeSet<Pair> {
    include_str!("data/compare_story2.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let n = |s: &str| s.parse::<usize>().expect("paragraph number");
            (f[0].to_string(), n(f[1]), f[2].to_string(), n(f[3]))
        })
        .collect()
}

#[test]
fn second_story_links_match_the_expected_ones() {
    let expected = expected();
    assert_eq!(expected.len(), 13);
    let Ok(dir) = std::env::var("KHABAR_STORY2") else {
        eprintln!("KHABAR_STORY2 not set: second story not checked");
        return;
    };
    let (corpus, problems) = khabar::corpus::load(&[PathBuf::from(dir)]).expect("loads");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(corpus.articles.len(), 10);
    let r = khabar::compare::compare(&corpus);
    let id = |i: usize| corpus.articles[i].id.clone();
    let found: BTreeSet<Pair> = r
        .links
        .iter()
        .map(|l| {
            (
                id(l.a.article),
                l.a.paragraph,
                id(l.b.article),
                l.b.paragraph,
            )
        })
        .collect();
    let right = found.intersection(&expected).count();
    let precision = right as f64 / found.len().max(1) as f64;
    let recall = right as f64 / expected.len() as f64;
    eprintln!(
        "links found {}, expected {}, right {right}",
        found.len(),
        expected.len()
    );
    eprintln!("precision {precision:.2}, recall {recall:.2}");
    for miss in expected.difference(&found) {
        eprintln!("missed: {miss:?}");
    }
    for wrong in found.difference(&expected) {
        eprintln!("not expected: {wrong:?}");
    }
    // Measured 2026-12-06: precision 1.00, recall 0.46 (6 of 13; the misses are the heaviest
    // rewrites). No link may be wrong; recall may not fall.
    assert_eq!(precision, 1.0);
    assert!(recall >= 0.46, "recall {recall:.2}");
    // The reports of their own link to nothing.
    for own in 6..10 {
        assert_eq!(r.links_of(own).count(), 0, "{}", id(own));
        assert_eq!(
            r.derivations[own].label,
            khabar::compare::Label::Independent
        );
    }
    assert_eq!(r.derivations[3].agency.as_deref(), Some("رويترز"));
}
