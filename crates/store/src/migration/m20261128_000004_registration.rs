//! Registration of participants (SPEC P1.1): each meeting's registration settings (window,
//! deadline, cap per organization), the registrations themselves, the credentials files they
//! carry (content-addressed: the row holds the SHA-256, the file lives under
//! `data_dir/credentials/<sha256>`), and the durable mail outbox.
//!
//! Two unique indexes let the database itself refuse what concurrency could otherwise let
//! through: one registration per e-mail address per meeting (`dedupe_key`), and one active head
//! per delegation (`head_key`, NULL for everyone who is not an active head).

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
enum RegistrationSettings {
    Table,
    Id,
    MeetingId,
    OpensOn,
    Deadline,
    CapPerOrganization,
    Note,
}

#[derive(DeriveIden)]
enum Credentials {
    Table,
    Id,
    Sha256,
    Filename,
    MediaType,
    Size,
    StoredAt,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Id,
    MeetingId,
    Category,
    ActorCode,
    Organization,
    FamilyName,
    GivenName,
    Email,
    DelegationRole,
    Delegation,
    Status,
    SubmittedAt,
    DecidedAt,
    DecidedBy,
    CredentialId,
    DedupeKey,
    HeadKey,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    ToAddress,
    Subject,
    Body,
    CreatedAt,
    Attempts,
    LastError,
    SentAt,
    NextAttemptAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(RegistrationSettings::Table)
                .col(pk_auto(RegistrationSettings::Id))
                .col(integer_uniq(RegistrationSettings::MeetingId))
                .col(date_null(RegistrationSettings::OpensOn))
                .col(date_null(RegistrationSettings::Deadline))
                .col(integer_null(RegistrationSettings::CapPerOrganization))
                .col(text(RegistrationSettings::Note))
                .foreign_key(&mut fk(
                    RegistrationSettings::Table,
                    RegistrationSettings::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Credentials::Table)
                .col(pk_auto(Credentials::Id))
                .col(string_uniq(Credentials::Sha256))
                .col(text(Credentials::Filename))
                .col(string(Credentials::MediaType))
                .col(big_integer(Credentials::Size))
                .col(timestamp_with_time_zone(Credentials::StoredAt))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Registrations::Table)
                .col(pk_auto(Registrations::Id))
                .col(integer(Registrations::MeetingId))
                .col(string(Registrations::Category))
                .col(string_null(Registrations::ActorCode))
                .col(text(Registrations::Organization))
                .col(text(Registrations::FamilyName))
                .col(text(Registrations::GivenName))
                .col(text(Registrations::Email))
                .col(string(Registrations::DelegationRole))
                .col(text(Registrations::Delegation))
                .col(string(Registrations::Status))
                .col(timestamp_with_time_zone(Registrations::SubmittedAt))
                .col(timestamp_with_time_zone_null(Registrations::DecidedAt))
                .col(string_null(Registrations::DecidedBy))
                .col(integer_null(Registrations::CredentialId))
                .col(text(Registrations::DedupeKey))
                .col(text_null(Registrations::HeadKey))
                .foreign_key(&mut fk(
                    Registrations::Table,
                    Registrations::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    Registrations::Table,
                    Registrations::CredentialId,
                    Credentials::Table,
                    Credentials::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("registrations_meeting_dedupe")
                .table(Registrations::Table)
                .col(Registrations::MeetingId)
                .col(Registrations::DedupeKey)
                .unique()
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("registrations_meeting_head")
                .table(Registrations::Table)
                .col(Registrations::MeetingId)
                .col(Registrations::HeadKey)
                .unique()
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("registrations_meeting_status")
                .table(Registrations::Table)
                .col(Registrations::MeetingId)
                .col(Registrations::Status)
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Outbox::Table)
                .col(pk_auto(Outbox::Id))
                .col(text(Outbox::ToAddress))
                .col(text(Outbox::Subject))
                .col(text(Outbox::Body))
                .col(timestamp_with_time_zone(Outbox::CreatedAt))
                .col(integer(Outbox::Attempts).default(0))
                .col(text_null(Outbox::LastError))
                .col(timestamp_with_time_zone_null(Outbox::SentAt))
                .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("outbox_due")
                .table(Outbox::Table)
                .col(Outbox::SentAt)
                .col(Outbox::NextAttemptAt)
                .take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Outbox::Table.into_iden(),
            Registrations::Table.into_iden(),
            Credentials::Table.into_iden(),
            RegistrationSettings::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).take()).await?;
        }
        Ok(())
    }
}
