plan-title = Planificación de la rotación para la { $value }
plan-intro = Los puestos que quedan vacantes en esta reunión, las candidaturas y las mejores listas que no incumplen ninguna regla obligatoria (P2.4, P2.6), ordenadas según los objetivos flexibles: un coordinador de un Estado afectado en cada grupo (P2.5), ningún Estado con dos puestos a la vez, equilibrio entre los grupos regionales de las Naciones Unidas y las preferencias de los candidatos.
plan-horizon = Mantener cubiertos según P2.6 los ciclos siguientes durante
plan-run = Planificar
plan-slate = Lista { $value }
plan-penalty = { $value } puntos en contra (menos es mejor)
plan-proved = Óptimo demostrado: ninguna otra lista que cumpla todas las reglas obligatorias tiene menos puntos en contra.
plan-why = Por qué ocupa este lugar
plan-no-penalty = Ningún punto en contra: se cumplen todos los objetivos.
plan-no-vacancy = Ningún puesto queda vacante en esta reunión.
plan-nominees = Candidatos
plan-no-nominees = No consta ninguna candidatura para esta reunión.
plan-affected = Afectado
plan-choices = Puestos elegidos (preferencia)
plan-continuing = Titulares que continúan
col-body = Órgano
nav-plan = Planificar la próxima rotación
plan-not-proved = Óptimo no demostrado: la búsqueda se detuvo a los 2 segundos. La mejor lista puede tener hasta { $value } puntos en contra menos que la lista 1.
plan-necessity = Requiere una necesidad registrada (P2.6, mandato inmediatamente siguiente): { $value }

## Las razones, notas y rechazos del planificador (issue 19).
plan-item-seat = { $seat }
plan-item-state-for-seat = { $state } para { $seat }
plan-item-seat-at-cycle = { $seat } en el ciclo +{ $cycle }
plan-item-choice = { $state } (opción { $choice } para { $seat })
plan-item-state-seats = { $state } ({ $count } puestos)
plan-item-group-seats = { $group ->
    [african] Grupo de Estados de África
    [asia-pacific] Grupo de Estados de Asia y el Pacífico
    [eastern-european] Grupo de Estados de Europa Oriental
    [latin-american-and-caribbean] Grupo de Estados de América Latina y el Caribe
    [western-european-and-others] Grupo de Estados de Europa Occidental y otros Estados
   *[other] { $group }
}: { $count }
plan-reason-vacant = P2.3: { $seats } queda(n) vacante(s) (no se asignó ningún candidato elegible).
plan-reason-necessity = P2.6: solo se propusieron Estados cuyo mandato de coordinador termina en esta reunión, por lo que { $items } ejercería el mandato inmediatamente siguiente; esto requiere una necesidad registrada.
plan-reason-no-affected = P2.5: ningún coordinador de { $body } sería de un Estado afectado, aunque se propuso a { $who } (afectado).
plan-reason-later-cycle = P2.6 en adelante: todos los candidatos para { $items } terminarían un mandato en esa reunión, de modo que ninguno podría ocupar entonces el puesto.
plan-reason-two-seats = Un Estado ocuparía dos puestos a la vez: { $items }.
plan-reason-regional-balance = Equilibrio regional: una parte igual es { $share } { $share ->
    [one] puesto
   *[other] puestos
} por grupo regional de las Naciones Unidas; por encima: { $items }.
plan-reason-preference = No todos los candidatos obtienen su primera opción: { $items }.
plan-note-outgoing = El mandato de coordinador de { $state } termina en esta reunión: el P2.6 le impide ahora ocupar cualquier puesto, salvo que ningún otro candidato pueda ocupar uno.
plan-note-outgoing-seat = El mandato de coordinador de { $state } en { $seat } termina en esta reunión: el P2.6 le impide ahora ocupar cualquier otro puesto{ $renewable ->
    [true] {" "}(puede renovar este)
   *[other] {""}
}.
plan-note-necessity-recorded = { $state } puede presentarse pese al P2.6: la necesidad está registrada.
plan-note-staggered = P2.5: los puestos de { $body } son escalonados, por lo que solo uno de ellos puede cubrirse en esta reunión.
plan-note-not-proved = Optimalidad no demostrada: la búsqueda se detuvo en su plazo de { $ms } ms tras { $nodes } nodos; la mejor lista puede tener hasta { $gap } puntos menos que la primera mostrada.
plan-note-nominations = Candidaturas: { $note }
plan-note-party-unconfirmed = No se puede confirmar que { $state } sea un Estado parte para el que la Convención esté en vigor el día de la selección (P2.4); se mantiene entre los candidatos.
plan-note-not-party = { $state } queda excluido: no es un Estado parte para el que la Convención esté en vigor (situación: { $status ->
    [not-party] no parte
    [signatory] signatario
    [ratified-not-in-force] ratificación, aún no en vigor
    [withdrawn] retirada
   *[other] { $status }
}, P2.4).
plan-note-choices-left-out = { $state } eligió puestos que no quedan vacantes en la { $meeting }; esas opciones se excluyen.
plan-refuse-no-date = La { $meeting } no tiene fecha, y no puede preverse ninguna a partir del ciclo.
plan-refuse-no-architecture = No había ninguna arquitectura en vigor en la { $meeting }: no había puestos que cubrir.
plan-refuse-not-selecting = La { $meeting } no es una reunión que elija coordinadores.
