# Refus de l'architecture et des fonctions, des comptes et des accès, des réunions (issue 19, point 1).


## Comptes et accès : identifiants, mots de passe, rôles, jetons d'API
refuse-account-username = l'identifiant « { $value } » doit compter de 1 à 64 lettres, chiffres, points, tirets ou traits de soulignement
refuse-account-password-short = le mot de passe doit compter au moins { $min ->
    [one] { $min } caractère
   *[other] { $min } caractères
  }
refuse-account-password-wrong = le mot de passe actuel n'est pas le bon
refuse-account-password-same = le nouveau mot de passe doit être différent de l'actuel
conflict-account-username = un utilisateur nommé « { $value } » existe déjà
conflict-account-role-held = { $user } détient déjà ce rôle
refuse-account-convention-unknown = la convention « { $value } » n'est pas enregistrée
refuse-account-actor-unknown = l'acteur « { $value } » n'est pas enregistré
refuse-account-role-unknown = « { $value } » n'est pas un rôle ; choisissez parmi admin, isu-staff, president, coordinator, focal-point, observer
refuse-account-role-no-state = le rôle { $role ->
        [admin] d'administrateur
        [isu-staff] de personnel de l'ISU
        [president] de président
        [coordinator] de coordonnateur
        [focal-point] de point focal
        [observer] d'observateur
       *[other] « { $role } »
      } n'agit pour aucun État ; laissez l'État vide
refuse-account-lang-unknown = « { $value } » n'est pas une langue du produit (en, fr, es, ar)
refuse-role-global = le rôle { $role ->
        [admin] d'administrateur
        [isu-staff] de personnel de l'ISU
        [president] de président
        [coordinator] de coordonnateur
        [focal-point] de point focal
        [observer] d'observateur
       *[other] « { $role } »
      } vaut pour toutes les conventions ; n'en nommez aucune
refuse-role-needs-convention = le rôle { $role ->
        [admin] d'administrateur
        [isu-staff] de personnel de l'ISU
        [president] de président
        [coordinator] de coordonnateur
        [focal-point] de point focal
        [observer] d'observateur
       *[other] « { $role } »
      } exige une convention (par exemple --convention ccm)
refuse-role-needs-state = le rôle { $role ->
        [admin] d'administrateur
        [isu-staff] de personnel de l'ISU
        [president] de président
        [coordinator] de coordonnateur
        [focal-point] de point focal
        [observer] d'observateur
       *[other] « { $role } »
      } exige l'État pour lequel il agit (par exemple --actor NZL)
refuse-token-name = donnez au jeton un nom de 1 à { $max } caractères (ce à quoi il sert)
refuse-token-account-disabled = le compte « { $user } » est désactivé ; il ne peut pas avoir de jetons
refuse-token-too-many = vous détenez déjà { $max } jetons ; révoquez d'abord celui que vous n'utilisez plus
conflict-token-revoked = le jeton « { $name } » est déjà révoqué
refuse-account-disable-choice = indiquez s'il faut désactiver ou réactiver le compte
refuse-account-disable-self = vous ne pouvez pas désactiver votre propre compte ; demandez-le à un autre administrateur
refuse-account-password-confirm = le nouveau mot de passe et sa confirmation diffèrent ; tapez-le deux fois à l'identique

## Réunions : dates, ordre du jour, présence, comptes rendus
refuse-meeting-closes-before-opens = la réunion se termine ({ $closes }) avant de s'ouvrir ({ $opens })
refuse-meeting-closing-needs-opening = un jour de clôture exige un jour d'ouverture
refuse-meeting-presiding-unknown = « { $value } » n'est pas un acteur du registre
refuse-meeting-not-a-date = { $field ->
    [opening-day] le jour d'ouverture
    [closing-day] le jour de clôture
   *[date] la date
  } « { $value } » n'est pas une date (AAAA-MM-JJ)
