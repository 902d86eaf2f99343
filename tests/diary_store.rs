//! The diary file keeps every acknowledged cramp and never touches a file it
//! does not understand: migrations from version 1, two processes writing at
//! once, a kill in the middle of a write, damaged and foreign files left
//! byte-identical, export then import with nothing lost or doubled.
//!
//! Every test uses its own temporary data directory.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use chrono::{FixedOffset, TimeZone};
use common::process::Binary;
use cramp_guide::diary::{DIARY_FILE, Diary, DiaryError, NewCramp, SCHEMA_VERSION};

const BIN: &str = env!("CARGO_BIN_EXE_cramp-guide");

fn cramp(day: u32, minutes: u64, note: &str) -> NewCramp {
    let started = FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2026, 11, day, 23, 10, 0).unwrap();
    let mut details = BTreeMap::new();
    details.insert("leg".to_string(), "left".to_string());
    NewCramp { started, duration: Duration::from_secs(minutes * 60 + 5), details, note: Some(note.to_string()) }
}

fn diary_cmd(dir: &Path, args: &[&str]) -> Output {
    run_diary(Binary::new(), dir, args)
}

/// `cmd` (the binary, or a shell that runs it with what follows) given
/// `diary ARGS --data-dir DIR`, with no data directory from the environment.
fn run_diary(mut cmd: Binary, dir: &Path, args: &[&str]) -> Output {
    cmd.arg("diary")
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env_remove("CRAMP_GUIDE_DATA_DIR")
        .output()
        .expect("run cramp-guide")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn browsing_creates_nothing_and_the_first_save_creates_a_private_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    assert!(Diary::open_existing(&dir).unwrap().is_none());
    let listed = diary_cmd(&dir, &["list"]);
    assert!(listed.status.success());
    assert!(stdout(&listed).contains("No cramps recorded yet"), "{}", stdout(&listed));
    assert!(!dir.exists(), "reading an empty diary creates nothing");
    let added = diary_cmd(&dir, &["add", "--duration", "2:30", "--detail", "leg=left", "--note", "after a run"]);
    assert!(added.status.success(), "{}", stderr(&added));
    assert_eq!(stdout(&added).trim(), "1", "add prints the new id");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
        assert_eq!(fs::metadata(dir.join(DIARY_FILE)).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let list = stdout(&diary_cmd(&dir, &["list"]));
    assert!(list.contains("2:30") && list.contains("Which leg: Left") && list.contains("after a run"), "{list}");
}

#[test]
fn a_version_1_diary_is_migrated_with_every_row_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join(DIARY_FILE);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("fixtures/diary/v1.sql")).unwrap();
    }
    let diary = Diary::open_existing(tmp.path()).unwrap().expect("the v1 diary");
    let cramps = diary.list(None).unwrap();
    assert_eq!(cramps.len(), 3, "every v1 row survives");
    assert_eq!(cramps[0].entry.note.as_deref(), Some("newest"));
    assert_eq!(cramps[2].entry.started.offset().local_minus_utc(), 3600, "the recorded offset is kept");
    assert_eq!(cramps[1].entry.duration, Duration::from_millis(90_500));
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    assert_eq!(diary.setting("weight_lb").unwrap().as_deref(), Some("170"), "v1 settings survive");
}

#[test]
fn foreign_damaged_and_newer_files_are_reported_and_left_byte_identical() {
    let newer = {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("x.sqlite3");
        let conn = rusqlite::Connection::open(&p).unwrap();
        conn.execute_batch("PRAGMA application_id = 1129467216; CREATE TABLE t (x); PRAGMA user_version = 99;")
            .unwrap();
        drop(conn);
        fs::read(&p).unwrap()
    };
    let stranger = {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("x.sqlite3");
        let conn = rusqlite::Connection::open(&p).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');").unwrap();
        drop(conn);
        fs::read(&p).unwrap()
    };
    let mut damaged = newer.clone();
    damaged[100..600].fill(0xAB);
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("text", b"my shopping list\nmilk\n".to_vec(), "is not a cramp-guide diary"),
        ("another app's database", stranger, "is not a cramp-guide diary"),
        ("a newer diary", newer, "newer cramp-guide"),
        ("a damaged file", damaged, "untouched"),
    ];
    for (what, bytes, message) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join(DIARY_FILE);
        fs::write(&path, &bytes).unwrap();
        for args in [&["list"][..], &["add", "--duration", "1:00"], &["stats"], &["export"]] {
            let out = diary_cmd(tmp.path(), args);
            assert_eq!(out.status.code(), Some(2), "{what}, {args:?}: exit 2");
            assert!(stderr(&out).contains(message), "{what}, {args:?}: {}", stderr(&out));
            assert!(stderr(&out).contains(DIARY_FILE), "{what}: the message names the file");
        }
        assert_eq!(fs::read(&path).unwrap(), bytes, "{what} is left byte-identical");
        let err = Diary::open_existing(tmp.path()).err().expect("refused");
        assert!(err.is_bad_file(), "{what}: {err}");
        // The guide itself still opens.
        let printed = Binary::new().args(["--print", "overview", "--data-dir"]).arg(tmp.path()).output().unwrap();
        assert!(printed.status.success(), "{what}: the guide still works");
    }
}

