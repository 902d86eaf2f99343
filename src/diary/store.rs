//! The diary file: one SQLite database, `diary.sqlite3`, in the data
//! directory. Every write is one transaction; WAL mode and a busy timeout let
//! two running copies write; a file that is not ours, is damaged, or comes
//! from a newer version is reported and never written to.
//!
//! Schema (see `MIGRATIONS`): `cramps` (start in UTC seconds with the local
//! offset at recording, duration in milliseconds, note), `cramp_details`
//! (key/value per cramp), `settings` (key/value; also the timers running,
//! see `timer.rs`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::{Cramp, DiaryError, NewCramp};

/// The file name inside the data directory.
pub const DIARY_FILE: &str = "diary.sqlite3";
/// `PRAGMA application_id`: "CRMP", so a stranger's SQLite file is told apart.
pub(super) const APPLICATION_ID: i32 = 0x4352_4D50;
/// Each step takes the schema from version `i` to `i + 1`.
const MIGRATIONS: [&str; 2] = [
    // 1: cramps with start, offset, duration and note; settings.
    "CREATE TABLE cramps (
        id INTEGER PRIMARY KEY,
        started_utc INTEGER NOT NULL,
        offset_seconds INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL CHECK (duration_ms > 0),
        note TEXT
     );
     CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 2: details of each cramp, when it was recorded, and an index by start.
    "CREATE TABLE cramp_details (
        cramp_id INTEGER NOT NULL REFERENCES cramps(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (cramp_id, key)
     );
     ALTER TABLE cramps ADD COLUMN recorded_utc INTEGER;
     CREATE INDEX cramps_by_start ON cramps (started_utc);",
];
/// The schema version this build writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// The settings a diary is written with (`PRAGMA` values): WAL, full sync
/// (2) and foreign keys on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Durability {
    pub journal_mode: String,
    pub synchronous: i64,
    pub foreign_keys: bool,
}

/// An open diary.
pub struct Diary {
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
    /// Why nothing can be saved, when the diary could only be opened to
    /// read (a disk with no room for SQLite's shared-memory index).
    pub(super) read_only: Option<Arc<DiaryError>>,
}

