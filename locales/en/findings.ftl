# Rule findings (issue 19): one message per id of treatydesk_domain::finding::ALL_IDS. The English
# text is the domain's sentence, word for word (a test renders the demo's findings and compares).

## Proposal 2 (rules.rs)
finding-p2-5-term-not-computable = The term of { $post } cannot be worked out: { $why }.
finding-p2-3-vacant-since = { $title } seat { $seat } of { $body } has been vacant since { $from } (no appointment on record).
finding-p2-3-vacant-from-to = { $title } seat { $seat } of { $body } was vacant from { $from } to { $to } (no appointment on record).
finding-p2-4-not-a-state = { $who } is not a State; a Coordinator is from a State Party.
finding-p2-4-not-in-registry = "{ $code }" is not in the registry of States.
finding-p2-4-party-unconfirmed = Cannot confirm that { $who } was a State Party in force on { $date }, the first day of its term: its participation is not on record for that date.
finding-p2-4-not-party = { $who } was not a State Party in force on { $date }, the first day of its term (status: { $status }).
finding-p2-4-no-selecting-meeting = The appointment of { $who } names no meeting that selected it.
finding-p2-4-meeting-does-not-select = { $who } was selected by { $meeting }, which is not a meeting that selects Coordinators (a Meeting of States Parties or a Review Conference).
finding-p2-4-decision-of-other-meeting = The appointment of { $who } cites decision { $decision } of another meeting, not of { $meeting }.
finding-p2-4-no-decision = The appointment of { $who } by { $meeting } cites no decision of that meeting.
finding-p2-5-before-architecture = { $who }'s term starts on { $date }, before the architecture took effect.
finding-p2-5-no-such-seat = There is no seat "{ $seat }" in version { $version } of the architecture.
finding-p2-5-term-length-first-round = { $who }'s term on { $body } as { $seat } lasts { $given } cycle(s), but in the first round this seat serves { $expected } cycle(s) so that the two terms of { $body } alternate.
finding-p2-5-term-length = { $who }'s term on { $body } as { $seat } lasts { $given } cycle(s), but the architecture in force gives this seat terms of { $expected } cycle(s).
finding-p2-5-staggered = Both seats of { $body } were filled at { $meeting } ({ $holders }); after the first round the two terms start in alternating cycles.
finding-p2-5-affected-state = After { $meeting }, no Coordinator of { $body } is from an affected State Party, although { $nominees } (affected) was nominated.
finding-p2-6-cooling-off = { $who } provided a Coordinator ({ $previous }) for the term that ended at { $meeting }, and takes { $seat } for the term immediately following; this needs a recorded necessity.

## P2.4 at nomination (record_kept.rs)
finding-p2-4-nominee-not-a-state = { $who } is not a State; only a State Party may be nominated.
finding-p2-4-nominee-not-in-registry = "{ $code }" is not in the registry of States.
finding-p2-4-nomination-meeting-does-not-select = { $meeting } does not select Coordinators, so no nomination can be made for it.
finding-p2-4-nomination-no-such-seat = { $seat } is not a seat of the architecture in force at { $meeting }.
finding-p2-4-nomination-first-day-unknown = The first day of the term given by { $meeting } cannot be worked out from the meetings on record, so it cannot be confirmed that { $who } will be a State Party in force then.
finding-p2-4-nominee-party-unconfirmed = Cannot confirm that { $who } will be a State Party in force on { $date }{ $expected ->
        [true] {" "}(expected)
       *[false] {""}
    }, the first day of the term: its participation is not on record for that date.
finding-p2-4-nominee-not-party = { $who } will not be a State Party in force on { $date }{ $expected ->
        [true] {" "}(expected)
       *[false] {""}
    }, the first day of the term (status then: { $status }), so it cannot hold a Coordinator seat.

## Meetings (schedule.rs)
finding-meeting-venue-none = The { $meeting } has no venue on record; it sits in { $city }.
finding-meeting-venue-elsewhere = The { $meeting } has venue { $venue }; it sits in { $city }.
finding-meeting-closes-before-opens = The { $meeting } closes before it opens.
finding-meeting-outside-window = The { $meeting } sits from { $opens } to { $closes }; every meeting day must fall between { $from } and { $to }.
finding-meeting-too-long = The { $meeting } sits { $days } meeting days; at most { $max } are allowed.
finding-meeting-half-day-whole-day = The { $meeting } must sit for half a day (one morning or one afternoon); it is recorded as a whole day.
finding-meeting-half-day-span = The { $meeting } must sit for half a day (one morning or one afternoon); it is recorded as { $opens } to { $closes }.
finding-record-held-before-opening = The { $meeting } is recorded as { $status } but opens on { $opens }.
finding-record-closed-still-planned = The { $meeting } closed on { $closes } but is still recorded as { $status }.
finding-p3-1-chair-mismatch = The { $meeting } is recorded as chaired by { $recorded }, but { $holder } holds the office of { $office } on { $date }.
finding-p3-1-chair-derived = The { $meeting } has no chair on record; { $holder } holds the office of { $office } on { $date } and chairs it.
finding-p3-1-no-chair = No one holds the office of { $office } on { $date }, so no one can chair the { $meeting }.
finding-art-11-first-msp-late = The { $meeting } opened on { $opens }; the first Meeting of States Parties is due within { $months } months of entry into force ({ $eif }), by { $due }.
finding-art-11-no-first-msp = No first Meeting of States Parties is on record; it was due by { $due }.
finding-art-12-review-year = The { $meeting } opened in { $opened }; the first Review Conference falls { $years } years after entry into force, in { $due }.
finding-art-11-no-msp-in-year = No Meeting of States Parties is on record for { $year }; they meet every year until the first Review Conference.
finding-art-11-several-in-year = { $count } formal meetings are on record for { $year } ({ $meetings }); the rule is one a year.
finding-meeting-yearly-none = No { $kind } is on record for { $year }; one is held every year.
finding-meeting-yearly-several = { $count } meetings of kind { $kind } are on record for { $year } ({ $meetings }); one a year is the rule.

## P1.3 (schedule/adjacent.rs)
finding-p1-3-not-consecutive = The { $meeting } is not held next to the other { $city } meetings of { $year }: { $others }.{ $advice }
finding-p1-3-other-meeting = { $title } ({ $convention }), { $opens } to { $closes }
finding-p1-3-no-adjacent-dates = {" "}No adjacent dates keep the meeting's own rules.
finding-p1-3-adjacent-dates = {" "}Adjacent dates that keep its rules: { $dates }.
finding-p1-3-suggestion = { $opens } to { $closes } ({ $position } { $next_to })
