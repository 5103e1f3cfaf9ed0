//! Foundation: conventions, the actors registry, participation and profiles, accounts, sessions
//! and the audit log.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Conventions {
    Table,
    Id,
    Code,
    ShortName,
    NameEn,
    NameFr,
    NameEs,
    NameAr,
    AdoptedOn,
    OpenedForSignatureOn,
    Depositary,
    Rules,
    ParticipationNote,
}

#[derive(DeriveIden)]
enum Actors {
    Table,
    Id,
    Kind,
    Code,
    Iso2,
    NameEn,
    NameFr,
    NameEs,
    NameAr,
    UnGroup,
    UnStatus,
}

#[derive(DeriveIden)]
enum Participations {
    Table,
    Id,
    ConventionId,
    ActorId,
    SignedOn,
    DepositedOn,
    DepositKind,
    InForceOn,
    WithdrawalNotifiedOn,
    WithdrawalEffectiveOn,
    Note,
}

#[derive(DeriveIden)]
enum ProfileEntries {
    Table,
    Id,
    ConventionId,
    ActorId,
    Kind,
    FromDate,
    UntilDate,
    Source,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Username,
    DisplayName,
    PasswordHash,
    Disabled,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RoleGrants {
    Table,
    Id,
    UserId,
    Role,
    ConventionId,
    ActorId,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CsrfToken,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum AuditEntries {
    Table,
    Id,
    At,
    UserId,
    Who,
    ConventionId,
    Action,
    Record,
    Reason,
    Detail,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Conventions::Table)
                .col(pk_auto(Conventions::Id))
                .col(string_uniq(Conventions::Code))
                .col(string(Conventions::ShortName))
                .col(text(Conventions::NameEn))
                .col(text(Conventions::NameFr))
                .col(text(Conventions::NameEs))
                .col(text(Conventions::NameAr))
                .col(date_null(Conventions::AdoptedOn))
                .col(date_null(Conventions::OpenedForSignatureOn))
                .col(text(Conventions::Depositary))
                .col(text(Conventions::Rules))
                .col(text(Conventions::ParticipationNote))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Actors::Table)
                .col(pk_auto(Actors::Id))
                .col(string(Actors::Kind))
                .col(string_uniq(Actors::Code))
                .col(string_null(Actors::Iso2))
                .col(text(Actors::NameEn))
                .col(text(Actors::NameFr))
                .col(text(Actors::NameEs))
                .col(text(Actors::NameAr))
                .col(string_null(Actors::UnGroup))
                .col(string_null(Actors::UnStatus))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Participations::Table)
                .col(pk_auto(Participations::Id))
                .col(integer(Participations::ConventionId))
                .col(integer(Participations::ActorId))
                .col(date_null(Participations::SignedOn))
                .col(date_null(Participations::DepositedOn))
                .col(string_null(Participations::DepositKind))
                .col(date_null(Participations::InForceOn))
                .col(date_null(Participations::WithdrawalNotifiedOn))
                .col(date_null(Participations::WithdrawalEffectiveOn))
                .col(text(Participations::Note))
                .foreign_key(&mut fk(
                    Participations::Table,
                    Participations::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    Participations::Table,
                    Participations::ActorId,
                    Actors::Table,
                    Actors::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("participations_convention_actor")
                .table(Participations::Table)
                .col(Participations::ConventionId)
                .col(Participations::ActorId)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ProfileEntries::Table)
                .col(pk_auto(ProfileEntries::Id))
                .col(integer(ProfileEntries::ConventionId))
                .col(integer(ProfileEntries::ActorId))
                .col(string(ProfileEntries::Kind))
                .col(date_null(ProfileEntries::FromDate))
                .col(date_null(ProfileEntries::UntilDate))
                .col(text(ProfileEntries::Source))
                .foreign_key(&mut fk(
                    ProfileEntries::Table,
                    ProfileEntries::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    ProfileEntries::Table,
                    ProfileEntries::ActorId,
                    Actors::Table,
                    Actors::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("profile_entries_convention_actor")
                .table(ProfileEntries::Table)
                .col(ProfileEntries::ConventionId)
                .col(ProfileEntries::ActorId)
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(pk_auto(Users::Id))
                .col(string_uniq(Users::Username))
                .col(string(Users::DisplayName))
                .col(string(Users::PasswordHash))
                .col(boolean(Users::Disabled))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RoleGrants::Table)
                .col(pk_auto(RoleGrants::Id))
                .col(integer(RoleGrants::UserId))
                .col(string(RoleGrants::Role))
                .col(integer_null(RoleGrants::ConventionId))
                .col(integer_null(RoleGrants::ActorId))
                .foreign_key(&mut fk(
                    RoleGrants::Table,
                    RoleGrants::UserId,
                    Users::Table,
                    Users::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    RoleGrants::Table,
                    RoleGrants::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    RoleGrants::Table,
                    RoleGrants::ActorId,
                    Actors::Table,
                    Actors::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(string(Sessions::Id).primary_key())
                .col(integer_null(Sessions::UserId))
                .col(string(Sessions::CsrfToken))
                .col(timestamp_with_time_zone(Sessions::CreatedAt))
                .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                .foreign_key(&mut fk(
                    Sessions::Table,
                    Sessions::UserId,
                    Users::Table,
                    Users::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("sessions_expires_at")
                .table(Sessions::Table)
                .col(Sessions::ExpiresAt)
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AuditEntries::Table)
                .col(pk_auto(AuditEntries::Id))
                .col(timestamp_with_time_zone(AuditEntries::At))
                .col(integer_null(AuditEntries::UserId))
                .col(string(AuditEntries::Who))
                .col(integer_null(AuditEntries::ConventionId))
                .col(string(AuditEntries::Action))
                .col(text(AuditEntries::Record))
                .col(text(AuditEntries::Reason))
                .col(text(AuditEntries::Detail))
                .take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditEntries::Table.into_iden(),
            Sessions::Table.into_iden(),
            RoleGrants::Table.into_iden(),
            Users::Table.into_iden(),
            ProfileEntries::Table.into_iden(),
            Participations::Table.into_iden(),
            Actors::Table.into_iden(),
            Conventions::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).take()).await?;
        }
        Ok(())
    }
}
