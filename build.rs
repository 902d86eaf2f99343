//! Checks the shipped `guide.toml` with the program's own loader and stores
//! it pre-parsed (postcard), so a start with the built-in guide neither
//! parses TOML nor validates it again: `src/shipped.rs` reads the result.
//!
//! A shipped guide with a mistake still builds: the pre-parsed file is then
//! empty and the text is stored instead (`guide-with-mistake.toml`, empty
//! otherwise), which the program parses and validates at run time to report
//! the mistake with its line and column. A valid guide's text is not in the
//! program at all.

use std::path::PathBuf;

#[allow(dead_code, unused_imports)]
#[path = "src/guide/mod.rs"]
mod guide;

fn main() {
    println!("cargo::rerun-if-changed=guide.toml");
    println!("cargo::rerun-if-changed=src/guide");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let (pre_parsed, text) = match guide::parse_guide(guide::DEFAULT_GUIDE, "guide.toml") {
        Ok(guide) => (postcard::to_stdvec(&guide).expect("the guide model serializes"), ""),
        Err(error) => {
            let first = error.to_string().lines().next().unwrap_or_default().to_string();
            println!("cargo::warning=guide.toml is not valid and will be checked at run time: {first}");
            (Vec::new(), guide::DEFAULT_GUIDE)
        }
    };
    std::fs::write(out.join("guide.postcard"), pre_parsed).expect("OUT_DIR is writable");
    std::fs::write(out.join("guide-with-mistake.toml"), text).expect("OUT_DIR is writable");
}
