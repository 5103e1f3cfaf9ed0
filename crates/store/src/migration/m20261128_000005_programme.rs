//! The programme of work of a meeting (P1.2, P2.2): its sessions (a day, a time, a room, a
//! format, the Working Group or thematic area whose time it is) and each session's speakers,
//! both the speakers on a panel and the list of speakers who asked for the floor.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ProgrammeSessions {
    Table,
    Id,
    MeetingId,
    Day,
    StartsAt,
    EndsAt,
    Room,
    Format,
    Title,
    BodyKey,
    AreaKey,
    Description,
    Position,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SessionSpeakers {
    Table,
    Id,
    SessionId,
    Position,
    Name,
    ActorCode,
    Capacity,
    Kind,
    RequestedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ProgrammeSessions::Table)
                .col(pk_auto(ProgrammeSessions::Id))
                .col(integer(ProgrammeSessions::MeetingId))
                .col(date(ProgrammeSessions::Day))
                .col(time(ProgrammeSessions::StartsAt))
                .col(time(ProgrammeSessions::EndsAt))
                .col(string(ProgrammeSessions::Room))
                .col(string(ProgrammeSessions::Format))
                .col(text(ProgrammeSessions::Title))
                .col(string_null(ProgrammeSessions::BodyKey))
                .col(string_null(ProgrammeSessions::AreaKey))
                .col(text(ProgrammeSessions::Description))
                .col(integer(ProgrammeSessions::Position))
                .col(timestamp_with_time_zone(ProgrammeSessions::UpdatedAt))
                .foreign_key(&mut fk(
                    ProgrammeSessions::Table,
                    ProgrammeSessions::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("programme_sessions_meeting_day")
                .table(ProgrammeSessions::Table)
                .col(ProgrammeSessions::MeetingId)
                .col(ProgrammeSessions::Day)
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SessionSpeakers::Table)
                .col(pk_auto(SessionSpeakers::Id))
                .col(integer(SessionSpeakers::SessionId))
                .col(integer(SessionSpeakers::Position))
                .col(text(SessionSpeakers::Name))
                .col(string_null(SessionSpeakers::ActorCode))
                .col(text(SessionSpeakers::Capacity))
                .col(string(SessionSpeakers::Kind))
                .col(timestamp_with_time_zone(SessionSpeakers::RequestedAt))
                .foreign_key(&mut fk(
                    SessionSpeakers::Table,
                    SessionSpeakers::SessionId,
                    ProgrammeSessions::Table,
                    ProgrammeSessions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("session_speakers_session")
                .table(SessionSpeakers::Table)
                .col(SessionSpeakers::SessionId)
                .take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SessionSpeakers::Table.into_iden(),
            ProgrammeSessions::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).take()).await?;
        }
        Ok(())
    }
}
