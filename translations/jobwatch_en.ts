<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountLister</name>
    <message>
        <source>the profile "%1" cannot list jobs: its API has no list endpoint</source>
        <translation>the profile "%1" cannot list jobs: its API has no list endpoint</translation>
    </message>
    <message>
        <source>the API key could not be read: %1</source>
        <translation>the API key could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1; gave up after %n attempt(s)</source>
        <translation><numerusform>%1; gave up after %n attempt</numerusform><numerusform>%1; gave up after %n attempts</numerusform></translation>
    </message>
    <message>
        <source>HTTP 401: the API key was not accepted%1</source>
        <translation>HTTP 401: the API key was not accepted%1</translation>
    </message>
    <message>
        <source>HTTP 403: the API key may not list jobs%1</source>
        <translation>HTTP 403: the API key may not list jobs%1</translation>
    </message>
    <message>
        <source>HTTP 404: there is no job list at %1%2; check the base URL</source>
        <translation>HTTP 404: there is no job list at %1%2; check the base URL</translation>
    </message>
    <message>
        <source>HTTP %1%2</source>
        <translation>HTTP %1%2</translation>
    </message>
    <message>
        <source>the list answer is not valid JSON (%1 at byte %2)</source>
        <translation>the list answer is not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>the list answer is not a JSON object</source>
        <translation>the list answer is not a JSON object</translation>
    </message>
    <message>
        <source>the provider's next page is on another origin (%1); it is not followed, so the key stays with %2</source>
        <translation>the provider's next page is on another origin (%1); it is not followed, so the key stays with %2</translation>
    </message>
    <message numerus="yes">
        <source>the provider's next cursor leads back to a page already read (a cursor loop); the list ends after %n page(s)</source>
        <translation><numerusform>the provider's next cursor leads back to a page already read (a cursor loop); the list ends after %n page</numerusform><numerusform>the provider's next cursor leads back to a page already read (a cursor loop); the list ends after %n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>another profile is already named "%1"</source>
        <translation>another profile is already named "%1"</translation>
    </message>
    <message>
        <source>profile "%1" needs a name</source>
        <translation>profile "%1" needs a name</translation>
    </message>
    <message>
        <source>the demo is already running</source>
        <translation>the demo is already running</translation>
    </message>
    <message>
        <source>the demo server could not start: %1</source>
        <translation>the demo server could not start: %1</translation>
    </message>
    <message>
        <source>%1 demo</source>
        <comment>profile name, e.g. Theo demo</comment>
        <translation>%1 demo</translation>
    </message>
    <message>
        <source>Saving the job history failed: %1. The jobs are still watched; saving is retried.</source>
        <translation>Saving the job history failed: %1. The jobs are still watched; saving is retried.</translation>
    </message>
    <message>
        <source>not resumed: %1</source>
        <translation>not resumed: %1</translation>
    </message>
</context>
<context>
    <name>Artifacts</name>
    <message>
        <source>The download was cancelled</source>
        <translation>The download was cancelled</translation>
    </message>
    <message>
        <source>This link has no http(s) address, so it was not opened</source>
        <translation>This link has no http(s) address, so it was not opened</translation>
    </message>
    <message>
        <source>Refused to open a %1: link: only http(s) results can be downloaded</source>
        <translation>Refused to open a %1: link: only http(s) results can be downloaded</translation>
    </message>
    <message>
        <source>"%1" is not a valid http(s) address</source>
        <translation>"%1" is not a valid http(s) address</translation>
    </message>
    <message>
        <source>Refused plain http:// download from %1: only https is allowed off this computer</source>
        <translation>Refused plain http:// download from %1: only https is allowed off this computer</translation>
    </message>
    <message>
        <source>The file is %1 MB, over the %2 MB limit set in Settings</source>
        <translation>The file is %1 MB, over the %2 MB limit set in Settings</translation>
    </message>
    <message>
        <source>Could not write the download to %1: %2</source>
        <translation>Could not write the download to %1: %2</translation>
    </message>
    <message>
        <source>Could not write the download: %1</source>
        <translation>Could not write the download: %1</translation>
    </message>
    <message>
        <source>The server sent a redirect without a usable address</source>
        <translation>The server sent a redirect without a usable address</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1)</source>
        <translation>Too many redirects (more than %1)</translation>
    </message>
    <message>
        <source>The download of %1 ended early (%2 of %3 bytes)</source>
        <translation>The download of %1 ended early (%2 of %3 bytes)</translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation>Link expired — poll again to refresh</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2</source>
        <translation>The server answered HTTP %1 for %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) for %3</source>
        <translation>The server answered HTTP %1 (%2) for %3</translation>
    </message>
    <message numerus="yes">
        <source>The download of %1 stalled for %n second(s) and was stopped; try again</source>
        <translation><numerusform>The download of %1 stalled for %n second and was stopped; try again</numerusform><numerusform>The download of %1 stalled for %n seconds and was stopped; try again</numerusform></translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Could not download %1: %2</translation>
    </message>
    <message>
        <source>Could not create the cache folder %1</source>
        <translation>Could not create the cache folder %1</translation>
    </message>
    <message>
        <source>Could not move the download into the cache folder %1</source>
        <translation>Could not move the download into the cache folder %1</translation>
    </message>
    <message>
        <source>Results are being saved already</source>
        <translation>Results are being saved already</translation>
    </message>
    <message>
        <source>research report</source>
        <translation>research report</translation>
    </message>
    <message>
        <source>No jobs to save results from</source>
        <translation>No jobs to save results from</translation>
    </message>
    <message>
        <source>None of these jobs has a result to save (only completed jobs have)</source>
        <translation>None of these jobs has a result to save (only completed jobs have)</translation>
    </message>
    <message>
        <source>its file name would leave the folder</source>
        <translation>its file name would leave the folder</translation>
    </message>
    <message>
        <source>The job was removed</source>
        <translation>The job was removed</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Could not create the folder %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration</comment>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Link probably expired %1 ago</source>
        <translation>Link probably expired %1 ago</translation>
    </message>
    <message>
        <source>Link expired %1 ago</source>
        <translation>Link expired %1 ago</translation>
    </message>
    <message>
        <source>Link expires in about %1</source>
        <translation>Link expires in about %1</translation>
    </message>
    <message>
        <source>Link expires in %1</source>
        <translation>Link expires in %1</translation>
    </message>
    <message>
        <source>The file name pattern is empty</source>
        <translation>The file name pattern is empty</translation>
    </message>
    <message>
        <source>The file name pattern must be relative to the archive folder (it starts with "%1")</source>
        <translation>The file name pattern must be relative to the archive folder (it starts with "%1")</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} in the file name pattern; use %2</source>
        <translation>Unknown placeholder {%1} in the file name pattern; use %2</translation>
    </message>
    <message>
        <source>The file name pattern has a "{" or "}" that is not part of a placeholder</source>
        <translation>The file name pattern has a "{" or "}" that is not part of a placeholder</translation>
    </message>
    <message>
        <source>The file name pattern must not contain "%1"</source>
        <translation>The file name pattern must not contain "%1"</translation>
    </message>
    <message>
        <source>The file name pattern has an empty folder name ("//" or a trailing "/")</source>
        <translation>The file name pattern has an empty folder name ("//" or a trailing "/")</translation>
    </message>
    <message>
        <source>The file name pattern must not contain "." or ".." as a folder name</source>
        <translation>The file name pattern must not contain "." or ".." as a folder name</translation>
    </message>
    <message>
        <source>The file name pattern must contain {%1} so that no two results share a file</source>
        <translation>The file name pattern must contain {%1} so that no two results share a file</translation>
    </message>
    <message>
        <source>{ext} belongs in the file name, the last part of the pattern</source>
        <translation>{ext} belongs in the file name, the last part of the pattern</translation>
    </message>
    <message>
        <source>Choose a folder for the archive</source>
        <translation>Choose a folder for the archive</translation>
    </message>
    <message>
        <source>The archive folder must be a full path ("%1" is relative)</source>
        <translation>The archive folder must be a full path ("%1" is relative)</translation>
    </message>
    <message>
        <source>The archive folder must be apart from the download cache (%1), which is cleaned automatically</source>
        <translation>The archive folder must be apart from the download cache (%1), which is cleaned automatically</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 is a file, not a folder</translation>
    </message>
    <message>
        <source>The folder %1 is not writable</source>
        <translation>The folder %1 is not writable</translation>
    </message>
    <message>
        <source>Result %1 of %2 was not archived: its file name would leave the archive folder</source>
        <translation>Result %1 of %2 was not archived: its file name would leave the archive folder</translation>
    </message>
    <message>
        <source>Result %1 of %2 was not archived: %3</source>
        <translation>Result %1 of %2 was not archived: %3</translation>
    </message>
    <message>
        <source>This result came inside the provider's answer and is no longer kept here — poll again to get it</source>
        <translation>This result came inside the provider's answer and is no longer kept here — poll again to get it</translation>
    </message>
    <message>
        <source>Could not write %1 to the download cache: %2</source>
        <translation>Could not write %1 to the download cache: %2</translation>
    </message>
    <message>
        <source>Could not download %1: TLS error (the connection was refused, not ignored): %2</source>
        <translation>Could not download %1: TLS error (the connection was refused, not ignored): %2</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <comment>an account's credit balance</comment>
        <translation><numerusform>%Ln credit</numerusform><numerusform>%Ln credits</numerusform></translation>
    </message>
    <message>
        <source>%1 credits</source>
        <comment>an account's credit balance, not a whole number</comment>
        <translation>%1 credits</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run the simulated provider on 127.0.0.1 with a varied set of demo jobs in every dialect
(theo, vidocu, scenes, muvi) and outcome. Stops cleanly on Ctrl+C or SIGTERM.</source>
        <translation>Run the simulated provider on 127.0.0.1 with a varied set of demo jobs in every dialect
(theo, vidocu, scenes, muvi) and outcome. Stops cleanly on Ctrl+C or SIGTERM.</translation>
    </message>
    <message>
        <source>Port to listen on (default: a free port).</source>
        <translation>Port to listen on (default: a free port).</translation>
    </message>
    <message>
        <source>Require "Authorization: Bearer T" on job polls.</source>
        <translation>Require "Authorization: Bearer T" on job polls.</translation>
    </message>
    <message>
        <source>Number of demo jobs to create at start (default 20).</source>
        <translation>Number of demo jobs to create at start (default 20).</translation>
    </message>
    <message>
        <source>demo-server takes no positional arguments.</source>
        <translation>demo-server takes no positional arguments.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port must be a number from 0 to 65535.</translation>
    </message>
    <message>
        <source>--jobs must be a number from 0 to 10000.</source>
        <translation>--jobs must be a number from 0 to 10000.</translation>
    </message>
    <message>
        <source>cannot install the signal handlers.</source>
        <translation>cannot install the signal handlers.</translation>
    </message>
    <message>
        <source>jobwatch demo-server listening on %1</source>
        <translation>jobwatch demo-server listening on %1</translation>
    </message>
    <message>
        <source>Base URLs per dialect:</source>
        <translation>Base URLs per dialect:</translation>
    </message>
    <message numerus="yes">
        <source>%n demo job(s) created.</source>
        <translation><numerusform>%n demo job created.</numerusform><numerusform>%n demo jobs created.</numerusform></translation>
    </message>
    <message>
        <source>Job polls need the token: export JOBWATCH_DEMO_TOKEN=&lt;the --token value&gt;</source>
        <translation>Job polls need the token: export JOBWATCH_DEMO_TOKEN=&lt;the --token value&gt;</translation>
    </message>
    <message>
        <source>Create a job:</source>
        <translation>Create a job:</translation>
    </message>
    <message>
        <source>Poll one job of each dialect:</source>
        <translation>Poll one job of each dialect:</translation>
    </message>
    <message>
        <source>Watch it:</source>
        <translation>Watch it:</translation>
    </message>
    <message>
        <source>Inject faults: curl -s -X POST %1/control/faults -d '{"mix":{"429":0.1,"slow":0.05},"retryAfter":2}'</source>
        <translation>Inject faults: curl -s -X POST %1/control/faults -d '{"mix":{"429":0.1,"slow":0.05},"retryAfter":2}'</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Press Ctrl+C to stop.</translation>
    </message>
    <message>
        <source>demo-server stopped.</source>
        <translation>demo-server stopped.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Parse one job status response and print the normalized snapshot as JSON.
Exits 0 on success, 1 when the input is not a JSON object or has no job ID, 2 on usage errors.</source>
        <translation>Parse one job status response and print the normalized snapshot as JSON.
Exits 0 on success, 1 when the input is not a JSON object or has no job ID, 2 on usage errors.</translation>
    </message>
    <message>
        <source>Dialect or preset: %1.</source>
        <translation>Dialect or preset: %1.</translation>
    </message>
    <message>
        <source>The response body to parse, or - for standard input.</source>
        <translation>The response body to parse, or - for standard input.</translation>
    </message>
    <message>
        <source>inspect takes exactly one FILE (or - for stdin).</source>
        <translation>inspect takes exactly one FILE (or - for stdin).</translation>
    </message>
    <message>
        <source>mapping %1: %2</source>
        <translation>mapping %1: %2</translation>
    </message>
    <message>
        <source>"%1": %2</source>
        <translation>"%1": %2</translation>
    </message>
    <message>
        <source>"%1" is neither a job ID nor an http(s) poll URL (%2)</source>
        <translation>"%1" is neither a job ID nor an http(s) poll URL (%2)</translation>
    </message>
    <message>
        <source>A saved profile.</source>
        <translation>A saved profile.</translation>
    </message>
    <message>
        <source>The API's base URL (https://, or http:// on loopback).</source>
        <translation>The API's base URL (https://, or http:// on loopback).</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the API key.</source>
        <translation>Name of the environment variable holding the API key.</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 1800).</source>
        <translation>Give up waiting after this many seconds (default 1800).</translation>
    </message>
    <message>
        <source>Poll cadence: auto (adaptive, default) or a fixed interval in ms (at least 1000).</source>
        <translation>Poll cadence: auto (adaptive, default) or a fixed interval in ms (at least 1000).</translation>
    </message>
    <message>
        <source>Job IDs or poll URLs, or - to read them from standard input.</source>
        <translation>Job IDs or poll URLs, or - to read them from standard input.</translation>
    </message>
    <message>
        <source>--interval %1 is below the 1000 ms floor; using 1000 ms</source>
        <translation>--interval %1 is below the 1000 ms floor; using 1000 ms</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
    <message>
        <source>no job IDs or poll URLs given</source>
        <translation>no job IDs or poll URLs given</translation>
    </message>
    <message>
        <source>interrupted; stopped watching (the jobs keep running on the server)</source>
        <translation>interrupted; stopped watching (the jobs keep running on the server)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation><numerusform>about %n s left</numerusform><numerusform>about %n s left</numerusform></translation>
    </message>
    <message>
        <source>Parse a status response and print the snapshot JSON</source>
        <translation>Parse a status response and print the snapshot JSON</translation>
    </message>
    <message>
        <source>Watch jobs until they finish (NDJSON with --json)</source>
        <translation>Watch jobs until they finish (NDJSON with --json)</translation>
    </message>
    <message>
        <source>Run the simulated provider with demo jobs on 127.0.0.1</source>
        <translation>Run the simulated provider with demo jobs on 127.0.0.1</translation>
    </message>
    <message>
        <source>Usage: jobwatch-cli COMMAND [options]

Commands:
</source>
        <translation>Usage: jobwatch-cli COMMAND [options]

Commands:
</translation>
    </message>
    <message>
        <source>
Run jobwatch-cli COMMAND --help for a command's options. jobwatch-cli --version prints the version.
</source>
        <translation>
Run jobwatch-cli COMMAND --help for a command's options. jobwatch-cli --version prints the version.
</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unknown command "%1"</translation>
    </message>
    <message>
        <source>Base URLs per preset (create their jobs with the control endpoint):</source>
        <translation>Base URLs per preset (create their jobs with the control endpoint):</translation>
    </message>
    <message>
        <source>rerun with --file-store to keep keys in a plaintext file readable only by you (0600), or skip saving the key and use watch --key-env VAR</source>
        <translation>rerun with --file-store to keep keys in a plaintext file readable only by you (0600), or skip saving the key and use watch --key-env VAR</translation>
    </message>
    <message>
        <source>List the saved profiles; keys appear only as ••••last4.</source>
        <translation>List the saved profiles; keys appear only as ••••last4.</translation>
    </message>
    <message>
        <source>Print a JSON array (without keys).</source>
        <translation>Print a JSON array (without keys).</translation>
    </message>
    <message>
        <source>custom mapping</source>
        <translation>custom mapping</translation>
    </message>
    <message>
        <source>no profiles saved yet; add one with: jobwatch-cli profiles add --name NAME --dialect D --key-env VAR</source>
        <translation>no profiles saved yet; add one with: jobwatch-cli profiles add --name NAME --dialect D --key-env VAR</translation>
    </message>
    <message>
        <source>no key (%1)</source>
        <translation>no key (%1)</translation>
    </message>
    <message>
        <source>none saved</source>
        <translation>none saved</translation>
    </message>
    <message>
        <source>Save a profile. The key is read from --key-env VAR, or from standard input (one line), never from the
command line, and is stored in the OS keychain. --file-store opts in to a plaintext key file (0600).</source>
        <translation>Save a profile. The key is read from --key-env VAR, or from standard input (one line), never from the
