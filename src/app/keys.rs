//! The one key table: it drives dispatch, the footer hints and the help
//! overlay, so help can never disagree with behaviour.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::guide::ui_text::UiText;

/// Declares [`Scope`] and [`Scope::ALL`] from one list, so help (which
/// lists the scopes' keys in this order) cannot miss one or list it twice.
macro_rules! scopes {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// Where a binding applies. The most specific scope that is active
        /// wins. Help lists the keys scope by scope, in this order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Scope {
            $($(#[$doc])* $name,)*
        }

        impl Scope {
            /// Every scope, in the order help lists them.
            pub const ALL: &[Scope] = &[$(Scope::$name,)*];
        }
    };
}

scopes! {
    /// Everywhere (unless an overlay or text input takes the key first).
    Global,
    /// A topics tab.
    Topics,
    /// A coach tab, choosing a routine.
    CoachList,
    /// A coach tab, a session under way.
    CoachSession,
    /// A triage tab.
    Triage,
    /// A hydration tab.
    Hydration,
    /// The water plan's weight field, while it is open.
    WeightField,
    /// The Diary tab.
    Diary,
    /// One cramp of the diary in full.
    DiaryEntry,
    /// Adding or editing a cramp in the diary.
    DiaryForm,
    /// The quick details asked after a cramp is saved.
    DiaryDetails,
    /// The "cramp right now" screen.
    CrampNow,
    /// A discarded cramp timer, while its undo is offered.
    CrampUndo,
    /// The search line.
    Search,
    /// The help overlay.
    Help,
    /// A yes/no question.
    Confirm,
    /// Quitting while a cramp is timed: save it, discard it or stay.
    CrampQuit,
}

impl Scope {
    /// The heading of the scope's keys in help.
    pub fn heading(self, ui: &UiText) -> &str {
        let ui = &ui.keys;
        match self {
            Scope::Global => &ui.global_heading,
            Scope::Topics => &ui.topics_heading,
            Scope::CoachList => &ui.coach_list_heading,
            Scope::CoachSession => &ui.coach_session_heading,
            Scope::Triage => &ui.triage_heading,
            Scope::Hydration => &ui.hydration_heading,
            Scope::WeightField => &ui.weight_field_heading,
            Scope::CrampNow => &ui.cramp_now_heading,
            Scope::Help => &ui.help_heading,
            Scope::Search => &ui.search_heading,
            Scope::Confirm => &ui.confirm_heading,
            Scope::CrampQuit => &ui.cramp_quit_heading,
            Scope::CrampUndo => &ui.cramp_undo_heading,
            Scope::Diary => &ui.diary_heading,
            Scope::DiaryForm => &ui.diary_form_heading,
            Scope::DiaryDetails => &ui.diary_details_heading,
            Scope::DiaryEntry => &ui.diary_entry_heading,
        }
        .get()
    }
}

/// What a key can ask of the app from anywhere: the global scope binds
/// only these, and the search line's Ctrl-c is one too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Global {
    /// Quit at once (Ctrl-C).
    Quit,
    /// Quit, asking first while a coach routine runs (q).
    QuitAsks,
    NextTab,
    PrevTab,
    /// Jump to the tab of the digit pressed.
    JumpTab,
    Back,
    Help,
    /// Esc: the marks of the last search go.
    Close,
    Search,
    NextMatch,
    PrevMatch,
    CrampNow,
}

impl Global {
    /// Whether the action takes the person elsewhere, so the cramp screen,
    /// if shown, steps aside (its timer runs on).
    pub fn moves_away(self) -> bool {
        match self {
            Global::NextTab
            | Global::PrevTab
            | Global::JumpTab
            | Global::Back
            | Global::Search
            | Global::NextMatch
            | Global::PrevMatch => true,
            Global::Quit | Global::QuitAsks | Global::Help | Global::Close | Global::CrampNow => false,
        }
    }
}

/// Everything a key can ask for: an app-wide action, or one of a scope's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Global(Global),
    Up,
    Down,
    First,
    Last,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    NextLink,
    PrevLink,
    Follow,
    Close,
    // coach
    StartRoutine,
    TogglePause,
    SkipPhase,
    StepBack,
    Restart,
    StopRoutine,
    ToggleBell,
    ToggleCues,
    // triage
    Tick,
    ClearTicks,
    /// Set aside what the check weighs beyond its ticks (a long cramp).
    Dismiss,
    ToggleMotion,
    // hydration
    WeightUp,
    WeightDown,
    ToggleUnit,
    EditWeight,
    // cramp-now
    CrampStopped,
    Discard,
    // confirm
    Yes,
    No,
    // diary
    AddCramp,
    EditCramp,
    DeleteCramp,
    Undo,
    Export,
    Save,
    // the search line
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    DeleteBack,
    DeleteForward,
    DeleteToStart,
    DeleteWord,
}

