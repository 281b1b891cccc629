//! A folder of several stories in a real terminal (tmux), issue 18's hand-made mixed folder
//! (tests/fixtures/stories/handmade: four stories, two of them earthquakes in Morocco, grouped
//! by the real clustering): the story list first, a story opened in the four panes, `e`/Enter/`n` within it, Backspace back to the list with the
//! selection kept, and a search across stories whose `n` opens the next story with hits.
//!
//! FAILS when tmux is missing (`apt-get install tmux`; `.ci/run` installs it). The test runs
//! its own tmux server (`-L`, a name of its own). Waits poll the screen with a deadline.

use std::path::PathBuf;

mod common;
use common::tmux::Pane;

/// One tmux server running khabar on the hand-made mixed folder.
struct Tmux {
    pane: Pane,
    _dir: tempfile::TempDir,
}

impl std::ops::Deref for Tmux {
    type Target = Pane;
    fn deref(&self) -> &Pane {
        &self.pane
    }
}

impl Tmux {
    fn start(width: u16, height: u16, lang: &str) -> Tmux {
        let dir = tempfile::tempdir().expect("temp dir");
        let config = dir.path().join("config.toml");
        std::fs::write(&config, "").expect("write config");
        let folder =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories/handmade");
        let cmd = format!(
            "'{}' --config '{}' --lang {lang} '{}'; echo KHABAR-EXIT:$?; sleep 600",
            env!("CARGO_BIN_EXE_khabar"),
            config.display(),
            folder.display()
        );
        Tmux {
            pane: Pane::new(
                &format!("stories-{lang}"),
                width,
                height,
                &["sh", "-c", &cmd],
            ),
            _dir: dir,
        }
    }
}

/// `WORD i/N` in the status bar (the last row).
fn counter(screen: &str, word: &str) -> Option<(usize, usize)> {
    let status = screen.trim_end_matches('\n').lines().last()?;
    let at = status.find(&format!("{word} "))?;
    let rest = &status[at + word.len() + 1..];
    let (i, rest) = rest.split_once('/')?;
    let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((i.trim().parse().ok()?, n.parse().ok()?))
}

#[test]
fn pick_a_story_walk_it_go_back_and_search_across_stories() {
    let t = Tmux::start(120, 40, "en");
    // The list, once the grouping is refined (and the stories analysed).
    let s = t.wait_for("the refined story list", |s| {
        s.contains("Stories · ") && !s.contains("grouping") && counter(s, "story").is_some()
    });
    let (_, stories) = counter(&s, "story").expect("story i/N");
    assert_eq!(stories, 4, "four stories in the fixture:\n{s}");

    // The second story in the four panes.
    t.keys(&["j", "Enter"]);
    let s = t.wait_for("the story's panes", |s| {
        s.contains("Articles")
            && s.contains("Timeline")
            && counter(s, "story") == Some((2, stories))
    });
    let (_, sources) = counter(&s, "source").expect("source i/N");
    assert!(sources < 14, "only the story's articles:\n{s}");
    t.keys(&["e"]);
    t.wait_for("the story's entities", |s| {
        s.contains("Places (") || s.contains("People (") || s.contains("Organizations (")
    });
    t.keys(&["Enter"]);
    let s = t.wait_for("mention 1/N", |s| {
        counter(s, "mention").is_some_and(|(i, _)| i == 1)
    });
    let (_, mentions) = counter(&s, "mention").expect("mention i/N");
    t.keys(&["n"]);
    t.wait_for("the next mention", |s| {
        counter(s, "mention") == Some((2.min(mentions), mentions))
    });

    // Back to the list, the story just read still selected.
    t.keys(&["BSpace"]);
    t.wait_for("the list again", |s| {
        s.contains("Stories · ") && counter(s, "story") == Some((2, stories))
    });

    // Search every story for «الداخلية» (Morocco's interior ministry: in both earthquakes).
    t.keys(&["/"]);
    t.wait_for("the prompt", |s| s.contains("search all stories:"));
    t.keys(&["الداخلية", "Enter"]);
    let s = t.wait_for("hit 1/N", |s| {
        counter(s, "hit").is_some_and(|(i, _)| i == 1)
    });
    let (_, hits) = counter(&s, "hit").expect("hit i/N");
    assert!(hits >= 2, "{s}");
    let first = counter(&s, "story").expect("a story is open");
    for _ in 1..hits {
        t.keys(&["n"]);
    }
    let s = t.wait_for("the last hit", |s| counter(s, "hit") == Some((hits, hits)));
    let last = counter(&s, "story").expect("a story is open");
    assert_ne!(first, last, "the last hit is in another story:\n{s}");

    t.keys(&["q"]);
    t.wait_for("the exit", |s| s.contains("KHABAR-EXIT:0"));
}
