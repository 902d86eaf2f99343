//! The guide's content: its model, the loader and its errors. No terminal code.

mod diary;
mod error;
mod load;
pub mod markup;
pub mod model;
mod raw;
mod validate;
mod validate_coach;
mod validate_diary;
mod validate_refs;
mod validate_tabs;

pub use error::{LoadError, Problem};
pub use load::{MAX_GUIDE_BYTES, load_guide, parse_guide};
pub use model::Guide;
pub use validate_coach::{routine_length, step_length};

/// The guide shipped with the program, compiled in.
pub const DEFAULT_GUIDE: &str = include_str!("../../guide.toml");
