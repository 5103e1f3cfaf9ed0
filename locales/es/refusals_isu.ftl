# Rechazos y errores de formulario del registro de la DAA (Propuesta 4) y de los archivos
# importados (cuestión 19, punto 1).

## Campos del registro de la DAA nombrados en un rechazo
refuse-isu-give = Indique { $field ->
    [body] quién prestó apoyo a la Convención (la entidad)
    [person] el nombre de la persona
    [function] la función
    [activity-title] el título de la actividad { $n }
    [line-category] la categoría de la partida presupuestaria { $n }
    [host] el anfitrión
    [place] el lugar
   *[contributor] el contribuyente (un Estado o una organización)
  }.
refuse-isu-too-long = { $field ->
    [body] La entidad que prestó apoyo a la Convención
    [person] El nombre de la persona
    [function] La función
    [activity-title] El título de la actividad { $n }
    [line-category] La categoría de la partida presupuestaria { $n }
    [host] El anfitrión
    [place] El lugar
   *[contributor] El contribuyente (un Estado o una organización)
  } supera { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
  }.
refuse-isu-date-missing = Indique { $field ->
    [first-day] el primer día
    [last-day] el último día
    [pledge-date] la fecha del compromiso de contribución
    [received-on] la fecha de recepción
   *[date] la fecha
  } (AAAA-MM-DD).
refuse-isu-not-a-date = { $field ->
    [first-day] El primer día
    [last-day] El último día
    [pledge-date] La fecha del compromiso de contribución
    [received-on] La fecha de recepción
   *[date] La fecha
  }: «{ $value }» no es una fecha con el formato AAAA-MM-DD.
refuse-isu-not-a-choice = { $field ->
    [decision] La decisión
   *[corrects] La fila corregida
  }: «{ $value }» no es una de las opciones.
refuse-isu-ends-before-starts = El último día ({ $last }) es anterior al primero ({ $first }).

## La DAA a lo largo del tiempo: períodos de estatuto y personal
refuse-isu-capacity = Elija el carácter: provisional o permanente.
refuse-isu-period-source = Indique dónde consta el cambio (la fuente); si su decisión no figura en el registro, indíquelo.
refuse-isu-decision-not-in-register = La decisión { $id } no figura en el registro de la { $convention }; elija una de sus decisiones o no indique ninguna y explique el motivo en la fuente.
refuse-isu-period-not-current = El período { $id } no es un período vigente de la { $convention }; corrija la versión vigente.
refuse-isu-staff-source = Indique dónde consta el nombramiento (la fuente).
refuse-isu-staff-not-current = La fila de personal { $id } no es una fila vigente de la { $convention }; corrija la versión vigente.

## El plan de trabajo y el presupuesto (P4.4(h))
refuse-isu-year-out-of-range = { $year } no es un año para el que TreatyDesk lleve planes de trabajo (de 2000 a 2100).
refuse-isu-plan-empty = Indique al menos una actividad o una partida presupuestaria.
refuse-isu-activity-no-mandate = Actividad { $n }: la configuración de la { $convention } no enumera tareas del mandato en las que situarla.
refuse-isu-activity-task = Actividad { $n }: «{ $value }» no es una tarea del mandato de la DAA ({ $keys }).
refuse-isu-line-amount = Partida presupuestaria { $n }: el importe debe ser mayor que cero, con dos decimales como máximo.
refuse-isu-line-currency = Partida presupuestaria { $n }: el presupuesto de la { $convention } está en { $budget }, no en { $currency }.
refuse-isu-line-no-currency = Partida presupuestaria { $n }: la configuración de la { $convention } no indica moneda presupuestaria.
refuse-isu-line-problem = Partida presupuestaria { $n }: { $problem }
refuse-isu-activity-line-form = Línea de actividad { $n }: escriba la clave de la tarea, una barra vertical y el título (a | Preparar la Reunión | productos; separados)
refuse-isu-line-form = Partida presupuestaria { $n }: escriba la categoría, una barra vertical y el importe (Gastos de personal | 412500.00)
refuse-isu-not-an-amount = «{ $value }» no es un importe: escriba cifras con dos decimales como máximo tras un punto (1250.50), mayor que cero.
refuse-isu-draft-unchanged = El proyecto (revisión { $revision }) ya dice esto; no se ha modificado nada.
conflict-isu-workplan-race = se guardó otra revisión del plan de trabajo de { $year } al mismo tiempo; vuelva a cargar el plan e inténtelo de nuevo
refuse-isu-step-no-meeting = «{ $value }» no es una reunión de la { $convention }; elija { $kind ->
    [committee] una reunión del Comité de Coordinación
   *[formal] una Reunión de los Estados Partes o una Conferencia de Examen
  }.
refuse-isu-step-wrong-meeting = { $meeting } no es { $kind ->
    [committee] una reunión del Comité de Coordinación
   *[formal] una Reunión de los Estados Partes o una Conferencia de Examen
  }.
refuse-isu-step-decision = La decisión { $id } no es una decisión de { $meeting }; cite una de las decisiones de esa reunión.
refuse-isu-endorsement-citation = Cite la decisión de la reunión del Comité o su acta (donde consta el respaldo).
refuse-isu-approval-decision = Cite la decisión de la reunión que aprobó el plan.
refuse-isu-endorsed-already = P4.4(h): la revisión vigente ya está respaldada; modifíquela primero (vuelve entonces a ser un proyecto) para respaldarla de nuevo.
refuse-isu-approved-not-endorsable = P4.4(h): la revisión vigente ya está aprobada; una modificación la devuelve a proyecto, que el Comité respalda después.
refuse-isu-approve-draft = P4.4(h): el plan de trabajo y el presupuesto se someten a la aprobación de la Reunión de los Estados Partes o de la Conferencia de Examen solo una vez que el Comité de Coordinación los ha respaldado; la revisión vigente es un proyecto, así que registre primero el respaldo del Comité.
refuse-isu-approved-already = P4.4(h): la revisión vigente ya está aprobada.

