# Limites et refus à l'entrée (ticket 11).
error-control-char = L'adresse ou le formulaire contient un caractère de contrôle (comme NUL). Supprimez-le et réessayez.
error-too-large = Ce que vous avez envoyé dépasse ce que cette page accepte (documents : 20 Mio ; autres formulaires et l'API : 1 Mio). Envoyez un contenu plus petit.
error-timeout = La requête a pris trop de temps et a été interrompue. Veuillez réessayer.
error-too-many-writes = Trop d'envois depuis votre adresse. Patientez une minute et réessayez.
error-unreadable = L'adresse ou le formulaire n'a pas pu être lu (un paramètre donné deux fois, ou pas sous la forme attendue). Vérifiez-le et réessayez.
error-sign-in = Veuillez vous connecter pour voir ceci.
error-bad-token = Ce jeton d'API n'est pas valide : il est inconnu, révoqué, ou son utilisateur est désactivé.
error-forbidden = Vous êtes connecté, mais votre rôle ne donne pas accès à ceci. Si votre travail l'exige, demandez l'accès à l'Unité d'appui à l'application.
error-csrf = Ce formulaire a expiré ; veuillez recharger la page et réessayer.
error-too-many-attempts = Trop de tentatives de connexion. Patientez une minute et réessayez.
error-internal = Une erreur s'est produite de notre côté ; elle a été consignée.
