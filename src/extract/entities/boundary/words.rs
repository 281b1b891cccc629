//! The words and word shapes the name-boundary checks ask about: the lists of
//! `assets/name_boundaries.tsv` (the verbs with every inflection made once), outlets'
//! names, listed names spelled as one word, and the shapes of Arabic morphology (pronoun
//! suffixes, verbal nouns, imperfect verbs).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::super::gazetteer::{Gazetteer, words};
use super::super::tokens::{Token, clitic_before_hamza};
use crate::extract::EntityKind;

/// The word lists of `assets/name_boundaries.tsv`, normalized, with the verbs' inflected
/// forms made once.
pub(super) struct Lists {
    pub(super) nouns: HashSet<String>,
    pub(super) verbs: HashSet<String>,
    pub(super) everyday: HashSet<String>,
    pub(super) formulas: Vec<Vec<String>>,
    pub(super) diseases: HashSet<String>,
    pub(super) function: HashSet<String>,
    pub(super) honorifics: HashSet<String>,
    /// Time adverbs and indefinite ordinals (`مساء`, `سابع`): never a name's last word.
    pub(super) ending: HashSet<String>,
    /// Titles of rulers and officials (`أمير`, `الوزير`): never the last word of a tagger's
    /// person or organization ([`title_last`]).
    pub(super) titles: HashSet<String>,
    /// Outlets' Arabic names (`assets/outlets.tsv`), each as its normalized words.
    pub(super) outlets: HashSet<Vec<String>>,
    /// Tournaments, races, festivals and awards named like people
    /// (`assets/gazetteer/events.txt`: `رولان غاروس`), each as its normalized words.
    pub(super) events: Vec<Vec<String>>,
    /// Labels that open a byline (`كتبت`, `بقلم`).
    pub(super) byline: HashSet<String>,
}

/// Inflections of a verb from its dictionary forms: the perfect with its subject suffixes,
/// the imperfect with its person prefixes, both behind و/ف, the imperfect behind the future
/// `س`, and either with an object pronoun.
fn inflect(verb: &str, out: &mut HashSet<String>) {
    let mut stems: Vec<String> = Vec::new();
    if let Some(stem) = verb.strip_prefix('ي') {
        for p in ["ي", "ت", "ن", "ا"] {
            for s in ["", "ون", "ان", "ين", "وا", "ن"] {
                let form = format!("{p}{stem}{s}");
                // A short first-person form is more often a noun or a name than a verb
                // after a name: `يصر` gives `نصر` (Nasr, victory), `يقود` gives `نقود` (money).
                if matches!(p, "ن" | "ا") && form.chars().count() < 5 {
                    continue;
                }
                stems.push(form);
            }
        }
        // The future `س` before the third persons and `ن` only: `سأرى` folds to `ساري`, a
        // name (`ماوريتسيو سارّي`).
        let with_future: Vec<String> = stems
            .iter()
            .filter(|s| !s.starts_with('ا'))
            .map(|s| format!("س{s}"))
            .collect();
        stems.extend(with_future);
    } else {
        for s in ["", "ت", "وا", "ا", "تا", "نا"] {
            stems.push(format!("{verb}{s}"));
        }
    }
    for s in stems {
        for obj in ["", "ه", "ها", "هم", "هما", "كم", "نا"] {
            for c in ["", "و", "ف"] {
                out.insert(format!("{c}{s}{obj}"));
            }
        }
    }
}

