# Refusals of the rooms reached through the CLI (issue 19 item 1): imports of decisions and
# nominations (`treatydesk import`), backups and restores (`treatydesk backup|restore`), and the
# appointments of a meeting that selects no Coordinators. Each message is the English sentence
# of a `Problem`, word for word. A row's problem is nested in `refuse-import-line`
# (refusals_records.ftl), which carries its line number.

## Imports of decisions and nominations: one row's problem
refuse-record-import-meeting-unknown = "{ $value }" is not a meeting of { $convention } on record
refuse-record-import-number = number "{ $value }" is not a whole number
refuse-record-import-decision-twice = { $meeting } decision { $number } appears more than once in the file
refuse-record-import-agenda-item-unknown = { $meeting } has no agenda item { $position }
refuse-record-import-agenda-item-form = agenda_item "{ $value }" is not a position on the agenda
refuse-record-import-document-unknown = the document { $symbol } is not on record
refuse-record-import-supersedes-unknown = supersedes "{ $value }": no such decision on record (write MEETING/NUMBER, e.g. 2MSP/3)
refuse-record-import-source = cite the source of the decision
refuse-record-import-meeting-kind = { $meeting } is not a meeting that adopts decisions
refuse-record-import-choice = choice "{ $value }" is not seat:preference (e.g. a-1:1)
refuse-record-import-nominated-twice = { $state } is nominated for { $meeting } more than once in the file
refuse-record-import-standing = { $state } already has a standing nomination for { $meeting }; withdraw it first

## Backup archives: a restore refuses a damaged or foreign archive whole
refuse-archive-unreadable = { $path } is not a readable archive: { $why }
refuse-archive-names = the archive's names cannot be read: { $why }
refuse-archive-entries-differ = the archive's entries differ from its manifest; it was refused whole
refuse-archive-database-kind = unknown database kind "{ $value }"
refuse-archive-entry-unexpected = unexpected entry "{ $name }"
refuse-archive-entry-mismatch = "{ $name }" is damaged (its hash or size differs from the manifest); the archive was refused whole
refuse-archive-entry-changed = "{ $name }" changed while restoring
refuse-archive-no-manifest = the archive has no manifest; it was refused whole
refuse-archive-manifest-unreadable = the manifest cannot be read: { $why }
refuse-archive-manifest-damaged = the manifest is damaged: { $why }
refuse-archive-manifest-format = the manifest is not a TreatyDesk archive's
refuse-archive-entry-unreadable = "{ $name }" cannot be read: { $why }
refuse-archive-entry-damaged = "{ $name }" is damaged ({ $why }); the archive was refused whole

## Backups and restores
conflict-backup-exists = { $path } already exists; choose a new file name
conflict-restore-not-empty = the target database is not empty; restore only into a new database
refuse-backup-sqlite-unopenable = { $path } looks like SQLite but cannot be opened: { $why }
refuse-backup-unknown-file = { $path } is neither a SQLite database nor a TreatyDesk JSON backup: { $why }
refuse-backup-json-format = { $path } is JSON but not a TreatyDesk backup (no "format": "{ $format }")
refuse-backup-no-tables = the backup has no "tables"
refuse-backup-table = table { $table } in the backup: { $why }

## Appointments at a meeting (P2.4): where Coordinators are selected
refuse-appointments-no-architecture = no architecture of { $convention } was in force at { $meeting }, so it selected no Coordinators
refuse-appointments-not-selecting = { $meeting } ({ $kind }) does not select Coordinators (P2.4); they are selected at: { $selecting }
refuse-appointments-selecting-kind = { $kind }