impl Diary {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What this connection promises about a write once it is reported.
    pub fn durability(&self) -> Result<Durability, DiaryError> {
        let read = |pragma: &str| -> Result<rusqlite::types::Value, DiaryError> {
            self.conn.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0)).map_err(|e| self.err(e))
        };
        let number = |v| match v {
            rusqlite::types::Value::Integer(n) => n,
            _ => -1,
        };
        Ok(Durability {
            journal_mode: match read("journal_mode")? {
                rusqlite::types::Value::Text(t) => t,
                _ => String::new(),
            },
            synchronous: number(read("synchronous")?),
            foreign_keys: number(read("foreign_keys")?) == 1,
        })
    }

    /// How much of the file SQLite may keep in memory, in KiB.
    pub fn page_cache_kib(&self) -> Result<i64, DiaryError> {
        let read = |pragma: &str| -> Result<i64, DiaryError> {
            self.conn.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get(0)).map_err(|e| self.err(e))
        };
        let pages = read("cache_size")?;
        // Negative: KiB; positive: pages.
        Ok(if pages < 0 { -pages } else { pages * read("page_size")? / 1024 })
    }

    /// WAL mode, full sync, foreign keys, then any migrations, in one
    /// transaction.
    pub(super) fn prepare(&mut self) -> Result<(), DiaryError> {
        let path = self.path.clone();
        let err = |e| DiaryError::sql(&path, e);
        self.conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        self.conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
        self.conn.pragma_update(None, "foreign_keys", "ON").map_err(err)?;
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(err)?;
        let version: i32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(err)?;
        if version > SCHEMA_VERSION {
            return Err(DiaryError::Newer { path: path.clone(), version });
        }
        for (i, step) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
            tx.execute_batch(step).map_err(err)?;
            tx.pragma_update(None, "user_version", i as i32 + 1).map_err(err)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID).map_err(err)?;
        tx.commit().map_err(err)
    }

    /// Records a cramp; its new id.
    pub fn add(&mut self, cramp: &NewCramp) -> Result<i64, DiaryError> {
        self.write(|tx| insert(tx, None, cramp))
    }

    /// Adds many cramps in one transaction, skipping any already recorded
    /// (same start, length, details and note); (added, skipped).
    pub fn add_all(&mut self, cramps: &[NewCramp]) -> Result<(usize, usize), DiaryError> {
        self.write(|tx| {
            let (mut added, mut skipped) = (0, 0);
            for c in cramps {
                if !same_as(tx, c)?.is_empty() {
                    skipped += 1;
                } else {
                    insert(tx, None, c)?;
                    added += 1;
                }
            }
            Ok((added, skipped))
        })
    }

    /// Replaces the cramp `id`, read as `was`, with `cramp`, keeping its
    /// id; the id it is saved under. Where `id` no longer holds `was`
    /// (another copy deleted or changed that cramp while it was being
    /// edited here, or gave its id to a new cramp), `cramp` is added as a
    /// new one instead: no one's cramp is lost or overwritten.
    pub fn update(&mut self, id: i64, was: &NewCramp, cramp: &NewCramp) -> Result<i64, DiaryError> {
        self.write(|tx| {
            if same_as(tx, was)?.contains(&id) {
                tx.execute("DELETE FROM cramps WHERE id = ?1", [id])?;
                insert(tx, Some(id), cramp)
            } else {
                insert(tx, None, cramp)
            }
        })
    }

    /// Deletes a cramp; what was deleted (so it can be put back), or None.
    pub fn delete(&mut self, id: i64) -> Result<Option<Cramp>, DiaryError> {
        let Some(old) = self.get(id)? else { return Ok(None) };
        self.write(|tx| tx.execute("DELETE FROM cramps WHERE id = ?1", [id]).map(|_| ()))?;
        Ok(Some(old))
    }

    /// Puts back a deleted cramp (undo): under its old id, or a new one
    /// where another copy has since given that id to a new cramp.
    pub fn restore(&mut self, cramp: &Cramp) -> Result<(), DiaryError> {
        self.write(|tx| {
            let taken = tx.query_row("SELECT 1 FROM cramps WHERE id = ?1", [cramp.id], |_| Ok(())).optional()?;
            insert(tx, taken.map_or(Some(cramp.id), |()| None), &cramp.entry).map(|_| ())
        })
    }

    pub fn get(&self, id: i64) -> Result<Option<Cramp>, DiaryError> {
        Ok(self.select("WHERE id = ?1", params![id])?.pop())
    }

    /// Cramps that started at or after `since` (all when None), newest first.
    pub fn list(&self, since: Option<DateTime<Utc>>) -> Result<Vec<Cramp>, DiaryError> {
        match since {
            Some(t) => self.select("WHERE started_utc >= ?1", params![t.timestamp()]),
            None => self.select("", params![]),
        }
    }

    /// A number that changes when another connection (another copy, a
    /// `diary` command) commits a write to the file.
    pub fn data_version(&self) -> Result<i64, DiaryError> {
        self.conn.query_row("PRAGMA data_version", [], |r| r.get(0)).map_err(|e| self.err(e))
    }

    pub fn count(&self) -> Result<usize, DiaryError> {
        let n: i64 = self.conn.query_row("SELECT COUNT(*) FROM cramps", [], |r| r.get(0)).map_err(|e| self.err(e))?;
        Ok(n as usize)
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, DiaryError> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), DiaryError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map(|_| ())
        })
    }

    fn select(&self, filter: &str, args: impl rusqlite::Params) -> Result<Vec<Cramp>, DiaryError> {
        let sql = format!(
            "SELECT id, started_utc, offset_seconds, duration_ms, note FROM cramps {filter}
             ORDER BY started_utc DESC, id DESC"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(args, |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, i32>(2)?, r.get::<_, i64>(3)?, r.get(4)?))
            })
            .map_err(|e| self.err(e))?;
        let mut details = self.all_details()?;
        let mut out = Vec::new();
        for row in rows {
            let (id, started, offset, ms, note) = row.map_err(|e| self.err(e))?;
            let started = to_local(started, offset).ok_or_else(|| DiaryError::Corrupt {
                path: self.path.clone(),
                detail: format!("cramp {id} has an impossible start time"),
            })?;
            let duration = Duration::from_millis(ms.max(0) as u64);
            let details = details.remove(&id).unwrap_or_default();
            out.push(Cramp { id, entry: NewCramp { started, duration, details, note } });
        }
        Ok(out)
    }

    fn all_details(&self) -> Result<BTreeMap<i64, BTreeMap<String, String>>, DiaryError> {
        let mut stmt = self.conn.prepare("SELECT cramp_id, key, value FROM cramp_details").map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
            .map_err(|e| self.err(e))?;
        let mut out: BTreeMap<i64, BTreeMap<String, String>> = BTreeMap::new();
        for row in rows {
            let (id, key, value) = row.map_err(|e| self.err(e))?;
            out.entry(id).or_default().insert(key, value);
        }
        Ok(out)
    }

    /// Runs `f` in one immediate transaction: all of it lands or none.
    pub(super) fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T, DiaryError> {
        if self.read_only.is_some() {
            self.reopen_to_write()?;
        }
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| DiaryError::sql(&path, e))?;
        let value = f(&tx).map_err(|e| DiaryError::sql(&path, e))?;
        tx.commit().map_err(|e| DiaryError::sql(&path, e))?;
        Ok(value)
    }

    pub(super) fn err(&self, e: rusqlite::Error) -> DiaryError {
        DiaryError::sql(&self.path, e)
    }
}

