//! Issue 18 item 7: registration as delegations work. A State's focal point registers several
//! people in one post with one note verbale (`delegation_posts`); every registration carries a
//! stable reference (`2ISM-NZL-0003`, unique within its meeting) and, when the ISU refuses it,
//! the reason; a correction or withdrawal keeps the values it replaced, with who, when and why
//! (`registration_revisions`), so a registration is never overwritten silently. Registrations
//! made before this migration have no stored reference and keep the one their mail gave
//! (`3RC-12`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    integer, integer_null, pk_auto, string, string_null, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DelegationPosts {
    Table,
    Id,
    MeetingId,
    ActorCode,
    Category,
    CredentialId,
    PostedAt,
    PostedBy,
}

#[derive(DeriveIden)]
enum RegistrationRevisions {
    Table,
    Id,
    RegistrationId,
    Revision,
    Change,
    FamilyName,
    GivenName,
    Email,
    DelegationRole,
    Status,
    At,
    Who,
    Reason,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    MeetingId,
    Reference,
    DelegationPostId,
    DecisionReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(DelegationPosts::Table)
                .col(pk_auto(DelegationPosts::Id))
                .col(integer(DelegationPosts::MeetingId))
                .col(string(DelegationPosts::ActorCode))
                .col(string(DelegationPosts::Category))
                .col(integer_null(DelegationPosts::CredentialId))
                .col(timestamp_with_time_zone(DelegationPosts::PostedAt))
                .col(string(DelegationPosts::PostedBy))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("delegation_posts_meeting_actor")
                .table(DelegationPosts::Table)
                .col(DelegationPosts::MeetingId)
                .col(DelegationPosts::ActorCode)
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RegistrationRevisions::Table)
                .col(pk_auto(RegistrationRevisions::Id))
                .col(integer(RegistrationRevisions::RegistrationId))
                .col(integer(RegistrationRevisions::Revision))
                .col(string(RegistrationRevisions::Change))
                .col(string(RegistrationRevisions::FamilyName))
                .col(string(RegistrationRevisions::GivenName))
                .col(string(RegistrationRevisions::Email))
                .col(string(RegistrationRevisions::DelegationRole))
                .col(string(RegistrationRevisions::Status))
                .col(timestamp_with_time_zone(RegistrationRevisions::At))
                .col(string(RegistrationRevisions::Who))
                .col(text(RegistrationRevisions::Reason))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("registration_revisions_registration_revision")
                .table(RegistrationRevisions::Table)
                .col(RegistrationRevisions::RegistrationId)
                .col(RegistrationRevisions::Revision)
                .unique()
                .take(),
        )
        .await?;
        // SQLite adds one column per statement.
        m.alter_table(
            Table::alter()
                .table(Registrations::Table)
                .add_column(string_null(Registrations::Reference))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Registrations::Table)
                .add_column(integer_null(Registrations::DelegationPostId))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Registrations::Table)
                .add_column(ColumnDef::new(Registrations::DecisionReason).text().null())
                .to_owned(),
        )
        .await?;
        // NULLs never clash: the older registrations without a stored reference pass.
        m.create_index(
            Index::create()
                .name("registrations_meeting_reference")
                .table(Registrations::Table)
                .col(Registrations::MeetingId)
                .col(Registrations::Reference)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("registrations_meeting_reference")
                .table(Registrations::Table)
                .to_owned(),
        )
        .await?;
        for column in [
            Registrations::DecisionReason,
            Registrations::DelegationPostId,
            Registrations::Reference,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Registrations::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        m.drop_table(Table::drop().table(RegistrationRevisions::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(DelegationPosts::Table).to_owned())
            .await
    }
}
