//! The Diary tab, its form, delete with undo, a diary file that is not
//! ours, saving from the cramp screen, the diary facts beside red flags and
//! preferences kept across runs, what another copy records: driven by keys
//! on a fixed wall clock, each with its own temporary data directory.

mod common;

use std::path::Path;
use std::time::Duration;

use common::Harness;
use common::diary::cramp;
use cramp_guide::app::{CrampForm, Place, TabState};
use cramp_guide::diary::{DIARY_FILE, Diary};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZES: [(u16, u16); 3] = [(80, 24), (50, 16), (40, 12)];

fn seed(dir: &Path) {
    let mut diary = Diary::open_or_create(dir).unwrap();
    diary
        .add(&cramp(25, 23, 40, 95, &[("leg", "left"), ("place", "calf"), ("pain", "6"), ("woke", "yes")], None))
        .unwrap();
    diary
        .add(&cramp(20, 3, 10, 760, &[("leg", "left"), ("place", "calf"), ("pain", "8")], Some("after a long walk")))
        .unwrap();
    diary.add(&cramp(12, 14, 5, 45, &[("leg", "right"), ("place", "foot")], None)).unwrap();
    diary.add(&cramp(2, 1, 30, 130, &[("woke", "yes")], None)).unwrap();
}

/// Opens the selected cramp to edit and types `length` over its length.
fn edit_length(h: &mut Harness, length: &str) {
    h.press(KeyCode::Char('e'));
    h.press(KeyCode::Down);
    for _ in 0..5 {
        h.press(KeyCode::Backspace);
    }
    h.chars(length);
}

/// Goes to the Diary tab (the tenth: key 0).
fn open_diary(h: &mut Harness) {
    h.press(KeyCode::Char('0'));
    assert_eq!(h.app.tab, h.app.guide.tabs.len(), "the diary follows the guide's tabs");
}

#[test]
fn an_empty_diary_says_how_to_record_and_creates_nothing() {
    for (w, ht) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut h = Harness::with_data_dir(w, ht, dir.path());
        open_diary(&mut h);
        let screen = h.screen();
        assert!(screen.contains("No cramps recorded yet"), "{screen}");
        insta::assert_snapshot!(format!("diary_empty_{w}x{ht}"), h.terminal().backend());
        assert!(!dir.path().join(DIARY_FILE).exists(), "browsing never creates the diary");
    }
}

#[test]
fn what_another_copy_records_shows_at_the_next_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    assert!(h.screen().contains("No cramps recorded yet"));
    // Another copy (or `cramp-guide diary add`) makes the file, then adds to it.
    let mut other = Diary::open_or_create(dir.path()).unwrap();
    other.add(&cramp(25, 23, 40, 95, &[("leg", "left")], None)).unwrap();
    h.press(KeyCode::Char('j'));
    assert!(h.screen().contains("Your cramps: 1"), "the file the other copy made is read:\n{}", h.screen());
    other.add(&cramp(20, 3, 10, 760, &[], Some("after a long walk"))).unwrap();
    h.press(KeyCode::Char('1'));
    open_diary(&mut h);
    let screen = h.screen();
    assert!(screen.contains("Your cramps: 2"), "and what it wrote since:\n{screen}");
    assert!(screen.contains("20 Nov"), "{screen}");
}

#[test]
fn cramps_newest_first_with_their_stats() {
    for (w, ht) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        seed(dir.path());
        let mut h = Harness::with_data_dir(w, ht, dir.path());
        open_diary(&mut h);
        let screen = h.screen();
        let newest = screen.find("25 Nov").expect("the newest cramp shows");
        let older = screen.find("20 Nov").expect("an older cramp shows");
        assert!(newest < older, "newest first:\n{screen}");
        insta::assert_snapshot!(format!("diary_with_cramps_{w}x{ht}"), h.terminal().backend());
    }
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    let stats = &h.app.diary.link.loaded().unwrap().stats;
    assert_eq!((stats.last_7_days, stats.last_30_days, stats.total), (2, 4, 4));
}

#[test]
fn the_add_form_saves_a_cramp_by_hand() {
    for (w, ht) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut h = Harness::with_data_dir(w, ht, dir.path());
        open_diary(&mut h);
        h.press(KeyCode::Char('a'));
        h.chars("2:30");
        h.press(KeyCode::Down);
        h.chars("r");
        h.press(KeyCode::Down);
        h.chars("c");
        h.press(KeyCode::Down);
        h.chars("7");
        insta::assert_snapshot!(format!("diary_add_form_{w}x{ht}"), h.terminal().backend());
        h.press(KeyCode::Enter);
        assert!(h.app.diary.form.is_none(), "saved and closed");
        let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
        assert_eq!(cramps.len(), 1);
        let c = &cramps[0].entry;
        assert_eq!(c.duration, Duration::from_secs(150));
        assert_eq!(c.started.format("%Y-%m-%d %H:%M").to_string(), "2026-11-26 12:00", "the time defaults to now");
        assert_eq!(c.details.get("leg").map(String::as_str), Some("right"));
        assert_eq!(c.details.get("place").map(String::as_str), Some("calf"));
        assert_eq!(c.details.get("pain").map(String::as_str), Some("7"));
        assert!(h.screen().contains("2:30"));
    }
}

