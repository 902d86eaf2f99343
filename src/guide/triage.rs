//! The rules of the red-flag check. It never diagnoses: the verdict is the
//! most urgent advice level any ticked sign belongs to.

use super::model::{Level, Sign, Triage};

/// The advice for a set of ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict<'a> {
    pub level: &'a Level,
    /// Index of the level in most-urgent-first order; None for self-care.
    pub rank: Option<usize>,
    /// The ticked signs that led to this level.
    pub because: Vec<&'a Sign>,
}

impl Triage {
    /// The most urgent level among the ticked signs (`ticked[i]` for
    /// `signs[i]`), and why.
    pub fn verdict(&self, ticked: &[bool]) -> Verdict<'_> {
        let ticked_signs = || self.signs.iter().zip(ticked).filter(|(_, t)| **t).map(|(s, _)| s);
        let rank = ticked_signs().filter_map(|s| self.rank_of(&s.level)).min();
        match rank {
            Some(rank) => {
                let level = &self.levels[rank];
                Verdict { level, rank: Some(rank), because: ticked_signs().filter(|s| s.level == level.id).collect() }
            }
            None => Verdict { level: &self.self_care, rank: None, because: Vec::new() },
        }
    }

    /// The urgency of a level id: 0 is the most urgent.
    pub fn rank_of(&self, level: &str) -> Option<usize> {
        self.levels.iter().position(|l| l.id == level)
    }

    /// Signs in the order shown: grouped by level, most urgent first, keeping
    /// the file's order within a level. Returns indexes into `signs`.
    pub fn display_order(&self) -> Vec<usize> {
        let mut order = Vec::with_capacity(self.signs.len());
        for level in &self.levels {
            order.extend(self.signs.iter().enumerate().filter(|(_, s)| s.level == level.id).map(|(i, _)| i));
        }
        order
    }
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
        let v = t.verdict(&[false; 4]);
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
            let v = t.verdict(&ticked);
            assert_eq!(v.level.id, expected);
            assert_eq!(v.because.len(), 1);
            assert_eq!(v.because[0].id, t.signs[i].id);
        }
    }

    #[test]
    fn mixed_levels_give_the_most_urgent_and_only_its_reasons() {
        let t = triage();
        let v = t.verdict(&[true, false, true, true]);
        assert_eq!(v.level.id, "soon");
        let ids: Vec<&str> = v.because.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["soon-a", "soon-b"]);
        let v = t.verdict(&[true, true, true, true]);
        assert_eq!(v.level.id, "now");
        assert_eq!(v.rank, Some(0));
    }

    #[test]
    fn display_groups_by_level_most_urgent_first() {
        assert_eq!(triage().display_order(), vec![1, 2, 3, 0]);
    }
}