refuse-meeting-venue-long = le lieu compte au plus { $max } caractères
refuse-meeting-kind = choisissez un type de réunion
refuse-meeting-number = le numéro « { $value } » doit être un nombre entier de 1 à 999
refuse-agenda-item-long = un point de l'ordre du jour compte au plus { $max } caractères : « { $start }… »
refuse-attendance-not-committee = { $meeting } n'est pas une réunion du Comité de coordination
refuse-attendance-undated = { $meeting } n'a pas encore de date ; sa composition ne peut donc pas être connue
refuse-attendance-no-committee = aucun Comité de coordination ne figure dans l'architecture en vigueur le { $day }
refuse-attendance-guest-name = un invité doit avoir un nom (un code d'acteur ou une personne), de { $max } caractères au plus
conflict-attendance-guest = { $guest } figure déjà sur la liste de présence de { $meeting }
refuse-minutes-empty = le compte rendu est vide
refuse-minutes-unchanged = le compte rendu est inchangé : rien à enregistrer
refuse-minutes-reason = indiquez pourquoi le compte rendu de { $meeting } change : la version antérieure reste lisible avec votre motif

## L'architecture : réunions et décisions qu'elle enregistre (Proposition 2)
refuse-arch-no-meeting-kind = l'architecture de { $convention } ne prévoit aucune réunion du type { $kind }
conflict-arch-meeting-recorded = { $meeting } est déjà enregistrée
conflict-arch-decision-number = { $meeting } a déjà une décision portant le numéro { $number }
refuse-arch-nominee-not-a-state = { $who } n'est pas un État

## Nominations aux sièges et aux fonctions, une à une (P2.4 à P2.7)
refuse-appointment-n = nomination { $n } : { $problem }
refuse-appointment-post = choisissez un siège ou une fonction de l'architecture
refuse-appointment-person = donnez le nom de la personne
refuse-appointment-holder-unknown = « { $value } » ne figure pas au registre des acteurs
refuse-appointment-meeting-other = { $what ->
    [selecting] la réunion qui a sélectionné
   *[presided] la réunion présidée
  } n'est pas une réunion de { $convention }
refuse-appointment-decision = la décision citée n'est pas enregistrée
refuse-appointment-cycles = indiquez la durée du mandat en cycles (1 ou plus)
refuse-appointment-justification = la justification pour écarter { $clause } doit dire pourquoi ({ $min } caractères ou plus)
refuse-appointment-none = il n'y a aucune nomination à enregistrer
refuse-appointments-none = donnez au moins une nomination (siège et titulaire)
refuse-appointments-too-many = au plus { $max } nominations à la fois
refuse-appointment-seat-unknown = « { $seat } » n'est pas un siège de l'architecture en vigueur lors de { $meeting }
refuse-appointment-seat-twice = le siège { $seat } est indiqué deux fois
refuse-appointment-justification-missing = { $clause } ne peut être écarté qu'avec une justification écrite ({ $min } caractères ou plus) sous justifications."{ $clause }"
refuse-appointment-justification-long = la justification pour { $clause } dépasse { $max } caractères
refuse-appointment-finding = { $clause } : { $finding }
refuse-handover-note-long = la note de passation dépasse 20 000 caractères
refuse-handover-note-unchanged = la note de passation dit déjà cela ; rien à enregistrer

## Fonctions : le président désigné et le directeur de l'ISU (Proposition 3)
refuse-designation-other-convention = { $meeting } n'est pas une réunion de { $convention }
refuse-designation-after-opening = la désignation ({ $on }) doit précéder l'ouverture de { $meeting }
refuse-designation-before-end = la désignation est datée du { $on }, avant la fin de { $meeting }
refuse-designation-source = indiquez où la désignation est consignée (la source)
refuse-designation-meeting-unknown = la réunion « { $value } » n'est pas enregistrée
refuse-designation-not-a-date = { $field ->
   *[designation-date] la date de désignation
  } : « { $value } » n'est pas une date au format AAAA-MM-JJ
refuse-designation-state = indiquez quel État est désigné
refuse-director-name = donnez le nom du directeur (de 1 à { $max } caractères)
refuse-director-source = indiquez où la nomination est consignée (la source)
refuse-director-overlap = { $holder } est enregistré comme directeur à partir du { $from }, soit le { $on } ou après
