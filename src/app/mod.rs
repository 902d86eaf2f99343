//! The app's state and everything that changes it. Drawing lives in `ui`
//! and only reads this. Time comes in as a [`Clock`] value, so tests drive
//! the app with fake clocks.

mod coach;
pub mod cramp_now;
mod find;
pub mod hydration;
pub mod keys;
mod topics;
pub mod triage;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

use crate::coach::Clock;
use crate::guide::Guide;
use crate::guide::model::TabBody;
use crate::ui::Theme;
pub use coach::CoachState;
pub use cramp_now::CrampNow;
pub use find::{LastSearch, SearchState};
pub use hydration::HydrationState;
use keys::{Action, Binding, Scope};
pub use topics::TopicsState;
pub use triage::TriageState;

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
    Help {
        scroll: usize,
    },
    /// "Stop the routine?" while a coach session runs.
    ConfirmStop,
}

/// Per-tab state, one variant per tab kind.
#[derive(Debug, Clone)]
pub enum TabState {
    Topics(TopicsState),
    Coach(CoachState),
    Triage(TriageState),
    Hydration(HydrationState),
}

/// Options that change how things are drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// A static, numbers-only coach instead of the breathing animation.
    pub reduced_motion: bool,
}

pub struct App {
    pub guide: Guide,
    pub theme: Theme,
    pub options: Options,
    pub tab: usize,
    pub tabs: Vec<TabState>,
    pub overlay: Option<Overlay>,
    pub cramp: Option<CrampNow>,
    /// The open search line, if any.
    pub search: Option<SearchState>,
    /// The last search jumped from, for n / N and marking matches.
    pub last_search: Option<LastSearch>,
    /// Built on the first search, so start-up does not pay for it.
    index: Option<crate::search::Index>,
    pub history: Vec<Place>,
    /// The terminal's size, as of the last resize.
    pub size: Size,
    /// The disclaimer banner shows until the first key.
    pub show_disclaimer: bool,
    /// A one-line note for the footer (e.g. how long the last cramp lasted).
    pub status: Option<String>,
    /// The time as of the last key or tick; drawing reads it.
    pub now: Clock,
    /// A bell is due (phase change with the bell on); the run loop rings it.
    pub bell_due: bool,
    pub quit: bool,
}

impl App {
    pub fn new(guide: Guide, theme: Theme, size: Size) -> App {
        let tabs = guide
            .tabs
            .iter()
            .map(|tab| match &tab.body {
                TabBody::Topics(_) => TabState::Topics(TopicsState::default()),
                TabBody::Coach(_) => TabState::Coach(CoachState::default()),
                TabBody::Triage(t) => TabState::Triage(TriageState::new(t.signs.len())),
                TabBody::Hydration(plan) => TabState::Hydration(HydrationState::new(plan)),
            })
            .collect();
        App {
            guide,
            theme,
            options: Options::default(),
            tab: 0,
            tabs,
            overlay: None,
            cramp: None,
            search: None,
            last_search: None,
            index: None,
            history: Vec::new(),
            size,
            show_disclaimer: true,
            status: None,
            now: Clock::now(),
            bell_due: false,
            quit: false,
        }
    }

    pub fn resize(&mut self, size: Size) {
        self.size = size;
        self.clamp_scrolls();
    }

    /// The scopes that are live now, most specific first.
    pub fn scopes(&self) -> Vec<Scope> {
        if self.search.is_some() {
            return vec![Scope::Search, Scope::Global];
        }
        match self.overlay {
            Some(Overlay::Help { .. }) => return vec![Scope::Help, Scope::Global],
            Some(Overlay::ConfirmStop) => return vec![Scope::Confirm, Scope::Global],
            None => {}
        }
        if self.cramp.as_ref().is_some_and(|c| c.visible) {
            return vec![Scope::CrampNow, Scope::Global];
        }
        let tab = match &self.tabs[self.tab] {
            TabState::Topics(_) => Scope::Topics,
            TabState::Coach(c) if c.session.is_some() => Scope::CoachSession,
            TabState::Coach(_) => Scope::CoachList,
            TabState::Triage(_) => Scope::Triage,
            TabState::Hydration(_) => Scope::Hydration,
        };
        vec![tab, Scope::Global]
    }

    /// Whether a binding of a live scope applies now: screens that cover the
    /// tabs let only quitting and help through from the global keys, and the
    /// search line none (it has its own).
    pub fn allows(&self, binding: &Binding) -> bool {
        let covered = self.overlay.is_some() || self.cramp.as_ref().is_some_and(|c| c.visible);
        binding.scope != Scope::Global
            || (self.search.is_none() && (!covered || matches!(binding.action, Action::Quit | Action::Help)))
    }

    /// Handles one key press at the real time.
    pub fn handle_key(&mut self, event: KeyEvent) {
        self.handle_key_at(event, Clock::now());
    }

