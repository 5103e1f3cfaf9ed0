//! Issue 19: mail in the recipient's language. A registration keeps the language its
//! registrant used (the form's or the API request's), so the ISU's decision, sent weeks later,
//! is written in it too. Registrations made before this migration were acknowledged in
//! English and keep English.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Lang,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Registrations::Table)
                .add_column(
                    ColumnDef::new(Registrations::Lang)
                        .string_len(8)
                        .not_null()
                        .default("en"),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Registrations::Table)
                .drop_column(Registrations::Lang)
                .to_owned(),
        )
        .await
    }
}
