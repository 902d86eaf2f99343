//! A body weight as a person types it: "70", "70kg", "154 lb", "11st",
//! "11 st 4 lb". One reader for the water plan's field and `--weight`, and
//! one way to show a weight back in the unit it was given in.

use super::hydration::{KG_PER_LB, ML_PER_OZ, litres};
use super::ui_text::groups;

pub const LB_PER_STONE: f64 = 14.0;

/// The unit a weight was given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightUnit {
    Lb,
    Kg,
    /// Stones and pounds, as people in the UK give their weight.
    St,
}

/// A weight that was read: in pounds, with the unit it was given in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypedWeight {
    pub lb: f64,
    pub unit: WeightUnit,
}

/// Why a typed weight could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeightError {
    /// What was typed, trimmed.
    pub typed: String,
    pub problem: WeightProblem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightProblem {
    NotAWeight,
    /// A bare number where no unit is understood.
    NeedsUnit,
    /// Stones with 14 or more pounds after them.
    PoundsPastStone,
    /// 0 or less.
    NotPositive,
}

impl WeightError {
    fn new(text: &str, problem: WeightProblem) -> WeightError {
        WeightError { typed: text.trim().to_string(), problem }
    }

    /// The one-line reason, in the water plan's words.
    pub fn say(&self, ui: &groups::water) -> String {
        let text = match self.problem {
            WeightProblem::NotAWeight => &ui.not_a_weight,
            WeightProblem::NeedsUnit => &ui.needs_unit,
            WeightProblem::PoundsPastStone => &ui.pounds_past_stone,
            WeightProblem::NotPositive => &ui.not_positive,
        };
        // Escaped as Rust writes a string, so no control character of what
        // was typed reaches the terminal; the quotes are the text's own.
        let quoted = format!("{:?}", self.typed);
        let typed = quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"')).unwrap_or(&quoted);
        text.fill(&[("typed", &typed)])
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(f64),
    Word(String),
}

/// Splits "11st4lb" into 11, "st", 4, "lb"; None on anything but digits,
/// one decimal point (or comma) a number, letters and spaces.
fn tokens(text: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_ascii_digit() || c == '.' || c == ',' {
            let mut number = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit() || **d == '.' || **d == ',') {
                number.push(if d == ',' { '.' } else { d });
                chars.next();
            }
            if number.matches('.').count() > 1 || !number.contains(|d: char| d.is_ascii_digit()) {
                return None;
            }
            out.push(Token::Number(number.parse().ok()?));
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(&l) = chars.peek().filter(|l| l.is_alphabetic()) {
                word.extend(l.to_lowercase());
                chars.next();
            }
            out.push(Token::Word(word));
        } else {
            return None;
        }
    }
    Some(out)
}

fn unit_of(word: &str) -> Option<WeightUnit> {
    match word {
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" => Some(WeightUnit::Kg),
        "lb" | "lbs" | "pound" | "pounds" => Some(WeightUnit::Lb),
        "st" | "stone" | "stones" => Some(WeightUnit::St),
        _ => None,
    }
}

/// Reads a weight; a bare number is in `unit` (None: a unit is needed).
/// Err says why not.
pub fn parse_weight(text: &str, unit: Option<WeightUnit>) -> Result<TypedWeight, WeightError> {
    use Token::{Number, Word};
    let not_a_weight = || WeightError::new(text, WeightProblem::NotAWeight);
    let tokens = tokens(text).ok_or_else(not_a_weight)?;
    let (value, unit, pounds) = match tokens.as_slice() {
        [Number(v)] => match unit {
            Some(u) => (*v, u, 0.0),
            None => return Err(WeightError::new(text, WeightProblem::NeedsUnit)),
        },
        [Number(v), Word(u)] => (*v, unit_of(u).ok_or_else(not_a_weight)?, 0.0),
        [Number(v), Word(st), Number(lb)] | [Number(v), Word(st), Number(lb), Word(_)]
            if unit_of(st) == Some(WeightUnit::St) =>
        {
            if let [.., Word(u)] = tokens.as_slice()
                && unit_of(u) != Some(WeightUnit::Lb)
            {
                return Err(not_a_weight());
            }
            if *lb >= LB_PER_STONE {
                return Err(WeightError::new(text, WeightProblem::PoundsPastStone));
            }
            (*v, WeightUnit::St, *lb)
        }
        _ => return Err(not_a_weight()),
    };
    let lb = match unit {
        WeightUnit::Lb => value,
        WeightUnit::Kg => value / KG_PER_LB,
        WeightUnit::St => value * LB_PER_STONE + pounds,
    };
    if !(lb.is_finite() && lb > 0.0) {
        return Err(WeightError::new(text, WeightProblem::NotPositive));
    }
    Ok(TypedWeight { lb, unit })
}

