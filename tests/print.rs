//! `--print`: the shipped guide as plain text and Markdown.

mod common;

use common::guide;
use cramp_guide::guide::model::{Amount, Guide, PhaseKind, Quantity, Source, StepKind, TabBody};
use cramp_guide::guide::ui_text::UiText;
use cramp_guide::guide::weight::WeightUnit;
use cramp_guide::guide::{DEFAULT_GUIDE, parse_guide};
use cramp_guide::print::{BodyWeight, Format, find_tab, print_guide, print_guide_for};
use cramp_guide::text::width;

/// A `--weight`, read as the shipped guide reads it.
fn weight(text: &str) -> Result<BodyWeight, String> {
    BodyWeight::parse(text, &UiText::english().water)
}

/// Text with all runs of whitespace made single spaces, so wrapped phrases
/// can be looked for.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The titles a tab's print must show: its own and each item's.
fn titles(guide: &Guide, t: usize) -> Vec<String> {
    let tab = &guide.tabs[t];
    let mut out = vec![tab.title.clone()];
    match &tab.body {
        TabBody::Topics(e) => out.extend(e.iter().map(|e| e.title.clone())),
        TabBody::Coach(r) => out.extend(r.iter().map(|r| r.title.clone())),
        TabBody::Triage(tr) => {
            out.extend(tr.levels.iter().map(|l| l.title.clone()));
            out.extend(tr.signs.iter().map(|s| s.question.clone()));
        }
        TabBody::Hydration(p) => out.extend(p.amounts.iter().map(|a| a.label.clone())),
    }
    out
}

/// Every source of a tab (or of the whole guide with `None`).
fn sources(guide: &Guide, only: Option<usize>) -> Vec<Source> {
    let mut out = Vec::new();
    for (t, tab) in guide.tabs.iter().enumerate() {
        if only.is_some_and(|o| o != t) {
            continue;
        }
        match &tab.body {
            TabBody::Topics(e) => e.iter().for_each(|e| out.extend(e.sources.clone())),
            TabBody::Coach(r) => r.iter().for_each(|r| out.extend(r.sources.clone())),
            TabBody::Triage(tr) => tr.signs.iter().for_each(|s| out.extend(s.sources.clone())),
            TabBody::Hydration(p) => out.extend(p.sources.clone()),
        }
    }
    if only.is_none() {
        out.push(guide.source.clone());
        for e in guide.cramp_now.iter().flat_map(|c| &c.escalations) {
            out.extend(e.sources.clone());
        }
    }
    out
}

fn is_url_line(line: &str) -> bool {
    let t = line.trim();
    (t.starts_with("https://") || t.starts_with("http://")) && !t.contains(char::is_whitespace)
}

#[test]
fn every_tab_prints_its_titles() {
    let g = guide();
    for t in 0..g.tabs.len() {
        for format in [Format::Text, Format::Markdown] {
            let out = print_guide(&g, Some(t), format, 80);
            assert!(!out.trim().is_empty());
            let flat = flat(&out);
            for title in titles(&g, t) {
                assert!(flat.contains(&title), "tab {t} {format:?} lacks {title:?}");
            }
            assert!(flat.contains(&g.title) && flat.contains(&flat_disclaimer(&g)));
        }
    }
}

fn flat_disclaimer(g: &Guide) -> String {
    flat(&g.disclaimer)
}

#[test]
fn text_starts_with_title_and_disclaimer_and_ends_with_the_article() {
    let g = guide();
    let out = print_guide(&g, None, Format::Text, 80);
    let first_text = out.lines().find(|l| !l.starts_with('=')).unwrap();
    assert_eq!(first_text, g.title);
    assert!(flat(&out[..out.find("\n\n").unwrap() + 600]).contains(&flat_disclaimer(&g)));
    assert_eq!(out.lines().rev().find(|l| !l.trim().is_empty()).unwrap().trim(), g.source.url);
}

#[test]
fn every_source_url_is_whole_on_one_line() {
    let g = guide();
    let out = print_guide(&g, None, Format::Text, 80);
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    for s in sources(&g, None) {
        assert!(lines.contains(&s.url.as_str()), "{} is not on a line of its own", s.url);
        assert!(flat(&out).contains(&s.title), "{}", s.title);
    }
    for t in 0..g.tabs.len() {
        let out = print_guide(&g, Some(t), Format::Text, 40);
        let lines: Vec<&str> = out.lines().map(str::trim).collect();
        for s in sources(&g, Some(t)) {
            assert!(lines.contains(&s.url.as_str()), "tab {t}: {}", s.url);
        }
    }
}

