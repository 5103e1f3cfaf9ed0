# Rechazos del registro que llevan sus usuarios (issue 19, punto 1): declaraciones, enlace,
# exámenes, mensajes, programas, preparación, delegaciones, archivos de participación y
# signaturas de documentos.

## Declaraciones de las delegaciones (P1.2)
refuse-statement-session = La sesión { $session } no figura en el programa de la { $meeting }; elija una sesión de esta reunión.
refuse-statement-speaker = El orador elegido no figura en la sesión «{ $session }»; elija uno de sus oradores.
refuse-statement-other-state = Un punto focal solo registra declaraciones de su propio Estado ({ $mine }); { $speaker } habla en nombre de { $theirs }.
refuse-statement-no-state = Un punto focal solo registra declaraciones de su propio Estado ({ $mine }); { $speaker } no habla en nombre de ningún Estado.
refuse-statement-language = «{ $value }» no es uno de los seis idiomas oficiales de las Naciones Unidas ({ $known }); elija el idioma de la declaración.
refuse-statement-title = Dé un título a la declaración.
refuse-statement-title-long = El título supera { $max ->
    [one] { $max } carácter
   *[other] los { $max } caracteres
  }.
refuse-statement-file-empty = Elija el archivo de la declaración; el archivo enviado está vacío.
refuse-statement-file-large = El archivo ocupa { $size } MiB; se aceptan como máximo { $max } MiB.
refuse-statement-file-kind = El archivo no es un PDF, ni un documento de Word (DOCX), ni texto sin formato UTF-8.
refuse-statement-withdrawn = Esto ya es una retirada; no hay nada que retirar.
refuse-statement-replaced = Esta versión fue sustituida por otra posterior ({ $id }); retire la versión vigente.
refuse-statement-withdraw-other = Un punto focal solo retira declaraciones de su propio Estado; { $speaker } habla en nombre de { $theirs }.
refuse-statement-withdraw-no-state = Un punto focal solo retira declaraciones de su propio Estado; { $speaker } no habla en nombre de ningún Estado.

## Enlace con las organizaciones (P4.4 g)): funciones, contactos y registro de contactos de la DAA
refuse-liaison-give = { $field ->
    [role] Indique la función.
    [start-date] Indique la fecha de inicio.
    [end-date] Indique la fecha de finalización.
    [source] Indique la fuente.
    [name] Indique el nombre.
    [function] Indique el cargo.
    [contact-date] Indique la fecha del contacto.
    [isu-person] Indique la persona de la DAA.
    [counterpart] Indique la persona contactada.
    [follow-up] Indique la medida de seguimiento.
    [due-date] Indique la fecha límite.
   *[summary] Indique el resumen.
  }
refuse-liaison-long = { $field ->
    [role] La función
    [start-date] La fecha de inicio
    [end-date] La fecha de finalización
    [source] La fuente
    [name] El nombre
    [function] El cargo
    [contact-date] La fecha del contacto
    [isu-person] La persona de la DAA
    [counterpart] La persona contactada
    [follow-up] La medida de seguimiento
    [due-date] La fecha límite
   *[summary] El resumen
  } supera { $max ->
    [one] { $max } carácter
   *[other] los { $max } caracteres
  }.
refuse-liaison-date-missing = { $field ->
    [start-date] Indique la fecha de inicio
    [end-date] Indique la fecha de finalización
    [due-date] Indique la fecha límite
   *[contact-date] Indique la fecha del contacto
  } (AAAA-MM-DD).
refuse-liaison-not-a-date = { $field ->
    [start-date] La fecha de inicio
    [end-date] La fecha de finalización
    [due-date] La fecha límite
   *[contact-date] La fecha del contacto
  } «{ $value }» no es una fecha; escríbala con el formato AAAA-MM-DD.
refuse-liaison-period = El final es anterior al inicio; compruebe las fechas.
refuse-liaison-due-needs-action = Una fecha límite requiere la medida de seguimiento a la que corresponde.
refuse-liaison-no-follow-up = Este contacto no tiene ninguna medida de seguimiento que marcar.
refuse-liaison-done-already = La medida de seguimiento ya está marcada como realizada.
refuse-liaison-not-done = La medida de seguimiento no está marcada como realizada.

## Elementos de examen de una Conferencia de Examen
refuse-review-not-a-review-conference = La { $meeting } no es una Conferencia de Examen: la arquitectura se examina en una de ellas
refuse-review-subject = elija lo que se examina: el programa entre períodos de sesiones, los grupos de trabajo, el Comité de Coordinación o la DAA
refuse-review-empty = indique los documentos de antecedentes o el resultado (o ambos)
refuse-review-text-long = cada texto puede tener como máximo { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
  }
refuse-review-decision-unknown = no existe la decisión { $id } en la { $convention }
refuse-review-version-unknown = no hay registrada ninguna versión { $version } de la arquitectura
refuse-review-reason = este tema ya tiene un elemento de examen: diga por qué lo corrige (5 caracteres o más)

