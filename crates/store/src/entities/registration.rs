use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "registrations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub meeting_id: i32,
    /// A `Category` slug.
    pub category: String,
    /// The State or organization from the actors registry, when there is one.
    pub actor_code: Option<String>,
    /// The organization's name as shown (the registry's English name, or as typed).
    pub organization: String,
    pub family_name: String,
    pub given_name: String,
    pub email: String,
    /// A `DelegationRole` slug.
    pub delegation_role: String,
    /// The delegation's key: the category and the actor code or the lowercased organization.
    pub delegation: String,
    /// A `RegistrationStatus` slug.
    pub status: String,
    pub submitted_at: TimeDateTimeWithTimeZone,
    pub decided_at: Option<TimeDateTimeWithTimeZone>,
    /// The username of the ISU member who decided.
    pub decided_by: Option<String>,
    pub credential_id: Option<i32>,
    /// The lowercased e-mail address: unique per meeting.
    pub dedupe_key: String,
    /// The delegation key while this is its active head, else NULL: unique per meeting.
    pub head_key: Option<String>,
    /// The language the registrant used (`en`, `fr`, `es`, `ar`): every mail to them is in it.
    /// A backup made before the column existed restores as English (migration 000016).
    #[serde(default = "english")]
    pub lang: String,
    /// The stable reference (`2ISM-NZL-0003`); None for a registration made before migration
    /// 000042, whose reference is `{label}-{id}` (see `Store::reference_of`).
    #[serde(default)]
    pub reference: Option<String>,
    /// The delegation post that registered this person, if one did.
    #[serde(default)]
    pub delegation_post_id: Option<i32>,
    /// Why the ISU refused it (required with a refusal), shown to the focal point.
    #[serde(default)]
    pub decision_reason: Option<String>,
}

fn english() -> String {
    "en".to_string()
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[cfg(test)]
mod tests {
    #[test]
    fn a_backup_row_without_a_language_restores_as_english() {
        let now = time::OffsetDateTime::UNIX_EPOCH;
        let row = super::Model {
            id: 1,
            meeting_id: 1,
            category: "ngo".into(),
            actor_code: None,
            organization: "X".into(),
            family_name: "Y".into(),
            given_name: "Z".into(),
            email: "z@example.org".into(),
            delegation_role: "member".into(),
            delegation: "ngo:x".into(),
            status: "pending".into(),
            submitted_at: now,
            decided_at: None,
            decided_by: None,
            credential_id: None,
            dedupe_key: "z@example.org".into(),
            head_key: None,
            lang: "fr".into(),
            reference: None,
            delegation_post_id: None,
            decision_reason: None,
        };
        let mut old = serde_json::to_value(&row).expect("json");
        old.as_object_mut().expect("an object").remove("lang");
        let restored: super::Model = serde_json::from_value(old).expect("an old row");
        assert_eq!(restored.lang, "en");
    }
}
