//! Loading articles from files and folders: formats, encodings, metadata, boilerplate.
//!
//! Everything downstream works on [`Corpus`]; nothing else reads files. A bad file never stops
//! the others: it becomes a [`LoadProblem`] naming the file and the reason.

mod assemble;
mod classify;
mod copyright;
mod credits;
mod datelines;
mod dates;
mod decode;
mod direction;
mod file_name;
mod formats;
mod furniture;
mod html;
mod html_depth;
pub mod language;
mod lines;
mod long_lines;
mod markdown;
mod markers;
mod meta;
mod model;
mod openers;
mod site_name;
mod under_headline;
mod walk;
mod wire_dateline;

pub use direction::{article_is_rtl, paragraph_direction};
pub use model::{Article, Corpus, LoadProblem, Paragraph, ParagraphKind, Severity};
pub use walk::{DEFAULT_MAX_FILE_SIZE, max_file_size, parse_size, set_max_file_size};

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use assemble::{Given, assemble};
use formats::Doc;

/// Why loading failed as a whole (exit code 2). Per-file problems are [`LoadProblem`]s instead.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: no such file or folder")]
    Missing { path: PathBuf },
    #[error("{path}: no readable article")]
    Empty { path: PathBuf },
}

/// File extensions read inside folders.
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "json", "jsonl", "html", "htm"];

/// The bundled articles (assets/articles), embedded in the binary.
pub fn bundled() -> Corpus {
    let files: [(&str, &[u8]); 5] = [
        (
            "000_78b582a1d79e79b6.txt",
            include_bytes!("../../assets/articles/000_78b582a1d79e79b6.txt"),
        ),
        (
            "001_5b4b59b2edf3ac18.txt",
            include_bytes!("../../assets/articles/001_5b4b59b2edf3ac18.txt"),
        ),
        (
            "002_6e0e75a60da96bca.txt",
            include_bytes!("../../assets/articles/002_6e0e75a60da96bca.txt"),
        ),
        (
            "003_38fa34c291c889c0.txt",
            include_bytes!("../../assets/articles/003_38fa34c291c889c0.txt"),
        ),
        (
            "004_69a4e039fec93b87.txt",
            include_bytes!("../../assets/articles/004_69a4e039fec93b87.txt"),
        ),
    ];
    let mut loader = Loader::default();
    for (name, bytes) in files {
        loader.add_bytes(Path::new("assets/articles").join(name).as_path(), bytes);
    }
    loader.corpus
}

/// Load every path (files, or folders read recursively in name order).
///
/// Returns the corpus and the per-file problems (each names the file and the reason). The
/// bundled articles when `paths` is empty.
pub fn load(paths: &[PathBuf]) -> Result<(Corpus, Vec<LoadProblem>), LoadError> {
    load_with_progress(paths, &mut |_, _| {})
}

