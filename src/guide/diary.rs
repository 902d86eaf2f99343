//! What the cramp diary records beyond the time and length of a cramp: the
//! detail fields and their choices, the hours counted as night, and which
//! diary facts sit beside which warning signs. All of it comes from the
//! `[diary]` table of `guide.toml`, so another guide can log its own details.

use std::fmt;

use super::ui_text::{UiText, groups};

/// The `[diary]` table, after validation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DiaryConfig {
    pub fields: Vec<DetailField>,
    /// Local hours counted as night: from `night_from` (inclusive) to
    /// `night_to` (exclusive), wrapping past midnight when `from > to`.
    pub night_from: u32,
    pub night_to: u32,
    /// Diary facts shown next to warning signs.
    pub hints: Vec<SignHint>,
}

/// One optional detail of a cramp ("Which leg", "How bad").
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DetailField {
    /// The column name in exports and the key of `--detail KEY=VALUE`.
    pub key: String,
    pub label: String,
    pub kind: DetailKind,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum DetailKind {
    /// One of a few values, each picked with one key.
    Choice(Vec<Choice>),
    /// A whole number from `min` to `max`.
    Scale { min: u32, max: u32 },
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Choice {
    /// The key that picks it on screen.
    pub key: char,
    /// What is stored and exported.
    pub value: String,
    pub label: String,
    /// The answer it gives to a yes/no question (`means = "yes"` or
    /// `"no"`), whatever its label says.
    pub means: Option<bool>,
}

/// A diary fact shown beside a warning sign; the person still ticks.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SignHint {
    /// Id of a warning sign.
    pub sign: String,
    pub fact: DiaryFact,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DiaryFact {
    /// The longest cramp recorded, with its date.
    Longest,
    /// How many cramps in the last 7 days.
    Last7Days,
    /// How many cramps in the last 30 days.
    Last30Days,
    /// The share of cramps that began at night.
    AtNight,
}

impl DiaryFact {
    pub const NAMES: [(&'static str, DiaryFact); 4] = [
        ("longest", DiaryFact::Longest),
        ("last_7_days", DiaryFact::Last7Days),
        ("last_30_days", DiaryFact::Last30Days),
        ("at_night", DiaryFact::AtNight),
    ];

    pub fn from_name(name: &str) -> Option<DiaryFact> {
        DiaryFact::NAMES.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
    }
}

impl DetailField {
    /// Checks a value given on the command line or in a CSV file; the
    /// stored form (a choice's value, or the number) on success.
    pub fn parse_value(&self, text: &str) -> Result<String, ValueProblem> {
        let text = text.trim();
        let (key, typed) = (self.key.clone(), text.to_string());
        match &self.kind {
            DetailKind::Choice(choices) => choices
                .iter()
                .find(|c| c.value.eq_ignore_ascii_case(text) || c.label.eq_ignore_ascii_case(text))
                .map(|c| c.value.clone())
                .ok_or_else(|| {
                    let values = choices.iter().map(|c| c.value.clone()).collect();
                    ValueProblem::NotAChoice { key, typed, values }
                }),
            DetailKind::Scale { min, max } => match text.parse::<u32>() {
                Ok(n) if (*min..=*max).contains(&n) => Ok(n.to_string()),
                _ => Err(ValueProblem::NotOnScale { key, typed, min: *min, max: *max }),
            },
        }
    }

    /// The label of a stored value, for the screen.
    pub fn value_label<'a>(&'a self, value: &'a str) -> &'a str {
        match &self.kind {
            DetailKind::Choice(choices) => {
                choices.iter().find(|c| c.value == value).map_or(value, |c| c.label.as_str())
            }
            DetailKind::Scale { .. } => value,
        }
    }
}

/// A detail's value that does not fit the detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueProblem {
    /// None of the choices' values or labels; `values` are the values.
    NotAChoice { key: String, typed: String, values: Vec<String> },
    /// Not a whole number within the scale.
    NotOnScale { key: String, typed: String, min: u32, max: u32 },
}

impl ValueProblem {
    /// The problem in the words of a guide's `[ui.diary]` table.
    pub fn say(&self, ui: &groups::diary) -> String {
        match self {
            ValueProblem::NotAChoice { key, typed, values } => {
                ui.not_a_choice.fill(&[("key", key), ("value", &format!("{typed:?}")), ("values", &values.join(", "))])
            }
            ValueProblem::NotOnScale { key, typed, min, max } => {
                ui.not_on_scale.fill(&[("key", key), ("value", &format!("{typed:?}")), ("min", min), ("max", max)])
            }
        }
    }
}

impl DetailField {
    /// Whether the field is a yes/no question: a choice whose every
    /// choice says what it means. Such a field shows as its own label
    /// when yes, and has its own line in the statistics (night).
    pub fn is_yes_no(&self) -> bool {
        matches!(&self.kind, DetailKind::Choice(choices) if choices.iter().all(|c| c.means.is_some()))
    }

    /// The choice stored as `value`, if the field is a choice.
    pub fn choice(&self, value: &str) -> Option<&Choice> {
        match &self.kind {
            DetailKind::Choice(choices) => choices.iter().find(|c| c.value == value),
            DetailKind::Scale { .. } => None,
        }
    }
}

/// In the English defaults, for where no guide is at hand.
impl fmt::Display for ValueProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(&UiText::english_once().diary))
    }
}

