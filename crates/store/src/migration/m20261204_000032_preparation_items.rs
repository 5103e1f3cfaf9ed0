//! Meeting preparation (P4.4(a), issue 15 item 4): the state of each checklist item of a
//! meeting that the ISU has set (an owner, a due date other than the template's, done), and
//! the items it added that the template does not have. An item the ISU never touched is not
//! stored: the page computes it from the preset's template and the meeting's dates.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    date_null, integer, pk_auto, string, string_null, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PreparationItems {
    Table,
    Id,
    MeetingId,
    Key,
    Title,
    DueOn,
    Owner,
    DoneOn,
    DoneBy,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(PreparationItems::Table)
                .col(pk_auto(PreparationItems::Id))
                .col(integer(PreparationItems::MeetingId))
                .col(string(PreparationItems::Key))
                .col(text(PreparationItems::Title))
                .col(date_null(PreparationItems::DueOn))
                .col(string(PreparationItems::Owner))
                .col(date_null(PreparationItems::DoneOn))
                .col(string_null(PreparationItems::DoneBy))
                .col(timestamp_with_time_zone(PreparationItems::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("preparation_items_meeting_key")
                .table(PreparationItems::Table)
                .col(PreparationItems::MeetingId)
                .col(PreparationItems::Key)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(PreparationItems::Table).to_owned())
            .await
    }
}
