//! People: a given name followed by name words (`محمد شياع السوداني`), a title or role before a
//! name (`وزير الدفاع الأمريكي لويد أوستن`, `الفريق أول ركن عبد الفتاح البرهان`), and family
//! names with `آل` (`آل ثاني`).

use super::gazetteer::Gazetteer;
use super::recognize::{Found, MAX_NAME_TAIL, Span, found, gazetteer_at};
use super::tokens::{Token, definite_with_clitic, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// Words that join the parts of a name: what follows them continues the name even when it is
/// definite (`عبد الفتاح`, `أبو الفضل`, `آل ثاني` — `آل` normalizes to `ال` —, `ولد الشيخ`).
const JOINERS: &[&str] = &["عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ال", "ولد"];

/// Definite second halves of compound given names (`نور الدين`, `عطا الله`): the name goes on.
const COMPOUND: &[&str] = &["الدين", "الله"];

/// Regnal ordinals (`محمد السادس`, `عبدالله الثاني`): they end a name right after a given
/// name, and are never a surname on their own.
pub(crate) use crate::extract::ORDINALS;

/// Imperfect verbs (يجري، تطلق) look like names after a title; a name does not start so.
fn verb_like(w: &str) -> bool {
    w.chars().count() >= 4 && (w.starts_with('ي') || w.starts_with('ت'))
}

pub fn is_joiner(w: &str) -> bool {
    JOINERS.contains(&w)
        || w.strip_prefix(['و', 'ف'])
            .is_some_and(|r| JOINERS.contains(&r))
}

/// A word that may be part of a name. A word behind `و` is not, when what follows the `و` is
/// a definite noun, a function word, a title or a known name (`ونظيره`, `والتنمية`).
pub fn name_word(g: &Gazetteer, t: &Token) -> bool {
    if g.is_stop(t)
        || !letters(&t.norm)
        || t.norm.chars().count() < 2
        || definite_with_clitic(&t.norm)
        || stop_with_preposition(&t.norm)
    {
        return false;
    }
    match t.norm.strip_prefix('و') {
        Some(rest) if !g.given.contains(&t.norm) && !is_joiner(&t.norm) => {
            let pronoun = ["ه", "ها", "هم", "هما"]
                .iter()
                .any(|p| t.original.ends_with(p));
            !(pronoun
                || verb_like(rest)
                || rest.starts_with("ال")
                || g.stop.contains(rest)
                || g.is_title_or_head(rest)
                || g.names.contains_key(rest)
                || g.given.contains(rest))
        }
        _ => true,
    }
}

/// A preposition attached to a particle or pronoun (`بما`, `لما`, `كما`, `بها`, `لهم`,
/// `بذلك`): never part of a name (`رحّب عون ذياب بما وصفه`). A closed list, since the stop
/// words also hold verbs that end names (`كيري` is not ك + يرى, `بان` not ب + أن).
fn stop_with_preposition(w: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "ما", "من", "ها", "هم", "هما", "هن", "ذلك", "هذا", "هذه", "تلك", "انه", "انها", "انهم",
    ];
    ['ب', 'ل', 'ك', 'ف'].iter().any(|&c| {
        w.strip_prefix(c)
            .is_some_and(|rest| PARTICLES.contains(&rest))
    })
}

/// A conjunction starts a new name: `وعبد`, `ومحمد`.
fn starts_new_name(g: &Gazetteer, t: &Token) -> bool {
    t.norm
        .strip_prefix('و')
        .is_some_and(|r| g.given.contains(r) || r == "عبد")
}

/// Is a given name `reading` of token `t` written as a name? `على` (on)
/// folds to `علي`, `جمعه` (gathered him) to `جمعة`: the written form decides.
fn written_as_given(g: &Gazetteer, t: &Token, reading: &str) -> bool {
    let maksura = g.stop_maksura.contains(reading) && t.original.ends_with('ى');
    let pronoun = g.given_taa.contains(reading) && !t.original.ends_with('ة');
    g.given.contains(reading)
        && !maksura
        && !pronoun
        && (!g.stop.contains(reading) || g.stop_maksura.contains(reading))
}

