//! The shipped guide: its text validates, and the pre-parsed form the build
//! stored (what a normal start reads) is exactly that guide.

use cramp_guide::guide::{DEFAULT_GUIDE, parse_guide};
use cramp_guide::shipped::{pre_parsed, shipped_guide};

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
