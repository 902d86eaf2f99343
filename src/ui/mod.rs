//! Drawing. Everything here reads the app and draws; nothing changes state.

pub mod coach;
mod cramp_now;
mod footer;
pub mod help;
mod hydration;
mod search;
mod tabs;
pub mod text;
mod theme;
pub mod topics;
pub mod triage;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect, Size};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::app::{App, Overlay, TabState};
use crate::guide::model::TabBody;
pub use theme::{Symbols, Theme};

/// Below this size the screen only asks for a larger window.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 6;

/// The regions of the screen.
pub struct Areas {
    pub tabs: Rect,
    pub banner: Rect,
    pub body: Rect,
    pub footer: Rect,
}

/// Splits the screen; shared by drawing and by the key handlers that need
/// to know how much text fits.
pub fn areas(app: &App, size: Size) -> Areas {
    let area = Rect::new(0, 0, size.width, size.height);
    let banner =
        if app.show_disclaimer && size.height >= 16 { banner_lines(app, size.width).len() as u16 + 1 } else { 0 };
    let [tabs, banner, body, footer] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(banner),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    Areas { tabs, banner, body, footer }
}

fn banner_lines(app: &App, width: u16) -> Vec<String> {
    text::wrap(&app.guide.disclaimer, usize::from(width.saturating_sub(2))).into_iter().take(4).collect()
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(area, buf, self.theme);
            return;
        }
        let areas = areas(self, area.as_size());
        tabs::render(self, areas.tabs, buf);
        if areas.banner.height > 0 {
            render_banner(self, areas.banner, buf);
        }
        let tab = &self.guide.tabs[self.tab];
        match (&tab.body, &self.tabs[self.tab]) {
            (TabBody::Topics(_), _) => topics::render(self, areas.body, buf),
            (TabBody::Coach(routines), TabState::Coach(state)) => {
                coach::render(self, state, routines, self.now.mono, areas.body, buf)
            }
            (TabBody::Triage(triage), TabState::Triage(state)) => {
                triage::render(self, tab, triage, state, areas.body, buf)
            }
            (TabBody::Hydration(plan), TabState::Hydration(state)) => {
                hydration::render(self, tab, plan, state, areas.body, buf)
            }
            _ => {}
        }
        if let Some(cramp) = self.cramp.as_ref().filter(|c| c.visible) {
            cramp_now::render(self, cramp, areas.body, buf);
        }
        footer::render(self, areas.footer, buf);
        if let Some(search) = &self.search {
            search::render(self, search, area, buf);
        }
        match self.overlay {
            Some(Overlay::Help { scroll }) => help::render(self, scroll, area, buf),
            Some(Overlay::ConfirmStop) => confirm(self, "Stop the routine? y stops · n keeps going", area, buf),
            None => {}
        }
        if self.theme.ascii {
            ascii_fold(area, buf);
        }
    }
}

fn render_banner(app: &App, area: Rect, buf: &mut Buffer) {
    let mut lines: Vec<Line> =
        banner_lines(app, area.width).into_iter().map(|l| Line::styled(format!(" {l}"), app.theme.warning)).collect();
    lines.push(Line::default());
    Paragraph::new(lines).render(area, buf);
}

/// A one-question popup.
fn confirm(app: &App, question: &str, area: Rect, buf: &mut Buffer) {
    let width = (text::width(question) as u16 + 4).min(area.width);
    let frame = area.centered(Constraint::Length(width), Constraint::Length(3.min(area.height)));
    let inner = popup(frame, "Question", app.theme, buf);
    Paragraph::new(Line::styled(question.to_string(), app.theme.title)).render(inner, buf);
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

/// The notice shown when the window is too small for the guide.
fn too_small(area: Rect, buf: &mut Buffer, theme: Theme) {
    let message = format!("Make the window larger (at least {MIN_WIDTH}×{MIN_HEIGHT}) · q quits");
    let lines: Vec<Line> =
        text::wrap(&message, usize::from(area.width)).into_iter().map(|l| Line::styled(l, theme.warning)).collect();
    Paragraph::new(lines).render(area, buf);
}

/// A bordered block in the theme's frame style.
pub fn framed<'a>(title: impl Into<Line<'a>>, theme: Theme, focused: bool) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_set(ratatui::symbols::border::ROUNDED)
        .border_style(if focused { theme.focus_border } else { theme.border })
        .title(title)
}

/// Draws `lines` inside `block` from line `scroll` on, with "lines a–b of n"
/// and "PgDn for more" on the frame when they do not all fit. The text sits
/// one column in from each side.
pub fn scrolled(
    block: Block<'_>,
    lines: Vec<Line<'static>>,
    scroll: usize,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let inner = block.inner(area);
    let page = usize::from(inner.height);
    let scroll = scroll.min(lines.len().saturating_sub(page));
    let block = if lines.len() > page && page > 0 {
        let last = (scroll + page).min(lines.len());
        let more = if last < lines.len() { " PgDn for more " } else { " end " };
        let position = format!(" lines {}{}{last} of {} ", scroll + 1, theme.symbols.range, lines.len());
        let room = usize::from(area.width).saturating_sub(2);
        let mark = if text::width(&position) + text::width(more) <= room {
            Line::from(vec![Span::styled(position, theme.dim), Span::styled(more, theme.key)])
        } else {
            // Narrow: the position alone, short.
            Line::styled(format!(" {}{}{last}/{} ", scroll + 1, theme.symbols.range, lines.len()), theme.dim)
        };
        block.title_bottom(mark.right_aligned())
    } else {
        block
    };
    block.render(area, buf);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(page).collect();
    Paragraph::new(shown).render(text_area(inner), buf);
}

/// The text area inside a frame: one column in from each side.
pub fn text_area(inner: Rect) -> Rect {
    Rect { x: inner.x + 1, width: inner.width.saturating_sub(2), ..inner }
}

/// Clears an area for a popup and draws its frame; returns the inside.
pub fn popup(area: Rect, title: &str, theme: Theme, buf: &mut Buffer) -> Rect {
    Clear.render(area, buf);
    let block = framed(Line::styled(format!(" {title} "), theme.title), theme, true);
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}
