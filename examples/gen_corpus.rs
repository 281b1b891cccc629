//! Corpus generator for benchmarks and scale tests (never for quality measurements):
//! `cargo run --release --example gen_corpus -- N DIR` writes N articles to DIR, built from the
//! bundled articles' paragraphs with varied people, places, dates and outlets.
//!
//! Output is deterministic (a fixed-seed xorshift), so benchmark runs compare like with like.
//! Each file is plain text with front matter, like a scraper would save it, followed by the
//! kinds of boilerplate real pages carry.

use std::path::PathBuf;
use std::process::ExitCode;

use khabar::corpus::{ParagraphKind, bundled};

const OUTLETS: &[&str] = &[
    "الجزيرة نت",
    "العربية",
    "سكاي نيوز عربية",
    "بي بي سي عربي",
    "فرانس 24",
    "الشرق الأوسط",
    "القدس العربي",
    "النهار",
    "الأهرام",
    "الشروق",
    "هسبريس",
    "الخبر",
    "العربي الجديد",
    "روسيا اليوم",
    "عنب بلدي",
    "المدى",
    "الوطن",
    "الرياض",
    "الخليج",
    "البيان",
];

/// (seed spelling, replacements): names and places swapped so that entities vary.
const SWAPS: &[(&str, &[&str])] = &[
    (
        "قاآني",
        &[
            "سليماني",
            "الحسيني",
            "العبيدي",
            "الخزعلي",
            "المهندس",
            "الصدر",
        ],
    ),
    ("إسماعيل", &["أحمد", "علي", "حسين", "مصطفى", "يوسف", "كريم"]),
    (
        "بغداد",
        &[
            "دمشق",
            "بيروت",
            "عمان",
            "القاهرة",
            "الرياض",
            "أربيل",
            "البصرة",
            "الموصل",
        ],
    ),
    ("العراق", &["سوريا", "لبنان", "اليمن", "الأردن", "ليبيا"]),
    (
        "يناير",
        &[
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "سبتمبر",
            "نوفمبر",
        ],
    ),
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|s| s.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: gen_corpus N DIR");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("gen_corpus: {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    let seeds = bundled();
    let body: Vec<&str> = seeds
        .articles
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .filter(|p| p.kind == ParagraphKind::Body && p.text.chars().count() > 80)
        .map(|p| p.text.as_str())
        .collect();
    let boiler: Vec<&str> = seeds
        .articles
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .filter(|p| p.kind == ParagraphKind::Boilerplate)
        .map(|p| p.text.as_str())
        .collect();
    if body.is_empty() {
        eprintln!("gen_corpus: the bundled articles have no body paragraphs");
        return ExitCode::FAILURE;
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..n {
        let text = article(&mut rng, &body, &boiler);
        let path = dir.join(format!("{i:06}.txt"));
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("gen_corpus: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn article(rng: &mut Rng, body: &[&str], boiler: &[&str]) -> String {
    let count = 6 + rng.below(10);
    let paragraphs: Vec<String> = (0..count)
        .map(|_| {
            let source = body[rng.below(body.len())];
            vary(rng, source)
        })
        .collect();
    let title: String = paragraphs[0]
        .split_whitespace()
        .take(9)
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = format!(
        "---\ntitle: {title}\noutlet: {}\npublished: 20{}-{:02}-{:02}\n---\n{title}\n\n",
        OUTLETS[rng.below(OUTLETS.len())],
        23 + rng.below(2),
        1 + rng.below(12),
        1 + rng.below(28)
    );
    for p in &paragraphs {
        out.push_str(p);
        out.push_str("\n\n");
    }
    if !boiler.is_empty() {
        out.push_str("اقرأ أيضاً\n\n");
        for _ in 0..rng.below(4) {
            out.push_str(boiler[rng.below(boiler.len())]);
            out.push('\n');
        }
    }
    out
}

/// Swap some names, places and months so the generated story is not one story repeated.
fn vary(rng: &mut Rng, text: &str) -> String {
    let mut s = text.to_string();
    for (from, to) in SWAPS {
        if rng.below(2) == 0 {
            s = s.replace(from, to[rng.below(to.len())]);
        }
    }
    s
}
