//! Where a person's name begins and ends. Every person, the rules' and the tagger's, passes
//! through [`person`] before it is kept (`tagger/combine.rs`, and the rules-only path in
//! `mod.rs`).
//!
//! Why one place: on real news nobody here wrote, the two sources make the same kinds of
//! error at a name's edges, and fixing each source apart left the other making them. A title
//! rule takes the noun after its complements for a name (`المتحدث باسم الاتحاد الأوروبي
//! مقتل شيرين …`), a given name runs into the verb after it (`إيمانويل ماكرون سيجري`,
//! `خليفة حرص`), the tagger stops on a joiner (`شيرين أبو` of `شيرين أبو عاقلة`) or starts on
//! the noun in construct before a name (`جثمان شيرين`), and both read adjectives that are
//! given names as people (`صادق المواساة`, sincere condolences). So, in Arabic:
//!
//! - a name never ends on a joiner (`أبو`, `بن`, `عبد`, `آل`): it takes the joiner's
//!   complement, or drops the joiner; a compound's second half (`عز الدين`, `ثناء الله`) and a
//!   regnal ordinal after a given name (`عبد الله الثاني`) complete it;
//! - a name never holds a verb, a function word, a common noun, a verbal noun or a noun behind
//!   a preposition (`بإعلان`, `لمطلبه`), a noun with a pronoun suffix, or a religious formula
//!   (`صلى الله عليه وسلم`): it ends before the first of them;
//! - a name never starts with a noun in construct (`جثمان`, `مقتل`, `لأسرة`), a title, a
//!   definite word before a given name, or a listed place or organization (`أرسنال أليكس …`);
//! - a given name that is an everyday adjective (`صادق`, `جميل`, `حسن`) behind a preposition,
//!   coordinated with another adjective, or before a definite abstract noun or an indefinite
//!   plural is that adjective;
//! - a listed place, organization, outlet (`assets/outlets.tsv`) or disease is never a person,
//!   nor is a name right after a place classifier or a head (`مدينة أوفالدي`, `جامعة محمد
//!   الخامس`).
//!
//! The words are data (`assets/name_boundaries.tsv`); the shapes (clitics, suffixes, the
//! future `س`) are Arabic morphology.

mod nasab;
mod words;

pub use nasab::join_nasab;

use std::sync::Arc;

use super::gazetteer::Gazetteer;
use super::people::is_joiner;
use super::recognize::{Found, Span, found};
use super::tokens::{Token, clitic_before_hamza, definite_with_clitic, letters};
use crate::extract::{EntityKind, ORDINALS};
use crate::text::Normalized;
#[cfg(test)]
pub use words::lists_for_tests;
use words::{
    Lists, as_phrase, clitic_on_name, common_definite, common_verb, coordinated, coordinated_word,
    imperfect, joined_names, lists, noun, ordinal_noun, pronoun_suffixed, stop_behind_clitic,
    titled,
};
pub use words::{
    byline_label, listed_verb, never_last, title_ends_person, title_last, verb_like, verbal_noun,
};

/// Second halves of compound names: a name does not end before them.
const COMPOUND: &[&str] = &["الدين", "الله"];

/// A word never part of a person's name, anywhere in it.
fn never_in_name(g: &Gazetteer, l: &Lists, t: &Token) -> bool {
    let w = t.norm.as_str();
    if g.is_stop(t) || l.function.contains(w) || stop_behind_clitic(g, t) {
        return true;
    }
    if g.given.contains(w) || is_joiner(w) {
        return false;
    }
    if l.verbs.contains(w) || noun(l, w) || as_phrase(g, t) {
        return true;
    }
    if g.names.contains_key(w) {
        return false;
    }
    // Behind a proclitic: a function word (`فإن`, `بما`), a noun or a verbal noun (`بإعلان`,
    // `بكرسي`, `لمطلبه`), a listed name of another kind (`لفرانس برس`; a listed person behind
    // a preposition is that person: `بالنسبة لخامنئي`). A coordinated noun or verb (`وكرس`,
    // `وشعب`) is caught by the lists above, its forms made with و.
    // Three letters behind a clitic are too short to tell (`بادو` is no ب + a town `أدو`).
    let other_listed = |r: &str| {
        r.chars().count() >= 4
            && g.names
                .get(r)
                .is_some_and(|es| es.iter().any(|e| e.kind != EntityKind::Person))
    };
    let behind = t.reads.iter().filter(|(c, _)| *c > 0).any(|(c, r)| {
        let preposition = t.norm.starts_with(['ب', 'ل']) || *c > 1;
        g.stop.contains(r)
            || preposition && l.everyday.contains(r)
            || noun(l, r)
            || (preposition && (verbal_noun(r) || pronoun_suffixed(t) || other_listed(r)))
    });
    behind || pronoun_suffixed(t) && !t.norm.starts_with("ال")
}

