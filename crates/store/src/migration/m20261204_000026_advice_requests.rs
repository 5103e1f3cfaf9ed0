//! Requests for advice (P4.4(c), issue 15 item 1): a State Party's focal point asks the ISU
//! (`advice_requests`: the State, the theme, the subject, whether the State shares the
//! exchange with all States Parties, where it stands and who in the ISU holds it); the exchange
//! is a thread of messages (`advice_messages`: the question, the ISU's answers, the State's
//! replies), each with its author and time, never rewritten: a correction is a new message that
//! names the one it revises (`revises_id`, at most once). Attachments (`advice_attachments`)
//! name a file of the content-addressed store (`stored_files`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, integer, integer_null, pk_auto, string, string_null, text, timestamp_with_time_zone,
    timestamp_with_time_zone_null,
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
enum AdviceRequests {
    Table,
    Id,
    ConventionId,
    StateCode,
    Theme,
    Subject,
    Shared,
    Status,
    AssignedTo,
    CreatedBy,
    CreatedAt,
    AnsweredAt,
    ClosedAt,
}

#[derive(DeriveIden)]
enum AdviceMessages {
    Table,
    Id,
    RequestId,
    Kind,
    Author,
    Body,
    RevisesId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AdviceAttachments {
    Table,
    Id,
    RequestId,
    MessageId,
    FileSha256,
    Filename,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(AdviceRequests::Table)
                .col(pk_auto(AdviceRequests::Id))
                .col(integer(AdviceRequests::ConventionId))
                .col(string(AdviceRequests::StateCode))
                .col(string(AdviceRequests::Theme))
                .col(text(AdviceRequests::Subject))
                .col(boolean(AdviceRequests::Shared).default(false))
                .col(string(AdviceRequests::Status))
                .col(string_null(AdviceRequests::AssignedTo))
                .col(string(AdviceRequests::CreatedBy))
                .col(timestamp_with_time_zone(AdviceRequests::CreatedAt))
                .col(timestamp_with_time_zone_null(AdviceRequests::AnsweredAt))
                .col(timestamp_with_time_zone_null(AdviceRequests::ClosedAt))
                .foreign_key(&mut fk(
                    AdviceRequests::Table,
                    AdviceRequests::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("advice_requests_convention_state")
                .table(AdviceRequests::Table)
                .col(AdviceRequests::ConventionId)
                .col(AdviceRequests::StateCode)
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AdviceMessages::Table)
                .col(pk_auto(AdviceMessages::Id))
                .col(integer(AdviceMessages::RequestId))
                .col(string(AdviceMessages::Kind))
                .col(string(AdviceMessages::Author))
                .col(text(AdviceMessages::Body))
                .col(integer_null(AdviceMessages::RevisesId))
                .col(timestamp_with_time_zone(AdviceMessages::CreatedAt))
                .foreign_key(&mut fk(
                    AdviceMessages::Table,
                    AdviceMessages::RequestId,
                    AdviceRequests::Table,
                    AdviceRequests::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    AdviceMessages::Table,
                    AdviceMessages::RevisesId,
                    AdviceMessages::Table,
                    AdviceMessages::Id,
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("advice_messages_request")
                .table(AdviceMessages::Table)
                .col(AdviceMessages::RequestId)
                .take(),
        )
        .await?;
        // A message is revised at most once: the chain of revisions never forks.
        m.create_index(
            Index::create()
                .name("advice_messages_revises")
                .table(AdviceMessages::Table)
                .col(AdviceMessages::RevisesId)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AdviceAttachments::Table)
                .col(pk_auto(AdviceAttachments::Id))
                .col(integer(AdviceAttachments::RequestId))
                .col(integer(AdviceAttachments::MessageId))
                .col(string(AdviceAttachments::FileSha256))
                .col(string(AdviceAttachments::Filename))
                .col(timestamp_with_time_zone(AdviceAttachments::CreatedAt))
                .foreign_key(&mut fk(
                    AdviceAttachments::Table,
                    AdviceAttachments::RequestId,
                    AdviceRequests::Table,
                    AdviceRequests::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    AdviceAttachments::Table,
                    AdviceAttachments::MessageId,
                    AdviceMessages::Table,
                    AdviceMessages::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("advice_attachments_request")
                .table(AdviceAttachments::Table)
                .col(AdviceAttachments::RequestId)
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(AdviceAttachments::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(AdviceMessages::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(AdviceRequests::Table).to_owned())
            .await
    }
}
