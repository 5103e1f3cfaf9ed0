# The rotation planner.
plan-title = Rotation planner for { $value }
plan-intro = The seats that fall vacant at this meeting, the nominations for them, and the best slates that break no hard rule (P2.4, P2.6), ranked by the soft goals: a Coordinator from an affected State in every group (P2.5), no State with two seats at once, balance across UN regional groups, and nominees' preferences.
plan-horizon = Keep later cycles fillable under P2.6 for
plan-run = Plan
plan-slate = Slate { $value }
plan-penalty = { $value } points against it (fewer is better)
plan-proved = Proved optimal: no other slate that keeps every binding rule has fewer points against it.
plan-why = Why it ranks here
plan-no-penalty = No points against it: every goal is met.
plan-no-vacancy = No seat falls vacant at this meeting.
plan-nominees = Nominees
plan-no-nominees = No nomination is on record for this meeting.
plan-affected = Affected
plan-choices = Seats chosen (preference)
plan-continuing = Holders who stay
col-body = Body
nav-plan = Plan the next rotation
plan-not-proved = Not proved optimal: the search stopped after 2 seconds. The best slate may have up to { $value } fewer points against it than slate 1.
plan-necessity = Needs a recorded necessity (P2.6, the term immediately following): { $value }

## The planner's reasons, notes and refusals (issue 19): the English is the domain's sentence,
## word for word (crates/domain/src/rotation.rs, rotation/from_record.rs).
plan-item-seat = { $seat }
plan-item-state-for-seat = { $state } for { $seat }
plan-item-seat-at-cycle = { $seat } at cycle +{ $cycle }
plan-item-choice = { $state } (choice { $choice } for { $seat })
plan-item-state-seats = { $state } ({ $count } seats)
plan-item-group-seats = { $group ->
    [african] African Group
    [asia-pacific] Asia-Pacific Group
    [eastern-european] Eastern European Group
    [latin-american-and-caribbean] Latin American and Caribbean Group
    [western-european-and-others] Western European and Others Group
   *[other] { $group }
} { $count }
plan-reason-vacant = P2.3: { $seats } left vacant (no eligible nominee placed).
plan-reason-necessity = P2.6: only States whose Coordinator term ends at this meeting were nominated, so { $items } would serve the term immediately following; this needs a recorded necessity.
plan-reason-no-affected = P2.5: no Coordinator of { $body } would be from an affected State, although { $who } (affected) was nominated.
plan-reason-later-cycle = P2.6 ahead: every nominee for { $items } would end a term at that meeting, so none could take the seat then.
plan-reason-two-seats = A State would hold two seats at once: { $items }.
plan-reason-regional-balance = Regional balance: an even share is { $share } { $share ->
    [one] seat
   *[other] seats
} per UN regional group; over it: { $items }.
plan-reason-preference = Not every nominee gets its first choice: { $items }.
plan-note-outgoing = { $state }'s Coordinator term ends at this meeting: P2.6 bars it from every seat now, unless no other nominee can take one.
plan-note-outgoing-seat = { $state }'s Coordinator term on { $seat } ends at this meeting: P2.6 bars it from every other seat now{ $renewable ->
    [true] {" "}(it may renew this one)
   *[other] {""}
}.
plan-note-necessity-recorded = { $state } may stand despite P2.6: the necessity is recorded.
plan-note-staggered = P2.5: the seats of { $body } are staggered, so only one of them may be filled at this meeting.
plan-note-not-proved = Not proved optimal: the search stopped at its deadline of { $ms } ms after { $nodes } nodes; the best slate may be up to { $gap } better than the first one shown.
plan-note-nominations = Nominations: { $note }
plan-note-party-unconfirmed = Cannot confirm that { $state } is a State Party in force on the day of selection (P2.4); it is kept among the nominees.
plan-note-not-party = { $state } is left out: it is not a State Party in force (status: { $status ->
    [not-party] not a party
    [signatory] signatory
    [ratified-not-in-force] ratified, not yet in force
    [withdrawn] withdrawn
   *[other] { $status }
}, P2.4).
plan-note-choices-left-out = { $state } chose seats that do not fall vacant at { $meeting }; those choices are left out.
plan-refuse-no-date = { $meeting } has no date, and none can be expected from the cycle.
plan-refuse-no-architecture = No architecture was in force at { $meeting }: there were no seats to fill.
plan-refuse-not-selecting = { $meeting } is not a meeting that selects Coordinators.