command line, and is stored in the OS keychain. --file-store opts in to a plaintext key file (0600).</translation>
    </message>
    <message>
        <source>The profile's name.</source>
        <translation>The profile's name.</translation>
    </message>
    <message>
        <source>A custom mapping file (docs/mapping.md).</source>
        <translation>A custom mapping file (docs/mapping.md).</translation>
    </message>
    <message>
        <source>The API's base URL (default: the dialect's or preset's).</source>
        <translation>The API's base URL (default: the dialect's or preset's).</translation>
    </message>
    <message>
        <source>Environment variable holding the API key.</source>
        <translation>Environment variable holding the API key.</translation>
    </message>
    <message>
        <source>Save the profile without a key.</source>
        <translation>Save the profile without a key.</translation>
    </message>
    <message>
        <source>Opt in to storing keys in a plaintext file (0600) instead of the keychain.</source>
        <translation>Opt in to storing keys in a plaintext file (0600) instead of the keychain.</translation>
    </message>
    <message>
        <source>Default poll interval in ms (at least 1000).</source>
        <translation>Default poll interval in ms (at least 1000).</translation>
    </message>
    <message>
        <source>give --name and one of --dialect or --mapping</source>
        <translation>give --name and one of --dialect or --mapping</translation>
    </message>
    <message>
        <source>--interval takes a number of milliseconds, at least 1000</source>
        <translation>--interval takes a number of milliseconds, at least 1000</translation>
    </message>
    <message>
        <source>environment variable %1 is not set or empty</source>
        <translation>environment variable %1 is not set or empty</translation>
    </message>
    <message>
        <source>paste the API key and press Enter (it is not echoed to any file):</source>
        <translation>paste the API key and press Enter (it is not echoed to any file):</translation>
    </message>
    <message>
        <source>no key given: use --key-env VAR, pipe it on standard input, or --no-key</source>
        <translation>no key given: use --key-env VAR, pipe it on standard input, or --no-key</translation>
    </message>
    <message>
        <source>a profile named "%1" already exists</source>
        <translation>a profile named "%1" already exists</translation>
    </message>
    <message>
        <source>profile "%1": %2</source>
        <translation>profile "%1": %2</translation>
    </message>
    <message>
        <source>saved profile "%1" (no key)</source>
        <translation>saved profile "%1" (no key)</translation>
    </message>
    <message>
        <source>%1; the profile was not saved: %2</source>
        <translation>%1; the profile was not saved: %2</translation>
    </message>
    <message>
        <source>the key could not be saved: %1</source>
        <translation>the key could not be saved: %1</translation>
    </message>
    <message>
        <source>saved profile "%1" with key %2</source>
        <translation>saved profile "%1" with key %2</translation>
    </message>
    <message>
        <source>Remove a saved profile and delete its key.</source>
        <translation>Remove a saved profile and delete its key.</translation>
    </message>
    <message>
        <source>The profile's name or id.</source>
        <translation>The profile's name or id.</translation>
    </message>
    <message>
        <source>give the name of one profile</source>
        <translation>give the name of one profile</translation>
    </message>
    <message>
        <source>no profile named "%1"</source>
        <translation>no profile named "%1"</translation>
    </message>
    <message>
        <source>profile "%1" removed, but its key could not be deleted: %2</source>
        <translation>profile "%1" removed, but its key could not be deleted: %2</translation>
    </message>
    <message>
        <source>removed profile "%1" and its key</source>
        <translation>removed profile "%1" and its key</translation>
    </message>
    <message>
        <source>Test a saved profile: poll a job (--job) or a probe ID and report the outcome: ok, not-found (key
accepted), unauthorised, missing-scope, forbidden, unreachable, tls-error, wrong-dialect, rate-limited,
server-error or refused. Exit 0 when the key was accepted, 4 on an auth problem, 1 otherwise.</source>
        <translation>Test a saved profile: poll a job (--job) or a probe ID and report the outcome: ok, not-found (key
accepted), unauthorised, missing-scope, forbidden, unreachable, tls-error, wrong-dialect, rate-limited,
server-error or refused. Exit 0 when the key was accepted, 4 on an auth problem, 1 otherwise.</translation>
    </message>
    <message>
        <source>A job ID to poll.</source>
        <translation>A job ID to poll.</translation>
    </message>
    <message>
        <source>Use this environment variable's key instead of the saved one.</source>
        <translation>Use this environment variable's key instead of the saved one.</translation>
    </message>
    <message>
        <source>no profile named "%1" (see jobwatch-cli profiles list)</source>
        <translation>no profile named "%1" (see jobwatch-cli profiles list)</translation>
    </message>
    <message>
        <source>Saved profiles: list, add, remove, test (keys in the OS keychain)</source>
        <translation>Saved profiles: list, add, remove, test (keys in the OS keychain)</translation>
    </message>
    <message>
        <source>Watch jobs until all of them are terminal.
Jobs are job IDs or full poll URLs, as arguments or one per line on standard input (-).
Arguments and input lines that give no job are named on standard error (--strict: exit 2).
The API key is read from the environment variable named by --key-env, never from the command line.
Exit codes: 0 all completed, 1 any failed, cancelled or not found, 2 usage or configuration error,
3 any timed out locally or interrupted (Ctrl+C), 4 authentication or permission error.</source>
        <translation>Watch jobs until all of them are terminal.
