//! A walk over every screen of a guide, driven by the keys a person uses:
//! the disclaimer, each tab and what its keys open (a topic read to its
//! end, a search and its match, the cramp screen and its timer, red flags
//! ticked, a coach session to its end, the water plan and its weight field,
//! the diary and its forms), help, and the question before quitting.
#![allow(dead_code)]

use std::path::Path;
use std::time::Duration;

use cramp_guide::app::TabState;
use cramp_guide::coach::Clock;
use crossterm::event::KeyCode;

use crate::common::{FIXED_NOW_SECS, Harness};

/// Every screen of the walk, each with what led to it.
pub struct Walk {
    pub screens: Vec<(String, String)>,
}

impl Walk {
    /// Walks the guide written in `guide` at `width`×`height`, its diary in
    /// `data` (on a wall clock fixed at [`FIXED_NOW_SECS`]); `query` is a
    /// word to search for.
    pub fn new(guide: &str, width: u16, height: u16, data: &Path, query: &str) -> Walk {
        let mut h = Harness::with_guide(width, height, guide);
        h.base = Clock { mono: h.base.mono, wall: std::time::UNIX_EPOCH + Duration::from_secs(FIXED_NOW_SECS) };
        h.app.set_data_dir(Some(data.to_path_buf()));
        let now = h.clock();
        h.app.tick(now);
        let mut walk = Walk { screens: Vec::new() };
        walk.see(&h, "the first screen, with the disclaimer");
        h.app.show_disclaimer = false;
        walk.help(&mut h);
        walk.search(&mut h, query);
        for tab in 0..h.app.tabs.len() {
            let digit = if tab < 9 { char::from(b'1' + tab as u8) } else { '0' };
            h.press(KeyCode::Char(digit));
            let kind = match &h.app.tabs[tab] {
                TabState::Topics(_) => "topics",
                TabState::Coach(_) => "coach",
                TabState::Triage(_) => "triage",
                TabState::Hydration(_) => "hydration",
                TabState::Diary => "diary",
            };
            walk.see(&h, &format!("tab {} ({kind})", tab + 1));
            match kind {
                "topics" => walk.topics(&mut h),
                "coach" => walk.coach(&mut h),
                "triage" => walk.triage(&mut h),
                "hydration" => walk.water(&mut h),
                _ => walk.diary(&mut h),
            }
        }
        if h.app.guide.cramp_now.is_some() {
            walk.cramp(&mut h);
        }
        h.press(KeyCode::Char('1'));
        h.press(KeyCode::Char('q'));
        walk.see(&h, "q: the question before quitting");
        h.press(KeyCode::Char('n'));
        walk
    }

    fn see(&mut self, h: &Harness, what: &str) {
        self.screens.push((what.to_string(), h.screen()));
    }

    /// Presses `key`, then sees the screen.
    fn after(&mut self, h: &mut Harness, key: KeyCode, what: &str) {
        h.press(key);
        self.see(h, what);
    }

    /// Presses `key` until the screen stops changing (at most `most` times),
    /// seeing each screen.
    fn page(&mut self, h: &mut Harness, key: KeyCode, most: usize, what: &str) {
        let mut last = h.screen();
        for i in 0..most {
            h.press(key);
            let now = h.screen();
            if now == last {
                break;
            }
            self.screens.push((format!("{what} ({})", i + 1), now.clone()));
            last = now;
        }
    }

    fn help(&mut self, h: &mut Harness) {
        self.after(h, KeyCode::Char('?'), "help");
        self.page(h, KeyCode::PageDown, 40, "help, paged down");
        h.press(KeyCode::Esc);
    }

    fn search(&mut self, h: &mut Harness, query: &str) {
        self.after(h, KeyCode::Char('/'), "the search line, empty");
        h.chars(query);
        self.see(h, &format!("the search line with {query:?}"));
        self.after(h, KeyCode::Down, "the search line, second result");
        self.after(h, KeyCode::Enter, "the first match");
        self.after(h, KeyCode::Char('n'), "n: the next match");
        h.press(KeyCode::Char('/'));
        h.chars("zzqqzz");
        self.see(h, "the search line with nothing found");
        h.press(KeyCode::Esc);
    }

    fn topics(&mut self, h: &mut Harness) {
        self.page(h, KeyCode::PageDown, 40, "the first entry, paged down");
        self.after(h, KeyCode::Char(']'), "]: a related entry chosen");
        self.after(h, KeyCode::Char('G'), "G: the last entry");
    }

    fn coach(&mut self, h: &mut Harness) {
        self.page(h, KeyCode::PageDown, 20, "the routine's text, paged down");
        self.after(h, KeyCode::Enter, "Enter: the routine, its cautions before it starts");
        if waits_for_cautions(h) {
            h.press(KeyCode::Char(' '));
        }
        self.see(h, "the routine runs");
        for _ in 0..8 {
            h.advance(Duration::from_millis(2_500));
            self.see(h, "the routine, a little later");
        }
        self.after(h, KeyCode::Char(' '), "Space: paused");
        h.press(KeyCode::Char(' '));
        self.after(h, KeyCode::Char('n'), "n: the next phase");
        h.advance(Duration::from_secs(3_600));
        self.see(h, "the routine's end");
        self.after(h, KeyCode::Esc, "Esc: the list after a session");
        h.start_routine();
        h.advance(Duration::from_secs(2));
        self.after(h, KeyCode::Char('q'), "q during a session: the question");
        h.press(KeyCode::Char('n'));
        self.after(h, KeyCode::Esc, "Esc during a session: the question");
        self.after(h, KeyCode::Char('y'), "y: stopped, the list says how far it got");
    }

