//! The reader: state, actions, keymap, config, and the event loop that ties them to a
//! terminal. Keys become [`Action`]s through the keymap; [`update::update`] applies them;
//! [`crate::ui::draw`] shows the state.

pub mod action;
pub mod config;
pub mod i18n;
pub mod keymap;
pub mod state;
mod terminal;
mod timing;
pub mod update;

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::cli::tui::TuiArgs;
use crate::corpus::Corpus;
use action::{Action, Command, PromptEdit};
use i18n::Lang;
use keymap::{Key, Keymap, parse_keys};
use state::State;

/// The reader around its state, independent of the terminal (tests drive it directly).
pub struct App {
    pub state: State,
}

impl App {
    pub fn new(corpus: Arc<Corpus>, lang: Lang, keymap: Keymap) -> App {
        App {
            state: State::new(corpus, lang, keymap),
        }
    }

    /// Route one key: to the search prompt while it is open, else through the keymap.
    pub fn key(&mut self, key: Key) {
        let s = &mut self.state;
        if s.search.prompt.is_some() {
            let edit = match key.code {
                KeyCode::Enter => PromptEdit::Submit,
                KeyCode::Esc => PromptEdit::Cancel,
                KeyCode::Backspace => PromptEdit::Backspace,
                KeyCode::Up => PromptEdit::HistoryPrev,
                KeyCode::Down => PromptEdit::HistoryNext,
                KeyCode::Char('w') if key.ctrl => PromptEdit::DeleteWord,
                KeyCode::Char('c') if key.ctrl => PromptEdit::Cancel,
                KeyCode::Char(c) if !key.ctrl => PromptEdit::Insert(c),
                _ => return,
            };
            return update::update(s, Action::Prompt(edit));
        }
        // Ctrl-C is the interrupt a user expects to work whatever the keymap says (raw mode
        // delivers it as a key, not a signal).
        if key.ctrl && key.code == KeyCode::Char('c') {
            return update::update(s, Action::Run(Command::Quit, None));
        }
        if let Some((cmd, digit)) = s.keymap.command(&key) {
            update::update(s, Action::Run(cmd, digit));
        }
    }

    /// Feed a key string such as `"2<Tab>jj<Enter>n"`.
    pub fn press(&mut self, keys: &str) -> Result<(), String> {
        for k in parse_keys(keys)? {
            self.key(k);
            let (w, h) = crate::ui::body_size(&self.state);
            self.state.prepare(w, h);
        }
        Ok(())
    }

    /// A terminal event.
    pub fn event(&mut self, ev: Event) {
        match ev {
            Event::Key(k) if k.kind != KeyEventKind::Release => self.key(Key::from_event(&k)),
            Event::Resize(w, h) => update::update(&mut self.state, Action::Resize(w, h)),
            Event::Mouse(m) => {
                let a = match m.kind {
                    MouseEventKind::Down(_) => Action::Click(m.column, m.row),
                    MouseEventKind::ScrollDown => Action::Scroll(m.column, m.row, 3),
                    MouseEventKind::ScrollUp => Action::Scroll(m.column, m.row, -3),
                    _ => return,
                };
                update::update(&mut self.state, a);
            }
            _ => {}
        }
    }

    /// Lay out for the terminal's size and draw one frame.
    pub fn draw<B: Backend>(&mut self, terminal: &mut Terminal<B>) -> Result<(), B::Error> {
        let size = terminal.size()?;
        self.state.size = (size.width, size.height);
        let (w, h) = crate::ui::body_size(&self.state);
        self.state.prepare(w, h);
        terminal.draw(|f| crate::ui::draw(&self.state, f))?;
        Ok(())
    }
}

/// The interface language: `--lang`, else the config's `lang`, else the locale.
fn language(arg: Option<&str>, config: Option<Lang>) -> Result<Lang, String> {
    match arg {
        Some(a) => Lang::parse(a).ok_or_else(|| format!("--lang: expected ar or en, got {a}")),
        None => Ok(config.unwrap_or_else(Lang::from_env)),
    }
}

