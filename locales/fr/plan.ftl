plan-title = Planification de la rotation pour la { $value }
plan-intro = Les sièges qui deviennent vacants à cette réunion, les candidatures, et les meilleures listes qui ne violent aucune règle impérative (P2.4, P2.6), classées selon les objectifs souples : un coordonnateur d'un État touché dans chaque groupe (P2.5), aucun État avec deux sièges à la fois, l'équilibre entre groupes régionaux de l'ONU et les préférences des candidats.
plan-horizon = Garder les cycles suivants pourvus au regard de P2.6 pendant
plan-run = Planifier
plan-slate = Liste { $value }
plan-penalty = { $value } points en sa défaveur (moins, c’est mieux)
plan-proved = Optimalité prouvée : aucune autre liste respectant toutes les règles impératives n’a moins de points en sa défaveur.
plan-why = Pourquoi ce rang
plan-no-penalty = Aucun point en sa défaveur : tous les objectifs sont atteints.
plan-no-vacancy = Aucun siège ne devient vacant à cette réunion.
plan-nominees = Candidats
plan-no-nominees = Aucune candidature n'est enregistrée pour cette réunion.
plan-affected = Touché
plan-choices = Sièges choisis (préférence)
plan-continuing = Titulaires qui restent
col-body = Organe
nav-plan = Planifier la prochaine rotation
plan-not-proved = Optimalité non prouvée : la recherche s’est arrêtée après 2 secondes. La meilleure liste peut avoir jusqu’à { $value } points de moins en sa défaveur que la liste 1.
plan-necessity = Exige une nécessité consignée (P2.6, mandat immédiatement suivant) : { $value }

## Les raisons, notes et refus du planificateur (issue 19).
plan-item-seat = { $seat }
plan-item-state-for-seat = { $state } pour { $seat }
plan-item-seat-at-cycle = { $seat } au cycle +{ $cycle }
plan-item-choice = { $state } ({ $choice }{ $choice ->
    [1] er
   *[other] e
} choix pour { $seat })
plan-item-state-seats = { $state } ({ $count } sièges)
plan-item-group-seats = { $group ->
    [african] Groupe des États d'Afrique
    [asia-pacific] Groupe des États d'Asie et du Pacifique
    [eastern-european] Groupe des États d'Europe orientale
    [latin-american-and-caribbean] Groupe des États d'Amérique latine et des Caraïbes
    [western-european-and-others] Groupe des États d'Europe occidentale et autres États
   *[other] { $group }
} : { $count }
plan-reason-vacant = P2.3 : { $seats } reste(nt) vacant(s) (aucun candidat admissible placé).
plan-reason-necessity = P2.6 : seuls des États dont le mandat de coordonnateur prend fin à cette réunion ont été proposés ; { $items } exercerait donc le mandat immédiatement suivant, ce qui exige une nécessité consignée.
plan-reason-no-affected = P2.5 : aucun coordonnateur de { $body } ne serait issu d'un État affecté, bien que { $who } (affecté) ait été proposé.
plan-reason-later-cycle = P2.6 pour la suite : chaque candidat pour { $items } achèverait un mandat à cette réunion, si bien qu'aucun ne pourrait alors occuper le siège.
plan-reason-two-seats = Un État occuperait deux sièges à la fois : { $items }.
plan-reason-regional-balance = Équilibre régional : une part égale est de { $share } { $share ->
    [one] siège
   *[other] sièges
} par groupe régional de l'ONU ; au-delà : { $items }.
plan-reason-preference = Tous les candidats n'obtiennent pas leur premier choix : { $items }.
plan-note-outgoing = Le mandat de coordonnateur de { $state } prend fin à cette réunion : le P2.6 l'exclut désormais de tout siège, à moins qu'aucun autre candidat ne puisse en occuper un.
plan-note-outgoing-seat = Le mandat de coordonnateur de { $state } au siège { $seat } prend fin à cette réunion : le P2.6 l'exclut désormais de tout autre siège{ $renewable ->
    [true] {" "}(il peut renouveler celui-ci)
   *[other] {""}
}.
plan-note-necessity-recorded = { $state } peut se présenter malgré le P2.6 : la nécessité est consignée.
plan-note-staggered = P2.5 : les sièges de { $body } sont échelonnés ; un seul d'entre eux peut donc être pourvu à cette réunion.
plan-note-not-proved = Optimalité non prouvée : la recherche s'est arrêtée à son délai de { $ms } ms après { $nodes } nœuds ; la meilleure liste peut avoir jusqu'à { $gap } points de moins que la première affichée.
plan-note-nominations = Candidatures : { $note }
plan-note-party-unconfirmed = Impossible de confirmer que { $state } est un État partie pour lequel la Convention est en vigueur le jour de la sélection (P2.4) ; il reste parmi les candidats.
plan-note-not-party = { $state } est écarté : ce n'est pas un État partie pour lequel la Convention est en vigueur (statut : { $status ->
    [not-party] non partie
    [signatory] signataire
    [ratified-not-in-force] ratification, pas encore en vigueur
    [withdrawn] retrait
   *[other] { $status }
}, P2.4).
plan-note-choices-left-out = { $state } a choisi des sièges qui ne deviennent pas vacants à la { $meeting } ; ces choix sont écartés.
plan-refuse-no-date = La { $meeting } n'a pas de date, et aucune ne peut être déduite du cycle.
plan-refuse-no-architecture = Aucune architecture n'était en vigueur à la { $meeting } : il n'y avait aucun siège à pourvoir.
plan-refuse-not-selecting = La { $meeting } n'est pas une réunion qui choisit les coordonnateurs.
