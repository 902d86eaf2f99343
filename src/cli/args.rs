//! The command line's definition: what `main` parses, and what `build.rs`
//! (which includes this file) makes the shell completions and the manual
//! page from. It needs clap alone.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum, ValueHint};

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
  cramp-guide coach slow-exhale --voice
                                       spoken cues at each phase change (also --plain)
  cramp-guide --guide my.toml --check  validate another guide file
  NO_COLOR=1 cramp-guide --ascii       no colour, ASCII drawing only
  source <(cramp-guide completions bash)
                                       completion for bash (also zsh, fish)
  cramp-guide man | man -l -           read the manual page

When standard output is not a terminal (a pipe or a file), or TERM=dumb,
cramp-guide prints the guide as text instead of drawing a screen. Text
longer than the terminal goes through $PAGER, else less.

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
    #[arg(long, value_name = "PATH", global = true, value_hint = ValueHint::FilePath)]
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

    /// Open the guide at this tab: id, number or title (e.g. --tab coach), or diary
    #[arg(long, value_name = "TAB", conflicts_with = "entry")]
    pub tab: Option<String>,

    /// Open the guide at this entry or routine id (e.g. --entry dvt)
    #[arg(long, value_name = "ID")]
    pub entry: Option<String>,

    /// Where the diary lives (default: $CRAMP_GUIDE_DATA_DIR, else the
    /// platform's data directory, e.g. ~/.local/share/cramp-guide)
    #[arg(long, value_name = "DIR", global = true, value_hint = ValueHint::DirPath)]
    pub data_dir: Option<PathBuf>,

    #[command(flatten)]
    pub look: Look,

    /// Spoken cues in the coach: at each phase change, run this program with the cue words as its
    /// last argument (e.g. --cue-command espeak-ng); no shell is involved, so for options write a
    /// small script
    #[arg(long, value_name = "CMD", global = true, conflicts_with = "voice")]
    pub cue_command: Option<std::ffi::OsString>,

    /// Spoken cues with the first of espeak-ng, spd-say or say found on PATH
    #[arg(long, global = true)]
    pub voice: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// A bare `cramp-guide`, nothing after it: the built-in guide on the
    /// screen. The same as clap makes of it (`tests/cli_names.rs` holds the
    /// two equal), without building clap's whole definition of the command
    /// line at the most common start.
    pub fn bare() -> Cli {
        Cli {
            guide: None,
            check: false,
            list: false,
            print: None,
            weight: None,
            format: Format::Text,
            tab: None,
            entry: None,
            data_dir: None,
            look: Look::default(),
            cue_command: None,
            voice: false,
            command: None,
        }
    }
}

/// How the screen is drawn: taken by the guide and by `coach`, the
/// commands that draw one (before or after the command's name there).
#[derive(Debug, Clone, Default, PartialEq, Eq, clap::Args)]
pub struct Look {
    /// When to use colour (default auto); NO_COLOR (any non-empty value) means never
    #[arg(long, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// Draw with ASCII only: no box-drawing or block characters
    #[arg(long)]
    pub ascii: bool,

    /// A still breathing shape instead of the moving one (the phase, instruction and numbers as ever)
    #[arg(long)]
    pub reduced_motion: bool,
}

impl Look {
    /// This look with what `after` (given after a command's name) adds.
    pub fn and(&self, after: &Look) -> Look {
        Look {
            color: after.color.or(self.color),
            ascii: self.ascii || after.ascii,
            reduced_motion: self.reduced_motion || after.reduced_motion,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a coach routine, e.g. `coach calf-relief` or `coach breathing`
    Coach {
        /// The routine: its id, its title, or a word of its title (listed below)
        routine: String,
        /// One line per phase change, in real time, instead of a screen
        /// (Ctrl-C stops)
        #[arg(long)]
        plain: bool,
        #[command(flatten)]
        look: Look,
    },
    /// Your cramp diary: add, list, stats, delete, export, import
    #[command(subcommand)]
    Diary(DiaryCommand),
    /// Print a completion script for a shell, e.g. `completions bash`
    Completions {
        /// The shell: bash, zsh or fish
        shell: Shell,
    },
    /// Print the manual page (roff), e.g. `man | man -l -`
    Man,
    /// Print every text of the screens with its English default, as a
    /// [ui] table to paste into a guide and translate
    UiText,
}

/// The shells `completions` writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

#[derive(Debug, Subcommand)]
pub enum DiaryCommand {
    /// Record a cramp; prints its id (and, on standard error, how the input was read)
    /// (e.g. add --duration 2:30 --detail leg=left --note "after a run")
    Add {
        /// The start: when it began, "YYYY-MM-DD HH:MM" (local time) or RFC 3339;
        /// the cramp lasted --duration from then. Default: it has just ended, so it
        /// began --duration ago
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// How long it lasted: 2:30, 150s or 2m30s; a bare number is minutes
        /// (2 means 2:00)
        #[arg(long, value_name = "LENGTH", allow_hyphen_values = true)]
        duration: String,
        /// A detail the guide records, e.g. leg=left (repeatable)
        #[arg(long = "detail", value_name = "KEY=VALUE")]
        details: Vec<String>,
        /// A few words to remember it by
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// List cramps, newest first
    List {
        /// Only cramps from this day on (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
    },
    /// Counts, weekly chart, median and longest length, and each detail in brief
    Stats,
    /// Delete one cramp by id
    Delete {
        /// The id shown by `diary list`
        id: i64,
    },
    /// Write the diary as Markdown (for a doctor), CSV or JSON
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown, value_name = "FORMAT")]
        format: ExportFormat,
        /// Only cramps from this day on (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Write to this file (atomically) instead of standard output
        #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
        output: Option<PathBuf>,
        /// Replace --output if it exists
        #[arg(long)]
        force: bool,
    },
    /// Read cramps from a CSV file written by `diary export --format csv`
    Import {
        /// The CSV file
        #[arg(value_hint = ValueHint::FilePath)]
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Csv,
    Json,
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