pub(super) fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Lists {
            nouns: HashSet::new(),
            verbs: HashSet::new(),
            everyday: HashSet::new(),
            formulas: Vec::new(),
            diseases: HashSet::new(),
            function: HashSet::new(),
            honorifics: HashSet::new(),
            ending: HashSet::new(),
            titles: HashSet::new(),
            outlets: HashSet::new(),
            events: include_str!("../../../../assets/gazetteer/events.txt")
                .lines()
                .filter(|r| !r.starts_with('#') && !r.trim().is_empty())
                .map(words)
                .collect(),
            byline: HashSet::new(),
        };
        let rows = include_str!("../../../../assets/name_boundaries.tsv")
            .lines()
            .filter(|r| !r.starts_with('#'))
            .filter_map(|r| r.split_once('\t'));
        for (class, text) in rows {
            let ws = words(text);
            match class {
                "noun" => l.nouns.extend(ws),
                "verb" => ws.iter().for_each(|v| inflect(v, &mut l.verbs)),
                "everyday" => l.everyday.extend(ws),
                "formula" => l.formulas.push(ws),
                "disease" => l.diseases.extend(ws),
                "function" => l.function.extend(ws),
                "honorific" => l.honorifics.extend(ws),
                "end" => l.ending.extend(ws),
                "title" => l.titles.extend(ws),
                "byline" => l.byline.extend(ws),
                _ => {}
            }
        }
        l.outlets = include_str!("../../../../assets/outlets.tsv")
            .lines()
            .filter(|r| !r.starts_with('#'))
            .filter_map(|r| r.split_once('\t'))
            .flat_map(|(name, sigs)| std::iter::once(name).chain(sigs.split('|')))
            .map(words)
            .filter(|w| {
                w.iter()
                    .any(|w| w.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)))
            })
            .collect();
        l
    })
}

/// A word with a pronoun suffix, as written (`مواساتها`, `زوجته`, `تعازيهم`): a noun or a
/// verb with its object, not a name. A final ه counts only after ت (a feminine noun's ة
/// before the pronoun): `عاقله` is `عاقلة` written with ha.
pub(super) fn pronoun_suffixed(t: &Token) -> bool {
    let w = &t.original;
    let n = w.chars().count();
    n >= 5
        && ["ها", "هم", "هما", "كم", "هن"]
            .iter()
            .any(|s| w.ends_with(s))
        || n >= 4 && w.ends_with("ته")
}

/// A verbal noun by its pattern (`اعلان`, `اعتقال`, `استقبال`, `تكليف`): إفعال, افتعال,
/// استفعال, تفعيل.
pub fn verbal_noun(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    matches!(
        c.as_slice(),
        ['ا', _, _, 'ا', _]
            | ['ت', _, _, 'ي', _]
            | ['ا', _, 'ت', _, 'ا', _]
            | ['ا', 'س', 'ت', _, _, 'ا', _]
    )
}

/// A noun of the list, bare or with a pronoun suffix (`مطلبه`, `مواساتها`).
pub(super) fn noun(l: &Lists, w: &str) -> bool {
    l.nouns.contains(w)
        || ["ه", "ها", "هم", "هما", "كم"].iter().any(|p| {
            w.strip_suffix(p).is_some_and(|s| {
                l.nouns.contains(s)
                    || s.strip_suffix('ت')
                        .is_some_and(|s| l.nouns.contains(&format!("{s}ه")))
            })
        })
}

/// An imperfect verb by its shape (`يستجيب`, `يواسي`): ي and a consonant, four letters or
/// more. Transliterated names that start with ي carry a vowel after it (`يهودا`, `يولي`,
/// `يائير`), except before ا (`يواسي` is a verb, `يوافق` too).
pub(super) fn imperfect(g: &Gazetteer, w: &str) -> bool {
    let mut c = w.chars();
    let second = c.nth(1);
    let third = c.next();
    w.starts_with('ي')
        && w.chars().count() >= 4
        && match second {
            Some('ا' | 'ه') | None => false,
            Some('و') => third == Some('ا'),
            Some(_) => true,
        }
        && !g.given.contains(w)
        && !g.names.contains_key(w)
}

/// A verb in the imperfect, or its future with `س` (`يهدم`, `يعكس`, `سيسود`), that is a
/// word of general Arabic (`assets/wordfreq_ar.tsv`): transliterated names of the same shape
/// (`يلتسين`, `يعلون`) are not among its 60,000 most frequent words, and given names
/// (`يوسف`, `يزيد`) are left out by [`imperfect`].
pub(super) fn common_verb(g: &Gazetteer, w: &str) -> bool {
    // The shape, looser than `imperfect` (`يهدم`): the frequency list is the check.
    let shape = |v: &str| {
        v.starts_with('ي')
            && v.chars().count() >= 4
            && v.chars().nth(1) != Some('ا')
            && !g.given.contains(v)
            && !g.names.contains_key(v)
    };
    let freq = crate::extract::entities::tagger::freq::shared();
    // The future is read by its verb: `سيسود` by `يسود`.
    let future = w
        .strip_prefix('س')
        .is_some_and(|r| shape(r) && freq.get(r) > 0);
    future || shape(w) && freq.get(w) > 0
}

