//! The command line, and the shell completions and man page made from it.
//! The completions and most of the page are made when the program is built
//! (`build.rs` runs `cli/generate.rs` over `cli/args.rs` and the shipped
//! guide); the page's keys come from the app's key table at run time.

use clap::CommandFactory;

use crate::guide::Guide;

mod args;
mod man_page;

pub use args::*;
pub use man_page::man_page;

/// The completion script for `shell`, made when the program was built from
/// the command line's definition, with the shipped guide's ids offered
/// where a tab, an entry or a routine is named.
pub fn completions(shell: Shell) -> &'static [u8] {
    match shell {
        Shell::Bash => cold_bytes!(concat!(env!("OUT_DIR"), "/completions.bash")),
        Shell::Zsh => cold_bytes!(concat!(env!("OUT_DIR"), "/completions.zsh")),
        Shell::Fish => cold_bytes!(concat!(env!("OUT_DIR"), "/completions.fish")),
    }
}

/// The command line with what only a guide can tell: the routines listed
/// in `coach --help`.
pub fn command_for(guide: &Guide) -> clap::Command {
    let routines = crate::report::routine_table(guide);
    Cli::command().mut_subcommand("coach", |coach| coach.after_help(routines))
}
