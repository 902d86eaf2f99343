//! Load errors that say what is wrong and where: file, line, column, the
//! entry's path in the file (`tabs[3].entries[2].sources[0].url`) and the
//! offending line with a caret under the mistake.

use std::fmt;
use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// Why a guide could not be loaded: one or more problems in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The file as the person named it.
    pub file: String,
    pub problems: Vec<Problem>,
}

/// One problem, with where it is when that is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where in the guide's structure (`tabs[1].entries[0].id`); empty for the whole file.
    pub path: String,
    pub message: String,
    pub location: Option<Location>,
}

/// A place in the file, 1-based, with the line's text for the caret display.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub line_text: String,
    /// How many columns the caret underline covers.
    pub width: usize,
}

impl Location {
    /// Works out line and column of a byte span in `text`. The column counts
    /// characters; `width` counts terminal columns, so the caret fits wide text.
    pub fn of_span(text: &str, span: Range<usize>) -> Location {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text.as_bytes()[..start].iter().filter(|&&b| b == b'\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let end = floor_char_boundary(text, span.end.clamp(start, line_end));
        let width = columns(text[start..end].trim_end_matches('\r')).max(1);
        let line_text = text[line_start..line_end].trim_end_matches('\r').to_string();
        Location { line, column, line_text, width }
    }
}

/// How many terminal columns `c` takes in the snippet (control characters
/// are shown as one space).
fn char_columns(c: char) -> usize {
    if c.is_control() { 1 } else { c.width().unwrap_or(0) }
}

fn columns(s: &str) -> usize {
    s.chars().map(char_columns).sum()
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl LoadError {
    /// A problem with the file as a whole (missing, unreadable, too large).
    pub fn whole_file(file: &str, message: impl Into<String>) -> LoadError {
        LoadError {
            file: file.to_string(),
            problems: vec![Problem { path: String::new(), message: message.into(), location: None }],
        }
    }
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { path: path.into(), message: message.into(), location: None }
    }

    /// The note that ends a list cut short: how many more problems there are.
    pub fn more(shown: usize, more: usize) -> Problem {
        Problem::new(
            "",
            format!("{MORE_NOTE}{more} more problems not shown ({} in all); fix these and check again", shown + more),
        )
    }

    fn is_more_note(&self) -> bool {
        self.path.is_empty() && self.location.is_none() && self.message.starts_with(MORE_NOTE)
    }

    pub fn at(mut self, text: &str, span: Option<Range<usize>>) -> Problem {
        self.location = span.map(|s| Location::of_span(text, s));
        self
    }
}

/// How the note about problems left out begins.
const MORE_NOTE: &str = "…and ";

/// Lines longer than this are shown cut around the caret.
const SNIPPET_WIDTH: usize = 100;

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {}", self.file)?;
            if let Some(loc) = &problem.location {
                write!(f, ":{}:{}", loc.line, loc.column)?;
            }
            write!(f, ": ")?;
            if !problem.path.is_empty() {
                write!(f, "{}: ", problem.path)?;
            }
            write!(f, "{}", problem.message)?;
            if let Some(loc) = &problem.location {
                write_snippet(f, loc)?;
            }
        }
        let cut_short = self.problems.last().is_some_and(Problem::is_more_note);
        if self.problems.len() > 1 && !cut_short {
            write!(f, "\n{} problems in {}", self.problems.len(), self.file)?;
        }
        Ok(())
    }
}

fn write_snippet(f: &mut fmt::Formatter<'_>, loc: &Location) -> fmt::Result {
    let chars: Vec<char> = loc.line_text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let caret_at = (loc.column - 1).min(chars.len());
    // Cut long lines around the caret; show short ones whole.
    let skip = if chars.len() <= SNIPPET_WIDTH {
        0
    } else {
        caret_at.saturating_sub(SNIPPET_WIDTH / 2).min(chars.len() - SNIPPET_WIDTH)
    };
    let end = (skip + SNIPPET_WIDTH).min(chars.len());
    let shown: String = chars[skip..end].iter().collect();
    let lead = if skip > 0 { "…" } else { "" };
    let tail = if end < chars.len() { "…" } else { "" };
    let pad = columns(lead) + columns(&shown.chars().take(caret_at - skip).collect::<String>());
    let room = columns(lead) + columns(&shown) - pad;
    let width = loc.width.min(room).max(1);
    let number = loc.line.to_string();
    let gutter = " ".repeat(number.len());
    write!(f, "\n {gutter} |\n {number} | {lead}{shown}{tail}\n {gutter} | {}{}", " ".repeat(pad), "^".repeat(width))
}

impl std::error::Error for LoadError {}
