//! The guide's content: its model with its rules (triage verdict, water-plan
//! arithmetic, cramp escalation, routine lengths), the loader and its errors.
//! No terminal code.

mod checker;
mod cramp_now;
pub mod deferred;
mod diary;
mod distance;
mod error;
pub mod hydration;
mod lengths;
mod load;
pub mod locale;
pub mod markup;
pub mod model;
mod raw;
pub mod triage;
pub mod ui_text;
mod validate;
mod validate_coach;
mod validate_diary;
mod validate_refs;
mod validate_tabs;
pub mod weight;

pub use error::{LoadError, Problem};
pub use load::{MAX_GUIDE_BYTES, load_guide, parse_guide};
pub use model::Guide;
pub use triage::{Concern, Verdict};

/// The guide shipped with the program, compiled in.
pub const DEFAULT_GUIDE: &str = include_str!("../../guide.toml");
