//! The words of the screens that are not the guide's content: headings,
//! hints, messages. Every one has an English default in `ui.en.toml` (the
//! file `cramp-guide ui-text` prints); a guide's `[ui]` table may replace
//! any of them, so a guide in another language, or on another topic, needs
//! no change to the code.
//!
//! A text may hold placeholders, `{name}`, that the code fills in; a guide's
//! text may use only those its default uses. A text that counts something
//! is a pair, `{ one = "…", other = "…" }`, chosen by the count (`{n}`).
//! That is enough for English, Spanish, German and French; a language with
//! more forms would add them to [`Text::Plural`] and to [`Text::count`]'s
//! choice.

use std::fmt::Display;

/// The English defaults, with a comment on where each text shows.
/// Read for `cramp-guide ui-text` and where a guide is read from its text,
/// never at a usual start (the shipped guide holds its texts): kept with the
/// program's other rarely read constants (see `cold_bytes!` in `lib.rs`).
pub static DEFAULTS: &str = {
    #[unsafe(link_section = ".rodata.cold")]
    static TEXT: [u8; include_bytes!("../../ui.en.toml").len()] = *include_bytes!("../../ui.en.toml");
    match std::str::from_utf8(&TEXT) {
        Ok(text) => text,
        Err(_) => panic!("ui.en.toml is UTF-8"),
    }
};

/// One text of the screens.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Text {
    Plain(String),
    /// Chosen by a count: `one` for 1, `other` for anything else.
    Plural {
        one: String,
        other: String,
    },
}

impl Default for Text {
    fn default() -> Text {
        Text::Plain(String::new())
    }
}

impl Text {
    /// The text with no placeholder filled in (a plural's `other` form).
    pub fn get(&self) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::Plural { other, .. } => other,
        }
    }

    /// The text with each `{name}` replaced by its value.
    pub fn fill(&self, args: &[(&str, &dyn Display)]) -> String {
        fill(self.get(), args)
    }

    /// The form for `n` with `{n}` and each `{name}` filled in.
    pub fn count(&self, n: usize, args: &[(&str, &dyn Display)]) -> String {
        let form = match self {
            Text::Plain(s) => s,
            Text::Plural { one, .. } if n == 1 => one,
            Text::Plural { other, .. } => other,
        };
        let mut all: Vec<(&str, &dyn Display)> = vec![("n", &n)];
        all.extend_from_slice(args);
        fill(form, &all)
    }

    /// Every form of the text.
    fn forms(&self) -> Vec<&str> {
        match self {
            Text::Plain(s) => vec![s],
            Text::Plural { one, other } => vec![one, other],
        }
    }
}

/// `text` with each `{name}` of `args` replaced; any other brace is kept.
fn fill(text: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if let Some((_, value)) = args.iter().find(|(n, _)| *n == name) => {
                out.push_str(&value.to_string());
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders a text uses, in order, each once.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !out.contains(&name) {
            out.push(name);
        }
        rest = &after[close + 1..];
    }
    out
}

/// Declares the groups of UI text and their keys: the struct the code reads
/// (`ui.triage.nothing_ticked`), and the list of keys the checker knows.
///
/// Everything that goes over every text (cloning, comparing, storing,
/// reading, finding one by name) goes through one table of accessors,
/// [`UiText::TEXTS`], rather than through code written out per field: with
/// hundreds of texts, derived per-field code would be hundreds of KiB of the
/// program, much of it run at every start.
macro_rules! ui_text {
    ($( $(#[doc = $gdoc:literal])* $group:ident { $( $key:ident ),* $(,)? } )*) => {
        /// Every UI text, by screen. Each group is boxed, so the table is
        /// small wherever it is built or moved: hundreds of texts in place
        /// would be tens of KiB of stack at every start.
        #[derive(Default)]
        pub struct UiText {
            $( $(#[doc = $gdoc])* pub $group: Box<groups::$group>, )*
        }

        /// The groups of [`UiText`], one per screen or part of one.
        #[allow(non_camel_case_types)]
        pub mod groups {
            $(
                $(#[doc = $gdoc])*
                #[derive(Debug, Clone, Default)]
                pub struct $group {
                    $( pub $key: super::Text, )*
                }
            )*
        }

        impl UiText {
            /// Every group, in the order of `ui.en.toml`.
            pub const GROUPS: &'static [&'static str] = &[ $( stringify!($group), )* ];

            /// Every (group, key), in the order of `ui.en.toml`.
            pub const KEYS: &'static [(&'static str, &'static str)] =
                &[ $( $( (stringify!($group), stringify!($key)), )* )* ];

            /// How to reach each text, in the order of [`UiText::KEYS`].
            const TEXTS: &'static [Access] = &[ $( $( Access {
                get: |ui| &ui.$group.$key,
                get_mut: |ui| &mut ui.$group.$key,
            }, )* )* ];
        }
    };
}

