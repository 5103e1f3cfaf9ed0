//! Handover notes are revised, never overwritten (issue 12 item 8, DESIGN principle 2): every
//! version of a term's handover note (P2.7), with who wrote it, when and why. The appointment's
//! `handover_note` stays the current version; this table keeps them all (revision 1 is the
//! first, or the note as it stood before revisions were kept).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{integer, pk_auto, string, text, timestamp_with_time_zone};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum HandoverRevisions {
    Table,
    Id,
    AppointmentId,
    Revision,
    Note,
    At,
    Who,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(HandoverRevisions::Table)
                .col(pk_auto(HandoverRevisions::Id))
                .col(integer(HandoverRevisions::AppointmentId))
                .col(integer(HandoverRevisions::Revision))
                .col(text(HandoverRevisions::Note))
                .col(timestamp_with_time_zone(HandoverRevisions::At))
                .col(string(HandoverRevisions::Who))
                .col(text(HandoverRevisions::Reason))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("handover_revisions_appointment_revision")
                .table(HandoverRevisions::Table)
                .col(HandoverRevisions::AppointmentId)
                .col(HandoverRevisions::Revision)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(HandoverRevisions::Table).to_owned())
            .await
    }
}
