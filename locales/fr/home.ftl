home-next-meeting = Prochaine réunion
home-reg-not-open = L’inscription à cette réunion n’est pas ouverte.
home-reg-opens = L’inscription ouvre le { $value }.
home-reg-closed = L’inscription a été close le { $value }.
home-reg-open-until = L’inscription est ouverte jusqu’au { $value }.
home-reg-open = L’inscription est ouverte.
home-all-meetings = Toutes les réunions, à venir et passées
home-holders = Titulaires des fonctions aujourd’hui
home-holders-none = Aucune fonction ni aucun siège n’est occupé aujourd’hui selon les données.
home-col-post = Fonction ou siège
home-col-holder = Titulaire
home-col-until = Jusqu’au
home-architecture = Groupes de travail, sièges et fonctions
home-documents = Derniers documents
home-documents-none = Aucun document n’est enregistré.
home-all-documents = Tous les documents
home-deadlines = Échéances des 90 prochains jours
home-deadlines-none = Aucun État n’a d’échéance enregistrée dans les 90 prochains jours.
home-overdue = Obligations en retard

home-seats-held = { $count ->
    [one] Un siège occupé aujourd’hui
   *[other] { $count } sièges occupés aujourd’hui
}
home-last-on-record = dernier enregistré
home-last-on-record-hint = Personne n’occupe cette fonction aujourd’hui selon les données enregistrées ; le dernier titulaire enregistré est indiqué.
home-nothing-yet = Aucune réunion, aucun titulaire, aucun document ni aucune échéance n’est encore enregistré pour cette convention.
home-held-until = (jusqu’au { $value })
