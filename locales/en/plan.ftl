# The rotation planner.
plan-title = Rotation planner for { $value }
plan-intro = The seats that fall vacant at this meeting, the nominations for them, and the best slates that break no hard rule (P2.4, P2.6), ranked by the soft goals: a Coordinator from an affected State in every group (P2.5), no State with two seats at once, balance across UN regional groups, and nominees' preferences.
plan-horizon = Keep later cycles fillable under P2.6 for
plan-run = Plan
plan-slate = Slate { $value }
plan-penalty = penalty { $value }
plan-proved = { $count ->
    [one] Proved optimal: no slate that breaks no hard rule has a lower penalty (the search explored { $count } node).
   *[other] Proved optimal: no slate that breaks no hard rule has a lower penalty (the search explored { $count } nodes).
}
plan-why = Why it ranks here
plan-no-penalty = No penalty: every goal is met.
plan-no-vacancy = No seat falls vacant at this meeting.
plan-nominees = Nominees
plan-no-nominees = No nomination is on record for this meeting.
plan-affected = Affected
plan-choices = Seats chosen (preference)
plan-continuing = Holders who stay
col-body = Body
nav-plan = Plan the next rotation
plan-not-proved = Not proved optimal: the search stopped at its deadline of 2 seconds. The best slate may have a penalty up to { $value } lower than slate 1.
plan-necessity = Needs a recorded necessity (P2.6, the term immediately following): { $value }
