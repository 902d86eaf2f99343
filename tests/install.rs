//! The installed extras, run through the real binary: the man page names
//! every option of the command line, each shell gets a completion script,
//! and an unknown shell is a usage error.

mod common;

use std::process::{Command, Output};

use clap::CommandFactory;
use common::process::Binary;
use cramp_guide::cli::Cli;

fn run(args: &[&str]) -> Output {
    Binary::new().args(args).output().expect("the binary runs")
}

/// Every `--long` and `-s` option of the command and its subcommands, as
/// clap defines them (help and version included).
fn every_option() -> Vec<String> {
    fn collect(command: &clap::Command, out: &mut Vec<String>) {
        for arg in command.get_arguments() {
            out.extend(arg.get_long().map(|long| format!("--{long}")));
            out.extend(arg.get_short().map(|short| format!("-{short}")));
        }
        for sub in command.get_subcommands() {
            collect(sub, out);
        }
    }
    let mut command = Cli::command();
    command.build();
    let mut out = Vec::new();
    collect(&command, &mut out);
    out.sort();
    out.dedup();
    out
}

#[test]
fn the_option_list_comes_from_the_definition() {
    let options = every_option();
    for expected in ["--guide", "--check", "--print", "--reduced-motion", "--plain", "--help", "-V"] {
        assert!(options.iter().any(|o| o == expected), "{expected} missing from {options:?}");
    }
}

