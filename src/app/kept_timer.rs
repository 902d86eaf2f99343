//! A cramp being timed is kept in the diary while it runs (see
//! `diary::timer`), so after Ctrl-C, a closed terminal or a killed process
//! the next start takes it up again, counting from when the cramp began.
//! Each copy keeps its timer under its process id; a copy takes up only a
//! timer whose copy no longer runs.

use super::keys::{Action, Scope, key_label};
use super::{App, CrampNow};
use crate::coach::Clock;
use crate::view::Scroll;

impl App {
    /// Keeps the cramp being timed in the diary, or lets its timer go when
    /// none is. A diary that cannot be written leaves the timer on screen
    /// only; letting go never creates the file.
    pub(super) fn keep_timer(&mut self) {
        let owner = self.diary.owner;
        let _ = match self.cramp.as_ref().map(|c| c.started) {
            Some(started) => self.diary.link.writer().ok().map(|d| d.keep_timer(owner, started)),
            None => self.diary.link.existing().map(|d| d.forget_timer(owner)),
        };
    }

    /// Once the first frame is up: a cramp timer kept by a copy that has
    /// ended (Ctrl-C, a closed terminal, a killed process) is taken up
    /// again, still counting from when the cramp began, on screen unless a
    /// routine runs. True when one was. None is created.
    pub(super) fn take_up_kept_timer(&mut self) -> bool {
        if self.guide.cramp_now.is_none() || self.cramp.is_some() {
            return false;
        }
        let owner = self.diary.owner;
        let taken = self.diary.link.existing().and_then(|d| d.take_up_timer(owner, copy_running).ok().flatten());
        let Some(started) = taken else { return false };
        self.cramp = Some(CrampNow { started, visible: !self.routine_running(), scroll: Scroll::default() });
        let at = super::diary::local_time(Clock { mono: self.now.mono, wall: started });
        let today = super::diary::local_time(self.now).date_naive() == at.date_naive();
        let at = match today {
            true => at.format("%H:%M").to_string(),
            // Left running on another day: the day too.
            false => crate::view::diary::day_month_time(&self.guide.locale, &at),
        };
        let (stopped, discard) =
            (key_label(Scope::CrampNow, Action::CrampStopped), key_label(Scope::CrampNow, Action::Discard));
        self.status =
            Some(self.guide.ui.cramp.taken_up.fill(&[("started", &at), ("stopped", &stopped), ("discard", &discard)]));
        true
    }
}

/// Whether the copy with process id `pid` still runs: a process of that id
/// is there and, where `/proc` says, has this program's name and has not
/// ended (a process that has exited stays listed until it is reaped).
fn copy_running(pid: u32) -> bool {
    let Some(id) = i32::try_from(pid).ok().and_then(rustix::process::Pid::from_raw) else { return false };
    match rustix::process::test_kill_process(id) {
        Ok(()) | Err(rustix::io::Errno::PERM) => {}
        Err(_) => return false,
    }
    let stat = |p: &str| std::fs::read_to_string(format!("/proc/{p}/stat")).ok();
    match (stat(&pid.to_string()), stat("self")) {
        (Some(theirs), Some(ours)) => is_running_copy(&theirs, &ours),
        _ => true,
    }
}

/// From two `/proc/PID/stat` lines, `pid (name) state …`: whether the
/// first is a process with the second's name that has not ended.
fn is_running_copy(theirs: &str, ours: &str) -> bool {
    let read = |stat: &str| {
        let (head, tail) = stat.rsplit_once(')')?;
        let name = head.split_once('(')?.1.to_string();
        Some((name, tail.trim_start().chars().next()?))
    };
    match (read(theirs), read(ours)) {
        (Some((name, state)), Some((our_name, _))) => name == our_name && !matches!(state, 'Z' | 'X' | 'x'),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_runs_while_its_process_is_there_with_this_programs_name() {
        assert!(copy_running(std::process::id()));
        // Another program's process is not a copy of this one.
        let mut other = std::process::Command::new("sleep").arg("30").spawn().unwrap();
        let pid = other.id();
        assert!(!copy_running(pid));
        other.kill().unwrap();
        other.wait().unwrap();
        // An ended process is not running; nor is an id no process can have.
        assert!(!copy_running(pid));
        assert!(!copy_running(0));
        assert!(!copy_running(u32::MAX));
    }

    #[test]
    fn a_process_that_has_exited_or_has_another_name_is_no_running_copy() {
        let ours = "7 (cramp-guide) R 1 7 7 0 -1";
        assert!(is_running_copy("42 (cramp-guide) S 1 42 42 0 -1", ours));
        assert!(is_running_copy("42 (cramp-guide) D 1", ours), "waiting on the disk, still running");
        assert!(!is_running_copy("42 (cramp-guide) Z 1 42 42 0 -1", ours), "exited, not reaped yet");
        assert!(!is_running_copy("42 (cramp-guide) X 1", ours));
        assert!(!is_running_copy("42 (bash) S 1 42", ours));
        // A name may hold spaces and parentheses: the state follows the last one.
        let odd = "9 (a (b) c) S 1";
        assert!(is_running_copy("42 (a (b) c) S 1", odd));
        assert!(!is_running_copy("42 (a (b) c) Z 1", odd));
        // What cannot be read is taken as running: its timer is left alone.
        assert!(is_running_copy("garbled", ours));
    }
}
