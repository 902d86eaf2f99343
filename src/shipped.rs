//! The guide shipped with the program. `build.rs` checked it with the same
//! loader as `--guide` and stored it pre-parsed, so starting with it (and
//! `--check` of it) costs no TOML parsing and no validation, and its text is
//! not held in the program as well. A test (`tests/shipped.rs`) proves the
//! stored form is exactly the guide its text makes.

use crate::guide::{Guide, LoadError, parse_guide};

/// The shipped guide as `build.rs` stored it; empty when the build found a
/// mistake in it.
pub const PRE_PARSED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guide.postcard"));

/// The shipped guide's text when the build found a mistake in it, so the
/// mistake is reported with its line; empty otherwise.
const WITH_MISTAKE: &str = include_str!(concat!(env!("OUT_DIR"), "/guide-with-mistake.toml"));

/// The name the shipped guide goes by in messages.
pub const NAME: &str = "guide.toml (built in)";

/// The shipped guide, from its pre-parsed form; if the build could not
/// store one (the text has a mistake), parsing the text reports it.
pub fn shipped_guide() -> Result<Guide, LoadError> {
    match postcard::from_bytes(PRE_PARSED) {
        Ok(guide) => Ok(guide),
        Err(_) => parse_guide(WITH_MISTAKE, NAME),
    }
}
