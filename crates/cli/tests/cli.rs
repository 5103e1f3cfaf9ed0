//! The `treatydesk` binary as an operator uses it: help, import (all or nothing, with line
//! numbers), users, backup and restore. These run the real binary on a SQLite data directory.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_treatydesk");

struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or_default();
        let dir = std::env::temp_dir().join(format!(
            "treatydesk-cli-{name}-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        Dir(dir)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(data: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .env_remove("TREATYDESK_DATABASE_URL")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("treatydesk runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("output")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_lists_every_subcommand() {
    let out = Command::new(BIN).arg("--help").output().expect("help");
    assert!(out.status.success());
    let help = text(&out.stdout);
    for word in [
        "serve", "migrate", "init", "user", "import", "backup", "restore",
    ] {
        assert!(help.contains(word), "{word} missing from --help");
    }
    let serve = Command::new(BIN)
        .args(["serve", "--help"])
        .output()
        .expect("help");
    let serve = text(&serve.stdout);
    assert!(
        serve.contains("--addr") && serve.contains("--demo") && serve.contains("--database-url")
    );
}

#[test]
fn import_participation_refuses_a_bad_file_whole_with_line_numbers() {
    let dir = Dir::new("import");
    let bad = dir.0.join("bad.csv");
    std::fs::write(
        &bad,
        "state,iso3,signature_date,ratification_date,entry_into_force_date,note\n\
Nigeria,NGA,,2023-02-28,2023-08-01,ratification\n\
Benin,BEN,2008-12-03,2017-07-10,2017-09-01,ratification\n\
Nowhere,XYZ,,,,\n",
    )
    .expect("write");
    let data = dir.0.join("data");
    let out = run(
        &data,
        &["import", "participation", bad.to_str().expect("path")],
        None,
    );
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("Nothing was imported: 3 problem(s)"), "{err}");
    assert!(
        err.contains("line 3: entry_into_force_date 2017-09-01 does not follow"),
        "{err}"
    );
    assert!(
        err.contains("line 4: iso3 \"XYZ\" is not a State in the registry"),
        "{err}"
    );

    let good = dir.0.join("good.csv");
    std::fs::write(
        &good,
        "state,iso3,signature_date,ratification_date,entry_into_force_date,note\n\
Nigeria,NGA,,2023-02-28,2023-08-01,ratification\n",
    )
    .expect("write");
    let out = run(
        &data,
        &["import", "participation", good.to_str().expect("path")],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 added, 0 replaced"));
}

#[test]
fn users_are_added_from_the_command_line_and_survive_backup_and_restore() {
    let dir = Dir::new("users");
    let data = dir.0.join("data");
    let init = run(&data, &["init"], None);
    assert!(text(&init.stdout).contains("No account exists yet"));
    let add = run(
        &data,
        &[
            "user",
            "add",
            "alice",
            "--name",
            "Alice",
            "--role",
            "isu-staff",
            "--convention",
            "ccm",
        ],
        Some("a very long password\n"),
    );
    assert!(add.status.success(), "{}", text(&add.stderr));
    let short = run(
        &data,
        &["user", "add", "bob", "--role", "admin"],
        Some("short\n"),
    );
    assert!(!short.status.success());
    assert!(text(&short.stderr).contains("at least 12 characters"));
    let no_state = run(
        &data,
        &[
            "user",
            "add",
            "carol",
            "--role",
            "focal-point",
            "--convention",
            "ccm",
        ],
        Some("a very long password\n"),
    );
    assert!(text(&no_state.stderr).contains("needs the State it acts for"));
    let list = run(&data, &["user", "list"], None);
    assert!(text(&list.stdout).contains("isu-staff of ccm"));

    let file = dir.0.join("backup.sqlite");
    let backup = run(&data, &["backup", file.to_str().expect("path")], None);
    assert!(backup.status.success(), "{}", text(&backup.stderr));
    let other = dir.0.join("restored");
    let restore = run(&other, &["restore", file.to_str().expect("path")], None);
    assert!(restore.status.success(), "{}", text(&restore.stderr));
    let list = run(&other, &["user", "list"], None);
    assert!(text(&list.stdout).contains("alice"));
    let again = run(&other, &["restore", file.to_str().expect("path")], None);
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("not empty"));
}

#[test]
fn check_prints_the_2msp_findings_and_fails_on_a_standing_error() {
    let dir = Dir::new("check");
    let out = run(&dir.0, &["check", "--demo", "--as-of", "2016-01-01"], None);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "an error-level finding stands: {text}"
    );
    assert!(
        text.contains("error    P2.4  The appointment of Costa Rica by 3MSP cites no decision"),
        "{text}"
    );
    assert!(text.contains("warning  P2.3"), "{text}");
    let json = run(
        &dir.0,
        &["check", "--format", "json", "--as-of", "2016-01-01"],
        None,
    );
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(doc["errors"], 1);
    assert!(doc["findings"].as_array().is_some_and(|f| f.len() > 10));
    // A convention whose record breaks no rule exits 0.
    let clean = run(
        &dir.0,
        &["check", "--convention", "ccw", "--as-of", "2006-01-01"],
        None,
    );
    assert_eq!(
        clean.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );
    let bad = run(&dir.0, &["check", "--as-of", "1 May"], None);
    assert_ne!(bad.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a date"));
}

#[test]
fn plan_proposes_proved_slates_for_a_meeting() {
    let dir = Dir::new("plan");
    let out = run(
        &dir.0,
        &["plan", "--demo", "--meeting", "3RC", "--horizon", "2"],
        None,
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("3RC: 14 seat(s) fall vacant, 16 nominee(s)"),
        "{text}"
    );
    assert!(text.contains("Proved optimal"), "{text}");
    assert!(text.contains("Slate 3"), "{text}");
    let json = run(
        &dir.0,
        &[
            "plan",
            "--meeting",
            "3rc",
            "--format",
            "json",
            "--slates",
            "1",
        ],
        None,
    );
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(doc["plan"]["slates"].as_array().map(Vec::len), Some(1));
    let unknown = run(&dir.0, &["plan", "--meeting", "99MSP"], None);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("there is no meeting 99MSP"));
}

