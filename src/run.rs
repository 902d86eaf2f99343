//! The terminal loop: draw, then block until a key, a resize or the next
//! moment the screen would change. Idle, it does no work at all.
//!
//! Output goes through one large buffer that is flushed once per frame, so
//! a frame reaches the terminal in a single `write` (stdout's own buffer
//! would split it into 1 KiB pieces a terminal may show half of). The
//! screen's size is taken from resize events rather than asked of the
//! terminal before every frame (which opens `/dev/tty` each time).

use std::io::{self, BufWriter, Stdout, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyEventKind};
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, enable_raw_mode};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::{Position, Rect};
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::app::{App, CueOut, Typed, keep_typed_in};
use crate::coach::Clock;
use crate::cue::{CueCommand, Speaker};

/// Events handled at most between two frames.
const MAX_BATCH: usize = 64;

/// Room for a whole frame: a full 200x60 screen with a colour change in
/// every cell is about 250 KiB; a usual frame is a few KiB. A larger frame
/// is still drawn, in more than one write.
const FRAME_BUFFER: usize = 256 * 1024;

/// The terminal the guide draws on: crossterm over a frame-sized buffer.
pub type Screen = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

impl App {
    /// Handles one event (None: the wake-up time came); true when the
    /// screen may have changed.
    fn apply(&mut self, event: Option<Event>) -> bool {
        match event {
            Some(Event::Key(key)) if key.kind == KeyEventKind::Press => {
                self.handle_key_at(key, Clock::now());
                true
            }
            Some(Event::Resize(width, height)) => {
                self.tick(Clock::now());
                self.resize(ratatui::layout::Size { width, height });
                true
            }
            Some(Event::Paste(text)) => {
                self.paste_at(&text, Clock::now());
                true
            }
            Some(_) => false,
            None => self.tick(Clock::now()),
        }
    }

    /// Handles one event as `apply` does, first fitting the screen to a
    /// new size.
    fn take(&mut self, terminal: &mut Screen, event: Option<Event>) -> io::Result<bool> {
        if let Some(Event::Resize(width, height)) = event {
            terminal.resize(Rect::new(0, 0, width, height))?;
        }
        Ok(self.apply(event))
    }

    /// Hands what the app asks of the cue program to it, before the frame
    /// is drawn; a program that cannot start turns cues off for the run.
    fn cue(&mut self, speaker: &mut Option<Speaker>) {
        let Some(program) = speaker.as_mut() else {
            return;
        };
        match self.take_cue() {
            Some(CueOut::Say(words)) => {
                if let Err(e) = program.say(&words) {
                    self.cue_failed(crate::cue::start_failed(program.command(), &e), Instant::now());
                    *speaker = None;
                }
            }
            Some(CueOut::Hush) => program.hush(),
            None => {}
        }
    }

    /// Runs until the person quits; `speaker` says the cues, if any. A cue
    /// still speaking at the end is stopped. What is being typed is put in
    /// `typed` with every frame, for a signal's thread to keep as drafts.
    pub fn run(&mut self, terminal: &mut Screen, mut speaker: Option<Speaker>, typed: &Mutex<Typed>) -> io::Result<()> {
        let mut dirty = true;
        let mut first = true;
        // The kept preferences of a screen that shows them come before its
        // first frame; nothing else is read from disk until that frame is up.
        self.before_first_frame();
        while !self.quit {
            // Not before the first frame: the kept preferences come first.
            if !first {
                self.cue(&mut speaker);
            }
            if dirty {
                // The bell goes out in the same write as the frame.
                if std::mem::take(&mut self.bell_due) {
                    terminal.backend_mut().write_all(b"\x07")?;
                }
                terminal.draw(|frame| frame.render_widget(&*self, frame.area()))?;
                self.frame_drawn();
                // What is typed, as drawn: drafts taken up at the start too.
                *typed.lock().unwrap_or_else(PoisonError::into_inner) = self.typed();
            }
            // The diary, drafts and a kept cramp timer once the first frame is up.
            if std::mem::take(&mut first) && self.after_first_frame() {
                continue;
            }
            let event = match self.next_wake(Clock::now()) {
                None => Some(event::read()?),
                Some(at) => {
                    let wait = at.saturating_duration_since(Instant::now());
                    if event::poll(wait)? { Some(event::read()?) } else { None }
                }
            };
            dirty = self.take(terminal, event)?;
            // Take whatever else is already waiting (a held-down key, a
            // paste) before drawing again, so fast repeats never queue up
            // frames; a bounded batch keeps the screen live under a flood.
            for _ in 0..MAX_BATCH {
                if self.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
                dirty |= self.take(terminal, Some(event::read()?))?;
            }
        }
        Ok(())
    }
}