/// [`load`], calling `progress(files read, files found)` as it goes (for a progress bar).
pub fn load_with_progress(
    paths: &[PathBuf],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(Corpus, Vec<LoadProblem>), LoadError> {
    let mut corpus = Corpus::default();
    let problems = load_streaming(paths, progress, &mut |new| corpus.articles.extend(new))?;
    Ok((corpus, problems))
}

/// [`load_with_progress`] handing the articles over as they are loaded, in corpus order (ids
/// already unique), so a reader can show them while the rest load; returns the per-file
/// problems. Files are read on every core; `articles` gets each file's articles once every
/// file before it is in.
pub fn load_streaming(
    paths: &[PathBuf],
    progress: &mut dyn FnMut(usize, usize),
    articles: &mut dyn FnMut(Vec<Article>),
) -> Result<Vec<LoadProblem>, LoadError> {
    if paths.is_empty() {
        articles(bundled().articles);
        return Ok(Vec::new());
    }
    let mut loader = Loader::default();
    for path in paths {
        if !path.exists() {
            return Err(LoadError::Missing { path: path.clone() });
        }
    }
    // Find every file first, so progress has a total.
    // Only regular files, each folder once, within the size limit (walk.rs).
    let mut walker = walk::Walker::default();
    let mut found: Vec<(PathBuf, Vec<PathBuf>)> = Vec::new();
    // Paths whose every folder was already read (`khabar x x`): not an empty folder.
    let mut repeated = HashSet::new();
    for path in paths {
        let (files, new) = walker.path(path);
        if !new {
            repeated.insert(path.clone());
        }
        found.push((path.clone(), files));
    }
    loader.problems.append(&mut walker.problems);
    let files: Vec<&Path> = found
        .iter()
        .flat_map(|(_, f)| f.iter().map(PathBuf::as_path))
        .collect();
    // Articles handed over after each file, to tell an empty folder afterwards.
    let mut after = Vec::with_capacity(files.len());
    let mut total = 0;
    read_all(&files, progress, &mut |load| {
        loader.accept(load);
        let new = std::mem::take(&mut loader.corpus.articles);
        total += new.len();
        after.push(total);
        if !new.is_empty() {
            articles(new);
        }
    });
    let mut first = 0;
    for (path, files) in &found {
        let count = |k: usize| {
            if k == 0 {
                0
            } else {
                after.get(k - 1).copied().unwrap_or(0)
            }
        };
        let (before, end) = (count(first), count(first + files.len()));
        first += files.len();
        if end == before && path.is_dir() && !repeated.contains(path) {
            for p in &loader.problems {
                crate::text::controls::warn(format_args!("{p}"));
            }
            return Err(LoadError::Empty { path: path.clone() });
        }
    }
    if total == 0 {
        let path = paths.first().cloned().unwrap_or_default();
        for p in &loader.problems {
            crate::text::controls::warn(format_args!("{p}"));
        }
        return Err(LoadError::Empty { path });
    }
    Ok(loader.problems)
}

fn ext(p: &Path) -> Option<String> {
    p.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// A file (or line) left out.
fn problem(path: &Path, line: Option<usize>, reason: &str) -> LoadProblem {
    LoadProblem {
        path: path.display().to_string(),
        line,
        reason: reason.to_string(),
        severity: Severity::Skipped,
    }
}

/// A file loaded with a caveat.
fn warning(path: &Path, reason: &str) -> LoadProblem {
    LoadProblem {
        severity: Severity::Warning,
        ..problem(path, None, reason)
    }
}

#[derive(Default)]
struct Loader {
    corpus: Corpus,
    problems: Vec<LoadProblem>,
    ids: HashSet<String>,
}

impl Loader {
    fn add_bytes(&mut self, path: &Path, bytes: &[u8]) {
        let mut load = FileLoad::default();
        load.add_bytes(path, bytes);
        self.accept(load);
    }

    /// Take one file's articles and problems, in order; repeated ids get a suffix.
    fn accept(&mut self, load: FileLoad) {
        for item in load.0 {
            let mut article = match item {
                Ok(a) => a,
                Err(p) => {
                    self.problems.push(p);
                    continue;
                }
            };
            // Ids are unique within a corpus: a repeated one gets a suffix.
            let base = article.id.clone();
            let mut n = 2;
            while !self.ids.insert(article.id.clone()) {
                article.id = format!("{base}-{n}");
                n += 1;
            }
            self.corpus.articles.push(article);
        }
    }
}

/// Read every file, on every core (each file is independent; loading is all of the time to
/// the reader's first frame), calling `progress` from this thread as files are done and
/// `ready` with each file's load in the order given, as soon as every file before it is read.
fn read_all(
    files: &[&Path],
    progress: &mut dyn FnMut(usize, usize),
    ready: &mut dyn FnMut(FileLoad),
) {
    let total = files.len();
    let slots: Vec<Mutex<Option<FileLoad>>> = files.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    // Take the next unread file; false when none is left.
    let work = || {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let (Some(file), Some(slot)) = (files.get(i), slots.get(i)) else {
            return false;
        };
        let load = FileLoad::read(file);
        if let Ok(mut s) = slot.lock() {
            *s = Some(load);
        }
        done.fetch_add(1, Ordering::Relaxed);
        true
    };
    // Hand over the loads read so far, in order; `wait`: all are read (a slot a panicking
    // reader left empty counts as a file with nothing in it).
    let mut handed = 0;
    let mut hand_over = |wait: bool| {
        while let Some(slot) = slots.get(handed) {
            let taken = slot.lock().ok().and_then(|mut s| s.take());
            match taken {
                Some(load) => ready(load),
                None if wait => ready(FileLoad::default()),
                None => return,
            }
            handed += 1;
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 1..threads.min(total) {
            scope.spawn(|| while work() {});
        }
        while work() {
            progress(done.load(Ordering::Relaxed), total);
            hand_over(false);
        }
    });
    progress(total, total);
    hand_over(true);
}

/// One file's articles (ids not yet made unique across the corpus) and problems, in order.
#[derive(Default)]
struct FileLoad(Vec<Result<Article, LoadProblem>>);

impl FileLoad {
    fn read(path: &Path) -> FileLoad {
        let mut load = FileLoad::default();
        match walk::read_bounded(path) {
            Ok(bytes) => load.add_bytes(path, &bytes),
            Err(e) => load.problem(problem(path, None, &format!("cannot read: {e}"))),
        }
        load
    }

    /// A problem, in order among the file's articles.
    fn problem(&mut self, p: LoadProblem) {
        self.0.push(Err(p));
    }

    fn add_bytes(&mut self, path: &Path, bytes: &[u8]) {
        let is_html = matches!(ext(path).as_deref(), Some("html" | "htm"));
        let decoded = if is_html {
            decode::decode_html(bytes)
        } else {
            decode::decode(bytes)
        };
        let text = match decoded {
            Ok(d) => {
                if let Some(w) = d.warning {
                    self.problem(warning(path, &w));
                }
                d.text
            }
            Err(e) => return self.problem(problem(path, None, &e.to_string())),
        };
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("article")
            .to_string();
        match ext(path).as_deref() {
            Some("json") => match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(serde_json::Value::Array(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        match formats::json_object(item) {
                            Ok(doc) => self.push(path, format!("{stem}-{}", i + 1), doc),
                            Err(e) => {
                                self.problem(problem(path, None, &format!("item {}: {e}", i + 1)))
                            }
                        }
                    }
                }
                Ok(v) => match formats::json_object(&v) {
                    Ok(doc) => self.push(path, stem, doc),
                    Err(e) => self.problem(problem(path, None, &e)),
                },
                Err(e) => self.problem(problem(path, None, &format!("malformed JSON: {e}"))),
            },
            Some("jsonl") => {
                for (i, line) in text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty())
                {
                    let doc = serde_json::from_str::<serde_json::Value>(line)
                        .map_err(|e| format!("malformed JSON: {e}"))
                        .and_then(|v| formats::json_object(&v));
                    match doc {
                        Ok(doc) => self.push(path, format!("{stem}-{}", i + 1), doc),
                        Err(e) => self.problem(problem(path, Some(i + 1), &e)),
                    }
                }
            }
            Some("html" | "htm") => {
                // Nesting bounded first: the HTML parser is quadratic in depth.
                let (text, dropped) = html_depth::bounded(&text);
                if dropped > 0 {
                    let why = format!(
                        "HTML nested deeper than {} elements: {dropped} inner tags ignored \
                         (their text is kept)",
                        html_depth::MAX_DEPTH
                    );
                    self.problem(warning(path, &why));
                }
                let (doc, described) = html::html_page(&text);
                if doc.paragraphs.is_empty() {
                    self.problem(problem(path, None, "no text in the HTML"));
                } else {
                    if described {
                        let why = "no text in the HTML outside its scripts: its description \
                                   is shown as the text";
                        self.problem(warning(path, why));
                    }
                    self.push(path, stem, doc);
                }
            }
            Some("md" | "markdown") => self.push(path, stem, markdown::markdown(&text)),
            _ => self.push(path, stem, formats::plain(&text)),
        }
    }

    fn push(&mut self, path: &Path, id: String, doc: Doc) {
        let Doc {
            paragraphs,
            boilerplate,
            given,
        } = doc;
        let given = Given {
            id: given.id.clone().or(Some(id)),
            ..given
        };
        let article = assemble(
            String::new(),
            path.display().to_string(),
            paragraphs,
            &boilerplate,
            given,
        );
        if article.paragraphs.is_empty() {
            return self.problem(problem(path, None, "no text"));
        }
        if let Some(language) = article.language.name() {
            let why = format!(
                "{language} text: shown, but names and dates are read only in Arabic (none listed)"
            );
            self.problem(warning(path, &why));
        }
        self.0.push(Ok(article));
    }
}
