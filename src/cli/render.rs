//! `khabar render [--width N] [--no-shape] [FILE...]`: visual rows for a terminal (issue 3).

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::text::{LayoutOptions, layout_paragraph};

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// Row width in cells (default: the terminal's width, or 80).
    #[arg(long, short)]
    pub width: Option<usize>,
    /// Keep letters unshaped (logical forms), only reorder.
    #[arg(long)]
    pub no_shape: bool,
    /// Input files (default: standard input).
    pub files: Vec<PathBuf>,
}

pub fn run(args: RenderArgs) -> ExitCode {
    let width = args.width.unwrap_or_else(|| {
        if std::io::stdout().is_terminal() {
            crossterm::terminal::size()
                .map(|(w, _)| usize::from(w))
                .unwrap_or(80)
        } else {
            80
        }
    });
    let mut input = String::new();
    if args.files.is_empty() {
        if let Err(e) = std::io::stdin().read_to_string(&mut input) {
            eprintln!("khabar: standard input: {e}");
            return ExitCode::from(2);
        }
    } else {
        for f in &args.files {
            match std::fs::read_to_string(f) {
                Ok(s) => input.push_str(&s),
                Err(e) => {
                    eprintln!("khabar: {}: {e}", f.display());
                    return ExitCode::from(2);
                }
            }
        }
    }
    let opts = LayoutOptions {
        width,
        shape: !args.no_shape,
        direction: None,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for para in input.lines() {
        for line in layout_paragraph(para, &opts) {
            if writeln!(out, "{}", line.padded(width)).is_err() {
                return ExitCode::SUCCESS; // closed pipe: nothing more to say
            }
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}