/// How to reach one text of a [`UiText`].
struct Access {
    get: fn(&UiText) -> &Text,
    get_mut: fn(&mut UiText) -> &mut Text,
}

impl UiText {
    /// Every text, in the order of [`UiText::KEYS`].
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        UiText::TEXTS.iter().map(|access| (access.get)(self))
    }

    fn index(group: &str, key: &str) -> Option<usize> {
        UiText::KEYS.iter().position(|&(g, k)| g == group && k == key)
    }

    fn slot_mut(&mut self, group: &str, key: &str) -> Option<&mut Text> {
        UiText::index(group, key).map(|i| (UiText::TEXTS[i].get_mut)(self))
    }

    /// The text of a (group, key).
    pub fn slot(&self, group: &str, key: &str) -> Option<&Text> {
        UiText::index(group, key).map(|i| (UiText::TEXTS[i].get)(self))
    }
}

impl Clone for UiText {
    fn clone(&self) -> UiText {
        let mut copy = UiText::default();
        for access in UiText::TEXTS {
            (access.get_mut)(&mut copy).clone_from((access.get)(self));
        }
        copy
    }
}

impl PartialEq for UiText {
    fn eq(&self, other: &UiText) -> bool {
        self.texts().eq(other.texts())
    }
}

impl Eq for UiText {}

impl std::fmt::Debug for UiText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = |&(g, k): &(&str, &str)| format!("{g}.{k}");
        f.debug_map().entries(UiText::KEYS.iter().map(name).zip(self.texts())).finish()
    }
}

/// Stored (the pre-parsed shipped guide) as every text in the order of
/// [`UiText::KEYS`]: a program built with other keys cannot read it, which
/// the build, storing and reading the same program's guide, never meets.
impl serde::Serialize for UiText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.texts())
    }
}

impl<'de> serde::Deserialize<'de> for UiText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<UiText, D::Error> {
        struct Texts;
        impl<'de> serde::de::Visitor<'de> for Texts {
            type Value = UiText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "the {} UI texts in order", UiText::KEYS.len())
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<UiText, A::Error> {
                let mut ui = UiText::default();
                for (i, access) in UiText::TEXTS.iter().enumerate() {
                    let text = seq.next_element()?.ok_or_else(|| serde::de::Error::invalid_length(i, &self))?;
                    *(access.get_mut)(&mut ui) = text;
                }
                if seq.next_element::<Text>()?.is_some() {
                    return Err(serde::de::Error::invalid_length(UiText::KEYS.len() + 1, &self));
                }
                Ok(ui)
            }
        }
        deserializer.deserialize_seq(Texts)
    }
}

