//! The content model: what `guide.toml` holds, after validation.
//!
//! The shapes here are what the rest of the program reads. `raw.rs` holds the
//! shapes serde reads from the file; `validate.rs` turns one into the other.

use std::time::Duration;

pub use super::deferred::Deferred;
pub use super::diary::{Choice, DetailField, DetailKind, DiaryConfig, DiaryFact, SignHint};

/// The whole guide.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Guide {
    pub title: String,
    /// One paragraph: general information, not medical advice.
    pub disclaimer: String,
    /// The article the guide is written from.
    pub source: Source,
    pub tabs: Vec<Tab>,
    /// The "cramp right now" screen, when the guide defines one.
    pub cramp_now: Option<CrampNow>,
    /// What the cramp diary records, when the guide keeps one.
    pub diary: Option<DiaryConfig>,
    /// The words of the screens: the English defaults with the guide's
    /// `[ui]` table over them. Boxed: hundreds of texts, which would make
    /// every stack frame that holds a guide tens of KiB.
    pub ui: Box<super::ui_text::UiText>,
    /// The language the guide is written in, for search, dates and numbers.
    pub locale: super::locale::Locale,
}

/// A titled link backing a piece of content.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// One tab of the guide. The code knows tab kinds, never particular tabs.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Tab {
    pub id: String,
    pub title: String,
    /// Optional lead paragraph shown above the tab's content.
    pub intro: Option<String>,
    pub body: TabBody,
}

/// What a tab shows; one variant per tab kind.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
///
/// Each body is shared so the app can pair it with the tab's state in one
/// slot without copying it, and decoded from the shipped guide only when
/// first read ([`Deferred`]): telling a tab's kind reads nothing.
pub enum TabBody {
    Topics(Deferred<[Entry]>),
    Coach(Deferred<[Routine]>),
    Triage(Deferred<Triage>),
    Hydration(Deferred<HydrationPlan>),
}

impl TabBody {
    /// The kind's name as written in `guide.toml`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            TabBody::Topics(_) => "topics",
            TabBody::Coach(_) => "coach",
            TabBody::Triage(_) => "triage",
            TabBody::Hydration(_) => "hydration",
        }
    }

    /// Whether the tab's content has been read (it is decoded on first read).
    pub fn is_read(&self) -> bool {
        match self {
            TabBody::Topics(entries) => entries.is_decoded(),
            TabBody::Coach(routines) => routines.is_decoded(),
            TabBody::Triage(triage) => triage.is_decoded(),
            TabBody::Hydration(plan) => plan.is_decoded(),
        }
    }

    /// How many items the tab lists (entries, routines, warning signs, amounts).
    pub fn item_count(&self) -> usize {
        match self {
            TabBody::Topics(entries) => entries.len(),
            TabBody::Coach(routines) => routines.len(),
            TabBody::Triage(triage) => triage.signs.len(),
            TabBody::Hydration(plan) => plan.amounts.len(),
        }
    }
}

/// An entry of a `topics` tab.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub id: String,
    pub title: String,
    /// One line for the list.
    pub summary: String,
    /// Paragraphs and bullets, in the markup of `markup.rs`.
    pub body: String,
    pub sources: Vec<Source>,
    /// Ids of other entries or routines, in any tab.
    pub related: Vec<String>,
    /// Everyday words people search for.
    pub synonyms: Vec<String>,
}

/// A coach routine: a get-ready lead-in, then steps.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Routine {
    pub id: String,
    pub title: String,
    /// When to use it.
    pub description: String,
    pub cautions: Vec<String>,
    /// Seconds to get ready before the first step.
    pub lead_in: Option<Duration>,
    pub steps: Vec<Step>,
    pub sources: Vec<Source>,
    pub synonyms: Vec<String>,
    /// The words spoken at its phase changes: its coach tab's `[tabs.cues]`.
    pub cues: CueWords,
}

/// What a speech program says at each kind of phase change, from a coach
/// tab's `[tabs.cues]`; a kind left out says the phase's own instruction
/// (its `say`), so a guide in another language speaks that language.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueWords {
    pub inhale: Option<String>,
    /// Holding the breath (a breathing phase).
    pub hold: Option<String>,
    pub exhale: Option<String>,
    pub rest: Option<String>,
    /// A hold step: a stretch or a massage.
    pub stretch: Option<String>,
    /// The pause to change sides between the holds of a step.
    pub switch: Option<String>,
    /// The routine's end.
    pub done: Option<String>,
}

/// One step of a routine.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    pub title: String,
    pub kind: StepKind,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum StepKind {
    /// A breathing pattern repeated for `cycles` cycles.
    Breathe { phases: Vec<Phase>, cycles: u32 },
    /// A stretch or massage instruction held for a time, optionally once per
    /// side with a pause to switch, optionally repeated.
    Hold { say: String, seconds: Duration, sides: Vec<String>, switch: Duration, repeat: u32 },
}

/// One phase of a breathing pattern.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Phase {
    pub kind: PhaseKind,
    pub seconds: Duration,
    pub say: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PhaseKind {
    Inhale,
    Hold,
    Exhale,
    Rest,
}

/// The red-flag check of a `triage` tab.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Triage {
    /// Most urgent first.
    pub levels: Vec<Level>,
    /// The verdict when nothing is ticked.
    pub self_care: Level,
    pub signs: Vec<Sign>,
}

/// An advice level ("Get checked right away", ...).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Level {
    pub id: String,
    pub title: String,
    pub advice: String,
}

