# A meeting's preparation checklist (pages/preparation.rs). Every key starts with prep-.
prep-title = Preparation of { $value }
prep-link = Preparation checklist and follow-up
prep-intro = What the Implementation Support Unit prepares for this meeting, from the convention's template for its kind, each item due a number of days before the opening or after the close; and the follow-up actions the meeting and its decisions raised.
prep-saved = The checklist was saved.
prep-problems = The change was not saved
prep-done-count = { $count ->
    [one] One item done
   *[other] { $count } items done
}
prep-overdue-count = { $count ->
    [one] one overdue
   *[other] { $count } overdue
}
prep-none = This kind of meeting has no checklist template; add the items it needs.
prep-col-item = Item
prep-col-due = Due
prep-col-status = Status
prep-col-owner = Owner
prep-col-done = Done
prep-col-change = Change
prep-status-done = Done
prep-status-overdue = Overdue
prep-status-open = Open
prep-due-label = Due date of “{ $value }”
prep-owner-label = Owner of “{ $value }”
prep-save-label = Save “{ $value }”
prep-save = Save
prep-add = Add an item
prep-follow-up = Follow-up actions
prep-follow-up-none = The meeting and its decisions raised no follow-up action.
prep-action-open = Open
prep-action-done = Done
prep-action-cancelled = Cancelled
prep-all-actions = All follow-up actions
