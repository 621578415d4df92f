<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Atelier::AttachmentFile</name>
    <message>
        <source>This attachment has been damaged inside the project (its fingerprint does not match); it was not written.</source>
        <translation>Cette pièce a été abîmée dans le projet (son empreinte ne correspond plus)&#x202f;; elle n’a pas été écrite.</translation>
    </message>
    <message>
        <source>“%1” is %2; an attachment can be at most %3. Make it lighter (a compressed photo, a shorter recording) or keep it outside the project and describe it in a testimony.</source>
        <translation>«&#xa0;%1&#xa0;» pèse %2&#x202f;; une pièce ne peut dépasser %3. Allégez-la (photo compressée, enregistrement plus court) ou gardez-la hors du projet et décrivez-la dans un témoignage.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be read completely (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu en entier (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit (%2).</translation>
    </message>
</context>
<context>
    <name>Atelier::Baseline</name>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>date changed</source>
        <translation>date modifiée</translation>
    </message>
    <message>
        <source>%1 days later</source>
        <translation>%1 jours plus tard</translation>
    </message>
    <message>
        <source>%1 days earlier</source>
        <translation>%1 jours plus tôt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>target raised</source>
        <translation>cible relevée</translation>
    </message>
    <message>
        <source>target lowered</source>
        <translation>cible abaissée</translation>
    </message>
    <message>
        <source>target date moved</source>
        <translation>échéance de la cible déplacée</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 au %2</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::CharterPage</name>
    <message>
        <source>Draft the charter</source>
        <translation>Rédiger la charte</translation>
    </message>
    <message>
        <source>Remove the charter</source>
        <translation>Retirer la charte</translation>
    </message>
    <message>
        <source>No charter yet. At the start of the contract, the company and the administration agree on the criteria under which the contract may evolve and on the safeguards that put neither the company nor the public policy at risk. Without a charter, the clause cannot serve as a review clause of the contract.</source>
        <translation>Pas encore de charte. En début de marché, l’entreprise et la collectivité s’accordent sur les critères d’évolution possible du marché et sur les garde-fous qui ne mettent en péril ni l’entreprise, ni la bonne conduite de la politique publique. Sans charte, la clause ne peut pas servir de clause de réexamen du marché.</translation>
    </message>
    <message>
        <source>Agreed by both parties at the start. The simulation checks every scenario against these limits, counted from the amount and the calendar at notification.</source>
        <translation>Convenue par les deux parties au départ. La simulation confronte chaque scénario à ces limites, comptées depuis le montant et le calendrier à la notification.</translation>
    </message>
    <message>
        <source>Limits agreed</source>
        <translation>Limites convenues</translation>
    </message>
    <message>
        <source>Enter the procedure&apos;s facts</source>
        <translation>Saisir les éléments de la procédure</translation>
    </message>
    <message>
        <source>The European thresholds of the day the consultation was launched apply (the notification date when it is not entered); a contract awarded by the commission d&apos;appel d&apos;offres needs its opinion on an avenant of more than 5 % (CGCT L1414-4).</source>
        <translation>Les seuils européens applicables sont ceux du jour du lancement de la consultation (la date de notification, si elle n’est pas saisie)&#x202f;; un marché attribué par la commission d’appel d’offres requiert son avis sur un avenant de plus de 5&#x202f;% (CGCT L1414-4).</translation>
    </message>
    <message>
        <source>The contract&apos;s procedure, for the legal frame</source>
        <translation>La procédure du marché, pour le cadre juridique</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::ClauseDecision</name>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Choisissez d’abord un scénario.</translation>
    </message>
    <message>
        <source>This activation of the clause is already decided.</source>
        <translation>Cette activation de la clause est déjà décidée.</translation>
    </message>
    <message>
        <source>This activation of the clause was abandoned.</source>
        <translation>Cette activation de la clause a été abandonnée.</translation>
    </message>
    <message>
        <source>The contract of this activation no longer exists.</source>
        <translation>Le marché de cette activation n’existe plus.</translation>
    </message>
    <message>
        <source>The law does not allow this scenario (%1): amend it or propose another one.</source>
        <translation>Le droit ne permet pas ce scénario (%1)&#x202f;: amendez-le ou proposez-en un autre.</translation>
    </message>
    <message>
        <source>Record the clause&apos;s decision</source>
        <translation>Inscrire la décision de la clause</translation>
    </message>
    <message>
        <source>Move the timeline</source>
        <translation>Décaler le calendrier</translation>
    </message>
    <message>
        <source>Evolutivity clause: %1</source>
        <translation>Clause d’évolutivité&#x202f;: %1</translation>
    </message>
    <message>
        <source>amount %1 → %2</source>
        <translation>montant %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>calendar moved by %n month(s)</source>
        <translation>
            <numerusform>calendrier décalé de %n&#xa0;mois</numerusform>
            <numerusform>calendrier décalé de %n&#xa0;mois</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#x202f;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>Modification no. %1 of the contract %2</source>
        <translation>Modification n°&#xa0;%1 du marché %2</translation>
    </message>
    <message>
        <source>The decision could not be recorded: nothing was changed.</source>
        <translation>La décision n’a pas pu être inscrite&#x202f;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The legal frame is not concluded yet: the buyer answers the four questions of R2194-7 first.</source>
        <translation>Le cadre juridique n’est pas encore établi&#x202f;: l’acheteur répond d’abord aux quatre questions de l’article R2194-7.</translation>
    </message>
    <message>
        <source>Consent reached; the buyer&apos;s legal sign-off is pending: the buyer guarantees the legal frame and signs it off before the decision is recorded.</source>
        <translation>Consentement atteint&#x202f;; la validation juridique de l’acheteur est en attente&#x202f;: l’acheteur, garant du cadre juridique, le valide avant que la décision soit inscrite.</translation>
    </message>
    <message>
        <source>The scenario&apos;s legal frame changed since the buyer signed it off (%1 then, %2 now): the buyer signs it off again.</source>
        <translation>Le cadre juridique du scénario a changé depuis sa validation par l’acheteur (%1 alors, %2 désormais)&#x202f;: l’acheteur le valide à nouveau.</translation>
    </message>
    <message>
        <source>The scenario changed since the buyer signed it off (its amount, its calendar or the answers to the legal questions): the buyer signs it off again.</source>
        <translation>Le scénario a changé depuis sa validation par l’acheteur (son montant, son calendrier ou les réponses aux questions juridiques)&#x202f;: l’acheteur le valide à nouveau.</translation>
    </message>
    <message>
        <source>This activation of the clause is no longer in dialogue.</source>
        <translation>Cette activation de la clause n’est plus en dialogue.</translation>
    </message>
    <message>
        <source>The legal frame cannot be signed off: %1.</source>
        <translation>Le cadre juridique ne peut pas être validé&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Say who signs off: the buyer&apos;s seat is played by nobody.</source>
        <translation>Indiquez qui valide&#x202f;: personne ne joue le siège de l’acheteur.</translation>
    </message>
    <message>
        <source>Sign off the legal frame</source>
        <translation>Valider le cadre juridique</translation>
    </message>
    <message>
        <source>Withdraw the legal sign-off</source>
        <translation>Retirer la validation juridique</translation>
    </message>
    <message>
        <source>Legal sign-off by the buyer: pending.</source>
        <translation>Validation juridique par l’acheteur&#x202f;: en attente.</translation>
    </message>
    <message>
        <source>Legal sign-off by the buyer: %1, on %2, under %3.</source>
        <translation>Validation juridique par l’acheteur&#x202f;: %1, le %2&#x202f;; base juridique&#x202f;: %3.</translation>
    </message>
    <message>
        <source>(a participant since removed)</source>
        <translation>(un participant retiré depuis)</translation>
    </message>
    <message>
        <source>Modification no. %1 (evolutivity clause), consented by all and signed off by the buyer: “%2”</source>
        <translation>Modification n° %1 (clause d’évolutivité), consentie par tous et validée par l’acheteur&#x202f;: «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::ClauseDocuments</name>
    <message>
        <source>(to be filled in)</source>
        <translation>(à compléter)</translation>
    </message>
    <message>
        <source>%1 — raised on “%2”, answered by “%3”.</source>
        <translation>%1 — soulevée sur «&#xa0;%2&#xa0;», prise en compte dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>No contract with a decided modification matches “%1”.</source>
        <translation>Aucun marché avec une modification décidée ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) with a decided modification match: name it with --contract HOLDER.</source>
        <translation>
            <numerusform>%n marché avec une modification décidée correspond&#x202f;: désignez-le avec --contract TITULAIRE.</numerusform>
            <numerusform>%n marchés avec une modification décidée correspondent&#x202f;: désignez-en un avec --contract TITULAIRE.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contract has %n decided modification(s): give a number from 1.</source>
        <translation>
            <numerusform>Le marché compte %n modification décidée&#x202f;: donnez un numéro à partir de 1.</numerusform>
            <numerusform>Le marché compte %n modifications décidées&#x202f;: donnez un numéro à partir de 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a decided modification makes a draft avenant.</source>
        <translation>Seule une modification décidée donne lieu à un projet d’avenant.</translation>
    </message>
    <message>
        <source>Draft avenant no. %1</source>
        <translation>Projet d’avenant n° %1</translation>
    </message>
    <message>
        <source>Modification no. %1 of the contract, decided under the evolutivity clause</source>
        <translation>Modification n° %1 du marché, décidée au titre de la clause d’évolutivité</translation>
    </message>
    <message>
        <source>avenant</source>
        <translation>avenant</translation>
    </message>
    <message>
        <source>evolutivity clause</source>
        <translation>clause d’évolutivité</translation>
    </message>
    <message>
        <source>Draft avenant no. %1 to the contract “%2”</source>
        <translation>Projet d’avenant n° %1 au marché «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>A draft prepared from the dialogue of the evolutivity clause: the buyer checks it before it is signed and notified. It is not legal advice.</source>
        <translation>Projet préparé à partir du dialogue de la clause d’évolutivité&#x202f;: l’acheteur le vérifie avant sa signature et sa notification. Il ne constitue pas un conseil juridique.</translation>
    </message>
    <message>
        <source>Between the parties</source>
        <translation>Entre les parties</translation>
    </message>
    <message>
        <source>The buyer:</source>
        <translation>L’acheteur&#x202f;:</translation>
    </message>
    <message>
        <source>The holder:</source>
        <translation>Le titulaire&#x202f;:</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>Le marché</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Marché&#x202f;:</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>Notifié le&#x202f;:</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Nature&#x202f;:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procédure&#x202f;:</translation>
    </message>
    <message>
        <source>CPV code:</source>
        <translation>Code CPV&#x202f;:</translation>
    </message>
    <message>
        <source>Amount at notification, excl. tax:</source>
        <translation>Montant HT à la notification&#x202f;:</translation>
    </message>
    <message>
        <source>Object of the modification</source>
        <translation>Objet de la modification</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario&#x202f;:</translation>
    </message>
    <message>
        <source>Changes to the services:</source>
        <translation>Modifications des prestations&#x202f;:</translation>
    </message>
    <message>
        <source>Motive:</source>
        <translation>Motif&#x202f;:</translation>
    </message>
    <message>
        <source>New amount and duration</source>
        <translation>Nouveaux montant et durée</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>This modification</source>
        <translation>Cette modification</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Amount excl. tax</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>%1 (%2 of the initial amount)</source>
        <translation>%1 (%2 du montant initial)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator of the strategy</source>
        <translation>Indicateur de la stratégie</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nouvelle cible</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Consent of the stakeholders</source>
        <translation>Consentement des parties prenantes</translation>
    </message>
    <message>
        <source>Prepared in a tooled dialogue and decided on %1 by the consent of every stakeholder concerned (gestion par consentement): nobody objects any more.</source>
        <translation>Préparée lors d’un temps de dialogue outillé et décidée le %1 par le consentement de toutes les parties prenantes concernées (gestion par consentement)&#x202f;: plus personne n’objecte.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Joué par</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Objections raised in earlier rounds and integrated into the scenario:</source>
        <translation>Objections soulevées lors des tours précédents et intégrées au scénario&#x202f;:</translation>
    </message>
    <message>
        <source>Legal sign-off</source>
        <translation>Validation juridique</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motifs&#x202f;:</translation>
    </message>
    <message>
        <source>Publication of the essential data</source>
        <translation>Publication des données essentielles</translation>
    </message>
    <message>
        <source>The essential data of this modification are published by %1 (R2196-1)%2.</source>
        <translation>Les données essentielles de cette modification sont publiées au plus tard le %1 (R2196-1)%2.</translation>
    </message>
    <message>
        <source>, counted from the decision until the avenant is notified</source>
        <translation>, délai compté à partir de la décision tant que l’avenant n’est pas notifié</translation>
    </message>
    <message>
        <source>The period of publication of the essential data (R2196-1) is not in the law table: to be filled by the user.</source>
        <translation>Le délai de publication des données essentielles (R2196-1) ne figure pas dans la table juridique&#x202f;: à compléter par l’utilisateur.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>For the buyer</source>
        <translation>Pour l’acheteur</translation>
    </message>
    <message>
        <source>For the holder</source>
        <translation>Pour le titulaire</translation>
    </message>
    <message>
        <source>Name, capacity, date:</source>
        <translation>Nom, qualité, date&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::ClauseEdits</name>
    <message>
        <source>A decided activation changed the contract: it cannot be removed (undo its decision instead).</source>
        <translation>Une activation décidée a modifié le marché&#x202f;: elle ne peut pas être supprimée (annulez plutôt sa décision).</translation>
    </message>
    <message>
        <source>The activation could not be removed: nothing was changed.</source>
        <translation>L’activation n’a pas pu être supprimée&#x202f;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation>%1 (amendé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Amend the scenario to answer an objection</source>
        <translation>Amender le scénario pour répondre à une objection</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::ClausePanel</name>
    <message>
        <source>Evolutivity clause</source>
        <translation>Clause d’évolutivité</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Modification no.</source>
        <translation>Modification n°</translation>
    </message>
    <message>
        <source>Draft avenant</source>
        <translation>Projet d’avenant</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::ClauseView</name>
    <message>
        <source>Contracts</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>Activations of the clause</source>
        <translation>Activations de la clause</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message numerus="yes">
        <source>%n activation(s) in dialogue</source>
        <translation>
            <numerusform>%n activation en dialogue</numerusform>
            <numerusform>%n activations en dialogue</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract yet: contracts are added with the investment lines of a strategy, in the strategy cockpit.</source>
        <translation>Pas encore de marché&#x202f;: les marchés s’ajoutent avec les lignes d’investissement d’une stratégie, dans le cockpit de la stratégie.</translation>
    </message>
    <message>
        <source>Evolutivity clause of the contract %1</source>
        <translation>Clause d’évolutivité du marché %1</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::ConsentGrid</name>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Consent round</source>
        <translation>Tour de consentement</translation>
    </message>
    <message>
        <source>%1 (nobody plays it)</source>
        <translation>%1 (personne ne le joue)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Stance of %1</source>
        <translation>Position de %1</translation>
    </message>
    <message>
        <source>Why, and what would make it acceptable</source>
        <translation>Pourquoi, et ce qui le rendrait acceptable</translation>
    </message>
    <message>
        <source>Objection of %1</source>
        <translation>Objection de %1</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::ConsentRound</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Consent reached: every stakeholder is represented and nobody objects.</source>
        <translation>Consentement atteint&#x202f;: chaque partie prenante est représentée et personne n’objecte.</translation>
    </message>
    <message>
        <source>Not represented: %1.</source>
        <translation>Non représentés&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Nobody plays: %1.</source>
        <translation>Personne ne joue&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Not said yet: %1.</source>
        <translation>Ne se sont pas encore prononcés&#x202f;: %1.</translation>
    </message>
    <message>
        <source>An objection must say why: %1.</source>
        <translation>Une objection doit être motivée&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Objections to answer: %1</source>
        <translation>Objections à lever&#x202f;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::EvolutionsPage</name>
    <message>
        <source>Activate the clause</source>
        <translation>Activer la clause</translation>
    </message>
    <message>
        <source>Add a seat</source>
        <translation>Ajouter un siège</translation>
    </message>
    <message>
        <source>State of play of the project</source>
        <translation>État des lieux du projet</translation>
    </message>
    <message>
        <source>Reasons for changing the contract</source>
        <translation>Motifs d’évolution du marché</translation>
    </message>
    <message>
        <source>Every stakeholder concerned by the change is represented: the company, the buyer (who guarantees the legal frame), the prescriber, the elected officials concerned and the citizen jury. Participants may play their own role or another one.</source>
        <translation>L’ensemble des parties prenantes concernées par l’évolution du marché est représenté&#x202f;: l’entreprise, l’acheteur (garant du cadre juridique), le prescripteur, les élus concernés et le jury citoyen. Les participants jouent ou non leur propre rôle.</translation>
    </message>
    <message>
        <source>State of play and reasons</source>
        <translation>État des lieux et motifs</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Simulation and consent</source>
        <translation>Simulation et consentement</translation>
    </message>
    <message>
        <source>Activations of the clause</source>
        <translation>Activations de la clause</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::Report</name>
    <message numerus="yes">
        <source>calendar moved by %n month(s)</source>
        <translation>
            <numerusform>calendrier décalé de %n&#xa0;mois</numerusform>
            <numerusform>calendrier décalé de %n&#xa0;mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Each modification was prepared in a tooled dialogue with the company, the buyer, the prescriber, the elected officials concerned and the citizen jury, and decided by the consent of all. The buyer guarantees its legal frame.</source>
        <translation>Chaque modification a été préparée lors d’un temps de dialogue outillé avec l’entreprise, l’acheteur, le prescripteur, les élus concernés et le jury citoyen, et décidée par le consentement de tous. L’acheteur est le garant de son cadre juridique.</translation>
    </message>
    <message>
        <source>No modification decided under the clause so far.</source>
        <translation>Aucune modification décidée au titre de la clause à ce jour.</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Motive</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>In dialogue since %1: %2 (%3).</source>
        <translation>En dialogue depuis le %1&#x202f;: %2 (%3).</translation>
    </message>
    <message>
        <source>Modifications under the evolutivity clause</source>
        <translation>Modifications au titre de la clause d’évolutivité</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::Rules</name>
    <message>
        <source>The contract&apos;s amount is not known: enter it with the contract in the cockpit before simulating.</source>
        <translation>Le montant du marché n’est pas connu&#x202f;: saisissez-le avec le marché dans le cockpit avant de simuler.</translation>
    </message>
    <message>
        <source>The amount cannot fall below zero: the contract is worth %1 now.</source>
        <translation>Le montant ne peut pas devenir négatif&#x202f;: le marché vaut aujourd’hui %1.</translation>
    </message>
    <message>
        <source>No charter was agreed for this contract: the clause cannot serve as a review clause of the contract.</source>
        <translation>Aucune charte n’a été convenue pour ce marché&#x202f;: la clause ne peut pas servir de clause de réexamen.</translation>
    </message>
    <message>
        <source>The amount would rise by %1 since notification, beyond the charter&apos;s ceiling of %2 %.</source>
        <translation>Le montant augmenterait de %1 depuis la notification, au-delà du plafond de la charte (%2&#xa0;%).</translation>
    </message>
    <message>
        <source>The amount would fall by %1 since notification, beyond the charter&apos;s floor of %2 % that protects the company.</source>
        <translation>Le montant baisserait de %1 depuis la notification, au-delà du plancher de la charte (%2&#xa0;%) qui protège l’entreprise.</translation>
    </message>
    <message numerus="yes">
        <source>The calendar would move by %n month(s) in all, beyond the charter&apos;s %1.</source>
        <translation>
            <numerusform>Le calendrier serait décalé de %n&#xa0;mois en tout, au-delà des %1 de la charte.</numerusform>
            <numerusform>Le calendrier serait décalé de %n&#xa0;mois en tout, au-delà des %1 de la charte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n&#xa0;mois</numerusform>
            <numerusform>%n&#xa0;mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within the charter: %1 since notification, calendar moved by %n month(s) in all.</source>
        <translation>
            <numerusform>Dans la charte&#x202f;: %1 depuis la notification, calendrier décalé de %n&#xa0;mois en tout.</numerusform>
            <numerusform>Dans la charte&#x202f;: %1 depuis la notification, calendrier décalé de %n&#xa0;mois en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Public procurement code, art. R2194-1 (review clause: the evolutivity charter)</source>
        <translation>Code de la commande publique, art. R.&#xa0;2194-1 (clause de réexamen&#x202f;: la charte d’évolutivité)</translation>
    </message>
    <message>
        <source>review clause</source>
        <translation>clause de réexamen</translation>
    </message>
    <message>
        <source>small amount</source>
        <translation>faible montant</translation>
    </message>
    <message>
        <source>unforeseeable, to be shown</source>
        <translation>imprévisible, à démontrer</translation>
    </message>
    <message>
        <source>new procedure needed</source>
        <translation>nouvelle procédure nécessaire</translation>
    </message>
    <message>
        <source>impossible</source>
        <translation>impossible</translation>
    </message>
    <message>
        <source>The consultation&apos;s date is not known: enter it with the contract so that the European threshold of that day applies (R2194-8).</source>
        <translation>La date de la consultation n’est pas connue&#x202f;: saisissez-la avec le marché pour que s’applique le seuil européen de ce jour-là (R2194-8).</translation>
    </message>
    <message>
        <source>The consultation&apos;s launch date is not entered: the notification date (%1) is used for the European threshold.</source>
        <translation>La date de lancement de la consultation n’est pas saisie&#x202f;: la date de notification (%1) sert pour le seuil européen.</translation>
    </message>
    <message>
        <source>The law table has no European threshold (or no small-amount rate) for a consultation launched on %1: to be filled by the user in %2. The small-amount case (R2194-8) cannot be checked.</source>
        <translation>La table juridique n’a pas de seuil européen (ni de taux de faible montant) pour une consultation lancée le %1&#x202f;: à compléter par l’utilisateur dans %2. Le cas du faible montant (R2194-8) ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>Not of small amount: the modifications counted together (R2194-9) come to %1, %2 of the initial amount, not under %3 % (R2194-8).</source>
        <translation>Pas de faible montant&#x202f;: les modifications cumulées (R2194-9) atteignent %1, soit %2 du montant initial, ce qui n’est pas inférieur à %3&#x202f;% (R2194-8).</translation>
    </message>
    <message>
        <source>Not of small amount: the modifications counted together (R2194-9) come to %1, not under the European threshold of %2 for a consultation launched on %3 (R2194-8).</source>
        <translation>Pas de faible montant&#x202f;: les modifications cumulées (R2194-9) atteignent %1, ce qui n’est pas inférieur au seuil européen de %2 applicable à une consultation lancée le %3 (R2194-8).</translation>
    </message>
    <message>
        <source>Of small amount: the modifications counted together (R2194-9: this one and those decided under R2194-8) come to %1, %2 of the initial amount, under %3 % and under the European threshold of %4 for a consultation launched on %5 (R2194-8): allowed without further justification.</source>
        <translation>Faible montant&#x202f;: les modifications cumulées (R2194-9&#x202f;: celle-ci et celles décidées au titre de l’article R2194-8) atteignent %1, soit %2 du montant initial, moins de %3&#x202f;% et moins que le seuil européen de %4 applicable à une consultation lancée le %5 (R2194-8)&#x202f;: autorisée sans autre justification.</translation>
    </message>
    <message>
        <source>The law table has no cap for R2194-3: to be filled by the user in %1.</source>
        <translation>La table juridique n’a pas de plafond pour l’article R2194-3&#x202f;: à compléter par l’utilisateur dans %1.</translation>
    </message>
    <message>
        <source>%1: this modification is %2 of the initial amount, beyond the cap of %3 % of each modification (R2194-3).</source>
        <translation>%1&#x202f;: cette modification représente %2 du montant initial, au-delà du plafond de %3&#x202f;% par modification (R2194-3).</translation>
    </message>
    <message>
        <source>Supplementary services</source>
        <translation>Prestations supplémentaires</translation>
    </message>
    <message>
        <source>Supplementary services (R2194-2): necessary, and a change of holder impossible for technical or economic reasons, as the buyer answered; %1 of the initial amount, within the cap of %2 % (R2194-3). Keep the reasons in the file.</source>
        <translation>Prestations supplémentaires (R2194-2)&#x202f;: nécessaires, et changement de titulaire impossible pour des raisons techniques ou économiques, selon les réponses de l’acheteur&#x202f;; %1 du montant initial, dans la limite du plafond de %2&#x202f;% (R2194-3). Conservez les motifs au dossier.</translation>
    </message>
    <message>
        <source>Unforeseeable circumstances</source>
        <translation>Circonstances imprévisibles</translation>
    </message>
    <message>
        <source>Possible only if the buyer shows that a diligent buyer could not foresee these circumstances (R2194-5); each such modification is at most %1 % of the initial amount (R2194-3).</source>
        <translation>Possible seulement si l’acheteur démontre qu’un acheteur diligent ne pouvait pas prévoir ces circonstances (R2194-5)&#x202f;; chacune de ces modifications est limitée à %1&#x202f;% du montant initial (R2194-3).</translation>
    </message>
    <message>
        <source>A substantial modification (R2194-7), as the buyer answered yes to: %1 A new procurement procedure is needed.</source>
        <translation>Modification substantielle (R2194-7), puisque l’acheteur a répondu oui à&#x202f;: %1 Une nouvelle procédure de passation est nécessaire.</translation>
    </message>
    <message numerus="yes">
        <source>No other case applies. The modification may still be lawful if it is not substantial (R2194-7): the buyer answers the four questions before concluding (%n still unanswered).</source>
        <translation>
            <numerusform>Aucun autre cas ne s’applique. La modification peut encore être licite si elle n’est pas substantielle (R2194-7)&#x202f;: l’acheteur répond aux quatre questions avant de conclure (%n question encore sans réponse).</numerusform>
            <numerusform>Aucun autre cas ne s’applique. La modification peut encore être licite si elle n’est pas substantielle (R2194-7)&#x202f;: l’acheteur répond aux quatre questions avant de conclure (%n questions encore sans réponse).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not substantial (R2194-7), as the buyer answered no to the four questions: lawful whatever its amount. Keep the reasons of each answer in the file.</source>
        <translation>Non substantielle (R2194-7), puisque l’acheteur a répondu non aux quatre questions&#x202f;: licite quel que soit son montant. Conservez au dossier les motifs de chaque réponse.</translation>
    </message>
    <message>
        <source>The law table has no rate for the opinion of the commission d&apos;appel d&apos;offres (CGCT L1414-4): to be filled by the user in %1.</source>
        <translation>La table juridique n’a pas de taux pour l’avis de la commission d’appel d’offres (CGCT L1414-4)&#x202f;: à compléter par l’utilisateur dans %1.</translation>
    </message>
    <message>
        <source>The contract went through the commission d&apos;appel d&apos;offres: this draft avenant raises the overall amount by %1 of the initial amount, more than %2 %, and needs the commission&apos;s opinion first (CGCT L1414-4).</source>
        <translation>Le marché est passé par la commission d’appel d’offres&#x202f;: ce projet d’avenant augmente le montant global de %1 du montant initial, soit plus de %2&#x202f;%, et requiert d’abord l’avis de la commission (CGCT L1414-4).</translation>
    </message>
    <message>
        <source>Would it have let other candidates take part, or another offer win, had it been in the initial procedure?</source>
        <translation>Aurait-elle permis à d’autres candidats de participer, ou à une autre offre d’être retenue, si elle avait figuré dans la procédure initiale&#x202f;?</translation>
    </message>
    <message>
        <source>Does it shift the contract&apos;s economic balance in favour of the holder?</source>
        <translation>Modifie-t-elle l’équilibre économique du marché en faveur du titulaire&#x202f;?</translation>
    </message>
    <message>
        <source>Does it change the contract&apos;s object considerably?</source>
        <translation>Modifie-t-elle considérablement l’objet du marché&#x202f;?</translation>
    </message>
    <message>
        <source>Does it replace the holder by a new one?</source>
        <translation>Remplace-t-elle le titulaire par un nouveau titulaire&#x202f;?</translation>
    </message>
    <message>
        <source>The charter is a review clause of the initial contract (R2194-1): the modification is allowed whatever its amount, provided the overall nature of the contract does not change.</source>
        <translation>La charte est une clause de réexamen du marché initial (R2194-1)&#x202f;: la modification est permise quel que soit son montant, à condition que la nature globale du marché ne change pas.</translation>
    </message>
    <message>
        <source>Public procurement code, art. R2194-8 and R2194-9 (modification of small amount)</source>
        <translation>Code de la commande publique, art. R2194-8 et R2194-9 (modification de faible montant)</translation>
    </message>
    <message>
        <source>Public procurement code, art. R2194-2 and R2194-3 (supplementary services, a change of holder being impossible)</source>
        <translation>Code de la commande publique, art. R2194-2 et R2194-3 (prestations supplémentaires, un changement de titulaire étant impossible)</translation>
    </message>
    <message>
        <source>Public procurement code, art. R2194-5 and R2194-3 (unforeseeable circumstances)</source>
        <translation>Code de la commande publique, art. R2194-5 et R2194-3 (circonstances imprévisibles)</translation>
    </message>
    <message>
        <source>Public procurement code, art. R2194-7 (non-substantial modification)</source>
        <translation>Code de la commande publique, art. R2194-7 (modification non substantielle)</translation>
    </message>
    <message>
        <source>Public procurement code, art. R2194-7 (to be determined: the four questions are not all answered)</source>
        <translation>Code de la commande publique, art. R2194-7 (à déterminer&#x202f;: les quatre questions n’ont pas toutes reçu de réponse)</translation>
    </message>
    <message>
        <source>Public procurement code, art. R2194-7 (substantial modification: a new procedure is needed)</source>
        <translation>Code de la commande publique, art. R2194-7 (modification substantielle&#x202f;: une nouvelle procédure est nécessaire)</translation>
    </message>
    <message>
        <source>supplementary services</source>
        <translation>prestations supplémentaires</translation>
    </message>
    <message>
        <source>not substantial</source>
        <translation>non substantielle</translation>
    </message>
    <message>
        <source>questions to answer</source>
        <translation>questions en suspens</translation>
    </message>
</context>
<context>
    <name>Atelier::Clause::ScenariosPage</name>
    <message>
        <source>Propose a scenario</source>
        <translation>Proposer un scénario</translation>
    </message>
    <message>
        <source>Change an indicator</source>
        <translation>Modifier un indicateur</translation>
    </message>
    <message>
        <source>Record the decision consented by all</source>
        <translation>Inscrire la décision consentie par tous</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Amount after</source>
        <translation>Montant après</translation>
    </message>
    <message>
        <source>Since notification</source>
        <translation>Depuis la notification</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Legal frame</source>
        <translation>Cadre juridique</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Scénarios comparés</translation>
    </message>
    <message>
        <source>Scenarios proposed by the prescriber and the company</source>
        <translation>Scénarios proposés par le prescripteur et l’entreprise</translation>
    </message>
    <message>
        <source>Indicators the chosen scenario changes</source>
        <translation>Indicateurs que le scénario choisi modifie</translation>
    </message>
    <message>
        <source>The chosen scenario against the charter and the law</source>
        <translation>Le scénario choisi face à la charte et au droit</translation>
    </message>
    <message>
        <source>Role-play: consent round on the chosen scenario</source>
        <translation>Jeu de rôle&#x202f;: tour de consentement sur le scénario choisi</translation>
    </message>
    <message>
        <source>Simulation: the contract after each scenario</source>
        <translation>Simulation&#x202f;: le marché après chaque scénario</translation>
    </message>
    <message>
        <source>%1 (decided)</source>
        <translation>%1 (décidé)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n&#xa0;mois</numerusform>
            <numerusform>%n&#xa0;mois</numerusform>
        </translation>
    </message>
    <message>
        <source>consented by all</source>
        <translation>consenti par tous</translation>
    </message>
    <message>
        <source>to be sought</source>
        <translation>à recueillir</translation>
    </message>
    <message>
        <source>objections</source>
        <translation>objections</translation>
    </message>
    <message>
        <source>Choose or activate the clause above.</source>
        <translation>Choisissez ou activez la clause ci-dessus.</translation>
    </message>
    <message>
        <source>Propose a scenario to simulate it.</source>
        <translation>Proposez un scénario pour le simuler.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base juridique&#x202f;: %1</translation>
    </message>
    <message>
        <source>Decided on %1: %2</source>
        <translation>Décidé le %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Inscrire la décision</translation>
    </message>
    <message>
        <source>Record “%1” as the decision consented by all? The contract, its calendar and its indicators change in the cockpit, the decision is added to the checkpoint and the plan is frozen as a new baseline. Undo takes it all back.</source>
        <translation>Inscrire «&#xa0;%1&#xa0;» comme la décision consentie par tous&#x202f;? Le marché, son calendrier et ses indicateurs changent dans le cockpit, la décision s’ajoute au point d’étape et le plan est figé dans une nouvelle référence. Annuler reprend le tout.</translation>
    </message>
    <message>
        <source>Sign off the legal frame (buyer)</source>
        <translation>Valider le cadre juridique (acheteur)</translation>
    </message>
    <message>
        <source>Withdraw the sign-off</source>
        <translation>Retirer la validation</translation>
    </message>
    <message>
        <source>Integrate an objection into an amended scenario</source>
        <translation>Intégrer une objection dans un scénario amendé</translation>
    </message>
    <message>
        <source>R2194-2: are the supplementary services necessary?</source>
        <translation>R2194-2&#x202f;: les prestations supplémentaires sont-elles nécessaires&#x202f;?</translation>
    </message>
    <message>
        <source>R2194-2: is a change of holder impossible for technical or economic reasons?</source>
        <translation>R2194-2&#x202f;: un changement de titulaire est-il impossible pour des raisons techniques ou économiques&#x202f;?</translation>
    </message>
    <message>
        <source>R2194-7: %1</source>
        <translation>R2194-7&#x202f;: %1</translation>
    </message>
    <message>
        <source>Reasons of the answers, for the file:</source>
        <translation>Motifs des réponses, pour le dossier&#x202f;:</translation>
    </message>
    <message>
        <source>Questions the buyer answers</source>
        <translation>Questions auxquelles répond l’acheteur</translation>
    </message>
    <message>
        <source>This amended scenario answers the objection of %1</source>
        <translation>Ce scénario amendé répond à l’objection de %1</translation>
    </message>
    <message>
        <source>Sign off the legal frame</source>
        <translation>Valider le cadre juridique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Integrate an objection</source>
        <translation>Intégrer une objection</translation>
    </message>
    <message>
        <source>The objection the amended scenario answers:</source>
        <translation>L’objection à laquelle répond le scénario amendé&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Atelier::Cli</name>
    <message>
        <source>Atelier Achat %1 (project file format %2)</source>
        <translation>Atelier Achat %1 (format de fichier projet %2)</translation>
    </message>
    <message>
        <source>“%1” is a valid Atelier Achat project.</source>
        <translation>«&#xa0;%1&#xa0;» est un projet Atelier Achat valide.</translation>
    </message>
    <message>
        <source>“%1” already exists: choose another name, or delete it first.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#x202f;: choisissez un autre nom, ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>Demo project written to “%1”.</source>
        <translation>Projet de démonstration écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#x202f;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown report “%1”: choose %2.</source>
        <translation>Rapport inconnu «&#xa0;%1&#xa0;»&#x202f;: choisissez parmi %2.</translation>
    </message>
    <message>
        <source>The PDF would replace the project itself: choose another output name.</source>
        <translation>Le PDF remplacerait le projet lui-même&#x202f;: choisissez un autre nom de sortie.</translation>
    </message>
    <message numerus="yes">
        <source>%1 written to “%2” (%n page(s)).</source>
        <translation>
            <numerusform>%1&#x202f;: %n page écrite dans «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>%1&#x202f;: %n pages écrites dans «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 document needs %2 NAME.</source>
        <translation>Le document %1 demande %2 NOM.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 demande une valeur.</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 prend l’une des valeurs suivantes&#x202f;: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2): nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2)&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” holds no line after its header: nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune ligne après son en-tête&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: %2 kept, %3 rejected, %4 also on the other list (%5).</source>
        <translation>%1&#x202f;: %2 retenues, %3 rejetées, %4 aussi sur l’autre liste (%5).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>line %1: also on the other list (its line %2)</source>
        <translation>ligne %1&#x202f;: aussi sur l’autre liste (sa ligne %2)</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok&#x202f;: %1</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>écart&#x202f;: %1</translation>
    </message>
    <message>
        <source>The draw is NOT reproduced.</source>
        <translation>Le tirage n’est PAS reproduit.</translation>
    </message>
    <message>
        <source>The draw is reproduced bit for bit.</source>
        <translation>Le tirage est reproduit bit à bit.</translation>
    </message>
    <message>
        <source>Shared copy for %1 written to “%2”.</source>
        <translation>Copie partagée pour %1 écrite dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The project held no personal data to leave out.</source>
        <translation>Le projet ne contenait aucune donnée personnelle à écarter.</translation>
    </message>
    <message>
        <source>left out: %1 (%2)</source>
        <translation>écarté&#x202f;: %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” lacks:</source>
        <translation>Il manque à «&#xa0;%1&#xa0;»&#x202f;:</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) written to “%1” (DECP v2).</source>
        <translation>
            <numerusform>%n marché écrit dans «&#xa0;%1&#xa0;» (DECP v2).</numerusform>
            <numerusform>%n marchés écrits dans «&#xa0;%1&#xa0;» (DECP v2).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds no DECP marché (neither {&quot;marches&quot;: …} nor a list of marchés): nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun marché DECP (ni {&quot;marches&quot;: …} ni une liste de marchés)&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as DECP JSON (%2): nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme du JSON DECP (%2)&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>record %1 (byte %2): %3</source>
        <translation>enregistrement %1 (octet %2)&#x202f;: %3</translation>
    </message>
    <message>
        <source>The reading stopped %1; the records before were kept.</source>
        <translation>La lecture s’est arrêtée %1&#x202f;; les enregistrements précédents ont été conservés.</translation>
    </message>
    <message>
        <source>Bringing back “%1” (shared %2) into “%3”:</source>
        <translation>Réintégration de «&#xa0;%1&#xa0;» (partagé le %2) dans «&#xa0;%3&#xa0;»&#x202f;:</translation>
    </message>
    <message>
        <source>  nothing merges without question</source>
        <translation>  rien ne se fusionne sans question</translation>
    </message>
    <message>
        <source>  %1: %2 added, %3 changed, %4 removed</source>
        <translation>  %1&#x202f;: %2 ajout(s), %3 modification(s), %4 suppression(s)</translation>
    </message>
    <message numerus="yes">
        <source>  %n entries of their journal to add</source>
        <translation>
            <numerusform>  %n entrée de son journal à ajouter</numerusform>
            <numerusform>  %n entrées de son journal à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 “%3”%4: here “%5” (%6), in the copy “%7” (%8)</source>
        <translation>  %1&#x202f;: %2 «&#xa0;%3&#xa0;»%4&#x202f;: ici «&#xa0;%5&#xa0;» (%6), dans la copie «&#xa0;%7&#xa0;» (%8)</translation>
    </message>
    <message>
        <source>Nothing was changed: add --apply to merge what has no conflict.</source>
        <translation>Rien n’a été modifié&#x202f;: ajoutez --apply pour fusionner ce qui est sans conflit.</translation>
    </message>
    <message>
        <source>Merged into “%1”.</source>
        <translation>Fusionné dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts left: open the project and bring back the copy again (File menu) to decide them.</source>
        <translation>
            <numerusform>%n conflit reste&#x202f;: ouvrez le projet et réintégrez de nouveau la copie (menu Fichier) pour le trancher.</numerusform>
            <numerusform>%n conflits restent&#x202f;: ouvrez le projet et réintégrez de nouveau la copie (menu Fichier) pour les trancher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is broken: %1</source>
        <translation>Le journal est rompu&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The journal holds: %n entries, each following the one before.</source>
        <translation>
            <numerusform>Le journal est intact&#x202f;: %n entrée, chacune à la suite de la précédente.</numerusform>
            <numerusform>Le journal est intact&#x202f;: %n entrées, chacune à la suite de la précédente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: atelier [FILE.atelier]
       atelier check FILE     exit 0 when the file is a safe, valid project; otherwise 2 and why
       atelier info FILE      a JSON summary: title, format and module versions, rows per table
       atelier demo FILE      write the demo project (a town&apos;s school catering) to FILE
       atelier export REPORT FILE -o OUT.pdf [--lang fr|en]
                              write a report as PDF: roadmap (for elected officials), workshop,
                              or grid (the question grid published with the tender)
       atelier export negotiation FILE --bidder NAME -o OUT.pdf [--lang fr|en]
                              the negotiation sheet a shortlisted bidder receives
       atelier export booklet FILE -o OUT.pdf [--format a4|a5-booklet] [--answers]
                              [--contract HOLDER] [--lang fr|en]
                              the co-operator tour&apos;s discovery booklet (A5 pages imposed two-up on
                              A4 for a folded booklet), or its answer key
       atelier export tour-summary FILE -o OUT.pdf [--contract HOLDER] [--lang fr|en]
                              the summary of the co-operator tour&apos;s day
       atelier export avenant FILE -o OUT.pdf [--contract HOLDER] [--number N] [--lang fr|en]
                              the draft avenant of a modification decided under the evolutivity
                              clause (the contract&apos;s latest when no number is given)
       atelier jury import FILE.atelier POOL.csv --source roll|volunteers
                              add an electoral-roll extract or a volunteers&apos; list to the citizen
                              jury&apos;s pool: counts, every rejected line and why, people on both lists
       atelier jury verify FILE.atelier [--pool ARCHIVED.csv]...
                              re-do the jury&apos;s draw (from the archived lists once the pool was
                              purged): exit 0 when it finds the same jury bit for bit, 2 and why if not
       atelier share FILE.atelier -o COPY.atelier [--for ADMINISTRATION] [--from ADMINISTRATION]
                              a copy to send to another administration: the personal data left out
                              (the jury&apos;s pool, contacts), the share recorded in the copy
       atelier merge OURS.atelier THEIRS.atelier [--apply]
                              what bringing back a copy that diverged would change, and the conflicts
                              (the same field changed on both sides...); --apply merges what has no
                              conflict into OURS and leaves the conflicts to decide in the window
       atelier journal verify FILE.atelier
                              exit 0 when the journal of changes is whole (each entry&apos;s fingerprint
                              holds and follows the one before), 2 and where it breaks if not
       atelier decp export FILE.atelier -o OUT.json
                              publish the project&apos;s contracts and their decided modifications as
                              DECP v2 (données essentielles); nothing is written while a contract
                              lacks a required field: exit 2, each contract and its missing fields
       atelier decp import DECP.json [--library PATH]
                              add a DECP file&apos;s past contracts to the reference library (read as a
                              stream): counts, and each invalid record&apos;s position and reason
       atelier --version | --help</source>
        <translation>Usage&#x202f;: atelier [FICHIER.atelier]
       atelier check FICHIER  code 0 si le fichier est un projet sûr et valide&#x202f;; sinon 2 et la raison
       atelier info FICHIER   un résumé JSON&#x202f;: titre, versions du format et des modules, lignes par table
       atelier demo FICHIER   écrit dans FICHIER le projet de démonstration (restauration scolaire d’une ville)
       atelier export RAPPORT FICHIER -o SORTIE.pdf [--lang fr|en]
                              écrit un rapport en PDF&#x202f;: roadmap (feuille de route des élus), workshop (atelier)
                              ou grid (grille de questions publiée avec la consultation)
       atelier export negotiation FICHIER --bidder NOM -o SORTIE.pdf [--lang fr|en]
                              la fiche de négociation que reçoit un candidat retenu
       atelier export booklet FICHIER -o SORTIE.pdf [--format a4|a5-booklet] [--answers]
                              [--contract TITULAIRE] [--lang fr|en]
                              le cahier de découverte du tour co-opérateur (pages A5 imposées deux par
                              feuille A4 pour un livret plié), ou son corrigé
       atelier export tour-summary FICHIER -o SORTIE.pdf [--contract TITULAIRE] [--lang fr|en]
                              la synthèse de la journée du tour co-opérateur
       atelier export avenant FICHIER -o SORTIE.pdf [--contract TITULAIRE] [--number N] [--lang fr|en]
                              le projet d’avenant d’une modification décidée au titre de la clause
                              d’évolutivité (la dernière du marché si aucun numéro n’est donné)
       atelier jury import FICHIER.atelier VIVIER.csv --source roll|volunteers
                              ajoute un extrait de liste électorale (roll) ou de volontaires (volunteers) au vivier du
                              jury citoyen&#x202f;: décomptes, lignes rejetées et leur raison, personnes sur les deux listes
       atelier jury verify FICHIER.atelier [--pool ARCHIVE.csv]...
                              refait le tirage du jury (depuis les listes archivées, une fois le vivier purgé)&#x202f;:
                              code 0 s’il retrouve le même jury bit à bit, sinon 2 et la raison
       atelier share FICHIER.atelier -o COPIE.atelier [--for ADMINISTRATION] [--from ADMINISTRATION]
                              une copie à envoyer à une autre administration&#x202f;: sans les données personnelles
                              (vivier du jury, contacts), le partage étant inscrit dans la copie
       atelier merge NOTRE.atelier LEUR.atelier [--apply]
                              ce que changerait la réintégration d’une copie qui a divergé, et les conflits
                              (le même champ modifié des deux côtés…)&#x202f;; --apply fusionne dans NOTRE ce qui est
                              sans conflit et laisse les conflits à trancher dans la fenêtre
       atelier journal verify FICHIER.atelier
                              code 0 si le journal des modifications est entier (l’empreinte de chaque entrée
                              tient et suit la précédente), sinon 2 et l’endroit où il rompt
       atelier decp export FICHIER.atelier -o SORTIE.json
                              publie les marchés du projet et leurs modifications décidées en DECP v2 (données
                              essentielles)&#x202f;; rien n’est écrit tant qu’un marché manque d’un champ obligatoire&#x202f;:
                              code 2, chaque marché et ses champs manquants
       atelier decp import DECP.json [--library CHEMIN]
                              ajoute les marchés passés d’un fichier DECP à la bibliothèque de référence (lu en
                              flux)&#x202f;: décomptes, et position et raison de chaque enregistrement invalide
       atelier --version | --help</translation>
    </message>
    <message>
        <source>Shared copy written to “%1”.</source>
        <translation>Copie partagée écrite dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Reference library: “%1” (%Ln contract(s)).</source>
        <translation>
            <numerusform>Bibliothèque de référence&#x202f;: «&#xa0;%1&#xa0;» (%Ln marché).</numerusform>
            <numerusform>Bibliothèque de référence&#x202f;: «&#xa0;%1&#xa0;» (%Ln marchés).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::BaselinesPage</name>
    <message>
        <source>Freeze the plan…</source>
        <translation>Figer le plan…</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>Plan du %1</translation>
    </message>
    <message>
        <source>Freeze the plan</source>
        <translation>Figer le plan</translation>
    </message>
    <message>
        <source>Name of the baseline (the budget, the timeline and the indicators&apos; targets are kept as they are today):</source>
        <translation>Nom de la référence (le budget, le calendrier et les cibles des indicateurs sont gardés tels qu’ils sont aujourd’hui)&#x202f;:</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Écarts depuis la référence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>In the baseline</source>
        <translation>Dans la référence</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Freeze the plan to compare it later with what it has become.</source>
        <translation>Figez le plan pour le comparer plus tard à ce qu’il est devenu.</translation>
    </message>
    <message>
        <source>The baseline “%1” cannot be read: its stored plan is damaged.</source>
        <translation>La référence «&#xa0;%1&#xa0;» est illisible&#x202f;: le plan enregistré est abîmé.</translation>
    </message>
    <message>
        <source>The plan has not changed since “%1”.</source>
        <translation>Le plan n’a pas changé depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Changes since “%1”: %2.</source>
        <translation>Écarts depuis «&#xa0;%1&#xa0;»&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Changes of</source>
        <translation>Changements de</translation>
    </message>
    <message>
        <source>Changes of:</source>
        <translation>Changements de&#x202f;:</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>tout le projet</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::ChartFrame</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>En image PNG…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>En dessin SVG…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”. Check that the folder exists and that you may write in it.</source>
        <translation>Le graphique n’a pas pu être écrit dans «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::Charts</name>
    <message>
        <source>M€</source>
        <translation>M€</translation>
    </message>
    <message>
        <source>k€</source>
        <translation>k€</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Planned budget by strategy and mode</source>
        <translation>Budget prévu par stratégie et par mode</translation>
    </message>
    <message>
        <source>Planned budget by year and mode</source>
        <translation>Budget prévu par année et par mode</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>Planned, committed and paid, cumulated</source>
        <translation>Prévu, engagé et payé, en cumul</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Milestone met</source>
        <translation>Jalon atteint</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Indicators: progress toward target</source>
        <translation>Indicateurs&#x202f;: avancement vers la cible</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>Attendu à ce jour</translation>
    </message>
    <message>
        <source>%1: %2% of the way</source>
        <translation>%1&#x202f;: %2&#xa0;% du chemin</translation>
    </message>
    <message>
        <source>% of the way from baseline to target</source>
        <translation>%&#xa0;du chemin entre la valeur de départ et la cible</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::CheckpointsPage</name>
    <message>
        <source>Add checkpoint</source>
        <translation>Ajouter un point d’étape</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Checkpoints of the whole project concern every strategy: the stakeholders review the strategy as a whole.</source>
        <translation>Les points d’étape de tout le projet concernent chaque stratégie&#x202f;: les parties prenantes revoient la stratégie dans son ensemble.</translation>
    </message>
    <message>
        <source>When the strategy is questioned, the piloting service convenes the stakeholders again for a checkpoint.</source>
        <translation>Quand la stratégie est remise en question, le service pilote convoque à nouveau les parties prenantes pour un point d’étape.</translation>
    </message>
    <message>
        <source>Checkpoints and who is convened</source>
        <translation>Points d’étape et personnes convoquées</translation>
    </message>
    <message>
        <source>Decisions taken at the chosen checkpoint</source>
        <translation>Décisions prises au point d’étape choisi</translation>
    </message>
    <message>
        <source>Evolutivity clause</source>
        <translation>Clause d’évolutivité</translation>
    </message>
    <message>
        <source>Open the evolutivity clause of the chosen decision&apos;s contract, or of a contract chosen in the menu</source>
        <translation>Ouvrir la clause d’évolutivité du marché de la décision choisie, ou d’un marché choisi dans le menu</translation>
    </message>
    <message>
        <source>No contract yet</source>
        <translation>Pas encore de marché</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::CockpitPanel</name>
    <message>
        <source>Strategy cockpit</source>
        <translation>Cockpit de la stratégie</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::CockpitView</name>
    <message>
        <source>Add strategy</source>
        <translation>Ajouter une stratégie</translation>
    </message>
    <message>
        <source>Overview of every strategy</source>
        <translation>Vue d’ensemble des stratégies</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de pilotage</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Checkpoints of the whole project</source>
        <translation>Points d’étape de tout le projet</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::DashboardView</name>
    <message>
        <source>Overview dashboard</source>
        <translation>Tableau de pilotage d’ensemble</translation>
    </message>
    <message>
        <source>Strategy dashboard</source>
        <translation>Tableau de pilotage de la stratégie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Planned this year</source>
        <translation>Prévu cette année</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Next checkpoints</source>
        <translation>Prochains points d’étape</translation>
    </message>
    <message>
        <source>No alert: milestones on time, budget within plan, indicators on track.</source>
        <translation>Aucune alerte&#x202f;: jalons à l’heure, budget tenu, indicateurs sur la trajectoire.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To decide: %1</source>
        <translation>À décider&#x202f;: %1</translation>
    </message>
    <message>
        <source>No checkpoint planned.</source>
        <translation>Aucun point d’étape prévu.</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::DecpForm</name>
    <message>
        <source>Choose a contract to see its public data (DECP).</source>
        <translation>Choisissez un marché pour voir ses données publiques (DECP).</translation>
    </message>
    <message>
        <source>This project has no table for the contracts&apos; public data.</source>
        <translation>Ce projet n’a pas de table pour les données publiques des marchés.</translation>
    </message>
    <message>
        <source>Enter the public data (DECP) of this contract</source>
        <translation>Saisir les données publiques (DECP) de ce marché</translation>
    </message>
    <message>
        <source>Ready to publish (atelier decp export).</source>
        <translation>Prêt à publier (atelier decp export).</translation>
    </message>
    <message>
        <source>Still missing before it can be published:
%1</source>
        <translation>Il manque encore, avant publication&#x202f;:
%1</translation>
    </message>
    <message>
        <source>“%1” is not a number: write it as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#x202f;: écrivez-le comme %2.</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::DiscussionPage</name>
    <message>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Reply to the chosen message</source>
        <translation>Répondre au message choisi</translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation>Retirer le message</translation>
    </message>
    <message>
        <source>Search the discussion</source>
        <translation>Chercher dans la discussion</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur&#x202f;:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::DrawersPage</name>
    <message>
        <source>Drawers</source>
        <translation>Tiroirs</translation>
    </message>
    <message>
        <source>Initial documentation</source>
        <translation>Documentation initiale</translation>
    </message>
    <message>
        <source>Evaluation tools</source>
        <translation>Outils d’évaluation</translation>
    </message>
    <message>
        <source>Legal elements</source>
        <translation>Éléments juridiques</translation>
    </message>
    <message>
        <source>Evaluation grids</source>
        <translation>Grilles d’évaluation</translation>
    </message>
    <message>
        <source>Indicator sheets</source>
        <translation>Fiches indicateurs</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Log of modifications</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Add to the drawer</source>
        <translation>Ajouter au tiroir</translation>
    </message>
    <message>
        <source>Discussion space</source>
        <translation>Espace de discussion</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::LinesPage</name>
    <message>
        <source>Add investment line</source>
        <translation>Ajouter une ligne d’investissement</translation>
    </message>
    <message>
        <source>Details of the investment line</source>
        <translation>Détails de la ligne d’investissement</translation>
    </message>
    <message>
        <source>Choose an investment line above to see its budget, contracts and the details its mode calls for.</source>
        <translation>Choisissez une ligne d’investissement ci-dessus pour voir son budget, ses contrats et les détails propres à son mode.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Add budget entry</source>
        <translation>Ajouter une ligne de budget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>Ajouter un contrat</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Evaluation of the positive externalities for the territory</source>
        <translation>Évaluation des externalités positives pour le territoire</translation>
    </message>
    <message>
        <source>Add evaluation</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>Redevances</translation>
    </message>
    <message>
        <source>Add royalty</source>
        <translation>Ajouter une redevance</translation>
    </message>
    <message>
        <source>Externalities and royalties</source>
        <translation>Externalités et redevances</translation>
    </message>
    <message>
        <source>A public-commons partnership is eligible when the citizen initiative meets the three criteria:</source>
        <translation>Un partenariat public-communs est possible quand l’initiative citoyenne remplit les trois critères&#x202f;:</translation>
    </message>
    <message>
        <source>Public resources made available</source>
        <translation>Ressources publiques mises à disposition</translation>
    </message>
    <message>
        <source>Add public resource</source>
        <translation>Ajouter une ressource publique</translation>
    </message>
    <message>
        <source>Public-commons partnership</source>
        <translation>Partenariat public-communs</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>Bénéficiaire&#x202f;:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Conditions&#x202f;:</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Add instalment</source>
        <translation>Ajouter un versement</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Comparable past contracts…</source>
        <translation>Marchés passés comparables…</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::Report</name>
    <message>
        <source>No strategy yet.</source>
        <translation>Pas encore de stratégie.</translation>
    </message>
    <message>
        <source>No milestone yet.</source>
        <translation>Pas encore de jalon.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesuré</translation>
    </message>
    <message>
        <source>No indicator yet.</source>
        <translation>Pas encore d’indicateur.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No checkpoint yet.</source>
        <translation>Pas encore de point d’étape.</translation>
    </message>
    <message>
        <source>Checkpoints and decisions</source>
        <translation>Points d’étape et décisions</translation>
    </message>
    <message>
        <source>The strategy in a few words</source>
        <translation>La stratégie en quelques mots</translation>
    </message>
    <message>
        <source>No investment line yet: the strategy is still to be written.</source>
        <translation>Aucune ligne d’investissement pour l’instant&#x202f;: la stratégie reste à écrire.</translation>
    </message>
    <message>
        <source>:</source>
        <translation>&#x202f;:</translation>
    </message>
    <message>
        <source>%1 (%2 planned).</source>
        <translation>%1 (%2 prévus).</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Total budget:</source>
        <translation>Budget total&#x202f;:</translation>
    </message>
    <message>
        <source>%1 planned, %2 committed, %3 paid.</source>
        <translation>%1 prévus, %2 engagés, %3 payés.</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>En %1&#x202f;:</translation>
    </message>
    <message>
        <source>The next checkpoints and decisions</source>
        <translation>Les prochains points d’étape et décisions</translation>
    </message>
    <message>
        <source>No checkpoint planned yet.</source>
        <translation>Aucun point d’étape prévu pour l’instant.</translation>
    </message>
    <message>
        <source>no decision listed yet</source>
        <translation>aucune décision inscrite pour l’instant</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1, %2&#x202f;: %3.</translation>
    </message>
    <message>
        <source>What changed since the last roadmap</source>
        <translation>Ce qui a changé depuis la dernière feuille de route</translation>
    </message>
    <message>
        <source>No baseline yet. Freeze the plan in the cockpit (Baselines) when this roadmap is sent: the next one will say what changed.</source>
        <translation>Aucune référence pour l’instant. Figez le plan dans le cockpit (Références) à l’envoi de cette feuille de route&#x202f;: la suivante dira ce qui a changé.</translation>
    </message>
    <message>
        <source>Compared with the baseline “%1” of %2.</source>
        <translation>Par rapport à la référence «&#xa0;%1&#xa0;» du %2.</translation>
    </message>
    <message>
        <source>That baseline is damaged and cannot be compared.</source>
        <translation>Cette référence est abîmée et ne peut pas être comparée.</translation>
    </message>
    <message>
        <source>Nothing has changed in the plan.</source>
        <translation>Rien n’a changé dans le plan.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#x202f;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>And %n other change(s), listed in the cockpit.</source>
        <translation>
            <numerusform>Et %n autre changement, détaillé dans le cockpit.</numerusform>
            <numerusform>Et %n autres changements, détaillés dans le cockpit.</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget entered yet.</source>
        <translation>Aucun budget saisi pour l’instant.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Planned budget by investment mode and year</source>
        <translation>Budget prévu par mode d’investissement et par année</translation>
    </message>
    <message>
        <source>Responsible service:</source>
        <translation>Service responsable&#x202f;:</translation>
    </message>
    <message>
        <source>No investment line yet.</source>
        <translation>Aucune ligne d’investissement pour l’instant.</translation>
    </message>
    <message>
        <source>Investment line</source>
        <translation>Ligne d’investissement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>The calendar of the strategy</source>
        <translation>Le calendrier de la stratégie</translation>
    </message>
    <message>
        <source>The calendar of the strategy (%1/%2)</source>
        <translation>Le calendrier de la stratégie (%1/%2)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Impacts sought:</source>
        <translation>Impacts recherchés&#x202f;:</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>to be measured</source>
        <translation>à mesurer</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 au %3</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <source>Nothing late, over budget or off track.</source>
        <translation>Rien en retard, rien au-delà du budget prévu, aucun indicateur hors trajectoire.</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Concerne&#x202f;:</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>tout le projet</translation>
    </message>
    <message>
        <source>Convened:</source>
        <translation>Convoqués&#x202f;:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour&#x202f;:</translation>
    </message>
    <message>
        <source> (contract: %1)</source>
        <translation> (marché&#x202f;: %1)</translation>
    </message>
    <message>
        <source> — legal basis: %1</source>
        <translation> — fondement juridique&#x202f;: %1</translation>
    </message>
    <message>
        <source>Decisions to be taken at this checkpoint.</source>
        <translation>Décisions à prendre à ce point d’étape.</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Aucune décision consignée.</translation>
    </message>
    <message>
        <source>Contract modifications</source>
        <translation>Modifications des marchés</translation>
    </message>
    <message>
        <source>No contract modification so far.</source>
        <translation>Aucune modification de marché à ce jour.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Grounds and legal basis</source>
        <translation>Motifs et fondement juridique</translation>
    </message>
    <message>
        <source>In two minutes</source>
        <translation>En deux minutes</translation>
    </message>
    <message>
        <source>The strategy and its budget</source>
        <translation>La stratégie et son budget</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>Le calendrier</translation>
    </message>
    <message>
        <source>Impacts sought and indicators</source>
        <translation>Impacts recherchés et indicateurs</translation>
    </message>
</context>
<context>
    <name>Atelier::Cockpit::StrategyPage</name>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de pilotage</translation>
    </message>
    <message>
        <source>Investment lines</source>
        <translation>Lignes d’investissement</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Drawers</source>
        <translation>Tiroirs</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Points d’étape</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#x202f;:</translation>
    </message>
    <message>
        <source>Responsible service:</source>
        <translation>Service responsable&#x202f;:</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif&#x202f;:</translation>
    </message>
    <message>
        <source>Impacts sought:</source>
        <translation>Impacts recherchés&#x202f;:</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Actors involved</source>
        <translation>Acteurs impliqués</translation>
    </message>
    <message>
        <source>Indicators of the impacts sought</source>
        <translation>Indicateurs des impacts recherchés</translation>
    </message>
    <message>
        <source>Measurements of the chosen indicator</source>
        <translation>Mesures de l’indicateur choisi</translation>
    </message>
</context>
<context>
    <name>Atelier::Decp</name>
    <message>
        <source>the record is not an object</source>
        <translation>l’enregistrement n’est pas un objet</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong kind</source>
        <translation>%1 a une valeur du mauvais type</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>id must have 1 to 16 characters</source>
        <translation>id doit compter de 1 à 16 caractères</translation>
    </message>
    <message>
        <source>acheteur.id must be a SIRET of 14 digits</source>
        <translation>acheteur.id doit être un SIRET de 14 chiffres</translation>
    </message>
    <message>
        <source>nature “%1” is not one of the official values</source>
        <translation>nature «&#xa0;%1&#xa0;» ne fait pas partie des valeurs officielles</translation>
    </message>
    <message>
        <source>objet has more than 1,000 characters</source>
        <translation>objet dépasse 1&#x202f;000 caractères</translation>
    </message>
    <message>
        <source>codeCPV must be 8 digits, optionally followed by “-” and a check digit</source>
        <translation>codeCPV doit compter 8 chiffres, suivis éventuellement de «&#xa0;-&#xa0;» et d’un chiffre de contrôle</translation>
    </message>
    <message>
        <source>procedure “%1” is not one of the official values</source>
        <translation>procedure «&#xa0;%1&#xa0;» ne fait pas partie des valeurs officielles</translation>
    </message>
    <message>
        <source>dureeMois must be a whole number of months, at least 1</source>
        <translation>dureeMois doit être un nombre entier de mois, au moins 1</translation>
    </message>
    <message>
        <source>dateNotification must be a date written YYYY-MM-DD</source>
        <translation>dateNotification doit être une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>montant must be a number of euros, at least 1</source>
        <translation>montant doit être un nombre d’euros, au moins 1</translation>
    </message>
    <message>
        <source>titulaires must name at least one holder</source>
        <translation>titulaires doit désigner au moins un titulaire</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>something follows the end of the JSON document</source>
        <translation>du contenu suit la fin du document JSON</translation>
    </message>
    <message>
        <source>an object is malformed here (a name, “:”, “,” or “}” is missing)</source>
        <translation>un objet est mal formé ici (il manque un nom, «&#xa0;:&#xa0;», «&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;»)</translation>
    </message>
    <message>
        <source>a list is malformed here (“,” or “]” is missing)</source>
        <translation>une liste est mal formée ici (il manque «&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;»)</translation>
    </message>
    <message>
        <source>a text is not closed (the file may be cut)</source>
        <translation>un texte n’est pas fermé (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <source>a text is not valid UTF-8</source>
        <translation>un texte n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>the JSON is malformed here (the file may be cut or not DECP)</source>
        <translation>le JSON est mal formé ici (le fichier est peut-être tronqué ou n’est pas au format DECP)</translation>
    </message>
    <message>
        <source>the file could not be read to its end (%1)</source>
        <translation>le fichier n’a pas pu être lu jusqu’au bout (%1)</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>à l’octet %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the official values</source>
        <translation>%1&#x202f;: «&#xa0;%2&#xa0;» ne fait pas partie des valeurs officielles</translation>
    </message>
    <message>
        <source>%1: choose at least one value</source>
        <translation>%1&#x202f;: choisissez au moins une valeur</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice</source>
        <translation>%1&#x202f;: «&#xa0;%2&#xa0;» est indiqué deux fois</translation>
    </message>
    <message>
        <source>%1 is required (a date)</source>
        <translation>%1 est obligatoire (une date)</translation>
    </message>
    <message>
        <source>%1: the year must have four digits</source>
        <translation>%1&#x202f;: l’année doit compter quatre chiffres</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1 (0.1 = 10 %)</source>
        <translation>%1&#x202f;: valeur attendue entre 0 et 1 (0,1 = 10&#x202f;%)</translation>
    </message>
    <message>
        <source>at least one holder is required</source>
        <translation>au moins un titulaire est obligatoire</translation>
    </message>
    <message>
        <source>The holder&apos;s identifier</source>
        <translation>L’identifiant du titulaire</translation>
    </message>
    <message>
        <source>The type of the holder&apos;s identifier</source>
        <translation>Le type d’identifiant du titulaire</translation>
    </message>
    <message>
        <source>a SIRET has 14 digits; “%1” is not one</source>
        <translation>un SIRET compte 14 chiffres&#x202f;; «&#xa0;%1&#xa0;» n’en est pas un</translation>
    </message>
    <message>
        <source>the same holder is given twice</source>
        <translation>le même titulaire est indiqué deux fois</translation>
    </message>
    <message>
        <source>modifications are numbered 1, 2, 3… in order</source>
        <translation>les modifications sont numérotées 1, 2, 3… dans l’ordre</translation>
    </message>
    <message>
        <source>The date the modification was notified</source>
        <translation>La date de notification de la modification</translation>
    </message>
    <message>
        <source>The date its data are published</source>
        <translation>La date de publication de ses données</translation>
    </message>
    <message>
        <source>the new duration must be at least one month</source>
        <translation>la nouvelle durée doit être d’au moins un mois</translation>
    </message>
    <message>
        <source>the new amount must be at least 1 euro</source>
        <translation>le nouveau montant doit être d’au moins 1 euro</translation>
    </message>
    <message>
        <source>The contract&apos;s identifier</source>
        <translation>L’identifiant du marché</translation>
    </message>
    <message>
        <source>the contract&apos;s identifier has 1 to 16 characters</source>
        <translation>l’identifiant du marché compte de 1 à 16 caractères</translation>
    </message>
    <message>
        <source>The buyer&apos;s SIRET</source>
        <translation>Le SIRET de l’acheteur</translation>
    </message>
    <message>
        <source>the buyer&apos;s SIRET has 14 digits; “%1” is not one</source>
        <translation>le SIRET de l’acheteur compte 14 chiffres&#x202f;; «&#xa0;%1&#xa0;» n’en est pas un</translation>
    </message>
    <message>
        <source>The nature of the contract</source>
        <translation>La nature du marché</translation>
    </message>
    <message>
        <source>The object of the contract</source>
        <translation>L’objet du marché</translation>
    </message>
    <message>
        <source>the object has at most 1,000 characters (it has %1)</source>
        <translation>l’objet compte au plus 1&#x202f;000 caractères (il en compte %1)</translation>
    </message>
    <message>
        <source>The CPV code</source>
        <translation>Le code CPV</translation>
    </message>
    <message>
        <source>a CPV code has 8 digits, then optionally “-” and its check digit; “%1” is not one</source>
        <translation>un code CPV compte 8 chiffres, suivis éventuellement de «&#xa0;-&#xa0;» et de son chiffre de contrôle&#x202f;; «&#xa0;%1&#xa0;» n’en est pas un</translation>
    </message>
    <message>
        <source>The purchasing techniques</source>
        <translation>Les techniques d’achat</translation>
    </message>
    <message>
        <source>The execution modes</source>
        <translation>Les modalités d’exécution</translation>
    </message>
    <message>
        <source>the framework agreement&apos;s identifier has 1 to 16 characters</source>
        <translation>l’identifiant de l’accord-cadre compte de 1 à 16 caractères</translation>
    </message>
    <message>
        <source>Whether the contract is innovative</source>
        <translation>Le caractère innovant du marché</translation>
    </message>
    <message>
        <source>The CCAG</source>
        <translation>Le CCAG</translation>
    </message>
    <message>
        <source>The number of offers received</source>
        <translation>Le nombre d’offres reçues</translation>
    </message>
    <message>
        <source>at least one offer was received</source>
        <translation>au moins une offre doit avoir été reçue</translation>
    </message>
    <message>
        <source>Whether an advance was granted</source>
        <translation>L’attribution d’une avance</translation>
    </message>
    <message>
        <source>The rate of the advance</source>
        <translation>Le taux de l’avance</translation>
    </message>
    <message>
        <source>The type of grouping of the holders</source>
        <translation>Le type de groupement des titulaires</translation>
    </message>
    <message>
        <source>Whether subcontracting was declared</source>
        <translation>La déclaration de sous-traitance</translation>
    </message>
    <message>
        <source>The procedure</source>
        <translation>La procédure</translation>
    </message>
    <message>
        <source>The code of the place of execution</source>
        <translation>Le code du lieu d’exécution</translation>
    </message>
    <message>
        <source>The type of that code</source>
        <translation>Le type de ce code</translation>
    </message>
    <message>
        <source>The duration in months</source>
        <translation>La durée en mois</translation>
    </message>
    <message>
        <source>the duration must be at least one month</source>
        <translation>la durée doit être d’au moins un mois</translation>
    </message>
    <message>
        <source>The date of notification</source>
        <translation>La date de notification</translation>
    </message>
    <message>
        <source>The date the data are first published</source>
        <translation>La date de première publication des données</translation>
    </message>
    <message>
        <source>the amount excl. tax must be at least 1 euro</source>
        <translation>le montant HT doit être d’au moins 1 euro</translation>
    </message>
    <message>
        <source>The types of price</source>
        <translation>Les types de prix</translation>
    </message>
    <message>
        <source>The form of the price</source>
        <translation>La forme du prix</translation>
    </message>
    <message>
        <source>The share of products from the EU</source>
        <translation>La part des produits de l’UE</translation>
    </message>
    <message>
        <source>The share of French products</source>
        <translation>La part des produits français</translation>
    </message>
    <message>
        <source>the share of French products cannot exceed the share from the EU</source>
        <translation>la part des produits français ne peut pas dépasser celle des produits de l’UE</translation>
    </message>
    <message>
        <source>The social considerations</source>
        <translation>Les considérations sociales</translation>
    </message>
    <message>
        <source>The environmental considerations</source>
        <translation>Les considérations environnementales</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) cannot be published yet: nothing was written.</source>
        <translation>
            <numerusform>%n marché ne peut pas encore être publié&#x202f;: rien n’a été écrit.</numerusform>
            <numerusform>%n marchés ne peuvent pas encore être publiés&#x202f;: rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a reference library of Atelier Achat: choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une bibliothèque de référence d’Atelier Achat&#x202f;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The reference library “%1” cannot be opened (%2).</source>
        <translation>La bibliothèque de référence «&#xa0;%1&#xa0;» ne peut pas être ouverte (%2).</translation>
    </message>
    <message>
        <source>the library could not store the contracts (%1): none was kept</source>
        <translation>la bibliothèque n’a pas pu enregistrer les marchés (%1)&#x202f;: aucun n’a été conservé</translation>
    </message>
    <message>
        <source>a zero byte stands here: the file is damaged or is not JSON</source>
        <translation>un octet nul se trouve ici&#x202f;: le fichier est endommagé ou n’est pas du JSON</translation>
    </message>
    <message>
        <source>a number is too large to be read</source>
        <translation>un nombre est trop grand pour être lu</translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply here (more than %1 levels)</source>
        <translation>listes et objets sont imbriqués trop profondément ici (plus de %1 niveaux)</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1&#x202f;: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln read</source>
        <translation>
            <numerusform>%Ln marché lu</numerusform>
            <numerusform>%Ln marchés lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored</source>
        <translation>
            <numerusform>%Ln enregistré</numerusform>
            <numerusform>%Ln enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalide</numerusform>
            <numerusform>%Ln invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln concession contract(s) skipped: the library keeps marchés.</source>
        <translation>
            <numerusform>%Ln contrat de concession écarté&#x202f;: la bibliothèque garde les marchés.</numerusform>
            <numerusform>%Ln contrats de concession écartés&#x202f;: la bibliothèque garde les marchés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference library “%1” is being written by another program: try again in a moment.</source>
        <translation>La bibliothèque de référence «&#xa0;%1&#xa0;» est en cours d’écriture par un autre programme&#x202f;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The reference library “%1” cannot be read: it is damaged. Remove or rename this file; an empty library is made in its place the next time it is opened.</source>
        <translation>La bibliothèque de référence «&#xa0;%1&#xa0;» ne peut pas être lue&#x202f;: elle est endommagée. Supprimez ou renommez ce fichier&#x202f;; une bibliothèque vide sera créée à sa place à sa prochaine ouverture.</translation>
    </message>
</context>
<context>
    <name>Atelier::DecpView::AmountsChart</name>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Distribution of the amounts</source>
        <translation>Répartition des montants</translation>
    </message>
    <message>
        <source>€ excl. VAT</source>
        <translation>€ HT</translation>
    </message>
    <message>
        <source>millions of € excl. VAT</source>
        <translation>millions d’€ HT</translation>
    </message>
    <message>
        <source>thousands of € excl. VAT</source>
        <translation>milliers d’€ HT</translation>
    </message>
</context>
<context>
    <name>Atelier::DecpView::ComparablesDialog</name>
    <message>
        <source>division</source>
        <translation>division</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>exact code</source>
        <translation>code exact</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Widen when fewer than</source>
        <translation>Élargir si moins de</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Import a DECP file…</source>
        <translation>Importer un fichier DECP…</translation>
    </message>
    <message>
        <source>Comparable past contracts</source>
        <translation>Marchés passés comparables</translation>
    </message>
    <message>
        <source>Contracts like this one</source>
        <translation>Marchés semblables à celui-ci</translation>
    </message>
    <message>
        <source>Distribution of the amounts</source>
        <translation>Répartition des montants</translation>
    </message>
    <message>
        <source>e.g. 45214200-2</source>
        <translation>p. ex. 45214200-2</translation>
    </message>
    <message>
        <source>Division (2 digits)</source>
        <translation>Division (2 chiffres)</translation>
    </message>
    <message>
        <source>Group (3 digits)</source>
        <translation>Groupe (3 chiffres)</translation>
    </message>
    <message>
        <source>Class (4 digits)</source>
        <translation>Classe (4 chiffres)</translation>
    </message>
    <message>
        <source>Category (5 digits)</source>
        <translation>Catégorie (5 chiffres)</translation>
    </message>
    <message>
        <source>Exact code (8 digits)</source>
        <translation>Code exact (8 chiffres)</translation>
    </message>
    <message>
        <source> matches</source>
        <translation> résultats</translation>
    </message>
    <message>
        <source>SIRET, any when empty</source>
        <translation>SIRET, indifférent si vide</translation>
    </message>
    <message>
        <source>sharing its</source>
        <translation>partageant sa</translation>
    </message>
    <message>
        <source>&amp;CPV code:</source>
        <translation>Code &amp;CPV&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Amount excl. VAT:</source>
        <translation>&amp;Montant HT&#x202f;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Titulaire&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>&amp;Acheteur&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Notified from:</source>
        <translation>&amp;Notifié du&#x202f;:</translation>
    </message>
    <message>
        <source>The reference library of past contracts is empty.

Import a DECP file (the données essentielles de la commande publique, JSON v2, as data.gouv.fr publishes them) to compare this contract with those other buyers notified.</source>
        <translation>La bibliothèque de référence des marchés passés est vide.

Importez un fichier DECP (les données essentielles de la commande publique, JSON v2, telles que data.gouv.fr les publie) pour comparer ce marché à ceux que d’autres acheteurs ont notifiés.</translation>
    </message>
    <message numerus="yes">
        <source>Reference library: %n past contract(s), in “%1”.</source>
        <translation>
            <numerusform>Bibliothèque de référence&#x202f;: %n marché passé, dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>Bibliothèque de référence&#x202f;: %n marchés passés, dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type a CPV code of at least %n digit(s) to compare at this level.</source>
        <translation>
            <numerusform>Saisissez un code CPV d’au moins %n chiffre pour comparer à ce niveau.</numerusform>
            <numerusform>Saisissez un code CPV d’au moins %n chiffres pour comparer à ce niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past contract(s) match at the %1 level (CPV codes beginning with %2).</source>
        <translation>
            <numerusform>%n marché passé correspond au niveau %1 (codes CPV commençant par %2).</numerusform>
            <numerusform>%n marchés passés correspondent au niveau %1 (codes CPV commençant par %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Widened from the %1: fewer than %n matched there.</source>
        <translation>
            <numerusform>Élargi depuis le niveau %1&#x202f;: moins de %n y correspondait.</numerusform>
            <numerusform>Élargi depuis le niveau %1&#x202f;: moins de %n y correspondaient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table shows the %n most recent.</source>
        <translation>
            <numerusform>Le tableau montre le plus récent.</numerusform>
            <numerusform>Le tableau montre les %n plus récents.</numerusform>
        </translation>
    </message>
    <message>
        <source>No amount to show.</source>
        <translation>Aucun montant à montrer.</translation>
    </message>
    <message numerus="yes">
        <source>Median: %1
First quartile: %2
Third quartile: %3
Lowest: %4, highest: %5
Over %n contract(s).</source>
        <translation>
            <numerusform>Médiane&#x202f;: %1
Premier quartile&#x202f;: %2
Troisième quartile&#x202f;: %3
Le plus bas&#x202f;: %4, le plus haut&#x202f;: %5
Sur %n marché.</numerusform>
            <numerusform>Médiane&#x202f;: %1
Premier quartile&#x202f;: %2
Troisième quartile&#x202f;: %3
Le plus bas&#x202f;: %4, le plus haut&#x202f;: %5
Sur %n marchés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a DECP file into the reference library</source>
        <translation>Importer un fichier DECP dans la bibliothèque de référence</translation>
    </message>
    <message>
        <source>DECP JSON (*.json);;All files (*)</source>
        <translation>DECP JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a DECP file</source>
        <translation>Importer un fichier DECP</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2): nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2)&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” holds no DECP marché: nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun marché DECP&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as DECP JSON (%2): nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme du JSON DECP (%2)&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Record %1 (byte %2): %3</source>
        <translation>Enregistrement %1 (octet %2)&#x202f;: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more invalid record(s).</source>
        <translation>
            <numerusform>… et %n autre enregistrement invalide.</numerusform>
            <numerusform>… et %n autres enregistrements invalides.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reading stopped %1; the records before were kept.</source>
        <translation>La lecture s’est arrêtée %1&#x202f;; les enregistrements précédents ont été gardés.</translation>
    </message>
</context>
<context>
    <name>Atelier::DecpView::ComparablesTable</name>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Buyer (SIRET)</source>
        <translation>Acheteur (SIRET)</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>CPV</source>
        <translation>CPV</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifié le</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::Demo</name>
    <message>
        <source>The demo data is missing or unreadable.</source>
        <translation>Les données de démonstration sont absentes ou illisibles.</translation>
    </message>
</context>
<context>
    <name>Atelier::DocumentController</name>
    <message>
        <source>Atelier Achat projects (*.atelier)</source>
        <translation>Projets Atelier Achat (*.atelier)</translation>
    </message>
    <message>
        <source>Change not recorded</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes made since the last save are lost.</source>
        <translation>Sans enregistrement, les modifications faites depuis le dernier enregistrement seront perdues.</translation>
    </message>
    <message>
        <source>Cannot create a project</source>
        <translation>Impossible de créer un projet</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>a project never saved</source>
        <translation>un projet jamais enregistré</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Cannot recover the work</source>
        <translation>Impossible de récupérer le travail</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de le fermer&#x202f;?</translation>
    </message>
    <message>
        <source>Atelier Achat was interrupted before “%1” (%2) was saved. Its last changes, made %3, were kept. Recover them?</source>
        <translation>Atelier Achat s’est interrompu avant l’enregistrement de «&#xa0;%1&#xa0;» (%2). Ses dernières modifications, faites le %3, ont été conservées. Les récupérer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Atelier::DocumentLock</name>
    <message>
        <source>%1 on the computer %2, since %3</source>
        <translation>%1 sur l’ordinateur %2, depuis le %3</translation>
    </message>
</context>
<context>
    <name>Atelier::Edit</name>
    <message>
        <source>This project is open read-only: changes are not possible. Use Save As to make your own copy.</source>
        <translation>Ce projet est ouvert en lecture seule&#x202f;: aucune modification n’est possible. Utilisez «&#xa0;Enregistrer sous&#xa0;» pour en faire votre propre copie.</translation>
    </message>
</context>
<context>
    <name>Atelier::Entities</name>
    <message>
        <source>Create project</source>
        <translation>Créer le projet</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Change administration</source>
        <translation>Modifier la collectivité</translation>
    </message>
    <message>
        <source>Policy field</source>
        <translation>Champ de politique publique</translation>
    </message>
    <message>
        <source>Change policy field</source>
        <translation>Modifier le champ de politique publique</translation>
    </message>
    <message>
        <source>What is the origin of the project?</source>
        <translation>Quelle est l’origine du projet&#x202f;?</translation>
    </message>
    <message>
        <source>Edit project origin</source>
        <translation>Modifier l’origine du projet</translation>
    </message>
    <message>
        <source>What does the administration already do in this policy field?</source>
        <translation>Quelle est l’action de la collectivité dans ce champ de politique publique&#x202f;?</translation>
    </message>
    <message>
        <source>Edit administration&apos;s action</source>
        <translation>Modifier l’action de la collectivité</translation>
    </message>
    <message>
        <source>What are the current or planned investments?</source>
        <translation>Quels sont les investissements actuels ou programmés&#x202f;?</translation>
    </message>
    <message>
        <source>Edit investments</source>
        <translation>Modifier les investissements</translation>
    </message>
    <message>
        <source>Which projects are inspiring in this field?</source>
        <translation>Quels sont les projets inspirants en la matière&#x202f;?</translation>
    </message>
    <message>
        <source>Edit inspiring projects</source>
        <translation>Modifier les projets inspirants</translation>
    </message>
    <message>
        <source>Budget envelope</source>
        <translation>Enveloppe budgétaire</translation>
    </message>
    <message>
        <source>Change budget envelope</source>
        <translation>Modifier l’enveloppe budgétaire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Change creation date</source>
        <translation>Modifier la date de création</translation>
    </message>
    <message>
        <source>Add key date</source>
        <translation>Ajouter une date clé</translation>
    </message>
    <message>
        <source>Remove key date</source>
        <translation>Supprimer la date clé</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Rename key date</source>
        <translation>Renommer la date clé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change key date</source>
        <translation>Modifier la date clé</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Renommer le participant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Change participant&apos;s organisation</source>
        <translation>Modifier l’organisation du participant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Change participant&apos;s role</source>
        <translation>Modifier le rôle du participant</translation>
    </message>
    <message>
        <source>internal buyer</source>
        <translation>acheteur interne</translation>
    </message>
    <message>
        <source>reservist buyer</source>
        <translation>acheteur réserviste</translation>
    </message>
    <message>
        <source>prescriber</source>
        <translation>prescripteur</translation>
    </message>
    <message>
        <source>elected official</source>
        <translation>élu</translation>
    </message>
    <message>
        <source>citizen juror</source>
        <translation>juré citoyen</translation>
    </message>
    <message>
        <source>economic operator</source>
        <translation>opérateur économique</translation>
    </message>
    <message>
        <source>neutral expert</source>
        <translation>expert neutre</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Change participant&apos;s contact</source>
        <translation>Modifier le contact du participant</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce</translation>
    </message>
    <message>
        <source>Rename attachment</source>
        <translation>Renommer la pièce</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Change attachment&apos;s kind</source>
        <translation>Modifier la nature de la pièce</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>son</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>témoignage</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rename attachment file</source>
        <translation>Renommer le fichier de la pièce</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Change attachment size</source>
        <translation>Modifier la taille de la pièce</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Edit attachment description</source>
        <translation>Modifier la description de la pièce</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Change attachment date</source>
        <translation>Modifier la date de la pièce</translation>
    </message>
    <message>
        <source>Add strategy</source>
        <translation>Ajouter une stratégie</translation>
    </message>
    <message>
        <source>Remove strategy</source>
        <translation>Supprimer la stratégie</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Rename strategy</source>
        <translation>Renommer la stratégie</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Change strategy objective</source>
        <translation>Modifier l’objectif de la stratégie</translation>
    </message>
    <message>
        <source>Responsible service</source>
        <translation>Service responsable</translation>
    </message>
    <message>
        <source>Change responsible service</source>
        <translation>Modifier le service responsable</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Issue de</translation>
    </message>
    <message>
        <source>Change strategy origin</source>
        <translation>Modifier l’origine de la stratégie</translation>
    </message>
    <message>
        <source>Add investment line</source>
        <translation>Ajouter une ligne d’investissement</translation>
    </message>
    <message>
        <source>Remove investment line</source>
        <translation>Supprimer la ligne d’investissement</translation>
    </message>
    <message>
        <source>Investment mode</source>
        <translation>Forme d’investissement</translation>
    </message>
    <message>
        <source>Change investment mode</source>
        <translation>Modifier la forme d’investissement</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>achat</translation>
    </message>
    <message>
        <source>partnership purchase</source>
        <translation>achat partenarial</translation>
    </message>
    <message>
        <source>R&amp;D contract or support</source>
        <translation>contrat / soutien de R&amp;D</translation>
    </message>
    <message>
        <source>small innovation pact</source>
        <translation>petit pacte d’innovation</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>subvention</translation>
    </message>
    <message>
        <source>public-commons partnership</source>
        <translation>partenariat public-communs</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Rename investment line</source>
        <translation>Renommer la ligne d’investissement</translation>
    </message>
    <message>
        <source>Budget estimate</source>
        <translation>Budget estimé</translation>
    </message>
    <message>
        <source>Change line budget</source>
        <translation>Modifier le budget de la ligne</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Change line start</source>
        <translation>Modifier le début de la ligne</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Change line end</source>
        <translation>Modifier la fin de la ligne</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Change line actors</source>
        <translation>Modifier les acteurs de la ligne</translation>
    </message>
    <message>
        <source>Impacts sought</source>
        <translation>Impacts recherchés</translation>
    </message>
    <message>
        <source>Change line impacts</source>
        <translation>Modifier les impacts recherchés</translation>
    </message>
    <message>
        <source>Serves the general interest</source>
        <translation>Répond à l’intérêt général</translation>
    </message>
    <message>
        <source>Change general-interest criterion</source>
        <translation>Modifier le critère d’intérêt général</translation>
    </message>
    <message>
        <source>Neither competes with nor replaces a public service</source>
        <translation>Ne concurrence ni ne remplace un service public</translation>
    </message>
    <message>
        <source>Change public-service criterion</source>
        <translation>Modifier le critère de service public</translation>
    </message>
    <message>
        <source>Needs access to public resources</source>
        <translation>A besoin d’accéder à des ressources publiques</translation>
    </message>
    <message>
        <source>Change public-resources criterion</source>
        <translation>Modifier le critère des ressources publiques</translation>
    </message>
    <message>
        <source>Add sourcing question</source>
        <translation>Ajouter une question de sourcing</translation>
    </message>
    <message>
        <source>Remove sourcing question</source>
        <translation>Supprimer la question de sourcing</translation>
    </message>
    <message>
        <source>Question for the sourcing canvas</source>
        <translation>Question pour le canevas de sourcing</translation>
    </message>
    <message>
        <source>Edit sourcing question</source>
        <translation>Modifier la question de sourcing</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Soulevée par</translation>
    </message>
    <message>
        <source>Change question origin</source>
        <translation>Modifier l’origine de la question</translation>
    </message>
    <message>
        <source>object of the purchase</source>
        <translation>objet de l’achat</translation>
    </message>
    <message>
        <source>need answered</source>
        <translation>besoin auquel répondre</translation>
    </message>
    <message>
        <source>expected impact</source>
        <translation>impact attendu</translation>
    </message>
    <message>
        <source>rough budget</source>
        <translation>budget estimé</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>investment mode</source>
        <translation>forme d’investissement</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Remove cards</source>
        <translation>Retirer les cartes</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Move card to another family</source>
        <translation>Changer la carte de famille</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Expertise, resources and actors of the territory</source>
        <translation>Expertises, ressources et acteurs du territoire</translation>
    </message>
    <message>
        <source>Innovation or experimentation potential</source>
        <translation>Potentiel d’innovation ou d’expérimentation</translation>
    </message>
    <message>
        <source>Constraints and opportunities</source>
        <translation>Contraintes et opportunités</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>Renommer la carte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>Modifier le texte de la carte</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Change card author</source>
        <translation>Changer l’auteur de la carte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Matériau d’enquête</translation>
    </message>
    <message>
        <source>Link card to evidence</source>
        <translation>Relier la carte à un matériau</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Change card group</source>
        <translation>Changer le groupe de la carte</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Group cards</source>
        <translation>Grouper les cartes</translation>
    </message>
    <message>
        <source>Ungroup cards</source>
        <translation>Dégrouper les cartes</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Renommer le rôle</translation>
    </message>
    <message>
        <source>What it cares about</source>
        <translation>Ce qui lui importe</translation>
    </message>
    <message>
        <source>Change role brief</source>
        <translation>Modifier la description du rôle</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>Attribuer un rôle</translation>
    </message>
    <message>
        <source>Remove role assignment</source>
        <translation>Retirer l’attribution du rôle</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Change who plays the role</source>
        <translation>Changer qui joue le rôle</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Joue</translation>
    </message>
    <message>
        <source>Change the role played</source>
        <translation>Changer le rôle joué</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Forked from</source>
        <translation>Issu de</translation>
    </message>
    <message>
        <source>Change scenario origin</source>
        <translation>Changer l’origine du scénario</translation>
    </message>
    <message>
        <source>In round</source>
        <translation>Au tour</translation>
    </message>
    <message>
        <source>Change fork round</source>
        <translation>Changer le tour de la variante</translation>
    </message>
    <message>
        <source>Add element</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Remove element</source>
        <translation>Supprimer l’élément</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Change element kind</source>
        <translation>Changer la nature de l’élément</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Edit proposal element</source>
        <translation>Modifier l’élément de la proposition</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Remove element from proposal</source>
        <translation>Retirer l’élément de la proposition</translation>
    </message>
    <message>
        <source>Propose amendment</source>
        <translation>Proposer un amendement</translation>
    </message>
    <message>
        <source>Withdraw amendment</source>
        <translation>Retirer l’amendement</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Change amendment round</source>
        <translation>Changer le tour de l’amendement</translation>
    </message>
    <message>
        <source>Change amending role</source>
        <translation>Changer le rôle qui amende</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Change amendment action</source>
        <translation>Changer l’action de l’amendement</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <source>Change amended element kind</source>
        <translation>Changer la nature de l’élément amendé</translation>
    </message>
    <message>
        <source>Element amended</source>
        <translation>Élément amendé</translation>
    </message>
    <message>
        <source>Change amended element</source>
        <translation>Changer l’élément amendé</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <source>Edit amendment</source>
        <translation>Modifier l’amendement</translation>
    </message>
    <message>
        <source>Text before</source>
        <translation>Texte avant</translation>
    </message>
    <message>
        <source>Change text before</source>
        <translation>Changer le texte avant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Edit amendment reason</source>
        <translation>Modifier le motif de l’amendement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decide on amendment</source>
        <translation>Décider de l’amendement</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Supprimer le critère</translation>
    </message>
    <message>
        <source>Impact sought</source>
        <translation>Impact recherché</translation>
    </message>
    <message>
        <source>Rename criterion</source>
        <translation>Renommer le critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Change criterion weight</source>
        <translation>Changer le poids du critère</translation>
    </message>
    <message>
        <source>Score scenario</source>
        <translation>Noter le scénario</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Effacer la note</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>Changer la note</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Rename risk</source>
        <translation>Renommer le risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Change risk likelihood</source>
        <translation>Changer la probabilité du risque</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Change risk severity</source>
        <translation>Changer la gravité du risque</translation>
    </message>
    <message>
        <source>Give dots</source>
        <translation>Donner des gommettes</translation>
    </message>
    <message>
        <source>Take dots back</source>
        <translation>Reprendre les gommettes</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Votant</translation>
    </message>
    <message>
        <source>Change voter</source>
        <translation>Changer le votant</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Change dots</source>
        <translation>Changer les gommettes</translation>
    </message>
    <message>
        <source>Add evaluation</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <source>Remove evaluation</source>
        <translation>Retirer l’évaluation</translation>
    </message>
    <message>
        <source>Change evaluation date</source>
        <translation>Modifier la date de l’évaluation</translation>
    </message>
    <message>
        <source>Evaluated with</source>
        <translation>Évaluée avec</translation>
    </message>
    <message>
        <source>Change evaluation partner</source>
        <translation>Modifier le partenaire de l’évaluation</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Change evaluation method</source>
        <translation>Modifier la méthode d’évaluation</translation>
    </message>
    <message>
        <source>Result (return on investment for the public actors)</source>
        <translation>Résultat (retour sur investissement pour les acteurs publics)</translation>
    </message>
    <message>
        <source>Change evaluation result</source>
        <translation>Modifier le résultat de l’évaluation</translation>
    </message>
    <message>
        <source>Add royalty</source>
        <translation>Ajouter une redevance</translation>
    </message>
    <message>
        <source>Remove royalty</source>
        <translation>Retirer la redevance</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Change royalty period</source>
        <translation>Modifier la période de la redevance</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendue</translation>
    </message>
    <message>
        <source>Change expected royalty</source>
        <translation>Modifier la redevance attendue</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Perçue</translation>
    </message>
    <message>
        <source>Change received royalty</source>
        <translation>Modifier la redevance perçue</translation>
    </message>
    <message>
        <source>Add public resource</source>
        <translation>Ajouter une ressource publique</translation>
    </message>
    <message>
        <source>Remove public resource</source>
        <translation>Retirer la ressource publique</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Change resource kind</source>
        <translation>Modifier le type de ressource</translation>
    </message>
    <message>
        <source>premises</source>
        <translation>locaux</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>véhicule</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>équipement</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>matériaux</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>outils</translation>
    </message>
    <message>
        <source>technical support</source>
        <translation>appui technique</translation>
    </message>
    <message>
        <source>Change resource description</source>
        <translation>Modifier la description de la ressource</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <source>Change availability start</source>
        <translation>Modifier le début de la mise à disposition</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Change availability end</source>
        <translation>Modifier la fin de la mise à disposition</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <source>Change resource schedule</source>
        <translation>Modifier les créneaux</translation>
    </message>
    <message>
        <source>Add instalment</source>
        <translation>Ajouter un versement</translation>
    </message>
    <message>
        <source>Remove instalment</source>
        <translation>Retirer le versement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Change instalment date</source>
        <translation>Modifier la date du versement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Change instalment amount</source>
        <translation>Modifier le montant du versement</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Change instalment condition</source>
        <translation>Modifier la condition du versement</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <source>Change instalment payment</source>
        <translation>Modifier la date de paiement</translation>
    </message>
    <message>
        <source>Add to the drawer</source>
        <translation>Ajouter au tiroir</translation>
    </message>
    <message>
        <source>Remove from the drawer</source>
        <translation>Retirer du tiroir</translation>
    </message>
    <message>
        <source>Change item date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <source>Change item kind</source>
        <translation>Modifier le type de pièce</translation>
    </message>
    <message>
        <source>initial documentation</source>
        <translation>documentation initiale</translation>
    </message>
    <message>
        <source>evaluation grid</source>
        <translation>grille d’évaluation</translation>
    </message>
    <message>
        <source>indicator sheet</source>
        <translation>fiche indicateur</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procédure</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>base juridique</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Renommer la pièce</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Change item note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Change item document</source>
        <translation>Modifier le document</translation>
    </message>
    <message>
        <source>Post message</source>
        <translation>Publier un message</translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation>Retirer le message</translation>
    </message>
    <message>
        <source>Change author</source>
        <translation>Modifier l’auteur</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Change message date</source>
        <translation>Modifier la date du message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Change thread</source>
        <translation>Modifier le fil</translation>
    </message>
    <message>
        <source>Change strategy impacts</source>
        <translation>Modifier les impacts recherchés</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Change grant beneficiary</source>
        <translation>Modifier le bénéficiaire</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Change grant conditions</source>
        <translation>Modifier les conditions de la subvention</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Remove actor</source>
        <translation>Retirer l’acteur</translation>
    </message>
    <message>
        <source>Change actor</source>
        <translation>Modifier l’acteur</translation>
    </message>
    <message>
        <source>Change actor&apos;s organisation</source>
        <translation>Modifier l’organisation de l’acteur</translation>
    </message>
    <message>
        <source>Role in the strategy</source>
        <translation>Rôle dans la stratégie</translation>
    </message>
    <message>
        <source>Change actor&apos;s role</source>
        <translation>Modifier le rôle de l’acteur</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Retirer le jalon</translation>
    </message>
    <message>
        <source>Phase or milestone</source>
        <translation>Phase ou jalon</translation>
    </message>
    <message>
        <source>Rename milestone</source>
        <translation>Renommer le jalon</translation>
    </message>
    <message>
        <source>Change milestone kind</source>
        <translation>Modifier le type de jalon</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>Investment line</source>
        <translation>Ligne d’investissement</translation>
    </message>
    <message>
        <source>Change milestone line</source>
        <translation>Modifier la ligne du jalon</translation>
    </message>
    <message>
        <source>Change phase start</source>
        <translation>Modifier le début de la phase</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Modifier l’échéance</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>Change date met</source>
        <translation>Modifier la date d’atteinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Change milestone status</source>
        <translation>Modifier l’état du jalon</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>partially met</source>
        <translation>partiellement atteint</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>Add budget entry</source>
        <translation>Ajouter une ligne de budget</translation>
    </message>
    <message>
        <source>Remove budget entry</source>
        <translation>Retirer la ligne de budget</translation>
    </message>
    <message>
        <source>Change budget period</source>
        <translation>Modifier la période</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Change funding source</source>
        <translation>Modifier la source de financement</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Change planned amount</source>
        <translation>Modifier le montant prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Change committed amount</source>
        <translation>Modifier le montant engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Change paid amount</source>
        <translation>Modifier le montant payé</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Retirer l’indicateur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Rename indicator</source>
        <translation>Renommer l’indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Change indicator unit</source>
        <translation>Modifier l’unité</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Change baseline value</source>
        <translation>Modifier la valeur de départ</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesurée le</translation>
    </message>
    <message>
        <source>Change baseline date</source>
        <translation>Modifier la date de départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Change indicator target</source>
        <translation>Modifier la cible</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance de la cible</translation>
    </message>
    <message>
        <source>Change target date</source>
        <translation>Modifier l’échéance de la cible</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>Change who measures</source>
        <translation>Modifier qui mesure</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Retirer la mesure</translation>
    </message>
    <message>
        <source>Change measurement date</source>
        <translation>Modifier la date de la mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Change measured value</source>
        <translation>Modifier la valeur mesurée</translation>
    </message>
    <message>
        <source>Change who measured</source>
        <translation>Modifier qui a mesuré</translation>
    </message>
    <message>
        <source>Change measurement note</source>
        <translation>Modifier la note de la mesure</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>Ajouter un contrat</translation>
    </message>
    <message>
        <source>Remove contract</source>
        <translation>Retirer le contrat</translation>
    </message>
    <message>
        <source>Contract holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Change contract holder</source>
        <translation>Modifier le titulaire</translation>
    </message>
    <message>
        <source>Amount excl. tax</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Change contract amount</source>
        <translation>Modifier le montant du contrat</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Change contract nature</source>
        <translation>Modifier la nature du contrat</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>fournitures</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>works</source>
        <translation>travaux</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <source>Change notification date</source>
        <translation>Modifier la date de notification</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <source>Change contract duration</source>
        <translation>Modifier la durée du contrat</translation>
    </message>
    <message>
        <source>CPV code</source>
        <translation>Code CPV</translation>
    </message>
    <message>
        <source>Change CPV code</source>
        <translation>Modifier le code CPV</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Change procedure</source>
        <translation>Modifier la procédure</translation>
    </message>
    <message>
        <source>adapted procedure</source>
        <translation>procédure adaptée (MAPA)</translation>
    </message>
    <message>
        <source>open call for tenders</source>
        <translation>appel d’offres ouvert</translation>
    </message>
    <message>
        <source>restricted call for tenders</source>
        <translation>appel d’offres restreint</translation>
    </message>
    <message>
        <source>competitive procedure with negotiation</source>
        <translation>procédure concurrentielle avec négociation</translation>
    </message>
    <message>
        <source>competitive dialogue</source>
        <translation>dialogue compétitif</translation>
    </message>
    <message>
        <source>innovation partnership</source>
        <translation>partenariat d’innovation</translation>
    </message>
    <message>
        <source>negotiated without prior publication</source>
        <translation>marché négocié sans publicité ni mise en concurrence</translation>
    </message>
    <message>
        <source>R&amp;D services (excluded contract)</source>
        <translation>services de R&amp;D (contrat exclu)</translation>
    </message>
    <message>
        <source>Add checkpoint</source>
        <translation>Ajouter un point d’étape</translation>
    </message>
    <message>
        <source>Remove checkpoint</source>
        <translation>Retirer le point d’étape</translation>
    </message>
    <message>
        <source>Change checkpoint date</source>
        <translation>Modifier la date du point d’étape</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point d’étape</translation>
    </message>
    <message>
        <source>Rename checkpoint</source>
        <translation>Renommer le point d’étape</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Acheteurs</translation>
    </message>
    <message>
        <source>Change who is convened</source>
        <translation>Modifier les personnes convoquées</translation>
    </message>
    <message>
        <source>Prescribers</source>
        <translation>Prescripteurs</translation>
    </message>
    <message>
        <source>Elected officials</source>
        <translation>Élus</translation>
    </message>
    <message>
        <source>Reservist buyer</source>
        <translation>Acheteur réserviste</translation>
    </message>
    <message>
        <source>Citizen jury</source>
        <translation>Jury citoyen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Edit checkpoint agenda</source>
        <translation>Modifier l’ordre du jour</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Retirer la décision</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Contract concerned</source>
        <translation>Contrat concerné</translation>
    </message>
    <message>
        <source>Change decision&apos;s contract</source>
        <translation>Modifier le contrat concerné</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Change legal basis</source>
        <translation>Modifier la base juridique</translation>
    </message>
    <message>
        <source>Freeze the plan</source>
        <translation>Figer le plan</translation>
    </message>
    <message>
        <source>Remove baseline</source>
        <translation>Retirer la référence</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Rename baseline</source>
        <translation>Renommer la référence</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Figée le</translation>
    </message>
    <message>
        <source>Set up the workshop</source>
        <translation>Paramétrer l’atelier</translation>
    </message>
    <message>
        <source>Clear the workshop settings</source>
        <translation>Effacer les paramètres de l’atelier</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Gommettes par participant</translation>
    </message>
    <message>
        <source>Change dots per participant</source>
        <translation>Changer le nombre de gommettes par participant</translation>
    </message>
    <message>
        <source>Draft the charter</source>
        <translation>Rédiger la charte</translation>
    </message>
    <message>
        <source>Remove charter</source>
        <translation>Retirer la charte</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Convenue le</translation>
    </message>
    <message>
        <source>Change charter date</source>
        <translation>Modifier la date de la charte</translation>
    </message>
    <message>
        <source>Criteria under which the contract may evolve</source>
        <translation>Critères d’évolution possible du marché</translation>
    </message>
    <message>
        <source>Edit charter criteria</source>
        <translation>Modifier les critères de la charte</translation>
    </message>
    <message>
        <source>Safeguards for the company and the public policy</source>
        <translation>Garde-fous pour l’entreprise et la politique publique</translation>
    </message>
    <message>
        <source>Edit charter safeguards</source>
        <translation>Modifier les garde-fous de la charte</translation>
    </message>
    <message>
        <source>Highest rise (%)</source>
        <translation>Hausse maximale (%)</translation>
    </message>
    <message>
        <source>Change the charter&apos;s ceiling</source>
        <translation>Modifier le plafond de la charte</translation>
    </message>
    <message>
        <source>Deepest fall (%)</source>
        <translation>Baisse maximale (%)</translation>
    </message>
    <message>
        <source>Change the charter&apos;s floor</source>
        <translation>Modifier le plancher de la charte</translation>
    </message>
    <message>
        <source>Longest delay (months)</source>
        <translation>Décalage maximal (mois)</translation>
    </message>
    <message>
        <source>Change the charter&apos;s longest delay</source>
        <translation>Modifier le décalage maximal de la charte</translation>
    </message>
    <message>
        <source>Experimentation until</source>
        <translation>Expérimentation jusqu’au</translation>
    </message>
    <message>
        <source>Change end of experimentation</source>
        <translation>Modifier la fin de l’expérimentation</translation>
    </message>
    <message>
        <source>Activate the clause</source>
        <translation>Activer la clause</translation>
    </message>
    <message>
        <source>Remove activation</source>
        <translation>Retirer l’activation</translation>
    </message>
    <message>
        <source>Activated on</source>
        <translation>Activée le</translation>
    </message>
    <message>
        <source>Change activation date</source>
        <translation>Modifier la date d’activation</translation>
    </message>
    <message>
        <source>At the initiative of</source>
        <translation>À l’initiative de</translation>
    </message>
    <message>
        <source>Change initiative</source>
        <translation>Modifier l’initiative</translation>
    </message>
    <message>
        <source>the administration</source>
        <translation>la collectivité</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>l’entreprise</translation>
    </message>
    <message>
        <source>the end of an experimentation phase</source>
        <translation>la fin d’une phase d’expérimentation</translation>
    </message>
    <message>
        <source>Motive</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Change motive</source>
        <translation>Modifier le motif</translation>
    </message>
    <message>
        <source>fast, critical change of the local context</source>
        <translation>évolution rapide et critique du contexte local</translation>
    </message>
    <message>
        <source>change in the community&apos;s needs</source>
        <translation>évolution des besoins de la collectivité</translation>
    </message>
    <message>
        <source>a radically better new offer</source>
        <translation>une nouvelle offre radicalement meilleure</translation>
    </message>
    <message>
        <source>unforeseen human difficulties</source>
        <translation>difficultés humaines imprévues</translation>
    </message>
    <message>
        <source>unforeseen financial difficulties</source>
        <translation>difficultés financières imprévues</translation>
    </message>
    <message>
        <source>unforeseen technical difficulties</source>
        <translation>difficultés techniques imprévues</translation>
    </message>
    <message>
        <source>results of the experimentation</source>
        <translation>résultats de l’expérimentation</translation>
    </message>
    <message>
        <source>Change the activation&apos;s checkpoint</source>
        <translation>Modifier le point d’étape de l’activation</translation>
    </message>
    <message>
        <source>Change activation status</source>
        <translation>Modifier l’état de l’activation</translation>
    </message>
    <message>
        <source>in dialogue</source>
        <translation>en dialogue</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>décidée</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>State of play</source>
        <translation>État des lieux</translation>
    </message>
    <message>
        <source>Edit state of play</source>
        <translation>Modifier l’état des lieux</translation>
    </message>
    <message>
        <source>Reasons for the evolution</source>
        <translation>Motifs de l’évolution</translation>
    </message>
    <message>
        <source>Edit reasons</source>
        <translation>Modifier les motifs</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Change decision date</source>
        <translation>Modifier la date de décision</translation>
    </message>
    <message>
        <source>Propose a scenario</source>
        <translation>Proposer un scénario</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Change who proposes</source>
        <translation>Modifier qui propose</translation>
    </message>
    <message>
        <source>the prescriber</source>
        <translation>le prescripteur</translation>
    </message>
    <message>
        <source>both together</source>
        <translation>les deux ensemble</translation>
    </message>
    <message>
        <source>Changes to the services</source>
        <translation>Évolution des prestations</translation>
    </message>
    <message>
        <source>Change the services</source>
        <translation>Modifier les prestations</translation>
    </message>
    <message>
        <source>Change of amount excl. tax</source>
        <translation>Évolution du montant HT</translation>
    </message>
    <message>
        <source>Change the scenario&apos;s amount</source>
        <translation>Modifier le montant du scénario</translation>
    </message>
    <message>
        <source>Calendar shift (months)</source>
        <translation>Décalage du calendrier (mois)</translation>
    </message>
    <message>
        <source>Change the calendar shift</source>
        <translation>Modifier le décalage du calendrier</translation>
    </message>
    <message>
        <source>Change an indicator</source>
        <translation>Modifier un indicateur</translation>
    </message>
    <message>
        <source>Remove indicator change</source>
        <translation>Retirer l’évolution d’indicateur</translation>
    </message>
    <message>
        <source>Change the indicator</source>
        <translation>Modifier l’indicateur</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nouvelle cible</translation>
    </message>
    <message>
        <source>Change the new target</source>
        <translation>Modifier la nouvelle cible</translation>
    </message>
    <message>
        <source>Add a seat</source>
        <translation>Ajouter un siège</translation>
    </message>
    <message>
        <source>Remove seat</source>
        <translation>Retirer le siège</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Change the seat&apos;s stakeholder</source>
        <translation>Modifier la partie prenante du siège</translation>
    </message>
    <message>
        <source>the buyer</source>
        <translation>l’acheteur</translation>
    </message>
    <message>
        <source>the elected officials</source>
        <translation>les élus concernés</translation>
    </message>
    <message>
        <source>the citizen jury</source>
        <translation>le jury citoyen</translation>
    </message>
    <message>
        <source>the users</source>
        <translation>les usagers</translation>
    </message>
    <message>
        <source>another stakeholder</source>
        <translation>une autre partie prenante</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Joué par</translation>
    </message>
    <message>
        <source>Change who plays the seat</source>
        <translation>Modifier qui joue le siège</translation>
    </message>
    <message>
        <source>Plays their own role</source>
        <translation>Joue son propre rôle</translation>
    </message>
    <message>
        <source>Change whether they play their own role</source>
        <translation>Modifier s’il joue son propre rôle</translation>
    </message>
    <message>
        <source>Give a stance</source>
        <translation>Donner une position</translation>
    </message>
    <message>
        <source>Remove stance</source>
        <translation>Retirer la position</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Change stance</source>
        <translation>Modifier la position</translation>
    </message>
    <message>
        <source>not said yet</source>
        <translation>pas encore prononcé</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>objecte</translation>
    </message>
    <message>
        <source>Reasoned objection</source>
        <translation>Objection motivée</translation>
    </message>
    <message>
        <source>Change objection</source>
        <translation>Modifier l’objection</translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation>Ajouter un chapitre</translation>
    </message>
    <message>
        <source>Remove chapter</source>
        <translation>Supprimer le chapitre</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <source>Rename chapter</source>
        <translation>Renommer le chapitre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Change chapter theme</source>
        <translation>Modifier le thème du chapitre</translation>
    </message>
    <message>
        <source>actors of the ecosystem</source>
        <translation>acteurs de l&apos;écosystème</translation>
    </message>
    <message>
        <source>standards in force</source>
        <translation>normes en vigueur</translation>
    </message>
    <message>
        <source>lessons learned</source>
        <translation>retours d&apos;expérience</translation>
    </message>
    <message>
        <source>information useful to analyse the impacts sought</source>
        <translation>informations utiles à l&apos;analyse des impacts recherchés</translation>
    </message>
    <message>
        <source>Change chapter origin</source>
        <translation>Modifier l’origine du chapitre</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une fiche</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <source>Change entry kind</source>
        <translation>Modifier la nature de la fiche</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>norme</translation>
    </message>
    <message>
        <source>lesson learned</source>
        <translation>retour d’expérience</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>Rename entry</source>
        <translation>Renommer la fiche</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>Type d’acteur</translation>
    </message>
    <message>
        <source>Change kind of actor</source>
        <translation>Modifier le type d’acteur</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Change territory</source>
        <translation>Modifier le territoire</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Edit capacities</source>
        <translation>Modifier les capacités</translation>
    </message>
    <message>
        <source>Contact (personal data)</source>
        <translation>Contact (donnée personnelle)</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Change reference</source>
        <translation>Modifier la référence</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Champ d’application</translation>
    </message>
    <message>
        <source>Edit scope</source>
        <translation>Modifier le champ d’application</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Change link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Ce qui a fonctionné</translation>
    </message>
    <message>
        <source>Edit what worked</source>
        <translation>Modifier ce qui a fonctionné</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Ce qui n’a pas fonctionné</translation>
    </message>
    <message>
        <source>Edit what did not work</source>
        <translation>Modifier ce qui n’a pas fonctionné</translation>
    </message>
    <message>
        <source>Change figure</source>
        <translation>Modifier le chiffre</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Modifier l’unité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Change source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Date of the figure</source>
        <translation>Date du chiffre</translation>
    </message>
    <message>
        <source>Change date of the figure</source>
        <translation>Modifier la date du chiffre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Modifier les mots-clés</translation>
    </message>
    <message>
        <source>Change entry origin</source>
        <translation>Modifier l’origine de la fiche</translation>
    </message>
    <message>
        <source>File of origin</source>
        <translation>Fichier d’origine</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importée le</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre un matériau d’enquête</translation>
    </message>
    <message>
        <source>Detach evidence</source>
        <translation>Détacher le matériau d’enquête</translation>
    </message>
    <message>
        <source>Change attached evidence</source>
        <translation>Modifier le matériau d’enquête joint</translation>
    </message>
    <message>
        <source>Add impact sought</source>
        <translation>Ajouter un impact recherché</translation>
    </message>
    <message>
        <source>Remove impact sought</source>
        <translation>Supprimer l’impact recherché</translation>
    </message>
    <message>
        <source>Rename impact sought</source>
        <translation>Renommer l’impact recherché</translation>
    </message>
    <message>
        <source>Add question to the grid</source>
        <translation>Ajouter une question à la grille</translation>
    </message>
    <message>
        <source>Remove question from the grid</source>
        <translation>Retirer la question de la grille</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Edit grid question</source>
        <translation>Modifier la question de la grille</translation>
    </message>
    <message>
        <source>Change question&apos;s impact</source>
        <translation>Modifier l’impact de la question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Change answer type</source>
        <translation>Modifier le type de réponse</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>choice list</source>
        <translation>liste de choix</translation>
    </message>
    <message>
        <source>Change answer unit</source>
        <translation>Modifier l’unité de la réponse</translation>
    </message>
    <message>
        <source>Change question weight</source>
        <translation>Modifier la pondération de la question</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Change whether an answer is required</source>
        <translation>Modifier le caractère obligatoire de la réponse</translation>
    </message>
    <message>
        <source>“Yes” earns the points</source>
        <translation>«&#xa0;Oui&#xa0;» rapporte les points</translation>
    </message>
    <message>
        <source>Change which answer earns the points</source>
        <translation>Modifier la réponse qui rapporte les points</translation>
    </message>
    <message>
        <source>Ideal value</source>
        <translation>Valeur idéale</translation>
    </message>
    <message>
        <source>Change ideal value</source>
        <translation>Modifier la valeur idéale</translation>
    </message>
    <message>
        <source>Value scoring nothing</source>
        <translation>Valeur à zéro point</translation>
    </message>
    <message>
        <source>Change threshold</source>
        <translation>Modifier le seuil</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus élevé = meilleur</translation>
    </message>
    <message>
        <source>Change direction of the scale</source>
        <translation>Modifier le sens de l’échelle</translation>
    </message>
    <message>
        <source>Hand score out of</source>
        <translation>Note manuelle sur</translation>
    </message>
    <message>
        <source>Change hand-score scale</source>
        <translation>Modifier le barème de la note manuelle</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>Supprimer le choix</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Rename choice</source>
        <translation>Renommer le choix</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Change choice points</source>
        <translation>Modifier les points du choix</translation>
    </message>
    <message>
        <source>Add bidder</source>
        <translation>Ajouter un candidat</translation>
    </message>
    <message>
        <source>Remove bidder</source>
        <translation>Supprimer le candidat</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Rename bidder</source>
        <translation>Renommer le candidat</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Présélectionné</translation>
    </message>
    <message>
        <source>Change shortlist</source>
        <translation>Modifier la présélection</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Saisir une réponse</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>Supprimer la réponse</translation>
    </message>
    <message>
        <source>Change answered question</source>
        <translation>Modifier la question concernée</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Change answer stage</source>
        <translation>Modifier l’étape de la réponse</translation>
    </message>
    <message>
        <source>in the tender</source>
        <translation>dans l’offre</translation>
    </message>
    <message>
        <source>after the meeting</source>
        <translation>après la rencontre</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Modifier la réponse</translation>
    </message>
    <message>
        <source>Hand score</source>
        <translation>Note manuelle</translation>
    </message>
    <message>
        <source>Change hand score</source>
        <translation>Modifier la note manuelle</translation>
    </message>
    <message>
        <source>Prepare a meeting</source>
        <translation>Préparer une rencontre</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Supprimer la rencontre</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la rencontre</translation>
    </message>
    <message>
        <source>Change meeting date</source>
        <translation>Modifier la date de la rencontre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Change meeting place</source>
        <translation>Modifier le lieu de la rencontre</translation>
    </message>
    <message>
        <source>The company&apos;s interests and constraints</source>
        <translation>Les intérêts et contraintes de l’entreprise</translation>
    </message>
    <message>
        <source>Edit the company&apos;s constraints</source>
        <translation>Modifier les contraintes de l’entreprise</translation>
    </message>
    <message>
        <source>The public actor&apos;s interests and constraints</source>
        <translation>Les intérêts et contraintes de l’acteur public</translation>
    </message>
    <message>
        <source>Edit the public actor&apos;s constraints</source>
        <translation>Modifier les contraintes de l’acteur public</translation>
    </message>
    <message>
        <source>The general interest</source>
        <translation>L’intérêt général</translation>
    </message>
    <message>
        <source>Edit the general interest</source>
        <translation>Modifier l’intérêt général</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Ajouter un sujet</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Supprimer le sujet</translation>
    </message>
    <message>
        <source>Life-cycle stage</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <source>Change topic stage</source>
        <translation>Modifier l’étape du sujet</translation>
    </message>
    <message>
        <source>raw material and how it is produced</source>
        <translation>matière première et mode de production</translation>
    </message>
    <message>
        <source>place of production</source>
        <translation>lieu de production</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>transformation</translation>
    </message>
    <message>
        <source>recycling and end of life</source>
        <translation>recyclage et fin de vie</translation>
    </message>
    <message>
        <source>other topic</source>
        <translation>autre sujet</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation>Renommer le sujet</translation>
    </message>
    <message>
        <source>Edit topic notes</source>
        <translation>Modifier les notes du sujet</translation>
    </message>
    <message>
        <source>Invite a neutral expert</source>
        <translation>Inviter un expert neutre</translation>
    </message>
    <message>
        <source>Remove expert</source>
        <translation>Retirer l’expert</translation>
    </message>
    <message>
        <source>Neutral expert</source>
        <translation>Expert neutre</translation>
    </message>
    <message>
        <source>Change expert</source>
        <translation>Modifier l’expert</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Change expertise</source>
        <translation>Modifier l’expertise</translation>
    </message>
    <message>
        <source>the contract holder</source>
        <translation>le titulaire</translation>
    </message>
    <message>
        <source>Plan a co-operator tour</source>
        <translation>Organiser un tour co-opérateur</translation>
    </message>
    <message>
        <source>Remove co-operator tour</source>
        <translation>Supprimer le tour co-opérateur</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Change the tour&apos;s contract</source>
        <translation>Modifier le marché du tour</translation>
    </message>
    <message>
        <source>Day of the tour</source>
        <translation>Jour du tour</translation>
    </message>
    <message>
        <source>Change the day of the tour</source>
        <translation>Modifier le jour du tour</translation>
    </message>
    <message>
        <source>The administration&apos;s workplace</source>
        <translation>Lieu de travail de l’administration</translation>
    </message>
    <message>
        <source>Change the administration&apos;s workplace</source>
        <translation>Modifier le lieu de travail de l’administration</translation>
    </message>
    <message>
        <source>The holder&apos;s workplace</source>
        <translation>Lieu de travail du titulaire</translation>
    </message>
    <message>
        <source>Change the holder&apos;s workplace</source>
        <translation>Modifier le lieu de travail du titulaire</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Circuit d’escalade</translation>
    </message>
    <message>
        <source>Edit the escalation path</source>
        <translation>Modifier le circuit d’escalade</translation>
    </message>
    <message>
        <source>Signed for the administration by</source>
        <translation>Signé pour l’administration par</translation>
    </message>
    <message>
        <source>Change the administration&apos;s signatory</source>
        <translation>Modifier le signataire de l’administration</translation>
    </message>
    <message>
        <source>Signed by the administration on</source>
        <translation>Signé par l’administration le</translation>
    </message>
    <message>
        <source>Change the administration&apos;s signature date</source>
        <translation>Modifier la date de signature de l’administration</translation>
    </message>
    <message>
        <source>Signed for the holder by</source>
        <translation>Signé pour le titulaire par</translation>
    </message>
    <message>
        <source>Change the holder&apos;s signatory</source>
        <translation>Modifier le signataire du titulaire</translation>
    </message>
    <message>
        <source>Signed by the holder on</source>
        <translation>Signé par le titulaire le</translation>
    </message>
    <message>
        <source>Change the holder&apos;s signature date</source>
        <translation>Modifier la date de signature du titulaire</translation>
    </message>
    <message>
        <source>Add a person to the day</source>
        <translation>Ajouter une personne à la journée</translation>
    </message>
    <message>
        <source>Remove a person from the day</source>
        <translation>Retirer une personne de la journée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Change the person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Change the person&apos;s side</source>
        <translation>Modifier le côté de la personne</translation>
    </message>
    <message>
        <source>Role in the contract</source>
        <translation>Rôle dans le marché</translation>
    </message>
    <message>
        <source>Change the person&apos;s role in the contract</source>
        <translation>Modifier le rôle de la personne dans le marché</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Ajouter au programme</translation>
    </message>
    <message>
        <source>Remove from the agenda</source>
        <translation>Retirer du programme</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Change the start time</source>
        <translation>Modifier l’heure de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Change the end time</source>
        <translation>Modifier l’heure de fin</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Accueilli par</translation>
    </message>
    <message>
        <source>Change who hosts</source>
        <translation>Modifier qui accueille</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Change the activity</source>
        <translation>Modifier l’activité</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>behind the scenes</source>
        <translation>coulisses</translation>
    </message>
    <message>
        <source>meeting the colleagues</source>
        <translation>rencontre avec les collègues</translation>
    </message>
    <message>
        <source>lunch at the canteen or the usual restaurant</source>
        <translation>déjeuner à la cantine ou au restaurant habituel</translation>
    </message>
    <message>
        <source>booklet exercise</source>
        <translation>exercice du cahier de découverte</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>trajet</translation>
    </message>
    <message>
        <source>information-exchange agreement</source>
        <translation>accord d’échange d’information</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Au programme</translation>
    </message>
    <message>
        <source>Rename the agenda item</source>
        <translation>Renommer le créneau</translation>
    </message>
    <message>
        <source>Change the agenda item&apos;s place</source>
        <translation>Modifier le lieu du créneau</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Chez</translation>
    </message>
    <message>
        <source>Change where the step is</source>
        <translation>Modifier chez qui se trouve l’étape</translation>
    </message>
    <message>
        <source>Change the step&apos;s place</source>
        <translation>Modifier le lieu de l’étape</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Edit the clue</source>
        <translation>Modifier l’indice</translation>
    </message>
    <message>
        <source>Question to answer on site</source>
        <translation>Question à laquelle répondre sur place</translation>
    </message>
    <message>
        <source>Edit the step&apos;s question</source>
        <translation>Modifier la question de l’étape</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>Edit the expected answer</source>
        <translation>Modifier la réponse attendue</translation>
    </message>
    <message>
        <source>Answer found on the day</source>
        <translation>Réponse trouvée le jour même</translation>
    </message>
    <message>
        <source>Record the answer found</source>
        <translation>Saisir la réponse trouvée</translation>
    </message>
    <message>
        <source>Add a word</source>
        <translation>Ajouter un mot</translation>
    </message>
    <message>
        <source>Remove word</source>
        <translation>Supprimer le mot</translation>
    </message>
    <message>
        <source>Whose word</source>
        <translation>Mot de</translation>
    </message>
    <message>
        <source>Change whose word it is</source>
        <translation>Modifier de qui vient le mot</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <source>Change the word</source>
        <translation>Modifier le mot</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Edit the definition</source>
        <translation>Modifier la définition</translation>
    </message>
    <message>
        <source>Corrected on the day</source>
        <translation>Corrigé le jour même</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Saisir une correction</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Ajouter une photo</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation>Modifier la photo</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Change the caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Prise par</translation>
    </message>
    <message>
        <source>Change who took the photo</source>
        <translation>Modifier qui a pris la photo</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Edit the quiz question</source>
        <translation>Modifier la question du quiz</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>Réponse A</translation>
    </message>
    <message>
        <source>Edit answer A</source>
        <translation>Modifier la réponse A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>Réponse B</translation>
    </message>
    <message>
        <source>Edit answer B</source>
        <translation>Modifier la réponse B</translation>
    </message>
    <message>
        <source>Answer C</source>
        <translation>Réponse C</translation>
    </message>
    <message>
        <source>Edit answer C</source>
        <translation>Modifier la réponse C</translation>
    </message>
    <message>
        <source>Answer D</source>
        <translation>Réponse D</translation>
    </message>
    <message>
        <source>Edit answer D</source>
        <translation>Modifier la réponse D</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Change the right answer</source>
        <translation>Modifier la bonne réponse</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Edit the explanation</source>
        <translation>Modifier l’explication</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Change the article cited</source>
        <translation>Modifier l’article cité</translation>
    </message>
    <message>
        <source>Record a quiz answer</source>
        <translation>Saisir une réponse au quiz</translation>
    </message>
    <message>
        <source>Remove quiz answer</source>
        <translation>Supprimer la réponse au quiz</translation>
    </message>
    <message>
        <source>Change the question answered</source>
        <translation>Modifier la question concernée</translation>
    </message>
    <message>
        <source>Change who answered</source>
        <translation>Modifier qui a répondu</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Réponse donnée</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Add an exchange</source>
        <translation>Ajouter un échange</translation>
    </message>
    <message>
        <source>Remove exchange</source>
        <translation>Supprimer l’échange</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Information échangée</translation>
    </message>
    <message>
        <source>Change the information exchanged</source>
        <translation>Modifier l’information échangée</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Change the channel</source>
        <translation>Modifier le canal</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>site visit</source>
        <translation>visite sur site</translation>
    </message>
    <message>
        <source>shared online space</source>
        <translation>espace partagé en ligne</translation>
    </message>
    <message>
        <source>registered letter</source>
        <translation>lettre recommandée</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Change how often</source>
        <translation>Modifier la fréquence</translation>
    </message>
    <message>
        <source>Contact for the administration</source>
        <translation>Contact pour l’administration</translation>
    </message>
    <message>
        <source>Change the administration&apos;s contact</source>
        <translation>Modifier le contact de l’administration</translation>
    </message>
    <message>
        <source>Contact for the holder</source>
        <translation>Contact pour le titulaire</translation>
    </message>
    <message>
        <source>Change the holder&apos;s contact</source>
        <translation>Modifier le contact du titulaire</translation>
    </message>
    <message>
        <source>electoral roll</source>
        <translation>liste électorale</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>volontaires</translation>
    </message>
    <message>
        <source>Import a list into the pool</source>
        <translation>Importer une liste dans le vivier</translation>
    </message>
    <message>
        <source>Remove an imported list</source>
        <translation>Retirer une liste importée</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Changer de liste</translation>
    </message>
    <message>
        <source>Change the file</source>
        <translation>Changer le fichier</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Change the encoding</source>
        <translation>Changer l’encodage</translation>
    </message>
    <message>
        <source>People kept</source>
        <translation>Personnes retenues</translation>
    </message>
    <message>
        <source>Change the count</source>
        <translation>Changer le compte</translation>
    </message>
    <message>
        <source>Lines rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée le</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Changer la date</translation>
    </message>
    <message>
        <source>Add to the pool</source>
        <translation>Ajouter au vivier</translation>
    </message>
    <message>
        <source>Remove from the pool</source>
        <translation>Retirer du vivier</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Changer le nom</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Change the first names</source>
        <translation>Changer les prénoms</translation>
    </message>
    <message>
        <source>Born in</source>
        <translation>Né(e) en</translation>
    </message>
    <message>
        <source>Change the year of birth</source>
        <translation>Changer l’année de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Change the sex</source>
        <translation>Changer le sexe</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>man</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>Neighbourhood or polling station</source>
        <translation>Quartier ou bureau de vote</translation>
    </message>
    <message>
        <source>Change the neighbourhood</source>
        <translation>Changer le quartier</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <source>Change the line</source>
        <translation>Changer la ligne</translation>
    </message>
    <message>
        <source>Prepare the draw</source>
        <translation>Préparer le tirage</translation>
    </message>
    <message>
        <source>Remove the draw</source>
        <translation>Supprimer le tirage</translation>
    </message>
    <message>
        <source>Jurors to draw</source>
        <translation>Jurés à tirer</translation>
    </message>
    <message>
        <source>Change the jury&apos;s size</source>
        <translation>Changer la taille du jury</translation>
    </message>
    <message>
        <source>At most one person per household</source>
        <translation>Au plus une personne par foyer</translation>
    </message>
    <message>
        <source>Change the household rule</source>
        <translation>Changer la règle des foyers</translation>
    </message>
    <message>
        <source>Allowance per day</source>
        <translation>Indemnité journalière</translation>
    </message>
    <message>
        <source>Change the allowance per day</source>
        <translation>Changer l’indemnité journalière</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Change the state</source>
        <translation>Changer l’état</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Change the categories</source>
        <translation>Changer les catégories</translation>
    </message>
    <message>
        <source>Add a quota</source>
        <translation>Ajouter un quota</translation>
    </message>
    <message>
        <source>Remove a quota</source>
        <translation>Retirer un quota</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>Changer la catégorie</translation>
    </message>
    <message>
        <source>Change the value</source>
        <translation>Changer la valeur</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>Change the minimum</source>
        <translation>Changer le minimum</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>Change the maximum</source>
        <translation>Changer le maximum</translation>
    </message>
    <message>
        <source>Add a witness</source>
        <translation>Ajouter un témoin</translation>
    </message>
    <message>
        <source>Remove a witness</source>
        <translation>Retirer un témoin</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Rename the witness</source>
        <translation>Renommer le témoin</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Nombre annoncé</translation>
    </message>
    <message>
        <source>Change the number called</source>
        <translation>Changer le nombre annoncé</translation>
    </message>
    <message>
        <source>Add a juror</source>
        <translation>Ajouter un juré</translation>
    </message>
    <message>
        <source>Remove a juror</source>
        <translation>Retirer un juré</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Change the profile</source>
        <translation>Changer le profil</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>on the jury</source>
        <translation>au jury</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré(e)</translation>
    </message>
    <message>
        <source>Ethics training</source>
        <translation>Formé(e)&#x202f;: déontologie</translation>
    </message>
    <message>
        <source>Change the ethics training</source>
        <translation>Changer la formation à la déontologie</translation>
    </message>
    <message>
        <source>Procurement rules training</source>
        <translation>Formé(e)&#x202f;: règles de l’achat public</translation>
    </message>
    <message>
        <source>Change the rules training</source>
        <translation>Changer la formation aux règles de l’achat public</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Remove a session</source>
        <translation>Supprimer une séance</translation>
    </message>
    <message>
        <source>Change the session&apos;s date</source>
        <translation>Modifier la date de la séance</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Rename the session</source>
        <translation>Renommer la séance</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Change the session&apos;s length</source>
        <translation>Modifier la durée de la séance</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Noter présent</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Noter absent</translation>
    </message>
    <message>
        <source>Record a shared copy</source>
        <translation>Inscrire une copie partagée</translation>
    </message>
    <message>
        <source>Remove a shared copy&apos;s record</source>
        <translation>Supprimer l’inscription d’une copie partagée</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé le</translation>
    </message>
    <message>
        <source>Change the date shared</source>
        <translation>Modifier la date de partage</translation>
    </message>
    <message>
        <source>Change the sender</source>
        <translation>Modifier l’expéditeur</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Change the recipient</source>
        <translation>Modifier le destinataire</translation>
    </message>
    <message>
        <source>Shared from</source>
        <translation>Partagé depuis</translation>
    </message>
    <message>
        <source>Change the file shared from</source>
        <translation>Modifier le fichier d’origine</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Change what was left out</source>
        <translation>Modifier ce qui a été écarté</translation>
    </message>
    <message>
        <source>the participants&apos; contacts</source>
        <translation>les coordonnées des participants</translation>
    </message>
    <message>
        <source>the citizen jury&apos;s recruitment pool</source>
        <translation>le vivier de recrutement du jury citoyen</translation>
    </message>
    <message>
        <source>the contacts of the sourcing fiches</source>
        <translation>les contacts des fiches du sourcing</translation>
    </message>
    <message>
        <source>Answer a question of the legal frame</source>
        <translation>Répondre à une question du cadre juridique</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Enter the procedure&apos;s facts</source>
        <translation>Saisir les éléments de la procédure</translation>
    </message>
    <message>
        <source>Remove the procedure&apos;s facts</source>
        <translation>Retirer les éléments de la procédure</translation>
    </message>
    <message>
        <source>Consultation launched on</source>
        <translation>Consultation lancée le</translation>
    </message>
    <message>
        <source>Change the consultation&apos;s date</source>
        <translation>Modifier la date de la consultation</translation>
    </message>
    <message>
        <source>Awarded by the commission d&apos;appel d&apos;offres</source>
        <translation>Attribué par la commission d’appel d’offres</translation>
    </message>
    <message>
        <source>Change whether the CAO awarded it</source>
        <translation>Modifier l’attribution par la CAO</translation>
    </message>
    <message>
        <source>Avenant notified on</source>
        <translation>Avenant notifié le</translation>
    </message>
    <message>
        <source>Change the avenant&apos;s notification date</source>
        <translation>Modifier la date de notification de l’avenant</translation>
    </message>
    <message>
        <source>Essential data published on</source>
        <translation>Données essentielles publiées le</translation>
    </message>
    <message>
        <source>Change the essential data&apos;s publication date</source>
        <translation>Modifier la date de publication des données essentielles</translation>
    </message>
    <message>
        <source>Services necessary (R2194-2)</source>
        <translation>Prestations nécessaires (R2194-2)</translation>
    </message>
    <message>
        <source>Change of holder impossible (R2194-2)</source>
        <translation>Changement de titulaire impossible (R2194-2)</translation>
    </message>
    <message>
        <source>Other candidates (R2194-7)</source>
        <translation>Autres candidats (R2194-7)</translation>
    </message>
    <message>
        <source>Balance to the holder (R2194-7)</source>
        <translation>Équilibre en faveur du titulaire (R2194-7)</translation>
    </message>
    <message>
        <source>Object changed (R2194-7)</source>
        <translation>Objet modifié (R2194-7)</translation>
    </message>
    <message>
        <source>New holder (R2194-7)</source>
        <translation>Nouveau titulaire (R2194-7)</translation>
    </message>
    <message>
        <source>Reasons of the answers</source>
        <translation>Motifs des réponses</translation>
    </message>
    <message>
        <source>Edit the reasons of the answers</source>
        <translation>Modifier les motifs des réponses</translation>
    </message>
    <message>
        <source>Answers the objection</source>
        <translation>Répond à l’objection</translation>
    </message>
    <message>
        <source>Change the objection answered</source>
        <translation>Modifier l’objection traitée</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>Sign off the legal frame</source>
        <translation>Valider le cadre juridique</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>Legal basis signed off</source>
        <translation>Base juridique validée</translation>
    </message>
    <message>
        <source>Add the contract&apos;s public data</source>
        <translation>Ajouter les données essentielles du marché</translation>
    </message>
    <message>
        <source>Remove the contract&apos;s public data</source>
        <translation>Retirer les données essentielles du marché</translation>
    </message>
    <message>
        <source>Contract identifier (DECP)</source>
        <translation>Identifiant du marché (DECP)</translation>
    </message>
    <message>
        <source>Change the contract identifier</source>
        <translation>Modifier l’identifiant du marché</translation>
    </message>
    <message>
        <source>Buyer&apos;s SIRET</source>
        <translation>SIRET de l’acheteur</translation>
    </message>
    <message>
        <source>Change the buyer&apos;s SIRET</source>
        <translation>Modifier le SIRET de l’acheteur</translation>
    </message>
    <message>
        <source>Kind of contract (DECP)</source>
        <translation>Nature du marché (DECP)</translation>
    </message>
    <message>
        <source>Change the kind of contract</source>
        <translation>Modifier la nature du marché</translation>
    </message>
    <message>
        <source>Object of the contract</source>
        <translation>Objet du marché</translation>
    </message>
    <message>
        <source>Change the object of the contract</source>
        <translation>Modifier l’objet du marché</translation>
    </message>
    <message>
        <source>Procedure (DECP)</source>
        <translation>Procédure (DECP)</translation>
    </message>
    <message>
        <source>Change the DECP procedure</source>
        <translation>Modifier la procédure DECP</translation>
    </message>
    <message>
        <source>Purchasing techniques</source>
        <translation>Techniques d’achat</translation>
    </message>
    <message>
        <source>Change the purchasing techniques</source>
        <translation>Modifier les techniques d’achat</translation>
    </message>
    <message>
        <source>Execution modes</source>
        <translation>Modalités d’exécution</translation>
    </message>
    <message>
        <source>Change the execution modes</source>
        <translation>Modifier les modalités d’exécution</translation>
    </message>
    <message>
        <source>Framework agreement&apos;s identifier</source>
        <translation>Identifiant de l’accord-cadre</translation>
    </message>
    <message>
        <source>Change the framework agreement</source>
        <translation>Modifier l’accord-cadre</translation>
    </message>
    <message>
        <source>Innovative</source>
        <translation>Innovant</translation>
    </message>
    <message>
        <source>Change whether the contract is innovative</source>
        <translation>Modifier le caractère innovant du marché</translation>
    </message>
    <message>
        <source>CCAG</source>
        <translation>CCAG</translation>
    </message>
    <message>
        <source>Change the CCAG</source>
        <translation>Modifier le CCAG</translation>
    </message>
    <message>
        <source>Offers received</source>
        <translation>Offres reçues</translation>
    </message>
    <message>
        <source>Change the offers received</source>
        <translation>Modifier le nombre d’offres reçues</translation>
    </message>
    <message>
        <source>Advance granted</source>
        <translation>Avance accordée</translation>
    </message>
    <message>
        <source>Change whether an advance was granted</source>
        <translation>Modifier l’attribution d’une avance</translation>
    </message>
    <message>
        <source>Rate of the advance (0–1)</source>
        <translation>Taux de l’avance (0–1)</translation>
    </message>
    <message>
        <source>Change the rate of the advance</source>
        <translation>Modifier le taux de l’avance</translation>
    </message>
    <message>
        <source>Grouping of holders</source>
        <translation>Groupement des titulaires</translation>
    </message>
    <message>
        <source>Change the grouping</source>
        <translation>Modifier le groupement</translation>
    </message>
    <message>
        <source>Subcontracting declared</source>
        <translation>Sous-traitance déclarée</translation>
    </message>
    <message>
        <source>Change whether subcontracting was declared</source>
        <translation>Modifier la déclaration de sous-traitance</translation>
    </message>
    <message>
        <source>Place of execution (code)</source>
        <translation>Lieu d’exécution (code)</translation>
    </message>
    <message>
        <source>Change the place of execution</source>
        <translation>Modifier le lieu d’exécution</translation>
    </message>
    <message>
        <source>Type of place code</source>
        <translation>Type de code du lieu</translation>
    </message>
    <message>
        <source>Change the type of place code</source>
        <translation>Modifier le type de code du lieu</translation>
    </message>
    <message>
        <source>Form of the price</source>
        <translation>Forme du prix</translation>
    </message>
    <message>
        <source>Change the form of the price</source>
        <translation>Modifier la forme du prix</translation>
    </message>
    <message>
        <source>Types of price</source>
        <translation>Types de prix</translation>
    </message>
    <message>
        <source>Change the types of price</source>
        <translation>Modifier les types de prix</translation>
    </message>
    <message>
        <source>Holder&apos;s identifier</source>
        <translation>Identifiant du titulaire</translation>
    </message>
    <message>
        <source>Change the holder&apos;s identifier</source>
        <translation>Modifier l’identifiant du titulaire</translation>
    </message>
    <message>
        <source>Type of the holder&apos;s identifier</source>
        <translation>Type d’identifiant du titulaire</translation>
    </message>
    <message>
        <source>Change the type of the holder&apos;s identifier</source>
        <translation>Modifier le type d’identifiant du titulaire</translation>
    </message>
    <message>
        <source>Social considerations</source>
        <translation>Considérations sociales</translation>
    </message>
    <message>
        <source>Change the social considerations</source>
        <translation>Modifier les considérations sociales</translation>
    </message>
    <message>
        <source>Environmental considerations</source>
        <translation>Considérations environnementales</translation>
    </message>
    <message>
        <source>Change the environmental considerations</source>
        <translation>Modifier les considérations environnementales</translation>
    </message>
    <message>
        <source>Share of products from the EU (0–1)</source>
        <translation>Part des produits de l’UE (0–1)</translation>
    </message>
    <message>
        <source>Change the share from the EU</source>
        <translation>Modifier la part de l’UE</translation>
    </message>
    <message>
        <source>Share of French products (0–1)</source>
        <translation>Part des produits français (0–1)</translation>
    </message>
    <message>
        <source>Change the share of French products</source>
        <translation>Modifier la part des produits français</translation>
    </message>
    <message>
        <source>Data first published on</source>
        <translation>Données publiées pour la première fois le</translation>
    </message>
    <message>
        <source>Change the publication date</source>
        <translation>Modifier la date de publication</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(pas encore choisi)</translation>
    </message>
    <message>
        <source>public contract (marché)</source>
        <translation>marché public</translation>
    </message>
    <message>
        <source>partnership contract (marché de partenariat)</source>
        <translation>marché de partenariat</translation>
    </message>
    <message>
        <source>defence or security contract</source>
        <translation>marché de défense ou de sécurité</translation>
    </message>
    <message>
        <source>procedure with negotiation</source>
        <translation>procédure avec négociation</translation>
    </message>
    <message>
        <source>without prior publication or competition</source>
        <translation>sans publicité ni mise en concurrence préalables</translation>
    </message>
    <message>
        <source>framework agreement</source>
        <translation>accord-cadre</translation>
    </message>
    <message>
        <source>design contest</source>
        <translation>concours</translation>
    </message>
    <message>
        <source>qualification system</source>
        <translation>système de qualification</translation>
    </message>
    <message>
        <source>dynamic purchasing system</source>
        <translation>système d’acquisition dynamique</translation>
    </message>
    <message>
        <source>electronic catalogue</source>
        <translation>catalogue électronique</translation>
    </message>
    <message>
        <source>electronic auction</source>
        <translation>enchère électronique</translation>
    </message>
    <message>
        <source>no purchasing technique</source>
        <translation>aucune technique d’achat</translation>
    </message>
    <message>
        <source>tranches</source>
        <translation>tranches</translation>
    </message>
    <message>
        <source>purchase orders</source>
        <translation>bons de commande</translation>
    </message>
    <message>
        <source>subsequent contracts</source>
        <translation>marchés subséquents</translation>
    </message>
    <message>
        <source>no particular execution mode</source>
        <translation>aucune modalité d’exécution particulière</translation>
    </message>
    <message>
        <source>CCAG works</source>
        <translation>CCAG travaux</translation>
    </message>
    <message>
        <source>CCAG project management</source>
        <translation>CCAG maîtrise d’œuvre</translation>
    </message>
    <message>
        <source>CCAG supplies and services</source>
        <translation>CCAG fournitures courantes et services</translation>
    </message>
    <message>
        <source>CCAG industrial contracts</source>
        <translation>CCAG marchés industriels</translation>
    </message>
    <message>
        <source>CCAG intellectual services</source>
        <translation>CCAG prestations intellectuelles</translation>
    </message>
    <message>
        <source>CCAG information and communication technologies</source>
        <translation>CCAG techniques de l’information et de la communication</translation>
    </message>
    <message>
        <source>no CCAG</source>
        <translation>pas de CCAG</translation>
    </message>
    <message>
        <source>joint grouping (conjoint)</source>
        <translation>groupement conjoint</translation>
    </message>
    <message>
        <source>joint and several grouping (solidaire)</source>
        <translation>groupement solidaire</translation>
    </message>
    <message>
        <source>no grouping</source>
        <translation>pas de groupement</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>commune code (INSEE)</source>
        <translation>code commune (INSEE)</translation>
    </message>
    <message>
        <source>arrondissement code</source>
        <translation>code arrondissement</translation>
    </message>
    <message>
        <source>canton code</source>
        <translation>code canton</translation>
    </message>
    <message>
        <source>département code</source>
        <translation>code département</translation>
    </message>
    <message>
        <source>region code</source>
        <translation>code région</translation>
    </message>
    <message>
        <source>country code</source>
        <translation>code pays</translation>
    </message>
    <message>
        <source>unit prices</source>
        <translation>prix unitaires</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>prix forfaitaire</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <source>final, firm</source>
        <translation>définitif ferme</translation>
    </message>
    <message>
        <source>final, adjustable</source>
        <translation>définitif actualisable</translation>
    </message>
    <message>
        <source>final, revisable</source>
        <translation>définitif révisable</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>intra-EU VAT number</source>
        <translation>numéro de TVA intracommunautaire</translation>
    </message>
    <message>
        <source>TAHITI number (French Polynesia)</source>
        <translation>numéro TAHITI (Polynésie française)</translation>
    </message>
    <message>
        <source>RIDET number (New Caledonia)</source>
        <translation>numéro RIDET (Nouvelle-Calédonie)</translation>
    </message>
    <message>
        <source>FRWF number (Wallis and Futuna)</source>
        <translation>numéro FRWF (Wallis-et-Futuna)</translation>
    </message>
    <message>
        <source>IREP number</source>
        <translation>numéro IREP</translation>
    </message>
    <message>
        <source>outside the EU</source>
        <translation>hors UE</translation>
    </message>
    <message>
        <source>social clause</source>
        <translation>clause sociale</translation>
    </message>
    <message>
        <source>social award criterion</source>
        <translation>critère social d’attribution</translation>
    </message>
    <message>
        <source>reserved contract</source>
        <translation>marché réservé</translation>
    </message>
    <message>
        <source>no social consideration</source>
        <translation>aucune considération sociale</translation>
    </message>
    <message>
        <source>environmental clause</source>
        <translation>clause environnementale</translation>
    </message>
    <message>
        <source>environmental award criterion</source>
        <translation>critère environnemental d’attribution</translation>
    </message>
    <message>
        <source>no environmental consideration</source>
        <translation>aucune considération environnementale</translation>
    </message>
</context>
<context>
    <name>Atelier::EntityTableEditor</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Atelier::IdentityDialog</name>
    <message>
        <source>Your name and administration</source>
        <translation>Votre nom et votre administration</translation>
    </message>
    <message>
        <source>The journal of changes names you for every change you make, and a merge shows your name beside your values. Leave a field empty for the default.</source>
        <translation>Le journal des modifications vous nomme pour chaque modification que vous faites, et une fusion montre votre nom à côté de vos valeurs. Laissez un champ vide pour garder la valeur par défaut.</translation>
    </message>
    <message>
        <source>the administration the project or the copy is for</source>
        <translation>l’administration du projet, ou celle à qui la copie est destinée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Administration&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Atelier::Journal</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed (%1)</source>
        <translation>
            <numerusform>%n modifiée (%1)</numerusform>
            <numerusform>%n modifiées (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>entry %1 (%2, “%3”)</source>
        <translation>l’entrée %1 (%2, «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 was altered: its content no longer matches its fingerprint.</source>
        <translation>%1 a été altérée&#x202f;: son contenu ne correspond plus à son empreinte.</translation>
    </message>
    <message>
        <source>%1 follows an entry that is missing or was altered.</source>
        <translation>%1 suit une entrée manquante ou altérée.</translation>
    </message>
    <message>
        <source>%1 merges entries that are missing or were altered.</source>
        <translation>%1 fusionne des entrées manquantes ou altérées.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>Atelier::JournalDialog</name>
    <message>
        <source>Journal of changes</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>&amp;Panel:</source>
        <translation>&amp;Volet&#x202f;:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;ersonne&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Administration&#x202f;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; each carries the fingerprint of the one before: the chain holds.</source>
        <translation>
            <numerusform>%n entrée&#x202f;; chacune porte l’empreinte de la précédente&#x202f;: la chaîne tient.</numerusform>
            <numerusform>%n entrées&#x202f;; chacune porte l’empreinte de la précédente&#x202f;: la chaîne tient.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The journal is broken.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le journal est rompu.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 (merge)</source>
        <translation>%1 (fusion)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>Tous les volets</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All administrations</source>
        <translation>Toutes les administrations</translation>
    </message>
</context>
<context>
    <name>Atelier::JournalSection</name>
    <message>
        <source>Journal of decisions</source>
        <translation>Journal des décisions</translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s journal records every change, who made it, when and in which administration; each of its %n entries carries the fingerprint of the one before, and the chain holds. Its decisions:</source>
        <translation>
            <numerusform>Le journal du projet consigne chaque modification, son auteur, sa date et son administration&#x202f;; son entrée porte l’empreinte de la précédente, et la chaîne tient. Ses décisions&#x202f;:</numerusform>
            <numerusform>Le journal du projet consigne chaque modification, son auteur, sa date et son administration&#x202f;; chacune de ses %n entrées porte l’empreinte de la précédente, et la chaîne tient. Ses décisions&#x202f;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s journal does not hold: %1 The decisions it records:</source>
        <translation>Le journal du projet ne tient pas&#x202f;: %1 Les décisions qu’il consigne&#x202f;:</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision consignée pour l’instant.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::AttendanceModel</name>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1 %2 (withdrawn)</source>
        <translation>%1 %2 (retiré)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Indemnité</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::Comparison</name>
    <message>
        <source>At least %1 of “%2” (%3) cannot be met with the other quotas: the pool has %4 of them. Lower the minimum to %5.</source>
        <translation>Au moins %1 «&#xa0;%2&#xa0;» (%3)&#x202f;: impossible avec les autres quotas, le vivier en compte %4. Abaissez le minimum à %5.</translation>
    </message>
    <message>
        <source>At most %1 of “%2” (%3) leaves too few seats for the other quotas. Raise the maximum to %4.</source>
        <translation>Au plus %1 «&#xa0;%2&#xa0;» (%3)&#x202f;: trop peu de sièges restent pour les autres quotas. Relevez le maximum à %4.</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::DrawPage</name>
    <message>
        <source>Prepare the draw</source>
        <translation>Préparer le tirage</translation>
    </message>
    <message>
        <source>At most one person per household</source>
        <translation>Au plus une personne par foyer</translation>
    </message>
    <message>
        <source>Quotas that follow the pool</source>
        <translation>Quotas calqués sur le vivier</translation>
    </message>
    <message>
        <source>Check the quotas and freeze the draw</source>
        <translation>Vérifier les quotas et figer le tirage</translation>
    </message>
    <message>
        <source>Draw the jury</source>
        <translation>Tirer le jury au sort</translation>
    </message>
    <message>
        <source>The selected juror withdraws: draw a substitute…</source>
        <translation>Le juré sélectionné se retire&#x202f;: tirer un suppléant…</translation>
    </message>
    <message>
        <source>Add a witness</source>
        <translation>Ajouter un témoin</translation>
    </message>
    <message>
        <source>Jurors to draw</source>
        <translation>Jurés à tirer</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Allowance per day</source>
        <translation>Indemnité journalière</translation>
    </message>
    <message>
        <source>1. Settings</source>
        <translation>1. Paramètres</translation>
    </message>
    <message>
        <source>2. Quotas</source>
        <translation>2. Quotas</translation>
    </message>
    <message>
        <source>3. Fair chances and fingerprints</source>
        <translation>3. Chances équitables et empreintes</translation>
    </message>
    <message>
        <source>4. Witnesses and their numbers</source>
        <translation>4. Les témoins et leurs nombres</translation>
    </message>
    <message>
        <source>5. The jury</source>
        <translation>5. Le jury</translation>
    </message>
    <message>
        <source>Change the jury&apos;s size</source>
        <translation>Changer la taille du jury</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Freeze the draw</source>
        <translation>Figer le tirage</translation>
    </message>
    <message>
        <source>A juror withdraws</source>
        <translation>Un juré se retire</translation>
    </message>
    <message>
        <source>%1 %2 withdraws from the jury: draw a substitute of the same profile now?</source>
        <translation>%1 %2 se retire du jury&#x202f;: tirer maintenant un suppléant du même profil&#x202f;?</translation>
    </message>
    <message>
        <source>No draw yet. Import the lists into the pool, then prepare the draw: its size, its categories and their quotas.</source>
        <translation>Aucun tirage pour l’instant. Importez les listes dans le vivier, puis préparez le tirage&#x202f;: sa taille, ses catégories et leurs quotas.</translation>
    </message>
    <message>
        <source>Setting up: choose the categories and the quotas, then check and freeze the draw. Once frozen, nothing can change: its fingerprints are shown before any number is called.</source>
        <translation>En préparation&#x202f;: choisissez les catégories et les quotas, puis vérifiez et figez le tirage. Une fois figé, plus rien ne peut changer&#x202f;: ses empreintes sont affichées avant qu’aucun nombre ne soit annoncé.</translation>
    </message>
    <message>
        <source>Frozen on %1. Read the fingerprints aloud, then let each witness call a number (a die, or several) and write it down with their name; then draw the jury.</source>
        <translation>Figé le %1. Lisez les empreintes à voix haute, puis faites annoncer un nombre à chaque témoin (avec un dé, ou plusieurs) et notez-le avec son nom&#x202f;; tirez ensuite le jury au sort.</translation>
    </message>
    <message>
        <source>Drawn on %1. Anyone can check the draw: atelier jury verify FILE (see the minutes).</source>
        <translation>Tiré le %1. Chacun peut vérifier le tirage&#x202f;: atelier jury verify FICHIER (voir le procès-verbal).</translation>
    </message>
    <message>
        <source>%1 days attended in all: %2</source>
        <translation>%1&#xa0;jours de présence en tout&#x202f;: %2</translation>
    </message>
    <message>
        <source>The fair chances are computed when the draw is frozen.</source>
        <translation>Les chances équitables sont calculées quand le tirage est figé.</translation>
    </message>
    <message>
        <source>The pool was purged: the chances stay in the minutes.</source>
        <translation>Le vivier a été purgé&#x202f;: les chances restent dans le procès-verbal.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Fair (LEXIMIN)</source>
        <translation>Équitable (LEXIMIN)</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Glouton</translation>
    </message>
    <message>
        <source>Uniform, no quotas</source>
        <translation>Uniforme, sans quotas</translation>
    </message>
    <message>
        <source>The least favoured person has a chance of %1 (the highest the quotas allow); a greedy quota-first draw would give them %2, a uniform draw %3 but without the quotas.</source>
        <translation>La personne la moins favorisée a une chance de %1 (la plus haute que permettent les quotas)&#x202f;; un tirage glouton, quotas d’abord, lui donnerait %2, un tirage uniforme %3 mais sans les quotas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fingerprints (SHA-256)&lt;/b&gt;&lt;br&gt;&lt;tt&gt;pool %1&lt;br&gt;quotas %2&lt;br&gt;settings %3&lt;br&gt;lottery %4&lt;br&gt;algorithm %5&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Empreintes (SHA-256)&lt;/b&gt;&lt;br&gt;&lt;tt&gt;vivier %1&lt;br&gt;quotas %2&lt;br&gt;paramètres %3&lt;br&gt;loterie %4&lt;br&gt;algorithme %5&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Remove the session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>6. Sessions</source>
        <translation>6. Séances</translation>
    </message>
    <message>
        <source>7. Who attended</source>
        <translation>7. Présences</translation>
    </message>
    <message>
        <source>GLPK&apos;s exact rational simplex confirmed this optimum.</source>
        <translation>Le simplexe exact en nombres rationnels de GLPK a confirmé cet optimum.</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::DrawStore</name>
    <message>
        <source>No draw is prepared.</source>
        <translation>Aucun tirage n’est préparé.</translation>
    </message>
    <message>
        <source>Prepare the draw</source>
        <translation>Préparer le tirage</translation>
    </message>
    <message>
        <source>The draw could not be written.</source>
        <translation>Le tirage n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The draw is frozen: its quotas and settings can no longer change.</source>
        <translation>Le tirage est figé&#x202f;: ses quotas et ses paramètres ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Quotas that follow the pool</source>
        <translation>Quotas calqués sur le vivier</translation>
    </message>
    <message>
        <source>Change the categories</source>
        <translation>Changer les catégories</translation>
    </message>
    <message>
        <source>The categories could not be changed.</source>
        <translation>Les catégories n’ont pas pu être changées.</translation>
    </message>
    <message>
        <source>The pool is empty: import the electoral roll or the volunteers first.</source>
        <translation>Le vivier est vide&#x202f;: importez d’abord la liste électorale ou les volontaires.</translation>
    </message>
    <message numerus="yes">
        <source>The pool has %n person(s), fewer than the jury&apos;s seats.</source>
        <translation>
            <numerusform>Le vivier compte %n&#xa0;personne, moins que le jury ne compte de sièges.</numerusform>
            <numerusform>Le vivier compte %n&#xa0;personnes, moins que le jury ne compte de sièges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Freeze the draw</source>
        <translation>Figer le tirage</translation>
    </message>
    <message>
        <source>Citizen jury</source>
        <translation>Jury citoyen</translation>
    </message>
    <message>
        <source>Freeze the draw first: its fingerprints must be fixed before any number is called.</source>
        <translation>Figez d’abord le tirage&#x202f;: ses empreintes doivent être fixées avant qu’aucun nombre ne soit annoncé.</translation>
    </message>
    <message>
        <source>No witness has called a number yet.</source>
        <translation>Aucun témoin n’a encore annoncé de nombre.</translation>
    </message>
    <message>
        <source>The number of %1 is not made of digits only: “%2”.</source>
        <translation>Le nombre annoncé par %1 ne contient pas que des chiffres&#x202f;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>a witness</source>
        <translation>un témoin</translation>
    </message>
    <message>
        <source>The draw found %1 people for %2 seats.</source>
        <translation>Le tirage a trouvé %1&#xa0;personnes pour %2&#xa0;sièges.</translation>
    </message>
    <message>
        <source>Draw the jury</source>
        <translation>Tirer le jury au sort</translation>
    </message>
    <message>
        <source>The jury could not be written.</source>
        <translation>Le jury n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The jury has not been drawn.</source>
        <translation>Le jury n’a pas été tiré au sort.</translation>
    </message>
    <message>
        <source>This juror is not on the jury.</source>
        <translation>Ce juré ne siège pas au jury.</translation>
    </message>
    <message>
        <source>The pool was purged: no substitute can be drawn from it any more.</source>
        <translation>Le vivier a été purgé&#x202f;: aucun suppléant ne peut plus y être tiré.</translation>
    </message>
    <message>
        <source>Nobody of this juror&apos;s profile is left in the pool: the seat stays empty.</source>
        <translation>Il ne reste dans le vivier personne du profil de ce juré&#x202f;: le siège reste vide.</translation>
    </message>
    <message>
        <source>Replace %1 %2</source>
        <translation>Remplacer %1 %2</translation>
    </message>
    <message>
        <source>The substitute could not be written.</source>
        <translation>Le suppléant n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Citizen jury (drawn by lot: %1)</source>
        <translation>Jury citoyen (tiré au sort&#x202f;: %1)</translation>
    </message>
    <message>
        <source>The quota for “%1” asks for at least %2 but at most %3: raise the maximum to %2, or lower the minimum to %3.</source>
        <translation>Le quota de «&#xa0;%1&#xa0;» demande au moins %2 mais au plus %3&#x202f;: relevez le maximum à %2, ou abaissez le minimum à %3.</translation>
    </message>
    <message>
        <source>Training: ethics and the rules of public procurement</source>
        <translation>Formation&#x202f;: déontologie et règles de la commande publique</translation>
    </message>
    <message>
        <source>Working session: the award criteria</source>
        <translation>Séance de travail&#x202f;: les critères d’attribution</translation>
    </message>
    <message>
        <source>Hearing of the bidders</source>
        <translation>Audition des candidats</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::JuryMinutes</name>
    <message>
        <source>The jury has not been drawn yet: the minutes are written once it is.</source>
        <translation>Le jury n’est pas encore tiré au sort&#x202f;: le procès-verbal s’écrit une fois qu’il l’est.</translation>
    </message>
    <message>
        <source>Minutes of the draw by lot</source>
        <translation>Procès-verbal du tirage au sort</translation>
    </message>
    <message>
        <source>The citizen jury drawn by lot: fair, and verifiable by anyone</source>
        <translation>Le jury citoyen tiré au sort&#x202f;: équitable, et vérifiable par chacun</translation>
    </message>
    <message>
        <source>citizen jury</source>
        <translation>jury citoyen</translation>
    </message>
    <message>
        <source>draw by lot</source>
        <translation>tirage au sort</translation>
    </message>
    <message>
        <source>Minutes of the draw by lot of the citizen jury</source>
        <translation>Procès-verbal du tirage au sort du jury citoyen</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet&#x202f;:</translation>
    </message>
    <message>
        <source>Frozen (everything fixed and fingerprinted):</source>
        <translation>Figé (tout fixé et pris en empreinte)&#x202f;:</translation>
    </message>
    <message>
        <source>Drawn:</source>
        <translation>Tiré au sort&#x202f;:</translation>
    </message>
    <message>
        <source>The pool</source>
        <translation>Le vivier</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>People kept</source>
        <translation>Personnes retenues</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>The lists are archived by the administration as they were imported: their SHA-256 above identifies them.</source>
        <translation>Les listes sont archivées par la collectivité telles qu’elles ont été importées&#x202f;: leur SHA-256 ci-dessus les identifie.</translation>
    </message>
    <message>
        <source>Settings and quotas</source>
        <translation>Paramètres et quotas</translation>
    </message>
    <message>
        <source>Jurors drawn:</source>
        <translation>Jurés tirés au sort&#x202f;:</translation>
    </message>
    <message>
        <source>At most one person per household:</source>
        <translation>Au plus une personne par foyer&#x202f;:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#x202f;:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>Fingerprints fixed before any number was called</source>
        <translation>Empreintes fixées avant qu’aucun nombre ne soit annoncé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>pool (pseudonyms, profiles, households)</source>
        <translation>vivier (pseudonymes, profils, foyers)</translation>
    </message>
    <message>
        <source>categories and quotas</source>
        <translation>catégories et quotas</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>published lottery</source>
        <translation>loterie publiée</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithme</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Équité</translation>
    </message>
    <message>
        <source>Each person&apos;s chance of a seat maximises the lowest chance of anyone, then the next lowest, under the quotas (LEXIMIN). The least favoured person had a chance of %1; a uniform draw would give everyone %2 but could not respect the quotas.</source>
        <translation>La chance de chacun d’obtenir un siège maximise la plus faible chance de tous, puis la suivante, dans le respect des quotas (LEXIMIN). La personne la moins favorisée avait une chance de %1&#x202f;; un tirage uniforme donnerait %2 à chacun mais ne pourrait pas respecter les quotas.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Fair chance</source>
        <translation>Chance équitable</translation>
    </message>
    <message>
        <source>Greedy quota-first</source>
        <translation>Glouton, quotas d’abord</translation>
    </message>
    <message>
        <source>The least favoured person had a chance of %1 (LEXIMIN). The pool has been purged from the project since: the chances per profile are computed again from the archived lists.</source>
        <translation>La personne la moins favorisée avait une chance de %1 (LEXIMIN). Le vivier a depuis été purgé du projet&#x202f;: les chances par profil se recalculent à partir des listes archivées.</translation>
    </message>
    <message>
        <source>Witnesses and the numbers they called</source>
        <translation>Les témoins et les nombres annoncés</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Nombre annoncé</translation>
    </message>
    <message>
        <source>The jury</source>
        <translation>Le jury</translation>
    </message>
    <message>
        <source>Panel %1 of the published lottery was drawn; then the people of each profile.</source>
        <translation>Le panel %1 de la loterie publiée a été tiré, puis les personnes de chaque profil.</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>tiré au sort</translation>
    </message>
    <message>
        <source>substitute %1 for %2</source>
        <translation>suppléant %1 de %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>How anyone can verify this draw</source>
        <translation>Comment chacun peut vérifier ce tirage</translation>
    </message>
    <message>
        <source>The procedure is public (docs/jury-draw.md of Atelier Achat): the seed is the SHA-256 of the five fingerprints above and of the numbers called, in order; a generator made of SHA-256 draws the panel from the published lottery, then the people of each profile. With the archived lists, the project file and these minutes, anyone can redo it:</source>
        <translation>La procédure est publique (docs/jury-draw.md d’Atelier Achat)&#x202f;: la graine est le SHA-256 des cinq empreintes ci-dessus et des nombres annoncés, dans l’ordre&#x202f;; un générateur fondé sur SHA-256 tire le panel dans la loterie publiée, puis les personnes de chaque profil. Avec les listes archivées, le fichier du projet et ce procès-verbal, chacun peut le refaire&#x202f;:</translation>
    </message>
    <message>
        <source>The command checks the fingerprints, every panel of the lottery against the quotas, the fairness (LEXIMIN computed again), the jury and each substitute, and says whether it finds the same jury bit for bit.</source>
        <translation>La commande vérifie les empreintes, chaque panel de la loterie au regard des quotas, l’équité (LEXIMIN recalculé), le jury et chaque suppléant, et dit si elle retrouve le même jury, bit pour bit.</translation>
    </message>
    <message>
        <source>Signatures of the witnesses</source>
        <translation>Signatures des témoins</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>This lowest chance was confirmed optimal by GLPK&apos;s exact simplex, in rational arithmetic (no rounding).</source>
        <translation>Cette plus faible chance a été confirmée optimale par le simplexe exact de GLPK, en arithmétique rationnelle (sans arrondi).</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::JuryPanel</name>
    <message>
        <source>Citizen jury</source>
        <translation>Jury citoyen</translation>
    </message>
    <message>
        <source>Recruitment pool</source>
        <translation>Vivier de recrutement</translation>
    </message>
    <message>
        <source>Quotas, draw and jury</source>
        <translation>Quotas, tirage et jury</translation>
    </message>
    <message>
        <source>Minutes of the draw by lot</source>
        <translation>Procès-verbal du tirage au sort</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::Leximin</name>
    <message>
        <source>The jury must have at least one member.</source>
        <translation>Le jury doit compter au moins un membre.</translation>
    </message>
    <message numerus="yes">
        <source>The pool has %1 people, fewer than the %n juror(s) to draw.</source>
        <translation>
            <numerusform>Le vivier compte %1&#xa0;personnes, moins que le %n&#xa0;juré à tirer.</numerusform>
            <numerusform>Le vivier compte %1&#xa0;personnes, moins que les %n&#xa0;jurés à tirer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No jury can meet these quotas with this pool.</source>
        <translation>Aucun jury ne peut respecter ces quotas avec ce vivier.</translation>
    </message>
    <message>
        <source>The fair draw could not be computed (the solver did not converge).</source>
        <translation>Le tirage équitable n’a pas pu être calculé (le solveur n’a pas convergé).</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::MappingDialog</name>
    <message>
        <source>Columns of “%1”</source>
        <translation>Colonnes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Date or year of birth</source>
        <translation>Date ou année de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Address (for households; not kept)</source>
        <translation>Adresse (pour les foyers&#x202f;; non conservée)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>:</source>
        <translation>&#x202f;:</translation>
    </message>
    <message>
        <source>The first lines of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>Say which column holds each piece of information. Only what the draw needs is kept.</source>
        <translation>Indiquez quelle colonne contient chaque information. Seul ce dont le tirage a besoin est conservé.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Il manque encore&#x202f;: %1.</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::Pool</name>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the first names</source>
        <translation>les prénoms</translation>
    </message>
    <message>
        <source>the date or year of birth</source>
        <translation>la date ou l’année de naissance</translation>
    </message>
    <message>
        <source>the sex</source>
        <translation>le sexe</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1: a separator is missing or a quote is not closed.</source>
        <translation>
            <numerusform>%n&#xa0;champ là où l’en-tête en a %1&#x202f;: il manque un séparateur ou un guillemet n’est pas fermé.</numerusform>
            <numerusform>%n&#xa0;champs là où l’en-tête en a %1&#x202f;: il manque un séparateur ou un guillemet n’est pas fermé.</numerusform>
        </translation>
    </message>
    <message>
        <source>no name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>no first name</source>
        <translation>pas de prénom</translation>
    </message>
    <message>
        <source>no date of birth</source>
        <translation>pas de date de naissance</translation>
    </message>
    <message>
        <source>date of birth “%1” not understood</source>
        <translation>date de naissance «&#xa0;%1&#xa0;» incomprise</translation>
    </message>
    <message>
        <source>born in %1: a juror is at least 16</source>
        <translation>né(e) en %1&#x202f;: un juré a au moins 16&#xa0;ans</translation>
    </message>
    <message>
        <source>no sex given</source>
        <translation>sexe non indiqué</translation>
    </message>
    <message>
        <source>sex “%1” not understood</source>
        <translation>sexe «&#xa0;%1&#xa0;» incompris</translation>
    </message>
    <message>
        <source>the same person as an earlier line</source>
        <translation>la même personne qu’une ligne précédente</translation>
    </message>
    <message>
        <source>a quote opened on this line is never closed</source>
        <translation>un guillemet ouvert sur cette ligne n’est jamais fermé</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::PoolPage</name>
    <message>
        <source>Import an electoral-roll extract…</source>
        <translation>Importer un extrait de liste électorale…</translation>
    </message>
    <message>
        <source>Import the volunteers&apos; list…</source>
        <translation>Importer la liste des volontaires…</translation>
    </message>
    <message>
        <source>Lists imported</source>
        <translation>Listes importées</translation>
    </message>
    <message>
        <source>People of the pool</source>
        <translation>Personnes du vivier</translation>
    </message>
    <message>
        <source>What is kept of each person: names, year of birth, sex, neighbourhood or polling station, commune, and a fingerprint of the address to recognise households — not the address, not the full date of birth, no contact. The lists themselves stay with the administration, archived for checking the draw.</source>
        <translation>Ce qui est conservé de chaque personne&#x202f;: nom, prénoms, année de naissance, sexe, quartier ou bureau de vote, commune, et une empreinte de l’adresse pour reconnaître les foyers — ni l’adresse, ni la date de naissance complète, ni aucun contact. Les listes elles-mêmes restent à l’administration, archivées pour vérifier le tirage.</translation>
    </message>
    <message>
        <source>The pool</source>
        <translation>Le vivier</translation>
    </message>
    <message>
        <source>In the pool: %1 and %2.</source>
        <translation>Dans le vivier&#x202f;: %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) from the electoral roll</source>
        <translation>
            <numerusform>%n&#xa0;personne de la liste électorale</numerusform>
            <numerusform>%n&#xa0;personnes de la liste électorale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n&#xa0;volontaire</numerusform>
            <numerusform>%n&#xa0;volontaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on both lists.</source>
        <translation>
            <numerusform>%n&#xa0;personne sur les deux listes.</numerusform>
            <numerusform>%n&#xa0;personnes sur les deux listes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>“%1” holds no line after its header.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune ligne après son en-tête.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Line %1 is also on the other list (its line %2).</source>
        <translation>La ligne %1 est aussi sur l’autre liste (sa ligne %2).</translation>
    </message>
    <message>
        <source>%1, %2; %3.</source>
        <translation>%1, %2&#x202f;; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) kept</source>
        <translation>
            <numerusform>%n&#xa0;personne retenue</numerusform>
            <numerusform>%n&#xa0;personnes retenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n&#xa0;ligne rejetée</numerusform>
            <numerusform>%n&#xa0;lignes rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) also on the other list</source>
        <translation>
            <numerusform>%n&#xa0;personne aussi sur l’autre liste</numerusform>
            <numerusform>%n&#xa0;personnes aussi sur l’autre liste</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge the pool&apos;s personal data…</source>
        <translation>Purger les données personnelles du vivier…</translation>
    </message>
    <message>
        <source>The pool&apos;s personal data was purged after the draw. Its fingerprints stay: the draw can still be verified against the archived lists (atelier jury verify FILE --pool LIST.csv).</source>
        <translation>Les données personnelles du vivier ont été purgées après le tirage. Ses empreintes restent&#x202f;: le tirage peut toujours être vérifié avec les listes archivées (atelier jury verify FICHIER --pool LISTE.csv).</translation>
    </message>
    <message>
        <source>Purge the pool</source>
        <translation>Purger le vivier</translation>
    </message>
    <message>
        <source>Remove every person of the pool from the project, for good? The jurors stay; no substitute can be drawn afterwards; the undo history is cleared. Keep the lists as imported, archived: the draw can then still be verified against them.</source>
        <translation>Retirer définitivement du projet toutes les personnes du vivier&#x202f;? Les jurés restent&#x202f;; aucun suppléant ne pourra plus être tiré&#x202f;; l’historique d’annulation est effacé. Conservez les listes telles qu’importées, archivées&#x202f;: le tirage pourra encore être vérifié avec elles.</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::PoolStore</name>
    <message>
        <source>The file has no column for %1: say which column holds it.</source>
        <translation>Le fichier n’a pas de colonne pour %1&#x202f;: indiquez laquelle la contient.</translation>
    </message>
    <message>
        <source>No line of “%1” could be kept: nothing was imported.</source>
        <translation>Aucune ligne de «&#xa0;%1&#xa0;» n’a pu être retenue&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import “%1” into the pool</source>
        <translation>Importer «&#xa0;%1&#xa0;» dans le vivier</translation>
    </message>
    <message>
        <source>Add to the pool</source>
        <translation>Ajouter au vivier</translation>
    </message>
    <message>
        <source>The pool could not be written: nothing was imported.</source>
        <translation>Le vivier n’a pas pu être écrit&#x202f;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>The draw is frozen: its pool can no longer change.</source>
        <translation>Le tirage est figé&#x202f;: son vivier ne peut plus changer.</translation>
    </message>
    <message>
        <source>The pool is needed until the jury is drawn: draw it first.</source>
        <translation>Le vivier est nécessaire jusqu’au tirage du jury&#x202f;: tirez-le d’abord.</translation>
    </message>
    <message>
        <source>The pool is already purged.</source>
        <translation>Le vivier est déjà purgé.</translation>
    </message>
    <message>
        <source>The pool could not be purged: nothing was removed.</source>
        <translation>Le vivier n’a pas pu être purgé&#x202f;: rien n’a été retiré.</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::Setup</name>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>man</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>electoral roll</source>
        <translation>liste électorale</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>volontaires</translation>
    </message>
    <message>
        <source>%1 and over</source>
        <translation>%1&#xa0;ans et plus</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2&#xa0;ans</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>The quota for “%1” names a value nobody in the pool has.</source>
        <translation>Le quota pour «&#xa0;%1&#xa0;» porte sur une valeur que personne n’a dans le vivier.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>At most one person per household: each profile still gets the lottery&apos;s seats; someone passed over for their household is replaced by another person of the same profile, which happens in %1 of draws at most.</source>
        <translation>Au plus une personne par foyer&#x202f;: chaque profil garde les sièges de la loterie&#x202f;; une personne écartée à cause de son foyer est remplacée par une autre du même profil, ce qui arrive dans %1 des tirages au plus.</translation>
    </message>
</context>
<context>
    <name>Atelier::Jury::Verify</name>
    <message>
        <source>The pool was purged from the project: give the archived lists (--pool FILE for each).</source>
        <translation>Le vivier a été purgé du projet&#x202f;: donnez les listes archivées (--pool FICHIER pour chacune).</translation>
    </message>
    <message>
        <source>The list “%1” imported into the pool (SHA-256 %2) is not among the files given.</source>
        <translation>La liste «&#xa0;%1&#xa0;» importée dans le vivier (SHA-256 %2) n’est pas parmi les fichiers donnés.</translation>
    </message>
    <message>
        <source>This project holds no jury drawn by lot.</source>
        <translation>Ce projet ne contient aucun jury tiré au sort.</translation>
    </message>
    <message>
        <source>The published lottery cannot be read.</source>
        <translation>La loterie publiée ne peut pas être lue.</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>vivier</translation>
    </message>
    <message>
        <source>quotas</source>
        <translation>quotas</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>lottery</source>
        <translation>loterie</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithme</translation>
    </message>
    <message>
        <source>Fingerprint of the %1: %2, as fixed before the draw.</source>
        <translation>Empreinte (%1)&#x202f;: %2, telle que fixée avant le tirage.</translation>
    </message>
    <message>
        <source>Fingerprint of the %1: %2 found, %3 fixed before the draw.</source>
        <translation>Empreinte (%1)&#x202f;: %2 trouvée, %3 fixée avant le tirage.</translation>
    </message>
    <message>
        <source>The lottery&apos;s weights add up to %1, not %2.</source>
        <translation>Les poids de la loterie totalisent %1, et non %2.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n panel(s) of the lottery meets every quota.</source>
        <translation>
            <numerusform>Le %n&#xa0;panel de la loterie respecte tous les quotas.</numerusform>
            <numerusform>Chacun des %n&#xa0;panels de la loterie respecte tous les quotas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A panel of the lottery breaks a quota or does not fit the pool.</source>
        <translation>Un panel de la loterie enfreint un quota ou ne correspond pas au vivier.</translation>
    </message>
    <message>
        <source>The quotas cannot be met: %1</source>
        <translation>Les quotas ne peuvent pas être respectés&#x202f;: %1</translation>
    </message>
    <message>
        <source>The lottery gives the least favoured a chance of %1, where the fairest gives %2.</source>
        <translation>La loterie donne à la personne la moins favorisée une chance de %1, là où la plus équitable donne %2.</translation>
    </message>
    <message>
        <source>The numbers called give panel %1 of the lottery; the project records panel %2.</source>
        <translation>Les nombres annoncés donnent le panel %1 de la loterie&#x202f;; le projet enregistre le panel %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %n witness number(s) give the same jury of %1, in the same order.</source>
        <translation>
            <numerusform>Le %n&#xa0;nombre des témoins donne le même jury de %1&#xa0;jurés, dans le même ordre.</numerusform>
            <numerusform>Les %n&#xa0;nombres des témoins donnent le même jury de %1&#xa0;jurés, dans le même ordre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers called give another jury than the one recorded.</source>
        <translation>Les nombres annoncés donnent un autre jury que celui enregistré.</translation>
    </message>
    <message>
        <source>Substitute %1 is the one the procedure gives.</source>
        <translation>Le suppléant %1 est bien celui que donne la procédure.</translation>
    </message>
    <message>
        <source>Substitute %1 is not the one the procedure gives.</source>
        <translation>Le suppléant %1 n’est pas celui que donne la procédure.</translation>
    </message>
    <message>
        <source>The lowest chance, %1, is the highest the quotas allow (LEXIMIN computed again, its optimum confirmed by GLPK&apos;s exact rational simplex).</source>
        <translation>La plus faible chance, %1, est la plus haute que les quotas permettent (LEXIMIN recalculé, son optimum confirmé par le simplexe exact en nombres rationnels de GLPK).</translation>
    </message>
    <message>
        <source>The lowest chance, %1, is the highest the quotas allow (LEXIMIN computed again; the exact rational simplex could not confirm it).</source>
        <translation>La plus faible chance, %1, est la plus haute que les quotas permettent (LEXIMIN recalculé&#x202f;; le simplexe exact en nombres rationnels n’a pas pu le confirmer).</translation>
    </message>
</context>
<context>
    <name>Atelier::LawTable</name>
    <message>
        <source>%1, value no. %2: %3</source>
        <translation>%1, entrée n°&#xa0;%2&#x202f;: %3</translation>
    </message>
    <message>
        <source>it has no key.</source>
        <translation>elle n’a pas de clé.</translation>
    </message>
    <message>
        <source>its unit must be eur_ht, percent or months.</source>
        <translation>son unité doit être eur_ht, percent ou months.</translation>
    </message>
    <message>
        <source>it names no source (the article it comes from).</source>
        <translation>elle ne cite aucune source (l’article dont elle provient).</translation>
    </message>
    <message>
        <source>its value must be a number, zero or more.</source>
        <translation>sa valeur doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>an amount has at most two decimals.</source>
        <translation>un montant a au plus deux décimales.</translation>
    </message>
    <message>
        <source>a rate or a period is a whole number.</source>
        <translation>un taux ou une durée est un nombre entier.</translation>
    </message>
    <message>
        <source>its dates must be written YYYY-MM-DD, or null.</source>
        <translation>ses dates doivent s’écrire AAAA-MM-JJ, ou null.</translation>
    </message>
    <message>
        <source>its period ends before it starts.</source>
        <translation>sa période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 n’est pas un JSON valide (à l’octet %2&#x202f;: %3).</translation>
    </message>
    <message>
        <source>%1 is not a table of thresholds of format 1.</source>
        <translation>%1 n’est pas une table des seuils au format 1.</translation>
    </message>
    <message>
        <source>%1 has no list of values.</source>
        <translation>%1 n’a pas de liste de valeurs.</translation>
    </message>
    <message>
        <source>%1, value no. %2: not an object.</source>
        <translation>%1, entrée n°&#xa0;%2&#x202f;: ce n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1, value no. %2: its period overlaps another value of %3.</source>
        <translation>%1, entrée n°&#xa0;%2&#x202f;: sa période chevauche une autre entrée de %3.</translation>
    </message>
    <message>
        <source>the shipped table</source>
        <translation>la table fournie</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#x202f;: %2</translation>
    </message>
    <message>
        <source>Your table of thresholds was set aside, the shipped one is used: %1</source>
        <translation>Votre table des seuils a été écartée, la table fournie est utilisée&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>Atelier::MainWindow</name>
    <message>
        <source>Panels</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Volets</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Atelier Achat</source>
        <translation>À &amp;propos d’Atelier Achat</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Atelier Achat</source>
        <translation>Atelier Achat</translation>
    </message>
    <message>
        <source>%1[*] — Atelier Achat</source>
        <translation>%1[*] — Atelier Achat</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Unsaved changes (kept safe until you save)</source>
        <translation>Modifications non enregistrées (conservées en sûreté jusqu’à l’enregistrement)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>About Atelier Achat</source>
        <translation>À propos d’Atelier Achat</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Atelier Achat %1&lt;/h3&gt;&lt;p&gt;A workbench for strategic public procurement: modeling workshops, steering dashboards, sourcing canvas, evolutivity clause, co-operator tour.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Atelier Achat %1&lt;/h3&gt;&lt;p&gt;Un atelier pour l’achat public stratégique&#x202f;: modélisation, cockpit de la stratégie, canevas de sourcing, clause d’évolutivité, tour co-opérateur.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>%1 as PDF…</source>
        <translation>%1 en PDF…</translation>
    </message>
    <message>
        <source>Preview and print the %1…</source>
        <translation>Aperçu et impression&#x202f;: %1…</translation>
    </message>
    <message>
        <source>Export for s&amp;haring…</source>
        <translation>Exporter pour &amp;partage…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export for sharing</source>
        <translation>Exporter pour partage</translation>
    </message>
    <message>
        <source>The copy is written to “%1”.</source>
        <translation>La copie est écrite dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The copy is written to “%1”, without %2.</source>
        <translation>La copie est écrite dans «&#xa0;%1&#xa0;», sans %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Données essentielles (DECP v2) as JSON…</source>
        <translation>Données essentielles (DECP v2) en JSON…</translation>
    </message>
    <message>
        <source>Export the données essentielles (DECP v2)</source>
        <translation>Exporter les données essentielles (DECP v2)</translation>
    </message>
    <message>
        <source>DECP JSON (*.json)</source>
        <translation>DECP JSON (*.json)</translation>
    </message>
    <message>
        <source>“%1” lacks:</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore&#x202f;:</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>The contracts&apos; public data is written to “%1” (DECP v2), ready to publish.</source>
        <translation>Les données essentielles des marchés sont écrites dans «&#xa0;%1&#xa0;» (DECP v2), prêtes à publier.</translation>
    </message>
    <message>
        <source>&amp;Bring back a copy…</source>
        <translation>&amp;Réintégrer une copie…</translation>
    </message>
    <message>
        <source>&amp;Journal of changes…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Bring back a copy</source>
        <translation>Réintégrer une copie</translation>
    </message>
    <message>
        <source>Atelier projects (*.atelier)</source>
        <translation>Projets Atelier Achat (*.atelier)</translation>
    </message>
    <message>
        <source>“%1” holds nothing this project does not have already.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient rien que ce projet n’ait déjà.</translation>
    </message>
    <message>
        <source>The copy is merged: Undo takes the whole merge back.</source>
        <translation>La copie est fusionnée&#x202f;: Annuler défait toute la fusion.</translation>
    </message>
    <message>
        <source>Your &amp;name and administration…</source>
        <translation>Votre &amp;nom et votre administration…</translation>
    </message>
    <message>
        <source>This project is open read-only: nothing can be merged into it. Use Save As to make your own copy first.</source>
        <translation>Ce projet est ouvert en lecture seule&#x202f;: rien ne peut y être fusionné. Faites d’abord votre propre copie avec Enregistrer sous.</translation>
    </message>
</context>
<context>
    <name>Atelier::Merge</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <source>Changed here, removed in the copy</source>
        <translation>Modifié ici, supprimé dans la copie</translation>
    </message>
    <message>
        <source>Removed here, changed in the copy</source>
        <translation>Supprimé ici, modifié dans la copie</translation>
    </message>
    <message>
        <source>Added on both sides, differently</source>
        <translation>Ajouté des deux côtés, différemment</translation>
    </message>
    <message>
        <source>Added in the copy, refers to a row removed here</source>
        <translation>Ajouté dans la copie, renvoie à une ligne supprimée ici</translation>
    </message>
    <message>
        <source>Removed in the copy, still referred to here</source>
        <translation>Supprimé dans la copie, encore cité ici</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n octet)</numerusform>
            <numerusform>(%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” removed</source>
        <translation>«&#xa0;%1&#xa0;» supprimé</translation>
    </message>
    <message numerus="yes">
        <source>referred to by “%1” (%2)</source>
        <translation>
            <numerusform>cité par «&#xa0;%1&#xa0;» (%2)</numerusform>
            <numerusform>cité par «&#xa0;%1&#xa0;» (%2) et d’autres</numerusform>
        </translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>the project changed since the merge was prepared; merge again</source>
        <translation>le projet a changé depuis la préparation de la fusion, recommencez-la</translation>
    </message>
    <message>
        <source>“%1” is this project&apos;s own file: choose the copy to bring back.</source>
        <translation>«&#xa0;%1&#xa0;» est le fichier même de ce projet&#x202f;: choisissez la copie à réintégrer.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être fusionné&#x202f;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a copy of this project: it holds “%2”. Only copies of one project can be merged.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une copie de ce projet&#x202f;: il contient «&#xa0;%2&#xa0;». Seules les copies d’un même projet se fusionnent.</translation>
    </message>
    <message>
        <source>Neither “%1” nor this project is a copy shared from the other, so there is nothing to compare them with. A copy made with Export for sharing merges back into the project it was shared from (or that project into the copy).</source>
        <translation>Ni «&#xa0;%1&#xa0;» ni ce projet n’est une copie partagée depuis l’autre&#x202f;: rien ne permet de les comparer. Une copie faite avec Exporter pour partage se réintègre dans le projet dont elle vient (ou ce projet dans la copie).</translation>
    </message>
    <message>
        <source>the share point of “%1”</source>
        <translation>le point de partage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>its share point cannot be read.</source>
        <translation>son point de partage est illisible.</translation>
    </message>
    <message>
        <source>“%1” carries a share point that is damaged or was altered, so it cannot be merged: %2</source>
        <translation>«&#xa0;%1&#xa0;» porte un point de partage endommagé ou altéré&#x202f;; il ne peut pas être fusionné&#x202f;: %2</translation>
    </message>
    <message>
        <source>“%1” carries a share point that is damaged or was altered, so it cannot be merged: it is not of this project.</source>
        <translation>«&#xa0;%1&#xa0;» porte un point de partage endommagé ou altéré&#x202f;; il ne peut pas être fusionné&#x202f;: ce point n’est pas de ce projet.</translation>
    </message>
    <message>
        <source>“%1” could not be compared with this project (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être comparé à ce projet (%2).</translation>
    </message>
    <message>
        <source>This project is open read-only: nothing can be merged into it.</source>
        <translation>Ce projet est ouvert en lecture seule&#x202f;: rien ne peut y être fusionné.</translation>
    </message>
    <message>
        <source>Merge the copy “%1”</source>
        <translation>Fusionner la copie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” cannot be merged: its journal of changes is broken (%2)</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être fusionné&#x202f;: son journal des modifications est rompu (%2)</translation>
    </message>
</context>
<context>
    <name>Atelier::MergeDialog</name>
    <message>
        <source>Bring back a copy</source>
        <translation>Réintégrer une copie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, shared %2, comes back with the work done in %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, partagé le %2, revient avec le travail fait par %3.</translation>
    </message>
    <message>
        <source>the other administration</source>
        <translation>l’autre administration</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing merges without question.</source>
        <translation>Rien ne se fusionne sans question.</translation>
    </message>
    <message>
        <source>Merges without question:</source>
        <translation>Se fusionne sans question&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>Their journal brings %n entries.</source>
        <translation>
            <numerusform>Son journal apporte %n entrée.</numerusform>
            <numerusform>Son journal apporte %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts: choose, for each, what to keep. The value not kept is set aside in the project, and the merge can be undone.</source>
        <translation>
            <numerusform>%n conflit&#x202f;: choisissez ce qu’il faut garder. La valeur écartée reste consignée dans le projet, et la fusion peut être annulée.</numerusform>
            <numerusform>%n conflits&#x202f;: choisissez, pour chacun, ce qu’il faut garder. La valeur écartée reste consignée dans le projet, et la fusion peut être annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>Dans la copie</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>%1
— %2</source>
        <translation>%1
— %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>La copie</translation>
    </message>
    <message>
        <source>Keep for %1 “%2”</source>
        <translation>À garder pour %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Keep everything &amp;here</source>
        <translation>Tout garder d’&amp;ici</translation>
    </message>
    <message>
        <source>Take everything from the &amp;copy</source>
        <translation>Tout prendre de la &amp;copie</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The copy could not be merged: %1</source>
        <translation>La copie n’a pas pu être fusionnée&#x202f;: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::Board::BoardScene</name>
    <message>
        <source>New card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Déplacer les cartes</translation>
    </message>
    <message>
        <source>Group cards</source>
        <translation>Grouper les cartes</translation>
    </message>
    <message>
        <source>Ungroup cards</source>
        <translation>Dégrouper les cartes</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::BoardPage</name>
    <message>
        <source>Landscape of the project</source>
        <translation>Paysage du projet</translation>
    </message>
    <message>
        <source>+ Needs</source>
        <translation>+ Besoins</translation>
    </message>
    <message>
        <source>+ Territory</source>
        <translation>+ Territoire</translation>
    </message>
    <message>
        <source>+ Innovation</source>
        <translation>+ Innovation</translation>
    </message>
    <message>
        <source>+ Constraints</source>
        <translation>+ Contraintes</translation>
    </message>
    <message>
        <source>Add a card to “%1” (%2)</source>
        <translation>Ajouter une carte à «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grouper</translation>
    </message>
    <message>
        <source>Group cards</source>
        <translation>Grouper les cartes</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Nom du groupe&#x202f;:</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Dégrouper</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Whole board</source>
        <translation>Tout le paysage</translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation>Mode projecteur</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::CardInspector</name>
    <message>
        <source>Select a card to see who wrote it and which evidence of the investigation it rests on.</source>
        <translation>Choisissez une carte pour voir qui l’a écrite et sur quel matériau de l’enquête elle s’appuie.</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::DotVotingPanel</name>
    <message>
        <source>Give dots</source>
        <translation>Donner des gommettes</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Dots per participant (0: no limit)</source>
        <translation>Gommettes par participant (0&#x202f;: sans limite)</translation>
    </message>
    <message>
        <source>Dots left to each participant</source>
        <translation>Gommettes restantes de chaque participant</translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation>Gommettes par participant&#x202f;:</translation>
    </message>
    <message>
        <source>%1 — dots left: %2 of %3</source>
        <translation>%1 — gommettes restantes&#x202f;: %2 sur %3</translation>
    </message>
    <message>
        <source>%1 — dots given: %2</source>
        <translation>%1 — gommettes données&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::MatrixChart</name>
    <message>
        <source>Impact sought and risk of each scenario</source>
        <translation>Impact recherché et risque de chaque scénario</translation>
    </message>
    <message>
        <source>Risk (likelihood × severity)</source>
        <translation>Risque (probabilité × gravité)</translation>
    </message>
    <message>
        <source>Impact sought (%)</source>
        <translation>Impact recherché (%)</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::ModelerPanel</name>
    <message>
        <source>Strategic modeler</source>
        <translation>Modélisateur stratégique</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::ModelerView</name>
    <message>
        <source>Strategic modeler</source>
        <translation>Modélisateur stratégique</translation>
    </message>
    <message>
        <source>1. Landscape</source>
        <translation>1. Paysage</translation>
    </message>
    <message>
        <source>2. Roles</source>
        <translation>2. Rôles</translation>
    </message>
    <message>
        <source>3. Proposal and rounds</source>
        <translation>3. Proposition et tours</translation>
    </message>
    <message>
        <source>4. Priorities</source>
        <translation>4. Priorités</translation>
    </message>
    <message>
        <source>5. Strategy</source>
        <translation>5. Stratégie</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::PresentationWindow</name>
    <message>
        <source>Landscape of the project — projector</source>
        <translation>Paysage du projet — projecteur</translation>
    </message>
    <message>
        <source>Landscape of the project</source>
        <translation>Paysage du projet</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::PriorityPage</name>
    <message>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Add the usual impacts</source>
        <translation>Ajouter les impacts usuels</translation>
    </message>
    <message>
        <source>Ranking of the scenarios</source>
        <translation>Classement des scénarios</translation>
    </message>
    <message>
        <source>Scenario whose risks are shown</source>
        <translation>Scénario dont les risques sont affichés</translation>
    </message>
    <message>
        <source>Impacts sought</source>
        <translation>Impacts recherchés</translation>
    </message>
    <message>
        <source>Scores (0 to 5; empty = not scored yet)</source>
        <translation>Notes (0 à 5&#x202f;; vide = pas encore noté)</translation>
    </message>
    <message>
        <source>Risks and dots of a scenario</source>
        <translation>Risques et gommettes d’un scénario</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>ex æquo</translation>
    </message>
    <message>
        <source>scores missing: %1</source>
        <translation>notes manquantes&#x202f;: %1</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::Report</name>
    <message>
        <source>No card.</source>
        <translation>Aucune carte.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>sans rôle</translation>
    </message>
    <message>
        <source>The landscape of the project</source>
        <translation>Le paysage du projet</translation>
    </message>
    <message>
        <source>The proposal, round after round</source>
        <translation>La proposition, tour après tour</translation>
    </message>
    <message>
        <source>Scenarios ranked by impact and risk</source>
        <translation>Scénarios classés par impact et risque</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No proposal yet.</source>
        <translation>Aucune proposition pour l’instant.</translation>
    </message>
    <message>
        <source>No amendment: the proposal as the prescriber wrote it.</source>
        <translation>Aucun amendement&#x202f;: la proposition telle que le prescripteur l’a écrite.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No scenario yet.</source>
        <translation>Aucun scénario pour l’instant.</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (ex æquo)</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquante</numerusform>
            <numerusform>%n manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Each participant had %n dot(s) to give.</source>
        <translation>
            <numerusform>Chaque participant avait %n gommette à donner.</numerusform>
            <numerusform>Chaque participant avait %n gommettes à donner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dots were given freely, with no limit per participant.</source>
        <translation>Les gommettes ont été données librement, sans limite par participant.</translation>
    </message>
    <message>
        <source>Risks by scenario</source>
        <translation>Risques par scénario</translation>
    </message>
    <message>
        <source>:</source>
        <translation>&#x202f;:</translation>
    </message>
    <message>
        <source>Comes from:</source>
        <translation>Issue de&#x202f;:</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif&#x202f;:</translation>
    </message>
    <message>
        <source>No scenario has been translated into a strategy yet.</source>
        <translation>Aucun scénario n’a encore été traduit en stratégie.</translation>
    </message>
    <message>
        <source>The strategy chosen</source>
        <translation>La stratégie retenue</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::RolesPage</name>
    <message>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Add the seed&apos;s roles</source>
        <translation>Ajouter les rôles du modélisateur</translation>
    </message>
    <message>
        <source>le technicien, l&apos;usager, le commerçant, and the stakeholders of the purchase</source>
        <translation>le technicien, l’usager, le commerçant, et les parties prenantes de l’achat</translation>
    </message>
    <message>
        <source>Assign a role</source>
        <translation>Attribuer un rôle</translation>
    </message>
    <message>
        <source>The deck of roles</source>
        <translation>Le jeu de rôles</translation>
    </message>
    <message>
        <source>Who plays which role</source>
        <translation>Qui joue quel rôle</translation>
    </message>
    <message>
        <source>Each participant takes a role for the rounds; the participants come from the Project panel.</source>
        <translation>Chaque participant endosse un rôle pour les tours&#x202f;; les participants viennent du volet Projet.</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::RoundsPage</name>
    <message>
        <source>Add element</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Propose amendment</source>
        <translation>Proposer un amendement</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Round </source>
        <translation>Tour </translation>
    </message>
    <message>
        <source>Current round</source>
        <translation>Tour en cours</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>Nouvelle proposition…</translation>
    </message>
    <message>
        <source>Fork into a new scenario…</source>
        <translation>Décliner en un nouveau scénario…</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <source>Title of the proposal:</source>
        <translation>Titre de la proposition&#x202f;:</translation>
    </message>
    <message>
        <source>Initial proposal</source>
        <translation>Proposition initiale</translation>
    </message>
    <message>
        <source>Fork the scenario</source>
        <translation>Décliner le scénario</translation>
    </message>
    <message>
        <source>Title of the new scenario:</source>
        <translation>Titre du nouveau scénario&#x202f;:</translation>
    </message>
    <message>
        <source> (variant)</source>
        <translation> (variante)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario&#x202f;:</translation>
    </message>
    <message>
        <source>The proposal as it stands</source>
        <translation>La proposition telle qu’elle est</translation>
    </message>
    <message>
        <source>Amendments, round after round</source>
        <translation>Les amendements, tour après tour</translation>
    </message>
    <message>
        <source>Each role in turn proposes to add, change or remove an element, with a reason; the group accepts or rejects. Accepted changes rewrite the proposal.</source>
        <translation>Chaque rôle, à son tour, propose d’ajouter, de modifier ou de retirer un élément, avec un motif&#x202f;; le groupe accepte ou rejette. Les changements acceptés réécrivent la proposition.</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::ScoreGrid</name>
    <message>
        <source>Scores of the scenarios (0 to 5)</source>
        <translation>Notes des scénarios (0 à 5)</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::StrategyPage</name>
    <message>
        <source>Add strategy</source>
        <translation>Ajouter une stratégie</translation>
    </message>
    <message>
        <source>Add investment line</source>
        <translation>Ajouter une ligne d’investissement</translation>
    </message>
    <message>
        <source>Scenario chosen</source>
        <translation>Scénario retenu</translation>
    </message>
    <message>
        <source>Translate into a strategy</source>
        <translation>Traduire en stratégie</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>modeling workshop</source>
        <translation>atelier de modélisation</translation>
    </message>
    <message>
        <source>Scenario chosen:</source>
        <translation>Scénario retenu&#x202f;:</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>Investment lines of the selected strategy</source>
        <translation>Lignes d’investissement de la stratégie choisie</translation>
    </message>
    <message>
        <source>A public-commons partnership is eligible when the citizen initiative serves the general interest, neither competes with nor replaces a public service, and needs access to public resources (premises, vehicles, equipment, tools, support).</source>
        <translation>Un partenariat public-communs est possible quand l’initiative citoyenne répond à l’intérêt général, ne concurrence ni ne remplace un service public, et a besoin d’accéder à des ressources publiques (locaux, véhicules, matériel, outils, appui technique).</translation>
    </message>
    <message>
        <source>Questions for the sourcing canvas</source>
        <translation>Questions pour le canevas de sourcing</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::TimerWidget</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Length of the turn</source>
        <translation>Durée du tour de parole</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1&#xa0;min</translation>
    </message>
</context>
<context>
    <name>Atelier::Modeler::Workshop</name>
    <message>
        <source>the technician</source>
        <translation>le technicien</translation>
    </message>
    <message>
        <source>Feasibility, maintenance, standards, the long run.</source>
        <translation>Faisabilité, maintenance, normes, le long terme.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l’usager</translation>
    </message>
    <message>
        <source>What changes in daily life; access, quality, dignity.</source>
        <translation>Ce qui change au quotidien&#x202f;; accès, qualité, dignité.</translation>
    </message>
    <message>
        <source>the shopkeeper</source>
        <translation>le commerçant</translation>
    </message>
    <message>
        <source>Local trade, suppliers nearby, the town&apos;s economy.</source>
        <translation>Le commerce local, les fournisseurs proches, l’économie de la ville.</translation>
    </message>
    <message>
        <source>the prescriber</source>
        <translation>le prescripteur</translation>
    </message>
    <message>
        <source>The need, the service to deliver, the calendar.</source>
        <translation>Le besoin, le service à rendre, le calendrier.</translation>
    </message>
    <message>
        <source>the buyer</source>
        <translation>l’acheteur</translation>
    </message>
    <message>
        <source>The legal frame, competition, total cost, risks.</source>
        <translation>Le cadre juridique, la concurrence, le coût global, les risques.</translation>
    </message>
    <message>
        <source>the elected official</source>
        <translation>l’élu</translation>
    </message>
    <message>
        <source>The policy, the budget, accountability.</source>
        <translation>La politique publique, le budget, la redevabilité.</translation>
    </message>
    <message>
        <source>the citizen juror</source>
        <translation>le juré citoyen</translation>
    </message>
    <message>
        <source>The general interest, fairness, transparency.</source>
        <translation>L’intérêt général, l’équité, la transparence.</translation>
    </message>
    <message>
        <source>the economic operator</source>
        <translation>l’opérateur économique</translation>
    </message>
    <message>
        <source>What companies, cooperatives and associations can offer.</source>
        <translation>Ce que les entreprises, coopératives et associations peuvent proposer.</translation>
    </message>
    <message>
        <source>Add the default roles</source>
        <translation>Ajouter les rôles par défaut</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>local jobs</source>
        <translation>emploi local</translation>
    </message>
    <message>
        <source>social inclusion</source>
        <translation>inclusion sociale</translation>
    </message>
    <message>
        <source>innovation</source>
        <translation>innovation</translation>
    </message>
    <message>
        <source>total cost</source>
        <translation>coût global</translation>
    </message>
    <message>
        <source>quality of service</source>
        <translation>qualité de service</translation>
    </message>
    <message>
        <source>Add the usual impacts sought</source>
        <translation>Ajouter les impacts recherchés usuels</translation>
    </message>
    <message>
        <source>Write the initial proposal</source>
        <translation>Rédiger la proposition initiale</translation>
    </message>
    <message>
        <source>Accept amendment</source>
        <translation>Accepter l’amendement</translation>
    </message>
    <message>
        <source>Reject amendment</source>
        <translation>Rejeter l’amendement</translation>
    </message>
    <message>
        <source>Fork scenario</source>
        <translation>Décliner le scénario</translation>
    </message>
    <message>
        <source>Translate scenario into a strategy</source>
        <translation>Traduire le scénario en stratégie</translation>
    </message>
    <message>
        <source>modeling workshop, scenario “%1”</source>
        <translation>atelier de modélisation, scénario «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>The number of dots per participant goes from 0 (no limit) to %1.</source>
        <translation>Le nombre de gommettes par participant va de 0 (sans limite) à %1.</translation>
    </message>
    <message>
        <source>Some dots were given by nobody: choose who gave them before setting a number of dots.</source>
        <translation>Des gommettes n’ont pas de votant&#x202f;: choisissez qui les a données avant de fixer un nombre de gommettes.</translation>
    </message>
    <message>
        <source>%1 has already given %2 dots: take some back before setting the number of dots to %3.</source>
        <translation>%1 a déjà donné %2 gommettes&#x202f;: reprenez-en avant de fixer le nombre de gommettes à %3.</translation>
    </message>
    <message>
        <source>A number of dots cannot be negative.</source>
        <translation>Un nombre de gommettes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Choose who gives these dots first: each participant has %1.</source>
        <translation>Choisissez d’abord qui donne ces gommettes&#x202f;: chaque participant en a %1.</translation>
    </message>
    <message>
        <source>Not enough dots: %1 would give %2 in all, and each participant has %3. Take dots back from another scenario first.</source>
        <translation>Pas assez de gommettes&#x202f;: %1 en donnerait %2 en tout, et chaque participant en a %3. Reprenez d’abord des gommettes sur un autre scénario.</translation>
    </message>
</context>
<context>
    <name>Atelier::OpenError</name>
    <message>
        <source>“%1” is empty (0 bytes): it holds no project. It may have been cut off while being copied; ask the sender for the file again.</source>
        <translation>«&#xa0;%1&#xa0;» est vide (0 octet)&#x202f;: il ne contient aucun projet. La copie a peut-être été interrompue&#x202f;; redemandez le fichier à son expéditeur.</translation>
    </message>
    <message>
        <source>“%1” is not an Atelier Achat project: it is not a project file at all (perhaps another document renamed). Check that you chose the right file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un projet Atelier Achat&#x202f;: ce n’est pas du tout un fichier de projet (peut-être un autre document renommé). Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>“%1” is a database made by another program, not an Atelier Achat project. Open it with the program that created it.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données d’un autre logiciel, pas un projet Atelier Achat. Ouvrez-la avec le logiciel qui l’a créée.</translation>
    </message>
    <message>
        <source>“%1” was left in a journal mode (WAL) that Atelier Achat never writes: it was changed by another program and may be incomplete. Ask the sender for a copy saved from Atelier Achat.</source>
        <translation>«&#xa0;%1&#xa0;» est resté dans un mode de journal (WAL) qu’Atelier Achat n’écrit jamais&#x202f;: il a été modifié par un autre logiciel et peut être incomplet. Demandez à l’expéditeur une copie enregistrée depuis Atelier Achat.</translation>
    </message>
    <message>
        <source>“%1” is incomplete or damaged: its size does not match its contents, as when a copy was interrupted. Ask the sender for the file again.</source>
        <translation>«&#xa0;%1&#xa0;» est incomplet ou abîmé&#x202f;: sa taille ne correspond pas à son contenu, comme après une copie interrompue. Redemandez le fichier à son expéditeur.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Atelier Achat (file format %2; this version reads up to %3). Update Atelier Achat to open it; the file was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente d’Atelier Achat (format %2&#x202f;; cette version lit jusqu’au format %3). Mettez Atelier Achat à jour pour l’ouvrir&#x202f;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” does not exist (any more). Check the folder, or the USB key or network share it was on.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas (ou plus). Vérifiez le dossier, ou la clé USB ou le partage réseau où il se trouvait.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Check that you have the right to read it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2). Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; Atelier Achat opens projects up to %3 MB. It is probably not an Atelier Achat project.</source>
        <translation>«&#xa0;%1&#xa0;» pèse %2&#xa0;Mo&#x202f;; Atelier Achat ouvre les projets jusqu’à %3&#xa0;Mo. Ce n’est probablement pas un projet Atelier Achat.</translation>
    </message>
    <message>
        <source>“%1” could not be read to the end (%2). If it is on a USB key or a network share, copy it to this computer first.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu jusqu’au bout (%2). S’il est sur une clé USB ou un partage réseau, copiez-le d’abord sur cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a project (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu comme un projet (%2).</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Ask the sender for the file again, or use an earlier copy.</source>
        <translation>«&#xa0;%1&#xa0;» est abîmé (%2). Redemandez le fichier à son expéditeur, ou utilisez une copie antérieure.</translation>
    </message>
    <message>
        <source>“%1” lacks the table that records its version: it is damaged or was not written by Atelier Achat.</source>
        <translation>Il manque à «&#xa0;%1&#xa0;» la table qui indique sa version&#x202f;: il est abîmé ou n’a pas été écrit par Atelier Achat.</translation>
    </message>
    <message>
        <source>“%1” holds data of a panel this version of Atelier Achat does not know (“%2”). Update Atelier Achat to open it.</source>
        <translation>«&#xa0;%1&#xa0;» contient les données d’un volet que cette version d’Atelier Achat ne connaît pas («&#xa0;%2&#xa0;»). Mettez Atelier Achat à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Atelier Achat (panel “%2”, version %3; this version reads up to %4). Update Atelier Achat to open it; the file was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente d’Atelier Achat (volet «&#xa0;%2&#xa0;», version %3&#x202f;; cette version lit jusqu’à la version %4). Mettez Atelier Achat à jour pour l’ouvrir&#x202f;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” contains something an Atelier Achat project never holds (%2). It may have been tampered with; it was not opened, and was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» contient un élément qu’un projet Atelier Achat ne contient jamais (%2). Il a peut-être été falsifié&#x202f;; il n’a pas été ouvert et n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is missing part of a project (%2): it is damaged.</source>
        <translation>Il manque à «&#xa0;%1&#xa0;» une partie du projet (%2)&#x202f;: il est abîmé.</translation>
    </message>
    <message>
        <source>“%1” must describe exactly one project: it is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» doit décrire un seul projet&#x202f;: il est abîmé.</translation>
    </message>
    <message>
        <source>“%1” holds an attachment, “%2”, of %3 MB; attachments are limited to %4 MB. The file was not opened.</source>
        <translation>«&#xa0;%1&#xa0;» contient une pièce, «&#xa0;%2&#xa0;», de %3&#xa0;Mo&#x202f;; les pièces sont limitées à %4&#xa0;Mo. Le fichier n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>“%1”: the attachment “%2” is incomplete (%3 bytes instead of %4). The file is damaged.</source>
        <translation>«&#xa0;%1&#xa0;»&#x202f;: la pièce «&#xa0;%2&#xa0;» est incomplète (%3 octets au lieu de %4). Le fichier est abîmé.</translation>
    </message>
    <message>
        <source>“%1”: the attachment “%2” has been altered or damaged (its fingerprint does not match). The file was not opened.</source>
        <translation>«&#xa0;%1&#xa0;»&#x202f;: la pièce «&#xa0;%2&#xa0;» a été modifiée ou abîmée (son empreinte ne correspond pas). Le fichier n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>“%1” records an impossible version for the panel “%2”: it is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» indique une version impossible pour le volet «&#xa0;%2&#xa0;»&#x202f;: le fichier est endommagé.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the %2 “%3” does not start where a project&apos;s data can be. Ask the sender for the file again.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#x202f;: l’élément «&#xa0;%3&#xa0;» (%2) ne commence pas là où peuvent se trouver les données d’un projet. Demandez à nouveau le fichier à son expéditeur.</translation>
    </message>
    <message>
        <source>“%1” is damaged or was altered: a value of “%2” in “%3” is not of its kind, or is far too long. It was not opened.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou a été modifié&#x202f;: une valeur de «&#xa0;%2&#xa0;» dans «&#xa0;%3&#xa0;» n’est pas du type attendu, ou est beaucoup trop longue. Il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>“%1” could not be checked in %2 seconds: it is far larger or more tangled than a project. It was not opened.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être vérifié en %2&#xa0;secondes&#x202f;: il est bien plus gros ou plus enchevêtré qu’un projet. Il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened: its structure cannot be read. Ask the sender for the file again, or use an earlier copy.</source>
        <translation>«&#xa0;%1&#xa0;» est abîmé et ne peut pas être ouvert&#x202f;: sa structure est illisible. Redemandez le fichier à son expéditeur, ou utilisez une copie antérieure.</translation>
    </message>
    <message>
        <source>two rows claim the same identity, or an index disagrees with its table</source>
        <translation>deux lignes revendiquent la même identité, ou un index contredit sa table</translation>
    </message>
    <message>
        <source>a value that every row must have is missing</source>
        <translation>il manque une valeur que chaque ligne doit avoir</translation>
    </message>
    <message>
        <source>a value lies outside what a project allows</source>
        <translation>une valeur sort de ce qu’un projet permet</translation>
    </message>
    <message>
        <source>its pages do not fit together</source>
        <translation>ses pages ne s’accordent pas entre elles</translation>
    </message>
</context>
<context>
    <name>Atelier::Project</name>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>This project has no file of its own yet: use Save As.</source>
        <translation>Ce projet n’a pas encore de fichier&#x202f;: utilisez «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>The working copy could not be created in “%1” (%2). Check the free space on this computer.</source>
        <translation>La copie de travail n’a pas pu être créée dans «&#xa0;%1&#xa0;» (%2). Vérifiez l’espace libre sur cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” is already open: %2. You can open it read-only, or open it anyway if you are sure nobody is editing it.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert&#x202f;: %2. Vous pouvez l’ouvrir en lecture seule, ou l’ouvrir quand même si vous êtes sûr que personne ne le modifie.</translation>
    </message>
    <message>
        <source>Atelier Achat cannot write in the folder “%1” (%2). Choose another folder with Save As.</source>
        <translation>Atelier Achat ne peut pas écrire dans le dossier «&#xa0;%1&#xa0;» (%2). Choisissez un autre dossier avec «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” could not be saved in “%2” (%3). The previous version of the file is intact and your work is safe in the working copy: free some space or choose another folder with Save As.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré dans «&#xa0;%2&#xa0;» (%3). La version précédente du fichier est intacte et votre travail est en sûreté dans la copie de travail&#x202f;: libérez de la place ou choisissez un autre dossier avec «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is open elsewhere (%2): choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert ailleurs (%2)&#x202f;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder “%1” is no longer there (a USB key removed, or a network share disconnected?). Your work is safe in the working copy: reconnect it and save again, or choose another folder with Save As.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est plus là (clé USB retirée, ou partage réseau déconnecté&#x202f;?). Votre travail est en sécurité dans la copie de travail&#x202f;: reconnectez-le et enregistrez à nouveau, ou choisissez un autre dossier avec «&#xa0;Enregistrer sous&#xa0;».</translation>
    </message>
    <message>
        <source>A copy cannot replace the project&apos;s own file: choose another name.</source>
        <translation>Une copie ne peut pas remplacer le fichier du projet lui-même&#x202f;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The copy could not be prepared (%1): nothing was written.</source>
        <translation>La copie n’a pas pu être préparée (%1)&#x202f;: rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Atelier::Projet::AttachmentPreview</name>
    <message>
        <source>Attachment details</source>
        <translation>Détails de la pièce</translation>
    </message>
    <message>
        <source>What this evidence shows, who gathered it, when…</source>
        <translation>Ce que montre ce matériau, qui l’a recueilli, quand…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Choose an attachment to see it here.</source>
        <translation>Choisissez une pièce pour la voir ici.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use Open to view it with the programs of this computer.</source>
        <translation>Pas d’aperçu pour ce type de fichier. Utilisez «&#xa0;Ouvrir&#xa0;» pour le voir avec les logiciels de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 — %2, %3, added %4</source>
        <translation>%1 — %2, %3, ajoutée le %4</translation>
    </message>
</context>
<context>
    <name>Atelier::Projet::AttachmentsPage</name>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open with the program this computer uses for this kind of file</source>
        <translation>Ouvrir avec le logiciel que cet ordinateur utilise pour ce type de fichier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write a copy of the attachment to a file</source>
        <translation>Écrire une copie de la pièce dans un fichier</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Certains fichiers n’ont pas été ajoutés</translation>
    </message>
    <message>
        <source>Add evidence to the project</source>
        <translation>Ajouter des matériaux d’enquête au projet</translation>
    </message>
    <message>
        <source>All evidence (*);;Photos (*.jpg *.jpeg *.png *.webp);;Sound (*.mp3 *.ogg *.wav *.m4a);;Video (*.mp4 *.webm *.mkv);;Documents (*.pdf *.odt *.docx *.txt);;Figures (*.csv *.ods *.xlsx)</source>
        <translation>Tous les matériaux (*);;Photos (*.jpg *.jpeg *.png *.webp);;Sons (*.mp3 *.ogg *.wav *.m4a);;Vidéos (*.mp4 *.webm *.mkv);;Documents (*.pdf *.odt *.docx *.txt);;Chiffres (*.csv *.ods *.xlsx)</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Impossible d’ouvrir la pièce</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Use Export… to save a copy and open it elsewhere.</source>
        <translation>Aucun logiciel de cet ordinateur n’ouvre ce type de fichier. Utilisez «&#xa0;Exporter…&#xa0;» pour en enregistrer une copie et l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>Export the attachment</source>
        <translation>Exporter la pièce</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>Atelier::Projet::IdentityPage</name>
    <message>
        <source>Title of the purchase project</source>
        <translation>Titre du projet d’achat</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <source>Add key date</source>
        <translation>Ajouter une date clé</translation>
    </message>
    <message>
        <source>Investigation: the context of the project</source>
        <translation>Enquête&#x202f;: le contexte du projet</translation>
    </message>
    <message>
        <source>Where the project comes from, before the modeling workshop. Evidence gathered during the exploration day goes to the evidence library.</source>
        <translation>D’où vient le projet, avant l’atelier de modélisation. Les matériaux recueillis pendant la journée d’exploration vont dans les matériaux de l’enquête.</translation>
    </message>
</context>
<context>
    <name>Atelier::Projet::ParticipantsPage</name>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>No participant yet. Add the prescriber, the buyers, the elected official, the reservist buyer and the citizen jury: every panel uses this list.</source>
        <translation>Aucun participant pour l’instant. Ajoutez le prescripteur, les acheteurs, l’élu, l’acheteur réserviste et le jury citoyen&#x202f;: tous les volets utilisent cette liste.</translation>
    </message>
    <message>
        <source>Participants: %1 — %2</source>
        <translation>Participants&#x202f;: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Atelier::Projet::ProjetPanel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>Atelier::Projet::ProjetView</name>
    <message>
        <source>Identity and context</source>
        <translation>Identité et contexte</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Matériaux de l’enquête</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>Atelier::Projet::Report</name>
    <message>
        <source>The project and its context</source>
        <translation>Le projet et son contexte</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <source>No key date yet.</source>
        <translation>Aucune date clé pour l’instant.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>No participant yet.</source>
        <translation>Aucun participant pour l’instant.</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>Matériaux recueillis</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Aucun matériau pour l’instant.</translation>
    </message>
    <message>
        <source>The project&apos;s origin is not written down yet.</source>
        <translation>L’origine du projet n’est pas encore écrite.</translation>
    </message>
    <message>
        <source>Policy field:</source>
        <translation>Politique publique&#x202f;:</translation>
    </message>
    <message>
        <source>Administration:</source>
        <translation>Collectivité&#x202f;:</translation>
    </message>
    <message>
        <source>Budget envelope:</source>
        <translation>Enveloppe budgétaire&#x202f;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The citizen jury</source>
        <translation>Le jury citoyen</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen juror(s), drawn by lot among the inhabitants, follow the project: they take part in the workshops, are convened to every checkpoint and give their opinion before each decision.</source>
        <translation>
            <numerusform>%n juré citoyen, tiré au sort parmi les habitants, suit le projet&#x202f;: il participe aux ateliers, est convoqué à chaque point d’étape et donne son avis avant chaque décision.</numerusform>
            <numerusform>%n jurés citoyens, tirés au sort parmi les habitants, suivent le projet&#x202f;: ils participent aux ateliers, sont convoqués à chaque point d’étape et donnent leur avis avant chaque décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>No citizen juror takes part yet: the jury is drawn by lot among the inhabitants and then convened to every checkpoint.</source>
        <translation>Aucun juré citoyen ne participe encore&#x202f;: le jury est tiré au sort parmi les habitants, puis convoqué à chaque point d’étape.</translation>
    </message>
    <message>
        <source>Everyone taking part</source>
        <translation>Toutes les personnes qui participent</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
</context>
<context>
    <name>Atelier::ReportExporter</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export the %1 as PDF</source>
        <translation>Exporter en PDF&#x202f;: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation>Rédaction&#x202f;: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%1 exported to “%2” (%n page(s)).</source>
        <translation>
            <numerusform>%1&#x202f;: %n page exportée dans «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>%1&#x202f;: %n pages exportées dans «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#x202f;: %1</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>Export&#x202f;: %1</translation>
    </message>
    <message>
        <source>Nothing to choose for “%1” in this project yet.</source>
        <translation>Rien à choisir pour «&#xa0;%1&#xa0;» dans ce projet pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Atelier::Reports::Glossary</name>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>:</source>
        <translation>&#x202f;:</translation>
    </message>
    <message>
        <source>public contract</source>
        <translation>marché public</translation>
    </message>
    <message>
        <source>A contract by which a public buyer obtains works, supplies or services against a price, after advertising and competition.</source>
        <translation>Contrat par lequel un acheteur public obtient des travaux, des fournitures ou des services contre un prix, après publicité et mise en concurrence.</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procédure</translation>
    </message>
    <message>
        <source>The way a contract is awarded (open tender, negotiated procedure, innovation partnership…), set by the public procurement code according to the amount and the need.</source>
        <translation>La manière d’attribuer un marché (appel d’offres, procédure négociée, partenariat d’innovation…), fixée par le code de la commande publique selon le montant et le besoin.</translation>
    </message>
    <message>
        <source>investment line</source>
        <translation>ligne d’investissement</translation>
    </message>
    <message>
        <source>One part of a strategy: what is bought or supported, by which mode, with which budget and calendar.</source>
        <translation>Une partie de la stratégie&#x202f;: ce qui est acheté ou soutenu, selon quel mode, avec quel budget et quel calendrier.</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>achat</translation>
    </message>
    <message>
        <source>The public buyer pays for works, supplies or services it needs.</source>
        <translation>L’acheteur public paie des travaux, des fournitures ou des services dont il a besoin.</translation>
    </message>
    <message>
        <source>partnership purchase</source>
        <translation>achat partenarial</translation>
    </message>
    <message>
        <source>A purchase designed with the companies and the users, so that it also develops the local economy.</source>
        <translation>Un achat conçu avec les entreprises et les usagers, pour qu’il développe aussi l’économie locale.</translation>
    </message>
    <message>
        <source>R&amp;D contract</source>
        <translation>contrat de R&amp;D</translation>
    </message>
    <message>
        <source>A contract that pays for research and development services; what is found may then be bought without a new competition when the law allows it.</source>
        <translation>Un contrat qui rémunère des services de recherche et développement&#x202f;; ce qui est trouvé peut ensuite être acheté sans nouvelle mise en concurrence quand la loi le permet.</translation>
    </message>
    <message>
        <source>small innovation pact</source>
        <translation>petit pacte d’innovation</translation>
    </message>
    <message>
        <source>A light agreement to try a new solution on a small scale before buying it.</source>
        <translation>Un accord léger pour essayer une solution nouvelle à petite échelle avant de l’acheter.</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>subvention</translation>
    </message>
    <message>
        <source>Money given to a project carried by someone else, for the general interest, without buying anything in return.</source>
        <translation>Une somme versée à un projet porté par un autre, dans l’intérêt général, sans rien acheter en retour.</translation>
    </message>
    <message>
        <source>public-commons partnership</source>
        <translation>partenariat public-communs</translation>
    </message>
    <message>
        <source>The administration lends premises, equipment or support to a community that manages a shared resource (a common) open to all.</source>
        <translation>La collectivité prête des locaux, du matériel ou un appui à une communauté qui gère une ressource partagée (un commun) ouverte à tous.</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>point d’étape</translation>
    </message>
    <message>
        <source>A meeting where buyers, prescribers, elected officials and the citizen jury review the strategy and take decisions.</source>
        <translation>Une réunion où acheteurs, prescripteurs, élus et jury citoyen font le point sur la stratégie et prennent des décisions.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>A copy of the plan (budget, calendar, targets) frozen on a date, to see later what changed.</source>
        <translation>Une copie du plan (budget, calendrier, cibles) figée à une date, pour voir ensuite ce qui a changé.</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>A measure of an impact sought, with its starting value, its target and its deadline.</source>
        <translation>La mesure d’un impact recherché, avec sa valeur de départ, sa cible et son échéance.</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>A date by which something must be done.</source>
        <translation>Une date à laquelle quelque chose doit être fait.</translation>
    </message>
    <message>
        <source>evolutivity clause</source>
        <translation>clause d’évolutivité</translation>
    </message>
    <message>
        <source>A clause of the contract that says in advance how it may change during its life.</source>
        <translation>Une clause du marché qui dit à l’avance comment il pourra évoluer pendant sa durée.</translation>
    </message>
    <message>
        <source>citizen jury</source>
        <translation>jury citoyen</translation>
    </message>
    <message>
        <source>Inhabitants drawn by lot who follow the project and give their opinion at each checkpoint.</source>
        <translation>Des habitants tirés au sort qui suivent le projet et donnent leur avis à chaque point d’étape.</translation>
    </message>
    <message>
        <source>prescriber</source>
        <translation>prescripteur</translation>
    </message>
    <message>
        <source>The service that expresses the need and will use what is bought.</source>
        <translation>Le service qui exprime le besoin et utilisera ce qui est acheté.</translation>
    </message>
    <message>
        <source>reservist buyer</source>
        <translation>acheteur réserviste</translation>
    </message>
    <message>
        <source>A buyer from another administration who lends a hand and facilitates the workshops.</source>
        <translation>Un acheteur d’une autre administration qui prête main-forte et anime les ateliers.</translation>
    </message>
    <message>
        <source>positive externalities</source>
        <translation>externalités positives</translation>
    </message>
    <message>
        <source>The benefits for the territory that go beyond the contract itself: jobs, skills, environment.</source>
        <translation>Les bénéfices pour le territoire qui dépassent le contrat lui-même&#x202f;: emplois, savoir-faire, environnement.</translation>
    </message>
    <message>
        <source>royalties</source>
        <translation>redevances</translation>
    </message>
    <message>
        <source>What a company pays back to the public buyer when it sells elsewhere what was developed with public money.</source>
        <translation>Ce qu’une entreprise reverse à l’acheteur public quand elle vend ailleurs ce qui a été développé avec de l’argent public.</translation>
    </message>
    <message>
        <source>excl. tax</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>An amount before value-added tax.</source>
        <translation>Un montant avant taxe sur la valeur ajoutée.</translation>
    </message>
</context>
<context>
    <name>Atelier::Reports::PagedRenderer</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Made with Atelier Achat</source>
        <translation>Réalisé avec Atelier Achat</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Atelier::Reports::PdfExport</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2). Choose another folder, or free some space.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit (%2). Choisissez un autre dossier, ou libérez de la place.</translation>
    </message>
</context>
<context>
    <name>Atelier::Reports::RoadmapReport</name>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>The purchasing strategy of the project, for elected officials</source>
        <translation>La stratégie d’achat du projet, pour les élus</translation>
    </message>
    <message>
        <source>public procurement</source>
        <translation>commande publique</translation>
    </message>
    <message>
        <source>purchasing strategy</source>
        <translation>stratégie d’achat</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>feuille de route</translation>
    </message>
</context>
<context>
    <name>Atelier::Reports::WorkshopReport</name>
    <message>
        <source>Workshop report</source>
        <translation>Compte rendu d’atelier</translation>
    </message>
    <message>
        <source>What the strategic modeling workshop produced</source>
        <translation>Ce qu’a produit l’atelier du modélisateur d’achat</translation>
    </message>
    <message>
        <source>public procurement</source>
        <translation>commande publique</translation>
    </message>
    <message>
        <source>strategic modeler</source>
        <translation>modélisateur d’achat</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
</context>
<context>
    <name>Atelier::ShareDialog</name>
    <message>
        <source>Export for sharing</source>
        <translation>Exporter pour partage</translation>
    </message>
    <message>
        <source>e.g. Communauté de communes du Val</source>
        <translation>p. ex. Communauté de communes du Val</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>%1 (shared copy).atelier</source>
        <translation>%1 (copie partagée).atelier</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The project holds no personal data: the copy is the whole project.</source>
        <translation>Le projet ne contient aucune donnée personnelle&#x202f;: la copie est le projet entier.</translation>
    </message>
    <message>
        <source>Stays here, not in the copy (personal data):
%1</source>
        <translation>Reste ici, hors de la copie (données personnelles)&#x202f;:
%1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>For (administration)</source>
        <translation>Pour (administration)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Write the copy</source>
        <translation>Écrire la copie</translation>
    </message>
    <message>
        <source>A copy to send to another administration, without the personal data listed below. The share is recorded in the copy.</source>
        <translation>Une copie à envoyer à une autre administration, sans les données personnelles ci-dessous. Le partage est inscrit dans la copie.</translation>
    </message>
    <message>
        <source>Atelier Achat projects (*.atelier)</source>
        <translation>Projets Atelier Achat (*.atelier)</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::AnswersTable</name>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>Answers in the tender</source>
        <translation>Réponses dans l’offre</translation>
    </message>
    <message>
        <source>Answers revised at the meeting</source>
        <translation>Réponses révisées lors de la rencontre</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Impact sought</source>
        <translation>Impact recherché</translation>
    </message>
    <message>
        <source>In the tender</source>
        <translation>Dans l’offre</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>Après la rencontre</translation>
    </message>
    <message>
        <source>Hand score</source>
        <translation>Note manuelle</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>manquante (obligatoire)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>to be scored</source>
        <translation>à noter</translation>
    </message>
    <message>
        <source>“%1” is not a number: the answer to question %2 was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#x202f;: la réponse à la question %2 n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::BiddersPage</name>
    <message>
        <source>Add bidder</source>
        <translation>Ajouter un candidat</translation>
    </message>
    <message>
        <source>Import answers from CSV…</source>
        <translation>Importer des réponses depuis un CSV…</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Reads the CSV of the grid as the bidder filled it in</source>
        <translation>Lit le fichier CSV de la grille tel que le candidat l’a rempli</translation>
    </message>
    <message>
        <source>Double-click or type in the Answer column; * marks a required question.</source>
        <translation>Double-cliquez ou tapez dans la colonne Réponse&#x202f;; * signale une question obligatoire.</translation>
    </message>
    <message>
        <source>Answers of the bidder</source>
        <translation>Réponses du candidat</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#x202f;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”:
%2</source>
        <translation>Rien n’a été importé depuis «&#xa0;%1&#xa0;»&#x202f;:
%2</translation>
    </message>
    <message>
        <source>The answers could not be recorded: nothing was changed.</source>
        <translation>Les réponses n’ont pas pu être enregistrées&#x202f;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Import the bidder&apos;s answers</source>
        <translation>Importer les réponses du candidat</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::CanvasImport</name>
    <message>
        <source>The canvas of “%1” could not be read.</source>
        <translation>Le canevas de «&#xa0;%1&#xa0;» n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The project “%1” has no sourcing canvas yet: there is nothing to import.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» n’a pas encore de canevas de sourcing&#x202f;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>School catering</source>
        <translation>Restauration scolaire</translation>
    </message>
    <message>
        <source>A central kitchen, local and organic supplies, EGalim, food waste.</source>
        <translation>Cuisine centrale, approvisionnement local et bio, EGalim, gaspillage alimentaire.</translation>
    </message>
    <message>
        <source>A public building</source>
        <translation>Bâtiment public</translation>
    </message>
    <message>
        <source>Building or renovating: low-carbon materials, reuse, local firms.</source>
        <translation>Construire ou rénover&#x202f;: matériaux bas carbone, réemploi, entreprises locales.</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Fleets, bicycles, transport on demand: emissions, access, maintenance.</source>
        <translation>Flottes, vélos, transport à la demande&#x202f;: émissions, accessibilité, entretien.</translation>
    </message>
    <message>
        <source>The template could not be read.</source>
        <translation>Le modèle n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>template “%1”</source>
        <translation>modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import into the canvas from %1</source>
        <translation>Importer dans le canevas depuis %1</translation>
    </message>
    <message>
        <source>The import could not be written: nothing was added.</source>
        <translation>L’import n’a pas pu être enregistré&#x202f;: rien n’a été ajouté.</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::CanvasPage</name>
    <message>
        <source>Add chapter</source>
        <translation>Ajouter un chapitre</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une fiche</translation>
    </message>
    <message>
        <source>Add them to the canvas</source>
        <translation>Les ajouter au canevas</translation>
    </message>
    <message>
        <source>Start with the four thematic chapters</source>
        <translation>Commencer par les quatre chapitres thématiques</translation>
    </message>
    <message>
        <source>Search the canvas</source>
        <translation>Chercher dans le canevas</translation>
    </message>
    <message>
        <source>Search every entry (Ctrl+F): actors, standards, lessons, figures…</source>
        <translation>Chercher dans toutes les fiches (Ctrl+F)&#x202f;: acteurs, normes, retours d’expérience, chiffres…</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Entries of the chapter</source>
        <translation>Fiches du chapitre</translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation>Fiches trouvées</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import chapters or entries from another project or from a template</source>
        <translation>Importer des chapitres ou des fiches depuis un autre projet ou un modèle</translation>
    </message>
    <message>
        <source>From another project…</source>
        <translation>Depuis un autre projet…</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#x202f;: %1</translation>
    </message>
    <message>
        <source>Import into the sourcing canvas</source>
        <translation>Importer dans le canevas de sourcing</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>More than %1 entries contain it: those whose title does come first. Type more to rank them.</source>
        <translation>Plus de %1 fiches le contiennent&#x202f;: celles dont le titre le contient viennent en premier. Précisez la recherche pour les classer.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) found, the best %1 shown.</source>
        <translation>
            <numerusform>%n fiche trouvée&#x202f;; les %1 meilleures sont affichées.</numerusform>
            <numerusform>%n fiches trouvées&#x202f;; les %1 meilleures sont affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) found.</source>
        <translation>
            <numerusform>%n fiche trouvée.</numerusform>
            <numerusform>%n fiches trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move chapter</source>
        <translation>Déplacer le chapitre</translation>
    </message>
    <message>
        <source>Start the canvas</source>
        <translation>Commencer le canevas</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) raised in the modeling workshop are not in the canvas yet.</source>
        <translation>
            <numerusform>%n question soulevée dans l’atelier de modélisation n’est pas encore dans le canevas.</numerusform>
            <numerusform>%n questions soulevées dans l’atelier de modélisation ne sont pas encore dans le canevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the workshop&apos;s questions to the canvas</source>
        <translation>Ajouter au canevas les questions de l’atelier</translation>
    </message>
    <message>
        <source>Import from another project</source>
        <translation>Importer depuis un autre projet</translation>
    </message>
    <message>
        <source>Atelier projects (*.atelier)</source>
        <translation>Projets Atelier Achat (*.atelier)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Comparable past contracts…</source>
        <translation>Marchés passés comparables…</translation>
    </message>
    <message>
        <source>Past contracts published as DECP with the CPV code of this project&apos;s contracts: amounts, durations, holders</source>
        <translation>Les marchés passés publiés en DECP sous le code CPV des marchés de ce projet&#x202f;: montants, durées, titulaires</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::ComparisonView</name>
    <message>
        <source>Bidders compared</source>
        <translation>Candidats comparés</translation>
    </message>
    <message>
        <source>Points of each bidder by impact sought</source>
        <translation>Points de chaque candidat par impact recherché</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (ex æquo)</translation>
    </message>
    <message>
        <source>no impact linked</source>
        <translation>sans impact associé</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Total (out of %1)</source>
        <translation>Total (sur %1)</translation>
    </message>
    <message>
        <source>%1 (/%2)</source>
        <translation>%1 (/%2)</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>Réponses manquantes</translation>
    </message>
    <message>
        <source>To be scored</source>
        <translation>À noter</translation>
    </message>
    <message>
        <source>%1, of which %2 required</source>
        <translation>%1 (obligatoires&#x202f;: %2)</translation>
    </message>
    <message>
        <source>Weighted points by impact sought</source>
        <translation>Points pondérés par impact recherché</translation>
    </message>
    <message>
        <source>Tie: %1 have the same total. Nothing here breaks it; the award criteria of the tender documents do.</source>
        <translation>Ex æquo&#x202f;: %1 ont le même total. Rien ici ne les départage&#x202f;; ce sont les critères d’attribution des documents de la consultation qui le font.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::EntryForm</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>Ce qui est mesuré</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre un matériau d’enquête</translation>
    </message>
    <message>
        <source>Words separated by commas</source>
        <translation>Mots séparés par des virgules</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Evidence from the Projet library</source>
        <translation>Matériaux de l’enquête (volet Projet)</translation>
    </message>
    <message>
        <source>Choose an entry, or add one to the chapter.</source>
        <translation>Choisissez une fiche, ou ajoutez-en une au chapitre.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Comes from %1, on %2.</source>
        <translation>Issue de %1, le %2.</translation>
    </message>
    <message>
        <source>Imported on %1 from %2 (file “%3”).</source>
        <translation>Importée le %1 depuis %2 (fichier «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>Personal data: it is kept in this project file. Think of it before you share the file outside the team.</source>
        <translation>Donnée personnelle&#x202f;: elle est conservée dans le fichier du projet. Pensez-y avant de partager le fichier hors de l’équipe.</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::GridFormats</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Impact sought</source>
        <translation>Impact recherché</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The file is larger than %1: it is not an answer file.</source>
        <translation>Le fichier dépasse %1&#x202f;: ce n’est pas un fichier de réponses.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it again as “CSV UTF-8”.</source>
        <translation>Le fichier n’est pas un texte UTF-8&#x202f;: enregistrez-le à nouveau au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>The file has more than %1 lines: it is not an answer file.</source>
        <translation>Le fichier compte plus de %1 lignes&#x202f;: ce n’est pas un fichier de réponses.</translation>
    </message>
    <message>
        <source>The file has no header line naming a “%1” column and an “%2” column: it is not an answer file of the grid.</source>
        <translation>Le fichier n’a pas de ligne d’en-tête nommant une colonne «&#xa0;%1&#xa0;» et une colonne «&#xa0;%2&#xa0;»&#x202f;: ce n’est pas un fichier de réponses de la grille.</translation>
    </message>
    <message>
        <source>Line %1: a quoted text is not closed (a “&quot;” is missing).</source>
        <translation>Ligne %1&#x202f;: un texte entre guillemets n’est pas fermé (il manque un «&#xa0;&quot;&#xa0;»).</translation>
    </message>
    <message>
        <source>Line %1: there is an answer but no reference: the line cannot be matched to a question.</source>
        <translation>Ligne %1&#x202f;: il y a une réponse mais pas de référence&#x202f;; la ligne ne peut être rattachée à aucune question.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not the reference of a question of this grid.</source>
        <translation>Ligne %1&#x202f;: «&#xa0;%2&#xa0;» n’est la référence d’aucune question de cette grille.</translation>
    </message>
    <message>
        <source>Line %1: question “%2” is already on line %3.</source>
        <translation>Ligne %1&#x202f;: la question «&#xa0;%2&#xa0;» figure déjà à la ligne %3.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not yes or no.</source>
        <translation>Ligne %1&#x202f;: «&#xa0;%2&#xa0;» n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a number (write it like %3, without the unit).</source>
        <translation>Ligne %1&#x202f;: «&#xa0;%2&#xa0;» n’est pas un nombre (écrivez-le comme %3, sans l’unité).</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not one of the options: %3 (or their number, from 1 to %4).</source>
        <translation>Ligne %1&#x202f;: «&#xa0;%2&#xa0;» ne fait pas partie des options&#x202f;: %3 (ou leur numéro, de 1 à %4).</translation>
    </message>
    <message>
        <source>Question grid</source>
        <translation>Grille de questions</translation>
    </message>
    <message>
        <source>Question grid — %1</source>
        <translation>Grille de questions — %1</translation>
    </message>
    <message>
        <source>This grid lets each candidate state the impact of their offer on the aims sought by the purchase. Every question says what answer is expected; the candidates answer in the answer file provided with the consultation documents. A question&apos;s weight is its share of the total score; how each answer is scored is set out below, so that every candidate knows it before answering.</source>
        <translation>Cette grille permet à chaque candidat de préciser l’impact de son offre sur les objectifs recherchés par l’achat. Chaque question indique la réponse attendue&#x202f;; les candidats répondent dans le fichier de réponses fourni avec les documents de la consultation. La pondération d’une question est sa part dans la note totale&#x202f;; la manière dont chaque réponse est notée est exposée ci-dessous, afin que chaque candidat la connaisse avant de répondre.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>The grid has no questions yet.</source>
        <translation>La grille ne comporte encore aucune question.</translation>
    </message>
    <message>
        <source>How answers are scored</source>
        <translation>Notation des réponses</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Not scorable yet: the ideal value must be above the value scoring nothing.</source>
        <translation>Notation impossible pour l’instant&#x202f;: la valeur idéale doit être supérieure à la valeur à zéro point.</translation>
    </message>
    <message>
        <source>Not scorable yet: the ideal value must be below the value scoring nothing.</source>
        <translation>Notation impossible pour l’instant&#x202f;: la valeur idéale doit être inférieure à la valeur à zéro point.</translation>
    </message>
    <message numerus="yes">
        <source>Higher is better: %n point(s) at %1 or more, none at %2 or less, in proportion between the two.</source>
        <translation>
            <numerusform>Plus la valeur est élevée, mieux c’est&#x202f;: %n point à %1 ou plus, aucun à %2 ou moins, proportionnellement entre les deux.</numerusform>
            <numerusform>Plus la valeur est élevée, mieux c’est&#x202f;: %n points à %1 ou plus, aucun à %2 ou moins, proportionnellement entre les deux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lower is better: %n point(s) at %1 or less, none at %2 or more, in proportion between the two.</source>
        <translation>
            <numerusform>Plus la valeur est basse, mieux c’est&#x202f;: %n point à %1 ou moins, aucun à %2 ou plus, proportionnellement entre les deux.</numerusform>
            <numerusform>Plus la valeur est basse, mieux c’est&#x202f;: %n points à %1 ou moins, aucun à %2 ou plus, proportionnellement entre les deux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scorable yet: no option earns any points.</source>
        <translation>Notation impossible pour l’instant&#x202f;: aucune option ne rapporte de points.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n point(s)</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#x202f;: %n point</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#x202f;: %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 points</source>
        <translation>«&#xa0;%1&#xa0;»&#x202f;: %2 points</translation>
    </message>
    <message>
        <source>Points by answer: %1.</source>
        <translation>Points par réponse&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>A number, in %1</source>
        <translation>Un nombre, en %1</translation>
    </message>
    <message>
        <source>One of the options (none defined yet)</source>
        <translation>L’une des options (aucune définie pour l’instant)</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>L’une des options&#x202f;: %1</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Asked for information, not scored.</source>
        <translation>Demandé pour information, non noté.</translation>
    </message>
    <message numerus="yes">
        <source>“Yes” earns %n point(s), “no” none.</source>
        <translation>
            <numerusform>«&#xa0;Oui&#xa0;» rapporte %n point, «&#xa0;non&#xa0;» aucun.</numerusform>
            <numerusform>«&#xa0;Oui&#xa0;» rapporte %n points, «&#xa0;non&#xa0;» aucun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“No” earns %n point(s), “yes” none.</source>
        <translation>
            <numerusform>«&#xa0;Non&#xa0;» rapporte %n point, «&#xa0;oui&#xa0;» aucun.</numerusform>
            <numerusform>«&#xa0;Non&#xa0;» rapporte %n points, «&#xa0;oui&#xa0;» aucun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored by the buying team from 0 to %1: %1 earns %n point(s), a lower mark in proportion.</source>
        <translation>
            <numerusform>Noté par l’équipe d’achat de 0 à %1&#x202f;: %1 rapporte %n point, une note inférieure en proportion.</numerusform>
            <numerusform>Noté par l’équipe d’achat de 0 à %1&#x202f;: %1 rapporte %n points, une note inférieure en proportion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::GridPage</name>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Add the canvas&apos;s questions</source>
        <translation>Ajouter les questions du canevas</translation>
    </message>
    <message>
        <source>Questions of the grid</source>
        <translation>Questions de la grille</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>Règle de notation</translation>
    </message>
    <message>
        <source>Choices and their points</source>
        <translation>Choix et leurs points</translation>
    </message>
    <message>
        <source>Adds to the grid the question entries of the canvas that are not in it yet</source>
        <translation>Ajoute à la grille les fiches question du canevas qui n’y figurent pas encore</translation>
    </message>
    <message>
        <source>Export as ODT…</source>
        <translation>Exporter en ODT…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>How the answer is scored</source>
        <translation>Notation de la réponse</translation>
    </message>
    <message>
        <source>Choices offered</source>
        <translation>Choix proposés</translation>
    </message>
    <message>
        <source>Published with the tender, the grid lets every candidate state the impact of its offer on the impacts sought. Each question says how its answer is scored.</source>
        <translation>Publiée avec la consultation, la grille permet à chaque candidat de préciser l’impact de son offre sur les impacts recherchés. Chaque question indique comment sa réponse est notée.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), %1 points in all.</source>
        <translation>
            <numerusform>%n question, %1 points au total.</numerusform>
            <numerusform>%n questions, %1 points au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the canvas&apos;s questions to the grid</source>
        <translation>Ajouter à la grille les questions du canevas</translation>
    </message>
    <message>
        <source>The grid could not be written to “%1”: %2</source>
        <translation>La grille n’a pas pu être écrite dans «&#xa0;%1&#xa0;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>ODF text documents (*.odt)</source>
        <translation>Documents texte ODF (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Fichiers CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <source>Export the question grid</source>
        <translation>Exporter la grille de questions</translation>
    </message>
    <message>
        <source>question-grid.%1</source>
        <translation>grille-de-questions.%1</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::GridStore</name>
    <message>
        <source>Import the bidder&apos;s answers</source>
        <translation>Importer les réponses du candidat</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::ImportDialog</name>
    <message>
        <source>Import into the sourcing canvas</source>
        <translation>Importer dans le canevas de sourcing</translation>
    </message>
    <message>
        <source>Template “%1”: %2</source>
        <translation>Modèle «&#xa0;%1&#xa0;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>Canvas of the project “%1” (file “%2”).</source>
        <translation>Canevas du projet «&#xa0;%1&#xa0;» (fichier «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Untick what you do not want. Entries go into the chapter of the same title, made when missing, and keep where they come from.</source>
        <translation>Décochez ce que vous ne voulez pas. Les fiches vont dans le chapitre du même titre, créé s’il manque, et gardent la trace de leur origine.</translation>
    </message>
    <message>
        <source>Chapters and entries to import</source>
        <translation>Chapitres et fiches à importer</translation>
    </message>
    <message>
        <source>Chapter or entry</source>
        <translation>Chapitre ou fiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::Negotiation</name>
    <message>
        <source>Where does the raw material come from, and how is it produced?</source>
        <translation>D’où vient la matière première, et comment est-elle produite&#x202f;?</translation>
    </message>
    <message>
        <source>Where is it made, and by whom?</source>
        <translation>Où le produit est-il fabriqué, et par qui&#x202f;?</translation>
    </message>
    <message>
        <source>How does it travel to us: distances, vehicles, packaging?</source>
        <translation>Comment le produit est-il acheminé jusqu’à nous&#x202f;: distances, véhicules, emballages&#x202f;?</translation>
    </message>
    <message>
        <source>How is it processed or machined, with what energy and what waste?</source>
        <translation>Comment le produit est-il transformé ou usiné, avec quelle énergie et quels déchets&#x202f;?</translation>
    </message>
    <message>
        <source>What becomes of it at the end: reuse, recycling, take-back?</source>
        <translation>Que devient-il en fin de vie&#x202f;: réemploi, recyclage, reprise&#x202f;?</translation>
    </message>
    <message>
        <source>Prepare the negotiation meeting</source>
        <translation>Préparer la rencontre de négociation</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::NegotiationPage</name>
    <message>
        <source>Prepare the meeting</source>
        <translation>Préparer la rencontre</translation>
    </message>
    <message>
        <source>Export the sheet as PDF…</source>
        <translation>Exporter la fiche en PDF…</translation>
    </message>
    <message>
        <source>Invite a neutral expert</source>
        <translation>Inviter un expert neutre</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Ajouter un sujet</translation>
    </message>
    <message>
        <source>Shortlisted bidders</source>
        <translation>Candidats présélectionnés</translation>
    </message>
    <message>
        <source>Remove the meeting</source>
        <translation>Supprimer la rencontre</translation>
    </message>
    <message>
        <source>Topics of the meeting</source>
        <translation>Sujets de la rencontre</translation>
    </message>
    <message>
        <source>Before and after the meetings</source>
        <translation>Avant et après les rencontres</translation>
    </message>
    <message>
        <source>After the offers are analysed, and when the procedure allows it, the buyer meets each shortlisted bidder to understand its offer better and to estimate its impacts together. The sheet goes to the bidder beforehand: the grid, the life cycle of what it offers, the neutral experts invited.</source>
        <translation>Après l’analyse des offres, et quand la procédure l’autorise, l’acheteur rencontre chaque candidat présélectionné pour mieux comprendre son offre et en estimer ensemble les impacts. La fiche est envoyée au candidat à l’avance&#x202f;: la grille, le cycle de vie de ce qu’il propose, les experts neutres invités.</translation>
    </message>
    <message>
        <source>The product&apos;s life cycle, topic by topic</source>
        <translation>Le cycle de vie du produit, sujet par sujet</translation>
    </message>
    <message>
        <source>Neutral experts invited</source>
        <translation>Experts neutres invités</translation>
    </message>
    <message>
        <source>The discussion follows a principle of reciprocity and mutual responsibility: it takes into account the interests and constraints of the company, those of the public actor, and the general interest.</source>
        <translation>La discussion est régie par un principe de réciprocité et de responsabilité mutuelle&#x202f;: elle prend en compte les intérêts et contraintes de l’entreprise, ceux de l’acteur public, et l’intérêt général.</translation>
    </message>
    <message>
        <source>Meeting sheet</source>
        <translation>Fiche de la rencontre</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <source>Estimates revised</source>
        <translation>Estimations révisées</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>No bidder shortlisted yet: tick “Shortlisted” in the Bidders tab.</source>
        <translation>Aucun candidat présélectionné pour l’instant&#x202f;: cochez «&#xa0;Présélectionné&#xa0;» dans l’onglet «&#xa0;Candidats et notation&#xa0;».</translation>
    </message>
    <message>
        <source>Negotiation with %1</source>
        <translation>Négociation avec %1</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Total before</source>
        <translation>Total avant</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation>Total après</translation>
    </message>
    <message>
        <source>no impact linked</source>
        <translation>sans impact associé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Export the negotiation sheet</source>
        <translation>Exporter la fiche de négociation</translation>
    </message>
    <message>
        <source>negotiation-%1.pdf</source>
        <translation>negociation-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Comparable past contracts…</source>
        <translation>Marchés passés comparables…</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::NotesEditor</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Text formatting</source>
        <translation>Mise en forme du texte</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::Scoring</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The ideal value must be above the value scoring nothing.</source>
        <translation>La valeur idéale doit être supérieure à la valeur à zéro point.</translation>
    </message>
    <message>
        <source>The ideal value must be below the value scoring nothing.</source>
        <translation>La valeur idéale doit être inférieure à la valeur à zéro point.</translation>
    </message>
    <message>
        <source>The answer is not one of the choices offered.</source>
        <translation>La réponse ne fait pas partie des choix proposés.</translation>
    </message>
    <message>
        <source>No choice earns any points.</source>
        <translation>Aucun choix ne rapporte de points.</translation>
    </message>
    <message>
        <source>A hand score of %1 is above the scale&apos;s %2.</source>
        <translation>Une note manuelle de %1 dépasse le maximum du barème (%2).</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::SourcingDocuments</name>
    <message>
        <source>Question grid</source>
        <translation>Grille de questions</translation>
    </message>
    <message>
        <source>The questions candidates answer to state the impact of their offer</source>
        <translation>Les questions auxquelles les candidats répondent pour préciser l’impact de leur offre</translation>
    </message>
    <message numerus="yes">
        <source>This grid comes with the tender documents. Its questions let every candidate, small structures included, state the impact of its offer on the impacts sought by the project. Each answer is scored as stated below; the weights add up to %n point(s).</source>
        <translation>
            <numerusform>Cette grille accompagne les documents de la consultation. Ses questions permettent à chaque candidat, y compris les petites structures, de préciser l’impact de son offre sur les impacts recherchés par le projet. Chaque réponse est notée comme indiqué ci-dessous&#x202f;; les pondérations totalisent %n point.</numerusform>
            <numerusform>Cette grille accompagne les documents de la consultation. Ses questions permettent à chaque candidat, y compris les petites structures, de préciser l’impact de son offre sur les impacts recherchés par le projet. Chaque réponse est notée comme indiqué ci-dessous&#x202f;; les pondérations totalisent %n points.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No question in the grid yet.</source>
        <translation>Pas encore de question dans la grille.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Impact sought</source>
        <translation>Impact recherché</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>How answers are scored</source>
        <translation>Notation des réponses</translation>
    </message>
    <message>
        <source>Question %1:</source>
        <translation>Question %1&#x202f;:</translation>
    </message>
    <message>
        <source>There is no bidder named “%1” in this project.</source>
        <translation>Il n’y a pas de candidat nommé «&#xa0;%1&#xa0;» dans ce projet.</translation>
    </message>
    <message>
        <source>The topics and questions of the meeting with a shortlisted candidate</source>
        <translation>Les sujets et questions de la rencontre avec un candidat présélectionné</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Rencontre avec %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#x202f;:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu&#x202f;:</translation>
    </message>
    <message>
        <source>Neutral experts invited</source>
        <translation>Experts neutres invités</translation>
    </message>
    <message>
        <source>No neutral expert invited.</source>
        <translation>Aucun expert neutre invité.</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Your answers to the question grid</source>
        <translation>Vos réponses à la grille de questions</translation>
    </message>
    <message>
        <source>We will go through each answer with you, to detail the impact of your offer.</source>
        <translation>Nous reprendrons chaque réponse avec vous, pour détailler l’impact de votre offre.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>The life cycle of what you offer</source>
        <translation>Le cycle de vie de ce que vous proposez</translation>
    </message>
    <message>
        <source>:</source>
        <translation>&#x202f;:</translation>
    </message>
    <message>
        <source>Noted at the meeting: %1</source>
        <translation>Noté lors de la rencontre&#x202f;: %1</translation>
    </message>
    <message>
        <source>The meeting is not prepared yet.</source>
        <translation>La rencontre n’est pas encore préparée.</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <source>to be discussed together.</source>
        <translation>à discuter ensemble.</translation>
    </message>
    <message>
        <source>Estimates revised at the meeting</source>
        <translation>Estimations révisées lors de la rencontre</translation>
    </message>
    <message>
        <source>In the tender</source>
        <translation>Dans l’offre</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>Après la rencontre</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Responsible negotiation</source>
        <translation>Négociation responsable</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Several bidders are named “%1”: rename them so that each sheet goes to the right one.</source>
        <translation>Plusieurs candidats s’appellent «&#xa0;%1&#xa0;»&#x202f;: renommez-les pour que chaque fiche aille au bon destinataire.</translation>
    </message>
    <message>
        <source>Your offer was shortlisted.</source>
        <translation>Votre offre a été présélectionnée.</translation>
    </message>
    <message>
        <source>Before the contract is awarded, and as the procedure allows, we would like to meet you to understand your offer better, with its potential and its limits, and to estimate together its impacts on what the project seeks. The discussion follows a principle of reciprocity and mutual responsibility: your interests and constraints, those of the public buyer, and the general interest are all taken into account. Below are the topics we will go through.</source>
        <translation>Avant l’attribution du marché, et dans la mesure où la procédure le permet, nous souhaitons vous rencontrer pour mieux comprendre votre offre, avec son potentiel et ses limites, et estimer ensemble ses impacts au regard de ce que recherche le projet. La discussion est régie par un principe de réciprocité et de responsabilité mutuelle&#x202f;: vos intérêts et contraintes, ceux de l’acheteur public et l’intérêt général sont tous pris en compte. Vous trouverez ci-dessous les sujets que nous aborderons.</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::SourcingPanel</name>
    <message>
        <source>Sourcing canvas</source>
        <translation>Canevas de sourcing</translation>
    </message>
    <message>
        <source>Question grid</source>
        <translation>Grille de questions</translation>
    </message>
    <message>
        <source>Negotiation sheet</source>
        <translation>Fiche de négociation</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Candidat</translation>
    </message>
</context>
<context>
    <name>Atelier::Sourcing::SourcingView</name>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>Question grid</source>
        <translation>Grille de questions</translation>
    </message>
    <message>
        <source>Bidders and scoring</source>
        <translation>Candidats et notation</translation>
    </message>
    <message>
        <source>Responsible negotiation</source>
        <translation>Négociation responsable</translation>
    </message>
</context>
<context>
    <name>Atelier::Steering</name>
    <message>
        <source>Late: “%1” was due on %2</source>
        <translation>En retard&#x202f;: «&#xa0;%1&#xa0;» était prévu le %2</translation>
    </message>
    <message>
        <source>Over budget: “%1” in %2, %3 committed or paid for %4 planned</source>
        <translation>Budget dépassé&#x202f;: «&#xa0;%1&#xa0;» en %2, %3 engagés ou payés pour %4 prévus</translation>
    </message>
    <message>
        <source>Off track: “%1” at %2% of the way to its target, %3% expected</source>
        <translation>Hors trajectoire&#x202f;: «&#xa0;%1&#xa0;» à %2&#xa0;% du chemin vers sa cible, %3&#xa0;% attendus</translation>
    </message>
    <message>
        <source>Essential data: modification no. %1 of “%2” has no date of decision; its publication deadline (R2196-1) cannot be worked out</source>
        <translation>Données essentielles&#x202f;: la modification n°&#xa0;%1 de «&#xa0;%2&#xa0;» n’a pas de date de décision&#x202f;; son délai de publication (R2196-1) ne peut pas être calculé</translation>
    </message>
    <message>
        <source>Essential data: the law table has no period of publication (R2196-1) for modification no. %1 of “%2”: to be filled by the user</source>
        <translation>Données essentielles&#x202f;: la table juridique n’a pas de délai de publication (R2196-1) pour la modification n°&#xa0;%1 de «&#xa0;%2&#xa0;»&#x202f;: à renseigner par l’utilisateur</translation>
    </message>
    <message>
        <source>Late: the essential data of modification no. %1 of “%2” were to be published by %3 (R2196-1)</source>
        <translation>En retard&#x202f;: les données essentielles de la modification n°&#xa0;%1 de «&#xa0;%2&#xa0;» devaient être publiées au plus tard le %3 (R2196-1)</translation>
    </message>
    <message>
        <source>Essential data: publish modification no. %1 of “%2” by %3 (R2196-1)</source>
        <translation>Données essentielles&#x202f;: publier la modification n°&#xa0;%1 de «&#xa0;%2&#xa0;» au plus tard le %3 (R2196-1)</translation>
    </message>
    <message>
        <source>, counted from its decision until the avenant&apos;s notification date is entered</source>
        <translation>, délai compté à partir de sa décision tant que la date de notification de l’avenant n’est pas saisie</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::Agenda</name>
    <message>
        <source>an untitled item</source>
        <translation>un créneau sans titre</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no start or end time.</source>
        <translation>%1 n’a pas d’heure de début ou de fin.</translation>
    </message>
    <message>
        <source>%1 ends at %2, before it starts (%3).</source>
        <translation>%1 se termine à %2, avant son début (%3).</translation>
    </message>
    <message>
        <source>%1 (%2–%3) and %4 (%5–%6) happen at the same time.</source>
        <translation>%1 (%2–%3) et %4 (%5–%6) ont lieu en même temps.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is planned from %1 to %2 (%n minute(s)), between %3 and %4.</source>
        <translation>
            <numerusform>Rien n’est prévu de %1 à %2 (%n minute), entre %3 et %4.</numerusform>
            <numerusform>Rien n’est prévu de %1 à %2 (%n minutes), entre %3 et %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The administration hosts no part of the day: each side welcomes the other in its workplace.</source>
        <translation>L’administration ne reçoit à aucun moment de la journée&#x202f;: chacun accueille l’autre sur son lieu de travail.</translation>
    </message>
    <message>
        <source>The contract holder hosts no part of the day: each side welcomes the other in its workplace.</source>
        <translation>Le titulaire ne reçoit à aucun moment de la journée&#x202f;: chacun accueille l’autre sur son lieu de travail.</translation>
    </message>
    <message>
        <source>No lunch together yet: the host takes the guests to the canteen or to the restaurant where they usually go.</source>
        <translation>Pas encore de déjeuner ensemble&#x202f;: celui qui reçoit emmène ses invités à la cantine ou au restaurant où il a ses habitudes.</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::AgreementPage</name>
    <message>
        <source>Add an exchange</source>
        <translation>Ajouter un échange</translation>
    </message>
    <message>
        <source>Information exchanged while the contract runs</source>
        <translation>Informations échangées pendant l’exécution du marché</translation>
    </message>
    <message>
        <source>Signatures of the agreement</source>
        <translation>Signatures de l’accord</translation>
    </message>
    <message>
        <source>At the end of the day, both sides agree on the most useful ways to exchange and share information throughout the contract, given how each of them is organised.</source>
        <translation>En fin de journée, les deux parties se mettent d’accord sur les modalités d’échange et de partage d’information les plus utiles tout au long du marché, en tenant compte des contraintes d’organisation de chacun.</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Signed by both sides</source>
        <translation>Signatures des deux parties</translation>
    </message>
    <message>
        <source>Signed by both sides.</source>
        <translation>Signé par les deux parties.</translation>
    </message>
    <message>
        <source>Signed by both sides, but still incomplete:
%1</source>
        <translation>Signé par les deux parties, mais encore incomplet&#x202f;:
%1</translation>
    </message>
    <message>
        <source>Before both sides sign:
%1</source>
        <translation>Avant la signature des deux parties&#x202f;:
%1</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::DayPage</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Ajouter au programme</translation>
    </message>
    <message>
        <source>The day and the two workplaces</source>
        <translation>La journée et les deux lieux de travail</translation>
    </message>
    <message>
        <source>People of the day</source>
        <translation>Les personnes de la journée</translation>
    </message>
    <message>
        <source>Agenda of the day</source>
        <translation>Programme de la journée</translation>
    </message>
    <message>
        <source>What the agenda still needs</source>
        <translation>Ce qui manque encore au programme</translation>
    </message>
    <message>
        <source>People on each side</source>
        <translation>Les personnes de chaque côté</translation>
    </message>
    <message>
        <source>Agenda: each side hosts the other</source>
        <translation>Programme&#x202f;: chacun accueille l’autre</translation>
    </message>
    <message>
        <source>Conflicts and gaps</source>
        <translation>Chevauchements et creux</translation>
    </message>
    <message>
        <source>The agenda holds together: no conflict, no gap, each side hosts the other, lunch together.</source>
        <translation>Le programme est cohérent&#x202f;: aucun chevauchement, aucun creux, chacun accueille l’autre, et l’on déjeune ensemble.</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::Exercises</name>
    <message>
        <source>“%1” has no definition yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de définition.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s) — %2 missing to make ten.</source>
        <translation>
            <numerusform>%1&#x202f;: %n mot — il en manque %2 pour arriver à dix.</numerusform>
            <numerusform>%1&#x202f;: %n mots — il en manque %2 pour arriver à dix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s) — %2 too many: keep the ten that matter most.</source>
        <translation>
            <numerusform>%1&#x202f;: %n mot — %2 de trop&#x202f;: gardez les dix qui comptent le plus.</numerusform>
            <numerusform>%1&#x202f;: %n mots — %2 de trop&#x202f;: gardez les dix qui comptent le plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The holder&apos;s words</source>
        <translation>Les mots du titulaire</translation>
    </message>
    <message>
        <source>The administration&apos;s words</source>
        <translation>Les mots de l’administration</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La question est vide.</translation>
    </message>
    <message>
        <source>A question needs at least two answers to choose from.</source>
        <translation>Une question doit proposer au moins deux réponses au choix.</translation>
    </message>
    <message>
        <source>The right answer (%1) is empty.</source>
        <translation>La bonne réponse (%1) est vide.</translation>
    </message>
    <message>
        <source>No article cited: say where the rule comes from.</source>
        <translation>Aucun article cité&#x202f;: indiquez d’où vient la règle.</translation>
    </message>
    <message>
        <source>Not yet signed for %1.</source>
        <translation>Pas encore signé pour %1.</translation>
    </message>
    <message>
        <source>The signatory for %1 is not named.</source>
        <translation>Le signataire pour %1 n’est pas désigné.</translation>
    </message>
    <message>
        <source>The signatory for %1 is not one of its people on the day.</source>
        <translation>Le signataire pour %1 ne figure pas parmi les personnes de son côté pour la journée.</translation>
    </message>
    <message>
        <source>The date of the signature for %1 is missing.</source>
        <translation>La date de signature pour %1 manque.</translation>
    </message>
    <message>
        <source>No exchange agreed yet: what information, by which channel, how often.</source>
        <translation>Aucun échange convenu pour l’instant&#x202f;: quelle information, par quel canal, à quelle fréquence.</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>L’échange %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 does not say what information is exchanged.</source>
        <translation>%1 ne précise pas quelle information est échangée.</translation>
    </message>
    <message>
        <source>%1 does not say how often.</source>
        <translation>%1 ne précise pas à quelle fréquence.</translation>
    </message>
    <message>
        <source>%1 has no contact for the administration.</source>
        <translation>%1 n’a pas de contact pour l’administration.</translation>
    </message>
    <message>
        <source>%1: the administration&apos;s contact is not on its side of the day.</source>
        <translation>%1&#x202f;: le contact de l’administration ne figure pas parmi les personnes de son côté pour la journée.</translation>
    </message>
    <message>
        <source>%1 has no contact for the holder.</source>
        <translation>%1 n’a pas de contact pour le titulaire.</translation>
    </message>
    <message>
        <source>%1: the holder&apos;s contact is not on its side of the day.</source>
        <translation>%1&#x202f;: le contact du titulaire ne figure pas parmi les personnes de son côté pour la journée.</translation>
    </message>
    <message>
        <source>No escalation path: who to turn to when a difficulty is not solved.</source>
        <translation>Pas de circuit d’escalade&#x202f;: vers qui se tourner quand une difficulté n’est pas résolue.</translation>
    </message>
    <message>
        <source>the administration</source>
        <translation>l’administration</translation>
    </message>
    <message>
        <source>the holder</source>
        <translation>le titulaire</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::PhotosPage</name>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Photos of tools and machines</source>
        <translation>Photos des outils et machines</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Photos (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>The photo chosen</source>
        <translation>La photo choisie</translation>
    </message>
    <message>
        <source>Tools and machines each side works with, photographed during the day. The photos are kept in the project file, in the evidence library.</source>
        <translation>Les outils et machines avec lesquels chacun travaille, photographiés pendant la journée. Les photos sont conservées dans le fichier du projet, parmi les matériaux de l’enquête.</translation>
    </message>
    <message>
        <source>No photo chosen.</source>
        <translation>Aucune photo choisie.</translation>
    </message>
    <message>
        <source>“%1” is not a photo that can be shown.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une photo affichable.</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::QuizPage</name>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Questions of the quiz</source>
        <translation>Questions du quiz</translation>
    </message>
    <message>
        <source>Answers given, a letter per question and participant</source>
        <translation>Réponses données, une lettre par question et par participant</translation>
    </message>
    <message>
        <source>After the day, type each participant&apos;s answers: A, B, C or D (empty: no answer). Right answers turn green, wrong ones red.</source>
        <translation>Après la journée, saisissez les réponses de chaque participant&#x202f;: A, B, C ou D (vide&#x202f;: pas de réponse). Les bonnes réponses passent en vert, les mauvaises en rouge.</translation>
    </message>
    <message>
        <source>Scores per participant</source>
        <translation>Résultats par participant</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Answers and scores</source>
        <translation>Réponses et résultats</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Bonnes réponses</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses données</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>“%1” is not an answer: type A, B, C or D, or leave the cell empty.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une réponse&#x202f;: tapez A, B, C ou D, ou laissez la case vide.</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::StepsPage</name>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Steps of the jeu de piste</source>
        <translation>Étapes du jeu de piste</translation>
    </message>
    <message>
        <source>In the production workshop, in the administration&apos;s services: at each step a place, a clue to find it and a question to answer on site. After the day, write down the answer found.</source>
        <translation>Dans l’atelier de production, au sein des services de l’administration&#x202f;: à chaque étape, un lieu, un indice pour le trouver et une question à laquelle répondre sur place. Après la journée, notez la réponse trouvée.</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::TourDocuments</name>
    <message>
        <source>Contract:</source>
        <translation>Marché&#x202f;:</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>Notifié le&#x202f;:</translation>
    </message>
    <message>
        <source>Day of the tour:</source>
        <translation>Jour du tour&#x202f;:</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>à fixer</translation>
    </message>
    <message>
        <source>At the administration:</source>
        <translation>À l’administration&#x202f;:</translation>
    </message>
    <message>
        <source>At the holder&apos;s:</source>
        <translation>Chez le titulaire&#x202f;:</translation>
    </message>
    <message>
        <source>Nobody is named for the day yet.</source>
        <translation>Personne n’est encore désigné pour la journée.</translation>
    </message>
    <message>
        <source>For the administration</source>
        <translation>Pour l’administration</translation>
    </message>
    <message>
        <source>For the holder</source>
        <translation>Pour le titulaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>The agenda is still to be written.</source>
        <translation>Le programme reste à écrire.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Accueilli par</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Au programme</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>at the holder&apos;s</source>
        <translation>chez le titulaire</translation>
    </message>
    <message>
        <source>at the administration</source>
        <translation>à l’administration</translation>
    </message>
    <message>
        <source>Discovery booklet</source>
        <translation>Cahier de découverte</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>La journée</translation>
    </message>
    <message>
        <source>The contract is notified: this day celebrates the start of the partnership. Each side welcomes the other in its workplace, shows what happens behind the scenes, introduces its colleagues and takes its guests to lunch where it usually goes. The exercises of this booklet are done together, pen in hand.</source>
        <translation>Le marché est notifié&#x202f;: cette journée célèbre le début du partenariat. Chacun accueille l’autre sur son lieu de travail, lui fait découvrir les coulisses de son organisation, lui présente ses collègues et emmène ses invités déjeuner là où il a ses habitudes. Les exercices de ce cahier se font ensemble, stylo en main.</translation>
    </message>
    <message>
        <source>Jeu de piste</source>
        <translation>Jeu de piste</translation>
    </message>
    <message>
        <source>At each step, find the place with the clue, then answer the question on the spot.</source>
        <translation>À chaque étape, trouvez le lieu grâce à l’indice, puis répondez à la question sur place.</translation>
    </message>
    <message>
        <source>Step %1 — %2 (%3)</source>
        <translation>Étape %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Clue:</source>
        <translation>Indice&#x202f;:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question&#x202f;:</translation>
    </message>
    <message>
        <source>No step yet.</source>
        <translation>Pas encore d’étape.</translation>
    </message>
    <message>
        <source>Les 10 mots de l&apos;autre</source>
        <translation>«&#xa0;Les 10 mots de l’autre&#xa0;»</translation>
    </message>
    <message>
        <source>Ten words each side uses every day, explained to the other. Write down an example seen during the day, or what you would say in your own words.</source>
        <translation>Dix mots que chacun emploie tous les jours, expliqués à l’autre. Notez un exemple vu pendant la journée, ou ce que vous diriez avec vos propres mots.</translation>
    </message>
    <message>
        <source>The administration&apos;s words, explained to the company</source>
        <translation>Les mots de l’administration, expliqués à l’entreprise</translation>
    </message>
    <message>
        <source>The company&apos;s words, explained to the administration</source>
        <translation>Les mots de l’entreprise, expliqués à l’administration</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce qu’il veut dire</translation>
    </message>
    <message>
        <source>Seen today, in our words</source>
        <translation>Vu aujourd’hui, avec nos mots</translation>
    </message>
    <message>
        <source>Safari photos “outils et machines”</source>
        <translation>Safari photos «&#xa0;outils et machines&#xa0;»</translation>
    </message>
    <message>
        <source>Photograph the tools and machines each side works with — a press, a dishwasher, the software that pays the invoices — and write down what each one is for. The photos join the project file after the day.</source>
        <translation>Photographiez les outils et machines avec lesquels chacun travaille — une presse, un lave-vaisselle, le logiciel qui paie les factures — et notez à quoi sert chacun. Les photos rejoignent le fichier du projet après la journée.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Tool or machine</source>
        <translation>Outil ou machine</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Prise par</translation>
    </message>
    <message>
        <source>Quiz “le suivi administratif du marché”</source>
        <translation>Quiz «&#xa0;le suivi administratif du marché&#xa0;»</translation>
    </message>
    <message>
        <source>Tick one answer per question. Your name:</source>
        <translation>Cochez une réponse par question. Votre nom&#x202f;:</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>No question yet.</source>
        <translation>Pas encore de question.</translation>
    </message>
    <message>
        <source>Information-exchange agreement</source>
        <translation>Accord d’échange d’information</translation>
    </message>
    <message>
        <source>How we will keep each other informed while the contract runs, given how each of us is organised.</source>
        <translation>Comment nous nous tiendrons mutuellement informés tout au long du marché, en tenant compte de l’organisation de chacun.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Administration&apos;s contact</source>
        <translation>Contact de l’administration</translation>
    </message>
    <message>
        <source>Holder&apos;s contact</source>
        <translation>Contact du titulaire</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Circuit d’escalade</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#x202f;:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#x202f;:</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Quiz “le suivi administratif du marché”: the answers</source>
        <translation>Quiz «&#xa0;le suivi administratif du marché&#xa0;»&#x202f;: les réponses</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Answer %1:</source>
        <translation>Réponse %1&#x202f;:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#x202f;: %1</translation>
    </message>
    <message>
        <source>Jeu de piste: what each step expects</source>
        <translation>Jeu de piste&#x202f;: ce que chaque étape attend</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Attendu&#x202f;:</translation>
    </message>
    <message>
        <source>an open answer</source>
        <translation>une réponse ouverte</translation>
    </message>
    <message>
        <source>No answer recorded yet.</source>
        <translation>Aucune réponse saisie pour l’instant.</translation>
    </message>
    <message>
        <source>Answer found</source>
        <translation>Réponse trouvée</translation>
    </message>
    <message>
        <source>“%1”, corrected on the day: %2</source>
        <translation>«&#xa0;%1&#xa0;», corrigé le jour même&#x202f;: %2</translation>
    </message>
    <message>
        <source>Safari photos</source>
        <translation>Safari photos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of tools and machines.</source>
        <translation>
            <numerusform>%n photo d’outils et de machines.</numerusform>
            <numerusform>%n photos d’outils et de machines.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (photo: %2)</source>
        <translation>%1 (photo&#x202f;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more photo(s) in the project file.</source>
        <translation>
            <numerusform>%n autre photo dans le fichier du projet.</numerusform>
            <numerusform>%n autres photos dans le fichier du projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Bonnes réponses</translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4 and %5)</source>
        <translation>%1&#x202f;: %2, %3 (%4 et %5)</translation>
    </message>
    <message>
        <source>Escalation path:</source>
        <translation>Circuit d’escalade&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) agreed.</source>
        <translation>
            <numerusform>%n niveau convenu.</numerusform>
            <numerusform>%n niveaux convenus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Signed for the administration by %1, and for the holder by %2.</source>
        <translation>Signé pour l’administration par %1, et pour le titulaire par %2.</translation>
    </message>
    <message>
        <source>Not signed by both sides yet: %1</source>
        <translation>Pas encore signé par les deux parties&#x202f;: %1</translation>
    </message>
    <message>
        <source>Summary of the day</source>
        <translation>Bilan de la journée</translation>
    </message>
    <message>
        <source>Summary of the co-operator tour</source>
        <translation>Bilan du tour co-opérateur</translation>
    </message>
    <message>
        <source>Co-operator tours</source>
        <translation>Tours co-opérateurs</translation>
    </message>
    <message>
        <source>No co-operator tour planned yet.</source>
        <translation>Aucun tour co-opérateur prévu pour l’instant.</translation>
    </message>
    <message>
        <source>This project has no co-operator tour yet: plan one in the Co-operator tour panel.</source>
        <translation>Ce projet n’a pas encore de tour co-opérateur&#x202f;: organisez-en un dans le volet Tour co-opérateur.</translation>
    </message>
    <message numerus="yes">
        <source>This project has %n co-operator tour(s): name the contract with --contract HOLDER.</source>
        <translation>
            <numerusform>Ce projet compte %n tour co-opérateur&#x202f;: désignez le marché avec --contract TITULAIRE.</numerusform>
            <numerusform>Ce projet compte %n tours co-opérateurs&#x202f;: désignez le marché avec --contract TITULAIRE.</numerusform>
        </translation>
    </message>
    <message>
        <source>No co-operator tour is planned for a contract named “%1”.</source>
        <translation>Aucun tour co-opérateur n’est prévu pour un marché nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several co-operator tours match “%1”: give more of the holder&apos;s name.</source>
        <translation>Plusieurs tours co-opérateurs correspondent à «&#xa0;%1&#xa0;»&#x202f;: précisez davantage le nom du titulaire.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Channel, how often</source>
        <translation>Canal, fréquence</translation>
    </message>
    <message>
        <source>Not signed by both sides yet.</source>
        <translation>Pas encore signé par les deux parties.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of the administration</source>
        <translation>
            <numerusform>%n&#xa0;mot de l’administration</numerusform>
            <numerusform>%n&#xa0;mots de l’administration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of the holder</source>
        <translation>
            <numerusform>%n&#xa0;mot du titulaire</numerusform>
            <numerusform>%n&#xa0;mots du titulaire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::TourPanel</name>
    <message>
        <source>Co-operator tour</source>
        <translation>Tour co-opérateur</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A4 pages</source>
        <translation>Pages A4</translation>
    </message>
    <message>
        <source>A5 booklet (printed two-up on A4, folded)</source>
        <translation>Livret A5 (imprimé deux pages par feuille A4, plié)</translation>
    </message>
    <message>
        <source>The answer key instead of the booklet</source>
        <translation>Le corrigé au lieu du cahier</translation>
    </message>
    <message>
        <source>Discovery booklet</source>
        <translation>Cahier de découverte</translation>
    </message>
    <message>
        <source>Summary of the day</source>
        <translation>Bilan de la journée</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::TourStore</name>
    <message>
        <source>Co-operator tour</source>
        <translation>Tour co-opérateur</translation>
    </message>
    <message>
        <source>Co-operator tour with %1</source>
        <translation>Tour co-opérateur avec %1</translation>
    </message>
    <message>
        <source>Plan the co-operator tour</source>
        <translation>Organiser le tour co-opérateur</translation>
    </message>
    <message>
        <source>Remove the co-operator tour</source>
        <translation>Supprimer le tour co-opérateur</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::TourView</name>
    <message>
        <source>Plan the tour</source>
        <translation>Organiser le tour</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Co-operator tour shown</source>
        <translation>Tour co-opérateur affiché</translation>
    </message>
    <message>
        <source>Contract to plan a tour for</source>
        <translation>Marché pour lequel organiser un tour</translation>
    </message>
    <message>
        <source>Discovery booklet, A5 booklet to fold…</source>
        <translation>Cahier de découverte, livret A5 à plier…</translation>
    </message>
    <message>
        <source>Discovery booklet, A4 pages…</source>
        <translation>Cahier de découverte, pages A4…</translation>
    </message>
    <message>
        <source>Answer key…</source>
        <translation>Corrigé…</translation>
    </message>
    <message>
        <source>Summary of the day…</source>
        <translation>Bilan de la journée…</translation>
    </message>
    <message>
        <source>Once a contract is notified, a day is organised with the buyer, the prescriber and the holder to celebrate the start of the partnership and get to know each other. Each side welcomes the other in its workplace, shows it behind the scenes, introduces its colleagues and takes it to lunch. With a discovery booklet, they do simple exercises together, then agree on how they will exchange information while the contract runs.</source>
        <translation>Une fois le marché notifié, une journée est organisée avec l’acheteur, le prescripteur et le titulaire pour célébrer le début du partenariat et apprendre à mieux se connaître. Chacun accueille l’autre sur son lieu de travail, lui fait découvrir les coulisses de son organisation, lui présente ses collègues et l’emmène déjeuner. À l’aide d’un cahier de découverte, ils accomplissent ensemble des exercices simples, puis se mettent d’accord sur la manière d’échanger l’information tout au long du marché.</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Marché&#x202f;:</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>La journée</translation>
    </message>
    <message>
        <source>Jeu de piste</source>
        <translation>Jeu de piste</translation>
    </message>
    <message>
        <source>Les 10 mots de l&apos;autre</source>
        <translation>«&#xa0;Les 10 mots de l’autre&#xa0;»</translation>
    </message>
    <message>
        <source>Safari photos</source>
        <translation>Safari photos</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>&amp;Tour:</source>
        <translation>&amp;Tour&#x202f;:</translation>
    </message>
    <message>
        <source>Plan a tour for another contract…</source>
        <translation>Organiser un tour pour un autre marché…</translation>
    </message>
    <message>
        <source>Plan a co-operator tour for a notified contract.</source>
        <translation>Organisez un tour co-opérateur pour un marché notifié.</translation>
    </message>
    <message>
        <source>No contract without a tour: contracts are added in the strategy cockpit.</source>
        <translation>Aucun marché sans tour&#x202f;: les marchés s’ajoutent dans le cockpit de la stratégie.</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>summary-of-the-day</source>
        <translation>bilan-de-la-journée</translation>
    </message>
    <message>
        <source>answer-key</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>discovery-booklet</source>
        <translation>cahier-de-découverte</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Remove this tour…</source>
        <translation>Retirer ce tour…</translation>
    </message>
    <message>
        <source>Remove this tour</source>
        <translation>Retirer ce tour</translation>
    </message>
    <message>
        <source>Remove the co-operator tour with its agenda, exercises, answers and agreement? The photos stay in the evidence library. Edit › Undo brings everything back.</source>
        <translation>Retirer le tour co-opérateur avec son programme, ses exercices, ses réponses et son accord&#x202f;? Les photos restent dans les matériaux de l’enquête. «&#xa0;Édition › Annuler&#xa0;» rétablit le tout.</translation>
    </message>
</context>
<context>
    <name>Atelier::Tour::WordsPage</name>
    <message>
        <source>Add a word</source>
        <translation>Ajouter un mot</translation>
    </message>
    <message>
        <source>The administration&apos;s words, explained to the company</source>
        <translation>Les mots de l’administration, expliqués à l’entreprise</translation>
    </message>
    <message>
        <source>The company&apos;s words, explained to the administration</source>
        <translation>Les mots de l’entreprise, expliqués à l’administration</translation>
    </message>
    <message>
        <source>Ten words on each side, each with its definition.</source>
        <translation>Dix mots de chaque côté, chacun avec sa définition.</translation>
    </message>
</context>
<context>
    <name>Atelier::WelcomePage</name>
    <message>
        <source>Atelier Achat</source>
        <translation>Atelier Achat</translation>
    </message>
    <message>
        <source>Strategic public procurement, with citizens, elected officials, buyers and companies around one table.</source>
        <translation>L’achat public stratégique, avec les citoyens, les élus, les acheteurs et les entreprises autour de la même table.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>No recent project yet.</source>
        <translation>Aucun projet récent pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Atelier::WriteError</name>
    <message>
        <source>The change could not be recorded: the disk is full. Free some space and try again; nothing already recorded was lost.</source>
        <translation>La modification n’a pas pu être enregistrée&#x202f;: le disque est plein. Libérez de la place et réessayez&#x202f;; rien de ce qui était déjà enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>The change could not be recorded: the working copy cannot be written. Nothing already recorded was lost.</source>
        <translation>La modification n’a pas pu être enregistrée&#x202f;: la copie de travail ne peut pas être écrite. Rien de ce qui était déjà enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>The change could not be recorded (%1). Nothing already recorded was lost.</source>
        <translation>La modification n’a pas pu être enregistrée (%1). Rien de ce qui était déjà enregistré n’est perdu.</translation>
    </message>
</context>
<context>
    <name>SourcingDocuments</name>
    <message>
        <source>sourcing canvas</source>
        <translation>canevas de sourcing</translation>
    </message>
    <message>
        <source>responsible negotiation</source>
        <translation>négociation responsable</translation>
    </message>
</context>
<context>
    <name>TourDocuments</name>
    <message>
        <source>The co-operator tour: a day in each other&apos;s workplace after the contract is notified</source>
        <translation>Le tour co-opérateur&#x202f;: une journée chez l’un et chez l’autre, après la notification du marché</translation>
    </message>
    <message>
        <source>co-operator tour</source>
        <translation>tour co-opérateur</translation>
    </message>
    <message>
        <source>discovery booklet</source>
        <translation>cahier de découverte</translation>
    </message>
</context>
</TS>
