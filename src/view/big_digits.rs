//! Seconds in large digits: a 3×5 pixel font drawn with half blocks, two
//! pixel rows to a text row, at a whole-number scale; with `--ascii`, the
//! seven-segment figures of `_` and `|`.

/// Pixel rows of each digit 0–9, three pixels wide (bit 2 is the left).
const FONT: [[u8; 5]; 10] = [
    [0b111, 0b101, 0b101, 0b101, 0b111],
    [0b010, 0b110, 0b010, 0b010, 0b111],
    [0b111, 0b001, 0b111, 0b100, 0b111],
    [0b111, 0b001, 0b111, 0b001, 0b111],
    [0b101, 0b101, 0b111, 0b001, 0b001],
    [0b111, 0b100, 0b111, 0b001, 0b111],
    [0b111, 0b100, 0b111, 0b101, 0b111],
    [0b111, 0b001, 0b001, 0b001, 0b001],
    [0b111, 0b101, 0b111, 0b101, 0b111],
    [0b111, 0b101, 0b111, 0b001, 0b111],
];

/// Seven-segment ASCII figures, three rows of three columns.
const ASCII: [[&str; 3]; 10] = [
    [" _ ", "| |", "|_|"],
    ["   ", "  |", "  |"],
    [" _ ", " _|", "|_ "],
    [" _ ", " _|", " _|"],
    ["   ", "|_|", "  |"],
    [" _ ", "|_ ", " _|"],
    [" _ ", "|_ ", "|_|"],
    [" _ ", "  |", "  |"],
    [" _ ", "|_|", "|_|"],
    [" _ ", "|_|", " _|"],
];

/// Text rows of `digits` at `scale` (1, 2, …): ⌈5·scale/2⌉ rows.
pub fn rows_for(scale: u16) -> u16 {
    (5 * scale).div_ceil(2)
}

/// Columns of `n` digits at `scale`, one blank column of pixels between.
pub fn width_for(n: usize, scale: u16) -> u16 {
    let n = n as u16;
    (n * 4).saturating_sub(1) * scale
}

/// `number` in large digits, one string per text row.
pub fn render(number: u64, scale: u16, ascii: bool) -> Vec<String> {
    let digits: Vec<usize> = number.to_string().bytes().map(|b| usize::from(b - b'0')).collect();
    if ascii {
        return (0..3).map(|row| digits.iter().map(|&d| ASCII[d][row]).collect::<Vec<_>>().join(" ")).collect();
    }
    let scale = usize::from(scale.max(1));
    // Pixel rows, each pixel `scale` wide and `scale` tall, a blank pixel column between digits.
    let px_rows = 5 * scale;
    let lit = |x: usize, y: usize| -> bool {
        let (digit, col) = (x / (4 * scale), x % (4 * scale) / scale);
        col < 3 && y < px_rows && FONT[digits[digit]][y / scale] & (0b100 >> col) != 0
    };
    let width = usize::from(width_for(digits.len(), scale as u16));
    (0..px_rows.div_ceil(2))
        .map(|row| {
            (0..width)
                .map(|x| match (lit(x, 2 * row), lit(x, 2 * row + 1)) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_at_scale_one_and_two() {
        assert_eq!(render(10, 1, false), vec!["▄█  █▀█", " █  █ █", "▀▀▀ ▀▀▀"]);
        let big = render(7, 2, false);
        assert_eq!(big.len(), usize::from(rows_for(2)));
        assert_eq!(big[0], "██████");
        assert!(big.iter().all(|r| r.chars().count() == usize::from(width_for(1, 2))));
        assert_eq!(render(42, 1, true), vec!["     _ ", "|_|  _|", "  | |_ "]);
    }
}
