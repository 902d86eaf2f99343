//! The diary's words outside the Diary tab come from the guide: a guide's
//! `[ui.markdown]` table rewords the Markdown for a doctor, and its
//! `[ui.diary_cli]` table the diary on the command line. With the shipped
//! guide both say what they said before (`diary_faults.rs` holds the exact
//! outputs). The Diary tab says a detail in brief in the same words.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use chrono::{FixedOffset, TimeZone};
use common::process::Binary;
use cramp_guide::diary::{self, Cramp, DIARY_FILE, ExportFormat, NewCramp};
use cramp_guide::guide::parse_guide;
use cramp_guide::guide::ui_text::{Text, UiText};

const SHIPPED: &str = include_str!("../guide.toml");

/// The shipped guide with `table` appended.
fn guide_with(table: &str) -> cramp_guide::guide::Guide {
    parse_guide(&format!("{SHIPPED}\n{table}"), "es.toml").expect("the table loads")
}

fn cramp(id: i64, day: u32, hour: u32, seconds: u64, details: &[(&str, &str)]) -> Cramp {
    let started = FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2025, 11, day, hour, 0, 0).unwrap();
    let details: BTreeMap<String, String> = details.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Cramp { id, entry: NewCramp { started, duration: Duration::from_secs(seconds), details, note: None } }
}

const MARKDOWN: &str = r#"
[ui.markdown]
title = "Diario de calambres"
exported = "Exportado el {when} con cramp-guide. Información general, no un diagnóstico."
summary_title = "Resumen"
summary_total = "Calambres: {total} (7 días: {last_7}, 30 días: {last_30}, 90 días: {last_90})"
summary_median = "Duración mediana: {length}"
summary_longest = "El más largo: {length} el {date}"
summary_at_night = "De noche: {night} de {all} ({percent} %)"
weekly_title = "Calambres por semana (últimas {weeks} semanas)"
cramps_title = "Calambres registrados"
column_date = "Fecha"
column_time = "Hora"
column_length = "Duración"
column_note = "Nota"
empty = "Nada registrado."
"#;

#[test]
fn the_markdown_for_a_doctor_says_what_the_guide_s_ui_table_says() {
    let guide = guide_with(MARKDOWN);
    let now = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2025, 11, 26, 12, 0, 0).unwrap();
    let cramps = [cramp(2, 20, 23, 150, &[("leg", "left")]), cramp(1, 18, 3, 90, &[])];
    let md = diary::export(&cramps, &guide, ExportFormat::Markdown, now);
    for said in [
        "# Diario de calambres\n",
        "Exportado el 2025-11-26 12:00 con cramp-guide. Información general, no un diagnóstico.",
        "## Resumen\n",
        "- Calambres: 2 (7 días: 1, 30 días: 2, 90 días: 2)\n",
        "- Duración mediana: 2:00\n",
        "- El más largo: 2:30 el 2025-11-20\n",
        "- De noche: 2 de 2 (100 %)\n",
        "## Calambres por semana (últimas 12 semanas)\n",
        "## Calambres registrados\n",
        "| Fecha | Hora | Duración | Which leg |",
        "| Nota |\n",
    ] {
        assert!(md.contains(said), "{said:?} in:\n{md}");
    }
    for english in
        ["Cramp diary", "Exported", "Summary", "recorded", "Median", "Longest", "At night", "per week", "| Date |"]
    {
        assert!(!md.contains(english), "{english:?} left in:\n{md}");
    }
    for english in ["Time", "Length", "Note"] {
        assert!(!md.contains(&format!("| {english} |")), "{english:?} left in:\n{md}");
    }
    let empty = diary::export(&[], &guide, ExportFormat::Markdown, now);
    assert!(empty.ends_with("\nNada registrado.\n") && !empty.contains("No cramps"), "{empty}");
}

/// `text` pseudo-localised: every vowel outside the placeholders accented,
/// so no English word with a vowel is left.
fn accent(text: &str) -> String {
    let mut depth = 0;
    text.chars()
        .map(|c| {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            match (depth, c) {
                (0, 'a') => 'á',
                (0, 'e') => 'é',
                (0, 'i') => 'í',
                (0, 'o') => 'ó',
                (0, 'u') => 'ú',
                _ => c,
            }
        })
        .collect()
}

/// Every text of the command line accented: the `[ui.diary_cli]` table,
/// and the `[ui.diary]` one whose problems and details it says too.
fn accented_diary_cli() -> String {
    format!("{}\n{}", accented("diary_cli"), accented("diary"))
}