/// Opens the guide full-screen until the person quits. The terminal is
/// restored on quit, on error, on a panic (the hook set in `enter`) and on
/// SIGTERM, SIGHUP or SIGQUIT, which also keep what is being typed as
/// drafts, as Ctrl-C does.
pub fn run_tui(
    guide: crate::guide::Guide,
    theme: crate::ui::Theme,
    options: crate::app::Options,
    place: Option<crate::app::Place>,
    routine: Option<String>,
    data_dir: Option<std::path::PathBuf>,
    cue: Option<CueCommand>,
) -> anyhow::Result<()> {
    let typed = Arc::new(Mutex::new(Typed::new()));
    restore_on_signals(data_dir.clone(), Arc::clone(&typed))?;
    let mut terminal = enter()?;
    let result = (|| {
        let mut app = App::new(guide, theme, terminal.size()?);
        app.options = options;
        app.set_data_dir(data_dir);
        if let Some(command) = &cue {
            app.enable_cues(command.name());
        }
        if let Some(place) = place {
            app.open_at(place);
        }
        if let Some(id) = routine {
            app.start_routine(&id, Clock::now());
        }
        #[cfg(debug_assertions)]
        test_fault(&app, &mut terminal)?;
        let ran = app.run(&mut terminal, cue.map(Speaker::new), &typed);
        // The terminal failed (it may be gone: a window closed): what is
        // being typed is kept first, as Ctrl-C keeps it.
        if ran.is_err() {
            app.keep_drafts();
        }
        ran
    })();
    // Whatever is still buffered belongs on the alternate screen.
    let _ = terminal.backend_mut().flush();
    restore();
    // The terminal's own drop shows the cursor, and reports to standard
    // error where it cannot; a terminal that is gone is let go silently.
    match terminal.show_cursor() {
        Ok(()) => drop(terminal),
        Err(_) => std::mem::forget(terminal),
    }
    Ok(result?)
}

/// Raw mode and the alternate screen, as `ratatui::init` sets them up, but
/// drawing over a frame-sized buffer. The switch to the alternate screen is
/// written at once, never left in the buffer, so nothing buffered can reach
/// the terminal after a restore. A panic restores the terminal first.
fn enter() -> io::Result<Screen> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    enable_raw_mode()?;
    // A paste arrives whole (`Event::Paste`), never as keys to press.
    crossterm::execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    // Start listening for events (and so for SIGWINCH) before measuring: a
    // resize after this measure arrives as an event, none falls between.
    event::poll(Duration::ZERO)?;
    let (width, height) = crossterm::terminal::size()?;
    // A fixed viewport is not re-measured before each frame; `take` resizes
    // it on every resize event.
    let viewport = Viewport::Fixed(Rect::from((Position::ORIGIN, ratatui::layout::Size { width, height })));
    let backend = CrosstermBackend::new(BufWriter::with_capacity(FRAME_BUFFER, io::stdout()));
    Terminal::with_options(backend, TerminalOptions { viewport })
}

/// Debug builds only: `CRAMP_GUIDE_TEST_FAULT=panic` or `=error` fails
/// after the first frame, so tests can see that a panic or a runtime error
/// restores the terminal (neither can be caused from outside on purpose).
#[cfg(debug_assertions)]
fn test_fault(app: &App, terminal: &mut Screen) -> io::Result<()> {
    let Some(fault) = std::env::var_os("CRAMP_GUIDE_TEST_FAULT") else {
        return Ok(());
    };
    terminal.draw(|frame| frame.render_widget(app, frame.area()))?;
    terminal.backend_mut().flush()?;
    if fault == "panic" {
        panic!("test fault: a panic after the first frame");
    }
    Err(io::Error::other("test fault: an error after the first frame"))
}

/// The terminal as it was before `enter`: pastes as keys again, cooked
/// mode, the main screen, and the cursor shown. Every step is tried, and
/// nothing is reported where one fails: from a panic or a signal, and when
/// the terminal is gone (a closed window), a report to standard error would
/// itself fail, and a panic there aborts the program.
fn restore() {
    let _ = crossterm::execute!(io::stdout(), DisableBracketedPaste);
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = crossterm::execute!(io::stdout(), LeaveAlternateScreen, crossterm::cursor::Show);
}

/// On SIGTERM, SIGHUP or SIGQUIT: what was being typed kept in the diary in
/// `dir` as drafts, then the terminal restored, then the exit.
fn restore_on_signals(dir: Option<PathBuf>, typed: Arc<Mutex<Typed>>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGQUIT])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            if let Some(dir) = dir {
                keep_typed_in(dir, &typed.lock().unwrap_or_else(PoisonError::into_inner));
            }
            restore();
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}