#[test]
fn a_cramp_over_the_threshold_added_by_hand_gets_the_same_advice_as_one_timed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    for (typed, advised) in [("9:59", false), ("12", true)] {
        h.press(KeyCode::Char('a'));
        h.chars(typed);
        h.press(KeyCode::Enter);
        let status = h.app.status.clone().unwrap_or_default();
        assert!(status.contains("Saved to your diary"), "{typed}: {status}");
        assert_eq!(status.contains("Get seen today"), advised, "{typed}: {status}");
    }
    assert!(h.screen().contains("Get seen today"), "{}", h.screen());
}

#[test]
fn the_form_refuses_what_it_cannot_read_and_keeps_the_typing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    h.press(KeyCode::Char('a'));
    h.press(KeyCode::Enter);
    assert!(h.screen().contains("How long did it last?"), "{}", h.screen());
    h.chars("soon");
    h.press(KeyCode::Enter);
    let form = h.app.diary.form.as_ref().expect("the form stays open");
    assert_eq!(form.lasted, "soon");
    assert!(form.error.as_deref().unwrap().contains("duration"), "{:?}", form.error);
    assert!(!dir.path().join(DIARY_FILE).exists(), "nothing written");
    // Esc asks before throwing the typing away: n goes back to it, y throws it away.
    h.press(KeyCode::Esc);
    assert!(h.screen().contains("Throw away what you typed in this form? y throws it away"), "{}", h.screen());
    h.press(KeyCode::Char('n'));
    assert_eq!(h.app.diary.form.as_ref().expect("the form is back").lasted, "soon");
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('y'));
    assert!(h.app.diary.form.is_none());
    assert!(!dir.path().join(DIARY_FILE).exists(), "nothing written");
    // A form nothing was typed in closes at once.
    h.press(KeyCode::Char('a'));
    h.press(KeyCode::Esc);
    assert!(h.app.diary.form.is_none() && h.app.overlay.is_none());
}

#[test]
fn edit_changes_the_selected_cramp() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    h.press(KeyCode::Down);
    edit_length(&mut h, "13:00");
    h.press(KeyCode::Enter);
    let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
    assert_eq!(cramps.len(), 4, "edited, not added");
    assert_eq!(cramps[1].entry.duration, Duration::from_secs(780));
    assert_eq!(cramps[1].entry.note.as_deref(), Some("after a long walk"), "the rest kept");
    assert_eq!(h.app.diary.selected, 1, "the edited cramp stays selected");
}

#[test]
fn an_edit_of_a_cramp_another_copy_deleted_meanwhile_is_saved_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    edit_length(&mut h, "4:00");
    let mut other = Diary::open_existing(dir.path()).unwrap().unwrap();
    let newest = other.list(None).unwrap()[0].clone();
    other.delete(newest.id).unwrap();
    drop(other);
    h.press(KeyCode::Enter);
    assert!(h.app.diary.form.is_none(), "saved and closed");
    let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
    assert_eq!(cramps.len(), 4, "the edit is in the diary, not dropped with the deleted cramp");
    let kept = cramps.iter().find(|c| c.entry.duration == Duration::from_secs(240)).expect("the edited cramp");
    assert_eq!((kept.entry.started, &kept.entry.details), (newest.entry.started, &newest.entry.details));
}

#[test]
fn a_cramp_shown_in_full_says_its_whole_date() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    h.press(KeyCode::Enter);
    assert!(h.screen().contains("Wed 25 Nov 2026, 23:40"), "{}", h.screen());
}

#[test]
fn delete_offers_undo_until_the_next_change() {
    for (w, ht) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        seed(dir.path());
        let mut h = Harness::with_data_dir(w, ht, dir.path());
        open_diary(&mut h);
        h.press(KeyCode::Char('d'));
        assert_eq!(h.app.diary.link.loaded().unwrap().cramps.len(), 3);
        let screen = h.screen();
        assert!(screen.contains("u undoes"), "{screen}");
        insta::assert_snapshot!(format!("diary_deleted_undo_{w}x{ht}"), h.terminal().backend());
        h.press(KeyCode::Char('u'));
        let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
        assert_eq!(cramps.len(), 4, "undo brings it back");
        assert!(cramps[0].entry.details.contains_key("woke"), "with its details");
    }
    // A change in between ends the undo.
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    h.press(KeyCode::Char('d'));
    h.press(KeyCode::Char('a'));
    h.chars("1:00");
    h.press(KeyCode::Enter);
    assert!(h.app.diary.undo.is_none());
    h.press(KeyCode::Char('u'));
    assert_eq!(Diary::open_existing(dir.path()).unwrap().unwrap().count().unwrap(), 4, "3 left plus the new one");
}

