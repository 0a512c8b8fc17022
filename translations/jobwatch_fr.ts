<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountLister</name>
    <message>
        <source>the profile &quot;%1&quot; cannot list jobs: its API has no list endpoint</source>
        <translation>Le profil «&#xa0;%1&#xa0;» ne peut pas lister les tâches&#xa0;: son API n’a pas de point d’accès de liste</translation>
    </message>
    <message>
        <source>the API key could not be read: %1</source>
        <translation>Impossible de lire la clé d’API&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1; gave up after %n attempt(s)</source>
        <translation>
            <numerusform>%1&#xa0;; abandon après %n tentative</numerusform>
            <numerusform>%1&#xa0;; abandon après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP 401: the API key was not accepted%1</source>
        <translation>HTTP 401&#xa0;: la clé d’API n’a pas été acceptée%1</translation>
    </message>
    <message>
        <source>HTTP 403: the API key may not list jobs%1</source>
        <translation>HTTP 403&#xa0;: la clé d’API n’a pas le droit de lister les tâches%1</translation>
    </message>
    <message>
        <source>HTTP 404: there is no job list at %1%2; check the base URL</source>
        <translation>HTTP 404&#xa0;: aucune liste de tâches à %1%2&#xa0;; vérifiez l’URL de base</translation>
    </message>
    <message>
        <source>HTTP %1%2</source>
        <translation>HTTP %1%2</translation>
    </message>
    <message>
        <source>the list answer is not valid JSON (%1 at byte %2)</source>
        <translation>La réponse de la liste n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>the list answer is not a JSON object</source>
        <translation>La réponse de la liste n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the provider&apos;s next page is on another origin (%1); it is not followed, so the key stays with %2</source>
        <translation>La page suivante du fournisseur est sur une autre origine (%1)&#xa0;; elle n’est pas suivie, la clé reste donc chez %2</translation>
    </message>
    <message numerus="yes">
        <source>the provider&apos;s next cursor leads back to a page already read (a cursor loop); the list ends after %n page(s)</source>
        <translation>
            <numerusform>le curseur suivant du fournisseur ramène à une page déjà lue (une boucle de curseur)&#xa0;; la liste s’arrête après %n page</numerusform>
            <numerusform>le curseur suivant du fournisseur ramène à une page déjà lue (une boucle de curseur)&#xa0;; la liste s’arrête après %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Saving the job history failed: %1. The jobs are still watched; saving is retried.</source>
        <translation>L’enregistrement de l’historique des tâches a échoué&#xa0;: %1. Les tâches restent surveillées&#xa0;; l’enregistrement sera réessayé.</translation>
    </message>
    <message>
        <source>not resumed: %1</source>
        <translation>non reprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>another profile is already named &quot;%1&quot;</source>
        <translation>un autre profil s’appelle déjà «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; needs a name</source>
        <translation>le profil «&#xa0;%1&#xa0;» doit avoir un nom</translation>
    </message>
    <message>
        <source>the demo is already running</source>
        <translation>la démo est déjà en cours</translation>
    </message>
    <message>
        <source>the demo server could not start: %1</source>
        <translation>le serveur de démo n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 demo</source>
        <comment>profile name, e.g. Theo demo</comment>
        <translation>Démo %1</translation>
    </message>
