//! The cramp diary: cramps recorded with their start, length and details,
//! kept in one SQLite file in the data directory, and what they add up to.
//! Nothing here talks to the network; nothing leaves the machine.

mod export;
mod import;
mod location;
mod parse;
mod stats;
mod store;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, FixedOffset};

pub use export::{ExportFormat, export, write_new_file};
pub use import::parse_csv;
pub use location::{DATA_DIR_ENV, data_dir};
pub use parse::{now_local, parse_duration, parse_moment, parse_since};
pub use stats::{Stats, WEEKS};
pub use store::{DIARY_FILE, Diary, SCHEMA_VERSION};

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
        matches!(self, DiaryError::NotADiary { .. } | DiaryError::Newer { .. } | DiaryError::Corrupt { .. })
    }
}

impl fmt::Display for DiaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiaryError::NotADiary { path } => write!(
                f,
                "{}: is not a cramp-guide diary; it was left untouched (move it away to start a new diary)",
                path.display()
            ),
            DiaryError::Newer { path, version } => write!(
                f,
                "{}: was written by a newer cramp-guide (diary version {version}, this one reads up to \
                 {SCHEMA_VERSION}); it was left untouched",
                path.display()
            ),
            DiaryError::Corrupt { path, detail } => {
                write!(f, "{}: is damaged ({detail}); it was left untouched", path.display())
            }
            DiaryError::Sql { path, error } => write!(f, "{}: {error}", path.display()),
            DiaryError::Io { path, error } => write!(f, "{}: {error}", path.display()),
        }
    }
}

impl std::error::Error for DiaryError {}
