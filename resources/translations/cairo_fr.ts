<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>not set up yet</source>
        <translation>pas encore configuré</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>bureau de terrain</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Select an activity in the list, or press Ctrl+N to record a new one.</source>
        <translation>Sélectionnez une activité dans la liste, ou appuyez sur Ctrl+N pour en saisir une nouvelle.</translation>
    </message>
    <message>
        <source>This activity has been deleted; it is shown as it was.</source>
        <translation>Cette activité a été supprimée ; elle est affichée telle qu&apos;elle était.</translation>
    </message>
</context>
<context>
    <name>ActivityEditorForm</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Action of the plan:</source>
        <translation>&amp;Action du plan :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Langue des textes :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Other &amp;actions served:</source>
        <translation>Autres &amp;actions servies :</translation>
    </message>
    <message>
        <source>Cross-cutting approaches applied</source>
        <translation>Approches transversales appliquées</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Quand et où</translation>
    </message>
    <message>
        <source>&amp;Planned start:</source>
        <translation>Début &amp;prévu :</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Fin pr&amp;évue :</translation>
    </message>
    <message>
        <source>Actual s&amp;tart:</source>
        <translation>Début &amp;réel :</translation>
    </message>
    <message>
        <source>Actual e&amp;nd:</source>
        <translation>Fi&amp;n réelle :</translation>
    </message>
    <message>
        <source>&amp;Region / province:</source>
        <translation>Ré&amp;gion / province :</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Countries and their role on the route:</source>
        <translation>&amp;Pays et leur rôle sur la route migratoire :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Partners and budget</source>
        <translation>Partenaires et budget</translation>
    </message>
    <message>
        <source>&amp;Organisations and their role:</source>
        <translation>&amp;Organisations et leur rôle :</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Type the number of people per population group, sex and age band. Totals update as you type; leave a cell empty when the number is not known.</source>
        <translation>Saisissez le nombre de personnes par groupe de population, sexe et tranche d&apos;âge. Les totaux se mettent à jour pendant la saisie ; laissez une case vide si le nombre n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes atteintes</translation>
    </message>
    <message>
        <source>People targeted</source>
        <translation>Personnes ciblées</translation>
    </message>
    <message>
        <source>Total people reached (if known):</source>
        <translation>Total des personnes atteintes (si connu) :</translation>
    </message>
    <message>
        <source>Total people targeted (if known):</source>
        <translation>Total des personnes ciblées (si connu) :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
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
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes atteintes</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <source>Conflict {id} is no longer open: it was settled meanwhile (in another window, from the command line or by an import).</source>
        <translation>Le conflit {id} n&apos;est plus ouvert : il a été réglé entre-temps (dans une autre fenêtre, en ligne de commande ou par un import).</translation>
    </message>
    <message>
        <source>Conflict {id} was already settled by a later change.</source>
        <translation>Le conflit {id} a déjà été réglé par une modification plus récente.</translation>
    </message>
    <message>
        <source>Activity {id} was changed since you opened it (you had version {old}, it is now {new}), by an import or in another window. Open it again from the list and make your change again.</source>
        <translation>L&apos;activité {id} a été modifiée depuis que vous l&apos;avez ouverte (vous aviez la version {old}, c&apos;est maintenant {new}), par un import ou dans une autre fenêtre. Ouvrez-la de nouveau depuis la liste et refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Cairo Desktop</source>
        <translation>Cairo Desktop</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Sync packages (*.xlsx);;All files (*)</source>
        <translation>Paquets de synchronisation (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the packages…</source>
        <translation>Vérification des paquets…</translation>
    </message>
    <message>
        <source>Importing the packages…</source>
        <translation>Importation des paquets…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled during {file}: it and the packages after it were not imported. Packages finished before it: %Ln (imported or refused as the preview showed).</source>
        <translation>
            <numerusform>Import annulé pendant {file} : ce paquet et les suivants n&apos;ont pas été importés. Paquets terminés avant lui : %Ln (importés ou refusés comme l&apos;aperçu l&apos;indiquait).</numerusform>
            <numerusform>Import annulé pendant {file} : ce paquet et les suivants n&apos;ont pas été importés. Paquets terminés avant lui : %Ln (importés ou refusés comme l&apos;aperçu l&apos;indiquait).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln had already been imported; importing again changed nothing.</source>
        <translation>
            <numerusform>%Ln avait déjà été importé ; l&apos;importer de nouveau n&apos;a rien changé.</numerusform>
            <numerusform>%Ln avaient déjà été importés ; les importer de nouveau n&apos;a rien changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, with a warning</source>
        <translation>Import terminé, avec un avertissement</translation>
    </message>
    <message>
        <source>Some packages were refused</source>
        <translation>Certains paquets ont été refusés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln packages were refused; nothing was imported from them. Their reasons, file by file, are in the details.</source>
        <translation>
            <numerusform>%Ln paquet a été refusé ; rien n&apos;en a été importé. Ses raisons sont dans les détails.</numerusform>
            <numerusform>%Ln paquets ont été refusés ; rien n&apos;en a été importé. Leurs raisons, fichier par fichier, sont dans les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Sync packages (*.xlsx)</source>
        <translation>Paquets de synchronisation (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln packages imported.</source>
        <translation>
            <numerusform>Paquets importés : {done} sur %Ln.</numerusform>
            <numerusform>Paquets importés : {done} sur %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to resolve: Sync, Conflicts.</source>
        <translation>
            <numerusform>%Ln conflit à résoudre : Synchronisation, Conflits.</numerusform>
            <numerusform>%Ln conflits à résoudre : Synchronisation, Conflits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package written: {file} (%Ln activities).</source>
        <translation>
            <numerusform>Paquet écrit : {file} (%Ln activité).</numerusform>
            <numerusform>Paquet écrit : {file} (%Ln activités).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no package was written.</source>
        <translation>Exportation annulée ; aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Printed reports are not available in this version.</source>
        <translation>Les rapports imprimés ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <source>Activity sheet</source>
        <translation>Fiche d&apos;activité</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the activity sheet…</source>
        <translation>Écriture de la fiche d&apos;activité…</translation>
    </message>
    <message>
        <source>Activity sheet written: {file}</source>
        <translation>Fiche d&apos;activité écrite : {file}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>The same field was changed differently in two places. For each row choose which value to keep, then press Resolve. Until then the app uses the value in bold.</source>
        <translation>Le même champ a été modifié différemment à deux endroits. Pour chaque ligne, choisissez la valeur à conserver, puis appuyez sur Résoudre. D&apos;ici là, l&apos;application utilise la valeur en gras.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valeur ici</translation>
    </message>
    <message>
        <source>Incoming value</source>
        <translation>Valeur reçue</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more value(s)</source>
        <translation>
            <numerusform>+ %Ln autre valeur</numerusform>
            <numerusform>+ %Ln autres valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Also proposed by other edits made apart:
{values}
To keep one of these, settle the field either way, then edit the activity to write it.</source>
        <translation>Proposé aussi par d&apos;autres modifications faites séparément :
{values}
Pour garder l&apos;une de ces valeurs, réglez le champ dans un sens ou dans l&apos;autre, puis modifiez l&apos;activité pour l&apos;écrire.</translation>
    </message>
    <message>
        <source>(decide later)</source>
        <translation>(décider plus tard)</translation>
    </message>
    <message>
        <source>No conflicts to resolve: every imported change agrees with the changes made here.</source>
        <translation>Aucun conflit à résoudre : chaque modification importée s&apos;accorde avec celles faites ici.</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Rien n&apos;est encore choisi</translation>
    </message>
    <message>
        <source>In the Keep column, choose for at least one row which value to keep (the value here or the incoming value), then press Resolve. Rows left on &quot;(decide later)&quot; stay open.</source>
        <translation>Dans la colonne Garder, choisissez pour au moins une ligne la valeur à garder (la valeur ici ou la valeur reçue), puis appuyez sur Résoudre. Les lignes laissées sur « (décider plus tard) » restent ouvertes.</translation>
    </message>
    <message>
        <source>Some conflicts were not settled</source>
        <translation>Certains conflits n&apos;ont pas été résolus</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Settle the whole activity?</source>
        <translation>Régler toute l&apos;activité ?</translation>
    </message>
    <message>
        <source>An activity&apos;s conflicts are settled together. These fields of the same activities are still on &quot;(decide later)&quot;; they will keep the value in bold:

{fields}

Resolve anyway? Press No to choose their values first.</source>
        <translation>Les conflits d&apos;une activité se règlent ensemble. Ces champs des mêmes activités sont encore sur « (décider plus tard) » ; ils garderont la valeur en gras :

{fields}

Régler quand même ? Choisissez Non pour d&apos;abord choisir leurs valeurs.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Cairo Desktop</source>
        <translation>Cairo Desktop</translation>
    </message>
    <message>
        <source>Something went wrong inside Cairo Desktop. Your saved data is safe and the application keeps working; the change you were making may not have been saved. The details were written to the log file:</source>
        <translation>Un problème est survenu dans Cairo Desktop. Vos données enregistrées sont intactes et l&apos;application continue de fonctionner ; la modification en cours n&apos;a peut-être pas été enregistrée. Les détails ont été écrits dans le journal :</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%Ln activities in the current selection</source>
        <translation>
            <numerusform>%Ln activité dans la sélection actuelle</numerusform>
            <numerusform>%Ln activités dans la sélection actuelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities per domain and status</source>
        <translation>Activités par domaine et par statut</translation>
    </message>
    <message>
        <source>People reached by sex and age</source>
        <translation>Personnes atteintes par sexe et par âge</translation>
    </message>
    <message>
        <source>Activities applying each cross-cutting approach (%)</source>
        <translation>Activités appliquant chaque approche transversale (%)</translation>
    </message>
    <message>
        <source>Share of the selected activities</source>
        <translation>Part des activités sélectionnées</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>process {pid} on computer {host}</source>
        <translation>processus {pid} sur l&apos;ordinateur {host}</translation>
    </message>
    <message>
        <source>This database is already open in another copy of Cairo Desktop ({holder}). Close the other window first, or use that one. Database: {file}</source>
        <translation>Cette base de données est déjà ouverte dans une autre copie de Cairo Desktop ({holder}). Fermez d&apos;abord l&apos;autre fenêtre, ou utilisez-la. Base de données : {file}</translation>
    </message>
    <message>
        <source>Cairo Desktop cannot create its lock file {file}. Check that the folder is writable.</source>
        <translation>Cairo Desktop ne peut pas créer son fichier de verrou {file}. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>EditorFields</name>
    <message>
        <source>Cannot read &quot;{value}&quot; as a date; type it as {iso}.</source>
        <translation>Impossible de lire « {value} » comme une date ; tapez-la sous la forme {iso}.</translation>
    </message>
    <message>
        <source>Cannot read &quot;{value}&quot; as a date; type it as {local} or {iso}.</source>
        <translation>Impossible de lire « {value} » comme une date ; tapez-la sous la forme {local} ou {iso}.</translation>
    </message>
    <message>
        <source>for example {local} or {iso}</source>
        <translation>par exemple {local} ou {iso}</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>Choisir le jour dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Retirer cette ligne</translation>
    </message>
</context>
<context>
    <name>EditorTexts</name>
    <message>
        <source>(choose an action)</source>
        <translation>(choisir une action)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role on the route</source>
        <translation>Rôle sur la route</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>for example 25000</source>
        <translation>par exemple 25000</translation>
    </message>
    <message>
        <source>leave empty to use the sum of the grid</source>
        <translation>laisser vide pour utiliser la somme de la grille</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>New activity for office {office}</source>
        <translation>Nouvelle activité du bureau {office}</translation>
    </message>
    <message>
        <source>Activity {id} of office {office}, last changed {when} by {who}</source>
        <translation>Activité {id} du bureau {office}, modifiée le {when} par {who}</translation>
    </message>
    <message>
        <source>Not saved yet: correct the fields marked in red ({count}).</source>
        <translation>Pas encore enregistré : corrigez les champs signalés en rouge ({count}).</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Delete this activity? It disappears from the list and from reports; its history is kept and the deletion travels to other offices with the next package.</source>
        <translation>Supprimer cette activité ? Elle disparaît de la liste et des rapports ; son historique est conservé et la suppression part vers les autres bureaux avec le prochain paquet.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>Choose the action of the plan this activity serves (for example 3.2).</source>
        <translation>Choisissez l&apos;action du plan que sert cette activité (par exemple 3.2).</translation>
    </message>
    <message>
        <source>A start date is required once an activity has started.</source>
        <translation>Une date de début est obligatoire dès que l&apos;activité a commencé.</translation>
    </message>
    <message>
        <source>The date {date} is not between 1900 and 2100; check the year.</source>
        <translation>La date {date} n’est pas comprise entre 1900 et 2100 ; vérifiez l’année.</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>La fin ({end}) est antérieure au début ({start}).</translation>
    </message>
    <message>
        <source>Say in which currency the budget is (for example EUR).</source>
        <translation>Indiquez la devise du budget (par exemple EUR).</translation>
    </message>
    <message>
        <source>{count} is more people than live on Earth; check the number.</source>
        <translation>{count} personnes, c’est plus que la population de la Terre ; vérifiez le nombre.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Le budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The budget must be an amount of money, for example 25000.</source>
        <translation>Le budget doit être un montant, par exemple 25000.</translation>
    </message>
    <message>
        <source>{amount} is more than any budget; check the amount.</source>
        <translation>{amount} dépasse tout budget ; vérifiez le montant.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be read as one amount of money: a comma may only group thousands (as in 1,500). Write the amount with a point as decimal separator, for example 1500.50.</source>
        <translation>« {value} » ne se lit pas comme un seul montant : une virgule ne peut séparer que les milliers (comme dans 1,500). Écrivez le montant avec un point comme séparateur décimal, par exemple 1500.50.</translation>
    </message>
    <message>
        <source>Every organisation needs a name.</source>
        <translation>Chaque organisation doit avoir un nom.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, for example 2025-04-09.</source>
        <translation>« {value} » n&apos;est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2025-04-09.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount of money; write digits only, for example 25000.</source>
        <translation>« {value} » n&apos;est pas un montant ; écrivez seulement des chiffres, par exemple 25000.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of people.</source>
        <translation>« {value} » n&apos;est pas un nombre entier de personnes.</translation>
    </message>
    <message>
        <source>The people in the grid add up to {sum}, more than the stated total of {total}.</source>
        <translation>Les personnes de la grille totalisent {sum}, plus que le total indiqué de {total}.</translation>
    </message>
    <message>
        <source>Choose a country in every row, or remove the empty row.</source>
        <translation>Choisissez un pays dans chaque ligne, ou supprimez la ligne vide.</translation>
    </message>
    <message>
        <source>{country} is listed twice.</source>
        <translation>{country} figure deux fois.</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}).</source>
        <translation>Le titre est trop long ({length} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>Le texte est trop long (au plus {limit} caractères).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an action of the Cairo Action Plan (1.1 to 5.4).</source>
        <translation>« {code} » n&apos;est pas une action du Plan d&apos;action du Caire (1.1 à 5.4).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a cross-cutting approach; use one of {choices}.</source>
        <translation>« {code} » n&apos;est pas une approche transversale ; utilisez l&apos;une de : {choices}.</translation>
    </message>
    <message>
        <source>A status is required; use one of {choices}.</source>
        <translation>Un statut est obligatoire ; utilisez l&apos;un de : {choices}.</translation>
    </message>
    <message>
        <source>An activity type is required; use one of {choices}.</source>
        <translation>Un type d&apos;activité est obligatoire ; utilisez l&apos;un de : {choices}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a status; use one of {choices}.</source>
        <translation>« {code} » n&apos;est pas un statut ; utilisez l&apos;un de : {choices}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an activity type; use one of {choices}.</source>
        <translation>« {code} » n&apos;est pas un type d&apos;activité ; utilisez l&apos;un de : {choices}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a known language code.</source>
        <translation>« {code} » n&apos;est pas un code de langue connu.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166 alpha-3 country code (for example ETH, SDN, ITA).</source>
        <translation>« {code} » n&apos;est pas un code pays ISO 3166 alpha-3 (par exemple ETH, SDN, ITA).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a route role; use origin, transit or destination.</source>
        <translation>« {code} » n&apos;est pas un rôle sur la route ; utilisez origine, transit ou destination.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an organisation role; use one of {choices}.</source>
        <translation>« {code} » n&apos;est pas un rôle d&apos;organisation ; utilisez l&apos;un de : {choices}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an organisation type code.</source>
        <translation>« {code} » n&apos;est pas un code de type d&apos;organisation.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code (for example EUR, USD, ETB).</source>
        <translation>« {code} » n&apos;est pas un code de devise ISO 4217 (par exemple EUR, USD, ETB).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a population group.</source>
        <translation>« {code} » n&apos;est pas un groupe de population.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a sex category; use f, m or x.</source>
        <translation>« {code} » n&apos;est pas une catégorie de sexe ; utilisez f, m ou x.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an age band.</source>
        <translation>« {code} » n&apos;est pas une tranche d&apos;âge.</translation>
    </message>
    <message>
        <source>People targeted cannot be negative ({cell}: {value}).</source>
        <translation>Le nombre de personnes ciblées ne peut pas être négatif ({cell} : {value}).</translation>
    </message>
    <message>
        <source>People reached cannot be negative ({cell}: {value}).</source>
        <translation>Le nombre de personnes atteintes ne peut pas être négatif ({cell} : {value}).</translation>
    </message>
    <message>
        <source>The cell {cell} appears twice.</source>
        <translation>La case {cell} apparaît deux fois.</translation>
    </message>
    <message>
        <source>The total of people targeted cannot be negative.</source>
        <translation>Le total des personnes ciblées ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The total of people reached cannot be negative.</source>
        <translation>Le total des personnes atteintes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Read only: this activity belongs to office {owner}. This installation is the field office {office} and can change only its own activities; the owner or a coordinator can change it.</source>
        <translation>Lecture seule : cette activité appartient au bureau {owner}. Cette installation est le bureau de terrain {office} et ne peut modifier que ses propres activités ; le bureau propriétaire ou un coordinateur peut la modifier.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export a sync package</source>
        <translation>Exporter un paquet de synchronisation</translation>
    </message>
    <message>
        <source>A package carries activities to the coordinator or to the offices, by USB stick or email. Choose what it should carry.</source>
        <translation>Un paquet transporte des activités vers le coordinateur ou vers les bureaux, par clé USB ou courriel. Choisissez ce qu&apos;il doit contenir.</translation>
    </message>
    <message>
        <source>What the recipient has not confirmed receiving yet (usual)</source>
        <translation>Ce que le destinataire n&apos;a pas encore confirmé avoir reçu (habituel)</translation>
    </message>
    <message>
        <source>Only what changed since my last export</source>
        <translation>Seulement ce qui a changé depuis mon dernier export</translation>
    </message>
    <message>
        <source>Everything (for a new or restored installation)</source>
        <translation>Tout (pour une installation nouvelle ou restaurée)</translation>
    </message>
    <message>
        <source>All offices (a consolidated package)</source>
        <translation>Tous les bureaux (un paquet consolidé)</translation>
    </message>
    <message>
        <source>Activities of</source>
        <translation>Activités de</translation>
    </message>
</context>
<context>
    <name>FileTexts</name>
    <message>
        <source>you are not allowed to write in that folder</source>
        <translation>vous n’avez pas le droit d’écrire dans ce dossier</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Free some space on it or choose another disk.</source>
        <translation>Libérez de la place ou choisissez un autre disque.</translation>
    </message>
    <message>
        <source>your share of the disk is used up</source>
        <translation>votre part du disque est épuisée</translation>
    </message>
    <message>
        <source>the disk stopped answering</source>
        <translation>le disque ne répond plus</translation>
    </message>
    <message>
        <source>Check that it is still connected and try again.</source>
        <translation>Vérifiez qu’il est toujours branché et réessayez.</translation>
    </message>
    <message>
        <source>the folder is no longer there</source>
        <translation>le dossier n’existe plus</translation>
    </message>
    <message>
        <source>Check that the disk is still connected and try again.</source>
        <translation>Vérifiez que le disque est toujours branché et réessayez.</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>Choisissez un nom plus court.</translation>
    </message>
    <message>
        <source>the file is open in another program, or you are not allowed to replace it</source>
        <translation>le fichier est ouvert dans un autre programme, ou vous n’avez pas le droit de le remplacer</translation>
    </message>
    <message>
        <source>Close it there and try again.</source>
        <translation>Fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <source>the system does not allow it ({reason})</source>
        <translation>le système ne le permet pas ({reason})</translation>
    </message>
    <message>
        <source>Cannot write {file}: no new file can be made in the folder {folder}, because {reason}. {advice}</source>
        <translation>Impossible d’écrire {file} : aucun nouveau fichier ne peut être créé dans le dossier {folder}, car {reason}. {advice}</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist. Create it or choose another folder.</source>
        <translation>Impossible d’écrire {file} : le dossier {folder} n’existe pas. Créez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {folder} is a file, not a folder. Choose another folder.</source>
        <translation>Impossible d’écrire {file} : {folder} est un fichier, pas un dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{folder} is a folder, not a file. Give the name of a file to write in it, for example {example}.</source>
        <translation>{folder} est un dossier, pas un fichier. Donnez le nom d’un fichier à y écrire, par exemple {example}.</translation>
    </message>
    <message>
        <source>This package would hold {count} rows on its sheet &apos;{sheet}&apos;, more than a spreadsheet holds ({limit} below the header). Choose one office at a time, or what changed since the last export.</source>
        <translation>Ce paquet compterait {count} lignes sur sa feuille « {sheet} », plus qu&apos;un tableur n&apos;en contient ({limit} sous l&apos;en-tête). Choisissez un bureau à la fois, ou ce qui a changé depuis le dernier export.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}. {advice}</source>
        <translation>Impossible d’écrire {file} : {reason}. {advice}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find activities: words of the title, place or description (Ctrl+F)</source>
        <translation>Rechercher des activités : mots du titre, du lieu ou de la description (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the activity</source>
        <translation>Historique de l&apos;activité</translation>
    </message>
    <message>
        <source>When / field</source>
        <translation>Quand / champ</translation>
    </message>
    <message>
        <source>Who / before</source>
        <translation>Qui / avant</translation>
    </message>
    <message>
        <source>Office / after</source>
        <translation>Bureau / après</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>The file does not exist or cannot be opened. Check where it was saved.</source>
        <translation>Le fichier n&apos;existe pas ou ne peut pas être ouvert. Vérifiez où il a été enregistré.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx), or it was cut short while copying. Copy the file again from the USB stick or email and retry.</source>
        <translation>Ce n&apos;est pas un classeur Excel (.xlsx), ou il a été tronqué pendant la copie. Copiez à nouveau le fichier depuis la clé USB ou le courriel, puis réessayez.</translation>
    </message>
    <message>
        <source>The workbook is damaged; perhaps the copy was interrupted. Copy the file again and retry.</source>
        <translation>Le classeur est endommagé ; la copie a peut-être été interrompue. Copiez à nouveau le fichier et réessayez.</translation>
    </message>
    <message>
        <source>The workbook cannot be read ({detail}); it is damaged. Copy the file again, or ask the sender to export it again.</source>
        <translation>Le classeur ne peut pas être lu ({detail}) ; il est endommagé. Copiez à nouveau le fichier, ou demandez à l&apos;expéditeur de l&apos;exporter à nouveau.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; cannot be read ({detail}); the file is damaged. Copy the file again, or ask the sender to export it again.</source>
        <translation>La feuille « {sheet} » ne peut pas être lue ({detail}) ; le fichier est endommagé. Copiez à nouveau le fichier, ou demandez à l&apos;expéditeur de l&apos;exporter à nouveau.</translation>
    </message>
    <message>
        <source>This workbook is not a Cairo Desktop sync package (its hidden &apos;_manifest&apos; sheet names the format &apos;{format}&apos;). Ask the sender to export the package again from Cairo Desktop.</source>
        <translation>Ce classeur n&apos;est pas un paquet de synchronisation Cairo Desktop (sa feuille cachée « _manifest » indique le format « {format} »). Demandez à l&apos;expéditeur d&apos;exporter à nouveau le paquet depuis Cairo Desktop.</translation>
    </message>
    <message>
        <source>The hidden &apos;_manifest&apos; sheet, which says where the package comes from, is damaged. Ask the sender to export the package again.</source>
        <translation>La feuille cachée « _manifest », qui indique d&apos;où vient le paquet, est endommagée. Demandez à l&apos;expéditeur d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <source>The sheet(s) {sheets} are missing, so this is not a complete Cairo Desktop package (or a sheet was renamed or deleted). Ask the sender to export the package again.</source>
        <translation>La ou les feuilles {sheets} manquent : ce n&apos;est donc pas un paquet Cairo Desktop complet (ou une feuille a été renommée ou supprimée). Demandez à l&apos;expéditeur d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet &apos;{sheet}&apos; holds a formula; packages carry values only. Replace the formula by its value (copy, paste as values) and save again.</source>
        <translation>La cellule {cell} de la feuille « {sheet} » contient une formule ; les paquets ne contiennent que des valeurs. Remplacez la formule par sa valeur (copier, coller les valeurs) et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>A cell of sheet &apos;{sheet}&apos; holds a formula; packages carry values only. Replace formulas by their values and save again.</source>
        <translation>Une cellule de la feuille « {sheet} » contient une formule ; les paquets ne contiennent que des valeurs. Remplacez les formules par leurs valeurs et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The package uses sync format version {version}, and this Cairo Desktop reads version {supported}. Update Cairo Desktop on this computer, or ask the sender to export with format version {supported}.</source>
        <translation>Le paquet utilise la version {version} du format de synchronisation, et ce Cairo Desktop lit la version {supported}. Mettez à jour Cairo Desktop sur cet ordinateur, ou demandez à l&apos;expéditeur d&apos;exporter avec la version {supported} du format.</translation>
    </message>
    <message>
        <source>The package uses sync format version {version}, which this Cairo Desktop no longer reads (it reads version {supported}). Ask the sender to update Cairo Desktop and export again.</source>
        <translation>Le paquet utilise la version {version} du format de synchronisation, que ce Cairo Desktop ne lit plus (il lit la version {supported}). Demandez à l&apos;expéditeur de mettre à jour Cairo Desktop et d&apos;exporter à nouveau.</translation>
    </message>
    <message>
        <source>The package claims to come from this office ({office}) but is signed with another key (fingerprint {fingerprint}). It was not made here; do not import it.</source>
        <translation>Le paquet prétend venir de ce bureau ({office}) mais il est signé avec une autre clé (empreinte {fingerprint}). Il n&apos;a pas été fait ici : ne l&apos;importez pas.</translation>
    </message>
    <message>
        <source>The package is signed with a different key than the one trusted for office {office} (trusted {trusted}, this one {fingerprint}). If that office reinstalled Cairo Desktop, confirm the new fingerprint by phone and trust it under Sync, Keys; otherwise do not import it.</source>
        <translation>Le paquet est signé avec une autre clé que celle de confiance pour le bureau {office} (de confiance : {trusted}, celle-ci : {fingerprint}). Si ce bureau a réinstallé Cairo Desktop, confirmez la nouvelle empreinte par téléphone et faites-lui confiance dans Synchronisation, Clés ; sinon, ne l&apos;importez pas.</translation>
    </message>
    <message>
        <source>The package says it comes from office {office}, but it is signed with the key already trusted for office {other} (fingerprint {fingerprint}). One key signing for two offices means the package may not come from {office}, or that office&apos;s computer was copied from {other}&apos;s. Confirm the fingerprint by phone with office {office}: if it is the same, trust it for {office} under Sync, Keys and import again; otherwise do not import it.</source>
        <translation>Le paquet dit venir du bureau {office}, mais il est signé avec la clé déjà reconnue pour le bureau {other} (empreinte {fingerprint}). Une même clé qui signe pour deux bureaux signifie que le paquet ne vient peut-être pas de {office}, ou que l&apos;ordinateur de ce bureau a été copié sur celui de {other}. Vérifiez l&apos;empreinte par téléphone avec le bureau {office} : si c&apos;est la même, faites-lui confiance pour {office} dans Synchronisation, Clés, puis importez à nouveau ; sinon, ne l&apos;importez pas.</translation>
    </message>
    <message>
        <source>Office {office} is known as a field office, but this package claims the coordinator role. Ask the coordinator to confirm; do not import it.</source>
        <translation>Le bureau {office} est connu comme bureau de terrain, mais ce paquet revendique le rôle de coordinateur. Demandez confirmation au coordinateur ; ne l&apos;importez pas.</translation>
    </message>
    <message>
        <source>{count} problem(s) in the rows below ({listed} listed); nothing was imported. Correct them in the workbook and import it again.</source>
        <translation>{count} problème(s) dans les lignes ci-dessous ({listed} listé(s)) ; rien n&apos;a été importé. Corrigez-les dans le classeur et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The header row of sheet &apos;{sheet}&apos; is not as exported (missing columns: {missing}; unknown columns: {unknown}). Keep the header row exactly as exported: do not rename, add or delete columns.</source>
        <translation>La ligne d&apos;en-tête de la feuille « {sheet} » n&apos;est pas telle qu&apos;exportée (colonnes manquantes : {missing} ; colonnes inconnues : {unknown}). Gardez la ligne d&apos;en-tête exactement telle qu&apos;exportée : ne renommez, n&apos;ajoutez ni ne supprimez aucune colonne.</translation>
    </message>
    <message>
        <source>The columns of sheet &apos;{sheet}&apos; are in a different order than exported. Put them back in the original order.</source>
        <translation>Les colonnes de la feuille « {sheet} » ne sont pas dans l&apos;ordre de l&apos;export. Remettez-les dans l&apos;ordre d&apos;origine.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}: there is a value in column {column}, to the right of the last column. Remove it: packages carry only the listed columns.</source>
        <translation>Feuille « {sheet} », ligne {row} : il y a une valeur dans la colonne {column}, à droite de la dernière colonne. Supprimez-la : les paquets ne contiennent que les colonnes prévues.</translation>
    </message>
    <message>
        <source>The file is {size} MB, larger than any package should be ({limit} MB). Ask the sender to split the export.</source>
        <translation>Le fichier fait {size} Mo, plus qu&apos;aucun paquet ne devrait ({limit} Mo). Demandez à l&apos;expéditeur de scinder l&apos;export.</translation>
    </message>
    <message>
        <source>The workbook would unpack to far more than a package holds, as &apos;zip bombs&apos; do; it was refused unread. Ask the sender for a normally exported package, or to split the export.</source>
        <translation>Le classeur se décompresserait en bien plus que ce que contient un paquet, comme le font les « bombes zip » ; il a été refusé sans être lu. Demandez à l&apos;expéditeur un paquet exporté normalement, ou de scinder l&apos;export.</translation>
    </message>
    <message>
        <source>The workbook contains XML entity definitions, a known attack (&apos;billion laughs&apos;); it was refused unread. Do not open this file; ask the sender for a normally exported package.</source>
        <translation>Le classeur contient des définitions d&apos;entités XML, une attaque connue (« billion laughs ») ; il a été refusé sans être lu. N&apos;ouvrez pas ce fichier ; demandez à l&apos;expéditeur un paquet exporté normalement.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; uses {count} columns; a package sheet has at most {limit}. Remove the extra columns (or cells far to the right) and save again.</source>
        <translation>La feuille « {sheet} » utilise {count} colonnes ; une feuille de paquet en a au plus {limit}. Supprimez les colonnes en trop (ou les cellules très à droite) et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has more rows than a package may hold; it was refused unread. Split the export into smaller packages.</source>
        <translation>La feuille « {sheet} » a plus de lignes qu&apos;un paquet ne peut en contenir ; elle a été refusée sans être lue. Scindez l&apos;export en paquets plus petits.</translation>
    </message>
    <message>
        <source>A cell of sheet &apos;{sheet}&apos; has no position, or a damaged one; Excel and LibreOffice always write one, so the file was changed by another program. It was refused unread. Open it in Excel or LibreOffice, save it, and import it again; or ask the sender to export it again.</source>
        <translation>Une cellule de la feuille « {sheet} » n&apos;a pas de position, ou une position abîmée ; Excel et LibreOffice en écrivent toujours une, donc le fichier a été modifié par un autre programme. Il a été refusé sans être lu. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le, puis importez-le à nouveau ; ou demandez à l&apos;expéditeur de l&apos;exporter à nouveau.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; holds XML comments, CDATA sections or processing instructions, which Excel and LibreOffice never write, so the file was changed by another program. It was refused unread. Open it in Excel or LibreOffice, save it, and import it again; or ask the sender to export it again.</source>
        <translation>La feuille « {sheet} » contient des commentaires XML, des sections CDATA ou des instructions de traitement, qu&apos;Excel et LibreOffice n&apos;écrivent jamais ; le fichier a donc été modifié par un autre programme. Il a été refusé sans être lu. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le, puis importez-le à nouveau ; ou demandez à l&apos;expéditeur de l&apos;exporter à nouveau.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; is empty: its header row is missing. Ask the sender to export the package again.</source>
        <translation>La feuille « {sheet} » est vide : sa ligne d&apos;en-tête manque. Demandez à l&apos;expéditeur d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, row {row}, column &apos;{field}&apos;: a cell holds {length} characters; a cell may hold at most {limit}. Shorten it and save again.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne « {field} » : une cellule contient {length} caractères ; une cellule peut en contenir au plus {limit}. Raccourcissez-la et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>It is not signed, or its values were changed after it was signed, so where it comes from cannot be checked. To import it anyway, import it again and press “Import anyway…” in the preview.</source>
        <translation>Il n&apos;est pas signé, ou ses valeurs ont été modifiées après la signature : sa provenance ne peut donc pas être vérifiée. Pour l&apos;importer quand même, importez-le à nouveau et appuyez sur « Importer quand même… » dans l&apos;aperçu.</translation>
    </message>
    <message>
        <source>This is package number {seq} from office {office}, but a package with that number was already imported (the latest is number {last}); a re-numbered package is refused. If the office restored an old backup, ask it to export everything (Sync, Export package, Everything).</source>
        <translation>Ceci est le paquet numéro {seq} du bureau {office}, mais un paquet portant ce numéro a déjà été importé (le dernier est le numéro {last}) ; un paquet renuméroté est refusé. Si le bureau a restauré une ancienne sauvegarde, demandez-lui de tout exporter (Synchronisation, Exporter un paquet, Tout).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;</source>
        <translation>Feuille « {sheet} »</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>colonne « {column} »</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import packages: preview</source>
        <translation>Importer des paquets : aperçu</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. This is what the import would do:</source>
        <translation>Rien n&apos;a encore été modifié. Voici ce que ferait l&apos;importation :</translation>
    </message>
    <message>
        <source>Unsigned or changed packages are accepted, for this reason (it is recorded): {reason}</source>
        <translation>Les paquets non signés ou modifiés sont acceptés, pour cette raison (elle est enregistrée) : {reason}</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <source>can be imported</source>
        <translation>peut être importé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>It is not signed, or its values were changed after it was signed (for example by hand in a spreadsheet), so where it comes from cannot be checked. If you know, press “Import anyway…” and say why.</source>
        <translation>Il n&apos;est pas signé, ou ses valeurs ont été modifiées après la signature (par exemple à la main dans un tableur) : sa provenance ne peut donc pas être vérifiée. Si vous la connaissez, appuyez sur « Importer quand même… » et dites pourquoi.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Import &amp;anyway…</source>
        <translation>Importer &amp;quand même…</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <source>Why may the unsigned or changed packages be imported? For example: “partner workbook, checked by phone with the sender”. The reason is recorded with the import.</source>
        <translation>Pourquoi les paquets non signés ou modifiés peuvent-ils être importés ? Par exemple : « classeur d&apos;un partenaire, vérifié par téléphone avec l&apos;expéditeur ». La raison est enregistrée avec l&apos;import.</translation>
    </message>
    <message>
        <source>Already imported: importing it again changes nothing.</source>
        <translation>Déjà importé : l&apos;importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <source>From office {office}, package number {seq}.</source>
        <translation>Du bureau {office}, paquet numéro {seq}.</translation>
    </message>
    <message>
        <source>Its signature is valid (key {fingerprint}).</source>
        <translation>Sa signature est valide (clé {fingerprint}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields were changed differently here and at the sender; after the import, choose which values to keep under Sync, Conflicts.</source>
        <translation>
            <numerusform>%Ln champ a été modifié différemment ici et chez l&apos;expéditeur ; après l&apos;import, choisissez la valeur à garder dans Synchronisation, Conflits.</numerusform>
            <numerusform>%Ln champs ont été modifiés différemment ici et chez l&apos;expéditeur ; après l&apos;import, choisissez les valeurs à garder dans Synchronisation, Conflits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The package is not signed.</source>
        <translation>Le paquet n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>Its signature does not match: the hidden &apos;_manifest&apos; sheet was changed.</source>
        <translation>Sa signature ne correspond pas : la feuille cachée « _manifest » a été modifiée.</translation>
    </message>
    <message>
        <source>The values of sheet &apos;{sheet}&apos; were changed after the package was signed.</source>
        <translation>Les valeurs de la feuille « {sheet} » ont été modifiées après la signature du paquet.</translation>
    </message>
    <message>
        <source>First package from office {office}: its key (fingerprint {fingerprint}) becomes the trusted key for that office once imported. Read the fingerprint to the sender by phone to confirm it.</source>
        <translation>Premier paquet du bureau {office} : sa clé (empreinte {fingerprint}) deviendra la clé de confiance de ce bureau une fois importé. Lisez l&apos;empreinte à l&apos;expéditeur par téléphone pour la confirmer.</translation>
    </message>
    <message>
        <source>Not signed, or changed after it was signed; accepted because: {reason}. It may only change activities of office {office}.</source>
        <translation>Non signé, ou modifié après la signature ; accepté parce que : {reason}. Il ne peut modifier que les activités du bureau {office}.</translation>
    </message>
    <message>
        <source>Signed with the key office {office} used before it reinstalled Cairo Desktop (fingerprint {fingerprint}): a package made before the reinstall, imported as such.</source>
        <translation>Signé avec la clé que le bureau {office} utilisait avant de réinstaller Cairo Desktop (empreinte {fingerprint}) : un paquet fait avant la réinstallation, importé comme tel.</translation>
    </message>
    <message>
        <source>Package {first} from office {office} has not been imported yet; nothing is lost, import it when it arrives.</source>
        <translation>Le paquet {first} du bureau {office} n&apos;a pas encore été importé ; rien n&apos;est perdu, importez-le quand il arrivera.</translation>
    </message>
    <message>
        <source>Packages {first} to {last} from office {office} have not been imported yet; nothing is lost, import them when they arrive.</source>
        <translation>Les paquets {first} à {last} du bureau {office} n&apos;ont pas encore été importés ; rien n&apos;est perdu, importez-les dès leur arrivée.</translation>
    </message>
    <message>
        <source>No backup of the database was made before this import: the PostgreSQL backup program (pg_dump) was not found on this computer. Ask whoever runs the database server to confirm that it is backed up, or install the PostgreSQL client tools on this computer so that the next imports are backed up.</source>
        <translation>Aucune sauvegarde de la base de données n&apos;a été faite avant cet import : le programme de sauvegarde de PostgreSQL (pg_dump) est introuvable sur cet ordinateur. Demandez à la personne qui gère le serveur de base de données de confirmer qu&apos;il est sauvegardé, ou installez les outils clients de PostgreSQL sur cet ordinateur pour que les prochains imports soient sauvegardés.</translation>
    </message>
    <message>
        <source>No backup of the database was made before this import: the PostgreSQL backup program (pg_dump) failed ({detail}). Ask whoever runs the database server to confirm that it is backed up. If the message speaks of a version mismatch, install PostgreSQL client tools of the server&apos;s version or newer.</source>
        <translation>Aucune sauvegarde de la base de données n&apos;a été faite avant cet import : le programme de sauvegarde de PostgreSQL (pg_dump) a échoué ({detail}). Demandez à la personne qui gère le serveur de base de données de confirmer qu&apos;il est sauvegardé. Si le message parle de versions incompatibles, installez les outils clients de PostgreSQL de la version du serveur, ou plus récents.</translation>
    </message>
    <message>
        <source>New activities</source>
        <translation>Nouvelles activités</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Already here, unchanged</source>
        <translation>Déjà présentes, inchangées</translation>
    </message>
    <message>
        <source>Older than what is here (kept as history)</source>
        <translation>Plus anciennes que celles d&apos;ici (gardées dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Edited in both places, merged</source>
        <translation>Modifiées des deux côtés, fusionnées</translation>
    </message>
    <message>
        <source>Activities edited in both places, with conflicts to resolve</source>
        <translation>Activités modifiées des deux côtés, avec des conflits à résoudre</translation>
    </message>
    <message>
        <source>Rows added or changed by hand in the workbook</source>
        <translation>Lignes ajoutées ou modifiées à la main dans le classeur</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>&apos;{value}&apos; is text, not a date. Type the date so the spreadsheet recognises it, or write it as YYYY-MM-DD (e.g. 2025-04-09).</source>
        <translation>« {value} » est du texte, pas une date. Saisissez la date pour que le tableur la reconnaisse, ou écrivez-la sous la forme AAAA-MM-JJ (par ex. 2025-04-09).</translation>
    </message>
    <message>
        <source>{value} is negative; a number of people cannot be below zero.</source>
        <translation>{value} est négatif ; un nombre de personnes ne peut pas être inférieur à zéro.</translation>
    </message>
    <message>
        <source>{value} is not a whole number of people.</source>
        <translation>{value} n&apos;est pas un nombre entier de personnes.</translation>
    </message>
    <message>
        <source>This row was not exported as a deletion. Rows cannot be added to the &apos;Deleted&apos; sheet by hand; delete activities in Cairo Desktop instead.</source>
        <translation>Cette ligne n&apos;a pas été exportée comme une suppression. On ne peut pas ajouter de lignes à la main dans la feuille « Deleted » ; supprimez plutôt les activités dans Cairo Desktop.</translation>
    </message>
    <message>
        <source>The row of activity {activity} (version {version}) is missing; rows must not be deleted from a package. Ask the sender for the original file.</source>
        <translation>La ligne de l&apos;activité {activity} (version {version}) manque ; il ne faut pas supprimer de lignes d&apos;un paquet. Demandez le fichier d&apos;origine à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Version {version} appears on two rows (a duplicated row). Delete the copy and save again.</source>
        <translation>La version {version} figure sur deux lignes (une ligne dupliquée). Supprimez la copie et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Version {version} is listed twice in the hidden bookkeeping sheet (duplicated rows). Ask the sender to export the package again.</source>
        <translation>La version {version} figure deux fois dans la feuille cachée de suivi (lignes dupliquées). Demandez à l&apos;expéditeur d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <source>The hidden bookkeeping row is damaged. Ask the sender to export the package again.</source>
        <translation>La ligne de suivi cachée est endommagée. Demandez à l&apos;expéditeur d&apos;exporter à nouveau le paquet.</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is used by another new row as well; give each new activity its own reference (or leave it empty).</source>
        <translation>« {reference} » est aussi utilisé par une autre nouvelle ligne ; donnez à chaque nouvelle activité sa propre référence (ou laissez-la vide).</translation>
    </message>
    <message>
        <source>The Activity ID is empty, so this row belongs to no activity. Write the Activity ID of its activity as on the &apos;Activities&apos; sheet (for a new activity, the reference you gave it there, such as new-1).</source>
        <translation>La colonne « Activity ID » est vide : cette ligne n&apos;appartient à aucune activité. Écrivez l&apos;« Activity ID » de son activité tel qu&apos;il figure dans la feuille « Activities » (pour une nouvelle activité, la référence que vous lui y avez donnée, par exemple new-1).</translation>
    </message>
    <message>
        <source>This row belongs to activity &apos;{reference}&apos;, but no row of the &apos;Activities&apos; sheet has that Activity ID and Version, so it would be lost. Write the Activity ID and Version of its activity exactly as on the &apos;Activities&apos; sheet (for a new activity, its reference, such as new-1, and an empty Version), or delete this row.</source>
        <translation>Cette ligne appartient à l&apos;activité « {reference} », mais aucune ligne de la feuille « Activities » n&apos;a cet « Activity ID » et cette « Version » : elle serait perdue. Écrivez l&apos;« Activity ID » et la « Version » de son activité exactement comme dans la feuille « Activities » (pour une nouvelle activité, sa référence, par exemple new-1, et une « Version » vide), ou supprimez cette ligne.</translation>
    </message>
    <message>
        <source>The Version cell holds &apos;{value}&apos;, which is not the version this row was exported with. Copy the Version back from the original file (it must stay exactly as exported), or leave it empty for a new activity.</source>
        <translation>La cellule « Version » contient « {value} », qui n&apos;est pas la version avec laquelle cette ligne a été exportée. Recopiez la « Version » depuis le fichier d&apos;origine (elle doit rester exactement telle qu&apos;exportée), ou laissez-la vide pour une nouvelle activité.</translation>
    </message>
    <message>
        <source>The Version cell is empty, but activity {activity} was exported with a version. Copy the Version back from the original file; only a new activity has an empty Version.</source>
        <translation>La cellule « Version » est vide, mais l&apos;activité {activity} a été exportée avec une version. Recopiez la « Version » depuis le fichier d&apos;origine ; seule une nouvelle activité a une « Version » vide.</translation>
    </message>
    <message>
        <source>The Activity ID was changed: the Version of this row belongs to activity {activity}. Copy the Activity ID back from the original file; a new activity needs a row of its own with an empty Version.</source>
        <translation>L&apos;« Activity ID » a été modifié : la « Version » de cette ligne appartient à l&apos;activité {activity}. Recopiez l&apos;« Activity ID » depuis le fichier d&apos;origine ; une nouvelle activité a besoin de sa propre ligne, avec une « Version » vide.</translation>
    </message>
    <message>
        <source>Activity {activity} belongs to office {owner}; a package from field office {office} may only change its own activities. Ask the coordinator to send that change.</source>
        <translation>L&apos;activité {activity} appartient au bureau {owner} ; un paquet du bureau de terrain {office} ne peut modifier que ses propres activités. Demandez au coordinateur d&apos;envoyer ce changement.</translation>
    </message>
    <message>
        <source>Activity {activity} belongs to office {owner}; this workbook is not signed, so it may only change activities of the office it names ({office}). Undo the change to that activity, or ask office {owner} to make it.</source>
        <translation>L&apos;activité {activity} appartient au bureau {owner} ; ce classeur n&apos;est pas signé, il ne peut donc modifier que les activités du bureau qu&apos;il nomme ({office}). Annulez la modification de cette activité, ou demandez au bureau {owner} de la faire.</translation>
    </message>
    <message>
        <source>Activity {activity} belongs to office {owner}, but the package says another office owns it. Ask the sender to export again.</source>
        <translation>L&apos;activité {activity} appartient au bureau {owner}, mais le paquet indique qu&apos;un autre bureau en est propriétaire. Demandez à l&apos;expéditeur d&apos;exporter à nouveau.</translation>
    </message>
    <message>
        <source>A row added by hand uses the id of the existing activity {activity}; leave &apos;Activity ID&apos; empty for a new activity, or copy the exported row with its &apos;Version&apos;.</source>
        <translation>Une ligne ajoutée à la main utilise l&apos;identifiant de l&apos;activité existante {activity} ; laissez « Activity ID » vide pour une nouvelle activité, ou copiez la ligne exportée avec sa « Version ».</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a key fingerprint: it has 32 hexadecimal digits in 8 groups, like 3F2A-91C0-….</source>
        <translation>« {value} » n&apos;est pas une empreinte de clé : elle compte 32 chiffres hexadécimaux en 8 groupes, comme 3F2A-91C0-….</translation>
    </message>
    <message>
        <source>{office} is this installation&apos;s own office: its key is made here and needs no trusting (its fingerprint is shown above).</source>
        <translation>{office} est le bureau de cette installation : sa clé est créée ici et n&apos;a pas besoin d&apos;être approuvée (son empreinte est affichée plus haut).</translation>
    </message>
    <message>
        <source>The Office was changed to &apos;{value}&apos;, but an activity always belongs to the office that created it ({owner}). Put back {owner}.</source>
        <translation>Le bureau a été remplacé par « {value} », mais une activité appartient toujours au bureau qui l&apos;a créée ({owner}). Remettez {owner}.</translation>
    </message>
    <message>
        <source>A new activity in this workbook belongs to office {office}, the office the workbook comes from, not &apos;{value}&apos;. Leave the Office cell empty or write {office}.</source>
        <translation>Une nouvelle activité de ce classeur appartient au bureau {office}, d&apos;où vient le classeur, et non à « {value} ». Laissez la cellule Office vide ou écrivez {office}.</translation>
    </message>
    <message>
        <source>No key is trusted for office {office}.</source>
        <translation>Aucune clé n&apos;est approuvée pour le bureau {office}.</translation>
    </message>
    <message>
        <source>This row of the hidden &apos;_history&apos; sheet was changed, but it holds an older version, which cannot be changed. Undo the change, or ask the sender for the original file; change the activity&apos;s row on the &apos;Activities&apos; sheet instead.</source>
        <translation>Cette ligne de la feuille cachée « _history » a été modifiée, mais elle contient une version antérieure, qui ne peut pas être modifiée. Annulez la modification, ou demandez le fichier d&apos;origine à l&apos;expéditeur ; modifiez plutôt la ligne de l&apos;activité dans la feuille « Activities ».</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>This installation (office {office}) signs its packages with the key:</source>
        <translation>Cette installation (bureau {office}) signe ses paquets avec la clé :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Read it to each office by phone when it imports its first package from you, so that it can check that your packages come from you.</source>
        <translation>Lisez-la à chaque bureau par téléphone quand il importe votre premier paquet, pour qu&apos;il puisse vérifier que vos paquets viennent bien de vous.</translation>
    </message>
    <message>
        <source>Read it to the coordinator by phone when they import your first package.</source>
        <translation>Lisez-la au coordinateur par téléphone quand il importe votre premier paquet.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>De confiance depuis</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>&amp;Faire confiance à une clé…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Keys trusted for the other offices:</source>
        <translation>Clés de confiance des autres bureaux :</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>bureau de terrain</translation>
    </message>
    <message>
        <source> (awaiting the first package)</source>
        <translation> (en attente du premier paquet)</translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation>Clé non acceptée</translation>
    </message>
    <message>
        <source>Key trusted for two offices</source>
        <translation>Clé reconnue pour deux bureaux</translation>
    </message>
    <message>
        <source>The same key is trusted for office {others}: either office can now sign for the other. Keep it so only if office {office}&apos;s computer was copied from theirs.</source>
        <translation>La même clé est reconnue pour le bureau {others} : chacun des deux bureaux peut désormais signer pour l&apos;autre. Ne la gardez ainsi que si l&apos;ordinateur du bureau {office} a été copié sur le sien.</translation>
    </message>
    <message>
        <source>Forget a key</source>
        <translation>Oublier une clé</translation>
    </message>
    <message>
        <source>Select an office in the list first.</source>
        <translation>Sélectionnez d&apos;abord un bureau dans la liste.</translation>
    </message>
    <message>
        <source>Forget the key of office {office}? The next package from that office will be trusted with whatever key signed it, so confirm its fingerprint by phone then.</source>
        <translation>Oublier la clé du bureau {office} ? Le prochain paquet de ce bureau sera accepté avec la clé qui l&apos;a signé, quelle qu&apos;elle soit : confirmez alors son empreinte par téléphone.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Cairo Desktop could not open its database: {error}
Nothing was changed. The details are in the log file {log}; send it to your coordinator or support.</source>
        <translation>Cairo Desktop n&apos;a pas pu ouvrir sa base de données : {error}
Rien n&apos;a été modifié. Les détails sont dans le journal {log} ; envoyez-le à votre coordinateur ou au support.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Nouvelle activité</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Delete activity</source>
        <translation>&amp;Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>&amp;History of the activity…</source>
        <translation>&amp;Historique de l&apos;activité…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importer des paquets…</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Im&amp;primer un rapport…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>C&amp;lés…</translation>
    </message>
    <message>
        <source>Activity &amp;sheet (PDF)…</source>
        <translation>&amp;Fiche d&apos;activité (PDF)…</translation>
    </message>
    <message>
        <source>&amp;About Cairo Desktop</source>
        <translation>À &amp;propos de Cairo Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Plan browser</source>
        <translation>&amp;Plan d&apos;action</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Khartoum Process activities</source>
        <translation>Activités du Processus de Khartoum</translation>
    </message>
    <message>
        <source>Plan browser</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The activity you are editing has changes that are not saved. Save them now?</source>
        <translation>L&apos;activité en cours de modification a des changements non enregistrés. Les enregistrer maintenant ?</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>bureau de terrain</translation>
    </message>
    <message>
        <source>Office {office} ({role})</source>
        <translation>Bureau {office} ({role})</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base : {name}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln activities</source>
        <translation>
            <numerusform>Activités : {shown} sur %Ln</numerusform>
            <numerusform>Activités : {shown} sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts waiting</source>
        <translation>
            <numerusform>%Ln conflit en attente</numerusform>
            <numerusform>%Ln conflits en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the running task to finish or cancel it.</source>
        <translation>Attendez la fin de la tâche en cours ou annulez-la.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
        <translation>Modifications non enregistrées retrouvées</translation>
    </message>
    <message>
        <source>Cairo Desktop was closed while the activity &quot;{title}&quot; had unsaved edits ({when}). Restore them in the editor?</source>
        <translation>Cairo Desktop a été fermé alors que l&apos;activité « {title} » avait des modifications non enregistrées ({when}). Les rétablir dans l&apos;éditeur ?</translation>
    </message>
</context>
<context>
    <name>PeopleGridModel</name>
    <message>
        <source>&quot;{value}&quot; was not kept: a number of people cannot be below zero.</source>
        <translation>« {value} » n&apos;a pas été gardé : un nombre de personnes ne peut pas être inférieur à zéro.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; was not kept: type a whole number of people, for example 1200 or 1 200.</source>
        <translation>« {value} » n&apos;a pas été gardé : tapez un nombre entier de personnes, par exemple 1200 ou 1 200.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>PlanBrowser</name>
    <message>
        <source>Cairo Action Plan</source>
        <translation>Plan d&apos;action du Caire</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteintes</translation>
    </message>
    <message>
        <source>Cross-cutting approaches (tick to filter):</source>
        <translation>Approches transversales (cocher pour filtrer) :</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toutes les activités</translation>
    </message>
    <message>
        <source>Domain {number}</source>
        <translation>Domaine {number}</translation>
    </message>
    <message>
        <source>Action {code}</source>
        <translation>Action {code}</translation>
    </message>
    <message>
        <source>Select a domain or an action to list its activities and read its full text.</source>
        <translation>Sélectionnez un domaine ou une action pour en lister les activités et lire son texte complet.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Adding up approaches</source>
        <translation>Totalisation des approches</translation>
    </message>
    <message>
        <source>Adding up countries</source>
        <translation>Totalisation des pays</translation>
    </message>
    <message>
        <source>Adding up people</source>
        <translation>Totalisation des personnes</translation>
    </message>
    <message>
        <source>Checking the activities</source>
        <translation>Vérification des activités</translation>
    </message>
    <message>
        <source>Comparing with this database</source>
        <translation>Comparaison avec cette base de données</translation>
    </message>
    <message>
        <source>Counting activities</source>
        <translation>Comptage des activités</translation>
    </message>
    <message>
        <source>Creating demo activities</source>
        <translation>Création d&apos;activités de démonstration</translation>
    </message>
    <message>
        <source>Figures ready</source>
        <translation>Chiffres prêts</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Importing the activities</source>
        <translation>Importation des activités</translation>
    </message>
    <message>
        <source>Listing activities</source>
        <translation>Liste des activités</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Paquet écrit</translation>
    </message>
    <message>
        <source>Recording conflicts</source>
        <translation>Enregistrement des conflits</translation>
    </message>
    <message>
        <source>Writing the activities</source>
        <translation>Écriture des activités</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>Écriture du paquet</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Summary report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Add the list of activities (annex)</source>
        <translation>Ajouter la liste des activités (annexe)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>&amp;Mettre à jour l&apos;aperçu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>words “{text}”</source>
        <translation>les mots « {text} »</translation>
    </message>
    <message>
        <source>actions {codes}</source>
        <translation>actions {codes}</translation>
    </message>
    <message>
        <source>approaches: {names}</source>
        <translation>approches : {names}</translation>
    </message>
    <message>
        <source>Also only the activities of the list&apos;s filter: {criteria}</source>
        <translation>Seulement les activités du filtre de la liste : {criteria}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the previous preview is kept.</source>
        <translation>Annulé ; l&apos;aperçu précédent est conservé.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Rapport enregistré : {file}</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Impossible d&apos;écrire {file} : {reason}</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Préparation des pages pour l&apos;imprimante…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Sending page {page} of {count} to the printer…</source>
        <translation>Envoi de la page {page} sur {count} à l&apos;imprimante…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The plan, the lists and the printed reports follow the language too.</source>
        <translation>Le plan, les listes et les rapports imprimés suivent aussi la langue.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up this installation</source>
        <translation>Configurer cette installation</translation>
    </message>
    <message>
        <source>Before recording activities, say which office this computer works for. Every change made here is signed with this office, and packages sent to the coordinator name it. You choose this once.</source>
        <translation>Avant de saisir des activités, indiquez pour quel bureau travaille cet ordinateur. Chaque modification faite ici porte la marque de ce bureau, et les paquets envoyés au coordinateur le nomment. Ce choix se fait une seule fois.</translation>
    </message>
    <message>
        <source>for example ETH-ADD</source>
        <translation>par exemple ETH-ADD</translation>
    </message>
    <message>
        <source>for example Addis Ababa field office</source>
        <translation>par exemple Bureau de terrain d&apos;Addis-Abeba</translation>
    </message>
    <message>
        <source>(no single country: secretariat or regional office)</source>
        <translation>(pas de pays unique : secrétariat ou bureau régional)</translation>
    </message>
    <message>
        <source>Field office: records and changes its own activities only</source>
        <translation>Bureau de terrain : saisit et modifie uniquement ses propres activités</translation>
    </message>
    <message>
        <source>Coordinator: receives packages from the offices, resolves conflicts and may correct any activity</source>
        <translation>Coordinateur : reçoit les paquets des bureaux, résout les conflits et peut corriger toute activité</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Code du bureau :</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nom du bureau :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Role of this installation:</source>
        <translation>Rôle de cette installation :</translation>
    </message>
    <message>
        <source>Type the office code, for example ETH-ADD: it names this office on every activity and package.</source>
        <translation>Saisissez le code du bureau, par exemple ETH-ADD : il désigne ce bureau sur chaque activité et chaque paquet.</translation>
    </message>
    <message>
        <source>The office code &apos;{code}&apos; cannot be used: use 2 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit (for example ETH-ADD).</source>
        <translation>Le code de bureau « {code} » ne peut pas être utilisé : employez de 2 à 32 lettres, chiffres, « - » ou « _ », en commençant par une lettre ou un chiffre (par exemple ETH-ADD).</translation>
    </message>
    <message>
        <source>Give the office a name, for example “Addis Ababa field office”.</source>
        <translation>Donnez un nom au bureau, par exemple « Bureau de terrain d&apos;Addis-Abeba ».</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust an office&apos;s key</source>
        <translation>Faire confiance à la clé d&apos;un bureau</translation>
    </message>
    <message>
        <source>Type the fingerprint the office reads to you by phone (8 groups of 4 characters). Packages from that office signed with any other key will be refused.</source>
        <translation>Saisissez l&apos;empreinte que le bureau vous lit par téléphone (8 groupes de 4 caractères). Les paquets de ce bureau signés avec toute autre clé seront refusés.</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>bureau de terrain</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
</TS>
