//! Properties of the grouping on random folders: every article is in exactly one story, the
//! stories' ids and order follow their first articles, and the grouping does not depend on
//! the order the articles come in (shuffled, or added one at a time).

use khabar::corpus::{Article, Corpus};
use khabar::stories::{self, Clusterer};
use proptest::prelude::*;

/// Words of a few small "subjects", so random articles sometimes share enough to group.
const WORDS: &[&str] = &[
    "زلزال",
    "الحسيمة",
    "ضحايا",
    "انهيار",
    "منازل",
    "الإنقاذ",
    "الرجاء",
    "الترجي",
    "هدف",
    "المباراة",
    "المدرب",
    "الجمهور",
    "قرض",
    "المياه",
    "تحلية",
    "العقبة",
    "الوزير",
    "مشروع",
    "الحكومة",
    "البرلمان",
    "النفط",
    "الأسعار",
    "السوق",
    "الدولار",
    "قناة",
    "السويس",
    "السفن",
    "الافتتاح",
];

fn corpus(articles: &[Vec<usize>]) -> Corpus {
    Corpus {
        articles: articles
            .iter()
            .enumerate()
            .map(|(i, words)| {
                let text: Vec<&str> = words.iter().map(|&w| WORDS[w % WORDS.len()]).collect();
                Article::from_body(&format!("a{i}"), &[text.join(" ")])
            })
            .collect(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_article_in_exactly_one_story(
        articles in prop::collection::vec(prop::collection::vec(0usize..28, 0..40), 0..30)
    ) {
        let c = corpus(&articles);
        let s = stories::group(&c);
        prop_assert_eq!(s.of_article.len(), c.articles.len());
        let mut seen = vec![0; c.articles.len()];
        let mut firsts = Vec::new();
        for (k, story) in s.stories.iter().enumerate() {
            prop_assert!(!story.articles.is_empty());
            prop_assert_eq!(&story.id, &format!("s{}", k + 1));
            prop_assert!(story.articles.windows(2).all(|w| w[0] < w[1]));
            for &i in &story.articles {
                seen[i] += 1;
                prop_assert_eq!(s.of_article[i], k);
            }
            firsts.push(story.articles[0]);
        }
        prop_assert!(seen.iter().all(|&n| n == 1), "{:?}", seen);
        prop_assert!(firsts.windows(2).all(|w| w[0] < w[1]));

        // Added one at a time (each given a provisional story on the way), the final
        // grouping is the batch's.
        let features = stories::text_features(&c);
        let mut one = Clusterer::default();
        for f in features {
            one.add(f);
        }
        prop_assert_eq!(stories::stories_of(&c, &one), s);
    }

    #[test]
    fn the_grouping_does_not_depend_on_the_order(
        (articles, order) in prop::collection::vec(prop::collection::vec(0usize..28, 0..40), 0..30)
            .prop_flat_map(|a| {
                let n = a.len();
                (Just(a), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
            })
    ) {
        let c = corpus(&articles);
        let shuffled = Corpus {
            articles: order.iter().map(|&i| c.articles[i].clone()).collect(),
        };
        prop_assert_eq!(partition(&stories::group(&c), |i| i), partition(&stories::group(&shuffled), |i| order[i]));
    }
}

/// A grouping as sets of article positions in the original folder (`original` maps a position
/// in the grouped folder to its position there), sorted.
fn partition(s: &stories::Stories, original: impl Fn(usize) -> usize) -> Vec<Vec<usize>> {
    let mut sets: Vec<Vec<usize>> = s
        .stories
        .iter()
        .map(|st| {
            let mut v: Vec<usize> = st.articles.iter().map(|&i| original(i)).collect();
            v.sort_unstable();
            v
        })
        .collect();
    sets.sort_unstable();
    sets
}