/// A word no name starts with (when more words follow): a common noun in construct, a
/// title, a verb, a function word, a definite word before a given name, a noun behind a
/// preposition or with a pronoun, a listed place or organization.
fn never_starts(g: &Gazetteer, l: &Lists, tokens: &[Token], k: usize, w: &str) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    let next_given = tokens
        .get(k + 1)
        .is_some_and(|n| g.given.contains(&n.norm) || is_joiner(&n.norm));
    // A joiner, and any word before `بن` (a title there is the given name: `سلطان بن سلمان`).
    let nasab = tokens
        .get(k + 1)
        .is_some_and(|n| ["بن", "ابن", "بنت"].contains(&n.norm.as_str()));
    if is_joiner(w) || nasab && !t.boundary {
        return false;
    }
    let bare = w.strip_prefix("ال").unwrap_or(w);
    if g.given.contains(w) || g.given.contains(bare) && w != bare && !w.ends_with('ي') {
        return l.everyday.contains(w) && t.norm.starts_with(['ب', 'ل']) && t.norm != w;
    }
    // Definite as written: `أليكس`, `إلهام` fold to a seeming article.
    let definite = w.starts_with("ال") && !t.original.starts_with(['أ', 'إ', 'آ']);
    let title = g.is_title_or_head(w) || g.titles.contains_key(&format!("ال{w}"));
    let listed = g.names.get(w).is_some_and(|es| {
        es.iter()
            .any(|e| e.kind != EntityKind::Person && e.words.len() == 1)
    });
    let next_listed = tokens
        .get(k + 1)
        .is_some_and(|n| g.names.contains_key(&n.norm) && !g.given.contains(&n.norm));
    // A noun in ة before a listed name (`إمارة دبي`); before a given name only behind a
    // preposition (`لأسرة شيرين`): `عكرمة صبري`, `أسامة` are names.
    let clitic = t.reads.iter().any(|(c, _)| *c > 0) && t.norm.starts_with(['ب', 'ل']);
    let taa = t.original.ends_with('ة') && (clitic && next_given || next_listed);
    title
        || listed
        || imperfect(g, w)
        || taa
        || never_in_name(g, l, t)
        || (definite && (next_given || w.ends_with('ي')))
        || t.reads
            .iter()
            .any(|(c, r)| *c > 0 && (l.nouns.contains(r) || r.ends_with('ه') && next_given))
}

/// What the name `ws` is when it is not a person: a listed place or organization (its kind
/// and key; also written as one word, `بيونغ يانغ` for `بيونغيانغ`), an outlet (an
/// organization), or a disease or one that holds a listed event (nothing: `Some(None)`; `رولان
/// غاروس` is a tournament).
fn other_kind(g: &Gazetteer, l: &Lists, ws: &[String]) -> Option<Option<(EntityKind, String)>> {
    let joined = [ws.concat()];
    let listed = |w: &[String]| {
        w.first().and_then(|f| g.names.get(f)).and_then(|es| {
            es.iter()
                .find(|e| e.kind != EntityKind::Person && e.words == w)
                .map(|e| (e.kind, e.key.clone()))
        })
    };
    let one_word = || joined_names(g).get(&joined[0]).cloned();
    if let Some(k) = listed(ws)
        .or_else(|| (ws.len() > 1).then(|| listed(&joined)).flatten())
        .or_else(one_word)
    {
        return Some(Some(k));
    }
    if l.outlets.contains(ws) {
        let key = format!("{:?}:{}", EntityKind::Organization, ws.join(" "));
        return Some(Some((EntityKind::Organization, key)));
    }
    let event = l
        .events
        .iter()
        .any(|e| !e.is_empty() && ws.windows(e.len()).any(|w| w == e.as_slice()));
    (event || ws.iter().any(|w| l.diseases.contains(w))).then_some(None)
}