impl DiaryConfig {
    pub fn field(&self, key: &str) -> Option<&DetailField> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// Whether a local hour of the day counts as night.
    pub fn is_night(&self, hour: u32) -> bool {
        if self.night_from <= self.night_to {
            (self.night_from..self.night_to).contains(&hour)
        } else {
            hour >= self.night_from || hour < self.night_to
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(night_from: u32, night_to: u32) -> DiaryConfig {
        let choice =
            |key, value: &str, label: &str| Choice { key, value: value.into(), label: label.into(), means: None };
        DiaryConfig {
            fields: vec![
                DetailField {
                    key: "leg".into(),
                    label: "Which leg".into(),
                    kind: DetailKind::Choice(vec![choice('l', "left", "Left leg"), choice('r', "right", "Right leg")]),
                },
                DetailField {
                    key: "pain".into(),
                    label: "How bad".into(),
                    kind: DetailKind::Scale { min: 1, max: 10 },
                },
            ],
            night_from,
            night_to,
            hints: vec![],
        }
    }

    #[test]
    fn a_choice_is_read_by_its_value_or_its_label_in_any_case() {
        let cfg = config(22, 7);
        let leg = cfg.field("leg").unwrap();
        for typed in ["left", "LEFT", " Left ", "Left leg", "left LEG"] {
            assert_eq!(leg.parse_value(typed), Ok("left".to_string()), "{typed:?}");
        }
        assert_eq!(leg.parse_value("Right leg"), Ok("right".to_string()));
        assert_eq!(
            leg.parse_value("both").map_err(|e| e.to_string()),
            Err("leg: \"both\" is not one of left, right".to_string())
        );
        assert_eq!(leg.value_label("right"), "Right leg");
        assert_eq!(leg.value_label("both"), "both", "a value the guide no longer has shows as stored");
        assert!(cfg.field("Leg").is_none() && cfg.field("note").is_none());
    }

    #[test]
    fn a_scale_takes_whole_numbers_from_its_min_to_its_max() {
        let cfg = config(22, 7);
        let pain = cfg.field("pain").unwrap();
        assert_eq!(pain.parse_value("1"), Ok("1".to_string()));
        assert_eq!(pain.parse_value(" 10 "), Ok("10".to_string()));
        assert_eq!(pain.parse_value("07"), Ok("7".to_string()), "stored in one form");
        for bad in ["0", "11", "-1", "5.5", "", "five"] {
            assert_eq!(
                pain.parse_value(bad).map_err(|e| e.to_string()),
                Err(format!("pain: {bad:?} is not a whole number from 1 to 10")),
                "{bad:?}"
            );
        }
        assert_eq!(pain.value_label("7"), "7");
    }

    #[test]
    fn night_runs_from_its_first_hour_up_to_its_last_wrapping_past_midnight() {
        let wrapping = config(22, 7);
        let night: Vec<u32> = (0..24).filter(|&h| wrapping.is_night(h)).collect();
        assert_eq!(night, [0, 1, 2, 3, 4, 5, 6, 22, 23]);
        let early = config(1, 5);
        let night: Vec<u32> = (0..24).filter(|&h| early.is_night(h)).collect();
        assert_eq!(night, [1, 2, 3, 4]);
        assert!((0..24).all(|h| !config(3, 3).is_night(h)), "an empty range is never night");
    }

    #[test]
    fn facts_are_named_as_in_the_guide() {
        for (name, fact) in DiaryFact::NAMES {
            assert_eq!(DiaryFact::from_name(name), Some(fact));
        }
        assert_eq!(DiaryFact::from_name("Longest"), None);
        assert_eq!(DiaryFact::from_name("last_7"), None);
    }
}
