//! The diary's state on its own: the form, the quick details, and the link
//! that opens the file only when needed.

use chrono::TimeZone;

use super::super::diary_form::{Answer, CrampForm, DetailsPrompt, FormRow};
use super::*;
use crate::guide::model::DiaryConfig;
use crate::guide::{DEFAULT_GUIDE, parse_guide};

fn config() -> DiaryConfig {
    parse_guide(DEFAULT_GUIDE, "guide.toml").unwrap().diary.expect("the shipped guide keeps a diary")
}

/// Noon in local time: the form's times are typed in local time.
fn noon() -> DateTime<FixedOffset> {
    Local.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap().fixed_offset()
}

#[test]
fn a_new_form_starts_at_now_on_the_length() {
    let cfg = config();
    let form = CrampForm::new(Some(&cfg), noon());
    assert_eq!(form.when, "2026-11-26 12:00");
    assert_eq!(form.row_kind(form.row), FormRow::Lasted);
    assert_eq!(form.rows(), cfg.fields.len() + 3);
    assert_eq!(form.row_kind(form.rows() - 1), FormRow::Note);
}

#[test]
fn typing_fills_the_row_being_filled() {
    let cfg = config();
    let mut form = CrampForm::new(Some(&cfg), noon());
    for c in "2:3x".chars() {
        form.type_key(Some(&cfg), Some(c));
    }
    form.type_key(Some(&cfg), None);
    form.type_key(Some(&cfg), Some('0'));
    assert_eq!(form.lasted, "2:30");
    // Which leg: a choice's key picks it, another key changes nothing.
    form.act(Some(&cfg), Action::Down);
    form.type_key(Some(&cfg), Some('r'));
    form.type_key(Some(&cfg), Some('z'));
    assert_eq!(form.details[0].as_deref(), Some("right"));
    // ← → cycle through the choices and "not said".
    form.act(Some(&cfg), Action::NextLink);
    assert_eq!(form.details[0].as_deref(), Some("both"));
    form.act(Some(&cfg), Action::NextLink);
    assert_eq!(form.details[0], None);
    form.act(Some(&cfg), Action::PrevLink);
    assert_eq!(form.details[0].as_deref(), Some("both"));
    // How bad: digits within the scale.
    form.act(Some(&cfg), Action::Down);
    form.act(Some(&cfg), Action::Down);
    for c in "1x0".chars() {
        form.type_key(Some(&cfg), Some(c));
    }
    assert_eq!(form.details[2].as_deref(), Some("10"));
    let cramp = form.cramp(Some(&cfg), &english().diary, noon()).unwrap();
    assert_eq!(cramp.duration, Duration::from_secs(150));
    assert_eq!(cramp.details.get("leg").map(String::as_str), Some("both"));
    assert_eq!(cramp.details.get("pain").map(String::as_str), Some("10"));
    assert_eq!(cramp.note, None);
}

#[test]
fn a_bare_number_is_minutes_and_the_form_shows_how_it_reads_the_length() {
    let cfg = config();
    let mut form = CrampForm::new(Some(&cfg), noon());
    assert_eq!(form.lasted_reading(&english().diary), "minutes, or m:ss");
    form.type_key(Some(&cfg), Some('2'));
    assert_eq!(form.lasted_reading(&english().diary), "= 2:00");
    assert_eq!(form.cramp(Some(&cfg), &english().diary, noon()).unwrap().duration, Duration::from_secs(120));
    form.lasted.set("2x");
    assert_eq!(form.lasted_reading(&english().diary), "minutes, or m:ss");
}

#[test]
fn up_and_down_wrap_round_the_rows() {
    let cfg = config();
    let mut form = CrampForm::new(Some(&cfg), noon());
    form.row = 0;
    form.act(Some(&cfg), Action::Up);
    assert_eq!(form.row_kind(form.row), FormRow::Note);
    form.act(Some(&cfg), Action::Down);
    assert_eq!(form.row_kind(form.row), FormRow::When);
}

#[test]
fn a_form_in_the_future_or_without_a_length_is_refused() {
    let cfg = config();
    let mut form = CrampForm::new(Some(&cfg), noon());
    assert!(form.cramp(Some(&cfg), &english().diary, noon()).unwrap_err().contains("How long"));
    form.lasted.set("1:00");
    form.when.set("2026-11-27 12:00");
    assert!(form.cramp(Some(&cfg), &english().diary, noon()).unwrap_err().contains("future"));
}

#[test]
fn editing_fills_the_form_from_the_cramp() {
    let cfg = config();
    let cramp = NewCramp {
        started: noon(),
        duration: Duration::from_secs(760),
        details: [("place".to_string(), "calf".to_string())].into(),
        note: Some("stairs".into()),
    };
    let form = CrampForm::editing(7, &cramp, Some(&cfg));
    assert_eq!((form.editing, form.lasted.as_str(), form.note.as_str()), (Some(7), "12:40", "stairs"));
    assert_eq!(form.details[1].as_deref(), Some("calf"));
    assert_eq!(form.cramp(Some(&cfg), &english().diary, noon() + chrono::Duration::hours(1)).unwrap(), cramp);
}

#[test]
fn the_quick_details_take_one_key_or_digits_and_enter() {
    let cfg = config();
    let cramp = NewCramp { started: noon(), duration: Duration::from_secs(5), details: Default::default(), note: None };
    let mut prompt = DetailsPrompt::new(1, cramp);
    assert_eq!(prompt.type_key(&cfg.fields[0], Some('x')), Answer::Pending);
    assert_eq!(prompt.type_key(&cfg.fields[0], Some('L')), Answer::Value("left".into()));
    assert_eq!(prompt.enter(&cfg.fields[0]), Answer::Skipped);
    let pain = &cfg.fields[2];
    assert_eq!(prompt.type_key(pain, Some('7')), Answer::Pending);
    assert_eq!(prompt.enter(pain), Answer::Value("7".into()));
    prompt.typed.clear();
    assert_eq!(prompt.enter(pain), Answer::Skipped, "Enter with nothing typed skips");
}

#[test]
fn the_link_reads_without_creating_and_creates_on_the_first_write() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut link = DiaryLink::new(Some(data.clone()));
    assert!(link.reader().is_none());
    assert_eq!(link.setting("anything"), None);
    let loaded = link.load(None, noon()).expect("an absent diary reads as empty");
    assert!(loaded.cramps.is_empty());
    assert!(!data.exists(), "reading creates nothing");
    link.writer().unwrap().set_setting("k", "v").unwrap();
    assert!(data.join(crate::diary::DIARY_FILE).exists());
    assert_eq!(link.setting("k").as_deref(), Some("v"));
}

#[test]
fn a_link_without_a_directory_never_writes() {
    let mut link = DiaryLink::new(None);
    assert!(link.load(None, noon()).unwrap().cramps.is_empty());
    assert!(matches!(link.writer().err(), Some(super::DiaryProblem::NoDataDir)));
}

fn english() -> crate::guide::ui_text::UiText {
    crate::guide::ui_text::UiText::english()
}