    fn triage(&mut self, h: &mut Harness) {
        self.after(h, KeyCode::Char(' '), "Space: one question ticked");
        h.press(KeyCode::Char('G'));
        self.after(h, KeyCode::Char(' '), "the last question ticked too");
        self.page(h, KeyCode::PageDown, 20, "the verdict, paged down");
        self.after(h, KeyCode::Char('r'), "r: cleared");
    }

    fn water(&mut self, h: &mut Harness) {
        self.page(h, KeyCode::PageDown, 20, "the plan, paged down");
        for _ in 0..20 {
            h.press(KeyCode::PageUp);
        }
        self.after(h, KeyCode::Char('u'), "u: the other unit");
        self.after(h, KeyCode::Char('+'), "+: a heavier weight");
        self.after(h, KeyCode::Char('w'), "w: the weight field");
        h.chars("70");
        self.see(h, "the weight field with 70 typed");
        self.after(h, KeyCode::Enter, "Enter: the plan for 70");
        h.press(KeyCode::Char('w'));
        h.chars("abc");
        self.after(h, KeyCode::Enter, "a weight that cannot be read");
        h.press(KeyCode::Esc);
        h.press(KeyCode::Char('w'));
        h.chars("9999");
        self.after(h, KeyCode::Enter, "a weight out of range");
        h.press(KeyCode::Esc);
    }

    fn diary(&mut self, h: &mut Harness) {
        self.after(h, KeyCode::Char('a'), "a: the add form");
        h.chars("2:30");
        self.see(h, "the add form, a length typed");
        // Each detail: its first choice (→), or a number on a scale.
        let fields = h.app.guide.diary.as_ref().map_or(0, |d| d.fields.len());
        for _ in 0..fields {
            h.press(KeyCode::Down);
            h.press(KeyCode::Right);
            h.chars("7");
        }
        self.see(h, "the add form, details chosen");
        h.press(KeyCode::Down);
        h.chars("7 km");
        self.see(h, "the add form, filled in");
        self.after(h, KeyCode::Enter, "Enter: the cramp saved");
        h.press(KeyCode::Char('a'));
        h.chars("14");
        self.after(h, KeyCode::Enter, "a cramp over the threshold saved");
        h.press(KeyCode::Char('a'));
        h.press(KeyCode::Down);
        h.chars("zz");
        self.after(h, KeyCode::Enter, "the add form refusing what it cannot read");
        self.after(h, KeyCode::Esc, "Esc on a changed form: the question");
        h.press(KeyCode::Char('y'));
        self.after(h, KeyCode::Char('e'), "e: the edit form");
        h.press(KeyCode::Esc);
        h.press(KeyCode::Char('y'));
        self.after(h, KeyCode::Enter, "Enter: one cramp");
        self.page(h, KeyCode::PageDown, 10, "one cramp, paged down");
        h.press(KeyCode::Esc);
        self.after(h, KeyCode::Char('d'), "d: deleted, with undo");
        self.after(h, KeyCode::Char('u'), "u: back");
        self.after(h, KeyCode::Char('x'), "x: exported");
    }

    fn cramp(&mut self, h: &mut Harness) {
        self.after(h, KeyCode::Char('!'), "!: the cramp screen");
        self.page(h, KeyCode::PageDown, 10, "the cramp screen, paged down");
        h.advance(Duration::from_secs(61));
        self.see(h, "the timer at a minute");
        h.advance(Duration::from_secs(11 * 60));
        self.see(h, "the timer past the guide's threshold");
        self.after(h, KeyCode::Char('q'), "q while timing: save, discard or stay");
        h.press(KeyCode::Esc);
        self.after(h, KeyCode::Char('s'), "s: saved, the details asked");
        self.after(h, KeyCode::Char('l'), "a detail answered");
        self.after(h, KeyCode::Esc, "Esc: the rest skipped");
        h.press(KeyCode::Char('!'));
        h.advance(Duration::from_secs(5));
        self.after(h, KeyCode::Char('x'), "x: the timer discarded, with undo");
        self.after(h, KeyCode::Char('u'), "u: the timer back");
        self.after(h, KeyCode::Enter, "Enter: the routine from the cramp screen");
        h.press(KeyCode::Esc);
        h.press(KeyCode::Char('y'));
        let triage = h.app.guide.tabs.iter().position(|t| t.body.kind_name() == "triage");
        if let Some(tab) = triage {
            self.after(h, KeyCode::Char(char::from(b'1' + tab as u8)), "red flags with the long cramp saved today");
            self.after(h, KeyCode::Char('d'), "d: the note dismissed");
        }
    }
}

/// Whether the routine just opened waits at its start for its cautions to
/// be read.
fn waits_for_cautions(h: &Harness) -> bool {
    match &h.app.tabs[h.app.tab] {
        TabState::Coach(c) => c.session.as_deref().is_some_and(|(_, s)| {
            matches!(s.state(), cramp_guide::coach::RunState::Paused { .. })
                && s.position(h.clock().mono) == Duration::ZERO
        }),
        _ => false,
    }
}
