nav-architecture = Architecture
nav-committee = Comité
arch-title = Architecture
arch-version = Version
arch-effective = en vigueur depuis le
arch-adopted-by = Adoptée par
arch-versions = Versions de l'architecture
arch-bodies = Organes et sièges
arch-offices = Fonctions
arch-rules = Règles
arch-committee-rule = Composition du comité
arch-within = se réunit dans le cadre de { $value }
arch-staggered = mandats décalés
arch-no-seats = Cet organe n'a pas de siège propre.
arch-seats-caption = Sièges de { $value } et leurs titulaires à la date choisie
arch-record-appointments = Enregistrer les nominations de la { $value }
body-kind-working-group = Groupe de travail
body-kind-thematic-area = Domaine thématique
body-kind-standing-committee = Comité permanent
body-kind-group-of-experts = Groupe d'experts
rule-affected = Dans la mesure du possible, l'un des coordonnateurs de chaque groupe vient d'un État partie touché (P2.5).
rule-cooling-off = Sauf nécessité, un État qui a fourni un coordonnateur n'en fournit pas pour le mandat qui suit immédiatement (P2.6).
cycles = { $count ->
    [one] { $count } cycle
   *[other] { $count } cycles
}
renewable = renouvelable
first-round = premier tour
expected = prévu
vacant = Vacant
not-on-record = Rien n'est enregistré.
none-cited = aucune citée
col-seat = Siège
col-term = Mandat
col-holder = Titulaire
col-since = Du
col-office = Fonction
col-post = Siège ou fonction
col-selected-at = Choisi à
col-decision = Décision
seat-history = Mandats de ce siège
handover-heading = Notes de passation (P2.7)
handover-restricted = Les notes de passation sont réservées au Président, aux coordonnateurs et à l'ISU.
handover-none = Pas encore de note de passation.
handover-earlier = Versions antérieures
handover-by = Rédigée par
handover-write = Note de passation pour le prochain titulaire
handover-help = Travaux en cours, contacts et documents dont le prochain coordonnateur a besoin.
handover-save = Enregistrer la note
handover-saved = La note de passation est enregistrée.
committee-title = Comité de coordination
committee-derived = La composition découle des fonctions exercées à la date choisie ({ $value }) ; elle n'est jamais saisie à la main.
committee-caption = Membres au { $value }
committee-unfilled = Non pourvu à cette date
col-member = Membre
col-capacity = Qualité
col-detail = Siège ou fonction
capacity-chair = Président
capacity-office = Titulaire d'une fonction
capacity-outgoing = Titulaire sortant
capacity-coordinator = Coordonnateur
capacity-organization = Organisation
observer = observateur
findings-title = Constats des règles
findings-as-of = Juger les vacances jusqu'au
findings-errors = { $count ->
    [one] { $count } erreur subsiste
   *[other] { $count } erreurs subsistent
}
findings-warnings = { $count ->
    [one] { $count } avertissement subsiste
   *[other] { $count } avertissements subsistent
}
findings-info = { $count ->
    [one] { $count } constat pour information
   *[other] { $count } constats pour information
}
col-severity = Gravité
col-clause = Clause
col-finding = Constat
col-override = Dérogation
severity-error = Erreur
severity-warning = Avertissement
severity-info = Information
overridden = Écarté
timeline-title = Les mandats dans le temps
timeline-figure = Une ligne par siège ou fonction, une barre par mandat ; les barres en pointillés finissent à une date prévue, la ligne rouge en pointillés est aujourd'hui.
timeline-table-link = Les mêmes faits sous forme de tableau.
timeline-caption = Tous les mandats, par date de début
state-seats-heading = Sièges et fonctions occupés
state-seats-none = Aucun siège ni aucune fonction enregistrés.

# Issue 19 item 2: a preset name shown in English because the preset lacks the reader's language (ISU staff see this).
term-fallback = { $value } (en anglais : le préréglage ne donne pas de nom en français)
committee-unfilled-outgoing = { $value } sortant
# The composition rule of the coordinating committee, line by line (P3.2).
committee-rule-chair = { $value } (présidence)
committee-rule-outgoing = le { $value } sortant
committee-rule-coordinators = tous les coordonnateurs en fonction
committee-rule-organization = un représentant de { $value }
committee-rule-observer = un représentant de { $value } (observateur)
committee-none-on = Il n’y avait pas de comité de coordination le { $value }.
# One bar of the timeline, as its tooltip says it.
timeline-term = { $holder } : du { $start } au { $end }
timeline-term-expected = { $holder } : du { $start } au { $end } (prévu)
timeline-term-open = { $holder } : depuis le { $start }
