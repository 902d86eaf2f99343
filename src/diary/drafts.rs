//! What a person was typing when they quit at once (Ctrl-C): a weight for
//! the water plan, a cramp in the diary's form. It is kept in the settings
//! table under `draft:` keys, each kind replaced whole when a copy quits
//! with one (so another copy's draft of another kind stays), and taken
//! (read, then removed in one transaction) by the next start, so two copies
//! never both get it back.

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::DiaryError;
use super::store::{Diary, glob_escaped, settings_under};

/// The start of every draft's key.
const PREFIX: &str = "draft:";

impl Diary {
    /// Keeps `drafts` (name, text) of one kind in place of every draft
    /// whose name starts with `kind`.
    pub fn keep_drafts(&mut self, kind: &str, drafts: &[(String, String)]) -> Result<(), DiaryError> {
        self.write(|tx| {
            let like = format!("{PREFIX}{}*", glob_escaped(kind));
            tx.execute("DELETE FROM settings WHERE key GLOB ?1", [like])?;
            for (name, text) in drafts {
                tx.execute("INSERT INTO settings (key, value) VALUES (?1, ?2)", [&format!("{PREFIX}{name}"), text])?;
            }
            Ok(())
        })
    }

    /// The drafts kept, by name, taken: none is there for the next start.
    /// A diary with none is only read.
    pub fn take_drafts(&mut self) -> Result<BTreeMap<String, String>, DiaryError> {
        let kept = drafts(&self.conn).map_err(|e| self.err(e))?;
        if kept.is_empty() {
            return Ok(kept);
        }
        self.write(|tx| {
            let kept = drafts(tx)?;
            tx.execute("DELETE FROM settings WHERE key GLOB ?1", [format!("{PREFIX}*")])?;
            Ok(kept)
        })
    }
}

fn drafts(conn: &Connection) -> rusqlite::Result<BTreeMap<String, String>> {
    Ok(settings_under(conn, PREFIX)?.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn drafts_are_replaced_whole_and_taken_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut diary = Diary::open_or_create(dir.path()).unwrap();
        diary.set_setting("water.weight_lb", "150").unwrap();
        diary.keep_drafts("cramp.", &pairs(&[("cramp.lasted", "2:00"), ("cramp.note", "left calf")])).unwrap();
        diary.keep_drafts("weight.water", &pairs(&[("weight.water", "72 kg")])).unwrap();
        // Another copy's form replaces the first's whole; the weight stays.
        diary.keep_drafts("cramp.", &pairs(&[("cramp.lasted", "3:00")])).unwrap();
        // A kind is its names' start, never a pattern.
        diary.keep_drafts("weight.*", &pairs(&[("weight.*", "1")])).unwrap();
        let taken = diary.take_drafts().unwrap();
        let expected = pairs(&[("cramp.lasted", "3:00"), ("weight.*", "1"), ("weight.water", "72 kg")]);
        assert_eq!(taken.into_iter().collect::<Vec<_>>(), expected);
        assert!(diary.take_drafts().unwrap().is_empty(), "taken once");
        assert_eq!(diary.setting("water.weight_lb").unwrap().as_deref(), Some("150"), "other settings stay");
    }
}
