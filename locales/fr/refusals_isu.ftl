# Refus et erreurs de formulaire du registre de l'ISU (Proposition 4) et des fichiers importés
# (question 19, point 1).

## Champs du registre de l'ISU nommés dans un refus
refuse-isu-give = Indiquez { $field ->
    [body] l'entité qui a appuyé la Convention
    [person] le nom de la personne
    [function] la fonction
    [activity-title] le titre de l'activité { $n }
    [line-category] la catégorie de la ligne budgétaire { $n }
    [host] l'hôte
    [place] le lieu
   *[contributor] le contributeur (un État ou une organisation)
  }.
refuse-isu-too-long = { $field ->
    [body] L'entité qui a appuyé la Convention
    [person] Le nom de la personne
    [function] La fonction
    [activity-title] Le titre de l'activité { $n }
    [line-category] La catégorie de la ligne budgétaire { $n }
    [host] L'hôte
    [place] Le lieu
   *[contributor] Le contributeur (un État ou une organisation)
  } dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }.
refuse-isu-date-missing = Indiquez { $field ->
    [first-day] le premier jour
    [last-day] le dernier jour
    [pledge-date] la date de l'annonce de contribution
    [received-on] la date de réception
   *[date] la date
  } (AAAA-MM-JJ).
refuse-isu-not-a-date = { $field ->
    [first-day] Le premier jour
    [last-day] Le dernier jour
    [pledge-date] La date de l'annonce de contribution
    [received-on] La date de réception
   *[date] La date
  } : « { $value } » n'est pas une date au format AAAA-MM-JJ.
refuse-isu-not-a-choice = { $field ->
    [decision] La décision
   *[corrects] La ligne corrigée
  } : « { $value } » ne figure pas parmi les choix proposés.
refuse-isu-ends-before-starts = Le dernier jour ({ $last }) précède le premier ({ $first }).

## L'ISU dans le temps : périodes de statut et personnel
refuse-isu-capacity = Choisissez le statut : intérimaire ou permanent.
refuse-isu-period-source = Indiquez où le changement est consigné (la source) ; si sa décision ne figure pas au registre, précisez-le.
refuse-isu-decision-not-in-register = La décision { $id } ne figure pas au registre de la { $convention } ; choisissez l'une de ses décisions ou n'en indiquez aucune et expliquez pourquoi dans la source.
refuse-isu-period-not-current = La période { $id } n'est pas une période en vigueur de la { $convention } ; corrigez la version en vigueur.
refuse-isu-staff-source = Indiquez où la nomination est consignée (la source).
refuse-isu-staff-not-current = La ligne de personnel { $id } n'est pas une ligne en vigueur de la { $convention } ; corrigez la version en vigueur.

## Le plan de travail et le budget (P4.4(h))
refuse-isu-year-out-of-range = { $year } n'est pas une année pour laquelle TreatyDesk tient des plans de travail (2000 à 2100).
refuse-isu-plan-empty = Indiquez au moins une activité ou une ligne budgétaire.
refuse-isu-activity-no-mandate = Activité { $n } : le préréglage de la { $convention } ne comporte aucune tâche du mandat sous laquelle la placer.
refuse-isu-activity-task = Activité { $n } : « { $value } » n'est pas une tâche du mandat de l'ISU ({ $keys }).
refuse-isu-line-amount = Ligne budgétaire { $n } : le montant doit être supérieur à zéro, avec deux décimales au plus.
refuse-isu-line-currency = Ligne budgétaire { $n } : le budget de la { $convention } est libellé en { $budget }, non en { $currency }.
refuse-isu-line-no-currency = Ligne budgétaire { $n } : le préréglage de la { $convention } n'indique aucune monnaie budgétaire.
refuse-isu-line-problem = Ligne budgétaire { $n } : { $problem }
refuse-isu-activity-line-form = Ligne d'activité { $n } : écrivez la clé de la tâche, une barre verticale et le titre (a | Préparer l'Assemblée | produits ; séparés)
refuse-isu-line-form = Ligne budgétaire { $n } : écrivez la catégorie, une barre verticale et le montant (Frais de personnel | 412500.00)
refuse-isu-not-an-amount = « { $value } » n'est pas un montant : écrivez des chiffres avec deux décimales au plus après un point (1250.50), supérieur à zéro.
refuse-isu-draft-unchanged = Le projet (révision { $revision }) est déjà rédigé ainsi ; rien n'a été modifié.
conflict-isu-workplan-race = une autre révision du plan de travail { $year } a été enregistrée au même moment ; rechargez le plan et réessayez
refuse-isu-step-no-meeting = « { $value } » n'est pas une réunion de la { $convention } ; choisissez { $kind ->
    [committee] une réunion du Comité de coordination
   *[formal] une Assemblée des États parties ou une Conférence d'examen
  }.
