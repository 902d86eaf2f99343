//! Long text on a terminal, a screen at a time, as git and man show it.

use std::io::Write;

use cramp_guide::guide::Guide;

/// The terminal's height, or 24 when it cannot say.
pub fn screen_rows() -> usize {
    crossterm::terminal::size().map_or(24, |(_, rows)| usize::from(rows.max(1)))
}

/// Shows `text` a screen at a time, as git and man do: through `$PAGER`
/// (run by the shell; empty or `cat` means none), else `less -R` when it is
/// on the PATH, with `LESS=FRX` unless LESS is set (quit at once when it
/// fits, keep colours, leave the text on the screen). False when there is
/// no pager to use.
pub fn page(text: &str) -> std::io::Result<bool> {
    use std::process::{Command, Stdio};
    let mut command = match std::env::var("PAGER") {
        Ok(pager) if pager.trim() == "cat" || pager.trim().is_empty() => return Ok(false),
        Ok(pager) => {
            let mut c = Command::new("sh");
            c.arg("-c").arg(pager);
            c
        }
        Err(_) => {
            let Some(less) = on_path("less") else { return Ok(false) };
            let mut c = Command::new(less);
            // -d: no complaint that a dumb terminal lacks features.
            c.arg("-R").arg("-d");
            c
        }
    };
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", "FRX");
    }
    let Ok(mut child) = command.stdin(Stdio::piped()).spawn() else { return Ok(false) };
    // Ctrl-C belongs to the pager while it runs; this process waits for it.
    let interrupted = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGINT, interrupted)?;
    if let Some(mut input) = child.stdin.take() {
        // A pager quit early closes its end: the rest is not wanted.
        match input.write_all(text.as_bytes()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e),
            _ => {}
        }
    }
    child.wait()?;
    Ok(true)
}

/// The first `name` among the folders of PATH.
fn on_path(name: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file())
}

/// What a terminal that cannot draw, with no pager, gets instead of the
/// whole guide.
pub fn dumb_hint(guide: &Guide, lines: usize) -> String {
    let tabs: Vec<&str> = guide.tabs.iter().map(|t| t.id.as_str()).collect();
    format!(
        "This terminal (TERM=dumb) cannot draw the guide, and no pager is set to show its {lines} lines\n\
         a screen at a time. Set PAGER (e.g. PAGER=more), or print it yourself:\n\
         \n  cramp-guide --print | more          the whole guide\n  \
         cramp-guide --print TAB             one tab: {}\n  \
         cramp-guide --print > guide.txt     into a file\n",
        tabs.join(", ")
    )
}
