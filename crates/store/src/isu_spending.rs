//! The ISU's spending (issue 14 item 4): actual expenditure per budget line of a year's
//! approved budget per quarter, and budget against actual per line, computed from the record
//! (never typed) so that the pages, the API and the ISU report read the same figures.
//!
//! Spending is recorded against a line of the approved revision only; a correction is a new row
//! that supersedes the old one; every write is audited. Money is exact ([`Decimal`]). This
//! module never decides who may write; the web checks roles.

use rust_decimal::Decimal;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::audit::Author;
use crate::entities::{convention, isu_expenditure};
use crate::error::said;
use crate::{Store, StoreError};
use treatydesk_domain::finding::{Message, Problem};

/// An expenditure as a form or the API gives it.
#[derive(Clone, Debug)]
pub struct NewExpenditure {
    pub year: i32,
    pub line_key: String,
    pub quarter: i32,
    pub amount: Decimal,
    pub source: String,
}

/// One budget line against what was spent on it.
#[derive(Clone, Debug)]
pub struct LineActual {
    pub key: String,
    pub category: String,
    pub budget: Decimal,
    /// Spent in quarters 1 to 4.
    pub quarters: [Decimal; 4],
    pub spent: Decimal,
    /// Budget − spent (negative when overspent).
    pub remaining: Decimal,
}

/// A year's approved budget against actual spending.
#[derive(Clone, Debug)]
pub struct BudgetVsActual {
    pub year: i32,
    /// The approved revision the budget lines are taken from.
    pub revision: i32,
    pub currency: String,
    pub lines: Vec<LineActual>,
    pub budget: Decimal,
    pub quarters: [Decimal; 4],
    pub spent: Decimal,
    pub remaining: Decimal,
    /// The expenditure rows as they stand (corrections applied).
    pub rows: Vec<isu_expenditure::Model>,
}

impl Store {
    /// The expenditure rows of a year as they stand (corrections applied), oldest first.
    pub async fn expenditures(
        &self,
        convention: &convention::Model,
        year: i32,
    ) -> Result<Vec<isu_expenditure::Model>, StoreError> {
        let all = isu_expenditure::Entity::find()
            .filter(isu_expenditure::Column::ConventionId.eq(convention.id))
            .filter(isu_expenditure::Column::Year.eq(year))
            .order_by_asc(isu_expenditure::Column::Id)
            .all(self.db())
            .await?;
        let replaced: std::collections::HashSet<i32> =
            all.iter().filter_map(|r| r.supersedes_id).collect();
        Ok(all
            .into_iter()
            .filter(|r| !replaced.contains(&r.id))
            .collect())
    }

    /// The year's approved budget against actual spending, per line and quarter; `None` when
    /// no plan of the year is approved.
    pub async fn budget_vs_actual(
        &self,
        convention: &convention::Model,
        year: i32,
    ) -> Result<Option<BudgetVsActual>, StoreError> {
        let Some(approved) = self
            .workplan(convention, year)
            .await?
            .and_then(|wp| wp.approved().cloned())
        else {
            return Ok(None);
        };
        let rows = self.expenditures(convention, year).await?;
        let mut lines = Vec::new();
        let mut quarters = [Decimal::ZERO; 4];
        for l in &approved.plan.lines {
            let mut q = [Decimal::ZERO; 4];
            for r in rows.iter().filter(|r| r.line_key == l.key) {
                let amount: Decimal = r.amount.parse().map_err(|_| {
                    StoreError::Database(sea_orm::DbErr::Custom(format!(
                        "expenditure {}: the amount cannot be read",
                        r.id
                    )))
                })?;
                if let Some(slot) = usize::try_from(r.quarter - 1)
                    .ok()
                    .and_then(|i| q.get_mut(i))
                {
                    *slot += amount;
                }
            }
            for (total, v) in quarters.iter_mut().zip(q) {
                *total += v;
            }
            let spent: Decimal = q.iter().copied().sum();
            lines.push(LineActual {
                key: l.key.clone(),
                category: l.category.clone(),
                budget: l.amount,
                quarters: q,
                spent,
                remaining: l.amount - spent,
            });
        }
        let budget = approved.plan.total();
        let spent: Decimal = quarters.iter().copied().sum();
        Ok(Some(BudgetVsActual {
            year,
            revision: approved.revision,
            currency: self
                .isu_preset(convention)
                .budget_currency
                .unwrap_or_default(),
            lines,
            budget,
            quarters,
            spent,
            remaining: budget - spent,
            rows,
        }))
    }

