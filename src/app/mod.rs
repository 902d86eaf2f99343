//! The app's state and everything that changes it. Drawing lives in `ui`
//! and only reads this.

pub mod keys;
mod topics;

use crossterm::event::KeyEvent;
use ratatui::layout::Size;

use crate::guide::Guide;
use crate::guide::model::TabBody;
use crate::ui::Theme;
use keys::{Action, Scope};
pub use topics::TopicsState;

/// A place in the guide, for going back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub tab: usize,
    pub item: usize,
    pub scroll: usize,
}

/// What covers the tabs, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: usize },
}

/// Per-tab state, one variant per tab kind.
#[derive(Debug, Clone, PartialEq)]
pub enum TabState {
    Topics(TopicsState),
    /// Kinds whose screens only list items.
    Plain { selected: usize },
}

pub struct App {
    pub guide: Guide,
    pub theme: Theme,
    pub tab: usize,
    pub tabs: Vec<TabState>,
    pub overlay: Option<Overlay>,
    pub history: Vec<Place>,
    /// The terminal's size, as of the last resize.
    pub size: Size,
    /// The disclaimer banner shows until the first key.
    pub show_disclaimer: bool,
    pub quit: bool,
}

impl App {
    pub fn new(guide: Guide, theme: Theme, size: Size) -> App {
        let tabs = guide
            .tabs
            .iter()
            .map(|tab| match &tab.body {
                TabBody::Topics(_) => TabState::Topics(TopicsState::default()),
                _ => TabState::Plain { selected: 0 },
            })
            .collect();
        App {
            guide,
            theme,
            tab: 0,
            tabs,
            overlay: None,
            history: Vec::new(),
            size,
            show_disclaimer: true,
            quit: false,
        }
    }

    /// The next instant the screen changes by itself; None when only a key can change it.
    pub fn next_wake(&self) -> Option<std::time::Instant> {
        None
    }

    /// Brings time-driven state up to now; true when the screen changed.
    pub fn tick(&mut self) -> bool {
        false
    }

    pub fn resize(&mut self, size: Size) {
        self.size = size;
        self.clamp_scrolls();
    }

    /// The scopes that are live now, most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        if let Some(Overlay::Help { .. }) = self.overlay {
            return vec![Scope::Help, Scope::Global];
        }
        let tab = match &self.tabs[self.tab] {
            TabState::Topics(_) => Scope::Topics,
            TabState::Plain { .. } => match self.guide.tabs[self.tab].body {
                TabBody::Coach(_) => Scope::CoachList,
                TabBody::Triage(_) => Scope::Triage,
                TabBody::Hydration(_) => Scope::Hydration,
                TabBody::Topics(_) => Scope::Topics,
            },
        };
        vec![tab, Scope::Global]
    }

    /// Handles one key press.
    pub fn handle_key(&mut self, event: KeyEvent) {
        self.show_disclaimer = false;
        let scopes = self.scopes();
        let Some((binding, action)) = keys::lookup(&scopes, &event) else {
            return;
        };
        match (binding.scope, action) {
            (_, Action::Quit) => self.quit = true,
            (Scope::Help, action) => self.help_action(action),
            (Scope::Topics, action) => {
                let area = self.size;
                if let Some(place) = self.topics_action(action, area) {
                    self.go_to(place);
                }
            }
            (_, Action::NextTab) => self.select_tab((self.tab + 1) % self.tabs.len()),
            (_, Action::PrevTab) => self.select_tab((self.tab + self.tabs.len() - 1) % self.tabs.len()),
            (_, Action::JumpTab) => {
                if let Some(n) = keys::digit(&event).filter(|&n| n <= self.tabs.len()) {
                    self.select_tab(n - 1);
                }
            }
            (_, Action::Help) => self.overlay = Some(Overlay::Help { scroll: 0 }),
            (_, Action::Back) => self.go_back(),
            (_, Action::Close) => self.overlay = None,
            (Scope::CoachList | Scope::Triage, action) => self.plain_list_action(action),
            _ => {}
        }
    }

    fn select_tab(&mut self, tab: usize) {
        self.tab = tab;
        self.clamp_scrolls();
    }

    fn help_action(&mut self, action: Action) {
        let (lines, page) = crate::ui::help::metrics(self, self.size);
        let max = lines.saturating_sub(page);
        let Some(Overlay::Help { scroll }) = &mut self.overlay else {
            return;
        };
        *scroll = match action {
            Action::Down => *scroll + 1,
            Action::Up => scroll.saturating_sub(1),
            Action::PageDown => *scroll + page.max(1),
            Action::PageUp => scroll.saturating_sub(page.max(1)),
            Action::Close => {
                self.overlay = None;
                return;
            }
            _ => *scroll,
        }
        .min(max);
    }

    fn plain_list_action(&mut self, action: Action) {
        let count = self.guide.tabs[self.tab].body.item_count();
        if let TabState::Plain { selected } = &mut self.tabs[self.tab] {
            *selected = step_selection(*selected, count, action);
        }
    }

    /// Where the person is now.
    pub fn place(&self) -> Place {
        match &self.tabs[self.tab] {
            TabState::Topics(t) => Place {
                tab: self.tab,
                item: t.selected,
                scroll: t.scroll,
            },
            TabState::Plain { selected } => Place {
                tab: self.tab,
                item: *selected,
                scroll: 0,
            },
        }
    }

    /// Moves to a place, remembering the current one for Backspace.
    pub fn go_to(&mut self, place: Place) {
        let here = self.place();
        if here != place {
            self.history.push(here);
            if self.history.len() > 100 {
                self.history.remove(0);
            }
        }
        self.set_place(place);
    }

    fn go_back(&mut self) {
        if let Some(place) = self.history.pop() {
            self.set_place(place);
        }
    }

    fn set_place(&mut self, place: Place) {
        self.tab = place.tab.min(self.tabs.len() - 1);
        match &mut self.tabs[self.tab] {
            TabState::Topics(t) => {
                t.selected = place.item;
                t.scroll = place.scroll;
                t.link = 0;
            }
            TabState::Plain { selected } => *selected = place.item,
        }
        self.clamp_scrolls();
    }
}

/// Moves a list selection for the common list actions.
pub fn step_selection(selected: usize, count: usize, action: Action) -> usize {
    let last = count.saturating_sub(1);
    match action {
        Action::Down => (selected + 1).min(last),
        Action::Up => selected.saturating_sub(1),
        Action::First => 0,
        Action::Last => last,
        _ => selected.min(last),
    }
}
