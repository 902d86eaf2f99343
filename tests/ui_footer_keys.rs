//! Every footer tells the truth: in every key context (the tabs, help,
//! search, the cramp screen, a coach session and its questions, the weight
//! field, the diary, its form and the details asked after a save), each key
//! the footer shows is pressed, and what it did is checked against the word
//! the footer gives it. The footer, help and dispatch all read the one key
//! table; this walks what a person sees.

mod common;

use std::path::Path;
use std::time::Duration;

use common::Harness;
use cramp_guide::app::keys::{Action, Binding, Global, KEYS, Scope};
use cramp_guide::app::{App, TabState};
use cramp_guide::coach::RunState;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key can change, read from the app's state.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    quit: bool,
    tab: usize,
    /// The overlay's name ("Help", "ConfirmStop"…).
    overlay: Option<String>,
    search: Option<String>,
    /// The timed cramp: whether its screen shows.
    cramp: Option<bool>,
    form: Option<usize>,
    prompt: Option<usize>,
    /// The coach session on screen: its state, segment and position.
    session: Option<(RunState, usize, Duration)>,
    bell: bool,
    ticked: usize,
    weight: f64,
    unit: String,
    editing: Option<String>,
    selected: usize,
    link: Option<usize>,
    scroll: usize,
    cramps: usize,
    /// The cramp shown in full, if one is.
    viewing: bool,
    notice: Option<String>,
    /// The lines of the screen, for what only drawing shows.
    screen: String,
}

fn seen(h: &Harness) -> Seen {
    let app = &h.app;
    let now = h.clock().mono;
    let overlay = app.overlay.map(|o| {
        let name = format!("{o:?}");
        name.split([' ', '{']).next().unwrap_or_default().to_string()
    });
    let (mut session, mut bell, mut ticked, mut weight, mut unit, mut editing, mut link) =
        (None, false, 0, 0.0, String::new(), None, None);
    let selected = match &app.tabs[app.tab] {
        TabState::Topics(t) => {
            link = t.link;
            t.selected
        }
        TabState::Coach(c) => {
            bell = c.bell;
            session = c.session.as_deref().map(|(_, s)| (s.state(), s.view(now).index, s.position(now)));
            c.selected
        }
        TabState::Triage(t) => {
            ticked = t.ticked.iter().filter(|&&t| t).count();
            t.selected
        }
        TabState::Hydration(hy) => {
            weight = hy.weight_lb;
            unit = format!("{:?}", hy.unit);
            editing = hy.editing.as_ref().map(|f| f.to_string());
            0
        }
        TabState::Diary => app.diary.selected,
    };
    let scroll = match app.cramp.as_ref().filter(|c| c.visible) {
        Some(c) => c.scroll.top(),
        None => app.tabs[app.tab].scroll().map_or(0, |s| s.top()),
    };
    Seen {
        quit: app.quit,
        tab: app.tab,
        overlay,
        search: app.search.as_ref().map(|s| s.query.to_string()),
        cramp: app.cramp.as_ref().map(|c| c.visible),
        form: app.diary.form.as_ref().map(|f| f.row),
        prompt: app.diary.prompt.as_ref().map(|p| p.field),
        session,
        bell,
        ticked,
        weight,
        unit,
        editing,
        selected,
        link,
        scroll,
        cramps: app.diary.link.loaded().map_or(0, |l| l.cramps.len()),
        viewing: app.diary.viewing.is_some(),
        notice: app.diary.notice.clone(),
        screen: h.screen(),
    }
}

