//! Spoken cues as state: whether a program is there to speak them, the
//! kept preference (`c`), and what the run loop is to tell the program.
//! The program itself is run by `crate::cue`, from the run loop.
//!
//! A cue is spoken when a coach tab's sound is on (`m`, which also rings
//! the bell), cues are on (`c`) and a cue command was given. The phase
//! change waits while its session is paused (a routine held for its
//! cautions speaks its first phase when Space starts it).

use std::time::Instant;

use super::{App, Paired, STATUS_FOR, TabState};
use crate::coach::{RunState, cue_words};

#[derive(Debug, Clone)]
pub struct CueState {
    /// The program that speaks the cues, by name; None when none was
    /// given or it could not be started.
    pub command: Option<String>,
    /// Spoken cues wanted: the kept preference, on unless turned off.
    pub on: bool,
    /// A cue still speaking is to stop (sound or cues were just turned off).
    hush: bool,
}

impl Default for CueState {
    fn default() -> CueState {
        CueState { command: None, on: true, hush: false }
    }
}

/// What the run loop is to tell the cue program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CueOut {
    /// Stop what is speaking, then say these words.
    Say(String),
    /// Stop what is speaking.
    Hush,
}

impl App {
    /// Spoken cues for this run by the program `name`. Sound goes on in
    /// every coach tab: the command line wins over the kept `m` for its run.
    pub fn enable_cues(&mut self, name: String) {
        self.cues.command = Some(name);
        for tab in &mut self.tabs {
            if let TabState::Coach(state) = tab {
                state.bell = true;
            }
        }
    }

    /// What the cue program is to do now, taking the phase change it is
    /// for: the latest change of a running (or just finished) session, said
    /// only when sound and cues are on.
    pub fn take_cue(&mut self) -> Option<CueOut> {
        let speaking = self.cues.on && self.cues.command.is_some();
        let mut out = std::mem::take(&mut self.cues.hush).then_some(CueOut::Hush);
        for tab in &mut self.tabs {
            let TabState::Coach(Paired { content: routines, state }) = tab else {
                continue;
            };
            let Some((routine, session)) = state.session.as_deref() else {
                continue;
            };
            if matches!(session.state(), RunState::Paused { .. }) {
                continue;
            }
            let Some(change) = state.change.take() else {
                continue;
            };
            if speaking
                && state.bell
                && let Some(words) = cue_words(&routines[*routine].cues, session.timeline(), change)
            {
                out = Some(CueOut::Say(words));
            }
        }
        out
    }

    /// The cue program could not be started: cues are off for the rest of
    /// the run, and the footer says why (`why` names the program and the
    /// error).
    pub fn cue_failed(&mut self, why: String, now: Instant) {
        self.cues.command = None;
        self.status = Some(self.guide.ui.coach.cues_failed.fill(&[("why", &why)]));
        self.status_until = Some(now + STATUS_FOR);
    }

    /// `c` in the coach: spoken cues on or off, said in the footer.
    pub(super) fn toggle_cues(&mut self) {
        self.cues.on = !self.cues.on;
        self.cues.hush |= !self.cues.on;
        let sound = matches!(&self.tabs[self.tab], TabState::Coach(c) if c.bell);
        let ui = &self.guide.ui.coach;
        let said = match (self.cues.on, &self.cues.command, sound) {
            (false, _, _) => &ui.cues_off,
            (true, None, _) => &ui.cues_unheard,
            (true, Some(_), false) => &ui.cues_no_sound,
            (true, Some(_), true) => &ui.cues_on,
        };
        let sound = super::keys::key_label(super::keys::Scope::CoachSession, super::keys::Action::ToggleBell);
        self.status = Some(said.fill(&[("sound", &sound)]));
    }

    /// `m` turned the sound on or off: off stops a cue speaking now.
    pub(super) fn sound_switched(&mut self, on: bool) {
        self.cues.hush |= !on;
        if self.cues.command.is_some() {
            let now = if on { &self.guide.ui.coach.sound_on } else { &self.guide.ui.coach.sound_off };
            self.status = Some(now.get().to_string());
        }
    }
}
