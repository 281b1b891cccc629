//! The long fuzz run on stable Rust (issue 12, item 3): vocabulary-generated text and HTML
//! (tests/vocab) and byte-level mutations of real inputs (the seed articles, every file under
//! tests/fixtures), loaded from a folder and put through the whole pipeline with its
//! invariants (`vocab::check_corpus`: analysis, search, layout, reader frames).
//!
//! ```text
//! KHABAR_FUZZ_SECS=1800 nice cargo test --release --test fuzz -- --ignored --nocapture
//! ```
//!
//! Runs for `KHABAR_FUZZ_SECS` (default 60) from seed `KHABAR_FUZZ_SEED` (default: the clock),
//! prints the time and the number of inputs, and saves each input that panics, breaks an
//! invariant or takes longer than `KHABAR_FUZZ_SLOW_SECS` (default 20) to
//! `tests/fixtures/crashes/`, where `tests/crashes.rs` runs it as a regular test.

mod vocab;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use vocab::{EXTRAS, Rng, check_corpus, lexicon};

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// The real inputs to mutate.
fn seeds() -> Vec<(Vec<u8>, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut stack = vec![root.join("assets/articles"), root.join("tests/fixtures")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                let ext = p
                    .extension()
                    .map_or("txt".into(), |x| x.to_string_lossy().into_owned());
                out.push((bytes, ext));
            }
        }
    }
    out
}

/// A few byte-level edits of `input`: flips, insertions of bytes, words and control
/// sequences, deletions, duplications, splices of another seed, truncation.
fn mutate(rng: &mut Rng, input: &[u8], other: &[u8], lex: &[String]) -> Vec<u8> {
    let mut b = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(b.len() + 1);
        match rng.below(9) {
            0 if !b.is_empty() => {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
            1 => b.insert(at, rng.next() as u8),
            2 => {
                let w = rng.pick(lex).clone();
                b.splice(at..at, w.into_bytes());
            }
            3 => {
                let w = rng.pick(EXTRAS).to_string();
                b.splice(at..at, w.into_bytes());
            }
            4 => {
                let end = (at + rng.below(64)).min(b.len());
                b.drain(at..end);
            }
            5 => {
                let end = (at + rng.below(256)).min(b.len());
                let copy = b[at..end].to_vec();
                b.splice(at..at, copy);
            }
            6 if !other.is_empty() => {
                let from = rng.below(other.len());
                let end = (from + rng.below(512)).min(other.len());
                b.splice(at..at, other[from..end].iter().copied());
            }
            7 => b.truncate(at),
            _ => {
                const SEQS: &[&[u8]] = &[
                    b"\xef\xbb\xbf",
                    b"\xff\xfe",
                    b"\x00",
                    b"\xd9",
                    b"<div>",
                    b"&#27;",
                    b"\"",
                    b"\n\n",
                    b"---\n",
                    b"\xc2\x9b",
                ];
                let seq = SEQS[rng.below(SEQS.len())];
                b.splice(at..at, seq.iter().copied());
            }
        }
    }
    b
}

/// One input: files (contents, extension) for one folder.
fn input(rng: &mut Rng, lex: &[String], seeds: &[(Vec<u8>, String)]) -> Vec<(Vec<u8>, String)> {
    match rng.below(3) {
        0 => vocab::files(rng, lex)
            .into_iter()
            .map(|f| (f.into_bytes(), "txt".to_string()))
            .collect(),
        1 => vec![(vocab::html(rng, lex).into_bytes(), "html".to_string())],
        _ => (0..1 + rng.below(3))
            .map(|_| {
                let (bytes, ext) = rng.pick(seeds);
                let (other, _) = rng.pick(seeds);
                let ext = if rng.chance(20) {
                    rng.pick(&["txt", "html", "json", "jsonl", "md"])
                        .to_string()
                } else {
                    ext.clone()
                };
                (mutate(rng, bytes, other, lex), ext)
            })
            .collect(),
    }
}

