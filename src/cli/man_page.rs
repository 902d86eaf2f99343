//! The manual page (roff), made from the command line's definition and the
//! app's key table.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_mangen::Man;

use super::Cli;

/// The manual page (roff), made from the definition above: name, synopsis,
/// description, options, then each command with its own options, the keys
/// (from the app's key table), files, environment, the notes (examples,
/// exit status) and the version.
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
    keys_section(&mut out)?;
    out.extend_from_slice(FILES_AND_ENVIRONMENT.as_bytes());
    // The notes are laid out by hand (aligned examples): no filling.
    out.extend(section(|w| man.render_extra_section(w), Rename(".SH NOTES\n.nf"))?);
    writeln!(out, ".fi")?;
    out.extend(section(|w| man.render_version_section(w), Keep)?);
    Ok(out)
}

/// KEYS: the app's key table, grouped as its help shows it.
fn keys_section(out: &mut Vec<u8>) -> io::Result<()> {
    writeln!(out, ".SH KEYS")?;
    writeln!(out, "Every key works without a mouse; ? shows them in the guide, for the screen you are on.")?;
    let ui = crate::guide::ui_text::UiText::english();
    for group in crate::app::key_groups(&ui) {
        writeln!(out, ".SS \"{}\"", roff(group.heading))?;
        for (keys, help) in &group.keys {
            writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(keys), roff(help))?;
        }
        if let Some(note) = group.note {
            writeln!(out, ".PP\n{}", roff(note))?;
        }
    }
    Ok(())
}

/// Text set as roff: backslashes and hyphens escaped, and a line never
/// starting with a control character.
fn roff(text: &str) -> String {
    let out = text.replace('\\', "\\e").replace('-', "\\-");
    if out.starts_with(['.', '\'']) { format!("\\&{out}") } else { out }
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
