//! Contributions to the ISU (issue 14 item 3, P4.2, ¶17(b)): who (a State or an organization),
//! how much in which currency (exact decimal text), the rate to the budget currency recorded
//! with it (never fetched), pledged and received dates, the earmark (a mandate task, an
//! activity, or none), the year it funds and the source document. A correction is a new row
//! that supersedes the one it corrects.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    date, date_null, integer, integer_null, pk_auto, string, string_null, text,
    timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IsuContributions {
    Table,
    Id,
    ConventionId,
    ContributorCode,
    Contributor,
    Amount,
    Currency,
    Rate,
    BudgetCurrency,
    PledgedOn,
    ReceivedOn,
    Earmark,
    EarmarkRef,
    FundsYear,
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
                .table(IsuContributions::Table)
                .col(pk_auto(IsuContributions::Id))
                .col(integer(IsuContributions::ConventionId))
                .col(string_null(IsuContributions::ContributorCode))
                .col(string(IsuContributions::Contributor))
                .col(string(IsuContributions::Amount))
                .col(string(IsuContributions::Currency))
                .col(string(IsuContributions::Rate))
                .col(string(IsuContributions::BudgetCurrency))
                .col(date(IsuContributions::PledgedOn))
                .col(date_null(IsuContributions::ReceivedOn))
                .col(string(IsuContributions::Earmark))
                .col(string(IsuContributions::EarmarkRef))
                .col(integer(IsuContributions::FundsYear))
                .col(text(IsuContributions::Source))
                .col(integer_null(IsuContributions::SupersedesId))
                .col(timestamp_with_time_zone(IsuContributions::At))
                .col(string(IsuContributions::Who))
                .col(text(IsuContributions::Reason))
                .foreign_key(&mut super::fk(
                    IsuContributions::Table,
                    IsuContributions::ConventionId,
                    Alias::new("conventions"),
                    Alias::new("id"),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(IsuContributions::Table).to_owned())
            .await
    }
}
