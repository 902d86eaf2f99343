//! The red-flag check, the "cramp right now" screen and the water plan,
//! driven by keys on a fake clock: the check's keys follow its display
//! order, its "why" panel keeps a scroll within a text that shrank, and the
//! water plan's kilograms use the exact factor.

mod common;

use std::time::Duration;

use common::Harness;
use cramp_guide::app::hydration::{HydrationState, Unit};
use cramp_guide::app::{Current, Place, TabState, TriageState};
use cramp_guide::guide::DEFAULT_GUIDE;
use cramp_guide::print::{BodyWeight, Format, print_guide_for};
use crossterm::event::KeyCode;

#[test]
fn triage_with_nothing_ticked_then_an_urgent_sign() {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("triage");
    let calm = h.screen();
    // Nothing answered is not a verdict: the card says how to answer.
    assert!(calm.contains("NOTHING TICKED YET"), "{calm}");
    assert!(!calm.contains("SELF-CARE"), "{calm}");
    insta::assert_snapshot!("triage_nothing_ticked", h.terminal().backend());
    // The first question shown is the most urgent level's.
    h.press(KeyCode::Char(' '));
    let urgent = h.screen();
    assert!(urgent.contains("CALL YOUR EMERGENCY NUMBER NOW"), "{urgent}");
    assert!(urgent.contains("Because you ticked"), "{urgent}");
    insta::assert_snapshot!("triage_urgent_ticked", h.terminal().backend());
    h.press(KeyCode::Char('r'));
    assert!(h.screen().contains("SELF-CARE IS REASONABLE"), "cleared after answering: self-care");
}

#[test]
fn self_care_shows_only_once_the_questions_are_looked_through() {
    for key in [KeyCode::Down, KeyCode::Char('j'), KeyCode::End, KeyCode::Char('r')] {
        let mut h = Harness::new(80, 24);
        h.tab_of_kind("triage");
        h.press(key);
        let s = h.screen();
        assert!(s.contains("SELF-CARE IS REASONABLE") && !s.contains("NOTHING TICKED"), "{key:?}: {s}");
    }
    // Scrolling "why" or switching tabs answers nothing.
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("triage");
    h.press(KeyCode::PageDown);
    h.press(KeyCode::Tab);
    h.press(KeyCode::BackTab);
    assert!(h.screen().contains("NOTHING TICKED YET"), "{}", h.screen());
}

#[test]
fn a_cramp_timed_past_the_threshold_shows_on_the_verdict_until_dismissed() {
    let mut h = Harness::new(80, 30);
    let data = tempfile::tempdir().unwrap();
    h.app.set_data_dir(Some(data.path().to_path_buf()));
    h.press(KeyCode::Char('!'));
    let threshold = h.app.guide.cramp_now.as_ref().unwrap().escalations[0].after;
    h.advance(threshold - Duration::from_secs(1));
    h.tab_of_kind("triage");
    let before = h.screen();
    assert!(before.contains("NOTHING TICKED YET"), "not before the threshold: {before}");
    assert!(!before.contains(" d dismiss"), "nothing to dismiss yet: {before}");
    h.advance(Duration::from_secs(1));
    let late = h.screen();
    assert!(late.contains("▶ GET SEEN TODAY"), "the cramp screen's level, on the card: {late}");
    assert!(late.contains("The cramp you are timing has lasted 10:00"), "{late}");
    assert!(late.contains("d dismiss"), "the footer offers to dismiss it: {late}");
    // A tick of a more urgent sign still leads.
    h.press(KeyCode::Char(' '));
    assert!(h.screen().contains("CALL YOUR EMERGENCY NUMBER NOW"));
    h.press(KeyCode::Char(' '));
    h.press(KeyCode::Char('d'));
    let dismissed = h.screen();
    assert!(dismissed.contains("SELF-CARE IS REASONABLE"), "{dismissed}");
    assert!(!dismissed.contains("you are timing"), "{dismissed}");
    // Saved, it is a cramp of today that lasted past the threshold: a new
    // concern, shown again.
    h.press(KeyCode::Char('!'));
    h.press(KeyCode::Char('s'));
    h.press(KeyCode::Esc);
    h.tab_of_kind("triage");
    let saved = h.screen();
    assert!(saved.contains("▶ GET SEEN TODAY"), "{saved}");
    assert!(saved.contains("A cramp you saved today") && saved.contains("lasted 10:00"), "{saved}");
    h.press(KeyCode::Char('d'));
    assert!(!h.screen().contains("A cramp you saved today"));
}

