//! The comparison's parameters, read from `assets/compare.toml` (documented there and in
//! docs/compare.md).

use std::sync::OnceLock;

use serde::Deserialize;

/// Every tunable number and list of the comparison.
#[derive(Debug, Clone, Deserialize)]
pub struct Params {
    pub shingle: usize,
    pub min_shared_shingles: usize,
    pub max_shingle_paragraphs: usize,
    pub max_partners: usize,
    pub match_score: i32,
    pub mismatch_score: i32,
    pub gap_score: i32,
    pub min_words: usize,
    pub min_content_words: usize,
    pub min_quote_words: usize,
    pub min_similarity: f32,
    pub verbatim_similarity: f32,
    pub quote_share: f32,
    pub wholly_derived: f32,
    pub partially_derived: f32,
    pub twin_share: f32,
    pub clitic_letters: String,
    pub clitic_min_rest: usize,
    pub stopwords: String,
    #[serde(rename = "agency")]
    pub agencies: Vec<Agency>,
}

/// A news agency: its display name and the ways articles write it.
#[derive(Debug, Clone, Deserialize)]
pub struct Agency {
    pub name: String,
    pub forms: Vec<String>,
}

const BUNDLED: &str = include_str!("../../assets/compare.toml");

impl Params {
    /// Parse parameters from TOML text (the bundled file, or a test's variant).
    pub fn parse(text: &str) -> Result<Params, String> {
        let p: Params = toml::from_str(text).map_err(|e| e.to_string())?;
        if p.shingle == 0 || p.min_words == 0 {
            return Err("shingle and min_words must be at least 1".into());
        }
        Ok(p)
    }

    /// The bundled parameters.
    pub fn bundled() -> &'static Params {
        static P: OnceLock<Params> = OnceLock::new();
        P.get_or_init(|| {
            // The file is compiled in and `bundled_parameters_parse` checks it, so this cannot
            // fail in a tested build.
            Params::parse(BUNDLED).expect("assets/compare.toml is valid")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_parameters_parse() {
        let p = Params::parse(BUNDLED).unwrap();
        assert_eq!(p.agencies.len(), 6);
        assert!(p.min_similarity < p.verbatim_similarity);
        assert!(p.partially_derived < p.wholly_derived);
    }

    #[test]
    fn zero_sizes_are_refused() {
        let bad = BUNDLED.replace("shingle = 3", "shingle = 0");
        assert!(Params::parse(&bad).is_err());
    }
}
