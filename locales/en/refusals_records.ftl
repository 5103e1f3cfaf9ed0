# Refusals of the record kept by its users (issue 19 item 1): statements, liaison, reviews,
# messages, programmes, preparation, delegations, participation files and document symbols.
# Each English message writes the store's (or the domain's, or the web's) sentence word for
# word; a test checks it.
## Statements of delegations (P1.2)
refuse-statement-session = Session { $session } is not in the programme of { $meeting }; choose a session of this meeting.
refuse-statement-speaker = The speaker chosen is not on the session “{ $session }”; choose one of its speakers.
refuse-statement-other-state = A focal point records statements for its own State only ({ $mine }); { $speaker } speaks for { $theirs }.
refuse-statement-no-state = A focal point records statements for its own State only ({ $mine }); { $speaker } speaks for no State.
refuse-statement-language = “{ $value }” is not one of the six UN languages ({ $known }); choose the language of the statement.
refuse-statement-title = Give the statement a title.
refuse-statement-title-long = The title is longer than { $max } characters.
refuse-statement-file-empty = Choose the file of the statement; the file given is empty.
refuse-statement-file-large = The file is { $size } MiB; at most { $max } MiB are accepted.
refuse-statement-file-kind = The file is not a PDF, a Word document (DOCX) or plain UTF-8 text.
refuse-statement-withdrawn = This is a withdrawal already; there is nothing to withdraw.
refuse-statement-replaced = This version was replaced by a later one ({ $id }); withdraw the current version instead.
refuse-statement-withdraw-other = A focal point withdraws statements of its own State only; { $speaker } speaks for { $theirs }.
refuse-statement-withdraw-no-state = A focal point withdraws statements of its own State only; { $speaker } speaks for no State.

## Liaison with organizations (P4.4(g)): roles, contacts and the ISU's contact log
refuse-liaison-give = Give the { $field ->
    [role] role
    [source] source
    [name] name
    [function] function
    [isu-person] ISU person
    [counterpart] person contacted
    [summary] summary
   *[other] { $field }
  }.
refuse-liaison-long = The { $field ->
    [role] role
    [source] source
    [name] name
    [function] function
    [isu-person] ISU person
    [counterpart] person contacted
    [summary] summary
    [follow-up] follow-up action
   *[other] { $field }
  } is longer than { $max } characters.
refuse-liaison-date-missing = Give the { $field ->
    [contact-date] date of the contact
   *[other] { $field }
  } (YYYY-MM-DD).
refuse-liaison-not-a-date = The { $field ->
    [start-date] start date
    [end-date] end date
    [contact-date] date of the contact
    [due-date] due date
   *[other] { $field }
  } “{ $value }” is not a date; write it as YYYY-MM-DD.
refuse-liaison-period = The end comes before the start; check the dates.
refuse-liaison-due-needs-action = A due date needs the follow-up action it is for.
refuse-liaison-no-follow-up = This contact has no follow-up action to mark.
refuse-liaison-done-already = The follow-up action is marked done already.
refuse-liaison-not-done = The follow-up action is not marked done.

## Review items of a Review Conference
refuse-review-not-a-review-conference = { $meeting } is not a Review Conference: reviews of the architecture are held at one
refuse-review-subject = choose what is reviewed: the intersessional programme, the Working Groups, the Coordination Committee or the ISU
refuse-review-empty = give the background documents or the outcome (or both)
refuse-review-text-long = each text may have up to { $max } characters
refuse-review-decision-unknown = there is no decision { $id } in { $convention }
refuse-review-version-unknown = there is no architecture version { $version } on record
refuse-review-reason = this subject already has a review item: say why you correct it (5 characters or more)

## Messages to an audience, and a person's contact address
refuse-audience-needs-meeting = the audience "{ $kind }" needs a meeting
refuse-audience-needs-group = the audience "{ $kind }" needs a Working Group
refuse-audience-unknown = "{ $value }" is not an audience; choose one of { $known }
refuse-email-address = "{ $value }" is not an e-mail address
refuse-audience-no-architecture = no architecture of { $convention } is in force on { $on }
refuse-audience-group-unknown = there is no Working Group "{ $body }" in the architecture in force on { $on }
refuse-message-original = the original ({ $lang ->
    [fr] Français
    [es] Español
    [ar] العربية
   *[en] English
  }) needs a subject and a text
refuse-message-version-empty = the { $lang ->
    [fr] Français
    [es] Español
    [ar] العربية
   *[en] English
  } version needs both a subject and a text
refuse-message-version-long = the { $lang ->
    [fr] Français
    [es] Español
    [ar] العربية
   *[en] English
  } version is too long (subject up to { $subject } characters, text up to { $body })
refuse-audience-empty = nobody is in the audience "{ $kind }" on { $on }: the message was not sent

