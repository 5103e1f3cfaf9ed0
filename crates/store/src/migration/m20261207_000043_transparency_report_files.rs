//! Files attached to a transparency report (issue 17 item 1): a map, a national plan, the PDF of
//! a report received on paper (`transparency_report_files`: the report, the version it was
//! attached to, the stored file by its digest, the name it is served under, who and when).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{integer, pk_auto, string, timestamp_with_time_zone};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TransparencyReports {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum TransparencyReportFiles {
    Table,
    Id,
    ReportId,
    Revision,
    FileSha256,
    Filename,
    CreatedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(TransparencyReportFiles::Table)
                .col(pk_auto(TransparencyReportFiles::Id))
                .col(integer(TransparencyReportFiles::ReportId))
                .col(integer(TransparencyReportFiles::Revision))
                .col(string(TransparencyReportFiles::FileSha256))
                .col(string(TransparencyReportFiles::Filename))
                .col(string(TransparencyReportFiles::CreatedBy))
                .col(timestamp_with_time_zone(TransparencyReportFiles::CreatedAt))
                .foreign_key(&mut fk(
                    TransparencyReportFiles::Table,
                    TransparencyReportFiles::ReportId,
                    TransparencyReports::Table,
                    TransparencyReports::Id,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("transparency_report_files_report")
                .table(TransparencyReportFiles::Table)
                .col(TransparencyReportFiles::ReportId)
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(
            Table::drop()
                .table(TransparencyReportFiles::Table)
                .to_owned(),
        )
        .await
    }
}
