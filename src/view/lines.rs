//! Lines shared by several panes: body markup, sources, the words of a
//! search marked in a line, and a line being typed with its cursor.

use std::ops::Range;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::guide::markup::{Block, parse_blocks};
use crate::guide::model::Source;
use crate::guide::ui_text::{Text, groups};
use crate::search::Query;
use crate::text;
use crate::text::line_input::{LineInput, Shown};
use crate::theme::Theme;

/// Paragraphs and bullets of a body, with a blank line between blocks
/// (bullets of one list stay together).
pub fn body_lines(body: &str, width: usize, theme: Theme, highlight: Option<&Query>, out: &mut Vec<Line<'static>>) {
    let bullet = format!("{} ", theme.symbols.bullet);
    let mut previous_bullet = false;
    for (i, block) in parse_blocks(body).iter().enumerate() {
        let is_bullet = matches!(block, Block::Bullet(_));
        if i > 0 && !(is_bullet && previous_bullet) {
            out.push(Line::default());
        }
        previous_bullet = is_bullet;
        match block {
            Block::Paragraph(t) => {
                out.extend(text::wrap(t, width).into_iter().map(|l| Line::from(mark(&l, theme.text, highlight, theme))))
            }
            Block::Bullet(t) => {
                for (lead, l) in text::hanging(t, width, &bullet) {
                    let mut spans = vec![Span::styled(lead, theme.accent)];
                    spans.extend(mark(&l, theme.text, highlight, theme));
                    out.push(Line::from(spans));
                }
            }
        }
    }
}

/// "Sources" with each title and its full URL on a line of its own, under
/// the title; from the text's left edge when the indent would split it, and
/// broken after separators only when wider than the text.
pub fn sources_lines(
    sources: &[Source],
    words: &groups::topics,
    width: usize,
    theme: Theme,
    out: &mut Vec<Line<'static>>,
) {
    if sources.is_empty() {
        return;
    }
    out.push(Line::default());
    out.push(Line::styled(words.sources.get().to_string(), theme.heading));
    for (i, s) in sources.iter().enumerate() {
        let number = format!("{} ", words.source_number.fill(&[("n", &(i + 1))]));
        let indent = text::width(&number);
        for (lead, l) in text::hanging(&s.title, width, &number) {
            out.push(Line::from(vec![Span::styled(lead, theme.dim), Span::raw(l)]));
        }
        let indent = if text::width(&s.url) + indent <= width { indent } else { 0 };
        for piece in text::break_url(&s.url, width) {
            out.push(Line::from(vec![Span::raw(" ".repeat(indent)), Span::styled(piece, theme.link)]));
        }
    }
}

/// A line of text with the words of a search marked.
pub fn mark(line: &str, style: Style, highlight: Option<&Query>, theme: Theme) -> Vec<Span<'static>> {
    match highlight {
        Some(query) => marked(line, &query.ranges(line), style, theme),
        None => vec![Span::styled(line.to_string(), style)],
    }
}

/// Splits `text` into spans with the byte `ranges` in the matched style.
pub fn marked(text: &str, ranges: &[Range<usize>], base: Style, theme: Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for r in ranges {
        if r.start < at || r.end > text.len() || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            continue;
        }
        if r.start > at {
            spans.push(Span::styled(text[at..r.start].to_string(), base));
        }
        spans.push(Span::styled(text[r.clone()].to_string(), theme.matched));
        at = r.end;
    }
    if at < text.len() {
        spans.push(Span::styled(text[at..].to_string(), base));
    }
    spans
}

/// The style of the search match being walked: reversed as well as marked,
/// so it stands out without colour.
fn current_style(theme: Theme) -> Style {
    theme.matched.add_modifier(Modifier::REVERSED)
}

fn is_match(style: Style, theme: Theme) -> bool {
    style == theme.matched || style == current_style(theme)
}

/// The line of each marked match in `lines`, in order.
pub fn match_lines(lines: &[Line], theme: Theme) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        out.extend(line.spans.iter().filter(|s| is_match(s.style, theme)).map(|_| i));
    }
    out
}

/// Shows the `k`th marked match in `lines` as the current one.
pub fn mark_current(lines: &mut [Line], k: usize, theme: Theme) {
    let current = lines.iter_mut().flat_map(|l| l.spans.iter_mut()).filter(|s| is_match(s.style, theme)).nth(k);
    if let Some(span) = current {
        span.style = current_style(theme);
    }
}

