//! The ISU report's PDF (issue 14 item 5; P4.4(i)), drawn through the one PDF module
//! ([`super::pdf`]) so that Arabic is shaped and laid out right to left like every other PDF:
//! an A4 portrait document of blocks (title, headings, wrapped paragraphs, figure rows and
//! table rows) that runs over as many pages as it needs, each page numbered.
//!
//! It only turns the report's view (headings already in the reader's language, the ISU's prose
//! as typed) into bytes: it never reads the store or a request, and never computes a figure.

use super::pdf::{Align, Doc, FontSet, PdfError, Shaper, Style, Weight, layout};
use crate::views::isu_reports::ReportOut;

const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;
const TITLE: Style = Style::new(16.0, Weight::Bold);
const HEADING: Style = Style::new(12.0, Weight::Bold);
const TEXT: Style = Style::new(10.0, Weight::Regular);
const STRONG: Style = Style::new(10.0, Weight::Bold);
/// A table's head row: smaller, so that long headings fit their column.
const HEAD: Style = Style::new(8.0, Weight::Bold);

/// The words of the PDF that are not in the view, in the reader's language.
pub struct Labels {
    pub symbol: String,
    pub period: String,
    pub draft: String,
    pub page: String,
    pub meeting: String,
    pub dates: String,
    pub participants: String,
    pub documents: String,
    pub year: String,
    pub budget: String,
    pub pledged: String,
    pub received: String,
    pub gap: String,
    pub spent: String,
    pub introduction: String,
    pub conclusions: String,
    pub computed: String,
}

/// One thing drawn: a text line (already wrapped) or a row of cells in columns.
enum Block {
    Line(String, Style, f32),
    Row(Vec<String>, Style),
    Rule,
    Gap(f32),
}

/// Splits `text` into lines no wider than `max` points, at spaces (a word longer than the line
/// is left whole; the drawing cuts it).
fn wrap(shaper: &Shaper<'_>, text: &str, style: Style, max: f32) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty()
                && layout(shaper, &candidate, style.size, style.weight).width() > max
            {
                out.push(std::mem::take(&mut line));
                line = word.to_string();
            } else {
                line = candidate;
            }
        }
        out.push(line);
    }
    out
}

fn blocks(r: &ReportOut, l: &Labels, shaper: &Shaper<'_>) -> Vec<Block> {
    let inner = PAGE_WIDTH - 2.0 * MARGIN;
    let mut out = Vec::new();
    let para = |out: &mut Vec<Block>, text: &str, style: Style| {
        for line in wrap(shaper, text, style, inner) {
            out.push(Block::Line(line, style, style.size * 1.45));
        }
    };
    para(&mut out, &r.title, TITLE);
    if let Some(s) = &r.symbol {
        para(&mut out, &format!("{}: {s}", l.symbol), STRONG);
    } else {
        para(&mut out, &l.draft, STRONG);
    }
    para(&mut out, &format!("{}: {}", l.period, r.period), TEXT);
    out.push(Block::Rule);
    out.push(Block::Gap(8.0));
    let last = r.sections.len().saturating_sub(1);
    for (i, s) in r.sections.iter().enumerate() {
        para(&mut out, &s.heading, HEADING);
        out.push(Block::Gap(2.0));
        if !s.introduction.is_empty() {
            para(&mut out, &s.introduction, TEXT);
            out.push(Block::Gap(4.0));
        }
        for f in &s.figures {
            out.push(Block::Row(vec![f.label.clone(), f.value.to_string()], TEXT));
        }
        if !s.meetings.is_empty() {
            out.push(Block::Gap(4.0));
            out.push(Block::Row(
                vec![l.meeting.clone(), l.dates.clone(), l.participants.clone()],
                HEAD,
            ));
            for m in &s.meetings {
                out.push(Block::Row(
                    vec![m.label.clone(), m.dates.clone(), m.participants.to_string()],
                    TEXT,
                ));
            }
        }
        if !s.documents.is_empty() {
            out.push(Block::Gap(4.0));
            para(
                &mut out,
                &format!("{}: {}", l.documents, s.documents.join(", ")),
                TEXT,
            );
        }
        if i == last {
            out.push(Block::Row(
                vec![
                    l.year.clone(),
                    format!("{} ({})", l.budget, r.currency),
                    l.pledged.clone(),
                    l.received.clone(),
                    l.gap.clone(),
                    l.spent.clone(),
                ],
                HEAD,
            ));
            for y in &r.years {
                out.push(Block::Row(
                    vec![
                        y.year.to_string(),
                        y.budget.clone().unwrap_or_default(),
                        y.pledged.clone(),
                        y.received.clone(),
                        y.gap_received.clone().unwrap_or_default(),
                        y.spent.clone().unwrap_or_default(),
                    ],
                    TEXT,
                ));
            }
        }
        if !s.conclusions.is_empty() {
            out.push(Block::Gap(4.0));
            para(&mut out, &s.conclusions, TEXT);
        }
        out.push(Block::Gap(10.0));
    }
    para(&mut out, &format!("{}: {}", l.computed, r.computed), TEXT);
    out
}

