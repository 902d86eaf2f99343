//! What would lose or distort a person's diary, each caught by its own
//! test: durability settings (read back from the connection and the file),
//! damage beyond the first page, `--force`, the local offset of a cramp
//! under any `TZ`, night counted by the local hour, the exports' exact
//! output (a `|` in a note included), and one test per kind of error.
//!
//! Every test uses its own temporary data directory.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use chrono::{FixedOffset, TimeZone};
use cramp_guide::diary::{self, Cramp, DIARY_FILE, Diary, DiaryError, ExportFormat, NewCramp, Stats};
use cramp_guide::guide::model::DiaryConfig;

mod common;

use common::guide;
use common::process::Binary;

const BIN: &str = env!("CARGO_BIN_EXE_cramp-guide");

fn config() -> DiaryConfig {
    guide().diary.expect("the shipped guide keeps a diary")
}

/// `cramp-guide diary ARGS --data-dir DIR` with `TZ` set to `tz`.
fn diary_in(tz: &str, dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Binary::new();
    cmd.env("TZ", tz);
    run_diary(cmd, dir, args)
}

/// `CMD diary ARGS --data-dir DIR`, where CMD is the binary or a shell
/// that runs it, with no data directory from the environment.
fn run_diary(mut cmd: Binary, dir: &Path, args: &[&str]) -> Output {
    cmd.arg("diary").args(args).arg("--data-dir").arg(dir).env_remove("CRAMP_GUIDE_DATA_DIR");
    cmd.output().expect("run cramp-guide")
}

/// A diary in `dir` with one cramp of `seconds` on 20 November 2025.
fn one_cramp(dir: &Path, seconds: u64) {
    let entry = cramp(0, at(0.0, 2025, 11, 20, 3, 0), seconds * 1000, &[], None).entry;
    Diary::open_or_create(dir).unwrap().add(&entry).unwrap();
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn at(offset_hours: f64, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> chrono::DateTime<FixedOffset> {
    FixedOffset::east_opt((offset_hours * 3600.0) as i32).unwrap().with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn cramp(
    id: i64,
    started: chrono::DateTime<FixedOffset>,
    ms: u64,
    details: &[(&str, &str)],
    note: Option<&str>,
) -> Cramp {
    let details: BTreeMap<String, String> = details.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Cramp {
        id,
        entry: NewCramp { started, duration: Duration::from_millis(ms), details, note: note.map(str::to_string) },
    }
}

#[test]
fn every_write_is_durable_wal_and_full_sync_read_back_from_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut diary = Diary::open_or_create(tmp.path()).unwrap();
    diary.add(&cramp(0, at(1.0, 2025, 11, 20, 23, 0), 60_000, &[], None).entry).unwrap();
    let durability = diary.durability().unwrap();
    assert_eq!(durability.journal_mode, "wal");
    assert_eq!(durability.synchronous, 2, "FULL: a cramp acknowledged is on the disk");
    assert!(durability.foreign_keys, "details go with their cramp");
    drop(diary);
    // WAL mode is kept in the file itself: bytes 18 and 19 of the header.
    let header = fs::read(tmp.path().join(DIARY_FILE)).unwrap();
    assert_eq!(&header[18..20], &[2, 2], "the file says WAL to every later reader and writer");
}

#[test]
fn a_diary_keeps_little_of_its_file_in_memory_open_to_write_or_to_read() {
    let tmp = tempfile::tempdir().unwrap();
    let diary = Diary::open_or_create(tmp.path()).unwrap();
    // SQLite's own default is 2,000 KiB: a whole 10,000-cramp diary.
    assert_eq!(diary.page_cache_kib().unwrap(), 128, "a small page cache to write");
    drop(diary);
    fs::create_dir(tmp.path().join(format!("{DIARY_FILE}-shm"))).unwrap();
    let diary = Diary::open_existing(tmp.path()).unwrap().expect("the diary opens");
    assert!(diary.read_only().is_some(), "open to read only");
    assert_eq!(diary.page_cache_kib().unwrap(), 128, "and to read");
}

#[test]
fn a_diary_damaged_beyond_its_first_page_is_never_written_to() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let mut diary = Diary::open_or_create(tmp.path()).unwrap();
        let note = "a note long enough that the cramps fill several pages of the file";
        let many: Vec<NewCramp> = (0..400)
            .map(|i| {
                cramp(0, at(1.0, 2025, 1 + i % 12, 1 + i % 28, i % 24, 0), 60_000 + u64::from(i), &[], Some(note)).entry
            })
            .collect();
        diary.add_all(&many).unwrap();
    }
    let path = tmp.path().join(DIARY_FILE);
    let mut bytes = fs::read(&path).unwrap();
    assert!(!tmp.path().join(format!("{DIARY_FILE}-wal")).exists(), "everything is in the main file");
    let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    // The first table leaf after page 1 that is not the last one: an insert
    // goes to the end and would never touch it.
    let pages = bytes.len() / page;
    let leaf = (1..pages - 1).find(|&p| bytes[p * page] == 0x0D).expect("a table leaf page");
    assert!(leaf > 0);
    // Its count of cells, far beyond what a page holds.
    bytes[leaf * page + 3] = 0xFF;
    bytes[leaf * page + 4] = 0xFF;
    fs::write(&path, &bytes).unwrap();
    let out = diary_in("UTC", tmp.path(), &["add", "--duration", "1:00", "--note", "must not land"]);
    assert_eq!(out.status.code(), Some(2), "refused: {}", text(&out.stderr));
    assert!(text(&out.stderr).contains("is damaged"), "{}", text(&out.stderr));
    assert_eq!(fs::read(&path).unwrap(), bytes, "not a byte written to a damaged diary");
}

