//! Checks the shipped `guide.toml` with the program's own loader and stores
//! it pre-parsed (postcard), so a start with the built-in guide neither
//! parses TOML nor validates it again: `src/shipped.rs` reads the result.
//!
//! A shipped guide with a mistake still builds: the file written is then
//! empty, and the program falls back to parsing and validating the text at
//! run time, which reports the mistake with its line and column.

use std::path::PathBuf;

#[allow(dead_code, unused_imports)]
#[path = "src/guide/mod.rs"]
mod guide;

fn main() {
    println!("cargo::rerun-if-changed=guide.toml");
    println!("cargo::rerun-if-changed=src/guide");
    println!("cargo::rerun-if-changed=ui.en.toml");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("guide.postcard");
    let bytes = match guide::parse_guide(guide::DEFAULT_GUIDE, "guide.toml") {
        Ok(guide) => postcard::to_stdvec(&guide).expect("the guide model serializes"),
        Err(error) => {
            let first = error.to_string().lines().next().unwrap_or_default().to_string();
            println!("cargo::warning=guide.toml is not valid and will be checked at run time: {first}");
            Vec::new()
        }
    };
    std::fs::write(&out, bytes).expect("OUT_DIR is writable");
}
