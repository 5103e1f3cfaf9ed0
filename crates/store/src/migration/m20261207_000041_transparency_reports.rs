//! Transparency reports filled online (issue 17 item 1; CCM Art. 7, forms A-J; BWC CBMs): a
//! State's report under one obligation (`transparency_reports`: the State, the obligation, the
//! year covered, the access level the State chose, the draft or submitted state, whether the ISU
//! entered it on the State's behalf from paper, the day received, the forms as JSON and the
//! obligation submission its submission recorded), and every version of what the State wrote
//! (`transparency_report_revisions`: who, when, why; never rewritten).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, date_null, integer, integer_null, pk_auto, string, text, timestamp_with_time_zone,
};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Conventions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum TransparencyReports {
    Table,
    Id,
    ConventionId,
    StateCode,
    Obligation,
    Period,
    Access,
    Status,
    OnBehalf,
    ReceivedOn,
    Forms,
    SubmissionId,
    Revision,
    Source,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TransparencyReportRevisions {
    Table,
    Id,
    ReportId,
    Revision,
    Access,
    Forms,
    RecordedBy,
    RecordedAt,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(TransparencyReports::Table)
                .col(pk_auto(TransparencyReports::Id))
                .col(integer(TransparencyReports::ConventionId))
                .col(string(TransparencyReports::StateCode))
                .col(string(TransparencyReports::Obligation))
                .col(integer_null(TransparencyReports::Period))
                .col(string(TransparencyReports::Access))
                .col(string(TransparencyReports::Status))
                .col(boolean(TransparencyReports::OnBehalf).default(false))
                .col(date_null(TransparencyReports::ReceivedOn))
                .col(text(TransparencyReports::Forms))
                .col(integer_null(TransparencyReports::SubmissionId))
                .col(integer(TransparencyReports::Revision).default(1))
                .col(text(TransparencyReports::Source).default(""))
                .col(string(TransparencyReports::CreatedBy))
                .col(timestamp_with_time_zone(TransparencyReports::CreatedAt))
                .foreign_key(&mut fk(
                    TransparencyReports::Table,
                    TransparencyReports::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("transparency_reports_convention_state")
                .table(TransparencyReports::Table)
                .col(TransparencyReports::ConventionId)
                .col(TransparencyReports::StateCode)
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(TransparencyReportRevisions::Table)
                .col(pk_auto(TransparencyReportRevisions::Id))
                .col(integer(TransparencyReportRevisions::ReportId))
                .col(integer(TransparencyReportRevisions::Revision))
                .col(string(TransparencyReportRevisions::Access))
                .col(text(TransparencyReportRevisions::Forms))
                .col(string(TransparencyReportRevisions::RecordedBy))
                .col(timestamp_with_time_zone(
                    TransparencyReportRevisions::RecordedAt,
                ))
                .col(text(TransparencyReportRevisions::Reason))
                .foreign_key(&mut fk(
                    TransparencyReportRevisions::Table,
                    TransparencyReportRevisions::ReportId,
                    TransparencyReports::Table,
                    TransparencyReports::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("transparency_report_revisions_report")
                .table(TransparencyReportRevisions::Table)
                .col(TransparencyReportRevisions::ReportId)
                .col(TransparencyReportRevisions::Revision)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(
            Table::drop()
                .table(TransparencyReportRevisions::Table)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(TransparencyReports::Table).to_owned())
            .await
    }
}
