# Rechazos y errores de formulario (issue 19, punto 1).

## Campos nombrados en una fecha que no se puede leer
refuse-not-a-date = { $field ->
    [received-on] la fecha de recepción
    [new-deadline] el nuevo plazo
    [signature-date] la fecha de firma
    [deposit-date] la fecha de depósito
    [withdrawal-notice-date] la fecha de la notificación de retiro
    [later-effective-date] la fecha de efecto posterior
    [first-day] el primer día
    [new-deadline-asked] el nuevo plazo solicitado
    [decided-on] el día de la decisión
    [new-deadline-granted] el nuevo plazo concedido
    [day-it-ends] el último día
   *[date] la fecha
  }: «{ $value }» no es una fecha con el formato AAAA-MM-DD

## Obligaciones: una presentación registrada por la DAA
refuse-submission-kind = elija qué se recibió: un informe o una prórroga concedida
refuse-submission-received-missing = indique la fecha en que se recibió el informe (o se decidió la prórroga)
refuse-not-a-year = el año abarcado «{ $value }» no es un año
refuse-submission-access = elija quién puede leer la referencia
refuse-obligation-unknown = «{ $value }» no es una obligación de esta convención (conocidas: { $known })
refuse-report-needs-year = { $obligation }: este informe abarca un año civil; indique el año que abarca
refuse-year-not-yearly = solo un informe anual abarca un año: deje el año en blanco
refuse-year-out-of-range = el año abarcado ({ $year }) está fuera de rango
refuse-extension-needs-deadline = una prórroga concedida necesita el nuevo plazo
refuse-no-extension-rule = { $article } ({ $obligation }) no prevé prórroga
refuse-deadline-only-extension = solo una prórroga concedida tiene un nuevo plazo
refuse-reference-missing = indique la referencia del documento (una signatura o el número de expediente de la DAA)
refuse-reference-too-long = la referencia admite 200 caracteres como máximo, la nota 2000
refuse-reason-correction = diga por qué se corrige el registro
conflict-submission-corrected = la presentación { $id } ya fue corregida por la { $newer }: corrija esa
refuse-not-a-state-obligations = { $who } no es un Estado: las obligaciones corresponden a los Estados

## Universalización: actividades de divulgación y declaraciones de intención
refuse-outreach-kind = Elija qué es: una actividad de divulgación o una declaración de intención.
refuse-outreach-date-missing = Indique la fecha (AAAA-MM-DD).
refuse-outreach-not-a-date = La fecha «{ $value }» no es una fecha; escríbala con el formato AAAA-MM-DD.
refuse-outreach-who = Diga quién actuó (o, en una declaración de intención, quién habló).
refuse-outreach-who-long = «Quién» supera los { $max } caracteres.
refuse-outreach-what = Diga qué se hizo o se dijo.
refuse-outreach-what-long = «Qué se hizo» supera los { $max } caracteres.
refuse-outreach-group-long = El grupo de trabajo supera los { $max } caracteres.
refuse-outreach-access = Elija quién puede leer la entrada.
refuse-outreach-not-a-state = { $who } no es un Estado: la universalización se refiere a los Estados.
refuse-outreach-reason = Diga por qué se corrige la entrada.
refuse-outreach-unchanged = Nada cambiaría: la corrección es igual a la entrada.
refuse-outreach-while-party = { $who } era Estado parte el { $date }: la universalización es con Estados no partes; feche la actividad antes de su adhesión o regístrela en otro lugar.

