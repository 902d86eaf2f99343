//! Shared helpers for the integration tests.
//!
//! `pty` drives the real binary in a pseudo-terminal; see [`pty::Tui`].
//! Use it from a test file with `mod support;` and
//! `use support::pty::Tui;`.

// Each test binary compiles this module on its own and uses only part of it.
#![allow(dead_code)]

pub mod pty;