## Mensajes a un público, y dirección de contacto de una persona
refuse-audience-needs-meeting = el público «{ $kind }» requiere una reunión
refuse-audience-needs-group = el público «{ $kind }» requiere un grupo de trabajo
refuse-audience-unknown = «{ $value }» no es un público; elija uno de los siguientes: { $known }
refuse-email-address = «{ $value }» no es una dirección de correo electrónico
refuse-audience-no-architecture = ninguna arquitectura de la { $convention } está en vigor el { $on }
refuse-audience-group-unknown = no existe el grupo de trabajo «{ $body }» en la arquitectura en vigor el { $on }
refuse-message-original = el original ({ $lang ->
    [fr] francés
    [es] español
    [ar] árabe
   *[en] inglés
  }) necesita un asunto y un texto
refuse-message-version-empty = la versión en { $lang ->
    [fr] francés
    [es] español
    [ar] árabe
   *[en] inglés
  } necesita a la vez un asunto y un texto
refuse-message-version-long = la versión en { $lang ->
    [fr] francés
    [es] español
    [ar] árabe
   *[en] inglés
  } es demasiado larga (asunto de hasta { $subject } caracteres, texto de hasta { $body })
refuse-audience-empty = nadie forma parte del público «{ $kind }» el { $on }: el mensaje no se envió

## Programa de una reunión: sesiones y oradores
refuse-session-named = «{ $title }» ({ $day }, { $starts }–{ $ends })
refuse-session-overlap = { $first } y { $second } se superponen en la sala { $room }; traslade una de ellas a otro horario o a otra sala.
refuse-session-untitled = Una sesión del { $day } no tiene título.
refuse-session-outside-meeting = La sesión { $session } no cae en un día de la { $meeting }, que se celebra del { $opens } al { $closes }.
refuse-session-meeting-undated = La { $meeting } no tiene fechas registradas, de modo que la sesión { $session } no puede situarse en uno de sus días.
refuse-session-hours = La sesión { $session } debe empezar antes de terminar.
refuse-session-body-unknown = { $session }: no existe el órgano «{ $key }» en la arquitectura en vigor el { $day }.
refuse-session-body-is-area = { $session }: { $area } es un área temática; elíjala como área temática de la sesión y su grupo como órgano.
refuse-session-area-unknown = { $session }: no existe el área temática «{ $key }» en la arquitectura en vigor el { $day }.
refuse-session-area-not-area = { $session }: { $body } no es un área temática; elíjalo como órgano de la sesión.
refuse-session-area-body = { $session }: el área temática { $area } se examina en el tiempo asignado a { $parent }, por lo que su órgano debe ser { $parent } o ninguno (P2.2).
refuse-session-area-outside = { $session }: el área temática { $area } se examina en el tiempo asignado a { $parent } (P2.2); sitúela por completo dentro de una sesión de { $parent } el { $day }.
refuse-programme-session-title = Dé un título a la sesión.
refuse-programme-session-room = Indique la sala en la que se celebra la sesión.
refuse-programme-title-long = El título supera { $max ->
    [one] { $max } carácter
   *[other] los { $max } caracteres
  }.
refuse-programme-room-long = La sala supera { $max ->
    [one] { $max } carácter
   *[other] los { $max } caracteres
  }.
refuse-programme-description-long = La descripción supera { $max ->
    [one] { $max } carácter
   *[other] los { $max } caracteres
  }.
refuse-programme-session-has-statements = «{ $title }» tiene { $count ->
    [one] una declaración registrada
   *[other] { $count } declaraciones registradas
  }; una sesión en la que se pronunciaron declaraciones permanece en el programa: modifíquela en lugar de eliminarla.
refuse-programme-speaker-name = Indique el nombre del orador.
refuse-programme-name-long = El nombre supera { $max ->
    [one] { $max } carácter
   *[other] los { $max } caracteres
  }.
refuse-programme-capacity-long = La función o el cargo supera { $max ->
    [one] { $max } carácter
   *[other] los { $max } caracteres
  }.
refuse-programme-speaker-actor = «{ $value }» no figura en el registro de actores.

## Lista de preparación de una reunión
refuse-preparation-long = el título y el responsable pueden tener como máximo { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
  }
refuse-preparation-title = un elemento añadido necesita un título

## Archivo de participación importado (una línea por Estado)
refuse-import-rules-missing = las normas de entrada en vigor y de retirada de esta convención no están registradas, por lo que no pueden comprobarse las fechas de participación; añádalas primero a su configuración predefinida
refuse-import-line-unreadable = línea { $line }: { $why }
refuse-import-state-twice = línea { $line }: { $state } aparece más de una vez en el archivo
refuse-import-line = línea { $line }: { $problem }
refuse-import-no-rows = el archivo tiene un encabezado pero ninguna fila

