//! The screens of the app's state for a size, from `view`: drawing paints
//! these and key handling reads their line counts and page sizes, so the
//! two always agree. Every function takes the area it fills.

use ratatui::layout::{Rect, Size};

use super::hydration::Unit;
use super::keys::{Action, Global, Scope, global_key, key_label};
use super::{
    App, CoachState, CrampNow, Current, HydrationState, Overlay, TabScreen, TabState, TopicsState, TriageState,
};
use crate::coach::SegmentKind;
use crate::guide::model::{Entry, HydrationPlan, Routine, Tab, Triage};
use crate::text::line_input::LineInput;
use crate::view::coach::{CoachListScreen, CoachScreen, list_screen};
use crate::view::coach_session::{anim_steps, session_view};
use crate::view::cramp_now::{CrampNowScreen, DiaryHint};
use crate::view::diary::{DiaryInput, DiaryKeys, DiaryScreen, FormRowView, PromptWords};
use crate::view::hydration::{HydrationScreen, Weight};
use crate::view::pane::PaneWords;
use crate::view::screen::{Areas, areas};
use crate::view::topics::TopicsScreen;
use crate::view::triage::TriageScreen;
use crate::view::{Extent, Pane, help, hydration};

impl App {
    /// The regions of a screen of `size`.
    pub fn areas(&self, size: Size) -> Areas {
        let notice = self.cramp_notice(size.width).is_some();
        areas(size, self.show_disclaimer.then_some(self.guide.disclaimer.as_str()), notice)
    }

    /// What a window too small for the guide says.
    pub fn too_small_message(&self) -> String {
        self.guide.ui.footer.too_small.fill(&[
            ("width", &crate::view::screen::MIN_WIDTH),
            ("height", &crate::view::screen::MIN_HEIGHT),
            ("quit", &global_key(Global::QuitAsks)),
        ])
    }

    /// The words on the frame of a pane whose text does not all fit.
    pub fn pane_words(&self) -> PaneWords {
        let tabs = &self.guide.ui.tabs;
        PaneWords {
            position: tabs.lines_of.clone(),
            more: tabs.more.fill(&[("key", &key_label(Scope::Topics, Action::PageDown))]),
            end: tabs.end.get().to_string(),
        }
    }

    /// The frame title of a question popped up over the screen.
    pub fn question_title(&self) -> &str {
        self.guide.ui.tabs.question.get()
    }

    /// The question on screen, if any (help is not one).
    pub fn question(&self) -> String {
        match self.overlay {
            Some(stop @ (Overlay::ConfirmStop | Overlay::ConfirmQuit)) => {
                let ui = &self.guide.ui.coach;
                let question = if stop == Overlay::ConfirmStop { &ui.stop_question } else { &ui.quit_question };
                let key = |action| super::keys::key_label(Scope::Confirm, action);
                question.fill(&[("yes", &key(Action::Yes)), ("no", &key(Action::No))])
            }
            Some(Overlay::CrampQuit) => {
                let lasted = self.cramp.as_ref().map(|c| c.elapsed(self.now)).unwrap_or_default();
                let key = |action| super::keys::key_label(Scope::CrampQuit, action);
                self.guide.ui.cramp.quit_question.fill(&[
                    ("lasted", &crate::text::figures::elapsed_text(lasted)),
                    ("save", &key(Action::CrampStopped)),
                    ("discard", &key(Action::Discard)),
                    ("keep", &key(Action::No)),
                ])
            }
            Some(Overlay::ConfirmDiscard) => {
                let question = match self.diary.form {
                    Some(_) => &self.guide.ui.diary.discard_question,
                    None => &self.guide.ui.water.discard_question,
                };
                let key = |action| super::keys::key_label(Scope::Confirm, action);
                question.fill(&[("yes", &key(Action::Yes)), ("no", &key(Action::No))])
            }
            Some(Overlay::Help { .. }) | None => String::new(),
        }
    }

    /// The badge of the cramp being timed, for the tab bar.
    pub fn cramp_badge(&self) -> Option<(String, ratatui::style::Style)> {
        let cramp = self.cramp.as_ref()?;
        self.guide.cramp_now.as_ref()?;
        Some(crate::view::cramp_now::badge(&self.guide, cramp.elapsed(self.now), self.theme))
    }

