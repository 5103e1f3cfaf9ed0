//! The coordinating committee on a date (P3.2), derived from the offices and seats in force that
//! day under the composition rule of the architecture version then in force. Membership is never
//! typed in by hand. This module must never do I/O.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::architecture::MemberRule;
use crate::office::{Post, Record, Term};

/// Why someone sits on the committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Capacity {
    /// Holds an office (the President chairs).
    Office { office: String, chair: bool },
    /// Held the office until most recently (the outgoing President).
    Outgoing { office: String },
    /// Holds a Coordinator seat.
    Coordinator { seat: String, body: String },
    /// Represents an organization.
    Organization { observer: bool },
}

/// One member of the committee on the date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub actor: String,
    pub capacity: Capacity,
    /// The appointment that gives the seat (none for organizations).
    pub appointment: Option<i64>,
}

/// The committee as it stood on `date`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitteeOn {
    pub date: Date,
    pub name: String,
    pub clause: String,
    pub version: u32,
    pub members: Vec<Member>,
    /// Lines of the rule that nobody filled that day (no President in office, a vacant seat).
    pub unfilled: Vec<Unfilled>,
}

/// A line of the committee's rule that nobody filled, with the preset's English names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Unfilled {
    /// An office nobody held (its name, or its key when the version lacks it).
    Office { name: String },
    /// No past holder of the office (its key).
    Outgoing { office: String },
    /// A vacant Coordinator seat of a body.
    Seat { body: String, seat: String },
}

impl Unfilled {
    /// The line in words, the preset's names passed through `term`; the identity gives the
    /// English ("President-Designate", "outgoing president", "Universalization (b-2)").
    pub fn text(&self, term: &dyn Fn(&str) -> String) -> String {
        match self {
            Unfilled::Office { name } => term(name),
            Unfilled::Outgoing { office } => format!("outgoing {office}"),
            Unfilled::Seat { body, seat } => format!("{} ({seat})", term(body)),
        }
    }
}

impl CommitteeOn {
    pub fn chair(&self) -> Option<&Member> {
        self.members
            .iter()
            .find(|m| matches!(m.capacity, Capacity::Office { chair: true, .. }))
    }
}

/// The committee on `date`, or `None` when the architecture in force that day has none.
pub fn committee_on(record: &Record, date: Date) -> Option<CommitteeOn> {
    let version = record.architecture.version_on(date)?;
    let rule = version.committee.as_ref()?;
    let terms = record.terms();
    let in_force: Vec<&Term> = terms.iter().filter(|t| t.covers(date)).collect();
    let mut members = Vec::new();
    let mut unfilled = Vec::new();
    for line in &rule.members {
        match line {
            MemberRule::Office { office, chair } => {
                let post = Post::Office(office.clone());
                let holders: Vec<&&Term> = in_force.iter().filter(|t| t.post == post).collect();
                if holders.is_empty() {
                    unfilled.push(Unfilled::Office {
                        name: version
                            .office(office)
                            .map_or(office.clone(), |o| o.name.clone()),
                    });
                }
                for t in holders {
                    members.push(Member {
                        actor: t.holder.clone(),
                        capacity: Capacity::Office {
                            office: office.clone(),
                            chair: *chair,
                        },
                        appointment: Some(t.appointment),
                    });
                }
            }
            MemberRule::Outgoing { office } => {
                let post = Post::Office(office.clone());
                let last = terms
                    .iter()
                    .filter(|t| t.post == post && t.end.date().is_some_and(|end| end <= date))
                    .max_by_key(|t| t.end.date());
                match last {
                    Some(t) => members.push(Member {
                        actor: t.holder.clone(),
                        capacity: Capacity::Outgoing {
                            office: office.clone(),
                        },
                        appointment: Some(t.appointment),
                    }),
                    None => unfilled.push(Unfilled::Outgoing {
                        office: office.clone(),
                    }),
                }
            }
            MemberRule::Coordinators => {
                for (body, seat) in version.seats().filter(|(_, s)| s.coordinator) {
                    let post = Post::Seat(seat.key.clone());
                    match in_force.iter().find(|t| t.post == post) {
                        Some(t) => members.push(Member {
                            actor: t.holder.clone(),
                            capacity: Capacity::Coordinator {
                                seat: seat.key.clone(),
                                body: body.key.clone(),
                            },
                            appointment: Some(t.appointment),
                        }),
                        None => unfilled.push(Unfilled::Seat {
                            body: body.name.clone(),
                            seat: seat.key.clone(),
                        }),
                    }
                }
            }
            MemberRule::Organization { actor, observer } => members.push(Member {
                actor: actor.clone(),
                capacity: Capacity::Organization {
                    observer: *observer,
                },
                appointment: None,
            }),
        }
    }
    Some(CommitteeOn {
        date,
        name: rule.name.clone(),
        clause: rule.clause.clone(),
        version: version.version,
        members,
        unfilled,
    })
}
