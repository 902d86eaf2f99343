//! Reading and parsing a guide file. Everything is checked here, before the
//! terminal is touched.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use toml::de::{DeTable, Deserializer};

use super::error::{LoadError, Problem};
use super::model::Guide;
use super::raw::RawGuide;
use super::validate;

/// A guide file larger than this is refused rather than parsed.
pub const MAX_GUIDE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads, parses and validates the guide at `path`.
pub fn load_guide(path: &Path) -> Result<Guide, LoadError> {
    let name = path.display().to_string();
    let text = read_text(path, &name)?;
    parse_guide(&text, &name)
}

fn read_text(path: &Path, name: &str) -> Result<String, LoadError> {
    let fail = |message: String| LoadError::whole_file(name, message);
    let meta = std::fs::metadata(path).map_err(|e| fail(format!("cannot read the guide: {}", io_reason(&e))))?;
    if meta.is_dir() {
        return Err(fail("is a directory; expected a guide file (TOML)".into()));
    }
    if meta.is_file() && meta.len() > MAX_GUIDE_BYTES {
        return Err(fail(too_large(meta.len())));
    }
    let file = File::open(path).map_err(|e| fail(format!("cannot open the guide: {}", io_reason(&e))))?;
    let mut bytes = Vec::new();
    // Read at most one byte past the limit, so a device or a growing file cannot hang us.
    file.take(MAX_GUIDE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("cannot read the guide: {}", io_reason(&e))))?;
    if bytes.len() as u64 > MAX_GUIDE_BYTES {
        return Err(fail(too_large(bytes.len() as u64)));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        LoadError {
            file: name.to_string(),
            problems: vec![
                Problem::new("", "is not valid UTF-8 text (save the file as UTF-8)")
                    .at(&prefix, Some(valid..valid)),
            ],
        }
    })
}

fn too_large(bytes: u64) -> String {
    format!(
        "is too large ({:.1} MiB or more); a guide may be at most {} MiB",
        bytes as f64 / 1048576.0,
        MAX_GUIDE_BYTES / 1048576
    )
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Parses and validates guide text; `file` names it in messages.
pub fn parse_guide(text: &str, file: &str) -> Result<Guide, LoadError> {
    let fail = |problem: Problem| LoadError {
        file: file.to_string(),
        problems: vec![problem],
    };
    if text.len() as u64 > MAX_GUIDE_BYTES {
        return Err(LoadError::whole_file(file, too_large(text.len() as u64)));
    }
    if text.trim().is_empty() {
        return Err(LoadError::whole_file(file, "is empty; a guide needs a title, a disclaimer, a source and tabs"));
    }
    let doc = DeTable::parse(text).map_err(|e| fail(Problem::new("", e.message().trim()).at(text, e.span())))?;
    let raw: RawGuide = serde_path_to_error::deserialize(Deserializer::from(doc.clone())).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let inner = e.into_inner();
        fail(Problem::new(path, inner.message().trim()).at(text, inner.span()))
    })?;
    validate::validate(raw, text, doc.get_ref()).map_err(|problems| LoadError {
        file: file.to_string(),
        problems,
    })
}
