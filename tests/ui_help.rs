//! Help reads whole at every width: each key's text wraps under its key
//! (never cut, never running past the frame), notes too, and the box takes
//! the room the screen has.

mod common;

use common::Harness;
use cramp_guide::text;
use crossterm::event::KeyCode;
use ratatui::layout::Size;

const SIZES: [(u16, u16); 6] = [(40, 12), (50, 16), (60, 20), (80, 24), (120, 40), (200, 50)];

/// The words of `s`, in order.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

#[test]
fn every_help_text_is_whole_and_wraps_under_its_key() {
    for (w, h) in SIZES {
        let harness = Harness::new(w, h);
        let pane = harness.app.help_pane(Size { width: w, height: h });
        let room = usize::from(pane.area.width.saturating_sub(4));
        let lines: Vec<String> = pane.lines.iter().map(|l| l.to_string()).collect();
        for line in &lines {
            assert!(text::width(line) <= room, "{w}x{h}: a help line runs past the frame ({room}): {line:?}");
            assert!(!line.contains('…'), "{w}x{h}: a help line is cut: {line:?}");
        }
        // Every text follows its key, whole, its wrapped lines under the
        // text's first column (never under the key).
        let all: Vec<String> = lines.iter().flat_map(|l| words(l)).collect();
        for group in cramp_guide::app::key_groups(&cramp_guide::guide::ui_text::UiText::english(), |_| true) {
            for (label, help) in group.keys.iter().map(|(l, h)| (*l, *h)).chain(group.note.map(|n| ("", n))) {
                let mut want = words(label);
                want.extend(words(help));
                let found = all.windows(want.len()).any(|win| win == want.as_slice());
                assert!(found, "{w}x{h}: {label:?} {help:?} is not whole in help");
            }
        }
        // Key lines start two columns in; what wraps, and the notes, start
        // where the texts do, under none of the keys.
        let own = lines.iter().find(|l| l.starts_with("  Esc q ? F1")).expect("help lists its own keys");
        let column = text::width(&own[..own.find("close help").unwrap()]);
        for line in &lines {
            let lead = line.len() - line.trim_start().len();
            assert!(
                lead <= 2 || lead == column,
                "{w}x{h}: a help line starts at column {lead}, not under the texts ({column}): {line:?}"
            );
        }
    }
}

#[test]
fn the_help_box_takes_the_width_the_screen_has() {
    for (w, h) in SIZES {
        let harness = Harness::new(w, h);
        let pane = harness.app.help_pane(Size { width: w, height: h });
        assert!(
            pane.area.width + 4 >= w.min(120),
            "{w}x{h}: help is {} columns wide on a screen of {w}",
            pane.area.width
        );
    }
}

#[test]
fn help_drawn_at_80x24_and_120x40_cuts_no_word() {
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let mut harness = Harness::new(w, h);
        harness.press(KeyCode::Char('?'));
        let pane = harness.app.help_pane(Size { width: w, height: h });
        let all: Vec<String> = pane.lines.iter().map(|l| l.to_string()).collect();
        for cut in ["Backspa ", "choic ", "numb "] {
            assert!(!all.iter().any(|l| l.ends_with(cut.trim())), "{w}x{h}: a line ends in {cut:?}");
        }
        // Page through: each page shows its lines whole on screen.
        let pages = all.len().div_ceil(pane.page().max(1));
        for _ in 0..pages {
            let screen = harness.screen();
            for line in screen.lines() {
                assert!(!line.contains('…'), "{w}x{h}: {line}");
            }
            harness.press(KeyCode::PageDown);
        }
    }
}

#[test]
fn a_guide_without_a_part_offers_none_of_its_keys_in_help_or_the_footer() {
    // One topics tab: no timer screen, no diary, no water plan, no coach,
    // no red-flag check.
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid/minimal.toml"))
        .expect("the minimal guide");
    let mut harness = Harness::with_guide(100, 40, &text);
    let footer = harness.screen().lines().last().unwrap_or_default().to_string();
    assert!(!footer.contains("! "), "no key to a timer screen the guide does not have: {footer:?}");
    assert!(footer.contains("/ ") && footer.contains("? "), "the keys every guide has stay: {footer:?}");
    let ui = cramp_guide::guide::ui_text::UiText::english();
    let help: Vec<String> =
        harness.app.help_pane(Size { width: 100, height: 40 }).lines.iter().map(|l| l.to_string()).collect();
    let help = help.join("\n");
    for absent in [&ui.keys.global_cramp_now_help, &ui.keys.diary_add_cramp_help, &ui.keys.hydration_edit_weight_help] {
        assert!(!help.contains(absent.get()), "help offers {:?} to a guide without it:\n{help}", absent.get());
    }
    assert!(help.contains(ui.keys.global_search_help.get()), "help keeps the keys every guide has:\n{help}");
    // The shipped guide has every part: all of them are offered.
    harness = Harness::new(100, 40);
    let shipped: String =
        harness.app.help_pane(Size { width: 100, height: 40 }).lines.iter().map(|l| l.to_string() + "\n").collect();
    for present in [&ui.keys.global_cramp_now_help, &ui.keys.diary_add_cramp_help, &ui.keys.hydration_edit_weight_help]
    {
        assert!(shipped.contains(present.get()), "the shipped guide's help offers {:?}", present.get());
    }
}
