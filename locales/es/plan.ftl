plan-title = Planificación de la rotación para la { $value }
plan-intro = Los puestos que quedan vacantes en esta reunión, las candidaturas y las mejores listas que no incumplen ninguna regla obligatoria (P2.4, P2.6), ordenadas según los objetivos flexibles: un coordinador de un Estado afectado en cada grupo (P2.5), ningún Estado con dos puestos a la vez, equilibrio entre los grupos regionales de las Naciones Unidas y las preferencias de los candidatos.
plan-horizon = Mantener cubiertos según P2.6 los ciclos siguientes durante
plan-run = Planificar
plan-slate = Lista { $value }
plan-penalty = penalización { $value }
plan-proved = { $count ->
    [one] Óptimo demostrado: ninguna lista que cumpla las reglas obligatorias tiene una penalización menor (la búsqueda exploró { $count } nodo).
   *[other] Óptimo demostrado: ninguna lista que cumpla las reglas obligatorias tiene una penalización menor (la búsqueda exploró { $count } nodos).
}
plan-why = Por qué ocupa este lugar
plan-no-penalty = Sin penalización: se cumplen todos los objetivos.
plan-no-vacancy = Ningún puesto queda vacante en esta reunión.
plan-nominees = Candidatos
plan-no-nominees = No consta ninguna candidatura para esta reunión.
plan-affected = Afectado
plan-choices = Puestos elegidos (preferencia)
plan-continuing = Titulares que continúan
col-body = Órgano
nav-plan = Planificar la próxima rotación
plan-not-proved = Optimalidad no demostrada: la búsqueda se detuvo en su plazo de 2 segundos. La mejor lista puede tener una penalización hasta { $value } menor que la lista 1.
plan-necessity = Requiere una necesidad registrada (P2.6, mandato inmediatamente siguiente): { $value }