    /// Records an expenditure against a line of the year's approved budget, or (with
    /// `corrects`) a correction (`isu.spending`). Every problem is a sentence.
    pub async fn record_expenditure(
        &self,
        author: &Author,
        convention: &convention::Model,
        new: &NewExpenditure,
        corrects: Option<i32>,
    ) -> Result<isu_expenditure::Model, StoreError> {
        let mut problems = Vec::new();
        let approved = self
            .workplan(convention, new.year)
            .await?
            .and_then(|wp| wp.approved().cloned());
        match &approved {
            None => problems.push(Problem::new(
                Message::new("refuse-isu-spending-no-approved-plan")
                    .code("year", &new.year.to_string()),
                format!(
                    "No work plan for {} is approved; spending is recorded against the lines of an approved budget.",
                    new.year
                ),
            )),
            Some(r) if !r.plan.lines.iter().any(|l| l.key == new.line_key) => {
                let keys: Vec<&str> = r.plan.lines.iter().map(|l| l.key.as_str()).collect();
                problems.push(Problem::new(
                    Message::new("refuse-isu-spending-line")
                        .code("value", &new.line_key)
                        .code("year", &new.year.to_string())
                        .code("keys", &keys.join(", ")),
                    format!(
                        "“{}” is not a line of the approved {} budget ({}).",
                        new.line_key,
                        new.year,
                        keys.join(", ")
                    ),
                ));
            }
            _ => {}
        }
        if !(1..=4).contains(&new.quarter) {
            problems.push(Problem::new(
                Message::new("refuse-isu-spending-quarter").code("value", &new.quarter.to_string()),
                format!("Quarter {} is not 1, 2, 3 or 4.", new.quarter),
            ));
        }
        if new.amount <= Decimal::ZERO || new.amount.scale() > 2 {
            problems.push(said(
                "refuse-isu-amount",
                "The amount must be more than zero, with at most two decimals.",
            ));
        }
        if new.source.trim().is_empty() {
            problems.push(said(
                "refuse-isu-spending-source",
                "Name the source of the figure (the accounts, a statement).",
            ));
        }
        if let Some(id) = corrects
            && !self
                .expenditures(convention, new.year)
                .await?
                .iter()
                .any(|r| r.id == id)
        {
            problems.push(Problem::new(
                Message::new("refuse-isu-spending-not-current")
                    .code("id", &id.to_string())
                    .code("year", &new.year.to_string()),
                format!(
                    "Expenditure {id} is not a current row of {}; correct the current version.",
                    new.year
                ),
            ));
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut write = self
            .write(
                author,
                "isu.spending",
                format!(
                    "{} ISU spending {} Q{} line {}: {}",
                    convention.short_name, new.year, new.quarter, new.line_key, new.amount
                ),
            )
            .await?;
        write.convention(convention.id);
        let row = isu_expenditure::ActiveModel {
            convention_id: Set(convention.id),
            year: Set(new.year),
            line_key: Set(new.line_key.clone()),
            quarter: Set(new.quarter),
            amount: Set(new.amount.to_string()),
            source: Set(new.source.trim().into()),
            supersedes_id: Set(corrects),
            at: Set(crate::now()),
            who: Set(author.who.clone()),
            reason: Set(author.reason.clone()),
            ..Default::default()
        }
        .insert(write.txn())
        .await?;
        write.detail(serde_json::json!({ "expenditure": row.id, "corrects": corrects }));
        write.commit().await?;
        Ok(row)
    }
}