#[test]
fn heat_exhaustion_leads_with_cooling_down() {
    let mut h = Harness::new(80, 30);
    h.search_and_go("heat exhaustion");
    h.press(KeyCode::Char(' '));
    let s = h.screen();
    let cool = s.find("▶ COOL DOWN NOW").unwrap_or_else(|| panic!("{s}"));
    let then = s.find("Then: Get seen today").unwrap_or_else(|| panic!("{s}"));
    assert!(cool < then, "the action heads the card: {s}");
}

#[test]
fn the_verdict_stays_in_view_while_moving_through_the_questions() {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("triage");
    h.press(KeyCode::Char(' '));
    for _ in 0..30 {
        h.press(KeyCode::Down);
        assert!(h.screen().contains("CALL YOUR EMERGENCY NUMBER NOW"));
    }
}

#[test]
fn cramp_now_opens_from_any_tab_counts_and_escalates() {
    let mut h = Harness::new(80, 24);
    let data = tempfile::tempdir().unwrap();
    h.app.set_data_dir(Some(data.path().to_path_buf()));
    h.press(KeyCode::Char('3'));
    h.press(KeyCode::Char('!'));
    let start = h.screen();
    assert!(start.contains("lasting 0:00"), "{start}");
    insta::assert_snapshot!("cramp_now_start", h.terminal().backend());
    let threshold = h.app.guide.cramp_now.as_ref().unwrap().escalations[0].after;
    h.advance(threshold - Duration::from_secs(1));
    assert!(!h.screen().contains("GET SEEN TODAY"), "not before the threshold");
    h.advance(Duration::from_secs(1));
    let late = h.screen();
    assert!(late.contains("GET SEEN TODAY"), "{late}");
    insta::assert_snapshot!("cramp_now_after_threshold", h.terminal().backend());
    h.press(KeyCode::Char('s'));
    let after = h.screen();
    assert!(after.contains("Saved to your diary: that cramp lasted 10:00."), "{after}");
    assert_eq!(h.app.tab, 2, "back on the tab it was opened from");
}

#[test]
fn cramp_now_starts_the_relief_routine_and_keeps_timing() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('!'));
    h.advance(Duration::from_secs(5));
    h.press(KeyCode::Enter);
    let coach = h.screen();
    assert!(coach.contains("Coach · Calf cramp relief"), "{coach}");
    h.advance(Duration::from_secs(60));
    h.press(KeyCode::Char('!'));
    assert!(h.screen().contains("lasting 1:05"));
    h.press(KeyCode::Esc);
    assert!(h.app.cramp.as_ref().is_some_and(|c| !c.visible), "Esc hides the screen; the timer keeps running");
}

#[test]
fn water_plan_for_a_weight_in_both_units() {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("hydration");
    let lb = h.screen();
    assert!(lb.contains("160 lb") && lb.contains("80 oz ≈ 2,370 ml"), "{lb}");
    insta::assert_snapshot!("water_plan_160lb", h.terminal().backend());
    h.chars("++");
    assert!(h.screen().contains("85 oz"));
    h.press(KeyCode::Char('u'));
    let kg = h.screen();
    assert!(kg.contains("77 kg"), "170 lb is 77 kg:\n{kg}");
    for _ in 0..500 {
        h.press(KeyCode::Char('+'));
    }
    let heaviest = h.screen();
    assert!(heaviest.contains("227 kg"), "clamped at 500 lb");
    assert!(
        heaviest.contains("2,960 ml (3.0 l) ≈ 100 oz (daily ceiling)"),
        "500 lb stops at the plan's daily ceiling, marked as such:\n{heaviest}"
    );
    for _ in 0..500 {
        h.press(KeyCode::Char('-'));
    }
    let lightest = h.screen();
    assert!(lightest.contains("45 kg"), "adults only: the plan starts at 100 lb:\n{lightest}");
    assert!(!lightest.contains("daily ceiling)"), "100 lb is below the ceiling:\n{lightest}");
}

/// The weight field of the water plan, while it is open.

