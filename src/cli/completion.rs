//! Shell completion scripts made from the command line's definition, with
//! the guide's ids where a tab, an entry or a routine is named.

use std::io::Write;

use clap::CommandFactory;
use clap::builder::{PossibleValue, PossibleValuesParser};

use super::{Cli, Shell};
use crate::guide::Guide;

/// The completion script for `shell`, made from the definition above,
/// with the ids of `guide` offered where a tab, an entry or a routine is
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
            c.mut_arg("routine", |a| a.value_parser(offer(crate::report::routine_ids(guide))))
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
        for routine in crate::report::routines(guide) {
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
