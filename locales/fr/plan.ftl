plan-title = Planification de la rotation pour la { $value }
plan-intro = Les sièges qui deviennent vacants à cette réunion, les candidatures, et les meilleures listes qui ne violent aucune règle impérative (P2.4, P2.6), classées selon les objectifs souples : un coordonnateur d'un État touché dans chaque groupe (P2.5), aucun État avec deux sièges à la fois, l'équilibre entre groupes régionaux de l'ONU et les préférences des candidats.
plan-horizon = Garder les cycles suivants pourvus au regard de P2.6 pendant
plan-run = Planifier
plan-slate = Liste { $value }
plan-penalty = pénalité { $value }
plan-proved = { $count ->
    [one] Optimalité prouvée : aucune liste respectant les règles impératives n'a une pénalité plus faible (la recherche a exploré { $count } nœud).
   *[other] Optimalité prouvée : aucune liste respectant les règles impératives n'a une pénalité plus faible (la recherche a exploré { $count } nœuds).
}
plan-why = Pourquoi ce rang
plan-no-penalty = Aucune pénalité : tous les objectifs sont atteints.
plan-no-vacancy = Aucun siège ne devient vacant à cette réunion.
plan-nominees = Candidats
plan-no-nominees = Aucune candidature n'est enregistrée pour cette réunion.
plan-affected = Touché
plan-choices = Sièges choisis (préférence)
plan-continuing = Titulaires qui restent
col-body = Organe
nav-plan = Planifier la prochaine rotation
plan-not-proved = Optimalité non prouvée : la recherche s’est arrêtée à son délai de 2 secondes. La meilleure liste peut avoir une pénalité inférieure de { $value } au plus à celle de la liste 1.
plan-necessity = Exige une nécessité consignée (P2.6, mandat immédiatement suivant) : { $value }