/// Run the interactive reader on a loaded corpus (`skipped`: files loading left out).
pub fn run(corpus: Corpus, skipped: usize, args: &TuiArgs) -> ExitCode {
    let config = match config::load(args.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            crate::cli::warn(format_args!("{e}"));
            return ExitCode::from(2);
        }
    };
    let lang = match language(args.lang.as_deref(), config.lang) {
        Ok(l) => l,
        Err(e) => {
            crate::cli::warn(format_args!("{e}"));
            return ExitCode::from(2);
        }
    };
    let corpus = Arc::new(corpus);
    let mut app = App::new(Arc::clone(&corpus), lang, config.keymap);
    update::update(&mut app.state, Action::Skipped(skipped));
    // Analysis runs beside the reader: the first frame does not wait for it.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(Box::new(analyse(&corpus)));
    });
    let term_flag = Arc::new(AtomicBool::new(false));
    watch_signals(Arc::clone(&term_flag));
    terminal::install_panic_hook();
    if let Err(e) = terminal::enter() {
        terminal::leave();
        crate::cli::warn(format_args!("cannot use this terminal: {e}"));
        return ExitCode::FAILURE;
    }
    let result = event_loop(&mut app, &rx, &term_flag);
    terminal::leave();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            crate::cli::warn(format_args!("{e}"));
            ExitCode::FAILURE
        }
    }
}

/// The worker's analysis and search index. An article a stage fails on is left out of that
/// stage and named in `failures` (`extract::isolate`): the reader still lists and shows it.
pub fn analyse(corpus: &Corpus) -> (crate::extract::Analysis, crate::search::Index) {
    let mut analysis = crate::extract::analyze(corpus);
    let (index, failures) =
        crate::extract::isolate::per_article(corpus, "search", crate::search::Index::build_all);
    analysis.failures.extend(failures);
    (analysis, index)
}

/// How long the event loop gets to end by itself after a stop signal.
const STOP_GRACE: Duration = Duration::from_millis(500);

/// SIGTERM, SIGHUP and SIGINT set `stop`, which the event loop checks between events. When the
/// terminal itself is gone (a closed window, a dropped ssh connection: SIGHUP), crossterm's
/// reader spins on end-of-file inside `poll` and never returns to the loop, so this thread
/// also gives the loop a moment and then restores what it can and exits with 128 + the signal.
/// It blocks waiting for signals: an idle reader still uses no CPU.
fn watch_signals(stop: Arc<AtomicBool>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) {
        Ok(s) => s,
        Err(e) => {
            // Without handlers the signals keep their default action (ending the process);
            // only the terminal's bidi mode would not be restored.
            crate::cli::warn(format_args!("cannot watch signals: {e}"));
            return;
        }
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            stop.store(true, Ordering::Relaxed);
            std::thread::sleep(STOP_GRACE);
            terminal::leave();
            std::process::exit(128 + sig);
        }
    });
}

type Analysed = Box<(crate::extract::Analysis, crate::search::Index)>;

fn event_loop(
    app: &mut App,
    rx: &mpsc::Receiver<Analysed>,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let mut terminal = Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))?;
    terminal.clear()?;
    let mut analysing = true;
    let mut dirty = true;
    let mut timing = timing::Timing::from_env();
    loop {
        // Draw only when something changed: an idle reader uses no CPU.
        if dirty {
            app.draw(&mut terminal)?;
            timing.drawn(app.state.analysis.is_some());
            dirty = false;
        }
        if app.state.quit || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        // Wake up now and then to notice a finished analysis or a stop signal.
        let wait = Duration::from_millis(if analysing { 50 } else { 250 });
        if event::poll(wait)? {
            // Drain everything pending before the next frame.
            loop {
                app.event(event::read()?);
                if app.state.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
            dirty = true;
        }
        if analysing {
            match rx.try_recv() {
                Ok(done) => {
                    update::update(&mut app.state, Action::Analysed(done));
                    analysing = false;
                    dirty = true;
                }
                // The worker died (articles are isolated, so only a bug outside them): the
                // panes say the analysis failed rather than "analysing…" forever or "none
                // found"; reading and search still work.
                Err(mpsc::TryRecvError::Disconnected) => {
                    let corpus = &app.state.corpus;
                    let (index, _) = crate::extract::isolate::per_article(
                        corpus,
                        "search",
                        crate::search::Index::build_all,
                    );
                    let failures = ["entities", "timeline"]
                        .iter()
                        .flat_map(|stage| {
                            corpus.articles.iter().enumerate().map(|(i, a)| {
                                crate::extract::Failure {
                                    article: i,
                                    path: a.path.clone(),
                                    stage: stage.to_string(),
                                    message: "the analysis stopped".into(),
                                }
                            })
                        })
                        .collect();
                    let analysis = crate::extract::Analysis {
                        failures,
                        ..Default::default()
                    };
                    let empty = Box::new((analysis, index));
                    update::update(&mut app.state, Action::Analysed(empty));
                    analysing = false;
                    dirty = true;
                }
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
    }
}
