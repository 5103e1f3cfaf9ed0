# Constataciones de las normas (issue 19): un mensaje por identificador de
# treatydesk_domain::finding::ALL_IDS, con las mismas variables que el inglés.

## Propuesta 2 (rules.rs)
finding-p2-5-term-not-computable = No puede determinarse el mandato del puesto { $post }: { $why }.
finding-p2-3-vacant-since = El puesto { $seat } ({ $title }) del órgano { $body } está vacante desde el { $from } (no consta ningún nombramiento).
finding-p2-3-vacant-from-to = El puesto { $seat } ({ $title }) del órgano { $body } estuvo vacante del { $from } al { $to } (no consta ningún nombramiento).
finding-p2-4-not-a-state = { $who } no es un Estado; un Coordinador procede de un Estado parte.
finding-p2-4-not-in-registry = «{ $code }» no figura en el registro de Estados.
finding-p2-4-party-unconfirmed = No puede confirmarse que { $who } fuera un Estado parte para el que la Convención estaba en vigor el { $date }, primer día de su mandato: su participación no consta en esa fecha.
finding-p2-4-not-party = { $who } no era un Estado parte para el que la Convención estaba en vigor el { $date }, primer día de su mandato (situación: { $status ->
        [not-party] no parte
        [signatory] signatario
        [ratified-not-in-force] instrumento depositado, Convención aún no en vigor
        [party-in-force] Estado parte, Convención en vigor
        [withdrawn] retirado
        [unknown] desconocido
        [planned] prevista
        [convened] convocada
        [held] celebrada
        [closed] clausurada
       *[other] { $status }
    }).
finding-p2-4-no-selecting-meeting = El nombramiento de { $who } no indica ninguna reunión que lo haya elegido.
finding-p2-4-meeting-does-not-select = { $who } fue elegido por la reunión { $meeting }, que no es una reunión facultada para elegir Coordinadores (una Reunión de los Estados Partes o una Conferencia de Examen).
finding-p2-4-decision-of-other-meeting = El nombramiento de { $who } cita la decisión { $decision } de otra reunión, no de la reunión { $meeting }.
finding-p2-4-no-decision = El nombramiento de { $who } por la reunión { $meeting } no cita ninguna decisión de esa reunión.
finding-p2-5-before-architecture = El mandato de { $who } comienza el { $date }, antes de que la arquitectura surtiera efecto.
finding-p2-5-no-such-seat = No existe el puesto «{ $seat }» en la versión { $version } de la arquitectura.
finding-p2-5-term-length-first-round = El mandato de { $who } en { $body } como { $seat } dura { $given ->
        [one] { $given } ciclo
       *[other] { $given } ciclos
    }, pero en la primera ronda este puesto se ocupa durante { $expected ->
        [one] { $expected } ciclo
       *[other] { $expected } ciclos
    } para que los dos mandatos de { $body } se alternen.
finding-p2-5-term-length = El mandato de { $who } en { $body } como { $seat } dura { $given ->
        [one] { $given } ciclo
       *[other] { $given } ciclos
    }, pero la arquitectura en vigor fija para este puesto mandatos de { $expected ->
        [one] { $expected } ciclo
       *[other] { $expected } ciclos
    }.
finding-p2-5-staggered = Los dos puestos de { $body } se cubrieron en la reunión { $meeting } ({ $holders }); después de la primera ronda, los dos mandatos comienzan en ciclos alternos.
finding-p2-5-affected-state = Tras la reunión { $meeting }, ningún Coordinador de { $body } procede de un Estado parte afectado, aunque se presentó la candidatura de { $nominees } (Estado afectado).
finding-p2-6-cooling-off = { $who } aportó un Coordinador ({ $previous }) para el mandato que terminó en la reunión { $meeting } y ocupa el puesto { $seat } en el mandato inmediatamente siguiente; debe constar una necesidad.

## Propuesta 2.4 en las candidaturas (record_kept.rs)
finding-p2-4-nominee-not-a-state = { $who } no es un Estado; solo puede proponerse a un Estado parte.
finding-p2-4-nominee-not-in-registry = «{ $code }» no figura en el registro de Estados.
finding-p2-4-nomination-meeting-does-not-select = La reunión { $meeting } no elige Coordinadores, por lo que no puede presentarse ninguna candidatura para ella.
finding-p2-4-nomination-no-such-seat = { $seat } no es un puesto de la arquitectura en vigor en la reunión { $meeting }.
finding-p2-4-nomination-first-day-unknown = El primer día del mandato que confiere la reunión { $meeting } no puede determinarse a partir de las reuniones registradas, por lo que no puede confirmarse que { $who } será entonces un Estado parte para el que la Convención esté en vigor.
finding-p2-4-nominee-party-unconfirmed = No puede confirmarse que { $who } será un Estado parte para el que la Convención esté en vigor el { $date }{ $expected ->
        [true] {" "}(fecha prevista)
       *[false] {""}
    }, primer día del mandato: su participación no consta en esa fecha.
finding-p2-4-nominee-not-party = { $who } no será un Estado parte para el que la Convención esté en vigor el { $date }{ $expected ->
        [true] {" "}(fecha prevista)
       *[false] {""}
    }, primer día del mandato (situación en esa fecha: { $status ->
        [not-party] no parte
        [signatory] signatario
        [ratified-not-in-force] instrumento depositado, Convención aún no en vigor
        [party-in-force] Estado parte, Convención en vigor
        [withdrawn] retirado
        [unknown] desconocido
        [planned] prevista
        [convened] convocada
        [held] celebrada
        [closed] clausurada
       *[other] { $status }
    }), por lo que no puede ocupar un puesto de Coordinador.

