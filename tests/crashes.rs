//! Every input the fuzz run (tests/fuzz.rs) saved to tests/fixtures/crashes/ — it panicked,
//! broke an invariant or hung once — goes through the whole pipeline again as a regular test.
//! Files of one input share a prefix (`s<seed>_<n>.<ext>`); `s<seed>.why` says what happened.

mod vocab;

use std::collections::BTreeMap;
use std::path::PathBuf;

#[test]
fn saved_fuzz_inputs_load_and_analyse() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crashes");
    let mut inputs: BTreeMap<String, Vec<(Vec<u8>, String)>> = BTreeMap::new();
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let p = e.path();
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some((key, rest)) = name.split_once('_').filter(|(k, _)| k.starts_with('s')) else {
            continue;
        };
        let ext = rest.rsplit_once('.').map_or("txt", |(_, x)| x).to_string();
        inputs
            .entry(key.to_string())
            .or_default()
            .push((std::fs::read(&p).expect("read"), ext));
    }
    for (key, files) in &inputs {
        let contents: Vec<Vec<u8>> = files.iter().map(|(b, _)| b.clone()).collect();
        let dir = tempfile::tempdir().expect("tempdir");
        for (i, (bytes, ext)) in files.iter().enumerate() {
            std::fs::write(dir.path().join(format!("f{i}.{ext}")), bytes).expect("write");
        }
        let _ = contents;
        let corpus = khabar::corpus::load(&[dir.path().to_path_buf()])
            .map(|(c, _)| c)
            .unwrap_or_default();
        let mut rng = vocab::Rng::new(0);
        if let Err(e) = vocab::check_corpus(&corpus, &mut rng) {
            panic!("{key}: {e}");
        }
    }
    println!("saved fuzz inputs: {}", inputs.len());
    assert!(
        inputs.contains_key("s0"),
        "the issue's own crash (s0) is replayed"
    );
}
