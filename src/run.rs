//! The terminal loop: draw, then block until a key, a resize or the next
//! moment the screen would change. Idle, it does no work at all.

use std::io::{self, Write};
use std::time::Instant;

use crossterm::event::{self, Event, KeyEventKind};
use ratatui::DefaultTerminal;

use crate::app::App;
use crate::coach::Clock;

impl App {
    /// Runs until the person quits.
    pub fn run(&mut self, terminal: &mut DefaultTerminal) -> io::Result<()> {
        let mut dirty = true;
        while !self.quit {
            if dirty {
                terminal.draw(|frame| frame.render_widget(&*self, frame.area()))?;
                if std::mem::take(&mut self.bell_due) {
                    let mut out = io::stdout();
                    out.write_all(b"\x07")?;
                    out.flush()?;
                }
            }
            let event = match self.next_wake(Clock::now()) {
                None => Some(event::read()?),
                Some(at) => {
                    let wait = at.saturating_duration_since(Instant::now());
                    if event::poll(wait)? {
                        Some(event::read()?)
                    } else {
                        None
                    }
                }
            };
            dirty = match event {
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
            };
        }
        Ok(())
    }
}
