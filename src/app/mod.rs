//! The app's state and everything that changes it. Drawing lives in `ui`
//! and only reads this; what each screen shows for a size comes from
//! `view`, which key handling reads too. Time comes in as a [`Clock`]
//! value, so tests drive the app with fake clocks.

mod coach;
pub mod cramp_now;
mod cues;
mod current;
mod diary;
mod diary_entry;
mod diary_form;
mod diary_link;
mod drafts;
mod find;
mod help;
pub mod hydration;
mod kept_timer;
pub mod keys;
mod line_edit;
mod paste;
mod place;
mod prefs;
mod screens;
mod tab_keys;
mod topics;
pub mod triage;

use crate::guide::model::Deferred;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

use crate::coach::{Clock, RunState};
use crate::guide::Guide;
use crate::guide::model::{Entry, HydrationPlan, Routine, TabBody, Triage};
use crate::theme::Theme;
use crate::view::Scroll;
pub use coach::CoachState;
pub use cramp_now::{CrampNow, DiscardedCramp, FinishedCramp};
pub use cues::{CueOut, CueState};
pub use current::{Current, TabScreen};
pub use diary::{DiaryState, local_time};
pub use diary_form::{CrampForm, DetailsPrompt, FormRow};
pub use diary_link::{DiaryLink, Loaded};
pub use drafts::{Typed, keep_typed_in};
pub use find::{LastSearch, SearchState};
pub use help::key_groups;
pub use hydration::HydrationState;
use keys::{Action, Binding, Global, Scope};
pub use place::Place;
use tab_keys::Effect;
pub use tab_keys::step_selection;
pub use topics::TopicsState;
pub use triage::TriageState;

/// What covers the tabs, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: Scroll,
    },
    /// "Stop the routine?" while a coach session runs.
    ConfirmStop,
    /// "Stop the routine?" after `q` while a coach session runs: yes quits.
    ConfirmQuit,
    /// After `q` while a cramp is timed: save it, discard it, or stay.
    CrampQuit,
    /// "Throw away what you typed?" after Esc in the diary's form or the
    /// weight field, when something was typed there.
    ConfirmDiscard,
}

/// How long a status note holds the footer when no key comes first.
pub const STATUS_FOR: std::time::Duration = std::time::Duration::from_secs(4);

/// One tab: its content (shared with the guide) and its state, in one
/// slot, one variant per tab kind, so they cannot come apart.
#[derive(Debug, Clone)]
pub enum TabState {
    Topics(Paired<[Entry], TopicsState>),
    Coach(Paired<[Routine], CoachState>),
    Triage(Paired<Triage, TriageState>),
    Hydration(Paired<HydrationPlan, HydrationState>),
    /// The diary, after the guide's tabs when the guide keeps one; its
    /// state is [`App::diary`].
    Diary,
}

/// A tab's content with its state. It reads as its state (`Deref`), which
/// is what most code changes; the content is `content`.
#[derive(Debug)]
pub struct Paired<C: ?Sized, S> {
    pub content: Deferred<C>,
    pub state: S,
}

impl<C: ?Sized, S> Paired<C, S> {
    fn new(content: &Deferred<C>, state: S) -> Paired<C, S> {
        Paired { content: content.clone(), state }
    }
}

impl<C: ?Sized, S: Clone> Clone for Paired<C, S> {
    fn clone(&self) -> Paired<C, S> {
        Paired::new(&self.content, self.state.clone())
    }
}

impl<C: ?Sized, S> std::ops::Deref for Paired<C, S> {
    type Target = S;

    fn deref(&self) -> &S {
        &self.state
    }
}

impl<C: ?Sized, S> std::ops::DerefMut for Paired<C, S> {
    fn deref_mut(&mut self) -> &mut S {
        &mut self.state
    }
}

