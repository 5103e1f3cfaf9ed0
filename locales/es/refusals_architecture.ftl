# Rechazos de la arquitectura y los cargos, las cuentas y los accesos, las reuniones (issue 19, punto 1).


## Cuentas y accesos: nombres de usuario, contraseñas, funciones, tokens de API
refuse-account-username = el nombre de usuario «{ $value }» debe tener de 1 a 64 letras, cifras, puntos, guiones o guiones bajos
refuse-account-password-short = la contraseña debe tener al menos { $min ->
    [one] { $min } carácter
   *[other] { $min } caracteres
  }
refuse-account-password-wrong = la contraseña actual no es correcta
refuse-account-password-same = la nueva contraseña debe ser distinta de la actual
conflict-account-username = ya existe un usuario llamado «{ $value }»
conflict-account-role-held = { $user } ya tiene esa función
refuse-account-convention-unknown = la convención «{ $value }» no consta en el registro
refuse-account-actor-unknown = el actor «{ $value }» no consta en el registro
refuse-account-role-unknown = «{ $value }» no es una función; elija entre admin, isu-staff, president, coordinator, focal-point, observer
refuse-account-role-no-state = la función { $role ->
        [admin] de administrador
        [isu-staff] de personal de la DAA
        [president] de presidente
        [coordinator] de coordinador
        [focal-point] de punto focal
        [observer] de observador
       *[other] «{ $role }»
      } no actúa en nombre de ningún Estado; deje el Estado en blanco
refuse-account-lang-unknown = «{ $value }» no es un idioma del producto (en, fr, es, ar)
refuse-role-global = la función { $role ->
        [admin] de administrador
        [isu-staff] de personal de la DAA
        [president] de presidente
        [coordinator] de coordinador
        [focal-point] de punto focal
        [observer] de observador
       *[other] «{ $role }»
      } se aplica a todas las convenciones; no nombre ninguna
refuse-role-needs-convention = la función { $role ->
        [admin] de administrador
        [isu-staff] de personal de la DAA
        [president] de presidente
        [coordinator] de coordinador
        [focal-point] de punto focal
        [observer] de observador
       *[other] «{ $role }»
      } necesita una convención (por ejemplo --convention ccm)
refuse-role-needs-state = la función { $role ->
        [admin] de administrador
        [isu-staff] de personal de la DAA
        [president] de presidente
        [coordinator] de coordinador
        [focal-point] de punto focal
        [observer] de observador
       *[other] «{ $role }»
      } necesita el Estado en cuyo nombre actúa (por ejemplo --actor NZL)
refuse-token-name = dé al token un nombre de 1 a { $max } caracteres (para qué sirve)
refuse-token-account-disabled = la cuenta «{ $user }» está desactivada; no puede tener tokens
refuse-token-too-many = ya tiene { $max } tokens; revoque primero uno que ya no use
conflict-token-revoked = el token «{ $name }» ya está revocado
refuse-account-disable-choice = indique si desea desactivar o reactivar la cuenta
refuse-account-disable-self = no puede desactivar su propia cuenta; pídaselo a otro administrador
refuse-account-password-confirm = la nueva contraseña y su confirmación no coinciden; escríbala dos veces igual

## Reuniones: fechas, programa, asistencia, actas
refuse-meeting-closes-before-opens = la reunión se clausura ({ $closes }) antes de abrirse ({ $opens })
refuse-meeting-closing-needs-opening = un día de clausura requiere un día de apertura
refuse-meeting-presiding-unknown = «{ $value }» no es un actor del registro
refuse-meeting-not-a-date = { $field ->
    [opening-day] el día de apertura
    [closing-day] el día de clausura
   *[date] la fecha
  } «{ $value }» no es una fecha (AAAA-MM-DD)