/// Whether `after` is what the footer promised for `action` in `scope`,
/// from `before`; None when no check is written for it (a new footer key
/// needs one here).
fn kept(scope: Scope, action: Action, b: &Seen, a: &Seen) -> Option<bool> {
    use Action as A;
    use Global as G;
    use Scope as S;
    Some(match (scope, action) {
        (_, A::Global(G::Quit)) => a.quit,
        // Quits, or asks first: a new question on screen, not quitting yet.
        (_, A::Global(G::QuitAsks)) => a.quit || (a.overlay.is_some() && a.overlay != b.overlay),
        (S::Global, A::Global(G::NextTab)) => a.tab != b.tab,
        (S::Global, A::Global(G::Help)) => a.overlay.as_deref() == Some("Help"),
        (S::Global, A::Global(G::CrampNow)) => a.cramp == Some(true),
        (S::Global, A::Global(G::Search)) => a.search.is_some(),
        (S::Help, A::Close) => a.overlay.is_none(),
        (S::Search, A::Close) => a.search.is_none() && a.tab == b.tab,
        (S::Search, A::Follow) => a.search.is_none() && (a.tab, a.selected) != (b.tab, b.selected),
        (S::Search, A::DeleteToStart) => a.search.as_deref() == Some("") && b.search.as_deref() != Some(""),
        (S::CrampNow, A::Close) => a.cramp == Some(false),
        (S::CrampNow, A::CrampStopped) => a.cramp.is_none() && a.prompt.is_some(),
        (S::CrampNow, A::Discard) => a.cramp.is_none(),
        (S::CrampNow, A::StartRoutine) => a.cramp == Some(false) && a.session.is_some(),
        (S::CrampNow | S::Topics | S::CoachList | S::Hydration, A::PageDown) => a.scroll > b.scroll,
        (S::CoachSession, A::TogglePause) => {
            a.session.map(|s| s.0) != b.session.map(|s| s.0) && a.session.is_some() && a.overlay.is_none()
        }
        (S::CoachSession, A::StopRoutine) => a.session.is_none() || a.overlay.as_deref() == Some("ConfirmStop"),
        (S::CoachSession, A::SkipPhase) => a.session.map(|s| s.1) > b.session.map(|s| s.1),
        (S::CoachSession, A::StepBack) => a.session.map(|s| s.2) < b.session.map(|s| s.2),
        (S::CoachSession, A::Restart) => {
            a.session.is_some_and(|s| s.1 == 0 && s.2 == Duration::ZERO) && a.session != b.session
        }
        (S::CoachSession | S::CoachList, A::ToggleBell) => a.bell != b.bell,
        (S::CoachList, A::StartRoutine) => a.session.is_some(),
        (S::Confirm, A::Yes) => a.overlay.is_none() && (a.quit || a.session.is_none()),
        (S::Confirm, A::No) => a.overlay.is_none() && !a.quit && a.session.is_some(),
        (S::Triage, A::Tick) => a.ticked != b.ticked,
        (S::Triage, A::ClearTicks) => a.ticked == 0 && b.ticked > 0,
        (S::Hydration, A::WeightUp) => a.weight > b.weight,
        (S::Hydration, A::EditWeight) => a.editing.is_some(),
        (S::Hydration, A::ToggleUnit) => a.unit != b.unit,
        (S::WeightField, A::Yes) => a.editing.is_none() && a.weight != b.weight,
        // Closes, or asks first when something typed would go.
        (S::WeightField, A::Close) => {
            a.weight == b.weight && (a.editing.is_none() || a.overlay.as_deref() == Some("ConfirmDiscard"))
        }
        (S::Diary, A::AddCramp | A::EditCramp) => a.form.is_some(),
        (S::Diary, A::Follow) => a.viewing && a.form.is_none(),
        (S::DiaryEntry, A::Close) => !a.viewing && a.tab == b.tab,
        (S::DiaryEntry, A::EditCramp) => a.form.is_some(),
        (S::DiaryEntry, A::PageDown) => a.screen != b.screen && a.viewing,
        (S::Diary, A::DeleteCramp) => a.cramps + 1 == b.cramps,
        (S::Diary, A::Undo) => a.cramps == b.cramps + 1,
        (S::Diary, A::Export) => a.notice.as_deref().is_some_and(|n| n.starts_with("Exported")),
        (S::DiaryForm, A::Save) => a.form.is_none() && a.cramps == b.cramps + 1,
        (S::DiaryForm, A::Down) => a.form.is_some() && a.form != b.form,
        (S::DiaryForm, A::Close) => {
            a.cramps == b.cramps && (a.form.is_none() || a.overlay.as_deref() == Some("ConfirmDiscard"))
        }
        (S::DiaryDetails, A::Save) => a.prompt != b.prompt,
        (S::DiaryDetails, A::Close) => a.prompt.is_none(),
        (S::CrampQuit, A::CrampStopped) => a.quit && a.cramp.is_none(),
        (S::CrampQuit, A::Discard) => a.quit,
        (S::CrampQuit, A::No) => !a.quit && a.overlay.is_none() && a.cramp.is_some(),
        (S::Topics | S::Diary, A::Down) => a.selected > b.selected,
        (S::Topics, A::Follow) => (a.tab, a.selected) != (b.tab, b.selected),
        _ => return None,
    })
}