Jobs are job IDs or full poll URLs, as arguments or one per line on standard input (-).
Arguments and input lines that give no job are named on standard error (--strict: exit 2).
The API key is read from the environment variable named by --key-env, never from the command line.
Exit codes: 0 all completed, 1 any failed, cancelled or not found, 2 usage or configuration error,
3 any timed out locally or interrupted (Ctrl+C), 4 authentication or permission error.</translation>
    </message>
    <message>
        <source>Exit with code 2, before watching anything, when an argument or input line gives no job.</source>
        <translation>Exit with code 2, before watching anything, when an argument or input line gives no job.</translation>
    </message>
    <message>
        <source>--max-wait takes a number of seconds from 1 to %1 (30 days), not "%2"</source>
        <translation>--max-wait takes a number of seconds from 1 to %1 (30 days), not "%2"</translation>
    </message>
    <message>
        <source>--interval takes auto or a whole number of milliseconds from 1000 to %1 (one day), not "%2"</source>
        <translation>--interval takes auto or a whole number of milliseconds from 1000 to %1 (one day), not "%2"</translation>
    </message>
    <message>
        <source>standard input is larger than %1 MiB; give the jobs in parts</source>
        <translation>standard input is larger than %1 MiB; give the jobs in parts</translation>
    </message>
    <message numerus="yes">
        <source>%n input item(s) gave no job; nothing is watched with --strict</source>
        <translation><numerusform>%n input item gave no job; nothing is watched with --strict</numerusform><numerusform>%n input items gave no job; nothing is watched with --strict</numerusform></translation>
    </message>
    <message>
        <source>no job can be watched</source>
        <translation>no job can be watched</translation>
    </message>
    <message>
        <source>standard input, line %1: "%2": %3</source>
        <translation>standard input, line %1: "%2": %3</translation>
    </message>
    <message numerus="yes">
        <source>standard input: %n more line(s) without a job not listed</source>
        <translation><numerusform>standard input: %n more line without a job not listed</numerusform><numerusform>standard input: %n more lines without a job not listed</numerusform></translation>
    </message>
    <message>
        <source>reading the job history failed: %1</source>
        <translation>reading the job history failed: %1</translation>
    </message>
    <message>
        <source>list, search: one JSON object per line: {"at":&lt;epoch ms&gt;,"profile":...,"local":...,"job":{...}}.</source>
        <translation>list, search: one JSON object per line: {"at":&lt;epoch ms&gt;,"profile":...,"local":...,"job":{...}}.</translation>
    </message>
    <message>
        <source>list, search: at most this many jobs.</source>
        <translation>list, search: at most this many jobs.</translation>
    </message>
    <message>
        <source>export: csv or json.</source>
        <translation>export: csv or json.</translation>
    </message>
    <message>
        <source>export: keep the signatures of signed result links.</source>
        <translation>export: keep the signatures of signed result links.</translation>
    </message>
    <message>
        <source>export: only the jobs matching this text.</source>
        <translation>export: only the jobs matching this text.</translation>
    </message>
    <message>
        <source>The folder of the job history (default: $%1, else the desktop app's data folder).</source>
        <translation>The folder of the job history (default: $%1, else the desktop app's data folder).</translation>
    </message>
    <message>
        <source>list, search or export.</source>
        <translation>list, search or export.</translation>
    </message>
    <message>
        <source>give a command: list, search TEXT or export --format csv|json</source>
        <translation>give a command: list, search TEXT or export --format csv|json</translation>
    </message>
    <message>
        <source>unknown history command "%1"; use list, search or export</source>
        <translation>unknown history command "%1"; use list, search or export</translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation>search needs the text to look for</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>unexpected argument "%1"</translation>
    </message>
    <message>
        <source>--limit takes a number of jobs</source>
        <translation>--limit takes a number of jobs</translation>
    </message>
    <message>
        <source>export needs --format csv or --format json</source>
        <translation>export needs --format csv or --format json</translation>
    </message>
    <message>
        <source>unknown export format "%1"; use csv or json</source>
        <translation>unknown export format "%1"; use csv or json</translation>
    </message>
    <message>
        <source>--json and --limit are for list and search; export takes --format</source>
        <translation>--json and --limit are for list and search; export takes --format</translation>
    </message>
    <message>
        <source>--format, --signed-urls and --search are for export</source>
        <translation>--format, --signed-urls and --search are for export</translation>
    </message>
    <message>
        <source>no job history in %1 yet</source>
        <translation>no job history in %1 yet</translation>
    </message>
    <message>
        <source>Requests that may go out at once after a quiet spell (default 10).</source>
        <translation>Requests that may go out at once after a quiet spell (default 10).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation>Requests in flight at once (default 6).</translation>
    </message>
    <message>
        <source>Write the watched jobs into the job history, where the window and `history` see them.</source>
        <translation>Write the watched jobs into the job history, where the window and `history` see them.</translation>
    </message>
    <message>
        <source>With --record: the folder of the job history (default: $%1, else the desktop app's data folder).</source>
        <translation>With --record: the folder of the job history (default: $%1, else the desktop app's data folder).</translation>
    </message>
    <message>
        <source>--rate takes a number of requests per second from 0.01 to 10000</source>
        <translation>--rate takes a number of requests per second from 0.01 to 10000</translation>
    </message>
    <message>
        <source>--burst takes a whole number of requests from 1 to 100000</source>
        <translation>--burst takes a whole number of requests from 1 to 100000</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 64</source>
        <translation>--concurrency takes a whole number from 1 to 64</translation>
    </message>
    <message>
        <source>--data-dir is for --record</source>
        <translation>--data-dir is for --record</translation>
    </message>
    <message>
        <source>recording into the job history failed: %1 (watching goes on; retrying)</source>
        <translation>recording into the job history failed: %1 (watching goes on; retrying)</translation>
    </message>
    <message numerus="yes">
        <source>request budget short: %n poll(s) waiting at %1 requests/s (ceiling %2; raise it with --rate)</source>
        <translation><numerusform>request budget short: %n poll waiting at %1 requests/s (ceiling %2; raise it with --rate)</numerusform><numerusform>request budget short: %n polls waiting at %1 requests/s (ceiling %2; raise it with --rate)</numerusform></translation>
    </message>
    <message>
        <source>request budget sufficient again</source>
        <translation>request budget sufficient again</translation>
    </message>
    <message>
        <source>%1, stalled</source>
        <comment>a running job whose progress has not moved for a long while</comment>
        <translation>%1, stalled</translation>
    </message>
    <message>
        <source>The job history: list, search TEXT, export --format csv|json</source>
        <translation>The job history: list, search TEXT, export --format csv|json</translation>
    </message>
    <message>
        <source>the error body is not a JSON object, so only the HTTP status would show.</source>
        <translation>the error body is not a JSON object, so only the HTTP status would show.</translation>
    </message>
    <message>
        <source>A custom mapping JSON file (see docs/mapping.md). With --dialect too, the names must agree.</source>
        <translation>A custom mapping JSON file (see docs/mapping.md). With --dialect too, the names must agree.</translation>
    </message>
    <message>
        <source>Also print on stderr, for each mapped field, the path tried and what it matched, and the rule that decided the state (mappings and presets).</source>
        <translation>Also print on stderr, for each mapped field, the path tried and what it matched, and the rule that decided the state (mappings and presets).</translation>
    </message>
    <message>
        <source>FILE is an HTTP error body (status 400 or above): print the error read from it as {"code","message","requestId"}.</source>
        <translation>FILE is an HTTP error body (status 400 or above): print the error read from it as {"code","message","requestId"}.</translation>
    </message>
    <message>
        <source>The job ID the response was asked for; it stands in when the mapping has "idOptional" and the body has no ID.</source>
        <translation>The job ID the response was asked for; it stands in when the mapping has "idOptional" and the body has no ID.</translation>
    </message>
    <message>
        <source>give --dialect NAME or --mapping FILE.</source>
        <translation>give --dialect NAME or --mapping FILE.</translation>
    </message>
    <message>
        <source>the mapping %1 is named "%2", not "%3"; give --mapping alone, or --dialect %2.</source>
        <translation>the mapping %1 is named "%2", not "%3"; give --mapping alone, or --dialect %2.</translation>
    </message>
    <message>
        <source>--explain works with mappings and presets, not with the native dialect %1.</source>
        <translation>--explain works with mappings and presets, not with the native dialect %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>cannot read the mapping file %1: %2</source>
        <translation>cannot read the mapping file %1: %2</translation>
    </message>
    <message>
        <source>Change a saved profile in place: its mapping (or dialect), base URL or poll interval. Its name, id, key
and other poll settings stay. A new mapping replaces the old one whole.</source>
        <translation>Change a saved profile in place: its mapping (or dialect), base URL or poll interval. Its name, id, key
and other poll settings stay. A new mapping replaces the old one whole.</translation>
    </message>
    <message>
        <source>The API's base URL.</source>
        <translation>The API's base URL.</translation>
    </message>
    <message>
        <source>give --dialect or --mapping, not both</source>
        <translation>give --dialect or --mapping, not both</translation>
    </message>
    <message>
        <source>nothing to change: give --mapping, --dialect, --base-url or --interval</source>
        <translation>nothing to change: give --mapping, --dialect, --base-url or --interval</translation>
    </message>
    <message>
        <source>updated profile "%1"</source>
        <translation>updated profile "%1"</translation>
    </message>
    <message>
        <source>A custom mapping file (docs/mapping.md), instead of --dialect. --base-url may be left out when the mapping has a baseUrl.</source>
        <translation>A custom mapping file (docs/mapping.md), instead of --dialect. --base-url may be left out when the mapping has a baseUrl.</translation>
    </message>
    <message>
        <source>--profile cannot be combined with --dialect, --mapping or --base-url</source>
        <translation>--profile cannot be combined with --dialect, --mapping or --base-url</translation>
    </message>
    <message>
        <source>give --mapping FILE with --key-env (and --base-url unless the mapping has a baseUrl), without --dialect</source>
        <translation>give --mapping FILE with --key-env (and --base-url unless the mapping has a baseUrl), without --dialect</translation>
    </message>
    <message>
        <source>the mapping %1 has no baseUrl; give --base-url</source>
        <translation>the mapping %1 has no baseUrl; give --base-url</translation>
    </message>
    <message>
        <source>give --profile, or all of --dialect (or --mapping), --base-url and --key-env</source>
        <translation>give --profile, or all of --dialect (or --mapping), --base-url and --key-env</translation>
    </message>
    <message>
        <source>The answer to the mapping's "resolve" request (the second call for a completed job's result URL): add the result read from it.</source>
        <translation>The answer to the mapping's "resolve" request (the second call for a completed job's result URL): add the result read from it.</translation>
    </message>
    <message>
        <source>the response body is %1 bytes, more than the %2-byte limit of a finished job's response.</source>
        <translation>the response body is %1 bytes, more than the %2-byte limit of a finished job's response.</translation>
    </message>
    <message>
        <source>the response body is %1 bytes while the job is %2; over the %3-byte limit for a job that has not finished.</source>
        <translation>the response body is %1 bytes while the job is %2; over the %3-byte limit for a job that has not finished.</translation>
    </message>
    <message>
        <source>--resolved: this response asks for no second request (the mapping has no "resolve", the job is not completed, or a value its URL needs is missing).</source>
        <translation>--resolved: this response asks for no second request (the mapping has no "resolve", the job is not completed, or a value its URL needs is missing).</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>the answer is not a JSON object</translation>
    </message>
    <message>
        <source>--resolved %1: %2</source>
        <translation>--resolved %1: %2</translation>
    </message>
    <message>
        <source>The result's URL takes a second request: GET %1 (try its answer with --resolved FILE).</source>
        <translation>The result's URL takes a second request: GET %1 (try its answer with --resolved FILE).</translation>
    </message>
    <message>
        <source>Run this program for each job that ends, without a shell. Placeholders, each replaced inside its own argument: %1. Its exit status and the end of its stderr are printed on standard error.</source>
        <translation>Run this program for each job that ends, without a shell. Placeholders, each replaced inside its own argument: %1. Its exit status and the end of its stderr are printed on standard error.</translation>
    </message>
    <message>
        <source>Kill the --on-finish program after this many seconds (default 60).</source>
        <translation>Kill the --on-finish program after this many seconds (default 60).</translation>
    </message>
    <message>
        <source>--on-finish: %1</source>
        <translation>--on-finish: %1</translation>
    </message>
    <message>
        <source>--on-finish-timeout takes a whole number of seconds from 1 to 86400, with --on-finish</source>
        <translation>--on-finish-timeout takes a whole number of seconds from 1 to 86400, with --on-finish</translation>
    </message>
    <message>
        <source>%1: on-finish %2</source>
        <comment>job ID: on-finish exit status 0</comment>
        <translation>%1: on-finish %2</translation>
    </message>
    <message>
        <source>result %1 has no file name inside %2</source>
        <translation>result %1 has no file name inside %2</translation>
    </message>
    <message>
        <source>could not write result %1 to %2: %3</source>
        <translation>could not write result %1 to %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>job ID: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: result %2 saved to %3</source>
        <comment>job ID, result number, file</comment>
        <translation>%1: result %2 saved to %3</translation>
    </message>
    <message>
        <source>Print NDJSON events: {"event":"update"|"final"|"error","at":&lt;epoch ms&gt;,"job":{...}}, and {"event":"saved","id":ID,"result":N,"path":FILE} for a result written to a file.</source>
        <translation>Print NDJSON events: {"event":"update"|"final"|"error","at":&lt;epoch ms&gt;,"job":{...}}, and {"event":"saved","id":ID,"result":N,"path":FILE} for a result written to a file.</translation>
    </message>
    <message>
        <source>Where results that come inside the provider's answer (base64) are written, named like the desktop app's results archive (default: "results" in the data folder of --data-dir).</source>
        <translation>Where results that come inside the provider's answer (base64) are written, named like the desktop app's results archive (default: "results" in the data folder of --data-dir).</translation>
    </message>
    <message>
        <source>Read what a saved profile's account has left, where its API reports a balance (Runway's credits,
Luma's dollars). Exit 0 with the amount, 1 when it cannot be read (the reason on stderr), 2 when
the profile's API reports no balance, 4 on a key problem.</source>
        <translation>Read what a saved profile's account has left, where its API reports a balance (Runway's credits,
Luma's dollars). Exit 0 with the amount, 1 when it cannot be read (the reason on stderr), 2 when
the profile's API reports no balance, 4 on a key problem.</translation>
    </message>
    <message>
        <source>Print one JSON object: {profile, amount, unit, readAt} or {profile, error}.</source>
        <translation>Print one JSON object: {profile, amount, unit, readAt} or {profile, error}.</translation>
    </message>
    <message>
        <source>profile "%1": its API (%2) reports no balance</source>
        <translation>profile "%1": its API (%2) reports no balance</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>profile "%1": the balance could not be read: %2</source>
        <translation>profile "%1": the balance could not be read: %2</translation>
    </message>
    <message>
        <source>The job history: every job the window watched, and those `watch --record` watched.
  list                 the stored jobs, oldest first
  search TEXT          the jobs whose ID, profile, type, status message, error, result titles, prompt or inputs
                       contain every word of TEXT
  export --format F    every job (or the --search hits) as csv or json on standard output; signed result
                       links lose their signature unless --signed-urls is given</source>
        <translation>The job history: every job the window watched, and those `watch --record` watched.
  list                 the stored jobs, oldest first
  search TEXT          the jobs whose ID, profile, type, status message, error, result titles, prompt or inputs
                       contain every word of TEXT
  export --format F    every job (or the --search hits) as csv or json on standard output; signed result
                       links lose their signature unless --signed-urls is given</translation>
    </message>
    <message>
        <source>List the account's jobs from the provider's list endpoint (Replicate predictions, OpenAI videos, Luma
generations, or a mapping with a "list" section), newest first as the provider gives them.
Prints one job ID per line, so that `jobwatch-cli list ... | jobwatch-cli watch ... -` watches them.
Pages are read with the provider's cursor, within the profile's request budget.
Exit codes: 0 listed, 1 the list could not be read to its end (the jobs before are printed),
2 usage or configuration error, 4 authentication or permission error.</source>
        <translation>List the account's jobs from the provider's list endpoint (Replicate predictions, OpenAI videos, Luma
generations, or a mapping with a "list" section), newest first as the provider gives them.
Prints one job ID per line, so that `jobwatch-cli list ... | jobwatch-cli watch ... -` watches them.
Pages are read with the provider's cursor, within the profile's request budget.
Exit codes: 0 listed, 1 the list could not be read to its end (the jobs before are printed),
2 usage or configuration error, 4 authentication or permission error.</translation>
    </message>
    <message>
        <source>Only jobs in these states, comma-separated: queued, running, completed, failed, cancelled, unknown, or active (queued, running or unknown).</source>
        <translation>Only jobs in these states, comma-separated: queued, running, completed, failed, cancelled, unknown, or active (queued, running or unknown).</translation>
    </message>
    <message>
        <source>Print one JSON object per job: {"id","state","rawStatus","type","progress","createdAt"}.</source>
        <translation>Print one JSON object per job: {"id","state","rawStatus","type","progress","createdAt"}.</translation>
    </message>
    <message>
        <source>Print at most this many jobs (default %1).</source>
        <translation>Print at most this many jobs (default %1).</translation>
    </message>
    <message>
        <source>Read at most this many pages (default %1).</source>
        <translation>Read at most this many pages (default %1).</translation>
    </message>
    <message>
        <source>list takes no arguments (got "%1")</source>
        <translation>list takes no arguments (got "%1")</translation>
    </message>
    <message>
        <source>--state takes queued, running, completed, failed, cancelled, unknown or active, comma-separated (got "%1")</source>
        <translation>--state takes queued, running, completed, failed, cancelled, unknown or active, comma-separated (got "%1")</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 100000</source>
        <translation>--limit takes a whole number from 1 to 100000</translation>
    </message>
    <message>
        <source>--pages takes a whole number from 1 to 10000</source>
        <translation>--pages takes a whole number from 1 to 10000</translation>
    </message>
    <message>
        <source>the API of "%1" (%2) has no job list; list works with the replicate, openai-videos and luma presets and with mappings that have a "list" section</source>
        <translation>the API of "%1" (%2) has no job list; list works with the replicate, openai-videos and luma presets and with mappings that have a "list" section</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n page(s); the account has more jobs (read more with --pages)</source>
        <translation><numerusform>stopped after %n page; the account has more jobs (read more with --pages)</numerusform><numerusform>stopped after %n pages; the account has more jobs (read more with --pages)</numerusform></translation>
    </message>
    <message>
        <source>usage: jobwatch-cli profiles list|add|update|remove|test|balance [options] (--help on each)</source>
        <translation>usage: jobwatch-cli profiles list|add|update|remove|test|balance [options] (--help on each)</translation>
    </message>
    <message>
        <source>List the account's jobs from the provider (pipe into watch -)</source>
        <translation>List the account's jobs from the provider (pipe into watch -)</translation>
    </message>
    <message>
        <source>could not write result %1: cannot create the folder %2</source>
        <translation>could not write result %1: cannot create the folder %2</translation>
    </message>
    <message>
        <source>Request budget: at most this many requests per second (default: the profile's, 20 for an API that documents no limit). A ceiling: a 429 or 503 lowers the rate at once, and it climbs back while polls wait.</source>
        <translation>Request budget: at most this many requests per second (default: the profile's, 20 for an API that documents no limit). A ceiling: a 429 or 503 lowers the rate at once, and it climbs back while polls wait.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>no poll URL results from this base URL</source>
        <translation>no poll URL results from this base URL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS error: %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>cannot reach %1: %2</translation>
    </message>
    <message>
        <source>unauthorised: the server rejected the API key</source>
        <translation>unauthorised: the server rejected the API key</translation>
    </message>
    <message>
        <source>the API key lacks a required scope</source>
        <translation>the API key lacks a required scope</translation>
    </message>
    <message>
        <source>forbidden: the key may not read jobs</source>
        <translation>forbidden: the key may not read jobs</translation>
    </message>
    <message>
        <source>connected; the key was accepted (the probe job is unknown, as expected)</source>
        <translation>connected; the key was accepted (the probe job is unknown, as expected)</translation>
    </message>
    <message>
        <source>connected, but job %1 was not found</source>
        <translation>connected, but job %1 was not found</translation>
    </message>
    <message>
        <source>the server asks to slow down (HTTP %1)</source>
        <translation>the server asks to slow down (HTTP %1)</translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation>server error (HTTP %1)</translation>
    </message>
    <message>
        <source>the server redirected (HTTP %1); check the base URL</source>
        <translation>the server redirected (HTTP %1); check the base URL</translation>
    </message>
    <message>
        <source>unexpected HTTP %1</source>
        <translation>unexpected HTTP %1</translation>
    </message>
    <message>
        <source>OK: job %1 is %2</source>
        <translation>OK: job %1 is %2</translation>
    </message>
    <message>
        <source>the response did not parse as %1: %2</source>
        <translation>the response did not parse as %1: %2</translation>
    </message>
    <message>
        <source>this mapping</source>
        <translation>this mapping</translation>
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
        <comment>the time the provider's machine worked on the job</comment>
        <translation>%1 s of compute</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <comment>a provider's credits; the amount may have decimals</comment>
        <translation>%1 credits</translation>
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
        <comment>the provider's estimate of a job's cost</comment>
        <translation>about %1 (estimate)</translation>
    </message>
</context>
<context>
    <name>Dialects</name>
    <message>
        <source>Unknown dialect "%1". Known: %2.</source>
        <translation>Unknown dialect "%1". Known: %2.</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Scene %1</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>status response larger than %1 KiB; aborted</source>
        <translation>status response larger than %1 KiB; aborted</translation>
    </message>
    <message>
        <source>no complete answer within %1 s (transfer timeout)</source>
        <translation>no complete answer within %1 s (transfer timeout)</translation>
    </message>
    <message>
        <source>TLS error (the connection was refused, not ignored): %1</source>
        <translation>TLS error (the connection was refused, not ignored): %1</translation>
    </message>
    <message>
        <source>HTTP %1 answer cut off: %2</source>
        <translation>HTTP %1 answer cut off: %2</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>network error: %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>more than %1 redirects</translation>
    </message>
    <message>
        <source>"%1" is not a valid http(s) URL</source>
        <translation>"%1" is not a valid http(s) URL</translation>
    </message>
    <message>
        <source>refusing plain http:// to %1: use https:// (http is allowed only for loopback)</source>
        <translation>refusing plain http:// to %1: use https:// (http is allowed only for loopback)</translation>
    </message>
    <message>
        <source>unsupported URL scheme "%1": only https (and http on loopback) can be polled</source>
        <translation>unsupported URL scheme "%1": only https (and http on loopback) can be polled</translation>
    </message>
    <message>
        <source>a profile needs an id</source>
        <translation>a profile needs an id</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>profile %1: %2</translation>
    </message>
    <message>
        <source>the API key could not be read: %1</source>
        <translation>the API key could not be read: %1</translation>
    </message>
    <message>
        <source>unknown profile "%1"</source>
        <translation>unknown profile "%1"</translation>
    </message>
    <message>
        <source>empty job ID</source>
        <translation>empty job ID</translation>
    </message>
    <message numerus="yes">
        <source>timed out locally after %n minute(s); resume to keep waiting</source>
        <translation><numerusform>timed out locally after %n minute; resume to keep waiting</numerusform><numerusform>timed out locally after %n minutes; resume to keep waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>timed out locally after %n second(s); resume to keep waiting</source>
        <translation><numerusform>timed out locally after %n second; resume to keep waiting</numerusform><numerusform>timed out locally after %n seconds; resume to keep waiting</numerusform></translation>
    </message>
    <message>
        <source>HTTP 401: the API key was not accepted%1; fix the key, then resume the profile</source>
        <translation>HTTP 401: the API key was not accepted%1; fix the key, then resume the profile</translation>
    </message>
    <message>
        <source>HTTP 403: the API key lacks permission%1; fix the key, then resume the profile</source>
        <translation>HTTP 403: the API key lacks permission%1; fix the key, then resume the profile</translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (request %1)</translation>
    </message>
    <message>
        <source>HTTP %1; retrying with backoff</source>
        <translation>HTTP %1; retrying with backoff</translation>
    </message>
    <message>
        <source>HTTP %1: %2; retrying with backoff</source>
        <translation>HTTP %1: %2; retrying with backoff</translation>
    </message>
    <message>
        <source>unreadable status response: %1</source>
        <translation>unreadable status response: %1</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); waiting %1 s as the server asked</source>
        <translation>rate limited (HTTP 429); waiting %1 s as the server asked</translation>
    </message>
    <message numerus="yes">
        <source>not found (HTTP 404 %n times); check the ID and the profile</source>
        <translation><numerusform>not found (HTTP 404 %n times); check the ID and the profile</numerusform><numerusform>not found (HTTP 404 %n times); check the ID and the profile</numerusform></translation>
    </message>
    <message>
        <source>not found (HTTP 404); checking again (%1 of %2)</source>
        <translation>not found (HTTP 404); checking again (%1 of %2)</translation>
    </message>
    <message>
        <source>HTTP %1 redirect not followed: %2</source>
        <translation>HTTP %1 redirect not followed: %2</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>redirect without a usable Location</translation>
    </message>
    <message>
        <source>the status response is not UTF-8 text; check the profile's base URL and dialect</source>
        <translation>the status response is not UTF-8 text; check the profile's base URL and dialect</translation>
    </message>
    <message>
        <source>the answer is for job "%1", not "%2"; check the poll URL and the profile</source>
        <translation>the answer is for job "%1", not "%2"; check the poll URL and the profile</translation>
    </message>
    <message>
        <source>service unavailable (HTTP 503); waiting %1 s as the server asked</source>
        <translation>service unavailable (HTTP 503); waiting %1 s as the server asked</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429); waiting %1 s</source>
        <translation>rate limited (HTTP 429); waiting %1 s</translation>
    </message>
    <message>
        <source>configuration error: %1</source>
        <translation>configuration error: %1</translation>
    </message>
    <message>
        <source>The provider rejected the job (HTTP %1) and gave no message.</source>
        <translation>The provider rejected the job (HTTP %1) and gave no message.</translation>
    </message>
    <message>
        <source>HTTP %1: %2; the provider rejects this job, so it is not polled again</source>
        <translation>HTTP %1: %2; the provider rejects this job, so it is not polled again</translation>
    </message>
    <message>
        <source>status response of %1 KiB while the job is %2; only a finished job's answer may be over %3 KiB</source>
        <translation>status response of %1 KiB while the job is %2; only a finished job's answer may be over %3 KiB</translation>
    </message>
    <message>
        <source>completed; asking for the result's download link</source>
        <translation>completed; asking for the result's download link</translation>
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
        <translation>the answer is not a JSON object (%1)</translation>
    </message>
    <message>
        <source>completed; the result's download link is not there yet (%1); asking again</source>
        <translation>completed; the result's download link is not there yet (%1); asking again</translation>
    </message>
    <message>
        <source>completed, but the result's download link could not be fetched from %1: %2</source>
        <translation>completed, but the result's download link could not be fetched from %1: %2</translation>
    </message>
    <message>
        <source>HTTP 401 from %1: the API key was not accepted</source>
        <translation>HTTP 401 from %1: the API key was not accepted</translation>
    </message>
    <message>
        <source>HTTP 403 from %1: the API key may not read the account's balance</source>
        <translation>HTTP 403 from %1: the API key may not read the account's balance</translation>
    </message>
    <message>
        <source>HTTP 404 from %1: the API has no balance there (check the profile's base URL)</source>
        <translation>HTTP 404 from %1: the API has no balance there (check the profile's base URL)</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429) at %1; the profile waits as for a poll</source>
        <translation>rate limited (HTTP 429) at %1; the profile waits as for a poll</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 from %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>HTTP %1 from %2: %3</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid JSON (%2 at byte %3)</source>
        <translation>the answer from %1 is not valid JSON (%2 at byte %3)</translation>
    </message>
    <message>
        <source>the answer from %1 is not a JSON object</source>
        <translation>the answer from %1 is not a JSON object</translation>
    </message>
    <message>
        <source>the answer holds no balance</source>
        <translation>the answer holds no balance</translation>
    </message>
    <message>
        <source>the answer did not end within %1 s; aborted (the server keeps sending without finishing)</source>
        <translation>the answer did not end within %1 s; aborted (the server keeps sending without finishing)</translation>
    </message>
</context>
<context>
    <name>FinishCommand</name>
    <message>
        <source>the command is empty</source>
        <translation>the command is empty</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in the command; use %2</source>
        <translation>unknown placeholder {%1} in the command; use %2</translation>
    </message>
    <message>
        <source>the program itself cannot be a placeholder; put placeholders in its arguments</source>
        <translation>the program itself cannot be a placeholder; put placeholders in its arguments</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>could not start %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>killed after %n s (timeout)</source>
        <translation><numerusform>killed after %n s (timeout)</numerusform><numerusform>killed after %n s (timeout)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>killed after %n s (timeout): %1</source>
        <translation><numerusform>killed after %n s (timeout): %1</numerusform><numerusform>killed after %n s (timeout): %1</numerusform></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>crashed</translation>
    </message>
    <message>
        <source>crashed: %1</source>
        <translation>crashed: %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>exit status %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>exit status %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the prompts of restored jobs could not be read from the job history: %1</source>
        <translation>the prompts of restored jobs could not be read from the job history: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>IdExtractor</name>
    <message>
        <source>the job ID is empty, too long or has unexpected characters</source>
        <translation>the job ID is empty, too long or has unexpected characters</translation>
    </message>
    <message>
        <source>the JSON has no job ID or poll URL (id, job_id, jobId, request_id, poll_url, status_url or urls.get)</source>
        <translation>the JSON has no job ID or poll URL (id, job_id, jobId, request_id, poll_url, status_url or urls.get)</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>the text is empty</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (rejected text)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more item(s) not usable</source>
        <translation><numerusform>%1, and %n more item not usable</numerusform><numerusform>%1, and %n more items not usable</numerusform></translation>
    </message>
    <message>
        <source>no job ID, poll URL or enqueue response found</source>
        <translation>no job ID, poll URL or enqueue response found</translation>
    </message>
    <message>
        <source>Nothing recognised: %1</source>
        <translation>Nothing recognised: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) recognised</source>
        <translation><numerusform>%n job recognised</numerusform><numerusform>%n jobs recognised</numerusform></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list of summary parts</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <translation><numerusform>%n duplicate ignored</numerusform><numerusform>%n duplicates ignored</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation><numerusform>%n item not usable</numerusform><numerusform>%n items not usable</numerusform></translation>
    </message>
    <message>
        <source>the URL ends at /%1/ without a job ID</source>
        <translation>the URL ends at /%1/ without a job ID</translation>
    </message>
    <message>
        <source>the URL has no job path such as /v1/jobs/&lt;id&gt;</source>
        <translation>the URL has no job path such as /v1/jobs/&lt;id&gt;</translation>
    </message>
    <message>
        <source>the URL is too long</source>
        <translation>the URL is too long</translation>
    </message>
    <message>
        <source>only http and https URLs are supported</source>
        <translation>only http and https URLs are supported</translation>
    </message>
    <message>
        <source>the URL has no valid host</source>
        <translation>the URL has no valid host</translation>
    </message>
    <message>
        <source>URLs with a user name or password are not accepted</source>
        <translation>URLs with a user name or password are not accepted</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback addresses; use https</source>
        <translation>plain http is only allowed for loopback addresses; use https</translation>
    </message>
    <message>
        <source>the job ID in the URL is empty, too long or has unexpected characters</source>
        <translation>the job ID in the URL is empty, too long or has unexpected characters</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation><numerusform>%n line not recognised</numerusform><numerusform>%n lines not recognised</numerusform></translation>
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
        <translation>Model</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Model version</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>image or video dimensions, e.g. 1280x720</comment>
        <translation>Size</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>length of the generated video or audio</comment>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <source>the running Jobwatch window did not answer (%1)</source>
        <translation>the running Jobwatch window did not answer (%1)</translation>
    </message>
    <message>
        <source>the running Jobwatch window gave an answer that is not understood</source>
        <translation>the running Jobwatch window gave an answer that is not understood</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>the request is too large</source>
        <translation>the request is too large</translation>
    </message>
    <message>
        <source>the request is not understood (is the other jobwatch a different version?)</source>
        <translation>the request is not understood (is the other jobwatch a different version?)</translation>
    </message>
</context>
<context>
    <name>JobIntake</name>
    <message>
        <source>there is no profile "%1"</source>
        <translation>there is no profile "%1"</translation>
    </message>
    <message>
        <source>there is no profile yet; add one first</source>
        <translation>there is no profile yet; add one first</translation>
    </message>
    <message>
        <source>no profile fits this job</source>
        <translation>no profile fits this job</translation>
    </message>
    <message>
        <source>no %1 profile; add one first</source>
        <translation>no %1 profile; add one first</translation>
    </message>
    <message>
        <source>Paste or type job IDs, poll URLs or enqueue responses</source>
        <translation>Paste or type job IDs, poll URLs or enqueue responses</translation>
    </message>
    <message>
        <source>Nothing recognised: no job ID, poll URL or enqueue response found</source>
        <translation>Nothing recognised: no job ID, poll URL or enqueue response found</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (rejected text)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more item(s) not usable</source>
        <translation><numerusform>%1, and %n more item not usable</numerusform><numerusform>%1, and %n more items not usable</numerusform></translation>
    </message>
    <message>
        <source>Nothing recognised: %1</source>
        <translation>Nothing recognised: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to add</source>
        <translation><numerusform>%n job to add</numerusform><numerusform>%n jobs to add</numerusform></translation>
    </message>
    <message>
        <source>No new job</source>
        <translation>No new job</translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <translation><numerusform>%n already watched</numerusform><numerusform>%n already watched</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <translation><numerusform>%n duplicate ignored</numerusform><numerusform>%n duplicates ignored</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a profile choice</source>
        <translation><numerusform>%n needs a profile choice</numerusform><numerusform>%n need a profile choice</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation><numerusform>%n item not usable</numerusform><numerusform>%n items not usable</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of summary parts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing added: the text is empty</source>
        <translation>Nothing added: the text is empty</translation>
    </message>
    <message>
        <source>No job added</source>
        <translation>No job added</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) added</source>
        <translation><numerusform>%n job added</numerusform><numerusform>%n jobs added</numerusform></translation>
    </message>
    <message>
        <source>the text is %1 MB; at most %2 MB can be read at once</source>
        <translation>the text is %1 MB; at most %2 MB can be read at once</translation>
    </message>
    <message>
        <source>the text holds %1 jobs; at most %2 can be added at once, so add them in parts</source>
        <translation>the text holds %1 jobs; at most %2 can be added at once, so add them in parts</translation>
    </message>
    <message>
        <source>Nothing to add: %1</source>
        <translation>Nothing to add: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation><numerusform>%n line not recognised</numerusform><numerusform>%n lines not recognised</numerusform></translation>
    </message>
    <message>
        <source>Nothing added: %1</source>
        <translation>Nothing added: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need(s) a profile choice</source>
        <translation><numerusform>%n job needs a profile choice</numerusform><numerusform>%n jobs need a profile choice</numerusform></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>the job history is read-only (written by a newer version of Jobwatch)</source>
        <translation>the job history is read-only (written by a newer version of Jobwatch)</translation>
    </message>
    <message>
        <source>the job history is not available</source>
        <translation>the job history is not available</translation>
    </message>
    <message>
        <source>job %1 vanished while it was written</source>
        <translation>job %1 vanished while it was written</translation>
    </message>
    <message>
        <source>no stored job %1</source>
        <translation>no stored job %1</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>it cannot be read: %1</translation>
    </message>
    <message>
        <source>it is not a Jobwatch database</source>
        <translation>it is not a Jobwatch database</translation>
    </message>
    <message>
        <source>The job history at %1 was written by a newer version of Jobwatch (format %2; this version knows up to %3). It is shown read-only and nothing of this session is saved to it.</source>
        <translation>The job history at %1 was written by a newer version of Jobwatch (format %2; this version knows up to %3). It is shown read-only and nothing of this session is saved to it.</translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation>write-ahead logging is not available (journal mode %1)</translation>
    </message>
    <message>
        <source>The job history cannot be saved: the folder %1 cannot be created. This session is not saved.</source>
        <translation>The job history cannot be saved: the folder %1 cannot be created. This session is not saved.</translation>
    </message>
    <message>
        <source>The job history cannot be opened: the Qt SQLite driver (QSQLITE) is missing. This session is not saved.</source>
        <translation>The job history cannot be opened: the Qt SQLite driver (QSQLITE) is missing. This session is not saved.</translation>
    </message>
    <message>
        <source>The job history %1 is damaged (%2) and could not be moved aside. It is left as it is and this session is not saved.</source>
        <translation>The job history %1 is damaged (%2) and could not be moved aside. It is left as it is and this session is not saved.</translation>
    </message>
    <message>
        <source>The job history %1 could not be read (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation>The job history %1 could not be read (%2). It was kept as %3 and a new, empty history was started.</translation>
    </message>
    <message>
        <source>The job history %1 cannot be opened (%2). This session is not saved.</source>
        <translation>The job history %1 cannot be opened (%2). This session is not saved.</translation>
    </message>
    <message>
        <source>no schema version %1</source>
        <translation>no schema version %1</translation>
    </message>
    <message>
        <source>upgrading the job history to version %1 failed: %2</source>
        <translation>upgrading the job history to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang needs a language code; available: %1</source>
        <translation>--lang needs a language code; available: %1</translation>
    </message>
    <message>
        <source>no translation for the language "%1"; available: %2</source>
        <translation>no translation for the language "%1"; available: %2</translation>
    </message>
    <message>
        <source>Use this language instead of the system's: %1.</source>
        <translation>Use this language instead of the system's: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>LaunchRequests</name>
    <message>
        <source>"%1" is not a valid jobwatch: link (expected jobwatch:watch?profile=NAME&amp;id=ID)</source>
        <translation>"%1" is not a valid jobwatch: link (expected jobwatch:watch?profile=NAME&amp;id=ID)</translation>
    </message>
    <message>
        <source>the link "%1" asks for "%2"; Jobwatch links can only watch jobs (jobwatch:watch?profile=NAME&amp;id=ID)</source>
        <translation>the link "%1" asks for "%2"; Jobwatch links can only watch jobs (jobwatch:watch?profile=NAME&amp;id=ID)</translation>
    </message>
    <message>
        <source>the link "%1" has an empty id</source>
        <translation>the link "%1" has an empty id</translation>
    </message>
    <message>
        <source>the link "%1" names more than one profile</source>
        <translation>the link "%1" names more than one profile</translation>
    </message>
    <message>
        <source>the link "%1" has an unknown parameter "%2" (expected profile and id)</source>
        <translation>the link "%1" has an unknown parameter "%2" (expected profile and id)</translation>
    </message>
    <message>
        <source>the link "%1" names no job (add id=ID)</source>
        <translation>the link "%1" names no job (add id=ID)</translation>
    </message>
    <message>
        <source>no profile named "%1"</source>
        <translation>no profile named "%1"</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>Refused to open the link: it is not a valid address.</source>
        <translation>Refused to open the link: it is not a valid address.</translation>
    </message>
    <message>
        <source>Refused to open "%1": only web links (http, https) open.</source>
        <translation>Refused to open "%1": only web links (http, https) open.</translation>
    </message>
    <message>
        <source>Refused to open a "%1:" link: only web links (http, https) open.</source>
        <translation>Refused to open a "%1:" link: only web links (http, https) open.</translation>
    </message>
    <message>
        <source>Refused to open the link: it has no host.</source>
        <translation>Refused to open the link: it has no host.</translation>
    </message>
    <message>
        <source>Refused to open a link that carries a user name or password.</source>
        <translation>Refused to open a link that carries a user name or password.</translation>
    </message>
    <message>
        <source>Refused to open the file: the path is not absolute.</source>
        <translation>Refused to open the file: the path is not absolute.</translation>
    </message>
    <message>
        <source>The downloaded file is gone; download it again.</source>
        <translation>The downloaded file is gone; download it again.</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>The mapping is not valid JSON (%1 at byte %2).</source>
        <translation>The mapping is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The mapping is a JSON array, not an object.</source>
        <translation>The mapping is a JSON array, not an object.</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object.</source>
        <translation>The mapping is not a JSON object.</translation>
    </message>
    <message>
        <source>"%1" must be %2, not %3.</source>
        <translation>"%1" must be %2, not %3.</translation>
    </message>
    <message>
        <source>Unknown key "%1" in the mapping.</source>
        <translation>Unknown key "%1" in the mapping.</translation>
    </message>
    <message>
        <source>Unknown key "%1" in "%2".</source>
        <translation>Unknown key "%1" in "%2".</translation>
    </message>
    <message>
        <source>"%1" is missing.</source>
        <translation>"%1" is missing.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>"%1" is empty.</source>
        <translation>"%1" is empty.</translation>
    </message>
    <message>
        <source>a path string</source>
        <translation>a path string</translation>
    </message>
    <message>
        <source>"%1" is an empty path.</source>
        <translation>"%1" is an empty path.</translation>
    </message>
    <message>
        <source>a regular expression string</source>
        <translation>a regular expression string</translation>
    </message>
    <message>
        <source>"%1" is an empty regular expression.</source>
        <translation>"%1" is an empty regular expression.</translation>
    </message>
    <message>
        <source>"%1" is not a valid regular expression: %2 at offset %3.</source>
        <translation>"%1" is not a valid regular expression: %2 at offset %3.</translation>
    </message>
    <message>
        <source>a path string or an object with "path"</source>
        <translation>a path string or an object with "path"</translation>
    </message>
    <message>
        <source>"%1.path" is missing.</source>
        <translation>"%1.path" is missing.</translation>
    </message>
    <message>
        <source>"%1" is missing: give the path of the %2 in the job JSON.</source>
        <translation>"%1" is missing: give the path of the %2 in the job JSON.</translation>
    </message>
    <message>
        <source>"%1" is an empty list of alternatives.</source>
        <translation>"%1" is an empty list of alternatives.</translation>
    </message>
    <message>
        <source>"%1" must be video, image, audio, document, text or other (got "%2").</source>
        <translation>"%1" must be video, image, audio, document, text or other (got "%2").</translation>
    </message>
    <message>
        <source>"%1" must contain {id}.</source>
        <translation>"%1" must contain {id}.</translation>
    </message>
    <message>
        <source>"%1" may use {base} only at its start.</source>
        <translation>"%1" may use {base} only at its start.</translation>
    </message>
    <message>
        <source>"%1" must start with {base} or be an http or https URL (got "%2").</source>
        <translation>"%1" must start with {base} or be an http or https URL (got "%2").</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3.</source>
        <translation>"%1" must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>a scheme string or an object</source>
        <translation>a scheme string or an object</translation>
    </message>
    <message>
        <source>"auth.header" must be a plain header name other than Authorization (got "%1").</source>
        <translation>"auth.header" must be a plain header name other than Authorization (got "%1").</translation>
    </message>
    <message>
        <source>an object of header names and values</source>
        <translation>an object of header names and values</translation>
    </message>
    <message>
        <source>"%1" is not a valid header name.</source>
        <translation>"%1" is not a valid header name.</translation>
    </message>
    <message>
        <source>"%1" would replace the API key header; use "auth" instead.</source>
        <translation>"%1" would replace the API key header; use "auth" instead.</translation>
    </message>
    <message>
        <source>"%1" contains a line break.</source>
        <translation>"%1" contains a line break.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>"recommended.ratePerSecond" must be a number above 0 and at most 1000.</source>
        <translation>"recommended.ratePerSecond" must be a number above 0 and at most 1000.</translation>
    </message>
    <message>
        <source>an object of status strings and states</source>
        <translation>an object of status strings and states</translation>
    </message>
    <message>
        <source>a state name</source>
        <translation>a state name</translation>
    </message>
    <message>
        <source>"%1" must be queued, running, completed, failed, cancelled or unknown (got "%2").</source>
        <translation>"%1" must be queued, running, completed, failed, cancelled or unknown (got "%2").</translation>
    </message>
    <message>
        <source>an object with "form"</source>
        <translation>an object with "form"</translation>
    </message>
    <message>
        <source>"progress.regex" is missing.</source>
        <translation>"progress.regex" is missing.</translation>
    </message>
    <message>
        <source>"progress.regex" must name both (?&lt;done&gt;…) and (?&lt;total&gt;…), or neither.</source>
        <translation>"progress.regex" must name both (?&lt;done&gt;…) and (?&lt;total&gt;…), or neither.</translation>
    </message>
    <message>
        <source>"progress.regex" needs a capture group for the percentage, or (?&lt;done&gt;…) and (?&lt;total&gt;…).</source>
        <translation>"progress.regex" needs a capture group for the percentage, or (?&lt;done&gt;…) and (?&lt;total&gt;…).</translation>
    </message>
    <message>
        <source>"progress.form" must be percent, fraction, doneTotal or regex (got "%1").</source>
        <translation>"progress.form" must be percent, fraction, doneTotal or regex (got "%1").</translation>
    </message>
    <message>
        <source>an array of rules</source>
        <translation>an array of rules</translation>
    </message>
    <message>
        <source>"%1" needs exactly one of "path" or "scan".</source>
        <translation>"%1" needs exactly one of "path" or "scan".</translation>
    </message>
    <message>
        <source>"%1.%2" applies to "path" rules, not to "scan".</source>
        <translation>"%1.%2" applies to "path" rules, not to "scan".</translation>
    </message>
    <message>
        <source>"%1.maxDepth" applies to "scan" rules only.</source>
        <translation>"%1.maxDepth" applies to "scan" rules only.</translation>
    </message>
    <message>
        <source>a state name or an array of them</source>
        <translation>a state name or an array of them</translation>
    </message>
    <message>
        <source>"%1" must list queued, running, completed, failed, cancelled or unknown (got "%2").</source>
        <translation>"%1" must list queued, running, completed, failed, cancelled or unknown (got "%2").</translation>
    </message>
    <message>
        <source>"errorBody" needs at least one of "code", "message" or "requestId".</source>
        <translation>"errorBody" needs at least one of "code", "message" or "requestId".</translation>
    </message>
    <message>
        <source>"formatVersion" must be 1.</source>
        <translation>"formatVersion" must be 1.</translation>
    </message>
    <message>
        <source>"name" must be up to 64 letters, digits, '.', '_' or '-' (got "%1").</source>
        <translation>"name" must be up to 64 letters, digits, '.', '_' or '-' (got "%1").</translation>
    </message>
    <message>
        <source>"baseUrl" must be an http or https URL (got "%1").</source>
        <translation>"baseUrl" must be an http or https URL (got "%1").</translation>
    </message>
    <message>
        <source>"timestamps" must be iso, unix-seconds or unix-ms (got "%1").</source>
        <translation>"timestamps" must be iso, unix-seconds or unix-ms (got "%1").</translation>
    </message>
    <message>
        <source>progress: the log at "%1" is empty or missing</source>
        <translation>progress: the log at "%1" is empty or missing</translation>
    </message>
    <message numerus="yes">
        <source>progress: the regex reads the last %n character(s) of the log</source>
        <translation><numerusform>progress: the regex reads the last %n character of the log</numerusform><numerusform>progress: the regex reads the last %n characters of the log</numerusform></translation>
    </message>
    <message>
        <source>"statusSynonyms" maps "%1" to %2</source>
        <translation>"statusSynonyms" maps "%1" to %2</translation>
    </message>
    <message>
        <source>"%1" is a built-in status word for %2</source>
        <translation>"%1" is a built-in status word for %2</translation>
    </message>
    <message>
        <source>"stateFromFields": "%1" is present</source>
        <translation>"stateFromFields": "%1" is present</translation>
    </message>
    <message>
        <source>the status path matched nothing, so the state is unknown and polling goes on</source>
        <translation>the status path matched nothing, so the state is unknown and polling goes on</translation>
    </message>
    <message>
        <source>"%1" is neither a built-in status word nor in "statusSynonyms", so the state is unknown and polling goes on</source>
        <translation>"%1" is neither a built-in status word nor in "statusSynonyms", so the state is unknown and polling goes on</translation>
    </message>
    <message>
        <source>The job failed (%1) and gave no message.</source>
        <translation>The job failed (%1) and gave no message.</translation>
    </message>
    <message>
        <source>The job failed with status "%1" and gave no message.</source>
        <translation>The job failed with status "%1" and gave no message.</translation>
    </message>
    <message>
        <source>%1: skipped, it applies only in other states than %2</source>
        <translation>%1: skipped, it applies only in other states than %2</translation>
    </message>
    <message>
        <source>%1: "%2" matched nothing%3</source>
        <translation>%1: "%2" matched nothing%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: "%2" gave %n URL(s)</source>
        <translation><numerusform>%1: "%2" gave %n URL</numerusform><numerusform>%1: "%2" gave %n URLs</numerusform></translation>
    </message>
    <message>
        <source>%1: "%2" skipped, its "when" does not include %3</source>
        <translation>%1: "%2" skipped, its "when" does not include %3</translation>
    </message>
    <message>
        <source>%1: "%2" found %3, which gives no value (blank, not a string or number, or "match" failed)</source>
        <translation>%1: "%2" found %3, which gives no value (blank, not a string or number, or "match" failed)</translation>
    </message>
    <message>
        <source>%1: "%2" found %3 and reads "%4"</source>
        <translation>%1: "%2" found %3 and reads "%4"</translation>
    </message>
    <message>
        <source>state: %1, because %2</source>
        <translation>state: %1, because %2</translation>
    </message>
    <message>
        <source>the status path "%1" matched nothing in this response, so the state is unknown%2</source>
        <translation>the status path "%1" matched nothing in this response, so the state is unknown%2</translation>
    </message>
    <message>
        <source>; did you mean "%1"?</source>
        <translation>; did you mean "%1"?</translation>
    </message>
    <message>
        <source>an array of {"present": PATH, "state": STATE} rules</source>
        <translation>an array of {"present": PATH, "state": STATE} rules</translation>
    </message>
    <message>
        <source>an object {"present": PATH, "state": STATE}</source>
        <translation>an object {"present": PATH, "state": STATE}</translation>
    </message>
    <message>
        <source>"%1.present" is missing: give the path of the value whose presence decides the state.</source>
        <translation>"%1.present" is missing: give the path of the value whose presence decides the state.</translation>
    </message>
    <message>
        <source>"%1.state" must be queued, running, completed, failed or cancelled (got "%2").</source>
        <translation>"%1.state" must be queued, running, completed, failed or cancelled (got "%2").</translation>
    </message>
    <message>
        <source>"auth.scheme" must be bearer, key, jwt-hs256 or header (got "%1").</source>
        <translation>"auth.scheme" must be bearer, key, jwt-hs256 or header (got "%1").</translation>
    </message>
    <message>
        <source>an object of names and fields</source>
        <translation>an object of names and fields</translation>
    </message>
    <message>
        <source>"vars.%1" needs a name of letters, digits and '_' that starts with a letter and is not "id" or "base".</source>
        <translation>"vars.%1" needs a name of letters, digits and '_' that starts with a letter and is not "id" or "base".</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>"%1" cannot have "when", because the state is read after it; remove "when".</source>
        <translation>"%1" cannot have "when", because the state is read after it; remove "when".</translation>
    </message>
    <message>
        <source>"%1" has a "[" without "]" in "%2"; write an array index as "[0]" or ".0".</source>
        <translation>"%1" has a "[" without "]" in "%2"; write an array index as "[0]" or ".0".</translation>
    </message>
    <message>
        <source>"%1": "[%2]" in "%3" is not an array index; write a number ("[0]", "[-1]" for the last entry) or "[*]" for every entry.</source>
        <translation>"%1": "[%2]" in "%3" is not an array index; write a number ("[0]", "[-1]" for the last entry) or "[*]" for every entry.</translation>
    </message>
    <message>
        <source>"%1": the key "%2" in "%3" contains a dot; write the path as a JSON Pointer ("/a/b.c").</source>
        <translation>"%1": the key "%2" in "%3" contains a dot; write the path as a JSON Pointer ("/a/b.c").</translation>
    </message>
    <message>
        <source>"%1": the path "%2" has an empty step; did you mean "%3"?</source>
        <translation>"%1": the path "%2" has an empty step; did you mean "%3"?</translation>
    </message>
    <message>
        <source>"%1": "%2" is the whole response; give the path of a value in it.</source>
        <translation>"%1": "%2" is the whole response; give the path of a value in it.</translation>
    </message>
    <message>
        <source>"%1.format" must contain {value}, which stands for the value read (e.g. "Queue position {value}").</source>
        <translation>"%1.format" must contain {value}, which stands for the value read (e.g. "Queue position {value}").</translation>
    </message>
    <message>
        <source>"%1" must contain {id} or one of the "vars" (%2).</source>
        <translation>"%1" must contain {id} or one of the "vars" (%2).</translation>
    </message>
    <message>
        <source>"%1" has an unknown placeholder {%2}; only {base} and {id} are known here.</source>
        <translation>"%1" has an unknown placeholder {%2}; only {base} and {id} are known here.</translation>
    </message>
    <message>
        <source>"%1" has an unknown placeholder {%2}; known are {base}, {id} and the "vars" %3.</source>
        <translation>"%1" has an unknown placeholder {%2}; known are {base}, {id} and the "vars" %3.</translation>
    </message>
    <message>
        <source>the answer has no value at "%1" (resolve.path)</source>
        <translation>the answer has no value at "%1" (resolve.path)</translation>
    </message>
    <message>
        <source>the value at "%1" is not an http(s) URL: %2</source>
        <translation>the value at "%1" is not an http(s) URL: %2</translation>
    </message>
    <message>
        <source>an object with "url" and "path"</source>
        <translation>an object with "url" and "path"</translation>
    </message>
    <message numerus="yes">
        <source>%1: "%2" gave %n base64 result(s)</source>
        <translation><numerusform>%1: "%2" gave %n base64 result</numerusform><numerusform>%1: "%2" gave %n base64 results</numerusform></translation>
    </message>
    <message>
        <source>%1: item %2</source>
        <translation>%1: item %2</translation>
    </message>
    <message>
        <source>%1 is not text, so it is not base64 data</source>
        <translation>%1 is not text, so it is not base64 data</translation>
    </message>
    <message>
        <source>%1 is not valid base64 data (%2 characters)</source>
        <translation>%1 is not valid base64 data (%2 characters)</translation>
    </message>
    <message>
        <source>"url" or "base64"</source>
        <translation>"url" or "base64"</translation>
    </message>
    <message>
        <source>"%1.encoding" must be "url" (the default) or "base64" (got "%2").</source>
        <translation>"%1.encoding" must be "url" (the default) or "base64" (got "%2").</translation>
    </message>
    <message>
        <source>"%1.encoding": base64 results need a "path" rule; a "scan" finds URLs only.</source>
        <translation>"%1.encoding": base64 results need a "path" rule; a "scan" finds URLs only.</translation>
    </message>
    <message>
        <source>"%1.%2" does not apply to base64 results: they have no link of their own, and their size is that of the data.</source>
        <translation>"%1.%2" does not apply to base64 results: they have no link of their own, and their size is that of the data.</translation>
    </message>
    <message>
        <source>"stateFromFields": "%1" is "%2", which matches "%3"</source>
        <translation>"stateFromFields": "%1" is "%2", which matches "%3"</translation>
    </message>
    <message>
        <source>the answer has no number at "%1" (balance.path)</source>
        <translation>the answer has no number at "%1" (balance.path)</translation>
    </message>
    <message>
        <source>an object with "url", "path" and "unit"</source>
        <translation>an object with "url", "path" and "unit"</translation>
    </message>
    <message>
        <source>"balance.url" must start with {base} or be an http(s) URL (got "%1").</source>
        <translation>"balance.url" must start with {base} or be an http(s) URL (got "%1").</translation>
    </message>
    <message>
        <source>"balance.url" knows only {base}, at its start (got "%1").</source>
        <translation>"balance.url" knows only {base}, at its start (got "%1").</translation>
    </message>
    <message>
        <source>an object of input names and fields</source>
        <translation>an object of input names and fields</translation>
    </message>
    <message>
        <source>"input.%1" needs a name of up to 64 letters, digits, '_', '.' or '-' that starts with a letter.</source>
        <translation>"input.%1" needs a name of up to 64 letters, digits, '_', '.' or '-' that starts with a letter.</translation>
    </message>
    <message>
        <source>"input" names no input: give fields such as "prompt": "input.prompt", or "*": the path of an object whose members are the inputs.</source>
        <translation>"input" names no input: give fields such as "prompt": "input.prompt", or "*": the path of an object whose members are the inputs.</translation>
    </message>
    <message>
        <source>input.*: "%1" is not an object here, so it gives no inputs</source>
        <translation>input.*: "%1" is not an object here, so it gives no inputs</translation>
    </message>
    <message>
        <source>an object with "value" and "unit"</source>
        <translation>an object with "value" and "unit"</translation>
    </message>
    <message>
        <source>"cost.unit" must be "seconds" (compute time), "credits" or a currency code in capitals such as "USD" (got "%1").</source>
        <translation>"cost.unit" must be "seconds" (compute time), "credits" or a currency code in capitals such as "USD" (got "%1").</translation>
    </message>
    <message>
        <source>"%1" must be a plain query parameter name (got "%2").</source>
        <translation>"%1" must be a plain query parameter name (got "%2").</translation>
    </message>
    <message>
        <source>an object of query parameters and values</source>
        <translation>an object of query parameters and values</translation>
    </message>
    <message>
        <source>an object: {"url": PATH}, {"cursor": PATH, "param": NAME} or {"offset": NAME}</source>
        <translation>an object: {"url": PATH}, {"cursor": PATH, "param": NAME} or {"offset": NAME}</translation>
    </message>
    <message>
        <source>"list.next" needs exactly one of "url" (the path of the next page's URL), "cursor" (the path of the next cursor, with "param") or "offset" (the offset parameter's name).</source>
        <translation>"list.next" needs exactly one of "url" (the path of the next page's URL), "cursor" (the path of the next cursor, with "param") or "offset" (the offset parameter's name).</translation>
    </message>
    <message>
        <source>"list.next.param" belongs to a "cursor"; a "url" is followed as it is.</source>
        <translation>"list.next.param" belongs to a "cursor"; a "url" is followed as it is.</translation>
    </message>
    <message>
        <source>"list.next.param" belongs to a "cursor"; "offset" names its parameter itself.</source>
        <translation>"list.next.param" belongs to a "cursor"; "offset" names its parameter itself.</translation>
    </message>
    <message>
        <source>"list.next.offset" needs "list.limitParam" and "list.pageSize", to know where a page ends.</source>
        <translation>"list.next.offset" needs "list.limitParam" and "list.pageSize", to know where a page ends.</translation>
    </message>
    <message>
        <source>an object with "url", "items" and "next"</source>
        <translation>an object with "url", "items" and "next"</translation>
    </message>
    <message>
        <source>"list.url" may use only {base}, at its start (got "%1").</source>
        <translation>"list.url" may use only {base}, at its start (got "%1").</translation>
    </message>
    <message>
        <source>"list.url" must start with {base} or be an http or https URL (got "%1").</source>
        <translation>"list.url" must start with {base} or be an http or https URL (got "%1").</translation>
    </message>
    <message>
        <source>"list.items" is missing: give the path of the array of jobs in a list answer.</source>
        <translation>"list.items" is missing: give the path of the array of jobs in a list answer.</translation>
    </message>
    <message>
        <source>"list.pageSize" and "list.limitParam" go together: the page size and the parameter that asks for it.</source>
        <translation>"list.pageSize" and "list.limitParam" go together: the page size and the parameter that asks for it.</translation>
    </message>
    <message>
        <source>"list.next" is missing: say how the next page is found.</source>
        <translation>"list.next" is missing: say how the next page is found.</translation>
    </message>
    <message>
        <source>the list answer has nothing at "%1"%2</source>
        <translation>the list answer has nothing at "%1"%2</translation>
    </message>
    <message>
        <source>the list answer's "%1" is not an array</source>
        <translation>the list answer's "%1" is not an array</translation>
    </message>
    <message>
        <source>the list answer's next page "%1" is not an http(s) URL</source>
        <translation>the list answer's next page "%1" is not an http(s) URL</translation>
    </message>
    <message>
        <source>"balance.unit" must be credits, usd or usd-cents (got "%1").</source>
        <translation>"balance.unit" must be credits, usd or usd-cents (got "%1").</translation>
    </message>
</context>
<context>
    <name>MimeIntake</name>
    <message>
        <source>%1 is larger than %2 MiB; it was not read</source>
        <translation>%1 is larger than %2 MiB; it was not read</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Job finished</source>
        <translation>Job finished</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Job failed</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation><numerusform>%n job finished</numerusform><numerusform>%n jobs finished</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed</source>
        <translation><numerusform>%n job failed</numerusform><numerusform>%n jobs failed</numerusform></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>notification title: '5 jobs finished', '1 failed'</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>after 'N jobs finished, '</comment>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 finished</source>
        <comment>profile: job ID finished</comment>
        <translation>%1: %2 finished</translation>
    </message>
    <message>
        <source>%1: %2 failed</source>
        <comment>profile: job ID failed</comment>
        <translation>%1: %2 failed</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <comment>profile: job ID failed: reason</comment>
        <translation>%1: %2 failed: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>after the first few jobs of a notification</comment>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>The response is a JSON string, not a job object.</source>
        <translation>The response is a JSON string, not a job object.</translation>
    </message>
    <message>
        <source>The response is a JSON number, not a job object.</source>
        <translation>The response is a JSON number, not a job object.</translation>
    </message>
    <message>
        <source>The response is a JSON boolean, not a job object.</source>
        <translation>The response is a JSON boolean, not a job object.</translation>
    </message>
    <message>
        <source>The response is JSON null, not a job object.</source>
        <translation>The response is JSON null, not a job object.</translation>
    </message>
    <message>
        <source>The response has no job ID that the %1 dialect recognises.</source>
        <translation>The response has no job ID that the %1 dialect recognises.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>The response body is empty.</translation>
    </message>
    <message>
        <source>The response body is %1 bytes, more than the %2-byte limit.</source>
        <translation>The response body is %1 bytes, more than the %2-byte limit.</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>The response is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The response is a JSON array, not a job object.</source>
        <translation>The response is a JSON array, not a job object.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>The response is not a JSON object.</translation>
    </message>
    <message>
        <source>The response has no job ID, which the %1 mapping allows; give the ID it was asked for (inspect --id ID).</source>
        <translation>The response has no job ID, which the %1 mapping allows; give the ID it was asked for (inspect --id ID).</translation>
    </message>
    <message>
        <source>… (%1 characters not kept)</source>
        <translation>… (%1 characters not kept)</translation>
    </message>
    <message numerus="yes">
        <source>dropped %n link(s) that are not http or https (relative or malformed)</source>
        <translation><numerusform>dropped %n link that are not http or https (relative or malformed)</numerusform><numerusform>dropped %n links that are not http or https (relative or malformed)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>dropped %n link(s) that are not http or https: %1</source>
        <translation><numerusform>dropped %n link that are not http or https: %1</numerusform><numerusform>dropped %n links that are not http or https: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs an id</source>
        <translation>a profile needs an id</translation>
    </message>
    <message>
        <source>profile "%1" needs a name</source>
        <translation>profile "%1" needs a name</translation>
    </message>
    <message>
        <source>another profile is already named "%1"</source>
        <translation>another profile is already named "%1"</translation>
    </message>
    <message>
        <source>the file is too large for a profile list (%1 KiB; at most %2 KiB)</source>
        <translation>the file is too large for a profile list (%1 KiB; at most %2 KiB)</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>not JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>not a Jobwatch profile export (expected "format": "%1")</source>
        <translation>not a Jobwatch profile export (expected "format": "%1")</translation>
    </message>
    <message>
        <source>unsupported profile export version %1</source>
        <translation>unsupported profile export version %1</translation>
    </message>
    <message>
        <source>"profiles" must be an array</source>
        <translation>"profiles" must be an array</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>contains a key; exports never hold keys, so this file was not made by Jobwatch</source>
        <translation>contains a key; exports never hold keys, so this file was not made by Jobwatch</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entry %1: %2</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation>Imported: %1 added, %2 replaced, %3 skipped.</translation>
    </message>
    <message>
        <source>"%1" already exists; skipped</source>
        <translation>"%1" already exists; skipped</translation>
    </message>
    <message>
        <source>"%1" replaced (its saved key is kept)</source>
        <translation>"%1" replaced (its saved key is kept)</translation>
    </message>
    <message>
        <source>"%1": %2</source>
        <translation>"%1": %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>profile name, copy number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>"poll.%1" must be a number from %2 to %3</source>
        <translation>"poll.%1" must be a number from %2 to %3</translation>
    </message>
    <message>
        <source>"%1" must be a string</source>
        <translation>"%1" must be a string</translation>
    </message>
    <message>
        <source>a profile needs a "name"</source>
        <translation>a profile needs a "name"</translation>
    </message>
    <message>
        <source>profile "%1": "mapping" must be an object</source>
        <translation>profile "%1": "mapping" must be an object</translation>
    </message>
    <message>
        <source>profile "%1": invalid mapping: %2</source>
        <translation>profile "%1": invalid mapping: %2</translation>
    </message>
    <message>
        <source>profile "%1": unknown dialect "%2" (known: %3)</source>
        <translation>profile "%1": unknown dialect "%2" (known: %3)</translation>
    </message>
    <message>
        <source>profile "%1": "baseUrl" is not a valid URL</source>
        <translation>profile "%1": "baseUrl" is not a valid URL</translation>
    </message>
    <message>
        <source>profile "%1": "poll" must be an object</source>
        <translation>profile "%1": "poll" must be an object</translation>
    </message>
    <message>
        <source>profile "%1": "poll.adaptive" must be true or false</source>
        <translation>profile "%1": "poll.adaptive" must be true or false</translation>
    </message>
    <message>
        <source>profile "%1": %2</source>
        <translation>profile "%1": %2</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>Another profile is already named "%1".</source>
        <translation>Another profile is already named "%1".</translation>
    </message>
    <message>
        <source>Choose a dialect or preset.</source>
        <translation>Choose a dialect or preset.</translation>
    </message>
    <message>
        <source>The mapping is invalid: %1</source>
        <translation>The mapping is invalid: %1</translation>
    </message>
    <message>
        <source>Enter the API's base URL.</source>
        <translation>Enter the API's base URL.</translation>
    </message>
    <message>
        <source>Not a valid http(s) URL.</source>
        <translation>Not a valid http(s) URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for localhost; use https://.</source>
        <translation>Plain http:// is only allowed for localhost; use https://.</translation>
    </message>
    <message>
        <source>saved profile %1 skipped: %2</source>
        <translation>saved profile %1 skipped: %2</translation>
    </message>
    <message>
        <source>not a profile object</source>
        <translation>not a profile object</translation>
    </message>
    <message>
        <source>profile "%1": "auth" must be {"scheme": "bearer"|"key"|"jwt-hs256"|"header", "header": NAME}</source>
        <translation>profile "%1": "auth" must be {"scheme": "bearer"|"key"|"jwt-hs256"|"header", "header": NAME}</translation>
    </message>
    <message>
        <source>profile "%1": "onFinish": %2</source>
        <translation>profile "%1": "onFinish": %2</translation>
    </message>
    <message>
        <source>the secret key is missing (this profile signs a token from an access key and a secret key): %1</source>
        <translation>the secret key is missing (this profile signs a token from an access key and a secret key): %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>environment variable %1 is not set or empty</source>
        <translation>environment variable %1 is not set or empty</translation>
    </message>
    <message>
        <source>Warning: API keys are stored unencrypted in %1 (readable by your user account only).</source>
        <translation>Warning: API keys are stored unencrypted in %1 (readable by your user account only).</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>cannot read the key file %1</translation>
    </message>
    <message>
        <source>the key file %1 is readable by others; refusing to use it (chmod 600 it)</source>
        <translation>the key file %1 is readable by others; refusing to use it (chmod 600 it)</translation>
    </message>
    <message>
        <source>cannot write the key file %1</source>
        <translation>cannot write the key file %1</translation>
    </message>
    <message>
        <source>cannot write the key file %1: %2</source>
        <translation>cannot write the key file %1: %2</translation>
    </message>
    <message>
        <source>no API key is saved for this profile</source>
        <translation>no API key is saved for this profile</translation>
    </message>
    <message>
        <source>access to the keychain was denied</source>
        <translation>access to the keychain was denied</translation>
    </message>
    <message>
        <source>the key could not be deleted from the keychain: %1</source>
        <translation>the key could not be deleted from the keychain: %1</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1)</source>
        <translation>the system keychain is not available (%1)</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>no Secret Service on the session bus</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot read the settings file %1</source>
        <translation>cannot read the settings file %1</translation>
    </message>
    <message>
        <source>the settings file %1 is not valid JSON (%2); it is left untouched</source>
        <translation>the settings file %1 is not valid JSON (%2); it is left untouched</translation>
    </message>
    <message>
        <source>the settings file %1 was written by a newer version (%2); it is left untouched</source>
        <translation>the settings file %1 was written by a newer version (%2); it is left untouched</translation>
    </message>
    <message>
        <source>cannot write the settings file %1: %2</source>
        <translation>cannot write the settings file %1: %2</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>watching</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>timed out locally</source>
        <translation>timed out locally</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>configuration error</source>
        <translation>configuration error</translation>
    </message>
    <message>
        <source>throttled by provider</source>
        <translation>throttled by provider</translation>
    </message>
    <message>
        <source>aborted</source>
        <comment>the provider gave up on the job before it started</comment>
        <translation>aborted</translation>
    </message>
    <message>
        <source>The provider aborted the job before it started: its deadline passed.</source>
        <translation>The provider aborted the job before it started: its deadline passed.</translation>
    </message>
    <message>
        <source>next in queue</source>
        <translation>next in queue</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <comment>place in the provider's queue</comment>
        <translation>#%1 in queue</translation>
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
        <translation>Throttled by provider for %1</translation>
    </message>
    <message>
        <source>Queued for %1</source>
        <translation>Queued for %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Running for %1</translation>
    </message>
    <message>
        <source>In this state for %1</source>
        <translation>In this state for %1</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>The image file %1 is missing</source>
        <translation>The image file %1 is missing</translation>
    </message>
    <message>
        <source>The image could not be decoded (corrupt or unsupported)</source>
        <translation>The image could not be decoded (corrupt or unsupported)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>watching again</source>
        <translation>watching again</translation>
    </message>
    <message>
        <source>finish command</source>
        <comment>timeline: the program run when the job ended</comment>
        <translation>finish command</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier change(s)</source>
        <comment>timeline: entries dropped to keep it short</comment>
        <translation><numerusform>… %n earlier change</numerusform><numerusform>… %n earlier changes</numerusform></translation>
    </message>
</context>
<context>
    <name>jw::AboutDialog</name>
    <message>
        <source>About Jobwatch</source>
        <translation>About Jobwatch</translation>
    </message>
    <message>
        <source>Watches the asynchronous jobs of generative-AI APIs within each provider's rate limit, shows their progress live and previews their results. API keys stay in the system keychain.</source>
        <translation>Watches the asynchronous jobs of generative-AI APIs within each provider's rate limit, shows their progress live and previews their results. API keys stay in the system keychain.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copy versions</translation>
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
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>API keys: plaintext key file (opt-in), %1</source>
        <translation>API keys: plaintext key file (opt-in), %1</translation>
    </message>
    <message>
        <source>API keys: system keychain (Secret Service or KWallet) through QtKeychain %1</source>
        <translation>API keys: system keychain (Secret Service or KWallet) through QtKeychain %1</translation>
    </message>
</context>
<context>
    <name>jw::ActionsDelegate</name>
    <message>
        <source>Stop watching (the server job is not touched)</source>
        <translation>Stop watching (the server job is not touched)</translation>
    </message>
    <message>
        <source>Resume watching from now</source>
        <translation>Resume watching from now</translation>
    </message>
    <message>
        <source>Retry: poll again from now</source>
        <translation>Retry: poll again from now</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
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
        <translation>poll URL</translation>
    </message>
    <message>
        <source>enqueue response</source>
        <translation>enqueue response</translation>
    </message>
    <message>
        <source>Add Jobs</source>
        <translation>Add Jobs</translation>
    </message>
    <message>
        <source>Paste job IDs, poll URLs or enqueue responses (JSON), in any mix:</source>
        <translation>Paste job IDs, poll URLs or enqueue responses (JSON), in any mix:</translation>
    </message>
    <message>
        <source>job_3f9a…
https://api.example.com/v1/jobs/analysis_1700000000_ab12
{"id": "…", "poll_url": "…"}</source>
        <translation>job_3f9a…
https://api.example.com/v1/jobs/analysis_1700000000_ab12
{"id": "…", "poll_url": "…"}</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Recognised:</source>
        <translation>Recognised:</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialect</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Automatic (by URL, then by ID shape)</source>
        <translation>Automatic (by URL, then by ID shape)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>custom</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>new, from %1</source>
        <translation>new, from %1</translation>
    </message>
    <message>
        <source>already watched; ignored</source>
        <translation>already watched; ignored</translation>
    </message>
    <message>
        <source>fits several profiles: choose one</source>
        <translation>fits several profiles: choose one</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message numerus="yes">
        <source>%1. Choose a profile for %n job(s) in the list, or pick one profile above.</source>
        <translation><numerusform>%1. Choose a profile for %n job in the list, or pick one profile above.</numerusform><numerusform>%1. Choose a profile for %n jobs in the list, or pick one profile above.</numerusform></translation>
    </message>
    <message>
        <source>Reading %1 MB of text…</source>
        <translation>Reading %1 MB of text…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more job(s)</source>
        <translation><numerusform>… and %n more job</numerusform><numerusform>… and %n more jobs</numerusform></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>jw::ArchiveInfo</name>
    <message>
        <source>Open Folder</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>Show the archived files in the file manager</source>
        <translation>Show the archived files in the file manager</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) saved in %1</source>
        <translation><numerusform>%n result saved in %1</numerusform><numerusform>%n results saved in %1</numerusform></translation>
    </message>
    <message>
        <source>Saving to the archive…</source>
        <translation>Saving to the archive…</translation>
    </message>
    <message>
        <source>%1 — the archived copy stays</source>
        <comment>link expiry hint, then that the archive keeps the file</comment>
        <translation>%1 — the archived copy stays</translation>
    </message>
    <message>
        <source>%1: save it before then</source>
        <comment>link expiry hint</comment>
        <translation>%1: save it before then</translation>
    </message>
</context>
<context>
    <name>jw::ArtifactPreview</name>
    <message>
        <source>Could not download the result</source>
        <translation>Could not download the result</translation>
    </message>
    <message>
        <source>Too big to preview</source>
        <translation>Too big to preview</translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation>Link expired — poll again to refresh</translation>
    </message>
    <message>
        <source>This link is not allowed</source>
        <translation>This link is not allowed</translation>
    </message>
    <message>
        <source>The server refused the download</source>
        <translation>The server refused the download</translation>
    </message>
    <message>
        <source>Could not store the download</source>
        <translation>Could not store the download</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Download stopped</translation>
    </message>
    <message>
        <source>This audio format cannot be played here</source>
        <translation>This audio format cannot be played here</translation>
    </message>
    <message>
        <source>This video format cannot be played here</source>
        <translation>This video format cannot be played here</translation>
    </message>
    <message>
        <source>The image could not be decoded</source>
        <translation>The image could not be decoded</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <source>Check the connection, then try again.</source>
        <translation>Check the connection, then try again.</translation>
    </message>
    <message>
        <source>Open it externally, or raise the download limit in Settings.</source>
        <translation>Open it externally, or raise the download limit in Settings.</translation>
    </message>
    <message>
        <source>Signed download links are valid for a limited time. Polling the job again fetches fresh ones.</source>
        <translation>Signed download links are valid for a limited time. Polling the job again fetches fresh ones.</translation>
    </message>
    <message>
        <source>Only web links (http, https) are downloaded.</source>
        <translation>Only web links (http, https) are downloaded.</translation>
    </message>
    <message>
        <source>Free some disk space or check the cache folder's permissions, then try again.</source>
        <translation>Free some disk space or check the cache folder's permissions, then try again.</translation>
    </message>
    <message>
        <source>Open it externally in a player that supports it.</source>
        <translation>Open it externally in a player that supports it.</translation>
    </message>
    <message>
        <source>The file may be damaged or incomplete. Try downloading it again.</source>
        <translation>The file may be damaged or incomplete. Try downloading it again.</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Not downloaded yet</translation>
    </message>
    <message>
        <source>Poll again</source>
        <translation>Poll again</translation>
    </message>
    <message>
        <source>Ask the provider for the job again; it answers with fresh download links</source>
        <translation>Ask the provider for the job again; it answers with fresh download links</translation>
    </message>
    <message>
        <source>Polling the job for fresh links…</source>
        <translation>Polling the job for fresh links…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Downloading… %1</translation>
    </message>
    <message>
        <source>HTTP %1. %2</source>
        <translation>HTTP %1. %2</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Save the result to a file</source>
        <translation>Save the result to a file</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Open externally</translation>
    </message>
    <message>
        <source>Open in the desktop's default application</source>
        <translation>Open in the desktop's default application</translation>
    </message>
    <message>
        <source>Nothing to save yet: the file is not downloaded.</source>
        <translation>Nothing to save yet: the file is not downloaded.</translation>
    </message>
    <message>
        <source>Could not save to %1.</source>
        <translation>Could not save to %1.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Save result</translation>
    </message>
    <message>
        <source>Downloading before saving…</source>
        <translation>Downloading before saving…</translation>
    </message>
    <message>
        <source>No application could open the link.</source>
        <translation>No application could open the link.</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Unknown format</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for this download after the job had completed.</source>
        <translation>The server answered HTTP %1 for this download after the job had completed.</translation>
    </message>
</context>
<context>
    <name>jw::AudioPreview</name>
    <message>
        <source>The media backend could not open the file.</source>
        <translation>The media backend could not open the file.</translation>
    </message>
</context>
<context>
    <name>jw::BalanceRow</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the balance again (at most once a minute)</source>
        <translation>Read the balance again (at most once a minute)</translation>
    </message>
    <message>
        <source>%1 (read at %2)</source>
        <translation>%1 (read at %2)</translation>
    </message>
    <message>
        <source>The balance could not be read at %1: %2. Polling is not affected.</source>
        <translation>The balance could not be read at %1: %2. Polling is not affected.</translation>
    </message>
    <message>
        <source>Not read yet; reading at %1</source>
        <translation>Not read yet; reading at %1</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Not read yet</translation>
    </message>
    <message>
        <source>Next reading at %1</source>
        <translation>Next reading at %1</translation>
    </message>
</context>
<context>
    <name>jw::CompareAction</name>
    <message>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Show the results of the selected jobs side by side</source>
        <translation>Show the results of the selected jobs side by side</translation>
    </message>
    <message>
        <source>Select 2 to 4 completed jobs with an image or video result to compare them.</source>
        <translation>Select 2 to 4 completed jobs with an image or video result to compare them.</translation>
    </message>
    <message numerus="yes">
        <source>Compare shows at most 4 jobs; %n are selected.</source>
        <translation><numerusform>Compare shows at most 4 jobs; %n are selected.</numerusform><numerusform>Compare shows at most 4 jobs; %n are selected.</numerusform></translation>
    </message>
    <message>
        <source>A selected job is no longer in the list.</source>
        <translation>A selected job is no longer in the list.</translation>
    </message>
    <message>
        <source>%1 has not completed.</source>
        <translation>%1 has not completed.</translation>
    </message>
    <message>
        <source>%1 has no image or video result.</source>
        <translation>%1 has no image or video result.</translation>
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
        <translation>Profile</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n job(s)</source>
        <translation><numerusform>Compare %n job</numerusform><numerusform>Compare %n jobs</numerusform></translation>
    </message>
    <message>
        <source>Plays, pauses and seeks every video together</source>
        <translation>Plays, pauses and seeks every video together</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit every image into its view</source>
        <translation>Fit every image into its view</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show every image at its actual size</source>
        <translation>Show every image at its actual size</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move: all images follow.</source>
        <translation>Wheel to zoom, drag to move: all images follow.</translation>
    </message>
</context>
<context>
    <name>jw::DashboardAction</name>
    <message>
        <source>Open in provider dashboard</source>
        <translation>Open in provider dashboard</translation>
    </message>
    <message>
        <source>Open the provider's web page for this job in the browser</source>
        <translation>Open the provider's web page for this job in the browser</translation>
    </message>
    <message>
        <source>Could not open %1 in the browser</source>
        <translation>Could not open %1 in the browser</translation>
    </message>
</context>
<context>
    <name>jw::DetailsPane</name>
    <message>
        <source>No job selected</source>
        <translation>No job selected</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the job ID</source>
        <translation>Copy the job ID</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Started:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Completed:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>Request ID:</translation>
    </message>
    <message>
        <source>Last poll:</source>
        <translation>Last poll:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Requests:</translation>
    </message>
    <message>
        <source>Last HTTP status:</source>
        <translation>Last HTTP status:</translation>
    </message>
    <message>
        <source>Next poll:</source>
        <translation>Next poll:</translation>
    </message>
    <message>
        <source>ETA:</source>
        <translation>ETA:</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Last response</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>No response yet</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>Copy the status request as a curl command; the API key is redacted</source>
        <translation>Copy the status request as a curl command; the API key is redacted</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>waiting for the first answer</translation>
    </message>
    <message>
        <source>%1 ("%2")</source>
        <comment>state (raw status)</comment>
        <translation>%1 ("%2")</translation>
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
        <translation>%1, %2%</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>state, provider step or message</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>now (request in flight)</source>
        <translation>now (request in flight)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>none (%1)</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation><numerusform>in %n s</numerusform><numerusform>in %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n s (%1)</source>
        <translation><numerusform>in %n s (%1)</numerusform><numerusform>in %n s (%1)</numerusform></translation>
    </message>
    <message>
        <source>Copied the job ID</source>
        <translation>Copied the job ID</translation>
    </message>
    <message>
        <source>Copied the curl command</source>
        <translation>Copied the curl command</translation>
    </message>
    <message>
        <source>Copied the curl command (key redacted)</source>
        <translation>Copied the curl command (key redacted)</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <comment>a time Jobwatch saw, not one the provider gave</comment>
        <translation>%1 (observed)</translation>
    </message>
    <message>
        <source>In this state:</source>
        <translation>In this state:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>server state, place in the provider's queue</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What the provider reports the job cost: the time its machines worked on it, credits or money. An estimate is marked as one.</source>
        <translation>What the provider reports the job cost: the time its machines worked on it, credits or money. An estimate is marked as one.</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
</context>
<context>
    <name>jw::DroppedInputDialog</name>
    <message>
        <source>Not Added</source>
        <translation>Not Added</translation>
    </message>
    <message>
        <source>These lines gave no job, or held something that could not be used:</source>
        <translation>These lines gave no job, or held something that could not be used:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>&amp;Copy List</translation>
    </message>
    <message numerus="yes">
        <source>and %n more line(s) without a job, not listed</source>
        <translation><numerusform>and %n more line without a job, not listed</numerusform><numerusform>and %n more lines without a job, not listed</numerusform></translation>
    </message>
</context>
<context>
    <name>jw::DroppedInputNotice</name>
    <message>
        <source>Show the lines that were not added, and why</source>
        <translation>Show the lines that were not added, and why</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the notice about lines not added</source>
        <translation>Dismiss the notice about lines not added</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not recognised</source>
        <translation><numerusform>%n line not recognised</numerusform><numerusform>%n lines not recognised</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not usable</source>
        <translation><numerusform>%n item not usable</numerusform><numerusform>%n items not usable</numerusform></translation>
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
        <translation>Tray and notifications</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the job counts</source>
        <translation>Show an icon in the system &amp;tray with the job counts</translation>
    </message>
    <message>
        <source>&amp;Notify when jobs finish or fail (jobs that end together make one notification)</source>
        <translation>&amp;Notify when jobs finish or fail (jobs that end together make one notification)</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>Keep watching in the tray</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Closing the window while jobs run:</source>
        <translation>&amp;Closing the window while jobs run:</translation>
    </message>
    <message>
        <source>When a job ends</source>
        <translation>When a job ends</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>example command</comment>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Run this &amp;program:</source>
        <translation>Run this &amp;program:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Stop it after:</source>
        <translation>&amp;Stop it after:</translation>
    </message>
    <message>
        <source>Placeholders: %1. The program and its arguments are split once, here; each placeholder is replaced inside its own argument and nothing goes through a shell. Its exit status and the end of its error output appear in the job's timeline. A profile can have its own program (Profiles).</source>
        <translation>Placeholders: %1. The program and its arguments are split once, here; each placeholder is replaced inside its own argument and nothing goes through a shell. Its exit status and the end of its error output appear in the job's timeline. A profile can have its own program (Profiles).</translation>
    </message>
    <message>
        <source>Run this program: %1</source>
        <translation>Run this program: %1</translation>
    </message>
</context>
<context>
    <name>jw::ExportDialog</name>
    <message>
        <source>Export Jobs</source>
        <translation>Export Jobs</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected job(s)</source>
        <translation><numerusform>The %n selected job</numerusform><numerusform>The %n selected jobs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n job(s) in the table</source>
        <translation><numerusform>All %n job in the table</numerusform><numerusform>All %n jobs in the table</numerusform></translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (spreadsheets)</translation>
    </message>
    <message>
        <source>JSON (scripts)</source>
        <translation>JSON (scripts)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Keep link signatures</source>
        <translation>&amp;Keep link signatures</translation>
    </message>
    <message>
        <source>Signed result links grant access to the results: anyone who gets the file can download them while the links work. Without this, the signatures are removed.</source>
        <translation>Signed result links grant access to the results: anyone who gets the file can download them while the links work. Without this, the signatures are removed.</translation>
    </message>
    <message>
        <source>API keys are never exported.</source>
        <translation>API keys are never exported.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Export To</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choose the file to export to.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>There are no jobs to export.</source>
        <translation>There are no jobs to export.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s) to %1</source>
        <translation><numerusform>Exported %n job to %1</numerusform><numerusform>Exported %n jobs to %1</numerusform></translation>
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
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Downloaded (%1)</translation>
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
        <translation>Search ID, profile, type, error</translation>
    </message>
    <message>
        <source>Show the jobs of one profile</source>
        <translation>Show the jobs of one profile</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status filter button: name (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finds jobs by ID, profile, type, status message, error, result titles and prompt, in the job history too; every word must match</source>
        <translation>Finds jobs by ID, profile, type, status message, error, result titles and prompt, in the job history too; every word must match</translation>
    </message>
</context>
<context>
    <name>jw::HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Jobwatch</source>
        <translation>&amp;About Jobwatch</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>List every keyboard shortcut of this window</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>jw::HistoryActions</name>
    <message>
        <source>Searching the job history failed: %1. The table shows jobs whose ID, profile, type or error contain the text.</source>
        <translation>Searching the job history failed: %1. The table shows jobs whose ID, profile, type or error contain the text.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Write the selected jobs, or all jobs in the table, to a CSV or JSON file</source>
        <translation>Write the selected jobs, or all jobs in the table, to a CSV or JSON file</translation>
    </message>
    <message>
        <source>Copy IDs</source>
        <translation>Copy IDs</translation>
    </message>
    <message>
        <source>Copy the selected jobs' IDs, one per line</source>
        <translation>Copy the selected jobs' IDs, one per line</translation>
    </message>
    <message>
        <source>Remove older than…</source>
        <translation>Remove older than…</translation>
    </message>
    <message>
        <source>Remove jobs that were last active more than a number of days ago</source>
        <translation>Remove jobs that were last active more than a number of days ago</translation>
    </message>
    <message>
        <source>No jobs to export</source>
        <translation>No jobs to export</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n job ID(s)</source>
        <translation><numerusform>Copied %n job ID</numerusform><numerusform>Copied %n job IDs</numerusform></translation>
    </message>
</context>
<context>
    <name>jw::HistorySearch</name>
    <message>
        <source>the job history is not available</source>
        <translation>the job history is not available</translation>
    </message>
</context>
<context>
    <name>jw::ImagePreview</name>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the image into the view</source>
        <translation>Fit the image into the view</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>Show the image at its actual size</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Copy the image to the clipboard</translation>
    </message>
    <message>
        <source>%1% · %2 × %3 px</source>
        <translation>%1% · %2 × %3 px</translation>
    </message>
    <message>
        <source>Copied the image</source>
        <translation>Copied the image</translation>
    </message>
</context>
<context>
    <name>jw::ImportDialog</name>
    <message>
        <source>Import running jobs</source>
        <translation>Import running jobs</translation>
    </message>
    <message>
        <source>The account's recent jobs, newest first, as the provider lists them. Tick the ones to watch.</source>
        <translation>The account's recent jobs, newest first, as the provider lists them. Tick the ones to watch.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Queued or running</source>
        <translation>Queued or running</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>Failed or cancelled</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Any age</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>&amp;Created:</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <source>Read the next page of the list (one request from the profile's budget)</source>
        <translation>Read the next page of the list (one request from the profile's budget)</translation>
    </message>
    <message>
        <source>&amp;Watch selected</source>
        <translation>&amp;Watch selected</translation>
    </message>
    <message>
        <source>already watched</source>
        <translation>already watched</translation>
    </message>
    <message>
        <source>No profile can list its jobs. Profiles for Replicate, OpenAI videos and Luma can, and custom mappings with a "list" section (see the mapping documentation).</source>
        <translation>No profile can list its jobs. Profiles for Replicate, OpenAI videos and Luma can, and custom mappings with a "list" section (see the mapping documentation).</translation>
    </message>
    <message>
        <source>Reading page %1 of the list…</source>
        <translation>Reading page %1 of the list…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) read</source>
        <translation><numerusform>%n job read</numerusform><numerusform>%n jobs read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation><numerusform>%n shown</numerusform><numerusform>%n shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <source>the account has more</source>
        <translation>the account has more</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Watch %n job(s)</source>
        <translation><numerusform>&amp;Watch %n job</numerusform><numerusform>&amp;Watch %n jobs</numerusform></translation>
    </message>
</context>
<context>
    <name>jw::InputsBox</name>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>input label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <comment>copy one input, e.g. Copy “Prompt”</comment>
        <translation>Copy “%1”</translation>
    </message>
    <message>
        <source>Copied “%1”</source>
        <comment>one input, e.g. Copied “Prompt”</comment>
        <translation>Copied “%1”</translation>
    </message>
</context>
<context>
    <name>jw::JobFilterProxy</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>jw::JobStatusBar</name>
    <message>
        <source>Requests sent in the last minute, across all profiles</source>
        <translation>Requests sent in the last minute, across all profiles</translation>
    </message>
    <message>
        <source>No jobs: paste IDs, drop files or use Add jobs</source>
        <translation>No jobs: paste IDs, drop files or use Add jobs</translation>
    </message>
    <message>
        <source>%1 req/min</source>
        <comment>requests per minute</comment>
        <translation>%1 req/min</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 paused</translation>
    </message>
    <message>
        <source>%1 paused: %2</source>
        <translation>%1 paused: %2</translation>
    </message>
    <message>
        <source>%1 rate limited until %2</source>
        <translation>%1 rate limited until %2</translation>
    </message>
    <message>
        <source>Set key…</source>
        <translation>Set key…</translation>
    </message>
    <message>
        <source>Enter a new API key for the paused profile; its jobs resume once it is saved</source>
        <translation>Enter a new API key for the paused profile; its jobs resume once it is saved</translation>
    </message>
    <message>
        <source>Raise budget…</source>
        <translation>Raise budget…</translation>
    </message>
    <message>
        <source>Open the profile's request budget (requests per second, burst, concurrency)</source>
        <translation>Open the profile's request budget (requests per second, burst, concurrency)</translation>
    </message>
    <message numerus="yes">
        <source>%1: request budget short, %n poll(s) waiting</source>
        <translation><numerusform>%1: request budget short, %n poll waiting</numerusform><numerusform>%1: request budget short, %n polls waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <comment>profile name, polls waiting for budget</comment>
        <translation><numerusform>%1 (%n waiting)</numerusform><numerusform>%1 (%n waiting)</numerusform></translation>
    </message>
    <message>
        <source>Request budget short: %1</source>
        <translation>Request budget short: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of profiles</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 (showing %2 of %n job(s))</source>
        <comment>counts under a search or profile filter; shown of total</comment>
        <translation><numerusform>%1 (showing %2 of %n job)</numerusform><numerusform>%1 (showing %2 of %n jobs)</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>profile name: its balance</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (not current)</source>
        <comment>profile name: its last balance, which could not be read again</comment>
        <translation>%1: %2 (not current)</translation>
    </message>
    <message>
        <source>%1: balance unavailable</source>
        <translation>%1: balance unavailable</translation>
    </message>
    <message>
        <source>%1: %2, read at %3</source>
        <translation>%1: %2, read at %3</translation>
    </message>
    <message>
        <source>%1: the balance could not be read at %2: %3. Polling is not affected.</source>
        <translation>%1: the balance could not be read at %2: %3. Polling is not affected.</translation>
    </message>
    <message>
        <source>Balances are read at most once a minute while a profile's jobs are watched.</source>
        <translation>Balances are read at most once a minute while a profile's jobs are watched.</translation>
    </message>
</context>
<context>
    <name>jw::JobTableColumns</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>jw::JobTableModel</name>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>%1 videos</translation>
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
        <translation>%1 audio</translation>
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
        <translation>text</translation>
    </message>
    <message>
        <source>%1 text files</source>
        <translation>%1 text files</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Polls</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Waiting for first poll</source>
        <translation>Waiting for first poll</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Timed out locally</source>
        <translation>Timed out locally</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unknown (%1)</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>duration in seconds</comment>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <comment>duration: minutes, seconds</comment>
        <translation>%1m %2s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>duration: hours, minutes</comment>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>any moment</source>
        <translation>any moment</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>%1
Type: %2</source>
        <translation>%1
Type: %2</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Server status: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last HTTP status: %1</source>
        <translation>Last HTTP status: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Predicted end at %1</source>
        <translation>Predicted end at %1</translation>
    </message>
    <message>
        <source>Last answer at %1</source>
        <translation>Last answer at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent</source>
        <translation><numerusform>%n request sent</numerusform><numerusform>%n requests sent</numerusform></translation>
    </message>
    <message>
        <source>A request is in flight</source>
        <translation>A request is in flight</translation>
    </message>
    <message>
        <source>Next poll at %1</source>
        <translation>Next poll at %1</translation>
    </message>
    <message>
        <source>Running, stalled</source>
        <comment>progress has not moved for a long while</comment>
        <translation>Running, stalled</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Configuration error</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>jobs in this status category</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>jobs in this status category</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>jobs in this status category</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>jobs in this status category</comment>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Throttled by provider</source>
        <translation>Throttled by provider</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <comment>place in the provider's queue</comment>
        <translation>#%1 in queue</translation>
    </message>
    <message>
        <source>Next in queue</source>
        <translation>Next in queue</translation>
    </message>
    <message>
        <source>Aborted</source>
        <comment>the provider gave up on the job before it started</comment>
        <translation>Aborted</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>the table column with what a job cost</comment>
        <translation>Cost</translation>
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
        <translation>Active: queued, running, retrying or paused</translation>
    </message>
    <message>
        <source>Completed: the provider reported the job done</source>
        <translation>Completed: the provider reported the job done</translation>
    </message>
    <message>
        <source>Failed: failed, cancelled, not found or configuration error</source>
        <translation>Failed: failed, cancelled, not found or configuration error</translation>
    </message>
    <message>
        <source>Stopped: no longer watched (stopped, timed out locally), resumable</source>
        <translation>Stopped: no longer watched (stopped, timed out locally), resumable</translation>
    </message>
</context>
<context>
    <name>jw::KeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Access key</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Paste the API key</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>Enter the access key too: this profile signs its tokens with both keys.</source>
        <translation>Enter the access key too: this profile signs its tokens with both keys.</translation>
    </message>
    <message>
        <source>Enter the secret key too: this profile signs its tokens with both keys.</source>
        <translation>Enter the secret key too: this profile signs its tokens with both keys.</translation>
    </message>
    <message>
        <source>The access key cannot contain ":".</source>
        <translation>The access key cannot contain ":".</translation>
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
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>Re&amp;try now</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Stop all</translation>
    </message>
    <message>
        <source>Stop watching every job (the server jobs are not touched)</source>
        <translation>Stop watching every job (the server jobs are not touched)</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Resume all</translation>
    </message>
    <message>
        <source>Resume every stopped, timed-out or paused job</source>
        <translation>Resume every stopped, timed-out or paused job</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Clear finished</translation>
    </message>
    <message>
        <source>Remove the jobs the server reported as finished</source>
        <translation>Remove the jobs the server reported as finished</translation>
    </message>
    <message>
        <source>Add jobs…</source>
        <translation>Add jobs…</translation>
    </message>
    <message>
        <source>Add job IDs, poll URLs or enqueue responses (you can also paste or drop them)</source>
        <translation>Add job IDs, poll URLs or enqueue responses (you can also paste or drop them)</translation>
    </message>
    <message>
        <source>Paste jobs</source>
        <translation>Paste jobs</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s) removed</source>
        <translation><numerusform>%n finished job removed</numerusform><numerusform>%n finished jobs removed</numerusform></translation>
    </message>
    <message>
        <source>Nothing to add: the clipboard or drop held no text</source>
        <translation>Nothing to add: the clipboard or drop held no text</translation>
    </message>
    <message>
        <source>Set key for %1…</source>
        <translation>Set key for %1…</translation>
    </message>
    <message>
        <source>More actions: save all results, export, remove older jobs, settings, help</source>
        <translation>More actions: save all results, export, remove older jobs, settings, help</translation>
    </message>
    <message>
        <source>Import running jobs…</source>
        <translation>Import running jobs…</translation>
    </message>
    <message>
        <source>List a Replicate, OpenAI videos or Luma account's recent jobs and watch the ones you pick</source>
        <translation>List a Replicate, OpenAI videos or Luma account's recent jobs and watch the ones you pick</translation>
    </message>
    <message>
        <source>Import running jobs from %1…</source>
        <translation>Import running jobs from %1…</translation>
    </message>
    <message>
        <source>Jobwatch started, but it could not use some of its files:</source>
        <translation>Jobwatch started, but it could not use some of its files:</translation>
    </message>
</context>
<context>
    <name>jw::MappingEditor</name>
    <message>
        <source>The mapping JSON (see docs/mapping.md), e.g. {"formatVersion": 1, "pollUrl": "{base}/v1/jobs/{id}", "id": "id", "status": "status"}</source>
        <translation>The mapping JSON (see docs/mapping.md), e.g. {"formatVersion": 1, "pollUrl": "{base}/v1/jobs/{id}", "id": "id", "status": "status"}</translation>
    </message>
    <message>
        <source>Paste a sample status response here to preview the parsed job.</source>
        <translation>Paste a sample status response here to preview the parsed job.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Sample response</source>
        <translation>Sample response</translation>
    </message>
    <message>
        <source>Parsed job (live preview)</source>
        <translation>Parsed job (live preview)</translation>
    </message>
    <message>
        <source>Write a mapping to see the preview.</source>
        <translation>Write a mapping to see the preview.</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Mapping: %1</translation>
    </message>
    <message>
        <source>The mapping is valid. Paste a sample response to preview it.</source>
        <translation>The mapping is valid. Paste a sample response to preview it.</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Sample: %1</translation>
    </message>
    <message>
        <source>Parsed.</source>
        <translation>Parsed.</translation>
    </message>
</context>
<context>
    <name>jw::MediaControls</name>
    <message>
        <source>Seek</source>
        <translation>Seek</translation>
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
        <translation>Play</translation>
    </message>
    <message>
        <source>No sound device</source>
        <translation>No sound device</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
</context>
<context>
    <name>jw::PasteIntake</name>
    <message>
        <source>Nothing added: %1</source>
        <translation>Nothing added: %1</translation>
    </message>
    <message>
        <source>Reading %1 MB of text…</source>
        <translation>Reading %1 MB of text…</translation>
    </message>
</context>
<context>
    <name>jw::ProfileChoiceDialog</name>
    <message>
        <source>Choose a Profile</source>
        <translation>Choose a Profile</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) fit several profiles. Which profile should watch them?</source>
        <translation><numerusform>%n job fits several profiles. Which profile should watch them?</numerusform><numerusform>%n jobs fit several profiles. Which profile should watch them?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>jw::ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Import profiles</translation>
    </message>
    <message>
        <source>A profile named "%1" already exists.</source>
        <translation>A profile named "%1" already exists.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (preset)</translation>
    </message>
    <message>
        <source>Custom mapping…</source>
        <translation>Custom mapping…</translation>
    </message>
    <message>
        <source>As the dialect says</source>
        <translation>As the dialect says</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>Custom header</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <translation>Adaptive</translation>
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
        <translation>burst </translation>
    </message>
    <message>
        <source>at most </source>
        <translation>at most </translation>
    </message>
    <message>
        <source> at once</source>
        <translation> at once</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Use for this session only</translation>
    </message>
    <message>
        <source>Store in a plaintext file (0600)</source>
        <translation>Store in a plaintext file (0600)</translation>
    </message>
    <message>
        <source>Job ID (optional; empty sends a probe)</source>
        <translation>Job ID (optional; empty sends a probe)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialect:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>Auth header:</source>
        <translation>Auth header:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Cadence:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Max wait:</source>
        <translation>Max wait:</translation>
    </message>
    <message>
        <source>Colour tag:</source>
        <translation>Colour tag:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Custom mapping</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export profiles (without keys)</source>
        <translation>Export profiles (without keys)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Export profiles</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (this session only)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>No key saved</source>
        <translation>No key saved</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>profile name, number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation>No key yet</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <source>No key yet (keys are not copied)</source>
        <translation>No key yet (keys are not copied)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Warning: this key is stored unencrypted in %1.</source>
        <translation>Warning: this key is stored unencrypted in %1.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>%1. Use the key for this session only, or store it in a plaintext file readable only by you.</source>
        <translation>%1. Use the key for this session only, or store it in a plaintext file readable only by you.</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>Fix the fields above first.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Empty: the program from Settings, if any</source>
        <translation>Empty: the program from Settings, if any</translation>
    </message>
    <message>
        <source>Run when a job ends:</source>
        <translation>Run when a job ends:</translation>
    </message>
    <message>
        <source>Signed token (JWT HS256) from an access key and a secret key</source>
        <translation>Signed token (JWT HS256) from an access key and a secret key</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <source>The most requests per second to this API. A 429 or 503 answer lowers the rate at once; it climbs back to this while polls wait and the server accepts them.</source>
        <translation>The most requests per second to this API. A 429 or 503 answer lowers the rate at once; it climbs back to this while polls wait and the server accepts them.</translation>
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
        <translation>Remove Older Jobs</translation>
    </message>
    <message>
        <source>Remove jobs last active more than</source>
        <translation>Remove jobs last active more than</translation>
    </message>
    <message>
        <source> days ago</source>
        <comment>after a number: remove jobs last active more than N days ago</comment>
        <translation> days ago</translation>
    </message>
    <message>
        <source>Jobs that are being watched are kept. Results in the archive folder are not deleted.</source>
        <translation>Jobs that are being watched are kept. Results in the archive folder are not deleted.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>No job was last active that long ago.</source>
        <translation>No job was last active that long ago.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will be removed from the window and the job history.</source>
        <translation><numerusform>%n job will be removed from the window and the job history.</numerusform><numerusform>%n jobs will be removed from the window and the job history.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n old job(s) removed</source>
        <translation><numerusform>%n old job removed</numerusform><numerusform>%n old jobs removed</numerusform></translation>
    </message>
