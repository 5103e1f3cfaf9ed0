//! The ISU as a body over time (issue 14 item 1, P4.1, ¶19): the periods in which a body
//! supported the Convention and in what capacity (interim, permanent), with its host, its place
//! and the decision that made it; and the ISU's staff (a person, a function, from and to).
//! A correction is a new row that supersedes the one it corrects (who, when, why); no row is
//! rewritten.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    date, date_null, integer, integer_null, pk_auto, string, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IsuPeriods {
    Table,
    Id,
    ConventionId,
    Capacity,
    Body,
    Host,
    Place,
    StartsOn,
    EndsOn,
    DecisionId,
    Source,
    SupersedesId,
    At,
    Who,
    Reason,
}

#[derive(DeriveIden)]
enum IsuStaff {
    Table,
    Id,
    ConventionId,
    Person,
    Function,
    StartsOn,
    EndsOn,
    Source,
    SupersedesId,
    At,
    Who,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(IsuPeriods::Table)
                .col(pk_auto(IsuPeriods::Id))
                .col(integer(IsuPeriods::ConventionId))
                .col(string(IsuPeriods::Capacity))
                .col(text(IsuPeriods::Body))
                .col(text(IsuPeriods::Host))
                .col(string(IsuPeriods::Place))
                .col(date(IsuPeriods::StartsOn))
                .col(date_null(IsuPeriods::EndsOn))
                .col(integer_null(IsuPeriods::DecisionId))
                .col(text(IsuPeriods::Source))
                .col(integer_null(IsuPeriods::SupersedesId))
                .col(timestamp_with_time_zone(IsuPeriods::At))
                .col(string(IsuPeriods::Who))
                .col(text(IsuPeriods::Reason))
                .foreign_key(&mut super::fk(
                    IsuPeriods::Table,
                    IsuPeriods::ConventionId,
                    Alias::new("conventions"),
                    Alias::new("id"),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(IsuStaff::Table)
                .col(pk_auto(IsuStaff::Id))
                .col(integer(IsuStaff::ConventionId))
                .col(string(IsuStaff::Person))
                .col(string(IsuStaff::Function))
                .col(date(IsuStaff::StartsOn))
                .col(date_null(IsuStaff::EndsOn))
                .col(text(IsuStaff::Source))
                .col(integer_null(IsuStaff::SupersedesId))
                .col(timestamp_with_time_zone(IsuStaff::At))
                .col(string(IsuStaff::Who))
                .col(text(IsuStaff::Reason))
                .foreign_key(&mut super::fk(
                    IsuStaff::Table,
                    IsuStaff::ConventionId,
                    Alias::new("conventions"),
                    Alias::new("id"),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(IsuStaff::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(IsuPeriods::Table).to_owned())
            .await
    }
}
