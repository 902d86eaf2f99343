use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use cramp_guide::app::{Options, Place};
use cramp_guide::cli::{self, Cli, ColorChoice, Command, Format, Look};
use cramp_guide::cue::{self, CueCommand};
use cramp_guide::diary_cli::{self, DiaryFailure};
use cramp_guide::guide::model::TabBody;
use cramp_guide::guide::{self, Guide, LoadError};
use cramp_guide::shipped;
use cramp_guide::text::figures::Numbers;
use cramp_guide::ui::Theme;
use cramp_guide::{names, plain_coach, print, report};

mod pager;

fn main() -> ExitCode {
    exit_101_on_panic();
    let cli = parse_args();
    // These describe the command line itself and need no guide.
    let generated = match &cli.command {
        // Completion offers the built-in guide's ids, whatever --guide says.
        Some(Command::Completions { shell }) => match shipped::shipped_guide() {
            Ok(_) => Some(Ok(cli::completions(*shell).to_vec())),
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(2);
            }
        },
        Some(Command::Man) => Some(cli::man_page()),
        Some(Command::UiText) => Some(Ok(cramp_guide::guide::ui_text::DEFAULTS.as_bytes().to_vec())),
        _ => None,
    };
    if let Some(text) = generated {
        return exit(text.map_err(Failure::from).and_then(write_out));
    }
    let guide = match load(&cli) {
        Ok(guide) => guide,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    exit(run(cli, guide))
}

/// A release build aborts on a panic rather than unwinding (no unwinding
/// code: a smaller program). The panic is still reported, the terminal still
/// restored (the drawing loop's hook runs first) and the exit status is 101,
/// as when a panic unwinds.
fn exit_101_on_panic() {
    if cfg!(panic = "abort") {
        let report = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            report(info);
            std::process::exit(101);
        }));
    }
}

/// The command line, parsed. Help for it is the one place that lists the
/// built-in guide's routines, so the guide is read only when help is shown.
fn parse_args() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() <= 1 {
        return Cli::bare();
    }
    match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => {
            let Ok(guide) = shipped::shipped_guide() else { e.exit() };
            match cli::command_for(&guide).try_get_matches_from(&args) {
                Err(help) => help.exit(),
                Ok(_) => e.exit(),
            }
        }
        Err(e) => e.exit(),
    }
}

