//! The Diary tab's words, its dates' month and weekday names and its yes/no
//! questions come from the guide: a guide's `[ui.diary]` and `[locale]`
//! replace them on every part of the tab, and a choice is read by what the
//! guide says it means, never by its label.

mod common;

use std::path::Path;

use common::Harness;
use common::diary::cramp;
use cramp_guide::diary::Diary;
use crossterm::event::KeyCode;

const SHIPPED: &str = include_str!("../guide.toml");

const SPANISH: &str = r#"
[locale]
months = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
weekdays = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]

[ui.diary]
list_title_empty = "Tus calambres"
list_title = { one = "Tus calambres: {n}", other = "Tus calambres: {n}" }
empty_heading = "Aún no hay calambres."
empty_timer = "Cuando llegue uno, pulsa {timer} y {stopped} al acabar."
empty_add = "O pulsa {add} para añadir uno."
empty_local = "El diario se queda en este equipo."
shows_all = "{open} lo muestra todo"
stats_title = "Pautas"
last_7_days = "Últimos 7 días"
last_30_days = "Últimos 30 días"
last_90_days = "Últimos 90 días"
median = "Mediana {median}"
longest = "Máximo {longest}"
lasted_on = "{lasted} el {date}"
at_night = "De noche {night} de {all}"
chart_title = "Por semana, 12 semanas"
counts_short = "7 d {week} · 30 d {month} · 90 d {quarter}"
median_short = "mediana {median} · máx {longest}{night}"
night_short = " · noche {night}/{all}"
chart_short = "12 sem "
detail_mostly = "{label}: sobre todo {value}"
detail_mostly_count = "({count} de {answered})"
entry_title = "Calambre del {date}"
when = "Cuándo"
lasted = "Duró"
note = "Nota"
add_title = "Añadir un calambre"
edit_title = "Cambiar este calambre"
when_takes = "AAAA-MM-DD HH:MM"
lasted_takes = "minutos, o m:ss"
form_keys = "{save} guarda · {next} sigue · {cancel} cancela"
deleted = "Borrado {when} · {undo} deshace"
undone = "El calambre ha vuelto."
"#;

/// English that must not show once the Spanish is set.
const ENGLISH: [&str; 24] = [
    "Your cramps",
    "No cramps recorded",
    "press",
    "Patterns",
    "Last 7 days",
    "Median 7:07",
    "Longest",
    "At night",
    "Per week",
    "median 7:07",
    "longest",
    "night",
    "12 weeks",
    "mostly",
    "shows it all",
    "Nov",
    "Wed",
    "When",
    "Lasted",
    "Note",
    "Add a cramp",
    "YYYY",
    "saves",
    "Deleted",
];

fn seed(dir: &Path) {
    let mut diary = Diary::open_or_create(dir).unwrap();
    diary.add(&cramp(25, 23, 40, 95, &[("leg", "left"), ("place", "calf"), ("woke", "yes")], Some("x"))).unwrap();
    diary.add(&cramp(18, 3, 10, 760, &[("leg", "left"), ("place", "calf"), ("woke", "no")], None)).unwrap();
}

/// The guide in `text` with its diary in `dir`, on the fixed wall clock, on
/// the Diary tab.
fn diary_on(text: &str, w: u16, ht: u16, dir: &Path) -> Harness {
    let mut h = Harness::with_guide(w, ht, text);
    h.use_data_dir(dir);
    h.press(KeyCode::Char('0'));
    h
}

fn no_english(screen: &str, what: &str) {
    for word in ENGLISH {
        assert!(!screen.contains(word), "{what}: {word:?} is still English:\n{screen}");
    }
}

#[test]
fn the_diary_s_words_and_month_names_come_from_the_guide() {
    let text = format!("{SHIPPED}\n{SPANISH}");
    // Empty.
    let dir = tempfile::tempdir().unwrap();
    let h = diary_on(&text, 80, 24, dir.path());
    let s = h.screen();
    for said in ["Tus calambres", "Aún no hay calambres.", "pulsa ! y s al acabar", "O pulsa a para añadir"] {
        assert!(s.contains(said), "{said:?}:\n{s}");
    }
    no_english(&s, "empty");

    // The list and its statistics, wide and narrow.
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let h = diary_on(&text, 80, 24, dir.path());
    let s = h.screen();
    for said in [
        "Tus calambres: 2",
        "Pautas",
        "Últimos 7 días",
        "Mediana",
        "Máximo 12:40 el 18 nov",
        "De noche 2 de 2",
        "Por semana",
        "sobre todo Left",
        "Últimos 90 días 2",
    ] {
        assert!(s.contains(said), "{said:?}:\n{s}");
    }
    no_english(&s, "list, wide");
    let s = diary_on(&text, 120, 30, dir.path()).screen();
    assert!(s.contains("mié 25 nov 23:40"), "a wide list names the weekday:\n{s}");
    no_english(&s, "list, wider");
    let h = diary_on(&text, 50, 16, dir.path());
    let s = h.screen();
    for said in ["25 nov", "mediana", "máx", "noche 2/2", "12 sem"] {
        assert!(s.contains(said), "{said:?}:\n{s}");
    }
    no_english(&s, "list, narrow");

    // A cramp in full, the form, a delete.
    let mut h = diary_on(&text, 80, 24, dir.path());
    h.press(KeyCode::Enter);
    let s = h.screen();
    for said in ["Calambre del 25 nov 23:40", "Cuándo", "mié 25 nov 2026, 23:40", "Duró", "Nota"] {
        assert!(s.contains(said), "{said:?}:\n{s}");
    }
    no_english(&s, "one cramp");
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('a'));
    h.press(KeyCode::Up);
    let s = h.screen();
    for said in ["Añadir un calambre", "AAAA-MM-DD HH:MM", "Enter guarda · ↓ sigue · Esc cancela"] {
        assert!(s.contains(said), "{said:?}:\n{s}");
    }
    no_english(&s, "the form");
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('d'));
    let s = h.screen();
    assert!(s.contains("Borrado 25 nov 23:40 · u deshace"), "{s}");
    no_english(&s, "after a delete");
    h.press(KeyCode::Char('u'));
    assert!(h.screen().contains("El calambre ha vuelto."), "{}", h.screen());
}

