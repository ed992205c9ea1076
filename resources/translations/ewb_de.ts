<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ewb::SandboxCommand</name>
    <message>
        <source>Try &apos;ewb sandbox --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;ewb sandbox --help&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) forwarded</source>
        <translation>
            <numerusform>%n Ereignis weitergeleitet</numerusform>
            <numerusform>%n Ereignisse weitergeleitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) failed: %1</source>
        <translation>
            <numerusform>%n Ereignis fehlgeschlagen: %1</numerusform>
            <numerusform>%n Ereignisse fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) pending: %1</source>
        <translation>
            <numerusform>%n Ereignis ausstehend: %1</numerusform>
            <numerusform>%n Ereignisse ausstehend: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, next try in %1 s</source>
        <translation>, nächster Versuch in %1 s</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal separator: 1.5 s</comment>
        <translation>,</translation>
    </message>
    <message numerus="yes">
        <source> (%n attempt(s))</source>
        <translation>
            <numerusform> (%n Versuch)</numerusform>
            <numerusform> (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>use --forward SOURCE or --forward-url URL, not both.</source>
        <translation>--forward SOURCE oder --forward-url URL angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--%1 goes with --forward SOURCE or --forward-url URL.</source>
        <translation>--%1 gilt nur zusammen mit --forward SOURCE oder --forward-url URL.</translation>
    </message>
    <message>
        <source>environment variable %1 is not set or empty.</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>--forward-url needs the key of the API to forward to: set EWB_API_KEY, or name a variable with --forward-key-env VAR (never a command-line argument).</source>
        <translation>--forward-url braucht den Schlüssel der API, an die weitergeleitet wird: setzen Sie EWB_API_KEY oder nennen Sie mit --forward-key-env VAR eine Variable (nie ein Kommandozeilenargument).</translation>
    </message>
    <message>
        <source>no PEM certificate in %1.</source>
        <translation>kein PEM-Zertifikat in %1.</translation>
    </message>
    <message>
        <source>--forward-queue takes a number from 1 to 10000000.</source>
        <translation>--forward-queue erwartet eine Zahl von 1 bis 10000000.</translation>
    </message>
    <message>
        <source>Runs the sandbox: a local emulator of the Data Pipelines API that records every call it receives.
Prints its base URL first, then one line per request. Inspect at &lt;root&gt;/_sandbox/events and /_sandbox/stats; inject faults with POST /_sandbox/faults. Stops on Ctrl+C (SIGINT) or SIGTERM.</source>
        <translation>Startet die Sandbox: einen lokalen Emulator der Data Pipelines API, der jeden empfangenen Aufruf aufzeichnet.
Gibt zuerst ihre Basis-URL aus, dann eine Zeile je Anfrage. Die Aufzeichnung einsehen unter &lt;root&gt;/_sandbox/events und /_sandbox/stats; Fehler simulieren mit POST /_sandbox/faults. Beendet sich bei Strg+C (SIGINT) oder SIGTERM.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Port to listen on (0: a free one).</source>
        <translation>Port, auf dem sie lauscht (0: ein freier).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1: this machine only).</source>
        <translation>Adresse, auf der sie lauscht (Standard: 127.0.0.1, nur dieser Rechner).</translation>
    </message>
    <message>
        <source>An API key the sandbox accepts (repeat for several; none: any key). Also read from EWB_SANDBOX_KEYS (comma-separated).</source>
        <translation>Ein API-Schlüssel, den die Sandbox annimmt (für mehrere wiederholen; keiner: jeder Schlüssel). Wird auch aus EWB_SANDBOX_KEYS gelesen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain).</source>
        <translation>HTTPS mit diesem PEM-Zertifikat (samt Kette) anbieten.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>Der private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>Keep recorded events in this SQLite file across restarts. Only a store of the sandbox&apos;s own is used; anything else at FILE is refused and left as it is.</source>
        <translation>Aufgezeichnete Ereignisse über Neustarts hinweg in dieser SQLite-Datei behalten. Nur ein Speicher der Sandbox selbst wird verwendet; alles andere unter FILE wird abgelehnt und nicht verändert.</translation>
    </message>
    <message>
        <source>How many recorded events to keep (default 10000, at most about 64 MB of them).</source>
        <translation>Wie viele aufgezeichnete Ereignisse behalten werden (Standard: 10000, höchstens etwa 64 MB davon).</translation>
    </message>
    <message>
        <source>Answer 429 past N ingestion requests per second (0: no limit).</source>
        <translation>Über N Anfragen zur Datenaufnahme pro Sekunde mit 429 antworten (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Once listening, write the base URL to FILE (atomically: a CI step waits for it to exist), and remove it on stop.</source>
        <translation>Sobald sie lauscht, die Basis-URL in FILE schreiben (atomar: ein CI-Schritt wartet, bis die Datei existiert) und die Datei beim Beenden entfernen.</translation>
    </message>
    <message>
        <source>Also send every accepted call to stored source SOURCE (its region, strict mode and keychain key): a live debugger in front of the real API. What it answers is recorded beside each event.</source>
        <translation>Jeden angenommenen Aufruf zusätzlich an die gespeicherte Quelle SOURCE senden (mit ihrer Region, ihrem strikten Modus und ihrem Schlüssel aus dem Schlüsselbund): ein Live-Debugger vor der echten API. Ihre Antwort wird bei jedem Ereignis aufgezeichnet.</translation>
    </message>
    <message>
        <source>Forward to us, eu or a base URL instead, with the key from EWB_API_KEY.</source>
        <translation>Stattdessen an us, eu oder eine Basis-URL weiterleiten, mit dem Schlüssel aus EWB_API_KEY.</translation>
    </message>
    <message>
        <source>Read the key to forward with from environment variable VAR (with --forward: instead of the keychain&apos;s).</source>
        <translation>Den Schlüssel für die Weiterleitung aus der Umgebungsvariable VAR lesen (mit --forward: statt dem aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in PEM FILE when forwarding over HTTPS.</source>
        <translation>Beim Weiterleiten über HTTPS zusätzlich den CA-Zertifikaten in der PEM-Datei FILE vertrauen.</translation>
    </message>
    <message>
        <source>Forward the calls the sandbox dropped too (each alone), to see what the API says.</source>
        <translation>Auch die Aufrufe weiterleiten, die die Sandbox verworfen hat (jeden einzeln), um zu sehen, was die API sagt.</translation>
    </message>
    <message>
        <source>At most N events waiting to be forwarded (default 10000); past it, events are recorded and marked skipped.</source>
        <translation>Höchstens N Ereignisse, die auf die Weiterleitung warten (Standard: 10000); darüber hinaus werden Ereignisse aufgezeichnet und als übersprungen markiert.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>--bind erwartet eine IP-Adresse wie 127.0.0.1.</translation>
    </message>
    <message>
        <source>--key may not be empty.</source>
        <translation>--key darf nicht leer sein.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key gehören zusammen.</translation>
    </message>
    <message>
        <source>--ring takes a number from 1 to 10000000.</source>
        <translation>--ring erwartet eine Zahl von 1 bis 10000000.</translation>
    </message>
    <message>
        <source>--rate-limit takes a number of requests per second (0: no limit).</source>
        <translation>--rate-limit erwartet eine Anzahl Anfragen pro Sekunde (0: keine Grenze).</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>strict mode</source>
        <translation>strikter Modus</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>ohne strikten Modus</translation>
    </message>
    <message>
        <source>forwarding accepted calls and dropped ones to %1 (%2).</source>
        <translation>angenommene und verworfene Aufrufe werden an %1 weitergeleitet (%2).</translation>
    </message>
    <message>
        <source>forwarding accepted calls to %1 (%2).</source>
        <translation>angenommene Aufrufe werden an %1 weitergeleitet (%2).</translation>
    </message>
    <message>
        <source>listening on %1 (%2); %3; %4. Events: %5/_sandbox/events. Stop with Ctrl+C.</source>
        <translation>lauscht auf %1 (%2); %3; %4. Ereignisse: %5/_sandbox/events. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>any API key accepted</source>
        <translation>jeder API-Schlüssel wird angenommen</translation>
    </message>
    <message>
        <source>keys %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>events kept in memory</source>
        <translation>Ereignisse im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>events stored in %1</source>
        <translation>Ereignisse gespeichert in %1</translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>beendet.</translation>
    </message>
</context>
<context>
    <name>ewb::cli::BackfillCommand</name>
    <message numerus="yes">
        <source>%1 batch(es)</source>
        <translation>
            <numerusform>%1 Batch</numerusform>
            <numerusform>%1 Batches</numerusform>
        </translation>
    </message>
    <message>
        <source>The call type of rows without a &quot;type&quot;.</source>
        <translation>Der Aufruftyp von Zeilen ohne &quot;type&quot;.</translation>
    </message>
    <message>
        <source>jsonl, json or csv (default: from the name; standard input is jsonl).</source>
        <translation>jsonl, json oder csv (Standard: nach dem Dateinamen; die Standardeingabe ist jsonl).</translation>
    </message>
    <message>
        <source>CSV columns to fields: FIELD=COLUMN,... (FIELD dotted, :number/:bool/:json typed; PATH.*=* for the other columns), e.g. userId=user_id,event=name,properties.*=*</source>
        <translation>CSV-Spalten auf Felder abbilden: FIELD=COLUMN,... (FIELD mit Punkten verschachtelt, Typ mit :number/:bool/:json; PATH.*=* für die übrigen Spalten), z. B. userId=user_id,event=name,properties.*=*</translation>
    </message>
    <message>
        <source>The --map entries in FILE, one per line.</source>
        <translation>Die Einträge für --map aus FILE, einer pro Zeile.</translation>
    </message>
    <message>
        <source>Write the rows not sent to FILE (JSONL: row, line, reasons with codes, the input).</source>
        <translation>Die nicht gesendeten Zeilen in FILE schreiben (JSONL: Zeile, Zeilennummer, Gründe mit Codes, die Eingabe).</translation>
    </message>
    <message>
        <source>Check and plan the whole file (rows, batches, bytes, time at the rate limit); send nothing.</source>
        <translation>Die ganze Datei prüfen und planen (Zeilen, Batches, Bytes, Zeit beim Ratenlimit); nichts senden.</translation>
    </message>
    <message>
        <source>Send events that delete or suppress (User Deleted, Device Deleted, ...); refused otherwise.</source>
        <translation>Ereignisse senden, die löschen oder unterdrücken (User Deleted, Device Deleted, ...); sonst werden sie abgelehnt.</translation>
    </message>
    <message>
        <source>Send every identify before the other calls (reads the file twice).</source>
        <translation>Jedes identify vor den übrigen Aufrufen senden (liest die Datei zweimal).</translation>
    </message>
    <message>
        <source>Stamp every call with NAME=VALUE under context.backfill, to find the run later. Repeatable.</source>
        <translation>Jeden Aufruf mit NAME=VALUE unter context.backfill kennzeichnen, um den Lauf später wiederzufinden. Wiederholbar.</translation>
    </message>
    <message>
        <source>At most N requests per second (default 1000: the API&apos;s 3,000 per 3 s).</source>
        <translation>Höchstens N Anfragen pro Sekunde (Standard: 1000, die 3.000 pro 3 s der API).</translation>
    </message>
    <message>
        <source>Batches in flight at once (default 4); a person&apos;s calls keep their order.</source>
        <translation>Gleichzeitig laufende Batches (Standard: 4); die Aufrufe einer Person behalten ihre Reihenfolge.</translation>
    </message>
    <message>
        <source>Retry a batch up to N times on 429, 5xx and network errors (default 5).</source>
        <translation>Einen Batch bei 429, 5xx und Netzwerkfehlern bis zu N-mal erneut versuchen (Standard: 5).</translation>
    </message>
    <message>
        <source>Give up an attempt after SECONDS (default 30).</source>
        <translation>Einen Versuch nach SECONDS Sekunden aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <source>Continue an interrupted backfill of FILE: nothing acknowledged is sent again.</source>
        <translation>Ein unterbrochenes Backfill von FILE fortsetzen: nichts Bestätigtes wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Forget an interrupted backfill of FILE and send it all (messageIds keep duplicates out).</source>
        <translation>Ein unterbrochenes Backfill von FILE vergessen und alles senden (die messageIds verhindern Duplikate).</translation>
    </message>
    <message>
        <source>Do not send X-Strict-Mode: 1.</source>
        <translation>X-Strict-Mode: 1 nicht senden.</translation>
    </message>
    <message>
        <source>Progress and the summary as JSON lines.</source>
        <translation>Fortschritt und Zusammenfassung als JSON-Zeilen.</translation>
    </message>
    <message>
        <source>JSONL, JSON or CSV (.gz too), or - for standard input.</source>
        <translation>JSONL, JSON oder CSV (auch .gz) oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Sends historical calls in batches at the API&apos;s own rate: every row checked first, invalid ones written to --rejects and never sent, a messageId for every row so nothing doubles, resumable after Ctrl+C, kill -9 or a lost network.
Exit status: 0 every valid row was acknowledged, 1 otherwise, 2 usage error.</source>
        <translation>Sendet historische Aufrufe in Batches im Tempo der API: jede Zeile wird zuerst geprüft, ungültige werden in --rejects geschrieben und nie gesendet, jede Zeile bekommt eine messageId, damit nichts doppelt ankommt, fortsetzbar nach Strg+C, kill -9 oder einem Netzausfall.
Exit-Status: 0 jede gültige Zeile wurde bestätigt, 1 sonst, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>expected one FILE (or - for standard input)</source>
        <translation>genau eine Datei FILE erwartet (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 64</source>
        <translation>--concurrency erwartet eine ganze Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>--retries takes a whole number from 0 to 20</source>
        <translation>--retries erwartet eine ganze Zahl von 0 bis 20</translation>
    </message>
    <message>
        <source>--timeout takes whole seconds from 1 to 3600</source>
        <translation>--timeout erwartet ganze Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>--type takes identify, track, page, screen, group or alias</source>
        <translation>--type erwartet identify, track, page, screen, group oder alias</translation>
    </message>
    <message>
        <source>--format takes jsonl, json or csv</source>
        <translation>--format erwartet jsonl, json oder csv</translation>
    </message>
    <message>
        <source>--tag takes NAME=VALUE, not &apos;%1&apos;</source>
        <translation>--tag erwartet NAME=VALUE, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--resume or --restart, not both</source>
        <translation>--resume oder --restart, nicht beides</translation>
    </message>
    <message>
        <source>standard input is read once: --resume and --identify-first need a file</source>
        <translation>die Standardeingabe wird nur einmal gelesen: --resume und --identify-first brauchen eine Datei</translation>
    </message>
    <message>
        <source>--key-stdin and rows on standard input cannot share it; use a file</source>
        <translation>--key-stdin und Zeilen auf der Standardeingabe können sie nicht teilen; verwenden Sie eine Datei</translation>
    </message>
    <message>
        <source>a backfill of %1 was interrupted: --resume to continue it (nothing acknowledged is sent again), or --restart to send it all</source>
        <translation>ein Backfill von %1 wurde unterbrochen: --resume setzt es fort (nichts Bestätigtes wird erneut gesendet), --restart sendet alles neu</translation>
    </message>
    <message>
        <source>there is no interrupted backfill of %1 to resume</source>
        <translation>es gibt kein unterbrochenes Backfill von %1, das sich fortsetzen ließe</translation>
    </message>
    <message numerus="yes">
        <source>Resuming: %1 row(s) were acknowledged before and are not sent again.</source>
        <translation>
            <numerusform>Fortsetzung: %1 Zeile wurde bereits bestätigt und wird nicht erneut gesendet.</numerusform>
            <numerusform>Fortsetzung: %1 Zeilen wurden bereits bestätigt und werden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>rows %1, sent %2, rejected %3, %4 events/s</source>
        <translation>Zeilen %1, gesendet %2, abgelehnt %3, %4 Ereignisse/s</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C)</source>
        <translation>unterbrochen (Strg+C)</translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was sent.</source>
        <translation>Probelauf mit %1: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>rows %1, valid %2, rejected %3</source>
        <translation>Zeilen %1, gültig %2, abgelehnt %3</translation>
    </message>
    <message>
        <source>%1, %2 bytes; at %3 requests/s about %4 (m:ss) of sending</source>
        <comment>batches, bytes, requests per second, time</comment>
        <translation>%1, %2 Bytes; bei %3 Anfragen/s etwa %4 (m:ss) Sendezeit</translation>
    </message>
    <message>
        <source>Backfill complete: %1 to %2</source>
        <translation>Backfill abgeschlossen: %1 an %2</translation>
    </message>
    <message>
        <source>Backfill stopped: %1 to %2</source>
        <translation>Backfill angehalten: %1 an %2</translation>
    </message>
    <message>
        <source>rows %1: sent and acknowledged %2, rejected %3</source>
        <translation>Zeilen %1: gesendet und bestätigt %2, abgelehnt %3</translation>
    </message>
    <message>
        <source>, acknowledged by an earlier run %1</source>
        <translation>, von einem früheren Lauf bestätigt %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 s, %4 events/s</source>
        <comment>batches, retries, seconds, events per second</comment>
        <translation>%1, %2, %3 s, %4 Ereignisse/s</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(-ies)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected by reason: %1</source>
        <translation>abgelehnt nach Grund: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>the rejected rows are in %1</source>
        <translation>die abgelehnten Zeilen stehen in %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Run the same command with --resume to continue: nothing acknowledged is sent again.</source>
        <translation>Führen Sie denselben Befehl mit --resume aus, um fortzusetzen: nichts Bestätigtes wird erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>ewb::cli::Console</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Try &apos;ewb %1 --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;ewb %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 takes requests per second above 0, e.g. 100 or 100/s</source>
        <translation>--%1 erwartet Anfragen pro Sekunde über 0, z. B. 100 oder 100/s</translation>
    </message>
</context>
<context>
    <name>ewb::cli::ExpectCommand</name>
    <message>
        <source>cannot read the ready file %1: %2 (is `ewb sandbox --ready-file` running?)</source>
        <translation>die Datei %1 von --ready-file kann nicht gelesen werden: %2 (läuft `ewb sandbox --ready-file`?)</translation>
    </message>
    <message>
        <source>say which sandbox: --sandbox URL (as `ewb sandbox` printed it), --ready-file FILE, or EWB_SANDBOX_URL</source>
        <translation>geben Sie die Sandbox an: --sandbox URL (wie `ewb sandbox` sie ausgegeben hat), --ready-file FILE oder EWB_SANDBOX_URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sandbox URL such as http://127.0.0.1:41234/v1</source>
        <translation>&quot;%1&quot; ist keine Sandbox-URL wie http://127.0.0.1:41234/v1</translation>
    </message>
    <message>
        <source>--field takes POINTER=VALUE with a JSON pointer such as /properties/total=12.5</source>
        <translation>--field erwartet POINTER=VALUE mit einem JSON-Pointer wie /properties/total=12.5</translation>
    </message>
    <message>
        <source>--field %1: %2 is already given as a value, not an object</source>
        <translation>--field %1: %2 ist bereits als Wert angegeben, nicht als Objekt</translation>
    </message>
    <message>
        <source>give one MATCH document, not %1</source>
        <translation>geben Sie ein MATCH-Dokument an, nicht %1</translation>
    </message>
    <message>
        <source>MATCH is not JSON: %1</source>
        <translation>MATCH ist kein JSON: %1</translation>
    </message>
    <message>
        <source>MATCH must be a JSON object, such as {&quot;event&quot;: &quot;Order Completed&quot;}</source>
        <translation>MATCH muss ein JSON-Objekt sein, etwa {&quot;event&quot;: &quot;Order Completed&quot;}</translation>
    </message>
    <message>
        <source>--field takes POINTER=VALUE, such as /properties/total=12.5</source>
        <translation>--field erwartet POINTER=VALUE, etwa /properties/total=12.5</translation>
    </message>
    <message>
        <source>say what to expect: a MATCH document, or --type, --event, --user-id, --field</source>
        <translation>geben Sie an, was erwartet wird: ein MATCH-Dokument oder --type, --event, --user-id, --field</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>verworfen: %1</translation>
    </message>
    <message>
        <source>event %1 (%2)</source>
        <translation>Ereignis %1 (%2)</translation>
    </message>
    <message>
        <source>Arrived: %1 of %2 expected</source>
        <translation>Angekommen: %1 von %2 erwarteten</translation>
    </message>
    <message>
        <source>Not arrived: %1</source>
        <translation>Nicht angekommen: %1</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>passend: %1</translation>
    </message>
    <message>
        <source>Nearest:</source>
        <translation>Am ähnlichsten:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox to ask: the base URL `ewb sandbox` printed (or EWB_SANDBOX_URL).</source>
        <translation>Die zu fragende Sandbox: die Basis-URL, die `ewb sandbox` ausgegeben hat (oder EWB_SANDBOX_URL).</translation>
    </message>
    <message>
        <source>Read the sandbox&apos;s URL from the file `ewb sandbox --ready-file FILE` wrote.</source>
        <translation>Die URL der Sandbox aus der Datei lesen, die `ewb sandbox --ready-file FILE` geschrieben hat.</translation>
    </message>
    <message>
        <source>The call&apos;s type (track, identify, ...).</source>
        <translation>Der Typ des Aufrufs (track, identify, ...).</translation>
    </message>
    <message>
        <source>The track call&apos;s event name.</source>
        <translation>Der Ereignisname (event) des track-Aufrufs.</translation>
    </message>
    <message>
        <source>The call&apos;s userId.</source>
        <translation>Die userId des Aufrufs.</translation>
    </message>
    <message>
        <source>The call&apos;s anonymousId.</source>
        <translation>Die anonymousId des Aufrufs.</translation>
    </message>
    <message>
        <source>The call has VALUE at this JSON pointer (VALUE read as JSON when it is JSON: /properties/total=12.5). Repeatable.</source>
        <translation>Der Aufruf hat VALUE an diesem JSON-Pointer (VALUE wird als JSON gelesen, wenn es JSON ist: /properties/total=12.5). Wiederholbar.</translation>
    </message>
    <message>
        <source>Wait for at least N such events (default 1).</source>
        <translation>Auf mindestens N solche Ereignisse warten (Standard: 1).</translation>
    </message>
    <message>
        <source>Wait up to MS milliseconds for them (default 5000; 0: look once).</source>
        <translation>Bis zu MS Millisekunden auf sie warten (Standard: 5000; 0: einmal nachsehen).</translation>
    </message>
    <message>
        <source>Expect calls the sandbox dropped (by default: accepted ones).</source>
        <translation>Aufrufe erwarten, die die Sandbox verworfen hat (standardmäßig: angenommene).</translation>
    </message>
    <message>
        <source>Count calls whether accepted or dropped.</source>
        <translation>Aufrufe zählen, ob angenommen oder verworfen.</translation>
    </message>
    <message>
        <source>Only events after this event id (what a test saw last).</source>
        <translation>Nur Ereignisse nach dieser Ereignis-ID (der zuletzt von einem Test gesehenen).</translation>
    </message>
    <message>
        <source>Print the sandbox&apos;s answer as it is (JSON).</source>
        <translation>Die Antwort der Sandbox unverändert ausgeben (JSON).</translation>
    </message>
    <message>
        <source>The fields the event must have, as JSON ({&quot;event&quot;:&quot;Order Completed&quot;,&quot;properties&quot;:{&quot;total&quot;:12.5}}), a FILE holding it, or - for standard input.</source>
        <translation>Die Felder, die das Ereignis haben muss, als JSON ({&quot;event&quot;:&quot;Order Completed&quot;,&quot;properties&quot;:{&quot;total&quot;:12.5}}), eine Datei FILE damit oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Waits until a running sandbox has recorded the events a test expects: calls whose fields match MATCH (objects may have more members; numbers compare by value).
Exit status: 0 they arrived, 1 they did not (the nearest events are shown with what differs) or the sandbox could not be asked, 2 usage error.</source>
        <translation>Wartet, bis eine laufende Sandbox die Ereignisse aufgezeichnet hat, die ein Test erwartet: Aufrufe, deren Felder zu MATCH passen (Objekte dürfen weitere Member haben; Zahlen werden nach Wert verglichen).
Exit-Status: 0 sie sind angekommen, 1 sie sind es nicht (die ähnlichsten Ereignisse werden mit ihren Abweichungen gezeigt) oder die Sandbox war nicht zu erreichen, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>--count takes a whole number from 1 to 10000</source>
        <translation>--count erwartet eine ganze Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>--within takes milliseconds from 0 to 300000</source>
        <translation>--within erwartet Millisekunden von 0 bis 300000</translation>
    </message>
    <message>
        <source>--since takes an event id (a whole number)</source>
        <translation>--since erwartet eine Ereignis-ID (eine ganze Zahl)</translation>
    </message>
    <message>
        <source>--dropped and --either do not go together</source>
        <translation>--dropped und --either schließen einander aus</translation>
    </message>
    <message>
        <source>--sandbox and --ready-file do not go together</source>
        <translation>--sandbox und --ready-file schließen einander aus</translation>
    </message>
    <message>
        <source>the sandbox answered %1</source>
        <translation>die Sandbox antwortete %1</translation>
    </message>
    <message>
        <source>the sandbox answered %1: %2</source>
        <translation>die Sandbox antwortete %1: %2</translation>
    </message>
</context>
<context>
    <name>ewb::cli::ExportCommand</name>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE schreiben statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>postman (Postman Collection v2.1)</source>
        <translation>postman (Postman Collection v2.1)</translation>
    </message>
    <message>
        <source>The collection folder.</source>
        <translation>Der Sammlungsordner.</translation>
    </message>
    <message>
        <source>Exports a collection folder as a Postman Collection v2.1 (for Postman and newman). Secrets are exported by name only: an export never holds a key.
Exit status: 0 exported, 1 some files of the collection could not be read (the rest is exported), 2 usage error.</source>
        <translation>Exportiert einen Sammlungsordner als Postman Collection v2.1 (für Postman und newman). Geheime Variablen werden nur mit ihrem Namen exportiert: ein Export enthält nie einen Schlüssel.
Exit-Status: 0 exportiert, 1 einige Dateien der Sammlung waren nicht lesbar (der Rest wird exportiert), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>expected FORMAT and DIR, e.g. ewb export postman my-collection</source>
        <translation>FORMAT und DIR erwartet, z. B. ewb export postman my-collection</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; the one supported is postman</source>
        <translation>unbekanntes Format &apos;%1&apos;; unterstützt wird nur postman</translation>
    </message>
    <message>
        <source>warning: left out: %1</source>
        <translation>Warnung: ausgelassen: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>ewb::cli::ImportCommand</name>
    <message>
        <source>not carried over</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Create the collection in folder DIR (new or empty).</source>
        <translation>Die Sammlung im Ordner DIR anlegen (neu oder leer).</translation>
    </message>
    <message>
        <source>Drop literal credentials found in the file instead of moving them to the keychain.</source>
        <translation>In der Datei gefundene Zugangsdaten im Klartext verwerfen, statt sie in den Schlüsselbund zu verschieben.</translation>
    </message>
    <message>
        <source>postman (a Postman Collection v2.1 file)</source>
        <translation>postman (eine Datei im Format Postman Collection v2.1)</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Imports a Postman collection as a collection folder: one JSON file per request. What cannot be carried over is listed; literal keys go to the keychain, never into the files.</source>
        <translation>Importiert eine Postman-Sammlung als Sammlungsordner: eine JSON-Datei je Anfrage. Was sich nicht übernehmen lässt, wird aufgelistet; Schlüssel im Klartext kommen in den Schlüsselbund, nie in die Dateien.</translation>
    </message>
    <message>
        <source>expected FORMAT and FILE, e.g. ewb import postman collection.json --into DIR</source>
        <translation>FORMAT und FILE erwartet, z. B. ewb import postman collection.json --into DIR</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; the one supported is postman</source>
        <translation>unbekanntes Format &apos;%1&apos;; unterstützt wird nur postman</translation>
    </message>
    <message>
        <source>say where the collection goes: --into DIR</source>
        <translation>geben Sie an, wohin die Sammlung kommt: --into DIR</translation>
    </message>
    <message>
        <source>warning: the value of the secret {{%1}} was dropped (--no-keychain); set it before sending</source>
        <translation>Warnung: der Wert der geheimen Variable {{%1}} wurde verworfen (--no-keychain); setzen Sie ihn vor dem Senden</translation>
    </message>
    <message>
        <source>The value of the secret {{%1}} is in the keychain.</source>
        <translation>Der Wert der geheimen Variable {{%1}} liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>warning: the value of the secret {{%1}} was dropped: %2</source>
        <translation>Warnung: der Wert der geheimen Variable {{%1}} wurde verworfen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot;: %n request(s) into %2</source>
        <translation>
            <numerusform>&quot;%1&quot; importiert: %n Anfrage nach %2</numerusform>
            <numerusform>&quot;%1&quot; importiert: %n Anfragen nach %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) could not be carried over (see below).</source>
        <translation>
            <numerusform>%n Anfrage konnte nicht übernommen werden (siehe unten).</numerusform>
            <numerusform>%n Anfragen konnten nicht übernommen werden (siehe unten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::cli::KeyOptions</name>
    <message>
        <source>use --key-env or --key-stdin, not both</source>
        <translation>--key-env oder --key-stdin angeben, nicht beides</translation>
    </message>
    <message>
        <source>cannot read the key from standard input</source>
        <translation>der Schlüssel kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>standard input held no key</source>
        <translation>die Standardeingabe enthielt keinen Schlüssel</translation>
    </message>
    <message>
        <source>environment variable %1 is not set or empty</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>Read the API key from environment variable VAR (default: EWB_API_KEY).</source>
        <translation>Den API-Schlüssel aus der Umgebungsvariable VAR lesen (Standard: EWB_API_KEY).</translation>
    </message>
    <message>
        <source>Read the API key from the first line of standard input.</source>
        <translation>Den API-Schlüssel aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
</context>
<context>
    <name>ewb::cli::Main</name>
    <message>
        <source>check a call or batch against the API&apos;s rules and limits</source>
        <translation>einen Aufruf oder Batch gegen die Regeln und Grenzen der API prüfen</translation>
    </message>
    <message>
        <source>validate, send and explain the answer</source>
        <translation>prüfen, senden und die Antwort erklären</translation>
    </message>
    <message>
        <source>send history in batches at the API&apos;s rate; checked, resumable (JSONL, CSV)</source>
        <translation>historische Daten in Batches im Tempo der API senden; geprüft, fortsetzbar (JSONL, CSV)</translation>
    </message>
    <message>
        <source>run a collection&apos;s requests and check each answer (for CI)</source>
        <translation>die Anfragen einer Sammlung ausführen und jede Antwort prüfen (für CI)</translation>
    </message>
    <message>
        <source>run the local emulator of the API (prints its base URL first)</source>
        <translation>den lokalen Emulator der API starten (gibt zuerst seine Basis-URL aus)</translation>
    </message>
    <message>
        <source>wait until a running sandbox has recorded the events a test expects</source>
        <translation>warten, bis eine laufende Sandbox die Ereignisse aufgezeichnet hat, die ein Test erwartet</translation>
    </message>
    <message>
        <source>list, add, remove and test sources (keys in the keychain)</source>
        <translation>Quellen auflisten, hinzufügen, entfernen und testen (Schlüssel im Schlüsselbund)</translation>
    </message>
    <message>
        <source>import a Postman collection as a collection folder</source>
        <translation>eine Postman-Sammlung als Sammlungsordner importieren</translation>
    </message>
    <message>
        <source>export a collection folder as a Postman collection</source>
        <translation>einen Sammlungsordner als Postman-Sammlung exportieren</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>The command-line twin of Event Workbench, for the Customer.io Data Pipelines API.</source>
        <translation>Das Kommandozeilen-Gegenstück zu Event Workbench, für die Customer.io Data Pipelines API.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;ewb COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;ewb COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 a failure (invalid payload, rejected request), 2 usage error.</source>
        <translation>Exit-Status: 0 Erfolg, 1 ein Fehlschlag (ungültige Nutzdaten, abgelehnte Anfrage), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Language: the system&apos;s (LANGUAGE, LANG); EWB_LANGUAGE=de or en chooses one.</source>
        <translation>Sprache: die des Systems (LANGUAGE, LANG); EWB_LANGUAGE=de oder en wählt eine.</translation>
    </message>
</context>
<context>
    <name>ewb::cli::PayloadInput</name>
    <message>
        <source>unknown call type &apos;%1&apos;; use identify, track, page, screen, group, alias or batch</source>
        <translation>unbekannter Aufruftyp &apos;%1&apos;; verwenden Sie identify, track, page, screen, group, alias oder batch</translation>
    </message>
</context>
<context>
    <name>ewb::cli::RunCommand</name>
    <message>
        <source>--reporter takes junit, json or html and a FILE, e.g. --reporter junit results.xml</source>
        <translation>--reporter erwartet junit, json oder html und eine Datei FILE, z. B. --reporter junit results.xml</translation>
    </message>
    <message>
        <source>--reporter %1 needs the FILE to write</source>
        <translation>--reporter %1 braucht die Datei FILE, die geschrieben werden soll</translation>
    </message>
    <message>
        <source>--var takes NAME=VALUE with a variable name, not &apos;%1&apos;</source>
        <translation>--var erwartet NAME=VALUE mit einem Variablennamen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Avg ms</source>
        <translation>Ø ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>Max. ms</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n Iteration</numerusform>
            <numerusform>%n Iterationen</numerusform>
        </translation>
    </message>
    <message>
        <source>All passed</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Vor dem Ende angehalten</translation>
    </message>
    <message>
        <source>Not all passed</source>
        <translation>Nicht alle bestanden</translation>
    </message>
    <message>
        <source>%1: %2 in %3: %4 passed, %5 failed, %6 not sent; %7 s</source>
        <comment>verdict, requests, iterations, passed, failed, not sent, seconds</comment>
        <translation>%1: %2 in %3: %4 bestanden, %5 fehlgeschlagen, %6 nicht gesendet; %7 s</translation>
    </message>
    <message>
        <source> (%1 requests/s)</source>
        <translation> (%1 Anfragen/s)</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Start a sandbox in this process and run against it (a hermetic CI run); what it records is checked for every call.</source>
        <translation>Eine Sandbox in diesem Prozess starten und die Sammlung gegen sie ausführen (ein abgeschotteter CI-Lauf); was sie aufzeichnet, wird für jeden Aufruf geprüft.</translation>
    </message>
    <message>
        <source>Resolve {{variables}} with environment NAME.</source>
        <translation>Die {{variables}} mit der Umgebung NAME auflösen.</translation>
    </message>
    <message>
        <source>Set variable NAME to VALUE for the run (above the data, the environment and the collection). Repeatable.</source>
        <translation>Die Variable NAME für den Lauf auf VALUE setzen (mit Vorrang vor Daten, Umgebung und Sammlung). Wiederholbar.</translation>
    </message>
    <message>
        <source>One iteration per row of FILE (CSV with a header row, a JSON array of objects, or JSONL); its columns are variables.</source>
        <translation>Eine Iteration je Zeile von FILE (CSV mit Kopfzeile, ein JSON-Array von Objekten oder JSONL); ihre Spalten sind Variablen.</translation>
    </message>
    <message>
        <source>Run N iterations (with --data: the first N rows).</source>
        <translation>N Iterationen ausführen (mit --data: die ersten N Zeilen).</translation>
    </message>
    <message>
        <source>Stop at the first failure.</source>
        <translation>Beim ersten Fehlschlag anhalten.</translation>
    </message>
    <message>
        <source>Wait MS milliseconds between two requests of an iteration.</source>
        <translation>MS Millisekunden zwischen zwei Anfragen einer Iteration warten.</translation>
    </message>
    <message>
        <source>Run N iterations at once (each iteration&apos;s requests stay in order; default 1).</source>
        <translation>N Iterationen gleichzeitig ausführen (die Anfragen jeder Iteration bleiben in ihrer Reihenfolge; Standard: 1).</translation>
    </message>
    <message>
        <source>At most N requests per second over the whole run (default 1000, the API&apos;s limit).</source>
        <translation>Höchstens N Anfragen pro Sekunde über den ganzen Lauf (Standard: 1000, die Grenze der API).</translation>
    </message>
    <message>
        <source>Give up an attempt after SECONDS (default 30).</source>
        <translation>Einen Versuch nach SECONDS Sekunden aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <source>Retry up to N times on 429, 5xx and network errors (default 2).</source>
        <translation>Bei 429, 5xx und Netzwerkfehlern bis zu N-mal erneut versuchen (Standard: 2).</translation>
    </message>
    <message>
        <source>Do not send X-Strict-Mode: 1.</source>
        <translation>X-Strict-Mode: 1 nicht senden.</translation>
    </message>
    <message>
        <source>Print one JSON object per request as it finishes, then the summary.</source>
        <translation>Je Anfrage ein JSON-Objekt ausgeben, sobald sie fertig ist, dann die Zusammenfassung.</translation>
    </message>
    <message>
        <source>Also write a report: junit, json or html, and the FILE (e.g. --reporter junit results.xml). Repeatable.</source>
        <translation>Zusätzlich einen Bericht schreiben: junit, json oder html und die Datei FILE (z. B. --reporter junit results.xml). Wiederholbar.</translation>
    </message>
    <message>
        <source>A collection folder, a folder or request inside one, or a Postman v2.1 file.</source>
        <translation>Ein Sammlungsordner, ein Ordner oder eine Anfrage darin oder eine Postman-Datei (v2.1).</translation>
    </message>
    <message>
        <source>Only these requests or folders (by name or relative path).</source>
        <translation>Nur diese Anfragen oder Ordner (nach Name oder relativem Pfad).</translation>
    </message>
    <message>
        <source>Runs a collection&apos;s requests in order, for each iteration, and checks each answer against the request&apos;s expectations (by default: 2xx, no validation errors, and, against a sandbox, every call recorded as accepted).
Exit status: 0 every request passed, 1 any failed or was not sent, 2 usage error.</source>
        <translation>Führt die Anfragen einer Sammlung der Reihe nach aus, für jede Iteration, und prüft jede Antwort gegen die Erwartungen der Anfrage (standardmäßig: 2xx, keine Prüfungsfehler und, gegen eine Sandbox, jeder Aufruf als angenommen aufgezeichnet).
Exit-Status: 0 jede Anfrage hat bestanden, 1 eine ist fehlgeschlagen oder wurde nicht gesendet, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>expected a COLLECTION folder or Postman file</source>
        <translation>einen Sammlungsordner oder eine Postman-Datei als COLLECTION erwartet</translation>
    </message>
    <message>
        <source>--delay takes milliseconds from 0 to 600000</source>
        <translation>--delay erwartet Millisekunden von 0 bis 600000</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 256</source>
        <translation>--concurrency erwartet eine ganze Zahl von 1 bis 256</translation>
    </message>
    <message>
        <source>--timeout takes whole seconds from 1 to 3600</source>
        <translation>--timeout erwartet ganze Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>--retries takes a whole number from 0 to 10</source>
        <translation>--retries erwartet eine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>--iterations takes a whole number above 0</source>
        <translation>--iterations erwartet eine ganze Zahl über 0</translation>
    </message>
    <message>
        <source>--sandbox is a target of its own: not with --source or --region</source>
        <translation>--sandbox ist ein eigenes Ziel: nicht zusammen mit --source oder --region</translation>
    </message>
    <message>
        <source>warning: not run, cannot be read: %1</source>
        <translation>Warnung: nicht ausgeführt, nicht lesbar: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>warning: the collection&apos;s secret variables could not be read: %1</source>
        <translation>Warnung: die geheimen Variablen der Sammlung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>warning: the environment&apos;s secret variables could not be read: %1</source>
        <translation>Warnung: die geheimen Variablen der Umgebung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1; nothing was run</source>
        <translation>%1; es wurde nichts ausgeführt</translation>
    </message>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation>die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>the request has no target of its own: use --sandbox, --source NAME or --region</source>
        <translation>die Anfrage hat kein eigenes Ziel: verwenden Sie --sandbox, --source NAME oder --region</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;: %2 x %3</source>
        <comment>the collection, requests, iterations</comment>
        <translation>&quot;%1&quot; wird ausgeführt: %2 x %3</translation>
    </message>
    <message>
        <source> (nothing to run)</source>
        <translation> (nichts auszuführen)</translation>
    </message>
    <message>
        <source>%1 %2/%3 requests, %4 failed</source>
        <translation>%1 %2/%3 Anfragen, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C)</source>
        <translation>unterbrochen (Strg+C)</translation>
    </message>
    <message>
        <source>Report: %1 (partial)</source>
        <translation>Bericht: %1 (unvollständig)</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request file(s) could not be read and were not run (see the warnings above)</source>
        <translation>
            <numerusform>%n Anfragedatei konnte nicht gelesen werden und wurde nicht ausgeführt (siehe die Warnungen oben)</numerusform>
            <numerusform>%n Anfragedateien konnten nicht gelesen werden und wurden nicht ausgeführt (siehe die Warnungen oben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::cli::SendCommand</name>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s), strict mode</source>
        <translation>
            <numerusform>%1 Byte, strikter Modus</numerusform>
            <numerusform>%1 Bytes, strikter Modus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>time to headers %1, total %2 ms, %3 bytes up, %4 down, %n attempt(s)</source>
        <translation>
            <numerusform>Zeit bis zu den Headern %1, gesamt %2 ms, %3 Bytes gesendet, %4 empfangen, %n Versuch</numerusform>
            <numerusform>Zeit bis zu den Headern %1, gesamt %2 ms, %3 Bytes gesendet, %4 empfangen, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>(body)</source>
        <translation>(Body)</translation>
    </message>
    <message>
        <source>--env applies to requests saved in a collection, and %1 is not one</source>
        <translation>--env gilt für Anfragen, die in einer Sammlung gespeichert sind, und %1 ist keine</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>not sent: the saved request &apos;%1&apos; cannot be resolved</source>
        <translation>nicht gesendet: die gespeicherte Anfrage &apos;%1&apos; lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>The call type when the file has no &quot;type&quot; field.</source>
        <translation>Der Aufruftyp, wenn die Datei kein Feld &quot;type&quot; hat.</translation>
    </message>
    <message>
        <source>Do not send X-Strict-Mode: 1 (the API then answers 200 to invalid calls and drops them).</source>
        <translation>X-Strict-Mode: 1 nicht senden (die API antwortet dann auf ungültige Aufrufe mit 200 und verwirft sie).</translation>
    </message>
    <message>
        <source>Give up an attempt after SECONDS without progress (default 30).</source>
        <translation>Einen Versuch nach SECONDS Sekunden ohne Fortschritt aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <source>Retry up to N times on 429, 5xx and network errors (default 2).</source>
        <translation>Bei 429, 5xx und Netzwerkfehlern bis zu N-mal erneut versuchen (Standard: 2).</translation>
    </message>
    <message>
        <source>Send an oversize batch as the fewest batches that fit, in order.</source>
        <translation>Einen zu großen Batch als möglichst wenige passende Batches senden, in Reihenfolge.</translation>
    </message>
    <message>
        <source>Send even when validation finds errors (to see what the API says).</source>
        <translation>Auch senden, wenn die Prüfung Fehler findet (um zu sehen, was die API sagt).</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>For a request saved in a collection: resolve its {{variables}} with environment NAME.</source>
        <translation>Für eine in einer Sammlung gespeicherte Anfrage: ihre {{variables}} mit der Umgebung NAME auflösen.</translation>
    </message>
    <message>
        <source>The payload file, a request saved in a collection, or - for standard input.</source>
        <translation>Die Datei mit den Nutzdaten, eine in einer Sammlung gespeicherte Anfrage oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Validates a call or batch, sends it, and explains the answer.
Exit status: 0 every request answered 2xx, 1 otherwise, 2 usage error.</source>
        <translation>Prüft einen Aufruf oder Batch, sendet ihn und erklärt die Antwort.
Exit-Status: 0 jede Anfrage wurde mit 2xx beantwortet, 1 sonst, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>expected one FILE (or - for standard input)</source>
        <translation>genau eine Datei FILE erwartet (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--key-stdin and a payload on standard input cannot share it; use a file</source>
        <translation>--key-stdin und Nutzdaten auf der Standardeingabe können sie nicht teilen; verwenden Sie eine Datei</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds above 0</source>
        <translation>--timeout erwartet eine ganze Zahl von Sekunden über 0</translation>
    </message>
    <message>
        <source>--retries takes a whole number from 0 to 10</source>
        <translation>--retries erwartet eine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>not sent: the payload has errors the API would reject or silently drop. Fix them, or use --force to see what the API says.</source>
        <translation>nicht gesendet: die Nutzdaten haben Fehler, wegen derer die API sie ablehnen oder stillschweigend verwerfen würde. Beheben Sie sie oder verwenden Sie --force, um zu sehen, was die API sagt.</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n batch(es), each within the 500 KB limit.</source>
        <translation>
            <numerusform>Aufgeteilt in %n Batch, jeder innerhalb der Grenze von 500 KB.</numerusform>
            <numerusform>Aufgeteilt in %n Batches, jeder innerhalb der Grenze von 500 KB.</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt answered %1; trying again in %2 s</source>
        <translation>Versuch beantwortet mit %1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>nothing (%1)</source>
        <translation>nichts (%1)</translation>
    </message>
    <message>
        <source>the history is not kept this time: %1</source>
        <translation>der Verlauf wird diesmal nicht geführt: %1</translation>
    </message>
    <message>
        <source>not kept in the history: %1</source>
        <translation>nicht im Verlauf gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ewb::cli::SourcesCommand</name>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Sources are kept in %1/sources.json; their API keys only in the OS keychain.</source>
        <translation>Quellen liegen in %1/sources.json, ihre API-Schlüssel nur im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>no source named &apos;%1&apos; (see ewb sources list)</source>
        <translation>keine Quelle namens &apos;%1&apos; (siehe ewb sources list)</translation>
    </message>
    <message>
        <source>Print the sources as JSON.</source>
        <translation>Die Quellen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Lists the sources.</source>
        <translation>Listet die Quellen auf.</translation>
    </message>
    <message>
        <source>No sources yet. Add one with: ewb sources add NAME --region us|eu|URL --key-stdin</source>
        <translation>Noch keine Quellen. Fügen Sie eine hinzu mit: ewb sources add NAME --region us|eu|URL --key-stdin</translation>
    </message>
    <message>
        <source>(strict mode off)</source>
        <translation>(strikter Modus aus)</translation>
    </message>
    <message>
        <source>us, eu, or a custom base URL (https://host/v1).</source>
        <translation>us, eu oder eine eigene Basis-URL (https://host/v1).</translation>
    </message>
    <message>
        <source>Do not send X-Strict-Mode: 1 (errors then come back as 200).</source>
        <translation>X-Strict-Mode: 1 nicht senden (Fehler kommen dann als 200 zurück).</translation>
    </message>
    <message>
        <source>A unique name for the source.</source>
        <translation>Ein eindeutiger Name für die Quelle.</translation>
    </message>
    <message>
        <source>Adds a source; its key goes to the OS keychain.</source>
        <translation>Fügt eine Quelle hinzu; ihr Schlüssel kommt in den Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>expected one NAME</source>
        <translation>genau ein NAME erwartet</translation>
    </message>
    <message>
        <source>--region is required: the API cannot tell a key&apos;s region, and data sent to the wrong one is silently dropped</source>
        <translation>--region ist nötig: die API kann die Region eines Schlüssels nicht erkennen, und an die falsche Region gesendete Daten werden stillschweigend verworfen</translation>
    </message>
    <message>
        <source>Added source &apos;%1&apos; (%2, %3)</source>
        <translation>Quelle &apos;%1&apos; hinzugefügt (%2, %3)</translation>
    </message>
    <message>
        <source>%1; no key yet: ewb sources set-key %2 --key-stdin</source>
        <translation>%1; noch kein Schlüssel: ewb sources set-key %2 --key-stdin</translation>
    </message>
    <message>
        <source>%1; key stored in the OS keychain</source>
        <translation>%1; Schlüssel im Schlüsselbund des Betriebssystems gespeichert</translation>
    </message>
    <message>
        <source>The source.</source>
        <translation>Die Quelle.</translation>
    </message>
    <message>
        <source>Stores a source&apos;s API key in the OS keychain.</source>
        <translation>Speichert den API-Schlüssel einer Quelle im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>no key given: use --key-stdin or --key-env VAR</source>
        <translation>kein Schlüssel angegeben: verwenden Sie --key-stdin oder --key-env VAR</translation>
    </message>
    <message>
        <source>Stored the key of &apos;%1&apos; in the OS keychain.</source>
        <translation>Der Schlüssel von &apos;%1&apos; ist im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <source>Removes a source and deletes its key from the keychain.</source>
        <translation>Entfernt eine Quelle und löscht ihren Schlüssel aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1 (the source was kept)</source>
        <translation>%1 (die Quelle wurde behalten)</translation>
    </message>
    <message>
        <source>Removed source &apos;%1&apos; and its key.</source>
        <translation>Quelle &apos;%1&apos; und ihr Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>Also send one real, clearly named test event.</source>
        <translation>Zusätzlich ein echtes, deutlich benanntes Testereignis senden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in PEM FILE.</source>
        <translation>Zusätzlich den CA-Zertifikaten in der PEM-Datei FILE vertrauen.</translation>
    </message>
    <message>
        <source>Test Connection: checks in strict mode, without storing anything, whether the source&apos;s key works with its URL.
Exit status: 0 the key works, 1 it does not (the reason is printed).</source>
        <translation>Verbindung testen: prüft im strikten Modus, ohne etwas zu speichern, ob der Schlüssel der Quelle mit ihrer URL funktioniert.
Exit-Status: 0 der Schlüssel funktioniert, 1 er funktioniert nicht (der Grund wird ausgegeben).</translation>
    </message>
    <message>
        <source>the key of &apos;%1&apos;: %2</source>
        <translation>der Schlüssel von &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>expected a subcommand</source>
        <translation>Unterbefehl erwartet</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ewb::cli::TargetOptions</name>
    <message>
        <source>say where to send: --source NAME, or --region us|eu|URL</source>
        <translation>geben Sie an, wohin gesendet wird: --source NAME oder --region us|eu|URL</translation>
    </message>
    <message>
        <source>use --source NAME or --region us|eu|URL, not both</source>
        <translation>--source NAME oder --region us|eu|URL angeben, nicht beides</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>Send to stored source NAME (its region, strict mode and keychain key).</source>
        <translation>An die gespeicherte Quelle NAME senden (mit ihrer Region, ihrem strikten Modus und ihrem Schlüssel aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Send to us, eu, or a base URL such as http://127.0.0.1:8080/v1.</source>
        <translation>An us, eu oder eine Basis-URL wie http://127.0.0.1:8080/v1 senden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in PEM FILE (e.g. a sandbox serving HTTPS). Verification stays on.</source>
        <translation>Zusätzlich den CA-Zertifikaten in der PEM-Datei FILE vertrauen (z. B. einer Sandbox mit HTTPS). Die Zertifikatsprüfung bleibt an.</translation>
    </message>
</context>
<context>
    <name>ewb::cli::ValidateCommand</name>
    <message>
        <source>payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message numerus="yes">
        <source>batch of %1 call(s)</source>
        <translation>
            <numerusform>Batch mit %1 Aufruf</numerusform>
            <numerusform>Batch mit %1 Aufrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>INVALID, %n error(s)</source>
        <translation>
            <numerusform>UNGÜLTIG, %n Fehler</numerusform>
            <numerusform>UNGÜLTIG, %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %1 byte(s) as sent (limit %2)</source>
        <translation>
            <numerusform>; %1 Byte beim Senden (Grenze %2)</numerusform>
            <numerusform>; %1 Bytes beim Senden (Grenze %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one JSON object: {valid, bytes, diagnostics}.</source>
        <translation>Ein JSON-Objekt ausgeben: {valid, bytes, diagnostics}.</translation>
    </message>
    <message>
        <source>The call type, when the file has no &quot;type&quot; field: identify, track, page, screen, group, alias or batch.</source>
        <translation>Der Aufruftyp, wenn die Datei kein Feld &quot;type&quot; hat: identify, track, page, screen, group, alias oder batch.</translation>
    </message>
    <message>
        <source>The payload file, or - for standard input.</source>
        <translation>Die Datei mit den Nutzdaten oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Checks a call or a batch against the API&apos;s rules and size limits, without sending it.
Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error.</source>
        <translation>Prüft einen Aufruf oder einen Batch gegen die Regeln und Größengrenzen der API, ohne ihn zu senden.
Exit-Status: 0 gültig (Warnungen erlaubt), 1 ungültig, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>expected one FILE (or - for standard input)</source>
        <translation>genau eine Datei FILE erwartet (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>(body)</source>
        <translation>(Body)</translation>
    </message>
</context>
</TS>
