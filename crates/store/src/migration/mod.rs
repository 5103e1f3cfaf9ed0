//! The one migration history of TreatyDesk, run on SQLite and on PostgreSQL alike. A migration,
//! once released, is never edited: later changes are new migrations.

use sea_orm_migration::prelude::*;

mod m20261128_000001_foundation;
mod m20261128_000002_architecture;
mod m20261128_000003_meetings;
mod m20261128_000004_registration;
mod m20261128_000005_programme;
mod m20261128_000006_records;
pub mod m20261203_000009_registration_delegation_index;
mod m20261203_000010_record_kept;
mod m20261203_000011_obligations;
mod m20261203_000012_login_failures;
mod m20261203_000016_registration_lang;
mod m20261203_000017_minutes_revisions;
mod m20261203_000018_users_must_change_password;
mod m20261204_000019_statements;
mod m20261204_000020_handover_revisions;
mod m20261204_000021_isu_status;
mod m20261204_000022_isu_workplans;
mod m20261204_000023_isu_contributions;
mod m20261204_000024_isu_spending;
mod m20261204_000026_advice_requests;
mod m20261204_000027_liaison;
mod m20261204_000031_messages;
mod m20261204_000032_preparation_items;
mod m20261204_000033_review_items;
mod m20261204_000034_isu_reports;
mod m20261204_000035_login_sessions;
mod m20261204_000036_outreach;
mod m20261204_000040_extension_requests;
mod m20261207_000041_transparency_reports;
mod m20261207_000042_registration_delegations;
mod m20261207_000043_transparency_report_files;
mod m20261207_000044_version_titles;
mod m20261207_000045_registration_counters;

/// A foreign key from `from_table.from_col` to `to_table.to_col`.
fn fk(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(on_delete)
        .take()
}

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_foundation::Migration),
            Box::new(m20261128_000002_architecture::Migration),
            Box::new(m20261128_000003_meetings::Migration),
            Box::new(m20261128_000004_registration::Migration),
            Box::new(m20261128_000005_programme::Migration),
            Box::new(m20261128_000006_records::Migration),
            Box::new(m20261203_000009_registration_delegation_index::Migration),
            Box::new(m20261203_000010_record_kept::Migration),
            Box::new(m20261203_000011_obligations::Migration),
            Box::new(m20261203_000012_login_failures::Migration),
            Box::new(m20261203_000016_registration_lang::Migration),
            Box::new(m20261203_000017_minutes_revisions::Migration),
            Box::new(m20261203_000018_users_must_change_password::Migration),
            Box::new(m20261204_000019_statements::Migration),
            Box::new(m20261204_000020_handover_revisions::Migration),
            Box::new(m20261204_000021_isu_status::Migration),
            Box::new(m20261204_000022_isu_workplans::Migration),
            Box::new(m20261204_000023_isu_contributions::Migration),
            Box::new(m20261204_000024_isu_spending::Migration),
            Box::new(m20261204_000026_advice_requests::Migration),
            Box::new(m20261204_000027_liaison::Migration),
            Box::new(m20261204_000031_messages::Migration),
            Box::new(m20261204_000032_preparation_items::Migration),
            Box::new(m20261204_000033_review_items::Migration),
            Box::new(m20261204_000034_isu_reports::Migration),
            Box::new(m20261204_000035_login_sessions::Migration),
            Box::new(m20261204_000036_outreach::Migration),
            Box::new(m20261204_000040_extension_requests::Migration),
            Box::new(m20261207_000041_transparency_reports::Migration),
            Box::new(m20261207_000042_registration_delegations::Migration),
            Box::new(m20261207_000043_transparency_report_files::Migration),
            Box::new(m20261207_000044_version_titles::Migration),
            Box::new(m20261207_000045_registration_counters::Migration),
        ]
    }
}