#[test]
fn a_diary_file_that_is_not_ours_is_shown_and_left_untouched() {
    for (w, ht) in SIZES {
        // Under /tmp itself, so the path (shown, then masked) is always as
        // long and the wrapping the same.
        let dir = tempfile::Builder::new().tempdir_in("/tmp").unwrap();
        let file = dir.path().join(DIARY_FILE);
        let bytes = b"my own notes, not a database\n".repeat(20);
        std::fs::write(&file, &bytes).unwrap();
        let mut h = Harness::with_data_dir(w, ht, dir.path());
        h.app.after_first_frame();
        open_diary(&mut h);
        let screen = h.screen();
        assert!(screen.contains("cannot be opened"), "{screen}");
        let masked = h.terminal().backend().to_string().replace(dir.path().to_str().unwrap(), "/tmp/.tmpXXXXXX");
        insta::assert_snapshot!(format!("diary_broken_{w}x{ht}"), masked);
        // Adding, deleting and keeping preferences all refuse; the guide works.
        h.press(KeyCode::Char('a'));
        assert!(h.app.diary.form.is_none());
        h.press(KeyCode::Char('9'));
        h.press(KeyCode::Char('+'));
        assert!(h.app.status.as_deref().unwrap_or("").contains("Not kept"), "{:?}", h.app.status);
        h.press(KeyCode::Char('!'));
        h.advance(Duration::from_secs(3));
        h.press(KeyCode::Char('s'));
        assert!(h.app.cramp.is_some(), "a failed save keeps the cramp on screen");
        assert!(h.app.status.as_deref().unwrap().contains("Not saved"), "{:?}", h.app.status);
        h.press(KeyCode::Char('s'));
        assert!(h.app.cramp.is_some(), "and again");
        h.press(KeyCode::Esc);
        h.press(KeyCode::Char('1'));
        assert!(h.screen().contains("Overview"));
        assert_eq!(std::fs::read(&file).unwrap(), bytes, "the file is byte-identical");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing beside it");
    }
}

#[test]
fn a_failed_save_keeps_the_cramp_and_saves_it_when_the_directory_is_back() {
    let parent = tempfile::tempdir().unwrap();
    // A file where the data directory should be: it cannot be created.
    let dir = parent.path().join("data");
    std::fs::write(&dir, b"").unwrap();
    let mut h = Harness::with_data_dir(80, 24, &dir);
    h.press(KeyCode::Char('!'));
    h.advance(Duration::from_secs(42));
    h.press(KeyCode::Char('s'));
    assert!(h.app.cramp.is_some());
    assert!(h.screen().contains("Not saved to your diary"), "{}", h.screen());
    std::fs::remove_file(&dir).unwrap();
    h.advance(Duration::from_secs(30));
    h.press(KeyCode::Char('s'));
    assert!(h.app.cramp.is_none(), "saved this time");
    let cramps = Diary::open_existing(&dir).unwrap().unwrap().list(None).unwrap();
    assert_eq!(cramps[0].entry.duration, Duration::from_secs(42), "the length it had when s was first pressed");
}

#[test]
fn s_saves_the_cramp_then_asks_the_details_one_key_each() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.press(KeyCode::Char('!'));
    h.advance(Duration::from_secs(75));
    h.press(KeyCode::Char('s'));
    assert!(h.app.cramp.is_none());
    assert!(h.screen().contains("Which leg?"), "{}", h.screen());
    assert!(h.screen().contains("Saved to your diary: that cramp lasted 1:15."), "{}", h.screen());
    let fields = h.app.guide.diary.as_ref().unwrap().fields.len();
    assert!(h.screen().contains(&format!("1 of {fields} · Esc skips the rest")), "{}", h.screen());
    h.chars("l");
    assert!(h.screen().contains(&format!("2 of {fields} · Esc skips the rest")), "{}", h.screen());
    h.chars("c");
    h.chars("12");
    assert_eq!(h.app.diary.prompt.as_ref().unwrap().typed, "2", "past the scale's top starts again");
    h.press(KeyCode::Backspace);
    assert_eq!(h.app.diary.prompt.as_ref().unwrap().typed, "", "Backspace takes the digit back");
    h.chars("10");
    h.press(KeyCode::Enter);
    h.press(KeyCode::Esc);
    assert!(h.app.diary.prompt.is_none());
    assert_eq!(h.app.status.as_deref(), Some("Saved to your diary."));
    let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
    assert_eq!(cramps.len(), 1);
    let c = &cramps[0].entry;
    assert_eq!(c.duration, Duration::from_secs(75));
    assert_eq!(c.started.timestamp() as u64, common::FIXED_NOW_SECS, "started when ! was pressed");
    let details: Vec<(&str, &str)> = c.details.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(details, [("leg", "left"), ("pain", "10"), ("place", "calf")]);
}