#[test]
fn no_escape_sequences_ever() {
    let mut g = guide();
    g.title = "\x1b[31mRed\x1b[0m title".into();
    g.disclaimer.push_str(" \u{9b}31m\x07");
    for format in [Format::Text, Format::Markdown] {
        for tab in std::iter::once(None).chain((0..g.tabs.len()).map(Some)) {
            let out = print_guide(&g, tab, format, 80);
            assert!(!out.contains('\x1b') && !out.contains('\u{9b}') && !out.contains('\x07'));
        }
    }
}

#[test]
fn lines_fit_the_width_except_urls() {
    let g = guide();
    for w in [20, 33, 40, 60, 80, 120] {
        for tab in std::iter::once(None).chain((0..g.tabs.len()).map(Some)) {
            let out = print_guide(&g, tab, Format::Text, w);
            for line in out.lines() {
                assert!(
                    width(line) <= w || is_url_line(line),
                    "width {w}, tab {tab:?}: {line:?} is {} wide",
                    width(line)
                );
                assert_eq!(line, line.trim_end(), "trailing space: {line:?}");
            }
        }
    }
}

#[test]
fn text_has_underlined_headings_and_hanging_bullets() {
    let g = guide();
    let out = print_guide(&g, Some(0), Format::Text, 80);
    assert!(out.contains("Overview\n========\n"));
    assert!(out.contains("What a leg cramp is\n-------------------\n"));
    assert!(
        out.contains("\n  * a problem with the nervous system or with metabolism (how the body handles\n    energy)\n")
    );
    assert!(out.contains("Sources:\n  * NHS: Leg cramps\n    https://www.nhs.uk/conditions/leg-cramps/\n  * MedlinePlus: Muscle cramps (charley horse)\n    https://medlineplus.gov/ency/article/002066.htm\n"));
    assert!(out.contains("Related: How a cramp feels; Dehydration and electrolytes (Causes); Key points."));
}

#[test]
fn coach_steps_show_their_timings() {
    let g = guide();
    let coach = find_tab(&g, "coach").unwrap();
    let out = flat(&print_guide(&g, Some(coach), Format::Text, 80));
    for phrase in [
        "Breathe in slowly through your nose — 4 s",
        "Breathe out slowly through pursed lips — 6 s",
        "Slow-exhale breathing — 6 cycles, 1:00 in all",
        "Calf stretch — 30 s, 2 times, 1:00 in all",
        "Calf stretch — 30 s per side (left leg, right leg), 5 s to switch, 1:05 in all",
        "Get ready: 5 s.",
        "Total length: 2:50, including 5 s to get ready.",
        "Sharp pain or dizzy: stop. Chest pain or new breathlessness: stop and call your emergency number.",
    ] {
        assert!(out.contains(phrase), "{phrase:?}");
    }
}

#[test]
fn triage_lists_levels_most_urgent_first_with_their_signs_and_the_cramp_now_block() {
    let g = guide();
    let (t, triage) = g.triage().unwrap();
    let out = flat(&print_guide(&g, Some(t), Format::Text, 80));
    let at = |s: &str| out.find(s).unwrap_or_else(|| panic!("{s:?} missing"));
    let mut levels: Vec<usize> = triage.levels.iter().map(|l| at(&l.title)).collect();
    levels.push(at(&triage.self_care.title));
    assert!(levels.windows(2).all(|w| w[0] < w[1]), "levels out of order");
    for sign in &triage.signs {
        let l = triage.levels.iter().position(|l| l.id == sign.level).unwrap();
        let q = at(&sign.question);
        assert!(levels[l] < q && q < levels[l + 1], "{} is not under its level", sign.id);
        assert!(out.contains(&flat(&sign.why)));
    }
    let now = g.cramp_now.as_ref().unwrap();
    assert!(at(&now.title) > levels[levels.len() - 1]);
    for step in &now.steps {
        at(step);
    }
    at("https://www.nhs.uk/conditions/leg-cramps/");
    // Not after other tabs printed alone.
    assert!(!print_guide(&g, Some(0), Format::Text, 80).contains(&now.title));
}

