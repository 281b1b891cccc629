//! Loading articles from files and folders: formats, encodings, metadata, boilerplate.
//!
//! Everything downstream works on [`Corpus`]; nothing else reads files.

mod model;

pub use model::{Article, Corpus, LoadProblem, Paragraph, ParagraphKind};

use std::path::PathBuf;

/// Why loading failed as a whole (exit code 2). Per-file problems are [`LoadProblem`]s instead.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: no such file or folder")]
    Missing { path: PathBuf },
    #[error("{path}: no readable article")]
    Empty { path: PathBuf },
}

/// The bundled articles (assets/articles), embedded in the binary.
pub fn bundled() -> Corpus {
    // Placeholder until the loaders land (issue 2): one body paragraph per line.
    let files: [(&str, &str); 5] = [
        (
            "000_78b582a1d79e79b6",
            include_str!("../../assets/articles/000_78b582a1d79e79b6.txt"),
        ),
        (
            "001_5b4b59b2edf3ac18",
            include_str!("../../assets/articles/001_5b4b59b2edf3ac18.txt"),
        ),
        (
            "002_6e0e75a60da96bca",
            include_str!("../../assets/articles/002_6e0e75a60da96bca.txt"),
        ),
        (
            "003_38fa34c291c889c0",
            include_str!("../../assets/articles/003_38fa34c291c889c0.txt"),
        ),
        (
            "004_69a4e039fec93b87",
            include_str!("../../assets/articles/004_69a4e039fec93b87.txt"),
        ),
    ];
    let articles = files
        .iter()
        .map(|(id, text)| {
            let paragraphs: Vec<Paragraph> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| Paragraph {
                    text: l.to_string(),
                    kind: ParagraphKind::Body,
                })
                .collect();
            Article {
                id: (*id).to_string(),
                path: format!("assets/articles/{id}.txt"),
                outlet: String::new(),
                title: paragraphs
                    .first()
                    .map(|p| p.text.clone())
                    .unwrap_or_default(),
                published: None,
                url: None,
                paragraphs,
            }
        })
        .collect();
    Corpus { articles }
}

/// Load every path (files, or folders read recursively in name order).
///
/// Returns the corpus and the per-file problems (each names the file and the reason).
pub fn load(paths: &[PathBuf]) -> Result<(Corpus, Vec<LoadProblem>), LoadError> {
    match paths.first() {
        None => Ok((bundled(), Vec::new())),
        Some(p) => Err(LoadError::Missing { path: p.clone() }),
    }
}
