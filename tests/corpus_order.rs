//! Files are read on every core, but the corpus comes out in name order with ids made unique
//! in that order, and problems are reported in file order — also when the articles are
//! handed over as they load.

use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write");
}

#[test]
fn many_files_load_in_name_order_with_ids_and_problems_in_that_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    khabar::synthetic::write_corpus(300, dir.path()).expect("generate");
    // Same id from two JSON files, and two bad files, interleaved with the generated ones.
    let article = r#"{"id": "dup", "title": "عنوان", "text": "نص الخبر الأول هنا."}"#;
    write(dir.path(), "000100a.json", article);
    write(dir.path(), "000200a.json", article);
    write(dir.path(), "000050a.json", "{ not json");
    write(dir.path(), "000250a.txt", "");
    let (corpus, problems) = khabar::corpus::load(&[dir.path().to_path_buf()]).expect("loads");
    assert_eq!(corpus.articles.len(), 302);
    let stems: Vec<String> = corpus
        .articles
        .iter()
        .map(|a| {
            Path::new(&a.path)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    let mut sorted = stems.clone();
    sorted.sort();
    assert_eq!(stems, sorted, "articles in file name order");
    let dups: Vec<&str> = corpus
        .articles
        .iter()
        .filter(|a| a.id.starts_with("dup"))
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(dups, ["dup", "dup-2"], "the later file gets the suffix");
    let named: Vec<&str> = problems
        .iter()
        .map(|p| p.path.rsplit('/').next().unwrap_or_default())
        .collect();
    assert_eq!(named, ["000050a.json", "000250a.txt"], "{problems:?}");
    // And the same again: reading in parallel changes nothing between runs.
    let (again, _) = khabar::corpus::load(&[dir.path().to_path_buf()]).expect("loads");
    let ids =
        |c: &khabar::corpus::Corpus| c.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&corpus), ids(&again));
    // Streamed (as the reader shows them while loading): the same articles in the same order,
    // handed over in several runs.
    let mut streamed = Vec::new();
    let mut runs = 0;
    let problems_streamed =
        khabar::corpus::load_streaming(&[dir.path().to_path_buf()], &mut |_, _| {}, &mut |new| {
            streamed.extend(new.iter().map(|a| a.id.clone()));
            runs += 1;
        })
        .expect("loads");
    assert_eq!(streamed, ids(&corpus));
    assert_eq!(problems_streamed.len(), problems.len());
    assert!(runs > 1, "articles come as their files are read");
}
