<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountLister</name>
    <message>
        <source>the profile &quot;%1&quot; cannot list jobs: its API has no list endpoint</source>
        <translation>Das Profil „%1“ kann keine Jobs auflisten: seine API hat keinen Listen-Endpunkt</translation>
    </message>
    <message>
        <source>the API key could not be read: %1</source>
        <translation>Der API-Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1; gave up after %n attempt(s)</source>
        <translation>
            <numerusform>%1; nach %n Versuch aufgegeben</numerusform>
            <numerusform>%1; nach %n Versuchen aufgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP 401: the API key was not accepted%1</source>
        <translation>HTTP 401: Der API-Schlüssel wurde nicht angenommen%1</translation>
    </message>
    <message>
        <source>HTTP 403: the API key may not list jobs%1</source>
        <translation>HTTP 403: Der API-Schlüssel darf keine Jobs auflisten%1</translation>
    </message>
    <message>
        <source>HTTP 404: there is no job list at %1%2; check the base URL</source>
        <translation>HTTP 404: Unter %1 gibt es keine Jobliste%2; prüfen Sie die Basis-URL</translation>
    </message>
    <message>
        <source>HTTP %1%2</source>
        <translation>HTTP %1%2</translation>
    </message>
    <message>
        <source>the list answer is not valid JSON (%1 at byte %2)</source>
        <translation>Die Antwort der Liste ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the list answer is not a JSON object</source>
        <translation>Die Antwort der Liste ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the provider&apos;s next page is on another origin (%1); it is not followed, so the key stays with %2</source>
        <translation>Die nächste Seite des Anbieters liegt auf einem anderen Ursprung (%1); ihr wird nicht gefolgt, damit der Schlüssel bei %2 bleibt</translation>
    </message>
    <message numerus="yes">
        <source>the provider&apos;s next cursor leads back to a page already read (a cursor loop); the list ends after %n page(s)</source>
        <translation>
            <numerusform>Der nächste Cursor des Anbieters führt zu einer schon gelesenen Seite zurück (eine Cursor-Schleife); die Liste endet nach %n Seite</numerusform>
            <numerusform>Der nächste Cursor des Anbieters führt zu einer schon gelesenen Seite zurück (eine Cursor-Schleife); die Liste endet nach %n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>another profile is already named &quot;%1&quot;</source>
        <translation>ein anderes Profil heißt bereits „%1“</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; needs a name</source>
        <translation>Profil „%1“ braucht einen Namen</translation>
    </message>
    <message>
        <source>the demo is already running</source>
        <translation>die Demo läuft bereits</translation>
    </message>
    <message>
        <source>the demo server could not start: %1</source>
        <translation>der Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1 demo</source>
        <comment>profile name, e.g. Theo demo</comment>
        <translation>%1-Demo</translation>
    </message>
    <message>
        <source>Saving the job history failed: %1. The jobs are still watched; saving is retried.</source>
        <translation>Das Speichern des Job-Verlaufs ist fehlgeschlagen: %1. Die Jobs werden weiter beobachtet; das Speichern wird wiederholt.</translation>
    </message>
    <message>
        <source>not resumed: %1</source>
        <translation>nicht fortgesetzt: %1</translation>
    </message>
