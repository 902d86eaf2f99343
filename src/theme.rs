//! Every style and symbol the screens use, in one place. Meaning is never
//! carried by colour alone: selection and the active tab are reversed and
//! marked, so the monochrome theme loses nothing.

use ratatui::style::{Color, Modifier, Style};

/// The characters drawn for marks and frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    /// Marks the selected item.
    pub marker: &'static str,
    pub bullet: &'static str,
    /// Shown where tabs are hidden off the left / right.
    pub more_left: &'static str,
    pub more_right: &'static str,
    pub ellipsis: &'static str,
    pub separator: &'static str,
    pub check_on: &'static str,
    pub check_off: &'static str,
    pub bar_full: &'static str,
    pub bar_empty: &'static str,
    /// The text cursor of the search line.
    pub cursor: &'static str,
    /// Between a tab and an item: "Causes › Low iron".
    pub path: &'static str,
    /// Between two numbers of a range: "lines 1–20".
    pub range: &'static str,
}

pub const UNICODE: Symbols = Symbols {
    marker: "▶",
    bullet: "•",
    more_left: "‹",
    more_right: "›",
    ellipsis: "…",
    separator: "·",
    check_on: "[x]",
    check_off: "[ ]",
    bar_full: "█",
    bar_empty: "░",
    cursor: "▏",
    path: "›",
    range: "–",
};

/// Styles by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub heading: Style,
    pub title: Style,
    pub selected: Style,
    pub tab: Style,
    pub active_tab: Style,
    pub key: Style,
    pub link: Style,
    pub border: Style,
    pub focus_border: Style,
    /// The most urgent advice.
    pub urgent: Style,
    pub warning: Style,
    pub calm: Style,
    pub accent: Style,
    /// Search matches inside text.
    pub matched: Style,
    pub symbols: Symbols,
    /// Whether everything is drawn in ASCII (`--ascii`).
    pub ascii: bool,
}

impl Theme {
    pub const COLOR: Theme = Theme {
        text: Style::new(),
        // The terminal's own foreground, dimmed: ANSI 7/8 greys vanish on
        // a light background.
        dim: Style::new().add_modifier(Modifier::DIM),
        heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        title: Style::new().add_modifier(Modifier::BOLD),
        selected: Style::new().add_modifier(Modifier::REVERSED).add_modifier(Modifier::BOLD),
        tab: Style::new(),
        active_tab: Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(Modifier::BOLD),
        key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        link: Style::new().fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
        border: Style::new().add_modifier(Modifier::DIM),
        focus_border: Style::new().fg(Color::Cyan),
        urgent: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        warning: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        calm: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        accent: Style::new().fg(Color::Cyan),
        matched: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED),
        symbols: UNICODE,
        ascii: false,
    };

    /// No colours at all: only bold, reverse, underline and symbols.
    pub const MONO: Theme = Theme {
        text: Style::new(),
        dim: Style::new(),
        heading: Style::new().add_modifier(Modifier::BOLD),
        title: Style::new().add_modifier(Modifier::BOLD),
        selected: Style::new().add_modifier(Modifier::REVERSED).add_modifier(Modifier::BOLD),
        tab: Style::new(),
        active_tab: Style::new().add_modifier(Modifier::REVERSED).add_modifier(Modifier::BOLD),
        key: Style::new().add_modifier(Modifier::BOLD),
        link: Style::new().add_modifier(Modifier::UNDERLINED),
        border: Style::new(),
        focus_border: Style::new().add_modifier(Modifier::BOLD),
        urgent: Style::new().add_modifier(Modifier::BOLD).add_modifier(Modifier::REVERSED),
        warning: Style::new().add_modifier(Modifier::BOLD),
        calm: Style::new().add_modifier(Modifier::BOLD),
        accent: Style::new().add_modifier(Modifier::BOLD),
        matched: Style::new().add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED),
        symbols: UNICODE,
        ascii: false,
    };

    /// The style of an advice level by urgency: 0 is the most urgent, None
    /// is self-care.
    pub fn level(&self, rank: Option<usize>) -> Style {
        match rank {
            Some(0) => self.urgent,
            Some(_) => self.warning,
            None => self.calm,
        }
    }

    /// The same theme drawn with ASCII characters only: every drawn cell is
    /// folded to ASCII after drawing (`ui::ascii_fold`).
    pub const fn with_ascii(mut self) -> Theme {
        self.ascii = true;
        self
    }
}