#[test]
fn details_go_to_the_cramp_saved_and_survive_another_copy_deleting_it_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.press(KeyCode::Char('!'));
    // A length the diary keeps to the millisecond.
    h.advance(Duration::from_micros(75_123_456));
    h.press(KeyCode::Char('s'));
    h.chars("l");
    let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
    assert_eq!(cramps.len(), 1, "the answer goes to the cramp saved, not to a copy of it");
    assert_eq!(cramps[0].entry.details.get("leg").map(String::as_str), Some("left"));
    Diary::open_existing(dir.path()).unwrap().unwrap().delete(cramps[0].id).unwrap();
    h.chars("c");
    h.chars("7");
    h.press(KeyCode::Enter);
    let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
    assert_eq!(cramps.len(), 1, "saved again as one cramp, with every answer");
    let details: Vec<(&str, &str)> = cramps[0].entry.details.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(details, [("leg", "left"), ("pain", "7"), ("place", "calf")]);
    assert_eq!(cramps[0].entry.duration, Duration::from_millis(75_123));
}

#[test]
fn esc_in_the_details_keeps_a_number_typed_and_skips_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.press(KeyCode::Char('!'));
    h.advance(Duration::from_secs(30));
    h.press(KeyCode::Char('s'));
    h.chars("l");
    h.chars("c");
    h.chars("7");
    h.press(KeyCode::Esc);
    assert!(h.app.diary.prompt.is_none());
    assert_eq!(h.app.status.as_deref(), Some("Saved to your diary."));
    let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
    let details: Vec<(&str, &str)> = cramps[0].entry.details.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(details, [("leg", "left"), ("pain", "7"), ("place", "calf")], "the 7 typed is kept");
}

#[test]
fn red_flags_and_the_cramp_screen_show_what_the_diary_says() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(120, 90, dir.path());
    h.tab_of_kind("triage");
    let hints = h.app.sign_hints();
    let hint = |sign: &str| hints.iter().find(|h| h.sign == sign).map(|h| h.said.as_str());
    assert_eq!(hint("over-ten-minutes"), Some("Your diary: longest: 12:40 on 20 Nov"));
    assert_eq!(hint("very-frequent"), Some("Your diary: 4 in the last 30 days"));
    assert_eq!(hint("disturbing-sleep"), Some("Your diary: 3 of 4 at night"));
    let screen = h.screen();
    assert!(screen.contains("Your diary: longest: 12:40"), "{screen}");
    let ticked = h.app.tabs.iter().any(|t| matches!(t, TabState::Triage(s) if s.ticked.iter().any(|&x| x)));
    assert!(!ticked, "the person still ticks");
    h.press(KeyCode::Char('!'));
    let screen = h.screen();
    assert!(screen.contains("Your diary:"), "{screen}");
}

#[test]
fn preferences_are_kept_and_reading_them_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.app.after_first_frame();
    assert!(!dir.path().join(DIARY_FILE).exists(), "reading preferences creates nothing");
    h.tab_of_kind("hydration");
    h.chars("++u");
    h.tab_of_kind("coach");
    h.chars("mv");
    assert!(h.app.options.reduced_motion);
    let mut again = Harness::with_data_dir(80, 24, dir.path());
    again.app.after_first_frame();
    again.tab_of_kind("hydration");
    assert!(again.screen().contains("77 kg"), "{}", again.screen());
    assert!(again.app.options.reduced_motion);
    let bell = again.app.tabs.iter().any(|t| matches!(t, TabState::Coach(c) if c.bell));
    assert!(bell, "the bell stays on");
    // A typed weight is kept too, in the unit it was typed in.
    again.chars("w150lb");
    again.press(KeyCode::Enter);
    let mut third = Harness::with_data_dir(80, 24, dir.path());
    third.app.after_first_frame();
    third.tab_of_kind("hydration");
    assert!(third.screen().contains("150 lb"), "{}", third.screen());
}

