//! Story grouping speed (issue 18: 10,000 articles ≤ 3 s on one core after analysis,
//! near-linear).
//!
//! Synthetic folders, built here: stories of 1–12 articles (most small, as in a day's news);
//! each article 150–450 words, about a third from its story's own words (a few hundred made-up
//! words per story: its names, places, subject) and the rest from the bundled articles' body
//! words (the common vocabulary of Arabic news); each story has 3–6 names of two words and
//! 1–3 event days, which an article's analysis finds 1–4 times each. "After analysis": the
//! names and days go in as an analysis would report them (`Featurizer::analysed`), so what
//! is timed is featurizing the text and the grouping, not the entity tagger.
//!
//! `cargo bench --bench stories` prints the scaling table of docs/perf.md (one timed run per
//! size, one core) and B-cubed F1 against the generated stories as a sanity check.

use std::sync::Arc;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::corpus::{Article, Corpus, ParagraphKind, bundled};
use khabar::extract::{Analysis, Entity, EntityKind, Event, Mention, Precision};
use khabar::stories::{self, Clusterer, Features, Featurizer, score::score};

/// xorshift64: reproducible folders.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

const LETTERS: &[char] = &[
    'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ر', 'ز', 'س', 'ش', 'ص', 'ط', 'ع', 'غ', 'ف', 'ق', 'ك', 'ل',
    'م', 'ن', 'ه', 'و', 'ي', 'ا',
];

fn made_up_word(rng: &mut Rng) -> String {
    (0..4 + rng.below(4))
        .map(|_| LETTERS[rng.below(LETTERS.len())])
        .collect()
}

/// `n` articles with their analyses and each one's true story.
fn folder(n: usize) -> (Corpus, Vec<Analysis>, Vec<usize>) {
    let seeds = bundled();
    let common: Vec<String> = seeds
        .articles
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .filter(|p| p.kind == ParagraphKind::Body)
        .flat_map(|p| p.text.split_whitespace().map(str::to_string))
        .collect();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let (mut articles, mut analyses, mut truth) = (Vec::new(), Vec::new(), Vec::new());
    let mut story = 0;
    while articles.len() < n {
        let size = [1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 12][rng.below(12)];
        let own: Vec<String> = (0..200 + rng.below(200))
            .map(|_| made_up_word(&mut rng))
            .collect();
        let names: Vec<String> = (0..3 + rng.below(4))
            .map(|_| format!("{} {}", made_up_word(&mut rng), made_up_word(&mut rng)))
            .collect();
        let days: Vec<String> = (0..1 + rng.below(3))
            .map(|_| format!("2025-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)))
            .collect();
        let published = chrono::NaiveDate::from_ymd_opt(2025, 1 + rng.below(12) as u32, 1);
        for _ in 0..size.min(n - articles.len()) {
            let mut paras = Vec::new();
            for _ in 0..3 + rng.below(6) {
                let words: Vec<&str> = (0..50 + rng.below(25))
                    .map(|_| {
                        if rng.below(3) == 0 {
                            own[rng.below(own.len())].as_str()
                        } else {
                            common[rng.below(common.len())].as_str()
                        }
                    })
                    .collect();
                paras.push(words.join(" "));
            }
            let id = format!("a{}", articles.len());
            let mut a = Article::from_body(&id, &paras);
            a.published = published;
            let mention = |k: usize| {
                vec![
                    Mention {
                        article: Arc::from(id.as_str()),
                        ..Default::default()
                    };
                    k
                ]
            };
            let mut entities = Vec::new();
            for name in &names {
                if rng.below(4) != 0 {
                    entities.push(Entity {
                        id: name.clone(),
                        kind: EntityKind::Person,
                        name: name.clone(),
                        variants: Vec::new(),
                        mentions: mention(1 + rng.below(4)),
                    });
                }
            }
            let timeline = days
                .iter()
                .map(|d| Event {
                    id: d.clone(),
                    date: d.clone(),
                    end: None,
                    precision: Precision::Day,
                    inferred: false,
                    inferred_mentions: Vec::new(),
                    conflict: false,
                    summary: String::new(),
                    sources: vec![id.clone()],
                    mentions: mention(1),
                })
                .collect();
            articles.push(a);
            analyses.push(Analysis {
                entities,
                timeline,
                ..Default::default()
            });
            truth.push(story);
        }
        story += 1;
    }
    (Corpus { articles }, analyses, truth)
}

fn features(c: &Corpus, analyses: &[Analysis]) -> Vec<Features> {
    let mut fz = Featurizer::default();
    c.articles
        .iter()
        .zip(analyses)
        .map(|(a, an)| fz.analysed(a, an))
        .collect()
}

fn cluster(c: &Corpus, f: Vec<Features>) -> stories::Stories {
    let mut cl = Clusterer::default();
    for x in f {
        cl.insert(x);
    }
    stories::stories_of(c, &cl)
}

/// CPU time of this thread, in seconds: the machine is shared, so wall time overstates what
/// one core needs.
fn cpu() -> f64 {
    // SAFETY: getrusage only writes into the struct it is given.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_THREAD, &mut u) };
    let t = |v: libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 / 1e6;
    t(u.ru_utime) + t(u.ru_stime)
}

fn bench(cr: &mut Criterion) {
    for n in [1_000, 2_000, 5_000, 10_000] {
        let (c, analyses, truth) = folder(n);
        let words: usize = c
            .articles
            .iter()
            .flat_map(|a| &a.paragraphs)
            .map(|p| p.text.split_whitespace().count())
            .sum();
        let (t, c0) = (Instant::now(), cpu());
        let f = features(&c, &analyses);
        let (featured, featured_cpu) = (t.elapsed().as_secs_f64(), cpu() - c0);
        let (t, c0) = (Instant::now(), cpu());
        let s = cluster(&c, f);
        let (grouped, grouped_cpu) = (t.elapsed().as_secs_f64(), cpu() - c0);
        let sc = score(&s.of_article, &truth);
        println!(
            "stories/scaling {n} articles, {words} words: features {featured:.3} s (cpu {featured_cpu:.3}), grouping {grouped:.3} s (cpu {grouped_cpu:.3}), total cpu {:.3} s ({:.0} µs/article); {} stories (true {}), B-cubed F1 {:.3}",
            featured_cpu + grouped_cpu,
            (featured_cpu + grouped_cpu) * 1e6 / n as f64,
            s.len(),
            truth.last().map_or(0, |t| t + 1),
            sc.bcubed.f1
        );
    }
    let (c, analyses, _) = folder(1_000);
    let f = features(&c, &analyses);
    let mut g = cr.benchmark_group("stories");
    g.sample_size(10);
    g.bench_function("group 1000 articles (features given)", |b| {
        b.iter(|| cluster(&c, f.clone()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