#[test]
fn man_page_names_every_option() {
    let out = run(&["man"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page = String::from_utf8(out.stdout).expect("the page is UTF-8");
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "not a roff page: {}", &page[..page.len().min(80)]);
    assert!(page.contains(".TH cramp-guide 1"), "no title line");
    // roff writes a hyphen as `\-`. Options are set in bold (`\fB--plain\fR`)
    // in the synopses and option lists; the examples in the notes are not,
    // so an option only mentioned there does not count.
    let plain = page.replace("\\-", "-");
    let missing: Vec<String> =
        every_option().into_iter().filter(|o| !plain.contains(&format!("\\fB{o}\\fR"))).collect();
    assert!(missing.is_empty(), "the man page does not list {missing:?}");
    for sub in Cli::command().get_subcommands() {
        let heading = format!(".SS \"cramp-guide {}\"", sub.get_name());
        assert!(plain.contains(&heading), "no section for {}", sub.get_name());
    }
}

#[test]
fn each_shell_gets_a_completion_script() {
    let options = every_option();
    for shell in ["bash", "zsh", "fish"] {
        let out = run(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", String::from_utf8_lossy(&out.stderr));
        let script = String::from_utf8(out.stdout).expect("the script is UTF-8");
        assert!(!script.trim().is_empty(), "{shell}: empty script");
        assert!(script.contains("cramp-guide"), "{shell}: the script does not mention the binary");
        // fish writes `-l guide`, the others `--guide`.
        let names_an_option = options.iter().any(|o| {
            let long = o.trim_start_matches('-');
            o.starts_with("--") && (script.contains(o.as_str()) || script.contains(&format!("-l {long}")))
        });
        assert!(names_an_option, "{shell}: the script names no option");
    }
}

#[test]
fn unknown_shell_is_a_usage_error() {
    let out = run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("tcsh"));
}

#[test]
fn completions_and_man_need_no_guide() {
    // A guide that does not exist is not read for these.
    let out = run(&["--guide", "/nonexistent/guide.toml", "completions", "bash"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = run(&["--guide", "/nonexistent/guide.toml", "man"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The shipped guide's tab, entry and routine ids.
fn guide_ids() -> (Vec<String>, Vec<String>, Vec<String>) {
    use cramp_guide::guide::model::TabBody;
    let guide = cramp_guide::shipped::shipped_guide().unwrap();
    let tabs = guide.tabs.iter().map(|t| t.id.clone()).collect();
    let routines = guide
        .tabs
        .iter()
        .flat_map(|t| match &t.body {
            TabBody::Coach(rs) => rs.iter().map(|r| r.id.clone()).collect(),
            _ => Vec::new(),
        })
        .collect();
    let items = guide.item_ids().into_iter().map(str::to_string).collect();
    (tabs, items, routines)
}

#[test]
fn completions_offer_tab_entry_and_routine_ids_not_file_names() {
    let (tabs, items, routines) = guide_ids();
    for shell in ["bash", "zsh", "fish"] {
        let script = String::from_utf8(run(&["completions", shell]).stdout).unwrap();
        for id in tabs.iter().chain(&items).chain(&routines).chain([&"diary".to_string()]) {
            assert!(script.contains(id.as_str()), "{shell}: {id} is offered");
        }
    }
    // fish: `coach <TAB>` offers the routines (fish takes them from a line
    // for the command, not from the --entry list).
    let fish = String::from_utf8(run(&["completions", "fish"]).stdout).unwrap();
    for id in &routines {
        assert!(fish.lines().any(|l| l.contains("coach") && l.contains(id.as_str()) && !l.contains("-l ")), "{id}");
    }
    // bash: the values after --tab are the tab ids, not `compgen -f` (files).
    let bash = String::from_utf8(run(&["completions", "bash"]).stdout).unwrap();
    let after_tab = bash.split("--tab)").nth(1).expect("a --tab case");
    let case: String = after_tab.lines().take(3).collect::<Vec<_>>().join("\n");
    assert!(case.contains("compgen -W") && case.contains("overview") && !case.contains("compgen -f"), "{case}");
}

#[test]
fn man_page_has_keys_files_and_environment() {
    let page = String::from_utf8(run(&["man"]).stdout).unwrap().replace("\\-", "-");
    for heading in [".SH KEYS", ".SH FILES", ".SH ENVIRONMENT"] {
        assert!(page.contains(heading), "{heading} in the man page");
    }
    let section = |name: &str| {
        let start = page.find(&format!(".SH {name}")).unwrap();
        let rest = &page[start + 4..];
        rest[..rest.find("\n.SH ").unwrap_or(rest.len())].to_string()
    };
    let env = section("ENVIRONMENT");
    for var in ["CRAMP_GUIDE_DATA_DIR", "NO_COLOR", "XDG_DATA_HOME", "TERM", "PAGER"] {
        assert!(env.contains(var), "{var} in ENVIRONMENT:\n{env}");
    }
    let files = section("FILES");
    for place in ["diary.sqlite3", ".local/share/cramp-guide", "Library/Application Support", "AppData"] {
        assert!(files.contains(place), "{place} in FILES:\n{files}");
    }
    let keys = section("KEYS");
    for word in ["Everywhere", "Cramp right now", "cramp right now", "search", "quit"] {
        assert!(keys.contains(word), "{word} in KEYS:\n{keys}");
    }
}

#[test]
fn bash_completes_after_a_subcommand_too() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("cramp-guide.bash");
    std::fs::write(&script, run(&["completions", "bash"]).stdout).unwrap();
    // What bash asks the completion function for `cramp-guide WORDS<TAB>`.
    let complete = |words: &[&str]| {
        let cur = words.last().unwrap();
        let prev = words[words.len() - 2];
        let program = format!(
            "source '{}'; f=$(complete -p cramp-guide | sed 's/.*-F \\([^ ]*\\).*/\\1/'); \
             COMP_WORDS=({}); COMP_CWORD={}; $f cramp-guide '{cur}' '{prev}'; echo \"${{COMPREPLY[@]}}\"",
            script.display(),
            words.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(" "),
            words.len() - 1
        );
        match Command::new("bash").arg("-c").arg(program).output() {
            Ok(out) => Some(String::from_utf8_lossy(&out.stdout).trim().to_string()),
            Err(_) => None,
        }
    };
    let Some(routines) = complete(&["cramp-guide", "coach", "sl"]) else { return };
    assert_eq!(routines, "slow-exhale");
    assert_eq!(complete(&["cramp-guide", "diary", "add", "--du"]).unwrap(), "--duration");
    assert_eq!(complete(&["cramp-guide", "--tab", "wa"]).unwrap(), "water");
}
