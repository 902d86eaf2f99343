//! The one key table: it drives dispatch, the footer hints and the help
//! overlay, so help can never disagree with behaviour.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies. The most specific scope that is active wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
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
    /// The "cramp right now" screen.
    CrampNow,
    /// The help overlay.
    Help,
    /// The search line.
    Search,
    /// A yes/no question.
    Confirm,
    /// Quitting while a cramp is timed: save it, discard it or stay.
    CrampQuit,
    /// A discarded cramp timer, while its undo is offered.
    CrampUndo,
    /// The Diary tab.
    Diary,
    /// Adding or editing a cramp in the diary.
    DiaryForm,
    /// The quick details asked after a cramp is saved.
    DiaryDetails,
    /// One cramp of the diary in full.
    DiaryEntry,
}

impl Scope {
    pub fn heading(self) -> &'static str {
        match self {
            Scope::Global => "Everywhere",
            Scope::Topics => "Reading a topic",
            Scope::CoachList => "Coach: choosing a routine",
            Scope::CoachSession => "Coach: during a routine",
            Scope::Triage => "Red-flag check",
            Scope::Hydration => "Water plan",
            Scope::WeightField => "Water plan: typing a weight",
            Scope::CrampNow => "Cramp right now",
            Scope::Help => "This help",
            Scope::Search => "Search",
            Scope::Confirm => "Questions",
            Scope::CrampQuit => "Quitting while a cramp is timed",
            Scope::CrampUndo => "Just after discarding a cramp timer",
            Scope::Diary => "Diary",
            Scope::DiaryForm => "Diary: adding or editing a cramp",
            Scope::DiaryDetails => "Diary: details after saving a cramp",
            Scope::DiaryEntry => "Diary: one cramp in full",
        }
    }
}

/// Everything a key can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Quit at once (Ctrl-C).
    Quit,
    /// Quit, asking first while a coach routine runs (q).
    QuitAsks,
    NextTab,
    PrevTab,
    /// Jump to the tab of the digit pressed.
    JumpTab,
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
    Back,
    Help,
    Close,
    Search,
    NextMatch,
    PrevMatch,
    CrampNow,
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
    /// What it does, for the help overlay.
    pub help: &'static str,
    /// A short word for the footer, when the binding belongs there.
    pub hint: Option<&'static str>,
}

const fn bind(
    scope: Scope,
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding { scope, keys, label, action, help, hint }
}

use Action as A;
use KeyCode as K;
use Scope as S;

const SOUND: &str = "sound at phase changes on/off: the bell, and spoken cues";
const CUES: &str = "spoken cues on/off (heard with --voice or --cue-command)";

const DIGITS: [Key; 10] = [ch('1'), ch('2'), ch('3'), ch('4'), ch('5'), ch('6'), ch('7'), ch('8'), ch('9'), ch('0')];

