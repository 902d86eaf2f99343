//! Names on the command line are forgiving: ids in any case, a tab by a word
//! of its title, a routine by its title, and "did you mean" for the rest.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cramp-guide")).args(args).env("TERM", "dumb").output().expect("run cramp-guide")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn ids_match_in_any_case_and_tabs_by_a_title_word() {
    for (args, heading) in [
        (&["--entry", "DVT", "--print"][..], "Conditions"),
        (&["--entry", "Statins", "--print"][..], "Medicines"),
        (&["--tab", "red", "--print"][..], "Red flags"),
        (&["--print", "WATER"][..], "Water plan"),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stdout).contains(&format!("\n{heading}\n")), "{args:?} opens {heading}");
    }
}

#[test]
fn unknown_names_get_the_nearest_ones_and_exit_2() {
    for (args, hint) in [
        (&["--entry", "statin"][..], "did you mean statins, statin-muscle-pain?"),
        (&["--entry", "dystnia"][..], "did you mean dystonia?"),
        (&["--print", "watr"][..], "did you mean water?"),
        (&["coach", "breath"][..], "did you mean Slow-exhale breathing?"),
        (&["--tab", "diray"][..], "did you mean diary?"),
        // The Diary tab is a screen of the app, not a tab of the guide to print.
        (&["--tab", "diary"][..], "`cramp-guide diary list` or `diary export` prints the diary"),
        (&["--print", "Diary"][..], "`cramp-guide diary list` or `diary export` prints the diary"),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains(hint), "{args:?}: {err}");
        assert!(!out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b), "no escape bytes");
    }
}
