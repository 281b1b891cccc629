//! The module graph stays one-way (docs/architecture.md): the reader's state (`src/app`)
//! imports neither its drawing (`src/ui`) nor the command line (`src/cli`); what both share
//! (`src/screen`, `src/i18n.rs`) imports none of the three; reading files (`src/corpus`)
//! does not import the analysis, and the word lists both ask (`src/lexicon`) import only
//! `text`; the text engine (`src/text`) imports nothing of khabar; the analysis stages read
//! paragraphs as `text::tokens` prepared them, never normalizing a paragraph themselves; and
//! no source file grows past 500 lines.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read source folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
    out
}

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Lines of code (comments left out) of the files under `dir` naming one of `modules`.
fn imports(dir: &Path, modules: &[&str]) -> Vec<String> {
    let files = if dir.is_dir() {
        rust_files(dir)
    } else {
        vec![dir.to_path_buf()]
    };
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read source");
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for m in modules {
                if code.contains(&format!("crate::{m}")) || code.contains(&format!("khabar::{m}")) {
                    found.push(format!("{}:{}: {}", f.display(), i + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn app_imports_neither_ui_nor_cli() {
    let bad = imports(&src().join("app"), &["ui", "cli"]);
    assert!(
        bad.is_empty(),
        "src/app must not import ui or cli:\n{}",
        bad.join("\n")
    );
}

#[test]
fn what_app_and_ui_share_sits_below_both() {
    for shared in ["screen", "i18n.rs"] {
        let bad = imports(&src().join(shared), &["app", "ui", "cli"]);
        assert!(
            bad.is_empty(),
            "src/{shared} imports upward:\n{}",
            bad.join("\n")
        );
    }
}

#[test]
fn the_comparison_sits_below_the_reader() {
    let bad = imports(
        &src().join("compare"),
        &["app", "ui", "cli", "extract", "search"],
    );
    assert!(
        bad.is_empty(),
        "src/compare depends on corpus and text only:\n{}",
        bad.join("\n")
    );
}

#[test]
fn reading_files_sits_below_the_analysis() {
    // The word lists both ask (the gazetteer) live in `lexicon`, below both.
    let bad = imports(&src().join("corpus"), &["extract", "search", "compare"]);
    assert!(
        bad.is_empty(),
        "src/corpus must not import extract, search or compare:\n{}",
        bad.join("\n")
    );
    let bad = imports(
        &src().join("lexicon"),
        &[
            "corpus", "extract", "search", "compare", "app", "ui", "cli", "screen",
        ],
    );
    assert!(
        bad.is_empty(),
        "src/lexicon imports only text:\n{}",
        bad.join("\n")
    );
}

#[test]
fn no_source_file_is_over_500_lines() {
    // The one exception is generated data: the Arabic shaping table (tools/gen_shaping.py).
    let long: Vec<String> = rust_files(&src())
        .into_iter()
        .filter(|f| !f.ends_with("text/shaping_table.rs"))
        .filter_map(|f| {
            let n = std::fs::read_to_string(&f).ok()?.lines().count();
            (n > 500).then(|| format!("{}: {n} lines", f.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "files over 500 lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn stories_sit_below_the_reader() {
    let bad = imports(&src().join("stories"), &["app", "ui", "cli", "screen"]);
    assert!(
        bad.is_empty(),
        "src/stories imports upward:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_text_engine_imports_nothing_of_khabar() {
    let bad = imports(
        &src().join("text"),
        &[
            "corpus", "extract", "search", "compare", "lexicon", "calendar", "stories", "app",
            "ui", "cli", "screen", "i18n",
        ],
    );
    assert!(
        bad.is_empty(),
        "src/text imports nothing of khabar:\n{}",
        bad.join("\n")
    );
}

#[test]
fn search_sits_beside_the_analysis() {
    let bad = imports(
        &src().join("search"),
        &["extract", "compare", "stories", "app", "ui", "cli"],
    );
    assert!(
        bad.is_empty(),
        "src/search depends on corpus and text only:\n{}",
        bad.join("\n")
    );
}

/// Non-test lines of the files under `dir` that call `normalize(` (a file's inline test
/// module, from its `mod tests` line on, is left out; so are test files).
fn normalizing(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for f in rust_files(dir) {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name == "tests.rs" || name.ends_with("_tests.rs") || name.starts_with("tests_") {
            continue;
        }
        let text = std::fs::read_to_string(&f).expect("read source");
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("mod tests") {
                break;
            }
            let code = line.split("//").next().unwrap_or("");
            if code.contains("normalize(") {
                found.push(format!("{}:{}", f.display(), i + 1));
            }
        }
    }
    found
}

#[test]
fn the_analysis_stages_read_prepared_paragraphs() {
    // Each paragraph is normalized and split into words once (`text::tokens`); the stages
    // read that. What may still normalize, and why: a search query, and the few characters
    // of a hit re-read to place its end (search); one text handed to the date grammar's
    // `find`, and the word lists (timeline); one written word of a mention (entities' links);
    // the tagger's word-frequency list, read once (spellings that fold together add up); the
    // words announcing a model, read once (designation); the cue words of the passes after
    // the tagger, read once (entities' cues).
    let allowed = [
        "search/query.rs",
        "search/index.rs",
        "extract/timeline/grammar.rs",
        "extract/timeline/words.rs",
        "extract/entities/link.rs",
        "extract/entities/tagger/freq.rs",
        "extract/entities/designation.rs",
        "extract/entities/cues.rs",
    ];
    let bad: Vec<String> = ["extract", "search", "compare"]
        .iter()
        .flat_map(|d| normalizing(&src().join(d)))
        .filter(|at| !allowed.iter().any(|a| at.contains(a)))
        .collect();
    assert!(
        bad.is_empty(),
        "normalizing outside text::tokens (prepare the paragraph once instead):\n{}",
        bad.join("\n")
    );
}
