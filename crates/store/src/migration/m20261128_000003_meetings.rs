//! Meetings as the ISU runs them: each meeting's status, sitting and presiding officer; agenda
//! items; attendance at Committee meetings (members and invited guests); minutes (restricted by
//! an access level); and the shared calendar's entries imported from other conventions' iCalendar
//! files (P1.3).

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
    Status,
    Sitting,
    Presiding,
}

#[derive(DeriveIden)]
enum AgendaItems {
    Table,
    Id,
    MeetingId,
    Position,
    Title,
}

#[derive(DeriveIden)]
enum Attendances {
    Table,
    Id,
    MeetingId,
    Attendee,
    Capacity,
    Guest,
    Present,
}

#[derive(DeriveIden)]
enum Minutes {
    Table,
    Id,
    MeetingId,
    Text,
    Access,
    WrittenBy,
    WrittenAt,
}

#[derive(DeriveIden)]
enum CalendarEntries {
    Table,
    Id,
    Calendar,
    Uid,
    Title,
    Venue,
    OpensOn,
    ClosesOn,
    ImportedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in [
            string(Meetings::Status).default("planned").take(),
            string(Meetings::Sitting).default("days").take(),
            string_null(Meetings::Presiding).take(),
        ] {
            m.alter_table(
                Table::alter()
                    .table(Meetings::Table)
                    .add_column(column)
                    .take(),
            )
            .await?;
        }
        m.create_table(
            Table::create()
                .table(AgendaItems::Table)
                .col(pk_auto(AgendaItems::Id))
                .col(integer(AgendaItems::MeetingId))
                .col(integer(AgendaItems::Position))
                .col(text(AgendaItems::Title))
                .foreign_key(&mut fk(
                    AgendaItems::Table,
                    AgendaItems::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("agenda_items_meeting_position")
                .table(AgendaItems::Table)
                .col(AgendaItems::MeetingId)
                .col(AgendaItems::Position)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Attendances::Table)
                .col(pk_auto(Attendances::Id))
                .col(integer(Attendances::MeetingId))
                .col(string(Attendances::Attendee))
                .col(text(Attendances::Capacity))
                .col(boolean(Attendances::Guest))
                .col(boolean(Attendances::Present))
                .foreign_key(&mut fk(
                    Attendances::Table,
                    Attendances::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("attendances_meeting_attendee")
                .table(Attendances::Table)
                .col(Attendances::MeetingId)
                .col(Attendances::Attendee)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Minutes::Table)
                .col(pk_auto(Minutes::Id))
                .col(integer(Minutes::MeetingId).unique_key())
                .col(text(Minutes::Text))
                .col(string(Minutes::Access))
                .col(string(Minutes::WrittenBy))
                .col(timestamp_with_time_zone(Minutes::WrittenAt))
                .foreign_key(&mut fk(
                    Minutes::Table,
                    Minutes::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CalendarEntries::Table)
                .col(pk_auto(CalendarEntries::Id))
                .col(string(CalendarEntries::Calendar))
                .col(string(CalendarEntries::Uid))
                .col(text(CalendarEntries::Title))
                .col(text(CalendarEntries::Venue))
                .col(date(CalendarEntries::OpensOn))
                .col(date(CalendarEntries::ClosesOn))
                .col(timestamp_with_time_zone(CalendarEntries::ImportedAt))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("calendar_entries_calendar_uid")
                .table(CalendarEntries::Table)
                .col(CalendarEntries::Calendar)
                .col(CalendarEntries::Uid)
                .unique()
                .take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CalendarEntries::Table.into_iden(),
            Minutes::Table.into_iden(),
            Attendances::Table.into_iden(),
            AgendaItems::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).take()).await?;
        }
        for column in [Meetings::Presiding, Meetings::Sitting, Meetings::Status] {
            m.alter_table(
                Table::alter()
                    .table(Meetings::Table)
                    .drop_column(column)
                    .take(),
            )
            .await?;
        }
        Ok(())
    }
}
