//! Minutes are revised, never overwritten (issue 12, DESIGN principle 2): every version of a
//! meeting's minutes, with who wrote it, when and why it changed. The `minutes` row stays the
//! current version; this table keeps them all (revision 1 is the first).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{integer, pk_auto, string, text, timestamp_with_time_zone};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MinutesRevisions {
    Table,
    Id,
    MeetingId,
    Revision,
    Text,
    Access,
    At,
    Who,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(MinutesRevisions::Table)
                .col(pk_auto(MinutesRevisions::Id))
                .col(integer(MinutesRevisions::MeetingId))
                .col(integer(MinutesRevisions::Revision))
                .col(text(MinutesRevisions::Text))
                .col(string(MinutesRevisions::Access))
                .col(timestamp_with_time_zone(MinutesRevisions::At))
                .col(string(MinutesRevisions::Who))
                .col(text(MinutesRevisions::Reason))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("minutes_revisions_meeting_revision")
                .table(MinutesRevisions::Table)
                .col(MinutesRevisions::MeetingId)
                .col(MinutesRevisions::Revision)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(MinutesRevisions::Table).to_owned())
            .await
    }
}