</context>
<context>
    <name>jw::ReportView</name>
    <message>
        <source>Research report</source>
        <translation>Research report</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation><numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n search(es)</source>
        <translation><numerusform>%n search</numerusform><numerusform>%n searches</numerusform></translation>
    </message>
    <message>
        <source>Searched for: %1</source>
        <translation>Searched for: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a search query in quotation marks</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>jw::ResultActions</name>
    <message>
        <source>Save all results…</source>
        <translation>Save all results…</translation>
    </message>
    <message>
        <source>Save the results of every completed job in the table to a folder</source>
        <translation>Save the results of every completed job in the table to a folder</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Save results…</translation>
    </message>
    <message>
        <source>Save the results of the selected jobs to a folder</source>
        <translation>Save the results of the selected jobs to a folder</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>More actions: save all results, settings</source>
        <translation>More actions: save all results, settings</translation>
    </message>
    <message>
        <source>No jobs to save results from</source>
        <translation>No jobs to save results from</translation>
    </message>
    <message>
        <source>Nothing to save: none of these jobs has completed with a result</source>
        <translation>Nothing to save: none of these jobs has completed with a result</translation>
    </message>
    <message>
        <source>Save Results To</source>
        <translation>Save Results To</translation>
    </message>
    <message>
        <source>Save Here</source>
        <translation>Save Here</translation>
    </message>