#[test]
fn what_ctrl_c_quits_in_the_middle_of_typing_comes_back_once_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.ctrl('c');
    assert!(!dir.path().join(DIARY_FILE).exists(), "nothing typed: nothing kept, no diary made");
    // A weight being typed.
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.tab_of_kind("hydration");
    h.chars("w72");
    h.ctrl('c');
    assert!(h.app.quit, "Ctrl-C still quits at once");
    let kept = Diary::open_existing(dir.path()).unwrap().unwrap().setting("draft:weight.water").unwrap();
    assert_eq!(kept.as_deref(), Some("72"), "kept under the water tab's id");
    let mut again = started_again(dir.path());
    assert!(again.screen().contains("Water plan: what you were typing when you quit is back."), "{}", again.screen());
    again.tab_of_kind("hydration");
    assert_eq!(again.weight_field().as_deref(), Some("72"), "the weight field is open as it was left");
    again.ctrl('c');
    let mut again = started_again(dir.path());
    again.tab_of_kind("hydration");
    assert_eq!(again.weight_field().as_deref(), Some("72"), "kept again: it was still being typed");
    again.press(KeyCode::Enter);
    again.ctrl('c');
    // A cramp being typed in the diary's form.
    let mut again = started_again(dir.path());
    assert_eq!(again.app.status, None, "the weight, used, is no draft");
    open_diary(&mut again);
    again.press(KeyCode::Char('a'));
    again.chars("1:30");
    again.press(KeyCode::Down);
    again.chars("l");
    again.ctrl('c');
    let mut third = started_again(dir.path());
    assert!(third.screen().contains("Diary: what you were typing"), "{}", third.screen());
    assert_eq!(third.app.tab, third.app.guide.tabs.len(), "on the Diary tab, where the form takes the keys");
    let form = third.app.diary.form.as_ref().expect("the form is open as it was left");
    assert_eq!((form.lasted.as_str(), form.row, form.details[0].as_deref()), ("1:30", 2, Some("left")));
    // Counted as typed: Esc asks before throwing it away.
    third.press(KeyCode::Esc);
    assert!(third.app.overlay.is_some(), "Esc asks first");
    third.press(KeyCode::Char('n'));
    third.press(KeyCode::Enter);
    let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
    assert_eq!(cramps.len(), 1, "the cramp typed before Ctrl-C is saved");
    assert_eq!(cramps[0].entry.duration, Duration::from_secs(90));
    assert_eq!(cramps[0].entry.details.get("leg").map(String::as_str), Some("left"));
    let fourth = started_again(dir.path());
    assert!(fourth.app.diary.form.is_none() && fourth.app.status.is_none(), "taken once");
}

#[test]
fn a_kept_form_opens_on_its_row_and_on_the_length_when_the_row_is_not_one_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let h = Harness::with_data_dir(80, 24, dir.path());
    let rows = CrampForm::new(h.app.guide.diary.as_ref(), chrono::Utc::now().fixed_offset()).rows();
    for (row, opens_on) in [(rows - 1, rows - 1), (rows, 1), (99, 1)] {
        let draft = |name: &str, text: String| (name.to_string(), text);
        let drafts = [
            draft("cramp.when", "2026-11-26 10:00".into()),
            draft("cramp.lasted", "2:00".into()),
            draft("cramp.row", row.to_string()),
        ];
        Diary::open_or_create(dir.path()).unwrap().keep_drafts("cramp.", &drafts).unwrap();
        let again = started_again(dir.path());
        let form = again.app.diary.form.as_ref().expect("the form is back");
        assert_eq!((form.lasted.as_str(), form.row), ("2:00", opens_on), "kept on row {row} of {rows}");
    }
}

#[test]
fn an_edit_kept_over_ctrl_c_still_replaces_its_cramp() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    edit_length(&mut h, "4:00");
    h.ctrl('c');
    let mut again = started_again(dir.path());
    assert!(again.app.diary.form.as_ref().is_some_and(|f| f.editing.is_some()), "the edit is back");
    again.press(KeyCode::Enter);
    let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
    assert_eq!(cramps.len(), 4, "edited in place, not added");
    assert_eq!(cramps[0].entry.duration, Duration::from_secs(240));
}

#[test]
fn a_damaged_draft_comes_back_only_as_it_could_have_been_typed() {
    let dir = tempfile::tempdir().unwrap();
    let draft = |name: &str, text: &str| (name.to_string(), text.to_string());
    let mut diary = Diary::open_or_create(dir.path()).unwrap();
    let form = [draft("cramp.when", "2026-11-26\u{1b}[2J 10:00"), draft("cramp.leg", "x")];
    let details = [draft("cramp.detail.leg", "sideways"), draft("cramp.detail.pain", "7")];
    diary.keep_drafts("cramp.", &[&form[..], &details[..]].concat()).unwrap();
    diary.keep_drafts("weight.water", &[draft("weight.water", &"9".repeat(5000))]).unwrap();
    drop(diary);
    let mut h = started_again(dir.path());
    let form = h.app.diary.form.as_ref().expect("the form is back");
    assert_eq!(form.when.as_str(), "2026-11-26[2J 10:00", "no control characters");
    let fields = &h.app.guide.diary.as_ref().unwrap().fields;
    let detail = |key: &str| form.details[fields.iter().position(|f| f.key == key).unwrap()].clone();
    assert_eq!((detail("leg"), detail("pain")), (None, Some("7".to_string())), "only a value the field can hold");
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('y'));
    h.tab_of_kind("hydration");
    assert_eq!(h.weight_field().map(|w| w.len()), Some(16), "no longer than can be typed");
}

/// The app started again on `dir`, its first frame up.
fn started_again(dir: &Path) -> Harness {
    let mut h = Harness::with_data_dir(80, 24, dir);
    h.app.after_first_frame();
    h
}

#[test]
fn the_diary_is_opened_for_preferences_only_when_a_screen_uses_one() {
    let dir = tempfile::tempdir().unwrap();
    Diary::open_or_create(dir.path()).unwrap().set_setting("water.unit", "kg").unwrap();
    // SQLite keeps its shared-memory index beside the file while it is open.
    let index = dir.path().join(format!("{DIARY_FILE}-shm"));
    assert!(!index.exists(), "closed, the diary leaves no index behind");
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    assert!(!h.app.after_first_frame(), "the overview needs nothing from the diary: no second frame");
    // It was looked at for a cramp timer left running, and closed again.
    assert!(!index.exists(), "the overview does not keep the diary open");
    h.chars("j");
    assert!(!index.exists(), "the overview does not open the diary");
    h.tab_of_kind("hydration");
    assert!(index.exists(), "the water plan opens it for its weight and unit");
    assert!(h.screen().contains(" kg"), "{}", h.screen());
}

