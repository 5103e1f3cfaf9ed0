# Constatations des règles (issue 19) : un message par identifiant de
# treatydesk_domain::finding::ALL_IDS, avec les mêmes variables que l'anglais.

## Proposition 2 (rules.rs)
finding-p2-5-term-not-computable = La durée du mandat pour le poste { $post } ne peut être déterminée : { $why }.
finding-p2-3-vacant-since = Le siège { $seat } ({ $title }) de l'organe { $body } est vacant depuis le { $from } (aucune désignation n'est enregistrée).
finding-p2-3-vacant-from-to = Le siège { $seat } ({ $title }) de l'organe { $body } a été vacant du { $from } au { $to } (aucune désignation n'est enregistrée).
finding-p2-4-not-a-state = { $who } n'est pas un État ; un coordonnateur est issu d'un État partie.
finding-p2-4-not-in-registry = « { $code } » ne figure pas dans le registre des États.
finding-p2-4-party-unconfirmed = Impossible de confirmer que { $who } était un État partie à l'égard duquel la Convention était en vigueur le { $date }, premier jour de son mandat : sa participation n'est pas enregistrée à cette date.
finding-p2-4-not-party = { $who } n'était pas un État partie à l'égard duquel la Convention était en vigueur le { $date }, premier jour de son mandat (statut : { $status ->
        [not-party] non partie
        [signatory] signataire
        [ratified-not-in-force] instrument déposé, Convention pas encore en vigueur
        [party-in-force] État partie, Convention en vigueur
        [withdrawn] retiré
        [unknown] inconnu
        [planned] prévue
        [convened] convoquée
        [held] tenue
        [closed] close
       *[other] { $status }
    }).
finding-p2-4-no-selecting-meeting = La désignation de { $who } n'indique aucune réunion l'ayant choisi.
finding-p2-4-meeting-does-not-select = { $who } a été choisi par la réunion { $meeting }, qui n'est pas une réunion habilitée à choisir les coordonnateurs (une Assemblée des États parties ou une Conférence d'examen).
finding-p2-4-decision-of-other-meeting = La désignation de { $who } cite la décision { $decision } d'une autre réunion, et non de la réunion { $meeting }.
finding-p2-4-no-decision = La désignation de { $who } par la réunion { $meeting } ne cite aucune décision de cette réunion.
finding-p2-5-before-architecture = Le mandat de { $who } commence le { $date }, avant la prise d'effet de l'architecture.
finding-p2-5-no-such-seat = Il n'existe pas de siège « { $seat } » dans la version { $version } de l'architecture.
finding-p2-5-term-length-first-round = Le mandat de { $who } au sein de { $body } en tant que { $seat } dure { $given ->
        [one] { $given } cycle
       *[other] { $given } cycles
    }, mais lors du premier tour ce siège est pourvu pour { $expected ->
        [one] { $expected } cycle
       *[other] { $expected } cycles
    } afin que les deux mandats de { $body } alternent.
finding-p2-5-term-length = Le mandat de { $who } au sein de { $body } en tant que { $seat } dure { $given ->
        [one] { $given } cycle
       *[other] { $given } cycles
    }, mais l'architecture en vigueur prévoit pour ce siège des mandats de { $expected ->
        [one] { $expected } cycle
       *[other] { $expected } cycles
    }.
finding-p2-5-staggered = Les deux sièges de { $body } ont été pourvus à la réunion { $meeting } ({ $holders }) ; après le premier tour, les deux mandats commencent lors de cycles alternés.
finding-p2-5-affected-state = À l'issue de la réunion { $meeting }, aucun coordonnateur de { $body } n'est issu d'un État partie touché, bien que la candidature de { $nominees } (État touché) ait été présentée.
finding-p2-6-cooling-off = { $who } a fourni un coordonnateur ({ $previous }) pour le mandat qui a pris fin à la réunion { $meeting } et occupe le siège { $seat } pour le mandat immédiatement suivant ; une nécessité doit être consignée.

## Proposition 2.4 lors des candidatures (record_kept.rs)
finding-p2-4-nominee-not-a-state = { $who } n'est pas un État ; seul un État partie peut être proposé.
finding-p2-4-nominee-not-in-registry = « { $code } » ne figure pas dans le registre des États.
finding-p2-4-nomination-meeting-does-not-select = La réunion { $meeting } ne choisit pas de coordonnateurs ; aucune candidature ne peut donc lui être présentée.
finding-p2-4-nomination-no-such-seat = { $seat } n'est pas un siège de l'architecture en vigueur à la réunion { $meeting }.
finding-p2-4-nomination-first-day-unknown = Le premier jour du mandat conféré par la réunion { $meeting } ne peut être déterminé à partir des réunions enregistrées ; il est donc impossible de confirmer que { $who } sera alors un État partie à l'égard duquel la Convention est en vigueur.
finding-p2-4-nominee-party-unconfirmed = Impossible de confirmer que { $who } sera un État partie à l'égard duquel la Convention est en vigueur le { $date }{ $expected ->
        [true] {" "}(date prévue)
       *[false] {""}
    }, premier jour du mandat : sa participation n'est pas enregistrée à cette date.
finding-p2-4-nominee-not-party = { $who } ne sera pas un État partie à l'égard duquel la Convention est en vigueur le { $date }{ $expected ->
        [true] {" "}(date prévue)
       *[false] {""}
    }, premier jour du mandat (statut à cette date : { $status ->
        [not-party] non partie
        [signatory] signataire
        [ratified-not-in-force] instrument déposé, Convention pas encore en vigueur
        [party-in-force] État partie, Convention en vigueur
        [withdrawn] retiré
        [unknown] inconnu
        [planned] prévue
        [convened] convoquée
        [held] tenue
        [closed] close
       *[other] { $status }
    }) ; il ne peut donc occuper un siège de coordonnateur.

