//! Issue 12, the record kept by its users: decisions with a title, texts per language, a date,
//! the decisions they supersede and their revisions; personal API tokens (only a hash stored);
//! nominations with a statement, withdrawal and who entered them; revisions of participation
//! records; profile entries that are revised rather than overwritten.
//!
//! Columns added to existing tables carry defaults so that rows recorded before keep reading.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Conventions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Actors {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Participations {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Decisions {
    Table,
    Id,
    Title,
    Texts,
    DecidedOn,
    Supersedes,
    Revision,
}

#[derive(DeriveIden)]
enum DecisionRevisions {
    Table,
    Id,
    DecisionId,
    Revision,
    Title,
    Texts,
    AgendaItemId,
    Adopts,
    Supersedes,
    DecidedOn,
    At,
    Who,
    UserId,
    Reason,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    UserId,
    Name,
    Prefix,
    TokenHash,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Nominations {
    Table,
    Statement,
    Status,
    WithdrawnAt,
    EnteredBy,
    OnBehalf,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ParticipationRevisions {
    Table,
    Id,
    ParticipationId,
    ConventionId,
    ActorId,
    Revision,
    SignedOn,
    DepositedOn,
    DepositKind,
    InForceOn,
    WithdrawalNotifiedOn,
    WithdrawalEffectiveOn,
    Note,
    At,
    Who,
    Reason,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProfileEntries {
    Table,
    SupersededBy,
    RecordedAt,
    RecordedBy,
    Reason,
}

async fn add_columns(
    m: &SchemaManager<'_>,
    table: impl IntoIden + Clone,
    columns: Vec<ColumnDef>,
) -> Result<(), DbErr> {
    for column in columns {
        m.alter_table(
            Table::alter()
                .table(table.clone())
                .add_column(column)
                .take(),
        )
        .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        add_columns(
            m,
            Decisions::Table,
            vec![
                string(Decisions::Title).default("").take(),
                text(Decisions::Texts).default("{}").take(),
                date_null(Decisions::DecidedOn).take(),
                text(Decisions::Supersedes).default("[]").take(),
                integer(Decisions::Revision).default(1).take(),
            ],
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DecisionRevisions::Table)
                .col(pk_auto(DecisionRevisions::Id))
                .col(integer(DecisionRevisions::DecisionId))
                .col(integer(DecisionRevisions::Revision))
                .col(string(DecisionRevisions::Title))
                .col(text(DecisionRevisions::Texts))
                .col(integer_null(DecisionRevisions::AgendaItemId))
                .col(text(DecisionRevisions::Adopts))
                .col(text(DecisionRevisions::Supersedes))
                .col(date_null(DecisionRevisions::DecidedOn))
                .col(timestamp_with_time_zone(DecisionRevisions::At))
                .col(string(DecisionRevisions::Who))
                .col(integer_null(DecisionRevisions::UserId))
                .col(text(DecisionRevisions::Reason))
                .foreign_key(&mut fk(
                    DecisionRevisions::Table,
                    DecisionRevisions::DecisionId,
                    Decisions::Table,
                    Decisions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("decision_revisions_decision_revision")
                .table(DecisionRevisions::Table)
                .col(DecisionRevisions::DecisionId)
                .col(DecisionRevisions::Revision)
                .unique()
                .take(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ApiTokens::Table)
                .col(pk_auto(ApiTokens::Id))
                .col(integer(ApiTokens::UserId))
                .col(string(ApiTokens::Name))
                .col(string(ApiTokens::Prefix))
                .col(string(ApiTokens::TokenHash))
                .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                .col(timestamp_with_time_zone_null(ApiTokens::LastUsedAt))
                .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
                .foreign_key(&mut fk(
                    ApiTokens::Table,
                    ApiTokens::UserId,
                    Users::Table,
                    Users::Id,
                    ForeignKeyAction::Cascade,
                ))
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("api_tokens_hash")
                .table(ApiTokens::Table)
                .col(ApiTokens::TokenHash)
                .unique()
                .take(),
        )
        .await?;
        add_columns(
            m,
            Nominations::Table,
            vec![
                text(Nominations::Statement).default("").take(),
                string(Nominations::Status).default("standing").take(),
                timestamp_with_time_zone_null(Nominations::WithdrawnAt).take(),
                string(Nominations::EnteredBy).default("").take(),
                boolean(Nominations::OnBehalf).default(false).take(),
                timestamp_with_time_zone_null(Nominations::CreatedAt).take(),
            ],
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ParticipationRevisions::Table)
                .col(pk_auto(ParticipationRevisions::Id))
                .col(integer(ParticipationRevisions::ParticipationId))
                .col(integer(ParticipationRevisions::ConventionId))
                .col(integer(ParticipationRevisions::ActorId))
                .col(integer(ParticipationRevisions::Revision))
                .col(date_null(ParticipationRevisions::SignedOn))
                .col(date_null(ParticipationRevisions::DepositedOn))
                .col(string_null(ParticipationRevisions::DepositKind))
                .col(date_null(ParticipationRevisions::InForceOn))
                .col(date_null(ParticipationRevisions::WithdrawalNotifiedOn))
                .col(date_null(ParticipationRevisions::WithdrawalEffectiveOn))
                .col(text(ParticipationRevisions::Note))
                .col(timestamp_with_time_zone(ParticipationRevisions::At))
                .col(string(ParticipationRevisions::Who))
                .col(text(ParticipationRevisions::Reason))
                .foreign_key(&mut fk(
                    ParticipationRevisions::Table,
                    ParticipationRevisions::ParticipationId,
                    Participations::Table,
                    Participations::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    ParticipationRevisions::Table,
                    ParticipationRevisions::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    ParticipationRevisions::Table,
                    ParticipationRevisions::ActorId,
                    Actors::Table,
                    Actors::Id,
                    ForeignKeyAction::Restrict,
                ))
                .take(),
        )
        .await?;
        add_columns(
            m,
            ProfileEntries::Table,
            vec![
                integer_null(ProfileEntries::SupersededBy).take(),
                timestamp_with_time_zone_null(ProfileEntries::RecordedAt).take(),
                string(ProfileEntries::RecordedBy).default("").take(),
                text(ProfileEntries::Reason).default("").take(),
            ],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ParticipationRevisions::Table.into_iden(),
            ApiTokens::Table.into_iden(),
            DecisionRevisions::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).take()).await?;
        }
        for (table, column) in [
            (
                ProfileEntries::Table.into_iden(),
                ProfileEntries::SupersededBy.into_iden(),
            ),
            (
                ProfileEntries::Table.into_iden(),
                ProfileEntries::RecordedAt.into_iden(),
            ),
            (
                ProfileEntries::Table.into_iden(),
                ProfileEntries::RecordedBy.into_iden(),
            ),
            (
                ProfileEntries::Table.into_iden(),
                ProfileEntries::Reason.into_iden(),
            ),
            (
                Nominations::Table.into_iden(),
                Nominations::Statement.into_iden(),
            ),
            (
                Nominations::Table.into_iden(),
                Nominations::Status.into_iden(),
            ),
            (
                Nominations::Table.into_iden(),
                Nominations::WithdrawnAt.into_iden(),
            ),
            (
                Nominations::Table.into_iden(),
                Nominations::EnteredBy.into_iden(),
            ),
            (
                Nominations::Table.into_iden(),
                Nominations::OnBehalf.into_iden(),
            ),
            (
                Nominations::Table.into_iden(),
                Nominations::CreatedAt.into_iden(),
            ),
            (Decisions::Table.into_iden(), Decisions::Title.into_iden()),
            (Decisions::Table.into_iden(), Decisions::Texts.into_iden()),
            (
                Decisions::Table.into_iden(),
                Decisions::DecidedOn.into_iden(),
            ),
            (
                Decisions::Table.into_iden(),
                Decisions::Supersedes.into_iden(),
            ),
            (
                Decisions::Table.into_iden(),
                Decisions::Revision.into_iden(),
            ),
        ] {
            m.alter_table(Table::alter().table(table).drop_column(column).take())
                .await?;
        }
        Ok(())
    }
}
