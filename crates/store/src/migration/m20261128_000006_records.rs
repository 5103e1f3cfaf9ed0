//! The records (P4.4): stored files (content-addressed), documents with their official symbols
//! and language versions, the decisions register's links (agenda item, adopted documents,
//! superseded decision), and follow-up actions.

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
enum Meetings {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AgendaItems {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    AgendaItemId,
    SupersedesId,
}

#[derive(DeriveIden)]
enum StoredFiles {
    Table,
    Sha256,
    Size,
    MediaType,
    StoredAt,
}

#[derive(DeriveIden)]
enum Documents {
    Table,
    Id,
    ConventionId,
    Symbol,
    Title,
    Kind,
    MeetingId,
    AgendaItemId,
    Submitter,
    IssuedOn,
    Access,
    RevisesId,
    CreatedAt,
    CreatedBy,
    Source,
}

#[derive(DeriveIden)]
enum LanguageVersions {
    Table,
    Id,
    DocumentId,
    Lang,
    FileSha256,
    Filename,
    Text,
}

#[derive(DeriveIden)]
enum DecisionDocuments {
    Table,
    Id,
    DecisionId,
    DocumentId,
}

#[derive(DeriveIden)]
enum Actions {
    Table,
    Id,
    ConventionId,
    DecisionId,
    MeetingId,
    Title,
    OwnerKind,
    Owner,
    DueOn,
    Status,
    Access,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            integer_null(Decisions::AgendaItemId).take(),
            integer_null(Decisions::SupersedesId).take(),
        ] {
            m.alter_table(
                Table::alter()
                    .table(Decisions::Table)
                    .add_column(column)
                    .take(),
            )
            .await?;
        }
        m.create_table(
            Table::create()
                .table(StoredFiles::Table)
                .col(string(StoredFiles::Sha256).primary_key())
                .col(big_integer(StoredFiles::Size))
                .col(string(StoredFiles::MediaType))
                .col(timestamp_with_time_zone(StoredFiles::StoredAt))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Documents::Table)
                .col(pk_auto(Documents::Id))
                .col(integer(Documents::ConventionId))
                .col(string(Documents::Symbol))
                .col(text(Documents::Title))
                .col(string(Documents::Kind))
                .col(integer_null(Documents::MeetingId))
                .col(integer_null(Documents::AgendaItemId))
                .col(string(Documents::Submitter))
                .col(date(Documents::IssuedOn))
                .col(string(Documents::Access))
                .col(integer_null(Documents::RevisesId))
                .col(timestamp_with_time_zone(Documents::CreatedAt))
                .col(string(Documents::CreatedBy))
                .col(text(Documents::Source))
                .foreign_key(&mut fk(
                    Documents::Table,
                    Documents::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    Documents::Table,
                    Documents::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    Documents::Table,
                    Documents::AgendaItemId,
                    AgendaItems::Table,
                    AgendaItems::Id,
                    ForeignKeyAction::SetNull,
                ))
                .foreign_key(&mut fk(
                    Documents::Table,
                    Documents::RevisesId,
                    Documents::Table,
                    Documents::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("documents_convention_symbol")
                .table(Documents::Table)
                .col(Documents::ConventionId)
                .col(Documents::Symbol)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LanguageVersions::Table)
                .col(pk_auto(LanguageVersions::Id))
                .col(integer(LanguageVersions::DocumentId))
                .col(string(LanguageVersions::Lang))
                .col(string(LanguageVersions::FileSha256))
                .col(string(LanguageVersions::Filename))
                .col(text(LanguageVersions::Text))
                .foreign_key(&mut fk(
                    LanguageVersions::Table,
                    LanguageVersions::DocumentId,
                    Documents::Table,
                    Documents::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    LanguageVersions::Table,
                    LanguageVersions::FileSha256,
                    StoredFiles::Table,
                    StoredFiles::Sha256,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("language_versions_document_lang")
                .table(LanguageVersions::Table)
                .col(LanguageVersions::DocumentId)
                .col(LanguageVersions::Lang)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DecisionDocuments::Table)
                .col(pk_auto(DecisionDocuments::Id))
                .col(integer(DecisionDocuments::DecisionId))
                .col(integer(DecisionDocuments::DocumentId))
                .foreign_key(&mut fk(
                    DecisionDocuments::Table,
                    DecisionDocuments::DecisionId,
                    Decisions::Table,
                    Decisions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    DecisionDocuments::Table,
                    DecisionDocuments::DocumentId,
                    Documents::Table,
                    Documents::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Actions::Table)
                .col(pk_auto(Actions::Id))
                .col(integer(Actions::ConventionId))
                .col(integer_null(Actions::DecisionId))
                .col(integer_null(Actions::MeetingId))
                .col(text(Actions::Title))
                .col(string(Actions::OwnerKind))
                .col(string(Actions::Owner))
                .col(date_null(Actions::DueOn))
                .col(string(Actions::Status))
                .col(string(Actions::Access))
                .col(timestamp_with_time_zone(Actions::CreatedAt))
                .foreign_key(&mut fk(
                    Actions::Table,
                    Actions::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    Actions::Table,
                    Actions::DecisionId,
                    Decisions::Table,
                    Decisions::Id,
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    Actions::Table,
                    Actions::MeetingId,
                    Meetings::Table,
                    Meetings::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Actions::Table.into_iden(),
            DecisionDocuments::Table.into_iden(),
            LanguageVersions::Table.into_iden(),
            Documents::Table.into_iden(),
            StoredFiles::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).take()).await?;
        }
        for column in [Decisions::SupersedesId, Decisions::AgendaItemId] {
            m.alter_table(
                Table::alter()
                    .table(Decisions::Table)
                    .drop_column(column)
                    .take(),
            )
            .await?;
        }
        Ok(())
    }
}
