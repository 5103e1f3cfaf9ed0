# Universalización (pages/universalization.rs, P4.4(e)). Todas las claves empiezan por univ-.
univ-title = Universalización
univ-intro = Los Estados que aún no son parte en la convención, el trabajo realizado con ellos y lo que han dicho sobre su adhesión, y el número de Estados partes año por año.
univ-map-link = Mapa de los Estados partes
univ-states-parties = Estados partes
univ-in-force = En vigor para el Estado
univ-not-party = Estados no partes
univ-partial = La lista de participación es parcial: «sin datos» significa que la lista no incluye al Estado, no que no haya firmado.
univ-chart-heading = Estados partes por año
univ-chart-title = Estados partes al final de cada año, hasta el { $value }
univ-chart-desc = Una barra por año: su altura es el número de Estados que habían depositado un instrumento de ratificación o adhesión, y la parte oscura, aquellos para los que la convención estaba en vigor ese día. La tabla siguiente da las mismas cifras.
univ-col-year = Año
univ-col-on = Contado el
univ-col-parties = Instrumento depositado
univ-entries = Actividades de divulgación y declaraciones de intención
univ-entries-none = No consta ninguna actividad de divulgación ni declaración de intención.
univ-col-date = Fecha
univ-col-kind = Tipo
univ-col-who = Quién
univ-col-what = Qué
univ-col-group = Grupo de trabajo
univ-col-access = Quién puede leerlo
univ-col-recorded = Registrado por
univ-col-revision = Versión
univ-col-entries = Entradas
univ-col-last = Última entrada
univ-kind-outreach = Actividad de divulgación
univ-kind-intent = Declaración de intención
univ-status-signatory = Signatario
univ-status-not-signatory = No signatario
univ-status-withdrawn = Retirado
univ-status-no-record = Sin datos
univ-status-state-party = Estado parte
univ-state-title = Universalización: { $value }
univ-saved = Guardado.
univ-problems = No se registró nada:
univ-earlier = { $count ->
    [one] Una versión anterior
   *[other] { $count } versiones anteriores
}
univ-correct = Corregir esta entrada
univ-reason = Motivo de la corrección
univ-correct-save = Guardar la corrección
univ-add = Registrar una actividad de divulgación o una declaración de intención
univ-save = Registrar
# P4.4(e): a writer may not mark an entry for readers they are not among.
univ-refuse-level = No puede reservar una entrada a { $value }: elija un nivel que usted mismo pueda leer.