/// The export's temporary file is written beside the file asked for, so
/// the rename that puts it in place stays on one filesystem: started in a
/// folder nothing can be written to (`/proc`), the export still lands.
#[cfg(target_os = "linux")]
#[test]
fn export_writes_its_temporary_file_beside_the_output_not_where_it_was_started() {
    let tmp = tempfile::tempdir().unwrap();
    one_cramp(tmp.path(), 90);
    let file = tmp.path().join("for-the-doctor.md");
    let mut cmd = Binary::new();
    cmd.env("TZ", "UTC");
    cmd.command().current_dir("/proc");
    let out = run_diary(cmd, tmp.path(), &["export", "--output", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(fs::read_to_string(&file).unwrap().starts_with("# Cramp diary"));
}

#[test]
fn export_replaces_a_file_with_force_and_only_with_force() {
    let tmp = tempfile::tempdir().unwrap();
    one_cramp(tmp.path(), 90);
    let file = tmp.path().join("for-the-doctor.md");
    fs::write(&file, "an older export").unwrap();
    let file_arg = file.to_str().unwrap();
    let refused = diary_in("UTC", tmp.path(), &["export", "--output", file_arg]);
    assert_eq!(refused.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&file).unwrap(), "an older export", "kept without --force");
    let forced = diary_in("UTC", tmp.path(), &["export", "--output", file_arg, "--force"]);
    assert!(forced.status.success(), "{}", text(&forced.stderr));
    let written = fs::read_to_string(&file).unwrap();
    assert!(written.starts_with("# Cramp diary") && written.contains("| 2025-11-20 | 03:00 | 1:30 |"), "{written}");
    let names: Vec<_> = fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(names.iter().all(|n| !n.to_string_lossy().starts_with(".tmp")), "no temporary file left: {names:?}");
}

#[test]
#[cfg(unix)]
fn export_to_a_name_already_taken_by_a_dangling_link_says_it_exists_and_leaves_the_link() {
    // `exists()` follows the link and finds nothing; the name is taken all
    // the same, and only the write itself can tell.
    let tmp = tempfile::tempdir().unwrap();
    one_cramp(tmp.path(), 90);
    let link = tmp.path().join("for-the-doctor.md");
    std::os::unix::fs::symlink(tmp.path().join("nowhere"), &link).unwrap();
    let out = diary_in("UTC", tmp.path(), &["export", "--output", link.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("already exists") && err.contains("--force"), "{err}");
    assert_eq!(fs::read_link(&link).unwrap(), tmp.path().join("nowhere"), "the link is left as it was");
    let names: Vec<_> = fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(names.iter().all(|n| !n.to_string_lossy().starts_with(".tmp")), "no temporary file left: {names:?}");
}

#[test]
fn a_cramp_keeps_the_local_offset_it_was_recorded_with_under_any_tz() {
    let tmp = tempfile::tempdir().unwrap();
    // India (+05:30, as a POSIX TZ string: no time-zone files needed).
    let india = "<+0530>-5:30";
    let added = diary_in(india, tmp.path(), &["add", "--duration", "2:00", "--at", "2025-06-01 10:00"]);
    assert!(added.status.success(), "{}", text(&added.stderr));
    assert!(text(&added.stderr).contains("began 2025-06-01 10:00"), "{}", text(&added.stderr));
    let now = diary_in(india, tmp.path(), &["add", "--duration", "1:00"]);
    assert!(now.status.success());
    // Read back in another zone: each cramp keeps its own wall-clock time.
    let json = text(&diary_in("<-08>8", tmp.path(), &["export", "--format", "json"]).stdout);
    assert!(json.contains("\"started_at\": \"2025-06-01T10:00:00+05:30\""), "{json}");
    assert_eq!(json.matches("+05:30\"").count(), 2, "now, too, is recorded with its offset: {json}");
    let list = text(&diary_in("UTC", tmp.path(), &["list"]).stdout);
    assert!(list.contains("2025-06-01 10:00"), "listed at the time it was on the clock: {list}");
}

#[test]
fn night_is_counted_by_the_local_hour_a_cramp_began() {
    let config = config();
    assert_eq!((config.night_from, config.night_to), (22, 7), "the shipped night");
    let cramps = [
        // 23:30 in India is 18:00 UTC: night where it happened.
        cramp(1, at(5.5, 2025, 11, 20, 23, 30), 60_000, &[], None),
        // 03:00 in California is 11:00 UTC: night.
        cramp(2, at(-8.0, 2025, 11, 21, 3, 0), 60_000, &[], None),
        // Noon in Sydney is 01:00 UTC: day.
        cramp(3, at(11.0, 2025, 11, 22, 12, 0), 60_000, &[], None),
    ];
    let stats = Stats::compute(&cramps, at(0.0, 2025, 11, 26, 12, 0), Some(&config));
    assert_eq!(stats.at_night, Some((2, 3)));
}

/// Two cramps, newest first, with every kind of value: a choice, a scale,
/// a length with milliseconds, a note with a `|`, a quote and a comma.
fn two_cramps() -> Vec<Cramp> {
    vec![
        cramp(
            7,
            at(1.0, 2025, 11, 20, 23, 10),
            150_000,
            &[("leg", "left"), ("pain", "7")],
            Some("after a run | stairs, \"then\" bed"),
        ),
        cramp(3, at(-5.0, 2025, 11, 18, 3, 5), 90_500, &[("woke", "yes")], None),
    ]
}

#[test]
fn the_csv_export_is_exactly_this() {
    let csv = diary::export(&two_cramps(), &guide(), ExportFormat::Csv, at(0.0, 2025, 11, 26, 12, 0));
    assert_eq!(
        csv,
        "id,started_at,duration_seconds,leg,place,pain,woke,note\n\
         7,2025-11-20T23:10:00+01:00,150,left,,7,,\"after a run | stairs, \"\"then\"\" bed\"\n\
         3,2025-11-18T03:05:00-05:00,90.500,,,,yes,\n"
    );
}

#[test]
fn the_json_export_is_exactly_this() {
    let json = diary::export(&two_cramps(), &guide(), ExportFormat::Json, at(0.0, 2025, 11, 26, 12, 0));
    assert_eq!(
        json,
        r#"[
  {
    "id": 7,
    "started_at": "2025-11-20T23:10:00+01:00",
    "duration_seconds": 150,
    "details": {
      "leg": "left",
      "pain": "7"
    },
    "note": "after a run | stairs, \"then\" bed"
  },
  {
    "id": 3,
    "started_at": "2025-11-18T03:05:00-05:00",
    "duration_seconds": 90.5,
    "details": {
      "woke": "yes"
    },
    "note": null
  }
]
"#
    );
}

#[test]
fn the_markdown_for_a_doctor_is_exactly_this() {
    let md = diary::export(&two_cramps(), &guide(), ExportFormat::Markdown, at(0.0, 2025, 11, 26, 12, 0));
    // A `|` in a note is escaped, so the table keeps its columns.
    let row = md.lines().find(|l| l.starts_with("| 2025-11-20")).unwrap();
    let bars = row.char_indices().filter(|&(i, c)| c == '|' && !row[..i].ends_with('\\')).count();
    assert_eq!(bars, 9, "8 cells: {row}");
    insta::assert_snapshot!("diary_markdown_two_cramps", md);
}

#[test]
fn a_note_of_several_lines_stays_in_its_row_of_the_markdown_table() {
    let note = "woke at 3\nwalked it off\r\nslept";
    let cramps = vec![cramp(7, at(1.0, 2025, 11, 20, 23, 10), 150_000, &[], Some(note))];
    let md = diary::export(&cramps, &guide(), ExportFormat::Markdown, at(0.0, 2025, 11, 26, 12, 0));
    let row = md.lines().find(|l| l.starts_with("| 2025-11-20")).unwrap();
    assert!(row.ends_with(" | woke at 3 walked it off  slept |"), "{row}");
    assert!(!md.lines().any(|l| l.starts_with("walked") || l.starts_with("slept")), "{md}");
}

/// An imported note may hold escapes, bells and tabs: the Markdown shows
/// each as a space, so neither a terminal nor a viewer is steered by it.
#[test]
fn a_note_with_control_characters_is_plain_text_in_the_markdown() {
    let note = "calf \u{1b}[31mred\u{1b}[0m\u{7}\tthen";
    let cramps = vec![cramp(7, at(1.0, 2025, 11, 20, 23, 10), 150_000, &[], Some(note))];
    let md = diary::export(&cramps, &guide(), ExportFormat::Markdown, at(0.0, 2025, 11, 26, 12, 0));
    let row = md.lines().find(|l| l.starts_with("| 2025-11-20")).unwrap();
    assert!(row.ends_with(" | calf  \\[31mred \\[0m  then |"), "{row}");
    assert!(!md.chars().any(|c| c.is_control() && c != '\n'), "{md:?}");
}

fn sqlite_error(code: std::os::raw::c_int) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
}