#[test]
fn two_processes_writing_at_once_both_land() {
    let tmp = tempfile::tempdir().unwrap();
    Diary::open_or_create(tmp.path()).unwrap();
    let writer = |tag: &'static str| {
        let dir = tmp.path().to_path_buf();
        std::thread::spawn(move || {
            let mut ids = Vec::new();
            for i in 0..15 {
                let out = diary_cmd(&dir, &["add", "--duration", "0:30", "--note", &format!("{tag} {i}")]);
                assert!(out.status.success(), "{tag} {i}: {}", stderr(&out));
                ids.push(stdout(&out).trim().parse::<i64>().unwrap());
            }
            ids
        })
    };
    let (a, b) = (writer("a"), writer("b"));
    let mut ids = a.join().unwrap();
    ids.extend(b.join().unwrap());
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 30, "every acknowledged id is distinct");
    let diary = Diary::open_existing(tmp.path()).unwrap().unwrap();
    assert_eq!(diary.count().unwrap(), 30, "all rows land");
}

#[test]
fn a_kill_during_a_write_loses_nothing_acknowledged_and_half_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut diary = Diary::open_or_create(tmp.path()).unwrap();
    let saved = diary.add(&cramp(1, 1, "acknowledged")).unwrap();
    drop(diary);
    // A large import is one transaction; kill it while it runs.
    let mut csv = String::from("id,started_at,duration_seconds,note\n");
    for i in 0..20_000 {
        csv.push_str(&format!(
            "{i},2026-10-0{}T10:{:02}:{:02}+00:00,{},row {i}\n",
            i % 9 + 1,
            i / 60 % 60,
            i % 60,
            i % 300 + 1
        ));
    }
    let file = tmp.path().join("big.csv");
    fs::write(&file, csv).unwrap();
    let mut child = Binary::new()
        .args(["diary", "import"])
        .arg(&file)
        .arg("--data-dir")
        .arg(tmp.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the write to be under way (its journal appears), then kill -9.
    let wal = tmp.path().join(format!("{DIARY_FILE}-wal"));
    let deadline = Instant::now() + Duration::from_secs(30);
    while !wal.exists() && child.try_wait().unwrap().is_none() && Instant::now() < deadline {
        std::thread::yield_now();
    }
    let _ = child.kill();
    let _ = child.wait();
    let diary = Diary::open_existing(tmp.path()).unwrap().expect("the diary still opens");
    let count = diary.count().unwrap();
    assert!(count == 1 || count == 20_001, "all of the import or none of it, found {count} rows");
    assert_eq!(diary.get(saved).unwrap().unwrap().entry.note.as_deref(), Some("acknowledged"));
}

