# The architecture: bodies, seats, offices, terms, the Committee, findings, the timeline.
nav-architecture = Architecture
nav-committee = Committee
arch-title = Architecture
arch-version = Version
arch-effective = in force from
arch-adopted-by = Adopted by
arch-versions = Versions of the architecture
arch-bodies = Bodies and seats
arch-offices = Offices
arch-rules = Rules
arch-committee-rule = Composition of the committee
arch-within = meets within { $value }
arch-staggered = staggered terms
arch-no-seats = This body has no seats of its own.
arch-seats-caption = Seats of { $value } and who holds them on the date
arch-record-appointments = Record the appointments of { $value }
body-kind-working-group = Working Group
body-kind-thematic-area = Thematic area
body-kind-standing-committee = Standing Committee
body-kind-group-of-experts = Group of experts
rule-affected = When possible, one Coordinator of each group is from an affected State Party (P2.5).
rule-cooling-off = Except when necessary, a State that provided a Coordinator does not provide one for the term immediately following (P2.6).
cycles = { $count ->
    [one] { $count } cycle
   *[other] { $count } cycles
}
renewable = renewable
first-round = first round
expected = expected
vacant = Vacant
not-on-record = Not on record.
none-cited = none cited
col-seat = Seat
col-term = Term
col-holder = Holder
col-since = From
col-office = Office
col-post = Seat or office
col-selected-at = Selected at
col-decision = Decision
seat-history = Terms of this seat
handover-heading = Handover notes (P2.7)
handover-restricted = Handover notes are for the President, the Coordinators and the ISU.
handover-none = No handover note yet.
handover-earlier = Earlier versions
handover-by = Written by
handover-write = Handover note for the next holder
handover-help = What is under way, contacts and documents the next Coordinator needs.
handover-save = Save the note
handover-saved = The handover note is saved.
committee-title = Coordination Committee
committee-derived = Membership is derived from the offices in force on the date ({ $value }), never typed in.
committee-caption = Members on { $value }
committee-unfilled = Not filled on this date
col-member = Member
col-capacity = Capacity
col-detail = Seat or office
capacity-chair = Chair
capacity-office = Office holder
capacity-outgoing = Outgoing office holder
capacity-coordinator = Coordinator
capacity-organization = Organization
observer = observer
findings-title = Rule findings
findings-as-of = Judge vacancies up to
findings-errors = { $count ->
    [one] { $count } error stands
   *[other] { $count } errors stand
}
findings-warnings = { $count ->
    [one] { $count } warning stands
   *[other] { $count } warnings stand
}
findings-info = { $count ->
    [one] { $count } finding for information
   *[other] { $count } findings for information
}
col-severity = Severity
col-clause = Clause
col-finding = Finding
col-override = Override
severity-error = Error
severity-warning = Warning
severity-info = Information
overridden = Set aside
timeline-title = Terms of office over time
timeline-figure = One row per seat or office, one bar per term; dashed bars end on an expected date, the red dashed line is today.
timeline-table-link = The same facts as a table.
timeline-caption = Every term of office, in order of start
state-seats-heading = Seats and offices held
state-seats-none = No seat or office on record.

# Issue 19 item 2: a preset name shown in English because the preset lacks the reader's language (ISU staff see this).
term-fallback = { $value } (in English: the preset has no name in this language)
committee-unfilled-outgoing = outgoing { $value }
# The composition rule of the coordinating committee, line by line (P3.2).
committee-rule-chair = { $value } (chair)
committee-rule-outgoing = the outgoing { $value }
committee-rule-coordinators = every Coordinator in office
committee-rule-organization = a representative of { $value }
committee-rule-observer = a representative of { $value } (observer)
committee-none-on = There was no coordinating committee on { $value }.
# One bar of the timeline, as its tooltip says it.
timeline-term = { $holder }: { $start } to { $end }
timeline-term-expected = { $holder }: { $start } to { $end } (expected)
timeline-term-open = { $holder }: { $start } to open
