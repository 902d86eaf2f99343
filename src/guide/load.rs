//! Reading and parsing a guide file. Everything is checked here, before the
//! terminal is touched.

use std::fs::File;
use std::io::Read;
use std::ops::Range;
use std::path::Path;

use toml::de::{DeTable, Deserializer};

use super::distance::edit_distance;
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
        let byte = e.as_bytes()[valid];
        // The lossy text matches the original up to `valid`, then shows U+FFFD.
        let shown = String::from_utf8_lossy(e.as_bytes());
        LoadError {
            file: name.to_string(),
            problems: vec![
                Problem::new(
                    "",
                    format!("is not valid UTF-8 text (found the byte 0x{byte:02X}); save the file as UTF-8"),
                )
                .at(&shown, Some(valid..valid + '\u{FFFD}'.len_utf8())),
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
    let fail = |problem: Problem| LoadError { file: file.to_string(), problems: vec![problem] };
    if text.len() as u64 > MAX_GUIDE_BYTES {
        return Err(LoadError::whole_file(file, too_large(text.len() as u64)));
    }
    if text.trim().is_empty() {
        return Err(LoadError::whole_file(file, "is empty; a guide needs a title, a disclaimer, a source and tabs"));
    }
    let doc = DeTable::parse(text).map_err(|e| fail(syntax_problem(text, e.message(), e.span())))?;
    let raw: RawGuide = serde_path_to_error::deserialize(Deserializer::from(doc.clone())).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let inner = e.into_inner();
        let span = inner.span();
        let found = span.clone().and_then(|s| text.get(s)).unwrap_or("");
        let message = shape_message(inner.message().trim(), found);
        // A key missing from the top level has no place to point at.
        let span = if path.is_empty() && message.starts_with("missing") { None } else { span };
        fail(Problem::new(path, message).at(text, span))
    })?;
    validate::validate(raw, text, doc.get_ref()).map_err(|problems| LoadError { file: file.to_string(), problems })
}

/// A TOML syntax error, said as such; a duplicate key is named.
fn syntax_problem(text: &str, message: &str, span: Option<Range<usize>>) -> Problem {
    let message = message.trim();
    let key = span.clone().and_then(|s| text.get(s)).unwrap_or("").trim();
    let message = if message == "duplicate key" && !key.is_empty() && !key.contains('\n') {
        format!("duplicate key `{key}`: a key may be set only once in a table")
    } else {
        message.to_string()
    };
    Problem::new("", format!("TOML syntax error: {message}")).at(text, span)
}

/// Rewords serde's messages in the guide's terms: keys and tables, not
/// fields and maps, with a suggestion for a misspelt key or value.
fn shape_message(message: &str, found: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        return unknown("key", rest);
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        return unknown("value", rest);
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.trim_end_matches('`');
        return format!("missing required key `{key}`");
    }
    if let Some((unexpected, expected)) =
        message.strip_prefix("invalid type: ").and_then(|rest| rest.split_once(", expected "))
    {
        let expected = type_name(expected);
        let found = found_name(unexpected, found);
        let hint = if expected == "a number" && unexpected.starts_with("string") {
            " (write numbers without quotes)"
        } else {
            ""
        };
        return format!("expected {expected}, found {found}{hint}");
    }
    // A whole number out of the range of its type: below zero or too large.
    if let Some((unexpected, expected)) =
        message.strip_prefix("invalid value: ").and_then(|rest| rest.split_once(", expected "))
        && let Some(number) = unexpected.strip_prefix("integer `").and_then(|n| n.strip_suffix('`'))
    {
        let expected = type_name(expected);
        return if number.starts_with('-') {
            format!("expected {expected} of 0 or more, found {number}")
        } else {
            format!("expected {expected}, found {number} (too large)")
        };
    }
    message.to_string()
}

/// `sumary`, expected one of `id`, `summary` → unknown key `sumary`; did you mean `summary`? ...
fn unknown(what: &str, rest: &str) -> String {
    let Some((name, expected)) = rest.split_once('`') else {
        return format!("unknown {what} `{rest}");
    };
    let choices: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let closest = choices
        .iter()
        .map(|c| (edit_distance(name, c), *c))
        .filter(|&(d, c)| d <= 2 && 2 * d <= c.chars().count())
        .min();
    let expected = expected.trim_start_matches(',').trim();
    match closest {
        Some((_, choice)) => {
            format!("unknown {what} `{name}`; did you mean `{choice}`? ({expected})")
        }
        None if expected.is_empty() => format!("unknown {what} `{name}`"),
        None => format!("unknown {what} `{name}`; {expected}"),
    }
}

fn type_name(serde_name: &str) -> String {
    match serde_name {
        "f64" | "f32" => "a number".into(),
        "i64" | "i32" | "u32" | "u64" | "usize" => "a whole number".into(),
        "a sequence" => "an array".into(),
        "a map" => "a table".into(),
        other if other.starts_with("struct ") => "a table".into(),
        other => other.into(),
    }
}

fn found_name(unexpected: &str, text: &str) -> String {
    let first_line = text.lines().next().unwrap_or("").trim();
    if unexpected == "map" && first_line.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("the date `{first_line}`");
    }
    match unexpected.split_once(' ') {
        _ if unexpected == "map" => "a table".into(),
        _ if unexpected == "sequence" => "an array".into(),
        Some(("string", value)) => format!("the text {value}"),
        Some(("floating", value)) => format!("the number {}", value.trim_start_matches("point ").trim_matches('`')),
        Some(("integer", value)) => format!("the number {}", value.trim_matches('`')),
        Some(("boolean", value)) => value.trim_matches('`').into(),
        _ => unexpected.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_name_without_a_list_of_choices_is_named_alone() {
        assert_eq!(shape_message("unknown field `x`", ""), "unknown key `x`");
        assert_eq!(
            shape_message("unknown variant `x`, there are no variants", ""),
            "unknown value `x`; there are no variants"
        );
    }

    #[test]
    fn edit_distance_counts_insertions_deletions_and_substitutions() {
        for (a, b, d) in [
            ("", "", 0),
            ("", "abc", 3),
            ("abc", "", 3),
            ("summary", "summary", 0),
            ("id", "ib", 1),
            ("sumary", "summary", 1),
            ("summaryy", "summary", 1),
            ("ab", "ba", 2),
            ("kitten", "sitting", 3),
            ("flaw", "lawn", 2),
            ("exhail", "exhale", 2),
        ] {
            assert_eq!(edit_distance(a, b), d, "{a:?} {b:?}");
            assert_eq!(edit_distance(b, a), d, "{b:?} {a:?}");
        }
    }
}