    /// Handles one key press at `now`.
    pub fn handle_key_at(&mut self, event: KeyEvent, now: Clock) {
        // Esc followed quickly by a key reaches us as Alt+key (the terminal
        // cannot tell them apart). Nothing here is bound to Alt, so take it
        // as the two keys it almost always is.
        if event.modifiers == KeyModifiers::ALT
            && let KeyCode::Char(_) = event.code
        {
            self.handle_key_at(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE), now);
            self.handle_key_at(KeyEvent::new(event.code, KeyModifiers::NONE), now);
            return;
        }
        self.tick(now);
        self.show_disclaimer = false;
        if self.search_typing(&event, now) {
            return;
        }
        let scopes = self.scopes();
        let Some((binding, action)) = keys::lookup(&scopes, &event, |b| self.allows(b)) else {
            return;
        };
        self.status = None;
        match (binding.scope, action) {
            (_, Action::Quit) => self.quit = true,
            (Scope::Help, action) => self.help_action(action),
            (Scope::Search, action) => self.search_action(action),
            (Scope::Confirm, action) => self.confirm_action(action, now),
            (Scope::CrampNow, action) => self.cramp_action(action, now),
            (Scope::Topics, action) => {
                if let Some(place) = self.topics_action(action, self.size) {
                    self.go_to(place);
                }
            }
            (Scope::CoachList | Scope::CoachSession, action) => self.coach_action(action, now),
            (Scope::Triage, action) => self.triage_action(action),
            (Scope::Hydration, action) => self.hydration_action(action),
            (_, Action::NextTab) => self.select_tab((self.tab + 1) % self.tabs.len()),
            (_, Action::PrevTab) => self.select_tab((self.tab + self.tabs.len() - 1) % self.tabs.len()),
            (_, Action::JumpTab) => {
                if let Some(n) = keys::digit(&event).filter(|&n| n <= self.tabs.len()) {
                    self.select_tab(n - 1);
                }
            }
            (_, Action::Help) => self.overlay = Some(Overlay::Help { scroll: 0 }),
            (_, Action::Back) => self.go_back(),
            (_, Action::CrampNow) => self.open_cramp(now),
            (_, Action::Search) => self.open_search(),
            (_, Action::NextMatch) => self.next_match(true),
            (_, Action::PrevMatch) => self.next_match(false),
            (_, Action::Close) => {
                self.overlay = None;
                self.last_search = None;
            }
            _ => {}
        }
    }

    /// The next instant the screen changes by itself; None when only a key
    /// can change it.
    pub fn next_wake(&self, now: Clock) -> Option<std::time::Instant> {
        let coach = self.tabs.iter().filter_map(|t| match t {
            TabState::Coach(c) => c.next_change(now, self.anim_steps()),
            _ => None,
        });
        let cramp = self.cramp.as_ref().and_then(|c| c.next_change(now));
        coach.chain(cramp).min()
    }

    /// Brings time-driven state up to `now`; true when the screen changed.
    pub fn tick(&mut self, now: Clock) -> bool {
        self.now = now;
        let mut bell = false;
        for tab in &mut self.tabs {
            if let TabState::Coach(c) = tab {
                bell |= c.update(now);
            }
        }
        self.bell_due |= bell;
        true
    }

    /// Animation steps per coach phase for the current size and options.
    pub fn anim_steps(&self) -> u32 {
        if self.options.reduced_motion { 0 } else { crate::ui::coach::anim_steps(self.size) }
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

    /// Where the person is now.
    pub fn place(&self) -> Place {
        let (item, scroll) = match &self.tabs[self.tab] {
            TabState::Topics(t) => (t.selected, t.scroll),
            TabState::Coach(c) => (c.selected, 0),
            TabState::Triage(t) => (t.selected, 0),
            TabState::Hydration(_) => (0, 0),
        };
        Place { tab: self.tab, item, scroll }
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

    /// Opens the guide at a place (from the command line), without history.
    pub fn open_at(&mut self, place: Place) {
        self.set_place(place);
    }

    fn go_back(&mut self) {
        if let Some(place) = self.history.pop() {
            self.set_place(place);
        }
    }

    fn set_place(&mut self, place: Place) {
        self.tab = place.tab.min(self.tabs.len() - 1);
        let count = self.guide.tabs[self.tab].body.item_count();
        let item = place.item.min(count.saturating_sub(1));
        match &mut self.tabs[self.tab] {
            TabState::Topics(t) => {
                *t = TopicsState { selected: item, scroll: place.scroll, link: 0 };
            }
            TabState::Coach(c) => {
                if c.session.is_none() {
                    c.selected = item;
                }
            }
            TabState::Triage(t) => t.selected = item,
            TabState::Hydration(_) => {}
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
