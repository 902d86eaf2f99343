//! The command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  cramp-guide                          open the guide
  cramp-guide --tab worry              open the guide at the red-flag check
  cramp-guide --entry dvt              open the guide at one entry (ids: --list)
  cramp-guide --list                   list tabs, entries and routines with their ids
  cramp-guide --print causes           print one tab as plain text
  cramp-guide --print water --weight 70kg
                                       the water plan for a body weight
  cramp-guide --print --format markdown > guide.md
  cramp-guide coach calf-relief        start a coach routine
  cramp-guide coach slow-exhale --plain | espeak-ng
                                       one line per phase, for screen readers and speech
  cramp-guide --guide my.toml --check  validate another guide file
  NO_COLOR=1 cramp-guide --ascii       no colour, ASCII drawing only

When standard output is not a terminal (a pipe or a file), or TERM=dumb,
cramp-guide prints the guide as text instead of drawing a screen.

Not medical advice. In an emergency, call your local emergency number.
Exit status: 0 ok, 2 bad guide file or usage, 1 runtime failure.";

#[derive(Debug, Parser)]
#[command(
    name = "cramp-guide",
    version,
    about = "A keyboard-only terminal guide to leg cramps: causes, medicines, red flags, relief, \
             and a breathing and stretch coach.",
    after_help = EXAMPLES
)]
pub struct Cli {
    /// Read the guide from this TOML file instead of the built-in one
    /// (e.g. --guide ./guide.toml)
    #[arg(long, value_name = "PATH", global = true)]
    pub guide: Option<PathBuf>,

    /// Validate the guide, print a line per tab, and exit (0 valid, 2 invalid)
    #[arg(long)]
    pub check: bool,

    /// List the tabs, entries and routines with their ids, and exit
    #[arg(long)]
    pub list: bool,

    /// Print the whole guide, or one tab (id, number or title), as text and exit
    /// (e.g. --print causes)
    #[arg(long, value_name = "TAB", num_args = 0..=1, default_missing_value = "")]
    pub print: Option<String>,

    /// With --print: the water plan worked out for this body weight
    /// (e.g. --print water --weight 70kg, or 154lb)
    #[arg(long, value_name = "WEIGHT")]
    pub weight: Option<String>,

    /// The format of --print (and of the output into a pipe)
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    pub format: Format,

    /// Open the guide at this tab: id, number or title (e.g. --tab coach)
    #[arg(long, value_name = "TAB", conflicts_with = "entry")]
    pub tab: Option<String>,

    /// Open the guide at this entry or routine id (e.g. --entry dvt)
    #[arg(long, value_name = "ID")]
    pub entry: Option<String>,

    /// When to use colour; NO_COLOR (any non-empty value) means never
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", global = true)]
    pub color: ColorChoice,

    /// Draw with ASCII only: no box-drawing or block characters
    #[arg(long, global = true)]
    pub ascii: bool,

    /// A static, numbers-only coach instead of the breathing animation
    #[arg(long, global = true)]
    pub reduced_motion: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a coach routine (ids: --list), e.g. `coach calf-relief`
    Coach {
        /// The routine's id
        routine: String,
        /// One line per phase change, in real time, instead of a screen
        /// (Ctrl-C stops)
        #[arg(long)]
        plain: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
}
