//! `khabar render [--width N] [--no-shape] [FILE...]`: visual rows for a terminal (issue 3).
//!
//! Each input line is one paragraph; every row is printed padded to exactly N cells, in visual
//! order, shaped, with no bidi controls, so any terminal shows it right. An empty paragraph is
//! one blank row.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::text::{LayoutOptions, RowWriter};

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// Row width in cells (default: the terminal's width, or 80).
    #[arg(long, short, value_parser = super::parse_width)]
    pub width: Option<usize>,
    /// Keep letters unshaped (logical forms), only reorder.
    #[arg(long)]
    pub no_shape: bool,
    /// Layout threads (default: one per core, at most 8). Hidden: for benchmarks, e.g.
    /// `--threads 1` to compare one core with FriBidi (tools/bench-render.sh).
    #[arg(long, hide = true, value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// Input files (default: standard input).
    pub files: Vec<PathBuf>,
}

pub fn run(args: RenderArgs) -> ExitCode {
    let width = super::output_width(args.width);
    if width == 0 {
        crate::cli::warn(format_args!("--width must be at least 1"));
        return ExitCode::from(2);
    }
    let opts = LayoutOptions {
        width,
        shape: !args.no_shape,
        direction: None,
    };
    let threads = args.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
        usize::from,
    );
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut status = ExitCode::SUCCESS;
    if args.files.is_empty() {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            crate::cli::warn(format_args!("standard input: {e}"));
            return ExitCode::from(2);
        }
        if let Err(e) = render(&decode(bytes, "standard input"), &opts, threads, &mut out) {
            return super::write_failed(&e);
        }
    } else {
        for f in &args.files {
            let bytes = match std::fs::read(f) {
                Ok(b) => b,
                Err(e) => {
                    crate::cli::warn(format_args!("{}: {e}", f.display()));
                    status = ExitCode::from(2);
                    continue;
                }
            };
            let text = decode(bytes, &f.display().to_string());
            if let Err(e) = render(&text, &opts, threads, &mut out) {
                return super::write_failed(&e);
            }
        }
    }
    if let Err(e) = out.flush() {
        return super::write_failed(&e);
    }
    status
}

/// UTF-8 text; invalid bytes become U+FFFD with a warning naming the input.
fn decode(bytes: Vec<u8>, name: &str) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            crate::cli::warn(format_args!(
                "{name}: not valid UTF-8 (first bad byte at offset {}); \
                 invalid bytes shown as U+FFFD",
                e.utf8_error().valid_up_to()
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

/// Write the rows of every line of `text`. Paragraphs are independent, so a long input is
/// split into one contiguous chunk per thread, laid out in parallel and written in order.
fn render(
    text: &str,
    opts: &LayoutOptions,
    threads: usize,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let paras: Vec<&str> = text.lines().collect();
    if threads < 2 || paras.len() < 256 {
        // One thread: stream the rows out a buffer at a time (no output-sized allocation).
        const FLUSH_AT: usize = 1 << 16;
        let mut writer = RowWriter::default();
        let mut buf = String::with_capacity(FLUSH_AT + 4096);
        for para in &paras {
            writer.write(para, opts, &mut buf);
            if buf.len() >= FLUSH_AT {
                out.write_all(buf.as_bytes())?;
                buf.clear();
            }
        }
        return out.write_all(buf.as_bytes());
    }
    let chunk = paras.len().div_ceil(threads);
    let rendered: Vec<std::thread::Result<String>> = std::thread::scope(|s| {
        let handles: Vec<_> = paras
            .chunks(chunk)
            .map(|c| s.spawn(move || render_chunk(c, opts)))
            .collect();
        handles.into_iter().map(|h| h.join()).collect()
    });
    for r in rendered {
        let rows = r.map_err(|_| std::io::Error::other("a layout thread failed"))?;
        out.write_all(rows.as_bytes())?;
    }
    Ok(())
}

/// The rows of `paras`, each padded to exactly the width and ended by a newline.
fn render_chunk(paras: &[&str], opts: &LayoutOptions) -> String {
    let mut writer = RowWriter::default();
    let mut buf = String::new();
    for para in paras {
        writer.write(para, opts, &mut buf);
    }
    buf
}
