//! Finding and reading article files: folders that fight back (issue 12, item 6).
//!
//! Only regular files are read (a symlink to one is fine): a FIFO would block forever and a
//! link to `/dev/zero` never end, so anything else is skipped and named. No folder is entered
//! twice — folders are known by device and inode, so two symlinks to `.` or a loop further
//! down cost one visit — and no file is read twice. A file above the size limit
//! ([`set_max_file_size`]: `--max-file-size`, `KHABAR_MAX_FILE_SIZE` or the config's
//! `max_file_size`) is refused with a message, and reading
//! stops at the limit even if the file grows meanwhile. Every skipped entry is a
//! [`LoadProblem`], so the reader's status counts it.

use std::collections::HashSet;
use std::fs::Metadata;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::{EXTENSIONS, LoadProblem, ext, problem};

/// Default size limit for one file: far above any article or saved page (a large news page
/// with its scripts is a few MB), low enough that a wrong file cannot exhaust memory.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

static MAX_FILE_SIZE: AtomicU64 = AtomicU64::new(DEFAULT_MAX_FILE_SIZE);

/// Set the size limit for the files loaded from now on (bytes).
pub fn set_max_file_size(bytes: u64) {
    MAX_FILE_SIZE.store(bytes, Ordering::Relaxed);
}

/// The size limit in force.
pub fn max_file_size() -> u64 {
    MAX_FILE_SIZE.load(Ordering::Relaxed)
}

/// A size limit as written by a user: bytes, or with a `K`, `M` or `G` suffix (`200M`,
/// `512k`); `None` for anything else, zero (which would refuse every file) included.
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (digits, unit) = match s.strip_suffix(['k', 'K']) {
        Some(d) => (d, 1 << 10),
        None => match s.strip_suffix(['m', 'M']) {
            Some(d) => (d, 1 << 20),
            None => match s.strip_suffix(['g', 'G']) {
                Some(d) => (d, 1 << 30),
                None => (s, 1),
            },
        },
    };
    let digits = digits.trim();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits
        .parse::<u64>()
        .ok()?
        .checked_mul(unit)
        .filter(|&b| b > 0)
}

/// `64 MB`, `512 KB`, `12 bytes`.
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / f64::from(1 << 20)),
        b if b >= 1 << 10 => format!("{:.1} KB", b as f64 / 1024.0),
        b => format!("{b} bytes"),
    }
}

/// A file or folder's identity: device and inode.
#[cfg(unix)]
fn identity(m: &Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(_: &Metadata) -> Option<(u64, u64)> {
    None
}

/// What kind of thing a non-regular, non-folder entry is, for the message.
#[cfg(unix)]
fn kind(m: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = m.file_type();
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn kind(_: &Metadata) -> &'static str {
    "not a regular file"
}

/// The files to load, found from the paths given (files, or folders read recursively in name
/// order); what is skipped goes to `problems`.
#[derive(Default)]
pub struct Walker {
    seen: HashSet<(u64, u64)>,
    pub problems: Vec<LoadProblem>,
}

impl Walker {
    /// A path given on the command line (a file is read whatever its extension): its files,
    /// and whether it was new (not a folder or file already read).
    pub fn path(&mut self, path: &Path) -> (Vec<PathBuf>, bool) {
        let mut out = Vec::new();
        let new = match std::fs::metadata(path) {
            Ok(m) => {
                let new = identity(&m).is_none_or(|id| !self.seen.contains(&id));
                if m.is_dir() {
                    self.dir(path, &m, &mut out);
                } else {
                    self.file(path, &m, &mut out);
                }
                new
            }
            Err(e) => {
                let why = format!("cannot read: {e}");
                self.problems.push(problem(path, None, &why));
                true
            }
        };
        (out, new)
    }

    fn first_visit(&mut self, m: &Metadata) -> bool {
        identity(m).is_none_or(|id| self.seen.insert(id))
    }

    fn file(&mut self, path: &Path, m: &Metadata, out: &mut Vec<PathBuf>) {
        if !m.is_file() {
            let why = format!("{}: skipped (only regular files are read)", kind(m));
            return self.problems.push(problem(path, None, &why));
        }
        let limit = max_file_size();
        if m.len() > limit {
            let why = format!(
                "{}, above the size limit of {} (--max-file-size): skipped",
                size(m.len()),
                size(limit)
            );
            return self.problems.push(problem(path, None, &why));
        }
        // The same file through a second link is the same article.
        if self.first_visit(m) {
            out.push(path.to_path_buf());
        }
    }

    fn dir(&mut self, dir: &Path, m: &Metadata, out: &mut Vec<PathBuf>) {
        if !self.first_visit(m) {
            // A symlink loop or a second link to a folder already read: nothing new there.
            return;
        }
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                let why = format!("cannot read folder: {e}");
                return self.problems.push(problem(dir, None, &why));
            }
        };
        entries.sort();
        for p in entries {
            let hidden = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            let article =
                ext(&p).is_some_and(|e| EXTENSIONS.contains(&e.as_str())) && !is_project_file(&p);
            match std::fs::metadata(&p) {
                Ok(m) if m.is_dir() => self.dir(&p, &m, out),
                Ok(m) if article => self.file(&p, &m, out),
                Ok(_) => {}
                Err(e) if article => {
                    let why = format!("cannot read: {e}");
                    self.problems.push(problem(&p, None, &why));
                }
                // A broken link with another name is not an article either.
                Err(_) => {}
            }
        }
    }
}

/// A folder's own documentation (`README.md`, `LICENSE.txt`, `CHANGELOG.md`, a `SOURCES.md` list
/// of where the articles came from, `NOTES.txt`…): a dataset or a scraper's output folder
/// carries one beside its articles, and read as an article it became a story of its own in the
/// reader. Only inside folders; a file named on the command line is read.
fn is_project_file(path: &Path) -> bool {
    const NAMES: &[&str] = &[
        "readme",
        "license",
        "licence",
        "notice",
        "changelog",
        "changes",
        "contributing",
        "authors",
        "copying",
        "sources",
        "notes",
        "credits",
        "citation",
        "manifest",
        "todo",
    ];
    path.file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_ascii_lowercase)
        .is_some_and(|s| NAMES.contains(&s.as_str()))
}

/// Read a file found by [`Walker`], never more than the size limit (a file may grow after
/// it was measured).
pub fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    let limit = max_file_size();
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::other(format!(
            "grew above the size limit of {} while being read",
            size(limit)
        )));
    }
    Ok(bytes)
}
