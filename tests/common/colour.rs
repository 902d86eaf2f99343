//! Colours in what the real binary writes: the SGR sequences (`ESC [ … m`)
//! in its raw output, and a check that `NO_COLOR` output sets none.

/// The colour parameters of the SGR sequences (`ESC [ … m`) in `raw`:
/// every parameter that sets a foreground, background or underline colour.
/// Resets to the default colour (39, 49, 59) are not colours.
pub fn colour_sgr(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for sgr in sgr_sequences(raw) {
        let params: Vec<&str> = sgr.split([';', ':']).collect();
        let colour =
            params.iter().any(|p| matches!(p.parse::<u16>(), Ok(30..=38 | 40..=48 | 58 | 90..=97 | 100..=107)));
        if colour {
            found.push(sgr);
        }
    }
    found
}

/// The parameter strings of every SGR sequence in `raw`.
pub fn sgr_sequences(raw: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < raw.len() {
        if raw[i] == 0x1b && raw[i + 1] == b'[' {
            let start = i + 2;
            let mut j = start;
            // Parameter and intermediate bytes, then one final byte.
            while j < raw.len() && (0x20..=0x3f).contains(&raw[j]) {
                j += 1;
            }
            if j < raw.len() && raw[j] == b'm' {
                out.push(String::from_utf8_lossy(&raw[start..j]).into_owned());
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Fails when `raw` output sets any colour (NO_COLOR must lose them all,
/// 256-colour and true-colour forms included).
pub fn assert_no_colour(raw: &[u8]) {
    let colours = colour_sgr(raw);
    assert!(colours.is_empty(), "NO_COLOR output sets colours: {colours:?}");
    let text = String::from_utf8_lossy(raw);
    for needle in ["38;5", "48;5", "38;2", "48;2"] {
        assert!(!text.contains(needle), "NO_COLOR output contains {needle:?}");
    }
}