ui_text! {
    /// The red-flag check.
    triage {
        verdict_title,
        nothing_ticked,
        how_to_answer,
        then_level,
        dismiss_note,
        because_ticked,
        card_cut,
        list_title,
        ticked_count,
        more_below,
        more_above,
        why_title,
        why_keys,
        concern_timer,
        concern_saved,
    }
    /// The tab bar, its badges and the notices under it, and the marks on
    /// the frame of any text that does not all fit.
    tabs {
        diary,
        lines_of,
        more,
        end,
        question,
    }
    /// The key table: what each key does, in help and the footer.
    keys {
        global_heading,
        global_quit_help,
        global_next_tab_help,
        global_next_tab_hint,
        global_next_tab_hint_short,
        global_prev_tab_help,
        global_jump_tab_help,
        global_cramp_now_help,
        global_cramp_now_hint,
        global_cramp_now_hint_short,
        global_search_help,
        global_search_hint,
        global_search_hint_short,
        global_next_match_help,
        global_prev_match_help,
        global_back_help,
        global_help_help,
        global_help_hint,
        global_help_hint_short,
        global_close_help,
        global_quit_asks_help,
        global_quit_asks_hint,
        global_quit_asks_hint_short,
        topics_heading,
        topics_down_help,
        topics_down_hint,
        topics_down_hint_short,
        topics_follow_help,
        topics_follow_hint,
        topics_follow_hint_short,
        topics_up_help,
        topics_first_help,
        topics_last_help,
        topics_page_down_help,
        topics_page_down_hint,
        topics_page_down_hint_short,
        topics_page_up_help,
        topics_half_page_down_help,
        topics_half_page_up_help,
        topics_next_link_help,
        topics_prev_link_help,
        coach_list_heading,
        coach_list_down_help,
        coach_list_up_help,
        coach_list_first_help,
        coach_list_last_help,
        coach_list_start_routine_help,
        coach_list_start_routine_hint,
        coach_list_start_routine_hint_short,
        coach_list_page_down_help,
        coach_list_page_down_hint,
        coach_list_page_down_hint_short,
        coach_list_page_up_help,
        coach_list_toggle_bell_help,
        coach_list_toggle_bell_hint,
        coach_list_toggle_bell_hint_short,
        coach_list_toggle_cues_help,
        coach_list_toggle_motion_help,
        coach_session_heading,
        coach_session_toggle_pause_help,
        coach_session_toggle_pause_hint,
        coach_session_toggle_pause_hint_short,
        coach_session_stop_routine_help,
        coach_session_stop_routine_hint,
        coach_session_stop_routine_hint_short,
        coach_session_skip_phase_help,
        coach_session_skip_phase_hint,
        coach_session_skip_phase_hint_short,
        coach_session_step_back_help,
        coach_session_step_back_hint,
        coach_session_step_back_hint_short,
        coach_session_restart_help,
        coach_session_restart_hint,
        coach_session_restart_hint_short,
        coach_session_toggle_bell_help,
        coach_session_toggle_bell_hint,
        coach_session_toggle_bell_hint_short,
        coach_session_toggle_cues_help,
        coach_session_toggle_motion_help,
        coach_session_down_help,
        coach_session_up_help,
        coach_session_page_down_help,
        coach_session_page_up_help,
        triage_heading,
        triage_dismiss_help,
        triage_dismiss_hint,
        triage_dismiss_hint_short,
        triage_down_help,
        triage_up_help,
        triage_first_help,
        triage_last_help,
        triage_tick_help,
        triage_tick_hint,
        triage_tick_hint_short,
        triage_clear_ticks_help,
        triage_clear_ticks_hint,
        triage_clear_ticks_hint_short,
        triage_page_down_help,
        triage_page_up_help,
        hydration_heading,
        hydration_weight_up_help,
        hydration_weight_up_hint,
        hydration_weight_up_hint_short,
        hydration_weight_down_help,
        hydration_page_down_help,
        hydration_page_down_hint,
        hydration_page_down_hint_short,
        hydration_page_up_help,
        hydration_edit_weight_help,
        hydration_edit_weight_hint,
        hydration_edit_weight_hint_short,
        hydration_toggle_unit_help,
        hydration_toggle_unit_hint,
        hydration_toggle_unit_hint_short,
        weight_field_heading,
        weight_field_yes_help,
        weight_field_yes_hint,
        weight_field_yes_hint_short,
        weight_field_close_help,
        weight_field_close_hint,
        weight_field_close_hint_short,
        weight_field_cursor_left_help,
        weight_field_cursor_right_help,
        weight_field_cursor_home_help,
        weight_field_cursor_end_help,
        weight_field_delete_forward_help,
        weight_field_delete_word_help,
        weight_field_delete_to_start_help,
        weight_field_note,
        diary_heading,
        diary_down_help,
        diary_up_help,
        diary_first_help,
        diary_last_help,
        diary_add_cramp_help,
        diary_add_cramp_hint,
        diary_add_cramp_hint_short,
        diary_edit_cramp_help,
        diary_edit_cramp_hint,
        diary_edit_cramp_hint_short,
        diary_delete_cramp_help,
        diary_delete_cramp_hint,
        diary_delete_cramp_hint_short,
        diary_undo_help,
        diary_undo_hint,
        diary_undo_hint_short,
        diary_export_help,
        diary_export_hint,
        diary_export_hint_short,
        diary_follow_help,
        diary_follow_hint,
        diary_follow_hint_short,
        diary_entry_heading,
        diary_entry_close_help,
        diary_entry_close_hint,
        diary_entry_close_hint_short,
        diary_entry_edit_cramp_help,
        diary_entry_edit_cramp_hint,
        diary_entry_edit_cramp_hint_short,
        diary_entry_down_help,
        diary_entry_up_help,
        diary_entry_page_down_help,
        diary_entry_page_down_hint,
        diary_entry_page_down_hint_short,
        diary_entry_page_up_help,
        diary_form_heading,
        diary_form_save_help,
        diary_form_save_hint,
        diary_form_save_hint_short,
        diary_form_down_help,
        diary_form_down_hint,
        diary_form_down_hint_short,
        diary_form_up_help,
        diary_form_next_link_help,
        diary_form_prev_link_help,
        diary_form_cursor_left_help,
        diary_form_cursor_right_help,
        diary_form_cursor_home_help,
        diary_form_cursor_end_help,
        diary_form_delete_forward_help,
        diary_form_delete_word_help,
        diary_form_delete_to_start_help,
        diary_form_close_help,
        diary_form_close_hint,
        diary_form_close_hint_short,
        diary_form_note,
        diary_details_heading,
        diary_details_save_help,
        diary_details_save_hint,
        diary_details_save_hint_short,
        diary_details_close_help,
        diary_details_close_hint,
        diary_details_close_hint_short,
        diary_details_note,
        cramp_now_heading,
        cramp_now_cramp_stopped_help,
        cramp_now_cramp_stopped_hint,
        cramp_now_cramp_stopped_hint_short,
        cramp_now_start_routine_help,
        cramp_now_start_routine_hint,
        cramp_now_start_routine_hint_short,
        cramp_now_close_help,
        cramp_now_close_hint,
        cramp_now_close_hint_short,
        cramp_now_discard_help,
        cramp_now_discard_hint,
        cramp_now_discard_hint_short,
        cramp_now_down_help,
        cramp_now_up_help,
        cramp_now_page_down_help,
        cramp_now_page_down_hint,
        cramp_now_page_down_hint_short,
        cramp_now_page_up_help,
        cramp_now_first_help,
        cramp_now_last_help,
        cramp_undo_heading,
        cramp_undo_undo_help,
        cramp_undo_undo_hint,
        cramp_undo_undo_hint_short,
        search_heading,
        search_follow_help,
        search_follow_hint,
        search_follow_hint_short,
        search_down_help,
        search_up_help,
        search_cursor_left_help,
        search_cursor_right_help,
        search_cursor_home_help,
        search_cursor_end_help,
        search_delete_back_help,
        search_delete_forward_help,
        search_delete_word_help,
        search_delete_to_start_help,
        search_delete_to_start_hint,
        search_delete_to_start_hint_short,
        search_close_help,
        search_close_hint,
        search_close_hint_short,
        search_quit_help,
        search_quit_hint,
        search_quit_hint_short,
        search_note,
        help_heading,
        help_down_help,
        help_up_help,
        help_page_down_help,
        help_page_up_help,
        help_first_help,
        help_last_help,
        help_close_help,
        help_close_hint,
        help_close_hint_short,
        confirm_heading,
        confirm_yes_help,
        confirm_yes_hint,
        confirm_yes_hint_short,
        confirm_no_help,
        confirm_no_hint,
        confirm_no_hint_short,
        cramp_quit_heading,
        cramp_quit_cramp_stopped_help,
        cramp_quit_cramp_stopped_hint,
        cramp_quit_cramp_stopped_hint_short,
        cramp_quit_discard_help,
        cramp_quit_discard_hint,
        cramp_quit_discard_hint_short,
        cramp_quit_no_help,
        cramp_quit_no_hint,
        cramp_quit_no_hint_short,
    }
    /// The footer's own words.
    footer {
        too_small,
        not_kept,
        drafts_back,
        paste_ignored,
    }
    /// The help overlay.
    help {
        title,
    }
    /// A topics tab: the entry list and the text.
    topics {
        list_title,
        related_heading,
        related_entry,
        sources,
        source_number,
    }
    /// The coach: the routine list, a session and its end.
    coach {
        list_title,
        last_finished,
        last_stopped,
        skipped_count,
        breathing_cycles,
        list_starts,
        caution,
        steps,
        get_ready_step,
        pattern_inhale,
        pattern_exhale,
        pattern_hold,
        pattern_rest,
        hold_step,
        per_side,
        session_title,
        before_you_start,
        read_these,
        phase_get_ready,
        phase_inhale,
        phase_exhale,
        phase_hold_breath,
        phase_rest,
        phase_hold,
        phase_switch,
        phase_seconds,
        cycle_of,
        round_of,
        paused_by_sleep,
        read_the_cautions,
        paused,
        hint_resume,
        hint_start,
        step_of,
        getting_ready,
        progress,
        next,
        next_round,
        next_side,
        next_again,
        next_phase,
        next_breathing,
        next_step,
        cycles,
        badge_long,
        badge_short,
        badge_shortest,
        badge_phase,
        badge_side,
        badge_paused,
        ended_stopped,
        ended_all_skipped,
        ended_well_done,
        ended_finished,
        time_taken,
        cycles_done,
        end_keys,
        nothing_skipped,
        skipped_heading,
        and_more,
        stop_question,
        quit_question,
        routine_ended,
        cues_off,
        cues_unheard,
        cues_no_sound,
        cues_on,
        sound_on,
        sound_off,
        cues_failed,
        get_ready,
        get_ready_titled,
        switch_to,
        hold_again,
        say_inhale,
        say_hold,
        say_exhale,
        say_rest,
        describe_breathe,
        describe_switch,
        describe_side,
        describe_round,
        describe_side_round,
        skipped_left,
        cue_done,
        cue_side,
        motion_on,
        motion_off,
    }
    /// The cramp-right-now screen, its timer and badge.
    cramp {
        lasting,
        over_threshold,
        source,
        do_this_now,
        enter_starts,
        enter_goes_back,
        watch_for,
        level_action,
        first_then_level,
        your_diary,
        key_stopped,
        key_discard,
        key_hide,
        badge,
        notice,
        notice_keys,
        quit_question,
        no_screen,
        timer_back,
        keeps_running_routine,
        discarded,
        keeps_running,
        taken_up,
    }
    /// The water plan and its weight field.
    water {
        weight_label,
        weight_keys,
        field_keys,
        discard_question,
        not_a_weight,
        needs_unit,
        pounds_past_stone,
        not_positive,
        below_range,
        above_range,
        figure_capped,
        rate_per_kg,
        rate_per_lb,
        rate_capped,
        caution,
    }
    /// The Diary tab, its statistics and its forms.
    diary {
        discard_question,
        list_title_empty,
        list_title,
        problem_title,
        nothing_changed,
        empty_heading,
        empty_timer,
        empty_add,
        empty_local,
        shows_all,
        stats_title,
        last_7_days,
        last_30_days,
        last_90_days,
        median,
        longest,
        lasted_on,
        at_night,
        chart_title,
        counts_short,
        median_short,
        night_short,
        chart_short,
        detail_mostly,
        detail_mostly_count,
        detail_tie,
        detail_tie_count,
        detail_scale,
        detail_scale_count,
        hint_longest,
        hint_last_7_days,
        hint_last_30_days,
        hint_at_night,
        entry_title,
        when,
        lasted,
        note,
        add_title,
        edit_title,
        when_takes,
        lasted_reads,
        lasted_takes,
        choice_takes,
        form_keys,
        no_length,
        not_saved_form,
        details_title,
        details_question,
        details_number,
        details_step,
        deleted,
        not_deleted,
        undone,
        not_undone,
        no_export_dir,
        exported,
        not_exported,
        saved_lasted,
        saved_with_advice,
        saved,
        details_not_saved,
        saved_timer,
        not_saved_timer,
        timer_too_long,
        no_data_dir,        not_a_choice,
        not_on_scale,
        duration_form,
        duration_not_positive,
        duration_too_long,
        moment_form,
        moment_missing,
        moment_future,
        since_form,
        not_a_folder,
        not_a_diary,
        newer,
        damaged,
        write_refused,
        disk_full,
        read_only,
        exists,
        export_file,
    }
    /// The search overlay.
    search {
        title_long,
        title_keys,
        title,
        type_to_search,
        what_to_try,
        no_matches,
        did_you_mean,
        found,
        best_found,
        choose,
        recall,
        no_search_yet,
        result_status,
        match_status,
    }
    /// --print, --check and --list on the command line.
    print {
        source_article,
        sources,
        related,
        sign_action,
        coach_routine,
        watch_for,
        if_it_goes_on,
        escalation,
        minutes,
        cautions,
        steps,
        get_ready,
        total_length,
        total_length_lead_in,
        per_side,
        to_switch,
        times,
        in_all,
        cycles,
        phase_inhale,
        phase_hold,
        phase_exhale,
        phase_rest,
        per_weight,
        for_weight,
        caution,
        check_valid,
        check_entries,
        check_routines,
        check_signs,
        check_amounts,
        check_ui_texts,
    }
    /// The Markdown export for a doctor.
    markdown {
        title,
        exported,
        summary_title,
        summary_total,
        summary_median,
        summary_longest,
        summary_at_night,
        weekly_title,
        cramps_title,
        column_date,
        column_time,
        column_length,
        column_note,
        empty,
    }
    /// The diary on the command line: add, list, stats, import, export.
    diary_cli {
        recorded,
        recorded_minutes,
        advice,
        source,
        list_empty,
        stats_total,
        stats_recent,
        stats_median,
        stats_longest,
        stats_at_night,
        stats_weekly,
        deleted,
        no_such_id,
        no_such_id_empty,
        wrote,
        imported,
        imported_some_there,
        already_there,
        import_refused,
        at_line,
        csv_not_utf8,
        csv_unreadable,
        csv_no_column,
        csv_unknown_column,
        csv_columns,
        csv_not_a_number,
        read_only_note,
        no_data_dir,
        detail_problem,
        detail_not_key_value,
        detail_unknown,
    }
    /// The plain coach (coach ID --plain).
    plain_coach {
        heading,
        caution,
        on_side,
        seconds,
        cycle_of,
        round_of,
        done,
        stopped,
        cues_failed,
        routines_heading,
        routine_names,
    }
}