/// Load and check one input in a temporary folder.
fn run(files: &[(Vec<u8>, String)], rng: &mut Rng) -> Result<(), String> {
    // Setting up the folder can fail for the machine's reasons (a full disk): not khabar's.
    let env = |e: std::io::Error| format!("{ENVIRONMENT}{e}");
    let dir = tempfile::tempdir().map_err(env)?;
    for (i, (bytes, ext)) in files.iter().enumerate() {
        std::fs::write(dir.path().join(format!("f{i}.{ext}")), bytes).map_err(env)?;
    }
    let corpus = match khabar::corpus::load(&[dir.path().to_path_buf()]) {
        Ok((c, _)) => c,
        Err(_) => return Ok(()),
    };
    check_corpus(&corpus, rng).map(|_| ())
}

/// Prefix of a failure that is the machine's, not khabar's: the run stops, nothing is saved.
const ENVIRONMENT: &str = "environment: ";

fn save(dir: &Path, seed: u64, files: &[(Vec<u8>, String)], why: &str) {
    let _ = std::fs::create_dir_all(dir);
    for (i, (bytes, ext)) in files.iter().enumerate() {
        let _ = std::fs::write(dir.join(format!("s{seed}_{i}.{ext}")), bytes);
    }
    let _ = std::fs::write(dir.join(format!("s{seed}.why")), why);
}

#[test]
#[ignore = "long: run by hand (see the module doc)"]
fn fuzz() {
    let secs = env_u64("KHABAR_FUZZ_SECS", 60);
    let slow = Duration::from_secs(env_u64("KHABAR_FUZZ_SLOW_SECS", 20));
    let start_seed = env_u64(
        "KHABAR_FUZZ_SEED",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    );
    let crashes = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crashes");
    let lex = std::sync::Arc::new(lexicon());
    let seeds = std::sync::Arc::new(seeds());
    // Panics are caught and saved; their messages go to the report, not the hook's output.
    let last_panic = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    {
        let last = std::sync::Arc::clone(&last_panic);
        std::panic::set_hook(Box::new(move |info| {
            if let Ok(mut l) = last.lock() {
                *l = info.to_string();
            }
        }));
    }
    let began = Instant::now();
    let (mut inputs, mut found) = (0u64, 0u64);
    let mut seed = start_seed;
    while began.elapsed() < Duration::from_secs(secs) {
        let mut rng = Rng::new(seed);
        let files = input(&mut rng, &lex, &seeds);
        let (tx, rx) = mpsc::channel();
        let job = files.clone();
        std::thread::spawn(move || {
            let r = catch_unwind(AssertUnwindSafe(|| run(&job, &mut rng)));
            let _ = tx.send(r);
        });
        let why = match rx.recv_timeout(slow) {
            Ok(Ok(Ok(()))) => None,
            Ok(Ok(Err(broken))) => Some(format!("invariant: {broken}")),
            Ok(Err(_)) => Some(format!(
                "panic: {}",
                last_panic.lock().map(|l| l.clone()).unwrap_or_default()
            )),
            Err(_) => Some(format!("slower than {slow:?}")),
        };
        inputs += 1;
        if let Some(why) = why.as_ref().filter(|w| w.contains(ENVIRONMENT)) {
            println!("seed {seed}: {why}: run stopped");
            break;
        }
        if let Some(why) = why {
            found += 1;
            println!("seed {seed}: {why}");
            save(&crashes, seed, &files, &why);
            if why.starts_with("slower") {
                // The thread cannot be stopped; end the run here.
                break;
            }
        }
        seed = seed.wrapping_add(1);
    }
    let t = began.elapsed().as_secs_f64();
    println!(
        "fuzz: {inputs} inputs in {t:.0} s ({:.1}/s), seeds {start_seed}..{seed}, {found} failures saved to {}",
        inputs as f64 / t,
        crashes.display()
    );
    assert_eq!(found, 0, "failures saved to {}", crashes.display());
}
