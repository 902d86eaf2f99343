//! State of the red-flag check: which questions are ticked, and the verdict
//! they lead to. It never diagnoses; it points to the most urgent advice level
//! any ticked sign belongs to.

use super::keys::Action;
use super::{App, TabState, step_selection};
use crate::guide::model::{Level, Sign, TabBody, Triage};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TriageState {
    pub selected: usize,
    /// First line shown of the "why it matters" text.
    pub scroll: usize,
    pub ticked: Vec<bool>,
}

/// The advice shown for the current ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict<'a> {
    pub level: &'a Level,
    /// Index of the level in most-urgent-first order; None for self-care.
    pub rank: Option<usize>,
    /// The ticked signs that led to this level.
    pub because: Vec<&'a Sign>,
}

impl TriageState {
    pub fn new(signs: usize) -> TriageState {
        TriageState { selected: 0, scroll: 0, ticked: vec![false; signs] }
    }

    pub fn toggle(&mut self) {
        if let Some(t) = self.ticked.get_mut(self.selected) {
            *t = !*t;
        }
    }

    pub fn clear(&mut self) {
        self.ticked.iter_mut().for_each(|t| *t = false);
    }
}

impl App {
    pub(super) fn triage_action(&mut self, action: Action) {
        let TabBody::Triage(triage) = &self.guide.tabs[self.tab].body else {
            return;
        };
        let order = display_order(triage);
        let TabState::Triage(state) = &self.tabs[self.tab] else {
            return;
        };
        let (lines, page) = crate::ui::triage::why_metrics(self, &self.guide.tabs[self.tab], triage, state);
        let TabState::Triage(state) = &mut self.tabs[self.tab] else {
            return;
        };
        let max_scroll = lines.saturating_sub(page);
        match action {
            Action::Tick => state.toggle(),
            Action::ClearTicks => state.clear(),
            Action::PageDown => state.scroll = (state.scroll + page.saturating_sub(1).max(1)).min(max_scroll),
            Action::PageUp => state.scroll = state.scroll.saturating_sub(page.saturating_sub(1).max(1)),
            _ => {
                // Move in display order (grouped by level), not file order.
                let at = order.iter().position(|&i| i == state.selected).unwrap_or(0);
                let next = order[step_selection(at, order.len(), action)];
                if next != state.selected {
                    state.selected = next;
                    state.scroll = 0;
                }
            }
        }
    }
}

/// The most urgent level among the ticked signs, and why.
pub fn verdict<'a>(triage: &'a Triage, ticked: &[bool]) -> Verdict<'a> {
    let ticked_signs = || triage.signs.iter().zip(ticked).filter(|(_, t)| **t).map(|(s, _)| s);
    let rank = ticked_signs().filter_map(|s| triage.levels.iter().position(|l| l.id == s.level)).min();
    match rank {
        Some(rank) => {
            let level = &triage.levels[rank];
            Verdict { level, rank: Some(rank), because: ticked_signs().filter(|s| s.level == level.id).collect() }
        }
        None => Verdict { level: &triage.self_care, rank: None, because: Vec::new() },
    }
}

/// Signs in the order shown: grouped by level, most urgent first, keeping
/// the file's order within a level. Returns indexes into `triage.signs`.
pub fn display_order(triage: &Triage) -> Vec<usize> {
    let mut order = Vec::with_capacity(triage.signs.len());
    for level in &triage.levels {
        order.extend(triage.signs.iter().enumerate().filter(|(_, s)| s.level == level.id).map(|(i, _)| i));
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(id: &str) -> Level {
        Level { id: id.into(), title: id.to_uppercase(), advice: format!("advice for {id}") }
    }

    fn sign(id: &str, level: &str) -> Sign {
        Sign {
            id: id.into(),
            level: level.into(),
            question: format!("{id}?"),
            why: "because".into(),
            sources: Vec::new(),
            synonyms: Vec::new(),
        }
    }

    fn triage() -> Triage {
        Triage {
            levels: vec![level("now"), level("soon"), level("mention")],
            self_care: level("self-care"),
            signs: vec![
                sign("mention-a", "mention"),
                sign("now-a", "now"),
                sign("soon-a", "soon"),
                sign("soon-b", "soon"),
            ],
        }
    }

    #[test]
    fn nothing_ticked_means_self_care() {
        let t = triage();
        let v = verdict(&t, &[false; 4]);
        assert_eq!(v.level.id, "self-care");
        assert_eq!(v.rank, None);
        assert!(v.because.is_empty());
    }

    #[test]
    fn one_sign_of_each_level_gives_that_level() {
        let t = triage();
        for (i, expected) in [(0, "mention"), (1, "now"), (2, "soon"), (3, "soon")] {
            let mut ticked = [false; 4];
            ticked[i] = true;
            let v = verdict(&t, &ticked);
            assert_eq!(v.level.id, expected);
            assert_eq!(v.because.len(), 1);
            assert_eq!(v.because[0].id, t.signs[i].id);
        }
    }

    #[test]
    fn mixed_levels_give_the_most_urgent_and_only_its_reasons() {
        let t = triage();
        let v = verdict(&t, &[true, false, true, true]);
        assert_eq!(v.level.id, "soon");
        let ids: Vec<&str> = v.because.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["soon-a", "soon-b"]);
        let v = verdict(&t, &[true, true, true, true]);
        assert_eq!(v.level.id, "now");
        assert_eq!(v.rank, Some(0));
    }

    #[test]
    fn display_groups_by_level_most_urgent_first() {
        assert_eq!(display_order(&triage()), vec![1, 2, 3, 0]);
    }

    #[test]
    fn toggling_and_clearing() {
        let mut s = TriageState::new(3);
        s.selected = 1;
        s.toggle();
        assert_eq!(s.ticked, [false, true, false]);
        s.toggle();
        assert_eq!(s.ticked, [false, false, false]);
        s.toggle();
        s.clear();
        assert_eq!(s.ticked, [false, false, false]);
    }
}
