//! Registration of participants for a meeting (SPEC P1.1: "all States Parties, observer States,
//! international and non-governmental organizations take part"). A Registration names a person,
//! the Delegation they belong to (a State or an organization, by category) and their role in it.
//!
//! This module decides whether a registration form is acceptable: required fields, the shape of
//! an e-mail address, the category's conditions on the State named (party in force on the
//! meeting's opening day, or not party for an observer State), the registration window and
//! deadline, the cap per delegation, and one head per delegation. The caller looks up the facts
//! (the State's status, the counts) and passes them in; this module never looks anything up and
//! never reads the clock. Every refusal says why in a plain sentence.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::calendar::format_date;

/// Who a delegation is, by the role it plays at the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    StateParty,
    ObserverState,
    InternationalOrganization,
    Ngo,
    Isu,
    Media,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::StateParty,
        Category::ObserverState,
        Category::InternationalOrganization,
        Category::Ngo,
        Category::Isu,
        Category::Media,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Category::StateParty => "state-party",
            Category::ObserverState => "observer-state",
            Category::InternationalOrganization => "international-organization",
            Category::Ngo => "ngo",
            Category::Isu => "isu",
            Category::Media => "media",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// The category's name in English (pages translate the slug instead).
    pub fn name(self) -> &'static str {
        match self {
            Category::StateParty => "State Party",
            Category::ObserverState => "observer State",
            Category::InternationalOrganization => "international organization",
            Category::Ngo => "non-governmental organization",
            Category::Isu => "ISU / secretariat",
            Category::Media => "media",
        }
    }

    /// Does a delegation of this category represent a State (named by its code)?
    pub fn is_state(self) -> bool {
        matches!(self, Category::StateParty | Category::ObserverState)
    }

    /// Must the registration carry credentials (a note verbale)?
    pub fn needs_credentials(self) -> bool {
        self.is_state()
    }
}

/// A person's role in their delegation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DelegationRole {
    Head,
    Member,
    Adviser,
}

impl DelegationRole {
    pub const ALL: [DelegationRole; 3] = [
        DelegationRole::Head,
        DelegationRole::Member,
        DelegationRole::Adviser,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            DelegationRole::Head => "head",
            DelegationRole::Member => "member",
            DelegationRole::Adviser => "adviser",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        DelegationRole::ALL.into_iter().find(|r| r.slug() == slug)
    }
}

/// Where a registration stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegistrationStatus {
    Pending,
    Approved,
    Refused,
    Withdrawn,
}

impl RegistrationStatus {
    pub const ALL: [RegistrationStatus; 4] = [
        RegistrationStatus::Pending,
        RegistrationStatus::Approved,
        RegistrationStatus::Refused,
        RegistrationStatus::Withdrawn,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            RegistrationStatus::Pending => "pending",
            RegistrationStatus::Approved => "approved",
            RegistrationStatus::Refused => "refused",
            RegistrationStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        RegistrationStatus::ALL
            .into_iter()
            .find(|s| s.slug() == slug)
    }

    /// Does the registration count against the cap and hold the head's place?
    pub fn is_active(self) -> bool {
        matches!(
            self,
            RegistrationStatus::Pending | RegistrationStatus::Approved
        )
    }
}

/// The form's fields, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    pub category: String,
    /// A State's or organization's code from the actors registry (may be empty for NGOs,
    /// media and organizations not in the registry).
    pub actor: String,
    pub organization: String,
    pub family_name: String,
    pub given_name: String,
    pub email: String,
    pub role: String,
}

/// The fields of the form, to attach a refusal to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Category,
    Actor,
    Organization,
    FamilyName,
    GivenName,
    Email,
    Role,
    Credentials,
    /// Why a correction is made or a registration refused.
    Reason,
    /// The registration as a whole (window, deadline).
    Form,
}

