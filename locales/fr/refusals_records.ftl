# Refus du registre tenu par ses utilisateurs (issue 19, point 1) : déclarations, liaison,
# examens, messages, programmes, préparation, délégations, fichiers de participation et
# cotes de documents.

## Déclarations des délégations (P1.2)
refuse-statement-session = La séance { $session } ne figure pas au programme de la { $meeting } ; choisissez une séance de cette réunion.
refuse-statement-speaker = L'orateur choisi ne figure pas dans la séance « { $session } » ; choisissez l'un de ses orateurs.
refuse-statement-other-state = Un point focal n'enregistre que les déclarations de son propre État ({ $mine }) ; { $speaker } s'exprime au nom de { $theirs }.
refuse-statement-no-state = Un point focal n'enregistre que les déclarations de son propre État ({ $mine }) ; { $speaker } ne s'exprime au nom d'aucun État.
refuse-statement-language = « { $value } » n'est pas l'une des six langues officielles de l'ONU ({ $known }) ; choisissez la langue de la déclaration.
refuse-statement-title = Donnez un titre à la déclaration.
refuse-statement-title-long = Le titre dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }.
refuse-statement-file-empty = Choisissez le fichier de la déclaration ; le fichier transmis est vide.
refuse-statement-file-large = Le fichier fait { $size } Mio ; { $max } Mio au plus sont acceptés.
refuse-statement-file-kind = Le fichier n'est ni un PDF, ni un document Word (DOCX), ni du texte brut UTF-8.
refuse-statement-withdrawn = Il s'agit déjà d'un retrait ; il n'y a rien à retirer.
refuse-statement-replaced = Cette version a été remplacée par une version ultérieure ({ $id }) ; retirez plutôt la version en vigueur.
refuse-statement-withdraw-other = Un point focal ne retire que les déclarations de son propre État ; { $speaker } s'exprime au nom de { $theirs }.
refuse-statement-withdraw-no-state = Un point focal ne retire que les déclarations de son propre État ; { $speaker } ne s'exprime au nom d'aucun État.

## Liaison avec les organisations (P4.4 g)) : rôles, contacts et journal des contacts de l'ISU
refuse-liaison-give = { $field ->
    [role] Indiquez le rôle.
    [start-date] Indiquez la date de début.
    [end-date] Indiquez la date de fin.
    [source] Indiquez la source.
    [name] Indiquez le nom.
    [function] Indiquez la fonction.
    [contact-date] Indiquez la date du contact.
    [isu-person] Indiquez la personne de l'ISU.
    [counterpart] Indiquez la personne contactée.
    [follow-up] Indiquez l'action de suivi.
    [due-date] Indiquez l'échéance.
   *[summary] Indiquez le résumé.
  }
refuse-liaison-long = { $field ->
    [role] Le rôle
    [start-date] La date de début
    [end-date] La date de fin
    [source] La source
    [name] Le nom
    [function] La fonction
    [contact-date] La date du contact
    [isu-person] La personne de l'ISU
    [counterpart] La personne contactée
    [follow-up] L'action de suivi
    [due-date] L'échéance
   *[summary] Le résumé
  } dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }.
refuse-liaison-date-missing = { $field ->
    [start-date] Indiquez la date de début
    [end-date] Indiquez la date de fin
    [due-date] Indiquez l'échéance
   *[contact-date] Indiquez la date du contact
  } (AAAA-MM-JJ).
refuse-liaison-not-a-date = { $field ->
    [start-date] La date de début
    [end-date] La date de fin
    [due-date] L'échéance
   *[contact-date] La date du contact
  } « { $value } » n'est pas une date ; écrivez-la au format AAAA-MM-JJ.
refuse-liaison-period = La fin précède le début ; vérifiez les dates.
refuse-liaison-due-needs-action = Une échéance suppose l'action de suivi à laquelle elle se rapporte.
refuse-liaison-no-follow-up = Ce contact n'a aucune action de suivi à marquer.
refuse-liaison-done-already = L'action de suivi est déjà marquée comme faite.
refuse-liaison-not-done = L'action de suivi n'est pas marquée comme faite.

## Éléments d'examen d'une Conférence d'examen
refuse-review-not-a-review-conference = La { $meeting } n'est pas une Conférence d'examen : l'architecture est examinée lors d'une telle conférence
refuse-review-subject = choisissez ce qui est examiné : le programme intersessions, les groupes de travail, le Comité de coordination ou l'ISU
refuse-review-empty = indiquez les documents de référence ou le résultat (ou les deux)
refuse-review-text-long = chaque texte peut compter au plus { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }
refuse-review-decision-unknown = il n'existe pas de décision { $id } dans la { $convention }
refuse-review-version-unknown = aucune version { $version } de l'architecture n'est enregistrée
refuse-review-reason = ce sujet a déjà un élément d'examen : dites pourquoi vous le corrigez (5 caractères ou plus)