/// What is wrong with one entry of a `[ui]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiProblem {
    /// `ui` or one of its groups is not a table.
    NotATable,
    UnknownGroup {
        name: String,
        near: Option<&'static str>,
    },
    UnknownKey {
        name: String,
        near: Option<&'static str>,
    },
    /// Neither a string nor a table of forms.
    NotText,
    /// A table that is not exactly `one` and `other`, both strings.
    NotForms,
    /// A plural where the default is one text (`plural: false`), or the
    /// other way round.
    Kind {
        plural: bool,
    },
    /// A placeholder the code does not fill in for this text; `known` are
    /// the ones it does.
    Placeholder {
        name: String,
        known: String,
    },
}

/// Reads a text from a TOML value.
fn read_text(value: &toml::Value) -> Result<Text, UiProblem> {
    match value {
        toml::Value::String(s) => Ok(Text::Plain(s.clone())),
        toml::Value::Table(t) => {
            let form = |k: &str| t.get(k).and_then(toml::Value::as_str).map(str::to_string);
            match (form("one"), form("other"), t.len()) {
                (Some(one), Some(other), 2) => Ok(Text::Plural { one, other }),
                _ => Err(UiProblem::NotForms),
            }
        }
        _ => Err(UiProblem::NotText),
    }
}

/// Whether `text` may stand for `default`: the same kind, and only the
/// placeholders the default has.
fn fits(text: &Text, default: &Text) -> Result<(), UiProblem> {
    let plural = matches!(default, Text::Plural { .. });
    if plural != matches!(text, Text::Plural { .. }) {
        return Err(UiProblem::Kind { plural });
    }
    let mut known: Vec<&str> = Vec::new();
    if plural {
        known.push("n");
    }
    for p in default.forms().into_iter().flat_map(placeholders) {
        if !known.contains(&p) {
            known.push(p);
        }
    }
    for form in text.forms() {
        if let Some(name) = placeholders(form).into_iter().find(|p| !known.contains(p)) {
            let known: Vec<String> = known.iter().map(|k| format!("{{{k}}}")).collect();
            let known = if known.is_empty() { "none".to_string() } else { known.join(", ") };
            return Err(UiProblem::Placeholder { name: name.to_string(), known });
        }
    }
    Ok(())
}