impl Field {
    pub fn slug(self) -> &'static str {
        match self {
            Field::Category => "category",
            Field::Actor => "actor",
            Field::Organization => "organization",
            Field::FamilyName => "family_name",
            Field::GivenName => "given_name",
            Field::Email => "email",
            Field::Role => "role",
            Field::Credentials => "credentials",
            Field::Reason => "reason",
            Field::Form => "form",
        }
    }
}

/// The longest name or address a field takes.
pub const MAX_FIELD: usize = 200;
/// The largest credentials file accepted (5 MiB).
pub const MAX_CREDENTIALS_BYTES: usize = 5 * 1024 * 1024;

/// Why a registration is refused, with what the sentence needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum Refusal {
    Required {
        field: Field,
    },
    TooLong {
        field: Field,
    },
    UnknownCategory,
    UnknownRole,
    EmailShape,
    UnknownActor {
        code: String,
    },
    NotAState {
        code: String,
    },
    NotAnOrganization {
        code: String,
    },
    NotPartyInForce {
        state: String,
        day: Date,
    },
    PartyNotObserver {
        state: String,
        day: Date,
    },
    CredentialsRequired,
    CredentialsNotPdf,
    CredentialsTooLarge,
    NotYetOpen {
        opens_on: Date,
    },
    AfterDeadline {
        deadline: Date,
    },
    CapReached {
        delegation: String,
        cap: u32,
    },
    HeadAlready {
        delegation: String,
    },
    NotOpen,
    /// A correction, or the ISU's refusal, must say why.
    ReasonRequired,
    /// Only a pending or approved registration is corrected or withdrawn.
    NotActive {
        reference: String,
    },
    /// A delegation post names nobody.
    NobodyListed,
    /// The e-mail address is already registered for the meeting (or twice in one post).
    AlreadyRegistered {
        email: String,
    },
}

impl Refusal {
    /// The field the refusal is about.
    pub fn field(&self) -> Field {
        match self {
            Refusal::Required { field } | Refusal::TooLong { field } => *field,
            Refusal::UnknownCategory => Field::Category,
            Refusal::UnknownRole | Refusal::HeadAlready { .. } => Field::Role,
            Refusal::EmailShape | Refusal::AlreadyRegistered { .. } => Field::Email,
            Refusal::UnknownActor { .. }
            | Refusal::NotAState { .. }
            | Refusal::NotAnOrganization { .. }
            | Refusal::NotPartyInForce { .. }
            | Refusal::PartyNotObserver { .. }
            | Refusal::CapReached { .. } => Field::Actor,
            Refusal::CredentialsRequired
            | Refusal::CredentialsNotPdf
            | Refusal::CredentialsTooLarge => Field::Credentials,
            Refusal::ReasonRequired => Field::Reason,
            Refusal::NotYetOpen { .. }
            | Refusal::AfterDeadline { .. }
            | Refusal::NotOpen
            | Refusal::NotActive { .. }
            | Refusal::NobodyListed => Field::Form,
        }
    }

