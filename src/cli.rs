//! The command line.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "cramp-guide",
    version,
    about = "A keyboard-only terminal guide to leg cramps: causes, medicines, red flags, relief, and a breathing and stretch coach.",
    long_about = None,
    after_help = "Examples:\n  cramp-guide                      open the guide\n  cramp-guide --check              validate the built-in guide\n  cramp-guide --guide my.toml --check\n                                   validate another guide file\n\nNot medical advice. In an emergency, call your local emergency number.\nExit status: 0 ok, 2 bad guide file or usage, 1 runtime failure."
)]
pub struct Cli {
    /// Read the guide from this TOML file instead of the built-in one
    /// (e.g. --guide ./guide.toml).
    #[arg(long, value_name = "PATH")]
    pub guide: Option<PathBuf>,

    /// Validate the guide, print a line per tab, and exit (0 valid, 2 invalid).
    #[arg(long)]
    pub check: bool,

    /// When to use colour (NO_COLOR in the environment means never).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
