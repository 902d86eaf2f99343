//! The shipped guide: its text validates, and the pre-parsed form the build
//! stored (what a normal start reads) is exactly that guide; a start reads
//! only the tabs it shows.

mod common;

use common::Harness;
use cramp_guide::guide::model::TabBody;
use cramp_guide::guide::{DEFAULT_GUIDE, parse_guide};
use cramp_guide::shipped::{pre_parsed, shipped_guide};
use crossterm::event::KeyCode;

#[test]
fn shipped_text_validates() {
    if let Err(error) = parse_guide(DEFAULT_GUIDE, "guide.toml") {
        panic!("the shipped guide.toml must validate:\n{error}");
    }
}

#[test]
fn pre_parsed_form_is_the_validated_guide() {
    assert!(!pre_parsed().is_empty(), "build.rs stored no pre-parsed guide: guide.toml did not validate at build time");
    let validated = parse_guide(DEFAULT_GUIDE, "guide.toml").expect("the shipped guide validates");
    let decoded: cramp_guide::guide::Guide = postcard::from_bytes(pre_parsed()).expect("the pre-parsed guide decodes");
    assert_eq!(decoded, validated);
    assert_eq!(shipped_guide().expect("the shipped guide loads"), validated);
    // Loading gives the stored pages back to the kernel; they read the same.
    assert_eq!(pre_parsed().as_ptr() as usize % 4096, 0, "the stored guide starts a page");
    let again: cramp_guide::guide::Guide = postcard::from_bytes(pre_parsed()).expect("it decodes after loading");
    assert_eq!(again, validated);
    assert_eq!(shipped_guide().expect("it loads a second time"), validated);
}

#[test]
fn the_program_holds_the_guide_once_pre_parsed_not_its_text_as_well() {
    let program = std::fs::read(env!("CARGO_BIN_EXE_cramp-guide")).expect("the program is built");
    // The text's opening (comments and TOML keys) is in no pre-parsed form.
    let opening = &DEFAULT_GUIDE.as_bytes()[..200];
    assert!(!program.windows(opening.len()).any(|w| w == opening), "guide.toml's text is compiled in");
}

/// Which tabs' content has been read, by tab index.
fn read_tabs(h: &Harness) -> Vec<usize> {
    (0..h.app.guide.tabs.len()).filter(|&t| h.app.guide.tabs[t].body.is_read()).collect()
}

#[test]
fn a_start_reads_the_content_of_the_tabs_it_shows_and_no_other() {
    let validated = parse_guide(DEFAULT_GUIDE, "guide.toml").expect("the shipped guide validates");
    let guide = shipped_guide().expect("the shipped guide loads");
    assert!(guide.tabs.iter().all(|t| !t.body.is_read()), "reading the guide reads no tab's content yet");
    let printed = format!("{:?}", guide.tabs[1].body);
    assert!(printed.contains("not read yet"), "{printed}");
    assert!(!guide.tabs[1].body.is_read(), "printing a tab's content does not read it");
    // The first frame shows the first tab's first entry, whose related
    // links are labelled with their titles (read from their tabs), and the
    // water plan's state starts at the plan's own weight.
    let TabBody::Topics(entries) = &validated.tabs[0].body else { panic!("the first tab lists topics") };
    let mut shown: Vec<usize> =
        entries[0].related.iter().filter_map(|id| validated.find_item(id)).map(|(t, ..)| t).collect();
    shown.push(0);
    shown.extend(validated.tabs.iter().position(|t| t.body.kind_name() == "hydration"));
    shown.sort();
    shown.dedup();
    assert!(shown.len() < validated.tabs.len() / 2, "most tabs are not needed for the first frame: {shown:?}");
    let coach = guide.tabs.iter().position(|t| t.body.kind_name() == "coach").expect("a coach tab");
    assert!(!shown.contains(&coach));
    let mut h = Harness::on(80, 24, guide);
    let first = h.screen();
    assert!(first.contains("What a leg cramp is"), "{first}");
    assert_eq!(read_tabs(&h), shown, "the first frame reads what it shows");
    // A tab's number goes straight to it: that tab is read, no other.
    let key = char::from_digit(coach as u32 + 1, 10).expect("a tab with a number key");
    h.press(KeyCode::Char(key));
    let screen = h.screen();
    assert!(screen.contains("Calf cramp relief"), "{screen}");
    shown.push(coach);
    shown.sort();
    assert_eq!(read_tabs(&h), shown);
    // What is read later is the guide as validated.
    assert_eq!(h.app.guide, validated);
    assert!(h.app.guide.tabs.iter().all(|t| t.body.is_read()));
}
