//! Issue 20 through the binary and the demo record: `treatydesk plan --input FILE.json` on a
//! hard instance (proved, or stopped at `--deadline` with its gap), and the demo's 3RC slate,
//! recorded as appointments, draws no error finding from the rules.

use std::path::PathBuf;
use std::process::Command;

use treatydesk_domain::office::{Appointment, Post};
use treatydesk_domain::rotation::{self, from_record};
use treatydesk_domain::rules::{self, Concerns, Severity};
use treatydesk_store::{Location, Store};

const BIN: &str = env!("CARGO_BIN_EXE_treatydesk");

fn temp(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    let dir = std::env::temp_dir().join(format!(
        "treatydesk-plan-{name}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn shared(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../domain/tests/data/planner")
        .join(name)
}

#[test]
fn issue_20_plan_input_file_prints_slates_and_proof_as_text_and_json() {
    let dir = temp("input");
    let file = shared("solo-seat-11x26-h2.json");
    let out = Command::new(BIN)
        .args(["plan", "--input"])
        .arg(&file)
        .arg("--data-dir")
        .arg(&dir)
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("11 seat(s) fall vacant, 26 nominee(s)"),
        "{text}"
    );
    assert!(text.contains("Proved optimal"), "{text}");
    assert!(text.contains("Slate 3"), "{text}");
    let json = Command::new(BIN)
        .args(["plan", "--format", "json", "--deadline", "30", "--input"])
        .arg(&file)
        .arg("--data-dir")
        .arg(&dir)
        .output()
        .expect("runs");
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(doc["proved_optimal"], true);
    assert_eq!(doc["gap"], 0);
    assert!(doc["nodes"].as_u64().is_some_and(|n| n > 0));
    assert!(doc["micros"].as_u64().is_some());
    assert_eq!(doc["lower_bound"], doc["plan"]["slates"][0]["penalty"]);
    // Refused: a file that is not a planner input, and a deadline of no time.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"seats\": 3}").expect("write");
    let refused = Command::new(BIN)
        .args(["plan", "--input"])
        .arg(&bad)
        .arg("--data-dir")
        .arg(&dir)
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is not a planner input"));
    let zero = Command::new(BIN)
        .args(["plan", "--deadline", "0", "--input"])
        .arg(&file)
        .arg("--data-dir")
        .arg(&dir)
        .output()
        .expect("runs");
    assert!(!zero.status.success());
    assert!(String::from_utf8_lossy(&zero.stderr).contains("--deadline must be"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn issue_20_plan_input_past_its_deadline_says_not_proved_and_the_gap() {
    let dir = temp("deadline");
    let input = rotation::families::generate(rotation::families::Family::Skewed, 2026, 20, 200, 6);
    let file = dir.join("skewed.json");
    std::fs::write(&file, serde_json::to_string(&input).expect("JSON")).expect("write");
    let started = std::time::Instant::now();
    let out = Command::new(BIN)
        .args(["plan", "--deadline", "0.001", "--input"])
        .arg(&file)
        .arg("--data-dir")
        .arg(&dir)
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert!(text.contains("Not proved optimal"), "{text}");
    assert!(text.contains("gap"), "{text}");
    assert!(text.contains("Slate 1"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn issue_20_the_demo_3rc_slates_recorded_draw_no_error_finding() {
    let dir = temp("demo");
    let store = Store::open(&Location {
        data_dir: dir.clone(),
        database_url: None,
    })
    .await
    .expect("store");
    store.load_demo_data().await.expect("demo");
    let convention = store.convention("ccm").await.expect("ccm");
    let record = store.record(&convention).await.expect("record");
    let facts = store.facts(&convention).await.expect("facts");
    let meeting = record
        .meetings
        .iter()
        .find(|m| m.label == "3RC")
        .expect("the 3RC")
        .clone();
    let day = from_record::selection_day(&record, &meeting).expect("a day");
    let (input, _) = from_record::input_for(&record, &meeting, &facts, 2, 3).expect("input");
    let plan = rotation::plan(&input).expect("plan");
    assert!(plan.proved_optimal);
    for slate in &plan.slates {
        let mut r = record.clone();
        let mut decision = r.decisions.first().cloned().expect("a decision to copy");
        decision.id = 99_999;
        decision.meeting = meeting.id;
        r.decisions.push(decision);
        let mut m = meeting.clone();
        m.closes_on = Some(day);
        m.opens_on = m.opens_on.or(Some(day));
        r.meetings.retain(|x| x.id != meeting.id);
        r.meetings.push(m);
        let first = 1_000_000;
        for (i, (seat, holder)) in slate.assignments.iter().enumerate() {
            let Some(holder) = holder else { continue };
            r.appointments.push(Appointment {
                id: first + i as i64,
                post: Post::Seat(seat.clone()),
                holder: holder.clone(),
                selected_at: Some(meeting.id),
                decision: Some(99_999),
                cycles: input
                    .seats
                    .iter()
                    .find(|s| &s.key == seat)
                    .map(|s| s.term_cycles),
                presides: None,
                starts_on: None,
                ended_on: None,
                overrides: Vec::new(),
                source: "DEMO: planner slate".into(),
            });
        }
        let errors: Vec<String> = rules::check(&r, &facts, day)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .filter(|f| {
                f.concerns
                    .iter()
                    .any(|c| matches!(c, Concerns::Appointment(id) if *id >= first))
            })
            .map(|f| format!("{} {}", f.clause, f.sentence))
            .collect();
        assert!(errors.is_empty(), "slate {}: {errors:?}", slate.rank);
        // One State per group: no State twice in the same Working Group.
        let mut seen = std::collections::BTreeSet::new();
        for (seat, holder) in &slate.assignments {
            if let (Some(h), Some(s)) = (holder, input.seats.iter().find(|s| &s.key == seat)) {
                assert!(
                    seen.insert((s.group().to_string(), h.clone())),
                    "{h} twice in {}",
                    s.group()
                );
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
