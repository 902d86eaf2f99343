//! Names on the command line are forgiving: ids in any case, a tab by a word
//! of its title, a routine by its title, and "did you mean" for the rest.

mod common;

use std::process::Output;

use common::process::Binary;

fn run(args: &[&str]) -> Output {
    Binary::new().args(args).env("TERM", "dumb").output().expect("run cramp-guide")
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
        (&["--entry", "statin"][..], "; did you mean \"statins\" or \"statin-muscle-pain\"? `cramp-guide --list`"),
        (&["--entry", "dystnia"][..], "; did you mean \"dystonia\"? `cramp-guide --list`"),
        (&["--print", "watr"][..], "; did you mean \"water\"? The tabs are: overview, "),
        (&["--tab", "redd"][..], "; did you mean \"Red flags\"? The tabs are: overview, "),
        (&["coach", "breath"][..], "; did you mean \"Slow-exhale breathing\"? The routines are: calf-relief, "),
        (&["--tab", "diray"][..], "; did you mean \"diary\"? The tabs are: "),
        (&["--tab", "zzzzzz"][..], "no tab is called \"zzzzzz\". The tabs are: "),
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

#[test]
fn the_diary_is_offered_as_a_tab_to_open_but_not_to_print() {
    let open = run(&["--tab", "nowhere"]);
    assert_eq!(open.status.code(), Some(2));
    assert!(
        text(&open.stderr).contains("The tabs are: overview, causes,")
            && text(&open.stderr).ends_with(", water, diary.\n"),
        "{}",
        text(&open.stderr)
    );
    let print = run(&["--print", "nowhere"]);
    assert_eq!(print.status.code(), Some(2));
    assert!(text(&print.stderr).ends_with(", water.\n"), "{}", text(&print.stderr));
}

#[test]
fn coach_help_lists_the_routines_by_id_and_title() {
    let guide = cramp_guide::shipped::shipped_guide().expect("the shipped guide");
    let routines: Vec<(String, String)> = guide
        .tabs
        .iter()
        .flat_map(|t| match &t.body {
            cramp_guide::guide::model::TabBody::Coach(rs) => {
                rs.iter().map(|r| (r.id.clone(), r.title.clone())).collect()
            }
            _ => Vec::new(),
        })
        .collect();
    assert!(routines.len() >= 3, "{routines:?}");
    for args in [&["coach", "--help"][..], &["help", "coach"], &["coach", "-h"]] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        let help = text(&out.stdout);
        for (id, title) in &routines {
            assert!(
                help.lines().any(|l| l.contains(id.as_str()) && l.contains(title.as_str())),
                "{args:?}: {id} ({title}) on one line of:\n{help}"
            );
        }
    }
}

#[test]
fn diary_help_lists_only_the_options_that_apply_to_it() {
    let drawing = ["--ascii", "--color", "--reduced-motion"];
    for args in [&["diary", "--help"][..], &["diary", "add", "--help"], &["diary", "export", "--help"]] {
        let help = text(&run(args).stdout);
        for option in drawing {
            assert!(!help.contains(option), "{args:?} offers {option}, which changes nothing there:\n{help}");
        }
        assert!(help.contains("--data-dir") && help.contains("--guide"), "{args:?}: these apply:\n{help}");
    }
    let coach = text(&run(&["coach", "--help"]).stdout);
    for option in drawing {
        assert!(coach.contains(option), "coach draws a screen: {option}\n{coach}");
    }
    let refused = run(&["diary", "list", "--ascii"]);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));
}

#[test]
fn a_bare_start_reads_the_command_line_as_clap_does() {
    use clap::Parser;
    // A bare start skips clap (src/main.rs): what it takes instead must be
    // what clap would have made of the same empty command line.
    let parsed = cramp_guide::cli::Cli::try_parse_from(["cramp-guide"]).expect("a bare command line parses");
    assert_eq!(format!("{parsed:#?}"), format!("{:#?}", cramp_guide::cli::Cli::bare()));
}
