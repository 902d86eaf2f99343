//! A timed cramp is never lost by a key: `q` asks first (save it, discard
//! it, or keep going), `x` can be undone for a few seconds, and Enter on
//! the cramp screen goes back to a relief routine already under way instead
//! of starting it again; the cramp screen's scroll stays within it after a
//! resize. A cramp being timed is kept in the diary, so Ctrl-C (which quits
//! at once) does not lose it: the next start takes it up again. Driven by
//! keys on injected clocks.

mod common;

use std::path::Path;
use std::time::Duration;

use common::Harness;
use cramp_guide::app::{STATUS_FOR, TabState};
use cramp_guide::diary::Diary;
use crossterm::event::KeyCode;

/// The cramps saved in `dir`, as (seconds lasted).
fn saved(dir: &Path) -> Vec<u64> {
    let Some(diary) = Diary::open_existing(dir).unwrap() else { return Vec::new() };
    diary.list(None).unwrap().iter().map(|c| c.entry.duration.as_secs()).collect()
}

/// A cramp timed for `secs`, its screen hidden when `hide`.
fn timed(h: &mut Harness, secs: u64, hide: bool) {
    h.press(KeyCode::Char('!'));
    h.advance(Duration::from_secs(secs));
    if hide {
        h.press(KeyCode::Esc);
    }
}

#[test]
fn q_while_a_cramp_is_timed_asks_and_s_saves_it_then_quits() {
    for hide in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = Harness::with_data_dir(80, 24, dir.path());
        timed(&mut h, 75, hide);
        h.press(KeyCode::Char('q'));
        assert!(!h.app.quit, "q with a cramp timed asks first (screen hidden: {hide})");
        let screen = h.screen();
        assert!(screen.contains("s saves it"), "the question says how to save the cramp:\n{screen}");
        assert!(saved(dir.path()).is_empty(), "nothing is saved before the answer");
        h.press(KeyCode::Char('s'));
        assert!(h.app.quit, "s saves the cramp, then quits");
        assert_eq!(saved(dir.path()), vec![75], "the cramp is in the diary, as long as it lasted");
    }
}

#[test]
fn in_the_question_x_discards_and_quits_and_n_or_esc_keep_going() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    timed(&mut h, 20, true);
    for keep in [KeyCode::Char('n'), KeyCode::Esc] {
        h.press(KeyCode::Char('q'));
        h.press(keep);
        assert!(!h.app.quit, "{keep:?} keeps going");
        assert!(h.app.overlay.is_none(), "{keep:?} closes the question");
        assert!(h.app.cramp.is_some(), "{keep:?} keeps the timer");
    }
    h.advance(Duration::from_secs(5));
    let before = h.app.cramp.as_ref().unwrap().elapsed(h.clock());
    assert_eq!(before, Duration::from_secs(25), "the timer ran on through the question");
    h.press(KeyCode::Char('q'));
    h.press(KeyCode::Char('x'));
    assert!(h.app.quit, "x in the question discards the cramp, then quits");
    assert!(saved(dir.path()).is_empty(), "a discarded cramp is not saved");
}

#[test]
fn ctrl_c_quits_at_once_while_a_cramp_is_timed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    timed(&mut h, 10, false);
    h.ctrl('c');
    assert!(h.app.quit, "Ctrl-C never asks");
}

/// A process id no running process can have: the copy that kept a timer
/// under it has ended.
const ENDED: u32 = 4_000_000_000;

/// The timers kept in `dir`'s diary, as (owner, start).
fn kept(dir: &Path) -> Vec<(u32, std::time::SystemTime)> {
    Diary::open_existing(dir).unwrap().map(|d| d.kept_timers().unwrap()).unwrap_or_default()
}

/// A copy (process id [`ENDED`]) on `dir` that timed a cramp for 10 s,
/// its screen hidden when `hide`.
fn timing(dir: &Path, hide: bool) -> Harness {
    let mut h = Harness::with_data_dir(80, 24, dir);
    h.app.diary.owner = ENDED;
    timed(&mut h, 10, hide);
    h
}