/// The key table. Order matters within a scope: the footer shows hints in
/// this order, and the first matching row wins.
pub static KEYS: &[Binding] = &[
    // The search line takes typing; these are its only keys.
    bind(S::Search, &[key(K::Enter)], "Enter", A::Follow, "go to the selected result", Some("go")),
    bind(S::Search, &[key(K::Down), ctrl('n')], "↓ Ctrl-n", A::Down, "next result", None),
    bind(
        S::Search,
        &[key(K::Up), ctrl('p')],
        "↑ Ctrl-p",
        A::Up,
        "previous result; on an empty line, the last search",
        None,
    ),
    bind(S::Search, &[key(K::Left)], "←", A::CursorLeft, "cursor left", None),
    bind(S::Search, &[key(K::Right)], "→", A::CursorRight, "cursor right", None),
    bind(S::Search, &[key(K::Home), ctrl('a')], "Home Ctrl-a", A::CursorHome, "cursor to the start", None),
    bind(S::Search, &[key(K::End), ctrl('e')], "End Ctrl-e", A::CursorEnd, "cursor to the end", None),
    bind(S::Search, &[key(K::Backspace)], "Backspace", A::DeleteBack, "delete before the cursor", None),
    bind(S::Search, &[key(K::Delete)], "Delete", A::DeleteForward, "delete under the cursor", None),
    bind(S::Search, &[ctrl('w')], "Ctrl-w", A::DeleteWord, "delete the word before the cursor", None),
    bind(S::Search, &[ctrl('u')], "Ctrl-u", A::DeleteToStart, "delete all before the cursor", Some("clear")),
    bind(S::Search, &[key(K::Esc)], "Esc", A::Close, "cancel and return", Some("cancel")),
    bind(S::Search, &[ctrl('c')], "Ctrl-c", A::Quit, "quit", Some("quit")),
    bind(S::Confirm, &[ch('y'), key(K::Enter)], "y Enter", A::Yes, "yes", Some("yes")),
    bind(S::Confirm, &[ch('n'), key(K::Esc)], "n Esc", A::No, "no", Some("no")),
    bind(S::CrampQuit, &[ch('s')], "s", A::CrampStopped, "save the cramp to your diary, then quit", Some("save")),
    bind(S::CrampQuit, &[ch('x')], "x", A::Discard, "discard the cramp timer, then quit", Some("discard")),
    bind(S::CrampQuit, &[ch('n'), key(K::Esc)], "n Esc", A::No, "keep going: the timer runs on", Some("keep going")),
    bind(
        S::CrampUndo,
        &[ch('u')],
        "u",
        A::Undo,
        "bring back the cramp timer just discarded (while its note shows)",
        Some("undo"),
    ),
    bind(S::Help, &[key(K::Down), ch('j')], "↓ j", A::Down, "scroll down", None),
    bind(S::Help, &[key(K::Up), ch('k')], "↑ k", A::Up, "scroll up", None),
    bind(S::Help, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "page down", None),
    bind(S::Help, &[key(K::PageUp)], "PgUp", A::PageUp, "page up", None),
    bind(S::Help, &[key(K::Home), ch('g')], "Home g", A::First, "to the top", None),
    bind(S::Help, &[key(K::End), ch('G')], "End G", A::Last, "to the end", None),
    bind(S::Help, &[key(K::Esc), ch('q'), ch('?'), key(K::F(1))], "Esc q ? F1", A::Close, "close help", Some("close")),
    bind(S::CrampNow, &[ch('s')], "s", A::CrampStopped, "the cramp stopped: save it to your diary", Some("it stopped")),
    bind(
        S::CrampNow,
        &[key(K::Enter), ch('c')],
        "Enter c",
        A::StartRoutine,
        "start the relief routine in the coach",
        Some("coach me"),
    ),
    bind(S::CrampNow, &[key(K::Esc)], "Esc", A::Close, "hide this screen (the timer keeps running)", Some("hide")),
    bind(
        S::CrampNow,
        &[ch('x')],
        "x",
        A::Discard,
        "discard the cramp timer (u brings it back for a few seconds)",
        Some("discard"),
    ),
    bind(S::CrampNow, &[key(K::Down), ch('j')], "↓ j", A::Down, "scroll down a line", None),
    bind(S::CrampNow, &[key(K::Up), ch('k')], "↑ k", A::Up, "scroll up a line", None),
    bind(S::CrampNow, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "scroll down a page", Some("scroll")),
    bind(S::CrampNow, &[key(K::PageUp)], "PgUp", A::PageUp, "scroll up a page", None),
    bind(S::CrampNow, &[key(K::Home), ch('g')], "Home g", A::First, "scroll to the top", None),
    bind(S::CrampNow, &[key(K::End), ch('G')], "End G", A::Last, "scroll to the end", None),
    bind(S::CoachSession, &[ch(' ')], "Space", A::TogglePause, "pause or resume", Some("pause/resume")),
    bind(S::CoachSession, &[key(K::Esc)], "Esc", A::StopRoutine, "stop (asks first while running)", Some("stop")),
    bind(S::CoachSession, &[ch('n')], "n", A::SkipPhase, "skip to the next phase", Some("skip")),
    bind(
        S::CoachSession,
        &[ch('p'), ch('b')],
        "p b",
        A::StepBack,
        "back to the start of this step (twice: the step before)",
        Some("back"),
    ),
    bind(S::CoachSession, &[ch('r')], "r", A::Restart, "restart the routine", Some("restart")),
    bind(S::CoachSession, &[ch('m')], "m", A::ToggleBell, SOUND, Some("bell")),
    bind(S::CoachSession, &[ch('c')], "c", A::ToggleCues, CUES, None),
    bind(S::CoachSession, &[ch('v')], "v", A::ToggleMotion, "breathing animation on/off (reduced motion)", None),
    bind(S::CoachSession, &[key(K::Down), ch('j')], "↓ j", A::Down, "before the start: scroll the cautions down", None),
    bind(S::CoachSession, &[key(K::Up), ch('k')], "↑ k", A::Up, "before the start: scroll the cautions up", None),
    bind(S::CoachSession, &[key(K::PageDown)], "PgDn", A::PageDown, "before the start: cautions, a page down", None),
    bind(S::CoachSession, &[key(K::PageUp)], "PgUp", A::PageUp, "before the start: cautions, a page up", None),
    bind(S::CoachList, &[key(K::Down), ch('j')], "↓ j", A::Down, "next routine", None),
    bind(S::CoachList, &[key(K::Up), ch('k')], "↑ k", A::Up, "previous routine", None),
    bind(S::CoachList, &[key(K::Home), ch('g')], "Home g", A::First, "first routine", None),
    bind(S::CoachList, &[key(K::End), ch('G')], "End G", A::Last, "last routine", None),
    bind(S::CoachList, &[key(K::Enter)], "Enter", A::StartRoutine, "start the selected routine", Some("start")),
    bind(
        S::CoachList,
        &[key(K::PageDown), ch(' ')],
        "PgDn Space",
        A::PageDown,
        "scroll the routine's text down",
        Some("scroll"),
    ),
    bind(S::CoachList, &[key(K::PageUp)], "PgUp", A::PageUp, "scroll the routine's text up", None),
    bind(S::CoachList, &[ch('m')], "m", A::ToggleBell, SOUND, Some("bell")),
    bind(S::CoachList, &[ch('c')], "c", A::ToggleCues, CUES, None),
    bind(S::CoachList, &[ch('v')], "v", A::ToggleMotion, "breathing animation on/off (reduced motion)", None),
    // The add/edit form and the quick details take typing; these are their keys.
    bind(S::DiaryForm, &[key(K::Enter)], "Enter", A::Save, "save the cramp", Some("save")),
    bind(S::DiaryForm, &[key(K::Down), key(K::Tab)], "↓ Tab", A::Down, "next field", Some("next")),
    bind(S::DiaryForm, &[key(K::Up), key(K::BackTab)], "↑ Shift-Tab", A::Up, "previous field", None),
    bind(S::DiaryForm, &[key(K::Right)], "→", A::NextLink, "next choice of a detail (or type its key)", None),
    bind(S::DiaryForm, &[key(K::Left)], "←", A::PrevLink, "previous choice of a detail", None),
    bind(S::DiaryForm, &[key(K::Esc)], "Esc", A::Close, "cancel without saving", Some("cancel")),
    bind(S::DiaryDetails, &[key(K::Enter)], "Enter", A::Save, "take the number typed, or skip this one", Some("next")),
    bind(S::DiaryDetails, &[key(K::Esc)], "Esc", A::Close, "skip the rest (the cramp is saved)", Some("skip")),
    bind(S::Diary, &[key(K::Down), ch('j')], "↓ j", A::Down, "next (older) cramp", None),
    bind(S::Diary, &[key(K::Up), ch('k')], "↑ k", A::Up, "previous (newer) cramp", None),
    bind(S::Diary, &[key(K::Home), ch('g')], "Home g", A::First, "newest cramp", None),
    bind(S::Diary, &[key(K::End), ch('G')], "End G", A::Last, "oldest cramp", None),
    bind(S::Diary, &[ch('a')], "a", A::AddCramp, "add a cramp by hand", Some("add")),
    bind(S::Diary, &[ch('e')], "e", A::EditCramp, "edit the selected cramp", Some("edit")),
    bind(S::Diary, &[ch('d')], "d", A::DeleteCramp, "delete the selected cramp (u undoes)", Some("delete")),
    bind(S::Diary, &[ch('u')], "u", A::Undo, "undo the delete, until the next change", Some("undo")),
    bind(
        S::Diary,
        &[ch('x')],
        "x",
        A::Export,
        "export for your doctor: Markdown, a new file in the data directory",
        Some("export"),
    ),
    bind(S::Triage, &[ch('d')], "d", A::Dismiss, "dismiss the note of a long cramp from the verdict", Some("dismiss")),
    bind(S::Diary, &[key(K::Enter)], "Enter", A::Follow, "the selected cramp in full: details and note", Some("open")),
    bind(S::DiaryEntry, &[key(K::Esc), key(K::Enter)], "Esc Enter", A::Close, "back to the list", Some("back")),
    bind(S::DiaryEntry, &[ch('e')], "e", A::EditCramp, "edit this cramp", Some("edit")),
    bind(S::DiaryEntry, &[key(K::Down), ch('j')], "↓ j", A::Down, "the next (older) cramp", None),
    bind(S::DiaryEntry, &[key(K::Up), ch('k')], "↑ k", A::Up, "the previous (newer) cramp", None),
    bind(S::DiaryEntry, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "scroll down a page", Some("scroll")),
    bind(S::DiaryEntry, &[key(K::PageUp)], "PgUp", A::PageUp, "scroll up a page", None),
    bind(S::Triage, &[key(K::Down), ch('j')], "↓ j", A::Down, "next question", None),
    bind(S::Triage, &[key(K::Up), ch('k')], "↑ k", A::Up, "previous question", None),
    bind(S::Triage, &[key(K::Home), ch('g')], "Home g", A::First, "first question", None),
    bind(S::Triage, &[key(K::End), ch('G')], "End G", A::Last, "last question", None),
    bind(S::Triage, &[ch(' '), key(K::Enter)], "Space Enter", A::Tick, "tick or untick the question", Some("tick")),
    bind(S::Triage, &[ch('r')], "r", A::ClearTicks, "clear every tick", Some("clear")),
    bind(S::Triage, &[key(K::PageDown)], "PgDn", A::PageDown, "scroll \"why it matters\" down", None),
    bind(S::Triage, &[key(K::PageUp)], "PgUp", A::PageUp, "scroll \"why it matters\" up", None),
    bind(
        S::Hydration,
        &[ch('+'), ch('='), key(K::Up), ch('k')],
        "+ ↑",
        A::WeightUp,
        "more body weight",
        Some("weight"),
    ),
    bind(S::Hydration, &[ch('-'), key(K::Down), ch('j')], "- ↓", A::WeightDown, "less body weight", None),
    bind(S::Hydration, &[key(K::PageDown), ch(' ')], "PgDn Space", A::PageDown, "scroll the plan down", Some("scroll")),
    bind(S::Hydration, &[key(K::PageUp)], "PgUp", A::PageUp, "scroll the plan up", None),
    bind(S::Hydration, &[ch('w')], "w", A::EditWeight, "type a weight", Some("type weight")),
    bind(S::Hydration, &[ch('u')], "u", A::ToggleUnit, "switch between lb and kg", Some("lb/kg")),
    bind(S::WeightField, &[key(K::Enter)], "Enter", A::Yes, "use the weight typed", Some("confirm")),
    bind(S::WeightField, &[key(K::Esc)], "Esc", A::Close, "cancel, keep the weight", Some("cancel")),
    bind(S::Topics, &[key(K::Down), ch('j')], "↓ j", A::Down, "next entry", Some("move")),
    bind(
        S::Topics,
        &[key(K::Enter)],
        "Enter",
        A::Follow,
        "open the related entry chosen with ] or [",
        Some("open related"),
    ),
    bind(S::Topics, &[key(K::Up), ch('k')], "↑ k", A::Up, "previous entry", None),
    bind(S::Topics, &[key(K::Home), ch('g')], "Home g", A::First, "first entry", None),
    bind(S::Topics, &[key(K::End), ch('G')], "End G", A::Last, "last entry", None),
    bind(
        S::Topics,
        &[key(K::PageDown), ch(' ')],
        "PgDn Space",
        A::PageDown,
        "scroll the text down a page",
        Some("scroll"),
    ),
    bind(S::Topics, &[key(K::PageUp)], "PgUp", A::PageUp, "scroll the text up a page", None),
    bind(S::Topics, &[ctrl('d')], "Ctrl-d", A::HalfPageDown, "scroll the text down half a page", None),
    bind(S::Topics, &[ctrl('u')], "Ctrl-u", A::HalfPageUp, "scroll the text up half a page", None),
    bind(S::Topics, &[ch(']')], "]", A::NextLink, "select the next related entry", None),
    bind(S::Topics, &[ch('[')], "[", A::PrevLink, "select the previous related entry", None),
    bind(S::Global, &[ctrl('c')], "Ctrl-c", A::Quit, "quit at once, from anywhere", None),
    bind(S::Global, &[key(K::Tab), key(K::Right), ch('l')], "Tab → l", A::NextTab, "next tab", Some("tabs")),
    bind(S::Global, &[key(K::BackTab), key(K::Left), ch('h')], "Shift-Tab ← h", A::PrevTab, "previous tab", None),
    bind(S::Global, &DIGITS, "1-9 0", A::JumpTab, "go to tab 1 to 9 (0: the tenth, the diary)", None),
    bind(S::Global, &[ch('!')], "!", A::CrampNow, "cramp right now: what to do, with a timer", Some("cramp now")),
    bind(S::Global, &[ch('/')], "/", A::Search, "search the whole guide", Some("search")),
    bind(S::Global, &[ch('n')], "n", A::NextMatch, "next search match", None),
    bind(S::Global, &[ch('N')], "N", A::PrevMatch, "previous search match", None),
    bind(S::Global, &[key(K::Backspace)], "Backspace", A::Back, "go back to where you were", None),
    bind(S::Global, &[ch('?'), key(K::F(1))], "? F1", A::Help, "help: every key", Some("help")),
    bind(S::Global, &[key(K::Esc)], "Esc", A::Close, "close what is open", None),
    bind(
        S::Global,
        &[ch('q')],
        "q",
        A::QuitAsks,
        "quit (asks first while a cramp is timed or a routine runs)",
        Some("quit"),
    ),
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
