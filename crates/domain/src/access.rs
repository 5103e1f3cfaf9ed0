//! Who may read what. Roles are granted to a user for a convention (and, where it applies, on
//! behalf of an actor); each role reaches an access level, and every record carries the level a
//! reader needs. This module decides; it never looks anything up.

use serde::{Deserialize, Serialize};

use crate::finding::{Message, Problem, checked};

/// The level a record needs and a reader reaches, from the most open to the most restricted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessLevel {
    Public,
    StatesParties,
    Committee,
    Isu,
}

impl AccessLevel {
    pub const ALL: [AccessLevel; 4] = [
        AccessLevel::Public,
        AccessLevel::StatesParties,
        AccessLevel::Committee,
        AccessLevel::Isu,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            AccessLevel::Public => "public",
            AccessLevel::StatesParties => "states-parties",
            AccessLevel::Committee => "committee",
            AccessLevel::Isu => "isu",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        AccessLevel::ALL.into_iter().find(|l| l.slug() == slug)
    }
}

/// The roles of DESIGN.md. `Public` is nobody's grant: it is what an anonymous reader has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Admin,
    IsuStaff,
    President,
    Coordinator,
    FocalPoint,
    Observer,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Admin,
        Role::IsuStaff,
        Role::President,
        Role::Coordinator,
        Role::FocalPoint,
        Role::Observer,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::IsuStaff => "isu-staff",
            Role::President => "president",
            Role::Coordinator => "coordinator",
            Role::FocalPoint => "focal-point",
            Role::Observer => "observer",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Role::ALL.into_iter().find(|r| r.slug() == slug)
    }

    /// The access level the role reaches within its convention.
    pub fn level(self) -> AccessLevel {
        match self {
            Role::Admin | Role::IsuStaff => AccessLevel::Isu,
            Role::President | Role::Coordinator => AccessLevel::Committee,
            Role::FocalPoint => AccessLevel::StatesParties,
            Role::Observer => AccessLevel::Public,
        }
    }

    /// Must a grant of this role name the actor it acts for?
    pub fn needs_actor(self) -> bool {
        matches!(self, Role::President | Role::Coordinator | Role::FocalPoint)
    }

    /// Is the role granted across every convention of the instance?
    pub fn is_global(self) -> bool {
        matches!(self, Role::Admin)
    }
}

/// One role held by a user: for a convention (none for a global role) and on behalf of an actor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub role: Role,
    pub convention: Option<String>,
    pub actor: Option<String>,
}

impl Grant {
    /// Checks the grant's shape: a global role names no convention; others name one; roles that
    /// act for a State name it.
    pub fn validate(&self) -> Result<(), Problem> {
        let role = self.role.slug();
        if self.role.is_global() && self.convention.is_some() {
            return Err(checked(
                Message::new("refuse-role-global").code("role", role),
                format!("the {role} role applies to every convention; do not name one"),
            ));
        }
        if !self.role.is_global() && self.convention.is_none() {
            return Err(checked(
                Message::new("refuse-role-needs-convention").code("role", role),
                format!("the {role} role needs a convention (for example --convention ccm)"),
            ));
        }
        if self.role.needs_actor() && self.actor.is_none() {
            return Err(checked(
                Message::new("refuse-role-needs-state").code("role", role),
                format!("the {role} role needs the State it acts for (for example --actor NZL)"),
            ));
        }
        Ok(())
    }
}

/// A reader: anonymous (no grants) or a signed-in user with grants.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Viewer {
    pub user_id: Option<i64>,
    pub username: Option<String>,
    pub grants: Vec<Grant>,
}

impl Viewer {
    pub fn anonymous() -> Self {
        Self::default()
    }

    pub fn is_signed_in(&self) -> bool {
        self.user_id.is_some()
    }

    /// The highest level the reader reaches within `convention`.
    pub fn level_in(&self, convention: &str) -> AccessLevel {
        self.grants
            .iter()
            .filter(|g| g.role.is_global() || g.convention.as_deref() == Some(convention))
            .map(|g| g.role.level())
            .max()
            .unwrap_or(AccessLevel::Public)
    }

    /// May the reader see a record of `level` in `convention`?
    pub fn can_read(&self, convention: &str, level: AccessLevel) -> bool {
        self.level_in(convention) >= level
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }

    pub fn is_admin(&self) -> bool {
        self.has_role(Role::Admin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(role: Role, convention: Option<&str>, actor: Option<&str>) -> Grant {
        Grant {
            role,
            convention: convention.map(Into::into),
            actor: actor.map(Into::into),
        }
    }

    #[test]
    fn levels_are_scoped_to_the_convention() {
        let v = Viewer {
            user_id: Some(1),
            username: Some("x".into()),
            grants: vec![grant(Role::IsuStaff, Some("ccm"), None)],
        };
        assert_eq!(v.level_in("ccm"), AccessLevel::Isu);
        assert_eq!(v.level_in("aplc"), AccessLevel::Public);
        assert!(v.can_read("ccm", AccessLevel::Committee));
        assert!(!v.can_read("aplc", AccessLevel::StatesParties));
        let admin = Viewer {
            user_id: Some(2),
            username: None,
            grants: vec![grant(Role::Admin, None, None)],
        };
        assert_eq!(admin.level_in("aplc"), AccessLevel::Isu);
        assert_eq!(Viewer::anonymous().level_in("ccm"), AccessLevel::Public);
    }

    #[test]
    fn grants_are_validated() {
        assert!(grant(Role::Admin, None, None).validate().is_ok());
        assert!(grant(Role::Admin, Some("ccm"), None).validate().is_err());
        assert!(grant(Role::IsuStaff, None, None).validate().is_err());
        assert!(
            grant(Role::FocalPoint, Some("ccm"), None)
                .validate()
                .is_err()
        );
        assert!(
            grant(Role::FocalPoint, Some("ccm"), Some("NZL"))
                .validate()
                .is_ok()
        );
    }
}