    /// A short name of the rule (`reg-err-<key>` in the translations).
    pub fn key(&self) -> &'static str {
        match self {
            Refusal::Required { .. } => "required",
            Refusal::TooLong { .. } => "too-long",
            Refusal::UnknownCategory => "category",
            Refusal::UnknownRole => "role",
            Refusal::EmailShape => "email",
            Refusal::UnknownActor { .. } => "unknown-actor",
            Refusal::NotAState { .. } => "not-a-state",
            Refusal::NotAnOrganization { .. } => "not-an-organization",
            Refusal::NotPartyInForce { .. } => "not-party",
            Refusal::PartyNotObserver { .. } => "party-not-observer",
            Refusal::CredentialsRequired => "credentials-required",
            Refusal::CredentialsNotPdf => "credentials-not-pdf",
            Refusal::CredentialsTooLarge => "credentials-too-large",
            Refusal::NotYetOpen { .. } => "not-yet-open",
            Refusal::AfterDeadline { .. } => "after-deadline",
            Refusal::CapReached { .. } => "cap",
            Refusal::HeadAlready { .. } => "head",
            Refusal::NotOpen => "not-open",
            Refusal::ReasonRequired => "reason-required",
            Refusal::NotActive { .. } => "not-active",
            Refusal::NobodyListed => "nobody-listed",
            Refusal::AlreadyRegistered { .. } => "duplicate",
        }
    }

    /// The one value the sentence names (a date, a code, a delegation), or empty.
    pub fn value(&self) -> String {
        match self {
            Refusal::UnknownActor { code }
            | Refusal::NotAState { code }
            | Refusal::NotAnOrganization { code } => code.clone(),
            Refusal::NotPartyInForce { state, day } | Refusal::PartyNotObserver { state, day } => {
                format!("{state} ({})", format_date(*day))
            }
            Refusal::NotYetOpen { opens_on } => format_date(*opens_on),
            Refusal::AfterDeadline { deadline } => format_date(*deadline),
            Refusal::CapReached { delegation, cap } => format!("{delegation} ({cap})"),
            Refusal::HeadAlready { delegation } => delegation.clone(),
            Refusal::NotActive { reference } => reference.clone(),
            Refusal::AlreadyRegistered { email } => email.clone(),
            _ => String::new(),
        }
    }

    /// The refusal as a plain English sentence.
    pub fn sentence(&self) -> String {
        match self {
            Refusal::Required { field } => format!("The field \"{}\" is required.", field.slug()),
            Refusal::TooLong { field } => format!(
                "The field \"{}\" is longer than {MAX_FIELD} characters.",
                field.slug()
            ),
            Refusal::UnknownCategory => "Choose one of the categories listed.".into(),
            Refusal::UnknownRole => "Choose head of delegation, member or adviser.".into(),
            Refusal::EmailShape => {
                "The e-mail address must look like name@example.org, without spaces.".into()
            }
            Refusal::UnknownActor { code } => {
                format!("\"{code}\" is not a State or organization in the registry.")
            }
            Refusal::NotAState { code } => format!("{code} is not a State."),
            Refusal::NotAnOrganization { code } => format!("{code} is not an organization."),
            Refusal::NotPartyInForce { state, day } => format!(
                "{state} is not a State Party in force on {}; it may register as an observer State.",
                format_date(*day)
            ),
            Refusal::PartyNotObserver { state, day } => format!(
                "{state} is a State Party in force on {}; it registers as a State Party.",
                format_date(*day)
            ),
            Refusal::CredentialsRequired => {
                "A State's delegation must attach its credentials (a note verbale) as a PDF.".into()
            }
            Refusal::CredentialsNotPdf => "The credentials file is not a PDF.".into(),
            Refusal::CredentialsTooLarge => "The credentials file is larger than 5 MiB.".into(),
            Refusal::NotYetOpen { opens_on } => format!(
                "Registration opens on {}; please come back then.",
                format_date(*opens_on)
            ),
            Refusal::AfterDeadline { deadline } => format!(
                "Registration closed on {}; late registrations are not accepted.",
                format_date(*deadline)
            ),
            Refusal::CapReached { delegation, cap } => format!(
                "{delegation} already has {cap} registrations, the most a delegation may have."
            ),
            Refusal::HeadAlready { delegation } => {
                format!("{delegation} already has a head of delegation.")
            }
            Refusal::NotOpen => "Registration for this meeting is not open.".into(),
            Refusal::ReasonRequired => "Say why, in a few words.".into(),
            Refusal::NotActive { reference } => format!(
                "{reference} is refused or withdrawn; only a pending or approved registration can be changed."
            ),
            Refusal::AlreadyRegistered { email } => format!(
                "{email} is already registered for this meeting; a person registers once per meeting."
            ),
            Refusal::NobodyListed => "List at least one person: a family name, a given name, an e-mail address and a role.".into(),
        }
    }
}

/// The form, once its fields have been read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub category: Category,
    /// The actor code, uppercased, when one was given.
    pub actor: Option<String>,
    pub organization: String,
    pub family_name: String,
    pub given_name: String,
    pub email: String,
    pub role: DelegationRole,
}

