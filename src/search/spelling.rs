//! Spelling variation a search forgives beyond normalization: attached proclitics, optional
//! long-vowel letters in loanwords and names, and `عبد` joined to the name after it.

/// Proclitic chains a word may carry (normalized spelling): conjunctions و ف, prepositions
/// ب ل ك, the article ال, and their combinations. Tried as an alternative, never forced.
pub(super) const PROCLITICS: &[&str] = &[
    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "وب", "فب", "ول", "فل", "وك",
    "فك", "وبال", "فبال", "وكال", "فكال",
];

/// `ل` + `ال` is written `لل` (للعراق = ل + العراق): the chains that end in it, for a query
/// word that starts with `ال`.
pub(super) const LAM_AL: &[&str] = &["لل", "ولل", "فلل"];

/// Loanwords and names are written with or without long-vowel letters (`الأمريكية` /
/// `الأميركية`, `بريطانيا`): a query word of five letters or more that has و or ي inside it
/// also matches words with the same letters once inner و/ي are set aside. Shorter words match
/// exactly, so `عراق` never finds `عرق`.
pub(super) fn is_fuzzy(word: &str) -> bool {
    word.chars().count() >= 5 && skeleton(word) != word
}

/// `word` without the و and ي between its first and last letters.
pub(super) fn skeleton(word: &str) -> String {
    skeleton_chars(word).collect()
}

/// [`skeleton`] without allocating: it runs once per word of the corpus on fuzzy queries.
fn skeleton_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    let n = word.chars().count();
    word.chars()
        .enumerate()
        .filter(move |&(i, c)| i == 0 || i + 1 == n || !matches!(c, 'و' | 'ي'))
        .map(|(_, c)| c)
}

/// Does `word`'s skeleton equal (or, with `prefix`, start with) `skel`?
pub(super) fn skeleton_matches(word: &str, skel: &str, prefix: bool) -> bool {
    let mut it = skeleton_chars(word);
    for c in skel.chars() {
        if it.next() != Some(c) {
            return false;
        }
    }
    prefix || it.next().is_none()
}

/// Where a name made with `عبد` splits, when it is written joined (`عبدالفتاح`, after a
/// proclitic chain too: `وعبدالله`): the byte offset where the name after `عبد` begins. Outlets,
/// and often one article, write `عبد الفتاح` and `عبدالفتاح` both; index and query split the
/// joined form alike, so either spelling finds both — the rule the entity link reads names by
/// (`canonical_spelling`). The rest must be definite and four letters or more: `عبده` (Abduh),
/// `عبدو` and `عبدان` are words of their own.
pub(super) fn abd_split(word: &str) -> Option<usize> {
    PROCLITICS.iter().find_map(|c| {
        let rest = word.strip_prefix(c)?.strip_prefix("عبد")?;
        (rest.starts_with("ال") && rest.chars().count() >= 4).then(|| word.len() - rest.len())
    })
}