## Participación: firmas, depósitos, retiros, nota de la lista, perfiles
refuse-deposit-kind = el instrumento «{ $value }» no es una ratificación ni una adhesión
refuse-event-date-missing = indique la fecha (AAAA-MM-DD)
refuse-event-kind = el acontecimiento «{ $value }» no es una firma, un depósito ni una notificación de retiro
refuse-deposit-kind-missing = diga qué instrumento se depositó: ratificación o adhesión
refuse-profile-kind = el perfil «{ $value }» no es uno de estos: afectado, poseedor de existencias, asistencia a víctimas, retención
refuse-profile-choose = elija el período de perfil que desea corregir
refuse-note-reason = diga por qué cambia la nota (5 caracteres o más)
refuse-note-long = la nota admite 2000 caracteres como máximo
conflict-signature-on-record = { $who }: la firma del { $date } ya está registrada; corrija el registro en su lugar
conflict-deposit-on-record = { $who }: el instrumento depositado el { $date } ya está registrado; corrija el registro en su lugar
conflict-withdrawal-on-record = { $who }: el retiro ya está registrado; corrija el registro en su lugar
refuse-withdraw-no-deposit = { $who } no ha depositado ningún instrumento registrado, por lo que no puede retirarse
refuse-participation-reason = diga por qué se corrige el registro (5 caracteres o más)
refuse-participation-not-a-state = { $who } no es un Estado; solo los Estados firman y depositan
refuse-rules-missing = las normas de entrada en vigor y de retiro de la { $convention } no están registradas, por lo que no se puede calcular la participación
refuse-later-needs-notice = una fecha de efecto posterior del retiro necesita la fecha de la notificación
refuse-withdrawal-not-later = el retiro surte efecto el { $date } según la norma de la convención; indique una fecha de efecto solo si es posterior (el Estado estaba entonces en un conflicto armado)
refuse-record-unchanged = { $who }: el registro ya dice eso; no hay nada que registrar
refuse-profile-reason = diga por qué se corrige el perfil (5 caracteres o más)
conflict-profile-corrected = la entrada de perfil { $id } ya fue corregida; corrija la más reciente
refuse-profile-source = cite la fuente del período de perfil (de 1 a 2000 caracteres)
refuse-profile-period = el período termina ({ $until }) antes de empezar ({ $from })

## Una fila de una lista de participación (un archivo importado, o los datos de un formulario comprobados igual)
refuse-row-iso3-empty = iso3 está vacío
refuse-row-iso3-form = iso3 «{ $value }» no es un código ISO 3166-1 alfa-3 (tres letras mayúsculas)
refuse-row-iso3-unknown = iso3 «{ $value }» no es un Estado del registro
refuse-row-not-a-date = { $column } «{ $value }» no es una fecha con el formato AAAA-MM-DD
refuse-row-deposit-before-signature = ratification_date { $deposit } es anterior a signature_date { $signature }
refuse-row-eif-mismatch = entry_into_force_date { $given } no se deriva del depósito del { $deposit }: la norma de la convención da { $computed }
refuse-row-eif-without-deposit = se da entry_into_force_date sin ratification_date
refuse-row-withdrawal-early = withdrawal_effective_date { $effective } es anterior a lo que la convención permite tras la notificación del { $notice } ({ $computed })
refuse-row-notice-before-deposit = withdrawal_notice_date es anterior al depósito
refuse-row-no-dates = la fila no tiene fecha de firma, de ratificación ni de retiro
refuse-row-deposit-kind = deposit_kind «{ $value }» no es una ratificación ni una adhesión

## Solicitudes de prórroga (art. 4 y análogos)
refuse-ext-obligation-unknown = «{ $value }» no es una obligación cuyo plazo pueda prorrogarse (conocidas: { $known })
refuse-ext-content-unknown = ({ $key }) no es un contenido de las solicitudes del { $article }
refuse-ext-content-long = ({ $key }) admite { $max } caracteres como máximo
refuse-ext-meeting-kind = { $meeting } no decide sobre solicitudes de prórroga: elija una Reunión de los Estados Partes o una Conferencia de Examen
refuse-state-unknown = «{ $value }» no es un Estado registrado
refuse-ext-not-a-state = { $who } no es un Estado: quien solicita una prórroga es un Estado
conflict-ext-decided = la solicitud { $id } ya se decidió: se conserva tal como la decidió la reunión
refuse-ext-frozen = una solicitud presentada queda fijada: diga por qué se corrige
refuse-ext-draft-analysis = la solicitud es un borrador: el análisis sigue a su presentación
refuse-ext-document-unknown = { $symbol } no es un documento registrado: regístrelo o súbalo primero
refuse-ext-document-meeting = { $symbol } no es un documento de la reunión que decide la solicitud
refuse-ext-draft-decision = la solicitud es un borrador: solo se decide una solicitud presentada
conflict-ext-already-decided = la solicitud { $id } ya fue decidida
refuse-ext-decision-reference = cite la decisión (de 1 a 200 caracteres)
refuse-ext-benchmarks-long = los hitos admiten { $max } caracteres como máximo
refuse-ext-decided-on = indique el día de la decisión
refuse-ext-grant-deadline = una prórroga concedida necesita el nuevo plazo
refuse-ext-grant-not-later = el nuevo plazo debe ser posterior al plazo vigente ({ $date })
refuse-ext-grant-more = la reunión puede conceder menos tiempo del solicitado, no más (solicitado: { $date })
refuse-ext-refusal-deadline = un rechazo no tiene nuevo plazo
refuse-ext-outcome = el resultado es «granted» (concedida) o «refused» (rechazada), no «{ $value }»