impl UiText {
    /// The English defaults. Panics if `ui.en.toml` lacks a key or has one
    /// the code does not know: a test and the build catch that.
    pub fn english() -> UiText {
        let table: toml::Table = DEFAULTS.parse().expect("ui.en.toml is valid TOML");
        let mut ui = UiText::default();
        let problems = ui.apply(&table, None);
        assert!(problems.is_empty(), "ui.en.toml: {problems:?}");
        let missing: Vec<String> = UiText::KEYS
            .iter()
            .filter(|(g, k)| table.get("ui").and_then(|u| u.get(g)).and_then(|t| t.get(k)).is_none())
            .map(|(g, k)| format!("ui.{g}.{k}"))
            .collect();
        assert!(missing.is_empty(), "ui.en.toml lacks {missing:?}");
        ui
    }

    /// The English defaults, read once and kept: for words said where no
    /// guide is at hand (the `Display` of an error).
    pub fn english_once() -> &'static UiText {
        static ENGLISH: std::sync::LazyLock<UiText> = std::sync::LazyLock::new(UiText::english);
        &ENGLISH
    }

    /// Applies the `[ui]` table of `doc` (a whole guide, or `ui.en.toml`)
    /// over these texts; `defaults` (None: take any text) says what each
    /// text may hold. Returns the problems, each with its dotted path.
    pub fn apply(&mut self, doc: &toml::Table, defaults: Option<&UiText>) -> Vec<(String, UiProblem)> {
        let mut problems = Vec::new();
        let Some(ui) = doc.get("ui") else { return problems };
        let Some(ui) = ui.as_table() else {
            problems.push(("ui".into(), UiProblem::NotATable));
            return problems;
        };
        let groups = UiText::GROUPS;
        for (group, keys) in ui {
            let path = format!("ui.{group}");
            if !groups.contains(&group.as_str()) {
                problems.push((path, UiProblem::UnknownGroup { name: group.clone(), near: nearest(group, groups) }));
                continue;
            }
            let Some(keys) = keys.as_table() else {
                problems.push((path, UiProblem::NotATable));
                continue;
            };
            let known: Vec<&str> = UiText::KEYS.iter().filter(|(g, _)| g == group).map(|(_, k)| *k).collect();
            for (key, value) in keys {
                let path = format!("ui.{group}.{key}");
                let Some(slot) = self.slot_mut(group, key) else {
                    problems.push((path, UiProblem::UnknownKey { name: key.clone(), near: nearest(key, &known) }));
                    continue;
                };
                let text = match read_text(value) {
                    Ok(text) => text,
                    Err(e) => {
                        problems.push((path, e));
                        continue;
                    }
                };
                if let Some(default) = defaults.and_then(|d| d.slot(group, key))
                    && let Err(e) = fits(&text, default)
                {
                    problems.push((path, e));
                    continue;
                }
                *slot = text;
            }
        }
        problems
    }

    /// How many texts differ from `other` (the defaults).
    pub fn changed_from(&self, other: &UiText) -> usize {
        self.texts().zip(other.texts()).filter(|(a, b)| a != b).count()
    }
}