refuse-isu-step-wrong-meeting = { $meeting } n'est pas { $kind ->
    [committee] une réunion du Comité de coordination
   *[formal] une Assemblée des États parties ou une Conférence d'examen
  }.
refuse-isu-step-decision = La décision { $id } n'est pas une décision de { $meeting } ; citez l'une des décisions de cette réunion.
refuse-isu-endorsement-citation = Citez la décision de la réunion du Comité ou son procès-verbal (où l'approbation est consignée).
refuse-isu-approval-decision = Citez la décision de la réunion qui a adopté le plan.
refuse-isu-endorsed-already = P4.4(h) : la révision en vigueur est déjà approuvée par le Comité ; modifiez-la d'abord (elle redevient alors un projet) pour la faire approuver à nouveau.
refuse-isu-approved-not-endorsable = P4.4(h) : la révision en vigueur est déjà adoptée ; une modification la ramène à l'état de projet, que le Comité approuve ensuite.
refuse-isu-approve-draft = P4.4(h) : le plan de travail et le budget ne sont soumis à l'Assemblée des États parties ou à la Conférence d'examen pour adoption qu'une fois approuvés par le Comité de coordination ; la révision en vigueur est un projet, consignez donc d'abord l'approbation du Comité.
refuse-isu-approved-already = P4.4(h) : la révision en vigueur est déjà adoptée.

## Contributions (P4.2)
refuse-isu-contributor-unknown = « { $value } » n'est ni un État ni une organisation du registre ; omettez le code et indiquez le nom.
refuse-isu-no-budget-currency = Le préréglage de la { $convention } n'indique aucune monnaie budgétaire ; les contributions ne peuvent pas être comptées au regard d'un budget.
refuse-isu-not-a-currency = « { $value } » n'est pas un code de monnaie (trois lettres majuscules, comme CHF ou EUR).
refuse-isu-amount = Le montant doit être supérieur à zéro, avec deux décimales au plus.
refuse-isu-rate = Le taux doit être supérieur à zéro.
refuse-isu-rate-one = La contribution est libellée dans la monnaie budgétaire ({ $currency }) ; son taux est 1.
refuse-isu-not-a-rate = « { $value } » n'est pas un taux : indiquez combien d'unités de la monnaie budgétaire vaut une unité (0.9412), supérieur à zéro, huit décimales au plus.
refuse-isu-earmark = « { $value } » n'est pas une affectation : choisissez non affectée, tâche ou activité.
refuse-isu-earmark-task = « { $value } » n'est pas une tâche du mandat de l'ISU.
refuse-isu-earmark-activity = « { $value } » n'est pas une activité du plan de travail { $year }.
refuse-isu-contribution-source = Indiquez le document source de la contribution.
refuse-isu-contribution-not-current = La contribution { $id } n'est pas une contribution en vigueur de la { $convention } ; corrigez la version en vigueur.
refuse-isu-funds-year = Indiquez l'année que finance la contribution.
refuse-isu-not-a-year = « { $value } » n'est pas une année.

## Dépenses au regard du budget adopté
refuse-isu-spending-no-approved-plan = Aucun plan de travail pour { $year } n'est adopté ; les dépenses sont imputées sur les lignes d'un budget adopté.
refuse-isu-spending-line = « { $value } » n'est pas une ligne du budget { $year } adopté ({ $keys }).
refuse-isu-spending-quarter = Le trimestre { $value } n'est pas 1, 2, 3 ou 4.
refuse-isu-spending-source = Indiquez la source du chiffre (les comptes, un relevé).
refuse-isu-spending-not-current = La dépense { $id } n'est pas une ligne en vigueur de { $year } ; corrigez la version en vigueur.
refuse-isu-quarter-missing = Indiquez le trimestre (1 à 4) auquel se rapporte la dépense.
refuse-isu-not-a-quarter = « { $value } » n'est pas un trimestre (1 à 4).

## Les rapports de l'ISU (P4.4(i))
refuse-isu-report-meeting = { $meeting } n'est pas une Assemblée des États parties ou une Conférence d'examen ayant une date d'ouverture : l'ISU fait rapport à l'une d'elles (P4.4(i))
refuse-isu-report-no-meeting = il n'existe aucune réunion « { $value } » : choisissez une Assemblée des États parties ou une Conférence d'examen
refuse-isu-report-period = le dernier jour de la période ({ $last }) précède son premier jour ({ $first })
refuse-isu-report-prose-long = chaque introduction et chaque conclusion peut compter jusqu'à { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
  }
