home-next-meeting = Próxima reunión
home-reg-not-open = La inscripción para esta reunión no está abierta.
home-reg-opens = La inscripción se abre el { $value }.
home-reg-closed = La inscripción se cerró el { $value }.
home-reg-open-until = La inscripción está abierta hasta el { $value }.
home-reg-open = La inscripción está abierta.
home-all-meetings = Todas las reuniones, próximas y pasadas
home-holders = Titulares de los cargos hoy
home-holders-none = Según los registros, hoy no hay ningún cargo ni puesto ocupado.
home-col-post = Cargo o puesto
home-col-holder = Titular
home-col-until = Hasta
home-architecture = Grupos de trabajo, puestos y cargos
home-documents = Documentos recientes
home-documents-none = No hay documentos registrados.
home-all-documents = Todos los documentos
home-deadlines = Plazos de los próximos 90 días
home-deadlines-none = Ningún Estado tiene un plazo registrado en los próximos 90 días.
home-overdue = Obligaciones atrasadas

home-seats-held = { $count ->
    [one] Un puesto ocupado hoy
   *[other] { $count } puestos ocupados hoy
}
home-last-on-record = último registrado
home-last-on-record-hint = Según lo registrado, nadie ocupa hoy este cargo; se indica el último titular registrado.
home-nothing-yet = Aún no hay ninguna reunión, titular, documento ni plazo registrado para esta convención.
home-held-until = (hasta el { $value })