## Archivos adjuntos a un informe, una solicitud o un mensaje
refuse-files-too-many = Hay { $count } archivos adjuntos; aquí se aceptan como máximo { $max } más.
refuse-file-empty = El adjunto { $n } está vacío.
refuse-file-too-large = El adjunto { $n } ocupa { $size } MiB; se aceptan como máximo { $max } MiB.
refuse-file-kind = El adjunto { $n } no es un PDF, un documento de Word (DOCX) ni texto UTF-8.
refuse-file-none = Elija un archivo para adjuntar.
refuse-the-file-empty = el archivo está vacío
refuse-the-file-too-large = el archivo ocupa { $size } MiB; se aceptan como máximo { $max } MiB
refuse-the-file-kind = el archivo no es un PDF, un documento de Word (DOCX) ni texto UTF-8
refuse-the-file-unreadable = no se puede leer el archivo: { $why }

## Informes de transparencia en línea
refuse-report-obligation-unknown = «{ $value }» no es una obligación que se informe en formularios (conocidas: { $known })
refuse-report-year-ended = el año abarcado ({ $year }) debe ser un año ya terminado, no anterior a 1990
refuse-report-access = un informe es público o reservado a los Estados partes
refuse-report-access-typed = un informe es «public» o «states-parties» (reservado a los Estados partes), no «{ $value }»
refuse-report-received-own = solo un informe introducido por la DAA en nombre de un Estado indica el día en que se recibió
refuse-report-received-future = el día de recepción ({ $date }) es futuro
refuse-report-not-a-state = { $who } no es un Estado: quien informa es un Estado
conflict-report-exists = { $who } ya tiene este informe (número { $id }): ábralo para editarlo o corregirlo
refuse-report-frozen = un informe presentado queda fijado: diga por qué se corrige
refuse-report-access-kept = el nivel de acceso se eligió al presentar el informe: una corrección lo conserva
refuse-report-frozen-file = un informe presentado queda fijado: diga por qué se añade el archivo
refuse-report-mark = Formulario { $form }: la marca es «changed», «unchanged» o «not-applicable», no «{ $value }»

## Solicitudes de asesoramiento a la DAA
refuse-advice-body-empty = Escriba el mensaje; está vacío.
refuse-advice-body-long = El mensaje supera los { $max } caracteres; adjunte un archivo en su lugar.
refuse-advice-state = «{ $value }» no es un Estado del registro; elija el Estado solicitante.
refuse-advice-theme = Elija el tema de la solicitud (uno de { $known }).
refuse-advice-subject = Dé un asunto a la solicitud.
refuse-advice-subject-long = El asunto supera los { $max } caracteres.
refuse-advice-closed-add = Esta solicitud está cerrada; no se puede añadir nada más. Haga una nueva pregunta.
refuse-advice-author = Solo su autor ({ $who }) corrige un mensaje.
refuse-advice-closed-revise = Esta solicitud está cerrada; sus mensajes quedan como están.
refuse-advice-corrected = Este mensaje ya fue corregido (mensaje { $id }); corrija la versión más reciente.
refuse-advice-assignee = «{ $value }» no es una cuenta del personal de la DAA de la { $convention }; elija una de la DAA.
refuse-advice-closed-assign = Esta solicitud está cerrada; no necesita responsable.
refuse-advice-closed = Esta solicitud ya está cerrada.
refuse-advice-shared-already = El intercambio ya se comparte con todos los Estados partes.
refuse-advice-confidential-already = El intercambio ya es confidencial.

