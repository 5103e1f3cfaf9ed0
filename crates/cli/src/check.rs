//! `treatydesk check`: every rule finding on a convention's record, for people or as JSON.

use std::io::Write;

use anyhow::{Result, bail};
use treatydesk_domain::calendar::{format_date, parse_date};
use treatydesk_domain::rules::{Concerns, Severity};

use crate::{DataArgs, Format, open};

/// Today's date from the clock (the domain never reads one).
pub fn today() -> time::Date {
    treatydesk_store::now().date()
}

pub async fn run(
    data: &DataArgs,
    code: &str,
    format: Format,
    as_of: Option<&str>,
    demo: bool,
) -> Result<()> {
    let store = open(data).await?;
    if demo {
        store.load_demo_data().await?;
    }
    let as_of = match as_of {
        None => today(),
        Some(text) => match parse_date(text) {
            Some(d) => d,
            None => bail!("--as-of \"{text}\" is not a date in the form YYYY-MM-DD"),
        },
    };
    let convention = store.convention(code).await?;
    let findings = store.findings(&convention, as_of).await?;
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error && f.stands())
        .count();
    // Findings for information (SPEC's `info`) break no rule and never change the exit status.
    let info = findings
        .iter()
        .filter(|f| f.severity == Severity::Info)
        .count();
    // Obligation findings (issue 16): every deadline overdue on that date, as warnings about the
    // State concerned; they do not change the exit status, which is about the record's rules.
    let overdue = store.overdue(&convention, as_of).await?;
    let obligation_findings: Vec<serde_json::Value> = overdue
        .iter()
        .map(|row| {
            serde_json::json!({
                "severity": "warning",
                "clause": row.deadline.article,
                "state": row.actor.code,
                "obligation": row.deadline.obligation,
                "period": row.deadline.period,
                "due_on": format_date(row.deadline.due_on),
                "days_overdue": row.days_overdue,
                "basis": row.deadline.basis.sentence_en(),
                "sentence": overdue_sentence(row),
            })
        })
        .collect();
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            let doc = serde_json::json!({
                "convention": convention.code,
                "as_of": format_date(as_of),
                "errors": errors,
                "info": info,
                "findings": findings,
                "obligations": obligation_findings,
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        }
        Format::Text => {
            writeln!(
                out,
                "{}: {} finding(s) as of {}, {} error(s) standing, {} for information",
                convention.short_name,
                findings.len(),
                format_date(as_of),
                errors,
                info
            )?;
            for f in &findings {
                let concerns: Vec<String> = f
                    .concerns
                    .iter()
                    .map(|c| match c {
                        Concerns::Appointment(id) => format!("appointment {id}"),
                        Concerns::Seat(k) => format!("seat {k}"),
                        Concerns::Body(k) => format!("body {k}"),
                        Concerns::Meeting(id) => format!("meeting {id}"),
                    })
                    .collect();
                writeln!(
                    out,
                    "{:<8} {:<5} {} [{}]",
                    f.severity.slug(),
                    f.clause,
                    f.sentence,
                    concerns.join(", ")
                )?;
                if let Some(o) = &f.overridden {
                    writeln!(
                        out,
                        "               overridden by {} on {}: {}",
                        o.by,
                        format_date(o.on),
                        o.justification
                    )?;
                }
            }
            writeln!(
                out,
                "{}: {} obligation deadline(s) overdue as of {}",
                convention.short_name,
                overdue.len(),
                format_date(as_of)
            )?;
            for row in &overdue {
                writeln!(
                    out,
                    "warning  {:<8} {} [state {}]",
                    row.deadline.article,
                    overdue_sentence(row),
                    row.actor.code
                )?;
            }
        }
    }
    out.flush()?;
    drop(out);
    if errors > 0 {
        eprintln!("{errors} error-level finding(s) stand.");
        std::process::exit(1);
    }
    Ok(())
}

/// One overdue deadline as a sentence.
fn overdue_sentence(row: &treatydesk_store::obligations::OverdueRow) -> String {
    let what = match row.deadline.period {
        Some(year) => format!("{} for {year}", row.deadline.obligation),
        None => row.deadline.obligation.clone(),
    };
    format!(
        "{}: {what} was due on {} and is {} day(s) overdue ({})",
        row.actor.name_en,
        format_date(row.deadline.due_on),
        row.days_overdue,
        row.deadline.basis.sentence_en()
    )
}

/// `treatydesk plan --meeting`: the rotation planner for a formal meeting, from the record.
pub async fn plan(
    data: &DataArgs,
    code: &str,
    label: &str,
    (horizon, slates, deadline): (u32, usize, std::time::Duration),
    format: Format,
    demo: bool,
) -> Result<()> {
    use treatydesk_domain::rotation::{self, from_record};
    let store = open(data).await?;
    if demo {
        store.load_demo_data().await?;
    }
    if horizon > 6 {
        bail!("--horizon must be 0 to 6 cycles");
    }
    let convention = store.convention(code).await?;
    let record = store.record(&convention).await?;
    let facts = store.facts(&convention).await?;
    let Some(meeting) = record
        .meetings
        .iter()
        .find(|m| m.label.eq_ignore_ascii_case(label))
    else {
        bail!("there is no meeting {label} of {}", convention.short_name);
    };
    let (input, notes) = match from_record::input_for(&record, meeting, &facts, horizon, slates) {
        Ok(x) => x,
        Err(why) => bail!(why.sentence),
    };
    let mut plan = match rotation::plan_within(&input, deadline) {
        Ok(p) => p,
        Err(e) => bail!(e.0),
    };
    plan.notes.extend(notes);
    crate::plan::print(&meeting.label, &input, &plan, format)
}
