# Refusals and form errors of the ISU's record (Proposal 4: status periods, staff, the work plan
# and budget, contributions, spending, the ISU's reports) and of imported files (issue 19 item
# 1). Each message is the English sentence of a `Problem`, word for word.

## Fields of the ISU's record named in a refusal
refuse-isu-give = Give { $field ->
    [body] who supported the Convention (the body)
    [person] the person's name
    [function] the function
    [activity-title] activity { $n }'s title
    [line-category] budget line { $n }'s category
    [host] the host
    [place] the place
   *[contributor] the contributor (a State or an organization)
  }.
refuse-isu-too-long = { $field ->
    [body] who supported the Convention (the body)
    [person] the person's name
    [function] the function
    [activity-title] activity { $n }'s title
    [line-category] budget line { $n }'s category
    [host] the host
    [place] the place
   *[contributor] the contributor (a State or an organization)
  } is longer than { $max ->
    [one] { $max } character
   *[other] { $max } characters
  }.
refuse-isu-date-missing = Give { $field ->
    [first-day] the first day
    [last-day] the last day
    [pledge-date] the date of the pledge
    [received-on] the date received
   *[date] the date
  } (YYYY-MM-DD).
refuse-isu-not-a-date = { $field ->
    [first-day] the first day
    [last-day] the last day
    [pledge-date] the date of the pledge
    [received-on] the date received
   *[date] the date
  }: “{ $value }” is not a date in the form YYYY-MM-DD.
refuse-isu-not-a-choice = { $field ->
    [decision] the decision
   *[corrects] the row corrected
  }: “{ $value }” is not one of the choices.
refuse-isu-ends-before-starts = The last day ({ $last }) comes before the first ({ $first }).

## The ISU over time: status periods and staff
refuse-isu-capacity = Choose the capacity: interim or permanent.
refuse-isu-period-source = Say where the change is recorded (the source); where its decision is not in the register, say so.
refuse-isu-decision-not-in-register = Decision { $id } is not in the register of { $convention }; choose one of its decisions or leave it out and say why in the source.
refuse-isu-period-not-current = Period { $id } is not a current period of { $convention }; correct the current version.
refuse-isu-staff-source = Say where the appointment is recorded (the source).
refuse-isu-staff-not-current = Staff row { $id } is not a current row of { $convention }; correct the current version.

## The work plan and budget (P4.4(h))
refuse-isu-year-out-of-range = { $year } is not a year TreatyDesk keeps work plans for (2000 to 2100).
refuse-isu-plan-empty = Give at least one activity or one budget line.
refuse-isu-activity-no-mandate = Activity { $n }: the preset of { $convention } lists no mandate tasks to place it under.
refuse-isu-activity-task = Activity { $n }: “{ $value }” is not a task of the ISU's mandate ({ $keys }).
refuse-isu-line-amount = Budget line { $n }: the amount must be more than zero, with at most two decimals.
refuse-isu-line-currency = Budget line { $n }: the budget of { $convention } is in { $budget }, not { $currency }.
refuse-isu-line-no-currency = Budget line { $n }: the preset of { $convention } gives no budget currency.
refuse-isu-line-problem = Budget line { $n }: { $problem }
refuse-isu-activity-line-form = Activity line { $n }: write the task's key, a bar and the title (a | Prepare the MSP | outputs; separated)
refuse-isu-line-form = Budget line { $n }: write the category, a bar and the amount (Staff costs | 412500.00)
refuse-isu-not-an-amount = “{ $value }” is not an amount: write digits with at most two decimals after a point (1250.50), more than zero.
refuse-isu-draft-unchanged = The draft (revision { $revision }) already reads like this; nothing was changed.
conflict-isu-workplan-race = another revision of the { $year } work plan was saved at the same time; reload the plan and try again
refuse-isu-step-no-meeting = “{ $value }” is not a meeting of { $convention }; choose { $kind ->
    [committee] a meeting of the Coordination Committee
   *[formal] a Meeting of States Parties or a Review Conference
  }.
refuse-isu-step-wrong-meeting = { $meeting } is not { $kind ->
    [committee] a meeting of the Coordination Committee
   *[formal] a Meeting of States Parties or a Review Conference
  }.
refuse-isu-step-decision = Decision { $id } is not a decision of { $meeting }; cite one of that meeting's decisions.
refuse-isu-endorsement-citation = Cite the Committee meeting's decision or its minutes (where the endorsement is recorded).
refuse-isu-approval-decision = Cite the decision of the meeting that approved the plan.
refuse-isu-endorsed-already = P4.4(h): the current revision is endorsed already; change it first (it then returns to draft) to endorse again.
refuse-isu-approved-not-endorsable = P4.4(h): the current revision is approved already; a change returns it to draft, which the Committee then endorses.
refuse-isu-approve-draft = P4.4(h): the work plan and budget go to the Meeting of States Parties or Review Conference for approval only once the Coordination Committee has endorsed them; the current revision is a draft, so record the Committee's endorsement first.
refuse-isu-approved-already = P4.4(h): the current revision is approved already.

