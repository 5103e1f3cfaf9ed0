# Limites et refus à l'entrée (ticket 11).
error-control-char = L'adresse ou le formulaire contient un caractère de contrôle (comme NUL). Supprimez-le et réessayez.
error-too-large = Ce que vous avez envoyé dépasse ce que cette page accepte (documents : 20 Mio ; autres formulaires et l'API : 1 Mio). Envoyez un contenu plus petit.
error-timeout = La requête a pris trop de temps et a été interrompue. Veuillez réessayer.
error-too-many-writes = Trop d'envois depuis votre adresse. Patientez une minute et réessayez.
error-unreadable = L'adresse ou le formulaire n'a pas pu être lu (un paramètre donné deux fois, ou pas sous la forme attendue). Vérifiez-le et réessayez.