/// A line being typed, in `width` columns at most: the text around its
/// cursor in `style` (scrolled so the cursor shows), and the cursor in its
/// own style when it is to be shown.
pub fn typed(input: &LineInput, width: usize, style: Style, cursor: Option<Style>, theme: Theme) -> Vec<Span<'static>> {
    let symbol = theme.symbols.cursor;
    let cursor_width = cursor.map_or(0, |_| text::width(symbol));
    let Shown { head, tail } = input.shown(width, cursor_width, theme.symbols.ellipsis);
    let mut spans = vec![Span::styled(head, style)];
    if let Some(cursor) = cursor {
        spans.push(Span::styled(symbol, cursor));
    }
    spans.push(Span::styled(tail, style));
    spans
}

/// A text whose placeholders name keys, as one line with the keys styled
/// as keys: `{tick} ticks` with ("tick", "Space") gives "Space ticks".
pub fn keyed(text: &Text, keys: &[(&str, &str)], theme: Theme) -> Line<'static> {
    let mut spans = Vec::new();
    let mut rest = text.get();
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some((name, close)) = after.find('}').map(|c| (&after[..c], c)) else { break };
        let Some((_, key)) = keys.iter().find(|(n, _)| *n == name) else {
            spans.push(Span::raw(rest[..open + 1].to_string()));
            rest = after;
            continue;
        };
        if open > 0 {
            spans.push(Span::raw(rest[..open].to_string()));
        }
        spans.push(Span::styled(key.to_string(), theme.key));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        spans.push(Span::raw(rest.to_string()));
    }
    Line::from(spans)
}