#[test]
fn export_then_import_round_trips_and_a_second_import_adds_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (from, to) = (tmp.path().join("from"), tmp.path().join("to"));
    let mut diary = Diary::open_or_create(&from).unwrap();
    for (day, minutes, note) in [(3, 1, "one"), (5, 12, "a \"quoted\", comma"), (9, 0, "three")] {
        diary.add(&cramp(day, minutes, note)).unwrap();
    }
    let csv = tmp.path().join("out.csv");
    let out = diary_cmd(&from, &["export", "--format", "csv", "--output", csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let again = diary_cmd(&from, &["export", "--format", "csv", "--output", csv.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2), "no overwrite without --force");
    assert!(stderr(&again).contains("--force"));
    let first = diary_cmd(&to, &["import", csv.to_str().unwrap()]);
    assert_eq!(stdout(&first), "Imported 3 cramps.\n");
    let second = diary_cmd(&to, &["import", csv.to_str().unwrap()]);
    assert!(stdout(&second).contains("Imported 0 cramps; 3 were"), "{}", stdout(&second));
    let strip = |cramps: Vec<cramp_guide::diary::Cramp>| cramps.into_iter().map(|c| c.entry).collect::<Vec<_>>();
    let original = strip(Diary::open_existing(&from).unwrap().unwrap().list(None).unwrap());
    let copy = strip(Diary::open_existing(&to).unwrap().unwrap().list(None).unwrap());
    assert_eq!(original, copy, "nothing lost, changed or doubled");
}

#[test]
fn bad_input_names_the_field_exits_2_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    Diary::open_or_create(tmp.path()).unwrap().add(&cramp(2, 1, "kept")).unwrap();
    for (args, message) in [
        (vec!["add", "--duration", "-5s"], "more than 0"),
        (vec!["add", "--duration", "30h"], "longer than 24 hours"),
        (vec!["add", "--duration", "1:00", "--detail", "knee=left"], "unknown detail \"knee\""),
        (vec!["add", "--duration", "1:00", "--detail", "leg=middle"], "\"middle\" is not one of left, right, both"),
        (vec!["add", "--duration", "1:00", "--detail", "pain=11"], "pain: \"11\" is not a whole number from 0 to 10"),
        (vec!["add", "--duration", "1:00", "--at", "2999-01-01 10:00"], "in the future"),
        (vec!["delete", "999"], "no cramp has the id 999"),
        (vec!["list", "--since", "yesterday"], "expected YYYY-MM-DD"),
    ] {
        let out = diary_cmd(tmp.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
    let bad_csv = tmp.path().join("bad.csv");
    fs::write(&bad_csv, "id,started_at,duration_seconds,leg,note\n1,2026-11-01T10:00:00+00:00,60,left,ok\n2,2026-11-02T10:00:00+00:00,sixty,left,bad\n").unwrap();
    let out = diary_cmd(tmp.path(), &["import", bad_csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 3: duration_seconds \"sixty\" is not a number"), "{}", stderr(&out));
    let diary = Diary::open_existing(tmp.path()).unwrap().unwrap();
    assert_eq!(diary.count().unwrap(), 1, "nothing half-written: the good first row did not land either");
}

#[test]
fn a_read_only_data_directory_fails_the_save_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("locked");
    fs::create_dir(&dir).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
    }
    // Root ignores directory permissions; check as an ordinary user would see it.
    if fs::write(dir.join("probe"), b"x").is_ok() {
        let _ = fs::remove_file(dir.join("probe"));
        let err = match Diary::open_or_create(Path::new("/proc/cramp-guide-cannot-be-here")) {
            Err(e) => e,
            Ok(_) => panic!("a diary under /proc cannot be created"),
        };
        assert!(matches!(err, DiaryError::Io { .. }), "{err}");
        return;
    }
    let out = diary_cmd(&dir, &["add", "--duration", "1:00"]);
    assert_eq!(out.status.code(), Some(1), "a disk that refuses is a runtime failure");
    assert!(stderr(&out).contains(DIARY_FILE), "{}", stderr(&out));
}

/// `diary ARGS` on a disk that fills up once the files have grown to
/// `blocks` 512-byte blocks, as far as the program can tell: the shell caps
/// the size a file may reach (`ulimit -f`) and ignores `SIGXFSZ`, so a
/// write past the cap fails with an error instead of killing the program.
/// A real full disk fails the same writes with another error number.
fn diary_cmd_on_full_disk(dir: &Path, blocks: u64, args: &[&str]) -> Output {
    let mut sh = Binary::program("sh");
    sh.arg("-c").arg("trap '' XFSZ; ulimit -f \"$1\" || exit 99; shift; exec \"$@\"");
    sh.arg("sh").arg(blocks.to_string()).arg(BIN);
    run_diary(sh, dir, args)
}

