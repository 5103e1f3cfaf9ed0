//! The ISU's work plan and budget for a year (issue 14 item 2, P4.4(h)): every revision is a
//! row (draft, endorsed, approved), never rewritten. A revision holds the whole plan (activities
//! under mandate tasks with their outputs, budget lines with exact amounts as decimal text) as
//! JSON, and, when it records an endorsement or an approval, the meeting, the decision and the
//! citation. A change after endorsement is a new draft revision; the endorsed one stays.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    integer, integer_null, pk_auto, string, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IsuWorkplanRevisions {
    Table,
    Id,
    ConventionId,
    Year,
    Revision,
    Status,
    Plan,
    MeetingId,
    DecisionId,
    Citation,
    At,
    Who,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(IsuWorkplanRevisions::Table)
                .col(pk_auto(IsuWorkplanRevisions::Id))
                .col(integer(IsuWorkplanRevisions::ConventionId))
                .col(integer(IsuWorkplanRevisions::Year))
                .col(integer(IsuWorkplanRevisions::Revision))
                .col(string(IsuWorkplanRevisions::Status))
                .col(text(IsuWorkplanRevisions::Plan))
                .col(integer_null(IsuWorkplanRevisions::MeetingId))
                .col(integer_null(IsuWorkplanRevisions::DecisionId))
                .col(text(IsuWorkplanRevisions::Citation))
                .col(timestamp_with_time_zone(IsuWorkplanRevisions::At))
                .col(string(IsuWorkplanRevisions::Who))
                .col(text(IsuWorkplanRevisions::Reason))
                .foreign_key(&mut super::fk(
                    IsuWorkplanRevisions::Table,
                    IsuWorkplanRevisions::ConventionId,
                    Alias::new("conventions"),
                    Alias::new("id"),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("isu_workplan_revisions_year_revision")
                .table(IsuWorkplanRevisions::Table)
                .col(IsuWorkplanRevisions::ConventionId)
                .col(IsuWorkplanRevisions::Year)
                .col(IsuWorkplanRevisions::Revision)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(IsuWorkplanRevisions::Table).to_owned())
            .await
    }
}
