//! Leftovers of a cut: the tagger reads a list of things as a person (`عبر فيزا وكاش`, by
//! visa and cash), the name-boundary rules cut it before the coordinated common word, and one
//! word is left (`فيزا`). A list of people is cut the same way (`ميسي ورونالدو`: `رونالدو` is
//! a frequent word too), so the paragraph cannot tell; the story can. The word left stands as
//! a person only when the story supports it: a given name or a word of a listed person, a word
//! of a person the story names without such a cut (`ليونيل ميسي`, `ميسي` alone), or a
//! coordination with a name the story finds (`رونالدو`, a person of the story).

use std::collections::HashSet;
use std::sync::OnceLock;

use super::gazetteer::gazetteer;
use super::link::Located;
use crate::extract::EntityKind;

/// Words of the listed people's names (`assets/gazetteer/people.tsv`): known surnames.
fn listed_person_words() -> &'static HashSet<String> {
    static W: OnceLock<HashSet<String>> = OnceLock::new();
    W.get_or_init(|| {
        gazetteer()
            .names
            .values()
            .flatten()
            .filter(|e| e.kind == EntityKind::Person)
            .flat_map(|e| e.words.iter().cloned())
            .collect()
    })
}

/// Drops the fragments ([`super::recognize::Found::fragment`]) the story does not support.
pub fn drop_fragments(found: &mut Vec<Located>) {
    if found.iter().all(|l| l.found.fragment.is_none()) {
        return;
    }
    let g = gazetteer();
    // Words of names found without a cut: people's, and every kind's.
    let mut person_words: HashSet<&str> = HashSet::new();
    let mut named_words: HashSet<&str> = HashSet::new();
    for f in found
        .iter()
        .map(|l| &l.found)
        .filter(|f| f.fragment.is_none())
    {
        for w in f.words.iter() {
            named_words.insert(w);
            if f.kind == EntityKind::Person {
                person_words.insert(w);
            }
        }
    }
    let keep: Vec<bool> = found
        .iter()
        .map(|l| {
            let (Some(with), [w]) = (&l.found.fragment, &*l.found.words) else {
                return true;
            };
            g.given.contains(w)
                || listed_person_words().contains(w)
                || person_words.contains(w.as_str())
                || named_words.contains(&**with)
        })
        .collect();
    let mut keep = keep.into_iter();
    found.retain(|_| keep.next().unwrap_or(true));
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn person(words: &[&str], fragment: Option<&str>) -> Located {
        Located::test_person(words, (0, 0), fragment)
    }

    fn kept(mut found: Vec<Located>) -> Vec<String> {
        drop_fragments(&mut found);
        found.iter().map(|l| l.found.words.join(" ")).collect()
    }

    #[test]
    fn a_fragment_the_story_does_not_name_goes() {
        // `فيزا وكاش`: nothing else of the story is `فيزا` or `كاش`.
        let got = kept(vec![
            person(&["فيزا"], Some("كاش")),
            person(&["توماس", "توخيل"], None),
        ]);
        assert_eq!(got, vec!["توماس توخيل"]);
    }

    #[test]
    fn a_fragment_the_story_supports_stays() {
        // Named in full elsewhere (`ليونيل ميسي`), or alone without a cut.
        let got = kept(vec![
            person(&["ميسي"], Some("رونالدو")),
            person(&["ليونيل", "ميسي"], None),
        ]);
        assert_eq!(got, vec!["ميسي", "ليونيل ميسي"]);
        let got = kept(vec![
            person(&["ميسي"], Some("كاش")),
            person(&["ميسي"], None),
        ]);
        assert_eq!(got.len(), 2);
        // Coordinated with a name the story finds: a list of people.
        let got = kept(vec![
            person(&["نيمار"], Some("رونالدو")),
            person(&["كريستيانو", "رونالدو"], None),
        ]);
        assert_eq!(got, vec!["نيمار", "كريستيانو رونالدو"]);
        // A listed given name is a name wherever it stands.
        let got = kept(vec![person(&["جورج"], Some("كاش"))]);
        assert_eq!(got, vec!["جورج"]);
    }
}
