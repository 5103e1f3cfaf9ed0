# Recording a formal meeting's appointments (the ISU's form, pages/appoint.rs).
appoint-title = Record the appointments of { $value }
appoint-intro = Fill in the holder of each seat that { $value } filled, and leave the others blank. Preview runs the rules of Proposal 2 on the record as it would be; nothing is saved until you choose “Save the appointments”.
appoint-meeting = Meeting
appoint-dates = Dates
appoint-undated = No dates on record yet
appoint-no-closing = { $value } has no closing date on record, so the terms it gives cannot be worked out: each appointment will be reported as an error until the meeting's dates are recorded.
appoint-selection = The decision and its source
appoint-decision = Decision cited (P2.4)
appoint-decision-hint = The decision of this meeting that selected the holders.
appoint-no-decisions = No decision of { $value } is on record; an appointment that cites none is an error under P2.4.
appoint-decision-none = No decision cited
appoint-source = Source or notes
appoint-source-hint = Where this record comes from: the final report and its paragraph, a letter, a note of the meeting.
appoint-seats = Coordinator seats
appoint-held-before = Held going into { $value } by
appoint-until = until
appoint-ends-here = the term ends at this meeting
appoint-vacant-before = Vacant going into { $value }.
appoint-recorded-here = Already recorded at { $value }:
appoint-nominated = Nominated:
appoint-preference = preference { $count }
appoint-holder = Holder (State code)
appoint-holder-hint = Leave blank when { $value } made no appointment to this seat.
appoint-designate-hint = Leave blank when { $value } designated no one.
appoint-presides = Meeting to preside
appoint-cycles = Term in cycles
appoint-term-rule = The architecture gives this seat terms of
appoint-findings = Rule findings for this appointment
appoint-overridable = A person may set this warning aside with a written justification.
appoint-justify = Why { $value } is set aside here
appoint-justify-hint = Say why it was necessary (10 characters or more). The justification is kept with the appointment and shown with the finding.
appoint-preview = Preview the findings
appoint-save = Save the appointments
appoint-checked-none = No rule finding concerns these appointments.
appoint-checked = Findings for these appointments:
appoint-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
appoint-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
appoint-nothing-saved = Nothing has been saved yet.
appoint-problems = The appointments were not saved
appoint-problems-intro = Correct the following and save again:
appoint-err-holder = Write the holder as a code from the registry, such as NZL.
appoint-err-cycles-missing = Give the length of the term in cycles.
appoint-err-cycles = "{ $value }" is not a number of cycles; write a whole number, such as 2.
appoint-err-cycles-range = A term lasts from 1 to 20 cycles.
appoint-err-presides = Choose the meeting to preside from the list.
appoint-err-decision = Choose a decision of this meeting from the list.
appoint-err-source = The source is longer than 2,000 characters.
appoint-err-justify = Write why { $value } is set aside (10 characters or more).
appoint-err-justify-long = The justification is longer than 4,000 characters.
appoint-err-none = Fill in the holder of at least one seat.
