//! What the tabs' key handlers share: the effect a key asks of the app
//! beyond a tab's own state, paging keys as scroll moves, list selection.

use super::keys::Action;
use crate::view::Move;

/// What a tab's key handler asks of the app beyond its own state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Effect {
    None,
    /// Open an entry or routine by id.
    Open(String),
    /// Ask before stopping the running routine.
    ConfirmStop,
    /// Ask before throwing away what was typed.
    ConfirmDiscard,
    /// Say in the footer that the routine has ended (a key that has
    /// nothing to do now).
    RoutineEnded,
}

/// The scrolling move of a paging key.
pub(super) fn page_move(action: Action) -> Option<Move> {
    match action {
        Action::PageUp => Some(Move::PageUp),
        Action::PageDown => Some(Move::PageDown),
        Action::HalfPageUp => Some(Move::HalfPageUp),
        Action::HalfPageDown => Some(Move::HalfPageDown),
        _ => None,
    }
}

/// The scrolling move of a line, paging, first or last key.
pub(super) fn scroll_move(action: Action) -> Option<Move> {
    match action {
        Action::Down => Some(Move::LineDown),
        Action::Up => Some(Move::LineUp),
        Action::First => Some(Move::Top),
        Action::Last => Some(Move::Bottom),
        action => page_move(action),
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
