//! Descriptions read as names, dropped after the tagger (its input is unchanged):
//!
//! - a definite head with a nationality adjective (`النادي الفرنسي`, "the French club";
//!   `الشركة الأمريكية`): a description of an organization named elsewhere, not its name
//!   (the annotation guidelines: a bare head with an adjective is not a name);
//! - a country whose name is also its feminine nisba (`السعودية`) right after a definite
//!   feminine or plural noun (`الأندية السعودية`, `الحكومة السعودية`, `قناة “العربية”
//!   السعودية`): the adjective, not the country;
//! - an unlisted place that is a definite feminine nisba after such a noun (`السيولة
//!   الدولارية`, dollar liquidity);
//! - a person span opening with a staff role (`كتب: محرر الصحيفة`): a byline's role.
//!
//! Words in `assets/entity_cues.tsv`.

use super::cues::cues;
use super::recognize::Found;
use super::tokens::Token;
use crate::extract::EntityKind;

/// Is `f` a description, here in `tokens`?
fn description(tokens: &[Token], f: &Found) -> bool {
    let c = cues();
    match (f.kind, &*f.words) {
        (EntityKind::Organization, [head, adj]) => {
            c.has("description_head", head) && c.has("nationality", adj)
        }
        (EntityKind::Place, [w])
            if w.starts_with("ال")
                && (c.has("nationality", w) || (w.ends_with("يه") && !f.key.is_ascii())) =>
        {
            let Some(own) = tokens.get(f.first) else {
                return false;
            };
            let before = f.first.checked_sub(1).and_then(|i| tokens.get(i));
            // Joined, or only a closing quotation mark between (`“العربية” السعودية`).
            let joined =
                !own.boundary || before.is_some_and(|b| b.close_after && !own.comma_before);
            joined
                && own.reads.first().is_some_and(|(c, _)| *c == 0)
                && own.norm == *w
                && before.is_some_and(|b| {
                    b.norm.starts_with("ال") && (b.norm.ends_with('ه') || b.norm.ends_with("ات"))
                })
        }
        (EntityKind::Person, [first, ..]) => c.has("staff_role", first),
        _ => false,
    }
}

/// `names` (a paragraph's) without the descriptions.
pub fn drop_descriptions(tokens: &[Token], mut names: Vec<Found>) -> Vec<Found> {
    names.retain(|f| !description(tokens, f));
    names
}

#[cfg(test)]
mod tests {
    use crate::extract::EntityKind;

    #[test]
    fn a_head_with_a_nationality_a_nisba_after_a_noun_and_a_byline_role_are_no_names() {
        let f = crate::extract::entities::tests::found_in(&[
            "كتب: محرر الموقع",
            "وقال النادي الإيطالي في بيان إن اللاعب سيغادر، فيما تتنافس الأندية السعودية على ضمه.",
            "وأعلنت الحكومة السعودية أمس دعمها للاتفاق، وزار الوفد السعودية الشهر الماضي.",
        ]);
        assert!(!f.iter().any(|(_, n)| n.contains("محرر")), "{f:?}");
        assert!(!f.iter().any(|(_, n)| n == "النادي الإيطالي"), "{f:?}");
        let f = crate::extract::entities::tests::found_in(&[
            "وتعززت السيولة الدولارية في الأسواق بعد الصفقة.",
        ]);
        assert!(!f.iter().any(|(k, _)| *k == EntityKind::Place), "{f:?}");
        // The country stays where it is named: `زار الوفد السعودية`.
        let saudi = crate::extract::entities::extract(&crate::corpus::Corpus::from_bodies(&[&[
            "وأعلنت الحكومة السعودية أمس دعمها للاتفاق، وزار الوفد السعودية الشهر الماضي.",
            "وتتنافس الأندية السعودية على ضم اللاعبين.",
        ]]))
        .into_iter()
        .find(|e| e.kind == EntityKind::Place && e.name == "السعودية")
        .map_or(0, |e| e.mentions.len());
        assert_eq!(saudi, 1);
    }
}
