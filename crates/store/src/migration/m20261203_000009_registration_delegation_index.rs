//! D9: every registration counts the active registrations of its delegation at the meeting
//! (the size cap and the one head of delegation). Indexed by meeting and status only, that
//! count read every pending registration of the meeting, so each insert grew slower as the
//! meeting filled. This index answers it from the delegation's own rows.

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

pub const INDEX: &str = "registrations_meeting_delegation_status";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name(INDEX)
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
                .name(INDEX)
                .table(Registrations::Table)
                .to_owned(),
        )
        .await
    }
}