/// A verb by the lists or by its shape (`تعهد`, `يهدم`): the tagger's carrying on of a
/// rules' name stops there (`tagger/combine.rs`).
pub fn verb_like(g: &Gazetteer, w: &str) -> bool {
    lists().verbs.contains(w) || imperfect(g, w) || common_verb(g, w)
}

/// A verb of the lists or a common imperfect of general Arabic (`وأدى`, `يعكس`), not a verb
/// by its shape alone: a place or an organization may be spelled like an imperfect (`ينبع`).
/// A listed name spelled alike is that name (`وادي`, a valley), unless the word is written
/// with a hamza on the alif behind the conjunction (`وأدى`, and it performed).
pub fn listed_verb(g: &Gazetteer, t: &Token) -> bool {
    let w = t.norm.as_str();
    (clitic_before_hamza(t) || !g.names.contains_key(w))
        && (lists().verbs.contains(w) || common_verb(g, w))
}

/// An indefinite accusative of a common word (`هدفا`, `هدفاً`: "a goal", the object after
/// a name): the word without its final ا is clearly more frequent in general Arabic than
/// with it (`هدف` 5.1 against `هدفا` 4.4), itself common. Names ending in ا are the other way round
/// (`روسيا` 5.2, `روسي` 4.3) or rare (`جيوبا`, `فقها`); listed or given names never count.
fn accusative(g: &Gazetteer, t: &Token) -> bool {
    let w = t.norm.as_str();
    let Some(stem) = w.strip_suffix('ا') else {
        return false;
    };
    if stem.chars().count() < 3 || g.given.contains(w) || g.names.contains_key(w) {
        return false;
    }
    let freq = crate::extract::entities::tagger::freq::shared();
    let (zs, zw) = (freq.get(stem), freq.get(w));
    let tanween = t.original.contains('\u{064B}');
    zs >= 35 && (tanween || zw >= 40 && zs >= zw.saturating_add(5))
}

/// A word behind و that is a second name or noun, not the next part of this name: a given
/// name, a definite word, a word the article writes alone (`محمد وفرماجو`), an everyday
/// adjective, a listed name (`وبرشلونة`), or a word of general Arabic clearly more frequent
/// than the word with و (`وكاش`, and cash; not `وود` or `ويلسون`, names that start with W).
pub(super) fn coordinated(
    g: &Gazetteer,
    l: &Lists,
    t: &Token,
    words: &crate::extract::entities::WordSet<'_>,
) -> bool {
    let freq = crate::extract::entities::tagger::freq::shared();
    t.norm.strip_prefix('و').is_some_and(|r| {
        !g.given.contains(&t.norm)
            && !super::is_joiner(&t.norm)
            && (g.given.contains(r)
                || r.starts_with("ال")
                || words.contains(r)
                || l.everyday.contains(r)
                || r.chars().count() >= 4 && g.names.contains_key(r)
                || freq.get(r) >= 35 && freq.get(r) >= freq.get(&t.norm).saturating_add(10))
    })
}

/// The word behind و, when it is a word of general Arabic clearly more frequent than with
/// the و and neither a given name nor a listed name (`وكاش`, and cash): a name cut before it
/// was a list of things or of people, and the story tells which ([`Found::fragment`]).
///
/// [`Found::fragment`]: super::super::recognize::Found::fragment
pub(super) fn coordinated_word<'t>(g: &Gazetteer, t: &'t Token) -> Option<&'t str> {
    let freq = crate::extract::entities::tagger::freq::shared();
    t.norm.strip_prefix('و').filter(|r| {
        !g.given.contains(&t.norm)
            && !super::is_joiner(&t.norm)
            && !g.given.contains(*r)
            && !g.names.contains_key(*r)
            && freq.get(r) >= 35
            && freq.get(r) >= freq.get(&t.norm).saturating_add(10)
    })
}

