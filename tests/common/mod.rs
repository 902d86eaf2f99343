//! Helpers shared by the integration tests. A test file takes them with
//! `mod common;` and uses what it needs:
//!
//! - [`harness`]: the [`Harness`], the app on a `TestBackend` driven by keys
//!   on a fake clock (state and snapshot tests);
//! - [`guide`]: the shipped guide, loaded ([`guide()`]);
//! - [`pty`]: the [`pty::Tui`], the real binary in a pseudo-terminal, waited
//!   on for screen conditions (end-to-end tests);
//! - [`screen`]: readers of what the real binary shows: tab bar, footer, the
//!   cramp timer and its badge, the coach's time left;
//! - [`diary`]: cramps to put in a diary ([`diary::cramp`]);
//! - [`colour`]: the colours in the binary's raw output, for `NO_COLOR`;
//! - [`process`]: the real binary without a terminal ([`process::Binary`]),
//!   always with a temporary data directory and home, and a timed wait.

// Each test binary compiles this module on its own and uses only part of it.
#![allow(dead_code, unused_imports)]

pub mod colour;
pub mod diary;
pub mod guide;
pub mod harness;
pub mod process;
pub mod pty;
pub mod screen;

pub use guide::guide;
pub use harness::{FIXED_NOW_SECS, Harness};