/// `line` wrapped at its spaces into lines at most `width` columns wide,
/// every word keeping its styles (a key stays styled as a key). Runs of
/// spaces become one; a word wider than a line gets a line of its own.
pub fn wrap_line(line: Line<'static>, width: usize) -> Vec<Line<'static>> {
    let style = line.style;
    let mut words: Vec<Vec<Span<'static>>> = Vec::new();
    let mut word: Vec<Span<'static>> = Vec::new();
    for span in line.spans {
        let mut piece = String::new();
        for c in span.content.chars() {
            if c != ' ' {
                piece.push(c);
                continue;
            }
            if !piece.is_empty() {
                word.push(Span::styled(std::mem::take(&mut piece), span.style));
            }
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        if !piece.is_empty() {
            word.push(Span::styled(piece, span.style));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut lines = Vec::new();
    let mut current: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for word in words {
        let w: usize = word.iter().map(|s| text::width(&s.content)).sum();
        if used > 0 && used + 1 + w > width {
            lines.push(Line::from(std::mem::take(&mut current)).style(style));
            used = 0;
        }
        if used > 0 {
            current.push(Span::raw(" "));
            used += 1;
        }
        used += w;
        current.extend(word);
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(Line::from(current).style(style));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keyed_line_wraps_between_words_and_its_key_stays_a_key() {
        let theme = Theme::MONO;
        let line = keyed(&Text::Plain("{key} starts «Relief» in the coach".into()), &[("key", "Enter")], theme);
        let lines = wrap_line(line, 14);
        let said: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(said, ["Enter starts", "«Relief» in", "the coach"]);
        assert!(lines.iter().all(|l| l.width() <= 14));
        assert_eq!(lines[0].spans[0].style, theme.key);
    }

    #[test]
    fn a_word_that_ends_exactly_at_the_edge_stays_on_its_line() {
        let said = |width| wrap_line(Line::raw("calf cramp"), width).iter().map(|l| l.to_string()).collect::<Vec<_>>();
        assert_eq!(said(10), ["calf cramp"]);
        assert_eq!(said(9), ["calf", "cramp"]);
    }

    #[test]
    fn marking_leaves_no_empty_span_at_either_end() {
        let theme = Theme::MONO;
        let texts = |spans: Vec<Span>| spans.into_iter().map(|s| s.content.into_owned()).collect::<Vec<_>>();
        assert_eq!(texts(marked("cramp", std::slice::from_ref(&(2..5)), Style::default(), theme)), ["cr", "amp"]);
        assert_eq!(texts(marked("cramp", std::slice::from_ref(&(0..2)), Style::default(), theme)), ["cr", "amp"]);
        assert_eq!(texts(marked("cramp", std::slice::from_ref(&(0..5)), Style::default(), theme)), ["cramp"]);
    }

    /// Keys take the key style and the words between them are plain, with
    /// no empty span where a key starts or ends the text, and a placeholder
    /// that names no key kept as written.
    #[test]
    fn keyed_styles_each_key_and_leaves_no_empty_span() {
        let theme = Theme::MONO;
        let keys = [("tick", "Space"), ("back", "Esc")];
        let spans = |text: &str| -> Vec<(String, bool)> {
            let line = keyed(&Text::Plain(text.to_string()), &keys, theme);
            line.spans.into_iter().map(|s| (s.content.into_owned(), s.style == theme.key)).collect()
        };
        let key = |k: &str| (k.to_string(), true);
        let plain = |t: &str| (t.to_string(), false);
        assert_eq!(spans("{tick} ticks"), [key("Space"), plain(" ticks")]);
        assert_eq!(spans("{tick}{back}"), [key("Space"), key("Esc")]);
        assert_eq!(spans("go {back}"), [plain("go "), key("Esc")]);
        assert_eq!(spans("{nope} {tick}"), [plain("{"), plain("nope} "), key("Space")]);
    }

    /// A range that does not start and end on a character is left out
    /// (the text shown unmarked), never cut inside a character.
    #[test]
    fn a_range_inside_a_character_is_left_out() {
        let theme = Theme::MONO;
        let texts = |spans: Vec<Span>| spans.into_iter().map(|s| s.content.into_owned()).collect::<Vec<_>>();
        // "é" is bytes 3 and 4.
        assert_eq!(texts(marked("café", std::slice::from_ref(&(0..4)), Style::default(), theme)), ["café"]);
        assert_eq!(texts(marked("café", std::slice::from_ref(&(4..5)), Style::default(), theme)), ["café"]);
        assert_eq!(texts(marked("café", std::slice::from_ref(&(3..5)), Style::default(), theme)), ["caf", "é"]);
        assert_eq!(texts(marked("café", std::slice::from_ref(&(2..9)), Style::default(), theme)), ["café"]);
    }

    /// A range that starts inside the one before it is left out, so no
    /// text is shown twice; one that starts where the last ended is marked.
    #[test]
    fn a_range_overlapping_the_one_before_is_left_out() {
        let theme = Theme::COLOR;
        let spans = |ranges: &[Range<usize>]| -> Vec<(String, bool)> {
            let spans = marked("calf cramp", ranges, Style::default(), theme).into_iter();
            spans.map(|s| (s.content.into_owned(), s.style == theme.matched)).collect()
        };
        let hit = |t: &str| (t.to_string(), true);
        let plain = |t: &str| (t.to_string(), false);
        assert_eq!(spans(&[0..4, 2..6]), [hit("calf"), plain(" cramp")]);
        assert_eq!(spans(&[0..4, 4..10]), [hit("calf"), hit(" cramp")]);
        assert_eq!(spans(&[5..10, 0..4]), [plain("calf "), hit("cramp")]);
    }

    #[test]
    fn the_current_match_is_the_kth_marked_one_and_only_it() {
        for theme in [Theme::MONO, Theme::COLOR] {
            let mut lines = vec![
                Line::from(marked("calf cramp at night", &[0..4, 5..10], Style::default(), theme)),
                Line::from(marked("a cramp again", std::slice::from_ref(&(2..7)), Style::default(), theme)),
            ];
            assert_eq!(match_lines(&lines, theme), [0, 0, 1]);
            mark_current(&mut lines, 1, theme);
            let styles: Vec<Style> = lines
                .iter()
                .flat_map(|l| l.spans.iter())
                .filter(|s| is_match(s.style, theme))
                .map(|s| s.style)
                .collect();
            assert_eq!(styles, [theme.matched, current_style(theme), theme.matched]);
            assert_ne!(current_style(theme), theme.matched, "the current one looks different, colour or not");
            // Still three matches, in the same places.
            assert_eq!(match_lines(&lines, theme), [0, 0, 1]);
        }
    }
}
