//! The command line, and the shell completions and man page made from it.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use clap_mangen::Man;

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

    /// Open the guide at this tab: id, number or title (e.g. --tab coach), or diary
    #[arg(long, value_name = "TAB", conflicts_with = "entry")]
    pub tab: Option<String>,

    /// Open the guide at this entry or routine id (e.g. --entry dvt)
    #[arg(long, value_name = "ID")]
    pub entry: Option<String>,

    /// Where the diary lives (default: $CRAMP_GUIDE_DATA_DIR, else the
    /// platform's data directory, e.g. ~/.local/share/cramp-guide)
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// When to use colour; NO_COLOR (any non-empty value) means never
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", global = true)]
    pub color: ColorChoice,

    /// Draw with ASCII only: no box-drawing or block characters
    #[arg(long, global = true)]
    pub ascii: bool,

    /// A still breathing shape instead of the moving one (the phase, instruction and numbers as ever)
    #[arg(long, global = true)]
    pub reduced_motion: bool,

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
    /// Record a cramp; prints its id
    /// (e.g. add --duration 2:30 --detail leg=left --note "after a run")
    Add {
        /// When it began: "YYYY-MM-DD HH:MM" (local time) or RFC 3339; default now
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// How long it lasted: 2:30, 150s or 2m30s
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
    /// Counts, weekly chart, median and longest length
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
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace --output if it exists
        #[arg(long)]
        force: bool,
    },
    /// Read cramps from a CSV file written by `diary export --format csv`
    Import {
        /// The CSV file
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

/// The completion script for `shell`, made from the definition above.
pub fn completions(shell: Shell) -> Vec<u8> {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    let mut command = Cli::command();
    let name = command.get_name().to_string();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, name, &mut out);
    out
}

/// The manual page (roff), made from the definition above: name, synopsis,
/// description, options, then each command with its own options, the
/// notes (examples, exit status) and the version.
pub fn man_page() -> io::Result<Vec<u8>> {
    let command = Cli::command();
    let man = Man::new(command.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    out.extend(section(|w| man.render_name_section(w), Keep)?);
    out.extend(section(|w| man.render_synopsis_section(w), Keep)?);
    out.extend(section(|w| man.render_description_section(w), Keep)?);
    out.extend(section(|w| man.render_options_section(w), Keep)?);
    writeln!(out, ".SH COMMANDS")?;
    command_sections(&command, command.get_name(), &mut out)?;
    // The notes are laid out by hand (aligned examples): no filling.
    out.extend(section(|w| man.render_extra_section(w), Rename(".SH NOTES\n.nf"))?);
    writeln!(out, ".fi")?;
    out.extend(section(|w| man.render_version_section(w), Keep)?);
    Ok(out)
}

/// A section for each subcommand of `command` (named `prefix`), and for
/// theirs in turn (`cramp-guide diary add`).
fn command_sections(command: &clap::Command, prefix: &str, out: &mut Vec<u8>) -> io::Result<()> {
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        let name = format!("{prefix} {}", sub.get_name());
        let man = Man::new(sub.clone().bin_name(&name));
        writeln!(out, ".SS \"{name}\"")?;
        out.extend(section(|w| man.render_description_section(w), Drop)?);
        writeln!(out, ".PP")?;
        out.extend(section(|w| man.render_synopsis_section(w), Drop)?);
        out.extend(section(|w| man.render_options_section(w), Drop)?);
        command_sections(sub, &name, out)?;
    }
    Ok(())
}

/// What becomes of a rendered section's `.SH` heading.
enum Heading {
    Keep,
    /// Gone: the section sits under a heading of its own.
    Drop,
    Rename(&'static str),
}
use Heading::{Drop, Keep, Rename};

/// One rendered section without the preamble roff repeats on every render
/// (the title's copy serves the page), its heading as `heading` says.
fn section(render: impl FnOnce(&mut Vec<u8>) -> io::Result<()>, heading: Heading) -> io::Result<Vec<u8>> {
    let mut rendered = Vec::new();
    render(&mut rendered)?;
    let mut out = Vec::new();
    let mut headed = false;
    for line in rendered.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b".ie \\n(.g .ds Aq") || line.starts_with(b".el .ds Aq") {
            continue;
        }
        if !headed && line.starts_with(b".SH") {
            headed = true;
            match heading {
                Keep => out.extend_from_slice(line),
                Drop => {}
                Rename(title) => writeln!(out, "{title}")?,
            }
            continue;
        }
        out.extend_from_slice(line);
    }
    Ok(out)
}