impl Parsed {
    /// The key that makes a registration unique within its meeting: the e-mail, lowercased.
    pub fn dedupe_key(&self) -> String {
        self.email.to_lowercase()
    }

    /// The delegation's key: the category and the actor code, or the lowercased organization.
    pub fn delegation(&self) -> String {
        match &self.actor {
            Some(code) => format!("{}:{code}", self.category.slug()),
            None => format!(
                "{}:{}",
                self.category.slug(),
                self.organization.trim().to_lowercase()
            ),
        }
    }
}

/// Is `text` shaped like an e-mail address (one `@`, a dot in the domain, no spaces)?
pub fn email_is_shaped(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        && text.len() <= MAX_FIELD
}

/// Reads the form's own fields (nothing that needs a look-up): required fields, lengths, the
/// category, the role and the e-mail's shape. Every problem is returned at once.
pub fn parse(form: &RegistrationForm) -> Result<Parsed, Vec<Refusal>> {
    let mut refusals = Vec::new();
    let text = |field: Field, value: &str, required: bool, refusals: &mut Vec<Refusal>| {
        let value = value.trim();
        if value.is_empty() && required {
            refusals.push(Refusal::Required { field });
        } else if value.chars().count() > MAX_FIELD {
            refusals.push(Refusal::TooLong { field });
        }
        value.to_string()
    };
    let category = Category::from_slug(form.category.trim());
    if category.is_none() {
        refusals.push(if form.category.trim().is_empty() {
            Refusal::Required {
                field: Field::Category,
            }
        } else {
            Refusal::UnknownCategory
        });
    }
    let actor = form.actor.trim().to_uppercase();
    let actor = (!actor.is_empty()).then_some(actor);
    if category.is_some_and(Category::is_state) && actor.is_none() {
        refusals.push(Refusal::Required {
            field: Field::Actor,
        });
    }
    let organization = text(
        Field::Organization,
        &form.organization,
        actor.is_none() && !category.is_some_and(Category::is_state),
        &mut refusals,
    );
    let family_name = text(Field::FamilyName, &form.family_name, true, &mut refusals);
    let given_name = text(Field::GivenName, &form.given_name, true, &mut refusals);
    let email = text(Field::Email, &form.email, true, &mut refusals);
    if !email.is_empty() && !email_is_shaped(&email) {
        refusals.push(Refusal::EmailShape);
    }
    let role = DelegationRole::from_slug(form.role.trim());
    if role.is_none() {
        refusals.push(if form.role.trim().is_empty() {
            Refusal::Required { field: Field::Role }
        } else {
            Refusal::UnknownRole
        });
    }
    match (category, role) {
        (Some(category), Some(role)) if refusals.is_empty() => Ok(Parsed {
            category,
            actor,
            organization,
            family_name,
            given_name,
            email,
            role,
        }),
        _ => Err(refusals),
    }
}

/// What the registry says about the actor the form names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActorFact {
    /// No code was given.
    None,
    /// The code is not in the registry.
    Unknown,
    /// A State, with its English name and whether it is party in force on the reference day.
    State { name: String, party_in_force: bool },
    /// An organization, with its English name.
    Organization { name: String },
}

/// What the rules need besides the form: looked up by the caller.
#[derive(Clone, Debug)]
pub struct Circumstances {
    /// The day the registration is made.
    pub today: Date,
    /// The day party status is judged on: the meeting's opening day, or today when the meeting
    /// has no date on record.
    pub reference_day: Date,
    /// Is registration for the meeting set up at all?
    pub open: bool,
    pub opens_on: Option<Date>,
    pub deadline: Option<Date>,
    pub cap: Option<u32>,
    pub actor: ActorFact,
    /// Active (pending or approved) registrations of the same delegation.
    pub delegation_count: usize,
    /// Does the delegation already have an active head?
    pub delegation_has_head: bool,
    /// Was a credentials file attached (already checked with [`check_credentials`])?
    pub has_credentials: bool,
}

