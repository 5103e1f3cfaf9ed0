//! Issue 16, obligations as data: each convention keeps the obligations of its preset (JSON in
//! `conventions.obligations`), and the ISU records what each State submitted against them
//! (`obligation_submissions`): a report received, or an extension granted, with the date, the
//! document reference and its access level. A correction adds a new row that supersedes the old
//! one (who, when, why); nothing is overwritten.
//!
//! The column added to `conventions` carries a default so that rows stored before keep reading.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Conventions {
    Table,
    Id,
    Obligations,
}

#[derive(DeriveIden)]
enum Actors {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ObligationSubmissions {
    Table,
    Id,
    ConventionId,
    ActorId,
    Obligation,
    Kind,
    Period,
    ReceivedOn,
    ExtendedTo,
    Reference,
    Access,
    Note,
    Supersedes,
    SupersededBy,
    RecordedAt,
    RecordedBy,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Conventions::Table)
                .add_column(text(Conventions::Obligations).default("[]"))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ObligationSubmissions::Table)
                .col(pk_auto(ObligationSubmissions::Id))
                .col(integer(ObligationSubmissions::ConventionId))
                .col(integer(ObligationSubmissions::ActorId))
                .col(string(ObligationSubmissions::Obligation))
                .col(string(ObligationSubmissions::Kind))
                .col(integer_null(ObligationSubmissions::Period))
                .col(date(ObligationSubmissions::ReceivedOn))
                .col(date_null(ObligationSubmissions::ExtendedTo))
                .col(string(ObligationSubmissions::Reference))
                .col(string(ObligationSubmissions::Access))
                .col(text(ObligationSubmissions::Note))
                .col(integer_null(ObligationSubmissions::Supersedes))
                .col(integer_null(ObligationSubmissions::SupersededBy))
                .col(timestamp_with_time_zone(ObligationSubmissions::RecordedAt))
                .col(string(ObligationSubmissions::RecordedBy))
                .col(text(ObligationSubmissions::Reason))
                .foreign_key(&mut fk(
                    ObligationSubmissions::Table,
                    ObligationSubmissions::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    ObligationSubmissions::Table,
                    ObligationSubmissions::ActorId,
                    Actors::Table,
                    Actors::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("obligation_submissions_state")
                .table(ObligationSubmissions::Table)
                .col(ObligationSubmissions::ConventionId)
                .col(ObligationSubmissions::ActorId)
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ObligationSubmissions::Table).to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table(Conventions::Table)
                .drop_column(Conventions::Obligations)
                .take(),
        )
        .await
    }
}
