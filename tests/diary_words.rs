//! The diary's words outside the Diary tab come from the guide: a guide's
//! `[ui.markdown]` table rewords the Markdown for a doctor, and its
//! `[ui.diary_cli]` table the diary on the command line. With the shipped
//! guide both say what they said before (`diary_faults.rs` holds the exact
//! outputs).

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{FixedOffset, TimeZone};
use cramp_guide::diary::{self, Cramp, ExportFormat, NewCramp};
use cramp_guide::guide::parse_guide;

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
