//! Folders and files that fight back (issue 12, item 6): a FIFO, a symlink to /dev/zero,
//! symlink loops, several links to one folder or file, files above the size limit. Loading
//! finishes, reads each article once, and names everything it skipped.

#![cfg(unix)]

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use khabar::corpus::{Corpus, LoadProblem};

const GOOD: &str = "وزير الخارجية يصل إلى بغداد\n\nوقال الوزير في مؤتمر صحفي إن الزيارة مهمة.\n";

/// Load on another thread: a walker that blocks (FIFO) or never ends (/dev/zero) fails the
/// test instead of hanging it.
fn load(paths: &[&Path]) -> (Corpus, Vec<LoadProblem>) {
    let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(khabar::corpus::load(&paths).expect("load"));
    });
    rx.recv_timeout(Duration::from_secs(60))
        .expect("loading finished within a minute")
}

fn reasons(problems: &[LoadProblem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn fifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().expect("utf-8")).expect("c string");
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
}

#[test]
fn fifo_and_device_links_are_skipped_and_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), GOOD).expect("write");
    fifo(&dir.path().join("pipe.txt"));
    symlink("/dev/zero", dir.path().join("zero.txt")).expect("symlink");
    symlink("/nonexistent", dir.path().join("dangling.txt")).expect("symlink");
    let (corpus, problems) = load(&[dir.path()]);
    assert_eq!(corpus.articles.len(), 1);
    let r = reasons(&problems);
    assert!(r.contains("pipe.txt: a FIFO: skipped"), "{r}");
    assert!(r.contains("zero.txt: a device: skipped"), "{r}");
    assert!(r.contains("dangling.txt: cannot read"), "{r}");
    assert_eq!(problems.len(), 3, "{r}");
    // Given by name, too.
    let (_, problems) = load(&[&dir.path().join("a.txt"), &dir.path().join("zero.txt")]);
    assert!(reasons(&problems).contains("a device"));
}

#[test]
fn symlink_loops_and_duplicate_links_read_each_article_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::create_dir(d.join("sub")).expect("mkdir");
    std::fs::write(d.join("a.txt"), GOOD).expect("write");
    std::fs::write(d.join("sub/b.txt"), GOOD).expect("write");
    symlink(".", d.join("self1")).expect("symlink");
    symlink(".", d.join("self2")).expect("symlink");
    symlink("..", d.join("sub/up")).expect("symlink");
    symlink("sub", d.join("sub_again")).expect("symlink");
    symlink("a.txt", d.join("a_link.txt")).expect("symlink");
    let (corpus, problems) = load(&[d]);
    let paths: Vec<&str> = corpus.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(corpus.articles.len(), 2, "{paths:?}");
    assert!(problems.is_empty(), "{}", reasons(&problems));
    // The same folder given twice, and a file inside it: still once each, and no error.
    let (corpus, _) = load(&[d, d, &d.join("a.txt")]);
    assert_eq!(corpus.articles.len(), 2);
}

#[test]
fn a_folders_own_readme_and_licence_are_not_articles_unless_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("a.txt"), GOOD).expect("write");
    std::fs::write(d.join("readme_not.md"), GOOD).expect("write");
    for name in [
        "README.md",
        "LICENSE.txt",
        "Changelog.md",
        "notice.txt",
        "SOURCES.md",
        "Notes.txt",
    ] {
        std::fs::write(
            d.join(name),
            "# Dataset\n\nScraped with tool X, CC BY 4.0.\n",
        )
        .expect("write");
    }
    let (corpus, problems) = load(&[d]);
    let paths: Vec<&str> = corpus.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(
        paths
            .iter()
            .all(|p| p.ends_with("a.txt") || p.ends_with("readme_not.md"))
    );
    assert!(problems.is_empty(), "{}", reasons(&problems));
    // Named on the command line, a README is read like any file.
    let (corpus, _) = load(&[&d.join("README.md")]);
    assert_eq!(corpus.articles.len(), 1);
}

#[test]
fn files_above_the_size_limit_are_refused_with_a_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), GOOD).expect("write");
    std::fs::write(dir.path().join("big.txt"), GOOD.repeat(100)).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["export", dir.path().to_str().expect("utf-8")])
        .env("KHABAR_MAX_FILE_SIZE", "2K")
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("big.txt: 12.6 KB, above the size limit of 2.0 KB"),
        "{err}"
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["articles"].as_array().map(Vec::len), Some(1));
    // A bad setting is a usage error, before anything is loaded.
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["export", dir.path().to_str().expect("utf-8")])
        .env("KHABAR_MAX_FILE_SIZE", "lots")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