#[test]
fn the_weight_field_takes_sixteen_characters_backspace_and_no_ctrl_keys() {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("hydration");
    let tab = h.app.tab;
    h.press(KeyCode::Char('w'));
    assert_eq!(h.weight_field().as_deref(), Some(""));
    // Digits, a decimal comma and the letters of a unit go in as typed.
    h.chars("1,5 lb");
    assert_eq!(h.weight_field().as_deref(), Some("1,5 lb"));
    let line = h.screen().lines().find(|l| l.contains("Body weight:")).unwrap().to_string();
    assert!(line.contains("1,5 lb▏ ") && !line.contains("lb▏ lb"), "a typed unit is not shown twice: {line}");
    // A Ctrl key is never typed into the field (Ctrl-L is not "l"). (Alt
    // keys come as Esc and the key, which closes the field.)
    h.ctrl('l');
    assert_eq!(h.weight_field().as_deref(), Some("1,5 lb"));
    // Keys of the whole app wait while the field is open: Tab, / and n;
    // q is a letter here, never quit.
    for key in [KeyCode::Tab, KeyCode::Char('/'), KeyCode::Char('n'), KeyCode::Char('q')] {
        h.press(key);
        assert_eq!(h.app.tab, tab, "{key:?}");
        assert!(h.app.search.is_none() && !h.app.quit, "{key:?}");
    }
    assert_eq!(h.weight_field().as_deref(), Some("1,5 lb/nq"));
    // Full at sixteen characters: more digits are taken and dropped, not
    // passed on (a digit would go to another tab).
    h.chars("1234567890");
    assert_eq!(h.weight_field().as_deref(), Some("1,5 lb/nq1234567"));
    assert_eq!(h.app.tab, tab, "digits in a full field stay in it");
    // Backspace takes one character at a time.
    for _ in 0..15 {
        h.press(KeyCode::Backspace);
    }
    assert_eq!(h.weight_field().as_deref(), Some("1"));
    h.chars("80");
    h.press(KeyCode::Enter);
    assert_eq!(h.weight_field(), None, "Enter closes the field");
    assert!(h.screen().contains("180 lb"), "{}", h.screen());
}

#[test]
fn a_typed_weight_is_shown_as_read_and_the_plan_says_what_it_does_not_cover() {
    let mut h = Harness::new(80, 30);
    h.tab_of_kind("hydration");
    // In pounds, "70" is 70 lb: below the plan, so no figure at all.
    h.press(KeyCode::Char('w'));
    h.chars("70");
    h.press(KeyCode::Enter);
    let below = h.screen();
    assert!(below.contains(" 70 lb ") && !below.contains("100 lb "), "never raised to the minimum:\n{below}");
    assert!(below.contains("No amounts are shown for 70 lb"), "{below}");
    assert!(!below.contains(" oz ≈ ") && !below.contains("Through the day"), "no figure below the plan:\n{below}");
    // Stones are understood, and shown as typed.
    h.press(KeyCode::Char('w'));
    h.chars("11 st 4 lb");
    h.press(KeyCode::Enter);
    let stones = h.screen();
    assert!(stones.contains(" 11 st 4 lb ") && stones.contains("79 oz"), "158 lb:\n{stones}");
    // Above the plan: the figures are for its top weight, and it says so.
    h.press(KeyCode::Char('w'));
    h.chars("250kg");
    h.press(KeyCode::Enter);
    let above = h.screen();
    assert!(above.contains(" 250 kg ") && above.contains("227 kg, the plan's top weight"), "{above}");
    assert!(above.contains("capped: the plan never goes above"), "no rate beside a capped figure:\n{above}");
    assert!(!above.contains("ml per kg of body weight"), "{above}");
    // In kilograms within the plan, the rate is in ml per kg.
    h.press(KeyCode::Char('w'));
    h.chars("70kg");
    h.press(KeyCode::Enter);
    let kg = h.screen();
    assert!(kg.contains("about 33 ml per kg of body weight"), "{kg}");
    assert!(!kg.contains("oz per lb"), "{kg}");
    // Anything else keeps the field open with a reason.
    h.press(KeyCode::Char('w'));
    h.chars("abc");
    h.press(KeyCode::Enter);
    assert_eq!(h.weight_field().as_deref(), Some("abc"), "the field stays open");
    assert!(h.screen().contains("\"abc\" is not a weight"), "{}", h.screen());
    // Esc asks before throwing the typed weight away; n goes back to it.
    h.press(KeyCode::Esc);
    assert!(h.screen().contains("Throw away the weight you typed? y throws it away"), "{}", h.screen());
    h.press(KeyCode::Char('n'));
    assert_eq!(h.weight_field().as_deref(), Some("abc"), "the typing is back");
    h.press(KeyCode::Esc);
    h.press(KeyCode::Char('y'));
    assert_eq!(h.weight_field(), None, "thrown away when asked to");
    assert!(h.screen().contains(" 70 kg "), "the weight is unchanged");
    // An empty field closes at once.
    h.press(KeyCode::Char('w'));
    h.press(KeyCode::Esc);
    assert_eq!((h.weight_field(), h.app.overlay), (None, None));
}

