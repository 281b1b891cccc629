//! `KHABAR_TIMING=FILE`: the reader appends `first_frame NS` once its first frame is on the
//! terminal and `analysed NS` once the frame with the analysis is, NS being Unix time in
//! nanoseconds. tools/bench-process.sh compares them with the time it launched the reader, so
//! launch-to-first-frame is measured on the real binary in a real terminal, without polling
//! the screen. Unset (the normal case), nothing is written; a file that cannot be written is
//! ignored, since this is a measurement aid and must never stop the reader.

use std::io::Write;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct Timing {
    file: Option<PathBuf>,
    first_frame: bool,
    analysed: bool,
}

impl Timing {
    pub fn from_env() -> Timing {
        Timing {
            file: std::env::var_os("KHABAR_TIMING").map(PathBuf::from),
            first_frame: false,
            analysed: false,
        }
    }

    /// A frame was drawn (and flushed); `with_analysis` when the analysis was in it.
    pub fn drawn(&mut self, with_analysis: bool) {
        if self.file.is_none() {
            return;
        }
        if !self.first_frame {
            self.first_frame = true;
            self.log("first_frame");
        }
        if with_analysis && !self.analysed {
            self.analysed = true;
            self.log("analysed");
        }
    }

    fn log(&self, what: &str) {
        let Some(path) = &self.file else { return };
        let ns = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            let _ = writeln!(f, "{what} {ns}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logs_each_instant_once_in_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("timing");
        let mut t = Timing {
            file: Some(path.clone()),
            first_frame: false,
            analysed: false,
        };
        t.drawn(false);
        t.drawn(false);
        t.drawn(true);
        t.drawn(true);
        let text = std::fs::read_to_string(&path).expect("written");
        let lines: Vec<(&str, u128)> = text
            .lines()
            .filter_map(|l| l.split_once(' '))
            .map(|(k, v)| (k, v.parse().expect("ns")))
            .collect();
        assert_eq!(
            lines.iter().map(|l| l.0).collect::<Vec<_>>(),
            ["first_frame", "analysed"]
        );
        assert!(lines[0].1 > 0 && lines[0].1 <= lines[1].1);
    }

    #[test]
    fn unset_writes_nothing() {
        let mut t = Timing {
            file: None,
            first_frame: false,
            analysed: false,
        };
        t.drawn(true);
        assert!(!t.first_frame);
    }
}