#[test]
fn hydration_amounts_are_in_words_with_metric() {
    let mut g = guide();
    let t = find_tab(&g, "water").unwrap();
    let out = flat(&print_guide(&g, Some(t), Format::Text, 80));
    for phrase in [
        "about 0.5 oz per lb of body weight, never more than 100 oz (≈ 3.0 l) a day (example: 160 lb → 80 oz ≈ 2.4 l)",
        "8–16 oz (≈ 240–470 ml)",
        "12 oz (≈ 350 ml)",
        "Caution: Adults only. The NHS suggests 6–8 glasses of fluid a day",
    ] {
        assert!(out.contains(phrase), "{phrase:?} in {out}");
    }
    let TabBody::Hydration(plan) = &mut g.tabs[t].body else { panic!("not a hydration tab") };
    let plan = cramp_guide::guide::model::Deferred::make_mut(plan);
    plan.amounts.push(Amount {
        label: "Big".into(),
        when: String::new(),
        quantity: Quantity::Fixed { min_oz: 40.0, max_oz: 40.0 },
        note: None,
    });
    plan.amounts.push(Amount {
        label: "Big range".into(),
        when: String::new(),
        quantity: Quantity::Fixed { min_oz: 20.0, max_oz: 40.0 },
        note: None,
    });
    let out = print_guide(&g, Some(t), Format::Text, 80);
    assert!(out.contains("Big: 40 oz (≈ 1.2 l)"), "{out}");
    // A range reaching a litre is given in litres.
    assert!(out.contains("Big range: 20–40 oz (≈ 0.6–1.2 l)"), "{out}");
}

#[test]
fn whole_guide_has_every_tab_and_cramp_now_at_the_end() {
    let g = guide();
    let out = print_guide(&g, None, Format::Text, 80);
    let mut last = 0;
    for tab in &g.tabs {
        let at = out.find(&format!("\n{}\n", tab.title)).unwrap();
        assert!(at > last, "{} out of order", tab.title);
        last = at;
    }
    let now = out.find(&g.cramp_now.as_ref().unwrap().title).unwrap();
    assert!(now > last && now < out.rfind(&g.source.url).unwrap());
}

#[test]
fn markdown_has_headings_links_and_no_hard_wrapping() {
    let g = guide();
    let md = print_guide(&g, None, Format::Markdown, 80);
    assert!(md.starts_with(&format!("# {}\n", g.title)));
    assert!(md.contains(&format!("\n{}\n", flat_disclaimer(&g))), "the disclaimer is one line");
    assert!(md.contains("\n## Overview\n"));
    assert!(md.contains("\n### What a leg cramp is\n"));
    assert!(md.contains(
        "\n- [MedlinePlus: Muscle cramps (charley horse)](https://medlineplus.gov/ency/article/002066.htm)\n"
    ));
    assert!(md.contains("\n- a blood clot\n"));
    for s in sources(&g, None) {
        assert!(md.contains(&format!("]({})", s.url)) || md.contains(&format!("](<{}>)", s.url)), "{}", s.url);
    }
    assert!(!md.contains("\n===") && !md.contains("\n---"));
    assert!(!md.contains('\x1b'));
}

#[test]
fn find_tab_by_id_number_and_title() {
    let g = guide();
    let worry = g.tabs.iter().position(|t| t.id == "worry").unwrap();
    assert_eq!(find_tab(&g, "worry"), Some(worry));
    assert_eq!(find_tab(&g, &(worry + 1).to_string()), Some(worry));
    assert_eq!(find_tab(&g, "Red flags"), Some(worry));
    assert_eq!(find_tab(&g, "  RED FLAGS "), Some(worry));
    assert_eq!(find_tab(&g, "1"), Some(0));
    assert_eq!(find_tab(&g, &g.tabs.len().to_string()), Some(g.tabs.len() - 1));
    for bad in ["0", "99", "", "   ", "nope", "-1"] {
        assert_eq!(find_tab(&g, bad), None, "{bad:?}");
    }
}

#[test]
fn an_unknown_tab_index_prints_only_the_frame() {
    let g = guide();
    let out = print_guide(&g, Some(999), Format::Text, 80);
    assert!(out.contains(&g.title) && out.contains(&g.source.url));
    assert!(!out.contains("Overview"));
}