/// The last token of the name that starts at token `i`: up to [`MAX_NAME_TAIL`] more words
/// (joiners not counted), `عبد`/`بن`/`آل` joined to what follows, a definite word
/// (`السوداني`) only last unless it completes a compound (`نور الدين`), a regnal ordinal
/// only right after a given name.
pub fn name_from(g: &Gazetteer, tokens: &[Token], i: usize) -> usize {
    let mut last = i;
    let mut k = i + 1;
    let mut tail = 0;
    // Parts of the name so far: a joiner and the word after it are one (`عبد الفتاح`, `بن
    // أحمد`).
    let mut parts = 1;
    while tail < MAX_NAME_TAIL {
        let Some(t) = tokens.get(k) else { break };
        if t.boundary {
            break;
        }
        if ORDINALS.contains(&t.norm.as_str()) {
            if k == i + 1 && tokens.get(i).is_some_and(|n| g.given.contains(&n.norm)) {
                last = k;
            }
            break;
        }
        let after_joiner = k
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| is_joiner(&p.norm));
        // A definite word after three parts of a name is a nisba surname (`التميمي`) or not
        // part of it (`محمد حمدان دقلو الدعم السريع`).
        let late_definite = parts >= 3
            && !after_joiner
            && t.norm != "ال"
            && t.norm.starts_with("ال")
            && !t.norm.ends_with('ي')
            && !COMPOUND.contains(&t.norm.as_str());
        let given = g.given.contains(&t.norm);
        // `جمعه` is gathered him, not the name جمعة; `مستشارا` a title in the accusative.
        let pronoun = g.given_taa.contains(&t.norm) && !t.original.ends_with('ة');
        let accusative_title = t
            .norm
            .strip_suffix('ا')
            .is_some_and(|w| g.is_title_or_head(w));
        // A title or head ends a name (`جون كيري بمطار`), except right after a joiner
        // (`عبد الملك`, `ولد الشيخ`).
        let title = !after_joiner
            && t.reads
                .iter()
                .any(|(c, r)| *c <= 2 && g.is_title_or_head(r));
        // A word behind و late in a name is rather a verb or a noun (`… سالم وصل`).
        let late_waw = parts >= 2 && t.norm.starts_with('و') && !given && !is_joiner(&t.norm);
        if !name_word(g, t)
            || starts_new_name(g, t)
            || late_waw
            || title
            || (!after_joiner && !given && t.norm.starts_with('ي') && verb_like(&t.norm))
            || late_definite
            || pronoun
            || accusative_title
        {
            break;
        }
        last = k;
        if !is_joiner(&t.norm) {
            tail += 1;
            if !after_joiner {
                parts += 1;
            }
        }
        let compound = COMPOUND.contains(&t.norm.as_str());
        if t.norm.starts_with("ال") && t.norm != "ال" && !after_joiner && !compound {
            break;
        }
        k += 1;
    }
    // A joiner cannot end a name.
    while last > i && tokens.get(last).is_some_and(|t| is_joiner(&t.norm)) {
        last -= 1;
    }
    last
}

fn person(tokens: &[Token], norm: &Normalized, first: usize, clitic: usize, last: usize) -> Found {
    let mut ws: Vec<String> = tokens
        .get(first..=last)
        .unwrap_or_default()
        .iter()
        .map(|t| t.norm.clone())
        .collect();
    if let Some(w) = ws.first_mut() {
        *w = w.chars().skip(clitic).collect();
    }
    let key = format!("Person:{}", ws.join(" "));
    found(
        EntityKind::Person,
        key,
        ws,
        tokens,
        norm,
        Span {
            first,
            clitic,
            last,
        },
    )
}

/// A given name followed by more name words: `إسماعيل قاآني`, `محمد علي الحكيم`; a compound
/// given name (`نور الدين أمرابط`, `سيف الدين الجزيري`) counts as a given name.
pub fn given_at(g: &Gazetteer, tokens: &[Token], norm: &Normalized, i: usize) -> Option<Found> {
    let t = tokens.get(i)?;
    let compound = tokens
        .get(i + 1)
        .is_some_and(|n| !n.boundary && COMPOUND.contains(&n.norm.as_str()) && name_word(g, t))
        && !t.norm.starts_with("ال")
        && !is_joiner(&t.norm);
    // `نورالدين`, `صلاحالدين`: a compound written as one word.
    let joined = t
        .reads
        .iter()
        .filter(|(c, r)| *c <= 1 && r.chars().count() > 6 && r.ends_with("الدين"))
        .map(|(c, _)| *c)
        .max();
    let clitic = if let Some(c) = joined {
        c
    } else if compound {
        0
    } else {
        t.reads
            .iter()
            .filter(|(c, _)| *c <= 1)
            .find(|(_, r)| written_as_given(g, t, r))?
            .0
    };
    let last = name_from(g, tokens, i);
    (last > i).then(|| person(tokens, norm, i, clitic, last))
}

