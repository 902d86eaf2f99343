//! The editing keys of a line being typed: the same steps on the search
//! line, the diary form's text rows and the weight field.

use super::keys::Action;
use crate::text::line_input::{Edit, LineInput};

/// The editing step a key's action asks for, if it is one.
fn step(action: Action) -> Option<Edit> {
    Some(match action {
        Action::CursorLeft => Edit::Left,
        Action::CursorRight => Edit::Right,
        Action::CursorHome => Edit::Home,
        Action::CursorEnd => Edit::End,
        Action::DeleteBack => Edit::DeleteBack,
        Action::DeleteForward => Edit::DeleteForward,
        Action::DeleteToStart => Edit::DeleteToStart,
        Action::DeleteWord => Edit::DeleteWord,
        _ => return None,
    })
}

/// Whether `action` is an editing step.
pub(super) fn is_edit(action: Action) -> bool {
    step(action).is_some()
}

/// Applies `action` to `input` when it is an editing step; true when the
/// text changed.
pub(super) fn edit(input: &mut LineInput, action: Action) -> bool {
    step(action).is_some_and(|edit| input.edit(edit))
}
