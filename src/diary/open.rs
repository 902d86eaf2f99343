//! Opening the diary file: the folder and the file checked before SQLite
//! is let near them, created private when new, a file that is not ours
//! refused, and a diary the disk has no room to write opened to read.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::DiaryError;
use super::store::{APPLICATION_ID, DIARY_FILE, Diary, SCHEMA_VERSION};

impl Diary {
    /// Opens the diary in `dir` if there is one; `None` when there is not.
    /// Nothing is created.
    pub fn open_existing(dir: &Path) -> Result<Option<Diary>, DiaryError> {
        let path = dir.join(DIARY_FILE);
        if !path.exists() {
            return Ok(None);
        }
        Diary::open_file(&path).map(Some)
    }

    /// Opens the diary in `dir`, creating the directory (mode 0700) and the
    /// file (mode 0600) if needed.
    pub fn open_or_create(dir: &Path) -> Result<Diary, DiaryError> {
        check_folder(dir)?;
        let path = dir.join(DIARY_FILE);
        if !path.exists() {
            create_private_dir(dir).map_err(|e| DiaryError::io(&path, e))?;
            create_private_file(&path).map_err(|e| DiaryError::io(&path, e))?;
        }
        Diary::open_file(&path)
    }

    /// Opens an existing file after checking it is a diary this build can
    /// read. Where it cannot be opened to write (no room on the disk for
    /// SQLite's shared-memory index, a read-only file), it is opened to read,
    /// and every write says why it cannot be saved.
    pub fn open_file(path: &Path) -> Result<Diary, DiaryError> {
        check_header(path)?;
        match Diary::open_to_write(path) {
            Err(e) if could_still_read(&e) => match Diary::open_to_read(path) {
                Ok(readable) => Ok(readable.kept_from_writing(Arc::new(e))),
                Err(_) => Err(e),
            },
            opened => opened,
        }
    }

    /// The path is given as a URI, as to [`Diary::open_to_read`]: SQLite is
    /// built to read any name that starts `file:` as one (`SQLITE_USE_URI`),
    /// so a folder named `file:x` would otherwise open another file.
    fn open_to_write(path: &Path) -> Result<Diary, DiaryError> {
        let conn = Connection::open_with_flags(
            format!("file:{}", uri_path(path)),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| DiaryError::sql(path, e))?;
        settle(&conn).map_err(|e| DiaryError::sql(path, e))?;
        let fresh = is_empty_database(&conn).map_err(|e| DiaryError::sql(path, e))?;
        if !fresh {
            check_ours(&conn, path)?;
        }
        let mut diary = Diary { conn, path: path.to_path_buf(), read_only: None };
        diary.prepare()?;
        Ok(diary)
    }

    /// The diary opened to read only (see [`Diary::kept_from_writing`]).
    /// SQLite keeps the index of the write-ahead log in memory instead of
    /// in a `-shm` file it cannot make (`readonly_shm`), so cramps still in
    /// the log are read too. A diary that is new or needs a migration
    /// cannot be read this way.
    fn open_to_read(path: &Path) -> Result<Diary, DiaryError> {
        let uri = format!("file:{}?readonly_shm=1", uri_path(path));
        let conn = Connection::open_with_flags(
            uri,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| DiaryError::sql(path, e))?;
        settle(&conn).map_err(|e| DiaryError::sql(path, e))?;
        let version = check_ours(&conn, path)?;
        if version != SCHEMA_VERSION {
            return Err(DiaryError::Newer { path: path.to_path_buf(), version });
        }
        let diary = Diary { conn, path: path.to_path_buf(), read_only: None };
        diary.count()?;
        Ok(diary)
    }

    /// A diary opened to read, with why it could not be opened to write:
    /// every write tries again, and says why when it cannot.
    fn kept_from_writing(self, why: Arc<DiaryError>) -> Diary {
        Diary { read_only: Some(why), ..self }
    }

    /// A diary open to read only tries to open to write again, as the disk
    /// may have room now; else it opens to read again and says why nothing
    /// can be saved. The read-only connection is closed first: SQLite shares
    /// its shared-memory index between the connections of a process.
    pub(super) fn reopen_to_write(&mut self) -> Result<(), DiaryError> {
        let memory = Connection::open_in_memory().map_err(|e| self.err(e))?;
        drop(std::mem::replace(&mut self.conn, memory));
        let why = match Diary::open_to_write(&self.path) {
            Ok(writable) => {
                *self = writable;
                return Ok(());
            }
            Err(e) => Arc::new(e),
        };
        if let Ok(readable) = Diary::open_to_read(&self.path) {
            *self = readable.kept_from_writing(Arc::clone(&why));
        }
        Err(DiaryError::ReadOnly { path: self.path.clone(), why })
    }

    /// Why nothing can be saved, when the diary is open to read only.
    pub fn read_only(&self) -> Option<&DiaryError> {
        self.read_only.as_deref()
    }
}