## A meeting's programme: sessions and speakers
refuse-session-named = “{ $title }” ({ $day }, { $starts }–{ $ends })
refuse-session-overlap = { $first } and { $second } overlap in room { $room }; move one of them to another time or room.
refuse-session-untitled = A session on { $day } has no title.
refuse-session-outside-meeting = { $session } is not on a day of { $meeting }, which runs from { $opens } to { $closes }.
refuse-session-meeting-undated = { $meeting } has no dates on record, so { $session } cannot be placed on one of its days.
refuse-session-hours = { $session } must start before it ends.
refuse-session-body-unknown = { $session }: there is no body “{ $key }” in the architecture in force on { $day }.
refuse-session-body-is-area = { $session }: { $area } is a thematic area; choose it as the session's thematic area and its group as the body.
refuse-session-area-unknown = { $session }: there is no thematic area “{ $key }” in the architecture in force on { $day }.
refuse-session-area-not-area = { $session }: { $body } is not a thematic area; choose it as the session's body.
refuse-session-area-body = { $session }: the thematic area { $area } is discussed within the time of { $parent }, so its body must be { $parent } or none (P2.2).
refuse-session-area-outside = { $session }: the thematic area { $area } is discussed within the time of { $parent } (P2.2); place it wholly inside a session of { $parent } on { $day }.
refuse-programme-session-title = Give the session a title.
refuse-programme-session-room = Give the room the session is held in.
refuse-programme-title-long = The title is longer than { $max } characters.
refuse-programme-room-long = The room is longer than { $max } characters.
refuse-programme-description-long = The description is longer than { $max } characters.
refuse-programme-session-has-statements = “{ $title }” has statements on record ({ $count }); a session where statements were delivered stays on the programme: change it instead of deleting it.
refuse-programme-speaker-name = Give the speaker's name.
refuse-programme-name-long = The name is longer than { $max } characters.
refuse-programme-capacity-long = The role or capacity is longer than { $max } characters.
refuse-programme-speaker-actor = “{ $value }” is not in the actors registry.

## A meeting's preparation checklist
refuse-preparation-long = the title and the owner may have up to { $max } characters
refuse-preparation-title = an added item needs a title

## A participation file imported (one line per State)
refuse-import-rules-missing = this convention's entry-into-force and withdrawal rules are not on record, so participation dates cannot be checked; add them to its preset first
refuse-import-line-unreadable = line { $line }: { $why }
refuse-import-state-twice = line { $line }: { $state } appears more than once in the file
refuse-import-line = line { $line }: { $problem }
refuse-import-no-rows = the file has a header but no rows

## Document symbols (CCM/MSP/2011/WP.3)
refuse-symbol-form = "{ $value }" is not a document symbol: segments are separated by single slashes, as in CCM/MSP/2011/WP.3
refuse-symbol-treaty = "{ $value }" is not a treaty prefix (capital letters, such as CCM)
refuse-symbol-number = "{ $value }" is not a document number (a number such as 5, or a series such as WP.3)
refuse-symbol-out-of-place = "{ $value }" is out of place in "{ $symbol }"
refuse-symbol-none-free = no document number is free after { $used } under { $root }

## A delegation posted by its focal point (the registration rules of P1.1, person by person)
refuse-delegation-person = person { $person }: { $problem }
refuse-delegation-empty-post = a post names at least one person
refuse-delegation-required = The field "{ $field }" is required.
refuse-delegation-too-long = The field "{ $field }" is longer than { $max } characters.
refuse-delegation-category = Choose one of the categories listed.
refuse-delegation-role = Choose head of delegation, member or adviser.
refuse-delegation-email = The e-mail address must look like name@example.org, without spaces.
refuse-delegation-unknown-actor = "{ $value }" is not a State or organization in the registry.
refuse-delegation-not-a-state = { $value } is not a State.
refuse-delegation-not-an-organization = { $value } is not an organization.
refuse-delegation-not-party = { $state } is not a State Party in force on { $day }; it may register as an observer State.
refuse-delegation-party-not-observer = { $state } is a State Party in force on { $day }; it registers as a State Party.
refuse-delegation-credentials-required = A State's delegation must attach its credentials (a note verbale) as a PDF.
refuse-delegation-credentials-not-pdf = The credentials file is not a PDF.
refuse-delegation-credentials-too-large = The credentials file is larger than 5 MiB.
refuse-delegation-not-yet-open = Registration opens on { $day }; please come back then.
refuse-delegation-after-deadline = Registration closed on { $day }; late registrations are not accepted.
refuse-delegation-cap = { $delegation } already has { $cap } registrations, the most a delegation may have.
refuse-delegation-head = { $delegation } already has a head of delegation.
refuse-delegation-not-open = Registration for this meeting is not open.
refuse-delegation-reason-required = Say why, in a few words.
refuse-delegation-not-active = { $reference } is refused or withdrawn; only a pending or approved registration can be changed.
refuse-delegation-duplicate = { $email } is already registered for this meeting; a person registers once per meeting.
refuse-delegation-nobody-listed = List at least one person: a family name, a given name, an e-mail address and a role.

## The web's forms and JSON bodies of these rooms
refuse-notice-original-lang = "{ $value }" is not a language of the product (en, fr, es, ar)
refuse-notice-version-twice = the { $lang ->
    [fr] Français
    [es] Español
    [ar] العربية
   *[en] English
  } version is given twice
refuse-notice-version-lang = "{ $value }" is not a language of the product
refuse-review-not-a-number = "{ $value }" is not { $field ->
    [decision] a decision's number
   *[architecture-version] an architecture version's number
  }
refuse-review-subject-typed = "{ $value }" is not a subject of review
refuse-decision-symbol-unknown = no document with the symbol { $symbol } is on record
refuse-decision-meeting-unknown = the meeting "{ $value }" is not on record
refuse-decision-reference-unknown = "{ $value }" is not a decision on record; write the meeting and the number, as 2MSP/3
refuse-decision-agenda-typed = "{ $value }" is not an agenda item
refuse-decision-number-typed = "{ $value }" is not a decision number (a whole number from 1)
refuse-report-own-state = A focal point reports for its own State only ({ $states }).
refuse-extension-own-state = A focal point files for its own State only ({ $states }).
refuse-advice-own-state = A focal point asks for its own State only ({ $states }).
refuse-nomination-state-missing = name the State nominated (state, its alpha-3 code)
refuse-delegation-lang = lang "{ $value }" is not one of en, fr, es, ar
refuse-delegation-decision = decision "{ $value }" is not approve or refuse
refuse-list-page = The page "{ $page }" is not a page number (1, 2, 3...).