/// A key and the modifiers that must be held with it. Shift is ignored for
/// characters (it is already in the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn key(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}
const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}
const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: true }
}

impl Key {
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let code = match event.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            code => code,
        };
        code == self.code && ctrl == self.ctrl
    }
}

/// One row of the key table.
#[derive(Debug)]
pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    /// How the keys are written in help and the footer.
    pub label: &'static str,
    pub action: Action,
    /// Names its texts in the guide's `[ui.keys]`: `<id>_help`, what it
    /// does for help; `<id>_hint` and `<id>_hint_short`, its word in the
    /// footer and the shorter one for a narrow footer.
    pub id: &'static str,
    /// Whether the binding belongs in the footer.
    pub hint: bool,
}

const fn bind(
    scope: Scope,
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    id: &'static str,
    hint: bool,
) -> Binding {
    Binding { scope, keys, label, action, id, hint }
}

impl Binding {
    /// What the binding does, for help.
    pub fn help<'a>(&self, ui: &'a UiText) -> &'a str {
        self.text(ui, "help")
    }

    /// The footer's word for the binding, and its shorter form; `None`
    /// when the binding is not one for the footer.
    pub fn hint<'a>(&self, ui: &'a UiText) -> Option<(&'a str, &'a str)> {
        self.hint.then(|| (self.text(ui, "hint"), self.text(ui, "hint_short")))
    }

    /// The text `<id>_<what>` of `[ui.keys]` (a test sees every one there).
    fn text<'a>(&self, ui: &'a UiText, what: &str) -> &'a str {
        ui.slot("keys", &format!("{}_{what}", self.id)).map_or("", |t| t.get())
    }
}

use Action as A;
use Global as G;
use KeyCode as K;
use Scope as S;

const DIGITS: [Key; 10] = [ch('1'), ch('2'), ch('3'), ch('4'), ch('5'), ch('6'), ch('7'), ch('8'), ch('9'), ch('0')];