#[test]
fn markdown_escapes_markup_in_the_guides_text() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid/minimal.toml"))
        .unwrap()
        .replace("title = \"Dehydration\"", "title = \"Use *both* legs_and [this] `code` <b> \\\\ x\"")
        .replace(
            "body = \"Drink water with electrolytes.\"",
            "body = \"\"\"\n# not a heading\n\n1. not a list\n\n+ not a bullet\"\"\"",
        );
    let g = parse_guide(&text, "markup.toml").expect("the edited guide loads");
    let md = print_guide(&g, None, Format::Markdown, 80);
    assert!(md.contains(r"Use \*both\* legs\_and \[this\] \`code\` \<b\> \\ x"), "{md}");
    assert!(md.contains("\n\\# not a heading\n"), "{md}");
    assert!(md.contains("\n1\\. not a list\n"), "{md}");
    assert!(md.contains("\n\\+ not a bullet\n"), "{md}");
}

#[test]
fn a_weight_is_read_with_its_unit_and_refused_without_a_sensible_number() {
    let kg = weight(" 70 KG ").unwrap();
    assert_eq!(kg.unit, WeightUnit::Kg);
    assert!((kg.lb - 70.0 / 0.45359237).abs() < 1e-9, "70 kg is 154.32 lb, not {}", kg.lb);
    assert_eq!(weight("154lbs").unwrap(), BodyWeight { lb: 154.0, unit: WeightUnit::Lb });
    assert_eq!(weight("154 lb").unwrap(), BodyWeight { lb: 154.0, unit: WeightUnit::Lb });
    assert_eq!(weight("0.5kg").map(|w| w.unit), Ok(WeightUnit::Kg), "small but above zero");
    assert_eq!(weight("11st 4lb").unwrap(), BodyWeight { lb: 158.0, unit: WeightUnit::St });
    for bad in ["0kg", "-70kg", "nan lb", "inf kg", "kg", "70", "seventy kg"] {
        assert!(weight(bad).is_err(), "{bad:?} is refused");
    }
}

#[test]
fn a_run_of_bullets_prints_as_one_list_and_a_tab_out_of_range_as_nothing() {
    let g = guide();
    let causes = find_tab(&g, "causes").unwrap();
    let text = print_guide(&g, Some(causes), Format::Text, 80);
    assert!(text.contains("\n\n  * sweat\n  * urine\n  * diarrhoea\n  * vomiting\n\n"), "a blank line around: {text}");
    let md = print_guide(&g, Some(causes), Format::Markdown, 80);
    assert!(md.contains("- sweat\n- urine\n- diarrhoea\n- vomiting\n"), "{md}");
    // A tab number past the last prints the title and disclaimer only.
    let none = print_guide(&g, Some(g.tabs.len()), Format::Text, 80);
    assert!(none.contains(&g.title) && !none.contains("Sources:"), "{none}");
    for tab in &g.tabs {
        assert!(!none.contains(&format!("\n{}\n", tab.title)), "no tab printed: {}", tab.title);
    }
}

#[test]
fn the_red_flag_tab_prints_the_cramp_screen_with_its_steps_signs_and_escalation() {
    let g = guide();
    let worry = find_tab(&g, "worry").unwrap();
    let text = print_guide(&g, Some(worry), Format::Text, 80);
    let now = g.cramp_now.as_ref().expect("the shipped guide has a cramp screen");
    let part = flat(&text[text.find(&format!("\n{}\n", now.title)).expect("the cramp screen's heading")..]);
    for (i, step) in now.steps.iter().enumerate() {
        assert!(part.contains(&flat(&format!("{}. {step}", i + 1))), "step {} numbered {}:\n{part}", i, i + 1);
    }
    assert!(part.contains("Coach routine: Calf cramp relief (in the Coach tab)."), "{part}");
    let TabBody::Triage(triage) = &g.tabs[worry].body else { unreachable!() };
    let watch = part.find("Watch for:").expect("the signs to watch");
    let goes_on = part.find("If it goes on:").expect("the escalation");
    assert!(watch < goes_on);
    for id in &now.watch {
        let sign = triage.signs.iter().find(|s| &s.id == id).unwrap();
        let level = triage.levels.iter().find(|l| l.id == sign.level).unwrap();
        let item = flat(&format!("* {} ({})", sign.question, level.title));
        assert!(part[watch..goes_on].contains(&item), "{item}:\n{part}");
    }
    for e in &now.escalations {
        let level = triage.levels.iter().find(|l| l.id == e.level).unwrap();
        assert!(part[goes_on..].contains(&format!("— {}: ", level.title)), "{part}");
        for source in &e.sources {
            assert!(part[goes_on..].contains(&source.url), "the escalation's source {}:\n{part}", source.url);
        }
    }
}