fn exit(result: Result<ExitCode, Failure>) -> ExitCode {
    match result {
        Ok(code) => code,
        // Written, not printed: a standard error that is gone (a closed
        // terminal window) must not turn the report into a panic.
        Err(Failure::Usage(message)) => {
            let _ = writeln!(std::io::stderr(), "error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Runtime(error)) => {
            let _ = writeln!(std::io::stderr(), "error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

enum Failure {
    /// A wrong id or argument: exit 2.
    Usage(String),
    /// Something failed while running: exit 1.
    Runtime(anyhow::Error),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        Failure::Runtime(e.into())
    }
}

/// The guide named by --guide, else the built-in one in the form the build
/// checked (with the same loader: --check of it reports what the build found).
fn load(cli: &Cli) -> Result<Guide, LoadError> {
    match &cli.guide {
        Some(path) => guide::load_guide(path),
        None => shipped::shipped_guide(),
    }
}

fn run(cli: Cli, guide: Guide) -> Result<ExitCode, Failure> {
    let stdout_tty = std::io::stdout().is_terminal();
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    if cli.check {
        return write_out(report::check_summary(&guide));
    }
    if cli.list {
        return write_out(report::list(&guide));
    }
    if let Some(Command::Diary(command)) = &cli.command {
        return match diary_cli::run(command, &guide, cli.data_dir.as_deref()) {
            Ok(reply) => {
                if let Some(note) = &reply.note {
                    eprint!("{note}");
                }
                // A file or a pipe gets the diary as it is; a terminal, what
                // cannot steer it.
                if std::io::stdout().is_terminal() {
                    write_out(cramp_guide::text::for_terminal(&reply.out))
                } else {
                    write_out(&reply.out)
                }
            }
            Err(DiaryFailure::Usage(message)) => Err(Failure::Usage(message)),
            Err(DiaryFailure::Runtime(message)) => Err(Failure::Runtime(anyhow::anyhow!(message))),
        };
    }
    let place = start_place(&cli, &guide)?;
    // The routine a name resolves to: its id is what starts it on screen.
    let mut routine_id = None;
    if let Some(Command::Coach { routine, plain, .. }) = &cli.command {
        let Some((t, r)) = names::find_routine(&guide, routine) else {
            let ids = report::routine_ids(&guide);
            let titles = report::routine_titles(&guide);
            let known: Vec<&str> = ids.iter().chain(&titles).copied().collect();
            return Err(Failure::Usage(names::not_found(
                &format!("no routine has the id {routine:?}"),
                routine,
                &known,
                &format!("The routines are: {}.", ids.join(", ")),
            )));
        };
        let TabBody::Coach(routines) = &guide.tabs[t].body else {
            unreachable!("find_routine returns coach tabs");
        };
        if *plain || !stdout_tty || dumb {
            let cue = cue_command(&cli)?;
            return Ok(
                if plain_coach::run(
                    &routines[r],
                    &guide.ui,
                    Numbers { decimal: &guide.locale.decimal, thousands: &guide.locale.thousands },
                    cue,
                )? {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(130)
                },
            );
        }
        routine_id = Some(routines[r].id.clone());
    }
    if cli.print.is_some() || !stdout_tty || dumb {
        let tab = match cli.print.as_deref().filter(|s| !s.is_empty()) {
            Some(name) => Some(tab_named(&guide, name, false)?),
            None => place.map(|p| p.tab),
        };
        if tab.is_some_and(|t| t >= guide.tabs.len()) {
            return Err(Failure::Usage(
                "the Diary tab opens on a terminal; `cramp-guide diary list` or `diary export` prints the diary".into(),
            ));
        }
        let format = match cli.format {
            Format::Text => print::Format::Text,
            Format::Markdown => print::Format::Markdown,
        };
        let width = if stdout_tty {
            crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w).clamp(20, 100))
        } else {
            80
        };
        let weight = cli
            .weight
            .as_deref()
            .map(|w| print::BodyWeight::parse(w, &guide.ui.water))
            .transpose()
            .map_err(Failure::Usage)?;
        let text = print::print_guide_for(&guide, tab, format, width, weight);
        // On a terminal, a text taller than the screen goes through a
        // pager, as git and man do; with none, a terminal that cannot draw
        // gets a hint rather than the whole guide at once.
        if stdout_tty && text.lines().count() > pager::screen_rows() {
            if pager::page(&text)? {
                return Ok(ExitCode::SUCCESS);
            }
            if cli.print.is_none() {
                return write_out(pager::dumb_hint(&guide, text.lines().count()));
            }
        }
        return write_out(text);
    }
    let look = match &cli.command {
        Some(Command::Coach { look, .. }) => cli.look.and(look),
        _ => cli.look.clone(),
    };
    let theme = theme(&look, stdout_tty);
    let options = Options { reduced_motion: look.reduced_motion };
    let data_dir = cramp_guide::diary::data_dir(cli.data_dir.as_deref());
    let cue = cue_command(&cli)?;
    cramp_guide::run_tui(guide, theme, options, place, routine_id, data_dir, cue).map_err(Failure::Runtime)?;
    Ok(ExitCode::SUCCESS)
}

/// The program that speaks the coach's cues: --cue-command, or the speech
/// program --voice finds (none found: how to get one, exit 1).
fn cue_command(cli: &Cli) -> Result<Option<CueCommand>, Failure> {
    if !cli.voice {
        return Ok(cli.cue_command.clone().map(CueCommand::new));
    }
    match cue::find_voice(std::env::var_os("PATH").as_deref()) {
        Some(path) => Ok(Some(CueCommand::new(path))),
        None => Err(Failure::Runtime(anyhow::anyhow!(cue::NO_VOICE))),
    }
}

/// Writes to stdout; a closed pipe (e.g. `| head`) is not an error.
fn write_out(text: impl AsRef<[u8]>) -> Result<ExitCode, Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_ref()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// The tab `name` names: one of the guide's (first: a guide may call one
/// of them "diary"), else the Diary tab after them. Not found, the error
/// lists the tabs, the Diary tab among them when `offer_diary`.
fn tab_named(guide: &Guide, name: &str, offer_diary: bool) -> Result<usize, Failure> {
    match names::find_tab(guide, name) {
        Some(tab) => Ok(tab),
        None if names::names_diary_tab(guide, name) => Ok(guide.tabs.len()),
        None => Err(unknown_tab(guide, name, offer_diary)),
    }
}

/// "no tab is called …", with the nearest names and the list of tabs (the
/// Diary tab too when `with_diary` and the guide keeps a diary).
fn unknown_tab(guide: &Guide, name: &str, with_diary: bool) -> Failure {
    let mut tabs: Vec<&str> = guide.tabs.iter().map(|t| t.id.as_str()).collect();
    if with_diary && guide.diary.is_some() {
        tabs.push("diary");
    }
    let titles: Vec<&str> = guide.tabs.iter().map(|t| t.title.as_str()).chain(tabs.iter().copied()).collect();
    // One name per tab: "water" and "Water plan" are the same tab.
    let mut seen = Vec::new();
    let near: Vec<&str> = names::suggest(name, &titles)
        .into_iter()
        .filter(|n| {
            let tab = names::find_tab(guide, n).unwrap_or(guide.tabs.len());
            let new = !seen.contains(&tab);
            seen.push(tab);
            new
        })
        .collect();
    Failure::Usage(names::said_not_found(
        &format!("no tab is called {name:?}"),
        &near,
        &format!("The tabs are: {}.", tabs.join(", ")),
    ))
}

/// Where --tab or --entry asks the guide to open.
fn start_place(cli: &Cli, guide: &Guide) -> Result<Option<Place>, Failure> {
    if let Some(name) = &cli.tab {
        let tab = tab_named(guide, name, true)?;
        return Ok(Some(Place { tab, item: 0, scroll: 0 }));
    }
    if let Some(id) = &cli.entry {
        let Some((tab, item)) = names::find_item(guide, id) else {
            return Err(Failure::Usage(names::not_found(
                &format!("no entry, routine or warning sign has the id {id:?}"),
                id,
                &names::item_ids(guide),
                "`cramp-guide --list` shows every id.",
            )));
        };
        return Ok(Some(Place { tab, item, scroll: 0 }));
    }
    Ok(None)
}

fn theme(look: &Look, stdout_tty: bool) -> Theme {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let colour = match look.color.unwrap_or(ColorChoice::Auto) {
        ColorChoice::Always => {
            // crossterm drops colours by itself when NO_COLOR is set.
            crossterm::style::force_color_output(true);
            true
        }
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color && stdout_tty,
    };
    let theme = if colour { Theme::COLOR } else { Theme::MONO };
    if look.ascii { theme.with_ascii() } else { theme }
}
