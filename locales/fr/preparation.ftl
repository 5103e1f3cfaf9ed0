# Liste de préparation d’une réunion (pages/preparation.rs). Toutes les clés commencent par prep-.
prep-title = Préparation de la { $value }
prep-link = Liste de préparation et suivi
prep-intro = Ce que l’Unité d’appui à l’application prépare pour cette réunion, d’après le modèle de la convention pour ce type de réunion, chaque élément étant dû un certain nombre de jours avant l’ouverture ou après la clôture ; et les mesures de suivi issues de la réunion et de ses décisions.
prep-saved = La liste a été enregistrée.
prep-problems = La modification n’a pas été enregistrée
prep-done-count = { $count ->
    [one] Un élément fait
   *[other] { $count } éléments faits
}
prep-overdue-count = { $count ->
    [one] un en retard
   *[other] { $count } en retard
}
prep-none = Ce type de réunion n’a pas de modèle de liste ; ajoutez les éléments nécessaires.
prep-col-item = Élément
prep-col-due = Échéance
prep-col-status = État
prep-col-owner = Responsable
prep-col-done = Fait
prep-col-change = Modifier
prep-status-done = Fait
prep-status-overdue = En retard
prep-status-open = À faire
prep-due-label = Échéance de « { $value } »
prep-owner-label = Responsable de « { $value } »
prep-save-label = Enregistrer « { $value } »
prep-save = Enregistrer
prep-add = Ajouter un élément
prep-follow-up = Mesures de suivi
prep-follow-up-none = La réunion et ses décisions n’ont donné lieu à aucune mesure de suivi.
prep-action-open = En cours
prep-action-done = Faite
prep-action-cancelled = Annulée
prep-all-actions = Toutes les mesures de suivi
