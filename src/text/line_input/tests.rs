use super::{Edit, LineInput, Shown};

/// A line holding `text` with the cursor `back` characters from its end.
fn at(text: &str, back: usize) -> LineInput {
    let mut line = LineInput::with_text(text, 200);
    for _ in 0..back {
        line.edit(Edit::Left);
    }
    line
}

/// The text and the cursor (a byte offset) after `edits`.
fn after(mut line: LineInput, edits: &[Edit]) -> (String, usize) {
    for &e in edits {
        line.edit(e);
    }
    (line.to_string(), line.cursor())
}

#[test]
fn typing_goes_in_at_the_cursor() {
    let mut line = LineInput::new(200);
    for c in "日本".chars() {
        assert!(line.insert(c));
    }
    assert_eq!((line.as_str(), line.cursor()), ("日本", 6));
    line.edit(Edit::Left);
    assert!(line.insert('É'));
    assert_eq!((line.as_str(), line.cursor()), ("日É本", 5));
    line.edit(Edit::Home);
    line.insert('😀');
    assert_eq!((line.as_str(), line.cursor()), ("😀日É本", 4));
}

#[test]
fn the_cursor_moves_by_characters_as_they_show() {
    // É is two bytes, 日 three, 😀 four; "é" as e and a combining accent,
    // and a family joined with zero-width joiners, each show as one.
    let text = "É日😀e\u{301}👨\u{200D}👩\u{200D}👧!";
    let stops = [0, 2, 5, 9, 12, 30, 31];
    let mut line = LineInput::with_text(text, 200);
    line.edit(Edit::Home);
    for &stop in &stops[1..] {
        line.edit(Edit::Right);
        assert_eq!(line.cursor(), stop, "right");
    }
    line.edit(Edit::Right);
    assert_eq!(line.cursor(), text.len(), "right stops at the end");
    for &stop in stops.iter().rev().skip(1) {
        line.edit(Edit::Left);
        assert_eq!(line.cursor(), stop, "left");
    }
    line.edit(Edit::Left);
    assert_eq!(line.cursor(), 0, "left stops at the start");
    assert_eq!(after(at(text, 3), &[Edit::End]).1, text.len());
    assert_eq!(after(at(text, 3), &[Edit::Home]).1, 0);
}

#[test]
fn moving_never_changes_the_text() {
    let mut line = at("日本 É", 2);
    for e in [Edit::Left, Edit::Right, Edit::Home, Edit::End] {
        assert!(!line.edit(e), "{e:?}");
        assert_eq!(line.as_str(), "日本 É");
    }
}

#[test]
fn delete_back_and_forward_take_one_character() {
    assert_eq!(after(at("日本É", 0), &[Edit::DeleteBack]), ("日本".into(), 6));
    assert_eq!(after(at("日本É", 1), &[Edit::DeleteBack]), ("日É".into(), 3));
    assert_eq!(after(at("日本É", 1), &[Edit::DeleteForward]), ("日本".into(), 6));
    assert_eq!(after(at("a😀b", 2), &[Edit::DeleteForward]), ("ab".into(), 1));
    assert_eq!(after(at("ae\u{301}", 0), &[Edit::DeleteBack]), ("a".into(), 1), "the accent with its letter");
    assert_eq!(after(at("ae\u{301}b", 2), &[Edit::DeleteForward]), ("ab".into(), 1), "the letter with its accent");
    // Nothing to take: unchanged, and said so.
    let mut line = at("日本", 0);
    assert!(!line.edit(Edit::DeleteForward));
    line.edit(Edit::Home);
    assert!(!line.edit(Edit::DeleteBack));
    assert!(line.edit(Edit::DeleteForward));
    assert_eq!((line.as_str(), line.cursor()), ("本", 0));
}

#[test]
fn delete_to_start_keeps_what_follows_the_cursor() {
    assert_eq!(after(at("calf nigh", 1), &[Edit::DeleteToStart]), ("h".into(), 0));
    assert_eq!(after(at("日本", 1), &[Edit::DeleteToStart]), ("本".into(), 0));
    let mut line = at("日本", 2);
    assert!(!line.edit(Edit::DeleteToStart), "nothing before the cursor");
}

#[test]
fn delete_word_takes_the_word_before_the_cursor_and_its_spaces() {
    assert_eq!(after(at("calf cramp", 0), &[Edit::DeleteWord]), ("calf ".into(), 5));
    assert_eq!(after(at("calf cramp  ", 0), &[Edit::DeleteWord]), ("calf ".into(), 5));
    assert_eq!(after(at("日本 語る", 1), &[Edit::DeleteWord]), ("日本 る".into(), 7));
    assert_eq!(after(at("É b", 2), &[Edit::DeleteWord]), (" b".into(), 0));
    assert_eq!(after(at("", 0), &[Edit::DeleteWord]), (String::new(), 0));
}

