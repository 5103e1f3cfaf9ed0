# Denegaciones de las salas a las que se llega por la línea de comandos (issue 19, punto 1):
# importaciones de decisiones y candidaturas, copias de seguridad y restauraciones, y
# nombramientos en una reunión que no elige coordinadores.

## Importaciones de decisiones y candidaturas: el problema de una fila
refuse-record-import-meeting-unknown = «{ $value }» no es una reunión de la { $convention } registrada
refuse-record-import-number = el número «{ $value }» no es un número entero
refuse-record-import-decision-twice = la decisión { $number } de la { $meeting } aparece más de una vez en el archivo
refuse-record-import-agenda-item-unknown = el programa de la { $meeting } no tiene tema { $position }
refuse-record-import-agenda-item-form = agenda_item «{ $value }» no es una posición del programa
refuse-record-import-document-unknown = el documento { $symbol } no está registrado
refuse-record-import-supersedes-unknown = supersedes «{ $value }»: no hay tal decisión registrada (escriba REUNIÓN/NÚMERO, por ejemplo 2MSP/3)
refuse-record-import-source = cite la fuente de la decisión
refuse-record-import-meeting-kind = la { $meeting } no es una reunión que adopte decisiones
refuse-record-import-choice = la opción «{ $value }» no tiene la forma puesto:preferencia (por ejemplo a-1:1)
refuse-record-import-nominated-twice = { $state } figura como candidato para la { $meeting } más de una vez en el archivo
refuse-record-import-standing = { $state } ya tiene una candidatura vigente para la { $meeting }; retírela primero

## Archivos de copia de seguridad: una restauración rechaza entero un archivo dañado o ajeno
refuse-archive-unreadable = { $path } no es un archivo comprimido legible: { $why }
refuse-archive-names = no se pueden leer los nombres del archivo comprimido: { $why }
refuse-archive-entries-differ = las entradas del archivo comprimido no coinciden con su manifiesto; se rechazó entero
refuse-archive-database-kind = tipo de base de datos desconocido «{ $value }»
refuse-archive-entry-unexpected = entrada inesperada «{ $name }»
refuse-archive-entry-mismatch = «{ $name }» está dañado (su hash o su tamaño no coinciden con el manifiesto); el archivo comprimido se rechazó entero
refuse-archive-entry-changed = «{ $name }» cambió durante la restauración
refuse-archive-no-manifest = el archivo comprimido no tiene manifiesto; se rechazó entero
refuse-archive-manifest-unreadable = no se puede leer el manifiesto: { $why }
refuse-archive-manifest-damaged = el manifiesto está dañado: { $why }
refuse-archive-manifest-format = el manifiesto no es el de un archivo de TreatyDesk
refuse-archive-entry-unreadable = no se puede leer «{ $name }»: { $why }
refuse-archive-entry-damaged = «{ $name }» está dañado ({ $why }); el archivo comprimido se rechazó entero

## Copias de seguridad y restauraciones
conflict-backup-exists = { $path } ya existe; elija un nuevo nombre de archivo
conflict-restore-not-empty = la base de datos de destino no está vacía; restaure solo en una base de datos nueva
refuse-backup-sqlite-unopenable = { $path } parece una base SQLite pero no se puede abrir: { $why }
refuse-backup-unknown-file = { $path } no es ni una base de datos SQLite ni una copia de seguridad JSON de TreatyDesk: { $why }
refuse-backup-json-format = { $path } es JSON pero no una copia de seguridad de TreatyDesk (falta "format": "{ $format }")
refuse-backup-no-tables = la copia de seguridad no tiene "tables"
refuse-backup-table = tabla { $table } de la copia de seguridad: { $why }

## Nombramientos en una reunión (P2.4): dónde se eligen los coordinadores
refuse-appointments-no-architecture = ninguna arquitectura de la { $convention } estaba en vigor en la { $meeting }, por lo que no eligió coordinadores
refuse-appointments-not-selecting = la { $meeting } ({ $kind }) no elige coordinadores (P2.4); se eligen en: { $selecting }
refuse-appointments-selecting-kind = { $kind }