#[test]
fn a_full_disk_fails_the_save_clearly_and_keeps_every_saved_cramp() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Nothing yet: the very first save cannot even create the diary.
    let out = diary_cmd_on_full_disk(dir, 0, &["add", "--duration", "1:00"]);
    assert_eq!(out.status.code(), Some(1), "a refused write is a runtime failure: {}", stderr(&out));
    assert!(stderr(&out).contains(DIARY_FILE) && stderr(&out).contains("refused a write"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "no id printed for a cramp not saved");

    for note in ["one", "two", "three"] {
        let out = diary_cmd(dir, &["add", "--duration", "1:00", "--note", note]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let listed = stdout(&diary_cmd(dir, &["list"]));

    // A single cramp on a full disk: refused, the diary as it was.
    let out = diary_cmd_on_full_disk(dir, 0, &["add", "--duration", "2:00", "--note", "lost"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing was changed"), "{}", stderr(&out));

    // An import that fills the disk half-way lands nothing at all.
    let mut csv = String::from("id,started_at,duration_seconds,leg,note\n");
    for i in 0..3000 {
        csv.push_str(&format!(
            "{i},2026-10-{:02}T10:{:02}:00+00:00,60,left,a note long enough to take room {i}\n",
            1 + i % 28,
            i % 60
        ));
    }
    let file = tmp.path().join("many.csv");
    fs::write(&file, csv).unwrap();
    // 128 KiB: room to open the diary (its shared-memory index takes 32 KiB)
    // and to write part of the import, not all of it (about 300 KiB).
    assert!(fs::metadata(dir.join(DIARY_FILE)).unwrap().len() < 64 * 1024);
    let out = diary_cmd_on_full_disk(dir, 256, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("refused a write"), "{}", stderr(&out));

    let after = diary_cmd(dir, &["list"]);
    assert!(after.status.success(), "the diary still reads: {}", stderr(&after));
    assert_eq!(stdout(&after), listed, "every saved cramp kept, nothing half-written");
    let diary = Diary::open_existing(dir).unwrap().unwrap();
    assert_eq!(diary.count().unwrap(), 3);
    drop(diary);
    // With room again, saving works.
    let out = diary_cmd(dir, &["add", "--duration", "2:00"]);
    assert_eq!(stdout(&out).trim(), "4", "{}", stderr(&out));
}

#[test]
fn a_bare_number_is_minutes_and_add_says_how_it_was_read() {
    let tmp = tempfile::tempdir().unwrap();
    for (typed, read) in [("2", "2:00"), ("90s", "1:30"), ("1m30s", "1:30"), ("1:30", "1:30"), ("1.5", "1:30")] {
        let out = diary_cmd(tmp.path(), &["add", "--duration", typed, "--at", "2026-01-10 03:00"]);
        assert!(out.status.success(), "{typed}: {}", stderr(&out));
        assert!(stdout(&out).trim().parse::<i64>().is_ok(), "{typed}: stdout is the id alone: {}", stdout(&out));
        assert!(stderr(&out).contains(&format!("lasted {read}")), "{typed}: the reading is shown: {}", stderr(&out));
        assert!(stderr(&out).contains("began 2026-01-10 03:00"), "{typed}: {}", stderr(&out));
    }
    assert!(stderr(&diary_cmd(tmp.path(), &["add", "--duration", "2"])).contains("2 minutes"), "a bare number says so");
    let listed = stdout(&diary_cmd(tmp.path(), &["list"]));
    assert!(listed.lines().filter(|l| l.contains("2:00")).count() == 2, "{listed}");
}

#[test]
fn add_help_says_what_at_means_beside_a_duration() {
    let out = Binary::new().args(["diary", "add", "--help"]).output().unwrap();
    let help = stdout(&out);
    assert!(help.contains("when it began") && help.contains("--duration ago"), "{help}");
    assert!(help.contains("a bare number is minutes"), "{help}");
}

#[test]
fn an_import_names_every_bad_line_in_plain_words() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.csv");
    // Line 2 holds a note over two lines, so the rows after it start a line later.
    fs::write(
        &bad,
        "id,started_at,duration_seconds,leg,note\n\
         1,2025-11-01T10:00:00+00:00,60,left,\"two\nlines\"\n\
         2,2025-11-02T10:00:00+00:00,60,left\n\
         3,2025-11-03T10:00:00+00:00,sixty,left,bad\n\
         4,2025-11-04T10:00:00+00:00,60,left,fine\n\
         5,yesterday,60,left,bad,extra,cells\n",
    )
    .unwrap();
    let out = diary_cmd(tmp.path(), &["import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.starts_with("error: "), "{err}");
    for line in [
        "line 4: 4 columns, expected 5",
        "line 5: duration_seconds \"sixty\" is not a number",
        "line 7: 7 columns, expected 5",
    ] {
        assert!(err.contains(line), "{line:?} in:\n{err}");
    }
    assert!(!err.contains("CSV error") && !err.contains("record"), "no CSV library words:\n{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert!(Diary::open_existing(tmp.path()).unwrap().is_none(), "nothing written");
}

#[test]
fn an_import_names_a_line_that_is_not_utf8_and_reads_a_file_that_starts_with_a_bom() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    // A note saved as Latin-1 (a spreadsheet's other encoding): "café" on line 3.
    let latin1 = tmp.path().join("latin1.csv");
    let mut bytes = b"started_at,duration_seconds,note\n2025-11-01T10:00:00+00:00,60,tea\n".to_vec();
    bytes.extend_from_slice(b"2025-11-02T10:00:00+00:00,60,caf\xE9\n");
    fs::write(&latin1, bytes).unwrap();
    let out = diary_cmd(&data, &["import", latin1.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("line 3: not UTF-8 text"), "{err}");
    assert!(!err.contains("stream") && !err.contains("CSV error"), "no library words:\n{err}");
    assert!(Diary::open_existing(&data).unwrap().is_none(), "nothing written");
    // A header that is not UTF-8 is line 1.
    fs::write(&latin1, b"started_at,duration_seconds,n\xF6te\n").unwrap();
    let err = stderr(&diary_cmd(&data, &["import", latin1.to_str().unwrap()]));
    assert!(err.contains("line 1: not UTF-8 text"), "{err}");
    // UTF-8 with a byte-order mark, as spreadsheets save it, reads.
    let bom = tmp.path().join("bom.csv");
    fs::write(&bom, "\u{FEFF}started_at,duration_seconds,note\n2025-11-02T10:00:00+00:00,60,café\n").unwrap();
    let out = diary_cmd(&data, &["import", bom.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let diary = Diary::open_existing(&data).unwrap().unwrap();
    assert_eq!(diary.list(None).unwrap()[0].entry.note.as_deref(), Some("café"));
}

#[test]
fn import_and_export_count_one_cramp_as_one_cramp() {
    let tmp = tempfile::tempdir().unwrap();
    let (from, to) = (tmp.path().join("from"), tmp.path().join("to"));
    Diary::open_or_create(&from).unwrap().add(&cramp(3, 1, "one")).unwrap();
    let csv = tmp.path().join("one.csv");
    let out = diary_cmd(&from, &["export", "--format", "csv", "--output", csv.to_str().unwrap()]);
    assert!(stdout(&out).starts_with("Wrote 1 cramp to "), "{}", stdout(&out));
    let first = diary_cmd(&to, &["import", csv.to_str().unwrap()]);
    assert_eq!(stdout(&first), "Imported 1 cramp.\n");
    let second = diary_cmd(&to, &["import", csv.to_str().unwrap()]);
    assert_eq!(stdout(&second), "Imported 0 cramps; 1 was already in the diary.\n");
}

#[test]
fn a_data_directory_that_is_a_file_says_so_as_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("not-a-folder");
    fs::write(&file, "mine").unwrap();
    for args in [&["list"][..], &["add", "--duration", "1:00"], &["stats"], &["export"]] {
        let out = diary_cmd(&file, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.starts_with("error: ") && err.contains("is a file, not a folder"), "{args:?}: {err}");
        assert!(err.contains("not-a-folder"), "{args:?}: {err}");
    }
    assert_eq!(fs::read(&file).unwrap(), b"mine", "left as it was");
}

#[test]
fn a_failed_export_names_the_file_asked_for_not_its_temporary_twin() {
    let tmp = tempfile::tempdir().unwrap();
    let out_file = tmp.path().join("no-such-folder").join("diary.md");
    let out = diary_cmd(tmp.path(), &["export", "--output", out_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.starts_with("error: ") && err.contains("diary.md"), "{err}");
    assert!(err.contains("No such file or directory"), "{err}");
    assert!(!err.contains("no-such-folder/.tmp") && !err.contains("at path"), "only the file asked for: {err}");
}

#[test]
fn a_cramp_over_the_threshold_added_gets_the_same_advice_as_one_timed() {
    let tmp = tempfile::tempdir().unwrap();
    let short = diary_cmd(tmp.path(), &["add", "--duration", "9:59"]);
    assert!(short.status.success() && !stderr(&short).contains("Get seen today"), "{}", stderr(&short));
    let long = diary_cmd(tmp.path(), &["add", "--duration", "12"]);
    assert!(long.status.success(), "{}", stderr(&long));
    let note = stderr(&long);
    assert!(note.contains("Get seen today") && note.contains("over 10:00"), "{note}");
    assert!(note.contains("The NHS advises"), "what the guide says, as on the cramp screen: {note}");
}

#[test]
fn an_update_replaces_only_the_cramp_it_read_and_otherwise_adds_the_edit() {
    let tmp = tempfile::tempdir().unwrap();
    let mut diary = Diary::open_or_create(tmp.path()).unwrap();
    let first = diary.add(&cramp(1, 2, "first")).unwrap();
    let second = diary.add(&cramp(2, 3, "second")).unwrap();
    let third = diary.add(&cramp(3, 4, "third")).unwrap();
    let edited = |c: &str| cramp(9, 9, c);
    assert_eq!(diary.update(first, &cramp(1, 2, "first"), &edited("first, longer")).unwrap(), first, "the id kept");
    assert_eq!(diary.get(first).unwrap().unwrap().entry, edited("first, longer"));
    // Another copy deletes the newest and records a new cramp, which takes its id.
    diary.delete(third).unwrap();
    let theirs = diary.add(&cramp(4, 5, "theirs")).unwrap();
    assert_eq!(theirs, third, "SQLite gives a new cramp the id after the highest");
    let saved_as = diary.update(third, &cramp(3, 4, "third"), &edited("third, edited")).unwrap();
    assert_ne!(saved_as, third);
    assert_eq!(diary.get(third).unwrap().unwrap().entry, cramp(4, 5, "theirs"), "their cramp is not overwritten");
    assert_eq!(diary.get(saved_as).unwrap().unwrap().entry, edited("third, edited"));
    // Another copy deletes the second while it is being edited here: the edit is added.
    diary.delete(second).unwrap();
    let saved_as = diary.update(second, &cramp(2, 3, "second"), &edited("second, edited")).unwrap();
    assert_eq!(diary.get(saved_as).unwrap().unwrap().entry, edited("second, edited"), "the edit is saved");
    assert_eq!(diary.list(None).unwrap().len(), 4);
}

#[test]
fn an_undone_delete_comes_back_even_where_another_copy_took_its_id() {
    let tmp = tempfile::tempdir().unwrap();
    let mut diary = Diary::open_or_create(tmp.path()).unwrap();
    diary.add(&cramp(1, 2, "first")).unwrap();
    let newest = diary.add(&cramp(2, 3, "newest")).unwrap();
    let deleted = diary.delete(newest).unwrap().expect("it was there");
    diary.restore(&deleted).unwrap();
    assert_eq!(diary.get(newest).unwrap().unwrap().entry, cramp(2, 3, "newest"), "back under its id");
    let deleted = diary.delete(newest).unwrap().unwrap();
    assert_eq!(diary.add(&cramp(3, 4, "theirs")).unwrap(), newest, "another copy's new cramp takes the id");
    diary.restore(&deleted).unwrap();
    let notes: Vec<Option<String>> = diary.list(None).unwrap().into_iter().map(|c| c.entry.note).collect();
    assert_eq!(notes, [Some("theirs".into()), Some("newest".into()), Some("first".into())], "all three there");
}

/// A note given on the command line is one line, as the form takes it: a
/// tab, a line break or an escape in it is a space.
#[test]
fn a_note_added_from_the_command_line_is_one_line_of_plain_text() {
    let tmp = tempfile::tempdir().unwrap();
    let added = diary_cmd(tmp.path(), &["add", "--duration", "1:30", "--note", " woke\tat 3\n\u{1b}[31mred \u{7}"]);
    assert!(added.status.success(), "{added:?}");
    let diary = Diary::open_or_create(tmp.path()).unwrap();
    let notes: Vec<Option<String>> = diary.list(None).unwrap().into_iter().map(|c| c.entry.note).collect();
    assert_eq!(notes, [Some("woke at 3  [31mred".to_string())]);
}

#[test]
fn list_shows_each_cramp_on_one_line_and_sends_no_escapes_to_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let mut diary = Diary::open_or_create(tmp.path()).unwrap();
    diary.add(&cramp(1, 2, "two\nlines")).unwrap();
    diary.add(&cramp(2, 3, "evil\u{1b}[2Jend\ttab")).unwrap();
    drop(diary);
    let out = stdout(&diary_cmd(tmp.path(), &["list"]));
    assert_eq!(out.lines().count(), 2, "{out:?}");
    assert!(!out.contains('\u{1b}') && !out.contains('\t'), "{out:?}");
    assert!(out.contains("two lines") && out.contains("evil [2Jend tab"), "{out:?}");
}
