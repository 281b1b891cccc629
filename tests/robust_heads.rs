//! Issue 12: a paragraph that ends on a word a rule looks past (`مجلس`, a head word, a title, a
//! given name) was an index out of bounds that killed every batch command. Each such word alone
//! and at a paragraph's end now analyses, and the batch commands exit 0 on a folder holding it.

use std::process::Command;

use khabar::corpus::Corpus;
use khabar::extract::analyze;

#[test]
fn head_title_and_given_name_ending_a_paragraph() {
    for word in [
        "مجلس",
        "المجلس",
        "سياسة وبرلمان",
        "وزير",
        "الرئيس",
        "محمد",
        "مطار",
        "العاصمة",
        "آل",
        "بن",
    ] {
        let corpus = Corpus::from_bodies(&[&[word], &[format!("قال {word}").as_str()]]);
        let a = analyze(&corpus);
        for e in &a.entities {
            for m in &e.mentions {
                assert!(m.start < m.end, "{word}: {m:?}");
            }
        }
    }
}

#[test]
fn batch_commands_exit_zero_on_a_lone_head_word_beside_the_seeds() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), "مجلس\n").expect("write");
    let seeds = format!("{}/assets/articles", env!("CARGO_MANIFEST_DIR"));
    for cmd in ["export", "entities", "timeline"] {
        for paths in [
            vec![dir.path().to_str().expect("utf-8 path")],
            vec![dir.path().to_str().expect("utf-8 path"), &seeds],
        ] {
            let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
                .arg(cmd)
                .args(&paths)
                .output()
                .expect("run khabar");
            assert!(
                out.status.success(),
                "{cmd} {paths:?}: {:?} {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}