/// The app started again on `dir`, by a copy with process id `owner`,
/// `later` after the first one's clock origin, its first frame up.
fn start_again(dir: &Path, owner: u32, later: Duration) -> Harness {
    let mut again = Harness::with_data_dir(80, 24, dir);
    again.app.diary.owner = owner;
    again.advance(later);
    again.app.after_first_frame();
    again
}

#[test]
fn after_ctrl_c_the_next_start_takes_the_cramp_timer_up_from_when_the_cramp_began() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = timing(dir.path(), true);
    let started = h.app.cramp.as_ref().unwrap().started;
    assert_eq!(kept(dir.path()), vec![(ENDED, started)], "the running timer is kept in the diary");
    h.ctrl('c');
    assert!(h.app.quit);

    let mut again = start_again(dir.path(), ENDED + 1, Duration::from_secs(40));
    let cramp = again.app.cramp.as_ref().expect("the timer is taken up again");
    assert_eq!(cramp.started, started, "from when the cramp began");
    assert!(cramp.visible, "its screen shows");
    assert_eq!(kept(dir.path()), vec![(ENDED + 1, started)], "the timer is this copy's now");
    let screen = again.screen();
    let footer = screen.lines().last().unwrap();
    assert!(footer.contains("taken up again"), "the footer says so: {footer}");
    assert!(footer.contains(&format!("from {}", started_at(started))), "and when the cramp began: {footer}");
    assert!(screen.contains("0:40"), "the screen counts from when the cramp began:\n{screen}");

    again.press(KeyCode::Char('s'));
    assert_eq!(saved(dir.path()), vec![40], "s saves the cramp as long as it lasted in all");
    assert_eq!(kept(dir.path()), vec![], "a saved cramp's timer is let go with the save");
    let third = start_again(dir.path(), ENDED + 2, Duration::from_secs(60));
    assert!(third.app.cramp.is_none(), "nothing is taken up twice");
}

#[test]
fn what_was_typed_waits_while_a_timer_taken_up_has_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = timing(dir.path(), true);
    h.press(KeyCode::Char('0'));
    h.press(KeyCode::Char('a'));
    h.chars("2:00");
    h.ctrl('c');
    let mut again = start_again(dir.path(), ENDED + 1, Duration::from_secs(40));
    assert!(again.app.cramp.as_ref().is_some_and(|c| c.visible), "the timer is taken up, on screen");
    assert!(again.app.diary.form.is_none(), "the form waits");
    again.press(KeyCode::Char('s'));
    assert_eq!(saved(dir.path()), vec![40]);
    let third = start_again(dir.path(), ENDED + 2, Duration::from_secs(60));
    let form = third.app.diary.form.as_ref().expect("the form is back at the next start");
    assert_eq!(form.lasted.as_str(), "2:00");
}

/// The shipped guide without its cramp screen (`[cramp_now]` and its
/// escalations), as a guide on another topic might be.
fn guide_without_a_cramp_screen() -> String {
    let guide = cramp_guide::guide::DEFAULT_GUIDE;
    let start = guide.find("\n[cramp_now]\n").expect("the shipped guide has a cramp screen");
    let end = start + guide[start..].find("\n[diary]\n").expect("the diary follows it");
    format!("{}{}", &guide[..start], &guide[end..])
}

#[test]
fn a_timer_is_taken_up_only_where_there_is_a_cramp_screen_and_no_cramp_is_timed_already() {
    let dir = tempfile::tempdir().unwrap();
    let started = Harness::with_data_dir(80, 24, dir.path()).clock().wall - Duration::from_secs(60);
    Diary::open_or_create(dir.path()).unwrap().keep_timer(ENDED, started).unwrap();
    let mut other_topic = Harness::with_guide(80, 24, &guide_without_a_cramp_screen());
    other_topic.use_data_dir(dir.path());
    other_topic.app.diary.owner = ENDED + 1;
    other_topic.app.after_first_frame();
    assert!(other_topic.app.cramp.is_none(), "no cramp screen: nothing to take it up into");
    assert_eq!(kept(dir.path()), vec![(ENDED, started)], "left as it was");
    let mut timing_already = Harness::with_data_dir(80, 24, dir.path());
    timing_already.app.diary.owner = ENDED + 2;
    timing_already.press(KeyCode::Char('!'));
    let own = timing_already.app.cramp.as_ref().unwrap().started;
    timing_already.app.after_first_frame();
    assert_eq!(timing_already.app.cramp.as_ref().map(|c| c.started), Some(own), "the cramp being timed stays");
    assert!(kept(dir.path()).contains(&(ENDED, started)), "and the one left waits");
}

