<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>another profile is already named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo</source>
        <comment>profile name, e.g. Theo demo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the job history failed: %1. The jobs are still watched; saving is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Artifacts</name>
    <message>
        <source>The download was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has no http(s) address, so it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to open a %1: link: only http(s) results can be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused plain http:// download from %1: only https is allowed off this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB, over the %2 MB limit set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the download to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a redirect without a usable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 ended early (%2 of %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The download of %1 stalled for %n second(s) and was stopped; try again</source>
        <translation>
            <numerusform>The download of %1 stalled for %n second and was stopped; try again</numerusform>
            <numerusform>The download of %1 stalled for %n seconds and was stopped; try again</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the cache folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the download into the cache folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are being saved already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs to save results from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these jobs has a result to save (only completed jobs have)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file name would leave the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Link probably expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expires in about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name pattern is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name pattern must be relative to the archive folder (it starts with &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} in the file name pattern; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name pattern has a &quot;{&quot; or &quot;}&quot; that is not part of a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name pattern must not contain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name pattern has an empty folder name (&quot;//&quot; or a trailing &quot;/&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name pattern must not contain &quot;.&quot; or &quot;..&quot; as a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name pattern must contain {%1} so that no two results share a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ext} belongs in the file name, the last part of the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder must be a full path (&quot;%1&quot; is relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder must be apart from the download cache (%1), which is cleaned automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 of %2 was not archived: its file name would leave the archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 of %2 was not archived: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run the simulated provider on 127.0.0.1 with a varied set of demo jobs in every dialect
(theo, vidocu, scenes, muvi) and outcome. Stops cleanly on Ctrl+C or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default: a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer T&quot; on job polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo jobs to create at start (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-server takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs must be a number from 0 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot install the signal handlers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobwatch demo-server listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URLs per dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n demo job(s) created.</source>
        <translation>
            <numerusform>%n demo job created.</numerusform>
            <numerusform>%n demo jobs created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job polls need the token: export JOBWATCH_DEMO_TOKEN=&lt;the --token value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll one job of each dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject faults: curl -s -X POST %1/control/faults -d &apos;{&quot;mix&quot;:{&quot;429&quot;:0.1,&quot;slow&quot;:0.05},&quot;retryAfter&quot;:2}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-server stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse one job status response and print the normalized snapshot as JSON.
Exits 0 on success, 1 when the input is not a JSON object or has no job ID, 2 on usage errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialect or preset: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body to parse, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect takes exactly one FILE (or - for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a job ID nor an http(s) poll URL (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s base URL (https://, or http:// on loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the environment variable holding the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print NDJSON events: {&quot;event&quot;:&quot;update&quot;|&quot;final&quot;|&quot;error&quot;,&quot;at&quot;:&lt;epoch ms&gt;,&quot;job&quot;:{...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 1800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll cadence: auto (adaptive, default) or a fixed interval in ms (at least 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job IDs or poll URLs, or - to read them from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval %1 is below the 1000 ms floor; using 1000 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job IDs or poll URLs given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; stopped watching (the jobs keep running on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>Parse a status response and print the snapshot JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch jobs until they finish (NDJSON with --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulated provider with demo jobs on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jobwatch-cli COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run jobwatch-cli COMMAND --help for a command&apos;s options. jobwatch-cli --version prints the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URLs per preset (create their jobs with the control endpoint):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rerun with --file-store to keep keys in a plaintext file readable only by you (0600), or skip saving the key and use watch --key-env VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved profiles; keys appear only as ••••last4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array (without keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profiles saved yet; add one with: jobwatch-cli profiles add --name NAME --dialect D --key-env VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a profile. The key is read from --key-env VAR, or from standard input (one line), never from the
command line, and is stored in the OS keychain. --file-store opts in to a plaintext key file (0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom mapping file (docs/mapping.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s base URL (default: the dialect&apos;s or preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt in to storing keys in a plaintext file (0600) instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default poll interval in ms (at least 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --name and one of --dialect or --mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes a number of milliseconds, at least 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 is not set or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the API key and press Enter (it is not echoed to any file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key given: use --key-env VAR, pipe it on standard input, or --no-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; (no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the profile was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved profile &quot;%1&quot; with key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a saved profile and delete its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the name of one profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; removed, but its key could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed profile &quot;%1&quot; and its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a saved profile: poll a job (--job) or a probe ID and report the outcome: ok, not-found (key
accepted), unauthorised, missing-scope, forbidden, unreachable, tls-error, wrong-dialect, rate-limited,
server-error or refused. Exit 0 when the key was accepted, 4 on an auth problem, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job ID to poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this environment variable&apos;s key instead of the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see jobwatch-cli profiles list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles: list, add, remove, test (keys in the OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch jobs until all of them are terminal.
Jobs are job IDs or full poll URLs, as arguments or one per line on standard input (-).
Arguments and input lines that give no job are named on standard error (--strict: exit 2).
The API key is read from the environment variable named by --key-env, never from the command line.
Exit codes: 0 all completed, 1 any failed, cancelled or not found, 2 usage or configuration error,
3 any timed out locally or interrupted (Ctrl+C), 4 authentication or permission error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with code 2, before watching anything, when an argument or input line gives no job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-wait takes a number of seconds from 1 to %1 (30 days), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes auto or a whole number of milliseconds from 1000 to %1 (one day), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is larger than %1 MiB; give the jobs in parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input item(s) gave no job; nothing is watched with --strict</source>
        <translation>
            <numerusform>%n input item gave no job; nothing is watched with --strict</numerusform>
            <numerusform>%n input items gave no job; nothing is watched with --strict</numerusform>
        </translation>
    </message>
    <message>
        <source>no job can be watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input, line %1: &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>standard input: %n more line(s) without a job not listed</source>
        <translation>
            <numerusform>standard input: %n more line without a job not listed</numerusform>
            <numerusform>standard input: %n more lines without a job not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the job history failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history: every job the window watched, and those `watch --record` watched.
  list                 the stored jobs, oldest first
  search TEXT          the jobs whose ID, profile, type, status message, error, result titles or prompt
                       contain every word of TEXT
  export --format F    every job (or the --search hits) as csv or json on standard output; signed result
                       links lose their signature unless --signed-urls is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, search: one JSON object per line: {&quot;at&quot;:&lt;epoch ms&gt;,&quot;profile&quot;:...,&quot;local&quot;:...,&quot;job&quot;:{...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, search: at most this many jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: keep the signatures of signed result links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: only the jobs matching this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the job history (default: $%1, else the desktop app&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, search or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a command: list, search TEXT or export --format csv|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown history command &quot;%1&quot;; use list, search or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format csv or --format json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --limit are for list and search; export takes --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format, --signed-urls and --search are for export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job history in %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request budget: at most this many requests per second (default: the profile&apos;s, 5 for an unknown API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that may go out at once after a quiet spell (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the watched jobs into the job history, where the window and `history` see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --record: the folder of the job history (default: $%1, else the desktop app&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate takes a number of requests per second from 0.01 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--burst takes a whole number of requests from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir is for --record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording into the job history failed: %1 (watching goes on; retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>request budget short: %n poll(s) waiting at %1 requests/s (ceiling %2; raise it with --rate)</source>
        <translation>
            <numerusform>request budget short: %n poll waiting at %1 requests/s (ceiling %2; raise it with --rate)</numerusform>
            <numerusform>request budget short: %n polls waiting at %1 requests/s (ceiling %2; raise it with --rate)</numerusform>
        </translation>
    </message>
    <message>
        <source>request budget sufficient again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stalled</source>
        <comment>a running job whose progress has not moved for a long while</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history: list, search TEXT, export --format csv|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the error body is not a JSON object, so only the HTTP status would show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom mapping JSON file (see docs/mapping.md). With --dialect too, the names must agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print on stderr, for each mapped field, the path tried and what it matched, and the rule that decided the state (mappings and presets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is an HTTP error body (status 400 or above): print the error read from it as {&quot;code&quot;,&quot;message&quot;,&quot;requestId&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ID the response was asked for; it stands in when the mapping has &quot;idOptional&quot; and the body has no ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --dialect NAME or --mapping FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping %1 is named &quot;%2&quot;, not &quot;%3&quot;; give --mapping alone, or --dialect %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--explain works with mappings and presets, not with the native dialect %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response body is %1 bytes, more than the %2-byte limit of a status response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a saved profile in place: its mapping (or dialect), base URL or poll interval. Its name, id, key
and other poll settings stay. A new mapping replaces the old one whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --dialect or --mapping, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give --mapping, --dialect, --base-url or --interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: jobwatch-cli profiles list|add|update|remove|test [options] (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom mapping file (docs/mapping.md), instead of --dialect. --base-url may be left out when the mapping has a baseUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile cannot be combined with --dialect, --mapping or --base-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --mapping FILE with --key-env (and --base-url unless the mapping has a baseUrl), without --dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping %1 has no baseUrl; give --base-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --profile, or all of --dialect (or --mapping), --base-url and --key-env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this program for each job that ends, without a shell. Placeholders, each replaced inside its own argument: %1. Its exit status and the end of its stderr are printed on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill the --on-finish program after this many seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-finish-timeout takes a whole number of seconds from 1 to 86400, with --on-finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on-finish %2</source>
        <comment>job ID: on-finish exit status 0</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>no poll URL results from this base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorised: the server rejected the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key lacks a required scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden: the key may not read jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected; the key was accepted (the probe job is unknown, as expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, but job %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks to slow down (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected (HTTP %1); check the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: job %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response did not parse as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialects</name>
    <message>
        <source>Unknown dialect &quot;%1&quot;. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>status response larger than %1 KiB; aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 s (transfer timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error (the connection was refused, not ignored): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 answer cut off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing plain http:// to %1: use https:// (http is allowed only for loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;: only https (and http on loopback) can be polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>timed out locally after %n minute(s); resume to keep waiting</source>
        <translation>
            <numerusform>timed out locally after %n minute; resume to keep waiting</numerusform>
            <numerusform>timed out locally after %n minutes; resume to keep waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>timed out locally after %n second(s); resume to keep waiting</source>
        <translation>
            <numerusform>timed out locally after %n second; resume to keep waiting</numerusform>
            <numerusform>timed out locally after %n seconds; resume to keep waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP 401: the API key was not accepted%1; fix the key, then resume the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 403: the API key lacks permission%1; fix the key, then resume the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1; retrying with backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2; retrying with backoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable status response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); waiting %1 s as the server asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not found (HTTP 404 %n times); check the ID and the profile</source>
        <translation>
            <numerusform>not found (HTTP 404 %n times); check the ID and the profile</numerusform>
            <numerusform>not found (HTTP 404 %n times); check the ID and the profile</numerusform>
        </translation>
    </message>
    <message>
        <source>not found (HTTP 404); checking again (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 redirect not followed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status response is not UTF-8 text; check the profile&apos;s base URL and dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is for job &quot;%1&quot;, not &quot;%2&quot;; check the poll URL and the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service unavailable (HTTP 503); waiting %1 s as the server asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); waiting %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the job (HTTP %1) and gave no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2; the provider rejects this job, so it is not polled again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishCommand</name>
    <message>
        <source>the command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the command; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program itself cannot be a placeholder; put placeholders in its arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>killed after %n s (timeout)</source>
        <translation>
            <numerusform>killed after %n s (timeout)</numerusform>
            <numerusform>killed after %n s (timeout)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>killed after %n s (timeout): %1</source>
        <translation>
            <numerusform>killed after %n s (timeout): %1</numerusform>
            <numerusform>killed after %n s (timeout): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the prompts of restored jobs could not be read from the job history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdExtractor</name>
    <message>
        <source>the job ID is empty, too long or has unexpected characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON has no job ID or poll URL (id, job_id, jobId, request_id, poll_url, status_url or urls.get)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (rejected text)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more item(s) not usable</source>
        <translation>
            <numerusform>%1, and %n more item not usable</numerusform>
            <numerusform>%1, and %n more items not usable</numerusform>
        </translation>
    </message>
    <message>
        <source>no job ID, poll URL or enqueue response found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) recognised</source>
        <translation>
            <numerusform>%n job recognised</numerusform>
            <numerusform>%n jobs recognised</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list of summary parts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <translation>
            <numerusform>%n duplicate ignored</numerusform>
            <numerusform>%n duplicates ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation>
            <numerusform>%n item not usable</numerusform>
            <numerusform>%n items not usable</numerusform>
        </translation>
    </message>
    <message>
        <source>the URL ends at /%1/ without a job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL has no job path such as /v1/jobs/&lt;id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http and https URLs are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL has no valid host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs with a user name or password are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback addresses; use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job ID in the URL is empty, too long or has unexpected characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n line not recognised</numerusform>
            <numerusform>%n lines not recognised</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobIntake</name>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile yet; add one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile fits this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 profile; add one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type job IDs, poll URLs or enqueue responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recognised: no job ID, poll URL or enqueue response found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (rejected text)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more item(s) not usable</source>
        <translation>
            <numerusform>%1, and %n more item not usable</numerusform>
            <numerusform>%1, and %n more items not usable</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to add</source>
        <translation>
            <numerusform>%n job to add</numerusform>
            <numerusform>%n jobs to add</numerusform>
        </translation>
    </message>
    <message>
        <source>No new job</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <translation>
            <numerusform>%n already watched</numerusform>
            <numerusform>%n already watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <translation>
            <numerusform>%n duplicate ignored</numerusform>
            <numerusform>%n duplicates ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a profile choice</source>
        <translation>
            <numerusform>%n needs a profile choice</numerusform>
            <numerusform>%n need a profile choice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation>
            <numerusform>%n item not usable</numerusform>
            <numerusform>%n items not usable</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of summary parts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing added: the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) added</source>
        <translation>
            <numerusform>%n job added</numerusform>
            <numerusform>%n jobs added</numerusform>
        </translation>
    </message>
    <message>
        <source>the text is %1 MB; at most %2 MB can be read at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds %1 jobs; at most %2 can be added at once, so add them in parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n line not recognised</numerusform>
            <numerusform>%n lines not recognised</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need(s) a profile choice</source>
        <translation>
            <numerusform>%n job needs a profile choice</numerusform>
            <numerusform>%n jobs need a profile choice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>the job history is read-only (written by a newer version of Jobwatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job history is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 vanished while it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Jobwatch database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history at %1 was written by a newer version of Jobwatch (format %2; this version knows up to %3). It is shown read-only and nothing of this session is saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history cannot be saved: the folder %1 cannot be created. This session is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history cannot be opened: the Qt SQLite driver (QSQLITE) is missing. This session is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history %1 is damaged (%2) and could not be moved aside. It is left as it is and this session is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history %1 could not be read (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history %1 cannot be opened (%2). This session is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the job history to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>Refused to open the link: it is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to open &quot;%1&quot;: only web links (http, https) open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to open a &quot;%1:&quot; link: only web links (http, https) open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to open the link: it has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to open a link that carries a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to open the file: the path is not absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file is gone; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>The mapping is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is a JSON array, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular expression string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path string or an object with &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.path&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing: give the path of the %2 in the job JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty list of alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be video, image, audio, document, text or other (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may use {base} only at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with {base} or be an http or https URL (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scheme string or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auth.header&quot; must be a plain header name other than Authorization (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of header names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would replace the API key header; use &quot;auth&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;recommended.ratePerSecond&quot; must be a number above 0 and at most 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of status strings and states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a state name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be queued, running, completed, failed, cancelled or unknown (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with &quot;form&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;progress.regex&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;progress.regex&quot; must name both (?&lt;done&gt;…) and (?&lt;total&gt;…), or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;progress.regex&quot; needs a capture group for the percentage, or (?&lt;done&gt;…) and (?&lt;total&gt;…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;progress.form&quot; must be percent, fraction, doneTotal or regex (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one of &quot;path&quot; or &quot;scan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; applies to &quot;path&quot; rules, not to &quot;scan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.maxDepth&quot; applies to &quot;scan&quot; rules only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a state name or an array of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list queued, running, completed, failed, cancelled or unknown (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;errorBody&quot; needs at least one of &quot;code&quot;, &quot;message&quot; or &quot;requestId&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;baseUrl&quot; must be an http or https URL (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timestamps&quot; must be iso, unix-seconds or unix-ms (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: the log at &quot;%1&quot; is empty or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>progress: the regex reads the last %n character(s) of the log</source>
        <translation>
            <numerusform>progress: the regex reads the last %n character of the log</numerusform>
            <numerusform>progress: the regex reads the last %n characters of the log</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;statusSynonyms&quot; maps &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in status word for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stateFromFields&quot;: &quot;%1&quot; is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status path matched nothing, so the state is unknown and polling goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in status word nor in &quot;statusSynonyms&quot;, so the state is unknown and polling goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job failed (%1) and gave no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job failed with status &quot;%1&quot; and gave no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, it applies only in other states than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; matched nothing%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; gave %n URL(s)</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; gave %n URL</numerusform>
            <numerusform>%1: &quot;%2&quot; gave %n URLs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; skipped, its &quot;when&quot; does not include %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; found %3, which gives no value (blank, not a string or number, or &quot;match&quot; failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; found %3 and reads &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: %1, because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status path &quot;%1&quot; matched nothing in this response, so the state is unknown%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of {&quot;present&quot;: PATH, &quot;state&quot;: STATE} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;present&quot;: PATH, &quot;state&quot;: STATE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.present&quot; is missing: give the path of the value whose presence decides the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.state&quot; must be queued, running, completed, failed or cancelled (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auth.scheme&quot; must be bearer, key, jwt-hs256 or header (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of names and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;vars.%1&quot; needs a name of letters, digits and &apos;_&apos; that starts with a letter and is not &quot;id&quot; or &quot;base&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot have &quot;when&quot;, because the state is read after it; remove &quot;when&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &quot;[&quot; without &quot;]&quot; in &quot;%2&quot;; write an array index as &quot;[0]&quot; or &quot;.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;[%2]&quot; in &quot;%3&quot; is not an array index; write a number (&quot;[0]&quot;, &quot;[-1]&quot; for the last entry) or &quot;[*]&quot; for every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the key &quot;%2&quot; in &quot;%3&quot; contains a dot; write the path as a JSON Pointer (&quot;/a/b.c&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the path &quot;%2&quot; has an empty step; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is the whole response; give the path of a value in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.format&quot; must contain {value}, which stands for the value read (e.g. &quot;Queue position {value}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain {id} or one of the &quot;vars&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown placeholder {%2}; only {base} and {id} are known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown placeholder {%2}; known are {base}, {id} and the &quot;vars&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MimeIntake</name>
    <message>
        <source>%1 is larger than %2 MiB; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation>
            <numerusform>%n job finished</numerusform>
            <numerusform>%n jobs finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n job failed</numerusform>
            <numerusform>%n jobs failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>notification title: &apos;5 jobs finished&apos;, &apos;1 failed&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>after &apos;N jobs finished, &apos;</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 finished</source>
        <comment>profile: job ID finished</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed</source>
        <comment>profile: job ID failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <comment>profile: job ID failed: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>after the first few jobs of a notification</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>The response is a JSON string, not a job object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is a JSON number, not a job object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is a JSON boolean, not a job object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is JSON null, not a job object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no job ID that the %1 dialect recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is %1 bytes, more than the %2-byte limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is a JSON array, not a job object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no job ID, which the %1 mapping allows; give the ID it was asked for (inspect --id ID).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another profile is already named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for a profile list (%1 KiB; at most %2 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Jobwatch profile export (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported profile export version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a key; exports never hold keys, so this file was not made by Jobwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; replaced (its saved key is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>profile name, copy number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;poll.%1&quot; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile needs a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;mapping&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: invalid mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: unknown dialect &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;baseUrl&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;poll&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;poll.adaptive&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dialect or preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for localhost; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved profile %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a profile object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;auth&quot; must be {&quot;scheme&quot;: &quot;bearer&quot;|&quot;key&quot;|&quot;jwt-hs256&quot;|&quot;header&quot;, &quot;header&quot;: NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: &quot;onFinish&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>environment variable %1 is not set or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: API keys are stored unencrypted in %1 (readable by your user account only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is readable by others; refusing to use it (chmod 600 it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key is saved for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain is not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot read the settings file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file %1 is not valid JSON (%2); it is left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file %1 was written by a newer version (%2); it is left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the settings file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>The image file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded (corrupt or unsupported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watching again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish command</source>
        <comment>timeline: the program run when the job ended</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ActionsDelegate</name>
    <message>
        <source>Stop watching (the server job is not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume watching from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry: poll again from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::AddDialog</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enqueue response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste job IDs, poll URLs or enqueue responses (JSON), in any mix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job_3f9a…
https://api.example.com/v1/jobs/analysis_1700000000_ab12
{&quot;id&quot;: &quot;…&quot;, &quot;poll_url&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by URL, then by ID shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already watched; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits several profiles: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. Choose a profile for %n job(s) in the list, or pick one profile above.</source>
        <translation>
            <numerusform>%1. Choose a profile for %n job in the list, or pick one profile above.</numerusform>
            <numerusform>%1. Choose a profile for %n jobs in the list, or pick one profile above.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 MB of text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more job(s)</source>
        <translation>
            <numerusform>… and %n more job</numerusform>
            <numerusform>… and %n more jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ArchiveInfo</name>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the archived files in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) saved in %1</source>
        <translation>
            <numerusform>%n result saved in %1</numerusform>
            <numerusform>%n results saved in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving to the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the archived copy stays</source>
        <comment>link expiry hint, then that the archive keeps the file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: save it before then</source>
        <comment>link expiry hint</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ArtifactPreview</name>
    <message>
        <source>Could not download the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too big to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audio format cannot be played here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video format cannot be played here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it externally, or raise the download limit in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed download links are valid for a limited time. Polling the job again fetches fresh ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web links (http, https) are downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or check the cache folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it externally in a player that supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may be damaged or incomplete. Try downloading it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider for the job again; it answers with fresh download links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling the job for fresh links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the result to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the desktop&apos;s default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet: the file is not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading before saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for this download after the job had completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::AudioPreview</name>
    <message>
        <source>The media backend could not open the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::DetailsPane</name>
    <message>
        <source>No job selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last poll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the status request as a curl command; the API key is redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <comment>state (raw status)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>server state, local state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: pause reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2%</source>
        <comment>state, progress percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>state, provider step or message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (request in flight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the curl command (key redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <comment>a time Jobwatch saw, not one the provider gave</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::DroppedInputDialog</name>
    <message>
        <source>Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines gave no job, or held something that could not be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more line(s) without a job, not listed</source>
        <translation>
            <numerusform>and %n more line without a job, not listed</numerusform>
            <numerusform>and %n more lines without a job, not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::DroppedInputNotice</name>
    <message>
        <source>Show the lines that were not added, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice about lines not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation>
            <numerusform>%n line not recognised</numerusform>
            <numerusform>%n lines not recognised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation>
            <numerusform>%n item not usable</numerusform>
            <numerusform>%n items not usable</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of summary parts</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::EndingsSettings</name>
    <message>
        <source>Tray and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the job counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify when jobs finish or fail (jobs that end together make one notification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing the window while jobs run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>example command</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop it after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1. The program and its arguments are split once, here; each placeholder is replaced inside its own argument and nothing goes through a shell. Its exit status and the end of its error output appear in the job&apos;s timeline. A profile can have its own program (Profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this &amp;program:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ExportDialog</name>
    <message>
        <source>Export Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected job(s)</source>
        <translation>
            <numerusform>The %n selected job</numerusform>
            <numerusform>The %n selected jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n job(s) in the table</source>
        <translation>
            <numerusform>All %n job in the table</numerusform>
            <numerusform>All %n jobs in the table</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep link signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed result links grant access to the results: anyone who gets the file can download them while the links work. Without this, the signatures are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no jobs to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s) to %1</source>
        <translation>
            <numerusform>Exported %n job to %1</numerusform>
            <numerusform>Exported %n jobs to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>export summary (warning)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::FilePreview</name>
    <message>
        <source>%1 · %2</source>
        <comment>format · size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ID, profile, type, error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the jobs of one profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status filter button: name (count)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds jobs by ID, profile, type, status message, error, result titles and prompt, in the job history too; every word must match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::HistoryActions</name>
    <message>
        <source>Searching the job history failed: %1. The table shows jobs whose ID, profile, type or error contain the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected jobs, or all jobs in the table, to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected jobs&apos; IDs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove older than…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove jobs that were last active more than a number of days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n job ID(s)</source>
        <translation>
            <numerusform>Copied %n job ID</numerusform>
            <numerusform>Copied %n job IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::HistorySearch</name>
    <message>
        <source>the job history is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ImagePreview</name>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image into the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% · %2 × %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::JobFilterProxy</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::JobStatusBar</name>
    <message>
        <source>Requests sent in the last minute, across all profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs: paste IDs, drop files or use Add jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/min</source>
        <comment>requests per minute</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rate limited until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new API key for the paused profile; its jobs resume once it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile&apos;s request budget (requests per second, burst, concurrency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: request budget short, %n poll(s) waiting</source>
        <translation>
            <numerusform>%1: request budget short, %n poll waiting</numerusform>
            <numerusform>%1: request budget short, %n polls waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <comment>profile name, polls waiting for budget</comment>
        <translation>
            <numerusform>%1 (%n waiting)</numerusform>
            <numerusform>%1 (%n waiting)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request budget short: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of profiles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (showing %2 of %n job(s))</source>
        <comment>counts under a search or profile filter; shown of total</comment>
        <translation>
            <numerusform>%1 (showing %2 of %n job)</numerusform>
            <numerusform>%1 (showing %2 of %n jobs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::JobTableColumns</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::JobTableModel</name>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audio</source>
        <comment>number of audio clips</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 text files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for first poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>duration in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <comment>duration: minutes, seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>duration: hours, minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Type: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted end at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n request sent</numerusform>
            <numerusform>%n requests sent</numerusform>
        </translation>
    </message>
    <message>
        <source>A request is in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, stalled</source>
        <comment>progress has not moved for a long while</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::JobTally</name>
    <message>
        <source>%1 %2</source>
        <comment>status bar: category name, count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: queued, running, retrying or paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: the provider reported the job done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: failed, cancelled, not found or configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: no longer watched (stopped, timed out locally), resumable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::MainWindow</name>
    <message>
        <source>Jobwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching every job (the server jobs are not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume every stopped, timed-out or paused job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the jobs the server reported as finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add job IDs, poll URLs or enqueue responses (you can also paste or drop them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) removed</source>
        <translation>
            <numerusform>%n finished job removed</numerusform>
            <numerusform>%n finished jobs removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add: the clipboard or drop held no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set key for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions: save all results, export, remove older jobs, settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::MappingEditor</name>
    <message>
        <source>The mapping JSON (see docs/mapping.md), e.g. {&quot;formatVersion&quot;: 1, &quot;pollUrl&quot;: &quot;{base}/v1/jobs/{id}&quot;, &quot;id&quot;: &quot;id&quot;, &quot;status&quot;: &quot;status&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a sample status response here to preview the parsed job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsed job (live preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a mapping to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is valid. Paste a sample response to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::MediaControls</name>
    <message>
        <source>Seek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>position / duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::PasteIntake</name>
    <message>
        <source>Nothing added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 MB of text…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ProfileChoiceDialog</name>
    <message>
        <source>Choose a Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) fit several profiles. Which profile should watch them?</source>
        <translation>
            <numerusform>%n job fits several profiles. Which profile should watch them?</numerusform>
            <numerusform>%n jobs fit several profiles. Which profile should watch them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the dialect says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in a plaintext file (0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID (optional; empty sends a probe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profiles (without keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>profile name, number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet (keys are not copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this key is stored unencrypted in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Use the key for this session only, or store it in a plaintext file readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the program from Settings, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run when a job ends:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ProgressDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::RemoveOlderDialog</name>
    <message>
        <source>Remove Older Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove jobs last active more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ago</source>
        <comment>after a number: remove jobs last active more than N days ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs that are being watched are kept. Results in the archive folder are not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job was last active that long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will be removed from the window and the job history.</source>
        <translation>
            <numerusform>%n job will be removed from the window and the job history.</numerusform>
            <numerusform>%n jobs will be removed from the window and the job history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old job(s) removed</source>
        <translation>
            <numerusform>%n old job removed</numerusform>
            <numerusform>%n old jobs removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::ReportView</name>
    <message>
        <source>Research report</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n search</numerusform>
            <numerusform>%n searches</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ResultActions</name>
    <message>
        <source>Save all results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results of every completed job in the table to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results of the selected jobs to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions: save all results, settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs to save results from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: none of these jobs has completed with a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Results To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ResultView</name>
    <message>
        <source>No job selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result appears here when the job completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job completed without a downloadable result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result: the job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result: the job failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::SaveResultsDialog</name>
    <message>
        <source>Save All Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) saved to %2.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n file saved to %2.</numerusform>
            <numerusform>Cancelled: %1 of %n files saved to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) (%1) to %2.</source>
        <translation>
            <numerusform>Saved %n file (%1) to %2.</numerusform>
            <numerusform>Saved %n files (%1) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n file(s) to %2; %3 could not be saved (see below).</source>
        <translation>
            <numerusform>Saved %1 of %n file to %2; %3 could not be saved (see below).</numerusform>
            <numerusform>Saved %1 of %n files to %2; %3 could not be saved (see below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) had no result to save.</source>
        <translation>
            <numerusform>%n job had no result to save.</numerusform>
            <numerusform>%n jobs had no result to save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the results of %n job(s) to %1</source>
        <translation>
            <numerusform>Saving the results of %n job to %1</numerusform>
            <numerusform>Saving the results of %n jobs to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::SceneGrid</name>
    <message>
        <source>Link expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too big to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider for the job again; it answers with fresh download links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scene %1 large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n scene</numerusform>
            <numerusform>%n scenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrupt image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed jobs&apos; results are downloaded at once and kept in this folder. The download cache makes room by deleting old files; the archive never does, and provider links that expire are archived first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result of a completed job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only results whose links expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (results stay in the download cache only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the archive folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1. {id}, {n} and {ext} are required; &quot;/&quot; makes a subfolder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo demo</source>
        <comment>sample profile name in the file name example</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (keep every job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number: remove jobs idle for more than N days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove jobs idle for more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied each time Jobwatch starts. Jobs that are being watched are kept, and so are the results in the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When jobs end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::SimulatedProvider</name>
    <message>
        <source>The simulated provider is already listening on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (the port may be in use).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::StoreSync</name>
    <message>
        <source>the job history gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::TextPreview</name>
    <message>
        <source>The downloaded file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1; Save as… keeps the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::TrayIcon</name>
    <message>
        <source>&amp;Show Jobwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching every job (the server jobs are not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobwatch: %1</source>
        <comment>tray tooltip: the job counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep watching?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobwatch remembers your answer; you can change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still being watched. Keep watching them in the tray and be told when they end?</source>
        <translation>
            <numerusform>%n job still being watched. Keep watching them in the tray and be told when they end?</numerusform>
            <numerusform>%n jobs still being watched. Keep watching them in the tray and be told when they end?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jw::VideoPreview</name>
    <message>
        <source>Press play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media backend could not open the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jw::ZoomImageView</name>
    <message>
        <source>Ctrl+wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch asynchronous generative-AI jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in simulated provider and watch demo jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the given IDs with this profile (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 800x700.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the saved window and column layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these jobs: all, active, completed, failed or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Add jobs dialog (with the given IDs in it) instead of adding them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job IDs or poll URLs to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug: select the first completed job with a result of this kind (video, image, audio, report, scenes, document, text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Profiles dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: also watch five jobs whose results fail to load (a corrupt image, an unplayable video, an expired link, a file too big, a reset connection), to see how Jobwatch reports each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the job with this ID as soon as it is watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Settings dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the job history in this folder (default: $JOBWATCH_DATA_DIR, else the application data folder). With --demo, the demo jobs are only kept when a folder is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the jobs and their history for this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Export dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