/// `khabar export DIR` with a config file setting `config_size`, the environment `env_size`
/// and the extra arguments: exit code, articles exported, stderr.
fn export_with_limits(
    dir: &Path,
    config_size: &str,
    env_size: Option<&str>,
    args: &[&str],
) -> (Option<i32>, usize, String) {
    let config = dir.join("khabar.toml");
    std::fs::write(&config, format!("max_file_size = {config_size}\n")).expect("write config");
    let articles = dir.join("articles");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_khabar"));
    cmd.arg("export")
        .arg(&articles)
        .arg("--config")
        .arg(&config)
        .args(args)
        .env_remove("KHABAR_MAX_FILE_SIZE");
    if let Some(v) = env_size {
        cmd.env("KHABAR_MAX_FILE_SIZE", v);
    }
    let out = cmd.output().expect("run");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let count = serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .ok()
        .and_then(|d| d["articles"].as_array().map(Vec::len))
        .unwrap_or(0);
    (out.status.code(), count, err)
}

#[test]
fn the_size_limit_is_set_by_flag_over_environment_over_config() {
    let dir = tempfile::tempdir().expect("tempdir");
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).expect("mkdir");
    std::fs::write(articles.join("a.txt"), GOOD).expect("write");
    // 12.6 KB: above 2K, below 1M.
    std::fs::write(articles.join("big.txt"), GOOD.repeat(100)).expect("write");
    let d = dir.path();

    // The config alone decides; as a size or as a number of bytes.
    let (code, n, err) = export_with_limits(d, "\"2K\"", None, &[]);
    assert_eq!((code, n), (Some(0), 1), "{err}");
    assert!(
        err.contains("big.txt: 12.6 KB, above the size limit of 2.0 KB"),
        "{err}"
    );
    let (code, n, err) = export_with_limits(d, "2048", None, &[]);
    assert_eq!((code, n), (Some(0), 1), "{err}");
    let (code, n, err) = export_with_limits(d, "\"1M\"", None, &[]);
    assert_eq!((code, n), (Some(0), 2), "{err}");
    // The environment wins over the config.
    let (code, n, err) = export_with_limits(d, "\"2K\"", Some("1M"), &[]);
    assert_eq!((code, n), (Some(0), 2), "{err}");
    let (code, n, err) = export_with_limits(d, "\"1M\"", Some("2K"), &[]);
    assert_eq!((code, n), (Some(0), 1), "{err}");
    // The command line wins over both, before or after the subcommand's path.
    let (code, n, err) = export_with_limits(d, "\"2K\"", Some("2K"), &["--max-file-size", "1M"]);
    assert_eq!((code, n), (Some(0), 2), "{err}");
    let (code, n, err) = export_with_limits(d, "\"1M\"", Some("1M"), &["--max-file-size=2k"]);
    assert_eq!((code, n), (Some(0), 1), "{err}");

    // A bad value anywhere is a usage error that reads nothing, and says where it is.
    let (code, n, err) = export_with_limits(d, "\"1M\"", None, &["--max-file-size", "lots"]);
    assert_eq!((code, n), (Some(2), 0));
    assert!(
        err.contains("--max-file-size") && err.contains("64M"),
        "{err}"
    );
    let (code, n, err) = export_with_limits(d, "\"1M\"", None, &["--max-file-size", "0"]);
    assert_eq!((code, n), (Some(2), 0), "{err}");
    let (code, n, err) = export_with_limits(d, "\"lots\"", None, &[]);
    assert_eq!((code, n), (Some(2), 0));
    assert!(
        err.contains("khabar.toml:1: max_file_size: expected a size such as \"64M\""),
        "{err}"
    );
    // The flag does not excuse a bad config: every setting is checked.
    let (code, _, err) = export_with_limits(d, "\"lots\"", None, &["--max-file-size", "1M"]);
    assert_eq!(code, Some(2), "{err}");
}

#[test]
fn help_documents_the_size_limit() {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("--help")
        .output()
        .expect("run");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("--max-file-size <SIZE>"), "{help}");
    assert!(help.contains("KHABAR_MAX_FILE_SIZE"), "{help}");
    assert!(help.contains("max_file_size"), "{help}");
}

#[test]
fn a_scrapers_day_in_the_file_name_dates_an_article_whose_text_does_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("site_20150724_177.txt"), GOOD).expect("write");
    // The text's own date line wins over the name.
    let dated = "وزير الخارجية يصل إلى بغداد\n\nنشر في 2015-07-20\n\nوقال الوزير في مؤتمر صحفي إن الزيارة مهمة.\n";
    std::fs::write(d.join("site_20150725_15.txt"), dated).expect("write");
    std::fs::write(d.join("site_12345678.txt"), GOOD).expect("write");
    let (corpus, _) = load(&[d]);
    let date = |end: &str| {
        corpus
            .articles
            .iter()
            .find(|a| a.path.ends_with(end))
            .map(|a| a.published.map(|p| p.to_string()))
    };
    assert_eq!(
        date("site_20150724_177.txt"),
        Some(Some("2015-07-24".into()))
    );
    assert_eq!(
        date("site_20150725_15.txt"),
        Some(Some("2015-07-20".into()))
    );
    assert_eq!(date("site_12345678.txt"), Some(None));
}