/// The message of an error about the diary in `/data`: it names the path,
/// and its reason alone (for a narrow footer) says what happened.
fn said(error: DiaryError) -> (String, String) {
    let message = error.to_string();
    assert!(message.starts_with("/data/diary.sqlite3: ") || message.starts_with("/data: "), "{message}");
    (message, error.reason())
}

fn path() -> std::path::PathBuf {
    std::path::PathBuf::from("/data").join(DIARY_FILE)
}

#[test]
fn a_data_directory_that_is_a_file_says_so() {
    let (_, reason) = said(DiaryError::NotAFolder { path: "/data".into() });
    assert!(reason.contains("is a file, not a folder"), "{reason}");
}

#[test]
fn a_file_that_is_not_a_diary_says_so_and_that_it_was_left_alone() {
    let (_, reason) = said(DiaryError::NotADiary { path: path() });
    assert!(reason.contains("is not a cramp-guide diary") && reason.contains("untouched"), "{reason}");
}

/// `diary list` on a data directory whose diary file holds `bytes`: it is
/// not a diary (exit 2), and the file is left byte for byte, alone.
fn refused_and_left_alone(bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(DIARY_FILE);
    fs::write(&file, bytes).unwrap();
    for args in [&["list"][..], &["add", "--duration", "1"]] {
        let out = run_diary(Binary::new(), dir.path(), args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "a file that is not ours is the file's problem: {args:?} {err}");
        assert!(err.contains("is not a cramp-guide diary; it was left untouched"), "{err}");
        assert_eq!(fs::read(&file).unwrap(), bytes, "the file is byte for byte as it was");
        let in_dir: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(in_dir, [std::ffi::OsString::from(DIARY_FILE)], "nothing was made beside it");
    }
}

