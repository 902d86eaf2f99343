//! State of the red-flag check: which questions are ticked, the selected
//! one and its "why" panel's scroll. The verdict is the model's rule
//! (`Triage::verdict`).

use super::keys::Action;
use super::tab_keys::{Effect, page_move, step_selection};
use super::{App, TabState, local_time};
use crate::guide::Concern;
use crate::guide::model::Triage;
use crate::text::figures::elapsed_text;
use crate::view::{Extent, Scroll};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TriageState {
    pub selected: usize,
    /// The "why it matters" panel's scroll position.
    pub scroll: Scroll,
    /// `ticked[i]` for sign i; a sign past its end is not ticked (it
    /// grows as signs are ticked, so a tab not yet opened need not be read
    /// to count its signs).
    pub ticked: Vec<bool>,
    /// Whether anything has been answered or looked through yet: before
    /// that, nothing ticked is not a verdict.
    pub touched: bool,
    /// The keys of the concerns the person has dismissed.
    pub dismissed: Vec<String>,
}

impl TriageState {
    /// Ticks or unticks the selected sign, one of `signs`.
    pub fn toggle(&mut self, signs: usize) {
        if self.selected < signs && self.ticked.len() <= self.selected {
            self.ticked.resize(self.selected + 1, false);
        }
        if let Some(t) = self.ticked.get_mut(self.selected) {
            *t = !*t;
        }
    }

    pub fn clear(&mut self) {
        self.ticked.iter_mut().for_each(|t| *t = false);
    }

    /// Handles a key of the check of `triage`, whose "why" panel has
    /// `extent` at the current size.
    pub(super) fn act(&mut self, triage: &Triage, action: Action, extent: Extent) -> Effect {
        if matches!(
            action,
            Action::Tick | Action::ClearTicks | Action::Down | Action::Up | Action::First | Action::Last
        ) {
            self.touched = true;
        }
        match action {
            Action::Tick => self.toggle(triage.signs.len()),
            Action::ClearTicks => self.clear(),
            Action::Down | Action::Up | Action::First | Action::Last => {
                // Move in display order (grouped by level), not file order.
                let order = triage.display_order();
                let at = order.iter().position(|&i| i == self.selected).unwrap_or(0);
                if let Some(&next) = order.get(step_selection(at, order.len(), action))
                    && next != self.selected
                {
                    self.selected = next;
                    self.scroll = Scroll::default();
                }
            }
            action => {
                if let Some(step) = page_move(action) {
                    self.scroll.apply(step, extent);
                }
            }
        }
        Effect::None
    }
}

impl App {
    /// What the check should weigh beyond its ticks: the cramp being timed
    /// once past the guide's threshold, and every cramp saved today that
    /// lasted as long; those dismissed on the check are left out.
    pub fn concerns(&self) -> Vec<Concern> {
        let Some(config) = self.guide.cramp_now.as_ref() else { return Vec::new() };
        let mut out = Vec::new();
        if let Some(cramp) = &self.cramp {
            let elapsed = cramp.elapsed(self.now);
            if let Some(e) = config.escalation(elapsed) {
                out.push(Concern {
                    key: format!("timer@{:?}", cramp.started),
                    level: e.level.clone(),
                    why: self
                        .guide
                        .ui
                        .triage
                        .concern_timer
                        .fill(&[("lasted", &elapsed_text(elapsed)), ("after", &elapsed_text(e.after))]),
                });
            }
        }
        let today = local_time(self.now).date_naive();
        for cramp in self.diary.link.loaded().map(|l| &l.cramps[..]).unwrap_or_default() {
            let started = cramp.entry.started;
            if started.date_naive() != today {
                continue;
            }
            if let Some(e) = config.escalation(cramp.entry.duration) {
                out.push(Concern {
                    key: format!("cramp#{}", cramp.id),
                    level: e.level.clone(),
                    why: self.guide.ui.triage.concern_saved.fill(&[
                        ("time", &started.format("%H:%M")),
                        ("lasted", &elapsed_text(cramp.entry.duration)),
                        ("after", &elapsed_text(e.after)),
                    ]),
                });
            }
        }
        let dismissed = self.tabs.iter().find_map(|t| match t {
            TabState::Triage(s) => Some(&s.dismissed),
            _ => None,
        });
        out.retain(|c| !dismissed.is_some_and(|d| d.contains(&c.key)));
        out
    }

    /// Dismisses every concern the check shows now.
    pub(super) fn dismiss_concerns(&mut self) {
        let keys: Vec<String> = self.concerns().into_iter().map(|c| c.key).collect();
        for tab in &mut self.tabs {
            if let TabState::Triage(s) = tab {
                s.dismissed.extend(keys.iter().cloned());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_and_clearing() {
        let mut s = TriageState { selected: 1, ..TriageState::default() };
        s.toggle(3);
        assert_eq!(s.ticked, [false, true]);
        s.toggle(3);
        assert_eq!(s.ticked, [false, false]);
        s.selected = 2;
        s.toggle(3);
        assert_eq!(s.ticked, [false, false, true]);
        s.selected = 0;
        s.toggle(3);
        s.clear();
        assert_eq!(s.ticked, [false, false, false]);
    }

    #[test]
    fn a_selection_past_the_signs_ticks_nothing() {
        let mut s = TriageState { selected: 3, ..TriageState::default() };
        s.toggle(3);
        assert!(s.ticked.iter().all(|t| !t), "{:?}", s.ticked);
        assert!(s.ticked.len() <= 3);
    }
}
