# Documents, the decisions register, follow-up actions and search (issue 5).
nav-documents = Documents
nav-search = Recherche
doc-title = Documents
doc-atom = Flux Atom des nouveaux documents
doc-new = Enregistrer un document
doc-kind = Type
doc-all-kinds = tous les types
doc-count =
    { $count ->
        [one] Un document
       *[other] { $count } documents
    }
doc-symbol = Cote
doc-doc-title = Titre
doc-issued = Date
doc-languages = Versions linguistiques
doc-language = Langue
doc-submitter = Présenté par
doc-revises = Révise ou corrige
doc-revised-by = Révisé ou corrigé par
doc-no-versions = Aucune version linguistique pour l’instant.
doc-add-version = Ajouter une version linguistique
doc-file = Fichier (PDF, DOCX ou texte)
doc-pick-meeting = Réunion
doc-suggest = Proposer une cote
doc-next-free = Prochaines cotes libres :
doc-symbol-hint = Comme l’ONU l’écrit : CCM/MSP/2012/5, CCM/MSP/2011/WP.3/Rev.1, CCM/CONF/2015/PM.1/2.
doc-record = Enregistrer le document
doc-kind-agenda = ordre du jour
doc-kind-programme = programme de travail
doc-kind-working-paper = document de travail
doc-kind-report = rapport
doc-kind-decision = décision
doc-kind-statement = déclaration
doc-kind-minutes = procès-verbal
doc-kind-note-verbale = note verbale
doc-kind-other = autre
doc-lang-ar = arabe
doc-lang-zh = chinois
doc-lang-en = anglais
doc-lang-fr = français
doc-lang-ru = russe
doc-lang-es = espagnol
dec-title = Registre des décisions
dec-number = N°
dec-text = Décision
dec-adopts = Documents adoptés
dec-superseded = remplacée par
act-title = Actions de suivi
act-action = Action
act-owner = Responsable
act-owner-code = Responsable (siège ou code de l’État)
act-owner-isu = ISU
act-owner-coordinator = Coordinateur
act-owner-state = État
act-due = Échéance
act-overdue = en retard
act-status-open = ouverte
act-status-done = faite
act-status-cancelled = annulée
act-mark-done = Marquer faite
act-raised-by = Décidée par
act-add = Ajouter une action
act-meeting = Réunion dont le procès-verbal la décide
act-due-before = Actions à réaliser avant cette réunion
search-title = Recherche
search-words = Mots à chercher
search-button = Chercher
search-results =
    { $count ->
        [one] Un résultat
       *[other] { $count } résultats
    }
search-clear = effacer les filtres
search-facets = Affiner les résultats
search-prev = Précédent
search-next = Suivant
mtg-documents = Documents par point de l’ordre du jour
mtg-decisions = Décisions
mtg-other-documents = Hors point de l’ordre du jour
map-title = Carte des États parties
map-caption = Statut de chaque État au { $value }
map-desc = Carte du monde : chaque État est coloré selon son statut au regard de la convention ; le tableau ci-dessous donne les mêmes informations.
map-source = Contours : world-countries (ODbL), simplifiés. Les frontières ne sont montrées qu’à titre indicatif.
map-status-party-in-force = État partie (en vigueur)
map-status-ratified-not-in-force = Ratifié, pas encore en vigueur
map-status-signatory = Signataire
map-status-withdrawn = Retiré
map-status-not-party = Non partie
map-status-unknown = Non enregistré
map-status-no-record = Aucun enregistrement
nav-map = Carte
doc-version-title = Titre dans cette langue
doc-version-title-hint = Tel que la version le donne. Laissez vide s'il n'y en a pas ; le titre original est alors affiché.
doc-title-original = titre original