refuse-meeting-venue-long = el lugar tiene como máximo { $max } caracteres
refuse-meeting-kind = elija un tipo de reunión
refuse-meeting-number = el número «{ $value }» debe ser un número entero del 1 al 999
refuse-agenda-item-long = un tema del programa tiene como máximo { $max } caracteres: «{ $start }…»
refuse-attendance-not-committee = { $meeting } no es una reunión del Comité de Coordinación
refuse-attendance-undated = { $meeting } aún no tiene fecha, por lo que no puede saberse su composición
refuse-attendance-no-committee = ningún Comité de Coordinación figura en la arquitectura vigente el { $day }
refuse-attendance-guest-name = un invitado necesita un nombre (un código de actor o una persona), de { $max } caracteres como máximo
conflict-attendance-guest = { $guest } ya figura en la lista de asistencia de { $meeting }
refuse-minutes-empty = el acta está vacía
refuse-minutes-unchanged = el acta no ha cambiado: nada que registrar
refuse-minutes-reason = indique por qué cambia el acta de { $meeting }: la versión anterior sigue siendo legible con su motivo

## La arquitectura: reuniones y decisiones que registra (Propuesta 2)
refuse-arch-no-meeting-kind = la arquitectura de { $convention } no prevé reuniones del tipo { $kind }
conflict-arch-meeting-recorded = { $meeting } ya está registrada
conflict-arch-decision-number = { $meeting } ya tiene una decisión con el número { $number }
refuse-arch-nominee-not-a-state = { $who } no es un Estado

## Nombramientos para puestos y cargos, uno por uno (P2.4 a P2.7)
refuse-appointment-n = nombramiento { $n }: { $problem }
refuse-appointment-post = elija un puesto o cargo de la arquitectura
refuse-appointment-person = indique el nombre de la persona
refuse-appointment-holder-unknown = «{ $value }» no figura en el registro de actores
refuse-appointment-meeting-other = { $what ->
    [selecting] la reunión que seleccionó
   *[presided] la reunión presidida
  } no es una reunión de { $convention }
refuse-appointment-decision = la decisión citada no consta en el registro
refuse-appointment-cycles = indique la duración del mandato en ciclos (1 o más)
refuse-appointment-justification = la justificación para dejar de lado { $clause } debe explicar por qué ({ $min } caracteres o más)
refuse-appointment-none = no hay ningún nombramiento que registrar
refuse-appointments-none = indique al menos un nombramiento (puesto y titular)
refuse-appointments-too-many = como máximo { $max } nombramientos a la vez
refuse-appointment-seat-unknown = «{ $seat }» no es un puesto de la arquitectura vigente en { $meeting }
refuse-appointment-seat-twice = el puesto { $seat } figura dos veces
refuse-appointment-justification-missing = { $clause } solo puede dejarse de lado con una justificación escrita ({ $min } caracteres o más) en justifications."{ $clause }"
refuse-appointment-justification-long = la justificación para { $clause } supera los { $max } caracteres
refuse-appointment-finding = { $clause }: { $finding }
refuse-handover-note-long = la nota de traspaso supera los 20.000 caracteres
refuse-handover-note-unchanged = la nota de traspaso ya dice eso; nada que registrar

## Cargos: el Presidente designado y el Director de la DAA (Propuesta 3)
refuse-designation-other-convention = { $meeting } no es una reunión de { $convention }
refuse-designation-after-opening = la designación ({ $on }) debe ser anterior a la apertura de { $meeting }
refuse-designation-before-end = la designación tiene fecha { $on }, antes de que terminara { $meeting }
refuse-designation-source = indique dónde consta la designación (la fuente)
refuse-designation-meeting-unknown = la reunión «{ $value }» no consta en el registro
refuse-designation-not-a-date = { $field ->
   *[designation-date] la fecha de designación
  }: «{ $value }» no es una fecha con el formato AAAA-MM-DD
refuse-designation-state = indique qué Estado es designado
refuse-director-name = indique el nombre del Director (de 1 a { $max } caracteres)
refuse-director-source = indique dónde consta el nombramiento (la fuente)
refuse-director-overlap = { $holder } figura como Director desde el { $from }, es decir, el { $on } o después
