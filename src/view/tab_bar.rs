//! The tab bar: every tab's number and title; when they do not all fit, a
//! window around the active tab with marks where tabs are hidden.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::text;
use crate::theme::Theme;

/// The label of tab `i` (0-based): its number key and title.
fn label(title: &str, i: usize, active: bool) -> String {
    let number = match i {
        0..9 => format!("{} ", i + 1),
        9 => "0 ".to_string(),
        _ => String::new(),
    };
    if active { format!("[{number}{title}]") } else { format!(" {number}{title} ") }
}

/// Which tabs to show: the widest run around the active tab that fits.
pub fn visible_range(widths: &[usize], active: usize, room: usize) -> (usize, usize) {
    let total: usize = widths.iter().sum();
    if total <= room {
        return (0, widths.len());
    }
    let (mut lo, mut hi) = (active, active + 1);
    let mut used = widths[active];
    // Each hidden side costs one column for its mark.
    let cost = |lo: usize, hi: usize| usize::from(lo > 0) + usize::from(hi < widths.len());
    loop {
        let mut grew = false;
        if hi < widths.len() && used + widths[hi] + cost(lo, hi + 1) <= room {
            used += widths[hi];
            hi += 1;
            grew = true;
        }
        if lo > 0 && used + widths[lo - 1] + cost(lo - 1, hi) <= room {
            lo -= 1;
            used += widths[lo];
            grew = true;
        }
        if !grew {
            return (lo, hi);
        }
    }
}

/// The tab bar for tabs of `titles`, tab `active` on screen, `width`
/// columns wide; a timed cramp's `badge` takes the right end first.
pub fn line(
    titles: &[&str],
    active: usize,
    width: u16,
    badge: Option<&(String, Style)>,
    theme: Theme,
) -> Line<'static> {
    let labels: Vec<String> = titles.iter().enumerate().map(|(i, t)| label(t, i, i == active)).collect();
    let widths: Vec<usize> = labels.iter().map(|l| text::width(l)).collect();
    let badge = badge.map(|(text, style)| {
        let text = text::truncate(text, usize::from(width) / 2, theme.symbols.ellipsis);
        Span::styled(text, style.add_modifier(Modifier::REVERSED))
    });
    let room = usize::from(width).saturating_sub(badge.as_ref().map_or(0, |b| b.width()));
    let (lo, hi) = visible_range(&widths, active, room);
    let mut spans = Vec::new();
    if lo > 0 {
        spans.push(Span::styled(theme.symbols.more_left, theme.key));
    }
    for (i, label) in labels.iter().enumerate().take(hi).skip(lo) {
        let style = if i == active { theme.active_tab } else { theme.tab };
        let label = if i == active {
            // The active tab always shows, cut if it alone is too wide.
            text::truncate(label, room.saturating_sub(2), theme.symbols.ellipsis)
        } else {
            label.clone()
        };
        spans.push(Span::styled(label, style));
    }
    if hi < labels.len() {
        spans.push(Span::styled(theme.symbols.more_right, theme.key));
    }
    if let Some(badge) = badge {
        let used: usize = spans.iter().map(|s| s.width()).sum();
        spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
        spans.push(badge);
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::{Theme, line, visible_range};

    #[test]
    fn everything_shows_when_it_fits() {
        assert_eq!(visible_range(&[10, 10, 10], 1, 30), (0, 3));
    }

    #[test]
    fn the_active_tab_and_its_neighbours_show_when_it_does_not() {
        let widths = [10; 8];
        let (lo, hi) = visible_range(&widths, 5, 40);
        assert!(lo <= 4 && hi >= 7, "{lo}..{hi}");
        assert!(widths[lo..hi].iter().sum::<usize>() + 2 <= 40);
    }

    #[test]
    fn the_last_tab_shown_needs_no_mark_after_it() {
        // 5 + 5 and one mark before: 11 columns take the middle and the last.
        assert_eq!(visible_range(&[5, 5, 5], 1, 11), (1, 3));
    }

    #[test]
    fn a_tab_is_added_only_with_a_column_for_the_mark_after_it() {
        // The first and second take 10 columns and the mark for the third one more.
        assert_eq!(visible_range(&[5, 5, 5], 0, 11), (0, 2));
        assert_eq!(visible_range(&[5, 5, 5], 0, 10), (0, 1));
    }

    #[test]
    fn the_first_and_last_tabs_only_need_one_mark() {
        assert_eq!(visible_range(&[10; 8], 0, 35), (0, 3));
        assert_eq!(visible_range(&[10; 8], 7, 35), (5, 8));
    }

    #[test]
    fn a_tab_is_added_on_the_left_only_when_its_own_width_fits() {
        // Active 2 columns wide in 6: the 8 columns of the tab before it do not fit.
        assert_eq!(visible_range(&[8, 2], 1, 6), (1, 2));
        assert_eq!(visible_range(&[3, 2, 9], 1, 6), (0, 2), "the 3 columns before do, with a mark after");
    }

    #[test]
    fn only_the_active_tab_is_marked_and_only_it_is_cut() {
        let theme = Theme::MONO;
        let titles = ["Cramps", "A rather long title", "Water"];
        let wide = line(&titles, 1, 80, None, theme);
        let styled: Vec<(String, bool)> =
            wide.spans.iter().map(|s| (s.content.to_string(), s.style == theme.active_tab)).collect();
        assert_eq!(
            styled,
            [(" 1 Cramps ".into(), false), ("[2 A rather long title]".into(), true), (" 3 Water ".into(), false)]
        );
        // Too narrow for the active tab alone: it is cut, with marks for the tabs either side.
        let narrow = line(&titles, 1, 12, None, theme);
        let text = narrow.to_string();
        assert_eq!(narrow.width(), 12, "{text:?}");
        assert!(text.starts_with(theme.symbols.more_left) && text.ends_with(theme.symbols.more_right), "{text:?}");
        assert!(text.contains("[2 A ") && text.contains(theme.symbols.ellipsis), "{text:?}");
        // A tab that is not active is shown whole or not at all.
        let third = line(&titles, 2, 20, None, theme).to_string();
        assert!(third.contains("[3 Water]") && !third.contains(theme.symbols.ellipsis), "{third:?}");
    }
}