#[test]
fn routines_print_their_steps_numbered_with_what_to_do() {
    let g = guide();
    let coach = find_tab(&g, "coach").unwrap();
    let text = flat(&print_guide(&g, Some(coach), Format::Text, 80));
    let TabBody::Coach(routines) = &g.tabs[coach].body else { unreachable!() };
    for routine in routines.iter() {
        let at = text.find(&format!(" {} ", routine.title)).unwrap();
        let part = &text[at..];
        assert!(part.contains(&format!("1. {} ", routine.steps[0].title)), "{}:\n{part}", routine.title);
        for step in &routine.steps {
            if let cramp_guide::guide::model::StepKind::Hold { say, .. } = &step.kind {
                assert!(part.contains(&flat(say)), "{}: what to do in a hold, {say:?}", routine.title);
            }
        }
    }
}

#[test]
fn the_water_plan_prints_for_a_weight_with_each_amounts_note() {
    let g = guide();
    let t = find_tab(&g, "water").unwrap();
    let seventy = weight("70kg").unwrap();
    let out = print_guide_for(&g, Some(t), Format::Text, 80, Some(seventy));
    assert!(out.contains("For a body weight of 70 kg:"), "{out}");
    assert!(
        out.contains("  * Through the day (sipped across the day): 2,280 ml (2.3 l) ≈ 77 oz; about 33\n    ml per kg"),
        "{out}"
    );
    assert!(out.contains("240–470 ml ≈ 8–16 oz\n    Part of the day's total.\n"), "the note under its amount:\n{out}");
    let plain = print_guide(&g, Some(t), Format::Text, 80);
    assert!(plain.contains("8–16 oz (≈ 240–470 ml)\n    Part of the day's total.\n"), "{plain}");
}

