//! Names built on a head word (assets/gazetteer/heads.tsv): organizations (`وزارة الخارجية
//! العراقية`, `حزب العدالة والتنمية`, `المجلس الوطني لحقوق الإنسان`, `شركة “سنطرال”`) and
//! places (`مطار بغداد`, `ملعب مولاي الحسن`, `نهر النيل`, `مدينة سالزبورغ`).

use super::boundary::{never_last, title_last};
use super::gazetteer::{Gazetteer, Head};
use super::people::name_word;
use super::recognize::{Found, Span, found, gazetteer_at};
use super::tokens::{Token, clitic_before_hamza, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// Adjectives too generic to name an organization after a definite head (`المركز الرئيسي`,
/// `المجلس الجديد`).
const GENERIC: &[&str] = &[
    "الرئيسي",
    "الرئيسيه",
    "السابق",
    "السابقه",
    "الحالي",
    "الحاليه",
    "الاول",
    "الاولي",
    "الثاني",
    "الثانيه",
    "الاخير",
    "الاخيره",
    "المحلي",
    "المحليه",
    "الجديد",
    "الجديده",
    "الاساسي",
    "الحقيقي",
];

/// Honorifics that may open a facility's name (`مطار الملكة علياء`, `ملعب مولاي الحسن`).
const HONORIFICS: &[&str] = &[
    "الملك",
    "الملكه",
    "الامير",
    "الاميره",
    "الشيخ",
    "الامام",
    "مولاي",
    "الرئيس",
    "الشهيد",
    "السلطان",
];

/// Adjectives that may close a facility's name (`مطار الملكة علياء الدولي`).
const FACILITY_ADJECTIVES: &[&str] = &[
    "الدولي",
    "الدوليه",
    "الكبير",
    "الكبري",
    "الاولمبي",
    "البلدي",
    "المركزي",
    "الجامعي",
];

/// A definite adjective: a nisba (`العراقية`, `الدولي`), a listed one (`العليا`), or of the
/// pattern فعيل (`السريع`, `الكبير`) unless it is a function word or a weekday (`الخميس`).
fn adjective(g: &Gazetteer, w: &str) -> bool {
    if g.org_adjectives.contains(w) {
        return true;
    }
    let n = w.chars().count();
    let Some(stem) = w.strip_prefix("ال").filter(|_| n >= 5) else {
        return false;
    };
    let fail = stem.chars().count() == 4 && stem.chars().nth(2) == Some('ي');
    w.ends_with('ي') || w.ends_with("يه") || (fail && !g.stop.contains(w))
}

fn head_at(g: &Gazetteer, tokens: &[Token], i: usize, org: bool) -> Option<(usize, String, Head)> {
    // `i` may be past the end: a head word ends many paragraphs (`مجلس`).
    let t = tokens.get(i)?;
    // `وأدى` (and it performed) folds to the head `وادي` (a valley).
    let whole = !clitic_before_hamza(t);
    t.reads.iter().rev().find_map(|(c, r)| {
        if *c == 0 && !whole {
            return None;
        }
        let h = *g.heads.get(r)?;
        ((h == Head::Organization) == org).then(|| (*c, r.clone(), h))
    })
}

/// A quoted or bracketed name of one to four words starting at token `k` (`“سنطرال”`,
/// `"العدالة والتنمية"`, `(العربية)`).
fn quoted(tokens: &[Token], k: usize) -> Option<usize> {
    if !tokens.get(k)?.open_before {
        return None;
    }
    let last = (k..k + 4).find(|&m| tokens.get(m).is_some_and(|t| t.close_after))?;
    tokens
        .get(k + 1..=last)?
        .iter()
        .all(|t| !t.boundary)
        .then_some(last)
}

/// An organization: a head and what names it, or a quoted name after a head.
pub fn org_head_at(g: &Gazetteer, tokens: &[Token], norm: &Normalized, i: usize) -> Option<Found> {
    let (clitic, head, _) = head_at(g, tokens, i, true)?;
    if let Some(last) = quoted(tokens, i + 1) {
        let span = Span {
            first: i + 1,
            clitic: 0,
            last,
        };
        let known = gazetteer_at(g, tokens, norm, i + 1).filter(|f| f.last == last);
        let ws: Vec<String> = tokens
            .get(i + 1..=last)?
            .iter()
            .map(|t| t.norm.clone())
            .collect();
        let key = known.map_or_else(
            || format!("Organization:{}", ws.join(" ")).into(),
            |f| f.key,
        );
        return Some(found(EntityKind::Organization, key, ws, tokens, norm, span));
    }
    let known = gazetteer_at(g, tokens, norm, i).filter(|f| f.kind == EntityKind::Organization);
    // `حزب الله والهجمات`: a known name followed by a conjunction is that name.
    if let Some(f) = &known
        && tokens
            .get(f.last + 1)
            .is_some_and(|n| !n.boundary && n.norm.starts_with('و'))
    {
        return None;
    }
    let definite_head = head.starts_with("ال");
    let mut ws = vec![head];
    let mut last = i;
    let mut named = false;
    // The last word taken was an adjective (`الأميركي` of `الجيش الأميركي`).
    let mut after_adjective = false;
    let mut k = i + 1;
    // `اتحاد شمال إفريقيا`, `منتخب المغرب`: an indefinite head and a known place.
    if !definite_head
        && let Some(p) = gazetteer_at(g, tokens, norm, k)
            .filter(|p| p.kind == EntityKind::Place && tokens.get(k).is_some_and(|t| !t.boundary))
    {
        ws.extend(p.words.iter().cloned());
        last = p.last;
        named = true;
        k = p.last + 1;
    }
    while k <= i + 7 {
        let Some(t) = tokens.get(k) else { break };
        let w = t.norm.as_str();
        if t.boundary {
            break;
        }
        let next = tokens.get(k + 1).filter(|n| !n.boundary);
        let take = if !named {
            // The name: a definite noun (`الخارجية`, `النجباء`); after a definite head, an
            // adjective (`المنتخب المغربي`, `الديوان الملكي`).
            if definite_head {
                // A masculine head does not take a feminine adjective: in `خيارات الحزب
                // السياسية` the adjective is the options'.
                let feminine_only =
                    ws.first().is_some_and(|h| !h.ends_with('ه')) && w.ends_with("يه");
                adjective(g, w) && !GENERIC.contains(&w) && !feminine_only
            } else {
                w.starts_with("ال") && w.chars().count() >= 4
            }
        } else if adjective(g, w) {
            true
        } else if w.starts_with("وال") && w.chars().count() >= 5 {
            // A coordinated noun (`العدالة والتنمية`), unless it starts another organization
            // (`قوات الجيش والدعم السريع` is two forces; `منظمة الأغذية والزراعة والبنك
            // الدولي` ends before a head word) or a noun of its own follows.
            // After an adjective only another adjective is coordinated (`المجلس الاقتصادي
            // والاجتماعي`): a noun there is a second institution or a person's title
            // (`الجيش الأميركي والشرطة العراقية`, `الديوان الأميري والسفير`).
            let rest = w.strip_prefix('و').unwrap_or(w);
            let coordinated_adjective = adjective(g, rest) && !g.is_title_or_head(rest);
            (!after_adjective || coordinated_adjective)
                && !g.org_second_words.contains(rest)
                && !matches!(g.heads.get(rest), Some(Head::Organization))
                && next.is_none_or(|n| !n.norm.starts_with("ال") || adjective(g, &n.norm))
        } else if known.is_some() {
            // A known name takes adjectives only (`فيلق القدس الإيراني`, not
            // `محكمة العدل الدولية للمرة الأولى`).
            false
        } else if w.starts_with("لل")
            && w.chars().count() >= 5
            // `للحصول على`: a verbal noun of purpose with its preposition, not a name's
            // complement (`للأنباء`, `للطاقة الذرية`).
            && next.is_none_or(|n| !["على", "علي", "الى", "عن"].contains(&n.norm.as_str()))
            && !g
                .stop
                .contains(&format!("ا{}", w.strip_prefix('ل').unwrap_or(w)))
        {
            // A complement with ل + ال (`للأنباء`, `للتعبئة`), not of manner (`للمرة`).
            true
        } else if w.starts_with('ل')
            && !w.starts_with("ال")
            && w.chars().count() >= 4
            && !g.stop.contains(w.strip_prefix('ل').unwrap_or(w))
            && next.is_some_and(|n| n.norm.starts_with("ال") && !g.is_stop(n))
        {
            // ل + a noun + a definite noun (`لحقوق الإنسان`, `لكرة القدم`).
            ws.push(w.to_string());
            k += 1;
            true
        } else {
            false
        };
        if !take {
            break;
        }
        let bare = w
            .strip_prefix('و')
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(w);
        // Only a masculine nisba is surely an adjective: words in ية are also nouns
        // (`التنمية`, `الأغذية`).
        after_adjective = bare.ends_with('ي') && adjective(g, bare);
        named = true;
        let Some(t) = tokens.get(k) else { break };
        ws.push(t.norm.clone());
        last = k;
        k += 1;
    }
    // A ruler's or an official's title is not an organization's last word: the person the
    // institution is named after was cut off (`مركز الأمير سلطان`, `مجلس التنمية السياحية
    // الأمير سلطان`); what is left before it is the name, a bare head is none.
    while last > i
        && ws.len() == last - i + 1
        && tokens.get(last).is_some_and(|t| title_last(&t.norm))
    {
        ws.pop();
        last -= 1;
    }
    if last == i {
        return None;
    }
    // A known organization followed by adjectives (`فيلق القدس الإيراني`) is that
    // organization.
    let known = known.filter(|f| f.last < last);
    let key = known.map_or_else(
        || format!("Organization:{}", ws.join(" ")).into(),
        |f| f.key,
    );
    let span = Span {
        first: i,
        clitic,
        last,
    };
    Some(found(EntityKind::Organization, key, ws, tokens, norm, span))
}

/// A word that may be part of a place's proper name: not a function word, not a nisba or a
/// plural (`جوي`, `بيانات`, `ميداني` are adjectives and common nouns after `جسر`, `قاعدة`).
/// A preposition ب/ل on a common word of general Arabic (`بمنطقة`, in the area of): the
/// name before it has ended. Place names that start with those letters read as nothing
/// common without them (`بيروت`, `لندن`), and listed names never count.
fn behind_preposition(g: &Gazetteer, t: &Token) -> bool {
    let freq = super::tagger::freq::shared();
    t.norm.starts_with(['ب', 'ل'])
        && !g.names.contains_key(&t.norm)
        && t.reads
            .iter()
            .any(|(c, r)| *c > 0 && r.chars().count() >= 3 && freq.get(r) >= 40)
}

fn proper(g: &Gazetteer, t: &Token, definite_ok: bool) -> bool {
    let w = t.norm.as_str();
    name_word(g, t)
        && !never_last(g, t)
        && !behind_preposition(g, t)
        && (definite_ok || !w.starts_with("ال"))
        && !["ي", "يه", "ات", "ين", "ون"].iter().any(|s| w.ends_with(s))
}

/// A facility named by one definite word that general Arabic does not use (`ملعب الثمامة`,
/// `استاد الجنوب` is not: `الجنوب` is common), with a closing adjective (`الدولي`). The
/// rules' facilities take only undefined proper names (`ملعب مولاي الحسن`), because a
/// definite word after `ملعب` is most often a common noun (`ملعب المباراة`); a definite word
/// that no frequency list of general Arabic holds is a name. Not one of the rules (the tagger
/// reads their labels): `facility.rs` adds it after the combination.
pub fn rare_facility_at(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    i: usize,
) -> Option<Found> {
    let (clitic, head, kind) = head_at(g, tokens, i, false)?;
    let t = tokens.get(i + 1)?;
    let rare = super::tagger::freq::shared().get(&t.norm) == 0;
    let stem_chars = t.norm.strip_prefix("ال")?.chars().count();
    if kind != Head::Facility || t.boundary || !rare || stem_chars < 3 || !letters(&t.norm) {
        return None;
    }
    if g.is_stop(t) || g.is_title_or_head(&t.norm) || adjective(g, &t.norm) {
        return None;
    }
    head_place(
        tokens,
        norm,
        (head, clitic),
        i,
        with_adjective(tokens, i + 1),
    )
}

/// The last word of a facility's name ending at `last`, with a closing adjective after it
/// (`مطار الملكة علياء الدولي`).
fn with_adjective(tokens: &[Token], last: usize) -> usize {
    let adjective_after = tokens
        .get(last + 1)
        .is_some_and(|n| !n.boundary && FACILITY_ADJECTIVES.contains(&n.norm.as_str()));
    last + usize::from(adjective_after)
}

/// The place named by head `head` (with its proclitic's length) at token `i` and the words
/// after it up to `last`, the head part of the name.
fn head_place(
    tokens: &[Token],
    norm: &Normalized,
    (head, clitic): (String, usize),
    i: usize,
    last: usize,
) -> Option<Found> {
    let rest: Vec<String> = tokens
        .get(i + 1..=last)?
        .iter()
        .map(|t| t.norm.clone())
        .collect();
    // One stadium whichever word an outlet writes for it (`ملعب`/`استاد`): one key.
    let key_head = match super::cues::cues().first_of("stadium") {
        Some(first) if super::cues::cues().has("stadium", &head) => first,
        _ => head.as_str(),
    };
    let key = format!("Place:{key_head} {}", rest.join(" "));
    let mut ws = vec![head.clone()];
    ws.extend(rest);
    let span = Span {
        first: i,
        clitic,
        last,
    };
    Some(found(EntityKind::Place, key, ws, tokens, norm, span))
}

/// A place: an administrative unit, facility or natural feature with its name, or a place
/// name announced by `مدينة` or `العاصمة`.
pub fn place_head_at(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    i: usize,
) -> Option<Found> {
    let (clitic, head, kind) = head_at(g, tokens, i, false)?;
    let mut k = i + 1;
    if kind == Head::Classifier {
        // `العاصمة التركية أنقرة`, `العاصمة السودانية، الخرطوم`.
        while k < i + 3
            && tokens
                .get(k)
                .is_some_and(|t| !t.boundary && adjective(g, &t.norm))
        {
            k += 1;
        }
    }
    let t = tokens.get(k)?;
    if t.boundary && !(kind == Head::Classifier && k > i + 1 && t.comma_before) {
        return None;
    }
    let known = gazetteer_at(g, tokens, norm, k).filter(|f| f.kind == EntityKind::Place);
    let last = match (known, kind) {
        (Some(p), Head::Classifier) => return Some(p),
        (Some(p), _) => p.last,
        (None, Head::Classifier) if head.ends_with("عاصمه") => return None,
        (None, Head::Classifier) => {
            if !proper(g, t, true) {
                return None;
            }
            let ws = vec![t.norm.clone()];
            let span = Span {
                first: k,
                clitic: 0,
                last: k,
            };
            let key = format!("Place:{}", t.norm);
            return Some(found(EntityKind::Place, key, ws, tokens, norm, span));
        }
        (None, Head::Feature) if proper(g, t, true) => k,
        (None, Head::Facility) => {
            // `ملعب مولاي الحسن`, `مطار الملكة علياء الدولي`, `جسر جناق قلعة`.
            let honor = HONORIFICS.contains(&t.norm.as_str());
            let mut last = k - 1;
            let mut m = k + usize::from(honor);
            while m <= k + 2 {
                match tokens.get(m) {
                    Some(t) if !t.boundary && proper(g, t, honor && m == k + 1) => {}
                    _ => break,
                }
                last = m;
                m += 1;
            }
            if last < k + usize::from(honor) {
                return None;
            }
            last
        }
        _ => return None,
    };
    let last = if kind == Head::Facility {
        with_adjective(tokens, last)
    } else {
        last
    };
    head_place(tokens, norm, (head, clitic), i, last)
}