#[test]
fn import_calendar_reads_standard_input_and_refuses_a_broken_file_whole() {
    let dir = Dir::new("calendar");
    let data = dir.0.join("data");
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:aplc-2012\r\nDTSTAMP:20120101T000000Z\r\nSUMMARY:APLC meeting\r\nLOCATION:Geneva\r\nDTSTART;VALUE=DATE:20120521\r\nDTEND;VALUE=DATE:20120526\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let out = run(
        &data,
        &["import", "calendar", "-", "--name", "APLC"],
        Some(ics),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 added, 0 updated"));
    let out = run(
        &data,
        &["import", "calendar", "-", "--name", "APLC"],
        Some(&ics.replace("DTSTART;VALUE=DATE:20120521\r\n", "")),
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("\"APLC meeting\" has no readable DTSTART"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn reindex_rebuilds_the_search_index_from_the_database() {
    let dir = Dir::new("reindex");
    let data = dir.0.join("data");
    let init = run(&data, &["check", "--demo"], None);
    assert!(init.status.code().is_some(), "{}", text(&init.stderr));
    let out = run(&data, &["reindex"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.starts_with("Indexed ") && said.contains("entries"),
        "{said}"
    );
    assert!(data.join("search-index").join("meta.json").exists());
}

#[test]
fn init_loads_the_sourced_record_without_the_demo() {
    let dir = Dir::new("init-record");
    let data = dir.0.join("data");
    let init = run(&data, &["init"], None);
    assert!(init.status.success(), "{}", text(&init.stderr));
    assert!(
        text(&init.stdout).contains("the CCM's sourced record (21 meetings, 4 decisions"),
        "{}",
        text(&init.stdout)
    );
    let check = run(
        &data,
        &["check", "--as-of", "2016-01-01", "--format", "json"],
        None,
    );
    let out = text(&check.stdout);
    assert!(!out.contains("No first Meeting of States Parties"), "{out}");
    assert!(!out.contains("DEMO"), "{out}");
    // Init again adds nothing.
    let again = run(&data, &["init"], None);
    assert!(text(&again.stdout).contains("(21 meetings, 4 decisions"));
}

#[test]
fn import_decisions_and_nominations_refuse_a_bad_file_whole_with_line_numbers() {
    let dir = Dir::new("import-record");
    let data = dir.0.join("data");
    let init = run(&data, &["init"], None);
    assert!(init.status.success(), "{}", text(&init.stderr));
    let bad = dir.0.join("decisions-bad.csv");
    std::fs::write(
        &bad,
        "meeting,number,title,text_en,source\n\
3MSP,1,Coordinators,Appointed Coordinators.,test file\n\
9XX,1,Nowhere,Text.,test file\n",
    )
    .expect("write");
    let out = run(
        &data,
        &["import", "decisions", bad.to_str().expect("path")],
        None,
    );
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("Nothing was imported: 1 problem(s)"), "{err}");
    assert!(err.contains("line 3: \"9XX\" is not a meeting"), "{err}");
    let good = dir.0.join("decisions.csv");
    std::fs::write(
        &good,
        "meeting,number,title,text_en,source\n\
3MSP,1,Coordinators,Appointed Coordinators.,test file\n",
    )
    .expect("write");
    let out = run(
        &data,
        &["import", "decisions", good.to_str().expect("path")],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 decision(s) added"));

    let bad = dir.0.join("nominations-bad.csv");
    std::fs::write(
        &bad,
        "meeting,state,choices,statement\n\
3RC,ALB,a-1:1,Albania offers to serve.\n\
3RC,AGO,a-1:1,Angola offers to serve.\n",
    )
    .expect("write");
    let out = run(
        &data,
        &["import", "nominations", bad.to_str().expect("path")],
        None,
    );
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("line 3: ") && err.contains("(P2.4)"), "{err}");
    let good = dir.0.join("nominations.csv");
    std::fs::write(
        &good,
        "meeting,state,choices,statement\n3RC,ALB,a-1:1,Albania offers to serve.\n",
    )
    .expect("write");
    let out = run(
        &data,
        &["import", "nominations", good.to_str().expect("path")],
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 nomination(s) added"));
}

#[test]
fn check_reports_obligation_findings_as_of_a_date() {
    let dir = Dir::new("check-obligations");
    // South Sudan's initial report (Art. 7.1) fell due on 30 Jul 2024: overdue the day after,
    // not on the day.
    let after = run(
        &dir.0,
        &[
            "check",
            "--demo",
            "--format",
            "json",
            "--as-of",
            "2024-07-31",
        ],
        None,
    );
    let doc: serde_json::Value = serde_json::from_slice(&after.stdout).expect("JSON");
    let rows = doc["obligations"].as_array().expect("obligations");
    let ssd = rows
        .iter()
        .find(|r| r["state"] == "SSD" && r["obligation"] == "art7-initial")
        .expect("South Sudan's initial report overdue");
    assert_eq!(ssd["due_on"], "2024-07-30");
    assert_eq!(ssd["days_overdue"], 1);
    assert_eq!(ssd["clause"], "Art. 7.1");
    // Nigeria's (DEMO) report was received before its deadline: not overdue.
    assert!(
        !rows
            .iter()
            .any(|r| r["state"] == "NGA" && r["obligation"] == "art7-initial")
    );
    let on_the_day = run(
        &dir.0,
        &["check", "--format", "json", "--as-of", "2024-07-30"],
        None,
    );
    let doc: serde_json::Value = serde_json::from_slice(&on_the_day.stdout).expect("JSON");
    assert!(
        !doc["obligations"]
            .as_array()
            .expect("obligations")
            .iter()
            .any(|r| r["state"] == "SSD" && r["obligation"] == "art7-initial")
    );
    let text = run(&dir.0, &["check", "--as-of", "2024-07-31"], None);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("South Sudan: art7-initial was due on 2024-07-30 and is 1 day(s) overdue"),
        "{text}"
    );
}

/// Issue 12 item 7: `import decisions` and `import nominations` take all rows or none. A file
/// whose bad rows come first or last, or repeat a row, is refused whole with every bad line
/// named; a file of the good rows alone is then accepted in full, which shows the refused file
/// wrote nothing (a row written by it would now be a duplicate and be refused).
#[test]
fn import_decisions_and_nominations_all_or_none_every_bad_line_named() {
    let dir = Dir::new("import-all-or-none");
    let data = dir.0.join("data");
    let init = run(&data, &["init"], None);
    assert!(init.status.success(), "{}", text(&init.stderr));

    // Decisions: line 2 names no meeting, line 3 is good, line 4 repeats line 3, line 5 is
    // not numbered; read from standard input.
    let bad = "meeting,number,title,text_en,source\n\
9XX,1,Nowhere,Text.,test file\n\
4MSP,1,Dates of the next meeting,The Meeting decides its next dates.,test file\n\
4MSP,1,Dates of the next meeting,The Meeting decides its next dates.,test file\n\
5MSP,one,Work plan,The Meeting approves the work plan.,test file\n";
    let out = run(&data, &["import", "decisions", "-"], Some(bad));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("Nothing was imported: 3 problem(s)"), "{err}");
    assert!(err.contains("line 2: \"9XX\" is not a meeting"), "{err}");
    assert!(
        err.contains("line 4: 4MSP decision 1 appears more than once"),
        "{err}"
    );
    assert!(err.contains("line 5: number \"one\""), "{err}");
    assert!(!err.contains("line 3:"), "line 3 is good: {err}");
    let good = "meeting,number,title,text_en,source\n\
4MSP,1,Dates of the next meeting,The Meeting decides its next dates.,test file\n\
5MSP,1,Work plan,The Meeting approves the work plan.,test file\n";
    let out = run(&data, &["import", "decisions", "-"], Some(good));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("2 decision(s) added"),
        "{}",
        text(&out.stdout)
    );
    // The same file again: every row is now on record, so it is refused whole.
    let again = run(&data, &["import", "decisions", "-"], Some(good));
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("line 2: "),
        "{}",
        text(&again.stderr)
    );

    // Nominations: line 2 is good, line 3 has a malformed choice, line 4 nominates Albania
    // again, line 5 a State that will not be a State Party (P2.4).
    let bad = "meeting,state,choices,statement\n\
3RC,ALB,a-1:1,Albania offers to serve.\n\
3RC,NZL,a-1,New Zealand offers to serve.\n\
3RC,ALB,b-1:1,Albania again.\n\
3RC,AGO,a-1:1,Angola offers to serve.\n";
    let out = run(&data, &["import", "nominations", "-"], Some(bad));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("Nothing was imported"), "{err}");
    assert!(!err.contains("line 2:"), "line 2 is good: {err}");
    assert!(
        err.contains("line 3: choice \"a-1\" is not seat:preference"),
        "{err}"
    );
    assert!(
        err.contains("line 4: ALB is nominated for 3RC more than once"),
        "{err}"
    );
    assert!(err.contains("line 5: ") && err.contains("(P2.4)"), "{err}");
    let good = "meeting,state,choices,statement\n\
3RC,ALB,a-1:1,Albania offers to serve.\n\
3RC,NZL,a-1:1 nim-1:2,New Zealand offers to serve.\n";
    let out = run(&data, &["import", "nominations", "-"], Some(good));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("2 nomination(s) added"),
        "{}",
        text(&out.stdout)
    );
    let again = run(&data, &["import", "nominations", "-"], Some(good));
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("line 2: ALB already has a standing nomination"),
        "{}",
        text(&again.stderr)
    );
}