/// The key table. Order matters within a scope: the footer shows hints in
/// this order, and the first matching row wins.
pub static KEYS: &[Binding] = &[
    // The search line takes typing; these are its only keys.
    bind(S::Search, &[key(K::Enter)], "Enter", A::Follow, "search_follow", true),
    bind(S::Search, &[key(K::Down), ctrl('n')], "↓ Ctrl-n", A::Down, "search_down", false),
    bind(S::Search, &[key(K::Up), ctrl('p')], "↑ Ctrl-p", A::Up, "search_up", false),
    bind(S::Search, &[key(K::Left)], "←", A::CursorLeft, "search_cursor_left", false),
    bind(S::Search, &[key(K::Right)], "→", A::CursorRight, "search_cursor_right", false),
    bind(S::Search, &[key(K::Home), ctrl('a')], "Home Ctrl-a", A::CursorHome, "search_cursor_home", false),
    bind(S::Search, &[key(K::End), ctrl('e')], "End Ctrl-e", A::CursorEnd, "search_cursor_end", false),
    bind(S::Search, &[key(K::Backspace)], "Backspace", A::DeleteBack, "search_delete_back", false),
    bind(S::Search, &[key(K::Delete)], "Delete", A::DeleteForward, "search_delete_forward", false),
    bind(S::Search, &[ctrl('w')], "Ctrl-w", A::DeleteWord, "search_delete_word", false),
    bind(S::Search, &[ctrl('u')], "Ctrl-u", A::DeleteToStart, "search_delete_to_start", true),
    bind(S::Search, &[key(K::Esc)], "Esc", A::Close, "search_close", true),
    bind(S::Search, &[ctrl('c')], "Ctrl-c", A::Global(G::Quit), "search_quit", true),
    bind(S::Confirm, &[ch('y'), key(K::Enter)], "y Enter", A::Yes, "confirm_yes", true),
    bind(S::Confirm, &[ch('n'), key(K::Esc)], "n Esc", A::No, "confirm_no", true),
    bind(S::CrampQuit, &[ch('s')], "s", A::CrampStopped, "cramp_quit_cramp_stopped", true),
    bind(S::CrampQuit, &[ch('x')], "x", A::Discard, "cramp_quit_discard", true),
    bind(S::CrampQuit, &[ch('n'), key(K::Esc)], "n Esc", A::No, "cramp_quit_no", true),
    bind(S::CrampUndo, &[ch('u')], "u", A::Undo, "cramp_undo_undo", true),
    bind(S::Help, &[key(K::Down), ch('j')], "↓ j", A::Down, "help_down", false),
    bind(S::Help, &[key(K::Up), ch('k')], "↑ k", A::Up, "help_up", false),
    bind(S::Help, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "help_page_down", false),
    bind(S::Help, &[key(K::PageUp)], "PgUp", A::PageUp, "help_page_up", false),
    bind(S::Help, &[key(K::Home), ch('g')], "Home g", A::First, "help_first", false),
    bind(S::Help, &[key(K::End), ch('G')], "End G", A::Last, "help_last", false),
    bind(S::Help, &[key(K::Esc), ch('q'), ch('?'), key(K::F(1))], "Esc q ? F1", A::Close, "help_close", true),
    bind(S::CrampNow, &[ch('s')], "s", A::CrampStopped, "cramp_now_cramp_stopped", true),
    bind(S::CrampNow, &[key(K::Enter), ch('c')], "Enter c", A::StartRoutine, "cramp_now_start_routine", true),
    bind(S::CrampNow, &[key(K::Esc)], "Esc", A::Close, "cramp_now_close", true),
    bind(S::CrampNow, &[ch('x')], "x", A::Discard, "cramp_now_discard", true),
    bind(S::CrampNow, &[key(K::Down), ch('j')], "↓ j", A::Down, "cramp_now_down", false),
    bind(S::CrampNow, &[key(K::Up), ch('k')], "↑ k", A::Up, "cramp_now_up", false),
    bind(S::CrampNow, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "cramp_now_page_down", true),
    bind(S::CrampNow, &[key(K::PageUp)], "PgUp", A::PageUp, "cramp_now_page_up", false),
    bind(S::CrampNow, &[key(K::Home), ch('g')], "Home g", A::First, "cramp_now_first", false),
    bind(S::CrampNow, &[key(K::End), ch('G')], "End G", A::Last, "cramp_now_last", false),
    bind(S::CoachSession, &[ch(' ')], "Space", A::TogglePause, "coach_session_toggle_pause", true),
    bind(S::CoachSession, &[key(K::Esc)], "Esc", A::StopRoutine, "coach_session_stop_routine", true),
    bind(S::CoachSession, &[ch('n')], "n", A::SkipPhase, "coach_session_skip_phase", true),
    bind(S::CoachSession, &[ch('p'), ch('b')], "p b", A::StepBack, "coach_session_step_back", true),
    bind(S::CoachSession, &[ch('r')], "r", A::Restart, "coach_session_restart", true),
    bind(S::CoachSession, &[ch('m')], "m", A::ToggleBell, "coach_session_toggle_bell", true),
    bind(S::CoachSession, &[ch('c')], "c", A::ToggleCues, "coach_session_toggle_cues", false),
    bind(S::CoachSession, &[ch('v')], "v", A::ToggleMotion, "coach_session_toggle_motion", false),
    bind(S::CoachSession, &[key(K::Down), ch('j')], "↓ j", A::Down, "coach_session_down", false),
    bind(S::CoachSession, &[key(K::Up), ch('k')], "↑ k", A::Up, "coach_session_up", false),
    bind(S::CoachSession, &[key(K::PageDown)], "PgDn", A::PageDown, "coach_session_page_down", false),
    bind(S::CoachSession, &[key(K::PageUp)], "PgUp", A::PageUp, "coach_session_page_up", false),
    bind(S::CoachList, &[key(K::Down), ch('j')], "↓ j", A::Down, "coach_list_down", false),
    bind(S::CoachList, &[key(K::Up), ch('k')], "↑ k", A::Up, "coach_list_up", false),
    bind(S::CoachList, &[key(K::Home), ch('g')], "Home g", A::First, "coach_list_first", false),
    bind(S::CoachList, &[key(K::End), ch('G')], "End G", A::Last, "coach_list_last", false),
    bind(S::CoachList, &[key(K::Enter)], "Enter", A::StartRoutine, "coach_list_start_routine", true),
    bind(S::CoachList, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "coach_list_page_down", true),
    bind(S::CoachList, &[key(K::PageUp)], "PgUp", A::PageUp, "coach_list_page_up", false),
    bind(S::CoachList, &[ch('m')], "m", A::ToggleBell, "coach_list_toggle_bell", true),
    bind(S::CoachList, &[ch('c')], "c", A::ToggleCues, "coach_list_toggle_cues", false),
    bind(S::CoachList, &[ch('v')], "v", A::ToggleMotion, "coach_list_toggle_motion", false),
    // The add/edit form and the quick details take typing; these are their keys.
    bind(S::DiaryForm, &[key(K::Enter)], "Enter", A::Save, "diary_form_save", true),
    bind(S::DiaryForm, &[key(K::Down), key(K::Tab)], "↓ Tab", A::Down, "diary_form_down", true),
    bind(S::DiaryForm, &[key(K::Up), key(K::BackTab)], "↑ Shift-Tab", A::Up, "diary_form_up", false),
    bind(S::DiaryForm, &[key(K::Right)], "→", A::NextLink, "diary_form_next_link", false),
    bind(S::DiaryForm, &[key(K::Left)], "←", A::PrevLink, "diary_form_prev_link", false),
    // On a text row (not a detail), ← and → move the cursor.
    bind(S::DiaryForm, &[key(K::Left)], "←", A::CursorLeft, "diary_form_cursor_left", false),
    bind(S::DiaryForm, &[key(K::Right)], "→", A::CursorRight, "diary_form_cursor_right", false),
    bind(S::DiaryForm, &[key(K::Home), ctrl('a')], "Home Ctrl-a", A::CursorHome, "diary_form_cursor_home", false),
    bind(S::DiaryForm, &[key(K::End), ctrl('e')], "End Ctrl-e", A::CursorEnd, "diary_form_cursor_end", false),
    bind(S::DiaryForm, &[key(K::Delete)], "Delete", A::DeleteForward, "diary_form_delete_forward", false),
    bind(S::DiaryForm, &[ctrl('w')], "Ctrl-w", A::DeleteWord, "diary_form_delete_word", false),
    bind(S::DiaryForm, &[ctrl('u')], "Ctrl-u", A::DeleteToStart, "diary_form_delete_to_start", false),
    bind(S::DiaryForm, &[key(K::Esc)], "Esc", A::Close, "diary_form_close", true),
    bind(S::DiaryDetails, &[key(K::Enter)], "Enter", A::Save, "diary_details_save", true),
    bind(S::DiaryDetails, &[key(K::Esc)], "Esc", A::Close, "diary_details_close", true),
    bind(S::Diary, &[key(K::Down), ch('j')], "↓ j", A::Down, "diary_down", false),
    bind(S::Diary, &[key(K::Up), ch('k')], "↑ k", A::Up, "diary_up", false),
    bind(S::Diary, &[key(K::Home), ch('g')], "Home g", A::First, "diary_first", false),
    bind(S::Diary, &[key(K::End), ch('G')], "End G", A::Last, "diary_last", false),
    bind(S::Diary, &[ch('a')], "a", A::AddCramp, "diary_add_cramp", true),
    bind(S::Diary, &[ch('e')], "e", A::EditCramp, "diary_edit_cramp", true),
    bind(S::Diary, &[ch('d')], "d", A::DeleteCramp, "diary_delete_cramp", true),
    bind(S::Diary, &[ch('u')], "u", A::Undo, "diary_undo", true),
    bind(S::Diary, &[ch('x')], "x", A::Export, "diary_export", true),
    bind(S::Triage, &[ch('d')], "d", A::Dismiss, "triage_dismiss", true),
    bind(S::Diary, &[key(K::Enter)], "Enter", A::Follow, "diary_follow", true),
    bind(S::DiaryEntry, &[key(K::Esc), key(K::Enter)], "Esc Enter", A::Close, "diary_entry_close", true),
    bind(S::DiaryEntry, &[ch('e')], "e", A::EditCramp, "diary_entry_edit_cramp", true),
    bind(S::DiaryEntry, &[key(K::Down), ch('j')], "↓ j", A::Down, "diary_entry_down", false),
    bind(S::DiaryEntry, &[key(K::Up), ch('k')], "↑ k", A::Up, "diary_entry_up", false),
    bind(S::DiaryEntry, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "diary_entry_page_down", true),
    bind(S::DiaryEntry, &[key(K::PageUp)], "PgUp", A::PageUp, "diary_entry_page_up", false),
    bind(S::Triage, &[key(K::Down), ch('j')], "↓ j", A::Down, "triage_down", false),
    bind(S::Triage, &[key(K::Up), ch('k')], "↑ k", A::Up, "triage_up", false),
    bind(S::Triage, &[key(K::Home), ch('g')], "Home g", A::First, "triage_first", false),
    bind(S::Triage, &[key(K::End), ch('G')], "End G", A::Last, "triage_last", false),
    bind(S::Triage, &[ch(' '), key(K::Enter)], "Space Enter", A::Tick, "triage_tick", true),
    bind(S::Triage, &[ch('r')], "r", A::ClearTicks, "triage_clear_ticks", true),
    bind(S::Triage, &[key(K::PageDown)], "PgDn", A::PageDown, "triage_page_down", false),
    bind(S::Triage, &[key(K::PageUp)], "PgUp", A::PageUp, "triage_page_up", false),
    bind(S::Hydration, &[ch('+'), ch('='), key(K::Up), ch('k')], "+ ↑", A::WeightUp, "hydration_weight_up", true),
    bind(S::Hydration, &[ch('-'), key(K::Down), ch('j')], "- ↓", A::WeightDown, "hydration_weight_down", false),
    bind(S::Hydration, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "hydration_page_down", true),
    bind(S::Hydration, &[key(K::PageUp)], "PgUp", A::PageUp, "hydration_page_up", false),
    bind(S::Hydration, &[ch('w')], "w", A::EditWeight, "hydration_edit_weight", true),
    bind(S::Hydration, &[ch('u')], "u", A::ToggleUnit, "hydration_toggle_unit", true),
    bind(S::WeightField, &[key(K::Enter)], "Enter", A::Yes, "weight_field_yes", true),
    bind(S::WeightField, &[key(K::Esc)], "Esc", A::Close, "weight_field_close", true),
    bind(S::WeightField, &[key(K::Left)], "←", A::CursorLeft, "weight_field_cursor_left", false),
    bind(S::WeightField, &[key(K::Right)], "→", A::CursorRight, "weight_field_cursor_right", false),
    bind(S::WeightField, &[key(K::Home), ctrl('a')], "Home Ctrl-a", A::CursorHome, "weight_field_cursor_home", false),
    bind(S::WeightField, &[key(K::End), ctrl('e')], "End Ctrl-e", A::CursorEnd, "weight_field_cursor_end", false),
    bind(S::WeightField, &[key(K::Delete)], "Delete", A::DeleteForward, "weight_field_delete_forward", false),
    bind(S::WeightField, &[ctrl('w')], "Ctrl-w", A::DeleteWord, "weight_field_delete_word", false),
    bind(S::WeightField, &[ctrl('u')], "Ctrl-u", A::DeleteToStart, "weight_field_delete_to_start", false),
    bind(S::Topics, &[key(K::Down), ch('j')], "↓ j", A::Down, "topics_down", true),
    bind(S::Topics, &[key(K::Enter)], "Enter", A::Follow, "topics_follow", true),
    bind(S::Topics, &[key(K::Up), ch('k')], "↑ k", A::Up, "topics_up", false),
    bind(S::Topics, &[key(K::Home), ch('g')], "Home g", A::First, "topics_first", false),
    bind(S::Topics, &[key(K::End), ch('G')], "End G", A::Last, "topics_last", false),
    bind(S::Topics, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "topics_page_down", true),
    bind(S::Topics, &[key(K::PageUp)], "PgUp", A::PageUp, "topics_page_up", false),
    bind(S::Topics, &[ctrl('d')], "Ctrl-d", A::HalfPageDown, "topics_half_page_down", false),
    bind(S::Topics, &[ctrl('u')], "Ctrl-u", A::HalfPageUp, "topics_half_page_up", false),
    bind(S::Topics, &[ch(']')], "]", A::NextLink, "topics_next_link", false),
    bind(S::Topics, &[ch('[')], "[", A::PrevLink, "topics_prev_link", false),
    bind(S::Global, &[ctrl('c')], "Ctrl-c", A::Global(G::Quit), "global_quit", false),
    bind(S::Global, &[key(K::Tab), key(K::Right), ch('l')], "Tab → l", A::Global(G::NextTab), "global_next_tab", true),
    bind(
        S::Global,
        &[key(K::BackTab), key(K::Left), ch('h')],
        "Shift-Tab ← h",
        A::Global(G::PrevTab),
        "global_prev_tab",
        false,
    ),
    bind(S::Global, &DIGITS, "1-9 0", A::Global(G::JumpTab), "global_jump_tab", false),
    bind(S::Global, &[ch('!')], "!", A::Global(G::CrampNow), "global_cramp_now", true),
    bind(S::Global, &[ch('/')], "/", A::Global(G::Search), "global_search", true),
    bind(S::Global, &[ch('n')], "n", A::Global(G::NextMatch), "global_next_match", false),
    bind(S::Global, &[ch('N')], "N", A::Global(G::PrevMatch), "global_prev_match", false),
    bind(S::Global, &[key(K::Backspace)], "Backspace", A::Global(G::Back), "global_back", false),
    bind(S::Global, &[ch('?'), key(K::F(1))], "? F1", A::Global(G::Help), "global_help", true),
    bind(S::Global, &[key(K::Esc)], "Esc", A::Global(G::Close), "global_close", false),
    bind(S::Global, &[ch('q')], "q", A::Global(G::QuitAsks), "global_quit_asks", true),
];

