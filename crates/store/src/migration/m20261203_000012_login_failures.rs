//! Failed sign-ins kept in the database, so that every server process on it counts the same
//! failures (issue 13: several processes behind one load balancer must not multiply an
//! attacker's guesses). Rows older than the window are purged by `serve`'s housekeeping.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::pk_auto;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LoginFailures {
    Table,
    Id,
    Client,
    Username,
    At,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(LoginFailures::Table)
                .col(pk_auto(LoginFailures::Id))
                .col(ColumnDef::new(LoginFailures::Client).string().not_null())
                .col(ColumnDef::new(LoginFailures::Username).string().not_null())
                .col(
                    ColumnDef::new(LoginFailures::At)
                        .timestamp_with_time_zone()
                        .not_null(),
                )
                .to_owned(),
        )
        .await?;
        for (name, col) in [
            ("login_failures_client_at", LoginFailures::Client),
            ("login_failures_username_at", LoginFailures::Username),
        ] {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(LoginFailures::Table)
                    .col(col)
                    .col(LoginFailures::At)
                    .take(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(LoginFailures::Table).to_owned())
            .await
    }
}
