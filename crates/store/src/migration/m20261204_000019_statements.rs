//! Statements (P1.2, issue 12 item 5): a delegation's statement attached to a session of a
//! meeting's programme and to one of its speakers, in one language, with its file kept in the
//! content-addressed store (`stored_files`) like a document's language version. A row is never
//! rewritten: a new version of a statement in a language is a new row whose `supersedes_id`
//! names the row it replaces, and the old one stays readable. A withdrawal is a row too
//! (`withdrawn`, no file) that supersedes the version withdrawn.
//!
//! The session and the speaker are named by id and copied (the speaker's name and State), so a
//! statement still says who spoke if the programme changes later.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, integer, integer_null, pk_auto, string, string_null, text, timestamp_with_time_zone,
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
enum Meetings {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Statements {
    Table,
    Id,
    ConventionId,
    MeetingId,
    SessionId,
    SpeakerId,
    SpeakerName,
    StateCode,
    Lang,
    Title,
    FileSha256,
    Filename,
    Text,
    SupersedesId,
    Withdrawn,
    UploadedBy,
    UploadedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Statements::Table)
                .col(pk_auto(Statements::Id))
                .col(integer(Statements::ConventionId))
                .col(integer(Statements::MeetingId))
                .col(integer(Statements::SessionId))
                .col(integer_null(Statements::SpeakerId))
                .col(string(Statements::SpeakerName))
                .col(string_null(Statements::StateCode))
                .col(string(Statements::Lang))
                .col(text(Statements::Title))
                .col(string(Statements::FileSha256))
                .col(string(Statements::Filename))
                .col(text(Statements::Text))
                .col(integer_null(Statements::SupersedesId))
                .col(boolean(Statements::Withdrawn).default(false))
                .col(string(Statements::UploadedBy))
                .col(timestamp_with_time_zone(Statements::UploadedAt))
                .foreign_key(&mut fk(
                    Statements::Table,
                    Statements::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    Statements::Table,
                    Statements::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    Statements::Table,
                    Statements::SupersedesId,
                    Statements::Table,
                    Statements::Id,
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("statements_meeting_session")
                .table(Statements::Table)
                .col(Statements::MeetingId)
                .col(Statements::SessionId)
                .take(),
        )
        .await?;
        // One row supersedes another at most once: the chain of versions never forks.
        m.create_index(
            Index::create()
                .name("statements_supersedes")
                .table(Statements::Table)
                .col(Statements::SupersedesId)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Statements::Table).to_owned())
            .await
    }
}
