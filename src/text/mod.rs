//! Wrapping and cutting text by display width (wide and combining
//! characters count as the terminal draws them), in `figures` the one way
//! durations and numbers are written, and in `line_input` the one line of
//! text being typed.

pub mod figures;
pub mod line_input;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` on one line, as a terminal shows it plainly: control characters
/// (line breaks, tabs, escapes) become spaces.
pub fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// `text` to be shown on a terminal: every control character but the line
/// break (an escape, a bell, a carriage return a diary note imported from
/// elsewhere may hold) is a space, so what is shown cannot steer the
/// terminal.
pub fn for_terminal(text: &str) -> String {
    text.chars().map(|c| if c.is_control() && c != '\n' { ' ' } else { c }).collect()
}

/// Display width of a string.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Wraps `text` at word boundaries into lines of at most `width` columns.
/// Words wider than a line are broken between characters; a URL is never
/// split where it fits a line, and one wider than a line takes lines of its
/// own, broken after separators ([`break_url`]).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_w = 0;
    for word in text.split_whitespace() {
        let word_w = self::width(word);
        if is_url(word) && word_w > width {
            if line_w > 0 {
                lines.push(std::mem::take(&mut line));
                line_w = 0;
            }
            lines.extend(break_url(word, width));
            continue;
        }
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

/// Whether a word is a web address.
pub fn is_url(word: &str) -> bool {
    word.starts_with("https://") || word.starts_with("http://")
}

/// Breaks a URL into pieces of at most `width` columns, each ending after
/// the last separator (`/ - . ? & = # _`) that fits, else at the width.
pub fn break_url(url: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut pieces = Vec::new();
    let mut rest = url;
    while self::width(rest) > width {
        let mut end = 0;
        let mut after_separator = None;
        let mut used = 0;
        for (i, c) in rest.char_indices() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width && end > 0 {
                break;
            }
            used += cw;
            end = i + c.len_utf8();
            if matches!(c, '/' | '-' | '.' | '?' | '&' | '=' | '#' | '_') {
                after_separator = Some(end);
            }
        }
        let cut = after_separator.unwrap_or(end);
        pieces.push(rest[..cut].to_string());
        rest = &rest[cut..];
    }
    if !rest.is_empty() {
        pieces.push(rest.to_string());
    }
    pieces
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
    fn a_url_that_fits_a_line_is_never_split() {
        let text = "Source: NHS: Leg cramps https://www.nhs.uk/conditions/leg-cramps/";
        for width in 41..60 {
            let lines = wrap(text, width);
            assert!(lines.contains(&"https://www.nhs.uk/conditions/leg-cramps/".to_string()), "{width}: {lines:?}");
        }
    }

    #[test]
    fn a_url_wider_than_a_line_has_lines_of_its_own_broken_after_separators() {
        let lines = wrap("see https://example.org/alpha/beta-gamma/delta then more words", 16);
        assert_eq!(lines, ["see", "https://example.", "org/alpha/beta-", "gamma/delta", "then more words"]);
        // No separator within a line's width: broken at the width.
        assert_eq!(wrap("https://abcdefghijklmnop", 10), ["https://", "abcdefghij", "klmnop"]);
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 10), vec![String::new()]);
    }
}