</context>
<context>
    <name>jw::ResultView</name>
    <message>
        <source>No job selected.</source>
        <translation>No job selected.</translation>
    </message>
    <message>
        <source>The result appears here when the job completes.</source>
        <translation>The result appears here when the job completes.</translation>
    </message>
    <message>
        <source>The job completed without a downloadable result.</source>
        <translation>The job completed without a downloadable result.</translation>
    </message>
    <message>
        <source>No result: the job was cancelled.</source>
        <translation>No result: the job was cancelled.</translation>
    </message>
    <message>
        <source>No result: the job failed.</source>
        <translation>No result: the job failed.</translation>
    </message>
</context>
<context>
    <name>jw::SaveResultsDialog</name>
    <message>
        <source>Save All Results</source>
        <translation>Save All Results</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Open Folder</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 of %2 files</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) saved to %2.</source>
        <translation><numerusform>Cancelled: %1 of %n file saved to %2.</numerusform><numerusform>Cancelled: %1 of %n files saved to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) (%1) to %2.</source>
        <translation><numerusform>Saved %n file (%1) to %2.</numerusform><numerusform>Saved %n files (%1) to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n file(s) to %2; %3 could not be saved (see below).</source>
        <translation><numerusform>Saved %1 of %n file to %2; %3 could not be saved (see below).</numerusform><numerusform>Saved %1 of %n files to %2; %3 could not be saved (see below).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) had no result to save.</source>
        <translation><numerusform>%n job had no result to save.</numerusform><numerusform>%n jobs had no result to save.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saving the results of %n job(s) to %1</source>
        <translation><numerusform>Saving the results of %n job to %1</numerusform><numerusform>Saving the results of %n jobs to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>jw::SceneGrid</name>
    <message>
        <source>Link expired</source>
        <translation>Link expired</translation>
    </message>
    <message>
        <source>Too big to preview</source>
        <translation>Too big to preview</translation>
    </message>
    <message>
        <source>Link not allowed</source>
        <translation>Link not allowed</translation>
    </message>
    <message>
        <source>Server error (HTTP %1)</source>
        <translation>Server error (HTTP %1)</translation>
    </message>
    <message>
        <source>Could not store the file</source>
        <translation>Could not store the file</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Download stopped</translation>
    </message>
    <message>
        <source>Could not download</source>
        <translation>Could not download</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Scenes</translation>
    </message>
    <message>
        <source>Link expired — poll again to refresh</source>
        <translation>Link expired — poll again to refresh</translation>
    </message>
    <message>
        <source>Poll again</source>
        <translation>Poll again</translation>
    </message>
    <message>
        <source>Ask the provider for the job again; it answers with fresh download links</source>
        <translation>Ask the provider for the job again; it answers with fresh download links</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Open scene %1 large</source>
        <translation>Open scene %1 large</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Scene %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation><numerusform>%n scene</numerusform><numerusform>%n scenes</numerusform></translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Loading… %1%</translation>
    </message>
    <message>
        <source>Corrupt image</source>
        <translation>Corrupt image</translation>
    </message>
