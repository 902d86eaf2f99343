//! The coach's words: every plural the guide's one/other form, the cautions first in
//! `--plain`, and a session that reads the same with `--ascii` and without
//! colour.

mod common;

use std::time::Duration;

use common::Harness;
use cramp_guide::guide::model::TabBody;
use cramp_guide::guide::ui_text::UiText;
use cramp_guide::plain_coach::script;
use cramp_guide::text::figures::Numbers;
use cramp_guide::ui::Theme;
use crossterm::event::KeyCode;

#[test]
fn every_plural_is_the_guide_s_one_or_other_form() {
    let ui = UiText::english();
    assert_eq!(ui.coach.breathing_cycles.count(1, &[]), "1 breathing cycle");
    assert_eq!(ui.coach.breathing_cycles.count(0, &[]), "0 breathing cycles");
    assert_eq!(ui.coach.cycles.count(6, &[]), "6 cycles");
    assert_eq!(ui.print.minutes.count(1, &[]), "1 minute");
    assert_eq!(ui.print.minutes.count(10, &[]), "10 minutes");
}

#[test]
fn the_summary_says_one_breathing_cycle() {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("coach");
    h.press(KeyCode::Down);
    h.start_routine();
    // Lead-in (3 s) and one full cycle (4 + 7 + 1 s), then stop.
    h.advance(Duration::from_secs_f64(3.0 + 12.5));
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('y'));
    let screen = h.screen();
    assert!(screen.contains("Stopped last time: 0:16 · 1 breathing cycle"), "{screen}");
    assert!(!screen.contains("1 breathing cycles"), "{screen}");
}

#[test]
fn plain_says_the_cautions_before_anything_else() {
    let guide = common::guide();
    let (tab, index) = guide.find_routine("calf-relief").unwrap();
    let TabBody::Coach(routines) = &guide.tabs[tab].body else { unreachable!() };
    let routine = routines[index].clone();
    let cues = script(&routine, &UiText::english(), Numbers::ENGLISH);
    assert!(!routine.cautions.is_empty());
    for (k, caution) in routine.cautions.iter().enumerate() {
        assert_eq!(cues[1 + k].line, format!("Caution: {caution}"));
        assert_eq!(cues[1 + k].at, Duration::ZERO);
    }
    assert!(cues[1 + routine.cautions.len()].line.starts_with("Get ready"), "{:?}", cues);
}

#[test]
fn ascii_and_no_colour_keep_every_word_and_figure() {
    let mut h = Harness::new(80, 24);
    h.app.theme = Theme::MONO.with_ascii();
    h.tab_of_kind("coach");
    h.start_routine();
    h.advance(Duration::from_secs_f64(5.0 + 12.0));
    let screen = h.screen();
    assert!(screen.is_ascii(), "{screen}");
    assert!(screen.contains("HOLD"), "{screen}");
    // Eighteen seconds left, in seven-segment figures.
    assert!(screen.contains("  | |_|"), "{screen}");
    assert!(screen.contains("step 1 of 3 | 2:"), "{screen}");
    let backend = h.terminal();
    let buffer = backend.backend().buffer();
    assert!(
        buffer.content.iter().all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset)
    );
}