#[test]
fn a_file_with_sqlite_s_header_but_not_a_database_is_not_a_diary_and_is_left_alone() {
    // It passes the header check; SQLite itself finds it is no database.
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xA5u8, 4096));
    refused_and_left_alone(&bytes);
}

#[test]
fn a_file_of_words_is_not_a_diary_and_is_left_alone() {
    refused_and_left_alone(b"my cramps: monday, left calf, two minutes\n");
}

#[test]
fn a_newer_diary_says_which_versions() {
    let (_, reason) = said(DiaryError::Newer { path: path(), version: 9 });
    assert!(reason.contains("newer cramp-guide") && reason.contains("version 9"), "{reason}");
    assert!(reason.contains(&format!("up to {}", diary::SCHEMA_VERSION)), "{reason}");
}

#[test]
fn a_damaged_diary_says_what_is_damaged() {
    let (_, reason) = said(DiaryError::Corrupt { path: path(), detail: "Tree 2 page 3: bad cell".into() });
    assert!(reason.contains("is damaged (Tree 2 page 3: bad cell)") && reason.contains("untouched"), "{reason}");
}

#[test]
fn a_diary_held_by_another_copy_says_it_is_busy_not_full() {
    let (_, reason) = said(DiaryError::Sql { path: path(), error: sqlite_error(rusqlite::ffi::SQLITE_BUSY) });
    assert!(reason.contains("locked"), "{reason}");
    assert!(!reason.contains("full") && !reason.contains("refused"), "{reason}");
}