</context>
<context>
    <name>Artifacts</name>
    <message>
        <source>The download was cancelled</source>
        <translation>Le téléchargement a été annulé</translation>
    </message>
    <message>
        <source>This link has no http(s) address, so it was not opened</source>
        <translation>Ce lien n’a pas d’adresse http(s), il n’a donc pas été ouvert</translation>
    </message>
    <message>
        <source>Refused to open a %1: link: only http(s) results can be downloaded</source>
        <translation>Ouverture d’un lien «&#xa0;%1:&#xa0;» refusée&#xa0;: seuls les résultats http(s) peuvent être téléchargés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http(s) address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http(s) valide</translation>
    </message>
    <message>
        <source>Refused plain http:// download from %1: only https is allowed off this computer</source>
        <translation>Téléchargement en http:// simple refusé depuis %1&#xa0;: seul https est autorisé hors de cet ordinateur</translation>
    </message>
    <message>
        <source>The file is %1 MB, over the %2 MB limit set in Settings</source>
        <translation>Le fichier fait %1 Mo, au-delà de la limite de %2 Mo fixée dans les Paramètres</translation>
    </message>
    <message>
        <source>Could not write the download to %1: %2</source>
        <translation>Impossible d’écrire le téléchargement dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the download: %1</source>
        <translation>Impossible d’écrire le téléchargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1)</source>
        <translation>Trop de redirections (plus de %1)</translation>
    </message>
    <message>
        <source>The server sent a redirect without a usable address</source>
        <translation>Le serveur a envoyé une redirection sans adresse utilisable</translation>
    </message>
    <message>
        <source>The download of %1 ended early (%2 of %3 bytes)</source>
        <translation>Le téléchargement de %1 s’est arrêté trop tôt (%2 sur %3 octets)</translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation>Lien expiré — interrogez de nouveau pour le renouveler</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2</source>
        <translation>Le serveur a répondu HTTP %1 pour %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3</source>
        <translation>Le serveur a répondu HTTP %1 (%2) pour %3</translation>
    </message>
    <message numerus="yes">
        <source>The download of %1 stalled for %n second(s) and was stopped; try again</source>
        <translation>
            <numerusform>Le téléchargement de %1 est resté bloqué %n seconde et a été arrêté&#xa0;; réessayez</numerusform>
            <numerusform>Le téléchargement de %1 est resté bloqué %n secondes et a été arrêté&#xa0;; réessayez</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Results are being saved already</source>
        <translation>Les résultats sont déjà en cours d’enregistrement</translation>
    </message>
    <message>
        <source>research report</source>
        <translation>rapport de recherche</translation>
    </message>
    <message>
        <source>No jobs to save results from</source>
        <translation>Aucune tâche dont enregistrer les résultats</translation>
    </message>
    <message>
        <source>None of these jobs has a result to save (only completed jobs have)</source>
        <translation>Aucune de ces tâches n’a de résultat à enregistrer (seules les tâches terminées en ont)</translation>
    </message>
    <message>
        <source>its file name would leave the folder</source>
        <translation>son nom de fichier sortirait du dossier</translation>
    </message>
    <message>
        <source>The job was removed</source>
        <translation>La tâche a été retirée</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the cache folder %1</source>
        <translation>Impossible de créer le dossier de cache %1</translation>
    </message>
    <message>
        <source>Could not move the download into the cache folder %1</source>
        <translation>Impossible de déplacer le téléchargement dans le dossier de cache %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Link probably expired %1 ago</source>
        <translation>Lien probablement expiré depuis %1</translation>
    </message>
    <message>
        <source>Link expired %1 ago</source>
        <translation>Lien expiré depuis %1</translation>
    </message>
    <message>
        <source>Link expires in about %1</source>
        <translation>Le lien expire dans environ %1</translation>
    </message>
    <message>
        <source>Link expires in %1</source>
        <translation>Le lien expire dans %1</translation>
    </message>
    <message>
        <source>The file name pattern is empty</source>
        <translation>Le modèle de nom de fichier est vide</translation>
    </message>
    <message>
        <source>The file name pattern must be relative to the archive folder (it starts with &quot;%1&quot;)</source>
        <translation>Le modèle de nom de fichier doit être relatif au dossier d’archive (il commence par «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} in the file name pattern; use %2</source>
        <translation>Espace réservé {%1} inconnu dans le modèle de nom de fichier&#xa0;; utilisez %2</translation>
    </message>
    <message>
        <source>The file name pattern has a &quot;{&quot; or &quot;}&quot; that is not part of a placeholder</source>
        <translation>Le modèle de nom de fichier contient un «&#xa0;{&#xa0;» ou un «&#xa0;}&#xa0;» qui ne fait pas partie d’un espace réservé</translation>
    </message>
    <message>
        <source>The file name pattern must not contain &quot;%1&quot;</source>
        <translation>Le modèle de nom de fichier ne doit pas contenir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The file name pattern has an empty folder name (&quot;//&quot; or a trailing &quot;/&quot;)</source>
        <translation>Le modèle de nom de fichier contient un nom de dossier vide («&#xa0;//&#xa0;» ou un «&#xa0;/&#xa0;» final)</translation>
    </message>
    <message>
        <source>The file name pattern must not contain &quot;.&quot; or &quot;..&quot; as a folder name</source>
        <translation>Le modèle de nom de fichier ne doit pas contenir «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;» comme nom de dossier</translation>
    </message>
    <message>
        <source>The file name pattern must contain {%1} so that no two results share a file</source>
        <translation>Le modèle de nom de fichier doit contenir {%1} pour que deux résultats ne partagent jamais un fichier</translation>
    </message>
    <message>
        <source>{ext} belongs in the file name, the last part of the pattern</source>
        <translation>{ext} va dans le nom de fichier, la dernière partie du modèle</translation>
    </message>
    <message>
        <source>Choose a folder for the archive</source>
        <translation>Choisir un dossier pour l’archive</translation>
    </message>
    <message>
        <source>The archive folder must be a full path (&quot;%1&quot; is relative)</source>
        <translation>Le dossier d’archive doit être un chemin complet («&#xa0;%1&#xa0;» est relatif)</translation>
    </message>
    <message>
        <source>The archive folder must be apart from the download cache (%1), which is cleaned automatically</source>
        <translation>Le dossier d’archive doit être distinct du cache de téléchargement (%1), qui est nettoyé automatiquement</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>The folder %1 is not writable</source>
        <translation>Le dossier %1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Result %1 of %2 was not archived: its file name would leave the archive folder</source>
        <translation>Le résultat %1 sur %2 n’a pas été archivé&#xa0;: son nom de fichier sortirait du dossier d’archive</translation>
    </message>
    <message>
        <source>Result %1 of %2 was not archived: %3</source>
        <translation>Le résultat %1 sur %2 n’a pas été archivé&#xa0;: %3</translation>
    </message>
    <message>
        <source>This result came inside the provider&apos;s answer and is no longer kept here — poll again to get it</source>
        <translation>Ce résultat est arrivé dans la réponse du fournisseur et n’est plus conservé ici — interrogez à nouveau pour l’obtenir</translation>
    </message>
    <message>
        <source>Could not write %1 to the download cache: %2</source>
        <translation>Impossible d’écrire %1 dans le cache de téléchargement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not download %1: TLS error (the connection was refused, not ignored): %2</source>
        <translation>Impossible de télécharger %1&#xa0;: erreur TLS (la connexion a été refusée, pas ignorée)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <comment>an account&apos;s credit balance</comment>
        <translation>
            <numerusform>%Ln crédit</numerusform>
            <numerusform>%Ln crédits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 credits</source>
        <comment>an account&apos;s credit balance, not a whole number</comment>
        <translation>%1 crédits</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run the simulated provider on 127.0.0.1 with a varied set of demo jobs in every dialect
(theo, vidocu, scenes, muvi) and outcome. Stops cleanly on Ctrl+C or SIGTERM.</source>
        <translation>Lance le fournisseur simulé sur 127.0.0.1 avec un ensemble varié de tâches de démo dans chaque dialecte
(theo, vidocu, scenes, muvi) et chaque issue. S’arrête proprement sur Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>Port to listen on (default: a free port).</source>
        <translation>Port d’écoute (par défaut&#xa0;: un port libre).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer T&quot; on job polls.</source>
        <translation>Exiger «&#xa0;Authorization: Bearer T&#xa0;» pour interroger les tâches.</translation>
    </message>
    <message>
        <source>Number of demo jobs to create at start (default 20).</source>
        <translation>Nombre de tâches de démo à créer au démarrage (20 par défaut).</translation>
    </message>
    <message>
        <source>demo-server takes no positional arguments.</source>
        <translation>demo-server ne prend aucun argument positionnel.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--jobs must be a number from 0 to 10000.</source>
        <translation>--jobs doit être un nombre de 0 à 10000.</translation>
    </message>
    <message>
        <source>cannot install the signal handlers.</source>
        <translation>impossible d’installer les gestionnaires de signaux.</translation>
    </message>
    <message>
        <source>jobwatch demo-server listening on %1</source>
        <translation>jobwatch demo-server à l’écoute sur %1</translation>
    </message>
    <message>
        <source>Base URLs per dialect:</source>
        <translation>URL de base par dialecte&#xa0;:</translation>
    </message>
    <message>
        <source>Base URLs per preset (create their jobs with the control endpoint):</source>
        <translation>URL de base par préréglage (créez leurs tâches avec le point d’accès de contrôle)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n demo job(s) created.</source>
        <translation>
            <numerusform>%n tâche de démo créée.</numerusform>
            <numerusform>%n tâches de démo créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job polls need the token: export JOBWATCH_DEMO_TOKEN=&lt;the --token value&gt;</source>
        <translation>L’interrogation des tâches exige le jeton&#xa0;: export JOBWATCH_DEMO_TOKEN=&lt;la valeur de --token&gt;</translation>
    </message>
    <message>
        <source>Create a job:</source>
        <translation>Créer une tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Poll one job of each dialect:</source>
        <translation>Interroger une tâche de chaque dialecte&#xa0;:</translation>
    </message>
    <message>
        <source>Watch it:</source>
        <translation>La surveiller&#xa0;:</translation>
    </message>
    <message>
        <source>Inject faults: curl -s -X POST %1/control/faults -d &apos;{&quot;mix&quot;:{&quot;429&quot;:0.1,&quot;slow&quot;:0.05},&quot;retryAfter&quot;:2}&apos;</source>
        <translation>Injecter des pannes&#xa0;: curl -s -X POST %1/control/faults -d &apos;{&quot;mix&quot;:{&quot;429&quot;:0.1,&quot;slow&quot;:0.05},&quot;retryAfter&quot;:2}&apos;</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>demo-server stopped.</source>
        <translation>demo-server arrêté.</translation>
    </message>
    <message>
        <source>reading the job history failed: %1</source>
        <translation>la lecture de l’historique des tâches a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>list, search: one JSON object per line: {&quot;at&quot;:&lt;epoch ms&gt;,&quot;profile&quot;:...,&quot;local&quot;:...,&quot;job&quot;:{...}}.</source>
        <translation>list, search&#xa0;: un objet JSON par ligne&#xa0;: {&quot;at&quot;:&lt;epoch ms&gt;,&quot;profile&quot;:...,&quot;local&quot;:...,&quot;job&quot;:{...}}.</translation>
    </message>
    <message>
        <source>list, search: at most this many jobs.</source>
        <translation>list, search&#xa0;: au plus ce nombre de tâches.</translation>
    </message>
    <message>
        <source>export: csv or json.</source>
        <translation>export&#xa0;: csv ou json.</translation>
    </message>
    <message>
        <source>export: keep the signatures of signed result links.</source>
        <translation>export&#xa0;: garder les signatures des liens de résultat signés.</translation>
    </message>
    <message>
        <source>export: only the jobs matching this text.</source>
        <translation>export&#xa0;: seulement les tâches correspondant à ce texte.</translation>
    </message>
    <message>
        <source>The folder of the job history (default: $%1, else the desktop app&apos;s data folder).</source>
        <translation>Le dossier de l’historique des tâches (par défaut&#xa0;: $%1, sinon le dossier de données de l’application de bureau).</translation>
    </message>
    <message>
        <source>list, search or export.</source>
        <translation>list, search ou export.</translation>
    </message>
    <message>
        <source>give a command: list, search TEXT or export --format csv|json</source>
        <translation>indiquez une commande&#xa0;: list, search TEXTE ou export --format csv|json</translation>
    </message>
    <message>
        <source>unknown history command &quot;%1&quot;; use list, search or export</source>
        <translation>commande d’historique «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez list, search ou export</translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation>search a besoin du texte à chercher</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--limit takes a number of jobs</source>
        <translation>--limit prend un nombre de tâches</translation>
    </message>
    <message>
        <source>export needs --format csv or --format json</source>
        <translation>export a besoin de --format csv ou --format json</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use csv or json</source>
        <translation>format d’export «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez csv ou json</translation>
    </message>
    <message>
        <source>--json and --limit are for list and search; export takes --format</source>
        <translation>--json et --limit servent à list et search&#xa0;; export prend --format</translation>
    </message>
    <message>
        <source>--format, --signed-urls and --search are for export</source>
        <translation>--format, --signed-urls et --search servent à export</translation>
    </message>
    <message>
        <source>no job history in %1 yet</source>
        <translation>pas encore d’historique des tâches dans %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the error body is not a JSON object, so only the HTTP status would show.</source>
        <translation>le corps de l’erreur n’est pas un objet JSON, seul le statut HTTP serait donc affiché.</translation>
    </message>
    <message>
        <source>Parse one job status response and print the normalized snapshot as JSON.
Exits 0 on success, 1 when the input is not a JSON object or has no job ID, 2 on usage errors.</source>
        <translation>Analyse une réponse d’état de tâche et affiche l’instantané normalisé en JSON.
Code de sortie 0 en cas de succès, 1 si l’entrée n’est pas un objet JSON ou n’a pas d’ID de tâche, 2 en cas d’erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Dialect or preset: %1.</source>
        <translation>Dialecte ou préréglage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A custom mapping JSON file (see docs/mapping.md). With --dialect too, the names must agree.</source>
        <translation>Un fichier JSON de correspondance personnalisée (voir docs/mapping.md). Avec --dialect aussi, les noms doivent concorder.</translation>
    </message>
    <message>
        <source>Also print on stderr, for each mapped field, the path tried and what it matched, and the rule that decided the state (mappings and presets).</source>
        <translation>Afficher aussi sur stderr, pour chaque champ mis en correspondance, le chemin essayé et ce qu’il a trouvé, ainsi que la règle qui a décidé de l’état (correspondances et préréglages).</translation>
    </message>
    <message>
        <source>FILE is an HTTP error body (status 400 or above): print the error read from it as {&quot;code&quot;,&quot;message&quot;,&quot;requestId&quot;}.</source>
        <translation>FICHIER est un corps d’erreur HTTP (statut 400 ou plus)&#xa0;: afficher l’erreur qu’on y lit sous la forme {&quot;code&quot;,&quot;message&quot;,&quot;requestId&quot;}.</translation>
    </message>
    <message>
        <source>The job ID the response was asked for; it stands in when the mapping has &quot;idOptional&quot; and the body has no ID.</source>
        <translation>L’ID de tâche pour lequel la réponse a été demandée&#xa0;; il sert de remplacement quand la correspondance a «&#xa0;idOptional&#xa0;» et que le corps n’a pas d’ID.</translation>
    </message>
    <message>
        <source>The response body to parse, or - for standard input.</source>
        <translation>Le corps de réponse à analyser, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>inspect takes exactly one FILE (or - for stdin).</source>
        <translation>inspect prend exactement un FICHIER (ou - pour stdin).</translation>
    </message>
    <message>
        <source>give --dialect NAME or --mapping FILE.</source>
        <translation>indiquez --dialect NOM ou --mapping FICHIER.</translation>
    </message>
    <message>
        <source>mapping %1: %2</source>
        <translation>correspondance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the mapping %1 is named &quot;%2&quot;, not &quot;%3&quot;; give --mapping alone, or --dialect %2.</source>
        <translation>la correspondance %1 s’appelle «&#xa0;%2&#xa0;», pas «&#xa0;%3&#xa0;»&#xa0;; indiquez --mapping seul, ou --dialect %2.</translation>
    </message>
    <message>
        <source>--explain works with mappings and presets, not with the native dialect %1.</source>
        <translation>--explain fonctionne avec les correspondances et les préréglages, pas avec le dialecte natif %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>rerun with --file-store to keep keys in a plaintext file readable only by you (0600), or skip saving the key and use watch --key-env VAR</source>
        <translation>relancez avec --file-store pour garder les clés dans un fichier en clair lisible par vous seul (0600), ou n’enregistrez pas la clé et utilisez watch --key-env VAR</translation>
    </message>
    <message>
        <source>cannot read the mapping file %1: %2</source>
        <translation>impossible de lire le fichier de correspondance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>List the saved profiles; keys appear only as ••••last4.</source>
        <translation>Lister les profils enregistrés&#xa0;; les clés n’apparaissent que sous la forme ••••last4.</translation>
    </message>
    <message>
        <source>Print a JSON array (without keys).</source>
        <translation>Afficher un tableau JSON (sans les clés).</translation>
    </message>
    <message>
        <source>custom mapping</source>
        <translation>correspondance personnalisée</translation>
    </message>
    <message>
        <source>no profiles saved yet; add one with: jobwatch-cli profiles add --name NAME --dialect D --key-env VAR</source>
        <translation>aucun profil enregistré pour l’instant&#xa0;; ajoutez-en un avec&#xa0;: jobwatch-cli profiles add --name NOM --dialect D --key-env VAR</translation>
    </message>
    <message>
        <source>no key (%1)</source>
        <translation>pas de clé (%1)</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Save a profile. The key is read from --key-env VAR, or from standard input (one line), never from the
command line, and is stored in the OS keychain. --file-store opts in to a plaintext key file (0600).</source>
        <translation>Enregistrer un profil. La clé est lue depuis --key-env VAR ou depuis l’entrée standard (une ligne), jamais depuis la
ligne de commande, et elle est stockée dans le trousseau du système. --file-store accepte un fichier de clés en clair (0600).</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>A custom mapping file (docs/mapping.md).</source>
        <translation>Un fichier de correspondance personnalisée (docs/mapping.md).</translation>
    </message>
    <message>
        <source>The API&apos;s base URL (default: the dialect&apos;s or preset&apos;s).</source>
        <translation>L’URL de base de l’API (par défaut&#xa0;: celle du dialecte ou du préréglage).</translation>
    </message>
    <message>
        <source>Environment variable holding the API key.</source>
        <translation>Variable d’environnement contenant la clé d’API.</translation>
    </message>
    <message>
        <source>Save the profile without a key.</source>
        <translation>Enregistrer le profil sans clé.</translation>
    </message>
    <message>
        <source>Opt in to storing keys in a plaintext file (0600) instead of the keychain.</source>
        <translation>Accepter de stocker les clés dans un fichier en clair (0600) au lieu du trousseau.</translation>
    </message>
    <message>
        <source>Default poll interval in ms (at least 1000).</source>
        <translation>Intervalle d’interrogation par défaut en ms (au moins 1000).</translation>
    </message>
    <message>
        <source>give --name and one of --dialect or --mapping</source>
        <translation>indiquez --name et l’un de --dialect ou --mapping</translation>
    </message>
    <message>
        <source>--interval takes a number of milliseconds, at least 1000</source>
        <translation>--interval prend un nombre de millisecondes, au moins 1000</translation>
    </message>
    <message>
        <source>environment variable %1 is not set or empty</source>
        <translation>la variable d’environnement %1 n’est pas définie ou est vide</translation>
    </message>
    <message>
        <source>paste the API key and press Enter (it is not echoed to any file):</source>
        <translation>collez la clé d’API et appuyez sur Entrée (elle n’est écrite dans aucun fichier)&#xa0;:</translation>
    </message>
    <message>
        <source>no key given: use --key-env VAR, pipe it on standard input, or --no-key</source>
        <translation>aucune clé indiquée&#xa0;: utilisez --key-env VAR, passez-la sur l’entrée standard, ou --no-key</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>un profil nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; (no key)</source>
        <translation>profil «&#xa0;%1&#xa0;» enregistré (sans clé)</translation>
    </message>
    <message>
        <source>%1; the profile was not saved: %2</source>
        <translation>%1&#xa0;; le profil n’a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>the key could not be saved: %1</source>
        <translation>la clé n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; with key %2</source>
        <translation>profil «&#xa0;%1&#xa0;» enregistré avec la clé %2</translation>
    </message>
    <message>
        <source>Change a saved profile in place: its mapping (or dialect), base URL or poll interval. Its name, id, key
and other poll settings stay. A new mapping replaces the old one whole.</source>
        <translation>Modifier un profil enregistré sur place&#xa0;: sa correspondance (ou son dialecte), son URL de base ou son intervalle
d’interrogation. Son nom, son id, sa clé et ses autres réglages d’interrogation restent. Une nouvelle correspondance remplace entièrement l’ancienne.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL.</source>
        <translation>L’URL de base de l’API.</translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation>Le nom ou l’id du profil.</translation>
    </message>
    <message>
        <source>give the name of one profile</source>
        <translation>indiquez le nom d’un profil</translation>
    </message>
    <message>
        <source>give --dialect or --mapping, not both</source>
        <translation>indiquez --dialect ou --mapping, pas les deux</translation>
    </message>
    <message>
        <source>nothing to change: give --mapping, --dialect, --base-url or --interval</source>
        <translation>rien à modifier&#xa0;: indiquez --mapping, --dialect, --base-url ou --interval</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>updated profile &quot;%1&quot;</source>
        <translation>profil «&#xa0;%1&#xa0;» mis à jour</translation>
    </message>
    <message>
        <source>Remove a saved profile and delete its key.</source>
        <translation>Supprimer un profil enregistré et effacer sa clé.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; removed, but its key could not be deleted: %2</source>
        <translation>profil «&#xa0;%1&#xa0;» supprimé, mais sa clé n’a pas pu être effacée&#xa0;: %2</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and its key</source>
        <translation>profil «&#xa0;%1&#xa0;» et sa clé supprimés</translation>
    </message>
    <message>
        <source>Test a saved profile: poll a job (--job) or a probe ID and report the outcome: ok, not-found (key
accepted), unauthorised, missing-scope, forbidden, unreachable, tls-error, wrong-dialect, rate-limited,
server-error or refused. Exit 0 when the key was accepted, 4 on an auth problem, 1 otherwise.</source>
        <translation>Tester un profil enregistré&#xa0;: interroger une tâche (--job) ou un ID de sonde et indiquer le résultat&#xa0;: ok, not-found (clé
acceptée), unauthorised, missing-scope, forbidden, unreachable, tls-error, wrong-dialect, rate-limited,
server-error ou refused. Code de sortie 0 si la clé a été acceptée, 4 en cas de problème d’authentification, 1 sinon.</translation>
    </message>
    <message>
        <source>A job ID to poll.</source>
        <translation>Un ID de tâche à interroger.</translation>
    </message>
    <message>
        <source>Use this environment variable&apos;s key instead of the saved one.</source>
        <translation>Utiliser la clé de cette variable d’environnement au lieu de celle enregistrée.</translation>
    </message>
    <message>
        <source>Watch jobs until all of them are terminal.
Jobs are job IDs or full poll URLs, as arguments or one per line on standard input (-).
Arguments and input lines that give no job are named on standard error (--strict: exit 2).
The API key is read from the environment variable named by --key-env, never from the command line.
Exit codes: 0 all completed, 1 any failed, cancelled or not found, 2 usage or configuration error,
3 any timed out locally or interrupted (Ctrl+C), 4 authentication or permission error.</source>
        <translation>Surveille des tâches jusqu’à ce qu’elles soient toutes dans un état final.
Les tâches sont des ID de tâche ou des URL d’interrogation complètes, en arguments ou une par ligne sur l’entrée standard (-).
Les arguments et lignes d’entrée qui ne donnent aucune tâche sont nommés sur la sortie d’erreur (--strict&#xa0;: code 2).
La clé d’API est lue dans la variable d’environnement nommée par --key-env, jamais depuis la ligne de commande.
Codes de sortie&#xa0;: 0 toutes terminées, 1 une a échoué, été annulée ou est introuvable, 2 erreur d’utilisation ou de configuration,
3 une a expiré localement ou a été interrompue (Ctrl+C), 4 erreur d’authentification ou d’autorisation.</translation>
    </message>
    <message>
        <source>A saved profile.</source>
        <translation>Un profil enregistré.</translation>
    </message>
    <message>
        <source>A custom mapping file (docs/mapping.md), instead of --dialect. --base-url may be left out when the mapping has a baseUrl.</source>
        <translation>Un fichier de correspondance personnalisée (docs/mapping.md), au lieu de --dialect. --base-url peut être omis quand la correspondance a une baseUrl.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL (https://, or http:// on loopback).</source>
        <translation>L’URL de base de l’API (https://, ou http:// en boucle locale).</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the API key.</source>
        <translation>Nom de la variable d’environnement contenant la clé d’API.</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 1800).</source>
        <translation>Renoncer à attendre après ce nombre de secondes (1800 par défaut).</translation>
    </message>
    <message>
        <source>Poll cadence: auto (adaptive, default) or a fixed interval in ms (at least 1000).</source>
        <translation>Cadence d’interrogation&#xa0;: auto (adaptative, par défaut) ou un intervalle fixe en ms (au moins 1000).</translation>
    </message>
    <message>
        <source>Exit with code 2, before watching anything, when an argument or input line gives no job.</source>
        <translation>Quitter avec le code 2, avant de surveiller quoi que ce soit, quand un argument ou une ligne d’entrée ne donne aucune tâche.</translation>
    </message>
    <message>
        <source>Requests that may go out at once after a quiet spell (default 10).</source>
        <translation>Requêtes pouvant partir en même temps après une période calme (10 par défaut).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation>Requêtes en cours simultanément (6 par défaut).</translation>
    </message>
    <message>
        <source>Write the watched jobs into the job history, where the window and `history` see them.</source>
        <translation>Écrire les tâches surveillées dans l’historique des tâches, où la fenêtre et `history` les voient.</translation>
    </message>
    <message>
        <source>With --record: the folder of the job history (default: $%1, else the desktop app&apos;s data folder).</source>
        <translation>Avec --record&#xa0;: le dossier de l’historique des tâches (par défaut&#xa0;: $%1, sinon le dossier de données de l’application de bureau).</translation>
    </message>
    <message>
        <source>Job IDs or poll URLs, or - to read them from standard input.</source>
        <translation>ID de tâche ou URL d’interrogation, ou - pour les lire sur l’entrée standard.</translation>
    </message>
    <message>
        <source>--profile cannot be combined with --dialect, --mapping or --base-url</source>
        <translation>--profile ne peut pas être combiné avec --dialect, --mapping ou --base-url</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see jobwatch-cli profiles list)</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;» (voir jobwatch-cli profiles list)</translation>
    </message>
    <message>
        <source>give --mapping FILE with --key-env (and --base-url unless the mapping has a baseUrl), without --dialect</source>
        <translation>indiquez --mapping FICHIER avec --key-env (et --base-url sauf si la correspondance a une baseUrl), sans --dialect</translation>
    </message>
    <message>
        <source>the mapping %1 has no baseUrl; give --base-url</source>
        <translation>la correspondance %1 n’a pas de baseUrl&#xa0;; indiquez --base-url</translation>
    </message>
    <message>
        <source>give --profile, or all of --dialect (or --mapping), --base-url and --key-env</source>
        <translation>indiquez --profile, ou à la fois --dialect (ou --mapping), --base-url et --key-env</translation>
    </message>
    <message>
        <source>--max-wait takes a number of seconds from 1 to %1 (30 days), not &quot;%2&quot;</source>
        <translation>--max-wait prend un nombre de secondes de 1 à %1 (30 jours), pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--interval takes auto or a whole number of milliseconds from 1000 to %1 (one day), not &quot;%2&quot;</source>
        <translation>--interval prend auto ou un nombre entier de millisecondes de 1000 à %1 (un jour), pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--interval %1 is below the 1000 ms floor; using 1000 ms</source>
        <translation>--interval %1 est sous le plancher de 1000 ms&#xa0;; 1000 ms utilisées</translation>
    </message>
    <message>
        <source>--rate takes a number of requests per second from 0.01 to 10000</source>
        <translation>--rate prend un nombre de requêtes par seconde de 0.01 à 10000</translation>
    </message>
    <message>
        <source>--burst takes a whole number of requests from 1 to 100000</source>
        <translation>--burst prend un nombre entier de requêtes de 1 à 100000</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 64</source>
        <translation>--concurrency prend un nombre entier de 1 à 64</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>standard input is larger than %1 MiB; give the jobs in parts</source>
        <translation>l’entrée standard dépasse %1 Mio&#xa0;; donnez les tâches en plusieurs fois</translation>
    </message>
    <message numerus="yes">
        <source>%n input item(s) gave no job; nothing is watched with --strict</source>
        <translation>
            <numerusform>%n élément d’entrée n’a donné aucune tâche&#xa0;; rien n’est surveillé avec --strict</numerusform>
            <numerusform>%n éléments d’entrée n’ont donné aucune tâche&#xa0;; rien n’est surveillé avec --strict</numerusform>
        </translation>
    </message>
    <message>
        <source>no job IDs or poll URLs given</source>
        <translation>aucun ID de tâche ni URL d’interrogation indiqué</translation>
    </message>
    <message>
        <source>--data-dir is for --record</source>
        <translation>--data-dir sert à --record</translation>
    </message>
    <message>
        <source>recording into the job history failed: %1 (watching goes on; retrying)</source>
        <translation>l’enregistrement dans l’historique des tâches a échoué&#xa0;: %1 (la surveillance continue&#xa0;; nouvel essai)</translation>
    </message>
    <message>
        <source>no job can be watched</source>
        <translation>aucune tâche ne peut être surveillée</translation>
    </message>
    <message numerus="yes">
        <source>request budget short: %n poll(s) waiting at %1 requests/s (ceiling %2; raise it with --rate)</source>
        <translation>
            <numerusform>budget de requêtes insuffisant&#xa0;: %n interrogation en attente à %1 requêtes/s (plafond %2&#xa0;; augmentez-le avec --rate)</numerusform>
            <numerusform>budget de requêtes insuffisant&#xa0;: %n interrogations en attente à %1 requêtes/s (plafond %2&#xa0;; augmentez-le avec --rate)</numerusform>
        </translation>
    </message>
    <message>
        <source>request budget sufficient again</source>
        <translation>budget de requêtes de nouveau suffisant</translation>
    </message>
    <message>
        <source>interrupted; stopped watching (the jobs keep running on the server)</source>
        <translation>interrompu&#xa0;; surveillance arrêtée (les tâches continuent sur le serveur)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a job ID nor an http(s) poll URL (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un ID de tâche ni une URL d’interrogation http(s) (%2)</translation>
    </message>
    <message>
        <source>standard input, line %1: &quot;%2&quot;: %3</source>
        <translation>entrée standard, ligne %1&#xa0;: «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>standard input: %n more line(s) without a job not listed</source>
        <translation>
            <numerusform>entrée standard&#xa0;: %n autre ligne sans tâche non listée</numerusform>
            <numerusform>entrée standard&#xa0;: %n autres lignes sans tâche non listées</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1, stalled</source>
        <comment>a running job whose progress has not moved for a long while</comment>
        <translation>%1, bloquée</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Parse a status response and print the snapshot JSON</source>
        <translation>Analyser une réponse d’état et afficher l’instantané JSON</translation>
    </message>
    <message>
        <source>Watch jobs until they finish (NDJSON with --json)</source>
        <translation>Surveiller des tâches jusqu’à leur fin (NDJSON avec --json)</translation>
    </message>
    <message>
        <source>Saved profiles: list, add, remove, test (keys in the OS keychain)</source>
        <translation>Profils enregistrés&#xa0;: list, add, remove, test (clés dans le trousseau du système)</translation>
    </message>
    <message>
        <source>The job history: list, search TEXT, export --format csv|json</source>
        <translation>L’historique des tâches&#xa0;: list, search TEXTE, export --format csv|json</translation>
    </message>
    <message>
        <source>Run the simulated provider with demo jobs on 127.0.0.1</source>
        <translation>Lancer le fournisseur simulé avec des tâches de démo sur 127.0.0.1</translation>
    </message>
    <message>
        <source>Usage: jobwatch-cli COMMAND [options]

Commands:
</source>
        <translation>Usage&#xa0;: jobwatch-cli COMMANDE [options]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run jobwatch-cli COMMAND --help for a command&apos;s options. jobwatch-cli --version prints the version.
</source>
        <translation>
Lancez jobwatch-cli COMMANDE --help pour les options d’une commande. jobwatch-cli --version affiche la version.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>The answer to the mapping&apos;s &quot;resolve&quot; request (the second call for a completed job&apos;s result URL): add the result read from it.</source>
        <translation>La réponse à la requête «&#xa0;resolve&#xa0;» de la correspondance (le second appel pour l&apos;URL du résultat d&apos;une tâche terminée)&#xa0;: ajouter le résultat qui y est lu.</translation>
    </message>
    <message>
        <source>the response body is %1 bytes, more than the %2-byte limit of a finished job&apos;s response.</source>
        <translation>le corps de la réponse fait %1 octets, plus que la limite de %2 octets pour la réponse d&apos;une tâche terminée.</translation>
    </message>
    <message>
        <source>the response body is %1 bytes while the job is %2; over the %3-byte limit for a job that has not finished.</source>
        <translation>le corps de la réponse fait %1 octets alors que la tâche est à l&apos;état %2&#xa0;; c&apos;est au-delà de la limite de %3 octets pour une tâche non terminée.</translation>
    </message>
    <message>
        <source>--resolved: this response asks for no second request (the mapping has no &quot;resolve&quot;, the job is not completed, or a value its URL needs is missing).</source>
        <translation>--resolved&#xa0;: cette réponse ne demande pas de second appel (la correspondance n&apos;a pas de «&#xa0;resolve&#xa0;», la tâche n&apos;est pas terminée, ou une valeur nécessaire à l&apos;URL manque).</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>--resolved %1: %2</source>
        <translation>--resolved %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The result&apos;s URL takes a second request: GET %1 (try its answer with --resolved FILE).</source>
        <translation>L&apos;URL du résultat demande un second appel&#xa0;: GET %1 (essayez sa réponse avec --resolved FICHIER).</translation>
    </message>
    <message>
        <source>Run this program for each job that ends, without a shell. Placeholders, each replaced inside its own argument: %1. Its exit status and the end of its stderr are printed on standard error.</source>
        <translation>Exécuter ce programme pour chaque tâche qui se termine, sans shell. Espaces réservés, chacun remplacé dans son propre argument&#xa0;: %1. Son code de sortie et la fin de sa sortie d&apos;erreur sont écrits sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Kill the --on-finish program after this many seconds (default 60).</source>
        <translation>Tuer le programme --on-finish après ce nombre de secondes (60 par défaut).</translation>
    </message>
    <message>
        <source>--on-finish: %1</source>
        <translation>--on-finish&#xa0;: %1</translation>
    </message>
    <message>
        <source>--on-finish-timeout takes a whole number of seconds from 1 to 86400, with --on-finish</source>
        <translation>--on-finish-timeout attend un nombre entier de secondes de 1 à 86400, avec --on-finish</translation>
    </message>
    <message>
        <source>%1: on-finish %2</source>
        <comment>job ID: on-finish exit status 0</comment>
        <translation>%1&#xa0;: on-finish %2</translation>
    </message>
    <message>
        <source>result %1 has no file name inside %2</source>
        <translation>le résultat %1 n’a pas de nom de fichier dans %2</translation>
    </message>
    <message>
        <source>could not write result %1 to %2: %3</source>
        <translation>impossible d’écrire le résultat %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>job ID: problem</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: result %2 saved to %3</source>
        <comment>job ID, result number, file</comment>
        <translation>%1&#xa0;: résultat %2 enregistré dans %3</translation>
    </message>
    <message>
        <source>Print NDJSON events: {&quot;event&quot;:&quot;update&quot;|&quot;final&quot;|&quot;error&quot;,&quot;at&quot;:&lt;epoch ms&gt;,&quot;job&quot;:{...}}, and {&quot;event&quot;:&quot;saved&quot;,&quot;id&quot;:ID,&quot;result&quot;:N,&quot;path&quot;:FILE} for a result written to a file.</source>
        <translation>Afficher des événements NDJSON&#xa0;: {&quot;event&quot;:&quot;update&quot;|&quot;final&quot;|&quot;error&quot;,&quot;at&quot;:&lt;epoch ms&gt;,&quot;job&quot;:{...}}, et {&quot;event&quot;:&quot;saved&quot;,&quot;id&quot;:ID,&quot;result&quot;:N,&quot;path&quot;:FILE} pour un résultat écrit dans un fichier.</translation>
    </message>
    <message>
        <source>Where results that come inside the provider&apos;s answer (base64) are written, named like the desktop app&apos;s results archive (default: &quot;results&quot; in the data folder of --data-dir).</source>
        <translation>Où écrire les résultats qui arrivent dans la réponse du fournisseur (base64), nommés comme dans l’archive des résultats de l’application (par défaut&#xa0;: «&#xa0;results&#xa0;» dans le dossier de données de --data-dir).</translation>
    </message>
    <message>
        <source>Read what a saved profile&apos;s account has left, where its API reports a balance (Runway&apos;s credits,
Luma&apos;s dollars). Exit 0 with the amount, 1 when it cannot be read (the reason on stderr), 2 when
the profile&apos;s API reports no balance, 4 on a key problem.</source>
        <translation>Lit ce qu’il reste sur le compte d’un profil enregistré, là où son API indique un solde (crédits de Runway,
dollars de Luma). Sortie 0 avec le montant, 1 s’il ne peut pas être lu (la raison sur stderr), 2 si
l’API du profil n’indique aucun solde, 4 en cas de problème de clé.</translation>
    </message>
    <message>
        <source>Print one JSON object: {profile, amount, unit, readAt} or {profile, error}.</source>
        <translation>Afficher un objet JSON&#xa0;: {profile, amount, unit, readAt} ou {profile, error}.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: its API (%2) reports no balance</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: son API (%2) n’indique aucun solde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: the balance could not be read: %2</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: le solde n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The job history: every job the window watched, and those `watch --record` watched.
  list                 the stored jobs, oldest first
  search TEXT          the jobs whose ID, profile, type, status message, error, result titles, prompt or inputs
                       contain every word of TEXT
  export --format F    every job (or the --search hits) as csv or json on standard output; signed result
                       links lose their signature unless --signed-urls is given</source>
        <translation>L’historique des tâches&#xa0;: toutes les tâches surveillées par la fenêtre, et celles surveillées par `watch --record`.
  list                 les tâches enregistrées, les plus anciennes d’abord
  search TEXTE         les tâches dont l’ID, le profil, le type, le message d’état, l’erreur, les titres
                       de résultats, le prompt ou les entrées contiennent chaque mot de TEXTE
  export --format F    toutes les tâches (ou les résultats de --search) en csv ou json sur la sortie
                       standard&#xa0;; les liens de résultat signés perdent leur signature sauf avec --signed-urls</translation>
    </message>
    <message>
        <source>List the account&apos;s jobs from the provider&apos;s list endpoint (Replicate predictions, OpenAI videos, Luma
generations, or a mapping with a &quot;list&quot; section), newest first as the provider gives them.
Prints one job ID per line, so that `jobwatch-cli list ... | jobwatch-cli watch ... -` watches them.
Pages are read with the provider&apos;s cursor, within the profile&apos;s request budget.
Exit codes: 0 listed, 1 the list could not be read to its end (the jobs before are printed),
2 usage or configuration error, 4 authentication or permission error.</source>
        <translation>Liste les tâches du compte via le point d’accès de liste du fournisseur (prédictions Replicate, vidéos OpenAI,
générations Luma ou une correspondance avec une section «&#xa0;list&#xa0;»), les plus récentes d’abord, comme le fournisseur les donne.
Affiche un identifiant de tâche par ligne, pour que `jobwatch-cli list ... | jobwatch-cli watch ... -` les surveille.
Les pages sont lues avec le curseur du fournisseur, dans le budget de requêtes du profil.
Codes de sortie&#xa0;: 0 listé, 1 la liste n’a pas pu être lue jusqu’au bout (les tâches précédentes sont affichées),
2 erreur d’utilisation ou de configuration, 4 erreur d’authentification ou d’autorisation.</translation>
    </message>
    <message>
        <source>Only jobs in these states, comma-separated: queued, running, completed, failed, cancelled, unknown, or active (queued, running or unknown).</source>
        <translation>Seulement les tâches dans ces états, séparés par des virgules&#xa0;: queued, running, completed, failed, cancelled, unknown, ou active (queued, running ou unknown).</translation>
    </message>
    <message>
        <source>Print one JSON object per job: {&quot;id&quot;,&quot;state&quot;,&quot;rawStatus&quot;,&quot;type&quot;,&quot;progress&quot;,&quot;createdAt&quot;}.</source>
        <translation>Afficher un objet JSON par tâche&#xa0;: {&quot;id&quot;,&quot;state&quot;,&quot;rawStatus&quot;,&quot;type&quot;,&quot;progress&quot;,&quot;createdAt&quot;}.</translation>
    </message>
    <message>
        <source>Print at most this many jobs (default %1).</source>
        <translation>Afficher au plus ce nombre de tâches (par défaut %1).</translation>
    </message>
    <message>
        <source>Read at most this many pages (default %1).</source>
        <translation>Lire au plus ce nombre de pages (par défaut %1).</translation>
    </message>
    <message>
        <source>list takes no arguments (got &quot;%1&quot;)</source>
        <translation>list ne prend pas d’arguments (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>--state takes queued, running, completed, failed, cancelled, unknown or active, comma-separated (got &quot;%1&quot;)</source>
        <translation>--state prend queued, running, completed, failed, cancelled, unknown ou active, séparés par des virgules (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 100000</source>
        <translation>--limit prend un nombre entier de 1 à 100000</translation>
    </message>
    <message>
        <source>--pages takes a whole number from 1 to 10000</source>
        <translation>--pages prend un nombre entier de 1 à 10000</translation>
    </message>
    <message>
        <source>the API of &quot;%1&quot; (%2) has no job list; list works with the replicate, openai-videos and luma presets and with mappings that have a &quot;list&quot; section</source>
        <translation>L’API de «&#xa0;%1&#xa0;» (%2) n’a pas de liste de tâches&#xa0;; list fonctionne avec les préréglages replicate, openai-videos et luma et avec les correspondances qui ont une section «&#xa0;list&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n page(s); the account has more jobs (read more with --pages)</source>
        <translation>
            <numerusform>arrêt après %n page&#xa0;; le compte a d’autres tâches (en lire plus avec --pages)</numerusform>
            <numerusform>arrêt après %n pages&#xa0;; le compte a d’autres tâches (en lire plus avec --pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: jobwatch-cli profiles list|add|update|remove|test|balance [options] (--help on each)</source>
        <translation>usage&#xa0;: jobwatch-cli profiles list|add|update|remove|test|balance [options] (--help pour chacune)</translation>
    </message>
    <message>
        <source>List the account&apos;s jobs from the provider (pipe into watch -)</source>
        <translation>Lister les tâches du compte chez le fournisseur (à envoyer dans watch -)</translation>
    </message>
    <message>
        <source>could not write result %1: cannot create the folder %2</source>
        <translation>impossible d’écrire le résultat %1&#xa0;: impossible de créer le dossier %2</translation>
    </message>
    <message>
        <source>Request budget: at most this many requests per second (default: the profile&apos;s, 20 for an API that documents no limit). A ceiling: a 429 or 503 lowers the rate at once, and it climbs back while polls wait.</source>
        <translation>Budget de requêtes : au plus ce nombre de requêtes par seconde (par défaut : celui du profil, 20 pour une API qui ne documente aucune limite). C’est un plafond : un 429 ou un 503 baisse aussitôt le débit, qui remonte tant que des interrogations attendent.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>no poll URL results from this base URL</source>
        <translation>aucune URL d’interrogation ne découle de cette URL de base</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>Erreur TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unauthorised: the server rejected the API key</source>
        <translation>non autorisé&#xa0;: le serveur a refusé la clé d’API</translation>
    </message>
    <message>
        <source>the API key lacks a required scope</source>
        <translation>il manque à la clé d’API une portée requise</translation>
    </message>
    <message>
        <source>forbidden: the key may not read jobs</source>
        <translation>interdit&#xa0;: la clé ne peut pas lire les tâches</translation>
    </message>
    <message>
        <source>connected; the key was accepted (the probe job is unknown, as expected)</source>
        <translation>connecté&#xa0;; la clé a été acceptée (la tâche sonde est inconnue, comme prévu)</translation>
    </message>
    <message>
        <source>connected, but job %1 was not found</source>
        <translation>connecté, mais la tâche %1 est introuvable</translation>
    </message>
    <message>
        <source>the server asks to slow down (HTTP %1)</source>
        <translation>le serveur demande de ralentir (HTTP %1)</translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation>erreur du serveur (HTTP %1)</translation>
    </message>
    <message>
        <source>the server redirected (HTTP %1); check the base URL</source>
        <translation>le serveur a redirigé (HTTP %1)&#xa0;; vérifiez l’URL de base</translation>
    </message>
    <message>
        <source>unexpected HTTP %1</source>
        <translation>HTTP %1 inattendu</translation>
    </message>
    <message>
        <source>OK: job %1 is %2</source>
        <translation>OK&#xa0;: la tâche %1 est %2</translation>
    </message>
    <message>
        <source>the response did not parse as %1: %2</source>
        <translation>la réponse n’a pas pu être analysée comme %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>this mapping</source>
        <translation>cette correspondance</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>%1 s</source>
        <comment>compute time in seconds, in the table</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s of compute</source>
        <comment>the time the provider&apos;s machine worked on the job</comment>
        <translation>%1 s de calcul</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <comment>a provider&apos;s credits; the amount may have decimals</comment>
        <translation>%1 crédits</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount of money and its currency code, e.g. 0.35 USD</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>an estimated cost in the table, e.g. ≈ 0.35 USD</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>about %1 (estimate)</source>
        <comment>the provider&apos;s estimate of a job&apos;s cost</comment>
        <translation>environ %1 (estimation)</translation>
    </message>
</context>
<context>
    <name>Dialects</name>
    <message>
        <source>Unknown dialect &quot;%1&quot;. Known: %2.</source>
        <translation>Dialecte «&#xa0;%1&#xa0;» inconnu. Connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Scène %1</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>status response larger than %1 KiB; aborted</source>
        <translation>réponse d’état de plus de %1 Kio&#xa0;; abandon</translation>
    </message>
    <message>
        <source>no complete answer within %1 s (transfer timeout)</source>
        <translation>pas de réponse complète en %1 s (délai de transfert dépassé)</translation>
    </message>
    <message>
        <source>TLS error (the connection was refused, not ignored): %1</source>
        <translation>Erreur TLS (la connexion a été refusée, pas ignorée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1 answer cut off: %2</source>
        <translation>Réponse HTTP %1 tronquée&#xa0;: %2</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1 redirect not followed: %2</source>
        <translation>redirection HTTP %1 non suivie&#xa0;: %2</translation>
    </message>
    <message>
        <source>a profile needs an id</source>
        <translation>un profil a besoin d’un id</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the API key could not be read: %1</source>
        <translation>la clé d’API n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;</source>
        <translation>profil «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>empty job ID</source>
        <translation>ID de tâche vide</translation>
    </message>
    <message>
        <source>HTTP 401: the API key was not accepted%1; fix the key, then resume the profile</source>
        <translation>HTTP 401&#xa0;: la clé d’API n’a pas été acceptée%1&#xa0;; corrigez la clé, puis reprenez le profil</translation>
    </message>
    <message>
        <source>HTTP 403: the API key lacks permission%1; fix the key, then resume the profile</source>
        <translation>HTTP 403&#xa0;: la clé d’API n’a pas l’autorisation%1&#xa0;; corrigez la clé, puis reprenez le profil</translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (requête %1)</translation>
    </message>
    <message>
        <source>HTTP %1; retrying with backoff</source>
        <translation>HTTP %1&#xa0;; nouvel essai avec attente progressive</translation>
    </message>
    <message>
        <source>HTTP %1: %2; retrying with backoff</source>
        <translation>HTTP %1&#xa0;: %2&#xa0;; nouvel essai avec attente progressive</translation>
    </message>
    <message>
        <source>the status response is not UTF-8 text; check the profile&apos;s base URL and dialect</source>
        <translation>la réponse d’état n’est pas du texte UTF-8&#xa0;; vérifiez l’URL de base et le dialecte du profil</translation>
    </message>
    <message>
        <source>unreadable status response: %1</source>
        <translation>réponse d’état illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer is for job &quot;%1&quot;, not &quot;%2&quot;; check the poll URL and the profile</source>
        <translation>la réponse concerne la tâche «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;»&#xa0;; vérifiez l’URL d’interrogation et le profil</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); waiting %1 s as the server asked</source>
        <translation>limite de débit atteinte (HTTP 429)&#xa0;; attente de %1 s comme demandé par le serveur</translation>
    </message>
    <message>
        <source>service unavailable (HTTP 503); waiting %1 s as the server asked</source>
        <translation>service indisponible (HTTP 503)&#xa0;; attente de %1 s comme demandé par le serveur</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); waiting %1 s</source>
        <translation>limite de débit atteinte (HTTP 429)&#xa0;; attente de %1 s</translation>
    </message>
    <message numerus="yes">
        <source>not found (HTTP 404 %n times); check the ID and the profile</source>
        <translation>
            <numerusform>introuvable (HTTP 404 %n fois)&#xa0;; vérifiez l’ID et le profil</numerusform>
            <numerusform>introuvable (HTTP 404 %n fois)&#xa0;; vérifiez l’ID et le profil</numerusform>
        </translation>
    </message>
    <message>
        <source>not found (HTTP 404); checking again (%1 of %2)</source>
        <translation>introuvable (HTTP 404)&#xa0;; nouvelle vérification (%1 sur %2)</translation>
    </message>
    <message>
        <source>The provider rejected the job (HTTP %1) and gave no message.</source>
        <translation>Le fournisseur a rejeté la tâche (HTTP %1) sans donner de message.</translation>
    </message>
    <message>
        <source>HTTP %1: %2; the provider rejects this job, so it is not polled again</source>
        <translation>HTTP %1&#xa0;: %2&#xa0;; le fournisseur rejette cette tâche, elle n’est donc plus interrogée</translation>
    </message>
    <message>
        <source>configuration error: %1</source>
        <translation>erreur de configuration&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>timed out locally after %n minute(s); resume to keep waiting</source>
        <translation>
            <numerusform>expirée localement après %n minute&#xa0;; reprenez pour continuer d’attendre</numerusform>
            <numerusform>expirée localement après %n minutes&#xa0;; reprenez pour continuer d’attendre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>timed out locally after %n second(s); resume to keep waiting</source>
        <translation>
            <numerusform>expirée localement après %n seconde&#xa0;; reprenez pour continuer d’attendre</numerusform>
            <numerusform>expirée localement après %n secondes&#xa0;; reprenez pour continuer d’attendre</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http(s) URL</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http(s) valide</translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;: only https (and http on loopback) can be polled</source>
        <translation>schéma d’URL «&#xa0;%1&#xa0;» non pris en charge&#xa0;: seul https (et http en boucle locale) peut être interrogé</translation>
    </message>
    <message>
        <source>refusing plain http:// to %1: use https:// (http is allowed only for loopback)</source>
        <translation>http:// simple refusé vers %1&#xa0;: utilisez https:// (http n’est autorisé qu’en boucle locale)</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>redirection sans Location utilisable</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>status response of %1 KiB while the job is %2; only a finished job&apos;s answer may be over %3 KiB</source>
        <translation>réponse d&apos;état de %1 Kio alors que la tâche est à l&apos;état %2&#xa0;; seule la réponse d&apos;une tâche terminée peut dépasser %3 Kio</translation>
    </message>
    <message>
        <source>completed; asking for the result&apos;s download link</source>
        <translation>terminée&#xa0;; demande du lien de téléchargement du résultat</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation>la réponse n&apos;est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>completed; the result&apos;s download link is not there yet (%1); asking again</source>
        <translation>terminée&#xa0;; le lien de téléchargement du résultat n&apos;est pas encore là (%1)&#xa0;; nouvelle demande</translation>
    </message>
    <message>
        <source>completed, but the result&apos;s download link could not be fetched from %1: %2</source>
        <translation>terminée, mais le lien de téléchargement du résultat n&apos;a pas pu être obtenu auprès de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP 401 from %1: the API key was not accepted</source>
        <translation>HTTP 401 de %1&#xa0;: la clé d’API n’a pas été acceptée</translation>
    </message>
    <message>
        <source>HTTP 403 from %1: the API key may not read the account&apos;s balance</source>
        <translation>HTTP 403 de %1&#xa0;: la clé d’API ne peut pas lire le solde du compte</translation>
    </message>
    <message>
        <source>HTTP 404 from %1: the API has no balance there (check the profile&apos;s base URL)</source>
        <translation>HTTP 404 de %1&#xa0;: l’API n’a pas de solde à cet endroit (vérifiez l’URL de base du profil)</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429) at %1; the profile waits as for a poll</source>
        <translation>limité en débit (HTTP 429) sur %1&#xa0;; le profil attend comme pour une interrogation</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid JSON (%2 at byte %3)</source>
        <translation>la réponse de %1 n’est pas du JSON valide (%2 à l’octet %3)</translation>
    </message>
    <message>
        <source>the answer from %1 is not a JSON object</source>
        <translation>la réponse de %1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the answer holds no balance</source>
        <translation>la réponse ne contient aucun solde</translation>
    </message>
    <message>
        <source>the answer did not end within %1 s; aborted (the server keeps sending without finishing)</source>
        <translation>la réponse ne s’est pas terminée en %1 s&#xa0;; interrompue (le serveur continue d’envoyer sans finir)</translation>
    </message>
</context>
<context>
    <name>FinishCommand</name>
    <message>
        <source>the command is empty</source>
        <translation>la commande est vide</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the command; use %2</source>
        <translation>espace réservé {%1} inconnu dans la commande&#xa0;; utilisez %2</translation>
    </message>
    <message>
        <source>the program itself cannot be a placeholder; put placeholders in its arguments</source>
        <translation>le programme lui-même ne peut pas être un espace réservé&#xa0;; placez les espaces réservés dans ses arguments</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>killed after %n s (timeout)</source>
        <translation>
            <numerusform>tué après %n s (délai dépassé)</numerusform>
            <numerusform>tué après %n s (délai dépassé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>killed after %n s (timeout): %1</source>
        <translation>
            <numerusform>tué après %n s (délai dépassé)&#xa0;: %1</numerusform>
            <numerusform>tué après %n s (délai dépassé)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>planté</translation>
    </message>
    <message>
        <source>crashed: %1</source>
        <translation>planté&#xa0;: %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>code de sortie %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the prompts of restored jobs could not be read from the job history: %1</source>
        <translation>les prompts des tâches restaurées n’ont pas pu être lus dans l’historique des tâches&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>IdExtractor</name>
    <message>
        <source>the job ID is empty, too long or has unexpected characters</source>
        <translation>l’ID de tâche est vide, trop long ou contient des caractères inattendus</translation>
    </message>
    <message>
        <source>the JSON has no job ID or poll URL (id, job_id, jobId, request_id, poll_url, status_url or urls.get)</source>
        <translation>le JSON n’a pas d’ID de tâche ni d’URL d’interrogation (id, job_id, jobId, request_id, poll_url, status_url ou urls.get)</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (rejected text)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more item(s) not usable</source>
        <translation>
            <numerusform>%1, et %n autre élément inutilisable</numerusform>
            <numerusform>%1, et %n autres éléments inutilisables</numerusform>
        </translation>
    </message>
    <message>
        <source>no job ID, poll URL or enqueue response found</source>
        <translation>ni ID de tâche, ni URL, ni réponse de mise en file</translation>
    </message>
    <message>
        <source>Nothing recognised: %1</source>
        <translation>Rien de reconnu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) recognised</source>
        <translation>
            <numerusform>%n tâche reconnue</numerusform>
            <numerusform>%n tâches reconnues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list of summary parts</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation>
            <numerusform>%n élément inutilisable</numerusform>
            <numerusform>%n éléments inutilisables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n ligne non reconnue</numerusform>
            <numerusform>%n lignes non reconnues</numerusform>
        </translation>
    </message>
    <message>
        <source>the URL ends at /%1/ without a job ID</source>
        <translation>l’URL se termine par /%1/ sans ID de tâche</translation>
    </message>
    <message>
        <source>the URL has no job path such as /v1/jobs/&lt;id&gt;</source>
        <translation>l’URL n’a pas de chemin de tâche comme /v1/jobs/&lt;id&gt;</translation>
    </message>
    <message>
        <source>the URL is too long</source>
        <translation>l’URL est trop longue</translation>
    </message>
    <message>
        <source>only http and https URLs are supported</source>
        <translation>seules les URL http et https sont prises en charge</translation>
    </message>
    <message>
        <source>the URL has no valid host</source>
        <translation>l’URL n’a pas d’hôte valide</translation>
    </message>
    <message>
        <source>URLs with a user name or password are not accepted</source>
        <translation>les URL avec un nom d’utilisateur ou un mot de passe ne sont pas acceptées</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback addresses; use https</source>
        <translation>http simple n’est autorisé que pour les adresses de boucle locale&#xa0;; utilisez https</translation>
    </message>
    <message>
        <source>the job ID in the URL is empty, too long or has unexpected characters</source>
        <translation>l’ID de tâche dans l’URL est vide, trop long ou contient des caractères inattendus</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Version du modèle</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>image or video dimensions, e.g. 1280x720</comment>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>length of the generated video or audio</comment>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <source>the running Jobwatch window did not answer (%1)</source>
        <translation>la fenêtre Jobwatch ouverte n’a pas répondu (%1)</translation>
    </message>
    <message>
        <source>the running Jobwatch window gave an answer that is not understood</source>
        <translation>la fenêtre Jobwatch ouverte a donné une réponse incompréhensible</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d’écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the request is too large</source>
        <translation>la demande est trop grande</translation>
    </message>
    <message>
        <source>the request is not understood (is the other jobwatch a different version?)</source>
        <translation>la demande est incompréhensible (l’autre jobwatch est-il d’une autre version&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>JobIntake</name>
    <message>
        <source>the text is %1 MB; at most %2 MB can be read at once</source>
        <translation>le texte fait %1 Mo&#xa0;; au plus %2 Mo peuvent être lus en une fois</translation>
    </message>
    <message>
        <source>the text holds %1 jobs; at most %2 can be added at once, so add them in parts</source>
        <translation>le texte contient %1 tâches&#xa0;; au plus %2 peuvent être ajoutées en une fois, ajoutez-les donc en plusieurs fois</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>il n’y a pas de profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no profile yet; add one first</source>
        <translation>il n’y a encore aucun profil&#xa0;; ajoutez-en un d’abord</translation>
    </message>
    <message>
        <source>no profile fits this job</source>
        <translation>aucun profil ne convient à cette tâche</translation>
    </message>
    <message>
        <source>no %1 profile; add one first</source>
        <translation>aucun profil %1&#xa0;; ajoutez-en un d’abord</translation>
    </message>
    <message>
        <source>Nothing to add: %1</source>
        <translation>Rien à ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste or type job IDs, poll URLs or enqueue responses</source>
        <translation>Collez ou saisissez des ID de tâche, des URL d’interrogation ou des réponses de mise en file</translation>
    </message>
    <message>
        <source>Nothing recognised: no job ID, poll URL or enqueue response found</source>
        <translation>Rien de reconnu&#xa0;: aucun ID de tâche, URL d’interrogation ni réponse de mise en file trouvé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (rejected text)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more item(s) not usable</source>
        <translation>
            <numerusform>%1, et %n autre élément inutilisable</numerusform>
            <numerusform>%1, et %n autres éléments inutilisables</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recognised: %1</source>
        <translation>Rien de reconnu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to add</source>
        <translation>
            <numerusform>%n tâche à ajouter</numerusform>
            <numerusform>%n tâches à ajouter</numerusform>
        </translation>
    </message>
    <message>
        <source>No new job</source>
        <translation>Aucune nouvelle tâche</translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <translation>
            <numerusform>%n déjà surveillée</numerusform>
            <numerusform>%n déjà surveillées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a profile choice</source>
        <translation>
            <numerusform>%n demande un choix de profil</numerusform>
            <numerusform>%n demandent un choix de profil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation>
            <numerusform>%n élément inutilisable</numerusform>
            <numerusform>%n éléments inutilisables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n ligne non reconnue</numerusform>
            <numerusform>%n lignes non reconnues</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of summary parts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing added: %1</source>
        <translation>Rien d’ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing added: the text is empty</source>
        <translation>Rien d’ajouté&#xa0;: le texte est vide</translation>
    </message>
    <message>
        <source>No job added</source>
        <translation>Aucune tâche ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) added</source>
        <translation>
            <numerusform>%n tâche ajoutée</numerusform>
            <numerusform>%n tâches ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need(s) a profile choice</source>
        <translation>
            <numerusform>%n tâche demande un choix de profil</numerusform>
            <numerusform>%n tâches demandent un choix de profil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>the job history is read-only (written by a newer version of Jobwatch)</source>
        <translation>l’historique des tâches est en lecture seule (écrit par une version plus récente de Jobwatch)</translation>
    </message>
    <message>
        <source>the job history is not available</source>
        <translation>l’historique des tâches n’est pas disponible</translation>
    </message>
    <message>
        <source>job %1 vanished while it was written</source>
        <translation>la tâche %1 a disparu pendant son écriture</translation>
    </message>
    <message>
        <source>no stored job %1</source>
        <translation>aucune tâche %1 enregistrée</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>il est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is not a Jobwatch database</source>
        <translation>ce n’est pas une base de données Jobwatch</translation>
    </message>
    <message>
        <source>The job history at %1 was written by a newer version of Jobwatch (format %2; this version knows up to %3). It is shown read-only and nothing of this session is saved to it.</source>
        <translation>L’historique des tâches dans %1 a été écrit par une version plus récente de Jobwatch (format %2&#xa0;; cette version connaît jusqu’au %3). Il est affiché en lecture seule et rien de cette session n’y est enregistré.</translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation>la journalisation anticipée (WAL) n’est pas disponible (mode de journal %1)</translation>
    </message>
    <message>
        <source>The job history cannot be saved: the folder %1 cannot be created. This session is not saved.</source>
        <translation>L’historique des tâches ne peut pas être enregistré&#xa0;: le dossier %1 ne peut pas être créé. Cette session n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>The job history cannot be opened: the Qt SQLite driver (QSQLITE) is missing. This session is not saved.</source>
        <translation>L’historique des tâches ne peut pas être ouvert&#xa0;: le pilote SQLite de Qt (QSQLITE) est absent. Cette session n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>The job history %1 is damaged (%2) and could not be moved aside. It is left as it is and this session is not saved.</source>
        <translation>L’historique des tâches %1 est endommagé (%2) et n’a pas pu être mis de côté. Il est laissé tel quel et cette session n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>The job history %1 could not be read (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation>L’historique des tâches %1 n’a pas pu être lu (%2). Il a été conservé sous %3 et un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <source>The job history %1 cannot be opened (%2). This session is not saved.</source>
        <translation>L’historique des tâches %1 ne peut pas être ouvert (%2). Cette session n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>no schema version %1</source>
        <translation>aucune version de schéma %1</translation>
    </message>
    <message>
        <source>upgrading the job history to version %1 failed: %2</source>
        <translation>la mise à niveau de l’historique des tâches vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang needs a language code; available: %1</source>
        <translation>--lang demande un code de langue&#xa0;; disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>no translation for the language &quot;%1&quot;; available: %2</source>
        <translation>aucune traduction pour la langue «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1.</source>
        <translation>Utiliser cette langue au lieu de celle du système&#xa0;: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>LaunchRequests</name>
    <message>
        <source>&quot;%1&quot; is not a valid jobwatch: link (expected jobwatch:watch?profile=NAME&amp;id=ID)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un lien jobwatch: valide (attendu&#xa0;: jobwatch:watch?profile=NOM&amp;id=ID)</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; asks for &quot;%2&quot;; Jobwatch links can only watch jobs (jobwatch:watch?profile=NAME&amp;id=ID)</source>
        <translation>le lien «&#xa0;%1&#xa0;» demande «&#xa0;%2&#xa0;»&#xa0;; les liens Jobwatch ne peuvent que surveiller des tâches (jobwatch:watch?profile=NOM&amp;id=ID)</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; has an empty id</source>
        <translation>le lien «&#xa0;%1&#xa0;» a un id vide</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; names more than one profile</source>
        <translation>le lien «&#xa0;%1&#xa0;» nomme plus d’un profil</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; has an unknown parameter &quot;%2&quot; (expected profile and id)</source>
        <translation>le lien «&#xa0;%1&#xa0;» a un paramètre inconnu «&#xa0;%2&#xa0;» (attendus&#xa0;: profile et id)</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; names no job (add id=ID)</source>
        <translation>le lien «&#xa0;%1&#xa0;» ne nomme aucune tâche (ajoutez id=ID)</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>Refused to open the link: it is not a valid address.</source>
        <translation>Ouverture du lien refusée&#xa0;: ce n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Refused to open &quot;%1&quot;: only web links (http, https) open.</source>
        <translation>Ouverture de «&#xa0;%1&#xa0;» refusée&#xa0;: seuls les liens web (http, https) s’ouvrent.</translation>
    </message>
    <message>
        <source>Refused to open a &quot;%1:&quot; link: only web links (http, https) open.</source>
        <translation>Ouverture d’un lien «&#xa0;%1:&#xa0;» refusée&#xa0;: seuls les liens web (http, https) s’ouvrent.</translation>
    </message>
    <message>
        <source>Refused to open the link: it has no host.</source>
        <translation>Ouverture du lien refusée&#xa0;: il n’a pas d’hôte.</translation>
    </message>
    <message>
        <source>Refused to open a link that carries a user name or password.</source>
        <translation>Ouverture refusée d’un lien qui contient un nom d’utilisateur ou un mot de passe.</translation>
    </message>
    <message>
        <source>Refused to open the file: the path is not absolute.</source>
        <translation>Ouverture du fichier refusée&#xa0;: le chemin n’est pas absolu.</translation>
    </message>
    <message>
        <source>The downloaded file is gone; download it again.</source>
        <translation>Le fichier téléchargé a disparu&#xa0;; téléchargez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>progress: the log at &quot;%1&quot; is empty or missing</source>
        <translation>progression&#xa0;: le journal à «&#xa0;%1&#xa0;» est vide ou absent</translation>
    </message>
    <message numerus="yes">
        <source>progress: the regex reads the last %n character(s) of the log</source>
        <translation>
            <numerusform>progression&#xa0;: l’expression régulière lit le dernier caractère du journal</numerusform>
            <numerusform>progression&#xa0;: l’expression régulière lit les %n derniers caractères du journal</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping is not valid JSON (%1 at byte %2).</source>
        <translation>La correspondance n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The mapping is a JSON array, not an object.</source>
        <translation>La correspondance est un tableau JSON, pas un objet.</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object.</source>
        <translation>La correspondance n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;statusSynonyms&quot; maps &quot;%1&quot; to %2</source>
        <translation>«&#xa0;statusSynonyms&#xa0;» associe «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in status word for %2</source>
        <translation>«&#xa0;%1&#xa0;» est un mot d’état intégré pour %2</translation>
    </message>
    <message>
        <source>&quot;stateFromFields&quot;: &quot;%1&quot; is present</source>
        <translation>«&#xa0;stateFromFields&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» est présent</translation>
    </message>
    <message>
        <source>the status path matched nothing, so the state is unknown and polling goes on</source>
        <translation>le chemin d’état n’a rien trouvé, l’état est donc inconnu et l’interrogation continue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in status word nor in &quot;statusSynonyms&quot;, so the state is unknown and polling goes on</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un mot d’état intégré ni dans «&#xa0;statusSynonyms&#xa0;», l’état est donc inconnu et l’interrogation continue</translation>
    </message>
    <message>
        <source>The job failed (%1) and gave no message.</source>
        <translation>La tâche a échoué (%1) sans donner de message.</translation>
    </message>
    <message>
        <source>The job failed with status &quot;%1&quot; and gave no message.</source>
        <translation>La tâche a échoué avec l’état «&#xa0;%1&#xa0;» sans donner de message.</translation>
    </message>
    <message>
        <source>%1: skipped, it applies only in other states than %2</source>
        <translation>%1&#xa0;: ignoré, ne s’applique que dans d’autres états que %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; matched nothing%3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’a rien trouvé%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; gave %n URL(s)</source>
        <translation>
            <numerusform>%1&#xa0;: «&#xa0;%2&#xa0;» a donné %n URL</numerusform>
            <numerusform>%1&#xa0;: «&#xa0;%2&#xa0;» a donné %n URL</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; skipped, its &quot;when&quot; does not include %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ignoré, son «&#xa0;when&#xa0;» n’inclut pas %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; found %3, which gives no value (blank, not a string or number, or &quot;match&quot; failed)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a trouvé %3, qui ne donne aucune valeur (vide, ni chaîne ni nombre, ou «&#xa0;match&#xa0;» a échoué)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; found %3 and reads &quot;%4&quot;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a trouvé %3 et lit «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>state: %1, because %2</source>
        <translation>état&#xa0;: %1, car %2</translation>
    </message>
    <message>
        <source>the status path &quot;%1&quot; matched nothing in this response, so the state is unknown%2</source>
        <translation>le chemin d’état «&#xa0;%1&#xa0;» n’a rien trouvé dans cette réponse, l’état est donc inconnu%2</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>&#xa0;; vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>an array of {&quot;present&quot;: PATH, &quot;state&quot;: STATE} rules</source>
        <translation>un tableau de règles {&quot;present&quot;: PATH, &quot;state&quot;: STATE}</translation>
    </message>
    <message>
        <source>an object {&quot;present&quot;: PATH, &quot;state&quot;: STATE}</source>
        <translation>un objet {&quot;present&quot;: PATH, &quot;state&quot;: STATE}</translation>
    </message>
    <message>
        <source>&quot;%1.present&quot; is missing: give the path of the value whose presence decides the state.</source>
        <translation>«&#xa0;%1.present&#xa0;» est absent&#xa0;: indiquez le chemin de la valeur dont la présence décide de l’état.</translation>
    </message>
    <message>
        <source>&quot;%1.state&quot; must be queued, running, completed, failed or cancelled (got &quot;%2&quot;).</source>
        <translation>«&#xa0;%1.state&#xa0;» doit valoir queued, running, completed, failed ou cancelled (reçu «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>a scheme string or an object</source>
        <translation>une chaîne de schéma ou un objet</translation>
    </message>
    <message>
        <source>&quot;auth.header&quot; must be a plain header name other than Authorization (got &quot;%1&quot;).</source>
        <translation>«&#xa0;auth.header&#xa0;» doit être un simple nom d’en-tête autre qu’Authorization (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;auth.scheme&quot; must be bearer, key, jwt-hs256 or header (got &quot;%1&quot;).</source>
        <translation>«&#xa0;auth.scheme&#xa0;» doit valoir bearer, key, jwt-hs256 ou header (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>an object of header names and values</source>
        <translation>un objet de noms et de valeurs d’en-têtes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’en-tête valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would replace the API key header; use &quot;auth&quot; instead.</source>
        <translation>«&#xa0;%1&#xa0;» remplacerait l’en-tête de la clé d’API&#xa0;; utilisez «&#xa0;auth&#xa0;» à la place.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break.</source>
        <translation>«&#xa0;%1&#xa0;» contient un saut de ligne.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>&quot;recommended.ratePerSecond&quot; must be a number above 0 and at most 1000.</source>
        <translation>«&#xa0;recommended.ratePerSecond&#xa0;» doit être un nombre supérieur à 0 et au plus 1000.</translation>
    </message>
    <message>
        <source>an object of status strings and states</source>
        <translation>un objet de chaînes d’état et d’états</translation>
    </message>
    <message>
        <source>a state name</source>
        <translation>un nom d’état</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be queued, running, completed, failed, cancelled or unknown (got &quot;%2&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir queued, running, completed, failed, cancelled ou unknown (reçu «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>an object with &quot;form&quot;</source>
        <translation>un objet avec «&#xa0;form&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;progress.regex&quot; is missing.</source>
        <translation>«&#xa0;progress.regex&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>&quot;progress.regex&quot; must name both (?&lt;done&gt;…) and (?&lt;total&gt;…), or neither.</source>
        <translation>«&#xa0;progress.regex&#xa0;» doit nommer à la fois (?&lt;done&gt;…) et (?&lt;total&gt;…), ou aucun des deux.</translation>
    </message>
    <message>
        <source>&quot;progress.regex&quot; needs a capture group for the percentage, or (?&lt;done&gt;…) and (?&lt;total&gt;…).</source>
        <translation>«&#xa0;progress.regex&#xa0;» a besoin d’un groupe de capture pour le pourcentage, ou de (?&lt;done&gt;…) et (?&lt;total&gt;…).</translation>
    </message>
    <message>
        <source>&quot;progress.form&quot; must be percent, fraction, doneTotal or regex (got &quot;%1&quot;).</source>
        <translation>«&#xa0;progress.form&#xa0;» doit valoir percent, fraction, doneTotal ou regex (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>an array of rules</source>
        <translation>un tableau de règles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one of &quot;path&quot; or &quot;scan&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’exactement un de «&#xa0;path&#xa0;» ou «&#xa0;scan&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; applies to &quot;path&quot; rules, not to &quot;scan&quot;.</source>
        <translation>«&#xa0;%1.%2&#xa0;» s’applique aux règles «&#xa0;path&#xa0;», pas à «&#xa0;scan&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1.maxDepth&quot; applies to &quot;scan&quot; rules only.</source>
        <translation>«&#xa0;%1.maxDepth&#xa0;» ne s’applique qu’aux règles «&#xa0;scan&#xa0;».</translation>
    </message>
    <message>
        <source>an object of names and fields</source>
        <translation>un objet de noms et de champs</translation>
    </message>
    <message>
        <source>&quot;vars.%1&quot; needs a name of letters, digits and &apos;_&apos; that starts with a letter and is not &quot;id&quot; or &quot;base&quot;.</source>
        <translation>«&#xa0;vars.%1&#xa0;» a besoin d’un nom fait de lettres, de chiffres et de &apos;_&apos;, qui commence par une lettre et n’est ni «&#xa0;id&#xa0;» ni «&#xa0;base&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;errorBody&quot; needs at least one of &quot;code&quot;, &quot;message&quot; or &quot;requestId&quot;.</source>
        <translation>«&#xa0;errorBody&#xa0;» a besoin d’au moins un de «&#xa0;code&#xa0;», «&#xa0;message&#xa0;» ou «&#xa0;requestId&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be 1.</source>
        <translation>«&#xa0;formatVersion&#xa0;» doit valoir 1.</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>«&#xa0;name&#xa0;» doit compter jusqu’à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;baseUrl&quot; must be an http or https URL (got &quot;%1&quot;).</source>
        <translation>«&#xa0;baseUrl&#xa0;» doit être une URL http ou https (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot have &quot;when&quot;, because the state is read after it; remove &quot;when&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas avoir de «&#xa0;when&#xa0;», car l’état est lu après&#xa0;; retirez «&#xa0;when&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;timestamps&quot; must be iso, unix-seconds or unix-ms (got &quot;%1&quot;).</source>
        <translation>«&#xa0;timestamps&#xa0;» doit valoir iso, unix-seconds ou unix-ms (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être %2, pas %3.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the mapping.</source>
        <translation>Clé «&#xa0;%1&#xa0;» inconnue dans la correspondance.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Clé «&#xa0;%1&#xa0;» inconnue dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>«&#xa0;%1&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>a path string</source>
        <translation>une chaîne de chemin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &quot;[&quot; without &quot;]&quot; in &quot;%2&quot;; write an array index as &quot;[0]&quot; or &quot;.0&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» a un «&#xa0;[&#xa0;» sans «&#xa0;]&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;; écrivez un indice de tableau sous la forme «&#xa0;[0]&#xa0;» ou «&#xa0;.0&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;[%2]&quot; in &quot;%3&quot; is not an array index; write a number (&quot;[0]&quot;, &quot;[-1]&quot; for the last entry) or &quot;[*]&quot; for every entry.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: «&#xa0;[%2]&#xa0;» dans «&#xa0;%3&#xa0;» n’est pas un indice de tableau&#xa0;; écrivez un nombre («&#xa0;[0]&#xa0;», «&#xa0;[-1]&#xa0;» pour la dernière entrée) ou «&#xa0;[*]&#xa0;» pour toutes les entrées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the key &quot;%2&quot; in &quot;%3&quot; contains a dot; write the path as a JSON Pointer (&quot;/a/b.c&quot;).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la clé «&#xa0;%2&#xa0;» dans «&#xa0;%3&#xa0;» contient un point&#xa0;; écrivez le chemin comme un JSON Pointer («&#xa0;/a/b.c&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the path &quot;%2&quot; has an empty step; did you mean &quot;%3&quot;?</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le chemin «&#xa0;%2&#xa0;» a une étape vide&#xa0;; vouliez-vous dire «&#xa0;%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty path.</source>
        <translation>«&#xa0;%1&#xa0;» est un chemin vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is the whole response; give the path of a value in it.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» est la réponse entière&#xa0;; indiquez le chemin d’une valeur qu’elle contient.</translation>
    </message>
    <message>
        <source>a regular expression string</source>
        <translation>une chaîne d’expression régulière</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty regular expression.</source>
        <translation>«&#xa0;%1&#xa0;» est une expression régulière vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2 at offset %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une expression régulière valide&#xa0;: %2 à la position %3.</translation>
    </message>
    <message>
        <source>a path string or an object with &quot;path&quot;</source>
        <translation>une chaîne de chemin ou un objet avec «&#xa0;path&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1.path&quot; is missing.</source>
        <translation>«&#xa0;%1.path&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>&quot;%1.format&quot; must contain {value}, which stands for the value read (e.g. &quot;Queue position {value}&quot;).</source>
        <translation>«&#xa0;%1.format&#xa0;» doit contenir {value}, qui représente la valeur lue (p. ex. «&#xa0;Position dans la file {value}&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing: give the path of the %2 in the job JSON.</source>
        <translation>«&#xa0;%1&#xa0;» est absent&#xa0;: indiquez le chemin de %2 dans le JSON de la tâche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty list of alternatives.</source>
        <translation>«&#xa0;%1&#xa0;» est une liste d’alternatives vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be video, image, audio, document, text or other (got &quot;%2&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir video, image, audio, document, text ou other (reçu «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain {id}.</source>
        <translation>«&#xa0;%1&#xa0;» doit contenir {id}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain {id} or one of the &quot;vars&quot; (%2).</source>
        <translation>«&#xa0;%1&#xa0;» doit contenir {id} ou l’une des «&#xa0;vars&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may use {base} only at its start.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut utiliser {base} qu’à son début.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown placeholder {%2}; only {base} and {id} are known here.</source>
        <translation>«&#xa0;%1&#xa0;» a un espace réservé inconnu {%2}&#xa0;; seuls {base} et {id} sont connus ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown placeholder {%2}; known are {base}, {id} and the &quot;vars&quot; %3.</source>
        <translation>«&#xa0;%1&#xa0;» a un espace réservé inconnu {%2}&#xa0;; sont connus {base}, {id} et les «&#xa0;vars&#xa0;» %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with {base} or be an http or https URL (got &quot;%2&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» doit commencer par {base} ou être une URL http ou https (reçu «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>a state name or an array of them</source>
        <translation>un nom d’état ou un tableau de noms d’état</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list queued, running, completed, failed, cancelled or unknown (got &quot;%2&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» doit lister queued, running, completed, failed, cancelled ou unknown (reçu «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>the answer has no value at &quot;%1&quot; (resolve.path)</source>
        <translation>la réponse n&apos;a pas de valeur à «&#xa0;%1&#xa0;» (resolve.path)</translation>
    </message>
    <message>
        <source>the value at &quot;%1&quot; is not an http(s) URL: %2</source>
        <translation>la valeur à «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)&#xa0;: %2</translation>
    </message>
    <message>
        <source>an object with &quot;url&quot; and &quot;path&quot;</source>
        <translation>un objet avec «&#xa0;url&#xa0;» et «&#xa0;path&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; gave %n base64 result(s)</source>
        <translation>
            <numerusform>%1&#xa0;: «&#xa0;%2&#xa0;» a donné %n résultat base64</numerusform>
            <numerusform>%1&#xa0;: «&#xa0;%2&#xa0;» a donné %n résultats base64</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: item %2</source>
        <translation>%1&#xa0;: élément %2</translation>
    </message>
    <message>
        <source>%1 is not text, so it is not base64 data</source>
        <translation>%1 n’est pas du texte, donc pas des données base64</translation>
    </message>
    <message>
        <source>%1 is not valid base64 data (%2 characters)</source>
        <translation>%1 n’est pas une donnée base64 valide (%2 caractères)</translation>
    </message>
    <message>
        <source>&quot;url&quot; or &quot;base64&quot;</source>
        <translation>«&#xa0;url&#xa0;» ou «&#xa0;base64&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1.encoding&quot; must be &quot;url&quot; (the default) or &quot;base64&quot; (got &quot;%2&quot;).</source>
        <translation>«&#xa0;%1.encoding&#xa0;» doit valoir «&#xa0;url&#xa0;» (par défaut) ou «&#xa0;base64&#xa0;» (reçu «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;%1.encoding&quot;: base64 results need a &quot;path&quot; rule; a &quot;scan&quot; finds URLs only.</source>
        <translation>«&#xa0;%1.encoding&#xa0;»&#xa0;: les résultats base64 demandent une règle «&#xa0;path&#xa0;»&#xa0;; un «&#xa0;scan&#xa0;» ne trouve que des URL.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; does not apply to base64 results: they have no link of their own, and their size is that of the data.</source>
        <translation>«&#xa0;%1.%2&#xa0;» ne s’applique pas aux résultats base64&#xa0;: ils n’ont pas de lien propre et leur taille est celle des données.</translation>
    </message>
    <message>
        <source>&quot;stateFromFields&quot;: &quot;%1&quot; is &quot;%2&quot;, which matches &quot;%3&quot;</source>
        <translation>«&#xa0;stateFromFields&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» vaut «&#xa0;%2&#xa0;», qui correspond à «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>the answer has no number at &quot;%1&quot; (balance.path)</source>
        <translation>la réponse n’a pas de nombre à «&#xa0;%1&#xa0;» (balance.path)</translation>
    </message>
    <message>
        <source>an object with &quot;url&quot;, &quot;path&quot; and &quot;unit&quot;</source>
        <translation>un objet avec «&#xa0;url&#xa0;», «&#xa0;path&#xa0;» et «&#xa0;unit&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;balance.url&quot; must start with {base} or be an http(s) URL (got &quot;%1&quot;).</source>
        <translation>«&#xa0;balance.url&#xa0;» doit commencer par {base} ou être une URL http(s) (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;balance.url&quot; knows only {base}, at its start (got &quot;%1&quot;).</source>
        <translation>«&#xa0;balance.url&#xa0;» ne connaît que {base}, à son début (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>an object of input names and fields</source>
        <translation>un objet de noms d’entrées et de champs</translation>
    </message>
    <message>
        <source>&quot;input.%1&quot; needs a name of up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; that starts with a letter.</source>
        <translation>«&#xa0;input.%1&#xa0;» doit avoir un nom de 64 lettres, chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos; au plus, qui commence par une lettre.</translation>
    </message>
    <message>
        <source>&quot;input&quot; names no input: give fields such as &quot;prompt&quot;: &quot;input.prompt&quot;, or &quot;*&quot;: the path of an object whose members are the inputs.</source>
        <translation>«&#xa0;input&#xa0;» ne nomme aucune entrée&#xa0;: donnez des champs comme &quot;prompt&quot;: &quot;input.prompt&quot;, ou &quot;*&quot;&#xa0;: le chemin d’un objet dont les membres sont les entrées.</translation>
    </message>
    <message>
        <source>input.*: &quot;%1&quot; is not an object here, so it gives no inputs</source>
        <translation>input.*&#xa0;: «&#xa0;%1&#xa0;» n’est pas un objet ici, il ne donne donc aucune entrée</translation>
    </message>
    <message>
        <source>an object with &quot;value&quot; and &quot;unit&quot;</source>
        <translation>un objet avec &quot;value&quot; et &quot;unit&quot;</translation>
    </message>
    <message>
        <source>&quot;cost.unit&quot; must be &quot;seconds&quot; (compute time), &quot;credits&quot; or a currency code in capitals such as &quot;USD&quot; (got &quot;%1&quot;).</source>
        <translation>&quot;cost.unit&quot; doit être &quot;seconds&quot; (temps de calcul), &quot;credits&quot; ou un code de devise en majuscules comme &quot;USD&quot; (reçu &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain query parameter name (got &quot;%2&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» doit être un simple nom de paramètre de requête (reçu «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>an object of query parameters and values</source>
        <translation>un objet de paramètres de requête et de valeurs</translation>
    </message>
    <message>
        <source>an object: {&quot;url&quot;: PATH}, {&quot;cursor&quot;: PATH, &quot;param&quot;: NAME} or {&quot;offset&quot;: NAME}</source>
        <translation>un objet&#xa0;: {&quot;url&quot;: CHEMIN}, {&quot;cursor&quot;: CHEMIN, &quot;param&quot;: NOM} ou {&quot;offset&quot;: NOM}</translation>
    </message>
    <message>
        <source>&quot;list.next&quot; needs exactly one of &quot;url&quot; (the path of the next page&apos;s URL), &quot;cursor&quot; (the path of the next cursor, with &quot;param&quot;) or &quot;offset&quot; (the offset parameter&apos;s name).</source>
        <translation>«&#xa0;list.next&#xa0;» demande exactement un de «&#xa0;url&#xa0;» (le chemin de l’URL de la page suivante), «&#xa0;cursor&#xa0;» (le chemin du curseur suivant, avec «&#xa0;param&#xa0;») ou «&#xa0;offset&#xa0;» (le nom du paramètre de décalage).</translation>
    </message>
    <message>
        <source>&quot;list.next.param&quot; belongs to a &quot;cursor&quot;; a &quot;url&quot; is followed as it is.</source>
        <translation>«&#xa0;list.next.param&#xa0;» va avec un «&#xa0;cursor&#xa0;»&#xa0;; une «&#xa0;url&#xa0;» est suivie telle quelle.</translation>
    </message>
    <message>
        <source>&quot;list.next.param&quot; belongs to a &quot;cursor&quot;; &quot;offset&quot; names its parameter itself.</source>
        <translation>«&#xa0;list.next.param&#xa0;» va avec un «&#xa0;cursor&#xa0;»&#xa0;; «&#xa0;offset&#xa0;» nomme lui-même son paramètre.</translation>
    </message>
    <message>
        <source>&quot;list.next.offset&quot; needs &quot;list.limitParam&quot; and &quot;list.pageSize&quot;, to know where a page ends.</source>
        <translation>«&#xa0;list.next.offset&#xa0;» demande «&#xa0;list.limitParam&#xa0;» et «&#xa0;list.pageSize&#xa0;», pour savoir où une page se termine.</translation>
    </message>
    <message>
        <source>an object with &quot;url&quot;, &quot;items&quot; and &quot;next&quot;</source>
        <translation>un objet avec «&#xa0;url&#xa0;», «&#xa0;items&#xa0;» et «&#xa0;next&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;list.url&quot; may use only {base}, at its start (got &quot;%1&quot;).</source>
        <translation>«&#xa0;list.url&#xa0;» ne peut utiliser que {base}, à son début (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;list.url&quot; must start with {base} or be an http or https URL (got &quot;%1&quot;).</source>
        <translation>«&#xa0;list.url&#xa0;» doit commencer par {base} ou être une URL http ou https (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;list.items&quot; is missing: give the path of the array of jobs in a list answer.</source>
        <translation>«&#xa0;list.items&#xa0;» manque&#xa0;: indiquez le chemin du tableau des tâches dans une réponse de liste.</translation>
    </message>
    <message>
        <source>&quot;list.pageSize&quot; and &quot;list.limitParam&quot; go together: the page size and the parameter that asks for it.</source>
        <translation>«&#xa0;list.pageSize&#xa0;» et «&#xa0;list.limitParam&#xa0;» vont ensemble&#xa0;: la taille de page et le paramètre qui la demande.</translation>
    </message>
    <message>
        <source>&quot;list.next&quot; is missing: say how the next page is found.</source>
        <translation>«&#xa0;list.next&#xa0;» manque&#xa0;: indiquez comment trouver la page suivante.</translation>
    </message>
    <message>
        <source>the list answer has nothing at &quot;%1&quot;%2</source>
        <translation>La réponse de la liste n’a rien à «&#xa0;%1&#xa0;»%2</translation>
    </message>
    <message>
        <source>the list answer&apos;s &quot;%1&quot; is not an array</source>
        <translation>«&#xa0;%1&#xa0;» dans la réponse de la liste n’est pas un tableau</translation>
    </message>
    <message>
        <source>the list answer&apos;s next page &quot;%1&quot; is not an http(s) URL</source>
        <translation>La page suivante «&#xa0;%1&#xa0;» dans la réponse de la liste n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>&quot;balance.unit&quot; must be credits, usd or usd-cents (got &quot;%1&quot;).</source>
        <translation>«&#xa0;balance.unit&#xa0;» doit être credits, usd ou usd-cents (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>MimeIntake</name>
    <message>
        <source>%1 is larger than %2 MiB; it was not read</source>
        <translation>%1 dépasse %2 Mio&#xa0;; il n’a pas été lu</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Job finished</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Tâche échouée</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation>
            <numerusform>%n tâche terminée</numerusform>
            <numerusform>%n tâches terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n tâche échouée</numerusform>
            <numerusform>%n tâches échouées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>notification title: &apos;5 jobs finished&apos;, &apos;1 failed&apos;</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>after &apos;N jobs finished, &apos;</comment>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 finished</source>
        <comment>profile: job ID finished</comment>
        <translation>%1&#xa0;: %2 terminée</translation>
    </message>
    <message>
        <source>%1: %2 failed</source>
        <comment>profile: job ID failed</comment>
        <translation>%1&#xa0;: %2 échouée</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <comment>profile: job ID failed: reason</comment>
        <translation>%1&#xa0;: %2 échouée&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>after the first few jobs of a notification</comment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>The response is a JSON string, not a job object.</source>
        <translation>La réponse est une chaîne JSON, pas un objet de tâche.</translation>
    </message>
    <message>
        <source>The response is a JSON number, not a job object.</source>
        <translation>La réponse est un nombre JSON, pas un objet de tâche.</translation>
    </message>
    <message>
        <source>The response is a JSON boolean, not a job object.</source>
        <translation>La réponse est un booléen JSON, pas un objet de tâche.</translation>
    </message>
    <message>
        <source>The response is JSON null, not a job object.</source>
        <translation>La réponse est JSON null, pas un objet de tâche.</translation>
    </message>
    <message>
        <source>The response has no job ID, which the %1 mapping allows; give the ID it was asked for (inspect --id ID).</source>
        <translation>La réponse n’a pas d’ID de tâche, ce que la correspondance %1 permet&#xa0;; indiquez l’ID pour lequel elle a été demandée (inspect --id ID).</translation>
    </message>
    <message>
        <source>The response has no job ID that the %1 dialect recognises.</source>
        <translation>La réponse n’a pas d’ID de tâche que le dialecte %1 reconnaisse.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>Le corps de la réponse est vide.</translation>
    </message>
    <message>
        <source>The response body is %1 bytes, more than the %2-byte limit.</source>
        <translation>Le corps de la réponse fait %1 octets, plus que la limite de %2 octets.</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The response is a JSON array, not a job object.</source>
        <translation>La réponse est un tableau JSON, pas un objet de tâche.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La réponse n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>… (%1 characters not kept)</source>
        <translation>… (%1 caractères non conservés)</translation>
    </message>
    <message numerus="yes">
        <source>dropped %n link(s) that are not http or https (relative or malformed)</source>
        <translation>
            <numerusform>%n lien qui n’est pas http ou https ignoré (relatif ou mal formé)</numerusform>
            <numerusform>%n liens qui ne sont pas http ou https ignorés (relatifs ou mal formés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dropped %n link(s) that are not http or https: %1</source>
        <translation>
            <numerusform>%n lien qui n’est pas http ou https ignoré&#xa0;: %1</numerusform>
            <numerusform>%n liens qui ne sont pas http ou https ignorés&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs an id</source>
        <translation>un profil a besoin d’un id</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; needs a name</source>
        <translation>le profil «&#xa0;%1&#xa0;» doit avoir un nom</translation>
    </message>
    <message>
        <source>another profile is already named &quot;%1&quot;</source>
        <translation>un autre profil s’appelle déjà «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the file is too large for a profile list (%1 KiB; at most %2 KiB)</source>
        <translation>le fichier est trop gros pour une liste de profils (%1 Kio&#xa0;; au plus %2 Kio)</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>pas du JSON&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>not a Jobwatch profile export (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>pas un export de profils Jobwatch («&#xa0;format&#xa0;» attendu&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>unsupported profile export version %1</source>
        <translation>version d’export de profils %1 non prise en charge</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an array</source>
        <translation>«&#xa0;profiles&#xa0;» doit être un tableau</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>contains a key; exports never hold keys, so this file was not made by Jobwatch</source>
        <translation>contient une clé&#xa0;; les exports ne contiennent jamais de clés, ce fichier n’a donc pas été créé par Jobwatch</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation>Importés&#xa0;: %1 ajoutés, %2 remplacés, %3 ignorés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; skipped</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; replaced (its saved key is kept)</source>
        <translation>«&#xa0;%1&#xa0;» remplacé (sa clé enregistrée est conservée)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>profile name, copy number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;poll.%1&quot; must be a number from %2 to %3</source>
        <translation>«&#xa0;poll.%1&#xa0;» doit être un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>a profile needs a &quot;name&quot;</source>
        <translation>un profil a besoin d’un «&#xa0;name&#xa0;»</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;mapping&quot; must be an object</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;mapping&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: invalid mapping: %2</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: correspondance non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: unknown dialect &quot;%2&quot; (known: %3)</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: dialecte «&#xa0;%2&#xa0;» inconnu (connus&#xa0;: %3)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;baseUrl&quot; is not a valid URL</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;baseUrl&#xa0;» n’est pas une URL valide</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;poll&quot; must be an object</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;poll&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;poll.adaptive&quot; must be true or false</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;poll.adaptive&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;auth&quot; must be {&quot;scheme&quot;: &quot;bearer&quot;|&quot;key&quot;|&quot;jwt-hs256&quot;|&quot;header&quot;, &quot;header&quot;: NAME}</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;auth&#xa0;» doit valoir {&quot;scheme&quot;: &quot;bearer&quot;|&quot;key&quot;|&quot;jwt-hs256&quot;|&quot;header&quot;, &quot;header&quot;: NAME}</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation>Un autre profil s’appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a dialect or preset.</source>
        <translation>Choisissez un dialecte ou un préréglage.</translation>
    </message>
    <message>
        <source>The mapping is invalid: %1</source>
        <translation>La correspondance n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the API&apos;s base URL.</source>
        <translation>Saisissez l’URL de base de l’API.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for localhost; use https://.</source>
        <translation>http:// simple n’est autorisé que pour localhost&#xa0;; utilisez https://.</translation>
    </message>
    <message>
        <source>Not a valid http(s) URL.</source>
        <translation>Pas une URL http(s) valide.</translation>
    </message>
    <message>
        <source>saved profile %1 skipped: %2</source>
        <translation>profil enregistré %1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a profile object</source>
        <translation>pas un objet de profil</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;onFinish&quot;: %2</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;onFinish&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the secret key is missing (this profile signs a token from an access key and a secret key): %1</source>
        <translation>la clé secrète manque (ce profil signe un jeton à partir d’une clé d’accès et d’une clé secrète)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l’aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l’aide, y compris les options propres à Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>environment variable %1 is not set or empty</source>
        <translation>la variable d’environnement %1 n’est pas définie ou est vide</translation>
    </message>
    <message>
        <source>Warning: API keys are stored unencrypted in %1 (readable by your user account only).</source>
        <translation>Attention&#xa0;: les clés d’API sont stockées sans chiffrement dans %1 (lisible uniquement par votre compte utilisateur).</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>impossible de lire le fichier de clés %1</translation>
    </message>
    <message>
        <source>the key file %1 is readable by others; refusing to use it (chmod 600 it)</source>
        <translation>le fichier de clés %1 est lisible par d’autres&#xa0;; refus de l’utiliser (faites chmod 600)</translation>
    </message>
    <message>
        <source>cannot write the key file %1</source>
        <translation>impossible d’écrire le fichier de clés %1</translation>
    </message>
    <message>
        <source>cannot write the key file %1: %2</source>
        <translation>impossible d’écrire le fichier de clés %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no API key is saved for this profile</source>
        <translation>aucune clé d’API n’est enregistrée pour ce profil</translation>
    </message>
    <message>
        <source>access to the keychain was denied</source>
        <translation>l’accès au trousseau a été refusé</translation>
    </message>
    <message>
        <source>the key could not be deleted from the keychain: %1</source>
        <translation>la clé n’a pas pu être supprimée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1)</source>
        <translation>le trousseau du système n’est pas disponible (%1)</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>pas de Secret Service sur le bus de session</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot read the settings file %1</source>
        <translation>impossible de lire le fichier de paramètres %1</translation>
    </message>
    <message>
        <source>the settings file %1 is not valid JSON (%2); it is left untouched</source>
        <translation>le fichier de paramètres %1 n’est pas du JSON valide (%2)&#xa0;; il est laissé tel quel</translation>
    </message>
    <message>
        <source>the settings file %1 was written by a newer version (%2); it is left untouched</source>
        <translation>le fichier de paramètres %1 a été écrit par une version plus récente (%2)&#xa0;; il est laissé tel quel</translation>
    </message>
    <message>
        <source>cannot write the settings file %1: %2</source>
        <translation>impossible d’écrire le fichier de paramètres %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>surveillée</translation>
    </message>
    <message>
        <source>done</source>
        <translation>finie</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>timed out locally</source>
        <translation>expirée localement</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>configuration error</source>
        <translation>erreur de configuration</translation>
    </message>
    <message>
        <source>throttled by provider</source>
        <translation>limitée par le fournisseur</translation>
    </message>
    <message>
        <source>aborted</source>
        <comment>the provider gave up on the job before it started</comment>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>The provider aborted the job before it started: its deadline passed.</source>
        <translation>Le fournisseur a abandonné la tâche avant son démarrage&#xa0;: son délai était dépassé.</translation>
    </message>
    <message>
        <source>next in queue</source>
        <translation>prochaine dans la file</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <comment>place in the provider&apos;s queue</comment>
        <translation>n° %1 dans la file</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration: minutes, seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours, minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Throttled by provider for %1</source>
        <translation>Limitée par le fournisseur depuis %1</translation>
    </message>
    <message>
        <source>Queued for %1</source>
        <translation>En file d’attente depuis %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>In this state for %1</source>
        <translation>Dans cet état depuis %1</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>The image file %1 is missing</source>
        <translation>Le fichier image %1 est absent</translation>
    </message>
    <message>
        <source>The image could not be decoded (corrupt or unsupported)</source>
        <translation>L’image n’a pas pu être décodée (corrompue ou non prise en charge)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>watching again</source>
        <translation>de nouveau surveillée</translation>
    </message>
    <message>
        <source>finish command</source>
        <comment>timeline: the program run when the job ended</comment>
        <translation>programme de fin</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier change(s)</source>
        <comment>timeline: entries dropped to keep it short</comment>
        <translation>
            <numerusform>… %n changement antérieur</numerusform>
            <numerusform>… %n changements antérieurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::AboutDialog</name>
    <message>
        <source>About Jobwatch</source>
        <translation>À propos de Jobwatch</translation>
    </message>
    <message>
        <source>Watches the asynchronous jobs of generative-AI APIs within each provider&apos;s rate limit, shows their progress live and previews their results. API keys stay in the system keychain.</source>
        <translation>Surveille les tâches asynchrones des API d’IA générative dans la limite de débit de chaque fournisseur, affiche leur progression en direct et prévisualise leurs résultats. Les clés d’API restent dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Jobwatch %1</source>
        <translation>Jobwatch %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>API keys: plaintext key file (opt-in), %1</source>
        <translation>Clés d’API&#xa0;: fichier de clés en clair (choisi explicitement), %1</translation>
    </message>
    <message>
        <source>API keys: system keychain (Secret Service or KWallet) through QtKeychain %1</source>
        <translation>Clés d’API&#xa0;: trousseau du système (Secret Service ou KWallet) via QtKeychain %1</translation>
    </message>
</context>
<context>
    <name>jw::ActionsDelegate</name>
    <message>
        <source>Stop watching (the server job is not touched)</source>
        <translation>Arrêter la surveillance (la tâche sur le serveur n’est pas touchée)</translation>
    </message>
    <message>
        <source>Resume watching from now</source>
        <translation>Reprendre la surveillance à partir de maintenant</translation>
    </message>
    <message>
        <source>Retry: poll again from now</source>
        <translation>Réessayer&#xa0;: interroger de nouveau à partir de maintenant</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
</context>
<context>
    <name>jw::AddDialog</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>poll URL</source>
        <translation>URL d’interrogation</translation>
    </message>
    <message>
        <source>enqueue response</source>
        <translation>réponse de mise en file</translation>
    </message>
    <message>
        <source>Add Jobs</source>
        <translation>Ajouter des tâches</translation>
    </message>
    <message>
        <source>Paste job IDs, poll URLs or enqueue responses (JSON), in any mix:</source>
        <translation>Collez des ID de tâche, des URL d’interrogation ou des réponses de mise en file (JSON), dans n’importe quel mélange&#xa0;:</translation>
    </message>
    <message>
        <source>job_3f9a…
https://api.example.com/v1/jobs/analysis_1700000000_ab12
{&quot;id&quot;: &quot;…&quot;, &quot;poll_url&quot;: &quot;…&quot;}</source>
        <translation>job_3f9a…
https://api.example.com/v1/jobs/analysis_1700000000_ab12
{&quot;id&quot;: &quot;…&quot;, &quot;poll_url&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Recognised:</source>
        <translation>Reconnu&#xa0;:</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialecte</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Automatic (by URL, then by ID shape)</source>
        <translation>Automatique (par URL, puis par forme d’ID)</translation>
    </message>
    <message>
        <source>Reading %1 MB of text…</source>
        <translation>Lecture de %1 Mo de texte…</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>new, from %1</source>
        <translation>nouvelle, de %1</translation>
    </message>
    <message>
        <source>already watched; ignored</source>
        <translation>déjà surveillée&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>fits several profiles: choose one</source>
        <translation>convient à plusieurs profils&#xa0;: choisissez-en un</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more job(s)</source>
        <translation>
            <numerusform>… et %n autre tâche</numerusform>
            <numerusform>… et %n autres tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1. Choose a profile for %n job(s) in the list, or pick one profile above.</source>
        <translation>
            <numerusform>%1. Choisissez un profil pour %n tâche de la liste, ou choisissez un profil ci-dessus.</numerusform>
            <numerusform>%1. Choisissez un profil pour %n tâches de la liste, ou choisissez un profil ci-dessus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::ArchiveInfo</name>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the archived files in the file manager</source>
        <translation>Afficher les fichiers archivés dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) saved in %1</source>
        <translation>
            <numerusform>%n résultat enregistré dans %1</numerusform>
            <numerusform>%n résultats enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving to the archive…</source>
        <translation>Enregistrement dans l’archive…</translation>
    </message>
    <message>
        <source>%1 — the archived copy stays</source>
        <comment>link expiry hint, then that the archive keeps the file</comment>
        <translation>%1 — la copie archivée reste</translation>
    </message>
    <message>
        <source>%1: save it before then</source>
        <comment>link expiry hint</comment>
        <translation>%1&#xa0;: enregistrez-le avant</translation>
    </message>
</context>
<context>
    <name>jw::ArtifactPreview</name>
    <message>
        <source>Could not download the result</source>
        <translation>Impossible de télécharger le résultat</translation>
    </message>
    <message>
        <source>Too big to preview</source>
        <translation>Trop gros pour l’aperçu</translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation>Lien expiré — interrogez de nouveau pour le renouveler</translation>
    </message>
    <message>
        <source>This link is not allowed</source>
        <translation>Ce lien n’est pas autorisé</translation>
    </message>
    <message>
        <source>The server refused the download</source>
        <translation>Le serveur a refusé le téléchargement</translation>
    </message>
    <message>
        <source>Could not store the download</source>
        <translation>Impossible de stocker le téléchargement</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Téléchargement arrêté</translation>
    </message>
    <message>
        <source>This audio format cannot be played here</source>
        <translation>Ce format audio ne peut pas être lu ici</translation>
    </message>
    <message>
        <source>This video format cannot be played here</source>
        <translation>Ce format vidéo ne peut pas être lu ici</translation>
    </message>
    <message>
        <source>The image could not be decoded</source>
        <translation>L’image n’a pas pu être décodée</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Le fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Check the connection, then try again.</source>
        <translation>Vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>Open it externally, or raise the download limit in Settings.</source>
        <translation>Ouvrez-le à l’extérieur, ou augmentez la limite de téléchargement dans les Paramètres.</translation>
    </message>
    <message>
        <source>Signed download links are valid for a limited time. Polling the job again fetches fresh ones.</source>
        <translation>Les liens de téléchargement signés sont valables un temps limité. Interroger de nouveau la tâche en obtient de nouveaux.</translation>
    </message>
    <message>
        <source>Only web links (http, https) are downloaded.</source>
        <translation>Seuls les liens web (http, https) sont téléchargés.</translation>
    </message>
    <message>
        <source>Free some disk space or check the cache folder&apos;s permissions, then try again.</source>
        <translation>Libérez de l’espace disque ou vérifiez les droits du dossier de cache, puis réessayez.</translation>
    </message>
    <message>
        <source>Open it externally in a player that supports it.</source>
        <translation>Ouvrez-le à l’extérieur dans un lecteur qui le prend en charge.</translation>
    </message>
    <message>
        <source>The file may be damaged or incomplete. Try downloading it again.</source>
        <translation>Le fichier est peut-être endommagé ou incomplet. Essayez de le télécharger de nouveau.</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Pas encore téléchargé</translation>
    </message>
    <message>
        <source>Poll again</source>
        <translation>Interroger de nouveau</translation>
    </message>
    <message>
        <source>Ask the provider for the job again; it answers with fresh download links</source>
        <translation>Redemander la tâche au fournisseur&#xa0;; il répond avec de nouveaux liens de téléchargement</translation>
    </message>
    <message>
        <source>Polling the job for fresh links…</source>
        <translation>Interrogation de la tâche pour de nouveaux liens…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Téléchargement… %1</translation>
    </message>
    <message>
        <source>HTTP %1. %2</source>
        <translation>HTTP %1. %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for this download after the job had completed.</source>
        <translation>Le serveur a répondu HTTP %1 pour ce téléchargement après la fin de la tâche.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the result to a file</source>
        <translation>Enregistrer le résultat dans un fichier</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Ouvrir à l’extérieur</translation>
    </message>
    <message>
        <source>Open in the desktop&apos;s default application</source>
        <translation>Ouvrir dans l’application par défaut du bureau</translation>
    </message>
    <message>
        <source>Nothing to save yet: the file is not downloaded.</source>
        <translation>Rien à enregistrer pour l’instant&#xa0;: le fichier n’est pas téléchargé.</translation>
    </message>
    <message>
        <source>Could not save to %1.</source>
        <translation>Impossible d’enregistrer dans %1.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Downloading before saving…</source>
        <translation>Téléchargement avant l’enregistrement…</translation>
    </message>
    <message>
        <source>No application could open the link.</source>
        <translation>Aucune application n’a pu ouvrir le lien.</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Format inconnu</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Fichier %1</translation>
    </message>
</context>
<context>
    <name>jw::AudioPreview</name>
    <message>
        <source>The media backend could not open the file.</source>
        <translation>Le moteur multimédia n’a pas pu ouvrir le fichier.</translation>
    </message>
</context>
<context>
    <name>jw::BalanceRow</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the balance again (at most once a minute)</source>
        <translation>Relire le solde (au plus une fois par minute)</translation>
    </message>
    <message>
        <source>%1 (read at %2)</source>
        <translation>%1 (lu à %2)</translation>
    </message>
    <message>
        <source>The balance could not be read at %1: %2. Polling is not affected.</source>
        <translation>Le solde n’a pas pu être lu à %1&#xa0;: %2. Les interrogations continuent normalement.</translation>
    </message>
    <message>
        <source>Not read yet; reading at %1</source>
        <translation>Pas encore lu&#xa0;; lecture à %1</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>Next reading at %1</source>
        <translation>Prochaine lecture à %1</translation>
    </message>
</context>
<context>
    <name>jw::CompareAction</name>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Show the results of the selected jobs side by side</source>
        <translation>Afficher côte à côte les résultats des tâches sélectionnées</translation>
    </message>
    <message>
        <source>Select 2 to 4 completed jobs with an image or video result to compare them.</source>
        <translation>Sélectionnez 2 à 4 tâches terminées avec un résultat image ou vidéo pour les comparer.</translation>
    </message>
    <message numerus="yes">
        <source>Compare shows at most 4 jobs; %n are selected.</source>
        <translation>
            <numerusform>La comparaison affiche au plus 4 tâches&#xa0;; %n est sélectionnée.</numerusform>
            <numerusform>La comparaison affiche au plus 4 tâches&#xa0;; %n sont sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selected job is no longer in the list.</source>
        <translation>Une tâche sélectionnée n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>%1 has not completed.</source>
        <translation>%1 n’est pas terminée.</translation>
    </message>
    <message>
        <source>%1 has no image or video result.</source>
        <translation>%1 n’a pas de résultat image ou vidéo.</translation>
    </message>
</context>
<context>
    <name>jw::CompareView</name>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n job(s)</source>
        <translation>
            <numerusform>Comparer %n tâche</numerusform>
            <numerusform>Comparer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Plays, pauses and seeks every video together</source>
        <translation>Lit, met en pause et déplace toutes les vidéos ensemble</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit every image into its view</source>
        <translation>Ajuster chaque image à sa vue</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>Show every image at its actual size</source>
        <translation>Afficher chaque image à sa taille réelle</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move: all images follow.</source>
        <translation>Molette pour zoomer, glisser pour déplacer&#xa0;: toutes les images suivent.</translation>
    </message>
</context>
<context>
    <name>jw::DashboardAction</name>
    <message>
        <source>Open in provider dashboard</source>
        <translation>Ouvrir dans le tableau de bord du fournisseur</translation>
    </message>
    <message>
        <source>Open the provider&apos;s web page for this job in the browser</source>
        <translation>Ouvrir la page web du fournisseur pour cette tâche dans le navigateur</translation>
    </message>
    <message>
        <source>Could not open %1 in the browser</source>
        <translation>Impossible d’ouvrir %1 dans le navigateur</translation>
    </message>
</context>
<context>
    <name>jw::DetailsPane</name>
    <message>
        <source>No job selected</source>
        <translation>Aucune tâche sélectionnée</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the job ID</source>
        <translation>Copier l’ID de la tâche</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Démarrée&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Terminée&#xa0;:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>ID de requête&#xa0;:</translation>
    </message>
    <message>
        <source>Last poll:</source>
        <translation>Dernière interrogation&#xa0;:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Interrogation</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>Last HTTP status:</source>
        <translation>Dernier statut HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>Next poll:</source>
        <translation>Prochaine interrogation&#xa0;:</translation>
    </message>
    <message>
        <source>ETA:</source>
        <translation>Fin estimée&#xa0;:</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Copy the status request as a curl command; the API key is redacted</source>
        <translation>Copier la requête d’état sous forme de commande curl&#xa0;; la clé d’API est masquée</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>en attente de la première réponse</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <comment>state (raw status)</comment>
        <translation>%1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>server state, local state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: pause reason</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2%</source>
        <comment>state, progress percent</comment>
        <translation>%1, %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>state, provider step or message</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>now (request in flight)</source>
        <translation>maintenant (requête en cours)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>aucune (%1)</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>dans %n s</numerusform>
            <numerusform>dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s (%1)</source>
        <translation>
            <numerusform>dans %n s (%1)</numerusform>
            <numerusform>dans %n s (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the job ID</source>
        <translation>ID de la tâche copié</translation>
    </message>
    <message>
        <source>Copied the curl command</source>
        <translation>Commande curl copiée</translation>
    </message>
    <message>
        <source>Copied the curl command (key redacted)</source>
        <translation>Commande curl copiée (clé masquée)</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <comment>a time Jobwatch saw, not one the provider gave</comment>
        <translation>%1 (observée)</translation>
    </message>
    <message>
        <source>In this state:</source>
        <translation>Dans cet état&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>server state, place in the provider&apos;s queue</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What the provider reports the job cost: the time its machines worked on it, credits or money. An estimate is marked as one.</source>
        <translation>Ce que le fournisseur indique comme coût de la tâche&#xa0;: le temps de calcul de ses machines, des crédits ou de l’argent. Une estimation est signalée comme telle.</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût&#xa0;:</translation>
    </message>
</context>
<context>
    <name>jw::DroppedInputDialog</name>
    <message>
        <source>Not Added</source>
        <translation>Non ajoutées</translation>
    </message>
    <message>
        <source>These lines gave no job, or held something that could not be used:</source>
        <translation>Ces lignes n’ont donné aucune tâche, ou contenaient quelque chose d’inutilisable&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message numerus="yes">
        <source>and %n more line(s) without a job, not listed</source>
        <translation>
            <numerusform>et %n autre ligne sans tâche, non listée</numerusform>
            <numerusform>et %n autres lignes sans tâche, non listées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::DroppedInputNotice</name>
    <message>
        <source>Show the lines that were not added, and why</source>
        <translation>Afficher les lignes qui n’ont pas été ajoutées, et pourquoi</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice about lines not added</source>
        <translation>Fermer l’avis sur les lignes non ajoutées</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n ligne non reconnue</numerusform>
            <numerusform>%n lignes non reconnues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation>
            <numerusform>%n élément inutilisable</numerusform>
            <numerusform>%n éléments inutilisables</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of summary parts</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>jw::EndingsSettings</name>
    <message>
        <source>Tray and notifications</source>
        <translation>Zone de notification et notifications</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the job counts</source>
        <translation>Afficher une icône dans la &amp;zone de notification avec le nombre de tâches</translation>
    </message>
    <message>
        <source>&amp;Notify when jobs finish or fail (jobs that end together make one notification)</source>
        <translation>&amp;Notifier quand des tâches se terminent ou échouent (les tâches qui finissent ensemble font une seule notification)</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>Continuer dans la zone de notification</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Closing the window while jobs run:</source>
        <translation>&amp;Fermer la fenêtre pendant que des tâches tournent&#xa0;:</translation>
    </message>
    <message>
        <source>When a job ends</source>
        <translation>Quand une tâche se termine</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>example command</comment>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Run this &amp;program:</source>
        <translation>Exécuter ce &amp;programme&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Stop it after:</source>
        <translation>&amp;L&apos;arrêter après&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders: %1. The program and its arguments are split once, here; each placeholder is replaced inside its own argument and nothing goes through a shell. Its exit status and the end of its error output appear in the job&apos;s timeline. A profile can have its own program (Profiles).</source>
        <translation>Espaces réservés&#xa0;: %1. Le programme et ses arguments sont découpés une seule fois, ici&#xa0;; chaque espace réservé est remplacé dans son propre argument et rien ne passe par un shell. Son code de sortie et la fin de sa sortie d&apos;erreur apparaissent dans la chronologie de la tâche. Un profil peut avoir son propre programme (Profils).</translation>
    </message>
    <message>
        <source>Run this program: %1</source>
        <translation>Exécuter ce programme&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jw::ExportDialog</name>
    <message>
        <source>Export Jobs</source>
        <translation>Exporter des tâches</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected job(s)</source>
        <translation>
            <numerusform>La tâche sélectionnée</numerusform>
            <numerusform>Les %n tâches sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n job(s) in the table</source>
        <translation>
            <numerusform>La seule tâche du tableau</numerusform>
            <numerusform>Les %n tâches du tableau</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Tâches&#xa0;:</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>JSON (scripts)</source>
        <translation>JSON (scripts)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep link signatures</source>
        <translation>&amp;Garder les signatures des liens</translation>
    </message>
    <message>
        <source>Signed result links grant access to the results: anyone who gets the file can download them while the links work. Without this, the signatures are removed.</source>
        <translation>Les liens de résultat signés donnent accès aux résultats&#xa0;: quiconque obtient le fichier peut les télécharger tant que les liens fonctionnent. Sans cette option, les signatures sont retirées.</translation>
    </message>
    <message>
        <source>API keys are never exported.</source>
        <translation>Les clés d’API ne sont jamais exportées.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>There are no jobs to export.</source>
        <translation>Il n’y a aucune tâche à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s) to %1</source>
        <translation>
            <numerusform>%n tâche exportée vers %1</numerusform>
            <numerusform>%n tâches exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>export summary (warning)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>jw::FilePreview</name>
    <message>
        <source>%1 · %2</source>
        <comment>format · size</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Téléchargé (%1)</translation>
    </message>
</context>
<context>
    <name>jw::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Search ID, profile, type, error</source>
        <translation>Chercher ID, profil, type, erreur</translation>
    </message>
    <message>
        <source>Finds jobs by ID, profile, type, status message, error, result titles and prompt, in the job history too; every word must match</source>
        <translation>Trouve les tâches par ID, profil, type, message d’état, erreur, titres de résultats et prompt, y compris dans l’historique des tâches&#xa0;; chaque mot doit correspondre</translation>
    </message>
    <message>
        <source>Show the jobs of one profile</source>
        <translation>Afficher les tâches d’un seul profil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status filter button: name (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>jw::HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Jobwatch</source>
        <translation>À &amp;propos de Jobwatch</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Lister tous les raccourcis clavier de cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>jw::HistoryActions</name>
    <message>
        <source>Searching the job history failed: %1. The table shows jobs whose ID, profile, type or error contain the text.</source>
        <translation>La recherche dans l’historique des tâches a échoué&#xa0;: %1. Le tableau montre les tâches dont l’ID, le profil, le type ou l’erreur contient le texte.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the selected jobs, or all jobs in the table, to a CSV or JSON file</source>
        <translation>Écrire les tâches sélectionnées, ou toutes les tâches du tableau, dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Copy IDs</source>
        <translation>Copier les ID</translation>
    </message>
    <message>
        <source>Copy the selected jobs&apos; IDs, one per line</source>
        <translation>Copier les ID des tâches sélectionnées, un par ligne</translation>
    </message>
    <message>
        <source>Remove older than…</source>
        <translation>Retirer les plus anciennes…</translation>
    </message>
    <message>
        <source>Remove jobs that were last active more than a number of days ago</source>
        <translation>Retirer les tâches dont la dernière activité remonte à plus d’un certain nombre de jours</translation>
    </message>
    <message>
        <source>No jobs to export</source>
        <translation>Aucune tâche à exporter</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n job ID(s)</source>
        <translation>
            <numerusform>%n ID de tâche copié</numerusform>
            <numerusform>%n ID de tâche copiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::HistorySearch</name>
    <message>
        <source>the job history is not available</source>
        <translation>l’historique des tâches n’est pas disponible</translation>
    </message>
</context>
<context>
    <name>jw::ImagePreview</name>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image into the view</source>
        <translation>Ajuster l’image à la vue</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>Afficher l’image à sa taille réelle</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Copier l’image dans le presse-papiers</translation>
    </message>
    <message>
        <source>%1% · %2 × %3 px</source>
        <translation>%1&#xa0;% · %2 × %3 px</translation>
    </message>
    <message>
        <source>Copied the image</source>
        <translation>Image copiée</translation>
    </message>
</context>
<context>
    <name>jw::ImportDialog</name>
    <message>
        <source>Import running jobs</source>
        <translation>Importer les tâches en cours</translation>
    </message>
    <message>
        <source>The account&apos;s recent jobs, newest first, as the provider lists them. Tick the ones to watch.</source>
        <translation>Les tâches récentes du compte, les plus récentes d’abord, comme le fournisseur les liste. Cochez celles à surveiller.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Queued or running</source>
        <translation>En attente ou en cours</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>Échouées ou annulées</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>&amp;Créées&#xa0;:</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID de tâche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Read the next page of the list (one request from the profile&apos;s budget)</source>
        <translation>Lire la page suivante de la liste (une requête du budget du profil)</translation>
    </message>
    <message>
        <source>&amp;Watch selected</source>
        <translation>&amp;Surveiller la sélection</translation>
    </message>
    <message>
        <source>already watched</source>
        <translation>déjà surveillée</translation>
    </message>
    <message>
        <source>No profile can list its jobs. Profiles for Replicate, OpenAI videos and Luma can, and custom mappings with a &quot;list&quot; section (see the mapping documentation).</source>
        <translation>Aucun profil ne peut lister ses tâches. Les profils Replicate, vidéos OpenAI et Luma le peuvent, ainsi que les correspondances personnalisées avec une section «&#xa0;list&#xa0;» (voir la documentation des correspondances).</translation>
    </message>
    <message>
        <source>Reading page %1 of the list…</source>
        <translation>Lecture de la page %1 de la liste…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) read</source>
        <translation>
            <numerusform>%n tâche lue</numerusform>
            <numerusform>%n tâches lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>the account has more</source>
        <translation>le compte en a d’autres</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Impossible de lire la liste&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Watch %n job(s)</source>
        <translation>
            <numerusform>&amp;Surveiller %n tâche</numerusform>
            <numerusform>&amp;Surveiller %n tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::InputsBox</name>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>input label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <comment>copy one input, e.g. Copy “Prompt”</comment>
        <translation>Copier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <comment>one input, e.g. Copied “Prompt”</comment>
        <translation>«&#xa0;%1&#xa0;» copié</translation>
    </message>
</context>
<context>
    <name>jw::JobFilterProxy</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>jw::JobStatusBar</name>
    <message>
        <source>Requests sent in the last minute, across all profiles</source>
        <translation>Requêtes envoyées au cours de la dernière minute, tous profils confondus</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation>Définir la clé…</translation>
    </message>
    <message>
        <source>Enter a new API key for the paused profile; its jobs resume once it is saved</source>
        <translation>Saisir une nouvelle clé d’API pour le profil en pause&#xa0;; ses tâches reprennent une fois la clé enregistrée</translation>
    </message>
    <message>
        <source>Raise budget…</source>
        <translation>Augmenter le budget…</translation>
    </message>
    <message>
        <source>Open the profile&apos;s request budget (requests per second, burst, concurrency)</source>
        <translation>Ouvrir le budget de requêtes du profil (requêtes par seconde, rafale, simultanéité)</translation>
    </message>
    <message>
        <source>No jobs: paste IDs, drop files or use Add jobs</source>
        <translation>Aucune tâche&#xa0;: collez des ID, déposez des fichiers ou utilisez Ajouter des tâches</translation>
    </message>
    <message>
        <source>%1 req/min</source>
        <comment>requests per minute</comment>
        <translation>%1 req/min</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 en pause</translation>
    </message>
    <message>
        <source>%1 paused: %2</source>
        <translation>%1 en pause&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 rate limited until %2</source>
        <translation>%1 limité en débit jusqu’à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: request budget short, %n poll(s) waiting</source>
        <translation>
            <numerusform>%1&#xa0;: budget de requêtes insuffisant, %n interrogation en attente</numerusform>
            <numerusform>%1&#xa0;: budget de requêtes insuffisant, %n interrogations en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <comment>profile name, polls waiting for budget</comment>
        <translation>
            <numerusform>%1 (%n en attente)</numerusform>
            <numerusform>%1 (%n en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request budget short: %1</source>
        <translation>Budget de requêtes insuffisant&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of profiles</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 (showing %2 of %n job(s))</source>
        <comment>counts under a search or profile filter; shown of total</comment>
        <translation>
            <numerusform>%1 (%2 affichée sur %n tâche)</numerusform>
            <numerusform>%1 (%2 affichées sur %n tâches)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>profile name: its balance</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (not current)</source>
        <comment>profile name: its last balance, which could not be read again</comment>
        <translation>%1&#xa0;: %2 (pas à jour)</translation>
    </message>
    <message>
        <source>%1: balance unavailable</source>
        <translation>%1&#xa0;: solde indisponible</translation>
    </message>
    <message>
        <source>%1: %2, read at %3</source>
        <translation>%1&#xa0;: %2, lu à %3</translation>
    </message>
    <message>
        <source>%1: the balance could not be read at %2: %3. Polling is not affected.</source>
        <translation>%1&#xa0;: le solde n’a pas pu être lu à %2&#xa0;: %3. Les interrogations continuent normalement.</translation>
    </message>
    <message>
        <source>Balances are read at most once a minute while a profile&apos;s jobs are watched.</source>
        <translation>Les soldes sont lus au plus une fois par minute tant que des tâches du profil sont suivies.</translation>
    </message>
</context>
<context>
    <name>jw::JobTableColumns</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>jw::JobTableModel</name>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>%1 vidéos</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 images</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>%1 audio</source>
        <comment>number of audio clips</comment>
        <translation>%1 audios</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>%1 text files</source>
        <translation>%1 textes</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>Waiting for first poll</source>
        <translation>En attente de la première interrogation</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Timed out locally</source>
        <translation>Expirée localement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Running, stalled</source>
        <comment>progress has not moved for a long while</comment>
        <translation>En cours, bloquée</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Mal configurée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <comment>duration: minutes, seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>duration: hours, minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>any moment</source>
        <translation>imminente</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%1
Type: %2</source>
        <translation>%1
Type&#xa0;: %2</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>État sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last HTTP status: %1</source>
        <translation>Dernier statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Predicted end at %1</source>
        <translation>Fin prévue à %1</translation>
    </message>
    <message>
        <source>Last answer at %1</source>
        <translation>Dernière réponse à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n requête envoyée</numerusform>
            <numerusform>%n requêtes envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>A request is in flight</source>
        <translation>Une requête est en cours</translation>
    </message>
    <message>
        <source>Next poll at %1</source>
        <translation>Prochaine interrogation à %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress percent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>jobs in this status category</comment>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>jobs in this status category</comment>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>jobs in this status category</comment>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>jobs in this status category</comment>
        <translation>Arrêtées</translation>
    </message>
    <message>
        <source>Throttled by provider</source>
        <translation>Limité par le fournisseur</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <comment>place in the provider&apos;s queue</comment>
        <translation>N° %1 dans la file</translation>
    </message>
    <message>
        <source>Next in queue</source>
        <translation>Prochain dans la file</translation>
    </message>
    <message>
        <source>Aborted</source>
        <comment>the provider gave up on the job before it started</comment>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>the table column with what a job cost</comment>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>jw::JobTally</name>
    <message>
        <source>%1 %2</source>
        <comment>status bar: category name, count</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Active: queued, running, retrying or paused</source>
        <translation>Actives&#xa0;: en file, en cours, en nouvel essai ou en pause</translation>
    </message>
    <message>
        <source>Completed: the provider reported the job done</source>
        <translation>Terminées&#xa0;: le fournisseur a signalé la tâche comme finie</translation>
    </message>
    <message>
        <source>Failed: failed, cancelled, not found or configuration error</source>
        <translation>Échouées&#xa0;: échouée, annulée, introuvable ou erreur de configuration</translation>
    </message>
    <message>
        <source>Stopped: no longer watched (stopped, timed out locally), resumable</source>
        <translation>Arrêtées&#xa0;: plus surveillées (arrêtées, délai local dépassé), reprenables</translation>
    </message>
</context>
<context>
    <name>jw::KeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clé d’accès</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d’API</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Enter the access key too: this profile signs its tokens with both keys.</source>
        <translation>Saisissez aussi la clé d’accès&#xa0;: ce profil signe ses jetons avec les deux clés.</translation>
    </message>
    <message>
        <source>Enter the secret key too: this profile signs its tokens with both keys.</source>
        <translation>Saisissez aussi la clé secrète&#xa0;: ce profil signe ses jetons avec les deux clés.</translation>
    </message>
    <message>
        <source>The access key cannot contain &quot;:&quot;.</source>
        <translation>La clé d’accès ne peut pas contenir «&#xa0;:&#xa0;».</translation>
    </message>
</context>
<context>
    <name>jw::MainWindow</name>
    <message>
        <source>Jobwatch</source>
        <translation>Jobwatch</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>Réessa&amp;yer maintenant</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Stop watching every job (the server jobs are not touched)</source>
        <translation>Arrêter la surveillance de toutes les tâches (les tâches sur le serveur ne sont pas touchées)</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Resume every stopped, timed-out or paused job</source>
        <translation>Reprendre toutes les tâches arrêtées, expirées ou en pause</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Retirer les finies</translation>
    </message>
    <message>
        <source>Remove the jobs the server reported as finished</source>
        <translation>Retirer les tâches que le serveur a signalées comme finies</translation>
    </message>
    <message>
        <source>Add jobs…</source>
        <translation>Ajouter des tâches…</translation>
    </message>
    <message>
        <source>Add job IDs, poll URLs or enqueue responses (you can also paste or drop them)</source>
        <translation>Ajouter des ID de tâche, des URL d’interrogation ou des réponses de mise en file (vous pouvez aussi les coller ou les déposer)</translation>
    </message>
    <message>
        <source>Paste jobs</source>
        <translation>Coller des tâches</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) removed</source>
        <translation>
            <numerusform>%n tâche finie retirée</numerusform>
            <numerusform>%n tâches finies retirées</numerusform>
        </translation>
    </message>
    <message>
        <source>Set key for %1…</source>
        <translation>Définir la clé de %1…</translation>
    </message>
    <message>
        <source>Nothing to add: the clipboard or drop held no text</source>
        <translation>Rien à ajouter&#xa0;: le presse-papiers ou le dépôt ne contenait pas de texte</translation>
    </message>
    <message>
        <source>More actions: save all results, export, remove older jobs, settings, help</source>
        <translation>Autres actions&#xa0;: enregistrer tous les résultats, exporter, retirer les tâches anciennes, paramètres, aide</translation>
    </message>
    <message>
        <source>Import running jobs…</source>
        <translation>Importer les tâches en cours…</translation>
    </message>
    <message>
        <source>List a Replicate, OpenAI videos or Luma account&apos;s recent jobs and watch the ones you pick</source>
        <translation>Lister les tâches récentes d’un compte Replicate, vidéos OpenAI ou Luma et surveiller celles que vous choisissez</translation>
    </message>
    <message>
        <source>Import running jobs from %1…</source>
        <translation>Importer les tâches en cours de %1…</translation>
    </message>
    <message>
        <source>Jobwatch started, but it could not use some of its files:</source>
        <translation>Jobwatch a démarré, mais n’a pas pu utiliser certains de ses fichiers&#xa0;:</translation>
    </message>
</context>
<context>
    <name>jw::MappingEditor</name>
    <message>
        <source>The mapping JSON (see docs/mapping.md), e.g. {&quot;formatVersion&quot;: 1, &quot;pollUrl&quot;: &quot;{base}/v1/jobs/{id}&quot;, &quot;id&quot;: &quot;id&quot;, &quot;status&quot;: &quot;status&quot;}</source>
        <translation>Le JSON de correspondance (voir docs/mapping.md), p. ex. {&quot;formatVersion&quot;: 1, &quot;pollUrl&quot;: &quot;{base}/v1/jobs/{id}&quot;, &quot;id&quot;: &quot;id&quot;, &quot;status&quot;: &quot;status&quot;}</translation>
    </message>
    <message>
        <source>Paste a sample status response here to preview the parsed job.</source>
        <translation>Collez ici un exemple de réponse d’état pour prévisualiser la tâche analysée.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Sample response</source>
        <translation>Exemple de réponse</translation>
    </message>
    <message>
        <source>Parsed job (live preview)</source>
        <translation>Tâche analysée (aperçu en direct)</translation>
    </message>
    <message>
        <source>Write a mapping to see the preview.</source>
        <translation>Écrivez une correspondance pour voir l’aperçu.</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mapping is valid. Paste a sample response to preview it.</source>
        <translation>La correspondance est valide. Collez un exemple de réponse pour la prévisualiser.</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parsed.</source>
        <translation>Analysée.</translation>
    </message>
</context>
<context>
    <name>jw::MediaControls</name>
    <message>
        <source>Seek</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>position / duration</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>No sound device</source>
        <translation>Aucun périphérique audio</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver le son</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
</context>
<context>
    <name>jw::PasteIntake</name>
    <message>
        <source>Nothing added: %1</source>
        <translation>Rien d’ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading %1 MB of text…</source>
        <translation>Lecture de %1 Mo de texte…</translation>
    </message>
</context>
<context>
    <name>jw::ProfileChoiceDialog</name>
    <message>
        <source>Choose a Profile</source>
        <translation>Choisir un profil</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) fit several profiles. Which profile should watch them?</source>
        <translation>
            <numerusform>%n tâche convient à plusieurs profils. Quel profil doit la surveiller&#xa0;?</numerusform>
            <numerusform>%n tâches conviennent à plusieurs profils. Quel profil doit les surveiller&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>jw::ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (préréglage)</translation>
    </message>
    <message>
        <source>Custom mapping…</source>
        <translation>Correspondance personnalisée…</translation>
    </message>
    <message>
        <source>As the dialect says</source>
        <translation>Selon le dialecte</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>En-tête personnalisé</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation>Adaptative</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>burst </source>
        <translation>rafale </translation>
    </message>
    <message>
        <source>at most </source>
        <translation>au plus </translation>
    </message>
    <message>
        <source> at once</source>
        <translation> à la fois</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session seulement</translation>
    </message>
    <message>
        <source>Store in a plaintext file (0600)</source>
        <translation>Stocker dans un fichier en clair (0600)</translation>
    </message>
    <message>
        <source>Job ID (optional; empty sends a probe)</source>
        <translation>ID de tâche (facultatif&#xa0;; vide envoie une sonde)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Auth header:</source>
        <translation>En-tête d’auth.&#xa0;:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Cadence&#xa0;:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget&#xa0;:</translation>
    </message>
    <message>
        <source>Max wait:</source>
        <translation>Attente max.&#xa0;:</translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation>Étiquette de couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test&#xa0;:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Correspondance personnalisée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export profiles (without keys)</source>
        <translation>Exporter les profils (sans les clés)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exporter les profils</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (cette session seulement)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>No key saved</source>
        <translation>Aucune clé enregistrée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>profile name, number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation>Pas encore de clé</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>No key yet (keys are not copied)</source>
        <translation>Pas encore de clé (les clés ne sont pas copiées)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Warning: this key is stored unencrypted in %1.</source>
        <translation>Attention&#xa0;: cette clé est stockée sans chiffrement dans %1.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>%1. Use the key for this session only, or store it in a plaintext file readable only by you.</source>
        <translation>%1. Utilisez la clé pour cette session seulement, ou stockez-la dans un fichier en clair lisible par vous seul.</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>Corrigez d’abord les champs ci-dessus.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Empty: the program from Settings, if any</source>
        <translation>Vide&#xa0;: le programme des Paramètres, s&apos;il y en a un</translation>
    </message>
    <message>
        <source>Run when a job ends:</source>
        <translation>Exécuter à la fin d&apos;une tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Signed token (JWT HS256) from an access key and a secret key</source>
        <translation>Jeton signé (JWT HS256) à partir d’une clé d’accès et d’une clé secrète</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <source>The most requests per second to this API. A 429 or 503 answer lowers the rate at once; it climbs back to this while polls wait and the server accepts them.</source>
        <translation>Le nombre maximal de requêtes par seconde vers cette API. Une réponse 429 ou 503 baisse aussitôt le débit ; il remonte jusqu’ici tant que des interrogations attendent et que le serveur les accepte.</translation>
    </message>
</context>
<context>
    <name>jw::ProgressDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>jw::RemoveOlderDialog</name>
    <message>
        <source>Remove Older Jobs</source>
        <translation>Retirer les anciennes tâches</translation>
    </message>
    <message>
        <source>Remove jobs last active more than</source>
        <translation>Retirer les tâches dont la dernière activité remonte à plus de</translation>
    </message>
    <message>
        <source> days ago</source>
        <comment>after a number: remove jobs last active more than N days ago</comment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Jobs that are being watched are kept. Results in the archive folder are not deleted.</source>
        <translation>Les tâches en cours de surveillance sont conservées. Les résultats du dossier d’archive ne sont pas supprimés.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>No job was last active that long ago.</source>
        <translation>Aucune tâche n’a eu sa dernière activité il y a si longtemps.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will be removed from the window and the job history.</source>
        <translation>
            <numerusform>%n tâche sera retirée de la fenêtre et de l’historique des tâches.</numerusform>
            <numerusform>%n tâches seront retirées de la fenêtre et de l’historique des tâches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old job(s) removed</source>
        <translation>
            <numerusform>%n ancienne tâche retirée</numerusform>
            <numerusform>%n anciennes tâches retirées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::ReportView</name>
    <message>
        <source>Research report</source>
        <translation>Rapport de recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search(es)</source>
        <translation>
            <numerusform>%n recherche</numerusform>
            <numerusform>%n recherches</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched for: %1</source>
        <translation>Recherché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a search query in quotation marks</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>jw::ResultActions</name>
    <message>
        <source>Save all results…</source>
        <translation>Enregistrer tous les résultats…</translation>
    </message>
    <message>
        <source>Save the results of every completed job in the table to a folder</source>
        <translation>Enregistrer dans un dossier les résultats de toutes les tâches terminées du tableau</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>Save the results of the selected jobs to a folder</source>
        <translation>Enregistrer dans un dossier les résultats des tâches sélectionnées</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More actions: save all results, settings</source>
        <translation>Plus d’actions&#xa0;: enregistrer tous les résultats, paramètres</translation>
    </message>
    <message>
        <source>No jobs to save results from</source>
        <translation>Aucune tâche dont enregistrer les résultats</translation>
    </message>
    <message>
        <source>Nothing to save: none of these jobs has completed with a result</source>
        <translation>Rien à enregistrer&#xa0;: aucune de ces tâches ne s’est terminée avec un résultat</translation>
    </message>
    <message>
        <source>Save Results To</source>
        <translation>Enregistrer les résultats dans</translation>
    </message>
    <message>
        <source>Save Here</source>
        <translation>Enregistrer ici</translation>
    </message>
</context>
<context>
    <name>jw::ResultView</name>
    <message>
        <source>No job selected.</source>
        <translation>Aucune tâche sélectionnée.</translation>
    </message>
    <message>
        <source>The result appears here when the job completes.</source>
        <translation>Le résultat apparaît ici quand la tâche se termine.</translation>
    </message>
    <message>
        <source>The job completed without a downloadable result.</source>
        <translation>La tâche s’est terminée sans résultat téléchargeable.</translation>
    </message>
    <message>
        <source>No result: the job was cancelled.</source>
        <translation>Pas de résultat&#xa0;: la tâche a été annulée.</translation>
    </message>
    <message>
        <source>No result: the job failed.</source>
        <translation>Pas de résultat&#xa0;: la tâche a échoué.</translation>
    </message>
</context>
<context>
    <name>jw::SaveResultsDialog</name>
    <message>
        <source>Save All Results</source>
        <translation>Enregistrer tous les résultats</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) saved to %2.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %1 fichier sur %n enregistré dans %2.</numerusform>
            <numerusform>Annulé&#xa0;: %1 fichiers sur %n enregistrés dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) (%1) to %2.</source>
        <translation>
            <numerusform>%n fichier (%1) enregistré dans %2.</numerusform>
            <numerusform>%n fichiers (%1) enregistrés dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n file(s) to %2; %3 could not be saved (see below).</source>
        <translation>
            <numerusform>%1 fichier sur %n enregistré dans %2&#xa0;; %3 n’ont pas pu être enregistrés (voir ci-dessous).</numerusform>
            <numerusform>%1 fichiers sur %n enregistrés dans %2&#xa0;; %3 n’ont pas pu être enregistrés (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) had no result to save.</source>
        <translation>
            <numerusform>%n tâche n’avait aucun résultat à enregistrer.</numerusform>
            <numerusform>%n tâches n’avaient aucun résultat à enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the results of %n job(s) to %1</source>
        <translation>
            <numerusform>Enregistrement des résultats de %n tâche dans %1</numerusform>
            <numerusform>Enregistrement des résultats de %n tâches dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::SceneGrid</name>
    <message>
        <source>Link expired</source>
        <translation>Lien expiré</translation>
    </message>
    <message>
        <source>Too big to preview</source>
        <translation>Trop gros pour l’aperçu</translation>
    </message>
    <message>
        <source>Link not allowed</source>
        <translation>Lien non autorisé</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Erreur du serveur (HTTP %1)</translation>
    </message>
    <message>
        <source>Could not store the file</source>
        <translation>Impossible de stocker le fichier</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Téléchargement arrêté</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Téléchargement impossible</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Scènes</translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation>Lien expiré — interrogez de nouveau pour le renouveler</translation>
    </message>
    <message>
        <source>Poll again</source>
        <translation>Interroger de nouveau</translation>
    </message>
    <message>
        <source>Ask the provider for the job again; it answers with fresh download links</source>
        <translation>Redemander la tâche au fournisseur&#xa0;; il répond avec de nouveaux liens de téléchargement</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Open scene %1 large</source>
        <translation>Ouvrir la scène %1 en grand</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Scène %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n scène</numerusform>
            <numerusform>%n scènes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Chargement… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Corrupt image</source>
        <translation>Image corrompue</translation>
    </message>
</context>
<context>
    <name>jw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Results archive</source>
        <translation>Archive des résultats</translation>
    </message>
    <message>
        <source>Completed jobs&apos; results are downloaded at once and kept in this folder. The download cache makes room by deleting old files; the archive never does, and provider links that expire are archived first.</source>
        <translation>Les résultats des tâches terminées sont téléchargés aussitôt et conservés dans ce dossier. Le cache de téléchargement fait de la place en supprimant les anciens fichiers&#xa0;; l’archive ne le fait jamais, et les liens des fournisseurs qui expirent sont archivés en premier.</translation>
    </message>
    <message>
        <source>Every result of a completed job</source>
        <translation>Tous les résultats d’une tâche terminée</translation>
    </message>
    <message>
        <source>Only results whose links expire</source>
        <translation>Seulement les résultats dont les liens expirent</translation>
    </message>
    <message>
        <source>Nothing (results stay in the download cache only)</source>
        <translation>Rien (les résultats restent seulement dans le cache de téléchargement)</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the archive folder in the file manager</source>
        <translation>Afficher le dossier d’archive dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Noms de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders: %1. {id}, {n} and {ext} are required; &quot;/&quot; makes a subfolder.</source>
        <translation>Espaces réservés&#xa0;: %1. {id}, {n} et {ext} sont obligatoires&#xa0;; «&#xa0;/&#xa0;» crée un sous-dossier.</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Historique des tâches</translation>
    </message>
    <message>
        <source>Never (keep every job)</source>
        <translation>Jamais (garder toutes les tâches)</translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number: remove jobs idle for more than N days</comment>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Remove jobs idle for more than:</source>
        <translation>&amp;Retirer les tâches inactives depuis plus de&#xa0;:</translation>
    </message>
    <message>
        <source>Applied each time Jobwatch starts. Jobs that are being watched are kept, and so are the results in the archive folder.</source>
        <translation>Appliqué à chaque démarrage de Jobwatch. Les tâches en cours de surveillance sont conservées, tout comme les résultats du dossier d’archive.</translation>
    </message>
    <message>
        <source>Theo demo</source>
        <comment>sample profile name in the file name example</comment>
        <translation>Démo Theo</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Dossier d’archive</translation>
    </message>
    <message>
        <source>Results and history</source>
        <translation>Résultats et historique</translation>
    </message>
    <message>
        <source>When jobs end</source>
        <translation>Fin des tâches</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source> MB</source>
        <comment>after a number: the download limit in megabytes</comment>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Download &amp;limit:</source>
        <translation>&amp;Limite de téléchargement&#xa0;:</translation>
    </message>
    <message>
        <source>A result larger than this is not downloaded, so it is neither previewed nor archived; it can still be opened externally.</source>
        <translation>Un résultat plus grand n’est pas téléchargé&#xa0;: il n’est ni prévisualisé ni archivé, mais peut toujours être ouvert dans une autre application.</translation>
    </message>
</context>
<context>
    <name>jw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window. Paste and drop job IDs, poll URLs or enqueue responses anywhere in it, too.</source>
        <translation>Ces touches agissent partout dans la fenêtre principale. Vous pouvez aussi y coller ou déposer partout des ID de tâche, des URL d’interrogation ou des réponses de mise en file.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>jw::SimulatedProvider</name>
    <message>
        <source>The simulated provider is already listening on port %1.</source>
        <translation>Le fournisseur simulé écoute déjà sur le port %1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (the port may be in use).</source>
        <translation>Impossible d’écouter sur 127.0.0.1:%1 (le port est peut-être utilisé).</translation>
    </message>
</context>
<context>
    <name>jw::StoreSync</name>
    <message>
        <source>the job history gave no reason</source>
        <translation>l’historique des tâches n’a donné aucune raison</translation>
    </message>
    <message>
        <source>The job history could not be read: %1</source>
        <translation>L’historique des tâches n’a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jw::TextPreview</name>
    <message>
        <source>The downloaded file could not be read.</source>
        <translation>Le fichier téléchargé n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Showing the first %1; Save as… keeps the whole file.</source>
        <translation>Affichage des premiers %1&#xa0;; Enregistrer sous… conserve le fichier entier.</translation>
    </message>
</context>
<context>
    <name>jw::TrayIcon</name>
    <message>
        <source>&amp;Show Jobwatch</source>
        <translation>&amp;Afficher Jobwatch</translation>
    </message>
    <message>
        <source>S&amp;top all</source>
        <translation>&amp;Tout arrêter</translation>
    </message>
    <message>
        <source>Stop watching every job (the server jobs are not touched)</source>
        <translation>Arrêter la surveillance de toutes les tâches (les tâches sur le serveur ne sont pas touchées)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Jobwatch: %1</source>
        <comment>tray tooltip: the job counts</comment>
        <translation>Jobwatch&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep watching?</source>
        <translation>Continuer la surveillance&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still being watched. Keep watching them in the tray and be told when they end?</source>
        <translation>
            <numerusform>%n tâche encore surveillée. La garder dans la zone de notification et être prévenu quand elle se termine&#xa0;?</numerusform>
            <numerusform>%n tâches encore surveillées. Les garder dans la zone de notification et être prévenu quand elles se terminent&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobwatch remembers your answer; you can change it in Settings.</source>
        <translation>Jobwatch retient votre réponse&#xa0;; vous pouvez la changer dans les Paramètres.</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>Continuer dans la zone de notification</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>jw::VideoPreview</name>
    <message>
        <source>Press play</source>
        <translation>Appuyez sur lecture</translation>
    </message>
    <message>
        <source>The media backend could not open the file.</source>
        <translation>Le moteur multimédia n’a pas pu ouvrir le fichier.</translation>
    </message>
</context>
<context>
    <name>jw::ZoomImageView</name>
    <message>
        <source>Ctrl+wheel to zoom</source>
        <translation>Ctrl+molette pour zoomer</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move</source>
        <translation>Molette pour zoomer, glisser pour déplacer</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch asynchronous generative-AI jobs.</source>
        <translation>Surveille des tâches asynchrones d’IA générative.</translation>
    </message>
    <message>
        <source>Run the built-in simulated provider and watch demo jobs.</source>
        <translation>Lancer le fournisseur simulé intégré et surveiller des tâches de démo.</translation>
    </message>
    <message>
        <source>Watch the given IDs with this profile (name or id).</source>
        <translation>Surveiller les ID indiqués avec ce profil (nom ou id).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 800x700.</source>
        <translation>Ouvrir la fenêtre à cette taille, p. ex. 800x700.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Ignore the saved window and column layout.</source>
        <translation>Ignorer la disposition enregistrée de la fenêtre et des colonnes.</translation>
    </message>
    <message>
        <source>Show only these jobs: all, active, completed, failed or stopped.</source>
        <translation>N’afficher que ces tâches&#xa0;: all, active, completed, failed ou stopped.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Open the Add jobs dialog (with the given IDs in it) instead of adding them at once.</source>
        <translation>Ouvrir la boîte de dialogue Ajouter des tâches (avec les ID indiqués) au lieu de les ajouter aussitôt.</translation>
    </message>
    <message>
        <source>Debug: select the first completed job with a result of this kind (video, image, audio, report, scenes, document, text).</source>
        <translation>Débogage&#xa0;: sélectionner la première tâche terminée ayant un résultat de ce type (video, image, audio, report, scenes, document, text).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>With --demo: also watch five jobs whose results fail to load (a corrupt image, an unplayable video, an expired link, a file too big, a reset connection), to see how Jobwatch reports each.</source>
        <translation>Avec --demo&#xa0;: surveiller aussi cinq tâches dont les résultats ne se chargent pas (une image corrompue, une vidéo illisible, un lien expiré, un fichier trop gros, une connexion réinitialisée), pour voir comment Jobwatch signale chacun.</translation>
    </message>
    <message>
        <source>Select the job with this ID as soon as it is watched.</source>
        <translation>Sélectionner la tâche ayant cet ID dès qu’elle est surveillée.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Open the Profiles dialog.</source>
        <translation>Ouvrir la boîte de dialogue Profils.</translation>
    </message>
    <message>
        <source>Keep the job history in this folder (default: $JOBWATCH_DATA_DIR, else the application data folder). With --demo, the demo jobs are only kept when a folder is named.</source>
        <translation>Garder l’historique des tâches dans ce dossier (par défaut&#xa0;: $JOBWATCH_DATA_DIR, sinon le dossier de données de l’application). Avec --demo, les tâches de démo ne sont conservées que si un dossier est indiqué.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Open the Settings dialog.</source>
        <translation>Ouvrir la boîte de dialogue Paramètres.</translation>
    </message>
    <message>
        <source>Search the jobs and their history for this text.</source>
        <translation>Chercher ce texte dans les tâches et leur historique.</translation>
    </message>
    <message>
        <source>Open the Export dialog.</source>
        <translation>Ouvrir la boîte de dialogue Exporter.</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;; use one of: %2</source>
        <translation>filtre «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l’un de&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open a window of its own even when Jobwatch already runs on this data folder (by default the IDs go to the running window).</source>
        <translation>Ouvrir une fenêtre à part même si Jobwatch est déjà ouvert sur ce dossier de données (par défaut, les ID vont à la fenêtre ouverte).</translation>
    </message>
    <message>
        <source>Quit after this many seconds (smoke tests).</source>
        <translation>Quitter après ce nombre de secondes (tests de fumée).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Open the About window.</source>
        <translation>Ouvrir la fenêtre À propos.</translation>
    </message>
    <message>
        <source>Open the Keyboard shortcuts window.</source>
        <translation>Ouvrir la fenêtre Raccourcis clavier.</translation>
    </message>
    <message>
        <source>Job IDs, poll URLs or jobwatch:watch?profile=NAME&amp;id=ID links to watch.</source>
        <translation>ID de tâche, URL d’interrogation ou liens jobwatch:watch?profile=NOM&amp;id=ID à surveiller.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds, not &quot;%1&quot;</source>
        <translation>--quit-after attend un nombre de secondes, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1; start with --new-instance to open another window</source>
        <translation>%1&#xa0;; lancez avec --new-instance pour ouvrir une autre fenêtre</translation>
    </message>
    <message>
        <source>With --demo: also watch two jobs that wait a long while, one far back in fal&apos;s queue and one throttled by Runway, to see how Jobwatch says why a job waits.</source>
        <translation>Avec --demo&#xa0;: surveiller aussi deux tâches qui attendent longtemps, l’une loin dans la file de fal et l’autre limitée par Runway, pour voir comment Jobwatch dit pourquoi une tâche attend.</translation>
    </message>
    <message>
        <source>Debug: compare the first completed jobs with a result of this kind (video: two, image: four) as soon as there are enough.</source>
        <translation>Débogage&#xa0;: comparer les premières tâches terminées ayant un résultat de ce type (video&#xa0;: deux, image&#xa0;: quatre) dès qu’il y en a assez.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; for --compare; use video or image</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu pour --compare&#xa0;; utilisez video ou image</translation>
    </message>
</context>
</TS>