#[test]
fn the_first_frame_is_drawn_again_when_and_only_when_the_diary_changed_what_it_shows() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    Diary::open_existing(dir.path()).unwrap().unwrap().set_setting("water.unit", "kg").unwrap();
    let redrawn = |setup: &dyn Fn(&mut Harness)| {
        let mut h = Harness::with_data_dir(80, 24, dir.path());
        setup(&mut h);
        h.app.after_first_frame()
    };
    assert!(!redrawn(&|_| {}), "the overview shows nothing of the diary");
    assert!(redrawn(&|h| h.tab_of_kind("hydration")), "the water plan in the unit kept");
    // A guide that starts on its red-flag check, which weighs cramps saved today.
    let first_is_the_check = |h: &mut Harness| h.app.tab = h.app.guide.triage().expect("a red-flag tab").0;
    assert!(redrawn(&first_is_the_check), "the check with the diary's facts");
    // A cramp timer to take up, over a Diary tab already read (`--tab diary`).
    let started = Harness::with_data_dir(80, 24, dir.path()).clock().wall;
    Diary::open_existing(dir.path()).unwrap().unwrap().keep_timer(4_000_000_000, started).unwrap();
    let on_the_diary = |h: &mut Harness| h.app.open_at(Place { tab: h.app.guide.tabs.len(), item: 0, scroll: 0 });
    assert!(redrawn(&on_the_diary), "the cramp screen taken up");
    // Taken up by this test's process, until saved or discarded: let go.
    let mut diary = Diary::open_existing(dir.path()).unwrap().unwrap();
    diary.forget_timer(std::process::id()).unwrap();
    assert_eq!(diary.kept_timers().unwrap(), vec![]);
    let draft = [("weight.water".to_string(), "72".to_string())];
    diary.keep_drafts("weight.water", &draft).unwrap();
    drop(diary);
    assert!(redrawn(&|_| {}), "the footer saying the weight is back");
    assert!(!redrawn(&|_| {}), "each taken once");
}

#[test]
fn the_reduced_motion_flag_wins_for_its_run() {
    let dir = tempfile::tempdir().unwrap();
    Diary::open_or_create(dir.path()).unwrap().set_setting("reduced_motion", "off").unwrap();
    let mut flagged = Harness::with_data_dir(80, 24, dir.path());
    flagged.app.options.reduced_motion = true;
    flagged.app.after_first_frame();
    assert!(flagged.app.options.reduced_motion);
    let mut plain = Harness::with_data_dir(80, 24, dir.path());
    plain.app.options.reduced_motion = true;
    Diary::open_existing(dir.path()).unwrap().unwrap().set_setting("reduced_motion", "on").unwrap();
    plain.app.options.reduced_motion = false;
    plain.app.after_first_frame();
    // The coach reads it when it comes up.
    plain.tab_of_kind("coach");
    assert!(plain.app.options.reduced_motion, "the kept choice applies without the flag");
}

#[test]
fn x_exports_markdown_to_a_new_file_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    h.press(KeyCode::Char('x'));
    h.press(KeyCode::Char('x'));
    let first = dir.path().join("cramp-diary-2026-11-26.md");
    let second = dir.path().join("cramp-diary-2026-11-26-2.md");
    let text = std::fs::read_to_string(&first).unwrap();
    assert!(text.contains("12:40"), "{text}");
    assert_eq!(std::fs::read_to_string(&second).unwrap(), text, "the second export went beside the first");
    let notice = h.app.diary.notice.as_deref().unwrap();
    assert!(notice.contains("cramp-diary-2026-11-26-2.md"), "{notice}");
    assert!(h.screen().contains("Exported for your doctor"), "{}", h.screen());
}

#[test]
fn the_cramps_are_read_only_for_a_screen_that_shows_them() {
    // The shipped guide puts diary facts beside red flags, so the Diary
    // tab, the red-flag check and the cramp screen read the cramps; the
    // other screens leave them unread, however many keys are pressed.
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    for key in [KeyCode::Tab, KeyCode::Down, KeyCode::Tab, KeyCode::BackTab] {
        h.press(key);
        assert!(!matches!(h.app.tabs[h.app.tab], TabState::Triage(_)));
        assert!(h.app.diary.link.loaded().is_none(), "read after {key:?} on tab {}", h.app.tab);
    }
    h.press(KeyCode::Char('!'));
    assert_eq!(h.app.diary.link.loaded().map(|l| l.cramps.len()), Some(4), "the cramp screen reads them");
}

