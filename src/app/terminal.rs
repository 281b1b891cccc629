//! Entering and leaving the terminal: alternate screen, raw mode, mouse capture, and bidi
//! explicit mode (`ESC[8l`, `ESC[1 k`: the terminal must not reorder our visual rows).
//! Leaving restores everything — also from the panic hook. With `--bidi terminal` (a
//! terminal that reorders by itself) neither sequence is sent.

use std::io::{Write, stdout};
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::cursor::{MoveTo, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// BDSM explicit mode (ECMA-48 `ESC[8l`) and SCP left-to-right (`ESC[1 k`): the terminal shows
/// cells in the order written. Sent with the cursor at home, since VTE applies them per row.
const BIDI_EXPLICIT: &str = "\x1b[8l\x1b[1 k";
/// Back to the terminal's defaults: implicit mode, default presentation direction.
const BIDI_DEFAULT: &str = "\x1b[8h\x1b[0 k";

/// Whether [`enter`] put the terminal in explicit mode (so [`leave`] undoes it).
static EXPLICIT: AtomicBool = AtomicBool::new(false);

/// Raw mode, alternate screen, mouse; explicit bidi mode when `explicit`.
pub fn enter(explicit: bool) -> std::io::Result<()> {
    enable_raw_mode()?;
    let mut out = stdout();
    execute!(out, EnterAlternateScreen, EnableMouseCapture, MoveTo(0, 0))?;
    if explicit {
        EXPLICIT.store(true, Ordering::Relaxed);
        out.write_all(BIDI_EXPLICIT.as_bytes())?;
    }
    out.flush()
}

/// Restore the terminal; safe to call more than once and from a panic hook.
pub fn leave() {
    let mut out = stdout();
    if EXPLICIT.swap(false, Ordering::Relaxed) {
        let _ = execute!(out, MoveTo(0, 0));
        let _ = out.write_all(BIDI_DEFAULT.as_bytes());
    }
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restore the terminal before a panic message is printed — for a panic on the thread that
/// owns the terminal. A panicking analysis worker must not tear the screen from under a
/// reader that keeps running (its failure becomes an event).
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A panic caught at an article boundary (`extract::isolate`) is reported as data.
        if std::thread::current().name() == Some("main") && !crate::extract::isolate::is_isolating()
        {
            leave();
        }
        previous(info);
    }));
}
