//! An index on registrations by (meeting, delegation, status): every registration counts the
//! active registrations of its delegation at the meeting (the cap, the one head) inside its
//! write transaction, and without this index that count read every active registration of the
//! meeting, so each insert grew slower as the table grew.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Registrations {
    Table,
    MeetingId,
    Delegation,
    Status,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name("registrations_meeting_delegation_status")
                .table(Registrations::Table)
                .col(Registrations::MeetingId)
                .col(Registrations::Delegation)
                .col(Registrations::Status)
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("registrations_meeting_delegation_status")
                .table(Registrations::Table)
                .to_owned(),
        )
        .await
    }
}