/// A head or classifier right before the name, or before its title (`مدينة أوفالدي`,
/// `ولاية ساوث داكوتا`, `جامعة محمد الخامس`, `مركز الملك سلمان`): the name is a place's or
/// an institution's, not a person mentioned. Definite heads (`المجلس`) are left out: a
/// council's head is named after it (`رئيس المجلس عبد الحكيم مجاهد`).
fn named_after(g: &Gazetteer, l: &Lists, tokens: &[Token], first: usize) -> bool {
    let head = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            // `وأدى` (and it performed) is no `وادي` (a valley).
            let whole = !clitic_before_hamza(t);
            t.reads.iter().any(|(c, r)| {
                *c <= 1 && (*c > 0 || whole) && !r.starts_with("ال") && g.heads.contains_key(r)
            })
        })
    };
    let Some(t) = tokens.get(first) else {
        return false;
    };
    // A quoted or bracketed name right after its head is the head's (`متحف (فاطمة)`).
    if t.boundary && !t.open_before {
        return false;
    }
    let before = first.wrapping_sub(1);
    let title_between = !t.boundary
        && tokens.get(before).is_some_and(|p| {
            !p.boundary
                && (g.title_words.contains(&p.norm)
                    || g.titles.contains_key(&p.norm)
                    || l.honorifics.contains(&p.norm))
        });
    head(before) || title_between && head(before.wrapping_sub(1))
}

/// A given name that is an everyday adjective (`صادق`, `جميل`, `حسن`) and reads as one
/// here: alone, coordinated with another adjective (`عادل ودائم`), before an indefinite
/// plural (`صادق عبارات`), or before a definite noun that is not a nisba when no title, given
/// name or verb comes before it (`وصادق المواساة`, `عن صادق المواساة`, `جميل الصبر`; not
/// `قال عادل الجبير`, `الوزير عادل الجبير`).
fn adjective(g: &Gazetteer, l: &Lists, tokens: &[Token], first: usize, last: usize) -> bool {
    let Some(t) = tokens.get(first) else {
        return false;
    };
    let behind_waw = t
        .norm
        .strip_prefix('و')
        .is_some_and(|r| l.everyday.contains(r));
    if !behind_waw && !l.everyday.contains(&t.norm) {
        return false;
    }
    let Some(n) = tokens
        .get(first + 1)
        .filter(|n| !n.boundary && first < last)
    else {
        // Alone, it is the adjective, unless a title names it (`الرئيس صالح`).
        return !titled(g, l, tokens, first);
    };
    let plural = n.norm.ends_with("ات") && n.norm.chars().count() >= 5;
    let and_adjective = n
        .norm
        .strip_prefix('و')
        .is_some_and(|r| !g.given.contains(&n.norm) && !is_joiner(&n.norm) && !g.given.contains(r));
    let definite = n.norm.starts_with("ال") && !n.norm.ends_with('ي') && last == first + 1;
    let prev = first.checked_sub(1).and_then(|p| tokens.get(p));
    let named_before = t.boundary
        || prev.is_none_or(|p| {
            g.title_words.contains(&p.norm)
                || g.titles.contains_key(&p.norm)
                || g.given.contains(&p.norm)
                || is_joiner(&p.norm)
                || l.verbs.contains(&p.norm)
        });
    and_adjective || !named_before && plural || definite && (behind_waw || !named_before)
}

