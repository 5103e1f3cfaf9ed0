//! Transparency reports filled online (issue 17 item 1; CCM Art. 7 forms A-J, APLC Art. 7, BWC
//! CBMs): a State's focal point (or the ISU on its behalf, from a report received on paper,
//! marked so) fills the forms its preset lists for one obligation, keeps a draft, and submits it
//! as public or restricted to States Parties. Submission records the obligation's `report`
//! submission in the same write, so the State's deadline is met and the overdue list changes
//! from one source of truth.
//!
//! A draft is edited in place of its current version, but every version is kept
//! (`transparency_report_revisions`); a submitted report is frozen: a correction is a new version
//! that needs a reason and keeps the day received and the access level. A submission with an
//! error finding is refused. Every write is audited. This module never decides who may file or
//! read: the web checks roles and access levels.

use std::collections::BTreeMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use time::Date;
use treatydesk_domain::AccessLevel;
use treatydesk_domain::calendar::format_date;
use treatydesk_domain::obligation::{DueRule, Obligation, SubmissionKind};
use treatydesk_domain::rules::Severity;
use treatydesk_domain::transparency::{
    self, FormEntry, ReportFacts, ReportFinding, ReportForm, forms_for,
};

use crate::audit::Author;
use crate::entities::{
    convention, obligation_submission, transparency_report, transparency_report_file,
    transparency_report_revision,
};
use crate::error::{Problem, said};
use crate::files::FileStore;
use crate::registry::report_forms_of;
use crate::{Store, StoreError};
use treatydesk_domain::finding::Message;

/// At most this many files with one report.
pub const MAX_REPORT_FILES: usize = 20;

/// Where a report stands.
pub const DRAFT: &str = "draft";
pub const SUBMITTED: &str = "submitted";

/// What a State writes in a report (a new one, or a new version).
#[derive(Clone, Debug)]
pub struct ReportInput {
    /// The reporting State's code.
    pub state: String,
    /// The obligation's key (`art7-annual`).
    pub obligation: String,
    /// For a yearly report: the calendar year covered.
    pub period: Option<i32>,
    /// Public, or restricted to States Parties.
    pub access: AccessLevel,
    pub forms: BTreeMap<String, FormEntry>,
    /// Entered by the ISU on the State's behalf.
    pub on_behalf: bool,
    /// For a report entered on the State's behalf: the day it was received (else the day of
    /// submission).
    pub received_on: Option<Date>,
    /// Submit now (else keep as a draft).
    pub submit: bool,
    /// Where the record comes from (demo data says DEMO; empty for a form).
    pub source: String,
}

impl Default for ReportInput {
    /// Restricted to States Parties until the State chooses otherwise.
    fn default() -> Self {
        Self {
            state: String::new(),
            obligation: String::new(),
            period: None,
            access: AccessLevel::StatesParties,
            forms: BTreeMap::new(),
            on_behalf: false,
            received_on: None,
            submit: false,
            source: String::new(),
        }
    }
}

/// A report with what its pages and answers show.
#[derive(Clone, Debug)]
pub struct ReportRecord {
    pub report: transparency_report::Model,
    pub obligation: Obligation,
    pub forms: Vec<ReportForm>,
    pub entries: BTreeMap<String, FormEntry>,
    pub findings: Vec<ReportFinding>,
}

/// A submitted report's figures, as the compiled view adds them up.
#[derive(Clone, Debug)]
pub struct ReportFigures {
    pub report: transparency_report::Model,
    pub entries: BTreeMap<String, FormEntry>,
}

/// The forms a report may hold under `obligation`, read from the convention's preset.
pub fn forms_of(convention: &convention::Model, obligation: &str) -> Vec<ReportForm> {
    forms_for(report_forms_of(&convention.code), obligation)
        .into_iter()
        .cloned()
        .collect()
}

/// Is the obligation's report a yearly one (the cover page's marks allowed)?
pub fn is_annual(ob: &Obligation) -> bool {
    matches!(ob.due, DueRule::Annually { .. })
}

pub fn entries_of(json: &str) -> BTreeMap<String, FormEntry> {
    serde_json::from_str(json).unwrap_or_default()
}

fn judge(ob: &Obligation, forms: &[ReportForm], input: &ReportInput) -> Vec<ReportFinding> {
    let of: Vec<&ReportForm> = forms.iter().collect();
    transparency::findings(&ReportFacts {
        forms: &of,
        annual: is_annual(ob),
        period: input.period,
        entries: &input.forms,
    })
}