#[test]
fn typing_stops_at_the_most_characters_not_bytes() {
    let mut line = LineInput::new(3);
    for c in "日É😀x".chars() {
        line.insert(c);
    }
    assert_eq!(line.as_str(), "日É😀", "three characters of nine bytes");
    assert!(line.is_full());
    line.edit(Edit::Home);
    assert!(!line.insert('y'), "full anywhere");
    line.edit(Edit::DeleteForward);
    assert!(line.insert('y'));
    assert_eq!(line.as_str(), "yÉ😀");
}

#[test]
fn a_longer_text_set_is_kept_whole_and_typing_waits_until_it_is_shorter() {
    let mut line = LineInput::with_text("abcdef", 4);
    assert_eq!((line.as_str(), line.cursor()), ("abcdef", 6));
    assert!(!line.insert('g'));
    line.edit(Edit::DeleteBack);
    line.edit(Edit::DeleteBack);
    assert!(!line.insert('g'), "four is still full");
    line.edit(Edit::DeleteBack);
    assert!(line.insert('g'));
    assert_eq!(line.as_str(), "abcg");
}

#[test]
fn control_characters_are_not_typed() {
    let mut line = LineInput::new(10);
    assert!(!line.insert('\n') && !line.insert('\u{1b}') && !line.insert('\t'));
    assert_eq!(line.as_str(), "");
}

#[test]
fn set_and_clear_put_the_cursor_at_the_end() {
    let mut line = at("abc", 2);
    line.set("日本");
    assert_eq!(line.cursor(), 6);
    line.clear();
    assert_eq!((line.as_str(), line.cursor()), ("", 0));
    assert!(LineInput::default().insert('x'), "the default has no limit");
}

/// The line as drawn with a one-column cursor "|".
fn drawn(line: &LineInput, width: usize) -> String {
    let Shown { head, tail } = line.shown(width, 1, "…");
    format!("{head}|{tail}")
}

#[test]
fn a_line_that_just_fits_before_the_cursor_is_not_cut() {
    let fits = "abcdefghijklmnopq";
    assert_eq!(drawn(&at(fits, 0), 18), "abcdefghijklmnopq|");
    let over = "abcdefghijklmnopqr";
    assert_eq!(drawn(&at(over, 0), 18), "…cdefghijklmnopqr|", "one more: cut at the left, the cursor kept");
}

#[test]
fn the_text_after_the_cursor_fills_the_width_and_a_little_of_it_stays_in_view() {
    let line = at("abcdefghijklmnopqrstuvwxyz", 21);
    assert_eq!(drawn(&line, 18), "abcde|fghijklmnop…");
    assert_eq!(drawn(&at("abcdefghijklmnopqrstuvwxyz", 26), 18), "|abcdefghijklmnop…", "the cursor at the start");
    // Far along, the head gives way to eight columns after the cursor.
    assert_eq!(drawn(&at("abcdefghijklmnopqrstuvwxyz", 10), 18), "…ijklmnop|qrstuvw…");
}

#[test]
fn the_window_counts_display_columns_and_never_splits_a_character() {
    // Each of these is two columns wide: the head keeps whole ones.
    let line = at("日本語日本語", 0);
    assert_eq!(drawn(&line, 8), "…日本語|", "the ellipsis, three wide characters and the cursor");
    assert_eq!(drawn(&line, 9), "…日本語|", "half a wide character is never shown: a column stays empty");
    let line = at("日本語日本語", 6);
    assert_eq!(drawn(&line, 8), "|日本語…");
    let emoji = at("😀😀😀😀 e\u{301}", 0);
    let shown = emoji.shown(7, 1, "…");
    assert_eq!(shown.head, "…😀 e\u{301}", "the accent stays with its letter");
    // Room for the ellipsis alone: never an accent without its letter.
    assert_eq!(at("abcde\u{301}", 0).shown(2, 1, "…").head, "…");
    for width in 0..20 {
        for back in 0..8 {
            let line = at("É日😀e\u{301} 👨\u{200D}👩\u{200D}👧 x", back);
            let Shown { head, tail } = line.shown(width, 1, "…");
            let used = super::super::width(&head) + 1 + super::super::width(&tail);
            assert!(used <= width.max(1), "{width} {back}: {head}|{tail}");
            let kept = head.trim_start_matches('…').to_string();
            assert!(line.as_str()[..line.cursor()].ends_with(&kept), "{width} {back}: {head}");
        }
    }
}

#[test]
fn text_read_back_is_taken_as_it_could_have_been_typed() {
    let line = LineInput::as_typed("7\u{1b}[2J2\nkg and more", 5);
    assert_eq!((line.as_str(), line.cursor), ("7[2J2", 5), "no control characters, at most 5");
    assert_eq!(LineInput::as_typed("ça va", 200).as_str(), "ça va");
}
