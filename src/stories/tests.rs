//! Unit tests of the grouping on small hand-written corpora.

use super::*;
use crate::corpus::{Article, bundled};

#[test]
fn the_seeds_are_one_story() {
    let seeds = bundled();
    for s in [group(&seeds), refine(&seeds)] {
        assert_eq!(s.stories.len(), 1, "{:?}", s.of_article);
        assert_eq!(s.stories[0].articles, vec![0, 1, 2, 3, 4]);
        assert_eq!(s.stories[0].id, "s1");
        assert!(!s.stories[0].title.is_empty());
    }
}

fn article(id: &str, paras: &[&str]) -> Article {
    Article::from_body(id, paras)
}

#[test]
fn unrelated_articles_are_stories_of_one() {
    let c = Corpus {
        articles: vec![
            article(
                "a",
                &["أعلنت وزارة الصحة المصرية عن حملة تطعيم جديدة ضد شلل الأطفال في محافظات الصعيد."],
            ),
            article(
                "b",
                &["فاز نادي الهلال السعودي على النصر بثلاثة أهداف مقابل هدف في ديربي الرياض."],
            ),
            article(
                "c",
                &["ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج."],
            ),
        ],
    };
    let s = group(&c);
    assert_eq!(s.stories.len(), 3);
    assert_eq!(s.of_article, vec![0, 1, 2]);
}

/// Prints every pair's score (for tuning: `cargo test --lib stories::tests::print -- --ignored --nocapture`).
#[test]
#[ignore]
fn print_seed_scores() {
    let seeds = bundled();
    for feats in [text_features(&seeds), analysed_features(&seeds)] {
        let mut c = Clusterer::default();
        for f in feats {
            eprintln!("{:?}", c.scores(&f));
            c.add(f);
        }
    }
}