## Contribuciones (P4.2)
refuse-isu-contributor-unknown = «{ $value }» no es un Estado ni una organización del registro; omita el código e indique el nombre.
refuse-isu-no-budget-currency = La configuración de la { $convention } no indica moneda presupuestaria; las contribuciones no pueden computarse con respecto a un presupuesto.
refuse-isu-not-a-currency = «{ $value }» no es un código de moneda (tres letras mayúsculas, como CHF o EUR).
refuse-isu-amount = El importe debe ser mayor que cero, con dos decimales como máximo.
refuse-isu-rate = El tipo de cambio debe ser mayor que cero.
refuse-isu-rate-one = La contribución está en la moneda presupuestaria ({ $currency }); su tipo de cambio es 1.
refuse-isu-not-a-rate = «{ $value }» no es un tipo de cambio: escriba cuántas unidades de la moneda presupuestaria vale una unidad (0.9412), mayor que cero, ocho decimales como máximo.
refuse-isu-earmark = «{ $value }» no es una asignación: elija sin asignar, tarea o actividad.
refuse-isu-earmark-task = «{ $value }» no es una tarea del mandato de la DAA.
refuse-isu-earmark-activity = «{ $value }» no es una actividad del plan de trabajo de { $year }.
refuse-isu-contribution-source = Indique el documento fuente de la contribución.
refuse-isu-contribution-not-current = La contribución { $id } no es una contribución vigente de la { $convention }; corrija la versión vigente.
refuse-isu-funds-year = Indique el año que financia la contribución.
refuse-isu-not-a-year = «{ $value }» no es un año.

## Gastos con cargo al presupuesto aprobado
refuse-isu-spending-no-approved-plan = No hay ningún plan de trabajo aprobado para { $year }; los gastos se registran con cargo a las partidas de un presupuesto aprobado.
refuse-isu-spending-line = «{ $value }» no es una partida del presupuesto aprobado de { $year } ({ $keys }).
refuse-isu-spending-quarter = El trimestre { $value } no es 1, 2, 3 ni 4.
refuse-isu-spending-source = Indique la fuente de la cifra (las cuentas, un estado).
refuse-isu-spending-not-current = El gasto { $id } no es una fila vigente de { $year }; corrija la versión vigente.
refuse-isu-quarter-missing = Indique el trimestre (1 a 4) al que corresponde el gasto.
refuse-isu-not-a-quarter = «{ $value }» no es un trimestre (1 a 4).

## Los informes de la DAA (P4.4(i))
refuse-isu-report-meeting = { $meeting } no es una Reunión de los Estados Partes ni una Conferencia de Examen con fecha de apertura: la DAA informa a una de ellas (P4.4(i))
refuse-isu-report-no-meeting = no existe la reunión «{ $value }»: elija una Reunión de los Estados Partes o una Conferencia de Examen
refuse-isu-report-period = el último día del período ({ $last }) es anterior al primero ({ $first })
refuse-isu-report-prose-long = cada introducción y cada conclusión puede tener hasta { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
  }
conflict-isu-report-published = el informe { $number } de la DAA está publicado con la signatura { $symbol } y congelado (P4.4(i)): genere un nuevo proyecto para un nuevo informe
refuse-isu-report-not-a-date = { $field ->
    [first-day] el primer día
   *[last-day] el último día
  } ({ $value }) no es una fecha (AAAA-MM-DD)
refuse-isu-report-meeting-missing = elija la reunión a la que va dirigido el informe
refuse-isu-report-symbol-missing = indique la signatura con la que se publica el informe
refuse-isu-report-symbol-no-pattern = indique la signatura: la serie de la reunión no tiene un modelo a partir del cual proponer una

## Calendarios importados (iCalendar)
refuse-ical-too-big = el calendario ocupa { $size } KiB; se leen como máximo { $max } KiB
refuse-ical-too-many-lines = el calendario tiene más de { $max ->
    [one] { $max } línea
   *[other] { $max } líneas
  }
refuse-ical-too-deep = el calendario anida componentes en más de { $max ->
    [one] { $max } nivel
   *[other] { $max } niveles
  }
refuse-ical-not-a-calendar = esto no es un archivo iCalendar: { $why }
refuse-ical-no-uid = { $named ->
    [true] «{ $name }»
   *[other] el evento { $n }
  } no tiene UID
refuse-ical-no-start = { $named ->
    [true] «{ $name }»
   *[other] el evento { $n }
  } no tiene un DTSTART legible
refuse-ical-bad-end = { $named ->
    [true] «{ $name }»
   *[other] el evento { $n }
  } tiene un DTEND ilegible
refuse-ical-too-many-events = el calendario tiene { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
  }; se importan como máximo { $max } a la vez
refuse-ical-no-events = el calendario no tiene eventos
refuse-ical-name = dé al calendario un nombre de 1 a 100 caracteres (por ejemplo, «APLC»)
refuse-ical-file-too-big = el archivo ocupa { $size } KiB; se aceptan como máximo { $max } KiB
refuse-ical-not-utf8 = el archivo no es texto UTF-8, como lo son los archivos iCalendar
refuse-ical-no-file = elija un archivo iCalendar (.ics) para importar

## Archivos CSV importados: el encabezado
refuse-csv-header-unreadable = línea 1: no se puede leer el encabezado: { $why }
refuse-csv-header-lacks = línea 1: al encabezado le falta(n) la(s) columna(s) { $missing }; se esperaba { $expected }
