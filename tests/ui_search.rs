//! The search overlay, matches marked in the text, the monochrome and ASCII
//! themes, and wide characters in a guide.

mod common;

use common::Harness;
use cramp_guide::app::App;
use cramp_guide::guide::parse_guide;
use cramp_guide::ui::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;
use ratatui::style::Modifier;

#[test]
fn search_overlay_with_results_and_with_none() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("water pills");
    let found = h.screen();
    assert!(found.contains("Diuretics"), "{found}");
    insta::assert_snapshot!("search_water_pills", h.terminal().backend());
    for _ in 0.."water pills".len() {
        h.press(KeyCode::Backspace);
    }
    h.chars("qqzzx");
    let none = h.screen();
    assert!(none.contains("No matches for \"qqzzx\""), "{none}");
    insta::assert_snapshot!("search_no_results", h.terminal().backend());
}

#[test]
fn typing_q_in_the_search_line_does_not_quit() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("q?");
    assert!(!h.app.quit);
    assert!(h.screen().contains("/ q?"));
    h.app.handle_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(h.app.quit, "Ctrl-C still quits");
}

#[test]
fn enter_jumps_esc_returns_and_n_walks_the_hits() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('4'));
    h.press(KeyCode::Char('/'));
    h.press(KeyCode::Esc);
    assert_eq!(h.app.tab, 3, "Esc cancels where the person was");
    assert!(h.app.search.is_none());

    h.search_and_go("blood clot");
    let screen = h.screen();
    assert!(screen.contains("Deep vein thrombosis"), "{screen}");
    let first = h.app.place();
    // n first walks the matches in this entry's text, then goes on to the
    // next hit.
    let in_text = h.app.matches_here().expect("the DVT entry is on screen").0.len();
    assert!(in_text >= 2, "\"blood clot\" shows up more than once in the DVT text");
    for k in 1..in_text {
        h.press(KeyCode::Char('n'));
        assert_eq!((h.app.place().tab, h.app.place().item), (first.tab, first.item), "match {k} is in the same entry");
        assert_eq!(h.app.current_match(), Some(k));
    }
    h.press(KeyCode::Char('n'));
    let second = h.app.place();
    assert_ne!((first.tab, first.item), (second.tab, second.item), "past the last match, n goes to the next hit");
    h.press(KeyCode::Char('N'));
    assert_eq!((h.app.place().tab, h.app.place().item), (first.tab, first.item), "N comes back");
    assert_eq!(h.app.current_match(), Some(in_text - 1), "to the last match of the text");
    h.press(KeyCode::Backspace);
    assert_eq!(h.app.place(), second, "Backspace retraces the jumps");
    // Esc ends the walk: no marks, and n has no search to go on with.
    assert!(h.app.highlight().is_some());
    h.press(KeyCode::Esc);
    assert!(h.app.highlight().is_none() && h.app.last_search.is_none(), "Esc clears the marks");
    assert_eq!(h.app.place(), second, "and stays where it is");
    h.press(KeyCode::Char('n'));
    assert_eq!(h.app.status.as_deref(), Some("No search yet: / searches the whole guide."));
}

#[test]
fn matches_are_marked_in_the_text_without_colour() {
    let mut h = Harness::new(80, 24);
    h.search_and_go("magnesium");
    let terminal = h.terminal();
    let buffer = terminal.backend().buffer();
    let marked: String = buffer
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED | Modifier::BOLD))
        .map(|c| c.symbol())
        .collect();
    assert!(marked.to_lowercase().contains("magnesium"), "marked cells: {marked:?}");
}

#[test]
fn ascii_theme_draws_no_box_or_block_characters() {
    let mut h = Harness::new(80, 24);
    h.app.theme = Theme::MONO.with_ascii();
    for tab in '1'..='9' {
        h.press(KeyCode::Char(tab));
        for _ in 0..3 {
            let screen = h.screen();
            let odd: Vec<char> = screen.chars().filter(|c| !c.is_ascii()).collect();
            assert!(odd.is_empty(), "tab {tab} drew {odd:?}:\n{screen}");
            h.press(KeyCode::Down);
        }
    }
    h.press(KeyCode::Char('1'));
    insta::assert_snapshot!("ascii_overview", h.terminal().backend());
}