#[test]
fn the_water_plan_gives_no_figure_for_a_weight_it_does_not_cover() {
    let g = guide();
    let t = find_tab(&g, "water").unwrap();
    // Printed text is wrapped: compared with its lines joined.
    let at = |w: &str| {
        let out = print_guide_for(&g, Some(t), Format::Text, 80, Some(weight(w).unwrap()));
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let child = at("20kg");
    assert!(child.contains("No amounts are shown for 20 kg: this plan is for adults from 45 kg"), "{child}");
    assert!(child.contains("child"), "{child}");
    assert!(!child.contains("For a body weight of") && !child.contains(" ml ≈ "), "no figure at all:\n{child}");
    let heavy = at("250kg");
    assert!(heavy.contains("227 kg, the plan's top weight, not for 250 kg"), "{heavy}");
    assert!(heavy.contains("For a body weight of 227 kg:"), "{heavy}");
    assert!(heavy.contains("capped: the plan never goes above its daily ceiling"), "{heavy}");
    let capped = at("130kg");
    assert!(!capped.contains("ml per kg"), "no rate beside a capped figure:\n{capped}");
    assert!(!at("70kg").contains("No amounts"), "70 kg is covered");
}

#[test]
fn markdown_spaces_the_items_of_lists_that_carry_more_than_a_line() {
    let mut g = guide();
    // Steps with what to do under them: a blank line between items.
    let coach = find_tab(&g, "coach").unwrap();
    let md = print_guide(&g, Some(coach), Format::Markdown, 80);
    let TabBody::Coach(routines) = &g.tabs[coach].body else { unreachable!() };
    let first = md.find(&format!("1. {}", routines[0].steps[0].title)).unwrap();
    let second = md[first..].find("\n2. ").map(|i| first + i).unwrap();
    assert!(md[..second].ends_with('\n') && md[..second + 1].ends_with("\n\n"), "{}", &md[first..second + 4]);
    // A loose list (what to do as a cramp goes on) is spaced even when its
    // items carry only sources.
    let now = g.cramp_now.as_mut().unwrap();
    let mut later = now.escalations[0].clone();
    later.after *= 2;
    now.escalations.push(later);
    let worry = find_tab(&g, "worry").unwrap();
    let md = print_guide(&g, Some(worry), Format::Markdown, 80);
    let goes_on = &md[md.find("If it goes on:").unwrap()..];
    let items: Vec<usize> = goes_on.match_indices("\n- After ").map(|(i, _)| i).collect();
    assert_eq!(items.len(), 2, "{goes_on}");
    assert!(goes_on[..items[1]].ends_with('\n'), "a blank line before the second item:\n{goes_on}");
}

#[test]
fn text_separates_blocks_by_one_blank_line_and_rules_only_the_title_above() {
    let g = guide();
    let worry = find_tab(&g, "worry").unwrap();
    let out = print_guide(&g, Some(worry), Format::Text, 80);
    let rule = "=".repeat(g.title.len());
    assert!(out.starts_with(&format!("{rule}\n{}\n{rule}\n\n", g.title)), "{out}");
    let tab = &g.tabs[worry].title;
    assert!(out.contains(&format!("\n\n{tab}\n{}\n\n", "=".repeat(tab.len()))), "a tab heading: no rule above");
    assert!(!out.contains("\n\n\n"), "never two blank lines running:\n{out}");
    // A label runs straight into its list; the items of a loose list (the
    // signs, each with its why) are a blank line apart.
    assert!(out.contains("Source article:\n  * "), "{out}");
    let TabBody::Triage(triage) = &g.tabs[worry].body else { unreachable!() };
    let level = &triage.levels[0];
    let signs: Vec<_> = triage.signs.iter().filter(|s| s.level == level.id).collect();
    assert!(signs.len() >= 2);
    let flat_out = out.replace("\n    ", " ").replace("\n  * ", "\n* ");
    let second = flat_out.find(&format!("* {}", signs[1].question)).unwrap();
    assert!(flat_out[..second].ends_with("\n\n"), "a blank line before the second sign");
}

#[test]
fn markdown_escapes_only_what_would_start_a_list_or_heading() {
    let mut g = guide();
    let TabBody::Topics(entries) = &mut g.tabs[0].body else { unreachable!() };
    let entries = cramp_guide::guide::model::Deferred::make_mut(entries);
    entries[0].summary = ".5 oz is not much".into();
    entries[1].summary = "2. is not a step".into();
    let md = print_guide(&g, Some(0), Format::Markdown, 80);
    assert!(md.contains("*.5 oz is not much*"), "nothing to escape before a point:\n{md}");
    assert!(md.contains("*2\\. is not a step*"), "{md}");
}

#[test]
fn print_and_check_take_their_words_from_the_guide() {
    let ui = r#"
[ui.print]
source_article = "Artículo:"
sources = "Fuentes:"
related = "Véase: {titles}."
sign_action = "Primero {title}: {advice}"
coach_routine = "Rutina: {routine} (pestaña {tab})."
watch_for = "Vigila:"
if_it_goes_on = "Si sigue:"
escalation = "Tras {after} — {level}: {say}"
minutes = { one = "{n} minuto", other = "{n} minutos" }
cautions = "Precauciones:"
steps = "Pasos:"
get_ready = "Prepárate: {length}."
total_length = "Duración: {length}."
total_length_lead_in = "Duración: {length}, con {lead_in} para prepararte."
per_side = "{length} por lado ({sides})"
to_switch = "{length} para cambiar"
times = { one = "{n} vez", other = "{n} veces" }
in_all = "{length} en total"
cycles = { one = "{n} ciclo", other = "{n} ciclos" }
phase_inhale = "Inspira"
phase_hold = "Retén"
phase_exhale = "Espira"
phase_rest = "Descansa"
per_weight = "{rate} oz/lb, máx. {most} oz ({most_litres} l) al día; {example} lb: {oz} oz, {litres} l"
for_weight = "Para {weight}:"
caution = "Ojo: {caution}"
check_valid = { one = "{title}: bien, {n} pestaña", other = "{title}: bien, {n} pestañas" }
check_entries = { one = "{n} tema", other = "{n} temas" }
check_routines = { one = "{n} rutina", other = "{n} rutinas" }
check_signs = { one = "{n} señal", other = "{n} señales" }
check_amounts = { one = "{n} cantidad", other = "{n} cantidades" }
check_ui_texts = "Textos: {changed} de {total}"
"#;
    let mut g = parse_guide(&format!("{DEFAULT_GUIDE}\n{ui}"), "es.toml").expect("the guide loads");
    // Breathing phases with no words of their own (a guide made in code),
    // named by their kind.
    let coach = find_tab(&g, "coach").unwrap();
    let TabBody::Coach(routines) = &mut g.tabs[coach].body else { unreachable!() };
    let routines = cramp_guide::guide::model::Deferred::make_mut(routines);
    let StepKind::Breathe { phases, .. } = &mut routines[1].steps[0].kind else { panic!("a breathing step") };
    phases[0].kind = PhaseKind::Hold;
    phases.iter_mut().for_each(|p| p.say.clear());
    let StepKind::Breathe { phases, .. } = &mut routines[0].steps[1].kind else { panic!("a breathing step") };
    phases[0].say.clear();
    let plain = flat(&print_guide(&g, None, Format::Text, 80));
    let markdown = flat(&print_guide(&g, None, Format::Markdown, 80));
    let water = find_tab(&g, "water").unwrap();
    let weighed = flat(&print_guide_for(&g, Some(water), Format::Text, 80, Some(weight("70kg").unwrap())));
    let check = cramp_guide::report::check_summary(&g);
    for said in [
        "Artículo:",
        "Fuentes:",
        "Véase: ",
        "Primero Cool down now: Move to a cool place",
        "Rutina: Calf cramp relief (pestaña Coach).",
        "Vigila:",
        "Si sigue:",
        "Tras 10 minutos — ",
        "Precauciones:",
        "Pasos:",
        "Prepárate: 5 s.",
        "Duración: ",
        ", con 5 s para prepararte.",
        " por lado (",
        " para cambiar",
        "2 veces",
        " en total",
        " ciclos, ",
        "Inspira — 4 s",
        "Retén — 4 s",
        "Espira — 7 s",
        "Descansa — 1 s",
        "0.5 oz/lb, máx. 100 oz (3.0 l) al día; 160 lb: 80 oz, 2.4 l",
        "Ojo: Adults only.",
    ] {
        assert!(plain.contains(said), "{said:?} in the text");
        assert!(markdown.contains(said), "{said:?} in Markdown");
    }
    assert!(weighed.contains("Para 70 kg:") && weighed.contains("Ojo: Adults only."), "{weighed}");
    assert!(check.starts_with(&format!("{}: bien, 9 pestañas\n", g.title)), "{check}");
    for said in ["10 temas", "38 señales", "3 rutinas", "3 cantidades", "Textos: 32 de "] {
        assert!(check.contains(said), "{said:?}:\n{check}");
    }
    for english in [
        "Source article",
        "Sources",
        "Related:",
        "Coach routine",
        "Watch for",
        "If it goes on",
        "After 10",
        "minutes —",
        "Cautions:",
        "Steps:",
        "Get ready",
        "Total length",
        "to get ready",
        " per side",
        "to switch",
        "2 times",
        "1:00 in all",
        "6 cycles",
        "Breathe in —",
        "Hold —",
        "Breathe out —",
        "Rest —",
        "oz per lb",
        "For a body weight",
        "Caution:",
    ] {
        for out in [&plain, &markdown, &weighed] {
            let at = out.find(english).map(|at| &out[out.floor_char_boundary(at.saturating_sub(60))..at]);
            assert_eq!(at, None, "{english:?} is left");
        }
    }
    for english in ["valid", "10 entries", "3 routines", "38 warning signs", "3 amounts", "UI texts"] {
        assert!(!check.contains(english), "{english:?} is left:\n{check}");
    }
    // One of a kind is said as one.
    let TabBody::Coach(routines) = &mut g.tabs[coach].body else { unreachable!() };
    *routines = routines[..1].into();
    assert!(cramp_guide::report::check_summary(&g).contains(" 1 rutina\n"));
}

#[test]
fn check_lines_up_its_columns_by_the_width_titles_take_on_screen() {
    let mut g = guide();
    g.tabs[0].title = "概要".into();
    g.tabs[1].title = "Éléments".into();
    let check = cramp_guide::report::check_summary(&g);
    let columns: Vec<usize> = check
        .lines()
        .filter_map(|l| {
            let kind = ["topics", "coach", "triage", "hydration"].iter().find_map(|k| l.find(&format!("  {k} ")))?;
            Some(width(&l[..kind]))
        })
        .collect();
    assert_eq!(columns.len(), g.tabs.len(), "{check}");
    assert!(columns.iter().all(|&c| c == columns[0]), "the kinds start in one column:\n{check}");
}