/// The share of the line each column of a row takes: a figure (label, value), a meeting
/// (label, dates, participants) or a year of the finances (six columns).
fn column_shares(n: usize) -> Vec<f32> {
    match n {
        0 | 1 => vec![1.0],
        2 => vec![0.8, 0.2],
        3 => vec![0.3, 0.4, 0.3],
        _ => {
            let first = 0.1;
            let rest = (1.0 - first) / (n - 1) as f32;
            std::iter::once(first)
                .chain(std::iter::repeat_n(rest, n - 1))
                .collect()
        }
    }
}

fn height(b: &Block) -> f32 {
    match b {
        Block::Line(_, _, h) => *h,
        Block::Row(_, s) => s.size * 1.6,
        Block::Rule => 4.0,
        Block::Gap(g) => *g,
    }
}

/// The report's PDF in `lang` (a BCP 47 code; Arabic right to left).
pub fn report_pdf(r: &ReportOut, l: &Labels, lang: &str) -> Result<Vec<u8>, PdfError> {
    let mut texts: Vec<&str> = vec![&r.title, &r.period, &l.draft, &l.symbol];
    for s in &r.sections {
        texts.extend([s.heading.as_str(), &s.introduction, &s.conclusions]);
        texts.extend(s.figures.iter().map(|f| f.label.as_str()));
        texts.extend(s.meetings.iter().map(|m| m.dates.as_str()));
    }
    let fonts = FontSet::for_texts(texts)?;
    let measure = fonts.shaper();
    let all = blocks(r, l, &measure);
    // Pages: as many blocks as fit between the margins, keeping room for the page number.
    let room = PAGE_HEIGHT - 2.0 * MARGIN - 20.0;
    let mut pages: Vec<Vec<&Block>> = vec![Vec::new()];
    let mut used = 0.0;
    for b in &all {
        let h = height(b);
        if used + h > room && pages.last().is_some_and(|p| !p.is_empty()) {
            pages.push(Vec::new());
            used = 0.0;
        }
        if let Some(p) = pages.last_mut() {
            p.push(b);
        }
        used += h;
    }
    let inner = PAGE_WIDTH - 2.0 * MARGIN;
    let count = pages.len();
    let mut doc = Doc::new(&fonts, lang, &r.title, PAGE_WIDTH, PAGE_HEIGHT);
    for (n, page) in pages.iter().enumerate() {
        doc.page(|draw| {
            let rtl = draw.rtl();
            let mut y = MARGIN + 12.0;
            for b in page {
                match b {
                    Block::Line(text, style, _) => {
                        draw.text(MARGIN, inner, y, text, *style, Align::Start)
                    }
                    Block::Row(cells, style) => {
                        let shares = column_shares(cells.len());
                        let mut start = 0.0;
                        for (i, cell) in cells.iter().enumerate() {
                            let w = inner * shares.get(i).copied().unwrap_or(0.0);
                            let left = if rtl {
                                MARGIN + inner - start - w
                            } else {
                                MARGIN + start
                            };
                            let align = if i == 0 { Align::Start } else { Align::End };
                            draw.text(left, w - 4.0, y, cell, *style, align);
                            start += w;
                        }
                    }
                    Block::Rule => draw.rule(MARGIN, y - 8.0),
                    Block::Gap(_) => {}
                }
                y += height(b);
            }
            let number = format!("{} {}/{count}", l.page, n + 1);
            draw.text(
                MARGIN,
                inner,
                PAGE_HEIGHT - MARGIN / 2.0,
                &number,
                TEXT,
                Align::End,
            );
        })?;
    }
    doc.finish()
}
