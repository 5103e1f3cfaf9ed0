nav-desk = Mi escritorio
desk-title = Mi escritorio
desk-intro = Lo que le espera, por convención y función, a fecha de
desk-no-roles = Su cuenta aún no tiene ninguna función en ninguna convención. Un administrador asigna las funciones.
desk-role-isu-staff = Personal de la DAA: pendiente
desk-role-president = Presidencia
desk-role-coordinator = Coordinador
desk-role-focal-point = Punto focal
desk-role-everyone = Mensajes
desk-item-registrations-pending = { $count ->
    [one] 1 inscripción por decidir
   *[other] { $count } inscripciones por decidir
}
desk-item-actions-overdue = { $count ->
    [0] Ninguna acción atrasada
    [one] 1 acción atrasada
   *[other] { $count } acciones atrasadas
}
desk-item-findings-errors = { $count ->
    [0] Ningún error entre las constataciones
    [one] 1 error entre las constataciones
   *[other] { $count } errores entre las constataciones
}
desk-item-advice-open = { $count ->
    [0] Ninguna solicitud de asesoramiento abierta
    [one] 1 solicitud de asesoramiento abierta
   *[other] { $count } solicitudes de asesoramiento abiertas
}
desk-item-reports-overdue = { $count ->
    [0] Ningún informe atrasado
    [one] 1 informe o plazo vencido
   *[other] { $count } informes o plazos vencidos
}
desk-item-registrations-own = { $count ->
    [one] 1 miembro de su delegación inscrito
   *[other] { $count } miembros de su delegación inscritos
}
desk-item-actions-owned = { $count ->
    [one] 1 acción abierta a cargo de su Estado
   *[other] { $count } acciones abiertas a cargo de su Estado
}
desk-item-notices = { $count ->
    [0] Ningún mensaje recibido
    [one] 1 mensaje recibido
   *[other] { $count } mensajes recibidos
}
desk-item-office-held = Cargo que ocupa hoy
desk-item-seat-held = Puesto que ocupa hoy
desk-item-nothing-held = Ningún cargo ni puesto hoy
desk-item-next-meeting = Próxima reunión
desk-item-next-deadline = Próximo plazo
desk-item-state-page = La página de su Estado
desk-item-last-held = Último puesto ocupado (con el día en que terminó)
desk-item-reports-received = { $count ->
    [0] Ningún informe recibido en los últimos 30 días
    [one] 1 informe recibido en los últimos 30 días
   *[other] { $count } informes recibidos en los últimos 30 días
}
desk-item-reports-drafts = { $count ->
    [one] 1 informe de su Estado guardado como borrador, aún no presentado
   *[other] { $count } informes de su Estado guardados como borradores, aún no presentados
}

desk-item-presides = La reunión de su presidencia
desk-item-preparation = Preparación de la reunión
desk-item-committee = { $count ->
    [one] El Comité de Coordinación hoy: 1 miembro
   *[other] El Comité de Coordinación hoy: { $count } miembros
}
desk-item-committee-next-meeting = Próxima reunión del Comité de Coordinación
desk-item-notice-new = Escribir un mensaje a un público
desk-item-group = Su grupo de trabajo o área temática
desk-item-sessions = { $count ->
    [one] 1 sesión de su grupo en el programa
   *[other] { $count } sesiones de su grupo en el programa
}
desk-item-handover-received = Nota de traspaso del titular anterior de su puesto
desk-item-handover-write = Su nota de traspaso para el próximo titular aún no está escrita
desk-item-actions-seat = { $count ->
    [one] 1 acción abierta a cargo de su puesto
   *[other] { $count } acciones abiertas a cargo de su puesto
}
desk-urgent = pendiente
