//! The first frame, disclaimer banner and all, shows at least one row of
//! every pane it draws, on every tab, at every size from 40×12 up: nothing
//! waits for the first key to appear.

mod common;

use std::path::Path;
use std::time::Duration;

use common::Harness;
use cramp_guide::app::Place;
use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;

const WIDTHS: [u16; 6] = [40, 45, 50, 60, 80, 120];
const HEIGHTS: [u16; 8] = [12, 13, 14, 16, 18, 20, 24, 40];

/// Frames with no row inside: a top corner right above a bottom corner, or
/// a top edge on the last row.
fn empty_frames(buf: &Buffer) -> Vec<(u16, u16)> {
    let area = buf.area;
    let mut out = Vec::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if buf[(x, y)].symbol() != "╭" {
                continue;
            }
            let below = if y + 1 < area.bottom() { buf[(x, y + 1)].symbol() } else { "" };
            if below != "│" {
                out.push((x, y));
            }
        }
    }
    out
}

/// Two cramps in the diary of `dir`, timed and saved on another app.
fn seed(dir: &Path) {
    let mut h = Harness::with_data_dir(80, 24, dir);
    for secs in [150, 70] {
        h.press(KeyCode::Char('!'));
        h.advance(Duration::from_secs(secs));
        h.press(KeyCode::Char('s'));
        h.press(KeyCode::Esc);
    }
}

/// The first frame of `--tab N` (or `coach ROUTINE`) at a size, banner on.
fn first_frame(w: u16, h: u16, dir: &Path, tab: usize, routine: Option<&str>) -> Harness {
    let mut harness = Harness::with_data_dir(w, h, dir);
    harness.app.show_disclaimer = true;
    harness.app.open_at(Place { tab, item: 0, scroll: 0 });
    if let Some(id) = routine {
        harness.app.start_routine(id, harness.clock());
    }
    harness.app.after_first_frame();
    harness
}

/// The coach tab's index.
fn coach_tab() -> usize {
    Harness::new(80, 24).app.guide.tabs.iter().position(|t| t.body.kind_name() == "coach").unwrap()
}

#[test]
fn every_pane_of_the_first_frame_has_a_row_at_every_size() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let tabs = Harness::new(80, 24).app.tabs.len();
    let coach = coach_tab();
    let mut wrong = Vec::new();
    for w in WIDTHS {
        for h in HEIGHTS {
            let tabs = (0..tabs).map(|t| (t, None));
            let starts = tabs.chain([(coach, Some("slow-exhale")), (coach, Some("calf-relief"))]);
            for (tab, routine) in starts {
                let harness = first_frame(w, h, dir.path(), tab, routine);
                let terminal = harness.terminal();
                let buf = terminal.backend().buffer();
                let screen = terminal.backend().to_string();
                assert!(screen.contains("emergency"), "{w}x{h}: the banner shows on the first frame:\n{screen}");
                let empty = empty_frames(buf);
                if !empty.is_empty() {
                    wrong.push(format!("{w}x{h} tab {} {routine:?}: empty frames at {empty:?}\n{screen}", tab + 1));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} first frames draw a pane with no row:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn at_50x16_the_first_frame_shows_the_routines_and_the_cramps() {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let coach = first_frame(50, 16, dir.path(), coach_tab(), None).screen();
    assert!(coach.contains("Routines"), "the coach's routine list shows under the banner:\n{coach}");
    assert!(coach.contains("Calf cramp relief"), "{coach}");
    let diary_tab = Harness::new(80, 24).app.tabs.len() - 1;
    let diary = first_frame(50, 16, dir.path(), diary_tab, None).screen();
    assert!(diary.contains("▶") && diary.contains("2:30"), "the diary's cramps show under the banner:\n{diary}");
}
