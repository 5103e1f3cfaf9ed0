# Refus et erreurs de formulaire (issue 19, point 1).

## Champs nommés dans une date illisible
refuse-not-a-date = { $field ->
    [received-on] la date de réception
    [new-deadline] le nouveau délai
    [signature-date] la date de signature
    [deposit-date] la date de dépôt
    [withdrawal-notice-date] la date de la notification de retrait
    [later-effective-date] la date d'effet ultérieure
    [first-day] le premier jour
    [new-deadline-asked] le nouveau délai demandé
    [decided-on] le jour de la décision
    [new-deadline-granted] le nouveau délai accordé
    [day-it-ends] le dernier jour
   *[date] la date
  } : « { $value } » n'est pas une date au format AAAA-MM-JJ

## Obligations : une soumission enregistrée par l'ISU
refuse-submission-kind = choisissez ce qui a été reçu : un rapport ou une prolongation accordée
refuse-submission-received-missing = indiquez la date de réception du rapport (ou de la décision sur la prolongation)
refuse-not-a-year = l'année couverte « { $value } » n'est pas une année
refuse-submission-access = choisissez qui peut lire la référence
refuse-obligation-unknown = « { $value } » n'est pas une obligation de cette convention (connues : { $known })
refuse-report-needs-year = { $obligation } : ce rapport couvre une année civile ; indiquez l'année couverte
refuse-year-not-yearly = seul un rapport annuel couvre une année : laissez l'année vide
refuse-year-out-of-range = l'année couverte ({ $year }) est hors limites
refuse-extension-needs-deadline = une prolongation accordée exige le nouveau délai
refuse-no-extension-rule = { $article } ({ $obligation }) ne prévoit pas de prolongation
refuse-deadline-only-extension = seule une prolongation accordée a un nouveau délai
refuse-reference-missing = indiquez la référence du document (une cote ou le numéro de dossier de l'ISU)
refuse-reference-too-long = la référence est limitée à 200 caractères, la note à 2000
refuse-reason-correction = dites pourquoi le dossier est corrigé
conflict-submission-corrected = la soumission { $id } a déjà été corrigée par la { $newer } : corrigez celle-ci
refuse-not-a-state-obligations = { $who } n'est pas un État : les obligations incombent aux États

## Universalisation : activités de sensibilisation et déclarations d'intention
refuse-outreach-kind = Choisissez de quoi il s'agit : une activité de sensibilisation ou une déclaration d'intention.
refuse-outreach-date-missing = Indiquez la date (AAAA-MM-JJ).
refuse-outreach-not-a-date = La date « { $value } » n'est pas une date ; écrivez-la au format AAAA-MM-JJ.
refuse-outreach-who = Dites qui a agi (ou, pour une déclaration d'intention, qui s'est exprimé).
refuse-outreach-who-long = « Qui » dépasse { $max } caractères.
refuse-outreach-what = Dites ce qui a été fait ou dit.
refuse-outreach-what-long = « Ce qui a été fait » dépasse { $max } caractères.
refuse-outreach-group-long = Le groupe de travail dépasse { $max } caractères.
refuse-outreach-access = Choisissez qui peut lire l'entrée.
refuse-outreach-not-a-state = { $who } n'est pas un État : l'universalisation concerne les États.
refuse-outreach-reason = Dites pourquoi l'entrée est corrigée.
refuse-outreach-unchanged = Rien ne changerait : la correction est identique à l'entrée.
refuse-outreach-while-party = { $who } était État partie le { $date } : l'universalisation vise les États non parties ; datez l'activité d'avant son adhésion, ou enregistrez-la ailleurs.

## Participation : signatures, dépôts, retraits, note de la liste, profils
refuse-deposit-kind = l'instrument « { $value } » n'est ni une ratification ni une adhésion
refuse-event-date-missing = indiquez la date (AAAA-MM-JJ)
refuse-event-kind = l'événement « { $value } » n'est ni une signature, ni un dépôt, ni une notification de retrait
refuse-deposit-kind-missing = dites quel instrument a été déposé : ratification ou adhésion
refuse-profile-kind = le profil « { $value } » n'est pas l'un des suivants : touché, détenteur de stocks, assistance aux victimes, conservation
refuse-profile-choose = choisissez la période de profil à corriger
refuse-note-reason = dites pourquoi la note change (5 caractères ou plus)
refuse-note-long = la note ne peut dépasser 2 000 caractères
conflict-signature-on-record = { $who } : la signature du { $date } est déjà enregistrée ; corrigez plutôt le dossier
conflict-deposit-on-record = { $who } : l'instrument déposé le { $date } est déjà enregistré ; corrigez plutôt le dossier
conflict-withdrawal-on-record = { $who } : le retrait est déjà enregistré ; corrigez plutôt le dossier
refuse-withdraw-no-deposit = { $who } n'a déposé aucun instrument enregistré et ne peut donc pas se retirer
refuse-participation-reason = dites pourquoi le dossier est corrigé (5 caractères ou plus)
refuse-participation-not-a-state = { $who } n'est pas un État ; seuls les États signent et déposent
refuse-rules-missing = les règles d'entrée en vigueur et de retrait de la { $convention } ne sont pas enregistrées ; la participation ne peut pas être calculée
refuse-later-needs-notice = une date d'effet ultérieure du retrait exige la date de la notification
refuse-withdrawal-not-later = le retrait prend effet le { $date } selon la règle de la convention ; n'indiquez une date d'effet que si elle est postérieure (l'État étant alors engagé dans un conflit armé)
refuse-record-unchanged = { $who } : le dossier se lit déjà ainsi ; rien à enregistrer
refuse-profile-reason = dites pourquoi le profil est corrigé (5 caractères ou plus)
conflict-profile-corrected = l'entrée de profil { $id } a déjà été corrigée ; corrigez la plus récente
refuse-profile-source = citez la source de la période de profil (1 à 2 000 caractères)
refuse-profile-period = la période se termine ({ $until }) avant de commencer ({ $from })

## Une ligne d'une liste de participation (un fichier importé, ou les faits d'un formulaire vérifiés de même)
refuse-row-iso3-empty = iso3 est vide
refuse-row-iso3-form = iso3 « { $value } » n'est pas un code ISO 3166-1 alpha-3 (trois lettres majuscules)
refuse-row-iso3-unknown = iso3 « { $value } » n'est pas un État du registre
refuse-row-not-a-date = { $column } « { $value } » n'est pas une date au format AAAA-MM-JJ
refuse-row-deposit-before-signature = ratification_date { $deposit } est antérieure à signature_date { $signature }
refuse-row-eif-mismatch = entry_into_force_date { $given } ne découle pas du dépôt du { $deposit } : la règle de la convention donne le { $computed }
refuse-row-eif-without-deposit = entry_into_force_date est donnée sans ratification_date
refuse-row-withdrawal-early = withdrawal_effective_date { $effective } est antérieure à ce que la convention permet après la notification du { $notice } ({ $computed })
refuse-row-notice-before-deposit = withdrawal_notice_date est antérieure au dépôt
refuse-row-no-dates = la ligne n'a ni date de signature, ni de ratification, ni de retrait
refuse-row-deposit-kind = deposit_kind « { $value } » n'est ni une ratification ni une adhésion

## Demandes de prolongation (art. 4 et analogues)
refuse-ext-obligation-unknown = « { $value } » n'est pas une obligation dont le délai peut être prolongé (connues : { $known })
refuse-ext-content-unknown = ({ $key }) n'est pas un contenu des demandes au titre de l'{ $article }
refuse-ext-content-long = ({ $key }) est limité à { $max } caractères
refuse-ext-meeting-kind = { $meeting } ne statue pas sur les demandes de prolongation : choisissez une Assemblée des États parties ou une Conférence d'examen
refuse-state-unknown = « { $value } » n'est pas un État enregistré
refuse-ext-not-a-state = { $who } n'est pas un État : c'est un État qui demande une prolongation
conflict-ext-decided = la demande { $id } a été tranchée : elle est conservée telle que la réunion l'a tranchée
refuse-ext-frozen = une demande soumise est figée : dites pourquoi elle est corrigée
refuse-ext-draft-analysis = la demande est un brouillon : l'analyse suit sa soumission
refuse-ext-document-unknown = { $symbol } n'est pas un document enregistré : enregistrez-le ou téléversez-le d'abord
refuse-ext-document-meeting = { $symbol } n'est pas un document de la réunion qui statue sur la demande
refuse-ext-draft-decision = la demande est un brouillon : seule une demande soumise est tranchée
conflict-ext-already-decided = la demande { $id } a déjà été tranchée
refuse-ext-decision-reference = citez la décision (1 à 200 caractères)
refuse-ext-benchmarks-long = les jalons sont limités à { $max } caractères
refuse-ext-decided-on = indiquez le jour de la décision
refuse-ext-grant-deadline = une prolongation accordée exige le nouveau délai
refuse-ext-grant-not-later = le nouveau délai doit être postérieur au délai en vigueur ({ $date })
refuse-ext-grant-more = la réunion peut accorder moins de temps que demandé, pas plus (demandé : { $date })
refuse-ext-refusal-deadline = un refus n'a pas de nouveau délai
refuse-ext-outcome = l'issue est « granted » (accordée) ou « refused » (refusée), pas « { $value } »

## Fichiers joints à un rapport, une demande ou un message
refuse-files-too-many = { $count } fichiers sont joints ; { $max } de plus au maximum sont acceptés ici.
refuse-file-empty = La pièce jointe { $n } est vide.
refuse-file-too-large = La pièce jointe { $n } fait { $size } Mio ; { $max } Mio au maximum sont acceptés.
refuse-file-kind = La pièce jointe { $n } n'est ni un PDF, ni un document Word (DOCX), ni du texte UTF-8.
refuse-file-none = Choisissez un fichier à joindre.
refuse-the-file-empty = le fichier est vide
refuse-the-file-too-large = le fichier fait { $size } Mio ; { $max } Mio au maximum sont acceptés
refuse-the-file-kind = le fichier n'est ni un PDF, ni un document Word (DOCX), ni du texte UTF-8
refuse-the-file-unreadable = le fichier ne peut pas être lu : { $why }

## Rapports de transparence remplis en ligne
refuse-report-obligation-unknown = « { $value } » n'est pas une obligation dont le rapport se fait sur formulaires (connues : { $known })
refuse-report-year-ended = l'année couverte ({ $year }) doit être une année écoulée, pas antérieure à 1990
refuse-report-access = un rapport est public ou réservé aux États parties
refuse-report-access-typed = un rapport est « public » ou « states-parties » (réservé aux États parties), pas « { $value } »
refuse-report-received-own = seul un rapport saisi par l'ISU pour le compte d'un État indique son jour de réception
refuse-report-received-future = le jour de réception ({ $date }) est dans le futur
refuse-report-not-a-state = { $who } n'est pas un État : c'est un État qui fait rapport
conflict-report-exists = { $who } a déjà ce rapport (numéro { $id }) : ouvrez-le pour le modifier ou le corriger
refuse-report-frozen = un rapport soumis est figé : dites pourquoi il est corrigé
refuse-report-access-kept = le niveau d'accès a été choisi à la soumission du rapport : une correction le conserve
refuse-report-frozen-file = un rapport soumis est figé : dites pourquoi le fichier est ajouté
refuse-report-mark = Formulaire { $form } : la mention est « changed », « unchanged » ou « not-applicable », pas « { $value } »

## Demandes de conseil à l'ISU
refuse-advice-body-empty = Rédigez le message ; il est vide.
refuse-advice-body-long = Le message dépasse { $max } caractères ; joignez plutôt un fichier.
refuse-advice-state = « { $value } » n'est pas un État du registre ; choisissez l'État demandeur.
refuse-advice-theme = Choisissez le thème de la demande (parmi { $known }).
refuse-advice-subject = Donnez un objet à la demande.
refuse-advice-subject-long = L'objet dépasse { $max } caractères.
refuse-advice-closed-add = Cette demande est close ; rien ne peut plus y être ajouté. Posez plutôt une nouvelle question.
refuse-advice-author = Seul son auteur ({ $who }) corrige un message.
refuse-advice-closed-revise = Cette demande est close ; ses messages restent tels quels.
refuse-advice-corrected = Ce message a déjà été corrigé (message { $id }) ; corrigez la dernière version.
refuse-advice-assignee = « { $value } » n'est pas un compte du personnel de l'ISU de la { $convention } ; choisissez-en un de l'ISU.
refuse-advice-closed-assign = Cette demande est close ; elle n'a besoin de personne pour la suivre.
refuse-advice-closed = Cette demande est déjà close.
refuse-advice-shared-already = L'échange est déjà partagé avec tous les États parties.
refuse-advice-confidential-already = L'échange est déjà confidentiel.

## Inscription (P1.1) et candidatures (P2.4)
conflict-registered-once = { $email } est déjà inscrit(e) à la { $meeting } ; une personne s'inscrit une fois par réunion.
refuse-registration-deadline = la date limite ne peut pas précéder l'ouverture des inscriptions
refuse-registration-cap = un plafond de 0 refuserait tout le monde ; laissez-le vide pour n'en fixer aucun
refuse-registration-none = choisissez au moins une inscription
conflict-registration-decided = l'inscription { $reference } est déjà { $status ->
    [approved] approuvée
    [refused] refusée
    [withdrawn] retirée
   *[other] { $status }
  } ; seule une inscription en attente peut être tranchée
refuse-nomination-no-seat = choisissez au moins un siège
refuse-nomination-too-many = choisissez au plus 20 sièges
refuse-nomination-seat-twice = chaque siège n'est choisi qu'une fois
refuse-nomination-order = l'ordre de préférence va de 1 à { $count } sans lacune ni répétition
refuse-nomination-other-meeting = { $meeting } n'est pas une réunion de la { $convention }
refuse-meeting-not-on-record = { $meeting } n'est pas enregistrée
refuse-nominations-closed = la { $meeting } s'est ouverte le { $date } ; les candidatures sont closes
refuse-nomination-statement-long = la déclaration dépasse { $max } caractères
refuse-with-clause = { $problem } ({ $clause })
conflict-nomination-standing = { $who } a déjà une candidature en cours pour la { $meeting } ; retirez-la d'abord pour en présenter une autre
conflict-nomination-withdrawn = la candidature de { $who } pour la { $meeting } est déjà retirée
refuse-nomination-withdraw-late = la { $meeting } s'est ouverte le { $date } : une candidature ne peut être retirée que jusqu'à l'ouverture de la réunion

## Décisions des réunions formelles et du Comité de coordination
refuse-decision-title = une décision a besoin d'un titre de 1 à 500 caractères
refuse-decision-text = une décision a besoin de son texte dans au moins une langue
refuse-decision-language = « { $value } » n'est pas l'une des six langues de l'ONU (ar, zh, en, fr, ru, es)
refuse-decision-text-long = le texte en { $lang } dépasse 50 000 caractères
refuse-decision-agenda-item = le point { $id } n'est pas un point de l'ordre du jour de la { $meeting }
refuse-decision-document = le document { $id } n'est pas un document enregistré
refuse-decision-supersede-itself = une décision ne peut pas se remplacer elle-même
refuse-decision-superseded-unknown = la décision { $id } n'est pas une décision enregistrée de cette convention
refuse-decision-date = la décision est datée du { $date }, hors des dates enregistrées de la { $meeting }
refuse-decision-meeting-kind = { $meeting } n'est pas une réunion qui adopte des décisions (une Assemblée des États parties, une Conférence d'examen, une Assemblée extraordinaire ou le Comité de coordination)
refuse-decision-number = le numéro d'une décision va de 1 à 10 000
refuse-decision-reason = dites pourquoi la décision est corrigée (5 caractères ou plus)
refuse-decision-unchanged = la correction ne change rien : la décision se lit déjà ainsi
conflict-decision-number = la { $meeting } a déjà une décision numéro { $number } ; corrigez-la plutôt

## Documents et actions de suivi
refuse-document-title = un titre de 1 à 500 caractères est nécessaire
refuse-document-submitter = l'auteur de la soumission est limité à 200 caractères
conflict-document-exists = { $symbol } est déjà enregistré
refuse-document-revises-unknown = { $symbol } révise ou corrige { $earlier }, qui n'est pas enregistré ; enregistrez-le d'abord
conflict-document-version = { $symbol } a déjà une version en « { $lang } » ; rien n'est écrasé : enregistrez un rectificatif
refuse-action-title = une action a besoin d'un titre de 1 à 500 caractères
refuse-action-source = une action découle d'une décision ou du compte rendu d'une réunion
refuse-action-owner-state = « { $value } » n'est pas un État du registre
refuse-action-owner-seat = « { $value } » n'est pas un siège de coordonnateur
refuse-version-title-long = le titre dans cette langue compte au plus 500 caractères
refuse-version-no-file = Choisissez le fichier de cette version linguistique.