#[test]
fn a_diary_another_copy_holds_past_the_wait_is_said_to_be_locked_not_opened_to_read() {
    let dir = tempfile::tempdir().unwrap();
    one_cramp(dir.path(), 300);
    // Another copy in the middle of a write it does not finish.
    let holder = rusqlite::Connection::open(dir.path().join(DIARY_FILE)).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    // Opening waits its 10 s for the write to end, then says why it cannot.
    let error = Diary::open_existing(dir.path()).err().expect("not opened while held");
    let reason = error.reason_in(&common::guide().ui.diary);
    assert!(reason.contains("locked"), "{reason}");
    holder.execute_batch("ROLLBACK").unwrap();
    let diary = Diary::open_existing(dir.path()).unwrap().expect("there");
    assert_eq!(diary.count().unwrap(), 1, "the cramp is there once the other copy lets go");
}

#[test]
fn a_write_the_disk_refuses_says_it_may_be_full() {
    let (_, reason) = said(DiaryError::Sql { path: path(), error: sqlite_error(rusqlite::ffi::SQLITE_FULL) });
    assert!(reason.contains("refused a write") && reason.contains("nothing was changed"), "{reason}");
}

#[test]
fn a_full_disk_says_so() {
    let error = std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device");
    let (_, reason) = said(DiaryError::Io { path: path(), error });
    assert!(reason.contains("the disk is full") && reason.contains("nothing was changed"), "{reason}");
}

#[test]
fn a_folder_that_may_not_be_written_says_so_not_full() {
    let error = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
    let (_, reason) = said(DiaryError::Io { path: path(), error });
    assert!(reason.contains("permission denied"), "{reason}");
    assert!(!reason.contains("full"), "{reason}");
}

/// `diary ARGS` where no file may grow at all, as on a full disk: the shell
/// caps file sizes (`ulimit -f 0`) and ignores `SIGXFSZ`, so SQLite cannot
/// make its shared-memory index (the `-shm` file) for the diary.
fn diary_on_full_disk(dir: &Path, args: &[&str]) -> Output {
    let mut sh = Binary::program("sh");
    sh.arg("-c").arg("trap '' XFSZ; ulimit -f 0 || exit 99; shift; exec \"$@\"").args(["sh", "0", BIN]);
    run_diary(sh, dir, args)
}