/// Checks the window, the deadline, the category's conditions, the credentials, the cap and the
/// head of delegation. Every refusal is returned at once.
pub fn check(parsed: &Parsed, c: &Circumstances) -> Vec<Refusal> {
    let mut refusals = Vec::new();
    if !c.open {
        refusals.push(Refusal::NotOpen);
    }
    if let Some(opens_on) = c.opens_on
        && c.today < opens_on
    {
        refusals.push(Refusal::NotYetOpen { opens_on });
    }
    if let Some(deadline) = c.deadline
        && c.today > deadline
    {
        refusals.push(Refusal::AfterDeadline { deadline });
    }
    let code = parsed.actor.clone().unwrap_or_default();
    match (&c.actor, parsed.category) {
        (ActorFact::None, _) => {}
        (ActorFact::Unknown, _) => refusals.push(Refusal::UnknownActor { code }),
        (ActorFact::State { .. }, category) if !category.is_state() => {
            refusals.push(Refusal::NotAnOrganization { code });
        }
        (ActorFact::Organization { .. }, category) if category.is_state() => {
            refusals.push(Refusal::NotAState { code });
        }
        (
            ActorFact::State {
                name,
                party_in_force,
            },
            Category::StateParty,
        ) if !party_in_force => refusals.push(Refusal::NotPartyInForce {
            state: name.clone(),
            day: c.reference_day,
        }),
        (
            ActorFact::State {
                name,
                party_in_force,
            },
            Category::ObserverState,
        ) if *party_in_force => refusals.push(Refusal::PartyNotObserver {
            state: name.clone(),
            day: c.reference_day,
        }),
        _ => {}
    }
    if parsed.category.needs_credentials() && !c.has_credentials {
        refusals.push(Refusal::CredentialsRequired);
    }
    let shown = delegation_name(parsed, &c.actor);
    if let Some(cap) = c.cap
        && c.delegation_count >= usize::try_from(cap).unwrap_or(usize::MAX)
    {
        refusals.push(Refusal::CapReached {
            delegation: shown.clone(),
            cap,
        });
    }
    if parsed.role == DelegationRole::Head && c.delegation_has_head {
        refusals.push(Refusal::HeadAlready { delegation: shown });
    }
    refusals
}

/// The delegation's name as shown: the registry's name, or the organization as typed.
pub fn delegation_name(parsed: &Parsed, actor: &ActorFact) -> String {
    match actor {
        ActorFact::State { name, .. } | ActorFact::Organization { name } => name.clone(),
        _ => parsed.organization.clone(),
    }
}

/// A registration's reference: the meeting's label, the code of its State or organization
/// (`REG` when it has none) and its number among that delegation's registrations for the
/// meeting, four digits: `2ISM-NZL-0003`. It never changes once given.
pub fn reference(label: &str, code: Option<&str>, number: u64) -> String {
    format!("{label}-{}-{number:04}", code.unwrap_or("REG"))
}

/// The changes to a registration that are open to its delegation only until the deadline.
pub fn check_change_window(today: Date, deadline: Option<Date>) -> Result<(), Refusal> {
    match deadline {
        Some(deadline) if today > deadline => Err(Refusal::AfterDeadline { deadline }),
        _ => Ok(()),
    }
}

/// Checks a credentials file by its content: a PDF (it starts with `%PDF-`) of at most 5 MiB.
/// The file's name and declared type are not trusted.
pub fn check_credentials(content: &[u8]) -> Result<(), Refusal> {
    if content.len() > MAX_CREDENTIALS_BYTES {
        Err(Refusal::CredentialsTooLarge)
    } else if !content.starts_with(b"%PDF-") {
        Err(Refusal::CredentialsNotPdf)
    } else {
        Ok(())
    }
}

#[cfg(test)]
#[path = "registration_tests.rs"]
mod tests;
