//! Messages to audiences (P4.4(d), issue 15 item 2): a message written by the ISU or the
//! President, in its original language and any others the author wrote, to an audience
//! resolved on the day it is sent; one row per recipient with the language they get and the
//! outbox row that carries their mail (none when they have no address: they read it in the
//! product). Accounts gain an e-mail address and a preferred language for it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    date, integer, integer_null, pk_auto, string, string_null, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Email,
    Lang,
}

#[derive(DeriveIden)]
enum Messages {
    Table,
    Id,
    ConventionId,
    Audience,
    AudienceRef,
    ResolvedOn,
    OriginalLang,
    Capacity,
    Author,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MessageVersions {
    Table,
    Id,
    MessageId,
    Lang,
    Subject,
    Body,
}

#[derive(DeriveIden)]
enum MessageRecipients {
    Table,
    Id,
    MessageId,
    UserId,
    Actor,
    Name,
    Address,
    Lang,
    OutboxId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        m.alter_table(
            Table::alter()
                .table(Users::Table)
                .add_column(ColumnDef::new(Users::Email).string().null())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Users::Table)
                .add_column(ColumnDef::new(Users::Lang).string().null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Messages::Table)
                .col(pk_auto(Messages::Id))
                .col(integer(Messages::ConventionId))
                .col(string(Messages::Audience))
                .col(string_null(Messages::AudienceRef))
                .col(date(Messages::ResolvedOn))
                .col(string(Messages::OriginalLang))
                .col(string(Messages::Capacity))
                .col(string(Messages::Author))
                .col(timestamp_with_time_zone(Messages::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(MessageVersions::Table)
                .col(pk_auto(MessageVersions::Id))
                .col(integer(MessageVersions::MessageId))
                .col(string(MessageVersions::Lang))
                .col(text(MessageVersions::Subject))
                .col(text(MessageVersions::Body))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("message_versions_message_lang")
                .table(MessageVersions::Table)
                .col(MessageVersions::MessageId)
                .col(MessageVersions::Lang)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(MessageRecipients::Table)
                .col(pk_auto(MessageRecipients::Id))
                .col(integer(MessageRecipients::MessageId))
                .col(integer_null(MessageRecipients::UserId))
                .col(string_null(MessageRecipients::Actor))
                .col(string(MessageRecipients::Name))
                .col(string_null(MessageRecipients::Address))
                .col(string(MessageRecipients::Lang))
                .col(integer_null(MessageRecipients::OutboxId))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("message_recipients_message")
                .table(MessageRecipients::Table)
                .col(MessageRecipients::MessageId)
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("message_recipients_user")
                .table(MessageRecipients::Table)
                .col(MessageRecipients::UserId)
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            MessageRecipients::Table.into_iden(),
            MessageVersions::Table.into_iden(),
            Messages::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        m.alter_table(
            Table::alter()
                .table(Users::Table)
                .drop_column(Users::Lang)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Users::Table)
                .drop_column(Users::Email)
                .to_owned(),
        )
        .await
    }
}