## Signaturas de documentos (CCM/MSP/2011/WP.3)
refuse-symbol-form = «{ $value }» no es una signatura de documento: los segmentos se separan con una sola barra, como en CCM/MSP/2011/WP.3
refuse-symbol-treaty = «{ $value }» no es un prefijo de tratado (mayúsculas, como CCM)
refuse-symbol-number = «{ $value }» no es un número de documento (un número como 5, o una serie como WP.3)
refuse-symbol-out-of-place = «{ $value }» está fuera de lugar en «{ $symbol }»
refuse-symbol-none-free = no queda ningún número de documento libre después de { $used } en { $root }

## Delegación comunicada por su punto focal (normas de inscripción de P1.1, persona por persona)
refuse-delegation-person = persona { $person }: { $problem }
refuse-delegation-empty-post = una comunicación de delegación nombra al menos a una persona
refuse-delegation-required = El campo «{ $field }» es obligatorio.
refuse-delegation-too-long = El campo «{ $field }» supera { $max ->
    [one] { $max } carácter
   *[other] los { $max } caracteres
  }.
refuse-delegation-category = Elija una de las categorías de la lista.
refuse-delegation-role = Elija jefe de delegación, miembro o asesor.
refuse-delegation-email = La dirección de correo electrónico debe tener la forma nombre@example.org, sin espacios.
refuse-delegation-unknown-actor = «{ $value }» no es un Estado ni una organización del registro.
refuse-delegation-not-a-state = { $value } no es un Estado.
refuse-delegation-not-an-organization = { $value } no es una organización.
refuse-delegation-not-party = { $state } no es un Estado parte para el que la Convención esté en vigor el { $day }; puede inscribirse como Estado observador.
refuse-delegation-party-not-observer = { $state } es un Estado parte para el que la Convención está en vigor el { $day }; se inscribe como Estado parte.
refuse-delegation-credentials-required = La delegación de un Estado debe adjuntar sus credenciales (una nota verbal) en PDF.
refuse-delegation-credentials-not-pdf = El archivo de las credenciales no es un PDF.
refuse-delegation-credentials-too-large = El archivo de las credenciales supera los 5 MiB.
refuse-delegation-not-yet-open = La inscripción se abre el { $day }; vuelva entonces.
refuse-delegation-after-deadline = La inscripción se cerró el { $day }; no se aceptan inscripciones tardías.
refuse-delegation-cap = { $delegation } ya tiene { $cap ->
    [one] { $cap } inscripción
   *[other] { $cap } inscripciones
  }, el máximo que puede tener una delegación.
refuse-delegation-head = { $delegation } ya tiene un jefe de delegación.
refuse-delegation-not-open = La inscripción para esta reunión no está abierta.
refuse-delegation-reason-required = Diga por qué, en pocas palabras.
refuse-delegation-not-active = { $reference } está rechazada o retirada; solo puede modificarse una inscripción pendiente o aprobada.
refuse-delegation-duplicate = { $email } ya está inscrito en esta reunión; una persona se inscribe una sola vez por reunión.
refuse-delegation-nobody-listed = Indique al menos una persona: un apellido, un nombre, una dirección de correo electrónico y una función.

## Formularios y cuerpos JSON de estas salas, leídos por la web
refuse-notice-original-lang = «{ $value }» no es un idioma del producto (en, fr, es, ar)
refuse-notice-version-twice = la versión en { $lang ->
    [fr] francés
    [es] español
    [ar] árabe
   *[en] inglés
  } se da dos veces
refuse-notice-version-lang = «{ $value }» no es un idioma del producto
refuse-review-not-a-number = «{ $value }» no es { $field ->
    [decision] un número de decisión
   *[architecture-version] un número de versión de la arquitectura
  }
refuse-review-subject-typed = «{ $value }» no es un tema de examen
refuse-decision-symbol-unknown = no hay registrado ningún documento con la signatura { $symbol }
refuse-decision-meeting-unknown = la reunión «{ $value }» no está registrada
refuse-decision-reference-unknown = «{ $value }» no es una decisión registrada; escriba la reunión y el número, como 2MSP/3
refuse-decision-agenda-typed = «{ $value }» no es un tema del programa
refuse-decision-number-typed = «{ $value }» no es un número de decisión (un número entero a partir de 1)
refuse-report-own-state = Un punto focal solo informa en nombre de su propio Estado ({ $states }).
refuse-extension-own-state = Un punto focal solo presenta solicitudes en nombre de su propio Estado ({ $states }).
refuse-advice-own-state = Un punto focal solo pide asesoramiento en nombre de su propio Estado ({ $states }).
refuse-nomination-state-missing = indique el Estado propuesto (state, su código alfa-3)
refuse-delegation-lang = el idioma «{ $value }» no es uno de en, fr, es, ar
refuse-delegation-decision = la decisión «{ $value }» no es approve ni refuse
refuse-list-page = La página «{ $page }» no es un número de página (1, 2, 3...).
