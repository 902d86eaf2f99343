//! A cramp being timed is kept in the diary while it runs, so that quitting
//! at once (Ctrl-C), a closed terminal, a killed process or a power cut does
//! not lose it: the next start takes it up again, still counting from when
//! the cramp began.
//!
//! Each running copy keeps its timer in the settings table under its own
//! key, `cramp_timer:<process id>`, with the start in Unix milliseconds.
//! A copy takes up only a timer whose copy is no longer running, renaming
//! the key to its own in one transaction, so two copies never both take
//! the same timer. A key or value this build cannot read is left as it is.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, Transaction};

use super::store::{Diary, insert, settings_under};
use super::{DiaryError, NewCramp};

/// The start of every kept timer's key.
const PREFIX: &str = "cramp_timer:";

fn key(owner: u32) -> String {
    format!("{PREFIX}{owner}")
}

fn millis(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// A kept timer's owner (its key after the prefix) and start, if this
/// build can read both.
fn read(owner: &str, value: &str) -> Option<(u32, SystemTime)> {
    let owner = owner.parse().ok()?;
    let ms: u64 = value.parse().ok()?;
    Some((owner, UNIX_EPOCH + Duration::from_millis(ms)))
}

fn forget(tx: &Transaction<'_>, owner: u32) -> rusqlite::Result<()> {
    tx.execute("DELETE FROM settings WHERE key = ?1", [key(owner)]).map(|_| ())
}

impl Diary {
    /// Keeps the timer of the copy `owner`, started at `started`.
    pub fn keep_timer(&mut self, owner: u32, started: SystemTime) -> Result<(), DiaryError> {
        self.set_setting(&key(owner), &millis(started).to_string())
    }

    /// The timer of `owner` has ended without being recorded.
    pub fn forget_timer(&mut self, owner: u32) -> Result<(), DiaryError> {
        self.write(|tx| forget(tx, owner))
    }

    /// Records the cramp `owner` timed and lets its timer go, in one
    /// transaction: the cramp is never both kept and recorded. Its new id.
    pub fn add_timed(&mut self, cramp: &NewCramp, owner: u32) -> Result<i64, DiaryError> {
        self.write(|tx| {
            let id = insert(tx, None, cramp)?;
            forget(tx, owner)?;
            Ok(id)
        })
    }

    /// Takes up a timer kept by a copy that is no longer running (`running`
    /// says which copies are), the latest started, as `owner`'s own: its
    /// start. A timer already under `owner`'s key is from an earlier copy
    /// that had the same process id, and is taken first.
    pub fn take_up_timer(
        &mut self,
        owner: u32,
        running: impl Fn(u32) -> bool,
    ) -> Result<Option<SystemTime>, DiaryError> {
        self.write(|tx| {
            let left = kept(tx)?
                .into_iter()
                .filter(|(copy, _)| *copy == owner || !running(*copy))
                .max_by_key(|(copy, started)| (*copy == owner, *started));
            let Some((copy, started)) = left else { return Ok(None) };
            if copy != owner {
                tx.execute("UPDATE settings SET key = ?1 WHERE key = ?2", [key(owner), key(copy)])?;
            }
            Ok(Some(started))
        })
    }

    /// Every timer kept, as (owner, start), oldest first.
    pub fn kept_timers(&self) -> Result<Vec<(u32, SystemTime)>, DiaryError> {
        let mut timers = kept(&self.conn).map_err(|e| self.err(e))?;
        timers.sort_by_key(|(_, started)| *started);
        Ok(timers)
    }
}

/// The timers kept that this build can read, as (owner, start).
fn kept(conn: &Connection) -> rusqlite::Result<Vec<(u32, SystemTime)>> {
    Ok(settings_under(conn, PREFIX)?.iter().filter_map(|(owner, start)| read(owner, start)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_700_000_000 + secs)
    }

    fn diary() -> (tempfile::TempDir, Diary) {
        let dir = tempfile::tempdir().unwrap();
        let diary = Diary::open_or_create(dir.path()).unwrap();
        (dir, diary)
    }

    #[test]
    fn a_timer_kept_by_a_copy_that_ended_is_taken_up_with_its_start() {
        let (_dir, mut diary) = diary();
        diary.keep_timer(41, at(5) + Duration::from_millis(250)).unwrap();
        assert_eq!(diary.take_up_timer(42, |_| false).unwrap(), Some(at(5) + Duration::from_millis(250)));
        assert_eq!(diary.kept_timers().unwrap(), vec![(42, at(5) + Duration::from_millis(250))]);
        // Taken up once: a third copy finds it is the second's.
        assert_eq!(diary.take_up_timer(43, |copy| copy == 42).unwrap(), None);
    }

    #[test]
    fn a_timer_whose_copy_still_runs_is_left_to_it() {
        let (_dir, mut diary) = diary();
        diary.keep_timer(41, at(5)).unwrap();
        assert_eq!(diary.take_up_timer(42, |copy| copy == 41).unwrap(), None);
        assert_eq!(diary.kept_timers().unwrap(), vec![(41, at(5))]);
    }

    #[test]
    fn of_several_left_the_latest_started_is_taken_and_the_others_wait() {
        let (_dir, mut diary) = diary();
        diary.keep_timer(7, at(10)).unwrap();
        diary.keep_timer(8, at(30)).unwrap();
        diary.keep_timer(9, at(20)).unwrap();
        assert_eq!(diary.take_up_timer(50, |_| false).unwrap(), Some(at(30)));
        assert_eq!(diary.kept_timers().unwrap(), vec![(7, at(10)), (9, at(20)), (50, at(30))]);
    }

    #[test]
    fn a_timer_under_the_copys_own_id_is_its_own_and_taken_first() {
        let (_dir, mut diary) = diary();
        diary.keep_timer(7, at(30)).unwrap();
        diary.keep_timer(42, at(10)).unwrap();
        // The running check is never asked about the copy itself.
        assert_eq!(diary.take_up_timer(42, |copy| copy == 42).unwrap(), Some(at(10)));
        assert_eq!(diary.kept_timers().unwrap(), vec![(42, at(10)), (7, at(30))]);
    }

    #[test]
    fn a_recorded_timer_is_let_go_in_the_same_write_and_a_forgotten_one_too() {
        let (_dir, mut diary) = diary();
        diary.keep_timer(1, at(0)).unwrap();
        diary.keep_timer(2, at(1)).unwrap();
        let cramp = NewCramp {
            started: chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap().fixed_offset(),
            duration: Duration::from_secs(90),
            details: Default::default(),
            note: None,
        };
        let id = diary.add_timed(&cramp, 1).unwrap();
        assert_eq!(diary.get(id).unwrap().map(|c| c.entry), Some(cramp));
        assert_eq!(diary.kept_timers().unwrap(), vec![(2, at(1))]);
        diary.forget_timer(2).unwrap();
        assert_eq!(diary.kept_timers().unwrap(), vec![]);
        assert_eq!(diary.take_up_timer(3, |_| false).unwrap(), None);
    }

    #[test]
    fn a_kept_timer_this_build_cannot_read_is_left_as_it_is() {
        let (_dir, mut diary) = diary();
        diary.set_setting("cramp_timer:abc", "123").unwrap();
        diary.set_setting("cramp_timer:5", "soon").unwrap();
        diary.set_setting("cramp_timers", "9").unwrap();
        assert_eq!(diary.take_up_timer(6, |_| false).unwrap(), None);
        assert_eq!(diary.kept_timers().unwrap(), vec![]);
        assert_eq!(diary.setting("cramp_timer:abc").unwrap().as_deref(), Some("123"));
        assert_eq!(diary.setting("cramp_timer:5").unwrap().as_deref(), Some("soon"));
        assert_eq!(diary.setting("cramp_timers").unwrap().as_deref(), Some("9"));
    }
}
