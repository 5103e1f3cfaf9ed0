//! Reviews at a Review Conference (issue 15 item 5; P1.1, P2.8, P3.1, P4.3): one row per
//! version of a review item: its subject, the background documents, the outcome, the decision
//! that made it (when on record), its effect (often a new architecture version) and the source.
//! A correction is a new version of the same subject; the old one stays.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    integer, integer_null, pk_auto, string, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReviewItems {
    Table,
    Id,
    MeetingId,
    Subject,
    Revision,
    Background,
    Outcome,
    DecisionId,
    Effect,
    ArchitectureVersion,
    Source,
    At,
    Who,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ReviewItems::Table)
                .col(pk_auto(ReviewItems::Id))
                .col(integer(ReviewItems::MeetingId))
                .col(string(ReviewItems::Subject))
                .col(integer(ReviewItems::Revision))
                .col(text(ReviewItems::Background))
                .col(text(ReviewItems::Outcome))
                .col(integer_null(ReviewItems::DecisionId))
                .col(text(ReviewItems::Effect))
                .col(integer_null(ReviewItems::ArchitectureVersion))
                .col(text(ReviewItems::Source))
                .col(timestamp_with_time_zone(ReviewItems::At))
                .col(string(ReviewItems::Who))
                .col(text(ReviewItems::Reason))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("review_items_meeting_subject_revision")
                .table(ReviewItems::Table)
                .col(ReviewItems::MeetingId)
                .col(ReviewItems::Subject)
                .col(ReviewItems::Revision)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ReviewItems::Table).to_owned())
            .await
    }
}
