//! Markdown files (`.md`): the text a reader sees, not the markup.
//!
//! Articles reach khabar as Markdown from web clippers, note apps and scrapers (trafilatura's
//! `--markdown`). Read as plain text, `# ` stayed on the headline, `**عمّان – رويترز**` hid the
//! dateline (and so the outlet) behind asterisks, and `[text](https://…)` showed its address in
//! the body. Here the CommonMark parser (`pulldown-cmark`) gives the blocks, and each block
//! becomes one line of plain text for the same line classifier the pasted text goes through:
//! headings, paragraphs, list items (an item's own text before a nested paragraph too), quotes,
//! table rows (cells joined by ` | `) and each line of a code block. A hard line break starts a
//! new line, as `<br>` does in a page; an image gives its description as a line of its own (a
//! caption); HTML inside the Markdown gives its text without the tags.
//!
//! One departure from CommonMark: a file with no blank line between its lines was written one
//! paragraph per line (pasted text saved as `.md`), so there each line stays a paragraph instead
//! of all of them joining into one.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::formats::{Doc, front_matter};

/// A Markdown file as an article: its front matter as metadata, its blocks as paragraphs.
pub fn markdown(text: &str) -> Doc {
    let (given, body) = front_matter(text);
    Doc {
        paragraphs: lines(body),
        boilerplate: Vec::new(),
        given,
    }
}

/// The blocks of a Markdown text as lines of plain text, in document order.
fn lines(md: &str) -> Vec<String> {
    let line_per_paragraph = !has_blank_line_between_text(md);
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut out = Lines::default();
    let mut in_code = false;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Text(t) if in_code => {
                for l in t.lines() {
                    out.push_str(l);
                    out.flush();
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                out.push_str(&t)
            }
            Event::Html(h) | Event::InlineHtml(h) => out.push_str(&without_tags(&h)),
            Event::SoftBreak if line_per_paragraph => out.flush(),
            Event::SoftBreak => out.push_str(" "),
            Event::HardBreak | Event::Rule => out.flush(),
            Event::Start(Tag::CodeBlock(_)) => {
                out.flush();
                in_code = true;
            }
            Event::End(TagEnd::CodeBlock) => in_code = false,
            // An item's own text ends where a nested block starts; a caption stands alone.
            Event::Start(Tag::Item | Tag::List(_) | Tag::Image { .. } | Tag::TableRow)
            | Event::Start(Tag::TableHead) => out.flush(),
            Event::End(TagEnd::TableCell) => out.push_str(" | "),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::Image
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::HtmlBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition,
            ) => out.flush(),
            _ => {}
        }
    }
    out.flush();
    out.lines
}

/// Lines being built: the current one, and those finished.
#[derive(Default)]
struct Lines {
    current: String,
    lines: Vec<String>,
}

impl Lines {
    fn push_str(&mut self, s: &str) {
        self.current.push_str(s);
    }

    /// Ends the current line; an empty one (or only cell separators) is no paragraph.
    fn flush(&mut self) {
        let line = self.current.trim().trim_end_matches('|').trim();
        if !line.is_empty() {
            self.lines.push(line.to_string());
        }
        self.current.clear();
    }
}

/// Whether any two lines with text are separated by a blank line (outside the front matter,
/// which the caller has taken off): the usual Markdown paragraph break.
fn has_blank_line_between_text(md: &str) -> bool {
    let mut seen_text = false;
    let mut blank_after_text = false;
    for line in md.lines() {
        if line.trim().is_empty() {
            blank_after_text |= seen_text;
        } else if blank_after_text {
            return true;
        } else {
            seen_text = true;
        }
    }
    false
}

/// The text of an HTML fragment without its tags (`<br>`, `<span dir="rtl">`); comments go too.
fn without_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some((text, after)) = rest.split_once('<') {
        out.push_str(text);
        let tag = match after.strip_prefix("!--") {
            Some(comment) => comment.split_once("-->"),
            None => after.split_once('>'),
        };
        match tag {
            Some((_, next)) => rest = next,
            // An unclosed `<` is text (`a < b`), not a tag.
            None => {
                out.push('<');
                rest = after;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(md: &str) -> Vec<String> {
        markdown(md).paragraphs
    }

    #[test]
    fn markup_is_taken_off_the_text() {
        let md = "# الأردن: تكليف الرزاز\n\n**عمّان – رويترز**\n\nكلّف [الملك عبد الله](https://example.com/k) \
                  *يوم الاثنين* `الرزاز`.\n";
        assert_eq!(
            paragraphs(md),
            vec![
                "الأردن: تكليف الرزاز",
                "عمّان – رويترز",
                "كلّف الملك عبد الله يوم الاثنين الرزاز."
            ]
        );
    }

    #[test]
    fn lists_quotes_and_nested_paragraphs_are_lines() {
        let md = "مقدمة\n\n- بند أول\n- بند ثان\n  \n  فقرة داخل البند\n\n> \"نريد حكومة تسمعنا\"\n> قال محتج.\n";
        assert_eq!(
            paragraphs(md),
            vec![
                "مقدمة",
                "بند أول",
                "بند ثان",
                "فقرة داخل البند",
                "\"نريد حكومة تسمعنا\" قال محتج."
            ]
        );
    }

    #[test]
    fn hard_breaks_images_code_and_tables() {
        let md = "سطر أول  \nسطر ثان\n\n![المحتجون في عمّان](a.jpg)\n\n    سطر مزاح\n    وآخر\n\n\
                  | المدينة | العدد |\n|---|---|\n| عمّان | 3 |\n";
        assert_eq!(
            paragraphs(md),
            vec![
                "سطر أول",
                "سطر ثان",
                "المحتجون في عمّان",
                "سطر مزاح",
                "وآخر",
                "المدينة | العدد",
                "عمّان | 3"
            ]
        );
    }

    #[test]
    fn html_inside_gives_its_text() {
        let md = "<p dir=\"rtl\">نص <b>عريض</b></p>\n\nفقرة <span>ثانية</span> و a < b\n";
        assert_eq!(paragraphs(md), vec!["نص عريض", "فقرة ثانية و a < b"]);
        assert_eq!(without_tags("<!-- x > y -->نص"), "نص");
    }

    #[test]
    fn a_file_without_blank_lines_keeps_a_paragraph_per_line() {
        assert_eq!(
            paragraphs("عنوان الخبر\nالفقرة الأولى.\nالفقرة الثانية."),
            vec!["عنوان الخبر", "الفقرة الأولى.", "الفقرة الثانية."]
        );
        // With blank lines between paragraphs, a wrapped paragraph joins as Markdown says.
        assert_eq!(
            paragraphs("عنوان\n\nفقرة طويلة\nتكملتها.\n\nفقرة ثانية."),
            vec!["عنوان", "فقرة طويلة تكملتها.", "فقرة ثانية."]
        );
    }

    #[test]
    fn front_matter_is_metadata() {
        let d = markdown("---\ntitle: عنوان\noutlet: العربية\n---\n# عنوان\n\nنص.\n");
        assert_eq!(d.given.title.as_deref(), Some("عنوان"));
        assert_eq!(d.given.outlet.as_deref(), Some("العربية"));
        assert_eq!(d.paragraphs, vec!["عنوان", "نص."]);
    }

    #[test]
    fn nothing_but_markup_gives_no_paragraph() {
        assert!(paragraphs("---\n\n***\n\n<br>\n\n|  |\n|--|\n").is_empty());
        assert!(paragraphs("").is_empty());
    }
}