#[test]
fn the_statin_entry_opens_its_red_flag() {
    let mut h = Harness::new(80, 24);
    let place = h.app.place_of("statins").expect("the statin entry");
    h.app.open_at(place);
    // The first related id is the red flag; ] chooses it, Enter follows it.
    h.press(KeyCode::Char(']'));
    h.press(KeyCode::Enter);
    let (triage_tab, _) = h.app.guide.triage().expect("a triage tab");
    assert_eq!(h.app.tab, triage_tab, "Enter opens the red-flag tab");
    let (_, sign) = h.app.guide.find_sign("statin-muscle-pain").expect("the statin sign");
    assert_eq!(h.app.place().item, sign, "with the statin sign selected");
    assert!(h.screen().contains("[ ] Do you take a statin"), "{}", h.screen());
}

#[test]
fn help_over_the_cramp_screen_leaves_it_showing() {
    let mut h = Harness::new(80, 24);
    h.press(KeyCode::Char('!'));
    h.press(KeyCode::Char('?'));
    assert!(h.app.overlay.is_some(), "? opens help over the cramp screen");
    assert!(h.app.cramp.as_ref().is_some_and(|c| c.visible), "the cramp screen stays");
    h.press(KeyCode::Esc);
    assert!(h.app.overlay.is_none());
    assert!(h.screen().contains("lasting 0:00"), "{}", h.screen());
}

#[test]
fn going_elsewhere_from_the_cramp_screen_hides_it_and_the_timer_runs_on() {
    for key in [KeyCode::Tab, KeyCode::BackTab, KeyCode::Char('3'), KeyCode::Char('/')] {
        let mut h = Harness::new(80, 24);
        h.press(KeyCode::Char('!'));
        assert!(h.screen().contains("lasting 0:00"));
        h.press(key);
        assert!(h.app.cramp.as_ref().is_some_and(|c| !c.visible), "{key:?} hides the cramp screen");
        assert!(!h.screen().contains("lasting "), "{key:?}: {}", h.screen());
    }
}

