//! Which tokens can begin a date expression. Every rule of the grammar starts at a number or
//! at one of a closed set of words (a month name, a weekday, an ordinal, a deictic, a year or
//! period word, a unit after `قبل`/`بعد`/`منذ`), written with the proclitics the rules accept.
//! The set is derived here from the grammar's own word lists, and one lookup per token lets
//! the parser skip the ordinary words that make up most of a paragraph (its rules, with their
//! month lookups and list scans, were the largest cost of the timeline after normalization).
//!
//! The set only has to be a superset: a token that passes still goes through every rule.
//! `find` runs through this gate, so every grammar test also tests the gate.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::deictic::DAY_WORDS;
use super::grammar::{PERIOD_WORDS, YEAR_WORDS};
use super::lexicon::{ORDINALS, WEEKDAYS};
use super::periods::{DECADE_STEMS, PART_WORDS, SEASONS};
use super::tokens::Tok;
use crate::calendar::{WordBuildHasher, month_names};

/// Could a date expression begin at this token?
pub(super) fn may_start(tok: &Tok<'_>) -> bool {
    tok.num.is_some() || (!tok.punct && triggers().contains(tok.text))
}

/// Every written form of every word a rule can start with.
fn triggers() -> &'static HashSet<String, WordBuildHasher> {
    static SET: OnceLock<HashSet<String, WordBuildHasher>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::default();
        // Words the rules compare after stripping a conjunction و (`bare`, `weekday`).
        let plain = DAY_WORDS
            .iter()
            .flat_map(|l| l.iter())
            .chain(WEEKDAYS.iter().map(|(w, _)| w))
            .chain(&[
                "امس",
                "اول",
                "غدا",
                "غد",
                "اليوم",
                "الاسبوع",
                "الشهر",
                "العام",
                "السنه",
                "قبل",
                "بعد",
                "منذ",
                "الغد",
                "الليله",
                "هذا",
                "هذه",
                "لهذا",
                "لهذه",
                "بهذا",
                "بهذه",
                "فصل",
                "قرن",
                "ذات",
                "نفس",
                "بذات",
                "بنفس",
                "مثل",
                "ربيع",
                "صيف",
                "خريف",
                "شتاء",
            ]);
        for w in plain {
            set.insert((*w).to_string());
            set.insert(format!("و{w}"));
        }
        // Words the rules compare after `definite` (و, then لل/ب/ك before the article).
        let definite = ORDINALS
            .iter()
            .chain(&["الحادي", "العشرين", "الثلاثين"])
            .chain(YEAR_WORDS)
            .chain(PERIOD_WORDS)
            .chain(PART_WORDS)
            .chain(SEASONS)
            .chain(&["القرن", "النصف", "الربع", "الاشهر", "الشهور", "الشهر"]);
        for w in definite {
            let mut forms = vec![(*w).to_string()];
            if let Some(stem) = w.strip_prefix("ال") {
                forms.extend([format!("لل{stem}"), format!("ب{w}"), format!("ك{w}")]);
            }
            for f in forms {
                set.insert(format!("و{f}"));
                set.insert(f);
            }
        }
        // Decade words (`السبعينيات`, `سبعينات`), with the proclitics `definite` strips.
        for stem in DECADE_STEMS {
            for suffix in ["يات", "ات"] {
                for article in ["", "ال", "بال", "كال", "لل"] {
                    let w = format!("{article}{stem}{suffix}");
                    set.insert(format!("و{w}"));
                    set.insert(w);
                }
            }
        }
        // Month names by their first word, bare or after و, ب or ل (`Parser::month`).
        for m in month_names() {
            let first = m.name.split(' ').next().unwrap_or_default();
            set.insert(first.to_string());
            for p in ['و', 'ب', 'ل'] {
                set.insert(format!("{p}{first}"));
            }
        }
        set
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::corpus::bundled;
    use crate::extract::timeline::grammar::Parser;
    use crate::extract::timeline::tokens::tokenize;
    use crate::text::normalize;

    /// No rule may start at a word the gate turns away: every word of the seeds, and every
    /// word of the grammar's lists under every proclitic, in front of continuations that
    /// complete each kind of expression.
    #[test]
    fn no_rule_starts_at_a_gated_word() {
        let mut words: BTreeSet<String> = BTreeSet::new();
        for a in &bundled().articles {
            for p in &a.paragraphs {
                let norm = normalize(&p.text);
                words.extend(
                    tokenize(&norm)
                        .iter()
                        .filter(|t| !t.punct && t.num.is_none())
                        .map(|t| t.text.to_string()),
                );
            }
        }
        let lexicon = DAY_WORDS
            .iter()
            .flat_map(|l| l.iter())
            .chain(WEEKDAYS.iter().map(|(w, _)| w))
            .chain(ORDINALS)
            .chain(YEAR_WORDS)
            .chain(PERIOD_WORDS)
            .chain(PART_WORDS)
            .chain(SEASONS)
            .map(|w| (*w).to_string())
            .chain(
                DECADE_STEMS
                    .iter()
                    .flat_map(|s| [format!("ال{s}يات"), format!("{s}يات"), format!("ال{s}ات")]),
            )
            .chain(
                month_names()
                    .iter()
                    .map(|m| m.name.split(' ').next().unwrap_or_default().to_string()),
            )
            .chain(
                [
                    "امس",
                    "اول",
                    "غدا",
                    "غد",
                    "الحادي",
                    "العشرين",
                    "الثلاثين",
                    "الشهر",
                    "منذ",
                    "هذا",
                    "هذه",
                    "فصل",
                    "القرن",
                    "النصف",
                    "الربع",
                    "الاشهر",
                    "ذات",
                    "مثل",
                    "الغد",
                    "صيف",
                    "شتاء",
                ]
                .map(String::from),
            )
            .collect::<Vec<_>>();
        for w in &lexicon {
            for p in ["و", "ب", "ل", "ك", "وب", "ول", "وك"] {
                words.insert(format!("{p}{w}"));
            }
            if let Some(stem) = w.strip_prefix("ال") {
                words.insert(format!("لل{stem}"));
                words.insert(format!("ولل{stem}"));
            }
        }
        let contexts = [
            "",
            " 2024",
            " 5 يناير 2024",
            " من شباط 2024",
            " يناير 2024",
            " كانون الثاني الماضي",
            " الماضي",
            " الخميس",
            " الخميس 5 يناير 2024",
            " 3 ايام",
            " اربع سنوات",
            " بيومين",
            " ذلك بيومين",
            " التالي",
            " امس",
            " اليوم",
            " عشر من يناير 2024",
            " والعشرين من يناير",
            " القرن التاسع عشر",
            " الصيف",
            " العام",
            " الاول من العام",
            " الثلاثه الاولي من العام",
            " الشهر من العام الماضي",
            " اليوم من عام 1907",
            " الخريف",
            " الماضي",
        ];
        let mut checked = 0;
        for w in &words {
            for c in contexts {
                let norm = normalize(&format!("{w}{c}"));
                let toks = tokenize(&norm);
                let Some(first) = toks.first() else {
                    continue;
                };
                if (Parser { t: &toks }).at(0).is_some() {
                    checked += 1;
                    assert!(may_start(first), "a rule starts at {w:?} in {w}{c}");
                }
            }
        }
        // The continuations do complete expressions (the test is not vacuous).
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn ordinary_words_are_turned_away() {
        let norm = normalize("قال الرئيس إن الحكومة ستعقد اجتماعا في 5 يناير");
        let toks = tokenize(&norm);
        let passed: Vec<&str> = toks
            .iter()
            .filter(|t| may_start(t))
            .map(|t| t.text)
            .collect();
        assert_eq!(passed, vec!["5", "يناير"]);
    }
}
