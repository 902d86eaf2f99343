//! Light terminal backgrounds: no text or frame is drawn in ANSI colours 7
//! or 8 (light and dark grey), which vanish on white. Dim text uses the
//! terminal's own foreground, dimmed, which reads on both.

mod common;

use common::Harness;
use cramp_guide::ui::Theme;
use crossterm::event::KeyCode;
use ratatui::style::Color;

fn is_grey(c: Color) -> bool {
    matches!(c, Color::Gray | Color::DarkGray | Color::White | Color::Indexed(7 | 8 | 15))
}

#[test]
fn no_screen_uses_ansi_grey() {
    let mut h = Harness::new(80, 24);
    h.app.theme = Theme::COLOR;
    let mut screens = vec![h.terminal()];
    for i in 1..=h.app.tabs.len() {
        h.press(KeyCode::Char(char::from(b'0' + i as u8)));
        screens.push(h.terminal());
    }
    h.press(KeyCode::Char('5'));
    h.press(KeyCode::Char(' '));
    screens.push(h.terminal());
    h.press(KeyCode::Char('!'));
    screens.push(h.terminal());
    h.press(KeyCode::Char('?'));
    screens.push(h.terminal());
    for terminal in &screens {
        let buffer = terminal.backend().buffer();
        for cell in buffer.content() {
            assert!(!is_grey(cell.fg) && !is_grey(cell.bg), "{cell:?} in\n{}", terminal.backend());
        }
    }
}
