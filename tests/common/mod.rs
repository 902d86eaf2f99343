//! Helpers shared by the integration tests. A test file takes them with
//! `mod common;` and uses what it needs:
//!
//! - [`harness`]: the [`Harness`], the app on a `TestBackend` driven by keys
//!   on a fake clock (state and snapshot tests);
//! - [`pty`]: the [`pty::Tui`], the real binary in a pseudo-terminal, waited
//!   on for screen conditions (end-to-end tests);
//! - [`colour`]: the colours in the binary's raw output, for `NO_COLOR`;
//! - [`process`]: the binary run without a terminal, with a timeout.

// Each test binary compiles this module on its own and uses only part of it.
#![allow(dead_code, unused_imports)]

pub mod colour;
pub mod harness;
pub mod process;
pub mod pty;

pub use harness::{FIXED_NOW_SECS, Harness};
