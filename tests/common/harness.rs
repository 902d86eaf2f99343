//! The [`Harness`]: the app on the shipped guide (or another) at a given
//! size, keys pressed at fake instants, and the screen drawn on ratatui's
//! `TestBackend`. Nothing sleeps: time passes by [`Harness::advance`].

use std::time::Duration;

use cramp_guide::app::App;
use cramp_guide::coach::Clock;
use cramp_guide::guide::{Guide, parse_guide};
use cramp_guide::ui::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

/// An app on the shipped guide with a fixed clock origin.
pub struct Harness {
    pub app: App,
    pub base: Clock,
    /// Time since `base`.
    pub at: Duration,
}

impl Harness {
    pub fn new(width: u16, height: u16) -> Harness {
        Harness::on(width, height, super::guide())
    }

    /// An app on the guide written in `text`, which must load.
    pub fn with_guide(width: u16, height: u16, text: &str) -> Harness {
        Harness::on(width, height, parse_guide(text, "guide.toml").expect("the guide loads"))
    }

    /// An app on a guide already loaded.
    pub fn on(width: u16, height: u16, guide: Guide) -> Harness {
        let base = Clock::now();
        let mut app = App::new(guide, Theme::MONO, Size { width, height });
        app.tick(base);
        Harness { app, base, at: Duration::ZERO }
    }

    pub fn clock(&self) -> Clock {
        Clock { mono: self.base.mono + self.at, wall: self.base.wall + self.at }
    }

    /// Lets time pass and wakes the app as the run loop would.
    pub fn advance(&mut self, by: Duration) {
        self.at += by;
        let now = self.clock();
        self.app.tick(now);
    }

    pub fn press(&mut self, code: KeyCode) {
        let now = self.clock();
        self.app.handle_key_at(KeyEvent::new(code, KeyModifiers::NONE), now);
    }

    /// Types `keys` at a brisk human pace: 40 ms apart.
    pub fn chars(&mut self, keys: &str) {
        for c in keys.chars() {
            self.press(KeyCode::Char(c));
            self.advance(Duration::from_millis(40));
        }
    }

    /// Searches the guide for `query` and goes to the first hit: `/`, the
    /// query typed, Enter.
    pub fn search_and_go(&mut self, query: &str) {
        self.press(KeyCode::Char('/'));
        self.chars(query);
        self.press(KeyCode::Enter);
    }

    /// What is typed in the water plan's weight field, while it is open on
    /// the tab on screen.
    pub fn weight_field(&self) -> Option<String> {
        match &self.app.tabs[self.app.tab] {
            cramp_guide::app::TabState::Hydration(state) => state.editing.as_ref().map(|f| f.to_string()),
            _ => None,
        }
    }

    /// Pastes `text` as a terminal with bracketed paste does: one event.
    pub fn bracketed_paste(&mut self, text: &str) {
        let now = self.clock();
        self.app.paste_at(text, now);
    }

    /// Sends `text` all at one instant, as a terminal passes on a paste
    /// when bracketed paste is off: a newline is an Enter, a tab a Tab.
    pub fn paste(&mut self, text: &str) {
        for c in text.chars() {
            let code = match c {
                '\n' | '\r' => KeyCode::Enter,
                '\t' => KeyCode::Tab,
                c => KeyCode::Char(c),
            };
            self.press(code);
        }
    }

    /// Presses a key with Ctrl held.
    pub fn ctrl(&mut self, c: char) {
        let now = self.clock();
        self.app.handle_key_at(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL), now);
    }

    pub fn terminal(&self) -> Terminal<TestBackend> {
        let size = self.app.size;
        let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
        terminal.draw(|f| f.render_widget(&self.app, f.area())).unwrap();
        terminal
    }

    pub fn screen(&self) -> String {
        self.terminal().backend().to_string()
    }

    /// Enter on the coach's routine list, then Space when the routine waits
    /// at its lead-in for its cautions to be read: the routine runs.
    pub fn start_routine(&mut self) {
        self.press(KeyCode::Enter);
        let waiting = match &self.app.tabs[self.app.tab] {
            cramp_guide::app::TabState::Coach(c) => c.session.as_deref().is_some_and(|(_, s)| {
                matches!(s.state(), cramp_guide::coach::RunState::Paused { .. })
                    && s.position(self.clock().mono) == Duration::ZERO
            }),
            _ => false,
        };
        if waiting {
            self.press(KeyCode::Char(' '));
        }
    }

    /// Goes to the coach tab and selects the routine `id` in its list.
    pub fn select_routine(&mut self, id: &str) {
        self.tab_of_kind("coach");
        let index = match &self.app.guide.tabs[self.app.tab].body {
            cramp_guide::guide::model::TabBody::Coach(routines) => {
                routines.iter().position(|r| r.id == id).expect("the guide has this routine")
            }
            _ => unreachable!("the coach tab holds routines"),
        };
        for _ in 0..index {
            self.press(KeyCode::Down);
        }
    }

    /// Goes to the first tab of the given kind.
    pub fn tab_of_kind(&mut self, kind: &str) {
        let i = self
            .app
            .guide
            .tabs
            .iter()
            .position(|t| t.body.kind_name() == kind)
            .expect("the guide has this kind of tab");
        self.press(KeyCode::Char(char::from(b'1' + i as u8)));
    }
}

/// 2026-11-26 12:00:00 UTC, a Thursday: a fixed "now" for diary screens.
pub const FIXED_NOW_SECS: u64 = 1_795_694_400;

impl Harness {
    /// An app whose diary lives in `dir`, on a wall clock fixed at
    /// [`FIXED_NOW_SECS`], past the disclaimer banner.
    pub fn with_data_dir(width: u16, height: u16, dir: &std::path::Path) -> Harness {
        let mut h = Harness::new(width, height);
        h.use_data_dir(dir);
        h
    }

    /// Keeps this app's diary in `dir`, on a wall clock fixed at
    /// [`FIXED_NOW_SECS`], past the disclaimer banner.
    pub fn use_data_dir(&mut self, dir: &std::path::Path) {
        self.base = Clock { mono: self.base.mono, wall: std::time::UNIX_EPOCH + Duration::from_secs(FIXED_NOW_SECS) };
        self.app.set_data_dir(Some(dir.to_path_buf()));
        self.app.show_disclaimer = false;
        let now = self.clock();
        self.app.tick(now);
    }
}
