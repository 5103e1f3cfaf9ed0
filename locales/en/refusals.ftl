# Refusals and form errors: what the store and the web's edge say when input is refused
# (issue 19 item 1). Each message is the English sentence of a `Problem`; the store writes the
# same sentence in Rust, and a test checks that the two agree word for word.

## Fields named in a date that does not read
refuse-not-a-date = { $field ->
    [received-on] the date received
    [new-deadline] the new deadline
    [signature-date] the signature date
    [deposit-date] the deposit date
    [withdrawal-notice-date] the date of the withdrawal notice
    [later-effective-date] the later effective date
    [first-day] the first day
    [new-deadline-asked] the new deadline asked
    [decided-on] the day of the decision
    [new-deadline-granted] the new deadline granted
    [day-it-ends] the day it ends
   *[date] the date
  }: "{ $value }" is not a date in the form YYYY-MM-DD

## Obligations: a submission recorded by the ISU
refuse-submission-kind = choose what was received: a report or an extension granted
refuse-submission-received-missing = give the date the report was received (or the extension decided)
refuse-not-a-year = the year covered "{ $value }" is not a year
refuse-submission-access = choose who may read the reference
refuse-obligation-unknown = "{ $value }" is not an obligation of this convention (known: { $known })
refuse-report-needs-year = { $obligation } covers a calendar year: give the year it covers
refuse-year-not-yearly = only a yearly report covers a year: leave the year out
refuse-year-out-of-range = the year covered ({ $year }) is out of range
refuse-extension-needs-deadline = an extension granted needs the new deadline
refuse-no-extension-rule = { $article } { $obligation } has no extension rule
refuse-deadline-only-extension = only an extension granted has a new deadline
refuse-reference-missing = give the document reference (a symbol or the ISU's file number)
refuse-reference-too-long = the reference is limited to 200 characters, the note to 2000
refuse-reason-correction = say why the record is corrected
conflict-submission-corrected = the submission { $id } was already corrected by { $newer }: correct that one
refuse-not-a-state-obligations = { $who } is not a State: obligations are owed by States

## Universalization: outreach activities and statements of intent
refuse-outreach-kind = Choose what this is: an outreach activity or a statement of intent.
refuse-outreach-date-missing = Give the date (YYYY-MM-DD).
refuse-outreach-not-a-date = The date “{ $value }” is not a date; write it as YYYY-MM-DD.
refuse-outreach-who = Say who acted (or, for a statement of intent, who spoke).
refuse-outreach-who-long = Who is longer than { $max } characters.
refuse-outreach-what = Say what was done or said.
refuse-outreach-what-long = What was done is longer than { $max } characters.
refuse-outreach-group-long = The Working Group is longer than { $max } characters.
refuse-outreach-access = Choose who may read the entry.
refuse-outreach-not-a-state = { $who } is not a State: universalization is about States.
refuse-outreach-reason = Say why the entry is corrected.
refuse-outreach-unchanged = Nothing would change: the correction is the same as the entry.
refuse-outreach-while-party = { $who } was a State Party on { $date }: universalization work is with States not party; date the activity before it joined, or record it elsewhere.

## Participation: signatures, deposits, withdrawals, the list's note, profiles
refuse-deposit-kind = the instrument "{ $value }" is not one of ratification or accession
refuse-event-date-missing = give the date (YYYY-MM-DD)
refuse-event-kind = the event "{ $value }" is not one of signature, deposit or withdrawal-notice
refuse-deposit-kind-missing = say which instrument was deposited: ratification or accession
refuse-profile-kind = the profile "{ $value }" is not one of affected, stockpile-holder, victim-assistance or retention
refuse-profile-choose = choose the profile period to correct
refuse-note-reason = say why the note changes (5 characters or more)
refuse-note-long = the note may be at most 2,000 characters
conflict-signature-on-record = { $who }'s signature on { $date } is already on record; correct the record instead
conflict-deposit-on-record = { $who }'s instrument deposited on { $date } is already on record; correct the record instead
conflict-withdrawal-on-record = { $who }'s withdrawal is already on record; correct the record instead
refuse-withdraw-no-deposit = { $who } has deposited no instrument on record, so it cannot withdraw
refuse-participation-reason = say why the record is corrected (5 characters or more)
refuse-participation-not-a-state = { $who } is not a State; only States sign and deposit
refuse-rules-missing = the entry-into-force and withdrawal rules of { $convention } are not on record, so participation cannot be computed
refuse-later-needs-notice = a later effective date of withdrawal needs the date of the notice
refuse-withdrawal-not-later = the withdrawal takes effect on { $date } by the convention's rule; give an effective date only when it is later (the State then engaged in armed conflict)
refuse-record-unchanged = { $who }'s record already reads so; nothing to record
refuse-profile-reason = say why the profile is corrected (5 characters or more)
conflict-profile-corrected = profile entry { $id } was already corrected; correct the newest one
refuse-profile-source = cite the source of the profile period (1 to 2,000 characters)
refuse-profile-period = the period ends ({ $until }) before it begins ({ $from })

## A row of a participation list (an imported file, or a form's facts checked the same way)
refuse-row-iso3-empty = iso3 is empty
refuse-row-iso3-form = iso3 "{ $value }" is not an ISO 3166-1 alpha-3 code (three capital letters)
refuse-row-iso3-unknown = iso3 "{ $value }" is not a State in the registry
refuse-row-not-a-date = { $column } "{ $value }" is not a date in the form YYYY-MM-DD
refuse-row-deposit-before-signature = ratification_date { $deposit } is before signature_date { $signature }
refuse-row-eif-mismatch = entry_into_force_date { $given } does not follow from the deposit on { $deposit }: the convention's rule gives { $computed }
refuse-row-eif-without-deposit = entry_into_force_date is given without a ratification_date
refuse-row-withdrawal-early = withdrawal_effective_date { $effective } is earlier than the convention allows after notice on { $notice } ({ $computed })
refuse-row-notice-before-deposit = withdrawal_notice_date is before the deposit
refuse-row-no-dates = the row has no signature, ratification or withdrawal date
refuse-row-deposit-kind = deposit_kind "{ $value }" is neither ratification nor accession

## Extension requests (Art. 4 and the like)
refuse-ext-obligation-unknown = "{ $value }" is not an obligation whose deadline may be extended (known: { $known })
refuse-ext-content-unknown = ({ $key }) is not a content of { $article } requests
refuse-ext-content-long = ({ $key }) is limited to { $max } characters
refuse-ext-meeting-kind = { $meeting } does not decide extension requests: choose a Meeting of States Parties or a Review Conference
refuse-state-unknown = "{ $value }" is not a State on record
refuse-ext-not-a-state = { $who } is not a State: a State requests an extension
conflict-ext-decided = the request { $id } was decided: it is kept as the meeting decided it
refuse-ext-frozen = a submitted request is frozen: say why it is corrected
refuse-ext-draft-analysis = the request is a draft: the analysis follows its submission
refuse-ext-document-unknown = { $symbol } is not a document on record: record or upload it first
refuse-ext-document-meeting = { $symbol } is not a document of the meeting that decides the request
refuse-ext-draft-decision = the request is a draft: only a submitted request is decided
conflict-ext-already-decided = the request { $id } was already decided
refuse-ext-decision-reference = cite the decision (1 to 200 characters)
refuse-ext-benchmarks-long = the benchmarks are limited to { $max } characters
refuse-ext-decided-on = give the day of the decision
refuse-ext-grant-deadline = a grant needs the new deadline
refuse-ext-grant-not-later = the new deadline must be later than the deadline in force ({ $date })
refuse-ext-grant-more = the meeting may grant less time than asked, not more (asked: { $date })
refuse-ext-refusal-deadline = a refusal has no new deadline
refuse-ext-outcome = the outcome is granted or refused, not "{ $value }"

## Files attached to a report, a request or a message
refuse-files-too-many = { $count } files are attached; at most { $max } more are accepted here.
refuse-file-empty = Attachment { $n } is empty.
refuse-file-too-large = Attachment { $n } is { $size } MiB; at most { $max } MiB are accepted.
refuse-file-kind = Attachment { $n } is not a PDF, a Word document (DOCX) or plain UTF-8 text.
refuse-file-none = Choose a file to attach.
refuse-the-file-empty = the file is empty
refuse-the-file-too-large = the file is { $size } MiB; at most { $max } MiB are accepted
refuse-the-file-kind = the file is not a PDF, a Word document (DOCX) or plain UTF-8 text
refuse-the-file-unreadable = the file cannot be read: { $why }

## Transparency reports filled online
refuse-report-obligation-unknown = "{ $value }" is not an obligation reported on forms (known: { $known })
refuse-report-year-ended = the year covered ({ $year }) must be a year that has ended, not before 1990
refuse-report-access = a report is public or restricted to States Parties
refuse-report-access-typed = a report is public or states-parties (restricted to States Parties), not "{ $value }"
refuse-report-received-own = only a report entered by the ISU on a State's behalf gives the day it was received
refuse-report-received-future = the day received ({ $date }) is in the future
refuse-report-not-a-state = { $who } is not a State: a State reports
conflict-report-exists = { $who } already has this report (number { $id }): open it to edit or correct it
refuse-report-frozen = a submitted report is frozen: say why it is corrected
refuse-report-access-kept = the access level was chosen when the report was submitted: a correction keeps it
refuse-report-frozen-file = a submitted report is frozen: say why the file is added
refuse-report-mark = Form { $form }: the mark is changed, unchanged or not-applicable, not "{ $value }"

## Requests for advice to the ISU
refuse-advice-body-empty = Write the message; it is empty.
refuse-advice-body-long = The message is longer than { $max } characters; attach a file instead.
refuse-advice-state = “{ $value }” is not a State of the registry; choose the requesting State.
refuse-advice-theme = Choose the theme the request concerns (one of { $known }).
refuse-advice-subject = Give the request a subject.
refuse-advice-subject-long = The subject is longer than { $max } characters.
refuse-advice-closed-add = This request is closed; nothing more can be added. Ask a new question instead.
refuse-advice-author = Only its author ({ $who }) corrects a message.
refuse-advice-closed-revise = This request is closed; its messages stay as they are.
refuse-advice-corrected = This message was corrected already (message { $id }); correct the latest version.
refuse-advice-assignee = “{ $value }” is not an ISU staff account of { $convention }; choose one of the ISU's.
refuse-advice-closed-assign = This request is closed; it needs no holder.
refuse-advice-closed = This request is closed already.
refuse-advice-shared-already = The exchange is shared with all States Parties already.
refuse-advice-confidential-already = The exchange is confidential already.

## Registration (P1.1) and nominations (P2.4)
conflict-registered-once = { $email } is already registered for { $meeting }; a person registers once per meeting.
refuse-registration-deadline = the deadline cannot be before registration opens
refuse-registration-cap = a cap of 0 would refuse everyone; leave it empty for no cap
refuse-registration-none = choose at least one registration
conflict-registration-decided = registration { $reference } is already { $status }; only a pending registration can be decided
refuse-nomination-no-seat = choose at least one seat
refuse-nomination-too-many = choose at most 20 seats
refuse-nomination-seat-twice = each seat is chosen once
refuse-nomination-order = the order of preference runs 1 to { $count } without gaps or repeats
refuse-nomination-other-meeting = { $meeting } is not a meeting of { $convention }
refuse-meeting-not-on-record = { $meeting } is not on record
refuse-nominations-closed = { $meeting } opened on { $date }; nominations for it are closed
refuse-nomination-statement-long = the statement is longer than { $max } characters
refuse-with-clause = { $problem } ({ $clause })
conflict-nomination-standing = { $who } already has a standing nomination for { $meeting }; withdraw it first to nominate again
conflict-nomination-withdrawn = the nomination of { $who } for { $meeting } is already withdrawn
refuse-nomination-withdraw-late = { $meeting } opened on { $date }: a nomination can be withdrawn only until the meeting opens

## Decisions of formal meetings and the Coordination Committee
refuse-decision-title = a decision needs a title of 1 to 500 characters
refuse-decision-text = a decision needs its text in at least one language
refuse-decision-language = "{ $value }" is not one of the six UN languages (ar, zh, en, fr, ru, es)
refuse-decision-text-long = the text in { $lang } is longer than 50,000 characters
refuse-decision-agenda-item = agenda item { $id } is not an item of the agenda of { $meeting }
refuse-decision-document = document { $id } is not a document on record
refuse-decision-supersede-itself = a decision cannot supersede itself
refuse-decision-superseded-unknown = decision { $id } is not a decision of this convention on record
refuse-decision-date = the decision is dated { $date }, outside the dates of { $meeting } on record
refuse-decision-meeting-kind = { $meeting } is not a meeting that adopts decisions (a Meeting of States Parties, a Review Conference, an extraordinary Meeting or the Coordination Committee)
refuse-decision-number = a decision's number is from 1 to 10,000
refuse-decision-reason = say why the decision is corrected (5 characters or more)
refuse-decision-unchanged = the correction changes nothing: the decision already reads so
conflict-decision-number = { $meeting } already has a decision numbered { $number }; correct it instead

## Documents and follow-up actions
refuse-document-title = a title of 1 to 500 characters is needed
refuse-document-submitter = the submitter is at most 200 characters
conflict-document-exists = { $symbol } is already on record
refuse-document-revises-unknown = { $symbol } revises or corrects { $earlier }, which is not on record; record it first
conflict-document-version = { $symbol } already has a version in "{ $lang }"; nothing is overwritten: record a corrigendum
refuse-action-title = an action needs a title of 1 to 500 characters
refuse-action-source = an action is raised by a decision or by a meeting's minutes
refuse-action-owner-state = "{ $value }" is not a State in the registry
refuse-action-owner-seat = "{ $value }" is not a Coordinator seat
refuse-version-title-long = the title in this language is at most 500 characters
refuse-version-no-file = Choose the file of this language version.
