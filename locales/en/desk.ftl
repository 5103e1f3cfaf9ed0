nav-desk = My desk
desk-title = My desk
desk-intro = What is waiting for you, per convention and role, as of
desk-no-roles = Your account holds no role in any convention yet. An administrator grants roles.
desk-role-isu-staff = ISU staff: pending
desk-role-president = President
desk-role-coordinator = Coordinator
desk-role-focal-point = Focal point
desk-role-everyone = Messages
desk-item-registrations-pending = { $count ->
    [one] 1 registration to decide
   *[other] { $count } registrations to decide
}
desk-item-actions-overdue = { $count ->
    [0] No overdue action
    [one] 1 overdue action
   *[other] { $count } overdue actions
}
desk-item-findings-errors = { $count ->
    [0] No error among the findings
    [one] 1 error among the findings
   *[other] { $count } errors among the findings
}
desk-item-advice-open = { $count ->
    [0] No open advice request
    [one] 1 open advice request
   *[other] { $count } open advice requests
}
desk-item-reports-overdue = { $count ->
    [0] No overdue report
    [one] 1 overdue report or deadline
   *[other] { $count } overdue reports or deadlines
}
desk-item-registrations-own = { $count ->
    [one] 1 person of your delegation registered
   *[other] { $count } people of your delegation registered
}
desk-item-actions-owned = { $count ->
    [one] 1 open action your State owns
   *[other] { $count } open actions your State owns
}
desk-item-notices = { $count ->
    [0] No message received
    [one] 1 message received
   *[other] { $count } messages received
}
desk-item-office-held = Office held today
desk-item-seat-held = Seat held today
desk-item-nothing-held = No office or seat held today
desk-item-next-meeting = Next meeting
desk-item-next-deadline = Next deadline
desk-item-state-page = Your State's page
desk-item-last-held = Last post held (with the day it ended)
desk-item-reports-received = { $count ->
    [0] No report received in the last 30 days
    [one] 1 report received in the last 30 days
   *[other] { $count } reports received in the last 30 days
}
desk-item-reports-drafts = { $count ->
    [one] 1 report of your State saved as a draft, not yet submitted
   *[other] { $count } reports of your State saved as drafts, not yet submitted
}

desk-item-presides = The meeting of your presidency
desk-item-preparation = Preparation of the meeting
desk-item-committee = { $count ->
    [one] The Coordination Committee today: 1 member
   *[other] The Coordination Committee today: { $count } members
}
desk-item-committee-next-meeting = Next meeting of the Coordination Committee
desk-item-notice-new = Write a message to an audience
desk-item-group = Your Working Group or thematic area
desk-item-sessions = { $count ->
    [one] 1 session of your group in the programme
   *[other] { $count } sessions of your group in the programme
}
desk-item-handover-received = Handover note from the previous holder of your seat
desk-item-handover-write = Your handover note for the next holder is not written yet
desk-item-actions-seat = { $count ->
    [one] 1 open action your seat owns
   *[other] { $count } open actions your seat owns
}
desk-urgent = to do