/// What SQLite may keep of the file in memory: a diary is read whole a few
/// times a run (the check before writing, the list), never queried in a
/// loop, so a small cache costs no time; SQLite's default is 2 MiB.
const PAGE_CACHE_KIB: i64 = 128;

/// How every connection to a diary is set: wait up to 10 s for another copy
/// of the program to finish a write; a small page cache.
fn settle(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "cache_size", -PAGE_CACHE_KIB)
}

/// The data directory, if it exists, must be a folder (a link to one will
/// do). Where it is a file, no diary can be read from it or created in it.
pub fn check_folder(dir: &Path) -> Result<(), DiaryError> {
    if dir.exists() && !dir.is_dir() {
        return Err(DiaryError::NotAFolder { path: dir.to_path_buf() });
    }
    Ok(())
}

/// Checks a diary with tables is ours, not from a newer build and not
/// damaged, before anything is written; its schema version.
fn check_ours(conn: &Connection, path: &Path) -> Result<i32, DiaryError> {
    let err = |e| DiaryError::sql(path, e);
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(err)?;
    if app != APPLICATION_ID {
        return Err(DiaryError::NotADiary { path: path.to_path_buf() });
    }
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(err)?;
    if version > SCHEMA_VERSION {
        return Err(DiaryError::Newer { path: path.to_path_buf(), version });
    }
    // Damage is found before anything is written.
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(err)?;
    if check != "ok" {
        return Err(DiaryError::Corrupt { path: path.to_path_buf(), detail: check });
    }
    Ok(version)
}

/// Whether a diary that cannot be opened to write may still be read: the
/// disk or the file refused a write, not a file that is not ours.
fn could_still_read(error: &DiaryError) -> bool {
    use rusqlite::ErrorCode::{CannotOpen, DiskFull, ReadOnly, SystemIoFailure};
    match error {
        DiaryError::Sql { error, .. } => {
            matches!(error.sqlite_error_code(), Some(SystemIoFailure | DiskFull | CannotOpen | ReadOnly))
        }
        _ => false,
    }
}

/// A path as the file part of an SQLite URI: bytes other than letters,
/// digits, `/` and `-._~` percent-encoded (`?`, `#` and `%` would be read
/// as URI syntax).
fn uri_path(path: &Path) -> String {
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().replace('\\', "/").into_bytes();
    let mut out = String::with_capacity(bytes.len());
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A file that is not empty must start with SQLite's header: anything else
/// is refused before SQLite is allowed near it.
fn check_header(path: &Path) -> Result<(), DiaryError> {
    const HEADER: &[u8; 16] = b"SQLite format 3\0";
    let mut head = Vec::with_capacity(HEADER.len());
    fs::File::open(path)
        .and_then(|file| file.take(HEADER.len() as u64).read_to_end(&mut head))
        .map_err(|e| DiaryError::io(path, e))?;
    if head.is_empty() || head == HEADER { Ok(()) } else { Err(DiaryError::NotADiary { path: path.to_path_buf() }) }
}

fn is_empty_database(conn: &Connection) -> rusqlite::Result<bool> {
    let tables: i64 = conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))?;
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok(tables == 0 && version == 0)
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        // Another copy created it a moment ago: fine, it is checked on open.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diary_file_another_copy_made_a_moment_ago_is_taken_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DIARY_FILE);
        create_private_file(&path).expect("made");
        assert_eq!(fs::read(&path).unwrap(), b"", "made empty");
        fs::write(&path, b"another copy's first bytes").unwrap();
        create_private_file(&path).expect("already there: fine, it is checked on open");
        assert_eq!(fs::read(&path).unwrap(), b"another copy's first bytes", "and left as it is");
        let in_a_file = path.join("below");
        assert!(create_private_file(&in_a_file).is_err(), "any other failure is one");
    }

    #[test]
    fn only_a_disk_or_file_that_refuses_writes_leaves_the_diary_to_read() {
        let path = Path::new("/data/diary.sqlite3");
        let sql = |code| DiaryError::Sql {
            path: path.to_path_buf(),
            error: rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None),
        };
        use rusqlite::ffi::{SQLITE_BUSY, SQLITE_CANTOPEN, SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY};
        for code in [SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_READONLY] {
            assert!(could_still_read(&sql(code)), "SQLite error {code}: the disk or the file refused a write");
        }
        // Another copy holding the file, and files that are not ours or are
        // damaged, are said as they are.
        assert!(!could_still_read(&sql(SQLITE_BUSY)));
        assert!(!could_still_read(&DiaryError::NotADiary { path: path.to_path_buf() }));
        assert!(!could_still_read(&DiaryError::Corrupt { path: path.to_path_buf(), detail: String::new() }));
        assert!(!could_still_read(&DiaryError::Newer { path: path.to_path_buf(), version: 9 }));
        let full = std::io::Error::new(std::io::ErrorKind::StorageFull, "full");
        assert!(!could_still_read(&DiaryError::io(path, full)), "an I/O error before SQLite is not SQLite's refusal");
    }
}
