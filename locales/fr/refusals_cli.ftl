# Refus des salles atteintes par la ligne de commande (issue 19, point 1) : importations de
# décisions et de candidatures, sauvegardes et restaurations, et nominations lors d'une réunion
# qui ne choisit pas de coordonnateurs.

## Importations de décisions et de candidatures : le problème d'une ligne
refuse-record-import-meeting-unknown = « { $value } » n'est pas une réunion de la { $convention } enregistrée
refuse-record-import-number = le numéro « { $value } » n'est pas un nombre entier
refuse-record-import-decision-twice = la décision { $number } de la { $meeting } figure plus d'une fois dans le fichier
refuse-record-import-agenda-item-unknown = l'ordre du jour de la { $meeting } n'a pas de point { $position }
refuse-record-import-agenda-item-form = agenda_item « { $value } » n'est pas une position à l'ordre du jour
refuse-record-import-document-unknown = le document { $symbol } n'est pas enregistré
refuse-record-import-supersedes-unknown = supersedes « { $value } » : aucune décision de ce type n'est enregistrée (écrivez RÉUNION/NUMÉRO, par exemple 2MSP/3)
refuse-record-import-source = citez la source de la décision
refuse-record-import-meeting-kind = la { $meeting } n'est pas une réunion qui adopte des décisions
refuse-record-import-choice = le choix « { $value } » n'est pas de la forme siège:préférence (par exemple a-1:1)
refuse-record-import-nominated-twice = { $state } est candidat pour la { $meeting } plus d'une fois dans le fichier
refuse-record-import-standing = { $state } a déjà une candidature en cours pour la { $meeting } ; retirez-la d'abord

## Archives de sauvegarde : une restauration refuse en bloc une archive endommagée ou étrangère
refuse-archive-unreadable = { $path } n'est pas une archive lisible : { $why }
refuse-archive-names = les noms de l'archive sont illisibles : { $why }
refuse-archive-entries-differ = les entrées de l'archive diffèrent de son manifeste ; elle a été refusée en bloc
refuse-archive-database-kind = type de base de données inconnu « { $value } »
refuse-archive-entry-unexpected = entrée inattendue « { $name } »
refuse-archive-entry-mismatch = « { $name } » est endommagé (son empreinte ou sa taille diffère du manifeste) ; l'archive a été refusée en bloc
refuse-archive-entry-changed = « { $name } » a changé pendant la restauration
refuse-archive-no-manifest = l'archive n'a pas de manifeste ; elle a été refusée en bloc
refuse-archive-manifest-unreadable = le manifeste est illisible : { $why }
refuse-archive-manifest-damaged = le manifeste est endommagé : { $why }
refuse-archive-manifest-format = le manifeste n'est pas celui d'une archive TreatyDesk
refuse-archive-entry-unreadable = « { $name } » est illisible : { $why }
refuse-archive-entry-damaged = « { $name } » est endommagé ({ $why }) ; l'archive a été refusée en bloc

## Sauvegardes et restaurations
conflict-backup-exists = { $path } existe déjà ; choisissez un nouveau nom de fichier
conflict-restore-not-empty = la base de données cible n'est pas vide ; restaurez uniquement dans une nouvelle base de données
refuse-backup-sqlite-unopenable = { $path } semble être une base SQLite mais ne peut être ouvert : { $why }
refuse-backup-unknown-file = { $path } n'est ni une base de données SQLite ni une sauvegarde JSON de TreatyDesk : { $why }
refuse-backup-json-format = { $path } est un fichier JSON mais pas une sauvegarde TreatyDesk (pas de "format": "{ $format }")
refuse-backup-no-tables = la sauvegarde n'a pas de "tables"
refuse-backup-table = table { $table } de la sauvegarde : { $why }

## Nominations lors d'une réunion (P2.4) : où les coordonnateurs sont choisis
refuse-appointments-no-architecture = aucune architecture de la { $convention } n'était en vigueur lors de la { $meeting } ; elle n'a donc choisi aucun coordonnateur
refuse-appointments-not-selecting = la { $meeting } ({ $kind }) ne choisit pas de coordonnateurs (P2.4) ; ils sont choisis lors des réunions suivantes : { $selecting }
refuse-appointments-selecting-kind = { $kind }