/// The known name nearest to `name`, when it is a slip away.
fn nearest(name: &str, known: &[&'static str]) -> Option<&'static str> {
    known
        .iter()
        .map(|k| (super::distance::edit_distance(name, k), *k))
        .filter(|&(d, k)| d <= 2 && 2 * d <= k.chars().count())
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_defaults_have_every_key_and_no_other() {
        let ui = UiText::english();
        assert!(UiText::KEYS.iter().all(|(g, k)| !ui.slot(g, k).unwrap().get().is_empty()));
        let table: toml::Table = DEFAULTS.parse().unwrap();
        let ui_table = table["ui"].as_table().unwrap();
        let written: usize = ui_table.values().map(|g| g.as_table().unwrap().len()).sum();
        assert_eq!(written, UiText::KEYS.len(), "every key of ui.en.toml is one the code reads");
    }

    #[test]
    fn placeholders_are_filled_by_name_and_others_kept() {
        let t = Text::Plain("Question {at} of {total} {x} {".into());
        assert_eq!(t.fill(&[("at", &3), ("total", &"29")]), "Question 3 of 29 {x} {");
        assert_eq!(placeholders("{a} {b} {a} {} {no space}"), ["a", "b"]);
        let p = Text::Plural { one: "{n} cramp".into(), other: "{n} cramps".into() };
        assert_eq!(
            (p.count(1, &[]), p.count(0, &[]), p.count(2, &[])),
            ("1 cramp".into(), "0 cramps".into(), "2 cramps".into())
        );
    }

    #[test]
    fn a_guide_may_replace_any_text_and_is_told_what_it_got_wrong() {
        let english = UiText::english();
        let doc: toml::Table = r#"
            [ui.triage]
            nothing_ticked = "Nada marcado"
            list_title = "Pregunta {at} de {total} · {ticked} marcadas {wrong}"
            nothing_tickd = "x"
            because_ticked = { one = "a", other = "b" }
            [ui.triag]
            x = "y"
        "#
        .parse()
        .unwrap();
        let mut ui = english.clone();
        let problems = ui.apply(&doc, Some(&english));
        assert_eq!(ui.triage.nothing_ticked.get(), "Nada marcado");
        assert_eq!(ui.triage.list_title, english.triage.list_title, "a text with a problem is not taken");
        let at = |path: &str| problems.iter().find(|(p, _)| p == path).map(|(_, m)| m.clone());
        assert_eq!(problems.len(), 4, "{problems:#?}");
        assert_eq!(at("ui.triag"), Some(UiProblem::UnknownGroup { name: "triag".into(), near: Some("triage") }));
        assert_eq!(
            at("ui.triage.nothing_tickd"),
            Some(UiProblem::UnknownKey { name: "nothing_tickd".into(), near: Some("nothing_ticked") })
        );
        assert_eq!(
            at("ui.triage.list_title"),
            Some(UiProblem::Placeholder { name: "wrong".into(), known: "{at}, {total}, {ticked}".into() })
        );
        assert_eq!(at("ui.triage.because_ticked"), Some(UiProblem::Kind { plural: false }));
        assert_eq!(ui.changed_from(&english), 1);
    }

    #[test]
    fn every_text_is_reached_by_its_own_name_cloned_compared_and_stored() {
        let english = UiText::english();
        // Each (group, key) reaches a slot of its own: marking one text
        // changes exactly that one, found under the same name.
        for (i, &(group, key)) in UiText::KEYS.iter().enumerate() {
            let mut ui = english.clone();
            *ui.slot_mut(group, key).unwrap() = Text::Plain(format!("#{i}"));
            assert_eq!(ui.changed_from(&english), 1, "{group}.{key}");
            assert_eq!(ui.slot(group, key), Some(&Text::Plain(format!("#{i}"))));
            assert_eq!(ui.texts().nth(i), Some(&Text::Plain(format!("#{i}"))), "{group}.{key} is the {i}th text");
            assert_ne!(ui, english);
        }
        assert_eq!(english.texts().count(), UiText::KEYS.len());
        // Stored and read back (the pre-parsed shipped guide) as it was,
        // a plural included; a store with a text too few or too many is
        // refused.
        let mut ui = english.clone();
        ui.triage.nothing_ticked = Text::Plural { one: "uno".into(), other: "otros".into() };
        let stored = postcard::to_stdvec(&ui).unwrap();
        assert_eq!(postcard::from_bytes::<UiText>(&stored).unwrap(), ui);
        let texts: Vec<&Text> = ui.texts().collect();
        let short = postcard::to_stdvec(&texts[1..]).unwrap();
        assert!(postcard::from_bytes::<UiText>(&short).is_err());
        let extra = Text::Plain("one more".into());
        let long = postcard::to_stdvec(&texts.iter().copied().chain([&extra]).collect::<Vec<_>>()).unwrap();
        assert!(postcard::from_bytes::<UiText>(&long).is_err());
        assert!(format!("{ui:?}").contains("triage.nothing_ticked"));
    }
}
