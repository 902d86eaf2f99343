//! The browser's screens, driven through the same key handler a person uses,
//! drawn on a test backend: snapshots at 80×24 and 120×40, the help overlay,
//! and a sweep over tiny sizes.

use cramp_guide::app::App;
use cramp_guide::guide::{DEFAULT_GUIDE, parse_guide};
use cramp_guide::ui::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

fn app(width: u16, height: u16) -> App {
    let guide = parse_guide(DEFAULT_GUIDE, "guide.toml").expect("the shipped guide loads");
    App::new(guide, Theme::MONO, Size { width, height })
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn ctrl(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

#[test]
fn first_screen_shows_the_disclaimer_until_a_key_is_pressed() {
    let mut app = app(80, 24);
    assert!(screen(&app).contains("not medical advice"));
    insta::assert_snapshot!("first_screen_80x24", draw(&app).backend());
    press(&mut app, KeyCode::Down);
    assert!(!screen(&app).contains("not medical advice"));
}

#[test]
fn every_tab_at_80x24_and_120x40() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        let tabs = app.guide.tabs.len();
        for i in 0..tabs {
            press(&mut app, KeyCode::Char(char::from(b'1' + i as u8)));
            assert_eq!(app.tab, i);
            let id = app.guide.tabs[i].id.clone();
            insta::assert_snapshot!(format!("tab_{}_{id}_{w}x{h}", i + 1), draw(&app).backend());
        }
    }
}

#[test]
fn help_overlay_lists_every_key_and_closes_with_esc() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app(w, h);
        press(&mut app, KeyCode::Char('?'));
        insta::assert_snapshot!(format!("help_{w}x{h}"), draw(&app).backend());
        press(&mut app, KeyCode::Esc);
        assert!(app.overlay.is_none());
    }
}

#[test]
fn help_scrolls_to_its_last_line_and_no_further() {
    let mut app = app(80, 24);
    press(&mut app, KeyCode::F(1));
    for _ in 0..500 {
        press(&mut app, KeyCode::Down);
    }
    let bottom = screen(&app);
    assert!(bottom.contains("Questions"), "the last group shows at the bottom:\n{bottom}");
    press(&mut app, KeyCode::Down);
    assert_eq!(screen(&app), bottom, "scrolling past the end changes nothing");
}

#[test]
fn narrow_terminals_stack_the_list_above_the_text() {
    let mut app = app(60, 24);
    press(&mut app, KeyCode::Char('2'));
    insta::assert_snapshot!("causes_60x24", draw(&app).backend());
}

#[test]
fn scrolling_the_detail_stops_at_its_end() {
    let mut app = app(80, 24);
    press(&mut app, KeyCode::Down);
    for _ in 0..50 {
        press(&mut app, KeyCode::PageDown);
    }
    let end = screen(&app);
    assert!(end.contains(" end "), "the frame says the end is reached:\n{end}");
    ctrl(&mut app, 'd');
    assert_eq!(screen(&app), end);
    ctrl(&mut app, 'u');
    assert_ne!(screen(&app), end);
}

#[test]
fn tiny_sizes_render_without_panicking() {
    let mut app = app(1, 1);
    let tabs = app.guide.tabs.len();
    for w in 1..=30 {
        for h in 1..=12 {
            app.resize(Size { width: w, height: h });
            for i in 0..tabs {
                press(&mut app, KeyCode::Char(char::from(b'1' + i as u8)));
                let text = screen(&app);
                assert!(!text.trim().is_empty(), "{w}x{h} tab {i} drew nothing");
            }
            press(&mut app, KeyCode::Char('?'));
            draw(&app);
            press(&mut app, KeyCode::Esc);
        }
    }
}

#[test]
fn below_the_minimum_size_the_screen_asks_for_a_larger_window() {
    let app = app(20, 5);
    let text = screen(&app);
    assert!(text.contains("Make the window"), "{text}");
}
