//! UI strings in English and Arabic from one table (assets/i18n.tsv).

use std::collections::HashMap;
use std::sync::OnceLock;

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ar,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "en" => Some(Lang::En),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }

    /// Arabic when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set) starts with `ar`.
    pub fn from_env() -> Lang {
        let v = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        if v.is_some_and(|v| v.starts_with("ar")) {
            Lang::Ar
        } else {
            Lang::En
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }
}

fn table() -> &'static HashMap<&'static str, (&'static str, &'static str)> {
    static T: OnceLock<HashMap<&'static str, (&'static str, &'static str)>> = OnceLock::new();
    T.get_or_init(|| {
        include_str!("../assets/i18n.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?, (cols.next()?, cols.next()?)))
            })
            .collect()
    })
}

/// The UI string `key` in `lang` (the key itself if the table lacks it).
pub fn tr(lang: Lang, key: &'static str) -> &'static str {
    match (table().get(key), lang) {
        (Some((en, _)), Lang::En) => en,
        (Some((_, ar)), Lang::Ar) => ar,
        (None, _) => key,
    }
}

/// How an outlet is shown everywhere (reader and batch output): its name, or `unknown
/// outlet` in `lang` when none was found (the export keeps `null` instead). Where articles are
/// listed as sources, `screen::sources` names one without an outlet by its own name instead.
pub fn outlet_shown(lang: Lang, outlet: &str) -> &str {
    if outlet.trim().is_empty() {
        tr(lang, "unknown_outlet")
    } else {
        outlet
    }
}

/// `items` joined as a list in `lang`: `a، b` in Arabic, `a, b` in English (the comma from
/// the table, a space after it).
pub fn join_list<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let sep = format!("{} ", tr(lang, "comma"));
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<&str>>()
        .join(&sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages() {
        assert_eq!(tr(Lang::En, "mention"), "mention");
        assert_eq!(tr(Lang::Ar, "mention"), "الذكر");
        assert!(
            table()
                .values()
                .all(|(en, ar)| !en.is_empty() && !ar.is_empty())
        );
    }

    #[test]
    fn an_unknown_outlet_is_named_in_both_languages() {
        assert_eq!(outlet_shown(Lang::En, ""), "unknown outlet");
        assert_eq!(outlet_shown(Lang::Ar, " "), "مصدر غير معروف");
        assert_eq!(outlet_shown(Lang::Ar, "الجزيرة"), "الجزيرة");
    }

    #[test]
    fn a_list_takes_the_comma_of_its_language() {
        assert_eq!(join_list(Lang::En, &["a", "b"]), "a, b");
        assert_eq!(join_list(Lang::Ar, &["أ", "ب"]), "أ، ب");
        assert_eq!(join_list::<&str>(Lang::En, &[]), "");
    }
}
