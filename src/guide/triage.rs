//! The rules of the red-flag check. It never diagnoses: the verdict is the
//! most urgent advice level any ticked sign belongs to.

use super::model::{Level, Sign, SignAction, Triage};

/// A reason for concern that comes from outside the ticks: a cramp timed
/// past the guide's threshold, or one saved today that lasted that long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concern {
    /// What tells this concern from another, so it can be dismissed.
    pub key: String,
    /// Id of a triage level.
    pub level: String,
    /// Why, in words ("Your cramp has lasted 12:03").
    pub why: String,
}

/// The advice for a set of ticks.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict<'a> {
    pub level: &'a Level,
    /// Index of the level in most-urgent-first order; None for self-care.
    pub rank: Option<usize>,
    /// The ticked signs that led to this level.
    pub because: Vec<&'a Sign>,
    /// The concerns from outside the ticks that led to this level.
    pub concerns: Vec<&'a Concern>,
}

impl Verdict<'_> {
    /// The first step of the signs that led here, when any has one: it
    /// heads the verdict, ahead of the level's advice.
    pub fn actions(&self) -> Vec<&SignAction> {
        let mut out: Vec<&SignAction> = Vec::new();
        for action in self.because.iter().filter_map(|s| s.action.as_ref()) {
            if !out.contains(&action) {
                out.push(action);
            }
        }
        out
    }
}

impl Triage {
    /// The most urgent level among the ticked signs (`ticked[i]` for
    /// `signs[i]`) and the concerns from outside the check, and why.
    pub fn verdict<'a>(&'a self, ticked: &[bool], concerns: &'a [Concern]) -> Verdict<'a> {
        let ticked_signs = || self.signs.iter().zip(ticked).filter(|(_, t)| **t).map(|(s, _)| s);
        let rank = ticked_signs()
            .map(|s| s.level.as_str())
            .chain(concerns.iter().map(|c| c.level.as_str()))
            .filter_map(|level| self.rank_of(level))
            .min();
        match rank {
            Some(rank) => {
                let level = &self.levels[rank];
                Verdict {
                    level,
                    rank: Some(rank),
                    because: ticked_signs().filter(|s| s.level == level.id).collect(),
                    concerns: concerns.iter().filter(|c| c.level == level.id).collect(),
                }
            }
            None => Verdict { level: &self.self_care, rank: None, because: Vec::new(), concerns: Vec::new() },
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
            action: None,
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
        let v = t.verdict(&[false; 4], &[]);
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
            let v = t.verdict(&ticked, &[]);
            assert_eq!(v.level.id, expected);
            assert_eq!(v.because.len(), 1);
            assert_eq!(v.because[0].id, t.signs[i].id);
        }
    }

    #[test]
    fn mixed_levels_give_the_most_urgent_and_only_its_reasons() {
        let t = triage();
        let v = t.verdict(&[true, false, true, true], &[]);
        assert_eq!(v.level.id, "soon");
        let ids: Vec<&str> = v.because.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["soon-a", "soon-b"]);
        let v = t.verdict(&[true, true, true, true], &[]);
        assert_eq!(v.level.id, "now");
        assert_eq!(v.rank, Some(0));
    }

    fn concern(key: &str, level: &str) -> Concern {
        Concern { key: key.into(), level: level.into(), why: format!("why {key}") }
    }

    #[test]
    fn a_concern_from_outside_the_ticks_raises_the_verdict_with_its_reason() {
        let t = triage();
        let concerns = [concern("timer", "soon")];
        let v = t.verdict(&[false; 4], &concerns);
        assert_eq!((v.level.id.as_str(), v.rank), ("soon", Some(1)));
        assert!(v.because.is_empty());
        assert_eq!(v.concerns, [&concerns[0]]);
        // A more urgent tick wins and leaves the lesser concern out of "why".
        let v = t.verdict(&[false, true, false, false], &concerns);
        assert_eq!(v.level.id, "now");
        assert!(v.concerns.is_empty());
        // At the same level, both the tick and the concern are the reasons.
        let v = t.verdict(&[false, false, true, false], &concerns);
        assert_eq!((v.because.len(), v.concerns.len()), (1, 1));
        // A concern naming no level of the tab changes nothing.
        let unknown = [concern("x", "nowhere")];
        assert_eq!(t.verdict(&[false; 4], &unknown).level.id, "self-care");
    }

    #[test]
    fn a_sign_with_its_own_action_heads_the_verdict_once() {
        let mut t = triage();
        let act = SignAction { title: "Cool down now".into(), advice: "Somewhere cool.".into() };
        t.signs[2].action = Some(act.clone());
        t.signs[3].action = Some(act.clone());
        let v = t.verdict(&[false, false, true, true], &[]);
        assert_eq!(v.actions(), [&act], "the same action is listed once");
        let v = t.verdict(&[false, true, true, false], &[]);
        assert!(v.actions().is_empty(), "a more urgent level leads; the lesser sign's action is not its reason");
    }

    #[test]
    fn display_groups_by_level_most_urgent_first() {
        assert_eq!(triage().display_order(), vec![1, 2, 3, 0]);
    }
}
