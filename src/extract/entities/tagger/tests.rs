//! The tagger's parts: decoding constraints, scoring, deterministic training, and the model
//! file's errors (missing, truncated, corrupt, foreign) — each a message, never a panic.

use super::super::gazetteer::gazetteer;
use super::super::recognize::recognize;
use super::super::tokens::tokenize;
use super::conll::{Score, chunks, read};
use super::train::{train, train_averaged};
use super::*;

/// A tiny model trained on two made-up sentences.
fn tiny() -> Model {
    let text = "قال O\nمحمد B-PERS\nسالم I-PERS\nفي O\nبغداد B-LOC\n.\tO\n\nزار O\nسالم B-PERS\nبغداد B-LOC\n";
    let ex = super::tests_combine::examples(text);
    Model {
        first: train(&ex, 5, 1),
        second: None,
    }
}

#[test]
fn reading_conll_names_the_bad_line() {
    let s = read("محمد B-PERS\nسالم I-PERS\n\nفي O\n").expect("valid");
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].tags, vec![1, 2]);
    let e = read("محمد B-PERS\nسالم X-PER\n").expect_err("bad tag");
    assert!(e.contains("line 2"), "{e}");
}

#[test]
fn chunks_follow_conlleval() {
    // B-PERS I-PERS O I-LOC B-LOC: an I- after O opens an entity.
    assert_eq!(
        chunks(&[1, 2, 0, 4, 3]),
        vec![(0, 1, 0), (3, 3, 1), (4, 4, 1)]
    );
    let mut s = Score::default();
    s.add(&[1, 2, 0, 3], &[1, 0, 0, 3]);
    let c = s.micro(&[0, 1, 2, 3]);
    assert_eq!((c.found, c.gold, c.correct), (2, 2, 1));
}

#[test]
fn viterbi_never_opens_with_inside() {
    // Emission scores favour I-PERS everywhere; the constraint forces a B- first.
    let scores = vec![[0i32, 1, 5, 0, 0, 0, 0, 0, 0]; 3];
    let tags = viterbi(&scores, |_, _, _| 0);
    assert_eq!(tags[0], 1, "{tags:?}");
    assert!(tags[1..].iter().all(|t| *t == 2), "{tags:?}");
}

#[test]
fn training_is_deterministic_and_learns() {
    let (a, b) = (tiny(), tiny());
    assert_eq!(format::encode(&a), format::encode(&b));
    let p = read("زار O\nسالم B-PERS\nبغداد B-LOC\n").expect("valid")[0].prepare();
    assert_eq!(a.first.decode(&p.feats), p.gold);
}

#[test]
fn averaged_orders_are_deterministic_and_learn() {
    let text = "قال O\nمحمد B-PERS\nسالم I-PERS\nفي O\nبغداد B-LOC\n.\tO\n\nزار O\nسالم B-PERS\nبغداد B-LOC\n";
    let ex = super::tests_combine::examples(text);
    let (a, b) = (train_averaged(&ex, 5, 1, 3), train_averaged(&ex, 5, 1, 3));
    assert_eq!(a, b);
    // One order is plain training.
    assert_eq!(train_averaged(&ex, 5, 1, 1), train(&ex, 5, 1));
    let p = read("زار O\nسالم B-PERS\nبغداد B-LOC\n").expect("valid")[0].prepare();
    assert_eq!(a.decode(&p.feats), p.gold);
}

#[test]
fn model_file_round_trips() {
    let m = tiny();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ner.model");
    m.save(&path).expect("write");
    assert_eq!(Model::load(&path).expect("read back"), m);
}

#[test]
fn missing_or_corrupt_model_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("none.model");
    let e = Model::load(&missing).expect_err("missing").to_string();
    assert!(
        e.contains("none.model") && e.contains("cannot be read"),
        "{e}"
    );

    let bytes = format::encode(&tiny());
    let path = dir.path().join("bad.model");
    let mut flipped = bytes.clone();
    flipped[bytes.len() / 2] ^= 0x40;
    let truncated = bytes[..bytes.len() / 3].to_vec();
    let foreign = b"PK\x03\x04 not a model at all".to_vec();
    for (bad, expect) in [
        (flipped, "checksum"),
        (truncated, "checksum"),
        (foreign, "bad header"),
        (Vec::new(), "bad header"),
    ] {
        std::fs::write(&path, &bad).expect("write");
        let e = Model::load(&path).expect_err("corrupt").to_string();
        assert!(e.contains("bad.model") && e.contains(expect), "{e}");
    }
    // Every truncation of a valid file, checksum fixed up, still fails cleanly: no panic.
    for cut in (12..bytes.len() - 8).step_by(7) {
        let mut body = bytes[..cut].to_vec();
        let sum = body.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        });
        body.extend(sum.to_le_bytes());
        assert!(format::decode(&body).is_err(), "cut at {cut}");
    }
}