#[test]
fn the_water_plan_takes_its_words_from_the_guide() {
    let ui = "[ui.water]\n\
        weight_label = \"Peso:\"\n\
        weight_keys = \"{type} escribe · {change} cambia · {unit} en {other_unit}\"\n\
        field_keys = \"{confirm} vale · {cancel} deja\"\n\
        not_a_weight = \"«{typed}» no es un peso\"\n\
        needs_unit = \"«{typed}» sin unidad\"\n\
        pounds_past_stone = \"«{typed}»: hasta 13\"\n\
        not_positive = \"«{typed}»: más de 0\"\n\
        below_range = \"Nada para {weight}; desde {lowest}.\"\n\
        above_range = \"Cifras para {top}, no {weight}.\"\n\
        figure_capped = \"{figure} (tope)\"\n\
        rate_per_kg = \"unos {rate} ml/kg, máx. {most} l\"\n\
        rate_per_lb = \"unos {rate} oz/lb, máx. {most} oz\"\n\
        rate_capped = \"con tope\"\n\
        caution = \"Ojo:\"\n";
    let text = format!("{DEFAULT_GUIDE}\n{ui}");
    let mut h = Harness::with_guide(100, 60, &text);
    h.tab_of_kind("hydration");
    // The plan without the footer, whose words come from the key table.
    let plan = |h: &Harness| {
        let s = h.screen();
        let lines: Vec<&str> = s.lines().collect();
        lines[..lines.len() - 1].join("\n")
    };
    let mut screens = vec![plan(&h)];
    for typed in ["70", "250kg", "70kg", "abc"] {
        h.press(KeyCode::Char('w'));
        h.chars(typed);
        h.press(KeyCode::Enter);
        screens.push(plan(&h));
    }
    let [lb, below, above, kg, wrong] = &screens[..] else { unreachable!() };
    assert!(lb.contains("Peso:  160 lb   w escribe · + - cambia · u en kg"), "{lb}");
    assert!(lb.contains("unos 0.5 oz/lb, máx. 100 oz") && lb.contains("Ojo: Adults only."), "{lb}");
    assert!(below.contains("Nada para 70 lb; desde 100 lb."), "{below}");
    assert!(above.contains("Cifras para 227 kg, no 250 kg.") && above.contains("(tope)"), "{above}");
    assert!(above.contains("con tope"), "{above}");
    assert!(kg.contains("unos 33 ml/kg, máx. 3.0 l") && kg.contains("u en lb"), "{kg}");
    assert!(wrong.contains("Enter vale · Esc deja") && wrong.contains("«abc» no es un peso"), "{wrong}");
    for english in [
        "Body weight",
        " type · ",
        " change · ",
        "show in",
        "use it",
        "is not a weight",
        "No amounts",
        "top weight",
        "daily ceiling",
        "of body weight",
        "capped",
        "Caution",
    ] {
        for s in &screens {
            assert!(!s.contains(english), "{english:?} is left:\n{s}");
        }
    }
    // --print and --weight say the same.
    let g = &h.app.guide;
    let water = g.tabs.iter().position(|t| t.body.kind_name() == "hydration");
    let print = |w: &str| {
        let weight = BodyWeight::parse(w, &g.ui.water).unwrap();
        let out = print_guide_for(g, water, Format::Text, 80, Some(weight));
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    assert!(print("250kg").contains("Cifras para 227 kg, no 250 kg.") && print("250kg").contains("; con tope"));
    assert!(print("70kg").contains("unos 33 ml/kg, máx. 3.0 l") && print("20kg").contains("Nada para 20 kg"));
    let refused = |w: &str| BodyWeight::parse(w, &g.ui.water).unwrap_err();
    assert_eq!(
        [refused("abc"), refused("70"), refused("11 st 14"), refused("0 kg")],
        [
            "--weight: «abc» no es un peso",
            "--weight: «70» sin unidad",
            "--weight: «11 st 14»: hasta 13",
            "--weight: «0 kg»: más de 0"
        ]
    );
}

#[test]
fn kilograms_use_the_exact_factor() {
    // 1 lb = 0.45359237 kg. Dividing by 2.2 instead rounds these up.
    for (lb, kg) in [(65.0, "29 kg"), (120.0, "54 kg"), (153.0, "69 kg"), (160.0, "73 kg")] {
        let state = HydrationState {
            weight_lb: lb,
            unit: Unit::Kg,
            editing: None,
            field_error: None,
            scroll: Default::default(),
        };
        assert_eq!(state.weight_text(), kg, "{lb} lb");
    }
    let state = HydrationState {
        weight_lb: 153.0,
        unit: Unit::Lb,
        editing: None,
        field_error: None,
        scroll: Default::default(),
    };
    assert_eq!(state.weight_text(), "153 lb");
}

/// The state of the red-flag check on screen.
fn triage(h: &Harness) -> &TriageState {
    match h.app.current() {
        Current::Triage(_, _, state) => state,
        _ => panic!("not on the red-flag check"),
    }
}

/// The stored scroll of the red-flag check's "why" panel.
fn triage_scroll(h: &Harness) -> usize {
    triage(h).scroll.top()
}

#[test]
fn a_key_that_shortens_the_text_keeps_the_scroll_within_it() {
    // At 40×12 ticking the first sign shortens the "why" panel's text:
    // the stored scroll follows it to the new end, and one PgUp moves.
    let mut h = Harness::new(40, 12);
    h.app.show_disclaimer = false;
    h.tab_of_kind("triage");
    // Answered once: the self-care card, longer than the emergency one.
    h.press(KeyCode::Char('r'));
    let extent = |h: &Harness| h.app.scroll_pane(h.app.tab).unwrap().extent();
    let long = extent(&h);
    for _ in 0..50 {
        h.press(KeyCode::PageDown);
    }
    assert_eq!(triage_scroll(&h), long.last_top());
    h.press(KeyCode::Char(' '));
    let short = extent(&h);
    assert!(short.last_top() < long.last_top(), "ticking shortened the text: {long:?} → {short:?}");
    assert_eq!(triage_scroll(&h), short.last_top(), "the scroll is at the new end");
    h.press(KeyCode::PageUp);
    assert_eq!(triage_scroll(&h), short.last_top() - short.page_step());
}

#[test]
fn triage_keys_follow_the_display_order_and_a_move_resets_the_why_scroll() {
    let mut h = Harness::new(40, 12);
    h.app.show_disclaimer = false;
    h.tab_of_kind("triage");
    let (_, check) = h.app.guide.triage().expect("a red-flag check");
    let order = check.display_order();
    assert!(order.len() >= 3);
    let selected = |h: &Harness| triage(h).selected;
    assert_eq!(selected(&h), order[0], "the first question shown is selected");
    // Up at the top is no move: the "why" panel keeps its scroll.
    h.press(KeyCode::PageDown);
    let scrolled = triage_scroll(&h);
    assert!(scrolled > 0);
    h.press(KeyCode::Up);
    assert_eq!((selected(&h), triage_scroll(&h)), (order[0], scrolled));
    // Each Down is the next question shown, and starts its panel at the top.
    for &next in &order[1..] {
        h.press(KeyCode::Down);
        assert_eq!((selected(&h), triage_scroll(&h)), (next, 0));
    }
    h.press(KeyCode::Home);
    assert_eq!(selected(&h), order[0]);
    h.press(KeyCode::End);
    assert_eq!(selected(&h), order[order.len() - 1]);
}

#[test]
fn the_weight_field_takes_the_search_lines_editing_keys_and_arrows_stay_in_it() {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("hydration");
    let tab = h.app.tab;
    h.press(KeyCode::Char('w'));
    let field = |h: &Harness| match &h.app.tabs[h.app.tab] {
        TabState::Hydration(state) => state.editing.as_ref().map(|f| (f.to_string(), f.cursor())),
        _ => None,
    };
    h.chars("7 kg");
    h.press(KeyCode::Home);
    h.press(KeyCode::Right);
    h.chars("0");
    assert_eq!(field(&h), Some(("70 kg".into(), 2)), "→ moves the cursor; typing goes in there");
    let line = h.screen().lines().find(|l| l.contains("Body weight:")).unwrap().to_string();
    assert!(line.contains(" 70▏ kg "), "the cursor shows where it is: {line}");
    h.press(KeyCode::End);
    h.ctrl('w');
    assert_eq!(field(&h), Some(("70 ".into(), 3)), "Ctrl-w: the word before the cursor");
    h.ctrl('a');
    h.press(KeyCode::Delete);
    h.chars("8");
    h.ctrl('e');
    h.chars("kg");
    assert_eq!(field(&h), Some(("80 kg".into(), 5)));
    h.press(KeyCode::Left);
    h.press(KeyCode::Left);
    h.ctrl('u');
    assert_eq!(field(&h), Some(("kg".into(), 0)), "Ctrl-u: all before the cursor");
    h.chars("72");
    // ← and → never leave the tab while a weight is being typed.
    for _ in 0..4 {
        h.press(KeyCode::Left);
        h.press(KeyCode::Right);
    }
    assert_eq!((h.app.tab, field(&h)), (tab, Some(("72kg".into(), 2))));
    h.press(KeyCode::Enter);
    assert_eq!(field(&h), None);
    assert!(h.screen().contains(" 72 kg "), "{}", h.screen());
}

#[test]
fn on_a_tall_narrow_screen_the_question_list_asks_a_row_for_each_question_and_heading() {
    // 60 columns keep the list above "why"; 150 rows give it up to a third
    // (50), more than a row for each question and each level's heading.
    let mut h = Harness::new(60, 150);
    h.tab_of_kind("triage");
    let triage = h.app.guide.triage().expect("a triage tab").1;
    let rows_asked = triage.signs.len() + triage.levels.len() + 2;
    assert!(rows_asked < 50, "the shipped guide fits a third of 150 rows: {rows_asked}");
    let screen = h.screen();
    let rows: Vec<&str> = screen.lines().collect();
    let top = rows.iter().position(|r| r.contains("Question 1 of")).unwrap_or_else(|| panic!("{screen}"));
    let bottom = top
        + rows[top..]
            .iter()
            .position(|r| r.trim_start_matches('"').starts_with('╰'))
            .unwrap_or_else(|| panic!("{screen}"));
    assert_eq!(bottom - top + 1, rows_asked, "the questions, their headings and the frame:\n{screen}");
}

#[test]
fn on_a_short_screen_the_verdict_leaves_room_for_a_question() {
    for (w, ht) in [(40, 12), (50, 16), (80, 18)] {
        let mut h = Harness::new(w, ht);
        h.tab_of_kind("triage");
        let screen = h.screen();
        assert!(screen.contains("[ ]"), "{w}x{ht}: a question shows under the verdict:\n{screen}");
    }
}

#[test]
fn a_weight_being_typed_shows_its_unit_until_a_unit_is_typed() {
    let mut h = Harness::new(80, 24);
    h.tab_of_kind("hydration");
    h.press(KeyCode::Char('w'));
    h.chars("72");
    let row = |h: &Harness| h.screen().lines().find(|l| l.contains("72")).map(str::to_string).unwrap_or_default();
    assert!(row(&h).contains("72▏ lb "), "the plan's unit after the digits and the cursor: {}", row(&h));
    h.chars(" kg");
    assert!(row(&h).contains("72 kg▏") && !row(&h).contains(" lb "), "the typed unit alone: {}", row(&h));
}

/// A full weight field scrolls within its row at every width from the
/// smallest screen up, with the shipped label and a long one: the cursor
/// and the plan's unit always show after what is typed, and the row never
/// runs into the frame.
#[test]
fn a_full_weight_field_keeps_its_cursor_and_unit_in_view_at_every_width() {
    let long = format!("{DEFAULT_GUIDE}\n[ui.water]\nweight_label = \"Your body weight today:\"\n");
    for (label, text) in [("Body weight:", DEFAULT_GUIDE.to_string()), ("Your body weight today:", long)] {
        for width in 40..=64 {
            let mut h = Harness::with_guide(width, 24, &text);
            h.tab_of_kind("hydration");
            h.press(KeyCode::Char('w'));
            h.chars("1234567890123456");
            assert_eq!(h.weight_field().as_deref(), Some("1234567890123456"));
            let screen = h.screen();
            let row = screen.lines().find(|l| l.contains(label)).unwrap_or_default().to_string();
            let at = format!("{label:?} at {width} columns");
            assert!(row.contains("6▏ lb "), "{at}: the end of the typing, the cursor, the unit: {row:?}");
            let inside = row.trim_matches('"').trim_end();
            assert!(inside.ends_with('│'), "{at}: the row stays inside its frame: {row:?}");
        }
    }
}

/// A start on the water plan (`--tab water`) reads the kept weight and unit
/// before its first frame, so that frame shows the person's plan, never the
/// default one in its place; nothing is left to redraw once it is up.
#[test]
fn a_start_on_the_water_plan_draws_its_first_frame_with_the_kept_weight() {
    let data = tempfile::tempdir().unwrap();
    let mut h = Harness::with_data_dir(80, 24, data.path());
    h.app.after_first_frame();
    h.tab_of_kind("hydration");
    assert!(h.screen().contains("160 lb"), "the default weight: {}", h.screen());
    h.press(KeyCode::Char('+'));
    h.press(KeyCode::Char('u'));
    assert!(h.screen().contains("75 kg"), "{}", h.screen());
    let water = h.app.tab;

    let mut again = Harness::with_data_dir(80, 24, data.path());
    again.app.open_at(Place { tab: water, item: 0, scroll: 0 });
    again.app.before_first_frame();
    let first = again.screen();
    assert!(first.contains("75 kg") && !first.contains("160 lb"), "the first frame: {first}");
    assert!(!again.app.diary.link.is_open(), "opened for the preferences alone: not kept open");
    assert!(!again.app.after_first_frame(), "nothing changes once the first frame is up");
    assert_eq!(again.screen(), first);
}