</context>
<context>
    <name>jw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Results archive</source>
        <translation>Results archive</translation>
    </message>
    <message>
        <source>Completed jobs' results are downloaded at once and kept in this folder. The download cache makes room by deleting old files; the archive never does, and provider links that expire are archived first.</source>
        <translation>Completed jobs' results are downloaded at once and kept in this folder. The download cache makes room by deleting old files; the archive never does, and provider links that expire are archived first.</translation>
    </message>
    <message>
        <source>Every result of a completed job</source>
        <translation>Every result of a completed job</translation>
    </message>
    <message>
        <source>Only results whose links expire</source>
        <translation>Only results whose links expire</translation>
    </message>
    <message>
        <source>Nothing (results stay in the download cache only)</source>
        <translation>Nothing (results stay in the download cache only)</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show the archive folder in the file manager</source>
        <translation>Show the archive folder in the file manager</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>File &amp;names:</translation>
    </message>
    <message>
        <source>Placeholders: %1. {id}, {n} and {ext} are required; "/" makes a subfolder.</source>
        <translation>Placeholders: %1. {id}, {n} and {ext} are required; "/" makes a subfolder.</translation>
    </message>
    <message>
        <source>Theo demo</source>
        <comment>sample profile name in the file name example</comment>
        <translation>Theo demo</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Job history</translation>
    </message>
    <message>
        <source>Never (keep every job)</source>
        <translation>Never (keep every job)</translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number: remove jobs idle for more than N days</comment>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Remove jobs idle for more than:</source>
        <translation>&amp;Remove jobs idle for more than:</translation>
    </message>
    <message>
        <source>Applied each time Jobwatch starts. Jobs that are being watched are kept, and so are the results in the archive folder.</source>
        <translation>Applied each time Jobwatch starts. Jobs that are being watched are kept, and so are the results in the archive folder.</translation>
    </message>
    <message>
        <source>Results and history</source>
        <translation>Results and history</translation>
    </message>
    <message>
        <source>When jobs end</source>
        <translation>When jobs end</translation>
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
        <translation>Download &amp;limit:</translation>
    </message>
    <message>
        <source>A result larger than this is not downloaded, so it is neither previewed nor archived; it can still be opened externally.</source>
        <translation>A result larger than this is not downloaded, so it is neither previewed nor archived; it can still be opened externally.</translation>
    </message>
