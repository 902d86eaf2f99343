//! Source URLs are never split where they fit: each goes whole on a line of
//! its own, from the text's left edge. Only a URL wider than the pane is
//! broken, on lines of its own, after a slash or other separator (at the
//! width only where no separator fits).

mod common;

use common::Harness;
use cramp_guide::app::TopicsState;
use cramp_guide::guide::model::TabBody;
use cramp_guide::text;
use cramp_guide::view::pane::text_width;

const SIZES: [(u16, u16); 4] = [(40, 12), (50, 16), (80, 24), (120, 40)];

/// Characters a URL may be broken after.
const SEPARATORS: &[char] = &['/', '-', '.', '?', '&', '=', '#', '_'];

#[test]
fn every_source_url_is_whole_on_its_own_line_where_it_fits() {
    let mut checked = 0;
    for (w, h) in SIZES {
        let mut harness = Harness::new(w, h);
        harness.app.show_disclaimer = false;
        let app = &harness.app;
        let body = app.areas(app.size).body;
        for tab in &app.guide.tabs {
            let TabBody::Topics(entries) = &tab.body else { continue };
            for (i, entry) in entries.iter().enumerate() {
                let state = TopicsState { selected: i, ..TopicsState::default() };
                let (_, pane) = app.topics_screen(entries, &state, body).detail.unwrap();
                let room = text_width(pane.area);
                let lines: Vec<String> = pane.lines.iter().map(|l| l.to_string().trim().to_string()).collect();
                for source in &entry.sources {
                    let url = source.url.as_str();
                    checked += 1;
                    if text::width(url) <= room {
                        assert!(
                            lines.iter().any(|l| l == url),
                            "{w}x{h} {}: {url} ({} columns, the pane has {room}) is split:\n{}",
                            entry.id,
                            text::width(url),
                            lines.join("\n")
                        );
                        continue;
                    }
                    // Wider than the pane: consecutive lines of its own.
                    let pieces = (0..lines.len()).find_map(|start| {
                        let mut joined = String::new();
                        let mut pieces = Vec::new();
                        for line in &lines[start..] {
                            if !url.starts_with(&format!("{joined}{line}")) || line.is_empty() {
                                break;
                            }
                            joined.push_str(line);
                            pieces.push(line.as_str());
                        }
                        (joined == url).then_some(pieces)
                    });
                    let pieces = pieces.unwrap_or_else(|| {
                        panic!("{w}x{h} {}: {url} is not on lines of its own:\n{}", entry.id, lines.join("\n"))
                    });
                    // After a separator; at the full width only where none fits.
                    for piece in &pieces[..pieces.len() - 1] {
                        let full = text::width(piece) == room && !piece.contains(SEPARATORS);
                        assert!(piece.ends_with(SEPARATORS) || full, "{w}x{h}: {url} is broken mid-word: {pieces:?}");
                    }
                }
            }
        }
    }
    assert!(checked > 100, "{checked} sources checked");
}
