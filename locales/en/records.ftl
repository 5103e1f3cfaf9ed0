# Documents, the decisions register, follow-up actions and search (issue 5).
nav-documents = Documents
nav-search = Search
doc-title = Documents
doc-atom = Atom feed of new documents
doc-new = Record a document
doc-kind = Type
doc-all-kinds = all types
doc-count =
    { $count ->
        [one] One document
       *[other] { $count } documents
    }
doc-symbol = Symbol
doc-doc-title = Title
doc-issued = Issued
doc-languages = Language versions
doc-language = Language
doc-submitter = Submitted by
doc-revises = Revises or corrects
doc-revised-by = Revised or corrected by
doc-no-versions = No language version yet.
doc-add-version = Add a language version
doc-file = File (PDF, DOCX or text)
doc-pick-meeting = Meeting
doc-suggest = Suggest a symbol
doc-next-free = Next free symbols:
doc-symbol-hint = As the UN writes it: CCM/MSP/2012/5, CCM/MSP/2011/WP.3/Rev.1, CCM/CONF/2015/PM.1/2.
doc-record = Record the document
doc-kind-agenda = agenda
doc-kind-programme = programme of work
doc-kind-working-paper = working paper
doc-kind-report = report
doc-kind-decision = decision
doc-kind-statement = statement
doc-kind-minutes = minutes
doc-kind-note-verbale = note verbale
doc-kind-other = other
doc-lang-ar = Arabic
doc-lang-zh = Chinese
doc-lang-en = English
doc-lang-fr = French
doc-lang-ru = Russian
doc-lang-es = Spanish
dec-title = Decisions register
dec-number = No.
dec-text = Decision
dec-adopts = Documents adopted
dec-superseded = superseded by
act-title = Follow-up actions
act-action = Action
act-owner = Owner
act-owner-code = Owner (seat key or State code)
act-owner-isu = ISU
act-owner-coordinator = Coordinator
act-owner-state = State
act-due = Due
act-overdue = overdue
act-status-open = open
act-status-done = done
act-status-cancelled = cancelled
act-mark-done = Mark done
act-raised-by = Raised by
act-add = Raise an action
act-meeting = Meeting whose minutes raise it
act-due-before = Actions due before this meeting
search-title = Search
search-words = Words to find
search-button = Search
search-results =
    { $count ->
        [one] One result
       *[other] { $count } results
    }
search-clear = clear the filters
search-facets = Narrow the results
search-prev = Previous
search-next = Next
mtg-documents = Documents by agenda item
mtg-decisions = Decisions
mtg-other-documents = Not on an agenda item
map-title = States Parties map
map-caption = Status of each State on { $value }
map-desc = A world map: each State is coloured by its status under the convention; the table below gives the same facts.
map-source = Outlines: world-countries (ODbL), simplified. Borders are shown for orientation only.
map-status-party-in-force = State Party (in force)
map-status-ratified-not-in-force = Ratified, not yet in force
map-status-signatory = Signatory
map-status-withdrawn = Withdrawn
map-status-not-party = Not a party
map-status-unknown = Not recorded
map-status-no-record = No record
nav-map = Map
doc-version-title = Title in this language
doc-version-title-hint = As the version gives it. Leave empty if it has none; the original title is shown instead.
doc-title-original = original title