impl TabState {
    /// The scroll position of the tab's scrollable pane, if it has one.
    pub fn scroll(&self) -> Option<Scroll> {
        match self {
            TabState::Topics(t) => Some(t.scroll),
            TabState::Coach(c) => Some(c.shown_scroll()),
            TabState::Triage(t) => Some(t.scroll),
            TabState::Hydration(h) => Some(h.scroll),
            TabState::Diary => None,
        }
    }

    fn scroll_mut(&mut self) -> Option<&mut Scroll> {
        match self {
            TabState::Topics(t) => Some(&mut t.scroll),
            TabState::Coach(c) => Some(c.shown_scroll_mut()),
            TabState::Triage(t) => Some(&mut t.scroll),
            TabState::Hydration(h) => Some(&mut h.scroll),
            TabState::Diary => None,
        }
    }
}

/// Options that change how things are drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// A still breathing shape instead of the moving one.
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
    /// The cramp timer just discarded, while `u` can bring it back.
    pub cramp_undo: Option<DiscardedCramp>,
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
    /// The coach tab whose routine a question paused, to go on after it.
    paused_for_question: Option<usize>,
    /// A one-line note for the footer (e.g. how long the last cramp lasted):
    /// it gives the footer back at the next key or at `status_until`.
    pub status: Option<String>,
    pub status_until: Option<std::time::Instant>,
    /// The cramp diary: opened on first need, never before the first frame.
    pub diary: DiaryState,
    /// The time as of the last key or tick; drawing reads it.
    pub now: Clock,
    /// A bell is due (phase change with the bell on); the run loop rings it.
    pub bell_due: bool,
    /// Spoken cues: the run loop takes them with [`App::take_cue`].
    pub cues: CueState,
    pub quit: bool,
}

impl App {
    pub fn new(guide: Guide, theme: Theme, size: Size) -> App {
        let mut tabs: Vec<TabState> = guide
            .tabs
            .iter()
            .map(|tab| match &tab.body {
                TabBody::Topics(entries) => TabState::Topics(Paired::new(entries, TopicsState::default())),
                TabBody::Coach(routines) => TabState::Coach(Paired::new(routines, CoachState::default())),
                TabBody::Triage(t) => TabState::Triage(Paired::new(t, TriageState::default())),
                TabBody::Hydration(plan) => {
                    let mut state = HydrationState::new(plan);
                    // The guide's language says which unit comes first.
                    state.unit = match guide.locale.weight_unit.as_str() {
                        "kg" => hydration::Unit::Kg,
                        "st" => hydration::Unit::St,
                        _ => hydration::Unit::Lb,
                    };
                    TabState::Hydration(Paired::new(plan, state))
                }
            })
            .collect();
        if guide.diary.is_some() {
            tabs.push(TabState::Diary);
        }
        App {
            guide,
            theme,
            options: Options::default(),
            tab: 0,
            tabs,
            overlay: None,
            cramp: None,
            cramp_undo: None,
            search: None,
            last_search: None,
            index: None,
            history: Vec::new(),
            size,
            show_disclaimer: true,
            paused_for_question: None,
            status: None,
            status_until: None,
            // No data directory until one is given: nothing is ever written.
            diary: DiaryState::new(DiaryLink::new(None)),
            now: Clock::now(),
            bell_due: false,
            cues: CueState::default(),
            quit: false,
        }
    }

    /// Keeps the diary and preferences in `dir` (read only when needed).
    pub fn set_data_dir(&mut self, dir: Option<std::path::PathBuf>) {
        self.diary = DiaryState::new(DiaryLink::new(dir));
    }

