//! Wrapping and cutting text by display width (wide and combining
//! characters count as the terminal draws them), and in `figures` the one
//! way durations and numbers are written.

pub mod figures;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width of a string.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Wraps `text` at word boundaries into lines of at most `width` columns.
/// Words wider than a line are broken between characters.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_w = 0;
    for word in text.split_whitespace() {
        let word_w = self::width(word);
        let gap = usize::from(line_w > 0);
        if line_w + gap + word_w <= width {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            line_w += gap + word_w;
            continue;
        }
        if line_w > 0 {
            lines.push(std::mem::take(&mut line));
            line_w = 0;
        }
        if word_w <= width {
            line.push_str(word);
            line_w = word_w;
        } else {
            for piece in break_chars(word, width) {
                if line_w > 0 {
                    lines.push(std::mem::take(&mut line));
                }
                line_w = self::width(&piece);
                line = piece;
            }
        }
    }
    if line_w > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Wraps `text` behind a lead ("• ", "1. ", "Caution: "): the first line
/// gets the lead, the rest the same width of spaces. Returns (lead, line).
pub fn hanging(text: &str, width: usize, lead: &str) -> Vec<(String, String)> {
    let indent = self::width(lead);
    wrap(text, width.saturating_sub(indent))
        .into_iter()
        .enumerate()
        .map(|(k, line)| (if k == 0 { lead.to_string() } else { " ".repeat(indent) }, line))
        .collect()
}

/// Breaks a string into pieces of at most `width` columns, between characters.
pub fn break_chars(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > width && w > 0 {
            pieces.push(std::mem::take(&mut piece));
            w = 0;
        }
        piece.push(c);
        w += cw;
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// Cuts `s` to at most `width` columns, ending with `ellipsis` when cut.
pub fn truncate(s: &str, width: usize, ellipsis: &str) -> String {
    if self::width(s) <= width {
        return s.to_string();
    }
    let room = width.saturating_sub(self::width(ellipsis));
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > room {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width >= self::width(ellipsis) {
        out.push_str(ellipsis);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_words() {
        assert_eq!(wrap("the quick brown fox", 9), vec!["the quick", "brown fox"]);
    }

    #[test]
    fn breaks_words_longer_than_a_line() {
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn counts_wide_characters_as_two_columns() {
        assert_eq!(wrap("日本語 テキスト", 6), vec!["日本語", "テキス", "ト"]);
        assert!(wrap("日本語 テキスト", 6).iter().all(|l| width(l) <= 6));
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("Dehydration", 6, "…"), "Dehyd…");
        assert_eq!(truncate("short", 6, "…"), "short");
        assert_eq!(truncate("abc", 0, "…"), "");
    }

    #[test]
    fn hanging_indents_lines_after_the_first() {
        assert_eq!(
            hanging("one two three", 10, "1. "),
            vec![("1. ".to_string(), "one two".to_string()), ("   ".to_string(), "three".to_string())]
        );
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 10), vec![String::new()]);
    }
}
