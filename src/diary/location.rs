//! Where the diary lives: `--data-dir DIR`, else `$CRAMP_GUIDE_DATA_DIR`,
//! else the platform's data directory (`$XDG_DATA_HOME/cramp-guide` on Linux).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;

pub const DATA_DIR_ENV: &str = "CRAMP_GUIDE_DATA_DIR";

/// The data directory, or None when no home directory can be found.
pub fn data_dir(from_cli: Option<&Path>) -> Option<PathBuf> {
    chosen(from_cli, std::env::var_os(DATA_DIR_ENV))
        .or_else(|| ProjectDirs::from("", "", "cramp-guide").map(|p| p.data_dir().to_path_buf()))
}

/// The folder named on the command line, else the one in the environment
/// (an empty value names none).
fn chosen(from_cli: Option<&Path>, from_env: Option<OsString>) -> Option<PathBuf> {
    from_cli.map(Path::to_path_buf).or_else(|| from_env.filter(|d| !d.is_empty()).map(PathBuf::from))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_wins_then_the_environment_unless_it_is_empty() {
        let cli = Path::new("/cli");
        let env = || Some(OsString::from("/env"));
        assert_eq!(chosen(Some(cli), env()), Some(PathBuf::from("/cli")));
        assert_eq!(chosen(None, env()), Some(PathBuf::from("/env")));
        assert_eq!(chosen(None, Some(OsString::new())), None, "an empty value is not the current folder");
        assert_eq!(chosen(None, None), None);
    }
}