/// `KHABAR_NER_TEXT='…' cargo test --lib tagger::tests::show -- --ignored --nocapture`: the
/// tagger's tags, the rules' names and the combined names of each line (for error analysis).
#[test]
#[ignore]
fn show() {
    let g = gazetteer();
    let m = shared().expect("model");
    for text in std::env::var("KHABAR_NER_TEXT").unwrap_or_default().lines() {
        let (tokens, norm) = tokenize(text);
        let rules = recognize(g, &tokens, &norm);
        let feats = features(g, &tokens, &norm, &rules);
        let keys: Vec<&str> = tokens.iter().map(doc_key).collect();
        let tags = m.tag_document(&[feats], &[keys]).remove(0);
        for (t, tag) in tokens.iter().zip(&tags) {
            eprint!("{}/{} ", t.norm, TAG_NAMES[usize::from(*tag)]);
        }
        eprintln!();
        for f in &rules {
            eprintln!("rule {:?} {:?} {}", f.kind, f.words, f.key);
        }
        let words = tokens.iter().map(|t| t.norm.as_str()).collect();
        for f in combine::combine(g, &tokens, &norm, rules, &tags, &words) {
            eprintln!("kept {:?} {:?} {}", f.kind, f.words, f.key);
        }
    }
}

#[test]
fn cluster_table_names_its_bad_line() {
    let c = clusters::Clusters::parse("# comment\nعراق\t1\t2\t3\nفرنسا\t1\t2\t4\n").expect("valid");
    assert_eq!(c.len(), 2);
    assert_eq!(c.get("عراق"), [1, 2, 3]);
    assert_eq!(c.get("غائب"), [clusters::UNKNOWN; clusters::LEVELS]);
    for bad in [
        "عراق\t1\t2\n",
        "عراق\t1\t2\t3\t4\n",
        "عراق\t1\tx\t3\n",
        "\t1\t2\t3\n",
    ] {
        let e = clusters::Clusters::parse(&format!("# c\n{bad}")).expect_err(bad);
        assert!(e.contains("line 2"), "{e}");
    }
    assert!(clusters::Clusters::parse("# only a comment\n").is_err());
}

#[test]
fn cluster_corpus_is_read_as_the_tagger_reads_news() {
    // Proclitics and the article go, normalization is khabar's (ة → ه, hamza seats).
    assert_eq!(
        clusters::corpus_line("وبالعراق، قالت الحكومة: إنّ"),
        "عراق قالت حكومه ان"
    );
}

#[test]
fn shipped_clusters_group_words_of_a_kind() {
    let c = clusters::shared().expect("the shipped table parses");
    assert!(c.len() > 10_000, "{}", c.len());
    // Countries with countries, given names with given names, capitals with capitals (the
    // middle level), and a country apart from a given name (the coarse level).
    for (a, b) in [("فرنسا", "ايطاليا"), ("محمد", "احمد"), ("بغداد", "دمشق")]
    {
        assert_eq!(c.get(a)[1], c.get(b)[1], "{a} {b}");
    }
    assert_ne!(c.get("فرنسا")[0], c.get("محمد")[0]);
}

#[test]
fn wikipedia_titles_name_their_bad_line_and_type_their_words() {
    let w = wikinames::WikiNames::parse("# c\nP\tبيل كلينتون\nL\tبحيرة قارون\nO\tنادي الزمالك\n")
        .expect("valid");
    assert_eq!(w.get("كلينتون"), wikinames::PERSON);
    // Stems as the tagger makes them: the article goes (`الزمالك` → `زمالك`).
    assert_eq!(w.get("زمالك"), wikinames::ORGANIZATION);
    assert_eq!(w.get("قارون"), wikinames::PLACE);
    assert_eq!(w.get("غائب"), 0);
    for bad in ["X\tعنوان\n", "P\n", "P\t \n", "عنوان\n"] {
        let e = wikinames::WikiNames::parse(&format!("# c\n{bad}")).expect_err(bad);
        assert!(e.contains("line 2"), "{e}");
    }
    assert!(wikinames::WikiNames::parse("# only a comment\n").is_err());
}

#[test]
fn shipped_wikipedia_titles_know_people_places_and_organizations() {
    let w = wikinames::shared().expect("the shipped list parses");
    assert!(w.len() > 5_000, "{}", w.len());
    assert_ne!(w.get("كيبلر") & wikinames::PERSON, 0);
    assert_ne!(w.get("كازاخستان") & wikinames::PLACE, 0);
    assert_ne!(w.get("جامعه") & wikinames::ORGANIZATION, 0);
}

