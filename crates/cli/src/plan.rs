//! `treatydesk plan`: printing a plan of the rotation planner (text for people, or JSON with the
//! nodes, the time, the lower bound and whether optimality is proved), and planning a
//! `PlanInput` JSON file so that anyone can reproduce a hard case. It never writes anything.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use treatydesk_domain::rotation::{self, Plan, PlanInput};

use crate::Format;

/// The `--deadline` in seconds, checked.
pub fn deadline(seconds: f64) -> Result<Duration> {
    if !(seconds.is_finite() && seconds > 0.0 && seconds <= 3600.0) {
        bail!("--deadline must be a number of seconds above 0 and at most 3600");
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// `treatydesk plan --input FILE.json`.
pub fn from_file(file: &Path, deadline: Duration, format: Format) -> Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let input: PlanInput = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not a planner input (the PlanInput JSON of treatydesk_domain::rotation)",
            file.display()
        )
    })?;
    let plan = match rotation::plan_within(&input, deadline) {
        Ok(p) => p,
        Err(e) => bail!("{}: {}", file.display(), e.0),
    };
    print(&file.display().to_string(), &input, &plan, format)
}

/// Prints a plan.
pub fn print(label: &str, input: &PlanInput, plan: &Plan, format: Format) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if format == Format::Json {
        let doc = serde_json::json!({
            "meeting": label,
            "input": input,
            "plan": plan,
            "nodes": plan.nodes,
            "micros": plan.micros,
            "lower_bound": plan.lower_bound,
            "gap": plan.gap,
            "proved_optimal": plan.proved_optimal,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{label}: {} seat(s) fall vacant, {} nominee(s), looking {} cycle(s) ahead",
        input.seats.len(),
        input.candidates.len(),
        input.horizon
    )?;
    for n in &plan.notes {
        writeln!(out, "note: {n}")?;
    }
    let ms = plan.micros as f64 / 1000.0;
    if plan.proved_optimal {
        writeln!(
            out,
            "Proved optimal: no slate that breaks no hard rule has a lower penalty ({} search nodes, {ms:.1} ms).",
            plan.nodes
        )?;
    } else {
        writeln!(
            out,
            "Not proved optimal: the search stopped at its deadline of {} ms ({} search nodes); proven lower bound {}, gap {}.",
            plan.deadline_ms, plan.nodes, plan.lower_bound, plan.gap
        )?;
    }
    for s in &plan.slates {
        writeln!(out, "\nSlate {} (penalty {})", s.rank, s.penalty)?;
        for (seat, holder) in &s.assignments {
            let who = holder
                .as_deref()
                .map_or_else(|| "vacant".to_string(), |h| name(input, h));
            writeln!(out, "  {seat:<14} {who}")?;
        }
        for r in &s.reasons {
            writeln!(out, "  +{:<5} {}", r.penalty, r.sentence)?;
        }
    }
    Ok(())
}

fn name(input: &PlanInput, state: &str) -> String {
    input
        .candidates
        .iter()
        .find(|c| c.state == state)
        .map_or_else(|| state.to_string(), |c| format!("{} ({state})", c.name))
}