/// SPEC's `info` severity through `check`: a Committee meeting recorded without its chair while
/// a President is in office gets a P3.1 finding for information, printed as `info`, counted
/// apart in the JSON, and it changes neither the error count nor the exit status.
#[tokio::test]
async fn p3_1_check_prints_an_info_finding_that_is_not_an_error() {
    use treatydesk_domain::calendar::parse_date;
    use treatydesk_domain::meeting::MeetingKind;
    use treatydesk_domain::schedule::{MeetingStatus, Sitting};
    use treatydesk_store::architecture::NewMeeting;
    use treatydesk_store::audit::Author;
    use treatydesk_store::{Location, Store};

    let dir = Dir::new("check-info");
    let data = dir.0.join("data");
    let init = run(&data, &["init"], None);
    assert!(init.status.success(), "{}", text(&init.stderr));
    let args = ["check", "--format", "json", "--as-of", "2013-06-01"];
    let before = run(&data, &args, None);
    let doc_before: serde_json::Value = serde_json::from_slice(&before.stdout).expect("JSON");
    {
        let store = Store::open(&Location {
            data_dir: data.clone(),
            database_url: None,
        })
        .await
        .expect("store");
        let ccm = store.convention("ccm").await.expect("ccm");
        store
            .add_meeting(
                &Author::system("test: a Committee meeting without its chair"),
                &ccm,
                NewMeeting {
                    kind: MeetingKind::CoordinationCommittee,
                    number: 1,
                    venue: "Geneva".into(),
                    opens_on: parse_date("2013-05-02"),
                    closes_on: parse_date("2013-05-02"),
                    source: "test".into(),
                    status: MeetingStatus::Held,
                    sitting: Sitting::Morning,
                    presiding: None,
                },
            )
            .await
            .expect("meeting");
    }
    let after = run(&data, &args, None);
    let doc: serde_json::Value = serde_json::from_slice(&after.stdout).expect("JSON");
    let info: Vec<&serde_json::Value> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["clause"] == "P3.1" && f["severity"] == "info")
        .collect();
    assert_eq!(info.len(), 1, "{doc}");
    assert_eq!(doc["errors"], doc_before["errors"]);
    assert_eq!(
        doc["info"].as_u64(),
        doc_before["info"].as_u64().map(|n| n + 1)
    );
    assert_eq!(after.status.code(), before.status.code());
    let plain = run(&data, &["check", "--as-of", "2013-06-01"], None);
    let out = text(&plain.stdout);
    assert!(
        out.contains("info     P3.1  The 1CC has no chair on record"),
        "{out}"
    );
    assert!(out.contains("for information"), "{out}");
}