const WIDE: (u16, u16) = (220, 50);

/// A key context: its name and how to get there, from a fresh app whose
/// diary lives in the given directory.
type Setup = fn(&mut Harness);

fn at_kind(h: &mut Harness, kind: &str) {
    h.tab_of_kind(kind);
}

/// Two cramps in the diary, timed and saved from the cramp screen.
fn two_cramps(h: &mut Harness) {
    for secs in [90, 40] {
        h.press(KeyCode::Char('!'));
        h.advance(Duration::from_secs(secs));
        h.press(KeyCode::Char('s'));
        h.press(KeyCode::Esc);
    }
}

/// A coach session under way (past the hold for its cautions, if any).
fn session(h: &mut Harness) {
    at_kind(h, "coach");
    h.press(KeyCode::Enter);
    if matches!(seen(h).session, Some((RunState::Paused { .. }, _, _))) {
        h.press(KeyCode::Char(' '));
    }
    h.advance(Duration::from_secs(6));
}

fn contexts() -> Vec<(&'static str, Setup)> {
    vec![
        ("a topics tab", |_| {}),
        ("a topics tab, a related entry chosen", |h| h.press(KeyCode::Char(']'))),
        ("the coach's routine list", |h| at_kind(h, "coach")),
        ("a coach session", session),
        ("a coach session that has ended", |h| {
            session(h);
            h.advance(Duration::from_secs(3600));
        }),
        ("the question before stopping a routine", |h| {
            session(h);
            h.press(KeyCode::Esc);
        }),
        ("the question before quitting during a routine", |h| {
            session(h);
            h.press(KeyCode::Char('q'));
        }),
        ("the red-flag check, one ticked", |h| {
            at_kind(h, "triage");
            h.press(KeyCode::Char(' '));
        }),
        ("the water plan", |h| at_kind(h, "hydration")),
        ("the weight field", |h| {
            at_kind(h, "hydration");
            h.press(KeyCode::Char('w'));
            h.chars("180");
        }),
        ("an empty diary", |h| h.press(KeyCode::Char('0'))),
        ("a diary with cramps", |h| {
            two_cramps(h);
            h.press(KeyCode::Char('0'));
        }),
        ("a diary just after a delete", |h| {
            two_cramps(h);
            h.press(KeyCode::Char('0'));
            h.press(KeyCode::Char('d'));
        }),
        ("one cramp of the diary in full", |h| {
            two_cramps(h);
            h.press(KeyCode::Char('0'));
            h.press(KeyCode::Enter);
        }),
        ("the diary's add form", |h| {
            h.press(KeyCode::Char('0'));
            h.press(KeyCode::Char('a'));
            h.chars("90s");
        }),
        ("the details asked after a save", |h| {
            h.press(KeyCode::Char('!'));
            h.advance(Duration::from_secs(30));
            h.press(KeyCode::Char('s'));
        }),
        ("help", |h| h.press(KeyCode::Char('?'))),
        ("the search line", |h| {
            h.press(KeyCode::Char('/'));
            h.chars("water pills");
        }),
        ("the cramp screen", |h| h.press(KeyCode::Char('!'))),
        ("a cramp timed out of sight", |h| {
            h.press(KeyCode::Char('!'));
            h.press(KeyCode::Esc);
        }),
        ("the question before quitting while a cramp is timed", |h| {
            h.press(KeyCode::Char('!'));
            h.advance(Duration::from_secs(10));
            h.press(KeyCode::Char('q'));
        }),
    ]
}