/// A timer a copy that has ended kept 30 hours ago in `dir`, and the app
/// started again on it: the timer's start, and the app.
fn taken_up_30_hours_on(dir: &Path) -> (std::time::SystemTime, Harness) {
    let started = Harness::with_data_dir(80, 24, dir).clock().wall - Duration::from_secs(30 * 3600);
    Diary::open_or_create(dir).unwrap().keep_timer(ENDED, started).unwrap();
    (started, start_again(dir, ENDED + 1, Duration::ZERO))
}

#[test]
fn a_timer_left_running_on_another_day_says_the_day() {
    let dir = tempfile::tempdir().unwrap();
    let (started, again) = taken_up_30_hours_on(dir.path());
    assert_eq!(again.app.cramp.as_ref().map(|c| c.started), Some(started));
    let local = chrono::DateTime::<chrono::Local>::from(started);
    let day = format!("from {} {} {}", local.format("%-d"), local.format("%b"), local.format("%H:%M"));
    let screen = again.screen();
    assert!(screen.lines().last().unwrap().contains(&day), "the footer says the day: {day}\n{screen}");
}

#[test]
fn a_timer_run_past_a_day_is_never_saved_as_a_cramp_and_stays_until_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut again) = taken_up_30_hours_on(dir.path());
    again.press(KeyCode::Char('s'));
    assert!(saved(dir.path()).is_empty(), "a 30-hour cramp is not put in the diary");
    assert!(again.app.cramp.is_some(), "the timer stays on screen");
    let footer = again.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("is over the 24 hours"), "the footer says why: {footer}");
    again.press(KeyCode::Char('q'));
    again.press(KeyCode::Char('s'));
    assert!(!again.app.quit, "saving it to quit does not quit, as for any save that fails");
    assert!(again.app.cramp.is_some());
    again.press(KeyCode::Char('q'));
    again.press(KeyCode::Char('x'));
    assert!(again.app.quit, "x discards it and quits");
    assert_eq!(kept(dir.path()), vec![], "and lets the timer go");
}

#[test]
fn a_cramp_timed_for_a_whole_day_is_saved_and_a_second_more_is_not() {
    for (secs, kept_as) in [(24 * 3600, vec![24 * 3600]), (24 * 3600 + 1, vec![])] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = Harness::with_data_dir(80, 24, dir.path());
        timed(&mut h, secs, false);
        h.press(KeyCode::Char('s'));
        assert_eq!(saved(dir.path()), kept_as, "timed for {secs} s");
    }
}

/// `started` as the footer says it: hours and minutes, local time.
fn started_at(started: std::time::SystemTime) -> String {
    chrono::DateTime::<chrono::Local>::from(started).format("%H:%M").to_string()
}

#[test]
fn a_timer_another_copy_still_runs_is_left_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    // This test process runs, and has the name it has.
    h.app.diary.owner = std::process::id();
    timed(&mut h, 10, false);
    let other = start_again(dir.path(), ENDED, Duration::from_secs(20));
    assert!(other.app.cramp.is_none(), "the other copy's timer is not taken");
    assert_eq!(kept(dir.path()).len(), 1);
    assert!(!other.screen().contains("taken up"));
}

#[test]
fn a_timer_ended_by_any_key_is_not_taken_up_and_one_brought_back_is() {
    let dir = tempfile::tempdir().unwrap();
    let again = |h: &Harness| start_again(dir.path(), ENDED + 1, h.at + Duration::from_secs(1));
    // x on the cramp screen, and the question's x: let go.
    let mut h = timing(dir.path(), false);
    h.press(KeyCode::Char('x'));
    assert_eq!(kept(dir.path()), vec![], "x lets the timer go");
    assert!(again(&h).app.cramp.is_none());
    // u brings it back, kept again.
    h.press(KeyCode::Char('u'));
    let started = h.app.cramp.as_ref().unwrap().started;
    assert_eq!(kept(dir.path()), vec![(ENDED, started)], "u keeps it again");
    h.press(KeyCode::Char('q'));
    h.press(KeyCode::Char('x'));
    assert!(h.app.quit);
    assert_eq!(kept(dir.path()), vec![], "the question's x lets it go");
    // The question's s: saved and let go together.
    let mut h = timing(dir.path(), false);
    h.press(KeyCode::Char('q'));
    h.press(KeyCode::Char('s'));
    assert_eq!((saved(dir.path()), kept(dir.path())), (vec![10], vec![]));
    assert!(again(&h).app.cramp.is_none());
}

