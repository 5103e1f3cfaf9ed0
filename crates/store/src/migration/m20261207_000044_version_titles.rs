//! Issue 19 item 3: a document's title in the languages it exists in. Each language version may
//! carry the title as that version gives it; the document's own title stays the one it was
//! recorded with (its original). Versions recorded before this migration have no title of their
//! own (empty), so the page shows the original with its marker.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LanguageVersions {
    Table,
    Title,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(LanguageVersions::Table)
                .add_column(
                    ColumnDef::new(LanguageVersions::Title)
                        .text()
                        .not_null()
                        .default(""),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(LanguageVersions::Table)
                .drop_column(LanguageVersions::Title)
                .to_owned(),
        )
        .await
    }
}
