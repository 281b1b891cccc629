//! The event loop: block on the one event channel, apply what arrives, draw when nothing
//! more is waiting. An idle reader uses no CPU; the first frame is drawn before the folder
//! is loaded (with a progress line), articles appear when it is, the panes fill in when the
//! analysis arrives.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc;

use ratatui::{Frame, Terminal};

use super::action::Action;
use super::events::{self, Event};
use super::keymap::Keymap;
use super::state::{AnalysisState, State};
use super::{App, terminal, timing};
use crate::corpus::Corpus;
use crate::i18n::Lang;

/// How the terminal shows right-to-left text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bidi {
    /// khabar lays rows out in visual order and asks the terminal not to reorder them
    /// (explicit mode).
    #[default]
    Explicit,
    /// The terminal reorders by itself: khabar sends logical text and no mode escapes.
    Terminal,
}

impl Bidi {
    pub fn parse(s: &str) -> Option<Bidi> {
        match s {
            "explicit" => Some(Bidi::Explicit),
            "terminal" => Some(Bidi::Terminal),
            _ => None,
        }
    }
}

/// What the reader is started with (the command line and config, already read).
#[derive(Debug, Clone)]
pub struct ReaderOptions {
    /// Files or folders (the bundled articles when empty).
    pub paths: Vec<PathBuf>,
    pub lang: Lang,
    pub keymap: Keymap,
    pub bidi: Bidi,
}

/// Why the loop ended other than by `q`.
enum Stop {
    Io(std::io::Error),
    Load(String),
    Signal(i32),
}

/// Run the interactive reader; `paint` draws a frame of the state.
pub fn run(opts: ReaderOptions, mut paint: impl FnMut(&State, &mut Frame)) -> ExitCode {
    for p in &opts.paths {
        if !p.exists() {
            crate::text::controls::warn(format_args!("{}: no such file or folder", p.display()));
            return ExitCode::from(2);
        }
    }
    let (tx, rx) = mpsc::channel();
    events::load(opts.paths.clone(), tx.clone());
    events::signals(tx.clone(), terminal::leave);
    terminal::install_panic_hook();
    if let Err(e) = terminal::enter(opts.bidi == Bidi::Explicit) {
        terminal::leave();
        crate::text::controls::warn(format_args!("cannot use this terminal: {e}"));
        return ExitCode::FAILURE;
    }
    let mut app = App::new(Arc::new(Corpus::default()), opts.lang, opts.keymap);
    app.update(Action::Loading(0, 0));
    let result = event_loop(&mut app, &rx, &tx, opts.bidi == Bidi::Explicit, &mut paint);
    terminal::leave();
    // Files left out were announced in the status line; here is the list.
    for p in &app.state.problems {
        crate::text::controls::warn(format_args!("{p}"));
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Stop::Signal(sig)) => ExitCode::from(u8::try_from(128 + sig).unwrap_or(1)),
        Err(Stop::Load(e)) => {
            crate::text::controls::warn(format_args!("{e}"));
            ExitCode::from(2)
        }
        Err(Stop::Io(e)) => {
            crate::text::controls::warn(format_args!("{e}"));
            ExitCode::FAILURE
        }
    }
}

fn event_loop(
    app: &mut App,
    rx: &mpsc::Receiver<Event>,
    tx: &mpsc::Sender<Event>,
    explicit: bool,
    paint: &mut impl FnMut(&State, &mut Frame),
) -> Result<(), Stop> {
    let backend = ratatui::backend::CrosstermBackend::new(std::io::stdout());
    let mut terminal = Terminal::new(backend).map_err(Stop::Io)?;
    terminal.clear().map_err(Stop::Io)?;
    let size = terminal.size().map_err(Stop::Io)?;
    app.update(Action::Resize(size.width, size.height));
    // Only now: setting up the terminal reads its answers (the cursor position) from input.
    events::input(tx.clone());
    let mut timing = timing::Timing::from_env();
    loop {
        terminal.draw(|f| paint(&app.state, f)).map_err(Stop::Io)?;
        // A folder of several stories keeps its analysis whole while the list is shown.
        let analysis = app
            .state
            .folder
            .as_ref()
            .map_or(&app.state.analysis, |f| &f.analysis);
        let analysed = !matches!(analysis, AnalysisState::Pending);
        timing.drawn(analysed);
        // Block until something happens, then take everything already waiting before the
        // next frame.
        let mut next = rx.recv().ok();
        while let Some(ev) = next {
            if suspends(&ev) {
                suspend(&mut terminal, explicit).map_err(Stop::Io)?;
                let size = terminal.size().map_err(Stop::Io)?;
                app.update(Action::Resize(size.width, size.height));
                next = rx.try_recv().ok();
                continue;
            }
            handle(app, ev, tx)?;
            if app.state.quit {
                return Ok(());
            }
            next = rx.try_recv().ok();
        }
    }
}

/// Ctrl-Z (a key in raw mode) or SIGTSTP from outside.
fn suspends(ev: &Event) -> bool {
    use crossterm::event::{Event as Term, KeyCode, KeyEventKind, KeyModifiers};
    match ev {
        Event::Suspend => true,
        Event::Input(Term::Key(k)) => {
            k.kind != KeyEventKind::Release
                && k.code == KeyCode::Char('z')
                && k.modifiers.contains(KeyModifiers::CONTROL)
        }
        _ => false,
    }
}

/// Give the terminal back and stop the process as a shell's Ctrl-Z would; when `fg`
/// continues it, take the terminal again and redraw everything. SIGSTOP, since SIGTSTP is
/// handled here (see `events::signals`).
fn suspend<B: ratatui::backend::Backend>(
    terminal: &mut Terminal<B>,
    explicit: bool,
) -> std::io::Result<()> {
    terminal::leave();
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    // Continued (`fg`). `resize` clears the screen and forgets the last frame, so the next
    // draw is whole (`clear` would ask the terminal for the cursor position, an answer the
    // input thread would take).
    terminal::enter(explicit)?;
    let io = |e: B::Error| std::io::Error::other(e.to_string());
    let size = terminal.size().map_err(io)?;
    terminal
        .resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
        .map_err(io)
}

fn handle(app: &mut App, ev: Event, tx: &mpsc::Sender<Event>) -> Result<(), Stop> {
    match ev {
        Event::Input(e) => app.event(e),
        Event::InputFailed(e) => return Err(Stop::Io(std::io::Error::other(e))),
        Event::Loading(done, total) => app.update(Action::Loading(done, total)),
        Event::Articles(articles) => app.update(Action::Articles(articles)),
        Event::Loaded(Ok(problems)) => {
            app.update(Action::Loaded(problems));
            events::analyse(Arc::clone(&app.state.corpus), tx.clone());
        }
        Event::Loaded(Err(e)) => return Err(Stop::Load(e)),
        Event::Stories(stories, refined) => app.update(Action::Stories {
            items: stories.stories,
            refined,
        }),
        Event::Indexed(index) => app.update(Action::Indexed(Box::new(index))),
        Event::Analysed(a) => app.update(Action::Analysed(a.map(Box::new))),
        Event::Compared(r) => app.update(Action::Compared(r.map(Box::new))),
        Event::Signal(sig) => return Err(Stop::Signal(sig)),
        Event::Suspend => {}
    }
    Ok(())
}
