//! Where the diary lives: `--data-dir DIR`, else `$CRAMP_GUIDE_DATA_DIR`,
//! else the platform's data directory (`$XDG_DATA_HOME/cramp-guide` on Linux).

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

pub const DATA_DIR_ENV: &str = "CRAMP_GUIDE_DATA_DIR";

/// The data directory, or None when no home directory can be found.
pub fn data_dir(from_cli: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = from_cli {
        return Some(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    ProjectDirs::from("", "", "cramp-guide").map(|p| p.data_dir().to_path_buf())
}