#[test]
fn a_timer_taken_up_while_a_routine_runs_keeps_running_behind_it() {
    let dir = tempfile::tempdir().unwrap();
    timing(dir.path(), false).ctrl('c');
    // `cramp-guide coach ROUTINE`: the routine starts before the first frame.
    let mut again = Harness::with_data_dir(80, 24, dir.path());
    again.app.diary.owner = ENDED + 1;
    let routine = again.app.guide.cramp_now.as_ref().and_then(|c| c.routine.clone()).unwrap();
    let now = again.clock();
    again.app.start_routine(&routine, now);
    again.press(KeyCode::Char(' '));
    assert!(again.app.routine_running(), "the relief routine runs");
    assert!(again.app.after_first_frame(), "the screen changes");
    let cramp = again.app.cramp.as_ref().expect("the timer is taken up");
    assert!(!cramp.visible, "the routine keeps the screen");
    assert!(again.app.routine_running());
    assert!(again.screen().lines().last().unwrap().contains("taken up again"));
}

#[test]
fn x_on_the_cramp_screen_can_be_undone_while_its_note_shows() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    timed(&mut h, 30, false);
    let started = h.app.cramp.as_ref().unwrap().started;
    h.press(KeyCode::Char('x'));
    assert!(h.app.cramp.is_none(), "x discards the timer");
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("u undoes"), "the footer offers the undo: {footer}");
    // The note's end is the only wake-up: nothing else runs.
    assert_eq!(h.app.next_wake(h.clock()), Some(h.clock().mono + STATUS_FOR));
    h.advance(Duration::from_secs(2));
    h.press(KeyCode::Char('u'));
    let cramp = h.app.cramp.as_ref().expect("u brings the timer back");
    assert_eq!(cramp.started, started, "from when the cramp began");
    assert_eq!(cramp.elapsed(h.clock()), Duration::from_secs(32), "it counted on while discarded");
    assert!(cramp.visible, "its screen shows again");
}

#[test]
fn the_undo_ends_with_its_note_and_idle_is_idle_after() {
    let dir = tempfile::tempdir().unwrap();
    // By time: the note's end.
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    h.tab_of_kind("hydration");
    timed(&mut h, 30, false);
    h.press(KeyCode::Char('x'));
    assert!(h.screen().contains("u undoes"), "the undo is offered");
    h.advance(STATUS_FOR);
    assert_eq!(h.app.next_wake(h.clock()), None, "nothing left to wake for");
    let unit = match &h.app.tabs[h.app.tab] {
        TabState::Hydration(w) => w.unit,
        _ => unreachable!(),
    };
    h.press(KeyCode::Char('u'));
    assert!(h.app.cramp.is_none(), "too late: u is the water plan's key again");
    assert!(matches!(&h.app.tabs[h.app.tab], TabState::Hydration(w) if w.unit != unit), "u switched the unit");
    // By a key: any other key ends the offer, as it ends the note.
    let mut h = Harness::with_data_dir(80, 24, dir.path());
    timed(&mut h, 30, false);
    h.press(KeyCode::Char('x'));
    h.press(KeyCode::Char('j'));
    h.press(KeyCode::Char('u'));
    assert!(h.app.cramp.is_none(), "the undo went with its note");
}

