nav-desk = Mon bureau
desk-title = Mon bureau
desk-intro = Ce qui vous attend, par convention et par rôle, au
desk-no-roles = Votre compte n’a encore de rôle dans aucune convention. Un administrateur attribue les rôles.
desk-role-isu-staff = Personnel de l’ISU : en attente
desk-role-president = Président
desk-role-coordinator = Coordonnateur
desk-role-focal-point = Point focal
desk-role-everyone = Messages
desk-item-registrations-pending = { $count ->
    [one] 1 inscription à traiter
   *[other] { $count } inscriptions à traiter
}
desk-item-actions-overdue = { $count ->
    [0] Aucune action en retard
    [one] 1 action en retard
   *[other] { $count } actions en retard
}
desk-item-findings-errors = { $count ->
    [0] Aucune erreur parmi les constats
    [one] 1 erreur parmi les constats
   *[other] { $count } erreurs parmi les constats
}
desk-item-advice-open = { $count ->
    [0] Aucune demande de conseil ouverte
    [one] 1 demande de conseil ouverte
   *[other] { $count } demandes de conseil ouvertes
}
desk-item-reports-overdue = { $count ->
    [0] Aucun rapport en retard
    [one] 1 rapport ou échéance en retard
   *[other] { $count } rapports ou échéances en retard
}
desk-item-registrations-own = { $count ->
    [one] 1 membre de votre délégation inscrit
   *[other] { $count } membres de votre délégation inscrits
}
desk-item-actions-owned = { $count ->
    [one] 1 action ouverte confiée à votre État
   *[other] { $count } actions ouvertes confiées à votre État
}
desk-item-notices = { $count ->
    [0] Aucun message reçu
    [one] 1 message reçu
   *[other] { $count } messages reçus
}
desk-item-office-held = Fonction exercée aujourd’hui
desk-item-seat-held = Siège occupé aujourd’hui
desk-item-nothing-held = Aucune fonction ni aucun siège aujourd’hui
desk-item-next-meeting = Prochaine réunion
desk-item-next-deadline = Prochaine échéance
desk-item-state-page = La page de votre État
desk-item-last-held = Dernier poste occupé (avec le jour où il a pris fin)
desk-item-reports-received = { $count ->
    [0] Aucun rapport reçu ces 30 derniers jours
    [one] 1 rapport reçu ces 30 derniers jours
   *[other] { $count } rapports reçus ces 30 derniers jours
}
desk-item-reports-drafts = { $count ->
    [one] 1 rapport de votre État enregistré comme brouillon, pas encore soumis
   *[other] { $count } rapports de votre État enregistrés comme brouillons, pas encore soumis
}

desk-item-presides = La réunion de votre présidence
desk-item-preparation = Préparation de la réunion
desk-item-committee = { $count ->
    [one] Le Comité de coordination aujourd’hui : 1 membre
   *[other] Le Comité de coordination aujourd’hui : { $count } membres
}
desk-item-committee-next-meeting = Prochaine réunion du Comité de coordination
desk-item-notice-new = Écrire un message à un public
desk-item-group = Votre groupe de travail ou domaine thématique
desk-item-sessions = { $count ->
    [one] 1 séance de votre groupe au programme
   *[other] { $count } séances de votre groupe au programme
}
desk-item-handover-received = Note de passation du titulaire précédent de votre siège
desk-item-handover-write = Votre note de passation pour le prochain titulaire n’est pas encore rédigée
desk-item-actions-seat = { $count ->
    [one] 1 action en cours confiée à votre siège
   *[other] { $count } actions en cours confiées à votre siège
}
desk-urgent = à faire
