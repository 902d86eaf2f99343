//! The shapes serde reads from `guide.toml`. Every table refuses unknown keys,
//! so a misspelt key is an error rather than silently ignored. Tabs and steps
//! are flat tables with a `kind` field (not serde-tagged enums), so every error
//! keeps its exact line and column. Lists that must not be empty default to
//! empty here, so the validator can say what is missing and where.

use serde::Deserialize;

use super::model::{CueWords, PhaseKind};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGuide {
    pub title: String,
    pub disclaimer: String,
    pub source: RawSource,
    #[serde(default)]
    pub tabs: Vec<RawTab>,
    pub cramp_now: Option<RawCrampNow>,
    pub diary: Option<RawDiary>,
    /// Texts of the screens replacing the English defaults (`ui.en.toml`).
    pub ui: Option<toml::Value>,
    /// The guide's language, for search, dates and numbers.
    pub locale: Option<super::locale::RawLocale>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TabKind {
    Topics,
    Coach,
    Triage,
    Hydration,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTab {
    pub id: String,
    pub title: String,
    pub kind: TabKind,
    pub intro: Option<String>,
    // topics
    pub entries: Option<Vec<RawEntry>>,
    // coach
    pub routines: Option<Vec<RawRoutine>>,
    pub cues: Option<CueWords>,
    // triage
    pub levels: Option<Vec<RawLevel>>,
    pub self_care: Option<RawLevel>,
    pub signs: Option<Vec<RawSign>>,
    // hydration
    pub plan: Option<RawPlan>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub synonyms: Vec<String>,
}

/// What to do at once for one sign, ahead of its level's advice.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    pub title: String,
    pub advice: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRoutine {
    pub id: String,
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub cautions: Vec<String>,
    pub lead_in: Option<f64>,
    #[serde(default)]
    pub steps: Vec<RawStep>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub synonyms: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKindName {
    Breathe,
    Hold,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub kind: StepKindName,
    pub title: String,
    // breathe
    pub phases: Option<Vec<RawPhase>>,
    pub cycles: Option<i64>,
    // hold
    pub say: Option<String>,
    pub seconds: Option<f64>,
    pub sides: Option<Vec<String>>,
    pub switch_seconds: Option<f64>,
    pub repeat: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPhase {
    pub kind: PhaseKind,
    pub seconds: f64,
    pub say: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    pub id: String,
    pub title: String,
    pub advice: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSign {
    pub id: String,
    pub level: String,
    pub question: String,
    pub why: String,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub synonyms: Vec<String>,
    #[serde(default)]
    pub action: Option<RawAction>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlan {
    pub default_weight_lb: f64,
    pub min_weight_lb: f64,
    pub max_weight_lb: f64,
    pub max_oz_per_day: f64,
    pub caution: String,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub amounts: Vec<RawAmount>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAmount {
    pub label: String,
    pub when: String,
    pub oz_per_lb: Option<f64>,
    pub oz_min: Option<f64>,
    pub oz_max: Option<f64>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCrampNow {
    pub title: String,
    #[serde(default)]
    pub steps: Vec<String>,
    pub routine: Option<String>,
    #[serde(default)]
    pub watch: Vec<String>,
    #[serde(default)]
    pub escalations: Vec<RawEscalation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEscalation {
    pub after_minutes: f64,
    pub level: String,
    pub say: String,
    #[serde(default)]
    pub sources: Vec<RawSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDiary {
    pub night_from: u32,
    pub night_to: u32,
    #[serde(default)]
    pub fields: Vec<RawField>,
    #[serde(default)]
    pub hints: Vec<RawHint>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawField {
    pub key: String,
    pub label: String,
    pub kind: String,
    pub choices: Option<Vec<RawChoice>>,
    pub min: Option<u32>,
    pub max: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub key: String,
    pub value: String,
    pub label: String,
    pub means: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHint {
    pub sign: String,
    pub fact: String,
}