/// The preposition ك (as, like) before a common word (`كمتخصص`, as a specialist): the word
/// without it is a word of general Arabic clearly more frequent than with it. Names that
/// start with ك read as nothing without it (`كوبر`: `وبر` is rarer) or are listed.
pub(super) fn as_phrase(g: &Gazetteer, t: &Token) -> bool {
    let freq = crate::extract::entities::tagger::freq::shared();
    t.norm.strip_prefix('ك').is_some_and(|r| {
        r.chars().count() >= 4
            && !g.names.contains_key(&t.norm)
            && freq.get(r) >= 35
            && freq.get(r) >= freq.get(&t.norm).saturating_add(10)
    })
}

/// Is `w` (normalized) a label that opens a byline (`كتبت`, `بقلم`)?
pub fn byline_label(w: &str) -> bool {
    lists().byline.contains(w)
}

/// Is `w` (normalized) a title of a ruler or an official (`امير`, `الوزير`)?
pub fn title_last(w: &str) -> bool {
    lists().titles.contains(w)
}

/// Does a person's name end before `t` because it is a ruler's or an official's title (`فيصل
/// بن خالد أمير منطقة عسير`)? Not when it is a given name, nor after a joiner (`before`:
/// `عبد الملك`, `أبو الأمير`), where it is a compound name's second half.
pub fn title_ends_person(g: &Gazetteer, t: &Token, before: Option<&Token>) -> bool {
    title_last(&t.norm)
        && !g.given.contains(&t.norm)
        && !before.is_some_and(|b| super::super::people::is_joiner(&b.norm))
}

/// A word no name of any kind ends on or runs across: a verb of the lists or of general
/// Arabic (`كاد`, `يعكس`), a time adverb or an indefinite ordinal (`مساء`, `سابع`), an
/// indefinite accusative of a common word (`هدفا`). People and the tagger's places and
/// organizations are cut before it.
pub fn never_last(g: &Gazetteer, t: &Token) -> bool {
    let l = lists();
    let w = t.norm.as_str();
    !g.given.contains(w)
        && (l.verbs.contains(w) || common_verb(g, w) || l.ending.contains(w) || accusative(g, t))
}

/// The proclitic و or ل on a person's first word where what follows is a name: a listed
/// given name, a word the article writes alone, or a word of general Arabic text (a
/// transliterated name: `رافائيل` 3.5) clearly more frequent than the word with the clitic
/// (`لرافائيل` is absent). Native names that start with those letters read as nothing
/// without them (`ليونيل`, `وليد`: three letters left are too short to tell).
/// Any proclitic comes off before a word-initial hamza (`وإدينسون`, `بأحمد`: see
/// [`clitic_before_hamza`]).
pub fn clitic_on_name(
    g: &Gazetteer,
    t: &Token,
    words: &crate::extract::entities::WordSet<'_>,
) -> Option<String> {
    let hamza = clitic_before_hamza(t);
    if !(hamza || t.norm.starts_with(['ل', 'و']))
        || g.given.contains(&t.norm)
        || g.names.contains_key(&t.norm)
    {
        return None;
    }
    if hamza {
        return t
            .reads
            .iter()
            .find(|(c, r)| *c == 1 && r.chars().count() >= 3)
            .map(|(_, r)| r.clone());
    }
    let freq = crate::extract::entities::tagger::freq::shared();
    let whole = freq.get(&t.norm);
    t.reads
        .iter()
        .find(|(c, r)| {
            *c == 1
                && r.chars().count() >= 4
                && !r.starts_with("ال")
                // `ووبكي هوكسترا` (Wopke): a doubled letter is the name's own.
                && !t.norm.starts_with("وو")
                && (g.given.contains(r)
                    || words.contains(r.as_str())
                    || freq.get(r) >= 30 && freq.get(r) >= whole.saturating_add(10))
        })
        .map(|(_, r)| r.clone())
}

