//! Drawing. Everything here reads the app and paints what `view` worked
//! out for the area it is given; nothing changes state.

mod coach;
mod cramp_now;
mod diary;
mod frame;
mod help;
mod hydration;
mod search;
mod topics;
mod triage;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use crate::app::{App, Overlay, TabScreen};
pub use crate::theme::{Symbols, Theme};
use crate::view::screen::{banner_lines, question_frame, short_banner_lines, too_small, too_small_lines};
use crate::view::{footer, tab_bar};
use frame::popup;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if too_small(area.as_size()) {
            render_too_small(area, buf, &self.guide.disclaimer, &self.too_small_message(), self.theme);
            return;
        }
        let areas = self.areas(area.as_size());
        let titles = self.tab_titles();
        let badge = self.cramp_badge();
        tab_bar::line(&titles, self.tab, areas.tabs.width, badge.as_ref(), self.theme).render(areas.tabs, buf);
        if let Some(notice) = self.cramp_notice(areas.notice.width) {
            notice.render(areas.notice, buf);
        }
        if areas.banner.height > 0 {
            render_banner(self, areas.banner, buf);
        }
        let body = areas.body;
        let pane_words = self.pane_words();
        let look = (self.theme, &pane_words);
        // The tab is laid out once: the footer asks it whether it scrolls.
        let shown = self.tab_screen(self.tab, body);
        let (footer_line, left_out) =
            footer::layout(&self.footer_hints_over(&shown), self.status.as_deref(), areas.footer.width, self.theme);
        match shown {
            TabScreen::Topics(screen, state) => topics::render(screen, state.scroll, look, buf),
            TabScreen::Coach(screen, state) => {
                // Keys of a session the footer has no room for go on its frame.
                let keys: Vec<_> = left_out.iter().copied().filter(|h| h.local && !h.must).collect();
                coach::render(screen, state.shown_scroll(), &keys, look, buf)
            }
            TabScreen::Triage(screen, state) => triage::render(screen, state.scroll, look, buf),
            TabScreen::Hydration(screen, state) => hydration::render(screen, state.scroll, look, buf),
            TabScreen::Diary => {
                diary::render(self.diary_screen(body), look, buf);
                if let (Some((title, pane)), Some(scroll)) = (self.diary_entry_view(body), self.diary.viewing) {
                    diary::render_entry(title, pane, scroll, look, buf);
                }
            }
        }
        if let Some(form) = self.diary_form_view(body) {
            diary::render_popup(form, self.theme, buf);
        }
        if let Some(cramp) = self.cramp.as_ref().filter(|c| c.visible)
            && let Some(screen) = self.cramp_now_screen(cramp, body)
        {
            cramp_now::render(screen, cramp.scroll, look, buf);
        }
        if let Some(text) = self.coach_badge()
            && let Some((area, line)) = crate::view::coach_session::badge(
                bare_edge(body, crate::view::coach_session::badge_width(&text), buf),
                &text,
                self.theme,
            )
        {
            line.render(area, buf);
        }
        if let Some(prompt) = self.diary_prompt_view(body) {
            diary::render_popup(prompt, self.theme, buf);
        }
        footer_line.render(areas.footer, buf);
        if let Some(search) = &self.search {
            search::render(self, search, area, buf);
        }
        match self.overlay {
            Some(Overlay::Help { scroll }) => help::render(self, scroll, area, buf),
            Some(_) => confirm(self, &self.question(), area, buf),
            None => {}
        }
        if self.theme.ascii {
            ascii_fold(area, buf);
        }
    }
}

fn render_banner(app: &App, area: Rect, buf: &mut Buffer) {
    let full = banner_lines(&app.guide.disclaimer, area.width);
    let text = if full.len() < usize::from(area.height) {
        full
    } else {
        short_banner_lines(&app.guide.disclaimer, area.width)
    };
    let lines: Vec<Line> = text.into_iter().map(|l| Line::styled(format!(" {l}"), app.theme.warning)).collect();
    Paragraph::new(lines).render(area, buf);
}

/// A one-question popup.
fn confirm(app: &App, question: &str, area: Rect, buf: &mut Buffer) {
    let (frame, lines) = question_frame(area, question);
    let inner = popup(frame, app.question_title(), app.theme, buf);
    let lines: Vec<Line> = lines.into_iter().map(|l| Line::styled(l, app.theme.title)).collect();
    Paragraph::new(lines).render(frame::padded(inner), buf);
}

/// Rewrites every cell in ASCII for `--ascii`: punctuation and marks to their
/// nearest ASCII look-alike, accented letters to the bare letter. Characters
/// with no ASCII form (CJK, emoji) are left as they are.
fn ascii_fold(area: Rect, buf: &mut Buffer) {
    use unicode_normalization::UnicodeNormalization;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            let symbol = cell.symbol();
            if symbol.is_ascii() {
                continue;
            }
            let mut chars = symbol.chars();
            let folded = match chars.next() {
                Some('·' | '│') => '|',
                Some('╭' | '╮' | '╰' | '╯') => '+',
                Some('–' | '—' | '─' | '‐') => '-',
                Some('≈' | '∼' | '…') => '~',
                Some('×') => 'x',
                Some('’' | '‘' | 'ʼ') => '\'',
                Some('“' | '”') => '"',
                Some('•') => '*',
                Some('▶' | '›' | '→') => '>',
                Some('‹' | '←') => '<',
                Some('↑') => '^',
                Some('↓') => 'v',
                Some('█') => '#',
                Some('░') => '.',
                Some('▀') => '\'',
                Some('▄') => ',',
                Some('▏') => '_',
                Some('⁺') => '+',
                Some('⁻') => '-',
                Some(c) => match c.nfd().next() {
                    Some(base) if base.is_ascii() => base,
                    _ => continue,
                },
                None => continue,
            };
            cell.set_char(folded);
        }
    }
}