#[test]
fn a_diary_on_a_full_disk_still_reads_and_says_why_nothing_can_be_saved() {
    let tmp = tempfile::tempdir().unwrap();
    for note in ["first", "second"] {
        let out = diary_in("UTC", tmp.path(), &["add", "--duration", "1:00", "--note", note]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let listed = text(&diary_in("UTC", tmp.path(), &["list"]).stdout);
    let file = tmp.path().join(DIARY_FILE);
    let bytes = fs::read(&file).unwrap();
    let out = diary_on_full_disk(tmp.path(), &["list"]);
    assert_eq!(out.status.code(), Some(0), "the cramps still read: {}", text(&out.stderr));
    assert_eq!(text(&out.stdout), listed, "every cramp, as before");
    assert!(text(&out.stderr).contains("nothing can be saved"), "and why not: {}", text(&out.stderr));
    let out = diary_on_full_disk(tmp.path(), &["add", "--duration", "2:00", "--note", "lost"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("nothing can be saved"), "{}", text(&out.stderr));
    assert_eq!(fs::read(&file).unwrap(), bytes, "the diary as it was");
    // With room again, saving works.
    let out = diary_in("UTC", tmp.path(), &["add", "--duration", "2:00"]);
    assert_eq!(text(&out.stdout).trim(), "3", "{}", text(&out.stderr));
}

#[test]
fn a_diary_open_to_read_only_saves_again_once_it_can() {
    let tmp = tempfile::tempdir().unwrap();
    one_cramp(tmp.path(), 60);
    // SQLite cannot make its shared-memory index where a folder has its name.
    let shm = tmp.path().join(format!("{DIARY_FILE}-shm"));
    fs::create_dir(&shm).unwrap();
    let mut diary = Diary::open_existing(tmp.path()).unwrap().expect("the diary still opens");
    assert!(diary.read_only().is_some(), "open to read only");
    assert_eq!(diary.count().unwrap(), 1, "and it reads");
    let entry = cramp(0, at(0.0, 2025, 11, 21, 3, 0), 60_000, &[], Some("later")).entry;
    let refused = diary.add(&entry).unwrap_err();
    assert!(refused.reason().contains("nothing can be saved"), "{refused}");
    assert!(!refused.is_bad_file(), "the file is fine: a runtime failure");
    fs::remove_dir(&shm).unwrap();
    diary.add(&entry).expect("saved once the index can be made");
    assert!(diary.read_only().is_none(), "open to write again");
    assert_eq!(diary.count().unwrap(), 2);
}

#[test]
fn the_diary_tab_reads_a_diary_on_a_full_disk_and_says_why_nothing_can_be_saved() {
    let tmp = tempfile::tempdir().unwrap();
    for note in ["first", "second"] {
        assert!(diary_in("UTC", tmp.path(), &["add", "--duration", "1:00", "--note", note]).status.success());
    }
    let mut tui = common::pty::Tui::builder(80, 24)
        .program("sh")
        .args(["-c", "trap '' XFSZ; ulimit -f 0 || exit 99; exec \"$@\"", "sh", BIN, "--tab", "diary", "--data-dir"])
        .arg(tmp.path())
        .spawn();
    tui.wait_for_text("Your cramps: 2");
    tui.send("a");
    tui.send("3");
    tui.key("Enter");
    tui.wait_for_text("nothing can be saved");
    tui.key("Esc");
    tui.key("Ctrl-c");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn a_data_directory_named_like_a_sqlite_uri_is_the_folder_of_that_name() {
    let tmp = tempfile::tempdir().unwrap();
    // SQLite reads a name that starts "file:" as a URI: this one would
    // point at `elsewhere/diary.sqlite3`.
    fs::create_dir(tmp.path().join("elsewhere")).unwrap();
    let named = Path::new("file:elsewhere");
    for args in [&["add", "--duration", "1:00", "--note", "kept"][..], &["list"][..]] {
        let mut cmd = Binary::new();
        cmd.command().current_dir(tmp.path());
        let out = run_diary(cmd, named, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        if args == ["list"] {
            assert!(text(&out.stdout).contains("kept"), "{}", text(&out.stdout));
        }
    }
    let diary = Diary::open_existing(&tmp.path().join(named)).unwrap().expect("the diary is in the folder named");
    assert_eq!(diary.count().unwrap(), 1);
    assert!(!tmp.path().join("elsewhere").join(DIARY_FILE).exists(), "nothing made where the URI points");
}
