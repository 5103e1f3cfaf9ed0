nav-architecture = Arquitectura
nav-committee = Comité
arch-title = Arquitectura
arch-version = Versión
arch-effective = en vigor desde el
arch-adopted-by = Adoptada por
arch-versions = Versiones de la arquitectura
arch-bodies = Órganos y puestos
arch-offices = Cargos
arch-rules = Reglas
arch-committee-rule = Composición del comité
arch-within = se reúne dentro de { $value }
arch-staggered = mandatos escalonados
arch-no-seats = Este órgano no tiene puestos propios.
arch-seats-caption = Puestos de { $value } y sus titulares en la fecha elegida
arch-record-appointments = Registrar los nombramientos de la { $value }
body-kind-working-group = Grupo de trabajo
body-kind-thematic-area = Área temática
body-kind-standing-committee = Comité permanente
body-kind-group-of-experts = Grupo de expertos
rule-affected = Cuando sea posible, uno de los coordinadores de cada grupo procede de un Estado parte afectado (P2.5).
rule-cooling-off = Salvo cuando sea necesario, un Estado que aportó un coordinador no aporta otro para el mandato inmediatamente siguiente (P2.6).
cycles = { $count ->
    [one] { $count } ciclo
   *[other] { $count } ciclos
}
renewable = renovable
first-round = primera ronda
expected = previsto
vacant = Vacante
not-on-record = No consta en el registro.
none-cited = ninguna citada
col-seat = Puesto
col-term = Mandato
col-holder = Titular
col-since = Desde
col-office = Cargo
col-post = Puesto o cargo
col-selected-at = Elegido en
col-decision = Decisión
seat-history = Mandatos de este puesto
handover-heading = Notas de traspaso (P2.7)
handover-restricted = Las notas de traspaso son para el Presidente, los coordinadores y la DAI.
handover-none = Aún no hay nota de traspaso.
handover-earlier = Versiones anteriores
handover-by = Escrita por
handover-write = Nota de traspaso para el próximo titular
handover-help = Trabajos en curso, contactos y documentos que necesita el próximo coordinador.
handover-save = Guardar la nota
handover-saved = La nota de traspaso está guardada.
committee-title = Comité de Coordinación
committee-derived = La composición se deriva de los cargos vigentes en la fecha ({ $value }); nunca se escribe a mano.
committee-caption = Miembros al { $value }
committee-unfilled = Sin cubrir en esa fecha
col-member = Miembro
col-capacity = Calidad
col-detail = Puesto o cargo
capacity-chair = Presidencia
capacity-office = Titular de un cargo
capacity-outgoing = Titular saliente
capacity-coordinator = Coordinador
capacity-organization = Organización
observer = observador
findings-title = Constataciones de las reglas
findings-as-of = Juzgar las vacantes hasta el
findings-errors = { $count ->
    [one] { $count } error pendiente
   *[other] { $count } errores pendientes
}
findings-warnings = { $count ->
    [one] { $count } advertencia pendiente
   *[other] { $count } advertencias pendientes
}
findings-info = { $count ->
    [one] { $count } constatación a título informativo
   *[other] { $count } constataciones a título informativo
}
col-severity = Gravedad
col-clause = Cláusula
col-finding = Constatación
col-override = Excepción
severity-error = Error
severity-warning = Advertencia
severity-info = Información
overridden = Dejada de lado
timeline-title = Los mandatos a lo largo del tiempo
timeline-figure = Una fila por puesto o cargo, una barra por mandato; las barras discontinuas terminan en una fecha prevista; la línea roja discontinua es hoy.
timeline-table-link = Los mismos datos en una tabla.
timeline-caption = Todos los mandatos, por fecha de inicio
state-seats-heading = Puestos y cargos ocupados
state-seats-none = No consta ningún puesto ni cargo.

# Issue 19 item 2: a preset name shown in English because the preset lacks the reader's language (ISU staff see this).
term-fallback = { $value } (en inglés: la configuración no da un nombre en español)
committee-unfilled-outgoing = { $value } saliente
# The composition rule of the coordinating committee, line by line (P3.2).
committee-rule-chair = { $value } (presidencia)
committee-rule-outgoing = el { $value } saliente
committee-rule-coordinators = todos los coordinadores en funciones
committee-rule-organization = un representante de { $value }
committee-rule-observer = un representante de { $value } (observador)
committee-none-on = No había comité de coordinación el { $value }.
# One bar of the timeline, as its tooltip says it.
timeline-term = { $holder }: del { $start } al { $end }
timeline-term-expected = { $holder }: del { $start } al { $end } (previsto)
timeline-term-open = { $holder }: desde el { $start }
