//! One line of text being typed (the search line, the diary form's text
//! rows, the digits of a detail, the weight field): the text, a cursor that
//! moves and deletes by what shows as one character (a letter with its
//! accents, an emoji sequence) and never lands inside one, the most
//! characters typing may put in, and the part of the line a width shows,
//! scrolled so the cursor stays in view.

use std::ops::Deref;

use unicode_width::UnicodeWidthChar;

/// After a zero-width joiner the next character joins the one before it
/// (emoji sequences such as a family).
const ZWJ: char = '\u{200D}';

/// How much of the text after the cursor stays in view when the text
/// before it is cut, in columns: a little of what follows the cursor.
const LOOK_AHEAD: usize = 8;

/// A line of text being typed, with its cursor. Reads as the `str` it
/// holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// A byte offset in `text`, always where a character starts.
    cursor: usize,
    /// The most characters typing may put in.
    max: usize,
}

/// An editing step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Left,
    Right,
    Home,
    End,
    /// The character before the cursor.
    DeleteBack,
    /// The character under the cursor.
    DeleteForward,
    /// Everything before the cursor.
    DeleteToStart,
    /// The word before the cursor, with the spaces after it.
    DeleteWord,
}

/// What a width shows of a line: the text before the cursor and after it,
/// each already cut to fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub head: String,
    pub tail: String,
}

impl Default for LineInput {
    /// An empty line with no limit on its length.
    fn default() -> LineInput {
        LineInput::new(usize::MAX)
    }
}

impl LineInput {
    /// An empty line that takes up to `max` characters.
    pub fn new(max: usize) -> LineInput {
        LineInput { text: String::new(), cursor: 0, max }
    }

    /// A line holding `text` with the cursor at its end, that takes up to
    /// `max` characters from typing.
    pub fn with_text(text: &str, max: usize) -> LineInput {
        let mut line = LineInput::new(max);
        line.set(text);
        line
    }

    /// A line holding `text` as it could have been typed: control
    /// characters left out and at most `max` characters kept (for text
    /// read back from a file, which may be damaged).
    pub fn as_typed(text: &str, max: usize) -> LineInput {
        let typed: String = text.chars().filter(|c| !c.is_control()).take(max).collect();
        LineInput::with_text(&typed, max)
    }

    /// Replaces the text, with the cursor at its end. A text longer than
    /// the most is kept whole (nothing already written is cut); typing adds
    /// to it again once it is shorter.
    pub fn set(&mut self, text: &str) {
        self.text = text.to_string();
        self.cursor = self.text.len();
    }

    pub fn clear(&mut self) {
        self.set("");
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The cursor, as a byte offset in the text (where a character starts).
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Whether typing can add no more.
    pub fn is_full(&self) -> bool {
        self.text.chars().count() >= self.max
    }

    /// Types `c` at the cursor; false when it is not taken: the line is
    /// full, or `c` is a control character (it would break the screen).
    pub fn insert(&mut self, c: char) -> bool {
        if self.is_full() || c.is_control() {
            return false;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        true
    }

    /// Applies an editing step; true when the text changed.
    pub fn edit(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::Left => self.cursor = self.before(),
            Edit::Right => self.cursor = self.after(),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.text.len(),
            Edit::DeleteBack => return self.cut(self.before(), self.cursor),
            Edit::DeleteForward => return self.cut(self.cursor, self.after()),
            Edit::DeleteToStart => return self.cut(0, self.cursor),
            Edit::DeleteWord => return self.cut(self.word_start(), self.cursor),
        }
        false
    }

    /// Takes out the bytes `from..to` and leaves the cursor at `from`;
    /// true when there were any.
    fn cut(&mut self, from: usize, to: usize) -> bool {
        self.text.replace_range(from..to, "");
        self.cursor = from;
        from < to
    }

    /// Where the character before the cursor starts.
    fn before(&self) -> usize {
        let mut at = self.cursor;
        loop {
            at = self.text[..at].char_indices().next_back().map_or(0, |(i, _)| i);
            if !inside(&self.text, at) {
                return at;
            }
        }
    }

    /// Where the character under the cursor ends.
    fn after(&self) -> usize {
        next_boundary(&self.text, self.cursor)
    }

    /// The start of the word before the cursor (spaces after it included).
    fn word_start(&self) -> usize {
        let head = self.text[..self.cursor].trim_end();
        head.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8())
    }

    /// The line in `width` columns, with a cursor `cursor_width` columns
    /// wide between head and tail: the head cut at its left (behind
    /// `ellipsis`) when long, so the cursor and a little of what follows it
    /// stay in view; the tail cut at its right.
    pub fn shown(&self, width: usize, cursor_width: usize, ellipsis: &str) -> Shown {
        let (head, tail) = self.text.split_at(self.cursor);
        let room = width.saturating_sub(cursor_width + super::width(tail).min(LOOK_AHEAD));
        let marked = super::width(ellipsis);
        let mut start = 0;
        while start < head.len() && super::width(&head[start..]) + if start > 0 { marked } else { 0 } > room {
            start = next_boundary(head, start);
        }
        let head = match start {
            0 => head.to_string(),
            _ if marked > room => head[start..].to_string(),
            _ => format!("{ellipsis}{}", &head[start..]),
        };
        let used = super::width(&head) + cursor_width;
        Shown { tail: super::truncate(tail, width.saturating_sub(used), ellipsis), head }
    }
}

/// Whether byte `at` of `text` falls inside what shows as one character:
/// before a zero-width mark, or after a joiner.
fn inside(text: &str, at: usize) -> bool {
    if at == 0 || at >= text.len() {
        return false;
    }
    let next = text[at..].chars().next();
    let prev = text[..at].chars().next_back();
    next.is_some_and(|c| c.width() == Some(0)) || prev == Some(ZWJ)
}

/// Where what shows as one character, starting at byte `at`, ends.
fn next_boundary(text: &str, at: usize) -> usize {
    let mut end = at;
    for (i, c) in text[at..].char_indices() {
        end = at + i + c.len_utf8();
        if !inside(text, end) {
            break;
        }
    }
    end
}

impl Deref for LineInput {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl PartialEq<str> for LineInput {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for LineInput {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<String> for LineInput {
    fn eq(&self, other: &String) -> bool {
        &self.text == other
    }
}

#[cfg(test)]
mod tests;