</context>
<context>
    <name>Artifacts</name>
    <message>
        <source>The download was cancelled</source>
        <translation>Der Download wurde abgebrochen</translation>
    </message>
    <message>
        <source>This link has no http(s) address, so it was not opened</source>
        <translation>Dieser Link hat keine http(s)-Adresse und wurde daher nicht geöffnet</translation>
    </message>
    <message>
        <source>Refused to open a %1: link: only http(s) results can be downloaded</source>
        <translation>Öffnen eines %1:-Links verweigert: Nur http(s)-Ergebnisse können heruntergeladen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http(s) address</source>
        <translation>„%1“ ist keine gültige http(s)-Adresse</translation>
    </message>
    <message>
        <source>Refused plain http:// download from %1: only https is allowed off this computer</source>
        <translation>Unverschlüsselter http://-Download von %1 verweigert: Außerhalb dieses Computers ist nur https erlaubt</translation>
    </message>
    <message>
        <source>The file is %1 MB, over the %2 MB limit set in Settings</source>
        <translation>Die Datei ist %1 MB groß und überschreitet das in den Einstellungen festgelegte Limit von %2 MB</translation>
    </message>
    <message>
        <source>Could not write the download to %1: %2</source>
        <translation>Download konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the download: %1</source>
        <translation>Download konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The server sent a redirect without a usable address</source>
        <translation>Der Server hat eine Weiterleitung ohne verwendbare Adresse gesendet</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1)</source>
        <translation>Zu viele Weiterleitungen (mehr als %1)</translation>
    </message>
    <message>
        <source>The download of %1 ended early (%2 of %3 bytes)</source>
        <translation>Der Download von %1 endete vorzeitig (%2 von %3 Byte)</translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation>Link abgelaufen – zum Erneuern erneut abfragen</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2</source>
        <translation>Der Server antwortete mit HTTP %1 für %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3</source>
        <translation>Der Server antwortete mit HTTP %1 (%2) für %3</translation>
    </message>
    <message numerus="yes">
        <source>The download of %1 stalled for %n second(s) and was stopped; try again</source>
        <translation>
            <numerusform>Der Download von %1 stockte %n Sekunde lang und wurde abgebrochen; bitte erneut versuchen</numerusform>
            <numerusform>Der Download von %1 stockte %n Sekunden lang und wurde abgebrochen; bitte erneut versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Could not create the cache folder %1</source>
        <translation>Cache-Ordner %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not move the download into the cache folder %1</source>
        <translation>Download konnte nicht in den Cache-Ordner %1 verschoben werden</translation>
    </message>
    <message>
        <source>Results are being saved already</source>
        <translation>Die Ergebnisse werden bereits gespeichert</translation>
    </message>
    <message>
        <source>research report</source>
        <translation>Recherchebericht</translation>
    </message>
    <message>
        <source>No jobs to save results from</source>
        <translation>Keine Jobs, deren Ergebnisse gespeichert werden könnten</translation>
    </message>
    <message>
        <source>None of these jobs has a result to save (only completed jobs have)</source>
        <translation>Keiner dieser Jobs hat ein Ergebnis zum Speichern (nur abgeschlossene Jobs haben eines)</translation>
    </message>
    <message>
        <source>its file name would leave the folder</source>
        <translation>sein Dateiname läge außerhalb des Ordners</translation>
    </message>
    <message>
        <source>The job was removed</source>
        <translation>Der Job wurde entfernt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Link probably expired %1 ago</source>
        <translation>Link vermutlich seit %1 abgelaufen</translation>
    </message>
    <message>
        <source>Link expired %1 ago</source>
        <translation>Link seit %1 abgelaufen</translation>
    </message>
    <message>
        <source>Link expires in about %1</source>
        <translation>Link läuft in etwa %1 ab</translation>
    </message>
    <message>
        <source>Link expires in %1</source>
        <translation>Link läuft in %1 ab</translation>
    </message>
    <message>
        <source>The file name pattern is empty</source>
        <translation>Das Dateinamensmuster ist leer</translation>
    </message>
    <message>
        <source>The file name pattern must be relative to the archive folder (it starts with &quot;%1&quot;)</source>
        <translation>Das Dateinamensmuster muss relativ zum Archivordner sein (es beginnt mit „%1“)</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} in the file name pattern; use %2</source>
        <translation>Unbekannter Platzhalter {%1} im Dateinamensmuster; möglich sind %2</translation>
    </message>
    <message>
        <source>The file name pattern has a &quot;{&quot; or &quot;}&quot; that is not part of a placeholder</source>
        <translation>Das Dateinamensmuster enthält ein „{“ oder „}“, das zu keinem Platzhalter gehört</translation>
    </message>
    <message>
        <source>The file name pattern must not contain &quot;%1&quot;</source>
        <translation>Das Dateinamensmuster darf „%1“ nicht enthalten</translation>
    </message>
    <message>
        <source>The file name pattern has an empty folder name (&quot;//&quot; or a trailing &quot;/&quot;)</source>
        <translation>Das Dateinamensmuster enthält einen leeren Ordnernamen („//“ oder ein „/“ am Ende)</translation>
    </message>
    <message>
        <source>The file name pattern must not contain &quot;.&quot; or &quot;..&quot; as a folder name</source>
        <translation>Das Dateinamensmuster darf „.“ oder „..“ nicht als Ordnernamen enthalten</translation>
    </message>
    <message>
        <source>The file name pattern must contain {%1} so that no two results share a file</source>
        <translation>Das Dateinamensmuster muss {%1} enthalten, damit keine zwei Ergebnisse dieselbe Datei bekommen</translation>
    </message>
    <message>
        <source>{ext} belongs in the file name, the last part of the pattern</source>
        <translation>{ext} gehört in den Dateinamen, den letzten Teil des Musters</translation>
    </message>
    <message>
        <source>Choose a folder for the archive</source>
        <translation>Wählen Sie einen Ordner für das Archiv</translation>
    </message>
    <message>
        <source>The archive folder must be a full path (&quot;%1&quot; is relative)</source>
        <translation>Der Archivordner muss ein vollständiger Pfad sein („%1“ ist relativ)</translation>
    </message>
    <message>
        <source>The archive folder must be apart from the download cache (%1), which is cleaned automatically</source>
        <translation>Der Archivordner muss außerhalb des Download-Caches (%1) liegen, der automatisch aufgeräumt wird</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>The folder %1 is not writable</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Result %1 of %2 was not archived: its file name would leave the archive folder</source>
        <translation>Ergebnis %1 von %2 wurde nicht archiviert: sein Dateiname läge außerhalb des Archivordners</translation>
    </message>
    <message>
        <source>Result %1 of %2 was not archived: %3</source>
        <translation>Ergebnis %1 von %2 wurde nicht archiviert: %3</translation>
    </message>
    <message>
        <source>This result came inside the provider&apos;s answer and is no longer kept here — poll again to get it</source>
        <translation>Dieses Ergebnis kam in der Antwort des Anbieters und wird hier nicht mehr vorgehalten – erneut abfragen, um es zu erhalten</translation>
    </message>
    <message>
        <source>Could not write %1 to the download cache: %2</source>
        <translation>%1 konnte nicht in den Download-Cache geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not download %1: TLS error (the connection was refused, not ignored): %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: TLS-Fehler (die Verbindung wurde abgelehnt, nicht ignoriert): %2</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <comment>an account&apos;s credit balance</comment>
        <translation>
            <numerusform>%Ln Credit</numerusform>
            <numerusform>%Ln Credits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 credits</source>
        <comment>an account&apos;s credit balance, not a whole number</comment>
        <translation>%1 Credits</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run the simulated provider on 127.0.0.1 with a varied set of demo jobs in every dialect
(theo, vidocu, scenes, muvi) and outcome. Stops cleanly on Ctrl+C or SIGTERM.</source>
        <translation>Den simulierten Anbieter auf 127.0.0.1 mit gemischten Demo-Jobs in jedem Dialekt
(theo, vidocu, scenes, muvi) und mit jedem Ausgang starten. Beendet sich sauber bei Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>Port to listen on (default: a free port).</source>
        <translation>Port, auf dem gelauscht wird (Standard: ein freier Port).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer T&quot; on job polls.</source>
        <translation>&quot;Authorization: Bearer T&quot; bei Job-Abfragen verlangen.</translation>
    </message>
    <message>
        <source>Number of demo jobs to create at start (default 20).</source>
        <translation>Anzahl der beim Start erzeugten Demo-Jobs (Standard: 20).</translation>
    </message>
    <message>
        <source>demo-server takes no positional arguments.</source>
        <translation>demo-server akzeptiert keine Positionsargumente.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--jobs must be a number from 0 to 10000.</source>
        <translation>--jobs muss eine Zahl von 0 bis 10000 sein.</translation>
    </message>
    <message>
        <source>cannot install the signal handlers.</source>
        <translation>Signal-Handler können nicht installiert werden.</translation>
    </message>
    <message>
        <source>jobwatch demo-server listening on %1</source>
        <translation>jobwatch demo-server lauscht auf %1</translation>
    </message>
    <message>
        <source>Base URLs per dialect:</source>
        <translation>Basis-URLs je Dialekt:</translation>
    </message>
    <message numerus="yes">
        <source>%n demo job(s) created.</source>
        <translation>
            <numerusform>%n Demo-Job erstellt.</numerusform>
            <numerusform>%n Demo-Jobs erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job polls need the token: export JOBWATCH_DEMO_TOKEN=&lt;the --token value&gt;</source>
        <translation>Job-Abfragen benötigen das Token: export JOBWATCH_DEMO_TOKEN=&lt;Wert von --token&gt;</translation>
    </message>
    <message>
        <source>Create a job:</source>
        <translation>Job erstellen:</translation>
    </message>
    <message>
        <source>Poll one job of each dialect:</source>
        <translation>Je einen Job pro Dialekt abfragen:</translation>
    </message>
    <message>
        <source>Watch it:</source>
        <translation>Beobachten:</translation>
    </message>
    <message>
        <source>Inject faults: curl -s -X POST %1/control/faults -d &apos;{&quot;mix&quot;:{&quot;429&quot;:0.1,&quot;slow&quot;:0.05},&quot;retryAfter&quot;:2}&apos;</source>
        <translation>Fehler einschleusen: curl -s -X POST %1/control/faults -d &apos;{&quot;mix&quot;:{&quot;429&quot;:0.1,&quot;slow&quot;:0.05},&quot;retryAfter&quot;:2}&apos;</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>demo-server stopped.</source>
        <translation>demo-server beendet.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Parse one job status response and print the normalized snapshot as JSON.
Exits 0 on success, 1 when the input is not a JSON object or has no job ID, 2 on usage errors.</source>
        <translation>Eine Job-Statusantwort parsen und den normalisierten Snapshot als JSON ausgeben.
Exit-Code 0 bei Erfolg, 1, wenn die Eingabe kein JSON-Objekt ist oder keine Job-ID hat, 2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>Dialect or preset: %1.</source>
        <translation>Dialekt oder Vorlage: %1.</translation>
    </message>
    <message>
        <source>The response body to parse, or - for standard input.</source>
        <translation>Der zu parsende Antworttext oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>inspect takes exactly one FILE (or - for stdin).</source>
        <translation>inspect erwartet genau ein FILE-Argument (oder - für stdin).</translation>
    </message>
    <message>
        <source>mapping %1: %2</source>
        <translation>Zuordnung %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a job ID nor an http(s) poll URL (%2)</source>
        <translation>„%1“ ist weder eine Job-ID noch eine http(s)-Abfrage-URL (%2)</translation>
    </message>
    <message>
        <source>A saved profile.</source>
        <translation>Ein gespeichertes Profil.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL (https://, or http:// on loopback).</source>
        <translation>Die Basis-URL der API (https:// oder http:// auf Loopback).</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the API key.</source>
        <translation>Name der Umgebungsvariable mit dem API-Schlüssel.</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 1800).</source>
        <translation>Warten nach so vielen Sekunden aufgeben (Standard: 1800).</translation>
    </message>
    <message>
        <source>Poll cadence: auto (adaptive, default) or a fixed interval in ms (at least 1000).</source>
        <translation>Abfragetakt: auto (adaptiv, Standard) oder ein festes Intervall in ms (mindestens 1000).</translation>
    </message>
    <message>
        <source>Job IDs or poll URLs, or - to read them from standard input.</source>
        <translation>Job-IDs oder Abfrage-URLs, oder -, um sie von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>--interval %1 is below the 1000 ms floor; using 1000 ms</source>
        <translation>--interval %1 liegt unter dem Minimum von 1000 ms; 1000 ms werden verwendet</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no job IDs or poll URLs given</source>
        <translation>keine Job-IDs oder Abfrage-URLs angegeben</translation>
    </message>
    <message>
        <source>interrupted; stopped watching (the jobs keep running on the server)</source>
        <translation>unterbrochen; Beobachtung beendet (die Jobs laufen auf dem Server weiter)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Parse a status response and print the snapshot JSON</source>
        <translation>Eine Statusantwort parsen und den Snapshot als JSON ausgeben</translation>
    </message>
    <message>
        <source>Watch jobs until they finish (NDJSON with --json)</source>
        <translation>Jobs bis zum Abschluss beobachten (NDJSON mit --json)</translation>
    </message>
    <message>
        <source>Run the simulated provider with demo jobs on 127.0.0.1</source>
        <translation>Den simulierten Anbieter mit Demo-Jobs auf 127.0.0.1 starten</translation>
    </message>
    <message>
        <source>Usage: jobwatch-cli COMMAND [options]

Commands:
</source>
        <translation>Aufruf: jobwatch-cli BEFEHL [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run jobwatch-cli COMMAND --help for a command&apos;s options. jobwatch-cli --version prints the version.
</source>
        <translation>
jobwatch-cli BEFEHL --help zeigt die Optionen eines Befehls. jobwatch-cli --version gibt die Version aus.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Base URLs per preset (create their jobs with the control endpoint):</source>
        <translation>Basis-URLs je Vorlage (Jobs dafür über den Control-Endpunkt erstellen):</translation>
    </message>
    <message>
        <source>rerun with --file-store to keep keys in a plaintext file readable only by you (0600), or skip saving the key and use watch --key-env VAR</source>
        <translation>mit --file-store erneut ausführen, um Schlüssel in einer nur für den eigenen Benutzer lesbaren Klartextdatei (0600) abzulegen, oder den Schlüssel nicht speichern und watch --key-env VAR verwenden</translation>
    </message>
    <message>
        <source>List the saved profiles; keys appear only as ••••last4.</source>
        <translation>Gespeicherte Profile auflisten; Schlüssel erscheinen nur als •••• plus die letzten 4 Zeichen.</translation>
    </message>
    <message>
        <source>Print a JSON array (without keys).</source>
        <translation>Ein JSON-Array ausgeben (ohne Schlüssel).</translation>
    </message>
    <message>
        <source>custom mapping</source>
        <translation>eigene Zuordnung</translation>
    </message>
    <message>
        <source>no profiles saved yet; add one with: jobwatch-cli profiles add --name NAME --dialect D --key-env VAR</source>
        <translation>noch keine Profile gespeichert; eines hinzufügen mit: jobwatch-cli profiles add --name NAME --dialect D --key-env VAR</translation>
    </message>
    <message>
        <source>no key (%1)</source>
        <translation>kein Schlüssel (%1)</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>keiner gespeichert</translation>
    </message>
    <message>
        <source>Save a profile. The key is read from --key-env VAR, or from standard input (one line), never from the
command line, and is stored in the OS keychain. --file-store opts in to a plaintext key file (0600).</source>
        <translation>Ein Profil speichern. Der Schlüssel wird aus --key-env VAR oder von der Standardeingabe (eine Zeile) gelesen, nie von der
Befehlszeile, und im Schlüsselbund des Systems gespeichert. --file-store wählt stattdessen eine Klartext-Schlüsseldatei (0600).</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>A custom mapping file (docs/mapping.md).</source>
        <translation>Eine Datei mit eigener Zuordnung (docs/mapping.md).</translation>
    </message>
    <message>
        <source>The API&apos;s base URL (default: the dialect&apos;s or preset&apos;s).</source>
        <translation>Die Basis-URL der API (Standard: die des Dialekts oder der Vorlage).</translation>
    </message>
    <message>
        <source>Environment variable holding the API key.</source>
        <translation>Umgebungsvariable mit dem API-Schlüssel.</translation>
    </message>
    <message>
        <source>Save the profile without a key.</source>
        <translation>Das Profil ohne Schlüssel speichern.</translation>
    </message>
    <message>
        <source>Opt in to storing keys in a plaintext file (0600) instead of the keychain.</source>
        <translation>Schlüssel in einer Klartextdatei (0600) statt im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Default poll interval in ms (at least 1000).</source>
        <translation>Standard-Abfrageintervall in ms (mindestens 1000).</translation>
    </message>
    <message>
        <source>give --name and one of --dialect or --mapping</source>
        <translation>--name und entweder --dialect oder --mapping angeben</translation>
    </message>
    <message>
        <source>--interval takes a number of milliseconds, at least 1000</source>
        <translation>--interval erwartet eine Anzahl Millisekunden, mindestens 1000</translation>
    </message>
    <message>
        <source>environment variable %1 is not set or empty</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>paste the API key and press Enter (it is not echoed to any file):</source>
        <translation>API-Schlüssel einfügen und Eingabetaste drücken (er wird in keine Datei geschrieben):</translation>
    </message>
    <message>
        <source>no key given: use --key-env VAR, pipe it on standard input, or --no-key</source>
        <translation>kein Schlüssel angegeben: --key-env VAR verwenden, ihn über die Standardeingabe übergeben oder --no-key angeben</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>ein Profil namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; (no key)</source>
        <translation>Profil „%1“ gespeichert (ohne Schlüssel)</translation>
    </message>
    <message>
        <source>%1; the profile was not saved: %2</source>
        <translation>%1; das Profil wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>the key could not be saved: %1</source>
        <translation>der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; with key %2</source>
        <translation>Profil „%1“ mit Schlüssel %2 gespeichert</translation>
    </message>
    <message>
        <source>Remove a saved profile and delete its key.</source>
        <translation>Ein gespeichertes Profil entfernen und seinen Schlüssel löschen.</translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation>Name oder ID des Profils.</translation>
    </message>
    <message>
        <source>give the name of one profile</source>
        <translation>den Namen eines Profils angeben</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; removed, but its key could not be deleted: %2</source>
        <translation>Profil „%1“ entfernt, aber sein Schlüssel konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and its key</source>
        <translation>Profil „%1“ und sein Schlüssel entfernt</translation>
    </message>
    <message>
        <source>Test a saved profile: poll a job (--job) or a probe ID and report the outcome: ok, not-found (key
accepted), unauthorised, missing-scope, forbidden, unreachable, tls-error, wrong-dialect, rate-limited,
server-error or refused. Exit 0 when the key was accepted, 4 on an auth problem, 1 otherwise.</source>
        <translation>Ein gespeichertes Profil testen: einen Job (--job) oder eine Test-ID abfragen und das Ergebnis melden: ok, not-found (Schlüssel
akzeptiert), unauthorised, missing-scope, forbidden, unreachable, tls-error, wrong-dialect, rate-limited,
server-error oder refused. Exit-Code 0, wenn der Schlüssel akzeptiert wurde, 4 bei einem Authentifizierungsproblem, sonst 1.</translation>
    </message>
    <message>
        <source>A job ID to poll.</source>
        <translation>Eine abzufragende Job-ID.</translation>
    </message>
    <message>
        <source>Use this environment variable&apos;s key instead of the saved one.</source>
        <translation>Den Schlüssel aus dieser Umgebungsvariable statt des gespeicherten verwenden.</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see jobwatch-cli profiles list)</source>
        <translation>kein Profil namens „%1“ (siehe jobwatch-cli profiles list)</translation>
    </message>
    <message>
        <source>Saved profiles: list, add, remove, test (keys in the OS keychain)</source>
        <translation>Gespeicherte Profile: list, add, remove, test (Schlüssel im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Watch jobs until all of them are terminal.
Jobs are job IDs or full poll URLs, as arguments or one per line on standard input (-).
Arguments and input lines that give no job are named on standard error (--strict: exit 2).
The API key is read from the environment variable named by --key-env, never from the command line.
Exit codes: 0 all completed, 1 any failed, cancelled or not found, 2 usage or configuration error,
3 any timed out locally or interrupted (Ctrl+C), 4 authentication or permission error.</source>
        <translation>Jobs beobachten, bis alle ein Endergebnis haben.
Jobs sind Job-IDs oder vollständige Abfrage-URLs, als Argumente oder zeilenweise auf der Standardeingabe (-).
Argumente und Eingabezeilen, die keinen Job ergeben, werden auf der Standardfehlerausgabe genannt (--strict: Exit-Code 2).
Der API-Schlüssel wird aus der mit --key-env benannten Umgebungsvariable gelesen, nie aus der Befehlszeile.
Exit-Codes: 0 alle abgeschlossen, 1 mindestens einer fehlgeschlagen, abgebrochen oder nicht gefunden, 2 Bedienungs- oder Konfigurationsfehler,
3 mindestens einer lokal abgelaufen oder unterbrochen (Strg+C), 4 Authentifizierungs- oder Berechtigungsfehler.</translation>
    </message>
    <message>
        <source>Exit with code 2, before watching anything, when an argument or input line gives no job.</source>
        <translation>Mit Exit-Code 2 beenden, bevor etwas beobachtet wird, wenn ein Argument oder eine Eingabezeile keinen Job ergibt.</translation>
    </message>
    <message>
        <source>--max-wait takes a number of seconds from 1 to %1 (30 days), not &quot;%2&quot;</source>
        <translation>--max-wait erwartet eine Anzahl Sekunden von 1 bis %1 (30 Tage), nicht „%2“</translation>
    </message>
    <message>
        <source>--interval takes auto or a whole number of milliseconds from 1000 to %1 (one day), not &quot;%2&quot;</source>
        <translation>--interval erwartet auto oder eine ganze Zahl Millisekunden von 1000 bis %1 (ein Tag), nicht „%2“</translation>
    </message>
    <message>
        <source>standard input is larger than %1 MiB; give the jobs in parts</source>
        <translation>die Standardeingabe ist größer als %1 MiB; bitte die Jobs in Teilen übergeben</translation>
    </message>
    <message numerus="yes">
        <source>%n input item(s) gave no job; nothing is watched with --strict</source>
        <translation>
            <numerusform>%n Eingabe ergab keinen Job; mit --strict wird nichts beobachtet</numerusform>
            <numerusform>%n Eingaben ergaben keinen Job; mit --strict wird nichts beobachtet</numerusform>
        </translation>
    </message>
    <message>
        <source>no job can be watched</source>
        <translation>kein Job kann beobachtet werden</translation>
    </message>
    <message>
        <source>standard input, line %1: &quot;%2&quot;: %3</source>
        <translation>Standardeingabe, Zeile %1: „%2“: %3</translation>
    </message>
    <message numerus="yes">
        <source>standard input: %n more line(s) without a job not listed</source>
        <translation>
            <numerusform>Standardeingabe: %n weitere Zeile ohne Job nicht aufgeführt</numerusform>
            <numerusform>Standardeingabe: %n weitere Zeilen ohne Job nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the job history failed: %1</source>
        <translation>das Lesen des Job-Verlaufs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>list, search: one JSON object per line: {&quot;at&quot;:&lt;epoch ms&gt;,&quot;profile&quot;:...,&quot;local&quot;:...,&quot;job&quot;:{...}}.</source>
        <translation>list, search: ein JSON-Objekt pro Zeile: {&quot;at&quot;:&lt;epoch ms&gt;,&quot;profile&quot;:...,&quot;local&quot;:...,&quot;job&quot;:{...}}.</translation>
    </message>
    <message>
        <source>list, search: at most this many jobs.</source>
        <translation>list, search: höchstens so viele Jobs.</translation>
    </message>
    <message>
        <source>export: csv or json.</source>
        <translation>export: csv oder json.</translation>
    </message>
    <message>
        <source>export: keep the signatures of signed result links.</source>
        <translation>export: die Signaturen signierter Ergebnislinks behalten.</translation>
    </message>
    <message>
        <source>export: only the jobs matching this text.</source>
        <translation>export: nur die Jobs, die zu diesem Text passen.</translation>
    </message>
    <message>
        <source>The folder of the job history (default: $%1, else the desktop app&apos;s data folder).</source>
        <translation>Der Ordner des Job-Verlaufs (Standard: $%1, sonst der Datenordner der Desktop-App).</translation>
    </message>
    <message>
        <source>list, search or export.</source>
        <translation>list, search oder export.</translation>
    </message>
    <message>
        <source>give a command: list, search TEXT or export --format csv|json</source>
        <translation>einen Befehl angeben: list, search TEXT oder export --format csv|json</translation>
    </message>
    <message>
        <source>unknown history command &quot;%1&quot;; use list, search or export</source>
        <translation>unbekannter history-Befehl „%1“; list, search oder export verwenden</translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation>search braucht den gesuchten Text</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--limit takes a number of jobs</source>
        <translation>--limit erwartet eine Anzahl von Jobs</translation>
    </message>
    <message>
        <source>export needs --format csv or --format json</source>
        <translation>export braucht --format csv oder --format json</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use csv or json</source>
        <translation>unbekanntes Exportformat „%1“; csv oder json verwenden</translation>
    </message>
    <message>
        <source>--json and --limit are for list and search; export takes --format</source>
        <translation>--json und --limit gelten für list und search; export nimmt --format</translation>
    </message>
    <message>
        <source>--format, --signed-urls and --search are for export</source>
        <translation>--format, --signed-urls und --search gelten für export</translation>
    </message>
    <message>
        <source>no job history in %1 yet</source>
        <translation>noch kein Job-Verlauf in %1</translation>
    </message>
    <message>
        <source>Requests that may go out at once after a quiet spell (default 10).</source>
        <translation>Anfragen, die nach einer ruhigen Phase auf einmal hinausgehen dürfen (Standard 10).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation>Gleichzeitig laufende Anfragen (Standard 6).</translation>
    </message>
    <message>
        <source>Write the watched jobs into the job history, where the window and `history` see them.</source>
        <translation>Die beobachteten Jobs in den Job-Verlauf schreiben, wo das Fenster und `history` sie sehen.</translation>
    </message>
    <message>
        <source>With --record: the folder of the job history (default: $%1, else the desktop app&apos;s data folder).</source>
        <translation>Mit --record: der Ordner des Job-Verlaufs (Standard: $%1, sonst der Datenordner der Desktop-App).</translation>
    </message>
    <message>
        <source>--rate takes a number of requests per second from 0.01 to 10000</source>
        <translation>--rate erwartet Anfragen pro Sekunde von 0,01 bis 10000</translation>
    </message>
    <message>
        <source>--burst takes a whole number of requests from 1 to 100000</source>
        <translation>--burst erwartet eine ganze Zahl von Anfragen von 1 bis 100000</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 64</source>
        <translation>--concurrency erwartet eine ganze Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>--data-dir is for --record</source>
        <translation>--data-dir gilt für --record</translation>
    </message>
    <message>
        <source>recording into the job history failed: %1 (watching goes on; retrying)</source>
        <translation>das Schreiben in den Job-Verlauf ist fehlgeschlagen: %1 (die Beobachtung geht weiter; wird wiederholt)</translation>
    </message>
    <message numerus="yes">
        <source>request budget short: %n poll(s) waiting at %1 requests/s (ceiling %2; raise it with --rate)</source>
        <translation>
            <numerusform>Anfragebudget knapp: %n Abfrage wartet bei %1 Anfragen/s (Obergrenze %2; mit --rate erhöhen)</numerusform>
            <numerusform>Anfragebudget knapp: %n Abfragen warten bei %1 Anfragen/s (Obergrenze %2; mit --rate erhöhen)</numerusform>
        </translation>
    </message>
    <message>
        <source>request budget sufficient again</source>
        <translation>Anfragebudget reicht wieder</translation>
    </message>
    <message>
        <source>%1, stalled</source>
        <comment>a running job whose progress has not moved for a long while</comment>
        <translation>%1, stockt</translation>
    </message>
    <message>
        <source>The job history: list, search TEXT, export --format csv|json</source>
        <translation>Der Job-Verlauf: list, search TEXT, export --format csv|json</translation>
    </message>
    <message>
        <source>the error body is not a JSON object, so only the HTTP status would show.</source>
        <translation>der Fehlertext ist kein JSON-Objekt, daher würde nur der HTTP-Status angezeigt.</translation>
    </message>
    <message>
        <source>A custom mapping JSON file (see docs/mapping.md). With --dialect too, the names must agree.</source>
        <translation>Eine JSON-Datei mit eigener Zuordnung (siehe docs/mapping.md). Zusammen mit --dialect müssen die Namen übereinstimmen.</translation>
    </message>
    <message>
        <source>Also print on stderr, for each mapped field, the path tried and what it matched, and the rule that decided the state (mappings and presets).</source>
        <translation>Zusätzlich auf stderr ausgeben: für jedes zugeordnete Feld den versuchten Pfad und was er traf, und die Regel, die den Zustand bestimmt hat (Zuordnungen und Vorlagen).</translation>
    </message>
    <message>
        <source>FILE is an HTTP error body (status 400 or above): print the error read from it as {&quot;code&quot;,&quot;message&quot;,&quot;requestId&quot;}.</source>
        <translation>DATEI ist ein HTTP-Fehlertext (Status 400 oder höher): den daraus gelesenen Fehler als {&quot;code&quot;,&quot;message&quot;,&quot;requestId&quot;} ausgeben.</translation>
    </message>
    <message>
        <source>The job ID the response was asked for; it stands in when the mapping has &quot;idOptional&quot; and the body has no ID.</source>
        <translation>Die Job-ID, nach der gefragt wurde; sie gilt, wenn die Zuordnung &quot;idOptional&quot; hat und die Antwort keine ID enthält.</translation>
    </message>
    <message>
        <source>give --dialect NAME or --mapping FILE.</source>
        <translation>geben Sie --dialect NAME oder --mapping DATEI an.</translation>
    </message>
    <message>
        <source>the mapping %1 is named &quot;%2&quot;, not &quot;%3&quot;; give --mapping alone, or --dialect %2.</source>
        <translation>die Zuordnung %1 heißt „%2“, nicht „%3“; geben Sie nur --mapping an oder --dialect %2.</translation>
    </message>
    <message>
        <source>--explain works with mappings and presets, not with the native dialect %1.</source>
        <translation>--explain funktioniert mit Zuordnungen und Vorlagen, nicht mit dem eingebauten Dialekt %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cannot read the mapping file %1: %2</source>
        <translation>die Zuordnungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Change a saved profile in place: its mapping (or dialect), base URL or poll interval. Its name, id, key
and other poll settings stay. A new mapping replaces the old one whole.</source>
        <translation>Ein gespeichertes Profil ändern: seine Zuordnung (oder seinen Dialekt), Basis-URL oder sein Abfrageintervall. Name, ID, Schlüssel
und die übrigen Abfrageeinstellungen bleiben. Eine neue Zuordnung ersetzt die alte vollständig.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL.</source>
        <translation>Die Basis-URL der API.</translation>
    </message>
    <message>
        <source>give --dialect or --mapping, not both</source>
        <translation>geben Sie --dialect oder --mapping an, nicht beides</translation>
    </message>
    <message>
        <source>nothing to change: give --mapping, --dialect, --base-url or --interval</source>
        <translation>nichts zu ändern: geben Sie --mapping, --dialect, --base-url oder --interval an</translation>
    </message>
    <message>
        <source>updated profile &quot;%1&quot;</source>
        <translation>Profil „%1“ geändert</translation>
    </message>
    <message>
        <source>A custom mapping file (docs/mapping.md), instead of --dialect. --base-url may be left out when the mapping has a baseUrl.</source>
        <translation>Eine Datei mit eigener Zuordnung (docs/mapping.md) statt --dialect. --base-url kann fehlen, wenn die Zuordnung eine baseUrl hat.</translation>
    </message>
    <message>
        <source>--profile cannot be combined with --dialect, --mapping or --base-url</source>
        <translation>--profile kann nicht mit --dialect, --mapping oder --base-url kombiniert werden</translation>
    </message>
    <message>
        <source>give --mapping FILE with --key-env (and --base-url unless the mapping has a baseUrl), without --dialect</source>
        <translation>geben Sie --mapping DATEI mit --key-env an (und --base-url, wenn die Zuordnung keine baseUrl hat), ohne --dialect</translation>
    </message>
    <message>
        <source>the mapping %1 has no baseUrl; give --base-url</source>
        <translation>die Zuordnung %1 hat keine baseUrl; geben Sie --base-url an</translation>
    </message>
    <message>
        <source>give --profile, or all of --dialect (or --mapping), --base-url and --key-env</source>
        <translation>geben Sie --profile an oder alle von --dialect (oder --mapping), --base-url und --key-env</translation>
    </message>
    <message>
        <source>The answer to the mapping&apos;s &quot;resolve&quot; request (the second call for a completed job&apos;s result URL): add the result read from it.</source>
        <translation>Die Antwort auf die „resolve“-Anfrage des Mappings (der zweite Aufruf für die Ergebnis-URL eines fertigen Jobs): das daraus gelesene Ergebnis hinzufügen.</translation>
    </message>
    <message>
        <source>the response body is %1 bytes, more than the %2-byte limit of a finished job&apos;s response.</source>
        <translation>der Antwortinhalt hat %1 Bytes, mehr als die Grenze von %2 Bytes für die Antwort eines fertigen Jobs.</translation>
    </message>
    <message>
        <source>the response body is %1 bytes while the job is %2; over the %3-byte limit for a job that has not finished.</source>
        <translation>der Antwortinhalt hat %1 Bytes, während der Job %2 ist; das ist über der Grenze von %3 Bytes für einen nicht fertigen Job.</translation>
    </message>
    <message>
        <source>--resolved: this response asks for no second request (the mapping has no &quot;resolve&quot;, the job is not completed, or a value its URL needs is missing).</source>
        <translation>--resolved: diese Antwort verlangt keine zweite Anfrage (das Mapping hat kein „resolve“, der Job ist nicht fertig, oder ein Wert, den die URL braucht, fehlt).</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>--resolved %1: %2</source>
        <translation>--resolved %1: %2</translation>
    </message>
    <message>
        <source>The result&apos;s URL takes a second request: GET %1 (try its answer with --resolved FILE).</source>
        <translation>Die URL des Ergebnisses braucht eine zweite Anfrage: GET %1 (ihre Antwort lässt sich mit --resolved DATEI ausprobieren).</translation>
    </message>
    <message>
        <source>Run this program for each job that ends, without a shell. Placeholders, each replaced inside its own argument: %1. Its exit status and the end of its stderr are printed on standard error.</source>
        <translation>Dieses Programm für jeden Job ausführen, der endet, ohne Shell. Platzhalter, jeder innerhalb seines eigenen Arguments ersetzt: %1. Sein Exit-Status und das Ende seiner Fehlerausgabe werden auf der Standardfehlerausgabe ausgegeben.</translation>
    </message>
    <message>
        <source>Kill the --on-finish program after this many seconds (default 60).</source>
        <translation>Das --on-finish-Programm nach so vielen Sekunden beenden (Standard 60).</translation>
    </message>
    <message>
        <source>--on-finish: %1</source>
        <translation>--on-finish: %1</translation>
    </message>
    <message>
        <source>--on-finish-timeout takes a whole number of seconds from 1 to 86400, with --on-finish</source>
        <translation>--on-finish-timeout erwartet eine ganze Zahl von Sekunden von 1 bis 86400, zusammen mit --on-finish</translation>
    </message>
    <message>
        <source>%1: on-finish %2</source>
        <comment>job ID: on-finish exit status 0</comment>
        <translation>%1: on-finish %2</translation>
    </message>
    <message>
        <source>result %1 has no file name inside %2</source>
        <translation>Ergebnis %1 hat keinen Dateinamen in %2</translation>
    </message>
    <message>
        <source>could not write result %1 to %2: %3</source>
        <translation>Ergebnis %1 konnte nicht nach %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>job ID: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: result %2 saved to %3</source>
        <comment>job ID, result number, file</comment>
        <translation>%1: Ergebnis %2 gespeichert unter %3</translation>
    </message>
    <message>
        <source>Print NDJSON events: {&quot;event&quot;:&quot;update&quot;|&quot;final&quot;|&quot;error&quot;,&quot;at&quot;:&lt;epoch ms&gt;,&quot;job&quot;:{...}}, and {&quot;event&quot;:&quot;saved&quot;,&quot;id&quot;:ID,&quot;result&quot;:N,&quot;path&quot;:FILE} for a result written to a file.</source>
        <translation>NDJSON-Ereignisse ausgeben: {&quot;event&quot;:&quot;update&quot;|&quot;final&quot;|&quot;error&quot;,&quot;at&quot;:&lt;epoch ms&gt;,&quot;job&quot;:{...}}, und {&quot;event&quot;:&quot;saved&quot;,&quot;id&quot;:ID,&quot;result&quot;:N,&quot;path&quot;:FILE} für ein in eine Datei geschriebenes Ergebnis.</translation>
    </message>
    <message>
        <source>Where results that come inside the provider&apos;s answer (base64) are written, named like the desktop app&apos;s results archive (default: &quot;results&quot; in the data folder of --data-dir).</source>
        <translation>Wohin Ergebnisse geschrieben werden, die in der Antwort des Anbieters kommen (base64), benannt wie im Ergebnisarchiv der Desktop-App (Standard: &quot;results&quot; im Datenordner von --data-dir).</translation>
    </message>
    <message>
        <source>Read what a saved profile&apos;s account has left, where its API reports a balance (Runway&apos;s credits,
Luma&apos;s dollars). Exit 0 with the amount, 1 when it cannot be read (the reason on stderr), 2 when
the profile&apos;s API reports no balance, 4 on a key problem.</source>
        <translation>Liest das Guthaben des Kontos eines gespeicherten Profils, wo dessen API eines meldet (Runways Credits,
Lumas Dollar). Exit 0 mit dem Betrag, 1 wenn es sich nicht lesen lässt (der Grund auf stderr), 2 wenn
die API des Profils kein Guthaben meldet, 4 bei einem Problem mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>Print one JSON object: {profile, amount, unit, readAt} or {profile, error}.</source>
        <translation>Ein JSON-Objekt ausgeben: {profile, amount, unit, readAt} oder {profile, error}.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: its API (%2) reports no balance</source>
        <translation>Profil „%1“: seine API (%2) meldet kein Guthaben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: the balance could not be read: %2</source>
        <translation>Profil „%1“: Das Guthaben ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The job history: every job the window watched, and those `watch --record` watched.
  list                 the stored jobs, oldest first
  search TEXT          the jobs whose ID, profile, type, status message, error, result titles, prompt or inputs
                       contain every word of TEXT
  export --format F    every job (or the --search hits) as csv or json on standard output; signed result
                       links lose their signature unless --signed-urls is given</source>
        <translation>Der Job-Verlauf: jeder Job, den das Fenster beobachtet hat, und die von `watch --record`.
  list                 die gespeicherten Jobs, älteste zuerst
  search TEXT          die Jobs, deren ID, Profil, Typ, Statusmeldung, Fehler, Ergebnistitel, Prompt oder Eingaben
                       jedes Wort von TEXT enthalten
  export --format F    alle Jobs (oder die Treffer von --search) als csv oder json auf der Standardausgabe;
                       signierte Ergebnislinks verlieren ihre Signatur, außer mit --signed-urls</translation>
    </message>
    <message>
        <source>List the account&apos;s jobs from the provider&apos;s list endpoint (Replicate predictions, OpenAI videos, Luma
generations, or a mapping with a &quot;list&quot; section), newest first as the provider gives them.
Prints one job ID per line, so that `jobwatch-cli list ... | jobwatch-cli watch ... -` watches them.
Pages are read with the provider&apos;s cursor, within the profile&apos;s request budget.
Exit codes: 0 listed, 1 the list could not be read to its end (the jobs before are printed),
2 usage or configuration error, 4 authentication or permission error.</source>
        <translation>Listet die Jobs des Kontos über den Listen-Endpunkt des Anbieters (Replicate-Predictions, OpenAI-Videos, Luma-
Generations oder ein Mapping mit einem „list“-Abschnitt), die neuesten zuerst, wie der Anbieter sie liefert.
Gibt eine Job-ID pro Zeile aus, sodass `jobwatch-cli list ... | jobwatch-cli watch ... -` sie beobachtet.
Die Seiten werden mit dem Cursor des Anbieters gelesen, im Anfragebudget des Profils.
Exit-Codes: 0 aufgelistet, 1 die Liste konnte nicht bis zum Ende gelesen werden (die Jobs davor werden ausgegeben),
2 Aufruf- oder Konfigurationsfehler, 4 Authentifizierungs- oder Berechtigungsfehler.</translation>
    </message>
    <message>
        <source>Only jobs in these states, comma-separated: queued, running, completed, failed, cancelled, unknown, or active (queued, running or unknown).</source>
        <translation>Nur Jobs in diesen Zuständen, durch Kommas getrennt: queued, running, completed, failed, cancelled, unknown oder active (queued, running oder unknown).</translation>
    </message>
    <message>
        <source>Print one JSON object per job: {&quot;id&quot;,&quot;state&quot;,&quot;rawStatus&quot;,&quot;type&quot;,&quot;progress&quot;,&quot;createdAt&quot;}.</source>
        <translation>Ein JSON-Objekt pro Job ausgeben: {&quot;id&quot;,&quot;state&quot;,&quot;rawStatus&quot;,&quot;type&quot;,&quot;progress&quot;,&quot;createdAt&quot;}.</translation>
    </message>
    <message>
        <source>Print at most this many jobs (default %1).</source>
        <translation>Höchstens so viele Jobs ausgeben (Standard %1).</translation>
    </message>
    <message>
        <source>Read at most this many pages (default %1).</source>
        <translation>Höchstens so viele Seiten lesen (Standard %1).</translation>
    </message>
    <message>
        <source>list takes no arguments (got &quot;%1&quot;)</source>
        <translation>list nimmt keine Argumente (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--state takes queued, running, completed, failed, cancelled, unknown or active, comma-separated (got &quot;%1&quot;)</source>
        <translation>--state nimmt queued, running, completed, failed, cancelled, unknown oder active, durch Kommas getrennt (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 100000</source>
        <translation>--limit nimmt eine ganze Zahl von 1 bis 100000</translation>
    </message>
    <message>
        <source>--pages takes a whole number from 1 to 10000</source>
        <translation>--pages nimmt eine ganze Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>the API of &quot;%1&quot; (%2) has no job list; list works with the replicate, openai-videos and luma presets and with mappings that have a &quot;list&quot; section</source>
        <translation>Die API von „%1“ (%2) hat keine Jobliste; list funktioniert mit den Vorlagen replicate, openai-videos und luma und mit Mappings, die einen „list“-Abschnitt haben</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n page(s); the account has more jobs (read more with --pages)</source>
        <translation>
            <numerusform>nach %n Seite angehalten; das Konto hat weitere Jobs (mehr lesen mit --pages)</numerusform>
            <numerusform>nach %n Seiten angehalten; das Konto hat weitere Jobs (mehr lesen mit --pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: jobwatch-cli profiles list|add|update|remove|test|balance [options] (--help on each)</source>
        <translation>Aufruf: jobwatch-cli profiles list|add|update|remove|test|balance [Optionen] (--help bei jedem)</translation>
    </message>
    <message>
        <source>List the account&apos;s jobs from the provider (pipe into watch -)</source>
        <translation>Die Jobs des Kontos beim Anbieter auflisten (in watch - leiten)</translation>
    </message>
    <message>
        <source>could not write result %1: cannot create the folder %2</source>
        <translation>Ergebnis %1 konnte nicht geschrieben werden: Der Ordner %2 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Request budget: at most this many requests per second (default: the profile&apos;s, 20 for an API that documents no limit). A ceiling: a 429 or 503 lowers the rate at once, and it climbs back while polls wait.</source>
        <translation>Anfragebudget: höchstens so viele Anfragen pro Sekunde (Standard: die des Profils, 20 für eine API, die kein Limit dokumentiert). Eine Obergrenze: Ein 429 oder 503 senkt die Rate sofort, und sie steigt wieder, solange Abfragen warten.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>no poll URL results from this base URL</source>
        <translation>aus dieser Basis-URL ergibt sich keine Abfrage-URL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>unauthorised: the server rejected the API key</source>
        <translation>nicht autorisiert: Der Server hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>the API key lacks a required scope</source>
        <translation>dem API-Schlüssel fehlt ein erforderlicher Scope</translation>
    </message>
    <message>
        <source>forbidden: the key may not read jobs</source>
        <translation>verboten: Der Schlüssel darf keine Jobs lesen</translation>
    </message>
    <message>
        <source>connected; the key was accepted (the probe job is unknown, as expected)</source>
        <translation>verbunden; der Schlüssel wurde akzeptiert (der Test-Job ist wie erwartet unbekannt)</translation>
    </message>
    <message>
        <source>connected, but job %1 was not found</source>
        <translation>verbunden, aber Job %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the server asks to slow down (HTTP %1)</source>
        <translation>der Server bittet um weniger Anfragen (HTTP %1)</translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation>Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <source>the server redirected (HTTP %1); check the base URL</source>
        <translation>der Server hat weitergeleitet (HTTP %1); Basis-URL prüfen</translation>
    </message>
    <message>
        <source>unexpected HTTP %1</source>
        <translation>unerwartetes HTTP %1</translation>
    </message>
    <message>
        <source>OK: job %1 is %2</source>
        <translation>OK: Job %1 hat den Status %2</translation>
    </message>
    <message>
        <source>the response did not parse as %1: %2</source>
        <translation>die Antwort ließ sich nicht als %1 parsen: %2</translation>
    </message>
    <message>
        <source>this mapping</source>
        <translation>diese Zuordnung</translation>
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
        <translation>%1 s Rechenzeit</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <comment>a provider&apos;s credits; the amount may have decimals</comment>
        <translation>%1 Credits</translation>
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
        <translation>etwa %1 (Schätzung)</translation>
    </message>
</context>
<context>
    <name>Dialects</name>
    <message>
        <source>Unknown dialect &quot;%1&quot;. Known: %2.</source>
        <translation>Unbekannter Dialekt „%1“. Bekannt: %2.</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Szene %1</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>status response larger than %1 KiB; aborted</source>
        <translation>Statusantwort größer als %1 KiB; abgebrochen</translation>
    </message>
    <message>
        <source>no complete answer within %1 s (transfer timeout)</source>
        <translation>keine vollständige Antwort innerhalb von %1 s (Zeitüberschreitung bei der Übertragung)</translation>
    </message>
    <message>
        <source>TLS error (the connection was refused, not ignored): %1</source>
        <translation>TLS-Fehler (die Verbindung wurde abgelehnt, nicht ignoriert): %1</translation>
    </message>
    <message>
        <source>HTTP %1 answer cut off: %2</source>
        <translation>HTTP-%1-Antwort abgeschnitten: %2</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http(s) URL</source>
        <translation>„%1“ ist keine gültige http(s)-URL</translation>
    </message>
    <message>
        <source>refusing plain http:// to %1: use https:// (http is allowed only for loopback)</source>
        <translation>unverschlüsseltes http:// zu %1 verweigert: https:// verwenden (http ist nur für Loopback erlaubt)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;: only https (and http on loopback) can be polled</source>
        <translation>nicht unterstütztes URL-Schema „%1“: Nur https (und http auf Loopback) kann abgefragt werden</translation>
    </message>
    <message>
        <source>a profile needs an id</source>
        <translation>ein Profil braucht eine ID</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>the API key could not be read: %1</source>
        <translation>der API-Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;</source>
        <translation>unbekanntes Profil „%1“</translation>
    </message>
    <message>
        <source>empty job ID</source>
        <translation>leere Job-ID</translation>
    </message>
    <message numerus="yes">
        <source>timed out locally after %n minute(s); resume to keep waiting</source>
        <translation>
            <numerusform>nach %n Minute lokal abgelaufen; zum Weiterwarten fortsetzen</numerusform>
            <numerusform>nach %n Minuten lokal abgelaufen; zum Weiterwarten fortsetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>timed out locally after %n second(s); resume to keep waiting</source>
        <translation>
            <numerusform>nach %n Sekunde lokal abgelaufen; zum Weiterwarten fortsetzen</numerusform>
            <numerusform>nach %n Sekunden lokal abgelaufen; zum Weiterwarten fortsetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP 401: the API key was not accepted%1; fix the key, then resume the profile</source>
        <translation>HTTP 401: Der API-Schlüssel wurde nicht akzeptiert%1; Schlüssel korrigieren und dann das Profil fortsetzen</translation>
    </message>
    <message>
        <source>HTTP 403: the API key lacks permission%1; fix the key, then resume the profile</source>
        <translation>HTTP 403: Dem API-Schlüssel fehlt die Berechtigung%1; Schlüssel korrigieren und dann das Profil fortsetzen</translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (Anfrage %1)</translation>
    </message>
    <message>
        <source>HTTP %1; retrying with backoff</source>
        <translation>HTTP %1; neuer Versuch mit wachsender Wartezeit</translation>
    </message>
    <message>
        <source>HTTP %1: %2; retrying with backoff</source>
        <translation>HTTP %1: %2; neuer Versuch mit wachsender Wartezeit</translation>
    </message>
    <message>
        <source>unreadable status response: %1</source>
        <translation>unlesbare Statusantwort: %1</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); waiting %1 s as the server asked</source>
        <translation>Anfragelimit erreicht (HTTP 429); wartet %1 s, wie vom Server verlangt</translation>
    </message>
    <message numerus="yes">
        <source>not found (HTTP 404 %n times); check the ID and the profile</source>
        <translation>
            <numerusform>nicht gefunden (HTTP 404, %n-mal); ID und Profil prüfen</numerusform>
            <numerusform>nicht gefunden (HTTP 404, %n-mal); ID und Profil prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>not found (HTTP 404); checking again (%1 of %2)</source>
        <translation>nicht gefunden (HTTP 404); erneute Prüfung (%1 von %2)</translation>
    </message>
    <message>
        <source>HTTP %1 redirect not followed: %2</source>
        <translation>HTTP-%1-Weiterleitung nicht gefolgt: %2</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>Weiterleitung ohne verwendbare Location-Angabe</translation>
    </message>
    <message>
        <source>the status response is not UTF-8 text; check the profile&apos;s base URL and dialect</source>
        <translation>die Statusantwort ist kein UTF-8-Text; Basis-URL und Dialekt des Profils prüfen</translation>
    </message>
    <message>
        <source>the answer is for job &quot;%1&quot;, not &quot;%2&quot;; check the poll URL and the profile</source>
        <translation>die Antwort gilt für Job „%1“, nicht „%2“; Abfrage-URL und Profil prüfen</translation>
    </message>
    <message>
        <source>service unavailable (HTTP 503); waiting %1 s as the server asked</source>
        <translation>Dienst nicht verfügbar (HTTP 503); %1 s Wartezeit wie vom Server verlangt</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); waiting %1 s</source>
        <translation>Anfragelimit erreicht (HTTP 429); %1 s Wartezeit</translation>
    </message>
    <message>
        <source>configuration error: %1</source>
        <translation>Konfigurationsfehler: %1</translation>
    </message>
    <message>
        <source>The provider rejected the job (HTTP %1) and gave no message.</source>
        <translation>Der Anbieter hat den Job abgelehnt (HTTP %1) und keine Meldung gegeben.</translation>
    </message>
    <message>
        <source>HTTP %1: %2; the provider rejects this job, so it is not polled again</source>
        <translation>HTTP %1: %2; der Anbieter lehnt diesen Job ab, daher wird er nicht mehr abgefragt</translation>
    </message>
    <message>
        <source>status response of %1 KiB while the job is %2; only a finished job&apos;s answer may be over %3 KiB</source>
        <translation>Statusantwort mit %1 KiB, während der Job %2 ist; nur die Antwort eines fertigen Jobs darf über %3 KiB liegen</translation>
    </message>
    <message>
        <source>completed; asking for the result&apos;s download link</source>
        <translation>fertig; der Download-Link des Ergebnisses wird abgefragt</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation>die Antwort ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>completed; the result&apos;s download link is not there yet (%1); asking again</source>
        <translation>fertig; der Download-Link des Ergebnisses ist noch nicht da (%1); neue Anfrage folgt</translation>
    </message>
    <message>
        <source>completed, but the result&apos;s download link could not be fetched from %1: %2</source>
        <translation>fertig, aber der Download-Link des Ergebnisses war bei %1 nicht zu bekommen: %2</translation>
    </message>
    <message>
        <source>HTTP 401 from %1: the API key was not accepted</source>
        <translation>HTTP 401 von %1: Der API-Schlüssel wurde nicht angenommen</translation>
    </message>
    <message>
        <source>HTTP 403 from %1: the API key may not read the account&apos;s balance</source>
        <translation>HTTP 403 von %1: Der API-Schlüssel darf das Guthaben des Kontos nicht lesen</translation>
    </message>
    <message>
        <source>HTTP 404 from %1: the API has no balance there (check the profile&apos;s base URL)</source>
        <translation>HTTP 404 von %1: Die API hat dort kein Guthaben (Basis-URL des Profils prüfen)</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429) at %1; the profile waits as for a poll</source>
        <translation>Ratenbegrenzt (HTTP 429) bei %1; das Profil wartet wie bei einer Abfrage</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 von %2: %3</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid JSON (%2 at byte %3)</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>the answer from %1 is not a JSON object</source>
        <translation>Die Antwort von %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer holds no balance</source>
        <translation>Die Antwort enthält kein Guthaben</translation>
    </message>
    <message>
        <source>the answer did not end within %1 s; aborted (the server keeps sending without finishing)</source>
        <translation>die Antwort endete nicht innerhalb von %1 s; abgebrochen (der Server sendet weiter, ohne fertig zu werden)</translation>
    </message>
</context>
<context>
    <name>FinishCommand</name>
    <message>
        <source>the command is empty</source>
        <translation>der Befehl ist leer</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the command; use %2</source>
        <translation>unbekannter Platzhalter {%1} im Befehl; verwenden Sie %2</translation>
    </message>
    <message>
        <source>the program itself cannot be a placeholder; put placeholders in its arguments</source>
        <translation>das Programm selbst kann kein Platzhalter sein; setzen Sie Platzhalter in seine Argumente</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>killed after %n s (timeout)</source>
        <translation>
            <numerusform>nach %n s beendet (Zeitlimit)</numerusform>
            <numerusform>nach %n s beendet (Zeitlimit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>killed after %n s (timeout): %1</source>
        <translation>
            <numerusform>nach %n s beendet (Zeitlimit): %1</numerusform>
            <numerusform>nach %n s beendet (Zeitlimit): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>crashed: %1</source>
        <translation>abgestürzt: %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>Exit-Status %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the prompts of restored jobs could not be read from the job history: %1</source>
        <translation>die Prompts wiederhergestellter Jobs konnten nicht aus dem Jobverlauf gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>IdExtractor</name>
    <message>
        <source>the job ID is empty, too long or has unexpected characters</source>
        <translation>die Job-ID ist leer, zu lang oder enthält unerwartete Zeichen</translation>
    </message>
    <message>
        <source>the JSON has no job ID or poll URL (id, job_id, jobId, request_id, poll_url, status_url or urls.get)</source>
        <translation>das JSON enthält keine Job-ID oder Abfrage-URL (id, job_id, jobId, request_id, poll_url, status_url oder urls.get)</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (rejected text)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more item(s) not usable</source>
        <translation>
            <numerusform>%1 und %n weiterer Eintrag nicht verwendbar</numerusform>
            <numerusform>%1 und %n weitere Einträge nicht verwendbar</numerusform>
        </translation>
    </message>
    <message>
        <source>no job ID, poll URL or enqueue response found</source>
        <translation>keine Job-ID, Abfrage-URL oder Einreihungsantwort gefunden</translation>
    </message>
    <message>
        <source>Nothing recognised: %1</source>
        <translation>Nichts erkannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) recognised</source>
        <translation>
            <numerusform>%n Job erkannt</numerusform>
            <numerusform>%n Jobs erkannt</numerusform>
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
            <numerusform>%n Duplikat ignoriert</numerusform>
            <numerusform>%n Duplikate ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation>
            <numerusform>%n Eintrag nicht verwendbar</numerusform>
            <numerusform>%n Einträge nicht verwendbar</numerusform>
        </translation>
    </message>
    <message>
        <source>the URL ends at /%1/ without a job ID</source>
        <translation>die URL endet bei /%1/ ohne Job-ID</translation>
    </message>
    <message>
        <source>the URL has no job path such as /v1/jobs/&lt;id&gt;</source>
        <translation>die URL hat keinen Job-Pfad wie /v1/jobs/&lt;id&gt;</translation>
    </message>
    <message>
        <source>the URL is too long</source>
        <translation>die URL ist zu lang</translation>
    </message>
    <message>
        <source>only http and https URLs are supported</source>
        <translation>nur http- und https-URLs werden unterstützt</translation>
    </message>
    <message>
        <source>the URL has no valid host</source>
        <translation>die URL hat keinen gültigen Host</translation>
    </message>
    <message>
        <source>URLs with a user name or password are not accepted</source>
        <translation>URLs mit Benutzername oder Passwort werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback addresses; use https</source>
        <translation>unverschlüsseltes http ist nur für Loopback-Adressen erlaubt; https verwenden</translation>
    </message>
    <message>
        <source>the job ID in the URL is empty, too long or has unexpected characters</source>
        <translation>die Job-ID in der URL ist leer, zu lang oder enthält unerwartete Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n Zeile nicht erkannt</numerusform>
            <numerusform>%n Zeilen nicht erkannt</numerusform>
        </translation>
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
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>image or video dimensions, e.g. 1280x720</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>length of the generated video or audio</comment>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <source>the running Jobwatch window did not answer (%1)</source>
        <translation>das laufende Jobwatch-Fenster hat nicht geantwortet (%1)</translation>
    </message>
    <message>
        <source>the running Jobwatch window gave an answer that is not understood</source>
        <translation>das laufende Jobwatch-Fenster hat unverständlich geantwortet</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the request is too large</source>
        <translation>die Anfrage ist zu groß</translation>
    </message>
    <message>
        <source>the request is not understood (is the other jobwatch a different version?)</source>
        <translation>die Anfrage ist unverständlich (ist das andere jobwatch eine andere Version?)</translation>
    </message>
</context>
<context>
    <name>JobIntake</name>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>es gibt kein Profil „%1“</translation>
    </message>
    <message>
        <source>there is no profile yet; add one first</source>
        <translation>es gibt noch kein Profil; zuerst eines hinzufügen</translation>
    </message>
    <message>
        <source>no profile fits this job</source>
        <translation>kein Profil passt zu diesem Job</translation>
    </message>
    <message>
        <source>no %1 profile; add one first</source>
        <translation>kein %1-Profil; zuerst eines hinzufügen</translation>
    </message>
    <message>
        <source>Paste or type job IDs, poll URLs or enqueue responses</source>
        <translation>Job-IDs, Abfrage-URLs oder Einreihungsantworten einfügen oder eingeben</translation>
    </message>
    <message>
        <source>Nothing recognised: no job ID, poll URL or enqueue response found</source>
        <translation>Nichts erkannt: keine Job-ID, Abfrage-URL oder Einreihungsantwort gefunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (rejected text)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more item(s) not usable</source>
        <translation>
            <numerusform>%1 und %n weiterer Eintrag nicht verwendbar</numerusform>
            <numerusform>%1 und %n weitere Einträge nicht verwendbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recognised: %1</source>
        <translation>Nichts erkannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to add</source>
        <translation>
            <numerusform>%n Job hinzuzufügen</numerusform>
            <numerusform>%n Jobs hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>No new job</source>
        <translation>Kein neuer Job</translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <translation>
            <numerusform>%n bereits beobachtet</numerusform>
            <numerusform>%n bereits beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <translation>
            <numerusform>%n Duplikat ignoriert</numerusform>
            <numerusform>%n Duplikate ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a profile choice</source>
        <translation>
            <numerusform>%n braucht eine Profilauswahl</numerusform>
            <numerusform>%n brauchen eine Profilauswahl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation>
            <numerusform>%n Eintrag nicht verwendbar</numerusform>
            <numerusform>%n Einträge nicht verwendbar</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of summary parts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing added: the text is empty</source>
        <translation>Nichts hinzugefügt: Der Text ist leer</translation>
    </message>
    <message>
        <source>No job added</source>
        <translation>Kein Job hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) added</source>
        <translation>
            <numerusform>%n Job hinzugefügt</numerusform>
            <numerusform>%n Jobs hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>the text is %1 MB; at most %2 MB can be read at once</source>
        <translation>der Text ist %1 MB groß; höchstens %2 MB können auf einmal gelesen werden</translation>
    </message>
    <message>
        <source>the text holds %1 jobs; at most %2 can be added at once, so add them in parts</source>
        <translation>der Text enthält %1 Jobs; höchstens %2 können auf einmal hinzugefügt werden, also bitte in Teilen</translation>
    </message>
    <message>
        <source>Nothing to add: %1</source>
        <translation>Nichts hinzuzufügen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n Zeile nicht erkannt</numerusform>
            <numerusform>%n Zeilen nicht erkannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added: %1</source>
        <translation>Nichts hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need(s) a profile choice</source>
        <translation>
            <numerusform>%n Job braucht eine Profilauswahl</numerusform>
            <numerusform>%n Jobs brauchen eine Profilauswahl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>the job history is read-only (written by a newer version of Jobwatch)</source>
        <translation>der Job-Verlauf ist schreibgeschützt (von einer neueren Jobwatch-Version geschrieben)</translation>
    </message>
    <message>
        <source>the job history is not available</source>
        <translation>der Job-Verlauf ist nicht verfügbar</translation>
    </message>
    <message>
        <source>job %1 vanished while it was written</source>
        <translation>Job %1 ist beim Schreiben verschwunden</translation>
    </message>
    <message>
        <source>no stored job %1</source>
        <translation>kein gespeicherter Job %1</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is not a Jobwatch database</source>
        <translation>sie ist keine Jobwatch-Datenbank</translation>
    </message>
    <message>
        <source>The job history at %1 was written by a newer version of Jobwatch (format %2; this version knows up to %3). It is shown read-only and nothing of this session is saved to it.</source>
        <translation>Der Job-Verlauf in %1 wurde von einer neueren Jobwatch-Version geschrieben (Format %2; diese Version kennt bis %3). Er wird schreibgeschützt angezeigt, und nichts aus dieser Sitzung wird darin gespeichert.</translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation>Write-Ahead-Logging ist nicht verfügbar (Journalmodus %1)</translation>
    </message>
    <message>
        <source>The job history cannot be saved: the folder %1 cannot be created. This session is not saved.</source>
        <translation>Der Job-Verlauf kann nicht gespeichert werden: Der Ordner %1 kann nicht angelegt werden. Diese Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The job history cannot be opened: the Qt SQLite driver (QSQLITE) is missing. This session is not saved.</source>
        <translation>Der Job-Verlauf kann nicht geöffnet werden: Der Qt-SQLite-Treiber (QSQLITE) fehlt. Diese Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The job history %1 is damaged (%2) and could not be moved aside. It is left as it is and this session is not saved.</source>
        <translation>Der Job-Verlauf %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden. Er bleibt unverändert, und diese Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The job history %1 could not be read (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation>Der Job-Verlauf %1 konnte nicht gelesen werden (%2). Er wurde als %3 aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The job history %1 cannot be opened (%2). This session is not saved.</source>
        <translation>Der Job-Verlauf %1 kann nicht geöffnet werden (%2). Diese Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>no schema version %1</source>
        <translation>keine Schemaversion %1</translation>
    </message>
    <message>
        <source>upgrading the job history to version %1 failed: %2</source>
        <translation>das Aktualisieren des Job-Verlaufs auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang needs a language code; available: %1</source>
        <translation>--lang braucht einen Sprachcode; verfügbar: %1</translation>
    </message>
    <message>
        <source>no translation for the language &quot;%1&quot;; available: %2</source>
        <translation>keine Übersetzung für die Sprache „%1“; verfügbar: %2</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s: %1.</source>
        <translation>Diese Sprache statt der des Systems verwenden: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>LaunchRequests</name>
    <message>
        <source>&quot;%1&quot; is not a valid jobwatch: link (expected jobwatch:watch?profile=NAME&amp;id=ID)</source>
        <translation>„%1“ ist kein gültiger jobwatch:-Link (erwartet: jobwatch:watch?profile=NAME&amp;id=ID)</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; asks for &quot;%2&quot;; Jobwatch links can only watch jobs (jobwatch:watch?profile=NAME&amp;id=ID)</source>
        <translation>der Link „%1“ verlangt „%2“; Jobwatch-Links können nur Jobs beobachten (jobwatch:watch?profile=NAME&amp;id=ID)</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; has an empty id</source>
        <translation>der Link „%1“ hat eine leere id</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; names more than one profile</source>
        <translation>der Link „%1“ nennt mehr als ein Profil</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; has an unknown parameter &quot;%2&quot; (expected profile and id)</source>
        <translation>der Link „%1“ hat einen unbekannten Parameter „%2“ (erwartet: profile und id)</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; names no job (add id=ID)</source>
        <translation>der Link „%1“ nennt keinen Job (id=ID ergänzen)</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>Refused to open the link: it is not a valid address.</source>
        <translation>Öffnen des Links verweigert: Er ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Refused to open &quot;%1&quot;: only web links (http, https) open.</source>
        <translation>Öffnen von „%1“ verweigert: Nur Web-Links (http, https) werden geöffnet.</translation>
    </message>
    <message>
        <source>Refused to open a &quot;%1:&quot; link: only web links (http, https) open.</source>
        <translation>Öffnen eines „%1:“-Links verweigert: Nur Web-Links (http, https) werden geöffnet.</translation>
    </message>
    <message>
        <source>Refused to open the link: it has no host.</source>
        <translation>Öffnen des Links verweigert: Er hat keinen Host.</translation>
    </message>
    <message>
        <source>Refused to open a link that carries a user name or password.</source>
        <translation>Öffnen eines Links mit Benutzername oder Passwort verweigert.</translation>
    </message>
    <message>
        <source>Refused to open the file: the path is not absolute.</source>
        <translation>Öffnen der Datei verweigert: Der Pfad ist nicht absolut.</translation>
    </message>
    <message>
        <source>The downloaded file is gone; download it again.</source>
        <translation>Die heruntergeladene Datei ist nicht mehr vorhanden; bitte erneut herunterladen.</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>The mapping is not valid JSON (%1 at byte %2).</source>
        <translation>Die Zuordnung ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The mapping is a JSON array, not an object.</source>
        <translation>Die Zuordnung ist ein JSON-Array, kein Objekt.</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object.</source>
        <translation>Die Zuordnung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>&quot;%1&quot; muss %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the mapping.</source>
        <translation>Unbekannter Schlüssel &quot;%1&quot; in der Zuordnung.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Unbekannter Schlüssel &quot;%1&quot; in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>&quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>&quot;%1&quot; ist leer.</translation>
    </message>
    <message>
        <source>a path string</source>
        <translation>eine Pfadangabe (Zeichenkette)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty path.</source>
        <translation>&quot;%1&quot; ist ein leerer Pfad.</translation>
    </message>
    <message>
        <source>a regular expression string</source>
        <translation>ein regulärer Ausdruck (Zeichenkette)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty regular expression.</source>
        <translation>&quot;%1&quot; ist ein leerer regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2 at offset %3.</source>
        <translation>&quot;%1&quot; ist kein gültiger regulärer Ausdruck: %2 an Position %3.</translation>
    </message>
    <message>
        <source>a path string or an object with &quot;path&quot;</source>
        <translation>eine Pfadangabe (Zeichenkette) oder ein Objekt mit &quot;path&quot;</translation>
    </message>
    <message>
        <source>&quot;%1.path&quot; is missing.</source>
        <translation>&quot;%1.path&quot; fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing: give the path of the %2 in the job JSON.</source>
        <translation>&quot;%1&quot; fehlt: den Pfad für %2 im Job-JSON angeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty list of alternatives.</source>
        <translation>&quot;%1&quot; ist eine leere Liste von Alternativen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be video, image, audio, document, text or other (got &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; muss video, image, audio, document, text oder other sein (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain {id}.</source>
        <translation>&quot;%1&quot; muss {id} enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may use {base} only at its start.</source>
        <translation>&quot;%1&quot; darf {base} nur am Anfang verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with {base} or be an http or https URL (got &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; muss mit {base} beginnen oder eine http- oder https-URL sein (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>a scheme string or an object</source>
        <translation>ein Schema (Zeichenkette) oder ein Objekt</translation>
    </message>
    <message>
        <source>&quot;auth.header&quot; must be a plain header name other than Authorization (got &quot;%1&quot;).</source>
        <translation>&quot;auth.header&quot; muss ein einfacher Header-Name außer Authorization sein (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>an object of header names and values</source>
        <translation>ein Objekt aus Header-Namen und -Werten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would replace the API key header; use &quot;auth&quot; instead.</source>
        <translation>&quot;%1&quot; würde den Header mit dem API-Schlüssel ersetzen; stattdessen &quot;auth&quot; verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break.</source>
        <translation>&quot;%1&quot; enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&quot;recommended.ratePerSecond&quot; must be a number above 0 and at most 1000.</source>
        <translation>&quot;recommended.ratePerSecond&quot; muss eine Zahl größer als 0 und höchstens 1000 sein.</translation>
    </message>
    <message>
        <source>an object of status strings and states</source>
        <translation>ein Objekt aus Status-Zeichenketten und Zuständen</translation>
    </message>
    <message>
        <source>a state name</source>
        <translation>ein Zustandsname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be queued, running, completed, failed, cancelled or unknown (got &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; muss queued, running, completed, failed, cancelled oder unknown sein (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>an object with &quot;form&quot;</source>
        <translation>ein Objekt mit &quot;form&quot;</translation>
    </message>
    <message>
        <source>&quot;progress.regex&quot; is missing.</source>
        <translation>&quot;progress.regex&quot; fehlt.</translation>
    </message>
    <message>
        <source>&quot;progress.regex&quot; must name both (?&lt;done&gt;…) and (?&lt;total&gt;…), or neither.</source>
        <translation>&quot;progress.regex&quot; muss entweder (?&lt;done&gt;…) und (?&lt;total&gt;…) beide benennen oder keines von beiden.</translation>
    </message>
    <message>
        <source>&quot;progress.regex&quot; needs a capture group for the percentage, or (?&lt;done&gt;…) and (?&lt;total&gt;…).</source>
        <translation>&quot;progress.regex&quot; benötigt eine Erfassungsgruppe für den Prozentwert oder (?&lt;done&gt;…) und (?&lt;total&gt;…).</translation>
    </message>
    <message>
        <source>&quot;progress.form&quot; must be percent, fraction, doneTotal or regex (got &quot;%1&quot;).</source>
        <translation>&quot;progress.form&quot; muss percent, fraction, doneTotal oder regex sein (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>an array of rules</source>
        <translation>ein Array von Regeln</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one of &quot;path&quot; or &quot;scan&quot;.</source>
        <translation>&quot;%1&quot; benötigt genau eines von &quot;path&quot; oder &quot;scan&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; applies to &quot;path&quot; rules, not to &quot;scan&quot;.</source>
        <translation>&quot;%1.%2&quot; gilt für &quot;path&quot;-Regeln, nicht für &quot;scan&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1.maxDepth&quot; applies to &quot;scan&quot; rules only.</source>
        <translation>&quot;%1.maxDepth&quot; gilt nur für &quot;scan&quot;-Regeln.</translation>
    </message>
    <message>
        <source>a state name or an array of them</source>
        <translation>ein Zustandsname oder ein Array davon</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list queued, running, completed, failed, cancelled or unknown (got &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; darf nur queued, running, completed, failed, cancelled oder unknown enthalten (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;errorBody&quot; needs at least one of &quot;code&quot;, &quot;message&quot; or &quot;requestId&quot;.</source>
        <translation>&quot;errorBody&quot; benötigt mindestens eines von &quot;code&quot;, &quot;message&quot; oder &quot;requestId&quot;.</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be 1.</source>
        <translation>&quot;formatVersion&quot; muss 1 sein.</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>&quot;name&quot; darf höchstens 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; enthalten (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;baseUrl&quot; must be an http or https URL (got &quot;%1&quot;).</source>
        <translation>&quot;baseUrl&quot; muss eine http- oder https-URL sein (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;timestamps&quot; must be iso, unix-seconds or unix-ms (got &quot;%1&quot;).</source>
        <translation>&quot;timestamps&quot; muss iso, unix-seconds oder unix-ms sein (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>progress: the log at &quot;%1&quot; is empty or missing</source>
        <translation>Fortschritt: das Protokoll bei „%1“ ist leer oder fehlt</translation>
    </message>
    <message numerus="yes">
        <source>progress: the regex reads the last %n character(s) of the log</source>
        <translation>
            <numerusform>Fortschritt: der reguläre Ausdruck liest das letzte Zeichen des Protokolls</numerusform>
            <numerusform>Fortschritt: der reguläre Ausdruck liest die letzten %n Zeichen des Protokolls</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;statusSynonyms&quot; maps &quot;%1&quot; to %2</source>
        <translation>&quot;statusSynonyms&quot; ordnet „%1“ %2 zu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in status word for %2</source>
        <translation>„%1“ ist ein eingebautes Statuswort für %2</translation>
    </message>
    <message>
        <source>&quot;stateFromFields&quot;: &quot;%1&quot; is present</source>
        <translation>&quot;stateFromFields&quot;: „%1“ ist vorhanden</translation>
    </message>
    <message>
        <source>the status path matched nothing, so the state is unknown and polling goes on</source>
        <translation>der Statuspfad traf nichts, daher ist der Zustand unbekannt und die Abfrage läuft weiter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in status word nor in &quot;statusSynonyms&quot;, so the state is unknown and polling goes on</source>
        <translation>„%1“ ist weder ein eingebautes Statuswort noch in &quot;statusSynonyms&quot;, daher ist der Zustand unbekannt und die Abfrage läuft weiter</translation>
    </message>
    <message>
        <source>The job failed (%1) and gave no message.</source>
        <translation>Der Job ist fehlgeschlagen (%1) und hat keine Meldung gegeben.</translation>
    </message>
    <message>
        <source>The job failed with status &quot;%1&quot; and gave no message.</source>
        <translation>Der Job ist mit dem Status „%1“ fehlgeschlagen und hat keine Meldung gegeben.</translation>
    </message>
    <message>
        <source>%1: skipped, it applies only in other states than %2</source>
        <translation>%1: übersprungen, gilt nur in anderen Zuständen als %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; matched nothing%3</source>
        <translation>%1: „%2“ traf nichts%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; gave %n URL(s)</source>
        <translation>
            <numerusform>%1: „%2“ ergab %n URL</numerusform>
            <numerusform>%1: „%2“ ergab %n URLs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; skipped, its &quot;when&quot; does not include %3</source>
        <translation>%1: „%2“ übersprungen, sein &quot;when&quot; enthält %3 nicht</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; found %3, which gives no value (blank, not a string or number, or &quot;match&quot; failed)</source>
        <translation>%1: „%2“ fand %3, das keinen Wert ergibt (leer, keine Zeichenkette oder Zahl, oder &quot;match&quot; schlug fehl)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; found %3 and reads &quot;%4&quot;</source>
        <translation>%1: „%2“ fand %3 und liest „%4“</translation>
    </message>
    <message>
        <source>state: %1, because %2</source>
        <translation>Zustand: %1, weil %2</translation>
    </message>
    <message>
        <source>the status path &quot;%1&quot; matched nothing in this response, so the state is unknown%2</source>
        <translation>der Statuspfad „%1“ traf in dieser Antwort nichts, daher ist der Zustand unbekannt%2</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>an array of {&quot;present&quot;: PATH, &quot;state&quot;: STATE} rules</source>
        <translation>ein Array von Regeln {&quot;present&quot;: PFAD, &quot;state&quot;: ZUSTAND}</translation>
    </message>
    <message>
        <source>an object {&quot;present&quot;: PATH, &quot;state&quot;: STATE}</source>
        <translation>ein Objekt {&quot;present&quot;: PFAD, &quot;state&quot;: ZUSTAND}</translation>
    </message>
    <message>
        <source>&quot;%1.present&quot; is missing: give the path of the value whose presence decides the state.</source>
        <translation>&quot;%1.present&quot; fehlt: geben Sie den Pfad des Werts an, dessen Vorhandensein den Zustand bestimmt.</translation>
    </message>
    <message>
        <source>&quot;%1.state&quot; must be queued, running, completed, failed or cancelled (got &quot;%2&quot;).</source>
        <translation>&quot;%1.state&quot; muss queued, running, completed, failed oder cancelled sein (war „%2“).</translation>
    </message>
    <message>
        <source>&quot;auth.scheme&quot; must be bearer, key, jwt-hs256 or header (got &quot;%1&quot;).</source>
        <translation>&quot;auth.scheme&quot; muss bearer, key, jwt-hs256 oder header sein (war „%1“).</translation>
    </message>
    <message>
        <source>an object of names and fields</source>
        <translation>ein Objekt aus Namen und Feldern</translation>
    </message>
    <message>
        <source>&quot;vars.%1&quot; needs a name of letters, digits and &apos;_&apos; that starts with a letter and is not &quot;id&quot; or &quot;base&quot;.</source>
        <translation>&quot;vars.%1&quot; braucht einen Namen aus Buchstaben, Ziffern und &apos;_&apos;, der mit einem Buchstaben beginnt und nicht &quot;id&quot; oder &quot;base&quot; ist.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot have &quot;when&quot;, because the state is read after it; remove &quot;when&quot;.</source>
        <translation>&quot;%1&quot; kann kein &quot;when&quot; haben, weil der Zustand erst danach gelesen wird; entfernen Sie &quot;when&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &quot;[&quot; without &quot;]&quot; in &quot;%2&quot;; write an array index as &quot;[0]&quot; or &quot;.0&quot;.</source>
        <translation>&quot;%1&quot; hat in „%2“ ein „[“ ohne „]“; schreiben Sie einen Array-Index als &quot;[0]&quot; oder &quot;.0&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;[%2]&quot; in &quot;%3&quot; is not an array index; write a number (&quot;[0]&quot;, &quot;[-1]&quot; for the last entry) or &quot;[*]&quot; for every entry.</source>
        <translation>&quot;%1&quot;: „[%2]“ in „%3“ ist kein Array-Index; schreiben Sie eine Zahl (&quot;[0]&quot;, &quot;[-1]&quot; für den letzten Eintrag) oder &quot;[*]&quot; für jeden Eintrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the key &quot;%2&quot; in &quot;%3&quot; contains a dot; write the path as a JSON Pointer (&quot;/a/b.c&quot;).</source>
        <translation>&quot;%1&quot;: der Schlüssel „%2“ in „%3“ enthält einen Punkt; schreiben Sie den Pfad als JSON Pointer (&quot;/a/b.c&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the path &quot;%2&quot; has an empty step; did you mean &quot;%3&quot;?</source>
        <translation>&quot;%1&quot;: der Pfad „%2“ hat einen leeren Schritt; meinten Sie „%3“?</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is the whole response; give the path of a value in it.</source>
        <translation>&quot;%1&quot;: „%2“ ist die ganze Antwort; geben Sie den Pfad eines Werts darin an.</translation>
    </message>
    <message>
        <source>&quot;%1.format&quot; must contain {value}, which stands for the value read (e.g. &quot;Queue position {value}&quot;).</source>
        <translation>&quot;%1.format&quot; muss {value} enthalten, das für den gelesenen Wert steht (z. B. &quot;Warteschlangenplatz {value}&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain {id} or one of the &quot;vars&quot; (%2).</source>
        <translation>&quot;%1&quot; muss {id} oder eine der &quot;vars&quot; (%2) enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown placeholder {%2}; only {base} and {id} are known here.</source>
        <translation>&quot;%1&quot; hat einen unbekannten Platzhalter {%2}; hier sind nur {base} und {id} bekannt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown placeholder {%2}; known are {base}, {id} and the &quot;vars&quot; %3.</source>
        <translation>&quot;%1&quot; hat einen unbekannten Platzhalter {%2}; bekannt sind {base}, {id} und die &quot;vars&quot; %3.</translation>
    </message>
    <message>
        <source>the answer has no value at &quot;%1&quot; (resolve.path)</source>
        <translation>die Antwort hat keinen Wert bei „%1“ (resolve.path)</translation>
    </message>
    <message>
        <source>the value at &quot;%1&quot; is not an http(s) URL: %2</source>
        <translation>der Wert bei „%1“ ist keine http(s)-URL: %2</translation>
    </message>
    <message>
        <source>an object with &quot;url&quot; and &quot;path&quot;</source>
        <translation>ein Objekt mit „url“ und „path“</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; gave %n base64 result(s)</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; ergab %n base64-Ergebnis</numerusform>
            <numerusform>%1: &quot;%2&quot; ergab %n base64-Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: item %2</source>
        <translation>%1: Eintrag %2</translation>
    </message>
    <message>
        <source>%1 is not text, so it is not base64 data</source>
        <translation>%1 ist kein Text und damit keine base64-Daten</translation>
    </message>
    <message>
        <source>%1 is not valid base64 data (%2 characters)</source>
        <translation>%1 sind keine gültigen base64-Daten (%2 Zeichen)</translation>
    </message>
    <message>
        <source>&quot;url&quot; or &quot;base64&quot;</source>
        <translation>&quot;url&quot; oder &quot;base64&quot;</translation>
    </message>
    <message>
        <source>&quot;%1.encoding&quot; must be &quot;url&quot; (the default) or &quot;base64&quot; (got &quot;%2&quot;).</source>
        <translation>&quot;%1.encoding&quot; muss &quot;url&quot; (Standard) oder &quot;base64&quot; sein (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1.encoding&quot;: base64 results need a &quot;path&quot; rule; a &quot;scan&quot; finds URLs only.</source>
        <translation>&quot;%1.encoding&quot;: base64-Ergebnisse brauchen eine &quot;path&quot;-Regel; ein &quot;scan&quot; findet nur URLs.</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; does not apply to base64 results: they have no link of their own, and their size is that of the data.</source>
        <translation>&quot;%1.%2&quot; gilt nicht für base64-Ergebnisse: Sie haben keinen eigenen Link, und ihre Größe ist die der Daten.</translation>
    </message>
    <message>
        <source>&quot;stateFromFields&quot;: &quot;%1&quot; is &quot;%2&quot;, which matches &quot;%3&quot;</source>
        <translation>&quot;stateFromFields&quot;: „%1“ ist „%2“ und passt zu „%3“</translation>
    </message>
    <message>
        <source>the answer has no number at &quot;%1&quot; (balance.path)</source>
        <translation>Die Antwort hat keine Zahl bei „%1“ (balance.path)</translation>
    </message>
    <message>
        <source>an object with &quot;url&quot;, &quot;path&quot; and &quot;unit&quot;</source>
        <translation>ein Objekt mit „url“, „path“ und „unit“</translation>
    </message>
    <message>
        <source>&quot;balance.url&quot; must start with {base} or be an http(s) URL (got &quot;%1&quot;).</source>
        <translation>„balance.url“ muss mit {base} beginnen oder eine http(s)-URL sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>&quot;balance.url&quot; knows only {base}, at its start (got &quot;%1&quot;).</source>
        <translation>„balance.url“ kennt nur {base}, an seinem Anfang (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>an object of input names and fields</source>
        <translation>ein Objekt aus Eingabenamen und Feldern</translation>
    </message>
    <message>
        <source>&quot;input.%1&quot; needs a name of up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; that starts with a letter.</source>
        <translation>„input.%1“ braucht einen Namen aus höchstens 64 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, der mit einem Buchstaben beginnt.</translation>
    </message>
    <message>
        <source>&quot;input&quot; names no input: give fields such as &quot;prompt&quot;: &quot;input.prompt&quot;, or &quot;*&quot;: the path of an object whose members are the inputs.</source>
        <translation>„input“ nennt keine Eingabe: Geben Sie Felder wie &quot;prompt&quot;: &quot;input.prompt&quot; an, oder &quot;*&quot;: den Pfad eines Objekts, dessen Einträge die Eingaben sind.</translation>
    </message>
    <message>
        <source>input.*: &quot;%1&quot; is not an object here, so it gives no inputs</source>
        <translation>input.*: „%1“ ist hier kein Objekt und liefert daher keine Eingaben</translation>
    </message>
    <message>
        <source>an object with &quot;value&quot; and &quot;unit&quot;</source>
        <translation>ein Objekt mit &quot;value&quot; und &quot;unit&quot;</translation>
    </message>
    <message>
        <source>&quot;cost.unit&quot; must be &quot;seconds&quot; (compute time), &quot;credits&quot; or a currency code in capitals such as &quot;USD&quot; (got &quot;%1&quot;).</source>
        <translation>&quot;cost.unit&quot; muss &quot;seconds&quot; (Rechenzeit), &quot;credits&quot; oder ein Währungscode in Großbuchstaben wie &quot;USD&quot; sein (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain query parameter name (got &quot;%2&quot;).</source>
        <translation>„%1“ muss ein einfacher Query-Parametername sein (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>an object of query parameters and values</source>
        <translation>ein Objekt aus Query-Parametern und Werten</translation>
    </message>
    <message>
        <source>an object: {&quot;url&quot;: PATH}, {&quot;cursor&quot;: PATH, &quot;param&quot;: NAME} or {&quot;offset&quot;: NAME}</source>
        <translation>ein Objekt: {&quot;url&quot;: PFAD}, {&quot;cursor&quot;: PFAD, &quot;param&quot;: NAME} oder {&quot;offset&quot;: NAME}</translation>
    </message>
    <message>
        <source>&quot;list.next&quot; needs exactly one of &quot;url&quot; (the path of the next page&apos;s URL), &quot;cursor&quot; (the path of the next cursor, with &quot;param&quot;) or &quot;offset&quot; (the offset parameter&apos;s name).</source>
        <translation>„list.next“ braucht genau eines von „url“ (der Pfad der URL der nächsten Seite), „cursor“ (der Pfad des nächsten Cursors, mit „param“) oder „offset“ (der Name des Offset-Parameters).</translation>
    </message>
    <message>
        <source>&quot;list.next.param&quot; belongs to a &quot;cursor&quot;; a &quot;url&quot; is followed as it is.</source>
        <translation>„list.next.param“ gehört zu einem „cursor“; einer „url“ wird so gefolgt, wie sie ist.</translation>
    </message>
    <message>
        <source>&quot;list.next.param&quot; belongs to a &quot;cursor&quot;; &quot;offset&quot; names its parameter itself.</source>
        <translation>„list.next.param“ gehört zu einem „cursor“; „offset“ nennt seinen Parameter selbst.</translation>
    </message>
    <message>
        <source>&quot;list.next.offset&quot; needs &quot;list.limitParam&quot; and &quot;list.pageSize&quot;, to know where a page ends.</source>
        <translation>„list.next.offset“ braucht „list.limitParam“ und „list.pageSize“, um zu wissen, wo eine Seite endet.</translation>
    </message>
    <message>
        <source>an object with &quot;url&quot;, &quot;items&quot; and &quot;next&quot;</source>
        <translation>ein Objekt mit „url“, „items“ und „next“</translation>
    </message>
    <message>
        <source>&quot;list.url&quot; may use only {base}, at its start (got &quot;%1&quot;).</source>
        <translation>„list.url“ darf nur {base} verwenden, an seinem Anfang (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>&quot;list.url&quot; must start with {base} or be an http or https URL (got &quot;%1&quot;).</source>
        <translation>„list.url“ muss mit {base} beginnen oder eine http- oder https-URL sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>&quot;list.items&quot; is missing: give the path of the array of jobs in a list answer.</source>
        <translation>„list.items“ fehlt: Geben Sie den Pfad des Job-Arrays in einer Listenantwort an.</translation>
    </message>
    <message>
        <source>&quot;list.pageSize&quot; and &quot;list.limitParam&quot; go together: the page size and the parameter that asks for it.</source>
        <translation>„list.pageSize“ und „list.limitParam“ gehören zusammen: die Seitengröße und der Parameter, der sie anfragt.</translation>
    </message>
    <message>
        <source>&quot;list.next&quot; is missing: say how the next page is found.</source>
        <translation>„list.next“ fehlt: Geben Sie an, wie die nächste Seite gefunden wird.</translation>
    </message>
    <message>
        <source>the list answer has nothing at &quot;%1&quot;%2</source>
        <translation>Die Antwort der Liste hat nichts unter „%1“%2</translation>
    </message>
    <message>
        <source>the list answer&apos;s &quot;%1&quot; is not an array</source>
        <translation>„%1“ in der Antwort der Liste ist kein Array</translation>
    </message>
    <message>
        <source>the list answer&apos;s next page &quot;%1&quot; is not an http(s) URL</source>
        <translation>Die nächste Seite „%1“ in der Antwort der Liste ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>&quot;balance.unit&quot; must be credits, usd or usd-cents (got &quot;%1&quot;).</source>
        <translation>„balance.unit“ muss credits, usd oder usd-cents sein (erhalten: „%1“).</translation>
    </message>
</context>
<context>
    <name>MimeIntake</name>
    <message>
        <source>%1 is larger than %2 MiB; it was not read</source>
        <translation>%1 ist größer als %2 MiB und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Job finished</source>
        <translation>Job abgeschlossen</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Job fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation>
            <numerusform>%n Job abgeschlossen</numerusform>
            <numerusform>%n Jobs abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n Job fehlgeschlagen</numerusform>
            <numerusform>%n Jobs fehlgeschlagen</numerusform>
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
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 finished</source>
        <comment>profile: job ID finished</comment>
        <translation>%1: %2 abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2 failed</source>
        <comment>profile: job ID failed</comment>
        <translation>%1: %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <comment>profile: job ID failed: reason</comment>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>after the first few jobs of a notification</comment>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>The response is a JSON string, not a job object.</source>
        <translation>Die Antwort ist eine JSON-Zeichenkette, kein Job-Objekt.</translation>
    </message>
    <message>
        <source>The response is a JSON number, not a job object.</source>
        <translation>Die Antwort ist eine JSON-Zahl, kein Job-Objekt.</translation>
    </message>
    <message>
        <source>The response is a JSON boolean, not a job object.</source>
        <translation>Die Antwort ist ein JSON-Wahrheitswert, kein Job-Objekt.</translation>
    </message>
    <message>
        <source>The response is JSON null, not a job object.</source>
        <translation>Die Antwort ist JSON null, kein Job-Objekt.</translation>
    </message>
    <message>
        <source>The response has no job ID that the %1 dialect recognises.</source>
        <translation>Die Antwort enthält keine Job-ID, die der Dialekt %1 erkennt.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>Der Antworttext ist leer.</translation>
    </message>
    <message>
        <source>The response body is %1 bytes, more than the %2-byte limit.</source>
        <translation>Der Antworttext ist %1 Byte groß und überschreitet das Limit von %2 Byte.</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The response is a JSON array, not a job object.</source>
        <translation>Die Antwort ist ein JSON-Array, kein Job-Objekt.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The response has no job ID, which the %1 mapping allows; give the ID it was asked for (inspect --id ID).</source>
        <translation>Die Antwort hat keine Job-ID, was die Zuordnung %1 erlaubt; geben Sie die angefragte ID an (inspect --id ID).</translation>
    </message>
    <message>
        <source>… (%1 characters not kept)</source>
        <translation>… (%1 Zeichen nicht behalten)</translation>
    </message>
    <message numerus="yes">
        <source>dropped %n link(s) that are not http or https (relative or malformed)</source>
        <translation>
            <numerusform>%n Link verworfen, der nicht http oder https ist (relativ oder fehlerhaft)</numerusform>
            <numerusform>%n Links verworfen, die nicht http oder https sind (relativ oder fehlerhaft)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dropped %n link(s) that are not http or https: %1</source>
        <translation>
            <numerusform>%n Link verworfen, der nicht http oder https ist: %1</numerusform>
            <numerusform>%n Links verworfen, die nicht http oder https sind: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs an id</source>
        <translation>ein Profil braucht eine ID</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; needs a name</source>
        <translation>Profil „%1“ braucht einen Namen</translation>
    </message>
    <message>
        <source>another profile is already named &quot;%1&quot;</source>
        <translation>ein anderes Profil heißt bereits „%1“</translation>
    </message>
    <message>
        <source>the file is too large for a profile list (%1 KiB; at most %2 KiB)</source>
        <translation>die Datei ist zu groß für eine Profilliste (%1 KiB; höchstens %2 KiB)</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>not a Jobwatch profile export (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>kein Jobwatch-Profilexport (erwartet: &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unsupported profile export version %1</source>
        <translation>nicht unterstützte Profilexport-Version %1</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an array</source>
        <translation>&quot;profiles&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>contains a key; exports never hold keys, so this file was not made by Jobwatch</source>
        <translation>enthält einen Schlüssel; Exporte enthalten nie Schlüssel, daher stammt diese Datei nicht von Jobwatch</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation>Importiert: %1 hinzugefügt, %2 ersetzt, %3 übersprungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; skipped</source>
        <translation>„%1“ existiert bereits; übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; replaced (its saved key is kept)</source>
        <translation>„%1“ ersetzt (der gespeicherte Schlüssel bleibt erhalten)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>profile name, copy number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;poll.%1&quot; must be a number from %2 to %3</source>
        <translation>&quot;poll.%1&quot; muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>a profile needs a &quot;name&quot;</source>
        <translation>ein Profil braucht einen &quot;name&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;mapping&quot; must be an object</source>
        <translation>Profil „%1“: &quot;mapping&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: invalid mapping: %2</source>
        <translation>Profil „%1“: ungültige Zuordnung: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: unknown dialect &quot;%2&quot; (known: %3)</source>
        <translation>Profil „%1“: unbekannter Dialekt „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;baseUrl&quot; is not a valid URL</source>
        <translation>Profil „%1“: &quot;baseUrl&quot; ist keine gültige URL</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;poll&quot; must be an object</source>
        <translation>Profil „%1“: &quot;poll&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;poll.adaptive&quot; must be true or false</source>
        <translation>Profil „%1“: &quot;poll.adaptive&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Einen Namen eingeben.</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Choose a dialect or preset.</source>
        <translation>Einen Dialekt oder eine Vorlage wählen.</translation>
    </message>
    <message>
        <source>The mapping is invalid: %1</source>
        <translation>Die Zuordnung ist ungültig: %1</translation>
    </message>
    <message>
        <source>Enter the API&apos;s base URL.</source>
        <translation>Die Basis-URL der API eingeben.</translation>
    </message>
    <message>
        <source>Not a valid http(s) URL.</source>
        <translation>Keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for localhost; use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur für localhost erlaubt; https:// verwenden.</translation>
    </message>
    <message>
        <source>saved profile %1 skipped: %2</source>
        <translation>gespeichertes Profil %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>not a profile object</source>
        <translation>kein Profilobjekt</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;auth&quot; must be {&quot;scheme&quot;: &quot;bearer&quot;|&quot;key&quot;|&quot;jwt-hs256&quot;|&quot;header&quot;, &quot;header&quot;: NAME}</source>
        <translation>Profil „%1“: &quot;auth&quot; muss {&quot;scheme&quot;: &quot;bearer&quot;|&quot;key&quot;|&quot;jwt-hs256&quot;|&quot;header&quot;, &quot;header&quot;: NAME} sein</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;onFinish&quot;: %2</source>
        <translation>Profil „%1“: „onFinish“: %2</translation>
    </message>
    <message>
        <source>the secret key is missing (this profile signs a token from an access key and a secret key): %1</source>
        <translation>der geheime Schlüssel fehlt (dieses Profil signiert ein Token aus einem Zugriffsschlüssel und einem geheimen Schlüssel): %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>environment variable %1 is not set or empty</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>Warning: API keys are stored unencrypted in %1 (readable by your user account only).</source>
        <translation>Warnung: API-Schlüssel werden unverschlüsselt in %1 gespeichert (nur für das eigene Benutzerkonto lesbar).</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>Schlüsseldatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the key file %1 is readable by others; refusing to use it (chmod 600 it)</source>
        <translation>die Schlüsseldatei %1 ist für andere lesbar und wird daher nicht verwendet (chmod 600 darauf anwenden)</translation>
    </message>
    <message>
        <source>cannot write the key file %1</source>
        <translation>Schlüsseldatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the key file %1: %2</source>
        <translation>Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no API key is saved for this profile</source>
        <translation>für dieses Profil ist kein API-Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>access to the keychain was denied</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>the key could not be deleted from the keychain: %1</source>
        <translation>der Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1)</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>kein Secret Service auf dem Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot read the settings file %1</source>
        <translation>Einstellungsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the settings file %1 is not valid JSON (%2); it is left untouched</source>
        <translation>die Einstellungsdatei %1 ist kein gültiges JSON (%2); sie bleibt unverändert</translation>
    </message>
    <message>
        <source>the settings file %1 was written by a newer version (%2); it is left untouched</source>
        <translation>die Einstellungsdatei %1 wurde von einer neueren Version (%2) geschrieben; sie bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot write the settings file %1: %2</source>
        <translation>Einstellungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>wird beobachtet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>timed out locally</source>
        <translation>lokal abgelaufen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>throttled by provider</source>
        <translation>vom Anbieter gedrosselt</translation>
    </message>
    <message>
        <source>aborted</source>
        <comment>the provider gave up on the job before it started</comment>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>The provider aborted the job before it started: its deadline passed.</source>
        <translation>Der Anbieter hat den Job vor dem Start verworfen: Seine Frist war abgelaufen.</translation>
    </message>
    <message>
        <source>next in queue</source>
        <translation>als Nächstes an der Reihe</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <comment>place in the provider&apos;s queue</comment>
        <translation>Platz %1 in der Warteschlange</translation>
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
        <translation>Vom Anbieter gedrosselt seit %1</translation>
    </message>
    <message>
        <source>Queued for %1</source>
        <translation>In der Warteschlange seit %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>In this state for %1</source>
        <translation>In diesem Zustand seit %1</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>The image file %1 is missing</source>
        <translation>Die Bilddatei %1 fehlt</translation>
    </message>
    <message>
        <source>The image could not be decoded (corrupt or unsupported)</source>
        <translation>Das Bild konnte nicht dekodiert werden (beschädigt oder nicht unterstützt)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>watching again</source>
        <translation>wird wieder beobachtet</translation>
    </message>
    <message>
        <source>finish command</source>
        <comment>timeline: the program run when the job ended</comment>
        <translation>Programm bei Ende</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier change(s)</source>
        <comment>timeline: entries dropped to keep it short</comment>
        <translation>
            <numerusform>… %n frühere Änderung</numerusform>
            <numerusform>… %n frühere Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::AboutDialog</name>
    <message>
        <source>About Jobwatch</source>
        <translation>Über Jobwatch</translation>
    </message>
    <message>
        <source>Watches the asynchronous jobs of generative-AI APIs within each provider&apos;s rate limit, shows their progress live and previews their results. API keys stay in the system keychain.</source>
        <translation>Beobachtet die asynchronen Jobs von APIs generativer KI im Rahmen der Ratenlimits jedes Anbieters, zeigt ihren Fortschritt live und ihre Ergebnisse in der Vorschau. API-Schlüssel bleiben im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
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
        <translation>Qt %1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>API keys: plaintext key file (opt-in), %1</source>
        <translation>API-Schlüssel: Klartext-Schlüsseldatei (ausdrücklich gewählt), %1</translation>
    </message>
    <message>
        <source>API keys: system keychain (Secret Service or KWallet) through QtKeychain %1</source>
        <translation>API-Schlüssel: Schlüsselbund des Systems (Secret Service oder KWallet) über QtKeychain %1</translation>
    </message>
</context>
<context>
    <name>jw::ActionsDelegate</name>
    <message>
        <source>Stop watching (the server job is not touched)</source>
        <translation>Beobachtung anhalten (der Job auf dem Server bleibt unberührt)</translation>
    </message>
    <message>
        <source>Resume watching from now</source>
        <translation>Beobachtung ab jetzt fortsetzen</translation>
    </message>
    <message>
        <source>Retry: poll again from now</source>
        <translation>Erneut versuchen: ab jetzt wieder abfragen</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
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
        <translation>Abfrage-URL</translation>
    </message>
    <message>
        <source>enqueue response</source>
        <translation>Einreihungsantwort</translation>
    </message>
    <message>
        <source>Add Jobs</source>
        <translation>Jobs hinzufügen</translation>
    </message>
    <message>
        <source>Paste job IDs, poll URLs or enqueue responses (JSON), in any mix:</source>
        <translation>Job-IDs, Abfrage-URLs oder Einreihungsantworten (JSON) einfügen, beliebig gemischt:</translation>
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
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Recognised:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Automatic (by URL, then by ID shape)</source>
        <translation>Automatisch (nach URL, dann nach ID-Form)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>new, from %1</source>
        <translation>neu, aus %1</translation>
    </message>
    <message>
        <source>already watched; ignored</source>
        <translation>wird bereits beobachtet; ignoriert</translation>
    </message>
    <message>
        <source>fits several profiles: choose one</source>
        <translation>passt zu mehreren Profilen: eines wählen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message numerus="yes">
        <source>%1. Choose a profile for %n job(s) in the list, or pick one profile above.</source>
        <translation>
            <numerusform>%1. Ein Profil für %n Job in der Liste wählen oder oben ein Profil für alle festlegen.</numerusform>
            <numerusform>%1. Ein Profil für %n Jobs in der Liste wählen oder oben ein Profil für alle festlegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 MB of text…</source>
        <translation>%1 MB Text werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more job(s)</source>
        <translation>
            <numerusform>… und %n weiterer Job</numerusform>
            <numerusform>… und %n weitere Jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>jw::ArchiveInfo</name>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the archived files in the file manager</source>
        <translation>Die archivierten Dateien im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) saved in %1</source>
        <translation>
            <numerusform>%n Ergebnis gespeichert in %1</numerusform>
            <numerusform>%n Ergebnisse gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving to the archive…</source>
        <translation>Wird im Archiv gespeichert …</translation>
    </message>
    <message>
        <source>%1 — the archived copy stays</source>
        <comment>link expiry hint, then that the archive keeps the file</comment>
        <translation>%1 – die archivierte Kopie bleibt</translation>
    </message>
    <message>
        <source>%1: save it before then</source>
        <comment>link expiry hint</comment>
        <translation>%1: vorher speichern</translation>
    </message>
</context>
<context>
    <name>jw::ArtifactPreview</name>
    <message>
        <source>Could not download the result</source>
        <translation>Ergebnis konnte nicht heruntergeladen werden</translation>
    </message>
    <message>
        <source>Too big to preview</source>
        <translation>Zu groß für eine Vorschau</translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation>Link abgelaufen – zum Erneuern erneut abfragen</translation>
    </message>
    <message>
        <source>This link is not allowed</source>
        <translation>Dieser Link ist nicht erlaubt</translation>
    </message>
    <message>
        <source>The server refused the download</source>
        <translation>Der Server hat den Download verweigert</translation>
    </message>
    <message>
        <source>Could not store the download</source>
        <translation>Download konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Download abgebrochen</translation>
    </message>
    <message>
        <source>This audio format cannot be played here</source>
        <translation>Dieses Audioformat kann hier nicht abgespielt werden</translation>
    </message>
    <message>
        <source>This video format cannot be played here</source>
        <translation>Dieses Videoformat kann hier nicht abgespielt werden</translation>
    </message>
    <message>
        <source>The image could not be decoded</source>
        <translation>Das Bild konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Check the connection, then try again.</source>
        <translation>Verbindung prüfen und dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Open it externally, or raise the download limit in Settings.</source>
        <translation>Extern öffnen oder das Download-Limit in den Einstellungen erhöhen.</translation>
    </message>
    <message>
        <source>Signed download links are valid for a limited time. Polling the job again fetches fresh ones.</source>
        <translation>Signierte Download-Links sind nur begrenzt gültig. Eine erneute Abfrage des Jobs liefert neue.</translation>
    </message>
    <message>
        <source>Only web links (http, https) are downloaded.</source>
        <translation>Nur Web-Links (http, https) werden heruntergeladen.</translation>
    </message>
    <message>
        <source>Free some disk space or check the cache folder&apos;s permissions, then try again.</source>
        <translation>Speicherplatz freigeben oder die Berechtigungen des Cache-Ordners prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Open it externally in a player that supports it.</source>
        <translation>Extern in einem Player öffnen, der das Format unterstützt.</translation>
    </message>
    <message>
        <source>The file may be damaged or incomplete. Try downloading it again.</source>
        <translation>Die Datei ist möglicherweise beschädigt oder unvollständig. Bitte erneut herunterladen.</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Noch nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Poll again</source>
        <translation>Erneut abfragen</translation>
    </message>
    <message>
        <source>Ask the provider for the job again; it answers with fresh download links</source>
        <translation>Den Anbieter erneut nach dem Job fragen; er antwortet mit neuen Download-Links</translation>
    </message>
    <message>
        <source>Polling the job for fresh links…</source>
        <translation>Job wird nach neuen Links abgefragt…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Wird heruntergeladen… %1</translation>
    </message>
    <message>
        <source>HTTP %1. %2</source>
        <translation>HTTP %1. %2</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the result to a file</source>
        <translation>Ergebnis in eine Datei speichern</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Extern öffnen</translation>
    </message>
    <message>
        <source>Open in the desktop&apos;s default application</source>
        <translation>Mit der Standardanwendung der Arbeitsumgebung öffnen</translation>
    </message>
    <message>
        <source>Nothing to save yet: the file is not downloaded.</source>
        <translation>Noch nichts zu speichern: Die Datei ist nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Could not save to %1.</source>
        <translation>Speichern in %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <source>Downloading before saving…</source>
        <translation>Wird vor dem Speichern heruntergeladen…</translation>
    </message>
    <message>
        <source>No application could open the link.</source>
        <translation>Keine Anwendung konnte den Link öffnen.</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for this download after the job had completed.</source>
        <translation>Der Server antwortete auf diesen Download mit HTTP %1, nachdem der Job fertig war.</translation>
    </message>
</context>
<context>
    <name>jw::AudioPreview</name>
    <message>
        <source>The media backend could not open the file.</source>
        <translation>Das Medien-Backend konnte die Datei nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>jw::BalanceRow</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the balance again (at most once a minute)</source>
        <translation>Das Guthaben erneut lesen (höchstens einmal pro Minute)</translation>
    </message>
    <message>
        <source>%1 (read at %2)</source>
        <translation>%1 (gelesen um %2)</translation>
    </message>
    <message>
        <source>The balance could not be read at %1: %2. Polling is not affected.</source>
        <translation>Das Guthaben ließ sich um %1 nicht lesen: %2. Die Abfragen laufen unverändert weiter.</translation>
    </message>
    <message>
        <source>Not read yet; reading at %1</source>
        <translation>Noch nicht gelesen; Abruf um %1</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <source>Next reading at %1</source>
        <translation>Nächster Abruf um %1</translation>
    </message>
</context>
<context>
    <name>jw::CompareAction</name>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Show the results of the selected jobs side by side</source>
        <translation>Die Ergebnisse der ausgewählten Jobs nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Select 2 to 4 completed jobs with an image or video result to compare them.</source>
        <translation>Wählen Sie 2 bis 4 abgeschlossene Jobs mit einem Bild- oder Videoergebnis, um sie zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Compare shows at most 4 jobs; %n are selected.</source>
        <translation>
            <numerusform>Vergleichen zeigt höchstens 4 Jobs; %n ist ausgewählt.</numerusform>
            <numerusform>Vergleichen zeigt höchstens 4 Jobs; %n sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selected job is no longer in the list.</source>
        <translation>Ein ausgewählter Job ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>%1 has not completed.</source>
        <translation>%1 ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 has no image or video result.</source>
        <translation>%1 hat kein Bild- oder Videoergebnis.</translation>
    </message>
</context>
<context>
    <name>jw::CompareView</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n job(s)</source>
        <translation>
            <numerusform>%n Job vergleichen</numerusform>
            <numerusform>%n Jobs vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Plays, pauses and seeks every video together</source>
        <translation>Spielt, pausiert und spult alle Videos gemeinsam</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit every image into its view</source>
        <translation>Jedes Bild in seine Ansicht einpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show every image at its actual size</source>
        <translation>Jedes Bild in Originalgröße zeigen</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move: all images follow.</source>
        <translation>Mausrad zum Zoomen, Ziehen zum Verschieben: alle Bilder folgen.</translation>
    </message>
</context>
<context>
    <name>jw::DashboardAction</name>
    <message>
        <source>Open in provider dashboard</source>
        <translation>Im Dashboard des Anbieters öffnen</translation>
    </message>
    <message>
        <source>Open the provider&apos;s web page for this job in the browser</source>
        <translation>Die Webseite des Anbieters zu diesem Job im Browser öffnen</translation>
    </message>
    <message>
        <source>Could not open %1 in the browser</source>
        <translation>%1 konnte nicht im Browser geöffnet werden</translation>
    </message>
</context>
<context>
    <name>jw::DetailsPane</name>
    <message>
        <source>No job selected</source>
        <translation>Kein Job ausgewählt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the job ID</source>
        <translation>Job-ID kopieren</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Last poll:</source>
        <translation>Letzte Abfrage:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>Last HTTP status:</source>
        <translation>Letzter HTTP-Status:</translation>
    </message>
    <message>
        <source>Next poll:</source>
        <translation>Nächste Abfrage:</translation>
    </message>
    <message>
        <source>ETA:</source>
        <translation>Restzeit:</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the status request as a curl command; the API key is redacted</source>
        <translation>Die Statusanfrage als curl-Befehl kopieren; der API-Schlüssel wird unkenntlich gemacht</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>wartet auf die erste Antwort</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <comment>state (raw status)</comment>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>server state, local state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: pause reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2%</source>
        <comment>state, progress percent</comment>
        <translation>%1, %2 %</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>state, provider step or message</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>now (request in flight)</source>
        <translation>jetzt (Anfrage läuft)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keine (%1)</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s (%1)</source>
        <translation>
            <numerusform>in %n s (%1)</numerusform>
            <numerusform>in %n s (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the job ID</source>
        <translation>Job-ID kopiert</translation>
    </message>
    <message>
        <source>Copied the curl command</source>
        <translation>curl-Befehl kopiert</translation>
    </message>
    <message>
        <source>Copied the curl command (key redacted)</source>
        <translation>curl-Befehl kopiert (Schlüssel unkenntlich gemacht)</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <comment>a time Jobwatch saw, not one the provider gave</comment>
        <translation>%1 (beobachtet)</translation>
    </message>
    <message>
        <source>In this state:</source>
        <translation>In diesem Zustand:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>server state, place in the provider&apos;s queue</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What the provider reports the job cost: the time its machines worked on it, credits or money. An estimate is marked as one.</source>
        <translation>Was der Anbieter als Kosten des Jobs meldet: die Zeit, die seine Rechner daran gearbeitet haben, Credits oder Geld. Eine Schätzung ist als solche gekennzeichnet.</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
</context>
<context>
    <name>jw::DroppedInputDialog</name>
    <message>
        <source>Not Added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>These lines gave no job, or held something that could not be used:</source>
        <translation>Diese Zeilen ergaben keinen Job oder enthielten etwas, das nicht verwendet werden konnte:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>and %n more line(s) without a job, not listed</source>
        <translation>
            <numerusform>und %n weitere Zeile ohne Job, nicht aufgeführt</numerusform>
            <numerusform>und %n weitere Zeilen ohne Job, nicht aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::DroppedInputNotice</name>
    <message>
        <source>Show the lines that were not added, and why</source>
        <translation>Die nicht hinzugefügten Zeilen und den Grund zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the notice about lines not added</source>
        <translation>Den Hinweis auf nicht hinzugefügte Zeilen ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n Zeile nicht erkannt</numerusform>
            <numerusform>%n Zeilen nicht erkannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation>
            <numerusform>%n Eintrag nicht verwendbar</numerusform>
            <numerusform>%n Einträge nicht verwendbar</numerusform>
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
        <translation>Symbol und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the job counts</source>
        <translation>Ein Symbol im System&amp;abschnitt der Leiste mit den Job-Zahlen zeigen</translation>
    </message>
    <message>
        <source>&amp;Notify when jobs finish or fail (jobs that end together make one notification)</source>
        <translation>&amp;Benachrichtigen, wenn Jobs enden oder fehlschlagen (gemeinsam endende Jobs ergeben eine Benachrichtigung)</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>In der Leiste weiter beobachten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Closing the window while jobs run:</source>
        <translation>&amp;Fenster schließen, während Jobs laufen:</translation>
    </message>
    <message>
        <source>When a job ends</source>
        <translation>Wenn ein Job endet</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>example command</comment>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Run this &amp;program:</source>
        <translation>Dieses Programm &amp;ausführen:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Stop it after:</source>
        <translation>&amp;Abbrechen nach:</translation>
    </message>
    <message>
        <source>Placeholders: %1. The program and its arguments are split once, here; each placeholder is replaced inside its own argument and nothing goes through a shell. Its exit status and the end of its error output appear in the job&apos;s timeline. A profile can have its own program (Profiles).</source>
        <translation>Platzhalter: %1. Programm und Argumente werden einmal, hier, getrennt; jeder Platzhalter wird innerhalb seines eigenen Arguments ersetzt, und nichts läuft über eine Shell. Exit-Status und das Ende der Fehlerausgabe erscheinen im Verlauf des Jobs. Ein Profil kann ein eigenes Programm haben (Profile).</translation>
    </message>
    <message>
        <source>Run this program: %1</source>
        <translation>Programm ausführen: %1</translation>
    </message>
</context>
<context>
    <name>jw::ExportDialog</name>
    <message>
        <source>Export Jobs</source>
        <translation>Jobs exportieren</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected job(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Job</numerusform>
            <numerusform>Die %n ausgewählten Jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n job(s) in the table</source>
        <translation>
            <numerusform>Der %n Job der Tabelle</numerusform>
            <numerusform>Alle %n Jobs der Tabelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON (scripts)</source>
        <translation>JSON (Skripte)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Keep link signatures</source>
        <translation>Link-Signaturen &amp;behalten</translation>
    </message>
    <message>
        <source>Signed result links grant access to the results: anyone who gets the file can download them while the links work. Without this, the signatures are removed.</source>
        <translation>Signierte Ergebnis-Links gewähren Zugriff auf die Ergebnisse: Wer die Datei bekommt, kann sie herunterladen, solange die Links gelten. Ohne diese Option werden die Signaturen entfernt.</translation>
    </message>
    <message>
        <source>API keys are never exported.</source>
        <translation>API-Schlüssel werden nie exportiert.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Wählen Sie die Datei, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>There are no jobs to export.</source>
        <translation>Es gibt keine Jobs zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s) to %1</source>
        <translation>
            <numerusform>%n Job nach %1 exportiert</numerusform>
            <numerusform>%n Jobs nach %1 exportiert</numerusform>
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
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Heruntergeladen (%1)</translation>
    </message>
</context>
<context>
    <name>jw::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search ID, profile, type, error</source>
        <translation>ID, Profil, Typ, Fehler suchen</translation>
    </message>
    <message>
        <source>Show the jobs of one profile</source>
        <translation>Jobs eines Profils anzeigen</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status filter button: name (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finds jobs by ID, profile, type, status message, error, result titles and prompt, in the job history too; every word must match</source>
        <translation>Findet Jobs nach ID, Profil, Typ, Statusmeldung, Fehler, Ergebnistiteln und Prompt, auch im Jobverlauf; jedes Wort muss passen</translation>
    </message>
</context>
<context>
    <name>jw::HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Jobwatch</source>
        <translation>Über &amp;Jobwatch</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>jw::HistoryActions</name>
    <message>
        <source>Searching the job history failed: %1. The table shows jobs whose ID, profile, type or error contain the text.</source>
        <translation>Die Suche im Jobverlauf ist fehlgeschlagen: %1. Die Tabelle zeigt Jobs, deren ID, Profil, Typ oder Fehler den Text enthält.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the selected jobs, or all jobs in the table, to a CSV or JSON file</source>
        <translation>Die ausgewählten Jobs oder alle Jobs der Tabelle in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Copy IDs</source>
        <translation>IDs kopieren</translation>
    </message>
    <message>
        <source>Copy the selected jobs&apos; IDs, one per line</source>
        <translation>Die IDs der ausgewählten Jobs kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Remove older than…</source>
        <translation>Älter als … entfernen</translation>
    </message>
    <message>
        <source>Remove jobs that were last active more than a number of days ago</source>
        <translation>Jobs entfernen, die vor mehr als einer Anzahl Tagen zuletzt aktiv waren</translation>
    </message>
    <message>
        <source>No jobs to export</source>
        <translation>Keine Jobs zum Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n job ID(s)</source>
        <translation>
            <numerusform>%n Job-ID kopiert</numerusform>
            <numerusform>%n Job-IDs kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::HistorySearch</name>
    <message>
        <source>the job history is not available</source>
        <translation>der Jobverlauf ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>jw::ImagePreview</name>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image into the view</source>
        <translation>Bild in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>Bild in Originalgröße anzeigen</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>%1% · %2 × %3 px</source>
        <translation>%1 % · %2 × %3 px</translation>
    </message>
    <message>
        <source>Copied the image</source>
        <translation>Bild kopiert</translation>
    </message>
</context>
<context>
    <name>jw::ImportDialog</name>
    <message>
        <source>Import running jobs</source>
        <translation>Laufende Jobs importieren</translation>
    </message>
    <message>
        <source>The account&apos;s recent jobs, newest first, as the provider lists them. Tick the ones to watch.</source>
        <translation>Die letzten Jobs des Kontos, die neuesten zuerst, wie der Anbieter sie auflistet. Haken Sie die an, die beobachtet werden sollen.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Queued or running</source>
        <translation>Wartend oder laufend</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>Fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>&amp;Erstellt:</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Read the next page of the list (one request from the profile&apos;s budget)</source>
        <translation>Die nächste Seite der Liste lesen (eine Anfrage aus dem Budget des Profils)</translation>
    </message>
    <message>
        <source>&amp;Watch selected</source>
        <translation>Auswahl &amp;beobachten</translation>
    </message>
    <message>
        <source>already watched</source>
        <translation>wird schon beobachtet</translation>
    </message>
    <message>
        <source>No profile can list its jobs. Profiles for Replicate, OpenAI videos and Luma can, and custom mappings with a &quot;list&quot; section (see the mapping documentation).</source>
        <translation>Kein Profil kann seine Jobs auflisten. Profile für Replicate, OpenAI-Videos und Luma können es, und eigene Mappings mit einem „list“-Abschnitt (siehe die Mapping-Dokumentation).</translation>
    </message>
    <message>
        <source>Reading page %1 of the list…</source>
        <translation>Seite %1 der Liste wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) read</source>
        <translation>
            <numerusform>%n Job gelesen</numerusform>
            <numerusform>%n Jobs gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>the account has more</source>
        <translation>das Konto hat weitere</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Die Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Watch %n job(s)</source>
        <translation>
            <numerusform>%n Job &amp;beobachten</numerusform>
            <numerusform>%n Jobs &amp;beobachten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::InputsBox</name>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>input label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <comment>copy one input, e.g. Copy “Prompt”</comment>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <comment>one input, e.g. Copied “Prompt”</comment>
        <translation>„%1“ kopiert</translation>
    </message>
</context>
<context>
    <name>jw::JobFilterProxy</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>jw::JobStatusBar</name>
    <message>
        <source>Requests sent in the last minute, across all profiles</source>
        <translation>In der letzten Minute gesendete Anfragen, über alle Profile</translation>
    </message>
    <message>
        <source>No jobs: paste IDs, drop files or use Add jobs</source>
        <translation>Keine Jobs: IDs einfügen, Dateien ablegen oder „Jobs hinzufügen“ verwenden</translation>
    </message>
    <message>
        <source>%1 req/min</source>
        <comment>requests per minute</comment>
        <translation>%1 Anfr./min</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>%1 paused: %2</source>
        <translation>%1 pausiert: %2</translation>
    </message>
    <message>
        <source>%1 rate limited until %2</source>
        <translation>%1 gedrosselt bis %2</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation>Schlüssel festlegen…</translation>
    </message>
    <message>
        <source>Enter a new API key for the paused profile; its jobs resume once it is saved</source>
        <translation>Einen neuen API-Schlüssel für das pausierte Profil eingeben; seine Jobs laufen nach dem Speichern weiter</translation>
    </message>
    <message>
        <source>Raise budget…</source>
        <translation>Budget erhöhen…</translation>
    </message>
    <message>
        <source>Open the profile&apos;s request budget (requests per second, burst, concurrency)</source>
        <translation>Das Anfragebudget des Profils öffnen (Anfragen pro Sekunde, Burst, Parallelität)</translation>
    </message>
    <message numerus="yes">
        <source>%1: request budget short, %n poll(s) waiting</source>
        <translation>
            <numerusform>%1: Anfragebudget knapp, %n Abfrage wartet</numerusform>
            <numerusform>%1: Anfragebudget knapp, %n Abfragen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <comment>profile name, polls waiting for budget</comment>
        <translation>
            <numerusform>%1 (%n wartet)</numerusform>
            <numerusform>%1 (%n warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request budget short: %1</source>
        <translation>Anfragebudget knapp: %1</translation>
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
            <numerusform>%1 (%2 von %n Job angezeigt)</numerusform>
            <numerusform>%1 (%2 von %n Jobs angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>profile name: its balance</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (not current)</source>
        <comment>profile name: its last balance, which could not be read again</comment>
        <translation>%1: %2 (nicht aktuell)</translation>
    </message>
    <message>
        <source>%1: balance unavailable</source>
        <translation>%1: Guthaben nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: %2, read at %3</source>
        <translation>%1: %2, gelesen um %3</translation>
    </message>
    <message>
        <source>%1: the balance could not be read at %2: %3. Polling is not affected.</source>
        <translation>%1: Das Guthaben ließ sich um %2 nicht lesen: %3. Die Abfragen laufen unverändert weiter.</translation>
    </message>
    <message>
        <source>Balances are read at most once a minute while a profile&apos;s jobs are watched.</source>
        <translation>Guthaben werden höchstens einmal pro Minute gelesen, solange Jobs des Profils beobachtet werden.</translation>
    </message>
</context>
<context>
    <name>jw::JobTableColumns</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>jw::JobTableModel</name>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>%1 Videos</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>%1 audio</source>
        <comment>number of audio clips</comment>
        <translation>%1 Audios</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 Dokumente</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 text files</source>
        <translation>%1 Textdateien</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änd.</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Waiting for first poll</source>
        <translation>Wartet auf erste Abfrage</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Timed out locally</source>
        <translation>Lokal abgelaufen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
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
        <translation>jeden Moment</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>%1
Type: %2</source>
        <translation>%1
Typ: %2</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Serverstatus: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last HTTP status: %1</source>
        <translation>Letzter HTTP-Status: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Predicted end at %1</source>
        <translation>Voraussichtliches Ende um %1</translation>
    </message>
    <message>
        <source>Last answer at %1</source>
        <translation>Letzte Antwort um %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n Anfrage gesendet</numerusform>
            <numerusform>%n Anfragen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>A request is in flight</source>
        <translation>Eine Anfrage läuft</translation>
    </message>
    <message>
        <source>Next poll at %1</source>
        <translation>Nächste Abfrage um %1</translation>
    </message>
    <message>
        <source>Running, stalled</source>
        <comment>progress has not moved for a long while</comment>
        <translation>Läuft, stockt</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>jobs in this status category</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>jobs in this status category</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>jobs in this status category</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>jobs in this status category</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Throttled by provider</source>
        <translation>Anbieter drosselt</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <comment>place in the provider&apos;s queue</comment>
        <translation>#%1 in Warteschlange</translation>
    </message>
    <message>
        <source>Next in queue</source>
        <translation>Als Nächstes dran</translation>
    </message>
    <message>
        <source>Aborted</source>
        <comment>the provider gave up on the job before it started</comment>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>the table column with what a job cost</comment>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>jw::JobTally</name>
    <message>
        <source>%1 %2</source>
        <comment>status bar: category name, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Active: queued, running, retrying or paused</source>
        <translation>Aktiv: wartend, laufend, erneut versucht oder pausiert</translation>
    </message>
    <message>
        <source>Completed: the provider reported the job done</source>
        <translation>Abgeschlossen: der Anbieter meldet den Job als fertig</translation>
    </message>
    <message>
        <source>Failed: failed, cancelled, not found or configuration error</source>
        <translation>Fehlgeschlagen: fehlgeschlagen, abgebrochen, nicht gefunden oder Konfigurationsfehler</translation>
    </message>
    <message>
        <source>Stopped: no longer watched (stopped, timed out locally), resumable</source>
        <translation>Angehalten: nicht mehr beobachtet (angehalten, lokal abgelaufen), fortsetzbar</translation>
    </message>
</context>
<context>
    <name>jw::KeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Enter the access key too: this profile signs its tokens with both keys.</source>
        <translation>Geben Sie auch den Zugriffsschlüssel ein: Dieses Profil signiert seine Tokens mit beiden Schlüsseln.</translation>
    </message>
    <message>
        <source>Enter the secret key too: this profile signs its tokens with both keys.</source>
        <translation>Geben Sie auch den geheimen Schlüssel ein: Dieses Profil signiert seine Tokens mit beiden Schlüsseln.</translation>
    </message>
    <message>
        <source>The access key cannot contain &quot;:&quot;.</source>
        <translation>Der Zugriffsschlüssel darf kein &quot;:&quot; enthalten.</translation>
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
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>Jetzt e&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <source>Stop watching every job (the server jobs are not touched)</source>
        <translation>Beobachtung aller Jobs anhalten (die Jobs auf dem Server bleiben unberührt)</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Resume every stopped, timed-out or paused job</source>
        <translation>Alle angehaltenen, lokal abgelaufenen oder pausierten Jobs fortsetzen</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <source>Remove the jobs the server reported as finished</source>
        <translation>Jobs entfernen, die der Server als beendet gemeldet hat</translation>
    </message>
    <message>
        <source>Add jobs…</source>
        <translation>Jobs hinzufügen…</translation>
    </message>
    <message>
        <source>Add job IDs, poll URLs or enqueue responses (you can also paste or drop them)</source>
        <translation>Job-IDs, Abfrage-URLs oder Einreihungsantworten hinzufügen (auch per Einfügen oder Ablegen möglich)</translation>
    </message>
    <message>
        <source>Paste jobs</source>
        <translation>Jobs einfügen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) removed</source>
        <translation>
            <numerusform>%n beendeter Job entfernt</numerusform>
            <numerusform>%n beendete Jobs entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add: the clipboard or drop held no text</source>
        <translation>Nichts hinzuzufügen: Zwischenablage bzw. abgelegte Daten enthielten keinen Text</translation>
    </message>
    <message>
        <source>Set key for %1…</source>
        <translation>Schlüssel für %1 festlegen…</translation>
    </message>
    <message>
        <source>More actions: save all results, export, remove older jobs, settings, help</source>
        <translation>Weitere Aktionen: alle Ergebnisse speichern, exportieren, ältere Jobs entfernen, Einstellungen, Hilfe</translation>
    </message>
    <message>
        <source>Import running jobs…</source>
        <translation>Laufende Jobs importieren…</translation>
    </message>
    <message>
        <source>List a Replicate, OpenAI videos or Luma account&apos;s recent jobs and watch the ones you pick</source>
        <translation>Die letzten Jobs eines Replicate-, OpenAI-Videos- oder Luma-Kontos auflisten und die gewählten beobachten</translation>
    </message>
    <message>
        <source>Import running jobs from %1…</source>
        <translation>Laufende Jobs von %1 importieren…</translation>
    </message>
    <message>
        <source>Jobwatch started, but it could not use some of its files:</source>
        <translation>Jobwatch wurde gestartet, konnte aber einige seiner Dateien nicht verwenden:</translation>
    </message>
</context>
<context>
    <name>jw::MappingEditor</name>
    <message>
        <source>The mapping JSON (see docs/mapping.md), e.g. {&quot;formatVersion&quot;: 1, &quot;pollUrl&quot;: &quot;{base}/v1/jobs/{id}&quot;, &quot;id&quot;: &quot;id&quot;, &quot;status&quot;: &quot;status&quot;}</source>
        <translation>Das Zuordnungs-JSON (siehe docs/mapping.md), z. B. {&quot;formatVersion&quot;: 1, &quot;pollUrl&quot;: &quot;{base}/v1/jobs/{id}&quot;, &quot;id&quot;: &quot;id&quot;, &quot;status&quot;: &quot;status&quot;}</translation>
    </message>
    <message>
        <source>Paste a sample status response here to preview the parsed job.</source>
        <translation>Hier eine Beispiel-Statusantwort einfügen, um den geparsten Job in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Sample response</source>
        <translation>Beispielantwort</translation>
    </message>
    <message>
        <source>Parsed job (live preview)</source>
        <translation>Geparster Job (Live-Vorschau)</translation>
    </message>
    <message>
        <source>Write a mapping to see the preview.</source>
        <translation>Eine Zuordnung schreiben, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Zuordnung: %1</translation>
    </message>
    <message>
        <source>The mapping is valid. Paste a sample response to preview it.</source>
        <translation>Die Zuordnung ist gültig. Eine Beispielantwort einfügen, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Parsed.</source>
        <translation>Geparst.</translation>
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
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>No sound device</source>
        <translation>Kein Audiogerät</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton einschalten</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
</context>
<context>
    <name>jw::PasteIntake</name>
    <message>
        <source>Nothing added: %1</source>
        <translation>Nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Reading %1 MB of text…</source>
        <translation>%1 MB Text werden gelesen …</translation>
    </message>
</context>
<context>
    <name>jw::ProfileChoiceDialog</name>
    <message>
        <source>Choose a Profile</source>
        <translation>Profil auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) fit several profiles. Which profile should watch them?</source>
        <translation>
            <numerusform>%n Job passt zu mehreren Profilen. Welches Profil soll ihn beobachten?</numerusform>
            <numerusform>%n Jobs passen zu mehreren Profilen. Welches Profil soll sie beobachten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>jw::ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <source>Custom mapping…</source>
        <translation>Eigene Zuordnung…</translation>
    </message>
    <message>
        <source>As the dialect says</source>
        <translation>Wie vom Dialekt vorgegeben</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>Eigener Header</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation>Adaptiv</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <source>burst </source>
        <translation>Burst </translation>
    </message>
    <message>
        <source>at most </source>
        <translation>höchstens </translation>
    </message>
    <message>
        <source> at once</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Store in a plaintext file (0600)</source>
        <translation>In einer Klartextdatei speichern (0600)</translation>
    </message>
    <message>
        <source>Job ID (optional; empty sends a probe)</source>
        <translation>Job-ID (optional; leer sendet eine Testanfrage)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Auth header:</source>
        <translation>Auth-Header:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Takt:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Max wait:</source>
        <translation>Max. Wartezeit:</translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation>Farbmarkierung:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Eigene Zuordnung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export profiles (without keys)</source>
        <translation>Profile exportieren (ohne Schlüssel)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>No key saved</source>
        <translation>Kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>profile name, number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation>Noch kein Schlüssel</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>No key yet (keys are not copied)</source>
        <translation>Noch kein Schlüssel (Schlüssel werden nicht kopiert)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Warning: this key is stored unencrypted in %1.</source>
        <translation>Warnung: Dieser Schlüssel wird unverschlüsselt in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>%1. Use the key for this session only, or store it in a plaintext file readable only by you.</source>
        <translation>%1. Den Schlüssel nur für diese Sitzung verwenden oder in einer nur für den eigenen Benutzer lesbaren Klartextdatei speichern.</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>Zuerst die Felder oben korrigieren.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Empty: the program from Settings, if any</source>
        <translation>Leer: das Programm aus den Einstellungen, falls vorhanden</translation>
    </message>
    <message>
        <source>Run when a job ends:</source>
        <translation>Bei Job-Ende ausführen:</translation>
    </message>
    <message>
        <source>Signed token (JWT HS256) from an access key and a secret key</source>
        <translation>Signiertes Token (JWT HS256) aus Zugriffsschlüssel und geheimem Schlüssel</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <source>The most requests per second to this API. A 429 or 503 answer lowers the rate at once; it climbs back to this while polls wait and the server accepts them.</source>
        <translation>Höchstens so viele Anfragen pro Sekunde an diese API. Eine Antwort 429 oder 503 senkt die Rate sofort; sie steigt wieder bis hierher, solange Abfragen warten und der Server sie annimmt.</translation>
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
        <translation>Ältere Jobs entfernen</translation>
    </message>
    <message>
        <source>Remove jobs last active more than</source>
        <translation>Jobs entfernen, die zuletzt aktiv waren vor mehr als</translation>
    </message>
    <message>
        <source> days ago</source>
        <comment>after a number: remove jobs last active more than N days ago</comment>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Jobs that are being watched are kept. Results in the archive folder are not deleted.</source>
        <translation>Beobachtete Jobs bleiben erhalten. Ergebnisse im Archivordner werden nicht gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>No job was last active that long ago.</source>
        <translation>Kein Job war zuletzt vor so langer Zeit aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will be removed from the window and the job history.</source>
        <translation>
            <numerusform>%n Job wird aus dem Fenster und dem Jobverlauf entfernt.</numerusform>
            <numerusform>%n Jobs werden aus dem Fenster und dem Jobverlauf entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old job(s) removed</source>
        <translation>
            <numerusform>%n alter Job entfernt</numerusform>
            <numerusform>%n alte Jobs entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::ReportView</name>
    <message>
        <source>Research report</source>
        <translation>Recherchebericht</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search(es)</source>
        <translation>
            <numerusform>%n Suche</numerusform>
            <numerusform>%n Suchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched for: %1</source>
        <translation>Gesucht nach: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a search query in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>jw::ResultActions</name>
    <message>
        <source>Save all results…</source>
        <translation>Alle Ergebnisse speichern …</translation>
    </message>
    <message>
        <source>Save the results of every completed job in the table to a folder</source>
        <translation>Die Ergebnisse aller abgeschlossenen Jobs der Tabelle in einen Ordner speichern</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Ergebnisse speichern …</translation>
    </message>
    <message>
        <source>Save the results of the selected jobs to a folder</source>
        <translation>Die Ergebnisse der ausgewählten Jobs in einen Ordner speichern</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions: save all results, settings</source>
        <translation>Weitere Aktionen: alle Ergebnisse speichern, Einstellungen</translation>
    </message>
    <message>
        <source>No jobs to save results from</source>
        <translation>Keine Jobs, deren Ergebnisse gespeichert werden könnten</translation>
    </message>
    <message>
        <source>Nothing to save: none of these jobs has completed with a result</source>
        <translation>Nichts zu speichern: keiner dieser Jobs ist mit einem Ergebnis abgeschlossen</translation>
    </message>
    <message>
        <source>Save Results To</source>
        <translation>Ergebnisse speichern in</translation>
    </message>
    <message>
        <source>Save Here</source>
        <translation>Hier speichern</translation>
    </message>
</context>
<context>
    <name>jw::ResultView</name>
    <message>
        <source>No job selected.</source>
        <translation>Kein Job ausgewählt.</translation>
    </message>
    <message>
        <source>The result appears here when the job completes.</source>
        <translation>Das Ergebnis erscheint hier, sobald der Job abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The job completed without a downloadable result.</source>
        <translation>Der Job wurde ohne herunterladbares Ergebnis abgeschlossen.</translation>
    </message>
    <message>
        <source>No result: the job was cancelled.</source>
        <translation>Kein Ergebnis: Der Job wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No result: the job failed.</source>
        <translation>Kein Ergebnis: Der Job ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>jw::SaveResultsDialog</name>
    <message>
        <source>Save All Results</source>
        <translation>Alle Ergebnisse speichern</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) saved to %2.</source>
        <translation>
            <numerusform>Abgebrochen: %1 von %n Datei gespeichert in %2.</numerusform>
            <numerusform>Abgebrochen: %1 von %n Dateien gespeichert in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) (%1) to %2.</source>
        <translation>
            <numerusform>%n Datei (%1) gespeichert in %2.</numerusform>
            <numerusform>%n Dateien (%1) gespeichert in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n file(s) to %2; %3 could not be saved (see below).</source>
        <translation>
            <numerusform>%1 von %n Datei gespeichert in %2; %3 konnten nicht gespeichert werden (siehe unten).</numerusform>
            <numerusform>%1 von %n Dateien gespeichert in %2; %3 konnten nicht gespeichert werden (siehe unten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) had no result to save.</source>
        <translation>
            <numerusform>%n Job hatte kein Ergebnis zum Speichern.</numerusform>
            <numerusform>%n Jobs hatten kein Ergebnis zum Speichern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the results of %n job(s) to %1</source>
        <translation>
            <numerusform>Die Ergebnisse von %n Job werden gespeichert in %1</numerusform>
            <numerusform>Die Ergebnisse von %n Jobs werden gespeichert in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::SceneGrid</name>
    <message>
        <source>Link expired</source>
        <translation>Link abgelaufen</translation>
    </message>
    <message>
        <source>Too big to preview</source>
        <translation>Zu groß für eine Vorschau</translation>
    </message>
    <message>
        <source>Link not allowed</source>
        <translation>Link nicht erlaubt</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <source>Could not store the file</source>
        <translation>Datei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Download abgebrochen</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation>Link abgelaufen – zum Erneuern erneut abfragen</translation>
    </message>
    <message>
        <source>Poll again</source>
        <translation>Erneut abfragen</translation>
    </message>
    <message>
        <source>Ask the provider for the job again; it answers with fresh download links</source>
        <translation>Den Anbieter erneut nach dem Job fragen; er antwortet mit neuen Download-Links</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Open scene %1 large</source>
        <translation>Szene %1 groß öffnen</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Szene %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n Szene</numerusform>
            <numerusform>%n Szenen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Wird geladen… %1 %</translation>
    </message>
    <message>
        <source>Corrupt image</source>
        <translation>Beschädigtes Bild</translation>
    </message>
</context>
<context>
    <name>jw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Results archive</source>
        <translation>Ergebnisarchiv</translation>
    </message>
    <message>
        <source>Completed jobs&apos; results are downloaded at once and kept in this folder. The download cache makes room by deleting old files; the archive never does, and provider links that expire are archived first.</source>
        <translation>Die Ergebnisse abgeschlossener Jobs werden sofort heruntergeladen und in diesem Ordner aufbewahrt. Der Download-Cache schafft Platz, indem er alte Dateien löscht; das Archiv tut das nie, und Links, die ablaufen, werden zuerst archiviert.</translation>
    </message>
    <message>
        <source>Every result of a completed job</source>
        <translation>Jedes Ergebnis eines abgeschlossenen Jobs</translation>
    </message>
    <message>
        <source>Only results whose links expire</source>
        <translation>Nur Ergebnisse, deren Links ablaufen</translation>
    </message>
    <message>
        <source>Nothing (results stay in the download cache only)</source>
        <translation>Nichts (Ergebnisse bleiben nur im Download-Cache)</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the archive folder in the file manager</source>
        <translation>Den Archivordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>Datei&amp;namen:</translation>
    </message>
    <message>
        <source>Placeholders: %1. {id}, {n} and {ext} are required; &quot;/&quot; makes a subfolder.</source>
        <translation>Platzhalter: %1. {id}, {n} und {ext} sind nötig; „/“ legt einen Unterordner an.</translation>
    </message>
    <message>
        <source>Theo demo</source>
        <comment>sample profile name in the file name example</comment>
        <translation>Theo-Demo</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Jobverlauf</translation>
    </message>
    <message>
        <source>Never (keep every job)</source>
        <translation>Nie (alle Jobs behalten)</translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number: remove jobs idle for more than N days</comment>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Remove jobs idle for more than:</source>
        <translation>Jobs &amp;entfernen, die inaktiv sind seit mehr als:</translation>
    </message>
    <message>
        <source>Applied each time Jobwatch starts. Jobs that are being watched are kept, and so are the results in the archive folder.</source>
        <translation>Wird bei jedem Start von Jobwatch angewendet. Beobachtete Jobs bleiben erhalten, ebenso die Ergebnisse im Archivordner.</translation>
    </message>
    <message>
        <source>Results and history</source>
        <translation>Ergebnisse und Verlauf</translation>
    </message>
    <message>
        <source>When jobs end</source>
        <translation>Wenn Jobs enden</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source> MB</source>
        <comment>after a number: the download limit in megabytes</comment>
        <translation> MB</translation>
    </message>
    <message>
        <source>Download &amp;limit:</source>
        <translation>Download-&amp;Limit:</translation>
    </message>
    <message>
        <source>A result larger than this is not downloaded, so it is neither previewed nor archived; it can still be opened externally.</source>
        <translation>Ein größeres Ergebnis wird nicht heruntergeladen, also weder in der Vorschau gezeigt noch archiviert; extern öffnen lässt es sich weiterhin.</translation>
    </message>
</context>
<context>
    <name>jw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window. Paste and drop job IDs, poll URLs or enqueue responses anywhere in it, too.</source>
        <translation>Diese Tasten wirken überall im Hauptfenster. Job-IDs, Abfrage-URLs und Einreihungsantworten lassen sich ebenfalls überall darin einfügen oder ablegen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>jw::SimulatedProvider</name>
    <message>
        <source>The simulated provider is already listening on port %1.</source>
        <translation>Der simulierte Anbieter lauscht bereits auf Port %1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (the port may be in use).</source>
        <translation>Lauschen auf 127.0.0.1:%1 nicht möglich (der Port ist möglicherweise belegt).</translation>
    </message>
</context>
<context>
    <name>jw::StoreSync</name>
    <message>
        <source>the job history gave no reason</source>
        <translation>der Job-Verlauf nannte keinen Grund</translation>
    </message>
    <message>
        <source>The job history could not be read: %1</source>
        <translation>Der Job-Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>jw::TextPreview</name>
    <message>
        <source>The downloaded file could not be read.</source>
        <translation>Die heruntergeladene Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Showing the first %1; Save as… keeps the whole file.</source>
        <translation>Nur die ersten %1 werden angezeigt; „Speichern unter…“ sichert die ganze Datei.</translation>
    </message>
</context>
<context>
    <name>jw::TrayIcon</name>
    <message>
        <source>&amp;Show Jobwatch</source>
        <translation>Jobwatch &amp;zeigen</translation>
    </message>
    <message>
        <source>S&amp;top all</source>
        <translation>Alle an&amp;halten</translation>
    </message>
    <message>
        <source>Stop watching every job (the server jobs are not touched)</source>
        <translation>Beobachtung aller Jobs anhalten (die Jobs auf dem Server bleiben unberührt)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Jobwatch: %1</source>
        <comment>tray tooltip: the job counts</comment>
        <translation>Jobwatch: %1</translation>
    </message>
    <message>
        <source>Keep watching?</source>
        <translation>Weiter beobachten?</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still being watched. Keep watching them in the tray and be told when they end?</source>
        <translation>
            <numerusform>%n Job wird noch beobachtet. In der Leiste weiter beobachten und beim Ende benachrichtigen?</numerusform>
            <numerusform>%n Jobs werden noch beobachtet. In der Leiste weiter beobachten und beim Ende benachrichtigen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobwatch remembers your answer; you can change it in Settings.</source>
        <translation>Jobwatch merkt sich Ihre Antwort; Sie können sie in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>In der Leiste weiter beobachten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>jw::VideoPreview</name>
    <message>
        <source>Press play</source>
        <translation>Zum Abspielen Wiedergabe drücken</translation>
    </message>
    <message>
        <source>The media backend could not open the file.</source>
        <translation>Das Medien-Backend konnte die Datei nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>jw::ZoomImageView</name>
    <message>
        <source>Ctrl+wheel to zoom</source>
        <translation>Strg+Mausrad zum Zoomen</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move</source>
        <translation>Mausrad zum Zoomen, Ziehen zum Verschieben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch asynchronous generative-AI jobs.</source>
        <translation>Asynchrone Jobs generativer KI beobachten.</translation>
    </message>
    <message>
        <source>Run the built-in simulated provider and watch demo jobs.</source>
        <translation>Den eingebauten simulierten Anbieter starten und Demo-Jobs beobachten.</translation>
    </message>
    <message>
        <source>Watch the given IDs with this profile (name or id).</source>
        <translation>Die angegebenen IDs mit diesem Profil beobachten (Name oder ID).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 800x700.</source>
        <translation>Das Fenster in dieser Größe öffnen, z. B. 800x700.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Ignore the saved window and column layout.</source>
        <translation>Das gespeicherte Fenster- und Spaltenlayout ignorieren.</translation>
    </message>
    <message>
        <source>Show only these jobs: all, active, completed, failed or stopped.</source>
        <translation>Nur diese Jobs anzeigen: all, active, completed, failed oder stopped.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open the Add jobs dialog (with the given IDs in it) instead of adding them at once.</source>
        <translation>Den Dialog „Jobs hinzufügen“ (mit den angegebenen IDs) öffnen, statt sie sofort hinzuzufügen.</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;; use one of: %2</source>
        <translation>unbekannter Filter „%1“; einen davon verwenden: %2</translation>
    </message>
    <message>
        <source>Debug: select the first completed job with a result of this kind (video, image, audio, report, scenes, document, text).</source>
        <translation>Debug: den ersten abgeschlossenen Job mit einem Ergebnis dieser Art auswählen (video, image, audio, report, scenes, document, text).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Open the Profiles dialog.</source>
        <translation>Den Profildialog öffnen.</translation>
    </message>
    <message>
        <source>With --demo: also watch five jobs whose results fail to load (a corrupt image, an unplayable video, an expired link, a file too big, a reset connection), to see how Jobwatch reports each.</source>
        <translation>Mit --demo: zusätzlich fünf Jobs beobachten, deren Ergebnisse sich nicht laden lassen (ein beschädigtes Bild, ein nicht abspielbares Video, ein abgelaufener Link, eine zu große Datei, eine zurückgesetzte Verbindung), um zu sehen, wie Jobwatch sie meldet.</translation>
    </message>
    <message>
        <source>Select the job with this ID as soon as it is watched.</source>
        <translation>Den Job mit dieser ID auswählen, sobald er beobachtet wird.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Open the Settings dialog.</source>
        <translation>Den Dialog Einstellungen öffnen.</translation>
    </message>
    <message>
        <source>Keep the job history in this folder (default: $JOBWATCH_DATA_DIR, else the application data folder). With --demo, the demo jobs are only kept when a folder is named.</source>
        <translation>Den Job-Verlauf in diesem Ordner führen (Standard: $JOBWATCH_DATA_DIR, sonst der Datenordner der Anwendung). Mit --demo werden die Demo-Jobs nur behalten, wenn ein Ordner angegeben ist.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Search the jobs and their history for this text.</source>
        <translation>Die Jobs und ihren Verlauf nach diesem Text durchsuchen.</translation>
    </message>
    <message>
        <source>Open the Export dialog.</source>
        <translation>Den Dialog Exportieren öffnen.</translation>
    </message>
    <message>
        <source>Open a window of its own even when Jobwatch already runs on this data folder (by default the IDs go to the running window).</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn Jobwatch mit diesem Datenordner schon läuft (sonst gehen die IDs an das laufende Fenster).</translation>
    </message>
    <message>
        <source>Quit after this many seconds (smoke tests).</source>
        <translation>Nach so vielen Sekunden beenden (Rauchtests).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Open the About window.</source>
        <translation>Das Fenster „Über Jobwatch“ öffnen.</translation>
    </message>
    <message>
        <source>Open the Keyboard shortcuts window.</source>
        <translation>Das Fenster „Tastenkürzel“ öffnen.</translation>
    </message>
    <message>
        <source>Job IDs, poll URLs or jobwatch:watch?profile=NAME&amp;id=ID links to watch.</source>
        <translation>Zu beobachtende Job-IDs, Abfrage-URLs oder jobwatch:watch?profile=NAME&amp;id=ID-Links.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds, not &quot;%1&quot;</source>
        <translation>--quit-after braucht eine Anzahl Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <source>%1; start with --new-instance to open another window</source>
        <translation>%1; mit --new-instance starten, um ein weiteres Fenster zu öffnen</translation>
    </message>
    <message>
        <source>With --demo: also watch two jobs that wait a long while, one far back in fal&apos;s queue and one throttled by Runway, to see how Jobwatch says why a job waits.</source>
        <translation>Mit --demo: zusätzlich zwei Jobs beobachten, die lange warten, einen weit hinten in der Warteschlange von fal und einen von Runway gedrosselten, um zu sehen, wie Jobwatch sagt, warum ein Job wartet.</translation>
    </message>
    <message>
        <source>Debug: compare the first completed jobs with a result of this kind (video: two, image: four) as soon as there are enough.</source>
        <translation>Debug: die ersten abgeschlossenen Jobs mit einem Ergebnis dieser Art vergleichen (video: zwei, image: vier), sobald es genug gibt.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; for --compare; use video or image</source>
        <translation>unbekannte Art „%1“ für --compare; verwenden Sie video oder image</translation>
    </message>
</context>
</TS>
