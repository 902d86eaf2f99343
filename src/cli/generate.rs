//! The shell completion scripts and the manual page around its keys, made
//! when the program is built: `build.rs` includes this file with `args.rs`
//! and the guide's model, and writes what it makes to `OUT_DIR`,
//! where `cli.rs` and `man_page.rs` take it from. The program carries the
//! scripts and the page, not clap_complete and clap_mangen.

use std::io::{self, Write};

use clap::CommandFactory;
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap_mangen::Man;

use super::args::{Cli, Shell};
use crate::guide::Guide;

/// The completion script for `shell`, made from the command line's
/// definition, with the ids of `guide` offered where a tab, an entry or a routine is
/// named (a name outside them is still accepted when typed).
pub fn completions(shell: Shell, guide: &Guide) -> Vec<u8> {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    // clap keeps possible values as `&'static str`; the script is written
    // once and the process ends, so the few ids are leaked for it.
    let offer = |ids: Vec<&str>| {
        PossibleValuesParser::new(ids.into_iter().map(|id| PossibleValue::new(&*String::leak(id.to_string()))))
    };
    let tabs: Vec<&str> = guide.tabs.iter().map(|t| t.id.as_str()).collect();
    let mut openable = tabs.clone();
    if guide.diary.is_some() {
        openable.push("diary");
    }
    let mut command = Cli::command()
        .mut_arg("tab", |a| a.value_parser(offer(openable)))
        .mut_arg("print", |a| a.value_parser(offer(tabs)))
        .mut_arg("entry", |a| a.value_parser(offer(guide.item_ids())))
        .mut_subcommand("coach", |c| {
            c.mut_arg("routine", |a| a.value_parser(offer(guide.routines().map(|r| r.id.as_str()).collect())))
        });
    let name = command.get_name().to_string();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, name.clone(), &mut out);
    if shell == clap_complete::Shell::Bash {
        // clap_complete (4.6) spells a hyphenated name one way in the loop
        // that finds the subcommand and another in the cases that complete
        // it, so nothing after `coach` or `diary` would complete
        // (clap-rs/clap#6421): the cases are spelt as the loop spells them.
        let text = String::from_utf8_lossy(&out).replace(
            &format!("{}__subcmd__", name.replace('-', "__subcmd__")),
            &format!("{}__subcmd__", name.replace('-', "__")),
        );
        out = text.into_bytes();
    }
    if shell == clap_complete::Shell::Fish {
        // The fish script leaves positional arguments out: `coach <TAB>`.
        for routine in guide.routines() {
            let title = routine.title.replace('\\', "\\\\").replace('\'', "\\'");
            let _ = writeln!(
                out,
                "complete -c {name} -n \"__fish_seen_subcommand_from coach\" -f -a \"{}\" -d '{title}'",
                routine.id
            );
        }
    }
    out
}

/// The manual page (roff) around its KEYS section, which the program adds
/// from the app's key table: (before, after). Before: name, synopsis,
/// description, options, then each command with its own options; after:
/// files, environment, the notes (examples, exit status) and the version.
pub fn man_page_around_keys() -> io::Result<(Vec<u8>, Vec<u8>)> {
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
    let mut after = FILES_AND_ENVIRONMENT.as_bytes().to_vec();
    // The notes are laid out by hand (aligned examples): no filling.
    after.extend(section(|w| man.render_extra_section(w), Rename(".SH NOTES\n.nf"))?);
    writeln!(after, ".fi")?;
    after.extend(section(|w| man.render_version_section(w), Keep)?);
    Ok((out, after))
}

/// Where the diary lives and what the environment changes.
const FILES_AND_ENVIRONMENT: &str = r#".SH FILES
.nh
.TP
\fIDATA\fR/diary.sqlite3
The cramp diary: one SQLite file, with diary.sqlite3\-wal and diary.sqlite3\-shm beside it while it is open.
Reading never creates it; the first save does, readable by you alone.
\fIDATA\fR is \fB\-\-data\-dir\fR \fIDIR\fR, else $CRAMP_GUIDE_DATA_DIR, else the platform's data directory:
.RS
.TP
Linux and other Unix
$XDG_DATA_HOME/cramp\-guide, by default ~/.local/share/cramp\-guide
.TP
macOS
~/Library/Application Support/cramp\-guide
.TP
Windows
%APPDATA%\ecramp\-guide\edata (C:\eUsers\e\fINAME\fR\eAppData\eRoaming\ecramp\-guide\edata)
.RE
.SH ENVIRONMENT
.TP
.B CRAMP_GUIDE_DATA_DIR
The folder the diary lives in, unless \fB\-\-data\-dir\fR is given.
.TP
.B XDG_DATA_HOME
On Linux, where the data directory goes (cramp\-guide inside it) when neither of the above is set.
.TP
.B NO_COLOR
Any non\-empty value: no colour. Bold, reverse video and symbols still show what colour would;
\fB\-\-color always\fR wins.
.TP
.B TERM
dumb: print the guide as text instead of drawing a screen.
.TP
.B PAGER
The pager for printed text longer than the terminal (run by the shell); empty or cat: none.
Unset: less \-R, when it is installed.
.TP
.B LESS
Options for less; FRX when unset (quit at once when the text fits, keep colours, leave the text on the screen).
.hy
"#;

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