conflict-isu-report-published = le rapport { $number } de l'ISU est publié sous la cote { $symbol } et figé (P4.4(i)) : établissez un nouveau projet pour un nouveau rapport
refuse-isu-report-not-a-date = { $field ->
    [first-day] le premier jour
   *[last-day] le dernier jour
  } ({ $value }) n'est pas une date (AAAA-MM-JJ)
refuse-isu-report-meeting-missing = choisissez la réunion à laquelle le rapport est destiné
refuse-isu-report-symbol-missing = indiquez la cote sous laquelle le rapport est publié
refuse-isu-report-symbol-no-pattern = indiquez la cote : la série de la réunion n'a pas de modèle permettant d'en proposer une

## Calendriers importés (iCalendar)
refuse-ical-too-big = le calendrier fait { $size } Kio ; { $max } Kio au plus sont lus
refuse-ical-too-many-lines = le calendrier compte plus de { $max ->
    [one] { $max } ligne
   *[other] { $max } lignes
  }
refuse-ical-too-deep = le calendrier imbrique des composants sur plus de { $max ->
    [one] { $max } niveau
   *[other] { $max } niveaux
  }
refuse-ical-not-a-calendar = ce n'est pas un fichier iCalendar : { $why }
refuse-ical-no-uid = { $named ->
    [true] « { $name } »
   *[other] l'événement { $n }
  } n'a pas d'UID
refuse-ical-no-start = { $named ->
    [true] « { $name } »
   *[other] l'événement { $n }
  } n'a pas de DTSTART lisible
refuse-ical-bad-end = { $named ->
    [true] « { $name } »
   *[other] l'événement { $n }
  } a un DTEND illisible
refuse-ical-too-many-events = le calendrier compte { $count ->
    [one] { $count } événement
   *[other] { $count } événements
  } ; { $max } au plus sont importés à la fois
refuse-ical-no-events = le calendrier ne contient aucun événement
refuse-ical-name = donnez au calendrier un nom de 1 à 100 caractères (par exemple « APLC »)
refuse-ical-file-too-big = le fichier fait { $size } Kio ; { $max } Kio au plus sont acceptés
refuse-ical-not-utf8 = le fichier n'est pas du texte UTF-8, comme le sont les fichiers iCalendar
refuse-ical-no-file = choisissez un fichier iCalendar (.ics) à importer

## Fichiers CSV importés : l'en-tête
refuse-csv-header-unreadable = ligne 1 : l'en-tête est illisible : { $why }
refuse-csv-header-lacks = ligne 1 : il manque à l'en-tête la ou les colonnes { $missing } ; colonnes attendues : { $expected }
