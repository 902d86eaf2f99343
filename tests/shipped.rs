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