#[test]
fn a_yes_no_question_is_known_by_what_its_choices_mean_not_by_their_labels() {
    // Spanish labels with `means`: shown as the field's label when yes.
    let spanish = SHIPPED
        .replace(r#"label = "Yes", means = "yes""#, r#"label = "Sí", means = "yes""#)
        .replace(r#"label = "No", means = "no""#, r#"label = "Nunca", means = "no""#);
    assert_ne!(spanish, SHIPPED);
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let s = diary_on(&spanish, 120, 30, dir.path()).screen();
    assert!(s.contains("Left, Calf, Woke me up"), "yes shows as the question:\n{s}");
    assert!(!s.contains("Sí") && !s.contains("Nunca"), "{s}");
    // Labels "Yes"/"No" without `means` are two choices like any other.
    let plain = SHIPPED.replace(r#", means = "yes""#, "").replace(r#", means = "no""#, "");
    let s = diary_on(&plain, 120, 30, dir.path()).screen();
    assert!(s.contains("Left, Calf, Yes"), "{s}");
    assert!(s.contains("Left, Calf, No"), "{s}");
}

#[test]
fn choices_and_fields_that_start_with_a_multi_byte_letter_never_panic_and_are_cut_by_characters() {
    let text = SHIPPED
        .replace(r#"label = "Which leg""#, r#"label = "Él pie, ñandú, largo nombre de campo""#)
        .replace(r#"label = "Left""#, r#"label = "Él""#)
        .replace(r#"label = "Right""#, r#"label = "Ñandú muy largo de verdad, más allá del borde""#)
        .replace(r#"label = "Yes""#, r#"label = "Ñ""#);
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path());
    let mut diary = Diary::open_or_create(dir.path()).unwrap();
    diary.add(&cramp(24, 1, 0, 30, &[("leg", "right")], None)).unwrap();
    drop(diary);
    for (w, ht) in [(80, 24), (50, 16), (40, 12), (20, 8), (8, 4), (1, 1)] {
        let mut h = diary_on(&text, w, ht, dir.path());
        let s = h.screen();
        if w >= 40 {
            assert!(s.contains("Él"), "{w}x{ht}:\n{s}");
            assert!(s.contains("Ñandú"), "{w}x{ht}: cut after whole letters:\n{s}");
        }
        h.press(KeyCode::Down);
        h.press(KeyCode::Enter);
        let _ = h.screen();
        h.press(KeyCode::Esc);
        h.press(KeyCode::Char('e'));
        for _ in 0..3 {
            h.press(KeyCode::Down);
            h.press(KeyCode::Right);
            let s = h.screen();
            if w >= 50 {
                assert!(s.contains("Él p"), "{w}x{ht}: the field's label, cut by characters:\n{s}");
            }
        }
        h.press(KeyCode::Esc);
    }
}

#[test]
fn the_diary_s_problems_are_said_in_the_guide_s_words_by_their_kind() {
    let text = format!(
        "{SHIPPED}\n[ui.diary]\nnot_a_diary = \"no es un diario; no se ha tocado\"\n\
         duration_not_positive = \"duración {{text}}: tiene que ser más de 0\"\n"
    );
    // A file that is not a diary: the tab says why, by the error's kind.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(cramp_guide::diary::DIARY_FILE), "not a database at all").unwrap();
    let s = diary_on(&text, 120, 24, dir.path()).screen();
    assert!(s.contains("no es un diario; no se ha tocado"), "{s}");
    assert!(!s.contains("is not a cramp-guide diary"), "{s}");

    // A length the form cannot take.
    let dir = tempfile::tempdir().unwrap();
    let mut h = diary_on(&text, 120, 24, dir.path());
    h.press(KeyCode::Char('a'));
    h.chars("0");
    h.press(KeyCode::Enter);
    let s = h.screen();
    assert!(s.contains("duración \"0\": tiene que ser más de 0"), "{s}");
    assert!(!s.contains("must be more than 0"), "{s}");
}