/// An error finding of a report as a problem: its sentence, and its message
/// (`report-finding-...` in `reports.ftl`) for other languages.
fn finding_problem(f: &ReportFinding) -> Problem {
    let mut message = Message::new(&format!("report-finding-{}", f.code)).code("form", &f.form);
    if let Some(v) = f.value {
        message = message.number("value", v);
    }
    Problem::new(message, f.sentence.clone())
}

/// A submission is refused while an error finding stands; every error as a sentence.
fn refuse_errors(findings: &[ReportFinding]) -> Result<(), StoreError> {
    if transparency::has_errors(findings) {
        Err(StoreError::Invalid(
            findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .map(finding_problem)
                .collect(),
        ))
    } else {
        Ok(())
    }
}

fn reference(convention: &convention::Model, state: &str, period: Option<i32>) -> String {
    format!(
        "TD/{}/{state}/{}",
        convention.code.to_uppercase(),
        period.map_or_else(|| "initial".to_string(), |y| y.to_string())
    )
}

impl Store {
    /// The convention's obligations reported on forms (those the preset gives forms for).
    pub async fn reported_obligations(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<Obligation>, StoreError> {
        Ok(self
            .obligations(convention)
            .await?
            .into_iter()
            .filter(|o| !forms_of(convention, &o.key).is_empty())
            .collect())
    }

    /// The obligation and its forms; every problem of what is typed outside the forms.
    async fn report_rule(
        &self,
        convention: &convention::Model,
        input: &ReportInput,
        on: Date,
    ) -> Result<(Obligation, Vec<ReportForm>), StoreError> {
        let obligations = self.reported_obligations(convention).await?;
        let Some(ob) = obligations.iter().find(|o| o.key == input.obligation) else {
            let known: Vec<&str> = obligations.iter().map(|o| o.key.as_str()).collect();
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-report-obligation-unknown")
                    .code("value", &input.obligation)
                    .code("known", &known.join(", ")),
                format!(
                    "\"{}\" is not an obligation reported on forms (known: {})",
                    input.obligation,
                    known.join(", ")
                ),
            )));
        };
        let mut problems = Vec::new();
        match (is_annual(ob), input.period) {
            (true, None) => problems.push(Problem::new(
                Message::new("refuse-report-needs-year").text("obligation", &ob.name.en),
                format!(
                    "{} covers a calendar year: give the year it covers",
                    ob.name.en
                ),
            )),
            (true, Some(y)) if !(1990..on.year()).contains(&y) => problems.push(Problem::new(
                Message::new("refuse-report-year-ended").code("year", &y.to_string()),
                format!("the year covered ({y}) must be a year that has ended, not before 1990"),
            )),
            (false, Some(_)) => problems.push(said(
                "refuse-year-not-yearly",
                "only a yearly report covers a year: leave the year out",
            )),
            _ => {}
        }
        if !matches!(
            input.access,
            AccessLevel::Public | AccessLevel::StatesParties
        ) {
            problems.push(said(
                "refuse-report-access",
                "a report is public or restricted to States Parties",
            ));
        }
        match (input.on_behalf, input.received_on) {
            (false, Some(_)) => problems.push(said(
                "refuse-report-received-own",
                "only a report entered by the ISU on a State's behalf gives the day it was received",
            )),
            (true, Some(d)) if d > on => problems.push(Problem::new(
                Message::new("refuse-report-received-future").date("date", d),
                format!("the day received ({}) is in the future", format_date(d)),
            )),
            _ => {}
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        Ok((ob.clone(), forms_of(convention, &ob.key)))
    }

    /// Files a report (`report.file`), as a draft or submitted on `on`. A second report of the
    /// same State, obligation and year is refused: correct the first.
    pub async fn file_report(
        &self,
        author: &Author,
        convention: &convention::Model,
        input: ReportInput,
        on: Date,
    ) -> Result<transparency_report::Model, StoreError> {
        let actor = self.actor(input.state.trim()).await.map_err(|_| {
            StoreError::refuse(Problem::new(
                Message::new("refuse-state-unknown").code("value", input.state.trim()),
                format!("\"{}\" is not a State on record", input.state.trim()),
            ))
        })?;
        if actor.kind != "state" {
            return Err(StoreError::refuse(Problem::new(
                Message::new("refuse-report-not-a-state").actor("who", &actor.code, &actor.name_en),
                format!("{} is not a State: a State reports", actor.name_en),
            )));
        }
        let input = ReportInput {
            state: actor.code.clone(),
            ..input
        };
        let (ob, forms) = self.report_rule(convention, &input, on).await?;
        let findings = judge(&ob, &forms, &input);
        if input.submit {
            refuse_errors(&findings)?;
        }
        let mut same = transparency_report::Entity::find()
            .filter(transparency_report::Column::ConventionId.eq(convention.id))
            .filter(transparency_report::Column::StateCode.eq(actor.code.clone()))
            .filter(transparency_report::Column::Obligation.eq(ob.key.clone()));
        same = match input.period {
            Some(y) => same.filter(transparency_report::Column::Period.eq(y)),
            None => same.filter(transparency_report::Column::Period.is_null()),
        };
        if let Some(existing) = same.one(self.db()).await? {
            return Err(StoreError::conflict(Problem::new(
                Message::new("conflict-report-exists")
                    .actor("who", &actor.code, &actor.name_en)
                    .number("id", i64::from(existing.id)),
                format!(
                    "{} already has this report (number {}): open it to edit or correct it",
                    actor.name_en, existing.id
                ),
            )));
        }
        let status = if input.submit { SUBMITTED } else { DRAFT };
        let received_on = input.submit.then(|| input.received_on.unwrap_or(on));
        let mut write = self
            .write(
                author,
                "report.file",
                format!("report {} {} {:?}", actor.code, ob.key, input.period),
            )
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({
            "state": actor.code,
            "obligation": ob.key,
            "period": input.period,
            "access": input.access.slug(),
            "status": status,
            "on_behalf": input.on_behalf,
            "received_on": received_on.map(format_date),
        }));
        let forms_json = serde_json::to_string(&input.forms).unwrap_or_else(|_| "{}".into());
        let submission = match received_on {
            Some(day) => Some(
                obligation_submission::ActiveModel {
                    convention_id: Set(convention.id),
                    actor_id: Set(actor.id),
                    obligation: Set(ob.key.clone()),
                    kind: Set(SubmissionKind::Report.slug().to_string()),
                    period: Set(input.period),
                    received_on: Set(day),
                    extended_to: Set(None),
                    reference: Set(reference(convention, &actor.code, input.period)),
                    access: Set(input.access.slug().to_string()),
                    note: Set(String::new()),
                    supersedes: Set(None),
                    superseded_by: Set(None),
                    recorded_at: Set(crate::now()),
                    recorded_by: Set(author.who.clone()),
                    reason: Set(author.reason.clone()),
                    ..Default::default()
                }
                .insert(write.txn())
                .await?
                .id,
            ),
            None => None,
        };
        let stored = transparency_report::ActiveModel {
            convention_id: Set(convention.id),
            state_code: Set(actor.code.clone()),
            obligation: Set(ob.key.clone()),
            period: Set(input.period),
            access: Set(input.access.slug().to_string()),
            status: Set(status.to_string()),
            on_behalf: Set(input.on_behalf),
            received_on: Set(received_on),
            forms: Set(forms_json.clone()),
            submission_id: Set(submission),
            revision: Set(1),
            source: Set(input.source.trim().to_string()),
            created_by: Set(author.who.clone()),
            created_at: Set(crate::now()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        transparency_report_revision::ActiveModel {
            report_id: Set(stored.id),
            revision: Set(1),
            access: Set(stored.access.clone()),
            forms: Set(forms_json),
            recorded_by: Set(author.who.clone()),
            recorded_at: Set(crate::now()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.commit().await?;
        Ok(stored)
    }

    /// A new version of a report (`report.revise`): a draft's edit (and, with `submit`, its
    /// submission on `on`), or a submitted report's correction (`report.correct`), which needs
    /// a reason and keeps the day received and the access level the State chose. The State,
    /// obligation and year never change.
    pub async fn revise_report(
        &self,
        author: &Author,
        convention: &convention::Model,
        id: i32,
        input: ReportInput,
        on: Date,
    ) -> Result<transparency_report::Model, StoreError> {
        let old = self.report_row(convention, id).await?;
        let correcting = old.status == SUBMITTED;
        if correcting && author.reason.trim().is_empty() {
            return Err(StoreError::refuse(said(
                "refuse-report-frozen",
                "a submitted report is frozen: say why it is corrected",
            )));
        }
        let kept_access = AccessLevel::from_slug(&old.access).unwrap_or(AccessLevel::StatesParties);
        if correcting && input.access != kept_access {
            return Err(StoreError::refuse(said(
                "refuse-report-access-kept",
                "the access level was chosen when the report was submitted: a correction keeps it",
            )));
        }
        let submit = input.submit || correcting;
        let input = ReportInput {
            state: old.state_code.clone(),
            obligation: old.obligation.clone(),
            period: old.period,
            on_behalf: old.on_behalf,
            received_on: if correcting {
                None
            } else {
                input.received_on.filter(|_| old.on_behalf)
            },
            submit,
            ..input
        };
        let (ob, forms) = self.report_rule(convention, &input, on).await?;
        let findings = judge(&ob, &forms, &input);
        if submit {
            refuse_errors(&findings)?;
        }
        let revision = old.revision + 1;
        let action = if correcting {
            "report.correct"
        } else {
            "report.revise"
        };
        let received_on = if correcting {
            old.received_on
        } else if submit {
            Some(input.received_on.unwrap_or(on))
        } else {
            None
        };
        let mut write = self.write(author, action, format!("report {id}")).await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({
            "revision": revision,
            "access": input.access.slug(),
            "submitted": submit,
            "received_on": received_on.map(format_date),
        }));
        let forms_json = serde_json::to_string(&input.forms).unwrap_or_else(|_| "{}".into());
        let mut submission = old.submission_id;
        if submit
            && !correcting
            && let Some(day) = received_on
        {
            let state = self.actor(&old.state_code).await?;
            submission = Some(
                obligation_submission::ActiveModel {
                    convention_id: Set(convention.id),
                    actor_id: Set(state.id),
                    obligation: Set(old.obligation.clone()),
                    kind: Set(SubmissionKind::Report.slug().to_string()),
                    period: Set(old.period),
                    received_on: Set(day),
                    extended_to: Set(None),
                    reference: Set(reference(convention, &state.code, old.period)),
                    access: Set(input.access.slug().to_string()),
                    note: Set(String::new()),
                    supersedes: Set(None),
                    superseded_by: Set(None),
                    recorded_at: Set(crate::now()),
                    recorded_by: Set(author.who.clone()),
                    reason: Set(author.reason.clone()),
                    ..Default::default()
                }
                .insert(write.txn())
                .await?
                .id,
            );
        }
        transparency_report_revision::ActiveModel {
            report_id: Set(id),
            revision: Set(revision),
            access: Set(input.access.slug().to_string()),
            forms: Set(forms_json.clone()),
            recorded_by: Set(author.who.clone()),
            recorded_at: Set(crate::now()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        let mut model: transparency_report::ActiveModel = old.into();
        model.forms = Set(forms_json);
        model.access = Set(input.access.slug().to_string());
        model.revision = Set(revision);
        model.received_on = Set(received_on);
        model.submission_id = Set(submission);
        if submit {
            model.status = Set(SUBMITTED.to_string());
        }
        let stored = model.update(write.txn()).await?;
        write.commit().await?;
        Ok(stored)
    }

    async fn report_row(
        &self,
        convention: &convention::Model,
        id: i32,
    ) -> Result<transparency_report::Model, StoreError> {
        transparency_report::Entity::find_by_id(id)
            .filter(transparency_report::Column::ConventionId.eq(convention.id))
            .one(self.db())
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("the report {id}")))
    }

    /// Every report of a convention, newest first (the caller filters by reader).
    pub async fn reports(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<transparency_report::Model>, StoreError> {
        Ok(transparency_report::Entity::find()
            .filter(transparency_report::Column::ConventionId.eq(convention.id))
            .order_by_desc(transparency_report::Column::Id)
            .all(self.db())
            .await?)
    }

    /// One report with its obligation, forms and findings.
    pub async fn report(
        &self,
        convention: &convention::Model,
        id: i32,
    ) -> Result<ReportRecord, StoreError> {
        let report = self.report_row(convention, id).await?;
        self.report_record(convention, report).await
    }

    /// A stored report with its obligation, forms and findings.
    pub async fn report_record(
        &self,
        convention: &convention::Model,
        report: transparency_report::Model,
    ) -> Result<ReportRecord, StoreError> {
        let obligation = self
            .obligations(convention)
            .await?
            .into_iter()
            .find(|o| o.key == report.obligation)
            .ok_or_else(|| {
                StoreError::NotFound(format!("the obligation \"{}\"", report.obligation))
            })?;
        let forms = forms_of(convention, &obligation.key);
        let entries = entries_of(&report.forms);
        let input = ReportInput {
            period: report.period,
            forms: entries.clone(),
            ..Default::default()
        };
        let findings = judge(&obligation, &forms, &input);
        Ok(ReportRecord {
            report,
            obligation,
            forms,
            entries,
            findings,
        })
    }

    /// Every version of what the State wrote, oldest first.
    pub async fn report_revisions(
        &self,
        report: &transparency_report::Model,
    ) -> Result<Vec<transparency_report_revision::Model>, StoreError> {
        Ok(transparency_report_revision::Entity::find()
            .filter(transparency_report_revision::Column::ReportId.eq(report.id))
            .order_by_asc(transparency_report_revision::Column::Revision)
            .all(self.db())
            .await?)
    }

    /// Attaches files to a report (`report.attach`): a map, a plan, the PDF of a report received
    /// on paper. A submitted report is frozen: a file added to it needs a reason. Every file is
    /// checked (kind, size) before anything is stored.
    pub async fn attach_report_files(
        &self,
        author: &Author,
        files: &FileStore,
        convention: &convention::Model,
        id: i32,
        uploads: &[Vec<u8>],
    ) -> Result<Vec<transparency_report_file::Model>, StoreError> {
        let report = self.report_row(convention, id).await?;
        let mut problems = Vec::new();
        if uploads.is_empty() {
            problems.push(said("refuse-file-none", "Choose a file to attach."));
        }
        let existing = self.report_files(&report).await?.len();
        crate::files::check_uploads(
            uploads,
            MAX_REPORT_FILES.saturating_sub(existing),
            &mut problems,
        );
        if report.status == SUBMITTED && author.reason.trim().is_empty() {
            problems.push(said(
                "refuse-report-frozen-file",
                "a submitted report is frozen: say why the file is added",
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(author, "report.attach", format!("report {id}"))
            .await?;
        write.convention(convention.id);
        write.detail(serde_json::json!({ "files": uploads.len(), "revision": report.revision }));
        let mut out = Vec::new();
        for (i, bytes) in uploads.iter().enumerate() {
            let stored = files.put(bytes)?;
            crate::documents::record_stored_file(&write, &stored).await?;
            let filename = format!("report-{id}-{}.{}", existing + i + 1, stored.extension());
            out.push(
                transparency_report_file::ActiveModel {
                    report_id: Set(id),
                    revision: Set(report.revision),
                    file_sha256: Set(stored.sha256),
                    filename: Set(filename),
                    created_by: Set(author.who.clone()),
                    created_at: Set(crate::now()),
                    ..Default::default()
                }
                .insert(write.txn())
                .await?,
            );
        }
        write.commit().await?;
        Ok(out)
    }

    /// The files of a report, oldest first.
    pub async fn report_files(
        &self,
        report: &transparency_report::Model,
    ) -> Result<Vec<transparency_report_file::Model>, StoreError> {
        Ok(transparency_report_file::Entity::find()
            .filter(transparency_report_file::Column::ReportId.eq(report.id))
            .order_by_asc(transparency_report_file::Column::Id)
            .all(self.db())
            .await?)
    }

    /// The submitted reports of a convention with their forms, oldest year first (the caller
    /// keeps those its reader may read).
    pub async fn submitted_reports(
        &self,
        convention: &convention::Model,
    ) -> Result<Vec<ReportFigures>, StoreError> {
        Ok(transparency_report::Entity::find()
            .filter(transparency_report::Column::ConventionId.eq(convention.id))
            .filter(transparency_report::Column::Status.eq(SUBMITTED))
            .order_by_asc(transparency_report::Column::Period)
            .order_by_asc(transparency_report::Column::Id)
            .all(self.db())
            .await?
            .into_iter()
            .map(|r| ReportFigures {
                entries: entries_of(&r.forms),
                report: r,
            })
            .collect())
    }
}