#[test]
fn enter_on_the_cramp_screen_goes_to_the_relief_routine_under_way() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('!'));
    h.press(KeyCode::Enter);
    let session = |h: &Harness| match &h.app.tabs[h.app.tab] {
        TabState::Coach(c) => c.session.as_deref().map(|(_, s)| s.position(h.clock().mono)),
        _ => None,
    };
    if session(&h) == Some(Duration::ZERO) {
        // Its cautions take longer to read than its lead-in: Space starts it.
        h.press(KeyCode::Char(' '));
    }
    h.advance(Duration::from_secs(20));
    let under_way = session(&h).expect("the relief routine runs");
    assert!(under_way >= Duration::from_secs(15), "{under_way:?}");
    h.press(KeyCode::Char('!'));
    assert!(h.app.cramp.as_ref().unwrap().visible);
    let screen = h.screen();
    assert!(screen.contains("Enter goes back to"), "the screen says Enter goes back to the routine:\n{screen}");
    h.press(KeyCode::Enter);
    assert!(!h.app.cramp.as_ref().unwrap().visible, "Enter shows the routine");
    assert_eq!(session(&h), Some(under_way), "the routine goes on where it was, not from the start");
}

#[test]
fn end_and_home_scroll_the_cramp_screen() {
    for (code, home) in [(KeyCode::End, KeyCode::Home), (KeyCode::Char('G'), KeyCode::Char('g'))] {
        let mut h = Harness::new(50, 16);
        h.press(KeyCode::Char('!'));
        let pane = h.app.cramp_pane().unwrap();
        let last = pane.lines.len() - pane.page();
        assert!(last > 0, "the cramp screen scrolls at 50x16");
        h.press(code);
        assert_eq!(h.app.cramp.as_ref().unwrap().scroll.top(), last, "{code:?} goes to the end");
        h.press(home);
        assert_eq!(h.app.cramp.as_ref().unwrap().scroll.top(), 0, "back to the top");
    }
}

#[test]
fn the_cramp_screens_keys_are_never_cut() {
    for (w, ht) in [(40, 12), (50, 16), (80, 24)] {
        let mut h = Harness::new(w, ht);
        h.press(KeyCode::Char('!'));
        h.press(KeyCode::End);
        let screen = h.screen();
        assert!(screen.contains("(the timer keeps running)"), "{w}x{ht}:\n{screen}");
    }
}

#[test]
fn the_cramp_screens_scroll_is_kept_within_it_after_a_resize() {
    let mut h = Harness::new(40, 12);
    h.app.show_disclaimer = false;
    h.press(KeyCode::Char('!'));
    let small = h.app.cramp_pane().expect("the cramp screen's pane").extent();
    assert!(small.last_top() > 0, "the cramp screen scrolls at 40×12: {small:?}");
    for _ in 0..50 {
        h.press(KeyCode::PageDown);
    }
    let scroll = |h: &Harness| h.app.cramp.as_ref().unwrap().scroll.top();
    assert_eq!(scroll(&h), small.last_top());
    h.app.resize(ratatui::layout::Size { width: 60, height: 20 });
    let larger = h.app.cramp_pane().unwrap().extent();
    assert!(larger.last_top() < small.last_top(), "{small:?} → {larger:?}");
    assert_eq!(scroll(&h), larger.last_top(), "the scroll is at the new end");
}

#[test]
fn the_cramp_screens_footer_offers_paging_by_its_own_text_not_the_tabs_under_it() {
    // The footer's hints in full (a narrow footer leaves some out).
    let pages = |h: &Harness| h.app.footer_hints().iter().any(|hint| hint.key == "PgDn");
    // A size where the tab under the cramp screen scrolls and the cramp
    // screen's own text fits.
    let fits = [(80, 40), (100, 40), (120, 50), (160, 60)].into_iter().find_map(|(w, ht)| {
        let mut h = Harness::new(w, ht);
        h.press(KeyCode::Char('j'));
        let tab_scrolls = h.app.scroll_pane(h.app.tab).is_some_and(|p| p.extent().last_top() > 0);
        h.press(KeyCode::Char('!'));
        let cramp_fits = h.app.cramp_pane().is_some_and(|p| p.extent().last_top() == 0);
        (tab_scrolls && cramp_fits).then_some(h)
    });
    let h = fits.expect("a size where the topic scrolls and the cramp screen fits");
    assert!(!pages(&h), "nothing to page on the cramp screen");
    // Where the cramp screen's text is longer than its page, paging is offered.
    let mut h = Harness::new(50, 16);
    h.press(KeyCode::Char('!'));
    assert!(h.app.cramp_pane().is_some_and(|p| p.extent().last_top() > 0));
    assert!(pages(&h), "its text pages");
}