#[test]
fn rule_names_count_what_the_rules_find_in_running_text() {
    let mut counts = std::collections::HashMap::new();
    rulenames::count_paragraph(
        "قال الرئيس الفرنسي إيمانويل ماكرون في دمشق إن فرنسا",
        &mut counts,
    );
    rulenames::count_paragraph("وصل ماكرون", &mut counts);
    let m = counts.get("ماكرون").copied().unwrap_or_default();
    assert_eq!((m.total, m.kinds[0]), (2, 1), "{m:?}");
    assert_eq!(counts.get("دمشق").map(|c| c.kinds[1]), Some(1));
    assert_eq!(counts.get("قال").map(|c| c.kinds), Some([0, 0, 0]));
    // Shares in coarse classes: a person half the time, never a place, seen twice.
    assert_eq!(m.classes(), [4, 0, 0, 1]);
}

#[test]
fn rule_names_table_names_its_bad_line() {
    let r = rulenames::RuleNames::parse("# c\nكلينتون\t104\t64\t0\t0\n").expect("valid");
    assert_eq!(r.get("كلينتون").classes(), [4, 0, 0, 3]);
    assert_eq!(r.get("غائب"), rulenames::Counts::default());
    for bad in [
        "كلينتون\t104\t64\t0\n",
        "كلينتون\t1\t2\t3\t4\t5\n",
        "\t1\t2\t3\t4\n",
    ] {
        let e = rulenames::RuleNames::parse(&format!("# c\n{bad}")).expect_err(bad);
        assert!(e.contains("line 2"), "{e}");
    }
    assert!(rulenames::RuleNames::parse("").is_err());
}

#[test]
fn shipped_rule_names_see_surnames_as_people() {
    let r = rulenames::shared().expect("the shipped table parses");
    assert!(r.len() > 10_000, "{}", r.len());
    // A surname alone in an ANERcorp sentence is, across Wikipedia, mostly a person's.
    assert!(r.get("كلينتون").classes()[0] >= 3);
    assert_eq!(r.get("قال").classes()[0], 1);
    assert!(tables_problem().is_none());
}

#[test]
fn the_document_pass_decides_people_and_the_first_pass_places() {
    // Tags: 1/2 PERS, 3/4 LOC, 5/6 ORG, 7/8 MISC.
    // The document pass makes a person of a word the first pass left out: taken.
    assert_eq!(mix(&[0, 0, 3], &[1, 2, 3]), vec![1, 2, 3]);
    // It turns the first pass's place into an organization: the place stays.
    assert_eq!(mix(&[3, 4, 0], &[5, 6, 0]), vec![3, 4, 0]);
    // It drops the first pass's person: dropped (people are its to decide).
    assert_eq!(mix(&[1, 2, 0], &[0, 0, 0]), vec![0, 0, 0]);
    // A person of the first pass read as a place by the document pass is its place; an
    // inside tag left behind by the mix opens its name.
    assert_eq!(mix(&[1, 4, 4], &[3, 4, 4]), vec![3, 4, 4]);
    assert_eq!(mix(&[1, 2, 0], &[3, 2, 0]), vec![3, 1, 0]);
}

#[test]
fn error_classes_sort_each_wrong_name_once() {
    use super::conll::Sentence;
    use super::errors::{ErrorClasses, seen_names};
    let words = |n: usize| (0..n).map(|i| format!("w{i}")).collect::<Vec<_>>();
    // Gold: PERS w0 w1, LOC w3, ORG w5, LOC w7. Predicted: PERS w0 (boundary), ORG w3
    // (type), nothing at w5 (missed; seen in training), LOC w7 (right), PERS w9 (false).
    let gold = Sentence {
        words: words(10),
        tags: vec![1, 2, 0, 3, 0, 5, 0, 3, 0, 0],
    };
    let pred = [1, 0, 0, 5, 0, 0, 0, 3, 0, 1];
    let training = Sentence {
        words: vec!["w5".into()],
        tags: vec![5],
    };
    let seen = seen_names([&training]);
    let mut e = ErrorClasses::default();
    e.add(&gold, &pred, &seen);
    assert_eq!(e.n[0], [0, 1, 0, 0], "type");
    assert_eq!(e.n[1], [1, 0, 0, 0], "boundary");
    assert_eq!(e.n[3], [0, 0, 1, 0], "missed, seen");
    assert_eq!(e.n[4], [0; 4], "missed, unseen");
    assert_eq!(e.n[5], [1, 0, 0, 0], "false");
    assert_eq!((e.plo.found, e.plo.gold, e.plo.correct), (4, 4, 1));
    // Fixing the type confusion makes 2 of 4 right: F1 0.25 -> 0.5.
    assert!((e.gain(0) - 0.25).abs() < 1e-9, "{}", e.gain(0));
}
