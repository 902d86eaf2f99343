//! The words of the screens come from the guide: the English defaults
//! (`ui.en.toml`), and a guide's `[ui]` table over them, checked like the
//! rest of the guide.

mod common;

use common::Harness;
use cramp_guide::guide::parse_guide;
use cramp_guide::guide::ui_text::{DEFAULTS, UiText};
use crossterm::event::KeyCode;

const SHIPPED: &str = include_str!("../guide.toml");

#[test]
fn a_guide_s_ui_table_replaces_the_texts_it_names_on_screen() {
    let text = format!(
        "{SHIPPED}\n[ui.triage]\nnothing_ticked = \"Nada marcado\"\nlist_title = \"Pregunta {{at}} de {{total}}\"\n\
         verdict_title = \"Veredicto\"\nwhy_keys = \"{{tick}} marca · {{clear}} borra\"\n"
    );
    let mut h = Harness::with_guide(80, 24, &text);
    h.app.show_disclaimer = false;
    h.tab_of_kind("triage");
    let s = h.screen();
    for said in ["NADA MARCADO", "Pregunta 1 of", "Veredicto"] {
        let said = said.replace("1 of", "1 de");
        assert!(s.contains(&said), "{said:?}:\n{s}");
    }
    assert!(!s.contains("NOTHING TICKED") && !s.contains("Question 1"), "{s}");
    for _ in 0..30 {
        h.press(KeyCode::PageDown);
    }
    assert!(h.screen().contains("Space marca · r borra"), "the keys come from the key table:\n{}", h.screen());
}

#[test]
fn a_ui_table_with_mistakes_is_refused_with_each_place_and_why() {
    let text = format!(
        "{SHIPPED}\n[ui.triage]\nnothing_tickd = \"x\"\nlist_title = \"{{wrong}}\"\nbecause_ticked = {{ one = \"a\", other = \"b\" }}\n\
         [ui.triag]\nx = \"y\"\n"
    );
    let lines = SHIPPED.lines().count();
    let error = parse_guide(&text, "es.toml").expect_err("mistakes in [ui] are refused");
    let said = error.to_string();
    let at = |path: &str| {
        let p =
            error.problems.iter().find(|p| p.path == path).unwrap_or_else(|| panic!("no problem at {path}:\n{said}"));
        (p.location.as_ref().map(|l| l.line), p.message.clone())
    };
    let (line, message) = at("ui.triage.nothing_tickd");
    assert_eq!(line, Some(lines + 3), "{said}");
    assert!(message.contains("did you mean `nothing_ticked`"), "{message}");
    let (line, message) = at("ui.triage.list_title");
    assert_eq!(line, Some(lines + 4));
    assert!(message.contains("{wrong}") && message.contains("{at}"), "{message}");
    assert!(at("ui.triage.because_ticked").1.contains("one string"));
    assert!(at("ui.triag").1.contains("did you mean `triage`"));
}

#[test]
fn the_defaults_pasted_into_the_guide_change_nothing() {
    let plain = parse_guide(SHIPPED, "guide.toml").unwrap();
    let with_defaults = parse_guide(&format!("{SHIPPED}\n{DEFAULTS}"), "guide.toml").expect("ui-text's output loads");
    assert_eq!(with_defaults.ui, plain.ui);
    assert_eq!(*plain.ui, UiText::english());
    assert_eq!(with_defaults, plain);
}

#[test]
fn a_guide_s_locale_sets_the_water_plan_s_first_unit_and_a_kept_choice_still_wins() {
    let text = format!("{SHIPPED}\n[locale]\nlanguage = \"de\"\nweight_unit = \"kg\"\n");
    let mut h = Harness::with_guide(80, 24, &text);
    h.app.show_disclaimer = false;
    h.tab_of_kind("hydration");
    assert!(h.screen().contains(" 73 kg "), "the plan starts in kilograms:\n{}", h.screen());
    // A unit chosen and kept in the diary wins over the guide's.
    let data = tempfile::tempdir().unwrap();
    h.app.set_data_dir(Some(data.path().to_path_buf()));
    h.press(KeyCode::Char('u'));
    assert!(h.screen().contains(" 160 lb "), "{}", h.screen());
    let mut again = Harness::with_guide(80, 24, &text);
    again.app.set_data_dir(Some(data.path().to_path_buf()));
    again.app.after_first_frame();
    again.app.show_disclaimer = false;
    again.tab_of_kind("hydration");
    assert!(again.screen().contains(" 160 lb "), "the kept pounds, not the guide's kilograms:\n{}", again.screen());
}

#[test]
fn a_guide_s_locale_writes_the_figures_with_its_separators() {
    let text =
        format!("{SHIPPED}\n[locale]\nlanguage = \"de\"\nweight_unit = \"kg\"\ndecimal = \",\"\nthousands = \".\"\n");
    let mut h = Harness::with_guide(120, 40, &text);
    h.app.show_disclaimer = false;
    h.tab_of_kind("hydration");
    let s = h.screen();
    assert!(s.contains("2.370 ml (2,4 l)"), "thousands and decimals the German way:\n{s}");
    assert!(s.contains("at most 3,0 l a day"), "the rate's figures too:\n{s}");
    assert!(!s.contains("2,370") && !s.contains("2.4 l"), "{s}");
    // The same screen with the shipped guide keeps the English marks.
    let mut english = Harness::new(120, 40);
    english.app.show_disclaimer = false;
    english.tab_of_kind("hydration");
    english.press(KeyCode::Char('u'));
    assert!(english.screen().contains("2,370 ml (2.4 l)"), "{}", english.screen());
}

