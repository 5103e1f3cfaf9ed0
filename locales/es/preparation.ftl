# Lista de preparación de una reunión (pages/preparation.rs). Todas las claves empiezan por prep-.
prep-title = Preparación de la { $value }
prep-link = Lista de preparación y seguimiento
prep-intro = Lo que la Dependencia de Apoyo a la Aplicación prepara para esta reunión, según el modelo de la convención para este tipo de reunión, con cada elemento debido un número de días antes de la apertura o después de la clausura; y las medidas de seguimiento surgidas de la reunión y de sus decisiones.
prep-saved = La lista se guardó.
prep-problems = El cambio no se guardó
prep-done-count = { $count ->
    [one] Un elemento hecho
   *[other] { $count } elementos hechos
}
prep-overdue-count = { $count ->
    [one] uno atrasado
   *[other] { $count } atrasados
}
prep-none = Este tipo de reunión no tiene modelo de lista; añada los elementos que necesite.
prep-col-item = Elemento
prep-col-due = Vencimiento
prep-col-status = Estado
prep-col-owner = Responsable
prep-col-done = Hecho
prep-col-change = Cambiar
prep-status-done = Hecho
prep-status-overdue = Atrasado
prep-status-open = Pendiente
prep-due-label = Vencimiento de «{ $value }»
prep-owner-label = Responsable de «{ $value }»
prep-save-label = Guardar «{ $value }»
prep-save = Guardar
prep-add = Añadir un elemento
prep-follow-up = Medidas de seguimiento
prep-follow-up-none = La reunión y sus decisiones no dieron lugar a ninguna medida de seguimiento.
prep-action-open = En curso
prep-action-done = Realizada
prep-action-cancelled = Cancelada
prep-all-actions = Todas las medidas de seguimiento