## Contributions (P4.2)
refuse-isu-contributor-unknown = “{ $value }” is not a State or organization in the registry; leave the code out and give the name.
refuse-isu-no-budget-currency = The preset of { $convention } gives no budget currency; contributions cannot be counted against a budget.
refuse-isu-not-a-currency = “{ $value }” is not a currency code (three capital letters, as CHF or EUR).
refuse-isu-amount = The amount must be more than zero, with at most two decimals.
refuse-isu-rate = The rate must be more than zero.
refuse-isu-rate-one = The contribution is in the budget currency ({ $currency }); its rate is 1.
refuse-isu-not-a-rate = “{ $value }” is not a rate: write how many units of the budget currency one unit is worth (0.9412), more than zero, at most eight decimals.
refuse-isu-earmark = “{ $value }” is not an earmark: choose unearmarked, task or activity.
refuse-isu-earmark-task = “{ $value }” is not a task of the ISU's mandate.
refuse-isu-earmark-activity = “{ $value }” is not an activity of the { $year } work plan.
refuse-isu-contribution-source = Name the source document of the contribution.
refuse-isu-contribution-not-current = Contribution { $id } is not a current contribution of { $convention }; correct the current version.
refuse-isu-funds-year = Say which year the contribution funds.
refuse-isu-not-a-year = “{ $value }” is not a year.

## Spending against the approved budget
refuse-isu-spending-no-approved-plan = No work plan for { $year } is approved; spending is recorded against the lines of an approved budget.
refuse-isu-spending-line = “{ $value }” is not a line of the approved { $year } budget ({ $keys }).
refuse-isu-spending-quarter = Quarter { $value } is not 1, 2, 3 or 4.
refuse-isu-spending-source = Name the source of the figure (the accounts, a statement).
refuse-isu-spending-not-current = Expenditure { $id } is not a current row of { $year }; correct the current version.
refuse-isu-quarter-missing = Say which quarter (1 to 4) the spending falls in.
refuse-isu-not-a-quarter = “{ $value }” is not a quarter (1 to 4).

## The ISU's reports (P4.4(i))
refuse-isu-report-meeting = { $meeting } is not a Meeting of States Parties or Review Conference with an opening date: the ISU reports to one (P4.4(i))
refuse-isu-report-no-meeting = there is no meeting "{ $value }": choose a Meeting of States Parties or Review Conference
refuse-isu-report-period = the period's last day ({ $last }) comes before its first ({ $first })
refuse-isu-report-prose-long = each introduction and conclusion may have up to { $max ->
    [one] { $max } character
   *[other] { $max } characters
  }
conflict-isu-report-published = ISU report { $number } is published as { $symbol } and frozen (P4.4(i)): generate a new draft for a new report
refuse-isu-report-not-a-date = { $field ->
    [first-day] the first day
   *[last-day] the last day
  } ({ $value }) is not a date (YYYY-MM-DD)
refuse-isu-report-meeting-missing = choose the meeting the report goes to
refuse-isu-report-symbol-missing = give the symbol the report is published under
refuse-isu-report-symbol-no-pattern = give the symbol: the meeting's series has no pattern to suggest one from

## Imported calendars (iCalendar)
refuse-ical-too-big = the calendar is { $size } KiB; at most { $max } KiB are read
refuse-ical-too-many-lines = the calendar has more than { $max ->
    [one] { $max } line
   *[other] { $max } lines
  }
refuse-ical-too-deep = the calendar nests components more than { $max } deep
refuse-ical-not-a-calendar = this is not an iCalendar file: { $why }
refuse-ical-no-uid = { $named ->
    [true] "{ $name }"
   *[other] event { $n }
  } has no UID
refuse-ical-no-start = { $named ->
    [true] "{ $name }"
   *[other] event { $n }
  } has no readable DTSTART
refuse-ical-bad-end = { $named ->
    [true] "{ $name }"
   *[other] event { $n }
  } has an unreadable DTEND
refuse-ical-too-many-events = the calendar has { $count ->
    [one] { $count } event
   *[other] { $count } events
  }; at most { $max } are imported at once
refuse-ical-no-events = the calendar has no events
refuse-ical-name = give the calendar a name of 1 to 100 characters (for example "APLC")
refuse-ical-file-too-big = the file is { $size } KiB; at most { $max } KiB are accepted
refuse-ical-not-utf8 = the file is not UTF-8 text, as iCalendar files are
refuse-ical-no-file = choose an iCalendar (.ics) file to import

## Imported CSV files: the header
refuse-csv-header-unreadable = line 1: cannot read the header: { $why }
refuse-csv-header-lacks = line 1: the header lacks the column(s) { $missing }; expected { $expected }
