//! Liaison with organizations (P4.4(g), issue 15 item 3): for each organization of the actors
//! registry, under a convention, its role (`organization_roles`, each with its period and
//! source), its contacts (`organization_contacts`: people with their functions, from and to),
//! and the ISU's contact log (`contact_log`: the date, who in the ISU, who at the organization,
//! what was discussed, and a follow-up action with its due date and done flag). A role or a
//! contact is added, never rewritten; a log entry changes only in its done flag, audited.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    boolean, date, date_null, integer, pk_auto, string, string_null, text,
    timestamp_with_time_zone, timestamp_with_time_zone_null,
};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Conventions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum OrganizationRoles {
    Table,
    Id,
    ConventionId,
    ActorCode,
    Role,
    FromDate,
    UntilDate,
    Source,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OrganizationContacts {
    Table,
    Id,
    ConventionId,
    ActorCode,
    Name,
    Function,
    FromDate,
    UntilDate,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ContactLog {
    Table,
    Id,
    ConventionId,
    ActorCode,
    OnDate,
    IsuPerson,
    Counterpart,
    Summary,
    FollowUp,
    DueOn,
    Done,
    DoneBy,
    DoneAt,
    CreatedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(OrganizationRoles::Table)
                .col(pk_auto(OrganizationRoles::Id))
                .col(integer(OrganizationRoles::ConventionId))
                .col(string(OrganizationRoles::ActorCode))
                .col(text(OrganizationRoles::Role))
                .col(date_null(OrganizationRoles::FromDate))
                .col(date_null(OrganizationRoles::UntilDate))
                .col(text(OrganizationRoles::Source))
                .col(string(OrganizationRoles::CreatedBy))
                .col(timestamp_with_time_zone(OrganizationRoles::CreatedAt))
                .foreign_key(&mut fk(
                    OrganizationRoles::Table,
                    OrganizationRoles::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(OrganizationContacts::Table)
                .col(pk_auto(OrganizationContacts::Id))
                .col(integer(OrganizationContacts::ConventionId))
                .col(string(OrganizationContacts::ActorCode))
                .col(string(OrganizationContacts::Name))
                .col(string(OrganizationContacts::Function))
                .col(date_null(OrganizationContacts::FromDate))
                .col(date_null(OrganizationContacts::UntilDate))
                .col(string(OrganizationContacts::CreatedBy))
                .col(timestamp_with_time_zone(OrganizationContacts::CreatedAt))
                .foreign_key(&mut fk(
                    OrganizationContacts::Table,
                    OrganizationContacts::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ContactLog::Table)
                .col(pk_auto(ContactLog::Id))
                .col(integer(ContactLog::ConventionId))
                .col(string(ContactLog::ActorCode))
                .col(date(ContactLog::OnDate))
                .col(string(ContactLog::IsuPerson))
                .col(string(ContactLog::Counterpart))
                .col(text(ContactLog::Summary))
                .col(text(ContactLog::FollowUp))
                .col(date_null(ContactLog::DueOn))
                .col(boolean(ContactLog::Done).default(false))
                .col(string_null(ContactLog::DoneBy))
                .col(timestamp_with_time_zone_null(ContactLog::DoneAt))
                .col(string(ContactLog::CreatedBy))
                .col(timestamp_with_time_zone(ContactLog::CreatedAt))
                .foreign_key(&mut fk(
                    ContactLog::Table,
                    ContactLog::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        for (name, table, col) in [
            (
                "organization_roles_actor",
                OrganizationRoles::Table.into_iden(),
                OrganizationRoles::ActorCode.into_iden(),
            ),
            (
                "organization_contacts_actor",
                OrganizationContacts::Table.into_iden(),
                OrganizationContacts::ActorCode.into_iden(),
            ),
            (
                "contact_log_actor",
                ContactLog::Table.into_iden(),
                ContactLog::ActorCode.into_iden(),
            ),
        ] {
            m.create_index(Index::create().name(name).table(table).col(col).take())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ContactLog::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(OrganizationContacts::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(OrganizationRoles::Table).to_owned())
            .await
    }
}