</context>
<context>
    <name>jw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window. Paste and drop job IDs, poll URLs or enqueue responses anywhere in it, too.</source>
        <translation>These keys work anywhere in the main window. Paste and drop job IDs, poll URLs or enqueue responses anywhere in it, too.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>jw::SimulatedProvider</name>
    <message>
        <source>The simulated provider is already listening on port %1.</source>
        <translation>The simulated provider is already listening on port %1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (the port may be in use).</source>
        <translation>Cannot listen on 127.0.0.1:%1 (the port may be in use).</translation>
    </message>
</context>
<context>
    <name>jw::StoreSync</name>
    <message>
        <source>the job history gave no reason</source>
        <translation>the job history gave no reason</translation>
    </message>
    <message>
        <source>The job history could not be read: %1</source>
        <translation>The job history could not be read: %1</translation>
    </message>
</context>
<context>
    <name>jw::TextPreview</name>
    <message>
        <source>The downloaded file could not be read.</source>
        <translation>The downloaded file could not be read.</translation>
    </message>
    <message>
        <source>Showing the first %1; Save as… keeps the whole file.</source>
        <translation>Showing the first %1; Save as… keeps the whole file.</translation>
    </message>
</context>
<context>
    <name>jw::TrayIcon</name>
    <message>
        <source>&amp;Show Jobwatch</source>
        <translation>&amp;Show Jobwatch</translation>
    </message>
    <message>
        <source>S&amp;top all</source>
        <translation>S&amp;top all</translation>
    </message>
    <message>
        <source>Stop watching every job (the server jobs are not touched)</source>
        <translation>Stop watching every job (the server jobs are not touched)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Jobwatch: %1</source>
        <comment>tray tooltip: the job counts</comment>
        <translation>Jobwatch: %1</translation>
    </message>
    <message>
        <source>Keep watching?</source>
        <translation>Keep watching?</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still being watched. Keep watching them in the tray and be told when they end?</source>
        <translation><numerusform>%n job still being watched. Keep watching them in the tray and be told when they end?</numerusform><numerusform>%n jobs still being watched. Keep watching them in the tray and be told when they end?</numerusform></translation>
    </message>
    <message>
        <source>Jobwatch remembers your answer; you can change it in Settings.</source>
        <translation>Jobwatch remembers your answer; you can change it in Settings.</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>Keep watching in the tray</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>jw::VideoPreview</name>
    <message>
        <source>Press play</source>
        <translation>Press play</translation>
    </message>
    <message>
        <source>The media backend could not open the file.</source>
        <translation>The media backend could not open the file.</translation>
    </message>