#[test]
fn monochrome_keeps_selection_and_active_tab_visible() {
    let h = Harness::new(80, 24);
    let terminal = h.terminal();
    let buffer = terminal.backend().buffer();
    assert!(
        buffer.content().iter().all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset)
    );
    let reversed_row = |y: u16| (0..80).any(|x| buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    assert!(reversed_row(0), "active tab reversed");
    let screen = h.screen();
    assert!(screen.contains("[1 Overview]") && screen.contains('▶'), "marked, not only styled");
}

#[test]
fn wide_and_combining_characters_keep_the_layout() {
    let text = r#"
title = "Guía 足 🦵"
disclaimer = "Información general. 一般的な情報です。"
[source]
title = "Fuente"
url = "https://example.org/"
[[tabs]]
id = "uno"
title = "Músculo 筋肉 🦵"
kind = "topics"
[[tabs.entries]]
id = "calambre"
title = "Calambre nocturno 夜間のこむら返り 🦵🦵"
summary = "Résumé e\u0301 with combining accents 日本語のテキスト"
body = """
日本語の本文がここにあります。とても長い文章で、折り返しが必要になります。🦵 emoji too.

- Viñeta con acentos: ñ, é, ü, ç
- 箇条書きの二番目の項目はかなり長くて折り返されます
"""
sources = [{ title = "Ejemplo 例", url = "https://example.org/例" }]
"#;
    let guide = parse_guide(text, "wide.toml").expect("a guide with wide characters loads");
    for (w, hgt) in [(80, 24), (60, 20), (40, 12)] {
        let mut app = App::new(guide.clone(), Theme::MONO, Size { width: w, height: hgt });
        app.show_disclaimer = false;
        let mut terminal = Terminal::new(TestBackend::new(w, hgt)).unwrap();
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        let buffer = terminal.backend().buffer();
        // Wide characters must not push the frames out of line: the right
        // edge of the detail frame stays in the last column on every row.
        for y in 1..hgt - 1 {
            let edge = buffer[(w - 1, y)].symbol();
            assert!(["│", "╮", "╯"].contains(&edge), "row {y} ends with {edge:?} at {w}x{hgt}");
        }
        let screen = terminal.backend().to_string();
        if w == 80 {
            assert!(screen.contains("日本語"), "{screen}");
            insta::assert_snapshot!("wide_characters_80x24", terminal.backend());
        }
    }
}

#[test]
fn esc_typed_quickly_before_a_key_counts_as_both() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("calf");
    // A fast Esc then `5` arrives as Alt+5.
    let now = h.clock();
    h.app.handle_key_at(KeyEvent::new(KeyCode::Char('5'), KeyModifiers::ALT), now);
    assert!(h.app.search.is_none(), "Esc closed the search");
    assert_eq!(h.app.tab, 4, "and 5 went to tab 5");
}

#[test]
fn shift_n_walks_back_through_the_matches_of_a_text_then_to_the_hit_before() {
    let mut h = Harness::new(80, 24);
    h.search_and_go("blood clot");
    let first = h.app.place();
    let in_text = h.app.matches_here().expect("the DVT entry is on screen").0.len();
    assert!(in_text >= 2);
    for _ in 1..in_text {
        h.press(KeyCode::Char('n'));
    }
    assert_eq!(h.app.current_match(), Some(in_text - 1));
    for k in (0..in_text - 1).rev() {
        h.press(KeyCode::Char('N'));
        assert_eq!((h.app.place().tab, h.app.place().item), (first.tab, first.item), "match {k} is in the same entry");
        assert_eq!(h.app.current_match(), Some(k));
    }
    // Before the first match of the first hit: the last hit, at its last match.
    h.press(KeyCode::Char('N'));
    let last_hit = h.app.place();
    assert_ne!((last_hit.tab, last_hit.item), (first.tab, first.item));
    let here = h.app.matches_here().map_or(0, |(lines, _)| lines.len());
    assert_eq!(h.app.current_match(), Some(here.saturating_sub(1)));
}

#[test]
fn shift_n_with_no_match_on_screen_goes_to_the_hit_before() {
    // Walked into a text's matches, then elsewhere: N goes to the hit
    // before, whatever match of the text was current.
    let mut h = Harness::new(80, 24);
    h.search_and_go("blood clot");
    h.press(KeyCode::Char('n'));
    assert_eq!(h.app.current_match(), Some(1));
    h.press(KeyCode::Char('1'));
    assert!(h.app.matches_here().is_none(), "no match on the Overview tab");
    let last = |h: &Harness| h.app.last_search.as_ref().map(|s| (s.current, s.hits.len())).unwrap();
    let (before, n) = last(&h);
    h.press(KeyCode::Char('N'));
    assert_eq!(last(&h).0, (before + n - 1) % n);
}