#[test]
fn keys_held_with_ctrl_or_alt_are_not_typed_into_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    h.press(KeyCode::Char('a'));
    h.chars("2:3");
    let now = h.clock();
    // (Alt with a letter alone is taken as Esc and the letter: see
    // `handle_key_at`.)
    h.app.handle_key_at(KeyEvent::new(KeyCode::Char('X'), KeyModifiers::ALT | KeyModifiers::SHIFT), now);
    assert_eq!(h.app.diary.form.as_ref().unwrap().lasted, "2:3", "Alt+Shift+X is not typed");
    h.ctrl('c');
    assert_eq!(h.app.diary.form.as_ref().unwrap().lasted, "2:3", "Ctrl+C is not typed");
    assert!(h.app.quit, "Ctrl+C quits, from the form too");
}

#[test]
fn the_form_wraps_from_its_first_row_to_its_last_and_keeps_200_characters() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    h.press(KeyCode::Char('a'));
    let row = |h: &Harness| h.app.diary.form.as_ref().unwrap().row;
    let rows = h.app.diary.form.as_ref().unwrap().rows();
    assert_eq!(row(&h), 1, "a new cramp's form starts at how long it lasted");
    h.press(KeyCode::Up);
    assert_eq!(row(&h), 0);
    h.press(KeyCode::Up);
    assert_eq!(row(&h), rows - 1, "Up from the first row goes to the note");
    h.press(KeyCode::Up);
    assert_eq!(row(&h), rows - 2);
    h.press(KeyCode::Down);
    h.press(KeyCode::Down);
    assert_eq!(row(&h), 0, "Down from the note goes to the first row");
    h.press(KeyCode::Up);
    h.paste(&"n".repeat(250));
    assert_eq!(h.app.diary.form.as_ref().unwrap().note, "n".repeat(200), "a note keeps its first 200 characters");
    h.press(KeyCode::Backspace);
    assert_eq!(h.app.diary.form.as_ref().unwrap().note.len(), 199);
}

#[test]
fn keys_the_details_prompt_does_not_take_go_on_to_the_key_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.press(KeyCode::Char('!'));
    h.press(KeyCode::Char('s'));
    assert!(h.screen().contains("Which leg?"));
    // `?` answers no choice: help opens over the prompt, which stays.
    h.press(KeyCode::Char('?'));
    assert!(h.app.overlay.is_some(), "? opened help");
    assert_eq!(h.app.diary.prompt.as_ref().unwrap().field, 0, "nothing answered");
    h.press(KeyCode::Esc);
    // `q` is no leg either: it quits.
    h.press(KeyCode::Char('q'));
    assert!(h.app.quit, "q quits from the details prompt");
}

#[test]
fn backspace_in_a_scale_of_the_form_takes_one_digit_then_leaves_it_unsaid() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    h.press(KeyCode::Char('a'));
    for _ in 0..3 {
        h.press(KeyCode::Down);
    }
    let pain = |h: &Harness| h.app.diary.form.as_ref().unwrap().details[2].clone();
    h.chars("10");
    assert_eq!(pain(&h).as_deref(), Some("10"));
    h.press(KeyCode::Backspace);
    assert_eq!(pain(&h).as_deref(), Some("1"));
    h.press(KeyCode::Backspace);
    assert_eq!(pain(&h), None, "nothing typed: not said");
}

/// The lines of the screen, cut to the inside of the frames, joined: text
/// wrapped over several rows reads as one run of words.
fn words_on(screen: &str) -> String {
    let inside = screen.lines().map(|l| l.trim_matches('"').trim_matches(|c| matches!(c, '│' | ' ' | '╭' | '╰')));
    inside.collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn enter_shows_a_long_cramp_in_full_without_editing_it() {
    let note = "after a long walk uphill in the cold, the left calf seized twice in the night and stayed sore all day";
    let mut any_longer = false;
    for (w, ht) in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut diary = Diary::open_or_create(dir.path()).unwrap();
        diary.add(&cramp(20, 3, 10, 760, &[("leg", "left"), ("place", "calf"), ("pain", "8")], Some(note))).unwrap();
        diary.add(&cramp(12, 14, 5, 45, &[("leg", "right")], None)).unwrap();
        drop(diary);
        let mut h = Harness::with_data_dir(w, ht, dir.path());
        open_diary(&mut h);
        let list = h.screen();
        assert!(!words_on(&list).contains(note), "{w}x{ht}: the list cuts the long row:\n{list}");
        assert!(list.contains("Enter shows it all"), "{w}x{ht}: the list says how to read it all:\n{list}");
        h.press(KeyCode::Enter);
        assert!(h.app.diary.form.is_none(), "{w}x{ht}: Enter does not edit");
        // The footer offers paging exactly when the view's own text is
        // longer than its page (its frame then says so); the tab under it
        // has nothing to page.
        let longer = h.screen().contains("PgDn for more");
        any_longer |= longer;
        let pages = h.app.footer_hints().iter().any(|hint| hint.key == "PgDn");
        assert_eq!(pages, longer, "{w}x{ht}: paging offered as the view needs it:\n{}", h.screen());
        let mut seen = words_on(&h.screen());
        // The view scrolls where it is taller than the screen.
        for _ in 0..6 {
            h.press(KeyCode::PageDown);
            seen.push(' ');
            seen.push_str(&words_on(&h.screen()));
        }
        for part in [note, "12:40", "Left", "Calf", "8"] {
            assert!(seen.contains(part), "{w}x{ht}: the detail view shows {part:?}:\n{}", h.screen());
        }
        // ↓ shows the next (older) cramp; Esc goes back to the list.
        h.press(KeyCode::Down);
        assert_eq!(h.app.diary.selected, 1, "{w}x{ht}");
        assert!(words_on(&h.screen()).contains("Right"), "{w}x{ht}:\n{}", h.screen());
        h.press(KeyCode::Esc);
        assert_eq!(h.screen(), {
            let mut again = Harness::with_data_dir(w, ht, dir.path());
            open_diary(&mut again);
            again.press(KeyCode::Down);
            again.screen()
        });
        // e from the detail view edits that cramp.
        h.press(KeyCode::Enter);
        h.press(KeyCode::Char('e'));
        assert!(h.app.diary.form.as_ref().is_some_and(|f| f.editing.is_some()), "{w}x{ht}: e edits it");
    }
    assert!(any_longer, "at some size the view is longer than its page");
}

