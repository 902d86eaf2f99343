//! One cramp of the diary in full: Enter on the list shows its time, length,
//! every detail and the whole note, to read without editing it; ↓ and ↑ go
//! through the cramps, e edits the one shown, Esc goes back to the list.

use ratatui::layout::Rect;

use super::App;
use super::keys::Action;
use super::tab_keys::scroll_move;
use crate::coach::Clock;
use crate::view::{Pane, Scroll};

impl App {
    /// The cramp shown in full over `body`, while it is: title and pane.
    pub fn diary_entry_view(&self, body: Rect) -> Option<(String, Pane)> {
        self.diary.viewing?;
        let cramp = self.diary.link.loaded()?.cramps.get(self.diary.selected)?;
        Some(crate::view::diary_entry::view(
            cramp,
            self.guide.diary.as_ref(),
            (&self.guide.ui.diary, &self.guide.locale),
            body,
            self.theme,
        ))
    }

    /// The pane of the cramp shown in full at the current size.
    pub(super) fn diary_entry_pane(&self) -> Option<Pane> {
        self.diary_entry_view(self.areas(self.size).body).map(|(_, pane)| pane)
    }

    /// A key of the cramp shown in full.
    pub(super) fn entry_action(&mut self, action: Action, now: Clock) {
        match action {
            Action::Close => self.diary.viewing = None,
            Action::EditCramp => self.diary_action(action, now),
            Action::Down | Action::Up => {
                self.diary_action(action, now);
                self.diary.viewing = Some(Scroll::default());
            }
            action => {
                let extent = self.diary_entry_pane().map(|p| p.extent()).unwrap_or_default();
                if let (Some(step), Some(scroll)) = (scroll_move(action), &mut self.diary.viewing) {
                    scroll.apply(step, extent);
                }
            }
        }
    }

    /// Keeps the scroll of the cramp shown in full within its pane.
    pub(super) fn clamp_entry_scroll(&mut self) {
        if let Some(extent) = self.diary_entry_pane().map(|p| p.extent())
            && let Some(scroll) = &mut self.diary.viewing
        {
            scroll.clamp(extent);
        }
    }
}
