# Obligations et échéances des États (issue 16).
profile-retention = Conserve des armes pour la formation (art. 3.6)
ob-heading = Obligations et échéances
ob-title-state = Obligations de { $value }
ob-next = Prochaine échéance
ob-next-none = Aucune échéance n'est due à cette date.
ob-all-link = Toutes les obligations et échéances
ob-col-obligation = Obligation
ob-col-period = Année couverte
ob-col-due = Échéance
ob-col-status = État
ob-col-submitted = Reçu
ob-col-reference = Document
ob-col-basis = Fondement
ob-col-state = État partie
ob-col-days = Jours de retard
ob-status-met = Respectée
ob-status-met-late = Reçu en retard
ob-status-overdue = En retard
ob-status-upcoming = À venir
ob-basis-days = { $article } : { $days } jours après l'entrée en vigueur pour l'État ({ $eif }).
ob-basis-years = { $article } : { $years } ans après l'entrée en vigueur pour l'État ({ $eif }), à la date anniversaire.
ob-basis-annual = { $article } : au plus tard le { $date } de chaque année, pour l'année civile précédente.
ob-basis-extended = Prorogée jusqu'au { $value } par une décision des États parties.
ob-basis-profile = Due en tant que : { $value }.
ob-restricted = accès restreint
ob-none = Aucune obligation n'est due selon le registre : la convention n'est pas en vigueur pour cet État dans le registre, ou ses obligations ne figurent pas dans sa configuration.
ob-overdue-title = Obligations en retard
ob-overdue-intro = Toutes les échéances passées à cette date sans rien de reçu au registre, telles que les règles de la convention les calculent à partir de l'entrée en vigueur et des profils. Les rapports et prorogations non enregistrés ici ne sont pas comptés.
ob-overdue-count =
    { $count ->
        [one] Une échéance en retard
       *[other] { $count } échéances en retard
    }
ob-overdue-none = Aucune échéance n'est en retard à cette date.
ob-record-heading = Enregistrer une soumission
ob-record-kind = Ce qui a été reçu
ob-kind-report = Rapport ou déclaration reçu
ob-kind-extension-granted = Prorogation accordée
ob-record-period = Année couverte (rapports annuels seulement)
ob-record-received = Reçu (ou décidé) le
ob-record-extended-to = Nouvelle échéance (prorogations seulement)
ob-record-reference = Référence du document
ob-record-access = Qui peut lire la référence
ob-record-note = Note
ob-record-reason = Motif (conservé dans le journal d'audit)
ob-record-submit = Enregistrer
ob-submissions-heading = Soumissions enregistrées
ob-submissions-caption = Tous les enregistrements, y compris ceux corrigés
ob-superseded = corrigé
ob-calendar = Échéances à venir sous forme de calendrier (iCalendar)
ob-problems = La soumission n'a pas été enregistrée :
ob-recorded = La soumission a été enregistrée.
nav-obligations = Obligations