#[test]
fn the_diary_footer_at_80_columns_keeps_x_export() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    let screen = h.screen();
    let footer = screen.lines().last().unwrap();
    assert!(footer.contains("x export"), "{footer}");
}

#[test]
fn the_forms_text_rows_take_the_search_lines_editing_keys_and_arrows_still_change_a_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    open_diary(&mut h);
    h.press(KeyCode::Char('a'));
    let lasted = |h: &Harness| {
        let form = h.app.diary.form.as_ref().unwrap();
        (form.lasted.to_string(), form.lasted.cursor())
    };
    h.chars("230");
    h.press(KeyCode::Left);
    h.press(KeyCode::Left);
    h.chars(":");
    assert_eq!(lasted(&h), ("2:30".into(), 2), "← moves the cursor; typing goes in there");
    assert!(h.screen().contains("2:▏30"), "the cursor shows where it is:\n{}", h.screen());
    h.press(KeyCode::Right);
    assert_eq!(lasted(&h).1, 3);
    h.press(KeyCode::Home);
    h.press(KeyCode::Delete);
    assert_eq!(lasted(&h), (":30".into(), 0), "Delete takes the character under the cursor");
    h.chars("3");
    h.press(KeyCode::End);
    assert_eq!(lasted(&h), ("3:30".into(), 4));
    h.ctrl('a');
    assert_eq!(lasted(&h).1, 0, "Ctrl-a: the start");
    h.ctrl('e');
    h.press(KeyCode::Left);
    h.ctrl('u');
    assert_eq!(lasted(&h), ("0".into(), 0), "Ctrl-u: all before the cursor");
    h.ctrl('e');
    h.press(KeyCode::Backspace);
    h.chars("2:30");
    // The first detail is a choice: → and ← go through its choices, and
    // leave the length as it was.
    h.press(KeyCode::Down);
    h.press(KeyCode::Right);
    let leg = |h: &Harness| h.app.diary.form.as_ref().unwrap().details[0].clone();
    assert_eq!(leg(&h).as_deref(), Some("left"));
    h.press(KeyCode::Right);
    h.press(KeyCode::Left);
    assert_eq!(leg(&h).as_deref(), Some("left"));
    h.press(KeyCode::Home);
    h.press(KeyCode::Delete);
    h.ctrl('u');
    assert_eq!(leg(&h).as_deref(), Some("left"), "editing keys leave a choice alone");
    assert_eq!(lasted(&h), ("2:30".into(), 4));
    // The note: Ctrl-w takes the word before the cursor, by characters.
    h.press(KeyCode::Up);
    h.press(KeyCode::Up);
    h.press(KeyCode::Up);
    h.chars("crampe à la nuit");
    h.ctrl('w');
    h.ctrl('w');
    let note = |h: &Harness| {
        let form = h.app.diary.form.as_ref().unwrap();
        (form.note.to_string(), form.note.cursor())
    };
    assert_eq!(note(&h), ("crampe à ".into(), 10));
    h.press(KeyCode::Left);
    h.press(KeyCode::Left);
    assert_eq!(note(&h).1, 7, "before à, never inside it");
    h.press(KeyCode::End);
    h.press(KeyCode::Backspace);
    h.press(KeyCode::Enter);
    let cramps = Diary::open_existing(dir.path()).unwrap().unwrap().list(None).unwrap();
    assert_eq!(cramps[0].entry.duration, Duration::from_secs(150));
    assert_eq!(cramps[0].entry.details.get("leg").map(String::as_str), Some("left"));
    assert_eq!(cramps[0].entry.note.as_deref(), Some("crampe à"));
}