    /// The one-line notice of a timed cramp past the guide's threshold.
    pub fn cramp_notice(&self, width: u16) -> Option<ratatui::text::Line<'static>> {
        let cramp = self.cramp.as_ref()?;
        let key = global_key(Global::CrampNow);
        crate::view::cramp_now::notice(&self.guide, cramp.elapsed(self.now), key, width, self.theme)
    }

    /// A topics tab in `body`; on screen, the search match being walked is
    /// marked as the current one.
    pub fn topics_screen(&self, entries: &[Entry], state: &TopicsState, body: Rect) -> TopicsScreen {
        let mut screen = crate::view::topics::screen(
            &self.guide,
            entries,
            state.selected,
            crate::view::topics::Said {
                link: state.link,
                keys: crate::view::topics::RelatedKeys {
                    next: key_label(Scope::Topics, Action::NextLink),
                    previous: key_label(Scope::Topics, Action::PrevLink),
                    open: key_label(Scope::Topics, Action::Follow),
                },
                highlight: self.highlight(),
            },
            body,
            self.theme,
        );
        let on_screen = matches!(&self.tabs[self.tab], TabState::Topics(s) if std::ptr::eq(&s.state, state));
        if on_screen
            && let Some(k) = self.current_match()
            && let Some((_, pane)) = &mut screen.detail
        {
            crate::view::lines::mark_current(&mut pane.lines, k, self.theme);
        }
        screen
    }

    /// A coach tab's routine list in `body`.
    fn coach_list_screen(&self, routines: &[Routine], state: &CoachState, body: Rect) -> CoachListScreen {
        let last = state.last.as_ref().filter(|(i, _)| *i == state.selected).map(|(_, summary)| summary);
        list_screen(routines, state.selected, last, self.coach_words(), &self.guide.ui.topics, body, self.theme)
    }

    /// How the coach is said: the guide's words and the key table's keys.
    pub(super) fn coach_words(&self) -> crate::view::coach_session::Words<'_> {
        let session = |action| super::keys::key_label(Scope::CoachSession, action);
        crate::view::coach_session::Words {
            ui: &self.guide.ui.coach,
            numbers: super::current::numbers(&self.guide.locale),
            start: super::keys::key_label(Scope::CoachList, Action::StartRoutine),
            pause: session(Action::TogglePause),
            again: session(Action::Restart),
            back: session(Action::StopRoutine),
        }
    }

    /// A coach tab in `body`: its routine list, or its session at the
    /// app's time.
    pub fn coach_screen(&self, routines: &[Routine], state: &CoachState, body: Rect) -> CoachScreen {
        match state.session.as_deref() {
            Some((index, session)) => CoachScreen::Session(session_view(
                &routines[*index],
                session,
                self.now.mono,
                body,
                self.options.reduced_motion,
                self.coach_words(),
                self.theme,
            )),
            None => CoachScreen::List(self.coach_list_screen(routines, state, body)),
        }
    }

    /// The red-flag check in `body`.
    pub fn triage_screen(&self, tab: &Tab, triage: &Triage, state: &TriageState, body: Rect) -> TriageScreen {
        let hints = self.sign_hints();
        let concerns = self.concerns();
        let answers = crate::view::triage::Answers {
            ticked: &state.ticked,
            selected: state.selected,
            touched: state.touched,
            concerns: &concerns,
            hints: &hints,
        };
        let label = |action| super::keys::key_label(Scope::Triage, action);
        let words = crate::view::triage::Words {
            ui: &self.guide.ui.triage,
            sources: &self.guide.ui.topics,
            tick: label(Action::Tick),
            clear: label(Action::ClearTicks),
            dismiss: label(Action::Dismiss),
        };
        crate::view::triage::screen(tab, triage, answers, words, body, self.theme)
    }

    /// The water plan in `body`.
    pub fn hydration_screen(
        &self,
        tab: &Tab,
        plan: &HydrationPlan,
        state: &HydrationState,
        body: Rect,
    ) -> HydrationScreen {
        let other_unit = match state.unit {
            Unit::Lb | Unit::St => "kg",
            Unit::Kg => "lb",
        };
        let weight = Weight {
            lb: state.weight_lb,
            unit: state.unit,
            text: state.weight_text(),
            other_unit,
            editing: state.editing.clone(),
            field_error: state.field_error.clone(),
        };
        let plan_key = |action| super::keys::key_label(Scope::Hydration, action);
        let field_key = |action| super::keys::key_label(Scope::WeightField, action);
        let words = hydration::Words {
            ui: &self.guide.ui.water,
            numbers: super::current::numbers(&self.guide.locale),
            type_weight: plan_key(Action::EditWeight),
            up: plan_key(Action::WeightUp),
            down: plan_key(Action::WeightDown),
            unit: plan_key(Action::ToggleUnit),
            confirm: field_key(Action::Yes),
            cancel: field_key(Action::Close),
            sources: &self.guide.ui.topics,
        };
        hydration::screen(tab, plan, &weight, words, body, self.theme)
    }

    /// The "cramp right now" screen over `body`, at the app's time.
    pub fn cramp_now_screen(&self, cramp: &CrampNow, body: Rect) -> Option<CrampNowScreen> {
        let routine = self.guide.cramp_now.as_ref().and_then(|c| c.routine.as_deref());
        let under_way = routine.is_some_and(|id| self.routine_under_way(id).is_some());
        let (elapsed, hints) = (cramp.elapsed(self.now), self.sign_hints());
        let label = |action| super::keys::key_label(Scope::CrampNow, action);
        let words = crate::view::cramp_now::Words {
            ui: &self.guide.ui.cramp,
            start: label(Action::StartRoutine),
            stopped: label(Action::CrampStopped),
            discard: label(Action::Discard),
            hide: label(Action::Close),
        };
        crate::view::cramp_now::screen(&self.guide, elapsed, &hints, under_way, words, body, self.theme)
    }

    /// The Diary tab in `body`, as last read.
    pub fn diary_screen(&self, body: Rect) -> DiaryScreen {
        use chrono::Datelike;
        let loaded = self.diary.link.loaded();
        let problem = self.diary.link.problem().map(|p| p.say(&self.guide.ui.diary));
        let input = DiaryInput {
            config: self.guide.diary.as_ref(),
            cramps: loaded.map(|l| &l.cramps[..]),
            stats: loaded.map(|l| &l.stats),
            selected: self.diary.selected,
            problem: problem.as_deref(),
            notice: self.diary.notice.as_deref(),
            this_year: super::local_time(self.now).year(),
            words: &self.guide.ui.diary,
            locale: &self.guide.locale,
            keys: DiaryKeys {
                timer: global_key(Global::CrampNow),
                stopped: key_label(Scope::CrampNow, Action::CrampStopped),
                add: key_label(Scope::Diary, Action::AddCramp),
                open: key_label(Scope::Diary, Action::Follow),
            },
        };
        crate::view::diary::screen(input, body, self.theme)
    }

    /// The add/edit form over `body`, when it is open: frame, title, lines.
    pub fn diary_form_view(&self, body: Rect) -> Option<(Rect, String, Vec<ratatui::text::Line<'static>>)> {
        use crate::guide::model::DetailKind;
        let form = self.diary.form.as_ref()?;
        let config = self.guide.diary.as_ref();
        let words = &self.guide.ui.diary;
        let mut rows = vec![
            FormRowView {
                label: words.when.get().to_string(),
                value: form.when.clone(),
                takes: words.when_takes.get().to_string(),
                text: true,
            },
            FormRowView {
                label: words.lasted.get().to_string(),
                value: form.lasted.clone(),
                takes: form.lasted_reading(words),
                text: true,
            },
        ];
        for (i, value) in form.details.iter().enumerate() {
            let Some(field) = config.and_then(|c| c.fields.get(i)) else { continue };
            let (shown, takes, text) = match &field.kind {
                DetailKind::Choice(choices) => {
                    let keys: Vec<String> = choices.iter().map(|c| c.key.to_string()).collect();
                    let shown = value.as_deref().map(|v| field.value_label(v)).unwrap_or_default();
                    (shown, words.choice_takes.fill(&[("keys", &keys.join(" "))]), false)
                }
                DetailKind::Scale { min, max } => (value.as_deref().unwrap_or_default(), format!("{min}-{max}"), true),
            };
            let value = LineInput::with_text(shown, usize::MAX);
            rows.push(FormRowView { label: field.label.clone(), value, takes, text });
        }
        rows.push(FormRowView {
            label: words.note.get().to_string(),
            value: form.note.clone(),
            takes: String::new(),
            text: true,
        });
        let title = if form.editing.is_some() { &words.edit_title } else { &words.add_title };
        let hint = words.form_keys.fill(&[
            ("save", &key_label(Scope::DiaryForm, Action::Save)),
            ("next", &key_label(Scope::DiaryForm, Action::Down)),
            ("cancel", &key_label(Scope::DiaryForm, Action::Close)),
        ]);
        Some(crate::view::diary::form(title.get(), &rows, form.row, form.error.as_deref(), &hint, body, self.theme))
    }

    /// The quick details over `body`, while they are asked.
    pub fn diary_prompt_view(&self, body: Rect) -> Option<(Rect, String, Vec<ratatui::text::Line<'static>>)> {
        use crate::guide::model::DetailKind;
        let prompt = self.diary.prompt.as_ref()?;
        let fields = &self.guide.diary.as_ref()?.fields;
        let field = fields.get(prompt.field)?;
        let (options, typed) = match &field.kind {
            DetailKind::Choice(choices) => {
                (choices.iter().map(|c| (c.key.to_string(), c.label.clone())).collect(), None)
            }
            DetailKind::Scale { .. } => (Vec::new(), Some(&prompt.typed)),
        };
        let words = &self.guide.ui.diary;
        let said = PromptWords {
            title: words.details_title.get().to_string(),
            question: words.details_question.fill(&[("question", &field.label)]),
            number: words.details_number.fill(&[("enter", &key_label(Scope::DiaryDetails, Action::Save))]),
            step: words.details_step.fill(&[
                ("at", &(prompt.field + 1)),
                ("total", &fields.len()),
                ("skip", &key_label(Scope::DiaryDetails, Action::Close)),
            ]),
        };
        Some(crate::view::diary::prompt(&said, &options, typed, body, self.theme))
    }

    /// What the diary says beside each warning sign the guide names, as
    /// last read.
    pub fn sign_hints(&self) -> Vec<DiaryHint> {
        let config = self.guide.diary.as_ref();
        let stats = self.diary.link.loaded().map(|l| &l.stats);
        let hint = |sign: &str| {
            let fact = crate::view::diary::sign_hint(sign, config, stats, &self.guide.ui.diary, &self.guide.locale)?;
            let said = self.guide.ui.cramp.your_diary.fill(&[("fact", &fact)]);
            Some(DiaryHint { sign: sign.to_string(), fact, said })
        };
        config.map(|c| c.hints.iter().filter_map(|h| hint(&h.sign)).collect()).unwrap_or_default()
    }

    /// The cramp screen's scrollable pane at the current size, while a
    /// cramp is timed.
    pub fn cramp_pane(&self) -> Option<Pane> {
        let cramp = self.cramp.as_ref()?;
        self.cramp_now_screen(cramp, self.areas(self.size).body).map(|s| s.pane)
    }

    /// The help pane on a screen of `size`.
    pub fn help_pane(&self, size: Size) -> Pane {
        help::pane(
            &self.guide.disclaimer,
            &super::help::key_groups(&self.guide.ui, |binding| self.offers(binding)),
            size,
            self.theme,
        )
    }

    /// Animation steps of a coach phase of `kind` at the current size and
    /// options, for the coach on screen (a coach out of sight has none).
    pub fn anim_steps(&self, kind: SegmentKind) -> u32 {
        anim_steps(self.areas(self.size).body, self.options.reduced_motion, kind)
    }

    /// Tab `i` laid out in `body`, with its state.
    pub fn tab_screen(&self, i: usize, body: Rect) -> TabScreen<'_> {
        match self.tab_at(i) {
            Current::Topics(_, entries, state) => TabScreen::Topics(self.topics_screen(entries, state, body), state),
            Current::Coach(_, routines, state) => TabScreen::Coach(self.coach_screen(routines, state, body), state),
            Current::Triage(tab, triage, state) => {
                TabScreen::Triage(self.triage_screen(tab, triage, state, body), state)
            }
            Current::Hydration(tab, plan, state) => {
                TabScreen::Hydration(self.hydration_screen(tab, plan, state, body), state)
            }
            Current::Diary => TabScreen::Diary,
        }
    }

    /// The scrollable pane of tab `i` at the current size, if it has one.
    pub fn scroll_pane(&self, i: usize) -> Option<Pane> {
        self.tab_screen(i, self.areas(self.size).body).scroll_pane().cloned()
    }

    /// How far tab `i`'s scrollable pane scrolls at the current size.
    pub(super) fn scroll_extent(&self, i: usize) -> Option<Extent> {
        self.tab_screen(i, self.areas(self.size).body).scroll_pane().map(Pane::extent)
    }

    fn clamp_cramp_scroll(&mut self) {
        if let Some(extent) = self.cramp_pane().map(|p| p.extent())
            && let Some(cramp) = &mut self.cramp
        {
            cramp.scroll.clamp(extent);
        }
    }

    /// Keeps the scroll positions on screen (the tab's, help's, the cramp
    /// screen's and a diary entry's) within their panes at the current size:
    /// after a key, a resize or a jump. Another tab's is kept as it is and
    /// clamped when that tab comes on screen (by a key, which clamps after
    /// it), so neither a key nor a resize lays out, or reads, tabs not shown.
    pub(super) fn clamp_scrolls(&mut self) {
        self.clamp_tab_scroll(self.tab);
        self.clamp_help_scroll();
        self.clamp_cramp_scroll();
        self.clamp_entry_scroll();
    }

    fn clamp_tab_scroll(&mut self, i: usize) {
        if let Some(extent) = self.scroll_extent(i)
            && let Some(scroll) = self.tabs[i].scroll_mut()
        {
            scroll.clamp(extent);
        }
    }

    fn clamp_help_scroll(&mut self) {
        if let Some(Overlay::Help { .. }) = self.overlay {
            let extent = self.help_pane(self.size).extent();
            if let Some(Overlay::Help { scroll }) = &mut self.overlay {
                scroll.clamp(extent);
            }
        }
    }
}