/// A fresh app in a context, its diary in `dir`.
fn open(setup: Setup, dir: &Path) -> Harness {
    let mut h = Harness::with_data_dir(WIDE.0, WIDE.1, dir);
    setup(&mut h);
    // A note in the footer's place gives it back by itself.
    if h.app.status.is_some() {
        h.advance(cramp_guide::app::STATUS_FOR);
    }
    h
}

/// The binding behind each footer hint on screen now.
fn footer_bindings(app: &App) -> Vec<&'static Binding> {
    let scopes = app.scopes();
    app.footer_hints()
        .into_iter()
        .map(|hint| {
            KEYS.iter()
                .find(|b| {
                    scopes.contains(&b.scope)
                        && b.hint(&app.guide.ui).map(|(word, _)| word) == Some(hint.word)
                        && b.label.split(' ').next() == Some(hint.key)
                })
                .unwrap_or_else(|| panic!("no binding for the footer's {} {}", hint.key, hint.word))
        })
        .collect()
}

fn press_first_key(h: &mut Harness, b: &Binding) {
    let key = b.keys[0];
    let modifiers = if key.ctrl { KeyModifiers::CONTROL } else { KeyModifiers::NONE };
    let now = h.clock();
    h.app.handle_key_at(KeyEvent::new(key.code, modifiers), now);
}

/// The screen's first and last rows, trimmed, enough to see what a key did.
fn brief(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().map(|l| l.trim_matches('"').trim_end()).collect();
    let n = lines.len();
    lines.iter().enumerate().filter(|(i, _)| *i < 3 || *i + 2 >= n).map(|(_, l)| *l).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_key_a_footer_shows_does_what_it_says() {
    let mut wrong = Vec::new();
    for (name, setup) in contexts() {
        let dir = tempfile::tempdir().unwrap();
        let h = open(setup, dir.path());
        let footer = h.screen().lines().last().unwrap_or_default().to_string();
        let bindings = footer_bindings(&h.app);
        assert!(!bindings.is_empty(), "{name}: the footer shows no keys: {footer}");
        // Where typing goes into a field, a letter is a letter: no key
        // from elsewhere that a person could type by mistake.
        let typing = matches!(h.app.scopes()[0], Scope::Search | Scope::WeightField | Scope::DiaryForm);
        for b in bindings.iter().filter(|b| typing && b.scope == Scope::Global) {
            let key = b.keys[0];
            if !key.ctrl && matches!(key.code, KeyCode::Char(_)) {
                wrong.push(format!("{name}: the footer offers {:?} {:?}, a key typed into the field", b.label, b.id));
            }
        }
        let ui = h.app.guide.ui.clone();
        drop(h);
        for b in bindings {
            let word = b.hint(&ui).map(|(word, _)| word).unwrap_or_default();
            let shown = format!("{} {}", b.label.split(' ').next().unwrap_or_default(), word);
            if !footer.contains(&shown) {
                wrong.push(format!("{name}: {shown:?} is not on the footer: {footer}"));
            }
            let dir = tempfile::tempdir().unwrap();
            let mut h = open(setup, dir.path());
            let before = seen(&h);
            press_first_key(&mut h, b);
            let after = seen(&h);
            match kept(b.scope, b.action, &before, &after) {
                Some(true) => {}
                Some(false) => wrong.push(format!(
                    "{name}: the footer says \"{shown}\" ({:?} {:?}), but pressing it gave\n{}",
                    b.scope,
                    b.action,
                    brief(&after.screen)
                )),
                None => panic!("{name}: no check written for {:?} {:?} (\"{shown}\")", b.scope, b.action),
            }
        }
    }
    assert!(wrong.is_empty(), "{} footer keys do not do what they say:\n\n{}", wrong.len(), wrong.join("\n\n"));
}
