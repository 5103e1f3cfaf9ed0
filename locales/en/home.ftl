home-next-meeting = Next meeting
home-reg-not-open = Registration for this meeting is not open.
home-reg-opens = Registration opens on { $value }.
home-reg-closed = Registration closed on { $value }.
home-reg-open-until = Registration is open until { $value }.
home-reg-open = Registration is open.
home-all-meetings = All meetings, upcoming and past
home-holders = Office holders today
home-holders-none = No office or seat is held today on record.
home-col-post = Office or seat
home-col-holder = Held by
home-col-until = Until
home-architecture = Working Groups, seats and offices
home-documents = Latest documents
home-documents-none = No documents are on record.
home-all-documents = All documents
home-deadlines = Deadlines in the next 90 days
home-deadlines-none = No State has a deadline in the next 90 days on record.
home-overdue = Overdue obligations

home-seats-held = { $count ->
    [one] One seat held today
   *[other] { $count } seats held today
}
home-last-on-record = last on record
home-last-on-record-hint = No one holds this office today on record; the last holder on record is shown.
home-nothing-yet = No meeting, office holder, document or deadline is on record for this convention yet.
home-held-until = (until { $value })