## Messages à un public, et adresse de contact d'une personne
refuse-audience-needs-meeting = le public « { $kind } » suppose une réunion
refuse-audience-needs-group = le public « { $kind } » suppose un groupe de travail
refuse-audience-unknown = « { $value } » n'est pas un public ; choisissez l'un des suivants : { $known }
refuse-email-address = « { $value } » n'est pas une adresse électronique
refuse-audience-no-architecture = aucune architecture de la { $convention } n'est en vigueur le { $on }
refuse-audience-group-unknown = il n'existe pas de groupe de travail « { $body } » dans l'architecture en vigueur le { $on }
refuse-message-original = l'original ({ $lang ->
    [fr] français
    [es] espagnol
    [ar] arabe
   *[en] anglais
  }) doit avoir un objet et un texte
refuse-message-version-empty = la version { $lang ->
    [fr] française
    [es] espagnole
    [ar] arabe
   *[en] anglaise
  } doit avoir à la fois un objet et un texte
refuse-message-version-long = la version { $lang ->
    [fr] française
    [es] espagnole
    [ar] arabe
   *[en] anglaise
  } est trop longue (objet de { $subject } caractères au plus, texte de { $body } au plus)
refuse-audience-empty = personne ne fait partie du public « { $kind } » le { $on } : le message n'a pas été envoyé

## Programme d'une réunion : séances et orateurs
refuse-session-named = « { $title } » ({ $day }, { $starts }–{ $ends })
refuse-session-overlap = { $first } et { $second } se chevauchent dans la salle { $room } ; déplacez l'une d'elles à un autre horaire ou dans une autre salle.
refuse-session-untitled = Une séance du { $day } n'a pas de titre.
refuse-session-outside-meeting = La séance { $session } ne tombe pas un jour de la { $meeting }, qui se tient du { $opens } au { $closes }.
refuse-session-meeting-undated = La { $meeting } n'a pas de dates enregistrées ; la séance { $session } ne peut donc être placée sur l'un de ses jours.
refuse-session-hours = La séance { $session } doit commencer avant de finir.
refuse-session-body-unknown = { $session } : il n'existe pas d'organe « { $key } » dans l'architecture en vigueur le { $day }.
refuse-session-body-is-area = { $session } : { $area } est un domaine thématique ; choisissez-le comme domaine thématique de la séance et son groupe comme organe.
refuse-session-area-unknown = { $session } : il n'existe pas de domaine thématique « { $key } » dans l'architecture en vigueur le { $day }.
refuse-session-area-not-area = { $session } : { $body } n'est pas un domaine thématique ; choisissez-le comme organe de la séance.
refuse-session-area-body = { $session } : le domaine thématique { $area } est examiné pendant le temps imparti à { $parent } ; son organe doit donc être { $parent } ou aucun (P2.2).
refuse-session-area-outside = { $session } : le domaine thématique { $area } est examiné pendant le temps imparti à { $parent } (P2.2) ; placez-le entièrement à l'intérieur d'une séance de { $parent } le { $day }.
refuse-programme-session-title = Donnez un titre à la séance.
refuse-programme-session-room = Indiquez la salle où se tient la séance.
refuse-programme-title-long = Le titre dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }.
refuse-programme-room-long = La salle dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }.
refuse-programme-description-long = La description dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }.
refuse-programme-session-has-statements = « { $title } » compte { $count ->
    [one] une déclaration enregistrée
   *[other] { $count } déclarations enregistrées
  } ; une séance où des déclarations ont été prononcées reste au programme : modifiez-la au lieu de la supprimer.
refuse-programme-speaker-name = Indiquez le nom de l'orateur.
refuse-programme-name-long = Le nom dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }.
refuse-programme-capacity-long = Le rôle ou la qualité dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }.
refuse-programme-speaker-actor = « { $value } » ne figure pas dans le registre des acteurs.

## Liste de préparation d'une réunion
refuse-preparation-long = le titre et le responsable peuvent compter au plus { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }
refuse-preparation-title = un élément ajouté doit avoir un titre

## Fichier de participation importé (une ligne par État)
refuse-import-rules-missing = les règles d'entrée en vigueur et de retrait de cette convention ne sont pas enregistrées ; les dates de participation ne peuvent donc être vérifiées : ajoutez-les d'abord à son préréglage
refuse-import-line-unreadable = ligne { $line } : { $why }
refuse-import-state-twice = ligne { $line } : { $state } figure plus d'une fois dans le fichier
refuse-import-line = ligne { $line } : { $problem }
refuse-import-no-rows = le fichier a un en-tête mais aucune ligne

