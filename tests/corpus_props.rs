//! Loading never panics and never loses a good file, whatever else sits in the folder:
//! arbitrary bytes under article extensions (broken UTF-8/UTF-16, JSON fragments, HTML debris).

use std::path::PathBuf;

use khabar::corpus::load;
use proptest::prelude::*;

const GOOD: &str = "وزير الخارجية يصل إلى بغداد في زيارة رسمية\nوقال الوزير في مؤتمر صحفي إن الزيارة تهدف إلى تعزيز العلاقات بين البلدين.\n";

/// Bytes that look like the start of a real input, then arbitrary bytes.
fn junk() -> impl Strategy<Value = Vec<u8>> {
    let prefixes: Vec<&'static [u8]> = vec![
        b"",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"{\"text\": \"",
        b"[{",
        b"---\ntitle: ",
        b"<html><p>",
    ];
    (
        proptest::sample::select(prefixes),
        proptest::collection::vec(any::<u8>(), 0..300),
    )
        .prop_map(|(p, rest)| [p, &rest[..]].concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn arbitrary_files_never_panic_and_good_file_survives(
        files in proptest::collection::vec(
            (junk(), proptest::sample::select(vec!["txt", "md", "json", "jsonl", "html", "htm", "png"])),
            1..5,
        )
    ) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
        for (i, (bytes, ext)) in files.iter().enumerate() {
            std::fs::write(dir.path().join(format!("junk{i}.{ext}")), bytes).unwrap();
        }
        let (corpus, _problems) = load(&[PathBuf::from(dir.path())]).unwrap();
        let good = corpus.articles.iter().find(|a| a.path.ends_with("good.txt"));
        prop_assert!(good.is_some(), "good.txt lost");
        let good = good.unwrap();
        prop_assert_eq!(good.paragraphs.len(), 2);
        // Ids stay unique whatever the other files are named or contain.
        let mut ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), corpus.articles.len());
    }

    #[test]
    fn a_single_arbitrary_file_is_an_article_or_a_named_problem(bytes in junk()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("one.txt");
        std::fs::write(&path, &bytes).unwrap();
        match load(std::slice::from_ref(&path)) {
            Ok((corpus, problems)) => {
                let named = problems.iter().all(|p| p.path.contains("one.txt") && !p.reason.is_empty());
                prop_assert!(named, "{problems:?}");
                prop_assert!(corpus.articles.len() == 1 || !problems.is_empty());
            }
            Err(e) => prop_assert!(e.to_string().contains("one.txt"), "{e}"),
        }
    }
}
