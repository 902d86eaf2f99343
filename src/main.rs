use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use cramp_guide::app::App;
use cramp_guide::cli::{Cli, ColorChoice};
use cramp_guide::guide::{self, DEFAULT_GUIDE, Guide, LoadError};
use cramp_guide::ui::Theme;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let guide = match load(&cli) {
        Ok(guide) => guide,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    if cli.check {
        print!("{}", cramp_guide::report::check_summary(&guide));
        return ExitCode::SUCCESS;
    }
    let theme = theme(cli.color);
    let result = ratatui::run(|terminal| {
        let size = terminal.size()?;
        App::new(guide, theme, size).run(terminal)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("cramp-guide: {error}");
            ExitCode::FAILURE
        }
    }
}

fn load(cli: &Cli) -> Result<Guide, LoadError> {
    match &cli.guide {
        Some(path) => guide::load_guide(path),
        None => guide::parse_guide(DEFAULT_GUIDE, "guide.toml (built in)"),
    }
}

fn theme(choice: ColorChoice) -> Theme {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let colour = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color && !dumb && std::io::stdout().is_terminal(),
    };
    if colour { Theme::COLOR } else { Theme::MONO }
}
