//! The terminal loop: draw, then block until a key, a resize or the next
//! moment the screen would change. Idle, it does no work at all.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyEventKind};
use ratatui::DefaultTerminal;

use crate::app::App;
use crate::coach::Clock;

/// Events handled at most between two frames.
const MAX_BATCH: usize = 64;

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
            Some(_) => false,
            None => self.tick(Clock::now()),
        }
    }

    /// Runs until the person quits.
    pub fn run(&mut self, terminal: &mut DefaultTerminal) -> io::Result<()> {
        // Start listening before anything else happens: a resize that comes
        // before the first poll would otherwise never be seen.
        event::poll(Duration::ZERO)?;
        let mut dirty = true;
        let mut first = true;
        while !self.quit {
            if dirty {
                terminal.draw(|frame| frame.render_widget(&*self, frame.area()))?;
                if std::mem::take(&mut self.bell_due) {
                    let mut out = io::stdout();
                    out.write_all(b"\x07")?;
                    out.flush()?;
                }
            }
            // Nothing is read from disk before the first frame is up.
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
            dirty = self.apply(event);
            // Take whatever else is already waiting (a held-down key, a
            // paste) before drawing again, so fast repeats never queue up
            // frames; a bounded batch keeps the screen live under a flood.
            for _ in 0..MAX_BATCH {
                if self.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
                dirty |= self.apply(Some(event::read()?));
            }
        }
        Ok(())
    }
}

/// Opens the guide full-screen until the person quits. The terminal is
/// restored on quit, on error, on a panic (ratatui's hook) and on SIGTERM,
/// SIGHUP or SIGQUIT.
pub fn run_tui(
    guide: crate::guide::Guide,
    theme: crate::ui::Theme,
    options: crate::app::Options,
    place: Option<crate::app::Place>,
    routine: Option<String>,
    data_dir: Option<std::path::PathBuf>,
) -> anyhow::Result<()> {
    restore_on_signals()?;
    ratatui::run(|terminal| {
        let mut app = App::new(guide, theme, terminal.size()?);
        app.options = options;
        app.set_data_dir(data_dir);
        if let Some(place) = place {
            app.open_at(place);
        }
        if let Some(id) = routine {
            app.start_routine(&id, Clock::now());
        }
        app.run(terminal)
    })?;
    Ok(())
}

fn restore_on_signals() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGQUIT])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            ratatui::restore();
            // restore() leaves the cursor as it was; the terminal's own
            // drop, which shows it, never runs on this path.
            let _ = crossterm::execute!(io::stdout(), crossterm::cursor::Show);
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}
