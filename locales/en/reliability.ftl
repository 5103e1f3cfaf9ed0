# Limits and refusals at the edge (issue 11).
error-control-char = The address or the form holds a control character (such as NUL). Remove it and try again.
error-too-large = What you sent is larger than this page accepts (documents: 20 MiB; other forms and the API: 1 MiB). Send something smaller.
error-timeout = The request took too long and was stopped. Please try again.
error-too-many-writes = Too many submissions from your address. Wait a minute and try again.
error-unreadable = The address or the form could not be read (a parameter given twice, or not in the form expected). Check it and try again.
error-sign-in = Please sign in to see this.
error-bad-token = This API token is not valid: it is unknown, revoked, or its user is disabled.
error-forbidden = You are signed in, but your role does not give access to this. If your work needs it, ask the Implementation Support Unit for access.
error-csrf = This form has expired; please reload the page and try again.
error-too-many-attempts = Too many sign-in attempts. Wait a minute and try again.
error-internal = Something went wrong on our side; the error has been logged.
