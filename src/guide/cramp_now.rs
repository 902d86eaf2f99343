//! The rule of the "cramp right now" screen: which advice applies once a
//! cramp has lasted a given time.

use std::time::Duration;

use super::model::{CrampNow, Escalation, Guide};

impl CrampNow {
    /// The latest escalation whose time has come.
    pub fn escalation(&self, elapsed: Duration) -> Option<&Escalation> {
        self.escalations.iter().rev().find(|e| elapsed >= e.after)
    }
}

impl Guide {
    /// The advice for a cramp that has lasted `elapsed`, timed on screen or
    /// recorded afterwards: the escalation whose time has come and the
    /// title of its level ("Get seen today"); None before the first.
    pub fn cramp_advice(&self, elapsed: Duration) -> Option<(&Escalation, String)> {
        let e = self.cramp_now.as_ref()?.escalation(elapsed)?;
        let level = self.triage().and_then(|(_, t)| t.levels.iter().find(|l| l.id == e.level));
        Some((e, level.map_or_else(|| e.level.clone(), |l| l.title.clone())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(minutes: u64, level: &str) -> Escalation {
        Escalation {
            after: Duration::from_secs(minutes * 60),
            level: level.into(),
            say: String::new(),
            sources: Vec::new(),
        }
    }

    #[test]
    fn escalation_applies_from_its_threshold_on() {
        let cramp = CrampNow {
            title: "t".into(),
            steps: Vec::new(),
            routine: None,
            watch: Vec::new(),
            escalations: vec![esc(10, "soon"), esc(30, "now")],
        };
        let level = |secs| cramp.escalation(Duration::from_secs(secs)).map(|e| e.level.as_str());
        assert_eq!(level(599), None);
        assert_eq!(level(600), Some("soon"));
        assert_eq!(level(1799), Some("soon"));
        assert_eq!(level(1800), Some("now"));
    }
}
