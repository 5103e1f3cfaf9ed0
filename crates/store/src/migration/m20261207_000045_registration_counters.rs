//! Issue 13: a registration's reference number (`3RC-NGA-0003`) is the next of a counter kept
//! per meeting and State, not the count of the meeting's registrations for that State plus one,
//! which read every one of them at every registration (the burst slowed as the table grew).
//! The table starts empty: the first number a pair needs after this migration is counted once
//! from the registrations already stored (`registration::issue_numbers`), so nothing is seeded
//! here and a restore of an older backup without the table numbers on from where it was.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RegistrationCounters {
    Table,
    MeetingId,
    ActorKey,
    Issued,
}

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(RegistrationCounters::Table)
                .col(
                    ColumnDef::new(RegistrationCounters::MeetingId)
                        .integer()
                        .not_null(),
                )
                .col(
                    ColumnDef::new(RegistrationCounters::ActorKey)
                        .text()
                        .not_null(),
                )
                .col(
                    ColumnDef::new(RegistrationCounters::Issued)
                        .big_integer()
                        .not_null(),
                )
                .primary_key(
                    Index::create()
                        .col(RegistrationCounters::MeetingId)
                        .col(RegistrationCounters::ActorKey),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(RegistrationCounters::Table, RegistrationCounters::MeetingId)
                        .to(Meetings::Table, Meetings::Id),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(RegistrationCounters::Table).to_owned())
            .await
    }
}
