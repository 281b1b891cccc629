//! The grouping's parameters, read from `assets/stories.toml` (documented there and in
//! docs/stories.md).

use std::sync::OnceLock;

use serde::Deserialize;

/// Every tunable number and list of the story grouping.
#[derive(Debug, Clone, Deserialize)]
pub struct Params {
    pub text_weight: f32,
    pub entity_weight: f32,
    pub date_weight: f32,
    pub threshold: f32,
    pub min_link: f32,
    pub idf_prior_docs: f32,
    pub max_df: usize,
    pub word_pairs: bool,
    pub title_weight: f32,
    pub lead_words: f32,
    pub window_days: i64,
    pub half_life_days: f32,
    pub stopwords: String,
}

const BUNDLED: &str = include_str!("../../assets/stories.toml");

impl Params {
    /// Parse parameters from TOML text (the bundled file, or a test's variant).
    pub fn parse(text: &str) -> Result<Params, String> {
        let p: Params = toml::from_str(text).map_err(|e| e.to_string())?;
        let weights = [p.text_weight, p.entity_weight, p.date_weight];
        if weights.iter().any(|w| w.is_nan() || *w < 0.0) || p.text_weight <= 0.0 {
            return Err("weights must be at least 0, and text_weight above 0".into());
        }
        if p.title_weight.is_nan()
            || p.title_weight <= 0.0
            || p.lead_words.is_nan()
            || p.lead_words < 0.0
        {
            return Err("title_weight must be above 0, lead_words at least 0".into());
        }
        if p.min_link.is_nan()
            || p.min_link < 0.0
            || p.max_df == 0
            || p.half_life_days.is_nan()
            || p.half_life_days <= 0.0
            || p.idf_prior_docs.is_nan()
            || p.idf_prior_docs <= 0.0
        {
            return Err(
                "max_df, half_life_days and idf_prior_docs must be above 0, min_link at least 0"
                    .into(),
            );
        }
        Ok(p)
    }

    /// The bundled parameters.
    pub fn bundled() -> &'static Params {
        static P: OnceLock<Params> = OnceLock::new();
        P.get_or_init(|| {
            // The file is compiled in and `bundled_parameters_parse` checks it, so this cannot
            // fail in a tested build.
            Params::parse(BUNDLED).expect("assets/stories.toml is valid")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_parameters_parse() {
        let p = Params::parse(BUNDLED).unwrap();
        assert!(p.threshold > 0.0 && p.threshold < 1.0);
        assert!(p.stopwords.split_whitespace().count() > 20);
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(Params::parse(&BUNDLED.replace("max_df = 50", "max_df = 0")).is_err());
        assert!(Params::parse(&BUNDLED.replace("text_weight = 0.6", "text_weight = 0")).is_err());
    }
}
