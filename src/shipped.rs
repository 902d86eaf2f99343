//! The guide shipped with the program. `build.rs` checked it with the same
//! loader as `--guide` and stored it pre-parsed, so starting with it (and
//! `--check` of it) costs no TOML parsing and no validation, and its text is
//! not held in the program as well. A test (`tests/shipped.rs`) proves the
//! stored form is exactly the guide its text makes.

use crate::guide::deferred::{self, Archive};
use crate::guide::{Guide, LoadError, parse_guide};

/// The shipped guide as `build.rs` stored it, on pages of its own (so they
/// can be given back once it is read); empty when the build found a mistake
/// in it.
static STORED: Pages<{ include_bytes!(concat!(env!("OUT_DIR"), "/guide.postcard")).len() }> =
    Pages(*include_bytes!(concat!(env!("OUT_DIR"), "/guide.postcard")));

/// Bytes that start on a page boundary.
#[repr(C, align(4096))]
struct Pages<const N: usize>([u8; N]);

/// The shipped guide as `build.rs` stored it; empty when the build found a
/// mistake in it.
pub fn pre_parsed() -> &'static [u8] {
    &STORED.0
}

/// The shipped guide's text when the build found a mistake in it, so the
/// mistake is reported with its line; empty otherwise.
const WITH_MISTAKE: &str = include_str!(concat!(env!("OUT_DIR"), "/guide-with-mistake.toml"));

/// The name the shipped guide goes by in messages.
pub const NAME: &str = "guide.toml (built in)";

/// The shipped guide, from its pre-parsed form; if the build could not
/// store one (the text has a mistake), parsing the text reports it. Each
/// tab's content stays stored until it is first read (`guide::deferred`),
/// and its pages are given back after each read.
pub fn shipped_guide() -> Result<Guide, LoadError> {
    deferred::defer_within(Archive { bytes: pre_parsed(), after_read: give_back });
    match postcard::from_bytes(pre_parsed()) {
        Ok(guide) => {
            give_back(pre_parsed());
            Ok(guide)
        }
        Err(_) => parse_guide(WITH_MISTAKE, NAME),
    }
}

/// Tells the kernel the whole pages of `bytes` are not needed now: what
/// was read from them is held decoded, so their stored form need not stay
/// in memory as well. They are read-only pages of the program file, so a
/// later read (a tab first opened, another `shipped_guide`) finds the same
/// bytes again.
fn give_back(bytes: &'static [u8]) {
    #[cfg(target_os = "linux")]
    {
        let page = rustix::param::page_size();
        let start = (bytes.as_ptr() as usize).next_multiple_of(page);
        let end = (bytes.as_ptr() as usize + bytes.len()) / page * page;
        if end > start {
            // SAFETY: [start, end) is whole pages inside a `static` of the
            // program's read-only data, which nothing ever writes; dropping
            // them changes no byte a reader sees, only whether the kernel
            // keeps them in memory until the next read. A failure changes
            // nothing, so it is ignored.
            let _ = unsafe {
                rustix::mm::madvise(start as *mut std::ffi::c_void, end - start, rustix::mm::Advice::LinuxDontNeed)
            };
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = bytes;
}
