//! Issue 10: "session" meant two things (a sign-in and a sitting of the programme). The table of
//! sign-ins is renamed `login_sessions`; the programme's stay `programme_sessions`.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Sessions {
    Table,
}

#[derive(DeriveIden)]
enum LoginSessions {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.rename_table(
            Table::rename()
                .table(Sessions::Table, LoginSessions::Table)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.rename_table(
            Table::rename()
                .table(LoginSessions::Table, Sessions::Table)
                .to_owned(),
        )
        .await
    }
}
