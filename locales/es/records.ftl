# Documents, the decisions register, follow-up actions and search (issue 5).
nav-documents = Documentos
nav-search = Búsqueda
doc-title = Documentos
doc-atom = Canal Atom de documentos nuevos
doc-new = Registrar un documento
doc-kind = Tipo
doc-all-kinds = todos los tipos
doc-count =
    { $count ->
        [one] Un documento
       *[other] { $count } documentos
    }
doc-symbol = Signatura
doc-doc-title = Título
doc-issued = Fecha
doc-languages = Versiones lingüísticas
doc-language = Idioma
doc-submitter = Presentado por
doc-revises = Revisa o corrige
doc-revised-by = Revisado o corregido por
doc-no-versions = Aún no hay versiones lingüísticas.
doc-add-version = Añadir una versión lingüística
doc-file = Archivo (PDF, DOCX o texto)
doc-pick-meeting = Reunión
doc-suggest = Proponer una signatura
doc-next-free = Próximas signaturas libres:
doc-symbol-hint = Como la escribe la ONU: CCM/MSP/2012/5, CCM/MSP/2011/WP.3/Rev.1, CCM/CONF/2015/PM.1/2.
doc-record = Registrar el documento
doc-kind-agenda = programa
doc-kind-programme = programa de trabajo
doc-kind-working-paper = documento de trabajo
doc-kind-report = informe
doc-kind-decision = decisión
doc-kind-statement = declaración
doc-kind-minutes = acta
doc-kind-note-verbale = nota verbal
doc-kind-other = otro
doc-lang-ar = árabe
doc-lang-zh = chino
doc-lang-en = inglés
doc-lang-fr = francés
doc-lang-ru = ruso
doc-lang-es = español
dec-title = Registro de decisiones
dec-number = N.º
dec-text = Decisión
dec-adopts = Documentos aprobados
dec-superseded = reemplazada por
act-title = Medidas de seguimiento
act-action = Medida
act-owner = Responsable
act-owner-code = Responsable (puesto o código del Estado)
act-owner-isu = DAA
act-owner-coordinator = Coordinador
act-owner-state = Estado
act-due = Plazo
act-overdue = vencida
act-status-open = abierta
act-status-done = hecha
act-status-cancelled = cancelada
act-mark-done = Marcar hecha
act-raised-by = Surgida de
act-add = Añadir una medida
act-meeting = Reunión cuya acta la decide
act-due-before = Medidas pendientes antes de esta reunión
search-title = Búsqueda
search-words = Palabras a buscar
search-button = Buscar
search-results =
    { $count ->
        [one] Un resultado
       *[other] { $count } resultados
    }
search-clear = borrar los filtros
search-facets = Afinar los resultados
search-prev = Anterior
search-next = Siguiente
mtg-documents = Documentos por tema del programa
mtg-decisions = Decisiones
mtg-other-documents = Sin tema del programa
map-title = Mapa de los Estados Partes
map-caption = Situación de cada Estado el { $value }
map-desc = Mapa del mundo: cada Estado está coloreado según su situación respecto de la convención; el cuadro siguiente da la misma información.
map-source = Contornos: world-countries (ODbL), simplificados. Las fronteras se muestran solo como orientación.
map-status-party-in-force = Estado Parte (en vigor)
map-status-ratified-not-in-force = Ratificado, aún no en vigor
map-status-signatory = Signatario
map-status-withdrawn = Retirado
map-status-not-party = No parte
map-status-unknown = No registrado
map-status-no-record = Sin registro
nav-map = Mapa
doc-version-title = Título en este idioma
doc-version-title-hint = Tal como lo da la versión. Déjelo vacío si no lo tiene; se muestra entonces el título original.
doc-title-original = título original
