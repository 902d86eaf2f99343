//! The shipped guide, loaded as `--guide guide.toml` would load it.

use cramp_guide::guide::{DEFAULT_GUIDE, Guide, parse_guide};

/// The guide shipped with the program (`guide.toml`); panics with the
/// loader's message when it does not load.
pub fn guide() -> Guide {
    parse_guide(DEFAULT_GUIDE, "guide.toml").unwrap_or_else(|e| panic!("the shipped guide.toml must load:\n{e}"))
}
