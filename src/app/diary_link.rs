//! The app's hold on the diary file: opened on first need, never created by
//! reading. A diary that cannot be opened is kept as its message so the rest
//! of the guide goes on working; the file itself is never touched again.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset};

use crate::diary::{Cramp, Diary, DiaryError, Stats};
use crate::guide::model::DiaryConfig;
use crate::guide::ui_text::groups;

/// Where the diary file stands.
enum Opened {
    /// Not looked at yet.
    NotYet,
    /// There is no diary file yet.
    Absent,
    Open(Box<Diary>),
    /// The file is not ours, is damaged, is newer, or cannot be read.
    Broken(Arc<DiaryError>),
}

/// Why the diary could not be used, by kind; said in the words of the
/// guide's `[ui.diary]` by [`DiaryProblem::say`].
#[derive(Debug, Clone)]
pub enum DiaryProblem {
    /// There is no data directory: nothing is ever written.
    NoDataDir,
    /// The file cannot be used at all (named with its path).
    Broken(Arc<DiaryError>),
    /// One read or write failed (said without the path).
    Failed(Arc<DiaryError>),
}

impl DiaryProblem {
    pub fn say(&self, ui: &groups::diary) -> String {
        match self {
            DiaryProblem::NoDataDir => ui.no_data_dir.get().to_string(),
            DiaryProblem::Broken(e) => e.say(ui),
            DiaryProblem::Failed(e) => e.reason_in(ui),
        }
    }
}

impl From<DiaryError> for DiaryProblem {
    fn from(e: DiaryError) -> DiaryProblem {
        DiaryProblem::Failed(Arc::new(e))
    }
}

/// The cramps and what they add up to, as of the last read.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub cramps: Vec<Cramp>,
    pub stats: Stats,
}

pub struct DiaryLink {
    dir: Option<PathBuf>,
    opened: Opened,
    loaded: Option<Loaded>,
    /// The file's `data_version` when it was read: another copy's write
    /// changes it.
    version: Option<i64>,
    preferences: Preferences,
}

/// Where reading the preferences kept in the settings table stands: once a
/// run, after the first frame, when a screen that uses one comes up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preferences {
    /// Not yet due: the first frame is not up (a start on a screen that
    /// uses them reads them just before it, `App::before_first_frame`).
    Waiting,
    /// To be read when a screen uses one.
    Due,
    Read,
}

impl DiaryLink {
    /// A link to the diary in `dir` (None: no data directory, nothing is
    /// ever written). Nothing is read yet.
    pub fn new(dir: Option<PathBuf>) -> DiaryLink {
        DiaryLink { dir, opened: Opened::NotYet, loaded: None, version: None, preferences: Preferences::Waiting }
    }

    /// Opens the diary if there is one; never creates it.
    fn open_existing(&mut self) {
        if !matches!(self.opened, Opened::NotYet) {
            return;
        }
        self.opened = match &self.dir {
            None => Opened::Absent,
            Some(dir) => match Diary::open_existing(dir) {
                Ok(Some(diary)) => Opened::Open(Box::new(diary)),
                Ok(None) => Opened::Absent,
                Err(e) => Opened::Broken(Arc::new(e)),
            },
        };
    }

    /// The diary to read from, if there is one that opened.
    pub fn reader(&mut self) -> Option<&Diary> {
        self.open_existing();
        match &self.opened {
            Opened::Open(d) => Some(d),
            _ => None,
        }
    }

    /// Whether the diary file is open now.
    pub fn is_open(&self) -> bool {
        matches!(self.opened, Opened::Open(_))
    }

    /// Closes the diary file if it is open; the next need opens it again.
    pub fn close(&mut self) {
        if self.is_open() {
            self.opened = Opened::NotYet;
        }
    }

    /// The diary to write to, if there is one that opened; never created.
    pub fn existing(&mut self) -> Option<&mut Diary> {
        self.open_existing();
        match &mut self.opened {
            Opened::Open(d) => Some(d),
            _ => None,
        }
    }

    /// The diary to write to, created if there is none yet.
    pub fn writer(&mut self) -> Result<&mut Diary, DiaryProblem> {
        self.open_existing();
        if let Opened::Absent = self.opened {
            let dir = self.dir.as_ref().ok_or(DiaryProblem::NoDataDir)?;
            // A failed creation is retried on the next save (the directory
            // may become writable); it is not a broken file.
            let diary = Diary::open_or_create(dir)?;
            self.opened = Opened::Open(Box::new(diary));
        }
        match &mut self.opened {
            Opened::Open(d) => Ok(d),
            Opened::Broken(problem) => Err(DiaryProblem::Broken(problem.clone())),
            Opened::NotYet | Opened::Absent => Err(DiaryProblem::NoDataDir),
        }
    }

    /// Why the diary cannot be used, once it has been looked at.
    pub fn problem(&self) -> Option<DiaryProblem> {
        match &self.opened {
            Opened::Broken(p) => Some(DiaryProblem::Broken(p.clone())),
            _ => None,
        }
    }

    /// The data directory, if there is one.
    pub fn dir(&self) -> Option<&PathBuf> {
        self.dir.as_ref()
    }

    /// The cramps and stats, read on first need, after each change, and
    /// after another copy wrote to the file (or made it).
    pub fn load(&mut self, config: Option<&DiaryConfig>, now: DateTime<FixedOffset>) -> Option<&Loaded> {
        self.forget_if_written_elsewhere();
        if self.loaded.is_none() {
            self.open_existing();
            let cramps = match &self.opened {
                Opened::Open(d) => match d.list(None).and_then(|c| Ok((c, d.data_version()?))) {
                    Ok((c, version)) => {
                        self.version = Some(version);
                        c
                    }
                    Err(e) => {
                        self.opened = Opened::Broken(Arc::new(e));
                        return None;
                    }
                },
                Opened::Absent => Vec::new(),
                Opened::NotYet | Opened::Broken(_) => return None,
            };
            let stats = Stats::compute(&cramps, now, config);
            self.loaded = Some(Loaded { cramps, stats });
        }
        self.loaded.as_ref()
    }

    /// Forgets what was read when another copy has written to the file
    /// since, or made one where there was none.
    fn forget_if_written_elsewhere(&mut self) {
        let elsewhere = match &self.opened {
            Opened::Open(d) => d.data_version().ok() != self.version,
            // An empty file is no diary yet: one being made, or left by a
            // creation that failed (a full disk), which a save tries again.
            Opened::Absent => self
                .dir
                .as_ref()
                .and_then(|dir| std::fs::metadata(dir.join(crate::diary::DIARY_FILE)).ok())
                .is_some_and(|file| file.len() > 0),
            Opened::NotYet | Opened::Broken(_) => false,
        };
        if elsewhere {
            self.loaded = None;
            if matches!(self.opened, Opened::Absent) {
                self.opened = Opened::NotYet;
            }
        }
    }

    /// What was read last, without reading.
    pub fn loaded(&self) -> Option<&Loaded> {
        self.loaded.as_ref()
    }

    /// Forgets what was read, after a change.
    pub fn changed(&mut self) {
        self.loaded = None;
    }

    /// A setting, read without creating the file.
    pub fn setting(&mut self, key: &str) -> Option<String> {
        self.reader()?.setting(key).ok().flatten()
    }

    /// Where reading the preferences stands.
    pub fn preferences(&self) -> Preferences {
        self.preferences
    }

    pub fn set_preferences(&mut self, now: Preferences) {
        self.preferences = now;
    }
}
