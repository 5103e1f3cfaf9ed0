# Obligaciones y plazos de los Estados (issue 16).
profile-retention = Retiene municiones para adiestramiento (art. 3.6)
ob-heading = Obligaciones y plazos
ob-title-state = Obligaciones de { $value }
ob-next = Próximo plazo
ob-next-none = No vence ningún plazo en esta fecha.
ob-all-link = Todas las obligaciones y plazos
ob-col-obligation = Obligación
ob-col-period = Año abarcado
ob-col-due = Vence
ob-col-status = Situación
ob-col-submitted = Recibido
ob-col-reference = Documento
ob-col-basis = Fundamento
ob-col-state = Estado
ob-col-days = Días de retraso
ob-status-met = Cumplido
ob-status-met-late = Recibido con retraso
ob-status-overdue = Vencido
ob-status-upcoming = Próximo
ob-basis-days = { $article }: { $days } días después de la entrada en vigor para el Estado ({ $eif }).
ob-basis-years = { $article }: { $years } años después de la entrada en vigor para el Estado ({ $eif }), en la fecha de aniversario.
ob-basis-annual = { $article }: a más tardar el { $date } de cada año, respecto del año civil anterior.
ob-basis-extended = Prorrogado hasta el { $value } por decisión de los Estados partes.
ob-basis-profile = Debida como: { $value }.
ob-restricted = acceso restringido
ob-none = No consta ninguna obligación: la convención no está en vigor para este Estado según el registro, o sus obligaciones no figuran en su configuración.
ob-overdue-title = Obligaciones vencidas
ob-overdue-intro = Todos los plazos vencidos en esta fecha sin nada recibido en el registro, según las normas de la convención calculadas a partir de la entrada en vigor y los perfiles. No se cuentan los informes y prórrogas no registrados aquí.
ob-overdue-count =
    { $count ->
        [one] Un plazo vencido
       *[other] { $count } plazos vencidos
    }
ob-overdue-none = Ningún plazo está vencido en esta fecha.
ob-record-heading = Registrar una presentación
ob-record-kind = Qué se recibió
ob-kind-report = Informe o declaración recibido
ob-kind-extension-granted = Prórroga concedida
ob-record-period = Año abarcado (solo informes anuales)
ob-record-received = Recibido (o decidido) el
ob-record-extended-to = Nuevo plazo (solo prórrogas)
ob-record-reference = Referencia del documento
ob-record-access = Quién puede leer la referencia
ob-record-note = Nota
ob-record-reason = Motivo (se conserva en el registro de auditoría)
ob-record-submit = Registrar
ob-submissions-heading = Presentaciones registradas
ob-submissions-caption = Todos los registros, incluidos los corregidos
ob-superseded = corregido
ob-calendar = Próximos plazos como calendario (iCalendar)
ob-problems = La presentación no se registró:
ob-recorded = La presentación se registró.
nav-obligations = Obligaciones
