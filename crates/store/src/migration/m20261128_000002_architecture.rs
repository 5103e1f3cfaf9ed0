//! The architecture: versions of a convention's architecture (stored as the JSON of the domain
//! value), meetings, decisions, appointments (with overrides and the handover note) and
//! nominations.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Conventions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ArchitectureVersions {
    Table,
    Id,
    ConventionId,
    Version,
    EffectiveOn,
    Definition,
}

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
    ConventionId,
    Kind,
    Number,
    Label,
    Venue,
    OpensOn,
    ClosesOn,
    Source,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    ConventionId,
    MeetingId,
    Number,
    Text,
    Source,
}

#[derive(DeriveIden)]
enum Appointments {
    Table,
    Id,
    ConventionId,
    Post,
    Holder,
    SelectedAt,
    DecisionId,
    Cycles,
    Presides,
    StartsOn,
    EndedOn,
    Overrides,
    Source,
    HandoverNote,
    HandoverBy,
}

#[derive(DeriveIden)]
enum Nominations {
    Table,
    Id,
    ConventionId,
    MeetingId,
    State,
    Choices,
    Note,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ArchitectureVersions::Table)
                .col(pk_auto(ArchitectureVersions::Id))
                .col(integer(ArchitectureVersions::ConventionId))
                .col(integer(ArchitectureVersions::Version))
                .col(date(ArchitectureVersions::EffectiveOn))
                .col(text(ArchitectureVersions::Definition))
                .foreign_key(&mut fk(
                    ArchitectureVersions::Table,
                    ArchitectureVersions::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("architecture_versions_convention_version")
                .table(ArchitectureVersions::Table)
                .col(ArchitectureVersions::ConventionId)
                .col(ArchitectureVersions::Version)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Meetings::Table)
                .col(pk_auto(Meetings::Id))
                .col(integer(Meetings::ConventionId))
                .col(string(Meetings::Kind))
                .col(integer(Meetings::Number))
                .col(string(Meetings::Label))
                .col(text(Meetings::Venue))
                .col(date_null(Meetings::OpensOn))
                .col(date_null(Meetings::ClosesOn))
                .col(text(Meetings::Source))
                .foreign_key(&mut fk(
                    Meetings::Table,
                    Meetings::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("meetings_convention_label")
                .table(Meetings::Table)
                .col(Meetings::ConventionId)
                .col(Meetings::Label)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Decisions::Table)
                .col(pk_auto(Decisions::Id))
                .col(integer(Decisions::ConventionId))
                .col(integer(Decisions::MeetingId))
                .col(integer(Decisions::Number))
                .col(text(Decisions::Text))
                .col(text(Decisions::Source))
                .foreign_key(&mut fk(
                    Decisions::Table,
                    Decisions::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("decisions_meeting_number")
                .table(Decisions::Table)
                .col(Decisions::MeetingId)
                .col(Decisions::Number)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Appointments::Table)
                .col(pk_auto(Appointments::Id))
                .col(integer(Appointments::ConventionId))
                .col(string(Appointments::Post))
                .col(string(Appointments::Holder))
                .col(integer_null(Appointments::SelectedAt))
                .col(integer_null(Appointments::DecisionId))
                .col(integer_null(Appointments::Cycles))
                .col(integer_null(Appointments::Presides))
                .col(date_null(Appointments::StartsOn))
                .col(date_null(Appointments::EndedOn))
                .col(text(Appointments::Overrides))
                .col(text(Appointments::Source))
                .col(text(Appointments::HandoverNote))
                .col(string(Appointments::HandoverBy))
                .foreign_key(&mut fk(
                    Appointments::Table,
                    Appointments::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    Appointments::Table,
                    Appointments::SelectedAt,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    Appointments::Table,
                    Appointments::Presides,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    Appointments::Table,
                    Appointments::DecisionId,
                    Decisions::Table,
                    Decisions::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Nominations::Table)
                .col(pk_auto(Nominations::Id))
                .col(integer(Nominations::ConventionId))
                .col(integer(Nominations::MeetingId))
                .col(string(Nominations::State))
                .col(text(Nominations::Choices))
                .col(text(Nominations::Note))
                .foreign_key(&mut fk(
                    Nominations::Table,
                    Nominations::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Nominations::Table.into_iden(),
            Appointments::Table.into_iden(),
            Decisions::Table.into_iden(),
            Meetings::Table.into_iden(),
            ArchitectureVersions::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).take()).await?;
        }
        Ok(())
    }
}
