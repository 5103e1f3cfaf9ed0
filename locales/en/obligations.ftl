# Obligations and deadlines of States (issue 16).
profile-retention = Retains for training (Art. 3.6)
ob-heading = Obligations and deadlines
ob-title-state = Obligations of { $value }
ob-next = Next deadline
ob-next-none = No deadline is owed on this date.
ob-all-link = All obligations and deadlines
ob-col-obligation = Obligation
ob-col-period = Year covered
ob-col-due = Due
ob-col-status = Status
ob-col-submitted = Received
ob-col-reference = Document
ob-col-basis = Basis
ob-col-state = State
ob-col-days = Days overdue
ob-status-met = Met
ob-status-met-late = Received late
ob-status-overdue = Overdue
ob-status-upcoming = Upcoming
ob-basis-days = { $article }: { $days } days after entry into force for the State ({ $eif }).
ob-basis-years = { $article }: { $years } years after entry into force for the State ({ $eif }), on the anniversary date.
ob-basis-annual = { $article }: by { $date } each year, covering the previous calendar year.
ob-basis-extended = Extended to { $value } by a decision of the States Parties.
ob-basis-profile = Owed as: { $value }.
ob-restricted = restricted
ob-none = No obligation is owed on record: the convention is not in force for this State in the record, or the convention's obligations are not in its preset.
ob-overdue-title = Overdue obligations
ob-overdue-intro = Every deadline passed on this date with nothing received on record, as the convention's rules compute it from entry into force and profiles. Reports and extensions not recorded here are not counted.
ob-overdue-count =
    { $count ->
        [one] One deadline overdue
       *[other] { $count } deadlines overdue
    }
ob-overdue-none = No deadline is overdue on this date.
ob-record-heading = Record a submission
ob-record-kind = What was received
ob-kind-report = Report or declaration received
ob-kind-extension-granted = Extension granted
ob-record-period = Year covered (yearly reports only)
ob-record-received = Received (or decided) on
ob-record-extended-to = New deadline (extensions only)
ob-record-reference = Document reference
ob-record-access = Who may read the reference
ob-record-note = Note
ob-record-reason = Why (kept in the audit log)
ob-record-submit = Record
ob-submissions-heading = Submissions on record
ob-submissions-caption = Every record, corrected ones included
ob-superseded = corrected
ob-calendar = Upcoming deadlines as a calendar (iCalendar)
ob-problems = The submission was not recorded:
ob-recorded = The submission was recorded.
nav-obligations = Obligations
