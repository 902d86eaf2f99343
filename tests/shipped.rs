//! The shipped guide: its text validates, and the pre-parsed form the build
//! stored (what a normal start reads) is exactly that guide.

use cramp_guide::guide::{DEFAULT_GUIDE, parse_guide};
use cramp_guide::shipped::{PRE_PARSED, shipped_guide};

#[test]
fn shipped_text_validates() {
    if let Err(error) = parse_guide(DEFAULT_GUIDE, "guide.toml") {
        panic!("the shipped guide.toml must validate:\n{error}");
    }
}

#[test]
fn pre_parsed_form_is_the_validated_guide() {
    assert!(!PRE_PARSED.is_empty(), "build.rs stored no pre-parsed guide: guide.toml did not validate at build time");
    let validated = parse_guide(DEFAULT_GUIDE, "guide.toml").expect("the shipped guide validates");
    let decoded: cramp_guide::guide::Guide = postcard::from_bytes(PRE_PARSED).expect("the pre-parsed guide decodes");
    assert_eq!(decoded, validated);
    assert_eq!(shipped_guide().expect("the shipped guide loads"), validated);
}

#[test]
fn the_program_holds_the_guide_once_pre_parsed_not_its_text_as_well() {
    let program = std::fs::read(env!("CARGO_BIN_EXE_cramp-guide")).expect("the program is built");
    // The text's opening (comments and TOML keys) is in no pre-parsed form.
    let opening = &DEFAULT_GUIDE.as_bytes()[..200];
    assert!(!program.windows(opening.len()).any(|w| w == opening), "guide.toml's text is compiled in");
}
