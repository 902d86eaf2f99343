//! The small markup of body texts.
//!
//! - A blank line starts a new paragraph; the lines of a paragraph are joined
//!   with single spaces, so the file can wrap text freely.
//! - A line starting with `- ` is a bullet; following non-blank lines that do
//!   not start with `- ` continue it.
//!
//! Nothing else is special: text is shown as written.

/// One block of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    Bullet(String),
}

impl Block {
    pub fn text(&self) -> &str {
        match self {
            Block::Paragraph(t) | Block::Bullet(t) => t,
        }
    }
}

/// Splits a body into paragraphs and bullets.
pub fn parse_blocks(body: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    for line in body.lines() {
        let line = line.trim();
        if line.is_empty() {
            blocks.extend(current.take());
        } else if let Some(rest) = line.strip_prefix("- ").or_else(|| (line == "-").then_some("")) {
            blocks.extend(current.take());
            current = Some(Block::Bullet(rest.trim().to_string()));
        } else {
            match &mut current {
                Some(Block::Paragraph(t)) | Some(Block::Bullet(t)) => {
                    if !t.is_empty() {
                        t.push(' ');
                    }
                    t.push_str(line);
                }
                None => current = Some(Block::Paragraph(line.to_string())),
            }
        }
    }
    blocks.extend(current);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_join_lines_and_split_on_blank_lines() {
        let blocks = parse_blocks("one\ntwo\n\nthree\n");
        assert_eq!(blocks, vec![Block::Paragraph("one two".into()), Block::Paragraph("three".into())]);
    }

    #[test]
    fn bullets_continue_until_the_next_bullet_or_blank_line() {
        let blocks = parse_blocks("Intro:\n- first\n  more\n- second\n\nAfter");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph("Intro:".into()),
                Block::Bullet("first more".into()),
                Block::Bullet("second".into()),
                Block::Paragraph("After".into()),
            ]
        );
    }

    #[test]
    fn a_dash_without_space_is_plain_text() {
        assert_eq!(parse_blocks("-5 degrees"), vec![Block::Paragraph("-5 degrees".into())]);
    }
}