/// A weight in `unit`, whole units: "70 kg", "154 lb", "11 st 4 lb".
pub fn weight_text(lb: f64, unit: WeightUnit) -> String {
    match unit {
        WeightUnit::Lb => format!("{:.0} lb", lb),
        WeightUnit::Kg => format!("{:.0} kg", lb * KG_PER_LB),
        WeightUnit::St => {
            let pounds = lb.round();
            let stones = (pounds / LB_PER_STONE).floor();
            match pounds - stones * LB_PER_STONE {
                0.0 => format!("{stones:.0} st"),
                rest => format!("{stones:.0} st {rest:.0} lb"),
            }
        }
    }
}

/// Where a weight stands against a plan's range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// Below the plan's lowest weight: no figure is given.
    Below,
    Within,
    /// Above its top weight: figures are for the top weight.
    Above,
}

impl super::model::HydrationPlan {
    pub fn coverage(&self, lb: f64) -> Coverage {
        // Half a unit of tolerance, so a weight shown as the minimum is in.
        if lb < self.min_weight_lb - 0.5 {
            Coverage::Below
        } else if lb > self.max_weight_lb + 0.5 {
            Coverage::Above
        } else {
            Coverage::Within
        }
    }

    /// What the plan says of a weight outside its range, in `unit`; None
    /// within it.
    pub fn outside_text(&self, lb: f64, unit: WeightUnit, ui: &groups::water) -> Option<String> {
        let weight = weight_text(lb, unit);
        match self.coverage(lb) {
            Coverage::Within => None,
            Coverage::Below => {
                Some(ui.below_range.fill(&[("weight", &weight), ("lowest", &weight_text(self.min_weight_lb, unit))]))
            }
            Coverage::Above => {
                Some(ui.above_range.fill(&[("top", &weight_text(self.max_weight_lb, unit)), ("weight", &weight)]))
            }
        }
    }

    /// The weight the figures are worked out for: the plan's top weight
    /// above its range, None below it.
    pub fn figures_for(&self, lb: f64) -> Option<f64> {
        match self.coverage(lb) {
            Coverage::Below => None,
            Coverage::Within => Some(lb.clamp(self.min_weight_lb, self.max_weight_lb)),
            Coverage::Above => Some(self.max_weight_lb),
        }
    }
}

/// How a per-weight amount is worked out, in the units shown: "about 33 ml
/// per kg of body weight, at most 3.0 l a day"; when the ceiling sets the
/// figure, that it is capped instead of a rate the figure does not follow.
pub fn rate_text(
    plan: &super::model::HydrationPlan,
    oz_per_lb: f64,
    metric: bool,
    capped: bool,
    ui: &groups::water,
) -> String {
    rate_text_in(plan, (oz_per_lb, metric, capped), ui, ".")
}

/// [`rate_text`] with `decimal` as the decimal mark of the guide's language.
pub fn rate_text_in(
    plan: &super::model::HydrationPlan,
    (oz_per_lb, metric, capped): (f64, bool, bool),
    ui: &groups::water,
    decimal: &str,
) -> String {
    let decimal = |figure: String| if decimal == "." { figure } else { figure.replace('.', decimal) };
    if capped {
        return ui.rate_capped.get().to_string();
    }
    if metric {
        let ml_per_kg = oz_per_lb * ML_PER_OZ / KG_PER_LB;
        let most = decimal(format!("{:.1}", litres(plan.max_oz_per_day)));
        ui.rate_per_kg.fill(&[("rate", &format!("{ml_per_kg:.0}")), ("most", &most)])
    } else {
        let most = format!("{:.0}", plan.max_oz_per_day);
        ui.rate_per_lb.fill(&[("rate", &decimal(plain_number(oz_per_lb))), ("most", &most)])
    }
}