    /// The titles of the tabs in the tab bar: the guide's, then the diary.
    pub fn tab_titles(&self) -> Vec<&str> {
        let mut titles: Vec<&str> = self.guide.tabs.iter().map(|t| t.title.as_str()).collect();
        if self.tabs.len() > titles.len() {
            titles.push(self.guide.ui.tabs.diary.get());
        }
        titles
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
            Some(Overlay::ConfirmStop | Overlay::ConfirmQuit | Overlay::ConfirmDiscard) => {
                return vec![Scope::Confirm, Scope::Global];
            }
            Some(Overlay::CrampQuit) => return vec![Scope::CrampQuit, Scope::Global],
            None => {}
        }
        if self.diary.prompt.is_some() {
            return vec![Scope::DiaryDetails, Scope::Global];
        }
        if self.diary.form.is_some() {
            return vec![Scope::DiaryForm, Scope::Global];
        }
        if self.cramp.as_ref().is_some_and(|c| c.visible) {
            return vec![Scope::CrampNow, Scope::Global];
        }
        let tab = match &self.tabs[self.tab] {
            TabState::Topics(_) => Scope::Topics,
            TabState::Coach(c) if c.session.is_some() => Scope::CoachSession,
            TabState::Coach(_) => Scope::CoachList,
            TabState::Triage(_) => Scope::Triage,
            TabState::Hydration(h) if h.editing.is_some() => Scope::WeightField,
            TabState::Hydration(_) => Scope::Hydration,
            TabState::Diary if self.diary.viewing.is_some() => Scope::DiaryEntry,
            TabState::Diary => Scope::Diary,
        };
        match self.cramp_undo {
            Some(_) => vec![Scope::CrampUndo, tab, Scope::Global],
            None => vec![tab, Scope::Global],
        }
    }

    /// Whether a binding of a live scope applies now. Enter opens a related
    /// entry only while one is chosen; see [`App::global_allows`] for the
    /// keys that work everywhere.
    pub fn allows(&self, binding: &Binding) -> bool {
        if binding.scope == Scope::Topics && binding.action == Action::Follow {
            return matches!(&self.tabs[self.tab], TabState::Topics(t) if t.link.is_some());
        }
        if binding.scope == Scope::Diary && !self.diary_allows(binding.action) {
            return false;
        }
        if binding.scope == Scope::DiaryForm && !self.form_allows(binding.action) {
            return false;
        }
        if binding.action == Action::Dismiss && self.concerns().is_empty() {
            return false;
        }
        match binding.action {
            Action::Global(action) if binding.scope == Scope::Global => self.global_allows(action),
            _ => true,
        }
    }

    /// Which keys that work everywhere get past what is on screen: none
    /// past the search line (it has its own); only Ctrl-c past a field
    /// being typed in (a letter is a letter there) and past a question
    /// (it wants its answer); quitting and help past help and the quick
    /// details; every one past the cramp screen, so it is never a dead end.
    fn global_allows(&self, action: Global) -> bool {
        match self.scopes().first() {
            Some(Scope::Search) => false,
            Some(Scope::WeightField | Scope::DiaryForm | Scope::Confirm | Scope::CrampQuit) => action == Global::Quit,
            Some(Scope::Help | Scope::DiaryDetails) => matches!(action, Global::Quit | Global::QuitAsks | Global::Help),
            _ => true,
        }
    }

    /// Whether a coach routine is under way on any tab.
    pub fn routine_running(&self) -> bool {
        self.tabs.iter().any(|t| matches!(t, TabState::Coach(c) if c.is_running()))
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
        self.input_at(now, |app| {
            // A question over a field takes its answer; nothing is typed under it.
            let asked = app.overlay.is_some();
            if !app.search_typing(&event, now) && (asked || (!app.weight_typing(&event) && !app.diary_typing(&event))) {
                app.dispatch(&event, now);
            }
        });
    }

    /// What every key and paste does around its own work: the clock moves
    /// on, the banner and the footer's note go, the undo of a discarded
    /// timer lasts until the next one, and scrolls are fitted afterwards.
    fn input_at(&mut self, now: Clock, work: impl FnOnce(&mut App)) {
        self.tick(now);
        self.show_disclaimer = false;
        // Any key gives the footer back; a key may set a new note.
        self.status = None;
        // The undo of a discarded cramp timer lasts as long as its note:
        // until the next key (which may be `u`, or may discard another).
        let undo_offered = self.cramp_undo.is_some();
        work(self);
        if undo_offered {
            self.cramp_undo = None;
        }
        self.status_until = self.status.as_ref().map(|_| now.mono + STATUS_FOR);
        // After a change the diary is read again for the screen showing it.
        self.shown();
        // A key changes the text of the tab on screen at most (the banner
        // going changes every pane's size: each tab's scroll is clamped when
        // it comes on screen).
        self.clamp_scrolls();
    }

    fn dispatch(&mut self, event: &KeyEvent, now: Clock) {
        let scopes = self.scopes();
        let Some((binding, action)) = keys::lookup(&scopes, event, |b| self.allows(b)) else {
            return;
        };
        let action = match action {
            Action::Global(action) => return self.global_action(action, event, now),
            action => action,
        };
        match binding.scope {
            // The global scope binds only app-wide actions (a test in
            // `keys` holds the table to it).
            Scope::Global => {}
            Scope::Help => self.help_action(action),
            Scope::Search => self.search_action(action),
            Scope::Confirm => self.confirm_action(action, now),
            Scope::CrampQuit => self.cramp_quit_action(action, now),
            Scope::CrampUndo => self.undo_discard(),
            Scope::CrampNow => self.cramp_action(action, now),
            Scope::Diary => self.diary_action(action, now),
            Scope::DiaryForm => self.form_action(action, now),
            Scope::DiaryDetails => self.prompt_action(action),
            Scope::DiaryEntry => self.entry_action(action, now),
            Scope::Triage if action == Action::Dismiss => self.dismiss_concerns(),
            Scope::Topics
            | Scope::CoachList
            | Scope::CoachSession
            | Scope::Triage
            | Scope::Hydration
            | Scope::WeightField => self.tab_action(action, now),
        }
    }

    /// A key that works from anywhere.
    fn global_action(&mut self, action: Global, event: &KeyEvent, now: Clock) {
        // Moving elsewhere from the cramp screen hides it; its timer runs on.
        if action.moves_away() {
            self.hide_cramp();
        }
        match action {
            Global::Quit => {
                self.keep_drafts();
                self.quit = true;
            }
            Global::QuitAsks => self.ask_before_quitting(now),
            Global::NextTab => self.select_tab((self.tab + 1) % self.tabs.len()),
            Global::PrevTab => self.select_tab((self.tab + self.tabs.len() - 1) % self.tabs.len()),
            Global::JumpTab => {
                if let Some(n) = keys::digit(event).filter(|&n| n <= self.tabs.len()) {
                    self.select_tab(n - 1);
                }
            }
            Global::Help => self.overlay = Some(Overlay::Help { scroll: Scroll::default() }),
            Global::Back => self.go_back(),
            Global::CrampNow => self.open_cramp(now),
            Global::Search => self.open_search(),
            Global::NextMatch => self.next_match(true),
            Global::PrevMatch => self.next_match(false),
            Global::Close => {
                self.overlay = None;
                self.last_search = None;
            }
        }
    }

    /// A key of the current tab, handled by its state with its content.
    fn tab_action(&mut self, action: Action, now: Clock) {
        let extent = self.scroll_extent(self.tab).unwrap_or_default();
        let effect = match self.current_mut() {
            current::CurrentMut::Topics(entries, state) => state.act(entries, action, extent),
            current::CurrentMut::Coach(routines, ui, state) => state.act(routines, ui, action, extent, now),
            current::CurrentMut::Triage(triage, state) => state.act(triage, action, extent),
            current::CurrentMut::Hydration(plan, state) => state.act(plan, action, extent),
            current::CurrentMut::Diary => Effect::None,
        };
        self.remember_preference(action);
        if matches!(action, Action::StartRoutine | Action::Restart) {
            self.hold_for_cautions(now);
        }
        if matches!(action, Action::NextLink | Action::PrevLink) {
            self.scroll_link_into_view();
        }
        match effect {
            Effect::None => {}
            Effect::Open(id) => {
                if let Some(place) = self.place_of(&id) {
                    self.go_to(place);
                }
            }
            Effect::ConfirmStop => self.ask(Overlay::ConfirmStop, now),
            Effect::ConfirmDiscard => self.ask(Overlay::ConfirmDiscard, now),
            Effect::RoutineEnded => {
                let again = keys::key_label(Scope::CoachSession, Action::Restart);
                self.status = Some(self.guide.ui.coach.routine_ended.fill(&[("again", &again)]));
            }
        }
    }

    /// Holds a session that has just started in the current tab, paused in
    /// its lead-in, when the routine's cautions do not all fit the screen
    /// (they show alone to be read, and scrolled) or take longer to read
    /// than the lead-in lasts: Space starts.
    pub(super) fn hold_for_cautions(&mut self, now: Clock) {
        let body = self.areas(self.size).body;
        let Current::Coach(_, routines, state) = self.current() else {
            return;
        };
        let Some((index, session)) = state.session.as_deref() else {
            return;
        };
        let routine = &routines[*index];
        let fits =
            crate::view::coach_session::lead_in_shows_cautions(routine, session, now.mono, body, self.coach_words());
        let outlast = crate::view::coach_session::cautions_outlast_lead_in(routine, session);
        if session.state() != RunState::Running || (fits && !outlast) {
            return;
        }
        if let TabState::Coach(state) = &mut self.tabs[self.tab]
            && let Some((_, session)) = state.session.as_deref_mut()
        {
            session.toggle_pause(now.mono);
        }
    }

    /// The next instant the screen changes by itself; None when only a key
    /// can change it.
    pub fn next_wake(&self, now: Clock) -> Option<std::time::Instant> {
        let coach = self.tabs.iter().enumerate().filter_map(|(i, t)| match t {
            TabState::Coach(c) => {
                c.next_change(now, |kind| if self.coach_in_sight(i) { self.anim_steps(kind) } else { 0 })
            }
            _ => None,
        });
        let cramp = self.cramp.as_ref().and_then(|c| c.next_change(now));
        let undo = self.cramp_undo.as_ref().map(|u| u.until);
        coach.chain(cramp).chain(undo).chain(self.status_until).min()
    }

    /// Brings time-driven state up to `now`; true when the screen changed.
    pub fn tick(&mut self, now: Clock) -> bool {
        self.now = now;
        if self.status_until.is_some_and(|until| now.mono >= until) {
            self.status = None;
            self.status_until = None;
        }
        if self.cramp_undo.as_ref().is_some_and(|u| now.mono >= u.until) {
            self.cramp_undo = None;
        }
        let mut bell = false;
        for tab in &mut self.tabs {
            if let TabState::Coach(c) = tab {
                bell |= c.update(now);
            }
        }
        self.bell_due |= bell;
        true
    }

    /// Scrolls the topics text so the chosen related entry shows.
    fn scroll_link_into_view(&mut self) {
        let body = self.areas(self.size).body;
        let Current::Topics(_, entries, state) = self.current() else {
            return;
        };
        let screen = self.topics_screen(entries, state, body);
        let (Some(line), Some((_, pane))) = (screen.link_line, screen.detail) else {
            return;
        };
        let extent = pane.extent();
        if let TabState::Topics(state) = &mut self.tabs[self.tab] {
            let top = state.scroll.top();
            if line < top || line >= top + extent.page {
                state.scroll = Scroll::at(line.saturating_sub(extent.page.saturating_sub(1) / 2));
                state.scroll.clamp(extent);
            }
        }
    }

    fn select_tab(&mut self, tab: usize) {
        self.tab = tab;
        self.shown();
    }
}