#[test]
fn print_writes_the_figures_with_the_guide_s_separators() {
    use cramp_guide::guide::weight::WeightUnit;
    use cramp_guide::print::{BodyWeight, Format, print_guide, print_guide_for};
    let text =
        format!("{SHIPPED}\n[locale]\nlanguage = \"de\"\nweight_unit = \"kg\"\ndecimal = \",\"\nthousands = \".\"\n");
    let german = cramp_guide::guide::parse_guide(&text, "de.toml").expect("the guide with a German [locale] loads");
    let water = german.tabs.iter().position(|t| t.body.kind_name() == "hydration").expect("a water plan");
    let weighed =
        print_guide_for(&german, Some(water), Format::Text, 200, Some(BodyWeight { lb: 154.0, unit: WeightUnit::Kg }));
    assert!(weighed.contains("2.280 ml (2,3 l)"), "thousands and decimals the German way:\n{weighed}");
    assert!(weighed.contains("3,0 l"), "the rate's figures too:\n{weighed}");
    assert!(!weighed.contains("2,280 ml") && !weighed.contains("2.3 l"), "{weighed}");
    let plan = print_guide(&german, Some(water), Format::Text, 200);
    for figure in ["0,5 oz per lb", "(≈ 3,0 l)", "→ 80 oz ≈ 2,4 l"] {
        assert!(plan.contains(figure), "{figure} the German way:\n{plan}");
    }
    // The shipped guide prints the English marks.
    let english = print_guide_for(
        &cramp_guide::shipped::shipped_guide().unwrap(),
        Some(water),
        Format::Text,
        200,
        Some(BodyWeight { lb: 154.0, unit: WeightUnit::Kg }),
    );
    assert!(english.contains("2,280 ml (2.3 l)"), "{english}");
}

#[test]
fn the_tab_bar_the_frames_marks_the_status_lines_and_the_export_s_name_say_the_guide_s_words() {
    let text = format!(
        "{SHIPPED}\n[ui.tabs]\ndiary = \"Diario\"\nlines_of = \"líneas {{first}}{{range}}{{last}} de {{total}}\"\n\
         more = \"{{key}} para más\"\nend = \"fin\"\nquestion = \"Pregunta\"\n[ui.coach]\nmotion_on = \"Movimiento reducido: sí.\"\n\
         [ui.diary]\nexport_file = \"diario-{{date}}\"\n[ui.footer]\nnot_kept = \"No guardado: {{problem}}\"\n"
    );
    let mut h = Harness::with_guide(150, 24, &text);
    h.app.show_disclaimer = false;
    let s = h.screen();
    assert!(s.contains("0 Diario"), "the tab's title:\n{s}");
    assert!(s.contains("líneas 1–") && s.contains("PgDn para más"), "the frame's marks:\n{s}");
    assert!(!s.contains("Diary") && !s.contains("lines 1") && !s.contains("for more"), "{s}");
    for _ in 0..200 {
        h.press(KeyCode::PageDown);
    }
    assert!(h.screen().contains(" fin "), "{}", h.screen());

    // Without a data directory the choice is not kept, and the footer says so.
    h.tab_of_kind("coach");
    h.press(KeyCode::Char('v'));
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("No guardado: "), "{footer}");
    h.press(KeyCode::Char('v'));
    let data = tempfile::tempdir().unwrap();
    h.app.set_data_dir(Some(data.path().to_path_buf()));
    h.press(KeyCode::Char('v'));
    let footer = h.screen().lines().last().unwrap().to_string();
    assert!(footer.contains("Movimiento reducido: sí."), "{footer}");
    // A question over the screen: its frame's title.
    h.start_routine();
    h.press(KeyCode::Esc);
    let s = h.screen();
    assert!(s.contains(" Pregunta ") && !s.contains("Question"), "{s}");
    h.press(KeyCode::Char('y'));

    let mut diary = cramp_guide::diary::Diary::open_or_create(data.path()).unwrap();
    let started = chrono::Local::now().fixed_offset() - chrono::Duration::hours(1);
    let cramp = cramp_guide::diary::NewCramp {
        started,
        duration: std::time::Duration::from_secs(90),
        details: Default::default(),
        note: None,
    };
    diary.add(&cramp).unwrap();
    drop(diary);
    h.app.set_data_dir(Some(data.path().to_path_buf()));
    h.press(KeyCode::Char('0'));
    h.press(KeyCode::Char('x'));
    let names: Vec<String> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    assert!(names.len() == 1 && names[0].starts_with("diario-"), "{names:?}");
}

#[test]
fn a_small_screen_keeps_the_disclaimer_s_last_sentence_in_any_language() {
    use cramp_guide::view::screen::{banner_lines, short_banner_lines};
    // The sentence that must never be cut is where the guide puts it, last,
    // whether or not it says "emergency".
    let spanish = "Esta guía es información general, no consejo médico. Si crees que es una urgencia, \
                   llama al número de emergencias (por ejemplo 112).";
    let kept = short_banner_lines(spanish, 60).join(" ");
    assert_eq!(kept, "Si crees que es una urgencia, llama al número de emergencias (por ejemplo 112).");
    let english = "An emergency is rare. Still, call 999 now if you cannot breathe!";
    assert_eq!(short_banner_lines(english, 80), ["Still, call 999 now if you cannot breathe!"]);
    // The shipped guide keeps the sentence it always kept.
    let guide = parse_guide(SHIPPED, "guide.toml").unwrap();
    assert_eq!(
        short_banner_lines(&guide.disclaimer, 200),
        ["If you think it is a medical emergency, call your local emergency number now (for example 911, 999 or 112)."]
    );
    assert!(banner_lines(&guide.disclaimer, 30).join(" ").starts_with("If you think"));
    // One sentence is all of it.
    assert_eq!(short_banner_lines("General information.", 80), ["General information."]);
}
