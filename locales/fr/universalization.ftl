# Universalisation (pages/universalization.rs, P4.4(e)). Toutes les clés commencent par univ-.
univ-title = Universalisation
univ-intro = Les États qui ne sont pas encore parties à la convention, le travail mené avec eux et ce qu’ils ont dit de leur adhésion, et le nombre d’États parties année par année.
univ-map-link = Carte des États parties
univ-states-parties = États parties
univ-in-force = En vigueur pour l’État
univ-not-party = États non parties
univ-partial = La liste de participation est partielle : « aucune donnée » signifie que la liste ne contient pas l’État, et non qu’il n’a pas signé.
univ-chart-heading = États parties par année
univ-chart-title = États parties à la fin de chaque année, jusqu’au { $value }
univ-chart-desc = Une barre par année : sa hauteur est le nombre d’États ayant déposé un instrument de ratification ou d’adhésion, la partie foncée ceux pour lesquels la convention était en vigueur ce jour-là. Le tableau ci-dessous donne les mêmes chiffres.
univ-col-year = Année
univ-col-on = Compté le
univ-col-parties = Instrument déposé
univ-entries = Actions de sensibilisation et déclarations d’intention
univ-entries-none = Aucune action de sensibilisation ni déclaration d’intention n’est enregistrée.
univ-col-date = Date
univ-col-kind = Type
univ-col-who = Qui
univ-col-what = Quoi
univ-col-group = Groupe de travail
univ-col-access = Qui peut le lire
univ-col-recorded = Enregistré par
univ-col-revision = Version
univ-col-entries = Entrées
univ-col-last = Dernière entrée
univ-kind-outreach = Action de sensibilisation
univ-kind-intent = Déclaration d’intention
univ-status-signatory = Signataire
univ-status-not-signatory = Non signataire
univ-status-withdrawn = Retiré
univ-status-no-record = Aucune donnée
univ-status-state-party = État partie
univ-state-title = Universalisation : { $value }
univ-saved = Enregistré.
univ-problems = Rien n’a été enregistré :
univ-earlier = { $count ->
    [one] Une version antérieure
   *[other] { $count } versions antérieures
}
univ-correct = Corriger cette entrée
univ-reason = Motif de la correction
univ-correct-save = Enregistrer la correction
univ-add = Enregistrer une action de sensibilisation ou une déclaration d’intention
univ-save = Enregistrer
# P4.4(e): a writer may not mark an entry for readers they are not among.
univ-refuse-level = Vous ne pouvez pas réserver une entrée à { $value } : choisissez un niveau que vous pouvez lire vous-même.
