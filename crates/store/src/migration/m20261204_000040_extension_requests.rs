//! Extension requests (issue 17 item 2; CCM Art. 3.3-3.6, Art. 4.5-4.8): a State's request to
//! move one obligation's deadline (`extension_requests`: the State, the obligation, the deciding
//! meeting, the new deadline asked, each content the article requires as JSON, whether the ISU
//! filed it on the State's behalf, the draft or submitted state, the ISU's analysis document and
//! the meeting's outcome with the obligation submission it recorded), and every version of what
//! the State wrote (`extension_request_revisions`: who, when, why; never rewritten).

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
enum ExtensionRequests {
    Table,
    Id,
    ConventionId,
    StateCode,
    Obligation,
    MeetingId,
    AskedTo,
    Contents,
    OnBehalf,
    Status,
    SubmittedOn,
    AnalysisDocumentId,
    Outcome,
    DecisionReference,
    DecidedOn,
    GrantedTo,
    Benchmarks,
    SubmissionId,
    Revision,
    Source,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ExtensionRequestRevisions {
    Table,
    Id,
    RequestId,
    Revision,
    MeetingId,
    AskedTo,
    Contents,
    RecordedBy,
    RecordedAt,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ExtensionRequests::Table)
                .col(pk_auto(ExtensionRequests::Id))
                .col(integer(ExtensionRequests::ConventionId))
                .col(string(ExtensionRequests::StateCode))
                .col(string(ExtensionRequests::Obligation))
                .col(integer_null(ExtensionRequests::MeetingId))
                .col(date_null(ExtensionRequests::AskedTo))
                .col(text(ExtensionRequests::Contents))
                .col(boolean(ExtensionRequests::OnBehalf).default(false))
                .col(string(ExtensionRequests::Status))
                .col(date_null(ExtensionRequests::SubmittedOn))
                .col(integer_null(ExtensionRequests::AnalysisDocumentId))
                .col(string(ExtensionRequests::Outcome).default(""))
                .col(text(ExtensionRequests::DecisionReference).default(""))
                .col(date_null(ExtensionRequests::DecidedOn))
                .col(date_null(ExtensionRequests::GrantedTo))
                .col(text(ExtensionRequests::Benchmarks).default(""))
                .col(integer_null(ExtensionRequests::SubmissionId))
                .col(integer(ExtensionRequests::Revision).default(1))
                .col(text(ExtensionRequests::Source).default(""))
                .col(string(ExtensionRequests::CreatedBy))
                .col(timestamp_with_time_zone(ExtensionRequests::CreatedAt))
                .foreign_key(&mut fk(
                    ExtensionRequests::Table,
                    ExtensionRequests::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("extension_requests_convention_state")
                .table(ExtensionRequests::Table)
                .col(ExtensionRequests::ConventionId)
                .col(ExtensionRequests::StateCode)
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ExtensionRequestRevisions::Table)
                .col(pk_auto(ExtensionRequestRevisions::Id))
                .col(integer(ExtensionRequestRevisions::RequestId))
                .col(integer(ExtensionRequestRevisions::Revision))
                .col(integer_null(ExtensionRequestRevisions::MeetingId))
                .col(date_null(ExtensionRequestRevisions::AskedTo))
                .col(text(ExtensionRequestRevisions::Contents))
                .col(string(ExtensionRequestRevisions::RecordedBy))
                .col(timestamp_with_time_zone(
                    ExtensionRequestRevisions::RecordedAt,
                ))
                .col(text(ExtensionRequestRevisions::Reason))
                .foreign_key(&mut fk(
                    ExtensionRequestRevisions::Table,
                    ExtensionRequestRevisions::RequestId,
                    ExtensionRequests::Table,
                    ExtensionRequests::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("extension_request_revisions_request")
                .table(ExtensionRequestRevisions::Table)
                .col(ExtensionRequestRevisions::RequestId)
                .col(ExtensionRequestRevisions::Revision)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(
            Table::drop()
                .table(ExtensionRequestRevisions::Table)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(ExtensionRequests::Table).to_owned())
            .await
    }
}