/// A number with at most two decimals and no trailing zeros.
fn plain_number(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> groups::water {
        *super::super::ui_text::UiText::english().water
    }

    fn read(text: &str, unit: Option<WeightUnit>) -> Result<(String, WeightUnit), String> {
        parse_weight(text, unit).map(|w| (weight_text(w.lb, w.unit), w.unit)).map_err(|e| e.say(&words()))
    }

    #[test]
    fn a_weight_is_read_in_its_own_unit_or_the_one_shown() {
        use WeightUnit::*;
        assert_eq!(read("70", Some(Lb)), Ok(("70 lb".into(), Lb)), "shown as read, never raised");
        assert_eq!(read("70", Some(Kg)), Ok(("70 kg".into(), Kg)));
        assert_eq!(read(" 70 KG ", Some(Lb)), Ok(("70 kg".into(), Kg)));
        assert_eq!(read("70,6kg", None), Ok(("71 kg".into(), Kg)), "a decimal comma");
        assert_eq!(read("154lbs", None), Ok(("154 lb".into(), Lb)));
        assert_eq!(read("154 pounds", None), Ok(("154 lb".into(), Lb)));
        assert_eq!(read("11st", Some(Kg)), Ok(("11 st".into(), St)));
        assert_eq!(read("11 st 4 lb", None), Ok(("11 st 4 lb".into(), St)));
        assert_eq!(read("11st4", None), Ok(("11 st 4 lb".into(), St)));
        assert_eq!(read("11 stone 4 pounds", None), Ok(("11 st 4 lb".into(), St)));
        assert_eq!(parse_weight("11 st 4 lb", None).unwrap().lb, 158.0);
    }

    #[test]
    fn anything_else_says_why() {
        for bad in ["abc", "", "70 km", "7.0.1", "11 st 14", "11 st 4 kg", "kg", "-5", "70 kg 3", "0", "0 kg"] {
            let err = read(bad, Some(WeightUnit::Lb)).expect_err(bad);
            assert!(err.contains(&format!("{:?}", bad.trim())), "{bad:?}: {err}");
        }
        assert!(read("70", None).unwrap_err().contains("needs a unit"));
        assert_eq!(parse_weight("11 st 14", None).unwrap_err().problem, WeightProblem::PoundsPastStone);
        assert_eq!(parse_weight("0 kg", None).unwrap_err().problem, WeightProblem::NotPositive);
    }

    #[test]
    fn a_plan_gives_no_figure_below_its_range_and_its_top_weight_above() {
        let plan = crate::guide::hydration::sample_plan();
        assert_eq!(plan.figures_for(59.0), None);
        assert_eq!(plan.figures_for(59.6), Some(60.0), "the minimum as shown is in");
        assert_eq!(plan.figures_for(200.0), Some(200.0));
        assert_eq!(plan.figures_for(501.0), Some(500.0));
        let below = plan.outside_text(44.0, WeightUnit::Lb, &words()).unwrap();
        assert!(below.contains("No amounts are shown for 44 lb") && below.contains("from 60 lb"), "{below}");
        assert!(below.contains("child"), "{below}");
        let above = plan.outside_text(600.0, WeightUnit::Lb, &words()).unwrap();
        assert!(above.contains("500 lb, the plan's top weight"), "{above}");
        assert_eq!(plan.outside_text(160.0, WeightUnit::Lb, &words()), None);
    }

    #[test]
    fn the_rate_is_in_the_units_shown_and_never_beside_a_capped_figure() {
        let plan = crate::guide::hydration::sample_plan();
        let ui = words();
        assert_eq!(
            rate_text(&plan, 0.5, false, false, &ui),
            "about 0.5 oz per lb of body weight, at most 100 oz a day"
        );
        assert_eq!(rate_text(&plan, 0.5, true, false, &ui), "about 33 ml per kg of body weight, at most 3.0 l a day");
        for metric in [false, true] {
            let capped = rate_text(&plan, 0.5, metric, true, &ui);
            assert!(capped.starts_with("capped") && !capped.contains(" per "), "{capped}");
        }
    }
}