/// A definite adjective of general Arabic no person's name ends on (`مدبولي البالغ`, aged;
/// `السابق`, `القادم`): an active participle (فاعل, فاعلة) of at least zipf 4.5 in
/// `assets/wordfreq_ar.tsv`, not a word of a listed person's name, not a given name with the
/// article (`الصالح`). Family names of other shapes (`الصباح`, `الشيخ`) are never matched;
/// those of this shape are rarer as words (`الجابر` 4.0, `الراشد` 3.6).
pub(super) fn common_definite(g: &Gazetteer, w: &str) -> bool {
    static LISTED: OnceLock<HashSet<String>> = OnceLock::new();
    let listed = LISTED.get_or_init(|| {
        g.names
            .values()
            .flatten()
            .filter(|e| e.kind == EntityKind::Person)
            .flat_map(|e| e.words.iter().cloned())
            .collect()
    });
    let freq = crate::extract::entities::tagger::freq::shared();
    w.strip_prefix("ال").is_some_and(|bare| {
        let c: Vec<char> = bare.chars().collect();
        matches!(c.as_slice(), [_, 'ا', _, _] | [_, 'ا', _, _, 'ه'])
            && !listed.contains(w)
            && !g.given.contains(bare)
            && !g.given.contains(w)
            && freq.get(w) >= 45
    })
}

/// A common indefinite feminine noun (`هجمة`, `مرة`): written with ة, not definite, at least
/// zipf 3.5, not a given or listed name (`حمزة`, `أسامة`).
pub(super) fn ordinal_noun(g: &Gazetteer, t: &Token) -> bool {
    let freq = crate::extract::entities::tagger::freq::shared();
    t.original.ends_with('ة')
        && !t.norm.starts_with("ال")
        && !g.given.contains(&t.norm)
        && !g.given_taa.contains(&t.norm)
        && !g.names.contains_key(&t.norm)
        && freq.get(&t.norm) >= 35
}

/// A title or honorific right before the word at `first` (`الرئيس صالح`, `الشيخ صالح`).
pub(super) fn titled(g: &Gazetteer, l: &Lists, tokens: &[Token], first: usize) -> bool {
    let Some(t) = tokens.get(first) else {
        return false;
    };
    let prev = first.checked_sub(1).and_then(|p| tokens.get(p));
    !t.boundary
        && prev.is_some_and(|p| {
            g.title_words.contains(&p.norm)
                || g.titles.contains_key(&p.norm)
                || l.honorifics.contains(&p.norm)
        })
}

/// A proclitic before a function word written with its hamza (`فإن`, `وأن`): folded, `فان`
/// reads as a name.
pub(super) fn stop_behind_clitic(g: &Gazetteer, t: &Token) -> bool {
    t.original.chars().skip(1).any(|c| matches!(c, 'أ' | 'إ'))
        && t.reads.iter().any(|(c, r)| *c > 0 && g.stop.contains(r))
}

/// Listed places and organizations of several words by their spelling as one word
/// (`بوركينافاسو` for `بوركينا فاسو`).
pub(super) fn joined_names(g: &Gazetteer) -> &'static HashMap<String, (EntityKind, String)> {
    static J: OnceLock<HashMap<String, (EntityKind, String)>> = OnceLock::new();
    J.get_or_init(|| {
        g.names
            .values()
            .flatten()
            .filter(|e| e.kind != EntityKind::Person && e.words.len() > 1)
            .map(|e| (e.words.concat(), (e.kind, e.key.clone())))
            .collect()
    })
}

/// The verbs (every inflected form) and nouns of the lists, sorted, for the property test.
#[cfg(test)]
pub fn lists_for_tests() -> &'static (Vec<String>, Vec<String>) {
    static T: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    T.get_or_init(|| {
        let l = lists();
        let mut verbs: Vec<String> = l.verbs.iter().cloned().collect();
        let mut nouns: Vec<String> = l.nouns.iter().cloned().collect();
        verbs.sort();
        nouns.sort();
        (verbs, nouns)
    })
}
