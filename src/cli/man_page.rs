//! The manual page: made when the program was built from the command
//! line's definition (`generate.rs`), with its KEYS section from the app's
//! key table.

use std::io::{self, Write};

static BEFORE_KEYS: &[u8] = cold_bytes!(concat!(env!("OUT_DIR"), "/man-before-keys.roff"));
static AFTER_KEYS: &[u8] = cold_bytes!(concat!(env!("OUT_DIR"), "/man-after-keys.roff"));

/// The manual page (roff): name, synopsis, description, options, then each
/// command with its own options, the keys (from the app's key table), files,
/// environment, the notes (examples, exit status) and the version.
pub fn man_page() -> io::Result<Vec<u8>> {
    let mut out = BEFORE_KEYS.to_vec();
    keys_section(&mut out)?;
    out.extend_from_slice(AFTER_KEYS);
    Ok(out)
}

/// KEYS: the app's key table, grouped as its help shows it.
fn keys_section(out: &mut Vec<u8>) -> io::Result<()> {
    writeln!(out, ".SH KEYS")?;
    writeln!(out, "Every key works without a mouse; ? shows them in the guide, for the screen you are on.")?;
    let ui = crate::guide::ui_text::UiText::english();
    for group in crate::app::key_groups(&ui, |_| true) {
        writeln!(out, ".SS \"{}\"", roff(group.heading))?;
        for (keys, help) in &group.keys {
            writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(keys), roff(help))?;
        }
        if let Some(note) = group.note {
            writeln!(out, ".PP\n{}", roff(note))?;
        }
    }
    Ok(())
}

/// Text set as roff: backslashes and hyphens escaped, and a line never
/// starting with a control character.
fn roff(text: &str) -> String {
    let out = text.replace('\\', "\\e").replace('-', "\\-");
    if out.starts_with(['.', '\'']) { format!("\\&{out}") } else { out }
}
