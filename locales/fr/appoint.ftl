# Enregistrer les nominations d'une réunion formelle (le formulaire de l'ISU, pages/appoint.rs).
appoint-title = Enregistrer les nominations de la { $value }
appoint-intro = Indiquez le titulaire de chaque siège pourvu par la { $value } et laissez les autres vides. L'aperçu applique les règles de la proposition 2 au registre tel qu'il serait ; rien n'est enregistré tant que vous n'avez pas choisi « Enregistrer les nominations ».
appoint-meeting = Réunion
appoint-dates = Dates
appoint-undated = Aucune date enregistrée pour l'instant
appoint-no-closing = Aucune date de clôture n'est enregistrée pour la { $value } : les mandats qu'elle confère ne peuvent donc pas être calculés, et chaque nomination sera signalée comme une erreur jusqu'à ce que les dates de la réunion soient enregistrées.
appoint-selection = La décision et sa source
appoint-decision = Décision citée (P2.4)
appoint-decision-hint = La décision de cette réunion qui a désigné les titulaires.
appoint-no-decisions = Aucune décision de la { $value } n'est enregistrée ; une nomination qui n'en cite aucune constitue une erreur au titre de P2.4.
appoint-decision-none = Aucune décision citée
appoint-source = Source ou notes
appoint-source-hint = D'où vient cette information : le rapport final et son paragraphe, une lettre, un compte rendu de la réunion.
appoint-seats = Sièges de coordonnateur
appoint-held-before = Occupé avant la { $value } par
appoint-until = jusqu'au
appoint-ends-here = le mandat prend fin à cette réunion
appoint-vacant-before = Vacant avant la { $value }.
appoint-recorded-here = Déjà enregistré pour la { $value } :
appoint-nominated = Candidatures :
appoint-preference = préférence { $count }
appoint-holder = Titulaire (code de l'État)
appoint-holder-hint = Laissez vide si la { $value } n'a nommé personne à ce siège.
appoint-designate-hint = Laissez vide si la { $value } n'a désigné personne.
appoint-presides = Réunion à présider
appoint-cycles = Mandat en cycles
appoint-term-rule = L'architecture prévoit pour ce siège des mandats de
appoint-findings = Constats des règles pour cette nomination
appoint-overridable = Une personne peut écarter cet avertissement par une justification écrite.
appoint-justify = Pourquoi écarter { $value } ici
appoint-justify-hint = Expliquez pourquoi c'était nécessaire (10 caractères ou plus). La justification est conservée avec la nomination et affichée avec le constat.
appoint-preview = Prévisualiser les constats
appoint-save = Enregistrer les nominations
appoint-checked-none = Aucun constat des règles ne concerne ces nominations.
appoint-checked = Constats pour ces nominations :
appoint-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
appoint-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
appoint-nothing-saved = Rien n'a encore été enregistré.
appoint-problems = Les nominations n'ont pas été enregistrées
appoint-problems-intro = Corrigez ce qui suit, puis enregistrez à nouveau :
appoint-err-holder = Indiquez le titulaire par un code du registre, par exemple NZL.
appoint-err-cycles-missing = Indiquez la durée du mandat en cycles.
appoint-err-cycles = « { $value } » n'est pas un nombre de cycles ; écrivez un nombre entier, par exemple 2.
appoint-err-cycles-range = Un mandat dure de 1 à 20 cycles.
appoint-err-presides = Choisissez dans la liste la réunion à présider.
appoint-err-decision = Choisissez dans la liste une décision de cette réunion.
appoint-err-source = La source dépasse 2 000 caractères.
appoint-err-justify = Expliquez pourquoi écarter { $value } (10 caractères ou plus).
appoint-err-justify-long = La justification dépasse 4 000 caractères.
appoint-err-none = Indiquez le titulaire d'au moins un siège.
