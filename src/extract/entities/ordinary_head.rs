//! Organizations that are no organization, fixed on each paragraph's combined names (the
//! tagger's input is unchanged, so the shipped model stays valid):
//!
//! - an organization head that is also an everyday noun (`مركز`, centre; `قوة`, strength),
//!   before a common definite noun of general Arabic, is that noun's attribute: `مركز
//!   الزلزال` (the epicentre), `قوة الهزة الرئيسية` (the main tremor's strength). Real names
//!   with these heads carry what a phrase does not: a proper or listed word (`قوة القدس`,
//!   `مركز كارتر`), a title and a name (`مركز الملك سلمان`), a `ل` complement (`للإغاثة`), a
//!   coordination, or an adjective of names (`الإسلامية`, `الوطني`); those are kept, and so is
//!   every listed name;
//! - an acronym spelled in the Latin letters' Arabic names is one run of them: a name of
//!   letters cut before its last one (`تي آر` of `تي آر تي`, TRT) takes the letters after it.
//!
//! Heads, name adjectives and letters are in `assets/entity_cues.tsv`.

use super::cues::cues;
use super::gazetteer::Gazetteer;
use super::recognize::Found;
use super::tagger::combine::listed;
use super::tokens::Token;
use crate::extract::EntityKind;

/// Least zipf × 10 of a common word of general Arabic (`assets/wordfreq_ar.tsv`): about one
/// in a million words (`الزلزال` 39, `الهزة` 32; `الرضوان` is not in the list).
const COMMON: u8 = 30;

/// `names` (a paragraph's, in order) without the noun phrases read as organizations, and
/// with acronyms made whole.
pub fn fix(g: &Gazetteer, tokens: &[Token], names: Vec<Found>) -> Vec<Found> {
    names
        .into_iter()
        .filter(|f| !noun_phrase(g, f))
        .map(|f| whole_acronym(g, tokens, f))
        .collect()
}

/// An organization `HEAD X [ADJ]` whose head is an everyday noun and whose X is a common
/// definite noun, with nothing that makes it a name (above).
fn noun_phrase(g: &Gazetteer, f: &Found) -> bool {
    let c = cues();
    let [head, second, rest @ ..] = &*f.words else {
        return false;
    };
    if f.kind != EntityKind::Organization || listed(f) || !c.has("ordinary_head", head) {
        return false;
    }
    let freq = super::tagger::freq::shared();
    let name_word =
        |w: &str| g.names.contains_key(w) || g.given.contains(w) || g.title_words.contains(w);
    let common_noun = second.starts_with("ال")
        && freq.get(second) >= COMMON
        && !name_word(second)
        && !g.org_second_words.contains(second);
    // One adjective at most, itself no name's: `الرئيسية` (main), not `الإسلامية`.
    let plain = |w: &String| w.starts_with("ال") && !name_word(w) && !c.has("name_adjective", w);
    common_noun && rest.len() <= 1 && rest.iter().all(plain)
}

/// A name all of whose words are letter names (two or more), followed directly by more
/// letters: the name runs over them (`تي آر` + `تي`). Function words that are also letter
/// names (`في`, `أو`) are not taken.
fn whole_acronym(g: &Gazetteer, tokens: &[Token], mut f: Found) -> Found {
    let c = cues();
    if listed(&f) || f.words.len() < 2 || !f.words.iter().all(|w| c.has("letter", w)) {
        return f;
    }
    let mut last = f.last;
    while let Some(t) = tokens.get(last + 1) {
        if t.boundary || !c.has("letter", &t.norm) || g.is_stop(t) {
            break;
        }
        last += 1;
    }
    let (Some(added), Some(end)) = (tokens.get(f.last + 1..=last), tokens.get(last)) else {
        return f;
    };
    if added.is_empty() {
        return f;
    }
    let own = *f.key == *format!("{:?}:{}", f.kind, f.words.join(" "));
    let mut words = f.words.to_vec();
    words.extend(added.iter().map(|t| t.norm.clone()));
    if own {
        f.key = format!("{:?}:{}", f.kind, words.join(" ")).into();
    }
    f.words = words.into();
    f.last = last;
    f.end = end.end;
    f
}

#[cfg(test)]
mod tests {
    use crate::extract::EntityKind;

    fn names(text: &str) -> Vec<(EntityKind, String)> {
        crate::extract::entities::tests::found_in(&[text])
    }

    fn has(found: &[(EntityKind, String)], name: &str) -> bool {
        found.iter().any(|(_, n)| n == name)
    }

    #[test]
    fn a_head_before_a_common_noun_is_no_organization() {
        let found = names(
            "ضرب زلزال عنيف شمال البلاد فجر اليوم، وحدد مركز الزلزال قرب مدينة حلب، \
             وقال خبراء إن قوة الهزة الرئيسية بلغت سبع درجات.",
        );
        assert!(!has(&found, "مركز الزلزال"), "{found:?}");
        assert!(
            !found.iter().any(|(_, n)| n.starts_with("قوة")),
            "{found:?}"
        );
        assert!(has(&found, "حلب"), "{found:?}");
    }

    /// An organization found as `words` (normalized), keyed by itself.
    fn org(words: &[&str]) -> super::Found {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        super::Found {
            kind: EntityKind::Organization,
            key: format!("Organization:{}", words.join(" ")).into(),
            words: words.into(),
            start: 0,
            end: 1,
            first: 0,
            last: 0,
            fragment: None,
        }
    }

    #[test]
    fn real_centres_and_forces_stay() {
        let g = crate::lexicon::gazetteer::gazetteer();
        // A title and a name, a proper word, a listed place, a `ل` complement, an adjective
        // of names, a head that is no everyday noun.
        for ws in [
            &["مركز", "الملك", "سلمان", "للاغاثه"][..],
            &["مركز", "كارتر"],
            &["قوه", "القدس"],
            &["مركز", "الدراسات", "للابحاث"],
            &["قوه", "الواجب", "المشتركه"],
            &["قوات", "الدعم", "السريع"],
            &["حركه", "المقاومه", "الاسلاميه"],
        ] {
            assert!(!super::noun_phrase(g, &org(ws)), "{ws:?}");
        }
        for ws in [&["مركز", "الزلزال"][..], &["قوه", "الهزه", "الرئيسيه"]]
        {
            assert!(super::noun_phrase(g, &org(ws)), "{ws:?}");
        }
        let found = names("واتهمت واشنطن قوة القدس بدعم قوات الدعم السريع في الخرطوم.");
        assert!(has(&found, "قوة القدس"), "{found:?}");
        assert!(has(&found, "قوات الدعم السريع"), "{found:?}");
    }

    #[test]
    fn an_acronym_in_letter_names_is_not_cut() {
        let found = names("وقال حاكم الولاية لقناة تي آر تي العام ة إن الوضع صعب.");
        assert!(!has(&found, "تي آر"), "{found:?}");
        assert!(has(&found, "تي آر تي"), "{found:?}");
    }
}