/// A warning sign of the red-flag check.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Sign {
    pub id: String,
    /// Id of a level of the same tab.
    pub level: String,
    pub question: String,
    pub why: String,
    pub sources: Vec<Source>,
    pub synonyms: Vec<String>,
    /// What to do at once when this sign fits, shown ahead of its level's
    /// advice wherever the sign leads ("Cool down now").
    pub action: Option<SignAction>,
}

/// A sign's own first step: a short heading and what it means.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SignAction {
    pub title: String,
    pub advice: String,
}

/// The hydration plan of a `hydration` tab.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HydrationPlan {
    pub default_weight_lb: f64,
    pub min_weight_lb: f64,
    pub max_weight_lb: f64,
    /// The most the plan ever suggests drinking in a day, in US fluid ounces:
    /// a per-pound amount stops here however heavy the person.
    pub max_oz_per_day: f64,
    pub amounts: Vec<Amount>,
    pub caution: String,
    pub sources: Vec<Source>,
}

impl HydrationPlan {
    /// An amount for a weight, in ounces: (min, max), equal for a single
    /// figure. A per-pound amount never passes the daily ceiling.
    pub fn ounces(&self, quantity: Quantity, weight_lb: f64) -> (f64, f64) {
        match quantity {
            Quantity::PerPound { oz_per_lb } => {
                let oz = (weight_lb * oz_per_lb).min(self.max_oz_per_day);
                (oz, oz)
            }
            Quantity::Fixed { min_oz, max_oz } => (min_oz, max_oz),
        }
    }

    /// Whether the daily ceiling, not the weight, sets this amount.
    pub fn is_capped(&self, quantity: Quantity, weight_lb: f64) -> bool {
        matches!(quantity, Quantity::PerPound { oz_per_lb } if weight_lb * oz_per_lb > self.max_oz_per_day)
    }
}

/// One figure of the hydration plan.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Amount {
    pub label: String,
    pub when: String,
    pub quantity: Quantity,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Quantity {
    /// Ounces of water per pound of body weight.
    PerPound { oz_per_lb: f64 },
    /// A fixed amount, or a range when `max` is above `min`.
    Fixed { min_oz: f64, max_oz: f64 },
}

/// The "cramp right now" screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CrampNow {
    pub title: String,
    /// The immediate steps, in order.
    pub steps: Vec<String>,
    /// The coach routine one key starts.
    pub routine: Option<String>,
    /// Warning-sign ids to keep in view.
    pub watch: Vec<String>,
    /// Later escalations, earliest first.
    pub escalations: Vec<Escalation>,
}

/// Advice that applies once a cramp has lasted a given time.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Escalation {
    pub after: Duration,
    /// Id of a triage level.
    pub level: String,
    pub say: String,
    pub sources: Vec<Source>,
}

impl Guide {
    /// Finds an entry by id in any topics tab: (tab index, entry index).
    pub fn find_entry(&self, id: &str) -> Option<(usize, usize)> {
        self.tabs.iter().enumerate().find_map(|(t, tab)| match &tab.body {
            TabBody::Topics(entries) => entries.iter().position(|e| e.id == id).map(|i| (t, i)),
            _ => None,
        })
    }

    /// Every coach routine, in guide order.
    pub fn routines(&self) -> impl Iterator<Item = &Routine> {
        self.tabs.iter().flat_map(|t| match &t.body {
            TabBody::Coach(routines) => &routines[..],
            _ => &[],
        })
    }

    /// Finds a routine by id in any coach tab: (tab index, routine index).
    pub fn find_routine(&self, id: &str) -> Option<(usize, usize)> {
        self.tabs.iter().enumerate().find_map(|(t, tab)| match &tab.body {
            TabBody::Coach(routines) => routines.iter().position(|r| r.id == id).map(|i| (t, i)),
            _ => None,
        })
    }

    /// Finds a warning sign by id in the first triage tab: (tab index, sign index).
    pub fn find_sign(&self, id: &str) -> Option<(usize, usize)> {
        let (t, triage) = self.triage()?;
        triage.signs.iter().position(|s| s.id == id).map(|i| (t, i))
    }

    /// Every entry, routine and warning-sign id, in guide order: what a
    /// `related` id or `--entry` may name.
    pub fn item_ids(&self) -> Vec<&str> {
        self.tabs
            .iter()
            .flat_map(|tab| match &tab.body {
                TabBody::Topics(entries) => entries.iter().map(|e| e.id.as_str()).collect(),
                TabBody::Coach(routines) => routines.iter().map(|r| r.id.as_str()).collect(),
                TabBody::Triage(triage) => triage.signs.iter().map(|s| s.id.as_str()).collect(),
                TabBody::Hydration(_) => Vec::new(),
            })
            .collect()
    }

    /// Finds what a `related` id or `--entry` names, an entry, a routine or a
    /// warning sign: (tab index, item index, its title or question).
    pub fn find_item(&self, id: &str) -> Option<(usize, usize, &str)> {
        let (t, i) = self.find_entry(id).or_else(|| self.find_routine(id)).or_else(|| self.find_sign(id))?;
        let title = match &self.tabs[t].body {
            TabBody::Topics(entries) => entries[i].title.as_str(),
            TabBody::Coach(routines) => routines[i].title.as_str(),
            TabBody::Triage(triage) => triage.signs[i].question.as_str(),
            TabBody::Hydration(_) => return None,
        };
        Some((t, i, title))
    }

    /// The triage data of the first triage tab, if any.
    pub fn triage(&self) -> Option<(usize, &Triage)> {
        self.tabs.iter().enumerate().find_map(|(t, tab)| match &tab.body {
            TabBody::Triage(triage) => Some((t, &**triage)),
            _ => None,
        })
    }
}
