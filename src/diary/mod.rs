//! The cramp diary: cramps recorded with their start, length and details,
//! kept in one SQLite file in the data directory, and what they add up to.
//! Nothing here talks to the network; nothing leaves the machine.

mod drafts;
mod export;
mod import;
mod location;
mod open;
mod parse;
mod stats;
mod store;
mod timer;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset};

use crate::guide::ui_text::{UiText, groups};

pub use export::{ExportFormat, export, write_new_file};
pub use import::parse_csv;
pub use location::{DATA_DIR_ENV, data_dir};
pub use open::check_folder;
pub use parse::{InputProblem, MAX_DURATION, is_bare_number, now_local, parse_duration, parse_moment, parse_since};
pub use stats::{DetailSummary, DetailWords, Shape, Stats, WEEKS};
pub use store::{DIARY_FILE, Diary, Durability, SCHEMA_VERSION};

/// A cramp as it is recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCramp {
    /// When it began, with the local offset at the moment of recording.
    pub started: DateTime<FixedOffset>,
    pub duration: Duration,
    /// Detail key → stored value (see `guide::diary::DetailField`).
    pub details: BTreeMap<String, String>,
    pub note: Option<String>,
}

/// A recorded cramp.
#[derive(Debug, Clone, PartialEq)]
pub struct Cramp {
    pub id: i64,
    pub entry: NewCramp,
}

/// Why the diary could not be read or written.
#[derive(Debug)]
pub enum DiaryError {
    /// The data directory is a file: there is no folder to keep a diary in.
    NotAFolder {
        path: PathBuf,
    },
    /// The file is not a cramp-guide diary.
    NotADiary {
        path: PathBuf,
    },
    /// The file comes from a newer cramp-guide.
    Newer {
        path: PathBuf,
        version: i32,
    },
    /// The file is damaged.
    Corrupt {
        path: PathBuf,
        detail: String,
    },
    /// Another copy held the file too long, or the disk refused a write.
    Sql {
        path: PathBuf,
        error: rusqlite::Error,
    },
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A file to write is there already (an export without `--force`).
    Exists {
        path: PathBuf,
    },
    /// The diary could be opened to read, not to write: why (what opening
    /// it to write met).
    ReadOnly {
        path: PathBuf,
        why: Arc<DiaryError>,
    },
}

impl DiaryError {
    pub(crate) fn io(path: &Path, error: std::io::Error) -> DiaryError {
        DiaryError::Io { path: path.to_path_buf(), error }
    }

    pub(crate) fn sql(path: &Path, error: rusqlite::Error) -> DiaryError {
        use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
        match error.sqlite_error_code() {
            Some(NotADatabase) => DiaryError::NotADiary { path: path.to_path_buf() },
            Some(DatabaseCorrupt) => DiaryError::Corrupt { path: path.to_path_buf(), detail: error.to_string() },
            _ => DiaryError::Sql { path: path.to_path_buf(), error },
        }
    }

    /// Whether the file itself is the problem (exit 2: left as it is).
    pub fn is_bad_file(&self) -> bool {
        matches!(
            self,
            DiaryError::NotAFolder { .. }
                | DiaryError::NotADiary { .. }
                | DiaryError::Newer { .. }
                | DiaryError::Corrupt { .. }
        )
    }
}

impl DiaryError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            DiaryError::NotAFolder { path }
            | DiaryError::NotADiary { path }
            | DiaryError::Newer { path, .. }
            | DiaryError::Corrupt { path, .. }
            | DiaryError::Sql { path, .. }
            | DiaryError::Io { path, .. }
            | DiaryError::Exists { path }
            | DiaryError::ReadOnly { path, .. } => path,
        }
    }

    /// What went wrong, without the file's name (for a footer too narrow
    /// for a path), in the words of a guide's `[ui.diary]` table. What
    /// SQLite or the system says is passed on as it is.
    pub fn reason_in(&self, ui: &groups::diary) -> String {
        match self {
            DiaryError::NotAFolder { .. } => ui.not_a_folder.get().to_string(),
            DiaryError::NotADiary { .. } => ui.not_a_diary.get().to_string(),
            DiaryError::Newer { version, .. } => ui.newer.fill(&[("version", version), ("latest", &SCHEMA_VERSION)]),
            DiaryError::Corrupt { detail, .. } => ui.damaged.fill(&[("detail", detail)]),
            DiaryError::Sql { error, .. } if refused_write(error) => ui.write_refused.fill(&[("error", error)]),
            DiaryError::Sql { error, .. } => error.to_string(),
            DiaryError::Io { error, .. } if is_full(error) => ui.disk_full.fill(&[("error", error)]),
            DiaryError::Io { error, .. } => error.to_string(),
            DiaryError::Exists { .. } => ui.exists.get().to_string(),
            DiaryError::ReadOnly { why, .. } => ui.read_only.fill(&[("why", &why.reason_in(ui))]),
        }
    }

    /// The file's name and what went wrong, in the words of `ui`.
    pub fn say(&self, ui: &groups::diary) -> String {
        format!("{}: {}", self.path().display(), self.reason_in(ui))
    }

    /// [`DiaryError::reason_in`] the English defaults, for where no guide
    /// is at hand.
    pub fn reason(&self) -> String {
        self.reason_in(&UiText::english_once().diary)
    }
}

/// In the English defaults, for where no guide is at hand.
impl fmt::Display for DiaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(&UiText::english_once().diary))
    }
}

impl std::error::Error for DiaryError {}

/// A write the disk turned down: full, or a file not allowed to grow. A
/// transaction that meets one is rolled back whole.
fn refused_write(error: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode::{DiskFull, SystemIoFailure};
    matches!(error.sqlite_error_code(), Some(DiskFull | SystemIoFailure))
}

/// No space left, or the file may not grow (a size limit).
fn is_full(error: &std::io::Error) -> bool {
    matches!(error.kind(), std::io::ErrorKind::StorageFull | std::io::ErrorKind::FileTooLarge)
}