/// The settings whose keys start with `prefix`, as (the rest of the key,
/// value): the kept timers, the drafts.
pub(super) fn settings_under(conn: &Connection, prefix: &str) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare("SELECT key, value FROM settings WHERE key GLOB ?1")?;
    let rows = stmt.query_map([format!("{}*", glob_escaped(prefix))], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (key, value): (String, String) = row?;
        out.extend(key.strip_prefix(prefix).map(|rest| (rest.to_string(), value)));
    }
    Ok(out)
}

/// `text` matching itself alone in a GLOB pattern.
pub(super) fn glob_escaped(text: &str) -> String {
    text.chars().map(|c| if matches!(c, '*' | '?' | '[') { format!("[{c}]") } else { c.to_string() }).collect()
}

pub(super) fn insert(tx: &Transaction<'_>, id: Option<i64>, c: &NewCramp) -> rusqlite::Result<i64> {
    let ms = i64::try_from(c.duration.as_millis()).unwrap_or(i64::MAX);
    tx.execute(
        "INSERT INTO cramps (id, started_utc, offset_seconds, duration_ms, note, recorded_utc)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, c.started.timestamp(), c.started.offset().local_minus_utc(), ms, c.note, Utc::now().timestamp()],
    )?;
    let id = tx.last_insert_rowid();
    for (key, value) in &c.details {
        tx.execute("INSERT INTO cramp_details (cramp_id, key, value) VALUES (?1, ?2, ?3)", params![id, key, value])?;
    }
    Ok(id)
}

/// The ids of the cramps that are `c`: the same start (to the second),
/// length (to the millisecond), details and note.
fn same_as(tx: &Transaction<'_>, c: &NewCramp) -> rusqlite::Result<Vec<i64>> {
    let ms = i64::try_from(c.duration.as_millis()).unwrap_or(i64::MAX);
    let mut stmt = tx.prepare("SELECT id, note FROM cramps WHERE started_utc = ?1 AND duration_ms = ?2")?;
    let candidates: Vec<(i64, Option<String>)> = stmt
        .query_map(params![c.started.timestamp(), ms], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut same = Vec::new();
    for (id, note) in candidates {
        let mut d = tx.prepare("SELECT key, value FROM cramp_details WHERE cramp_id = ?1")?;
        let details: BTreeMap<String, String> =
            d.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        if note == c.note && details == c.details {
            same.push(id);
        }
    }
    Ok(same)
}

/// A stored start back as local time with its recorded offset.
fn to_local(utc_seconds: i64, offset_seconds: i32) -> Option<DateTime<FixedOffset>> {
    let offset = FixedOffset::east_opt(offset_seconds)?;
    offset.timestamp_opt(utc_seconds, 0).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_cache_reads_in_kib_whether_set_in_kib_or_in_pages() {
        let dir = tempfile::tempdir().unwrap();
        let diary = Diary::open_or_create(dir.path()).unwrap();
        let page: i64 = diary.conn.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        diary.conn.execute_batch("PRAGMA cache_size = 48").unwrap();
        assert_eq!(diary.page_cache_kib().unwrap(), 48 * page / 1024, "48 pages of {page} bytes");
        diary.conn.execute_batch("PRAGMA cache_size = -96").unwrap();
        assert_eq!(diary.page_cache_kib().unwrap(), 96);
    }
}
