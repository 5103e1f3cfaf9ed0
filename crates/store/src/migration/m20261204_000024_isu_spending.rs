//! The ISU's spending (issue 14 item 4): actual expenditure per budget line of a year's approved
//! budget per quarter, exact decimal text in the budget currency, with its source. A correction
//! is a new row that supersedes the one it corrects.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    integer, integer_null, pk_auto, string, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IsuExpenditures {
    Table,
    Id,
    ConventionId,
    Year,
    LineKey,
    Quarter,
    Amount,
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
                .table(IsuExpenditures::Table)
                .col(pk_auto(IsuExpenditures::Id))
                .col(integer(IsuExpenditures::ConventionId))
                .col(integer(IsuExpenditures::Year))
                .col(string(IsuExpenditures::LineKey))
                .col(integer(IsuExpenditures::Quarter))
                .col(string(IsuExpenditures::Amount))
                .col(text(IsuExpenditures::Source))
                .col(integer_null(IsuExpenditures::SupersedesId))
                .col(timestamp_with_time_zone(IsuExpenditures::At))
                .col(string(IsuExpenditures::Who))
                .col(text(IsuExpenditures::Reason))
                .foreign_key(&mut super::fk(
                    IsuExpenditures::Table,
                    IsuExpenditures::ConventionId,
                    Alias::new("conventions"),
                    Alias::new("id"),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(IsuExpenditures::Table).to_owned())
            .await
    }
}