## Inscripción (P1.1) y candidaturas (P2.4)
conflict-registered-once = { $email } ya está inscrito en la { $meeting }; una persona se inscribe una vez por reunión.
refuse-registration-deadline = la fecha límite no puede ser anterior a la apertura de las inscripciones
refuse-registration-cap = un tope de 0 rechazaría a todos; déjelo vacío para no fijar tope
refuse-registration-none = elija al menos una inscripción
conflict-registration-decided = la inscripción { $reference } ya está { $status ->
    [approved] aprobada
    [refused] rechazada
    [withdrawn] retirada
   *[other] { $status }
  }; solo se decide una inscripción pendiente
refuse-nomination-no-seat = elija al menos un puesto
refuse-nomination-too-many = elija como máximo 20 puestos
refuse-nomination-seat-twice = cada puesto se elige una sola vez
refuse-nomination-order = el orden de preferencia va de 1 a { $count } sin huecos ni repeticiones
refuse-nomination-other-meeting = { $meeting } no es una reunión de la { $convention }
refuse-meeting-not-on-record = { $meeting } no está registrada
refuse-nominations-closed = la { $meeting } se abrió el { $date }; las candidaturas están cerradas
refuse-nomination-statement-long = la declaración supera los { $max } caracteres
refuse-with-clause = { $problem } ({ $clause })
conflict-nomination-standing = { $who } ya tiene una candidatura vigente para la { $meeting }; retírela primero para presentar otra
conflict-nomination-withdrawn = la candidatura de { $who } para la { $meeting } ya está retirada
refuse-nomination-withdraw-late = la { $meeting } se abrió el { $date }: una candidatura solo puede retirarse hasta la apertura de la reunión

## Decisiones de las reuniones formales y del Comité de Coordinación
refuse-decision-title = una decisión necesita un título de 1 a 500 caracteres
refuse-decision-text = una decisión necesita su texto en al menos un idioma
refuse-decision-language = «{ $value }» no es uno de los seis idiomas de las Naciones Unidas (ar, zh, en, fr, ru, es)
refuse-decision-text-long = el texto en { $lang } supera los 50.000 caracteres
refuse-decision-agenda-item = el tema { $id } no es un tema del programa de la { $meeting }
refuse-decision-document = el documento { $id } no es un documento registrado
refuse-decision-supersede-itself = una decisión no puede sustituirse a sí misma
refuse-decision-superseded-unknown = la decisión { $id } no es una decisión registrada de esta convención
refuse-decision-date = la decisión tiene fecha { $date }, fuera de las fechas registradas de la { $meeting }
refuse-decision-meeting-kind = { $meeting } no es una reunión que adopte decisiones (una Reunión de los Estados Partes, una Conferencia de Examen, una Reunión extraordinaria o el Comité de Coordinación)
refuse-decision-number = el número de una decisión va de 1 a 10.000
refuse-decision-reason = diga por qué se corrige la decisión (5 caracteres o más)
refuse-decision-unchanged = la corrección no cambia nada: la decisión ya dice eso
conflict-decision-number = la { $meeting } ya tiene una decisión número { $number }; corríjala en su lugar

## Documentos y acciones de seguimiento
refuse-document-title = se necesita un título de 1 a 500 caracteres
refuse-document-submitter = el remitente admite 200 caracteres como máximo
conflict-document-exists = { $symbol } ya está registrado
refuse-document-revises-unknown = { $symbol } revisa o corrige { $earlier }, que no está registrado; regístrelo primero
conflict-document-version = { $symbol } ya tiene una versión en «{ $lang }»; no se sobrescribe nada: registre una corrección
refuse-action-title = una acción necesita un título de 1 a 500 caracteres
refuse-action-source = una acción surge de una decisión o del acta de una reunión
refuse-action-owner-state = «{ $value }» no es un Estado del registro
refuse-action-owner-seat = «{ $value }» no es un puesto de coordinador
refuse-version-title-long = el título en este idioma tiene como máximo 500 caracteres
refuse-version-no-file = Elija el archivo de esta versión lingüística.