/// Finds the action for a key among the given scopes, most specific first.
/// `allowed` can rule out bindings that do not apply at the moment.
pub fn lookup(
    scopes: &[Scope],
    event: &KeyEvent,
    allowed: impl Fn(&Binding) -> bool,
) -> Option<(&'static Binding, Action)> {
    scopes.iter().find_map(|&scope| {
        KEYS.iter()
            .filter(|b| b.scope == scope && allowed(b))
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| (b, b.action))
    })
}

/// The tab number of a digit key: 1-9, and 0 for the tenth.
pub fn digit(event: &KeyEvent) -> Option<usize> {
    match event.code {
        KeyCode::Char('0') => Some(10),
        KeyCode::Char(c @ '1'..='9') => Some(c as usize - '0' as usize),
        _ => None,
    }
}

/// The bindings of one scope, in table order.
pub fn in_scope(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    KEYS.iter().filter(move |b| b.scope == scope)
}

/// The first key of the binding of `action` in `scope`, as help writes it
/// ("Space"); empty when the scope has no such binding.
pub fn key_label(scope: Scope, action: Action) -> &'static str {
    in_scope(scope).find(|b| b.action == action).map_or("", |b| b.label.split(' ').next().unwrap_or(b.label))
}

/// The first key of an app-wide action, as help writes it.
pub fn global_key(action: Global) -> &'static str {
    key_label(Scope::Global, Action::Global(action))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_global_scope_binds_only_app_wide_actions_and_every_one_of_them() {
        let global: Vec<&Binding> = in_scope(Scope::Global).collect();
        for b in &global {
            assert!(matches!(b.action, Action::Global(_)), "{} is bound everywhere but is not app-wide", b.id);
        }
        use Global as G;
        let all = [
            G::Quit,
            G::QuitAsks,
            G::NextTab,
            G::PrevTab,
            G::JumpTab,
            G::Back,
            G::Help,
            G::Close,
            G::Search,
            G::NextMatch,
            G::PrevMatch,
            G::CrampNow,
        ];
        for action in all {
            assert!(global.iter().any(|b| b.action == Action::Global(action)), "{action:?} has no key everywhere");
        }
    }

    #[test]
    fn every_binding_has_its_words_in_the_ui_text_and_every_key_text_a_binding() {
        let ui = UiText::english();
        let mut named: Vec<String> = Vec::new();
        for b in KEYS {
            let mut texts = vec![format!("{}_help", b.id)];
            if b.hint {
                texts.extend([format!("{}_hint", b.id), format!("{}_hint_short", b.id)]);
            }
            for t in texts {
                assert!(ui.slot("keys", &t).is_some_and(|t| !t.get().is_empty()), "no ui.keys.{t}");
                assert!(!named.contains(&t), "two bindings name ui.keys.{t}");
                named.push(t);
            }
        }
        for (group, key) in UiText::KEYS.iter().filter(|(g, _)| *g == "keys") {
            let own = key.ends_with("_heading") || key.ends_with("_note");
            assert!(own || named.iter().any(|n| n == key), "ui.{group}.{key} belongs to no binding");
        }
    }
}