## Reuniones (schedule.rs)
finding-meeting-venue-none = No consta el lugar de la reunión { $meeting }; se celebra en { $city }.
finding-meeting-venue-elsewhere = La reunión { $meeting } tiene como lugar { $venue }; se celebra en { $city }.
finding-meeting-closes-before-opens = La reunión { $meeting } se clausura antes de abrirse.
finding-meeting-outside-window = La reunión { $meeting } se celebra del { $opens } al { $closes }; todos los días de reunión deben quedar entre el { $from } y el { $to }.
finding-meeting-too-long = La reunión { $meeting } dura { $days ->
        [one] { $days } día
       *[other] { $days } días
    } de reunión; se permite un máximo de { $max ->
        [one] { $max } día
       *[other] { $max } días
    }.
finding-meeting-half-day-whole-day = La reunión { $meeting } debe durar medio día (una mañana o una tarde); consta como un día completo.
finding-meeting-half-day-span = La reunión { $meeting } debe durar medio día (una mañana o una tarde); consta del { $opens } al { $closes }.
finding-record-held-before-opening = La reunión { $meeting } consta como { $status ->
        [not-party] no parte
        [signatory] signatario
        [ratified-not-in-force] instrumento depositado, Convención aún no en vigor
        [party-in-force] Estado parte, Convención en vigor
        [withdrawn] retirado
        [unknown] desconocido
        [planned] prevista
        [convened] convocada
        [held] celebrada
        [closed] clausurada
       *[other] { $status }
    }, pero se abre el { $opens }.
finding-record-closed-still-planned = La reunión { $meeting } se clausuró el { $closes }, pero sigue constando como { $status ->
        [not-party] no parte
        [signatory] signatario
        [ratified-not-in-force] instrumento depositado, Convención aún no en vigor
        [party-in-force] Estado parte, Convención en vigor
        [withdrawn] retirado
        [unknown] desconocido
        [planned] prevista
        [convened] convocada
        [held] celebrada
        [closed] clausurada
       *[other] { $status }
    }.
finding-p3-1-chair-mismatch = La reunión { $meeting } consta como presidida por { $recorded }, pero { $holder } ocupa el cargo { $office ->
        [president] de Presidente
        [president-designate] de Presidente designado
        [isu-director] de Director de la Dependencia de Apoyo a la Aplicación
       *[other] «{ $office }»
    } el { $date }.
finding-p3-1-chair-derived = No consta quién preside la reunión { $meeting }; { $holder } ocupa el cargo { $office ->
        [president] de Presidente
        [president-designate] de Presidente designado
        [isu-director] de Director de la Dependencia de Apoyo a la Aplicación
       *[other] «{ $office }»
    } el { $date } y la preside.
finding-p3-1-no-chair = Nadie ocupa el cargo { $office ->
        [president] de Presidente
        [president-designate] de Presidente designado
        [isu-director] de Director de la Dependencia de Apoyo a la Aplicación
       *[other] «{ $office }»
    } el { $date }, por lo que nadie puede presidir la reunión { $meeting }.
finding-art-11-first-msp-late = La reunión { $meeting } se abrió el { $opens }; la primera Reunión de los Estados Partes debe celebrarse dentro de los { $months } meses siguientes a la entrada en vigor ({ $eif }), a más tardar el { $due }.
finding-art-11-no-first-msp = No consta ninguna primera Reunión de los Estados Partes; debía celebrarse a más tardar el { $due }.
finding-art-12-review-year = La reunión { $meeting } se abrió en { $opened }; la primera Conferencia de Examen se celebra { $years ->
        [one] { $years } año
       *[other] { $years } años
    } después de la entrada en vigor, en { $due }.
finding-art-11-no-msp-in-year = No consta ninguna Reunión de los Estados Partes en { $year }; se reúnen cada año hasta la primera Conferencia de Examen.
finding-art-11-several-in-year = { $count ->
        [one] Consta { $count } reunión oficial
       *[other] Constan { $count } reuniones oficiales
    } en { $year } ({ $meetings }); la norma es una al año.
finding-meeting-yearly-none = No consta ninguna reunión del tipo «{ $kind }» en { $year }; se celebra una cada año.
finding-meeting-yearly-several = { $count ->
        [one] Consta { $count } reunión del tipo «{ $kind }»
       *[other] Constan { $count } reuniones del tipo «{ $kind }»
    } en { $year } ({ $meetings }); la norma es una al año.

## Propuesta 1.3 (schedule/adjacent.rs)
finding-p1-3-not-consecutive = La reunión { $meeting } no se celebra a continuación de las demás reuniones de { $year } en { $city }: { $others }.{ $advice }
finding-p1-3-other-meeting = { $title } ({ $convention }), del { $opens } al { $closes }
finding-p1-3-no-adjacent-dates = {" "}Ninguna fecha contigua respeta las normas propias de la reunión.
finding-p1-3-adjacent-dates = {" "}Fechas contiguas que respetan sus normas: { $dates }.
finding-p1-3-suggestion = del { $opens } al { $closes } ({ $position ->
        [after] después de
       *[before] antes de
    } { $next_to })