#[test]
fn another_entry_of_the_same_tab_has_no_current_match() {
    let mut h = Harness::new(80, 24);
    h.search_and_go("blood clot");
    let hit = h.app.place();
    assert_eq!(h.app.current_match(), Some(0));
    h.press(KeyCode::Down);
    let other = h.app.place();
    assert_eq!(other.tab, hit.tab);
    assert_ne!(other.item, hit.item);
    assert_eq!(h.app.current_match(), None, "the next entry is not the hit");
    assert!(h.app.matches_here().is_none());
}

/// A word too long for a narrow window, which breaks it into pieces: a
/// search for its start marks the start of every piece.
const LONG_WORD: &str =
    concat!("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");

/// The shipped guide with [`LONG_WORD`] in a paragraph of its own in the
/// first entry, and in the second entry's text.
fn guide_with_a_long_word() -> String {
    let guide = cramp_guide::guide::DEFAULT_GUIDE;
    let with = guide.replacen("will not let go.\n", &format!("will not let go.\n\n{LONG_WORD}.\n"), 1);
    let with = with.replacen("explains that a cramp", &format!("explains that a {LONG_WORD} cramp"), 1);
    assert_eq!(with.len(), guide.len() + 2 * LONG_WORD.len() + 4, "both texts were changed");
    with
}

#[test]
fn matches_that_a_resize_joins_are_walked_as_one() {
    // At 40 columns the long word is broken into pieces, each marked; at
    // 200 it is one match. Walking back from the last piece after the
    // resize stays within the text's one match, then leaves it.
    let mut h = Harness::with_guide(40, 40, &guide_with_a_long_word());
    h.search_and_go(&LONG_WORD[..10]);
    let first = h.app.place();
    let pieces = h.app.matches_here().expect("the entry is on screen").0.len();
    assert!(pieces >= 3, "{pieces} pieces at 40 columns");
    for _ in 1..pieces {
        h.press(KeyCode::Char('n'));
    }
    assert_eq!(h.app.current_match(), Some(pieces - 1));
    h.app.resize(Size { width: 200, height: 40 });
    assert_eq!(h.app.matches_here().unwrap().0.len(), 1, "one match at 200 columns");

    h.press(KeyCode::Char('N'));
    assert_eq!((h.app.place().tab, h.app.place().item), (first.tab, first.item));
    assert_eq!(h.app.current_match(), Some(0));
    assert!(h.app.status.as_deref().unwrap().starts_with("Match 1 of 1 here"), "{:?}", h.app.status);
    h.press(KeyCode::Char('N'));
    assert_ne!((h.app.place().tab, h.app.place().item), (first.tab, first.item), "the second N left the text");
}

