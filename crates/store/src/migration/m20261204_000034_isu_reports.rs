//! The ISU's report to a formal meeting (issue 14 item 5; P4.4(i)): one row per revision of a
//! report: the meeting it goes to, the period it covers, the ISU's prose (JSON: introduction and
//! conclusions per section), the figures computed from the record when the draft was generated
//! (JSON snapshot), and, once published, the document it became. A revision is never
//! overwritten; publishing is the last revision.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    date, integer, integer_null, pk_auto, string, string_null, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IsuReports {
    Table,
    Id,
    ConventionId,
    Report,
    Revision,
    MeetingId,
    PeriodFrom,
    PeriodUntil,
    Status,
    Prose,
    Figures,
    DocumentId,
    Symbol,
    At,
    Who,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(IsuReports::Table)
                .col(pk_auto(IsuReports::Id))
                .col(integer(IsuReports::ConventionId))
                .col(integer(IsuReports::Report))
                .col(integer(IsuReports::Revision))
                .col(integer(IsuReports::MeetingId))
                .col(date(IsuReports::PeriodFrom))
                .col(date(IsuReports::PeriodUntil))
                .col(string(IsuReports::Status))
                .col(text(IsuReports::Prose))
                .col(text(IsuReports::Figures))
                .col(integer_null(IsuReports::DocumentId))
                .col(string_null(IsuReports::Symbol))
                .col(timestamp_with_time_zone(IsuReports::At))
                .col(string(IsuReports::Who))
                .col(text(IsuReports::Reason))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("isu_reports_report_revision")
                .table(IsuReports::Table)
                .col(IsuReports::ConventionId)
                .col(IsuReports::Report)
                .col(IsuReports::Revision)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(IsuReports::Table).to_owned())
            .await
    }
}
