//! Universalization (P4.4(e), issue 16 item 4): the ISU's entries about States not party, each
//! an outreach activity or a statement of intent (`outreach_activities`: which State, under which
//! convention, who first recorded it), and every version of its text (`outreach_revisions`: the
//! date, who, what, which Working Group, who may read it, and for a correction why). A
//! correction is a new revision; the old text stays.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{date, integer, pk_auto, string, text, timestamp_with_time_zone};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Conventions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum OutreachActivities {
    Table,
    Id,
    ConventionId,
    ActorCode,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OutreachRevisions {
    Table,
    Id,
    ActivityId,
    Revision,
    Kind,
    OnDate,
    Who,
    What,
    WorkingGroup,
    Access,
    Reason,
    CreatedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(OutreachActivities::Table)
                .col(pk_auto(OutreachActivities::Id))
                .col(integer(OutreachActivities::ConventionId))
                .col(string(OutreachActivities::ActorCode))
                .col(string(OutreachActivities::CreatedBy))
                .col(timestamp_with_time_zone(OutreachActivities::CreatedAt))
                .foreign_key(&mut fk(
                    OutreachActivities::Table,
                    OutreachActivities::ConventionId,
                    Conventions::Table,
                    Conventions::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(OutreachRevisions::Table)
                .col(pk_auto(OutreachRevisions::Id))
                .col(integer(OutreachRevisions::ActivityId))
                .col(integer(OutreachRevisions::Revision))
                .col(string(OutreachRevisions::Kind))
                .col(date(OutreachRevisions::OnDate))
                .col(string(OutreachRevisions::Who))
                .col(text(OutreachRevisions::What))
                .col(string(OutreachRevisions::WorkingGroup))
                .col(string(OutreachRevisions::Access))
                .col(text(OutreachRevisions::Reason))
                .col(string(OutreachRevisions::CreatedBy))
                .col(timestamp_with_time_zone(OutreachRevisions::CreatedAt))
                .foreign_key(&mut fk(
                    OutreachRevisions::Table,
                    OutreachRevisions::ActivityId,
                    OutreachActivities::Table,
                    OutreachActivities::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("outreach_activities_actor")
                .table(OutreachActivities::Table)
                .col(OutreachActivities::ConventionId)
                .col(OutreachActivities::ActorCode)
                .take(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("outreach_revisions_activity")
                .table(OutreachRevisions::Table)
                .col(OutreachRevisions::ActivityId)
                .col(OutreachRevisions::Revision)
                .unique()
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(OutreachRevisions::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(OutreachActivities::Table).to_owned())
            .await
    }
}