</context>
<context>
    <name>jw::ZoomImageView</name>
    <message>
        <source>Ctrl+wheel to zoom</source>
        <translation>Ctrl+wheel to zoom</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move</source>
        <translation>Wheel to zoom, drag to move</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch asynchronous generative-AI jobs.</source>
        <translation>Watch asynchronous generative-AI jobs.</translation>
    </message>
    <message>
        <source>Run the built-in simulated provider and watch demo jobs.</source>
        <translation>Run the built-in simulated provider and watch demo jobs.</translation>
    </message>
    <message>
        <source>Watch the given IDs with this profile (name or id).</source>
        <translation>Watch the given IDs with this profile (name or id).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 800x700.</source>
        <translation>Open the window at this size, e.g. 800x700.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Ignore the saved window and column layout.</source>
        <translation>Ignore the saved window and column layout.</translation>
    </message>
    <message>
        <source>Show only these jobs: all, active, completed, failed or stopped.</source>
        <translation>Show only these jobs: all, active, completed, failed or stopped.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>Open the Add jobs dialog (with the given IDs in it) instead of adding them at once.</source>
        <translation>Open the Add jobs dialog (with the given IDs in it) instead of adding them at once.</translation>
    </message>
    <message>
        <source>unknown filter "%1"; use one of: %2</source>
        <translation>unknown filter "%1"; use one of: %2</translation>
    </message>
    <message>
        <source>Debug: select the first completed job with a result of this kind (video, image, audio, report, scenes, document, text).</source>
        <translation>Debug: select the first completed job with a result of this kind (video, image, audio, report, scenes, document, text).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Open the Profiles dialog.</source>
        <translation>Open the Profiles dialog.</translation>
    </message>
    <message>
        <source>With --demo: also watch five jobs whose results fail to load (a corrupt image, an unplayable video, an expired link, a file too big, a reset connection), to see how Jobwatch reports each.</source>
        <translation>With --demo: also watch five jobs whose results fail to load (a corrupt image, an unplayable video, an expired link, a file too big, a reset connection), to see how Jobwatch reports each.</translation>
    </message>
    <message>
        <source>Select the job with this ID as soon as it is watched.</source>
        <translation>Select the job with this ID as soon as it is watched.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Open the Settings dialog.</source>
        <translation>Open the Settings dialog.</translation>
    </message>
    <message>
        <source>Keep the job history in this folder (default: $JOBWATCH_DATA_DIR, else the application data folder). With --demo, the demo jobs are only kept when a folder is named.</source>
        <translation>Keep the job history in this folder (default: $JOBWATCH_DATA_DIR, else the application data folder). With --demo, the demo jobs are only kept when a folder is named.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Search the jobs and their history for this text.</source>
        <translation>Search the jobs and their history for this text.</translation>
    </message>
    <message>
        <source>Open the Export dialog.</source>
        <translation>Open the Export dialog.</translation>
    </message>
    <message>
        <source>Open a window of its own even when Jobwatch already runs on this data folder (by default the IDs go to the running window).</source>
        <translation>Open a window of its own even when Jobwatch already runs on this data folder (by default the IDs go to the running window).</translation>
    </message>
    <message>
        <source>Quit after this many seconds (smoke tests).</source>
        <translation>Quit after this many seconds (smoke tests).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Open the About window.</source>
        <translation>Open the About window.</translation>
    </message>
    <message>
        <source>Open the Keyboard shortcuts window.</source>
        <translation>Open the Keyboard shortcuts window.</translation>
    </message>
    <message>
        <source>Job IDs, poll URLs or jobwatch:watch?profile=NAME&amp;id=ID links to watch.</source>
        <translation>Job IDs, poll URLs or jobwatch:watch?profile=NAME&amp;id=ID links to watch.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds, not "%1"</source>
        <translation>--quit-after needs a number of seconds, not "%1"</translation>
    </message>
    <message>
        <source>%1; start with --new-instance to open another window</source>
        <translation>%1; start with --new-instance to open another window</translation>
    </message>
    <message>
        <source>With --demo: also watch two jobs that wait a long while, one far back in fal's queue and one throttled by Runway, to see how Jobwatch says why a job waits.</source>
        <translation>With --demo: also watch two jobs that wait a long while, one far back in fal's queue and one throttled by Runway, to see how Jobwatch says why a job waits.</translation>
    </message>
    <message>
        <source>Debug: compare the first completed jobs with a result of this kind (video: two, image: four) as soon as there are enough.</source>
        <translation>Debug: compare the first completed jobs with a result of this kind (video: two, image: four) as soon as there are enough.</translation>
    </message>
    <message>
        <source>unknown kind "%1" for --compare; use video or image</source>
        <translation>unknown kind "%1" for --compare; use video or image</translation>
    </message>
</context>
</TS>