/// Where a badge of `width` columns goes: the longest bare stretch of frame
/// edge (nothing written on it but lines and corners) on the body's bottom
/// row, or on its top row when that has more room and the bottom too little;
/// a cell kept free at each end, so a frame's marks (the scroll position, a
/// title) stay readable.
fn bare_edge(body: Rect, width: u16, buf: &Buffer) -> Rect {
    let bottom = bare_run(body, body.bottom().saturating_sub(1), buf);
    let top = bare_run(body, body.y, buf);
    if bottom.width >= width || bottom.width >= top.width { bottom } else { top }
}

/// The longest run of edge cells on row `y` inside `body`'s first and last
/// columns, less one cell at each end.
fn bare_run(body: Rect, y: u16, buf: &Buffer) -> Rect {
    let edge = |x: u16| buf.cell((x, y)).is_some_and(|c| matches!(c.symbol(), "─" | "-" | "╯" | "╰" | "╮" | "╭" | "+"));
    let (mut best, mut run_start) = ((0, 0), None);
    for x in body.x.saturating_add(1)..=body.right().saturating_sub(1) {
        match (x < body.right().saturating_sub(1) && edge(x), run_start) {
            (true, None) => run_start = Some(x),
            (false, Some(start)) => {
                if x - start > best.1 {
                    best = (start, x - start);
                }
                run_start = None;
            }
            _ => {}
        }
    }
    let (start, len) = best;
    Rect { x: start + 1, y, width: len.saturating_sub(2), height: body.height.min(1) }
}

/// The notice shown when the window is too small for the guide.
fn render_too_small(area: Rect, buf: &mut Buffer, disclaimer: &str, message: &str, theme: Theme) {
    let lines: Vec<Line> = too_small_lines(area.width, area.height, disclaimer, message)
        .into_iter()
        .map(|l| Line::styled(l, theme.warning))
        .collect();
    Paragraph::new(lines).render(area, buf);
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::{Block, Widget};

    use super::{ascii_fold, bare_edge, bare_run};

    /// A 30×5 rounded frame with `marks` written on its bottom edge at
    /// their columns, as a scroll position or a title would be.
    fn frame_with(marks: &[(u16, &str)]) -> (Rect, Buffer) {
        let body = Rect::new(0, 0, 30, 5);
        let mut buf = Buffer::empty(body);
        Block::bordered().border_set(ratatui::symbols::border::ROUNDED).render(body, &mut buf);
        for &(x, mark) in marks {
            buf.set_string(x, 4, mark, ratatui::style::Style::default());
        }
        (body, buf)
    }

    #[test]
    fn a_bare_run_is_the_longest_stretch_of_edge_less_a_cell_at_each_end() {
        // Edge cells 1..=28 inside the corners' columns; "ab" at 6 and 7
        // leaves 1..=5 and 8..=28, at 20 and 21 leaves 1..=19 and 22..=28.
        let (body, buf) = frame_with(&[(6, "ab")]);
        assert_eq!(bare_run(body, 4, &buf), Rect::new(9, 4, 19, 1), "the longer run, second");
        let (body, buf) = frame_with(&[(20, "ab")]);
        assert_eq!(bare_run(body, 4, &buf), Rect::new(2, 4, 17, 1), "the longer run, first");
        let (body, buf) = frame_with(&[]);
        assert_eq!(bare_run(body, 4, &buf), Rect::new(2, 4, 26, 1), "a bare edge, its corners kept");
    }

    #[test]
    fn of_two_runs_as_long_the_first_is_taken() {
        // 1..=13 and 16..=28: thirteen cells each.
        let (body, buf) = frame_with(&[(14, "ab")]);
        assert_eq!(bare_run(body, 4, &buf), Rect::new(2, 4, 11, 1));
    }

    #[test]
    fn a_badge_goes_on_the_bottom_edge_when_it_fits_there_even_if_the_top_has_more_room() {
        let (body, buf) = frame_with(&[(6, "ab")]);
        assert_eq!(bare_edge(body, 10, &buf), Rect::new(9, 4, 19, 1), "19 columns at the bottom fit 10");
        assert_eq!(bare_edge(body, 20, &buf), Rect::new(2, 0, 26, 1), "too little at the bottom: the longer top");
    }

    #[test]
    fn ascii_folds_accents_and_leaves_symbols_of_several_code_points_whole() {
        let area = Rect::new(0, 0, 6, 1);
        let mut buf = Buffer::empty(area);
        for (x, symbol) in ["é", "e\u{301}", "—", "👍🏽", "中", "x"].into_iter().enumerate() {
            buf[(x as u16, 0)].set_symbol(symbol);
        }
        ascii_fold(area, &mut buf);
        let folded: Vec<&str> = (0..6).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(folded, ["e", "e", "-", "👍🏽", "中", "x"]);
    }
}
