//! `cargo bench`: how long the work behind one frame takes.
//!
//! A plain harness (no extra crates): each case runs for about half a
//! second and reports the mean and the fastest of ten batches. Figures are
//! for comparison on one machine, never asserted anywhere.

use std::hint::black_box;
use std::time::{Duration, Instant};

use cramp_guide::app::App;
use cramp_guide::coach::{Clock, Session, Timeline};
use cramp_guide::guide::model::TabBody;
use cramp_guide::guide::{DEFAULT_GUIDE, parse_guide};
use cramp_guide::text::figures::Numbers;
use cramp_guide::ui::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

fn bench(name: &str, mut f: impl FnMut()) {
    // Find a batch size that takes about 50 ms.
    let mut batch = 1u64;
    loop {
        let start = Instant::now();
        for _ in 0..batch {
            f();
        }
        if start.elapsed() > Duration::from_millis(50) || batch > 1 << 30 {
            break;
        }
        batch *= 2;
    }
    let mut times = Vec::new();
    for _ in 0..10 {
        let start = Instant::now();
        for _ in 0..batch {
            f();
        }
        times.push(start.elapsed().as_nanos() as f64 / batch as f64);
    }
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    let best = times.iter().cloned().fold(f64::MAX, f64::min);
    println!("{name:<44} mean {:>12}   best {:>12}", human(mean), human(best));
}

fn human(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn app(width: u16, height: u16) -> App {
    let guide = parse_guide(DEFAULT_GUIDE, "guide.toml").unwrap();
    let mut app = App::new(guide, Theme::COLOR, Size { width, height });
    app.handle_key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
    app
}

fn main() {
    bench("load and validate the shipped guide", || {
        black_box(parse_guide(black_box(DEFAULT_GUIDE), "guide.toml").unwrap());
    });
    bench("load the shipped guide pre-parsed (start)", || {
        black_box(cramp_guide::shipped::shipped_guide().unwrap());
    });

    let guide = parse_guide(DEFAULT_GUIDE, "guide.toml").unwrap();
    let routines: Vec<_> = guide
        .tabs
        .iter()
        .flat_map(|t| match &t.body {
            TabBody::Coach(r) => r.to_vec(),
            _ => Vec::new(),
        })
        .collect();
    bench("coach: lay out every routine's timeline", || {
        for r in &routines {
            black_box(Timeline::new(black_box(r), &guide.ui, Numbers::ENGLISH));
        }
    });
    let clock = Clock::now();
    let session = Session::start(Timeline::new(&routines[0], &guide.ui, Numbers::ENGLISH), clock);
    let mut offset = 0u64;
    bench("coach: view + next wake at an instant", || {
        offset = (offset + 7_919_000) % 170_000_000_000;
        let now = clock.mono + Duration::from_nanos(offset);
        black_box(session.view(now));
        black_box(session.next_change(now, 60));
    });

    let index = cramp_guide::search::Index::new(&guide);
    bench("search index: build for the whole guide", || {
        black_box(cramp_guide::search::Index::new(black_box(&guide)));
    });
    let queries = ["magnesium", "charley horse", "water pills", "calf stretch breathing", "swollen red", "qqzzx"];
    let mut q = 0;
    bench("search: one query over the whole guide", || {
        q = (q + 1) % queries.len();
        black_box(index.search(black_box(queries[q]), 50));
    });
    // Every word here is misspelt or a question: the typo matching and the
    // stemming run on the whole vocabulary.
    let typos = ["magnesum", "magnisium", "potasium", "charly horse", "dehidration", "cloride", "leg cramps at night"];
    bench("search: misspelt query, typos forgiven", || {
        q = (q + 1) % typos.len();
        black_box(index.search(black_box(typos[q]), 50));
    });
    bench("search: nothing found, then did-you-mean", || {
        black_box(index.search(black_box("magnezzzium"), 50));
        black_box(index.suggest(black_box("magnezzzium")));
    });

    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = app(w, h);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        for i in 0..app.guide.tabs.len() {
            app.handle_key(KeyEvent::new(KeyCode::Char(char::from(b'1' + i as u8)), KeyModifiers::NONE));
            let name = format!("draw tab {} ({}) at {w}x{h}", i + 1, app.guide.tabs[i].id);
            bench(&name, || {
                terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
            });
        }
    }

    let mut found = app(80, 24);
    found.handle_key(KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE));
    for c in "leg cramp".chars() {
        found.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        // Typed, not pasted: an Enter right after a key would be taken as text.
        std::thread::sleep(Duration::from_millis(10));
    }
    found.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert!(found.highlight().is_some(), "the search was followed");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    bench("draw an entry with search matches marked at 80x24", || {
        terminal.draw(|f| f.render_widget(&found, f.area())).unwrap();
    });

    let mut app = app(80, 24);
    let coach = app.guide.tabs.iter().position(|t| matches!(t.body, TabBody::Coach(_))).unwrap();
    app.handle_key(KeyEvent::new(KeyCode::Char(char::from(b'1' + coach as u8)), KeyModifiers::NONE));
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    bench("draw one coach session frame at 80x24", || {
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });

    diary_cases();
}

/// The diary with 10,000 cramps: adding one, reading them all, the stats.
fn diary_cases() {
    use cramp_guide::diary::{Diary, NewCramp, Stats, now_local};
    let tmp = tempfile::tempdir().unwrap();
    let mut diary = Diary::open_or_create(tmp.path()).unwrap();
    let now = now_local();
    let cramps: Vec<NewCramp> = (0..10_000)
        .map(|i| NewCramp {
            started: now - chrono::Duration::minutes(i * 17),
            duration: Duration::from_secs(30 + (i as u64 * 7) % 900),
            details: [("leg".to_string(), ["left", "right"][i as usize % 2].to_string())].into(),
            note: None,
        })
        .collect();
    diary.add_all(&cramps).unwrap();
    let config = parse_guide(DEFAULT_GUIDE, "guide.toml").unwrap().diary;
    let sample = cramps[0].clone();
    bench("diary: add one cramp (one transaction)", || {
        black_box(diary.add(black_box(&sample)).unwrap());
    });
    bench("diary: read 10,000 cramps", || {
        black_box(diary.list(None).unwrap());
    });
    let all = diary.list(None).unwrap();
    bench("diary: stats over 10,000 cramps", || {
        black_box(Stats::compute(black_box(&all), now, config.as_ref()));
    });
}
