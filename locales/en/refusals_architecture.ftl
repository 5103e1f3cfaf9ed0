# Refusals of the architecture and offices, accounts and access, meetings (issue 19 item 1).
# Each English message is the store's (or the edge's) sentence word for word.

## Accounts and access: usernames, passwords, roles, API tokens
refuse-account-username = the username "{ $value }" must be 1 to 64 letters, digits, dots, dashes or underscores
refuse-account-password-short = the password must have at least { $min } characters
refuse-account-password-wrong = the current password is not right
refuse-account-password-same = the new password must differ from the current one
conflict-account-username = a user named "{ $value }" already exists
conflict-account-role-held = { $user } already holds that role
refuse-account-convention-unknown = the convention "{ $value }" is not on record
refuse-account-actor-unknown = the actor "{ $value }" is not on record
refuse-account-role-unknown = "{ $value }" is not a role; choose one of admin, isu-staff, president, coordinator, focal-point, observer
refuse-account-role-no-state = the { $role } role acts for no State; leave the State blank
refuse-account-lang-unknown = "{ $value }" is not a language of the product (en, fr, es, ar)
refuse-role-global = the { $role } role applies to every convention; do not name one
refuse-role-needs-convention = the { $role } role needs a convention (for example --convention ccm)
refuse-role-needs-state = the { $role } role needs the State it acts for (for example --actor NZL)
refuse-token-name = give the token a name of 1 to { $max } characters (what it is for)
refuse-token-account-disabled = the account "{ $user }" is disabled; it cannot have tokens
refuse-token-too-many = you already hold { $max } tokens; revoke one you no longer use first
conflict-token-revoked = the token "{ $name }" is already revoked
refuse-account-disable-choice = say whether to disable or enable the account
refuse-account-disable-self = you cannot disable your own account; ask another administrator
refuse-account-password-confirm = the new password and its confirmation differ; type it twice the same

## Meetings: dates, agenda, attendance, minutes
refuse-meeting-closes-before-opens = the meeting closes ({ $closes }) before it opens ({ $opens })
refuse-meeting-closing-needs-opening = a closing day needs an opening day
refuse-meeting-presiding-unknown = "{ $value }" is not an actor in the registry
refuse-meeting-not-a-date = { $field ->
    [opening-day] the opening day
    [closing-day] the closing day
   *[date] the date
  } "{ $value }" is not a date (YYYY-MM-DD)
refuse-meeting-venue-long = the venue is at most { $max } characters
refuse-meeting-kind = choose a kind of meeting
refuse-meeting-number = the number "{ $value }" must be a whole number from 1 to 999
refuse-agenda-item-long = an agenda item is at most { $max } characters: "{ $start }…"
refuse-attendance-not-committee = { $meeting } is not a Coordination Committee meeting
refuse-attendance-undated = { $meeting } has no date yet, so its membership cannot be known
refuse-attendance-no-committee = no Coordination Committee is in the architecture in force on { $day }
refuse-attendance-guest-name = a guest needs a name (an actor code or a person), at most { $max } characters
conflict-attendance-guest = { $guest } is already on the attendance of { $meeting }
refuse-minutes-empty = the minutes are empty
refuse-minutes-unchanged = the minutes are unchanged: nothing to record
refuse-minutes-reason = say why the minutes of { $meeting } change: the earlier version stays readable with your reason

## The architecture: meetings and decisions it records (Proposal 2)
refuse-arch-no-meeting-kind = the architecture of { $convention } has no meetings of kind { $kind }
conflict-arch-meeting-recorded = { $meeting } is already recorded
conflict-arch-decision-number = { $meeting } already has a decision numbered { $number }
refuse-arch-nominee-not-a-state = { $who } is not a State

## Appointments to seats and offices, one by one (P2.4 to P2.7)
refuse-appointment-n = appointment { $n }: { $problem }
refuse-appointment-post = choose a seat or office of the architecture
refuse-appointment-person = give the name of the person
refuse-appointment-holder-unknown = "{ $value }" is not in the actors registry
refuse-appointment-meeting-other = the { $what ->
    [selecting] selecting meeting
   *[presided] meeting presided
  } is not a meeting of { $convention }
refuse-appointment-decision = the decision cited is not on record
refuse-appointment-cycles = give the term length in cycles (1 or more)
refuse-appointment-justification = the justification for setting { $clause } aside must say why ({ $min } characters or more)
refuse-appointment-none = there is no appointment to record
refuse-appointments-none = give at least one appointment (seat and holder)
refuse-appointments-too-many = at most { $max } appointments at once
refuse-appointment-seat-unknown = "{ $seat }" is not a seat of the architecture in force at { $meeting }
refuse-appointment-seat-twice = seat { $seat } is given twice
refuse-appointment-justification-missing = { $clause } may be set aside only with a written justification ({ $min } characters or more) under justifications."{ $clause }"
refuse-appointment-justification-long = the justification for { $clause } is longer than { $max } characters
refuse-appointment-finding = { $clause }: { $finding }
refuse-handover-note-long = the handover note is longer than 20,000 characters
refuse-handover-note-unchanged = the handover note already reads so; nothing to record

## Offices: the President-Designate and the ISU Director (Proposal 3)
refuse-designation-other-convention = { $meeting } is not a meeting of { $convention }
refuse-designation-after-opening = the designation ({ $on }) must come before { $meeting } opens
refuse-designation-before-end = the designation is dated { $on }, before { $meeting } ended
refuse-designation-source = say where the designation is recorded (the source)
refuse-designation-meeting-unknown = the meeting "{ $value }" is not on record
refuse-designation-not-a-date = { $field ->
   *[designation-date] the designation date
  }: "{ $value }" is not a date in the form YYYY-MM-DD
refuse-designation-state = say which State is designated
refuse-director-name = give the Director's name (1 to { $max } characters)
refuse-director-source = say where the appointment is recorded (the source)
refuse-director-overlap = { $holder } is recorded as Director from { $from }, on or after { $on }
