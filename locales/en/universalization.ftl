# Universalization (pages/universalization.rs, P4.4(e)). Every key starts with univ-.
univ-title = Universalization
univ-intro = The States not yet party to the convention, the work done with them and what they have said of joining, and the number of States Parties year by year.
univ-map-link = Map of States Parties
univ-states-parties = States Parties
univ-in-force = In force for the State
univ-not-party = States not party
univ-partial = The participation list is partial: “no record” means the list does not hold the State, not that it has not signed.
univ-chart-heading = States Parties per year
univ-chart-title = States Parties at the end of each year, up to { $value }
univ-chart-desc = One bar per year: its height is the number of States that had deposited an instrument of ratification or accession, the dark part those for which the convention was in force that day. The table below gives the same figures.
univ-col-year = Year
univ-col-on = Counted on
univ-col-parties = Instrument deposited
univ-entries = Outreach and statements of intent
univ-entries-none = No outreach activity or statement of intent is on record.
univ-col-date = Date
univ-col-kind = Kind
univ-col-who = Who
univ-col-what = What
univ-col-group = Working Group
univ-col-access = Who may read it
univ-col-recorded = Recorded by
univ-col-revision = Revision
univ-col-entries = Entries
univ-col-last = Latest entry
univ-kind-outreach = Outreach activity
univ-kind-intent = Statement of intent
univ-status-signatory = Signatory
univ-status-not-signatory = Not a signatory
univ-status-withdrawn = Withdrawn
univ-status-no-record = No record
univ-status-state-party = State Party
univ-state-title = Universalization: { $value }
univ-saved = Saved.
univ-problems = This was not recorded:
univ-earlier = { $count ->
    [one] One earlier version
   *[other] { $count } earlier versions
}
univ-correct = Correct this entry
univ-reason = Why it is corrected
univ-correct-save = Save the correction
univ-add = Record an outreach activity or a statement of intent
univ-save = Record
# P4.4(e): a writer may not mark an entry for readers they are not among.
univ-refuse-level = You cannot mark an entry for { $value }: choose a level you can read yourself.