## Cotes de documents (CCM/MSP/2011/WP.3)
refuse-symbol-form = « { $value } » n'est pas une cote de document : les segments sont séparés par une seule barre oblique, comme dans CCM/MSP/2011/WP.3
refuse-symbol-treaty = « { $value } » n'est pas un préfixe de traité (des majuscules, comme CCM)
refuse-symbol-number = « { $value } » n'est pas un numéro de document (un nombre comme 5, ou une série comme WP.3)
refuse-symbol-out-of-place = « { $value } » n'est pas à sa place dans « { $symbol } »
refuse-symbol-none-free = aucun numéro de document n'est libre après { $used } sous { $root }

## Délégation déclarée par son point focal (règles d'inscription de P1.1, personne par personne)
refuse-delegation-person = personne { $person } : { $problem }
refuse-delegation-empty-post = une déclaration de délégation nomme au moins une personne
refuse-delegation-required = Le champ « { $field } » est obligatoire.
refuse-delegation-too-long = Le champ « { $field } » dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }.
refuse-delegation-category = Choisissez l'une des catégories proposées.
refuse-delegation-role = Choisissez chef de délégation, membre ou conseiller.
refuse-delegation-email = L'adresse électronique doit avoir la forme nom@example.org, sans espaces.
refuse-delegation-unknown-actor = « { $value } » n'est pas un État ni une organisation du registre.
refuse-delegation-not-a-state = { $value } n'est pas un État.
refuse-delegation-not-an-organization = { $value } n'est pas une organisation.
refuse-delegation-not-party = { $state } n'est pas un État partie à l'égard duquel la Convention est en vigueur le { $day } ; il peut s'inscrire comme État observateur.
refuse-delegation-party-not-observer = { $state } est un État partie à l'égard duquel la Convention est en vigueur le { $day } ; il s'inscrit comme État partie.
refuse-delegation-credentials-required = La délégation d'un État doit joindre ses pouvoirs (une note verbale) en PDF.
refuse-delegation-credentials-not-pdf = Le fichier des pouvoirs n'est pas un PDF.
refuse-delegation-credentials-too-large = Le fichier des pouvoirs dépasse 5 Mio.
refuse-delegation-not-yet-open = Les inscriptions ouvrent le { $day } ; revenez à cette date.
refuse-delegation-after-deadline = Les inscriptions ont été closes le { $day } ; les inscriptions tardives ne sont pas acceptées.
refuse-delegation-cap = { $delegation } compte déjà { $cap ->
    [one] { $cap } inscription
   *[other] { $cap } inscriptions
  }, le maximum pour une délégation.
refuse-delegation-head = { $delegation } a déjà un chef de délégation.
refuse-delegation-not-open = Les inscriptions à cette réunion ne sont pas ouvertes.
refuse-delegation-reason-required = Dites pourquoi, en quelques mots.
refuse-delegation-not-active = { $reference } est refusée ou retirée ; seule une inscription en attente ou approuvée peut être modifiée.
refuse-delegation-duplicate = { $email } est déjà inscrit à cette réunion ; une personne s'inscrit une seule fois par réunion.
refuse-delegation-nobody-listed = Indiquez au moins une personne : un nom de famille, un prénom, une adresse électronique et un rôle.

## Formulaires et corps JSON de ces salles, lus par le web
refuse-notice-original-lang = « { $value } » n'est pas une langue du produit (en, fr, es, ar)
refuse-notice-version-twice = la version { $lang ->
    [fr] française
    [es] espagnole
    [ar] arabe
   *[en] anglaise
  } est donnée deux fois
refuse-notice-version-lang = « { $value } » n'est pas une langue du produit
refuse-review-not-a-number = « { $value } » n'est pas { $field ->
    [decision] un numéro de décision
   *[architecture-version] un numéro de version de l'architecture
  }
refuse-review-subject-typed = « { $value } » n'est pas un sujet d'examen
refuse-decision-symbol-unknown = aucun document portant la cote { $symbol } n'est enregistré
refuse-decision-meeting-unknown = la réunion « { $value } » n'est pas enregistrée
refuse-decision-reference-unknown = « { $value } » n'est pas une décision enregistrée ; écrivez la réunion et le numéro, comme 2MSP/3
refuse-decision-agenda-typed = « { $value } » n'est pas un point de l'ordre du jour
refuse-decision-number-typed = « { $value } » n'est pas un numéro de décision (un nombre entier à partir de 1)
refuse-report-own-state = Un point focal ne fait rapport que pour son propre État ({ $states }).
refuse-extension-own-state = Un point focal ne dépose de demande que pour son propre État ({ $states }).
refuse-advice-own-state = Un point focal ne demande conseil que pour son propre État ({ $states }).
refuse-nomination-state-missing = nommez l'État présenté (state, son code alpha-3)
refuse-delegation-lang = la langue « { $value } » n'est pas l'une de en, fr, es, ar
refuse-delegation-decision = la décision « { $value } » n'est ni approve ni refuse
refuse-list-page = La page « { $page } » n’est pas un numéro de page (1, 2, 3...).
