//! Checks the shipped `guide.toml` with the program's own loader and stores
//! it pre-parsed (postcard), so a start with the built-in guide neither
//! parses TOML nor validates it again: `src/shipped.rs` reads the result.
//! Makes the shell completion scripts and the manual page (but its keys)
//! from the command line's definition (`src/cli/generate.rs`), so the
//! program carries them rather than their generators. On Linux, has the
//! linker lay the code a usual session runs in one place (`link/hot-code.ld`)
//! and pack the relocations.
//!
//! A shipped guide with a mistake still builds: the pre-parsed file is then
//! empty and the text is stored instead (`guide-with-mistake.toml`, empty
//! otherwise), which the program parses and validates at run time to report
//! the mistake with its line and column. A valid guide's text is not in the
//! program at all.

use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/cli/args.rs"]
mod args;
#[path = "src/cli/generate.rs"]
mod generate;
#[allow(dead_code, unused_imports)]
#[path = "src/guide/mod.rs"]
mod guide;

fn main() {
    println!("cargo::rerun-if-changed=guide.toml");
    println!("cargo::rerun-if-changed=src/guide");
    println!("cargo::rerun-if-changed=ui.en.toml");
    for source in ["src/cli/args.rs", "src/cli/generate.rs"] {
        println!("cargo::rerun-if-changed={source}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let parsed = guide::parse_guide(guide::DEFAULT_GUIDE, "guide.toml");
    // Completion offers the shipped guide's ids (none if it has a mistake:
    // the program then reports the mistake instead).
    for (shell, name) in [(args::Shell::Bash, "bash"), (args::Shell::Zsh, "zsh"), (args::Shell::Fish, "fish")] {
        let script = parsed.as_ref().map(|guide| generate::completions(shell, guide)).unwrap_or_default();
        std::fs::write(out.join(format!("completions.{name}")), script).expect("OUT_DIR is writable");
    }
    let (before, after) = generate::man_page_around_keys().expect("the man page renders");
    std::fs::write(out.join("man-before-keys.roff"), before).expect("OUT_DIR is writable");
    std::fs::write(out.join("man-after-keys.roff"), after).expect("OUT_DIR is writable");
    let (pre_parsed, text) = match parsed {
        Ok(guide) => (postcard::to_stdvec(&guide).expect("the guide model serializes"), ""),
        Err(error) => {
            let first = error.to_string().lines().next().unwrap_or_default().to_string();
            println!("cargo::warning=guide.toml is not valid and will be checked at run time: {first}");
            (Vec::new(), guide::DEFAULT_GUIDE)
        }
    };
    std::fs::write(out.join("guide.postcard"), pre_parsed).expect("OUT_DIR is writable");
    std::fs::write(out.join("guide-with-mistake.toml"), text).expect("OUT_DIR is writable");
    link_for_a_small_footprint();
}

/// How the program is linked on Linux, for a small footprint:
///
/// - The functions a usual session runs are laid next to each other, first
///   (`link/hot-code.ld`, written by `benches/tools/hot_code.py`): the kernel
///   maps code in 64 KiB runs around each page a program touches, so a
///   session scattered over the whole program keeps most of it resident. The
///   script adds to the linker's own (`INSERT`); GNU ld and lld read it.
/// - The constants only a rare command reads (completions, the man page,
///   the UI texts' TOML) go after all the others (`link/cold-data.ld`).
/// - Relative relocations are packed (DT_RELR): the loader reads 4 KiB of
///   them at each start instead of 88 KiB. A program linked so needs glibc
///   2.36 or later, so this is done only when building for the machine that
///   builds, and its glibc is that recent.
/// - The release profile aborts on a panic, so a release build never
///   unwinds: its unwinding tables are left out (`link/no-unwind-tables.ld`).
///
/// `CRAMP_GUIDE_PLAIN_LINK=1` leaves all of it out (e.g. for a linker without
/// linker scripts, such as mold).
fn link_for_a_small_footprint() {
    println!("cargo::rerun-if-changed=link/hot-code.ld");
    println!("cargo::rerun-if-changed=link/cold-data.ld");
    println!("cargo::rerun-if-changed=link/no-unwind-tables.ld");
    println!("cargo::rerun-if-env-changed=CRAMP_GUIDE_PLAIN_LINK");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let plain = std::env::var_os("CRAMP_GUIDE_PLAIN_LINK").is_some_and(|v| !v.is_empty() && v != "0");
    if var("CARGO_CFG_TARGET_OS") != "linux" || plain {
        return;
    }
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // `-T` and the path as two arguments: a path may hold a comma.
    let mut scripts = vec!["link/hot-code.ld", "link/cold-data.ld"];
    // The release profile aborts on a panic (Cargo.toml).
    if var("PROFILE") == "release" {
        scripts.push("link/no-unwind-tables.ld");
    }
    for script in scripts {
        println!("cargo::rustc-link-arg-bins=-T");
        println!("cargo::rustc-link-arg-bins={}", dir.join(script).display());
    }
    if var("CARGO_CFG_TARGET_ENV") == "gnu" && var("TARGET") == var("HOST") && glibc_version() >= Some((2, 36)) {
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// The build machine's glibc version (`getconf GNU_LIBC_VERSION`: "glibc 2.36").
fn glibc_version() -> Option<(u32, u32)> {
    let out = std::process::Command::new("getconf").arg("GNU_LIBC_VERSION").output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let (major, minor) = text.trim().strip_prefix("glibc ")?.split_once('.')?;
    let minor = minor.split(|c: char| !c.is_ascii_digit()).next()?;
    Some((major.parse().ok()?, minor.parse().ok()?))
}
