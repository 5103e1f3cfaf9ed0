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
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            let doc = serde_json::json!({
                "convention": convention.code,
                "as_of": format_date(as_of),
                "errors": errors,
                "findings": findings,
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        }
        Format::Text => {
            writeln!(
                out,
                "{}: {} finding(s) as of {}, {} error(s) standing",
                convention.short_name,
                findings.len(),
                format_date(as_of),
                errors
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
        Err(why) => bail!(why),
    };
    let mut plan = match rotation::plan_within(&input, deadline) {
        Ok(p) => p,
        Err(e) => bail!(e.0),
    };
    plan.notes.extend(notes);
    crate::plan::print(&meeting.label, &input, &plan, format)
}