/// The person `f` with its boundaries checked (see the module's doc), or `None` when
/// nothing of a person's name is left. `words` are the article's words: a word behind و
/// that the article also writes alone is a coordinated name (`محمد وفرماجو`).
pub fn person(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    f: Found,
    words: &crate::extract::entities::WordSet<'_>,
) -> Option<Found> {
    if f.kind != EntityKind::Person {
        return Some(f);
    }
    let l = lists();
    let (mut first, mut last) = (f.first, f.last);
    let head = tokens.get(first)?;
    let mut w0 = f.words.first()?;
    if adjective(g, l, tokens, first, last) {
        return None;
    }
    let mut clitic = head.norm.chars().count().saturating_sub(w0.chars().count());
    // `لرافائيل بينيتز`, `ولوكاشينكو`: the preposition or conjunction comes off.
    let unclitic = (clitic == 0)
        .then(|| clitic_on_name(g, head, words))
        .flatten();
    if let Some(b) = &unclitic {
        w0 = b;
        clitic = 1;
    }
    // Read with and without a proclitic (`لهسبريس`); what is left behind a proclitic must be
    // a word of four letters or more (`بلير` is no ب + a place `لير`).
    for (c, r) in head
        .reads
        .iter()
        .filter(|(c, r)| *c == 0 || r.chars().count() >= 4)
    {
        let mut ws = f.words.to_vec();
        if let Some(w) = ws.first_mut() {
            w.clone_from(r);
        }
        if let Some(other) = other_kind(g, l, &ws) {
            let span = Span {
                first,
                clitic: *c,
                last,
            };
            return other.map(|(kind, key)| found(kind, key, ws, tokens, norm, span));
        }
    }
    // `بن X` after a word that reads as a name: that word is the given name (`يزيد بن محمد
    // أبو نيان`, `سلطان بن سلمان`), unless it is a noun, a verb, a function word or definite
    // (a title, or a name of its own: `خالد الفيصل بن عبدالعزيز` is joined below).
    let nasab = ["بن", "ابن", "بنت"].contains(&head.norm.as_str());
    if let Some(p) = first.checked_sub(1).and_then(|p| tokens.get(p))
        && nasab
        && !head.boundary
        && letters(&p.norm)
        && !g.is_stop(p)
        && !noun(l, &p.norm)
        && !verbal_noun(&p.norm)
        && !l.verbs.contains(&p.norm)
        && !p.norm.starts_with("ال")
        && p.norm.strip_prefix('و').is_none_or(|r| g.given.contains(r))
    {
        first -= 1;
        clitic = 0;
    }
    if named_after(g, l, tokens, first) {
        return None;
    }
    // Leading words that are not a name's.
    while first < last {
        let w = if first == f.first {
            w0.clone()
        } else {
            tokens.get(first)?.norm.clone()
        };
        if !never_starts(g, l, tokens, first, &w) {
            break;
        }
        first += 1;
        clitic = 0;
    }
    // The adjective and what it qualifies go; a name may follow (`لصالح فرماجو`). A name
    // left right after a head the span started on is the head's (`فندق تيبستي`).
    if adjective(g, l, tokens, first, last) || first > f.first && named_after(g, l, tokens, first) {
        return None;
    }
    // The first word that no name holds, a formula, or a coordinated name ends the name.
    for k in first + 1..=last {
        let t = tokens.get(k)?;
        let formula = l.formulas.iter().any(|fm| {
            fm.iter()
                .enumerate()
                .all(|(n, w)| tokens.get(k + n).is_some_and(|x| x.norm == *w))
        });
        let coordinated = coordinated(g, l, t, words);
        let before = tokens.get(k - 1);
        let after_joiner = before.is_some_and(|p| is_joiner(&p.norm));
        // A ruler's or an official's title opens the next phrase (`فيصل بن خالد أمير منطقة
        // عسير`).
        let title = title_ends_person(g, t, before);
        if formula
            || coordinated
            || title
            || (!after_joiner && (never_in_name(g, l, t) || never_last(g, t)))
        {
            last = k - 1;
            break;
        }
    }
    // An indefinite ordinal qualifies the noun before it (`صلاح هجمة أولى`, a first attack):
    // a common indefinite feminine noun there is no part of the name, inside the span or
    // where the span stopped on it.
    let ordinal_next = tokens
        .get(last + 1)
        .is_some_and(|n| !n.boundary && l.ending.contains(&n.norm));
    if last > first && ordinal_next && tokens.get(last).is_some_and(|t| ordinal_noun(g, t)) {
        last -= 1;
    }
    // A common definite word is what the name is said to be, not its last part (`مدبولي
    // البالغ من العمر`, `صلاح القادم`).
    while last > first
        && tokens
            .get(last)
            .is_some_and(|t| common_definite(g, &t.norm))
    {
        last -= 1;
    }
    // A joiner takes its complement (a chain of joiners at most three words on: `أبو عبد
    // الله`), or goes; a compound's second half and a regnal ordinal after a given name
    // complete the name. Each step only moves forward, then only back.
    let complement = |k: usize| {
        tokens.get(k).filter(|n| !n.boundary).is_some_and(|n| {
            letters(&n.norm)
                && n.norm.chars().count() >= 2
                && !g.is_stop(n)
                && !definite_with_clitic(&n.norm)
                && !l.function.contains(&n.norm)
        })
    };
    let mut steps = 0;
    while steps < 3 && is_joiner(&tokens.get(last)?.norm) && complement(last + 1) {
        last += 1;
        steps += 1;
    }
    let t = tokens.get(last)?;
    let next = tokens.get(last + 1).filter(|n| !n.boundary);
    let formula_next = l.formulas.iter().any(|fm| {
        fm.iter()
            .enumerate()
            .all(|(n, w)| tokens.get(last + 1 + n).is_some_and(|x| x.norm == *w))
    });
    let compound = next.is_some_and(|n| COMPOUND.contains(&n.norm.as_str()))
        && !is_joiner(&t.norm)
        && !formula_next
        && !never_in_name(g, l, t);
    let bare = t.norm.strip_prefix("ال").unwrap_or(&t.norm);
    let joined = tokens
        .get(last.wrapping_sub(1))
        .filter(|_| last > first)
        .is_some_and(|p| g.given.contains(&format!("{}{}", p.norm, t.norm)));
    // Only a lone given name takes an ordinal (`محمد السادس`, `عبد الله الثاني`): after a
    // surname it counts something else (`… عمار الثاني`, the second goal).
    let ordinal = next.is_some_and(|n| ORDINALS.contains(&n.norm.as_str()))
        && (last == first && (g.given.contains(&t.norm) || g.given.contains(bare))
            || joined && last == first + 1);
    if compound || ordinal {
        last += 1;
    }
    while last > first && is_joiner(&tokens.get(last)?.norm) {
        last -= 1;
    }
    if is_joiner(&tokens.get(last)?.norm) && first == last {
        return None;
    }
    let span = tokens.get(first..=last)?;
    let mut ws: Vec<String> = span.iter().map(|t| t.norm.clone()).collect();
    if let Some(w) = ws.first_mut()
        && first == f.first
    {
        w.clone_from(w0);
    }
    // One word left: a person only if it reads as a name, not as a noun, a verb, an
    // adjective or a place.
    if let [w] = ws.as_slice() {
        let t = tokens.get(first)?;
        let cut = (first, last) != (f.first, f.last);
        let bare = w.strip_prefix("ال").filter(|b| !g.given.contains(*b));
        // By its shape alone a lone word may be a transliterated name (`يلتسين`, `يوكيا`):
        // only a verb of general Arabic is dropped here.
        if common_verb(g, w)
            || cut && bare.is_some()
            || !cut && l.everyday.contains(w) && !titled(g, l, tokens, first)
            || never_in_name(g, l, t)
            || cut && first == f.first && clitic > 0 && !g.given.contains(w)
        {
            return None;
        }
    }
    if other_kind(g, l, &ws).is_some() {
        return None;
    }
    if (first, last) == (f.first, f.last) && unclitic.is_none() {
        return Some(f);
    }
    // One word left before و and a common word, of a longer span: a fragment the story
    // must support (`leftover.rs`).
    let fragment = tokens
        .get(last + 1)
        .filter(|_| first == last && last < f.last)
        .and_then(|t| coordinated_word(g, t))
        .map(Arc::from);
    let key: Arc<str> = g
        .names
        .get(ws.first()?)
        .and_then(|es| {
            es.iter()
                .find(|e| e.kind == EntityKind::Person && e.words == ws)
        })
        .map_or_else(|| format!("Person:{}", ws.join(" ")), |e| e.key.clone())
        .into();
    let mut out = found(
        EntityKind::Person,
        key,
        ws,
        tokens,
        norm,
        Span {
            first,
            clitic: if first == f.first { clitic } else { 0 },
            last,
        },
    );
    out.fragment = fragment;
    Some(out)
}

/// [`person`] for each of a paragraph's names (other kinds pass unchanged); a name whose
/// edges moved onto another's words is dropped.
pub fn people(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    names: Vec<Found>,
    words: &crate::extract::entities::WordSet<'_>,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for f in names {
        if let Some(f) = person(g, tokens, norm, f, words)
            && out.iter().all(|o| o.last < f.first || f.last < o.first)
        {
            out.push(f);
        }
    }
    join_nasab(tokens, norm, out)
}