#[test]
fn the_search_overlay_takes_its_words_from_the_guide() {
    let ui = "[ui.search]\n\
        title_long = \"Buscar en la guía entera · {go} para ir · {cancel} para anular\"\n\
        title_keys = \"Buscar aquí · {go} para ir · {cancel} para anular\"\n\
        title = \"Buscar\"\n\
        type_to_search = \"Escribe para buscar.\"\n\
        what_to_try = \"Prueba: gemelo.\"\n\
        no_matches = \"Nada para «{query}».\"\n\
        did_you_mean = \"¿Querías decir {words}?\"\n\
        found = { one = \"{n} hallado\", other = \"{n} hallados\" }\n\
        best_found = \"los {shown} mejores de {total}\"\n\
        choose = \"{up} {down} elige\"\n\
        recall = \"{last} ({key} la repite)\"\n\
        no_search_yet = \"Aún no hay búsqueda: {key} busca.\"\n\
        result_status = \"Resultado {at} de {total} para «{query}»: {title}\"\n\
        match_status = \"Coincidencia {match} de {matches} aquí · resultado {at} de {total} para «{query}»\"\n";
    let text = format!("{}\n{ui}", cramp_guide::guide::DEFAULT_GUIDE);
    let mut h = Harness::with_guide(80, 24, &text);
    let mut seen = Vec::new();
    let mut look = |h: &Harness, said: &[&str]| {
        let s = h.screen();
        for said in said {
            assert!(s.contains(said), "{said:?}:\n{s}");
        }
        seen.push(s);
    };
    h.press(KeyCode::Char('n'));
    look(&h, &["Aún no hay búsqueda: / busca."]);
    h.press(KeyCode::Char('/'));
    look(&h, &["Buscar en la guía entera · Enter para ir · Esc para anular", "Escribe para buscar. Prueba: gemelo."]);
    h.chars("magnezzzium");
    look(&h, &["Nada para «magnezzzium». ¿Querías decir magnesium", "? Prueba: gemelo."]);
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('/'));
    h.chars("cramp");
    let found = |h: &Harness| h.app.search.as_ref().map(|s| (s.hits.len(), s.total)).unwrap();
    let (shown, total) = found(&h);
    assert!(total > shown, "{shown} of {total}: the list is cut");
    look(&h, &[&format!("los {shown} mejores de {total} · ↑ ↓ elige")]);
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('/'));
    h.chars("quinine");
    assert_eq!(found(&h), (1, 1), "one hit");
    look(&h, &["1 hallado · ↑ ↓ elige"]);
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('/'));
    h.chars("dialysis");
    assert_eq!(found(&h), (3, 3));
    look(&h, &["3 hallados · ↑ ↓ elige"]);
    h.press(KeyCode::Esc);
    // In a text, where n has got to; elsewhere, the result.
    h.search_and_go("blood clot");
    look(&h, &["Coincidencia 1 de 8 aquí · resultado 1 de 48 para «blood clot»"]);
    h.press(KeyCode::Char('n'));
    look(&h, &["Coincidencia 2 de 8 aquí"]);
    h.press(KeyCode::Char('/'));
    look(&h, &["/ ▏blood clot (↑ la repite)"]);
    h.press(KeyCode::Esc);
    h.search_and_go("calf cramp relief");
    look(&h, &["Resultado 1 de "]);
    // Narrower, the keys go from the title, then the rest.
    let mut narrow = Harness::with_guide(50, 24, &text);
    narrow.press(KeyCode::Char('/'));
    look(&narrow, &["╭ Buscar aquí · Enter para ir · Esc para anular ─╮"]);
    let mut narrower = Harness::with_guide(40, 24, &text);
    narrower.press(KeyCode::Char('/'));
    look(&narrower, &["╭ Buscar ─"]);
    for english in [
        "Search the guide",
        "Search ·",
        " goes",
        "cancels",
        "Type to search",
        "Try a body part",
        "No matches",
        "Did you mean",
        " found",
        "choose",
        "recalls it",
        "No search yet",
        "Result ",
        "Match ",
    ] {
        for s in &seen {
            assert!(!s.contains(english), "{english:?} is left:\n{s}");
        }
    }
}

#[test]
fn the_selected_hit_stays_in_view_and_the_list_scrolls_no_further_than_it() {
    // At 80×24 the results show eight hits (two rows each under the query
    // and the count): walking down, the selected hit is the last one shown
    // once it passes the eighth. A hit is known by "› " and the start of
    // its title (a long one is cut at the frame); a title that is the start
    // of another is not looked for.
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('/'));
    h.chars("cramp");
    let starts: Vec<String> = h
        .app
        .search
        .as_ref()
        .unwrap()
        .hits
        .iter()
        .map(|hit| format!("› {}", hit.title.chars().take(40).collect::<String>()))
        .collect();
    assert!(starts.len() > 12, "enough hits to scroll: {}", starts.len());
    let room = 8;
    for selected in 0..starts.len() {
        assert_eq!(h.app.search.as_ref().unwrap().selected, selected);
        let screen = h.screen();
        let rows: Vec<&str> = screen.lines().collect();
        let marked: Vec<&&str> = rows.iter().filter(|r| r.contains('▶')).collect();
        assert_eq!(marked.len(), 1, "one selected hit shown at {selected}:\n{screen}");
        assert!(marked[0].contains(&starts[selected]), "hit {selected} ({}) selected:\n{screen}", starts[selected]);
        let first = selected.saturating_sub(room - 1);
        for (i, start) in starts.iter().enumerate() {
            if starts.iter().filter(|s| s.contains(start.as_str())).count() > 1 {
                continue;
            }
            let on_screen = rows.iter().any(|r| r.contains(start.as_str()));
            assert_eq!(on_screen, (first..first + room).contains(&i), "hit {i} ({start}) at {selected}:\n{screen}");
        }
        h.press(KeyCode::Down);
    }
}