## Réunions (schedule.rs)
finding-meeting-venue-none = Aucun lieu n'est enregistré pour la réunion { $meeting } ; elle se tient à { $city }.
finding-meeting-venue-elsewhere = La réunion { $meeting } a pour lieu { $venue } ; elle se tient à { $city }.
finding-meeting-closes-before-opens = La réunion { $meeting } se termine avant de s'ouvrir.
finding-meeting-outside-window = La réunion { $meeting } se tient du { $opens } au { $closes } ; chaque jour de réunion doit se situer entre le { $from } et le { $to }.
finding-meeting-too-long = La réunion { $meeting } dure { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } de réunion ; { $max ->
        [one] { $max } jour au plus est autorisé
       *[other] { $max } jours au plus sont autorisés
    }.
finding-meeting-half-day-whole-day = La réunion { $meeting } doit durer une demi-journée (une matinée ou un après-midi) ; elle est enregistrée comme durant une journée entière.
finding-meeting-half-day-span = La réunion { $meeting } doit durer une demi-journée (une matinée ou un après-midi) ; elle est enregistrée du { $opens } au { $closes }.
finding-record-held-before-opening = La réunion { $meeting } est enregistrée comme { $status ->
        [not-party] non partie
        [signatory] signataire
        [ratified-not-in-force] instrument déposé, Convention pas encore en vigueur
        [party-in-force] État partie, Convention en vigueur
        [withdrawn] retiré
        [unknown] inconnu
        [planned] prévue
        [convened] convoquée
        [held] tenue
        [closed] close
       *[other] { $status }
    } mais s'ouvre le { $opens }.
finding-record-closed-still-planned = La réunion { $meeting } s'est close le { $closes } mais est toujours enregistrée comme { $status ->
        [not-party] non partie
        [signatory] signataire
        [ratified-not-in-force] instrument déposé, Convention pas encore en vigueur
        [party-in-force] État partie, Convention en vigueur
        [withdrawn] retiré
        [unknown] inconnu
        [planned] prévue
        [convened] convoquée
        [held] tenue
        [closed] close
       *[other] { $status }
    }.
finding-p3-1-chair-mismatch = La réunion { $meeting } est enregistrée comme présidée par { $recorded }, mais { $holder } occupe la fonction { $office ->
        [president] de président
        [president-designate] de président désigné
        [isu-director] de directeur de l'Unité d'appui à l'application
       *[other] « { $office } »
    } le { $date }.
finding-p3-1-chair-derived = Aucun président n'est enregistré pour la réunion { $meeting } ; { $holder } occupe la fonction { $office ->
        [president] de président
        [president-designate] de président désigné
        [isu-director] de directeur de l'Unité d'appui à l'application
       *[other] « { $office } »
    } le { $date } et la préside.
finding-p3-1-no-chair = Personne n'occupe la fonction { $office ->
        [president] de président
        [president-designate] de président désigné
        [isu-director] de directeur de l'Unité d'appui à l'application
       *[other] « { $office } »
    } le { $date } ; personne ne peut donc présider la réunion { $meeting }.
finding-art-11-first-msp-late = La réunion { $meeting } s'est ouverte le { $opens } ; la première Assemblée des États parties doit se tenir dans les { $months } mois suivant l'entrée en vigueur ({ $eif }), soit au plus tard le { $due }.
finding-art-11-no-first-msp = Aucune première Assemblée des États parties n'est enregistrée ; elle devait se tenir au plus tard le { $due }.
finding-art-12-review-year = La réunion { $meeting } s'est ouverte en { $opened } ; la première Conférence d'examen a lieu { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } après l'entrée en vigueur, soit en { $due }.
finding-art-11-no-msp-in-year = Aucune Assemblée des États parties n'est enregistrée pour { $year } ; elle se réunit chaque année jusqu'à la première Conférence d'examen.
finding-art-11-several-in-year = { $count ->
        [one] { $count } réunion formelle est enregistrée
       *[other] { $count } réunions formelles sont enregistrées
    } pour { $year } ({ $meetings }) ; la règle est d'une réunion par an.
finding-meeting-yearly-none = Aucune réunion du type « { $kind } » n'est enregistrée pour { $year } ; une telle réunion se tient chaque année.
finding-meeting-yearly-several = { $count ->
        [one] { $count } réunion du type « { $kind } » est enregistrée
       *[other] { $count } réunions du type « { $kind } » sont enregistrées
    } pour { $year } ({ $meetings }) ; la règle est d'une réunion par an.

## Proposition 1.3 (schedule/adjacent.rs)
finding-p1-3-not-consecutive = La réunion { $meeting } ne se tient pas à la suite des autres réunions tenues à { $city } en { $year } : { $others }.{ $advice }
finding-p1-3-other-meeting = { $title } ({ $convention }), du { $opens } au { $closes }
finding-p1-3-no-adjacent-dates = {" "}Aucune date adjacente ne respecte les règles propres à la réunion.
finding-p1-3-adjacent-dates = {" "}Dates adjacentes qui respectent ses règles : { $dates }.
finding-p1-3-suggestion = du { $opens } au { $closes } ({ $position ->
        [after] après
       *[before] avant
    } { $next_to })