/// `آل ثاني`, `آل مكتوم`, `بن كيران`: a family name alone, after `آل` (written with its
/// madda) or `بن`.
pub fn family_at(g: &Gazetteer, tokens: &[Token], norm: &Normalized, i: usize) -> Option<Found> {
    let t = tokens.get(i)?;
    let family = (t.norm == "ال" && t.original.contains('آ')) || t.norm == "بن";
    if !family || tokens.get(i + 1).is_none_or(|n| n.norm.starts_with("ال")) {
        return None;
    }
    let last = name_from(g, tokens, i);
    (last > i).then(|| person(tokens, norm, i, 0, last))
}

/// Complements and adjectives of a title (`الدفاع`, `الأمريكي`, `للشؤون`, `والمالية`,
/// `باسم`).
fn complement(w: &str) -> bool {
    w.starts_with("ال") || definite_with_clitic(w) || w == "باسم"
}

/// A title or role, its complements, then a name: `الرئيس الأمريكي جو بايدن`,
/// `وزير الدفاع الأمريكي لويد أوستن`; after a comma only a given name or a known person
/// (`وزير الدولة للشؤون الخارجية، عادل الجبير`).
pub fn title_at(g: &Gazetteer, tokens: &[Token], norm: &Normalized, i: usize) -> Option<Found> {
    // `i` may be past the end: titles are looked up after other titles.
    let title = tokens.get(i)?.reads.iter().find_map(|(_, r)| {
        g.titles.get(r)?.iter().find(|t| {
            t.iter()
                .skip(1)
                .enumerate()
                .all(|(n, w)| tokens.get(i + 1 + n).is_some_and(|x| x.norm == *w))
        })
    })?;
    let mut k = i + title.len();
    let mut skipped = 0;
    while let Some(c) = tokens
        .get(k)
        .filter(|c| skipped < 4 && !c.boundary && complement(&c.norm))
    {
        // Another title (`مدير المخابرات العامة الفريق أول …`) takes over.
        if g.titles.contains_key(&c.norm) {
            return title_at(g, tokens, norm, k);
        }
        // A known person may stand where a complement would (`الرئيس السيسي`).
        if let Some(p) = gazetteer_at(g, tokens, norm, k).filter(|f| f.kind == EntityKind::Person) {
            return Some(p);
        }
        k += 1;
        skipped += 1;
    }
    let t = tokens.get(k)?;
    if let Some(p) = gazetteer_at(g, tokens, norm, k) {
        return (p.kind == EntityKind::Person && (!t.boundary || t.comma_before)).then_some(p);
    }
    let given = g.given.contains(&t.norm);
    if (t.boundary && !(t.comma_before && given))
        || g.is_title_or_head(&t.norm)
        || !name_word(g, t)
        || verb_like(&t.norm)
        || t.norm.starts_with("ال")
    {
        return None;
    }
    let mut last = name_from(g, tokens, k);
    if !given {
        // Without a given name, a definite word is more likely a noun than a surname
        // (`لاعب مالقا حصة التسجيل`) — unless a joiner binds it (`هاشم بن الحسين`).
        last = (k..=last)
            .take_while(|&m| {
                let definite = tokens.get(m).is_some_and(|w| w.norm.starts_with("ال"));
                let after_joiner = m
                    .checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|w| is_joiner(&w.norm));
                m == k || !definite || after_joiner
            })
            .last()
            .unwrap_or(k);
        while last > k && tokens.get(last).is_some_and(|t| is_joiner(&t.norm)) {
            last -= 1;
        }
    }
    // A joiner alone (`عبد`) is no name.
    let named = (given && !is_joiner(&t.norm)) || last > k;
    named.then(|| person(tokens, norm, k, 0, last))
}

/// May a name made by these rules lend its last word to short mentions elsewhere in the
/// story? Only when it starts with a given name or a joiner (`عبد`, `آل`): a name guessed
/// from a title alone is too weak to spread.
pub fn strong_name(g: &Gazetteer, words: &[String]) -> bool {
    words
        .first()
        .is_some_and(|w| g.given.contains(w) || is_joiner(w) || w.ends_with("الدين"))
}