/// Every text of `group` with its vowels accented, as a `[ui.<group>]` table.
fn accented(wanted: &str) -> String {
    let english = UiText::english();
    let mut texts = toml::Table::new();
    for (group, key) in UiText::KEYS.iter().filter(|(g, _)| *g == wanted) {
        let value = match english.slot(group, key).unwrap() {
            Text::Plain(s) => toml::Value::String(accent(s)),
            Text::Plural { one, other } => toml::Value::Table(toml::Table::from_iter([
                ("one".to_string(), toml::Value::String(accent(one))),
                ("other".to_string(), toml::Value::String(accent(other))),
            ])),
        };
        texts.insert(key.to_string(), value);
    }
    let ui = toml::Table::from_iter([(wanted.to_string(), toml::Value::Table(texts))]);
    toml::to_string(&toml::Table::from_iter([("ui".to_string(), toml::Value::Table(ui))])).unwrap()
}

/// Runs `cramp-guide --guide GUIDE diary ARGS --data-dir DIR` in UTC:
/// (exit code, standard output, standard error).
fn diary(guide: &Path, dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Binary::new()
        .arg("--guide")
        .arg(guide)
        .arg("diary")
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env("TZ", "UTC")
        .env_remove("CRAMP_GUIDE_DATA_DIR")
        .output()
        .expect("run cramp-guide");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

/// `said` has each English phrase in its accented form, and not as it is.
#[track_caller]
fn says(said: &str, phrases: &[&str]) {
    for english in phrases {
        assert!(said.contains(&accent(english)), "{:?} in:\n{said}", accent(english));
        assert!(!said.contains(english), "{english:?} left in:\n{said}");
    }
}

#[test]
fn the_diary_on_the_command_line_says_what_the_guide_s_ui_table_says() {
    let tmp = tempfile::tempdir().unwrap();
    let guide = tmp.path().join("accented.toml");
    std::fs::write(&guide, format!("{SHIPPED}\n{}", accented_diary_cli())).unwrap();
    let data = tmp.path().join("data");
    let run = |args: &[&str]| diary(&guide, &data, args);

    let (_, out, _) = run(&["list"]);
    says(&out, &["No cramps recorded yet. Time one with ", " in the guide and press "]);
    assert!(out.contains(" ! ") && out.contains(" s, "), "the keys from the key table: {out}");
    let (_, _, err) = run(&["delete", "1"]);
    says(&err, &["(the diary is empty)"]);

    let (_, _, err) = run(&["add", "--duration", "2", "--at", "2025-11-20 03:00"]);
    says(&err, &["Recorded cramp", ": began 2025-11-20 03:00, lasted 2:00 (2 minutes)."]);
    let (_, _, err) = run(&["add", "--duration", "1", "--at", "2025-11-21 03:00"]);
    says(&err, &["lasted 1:00 (1 minute)."]);
    let (_, _, err) = run(&["add", "--duration", "30:00", "--at", "2025-11-22 04:00"]);
    says(&err, &["lasted 30:00.", " — over 10:00. ", "Source: NHS"]);
    for (at, leg, pain) in [("2025-11-23 04:00", "left", "7"), ("2025-11-23 05:00", "right", "3")] {
        let details = [format!("leg={leg}"), format!("pain={pain}"), "place=calf".into()];
        let mut args = vec!["add", "--duration", "2:30", "--at", at];
        for d in &details {
            args.extend(["--detail", d]);
        }
        assert_eq!(run(&args).0, 0);
    }

    let (_, out, _) = run(&["stats"]);
    says(
        &out,
        &[
            "Cramps recorded: 5",
            "Last 7 days: ",
            "  ·  last 30 days: ",
            "Median length: ",
            "Longest: 30:00 on 2025-11-22",
            "At night: ",
            ": a tie between ",
            " and ",
            " (1 each)",
            ": mostly ",
            " (2 of 2)",
            ": median 5, range 3 to 7 (2 cramps)",
            "Per week, last 12 weeks (oldest first, to ",
        ],
    );
    let (_, md, _) = run(&["export"]);
    says(&md, &[": a tie between ", " (1 each)", ": mostly ", " (2 of 2)"]);

    let csv = tmp.path().join("out.csv");
    let csv_arg = csv.to_str().unwrap();
    let (_, out, _) = run(&["export", "--format", "csv", "--output", csv_arg]);
    says(&out, &["Wrote 5 cramps to "]);
    let (code, _, err) = run(&["export", "--format", "csv", "--output", csv_arg]);
    assert_eq!(code, 2);
    says(&err, &["already exists; add --force to replace it"]);
    let (_, out, _) = run(&["delete", "1"]);
    says(&out, &["Deleted cramp 1 of 2025-11-20 03:00."]);
    let (_, _, err) = run(&["delete", "99"]);
    says(&err, &["no cramp has the id 99; `cramp-guide diary list` shows them"]);
    let (_, out, _) = run(&["import", csv_arg]);
    says(&out, &["Imported 1 cramp; 4 were already in the diary."]);

    let bad = tmp.path().join("bad.csv");
    std::fs::write(
        &bad,
        "id,started_at,duration_seconds,leg,place,pain,woke,note,knee\n\
         1,2025-11-20T03:00:00+00:00,sixty,,,,,,\n2\n",
    )
    .unwrap();
    let (_, _, err) = run(&["import", bad.to_str().unwrap()]);
    says(&err, &["a line that cannot be read; nothing was imported:", "line 1: column ", " is not a detail this"]);
    std::fs::write(
        &bad,
        "id,started_at,duration_seconds,leg,place,pain,woke,note\n\
         1,2025-11-20T03:00:00+00:00,sixty,,,,,\n2\n3,nope,60,,,,,\n4,2025-11-20T03:00:00+00:00,60,,,12,,\n",
    )
    .unwrap();
    let (_, _, err) = run(&["import", bad.to_str().unwrap()]);
    says(
        &err,
        &[
            "lines that cannot be read; nothing was imported:",
            "line 2: duration_seconds ",
            " is not a number",
            "line 3: 1 column, expected 8",
            "line 4: time ",
            "line 5: ",
            " is not a whole number from 0 to 10",
        ],
    );

    for (args, phrase) in [
        (&["add", "--duration", "abc"][..], ": expected minutes (2), m:ss (2:30)"),
        (&["add", "--duration", "0"], "duration \"0\": must be more than 0"),
        (&["add", "--duration", "25h"], "longer than 24 hours; check the number"),
        (&["add", "--duration", "1", "--at", "2999-01-01 10:00"], "is in the future"),
        (&["add", "--duration", "1", "--detail", "knee=left"], ": unknown detail "),
        (&["add", "--duration", "1", "--detail", "leg=middle"], " is not one of "),
        (&["add", "--duration", "1", "--detail", "leg"], "expected KEY=VALUE, e.g. leg=left"),
        (&["list", "--since", "yesterday"], ": expected YYYY-MM-DD"),
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        says(&err, &[phrase]);
    }

    // The diary file's own troubles.
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let (_, _, err) = diary(&guide, &file, &["list"]);
    says(&err, &["the data directory is a file, not a folder"]);
    let not_ours = tmp.path().join("not-ours");
    std::fs::create_dir(&not_ours).unwrap();
    std::fs::write(not_ours.join(DIARY_FILE), "not a diary at all, just words").unwrap();
    let (_, _, err) = diary(&guide, &not_ours, &["list"]);
    says(&err, &["is not a cramp-guide diary; it was left untouched"]);
    // SQLite cannot make its shared-memory index where a folder has its
    // name: the diary opens to read only.
    std::fs::create_dir(data.join(format!("{DIARY_FILE}-shm"))).unwrap();
    let (code, out, err) = run(&["list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 5, "{out}");
    says(&err, &["note: ", ": open to read only; nothing can be saved: "]);
    let (code, _, err) = run(&["add", "--duration", "1"]);
    assert_eq!(code, 1, "{err}");
    says(&err, &["nothing can be saved: ", ". Your cramps can still be read"]);
}

#[test]
fn the_diary_tab_says_a_detail_in_brief_in_the_guide_s_words() {
    use common::{FIXED_NOW_SECS, Harness};
    use cramp_guide::coach::Clock;
    use cramp_guide::diary::Diary;

    let dir = tempfile::tempdir().unwrap();
    let mut diary = Diary::open_or_create(dir.path()).unwrap();
    for (day, leg) in [(24, "left"), (25, "right")] {
        let mut c = cramp(0, day, 23, 90, &[("leg", leg), ("place", "calf")]).entry;
        c.started = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 11, day, 23, 0, 0).unwrap();
        diary.add(&c).unwrap();
    }
    // The tab reads its own [ui.diary] texts (the same sentences as the
    // command line's, kept apart so each can be worded for its place).
    let mut h = Harness::with_guide(80, 24, &format!("{SHIPPED}\n{}", accented("diary")));
    h.base = Clock { mono: h.base.mono, wall: std::time::UNIX_EPOCH + Duration::from_secs(FIXED_NOW_SECS) };
    h.app.set_data_dir(Some(dir.path().to_path_buf()));
    h.app.show_disclaimer = false;
    h.press(crossterm::event::KeyCode::Char('0'));
    let screen = h.screen();
    says(&screen, &[": a tie between ", " (1 each)", ": mostly ", " (2 of 2)"]);
}
