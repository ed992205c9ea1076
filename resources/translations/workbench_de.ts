<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ewb::BackfillWindow</name>
    <message>
        <source>Backfill — Event Workbench</source>
        <translation>Backfill — Event Workbench</translation>
    </message>
    <message>
        <source>JSONL, JSON or CSV (gzip too): the history to send</source>
        <translation>JSONL, JSON oder CSV (auch gzip): die zu sendenden Altdaten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file to send</source>
        <translation>Die zu sendende Datei wählen</translation>
    </message>
    <message>
        <source>History to send</source>
        <translation>Zu sendende Altdaten</translation>
    </message>
    <message>
        <source>History (*.jsonl *.ndjson *.json *.csv *.gz);;All files (*)</source>
        <translation>Altdaten (*.jsonl *.ndjson *.json *.csv *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>How the file is read: by its name&apos;s extension, or as chosen here</source>
        <translation>Wie die Datei gelesen wird: nach der Endung ihres Namens oder wie hier gewählt</translation>
    </message>
    <message>
        <source>From the name</source>
        <translation>Nach dem Namen</translation>
    </message>
    <message>
        <source>JSONL: a call per line</source>
        <translation>JSONL: ein Aufruf je Zeile</translation>
    </message>
    <message>
        <source>JSON: an array of calls</source>
        <translation>JSON: ein Array von Aufrufen</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV mit Kopfzeile</translation>
    </message>
    <message>
        <source>The call type of rows that do not say (a CSV&apos;s rows)</source>
        <translation>Der Aufruftyp von Zeilen, die keinen angeben (die Zeilen einer CSV-Datei)</translation>
    </message>
    <message>
        <source>each row&apos;s own &quot;type&quot;</source>
        <translation>der eigene „type“ jeder Zeile</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <source>CSV columns to fields, e.g. userId=user_id, event=name, properties.*=*</source>
        <translation>CSV-Spalten zu Feldern, z. B. userId=user_id, event=name, properties.*=*</translation>
    </message>
    <message>
        <source>FIELD=COLUMN, separated by commas; FIELD is a dotted path, :number, :bool or :json types it; PATH.*=* takes every other column. Empty: columns named as fields.</source>
        <translation>FELD=SPALTE, durch Kommas getrennt; FELD ist ein Pfad mit Punkten, :number, :bool oder :json geben seinen Typ an; PFAD.*=* nimmt jede übrige Spalte. Leer: Spalten, die wie Felder heißen.</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>Zu&amp;ordnung:</translation>
    </message>
    <message>
        <source>Send events that delete or suppress (User Deleted, Device Deleted…)</source>
        <translation>Ereignisse senden, die löschen oder unterdrücken (User Deleted, Device Deleted…)</translation>
    </message>
    <message>
        <source>Off: such rows are not sent and are listed below</source>
        <translation>Aus: Solche Zeilen werden nicht gesendet und unten aufgeführt</translation>
    </message>
    <message>
        <source>Where the calls go: the built-in sandbox or a source</source>
        <translation>Wohin die Aufrufe gehen: die eingebaute Sandbox oder eine Quelle</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The call as it will be sent</source>
        <translation>Der Aufruf, wie er gesendet wird</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be sent</source>
        <translation>Vorschau: die ersten Zeilen, wie sie gesendet werden</translation>
    </message>
    <message>
        <source>Each row&apos;s line, type, person, check and the call as it will be sent</source>
        <translation>Zu jeder Zeile: Zeilennummer, Typ, Person, Prüfung und der Aufruf, wie er gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Check and plan the whole file; send nothing</source>
        <translation>Die ganze Datei prüfen und planen; nichts senden</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Send the file to the target, resuming where a paused backfill stopped</source>
        <translation>Die Datei an das Ziel senden; ein angehaltenes Backfill wird dort fortgesetzt, wo es stehen blieb</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop, keeping what was acknowledged: Resume goes on from there</source>
        <translation>Anhalten und behalten, was bestätigt wurde: „Fortsetzen“ macht dort weiter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop and forget this backfill (its messageIds still keep a new start from doubling)</source>
        <translation>Anhalten und dieses Backfill vergessen (seine messageIds verhindern weiterhin, dass ein neuer Start doppelt sendet)</translation>
    </message>
    <message>
        <source>%p% of the file read</source>
        <translation>%p% der Datei gelesen</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Warum nicht gesendet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeileninhalt</translation>
    </message>
    <message>
        <source>Rows not sent</source>
        <translation>Nicht gesendete Zeilen</translation>
    </message>
    <message>
        <source>Each row that was not sent, why, and the row; Enter opens it in the composer</source>
        <translation>Jede nicht gesendete Zeile, der Grund und ihr Inhalt; Enter öffnet sie im Composer</translation>
    </message>
    <message>
        <source>Open &amp;in Composer</source>
        <translation>&amp;Im Composer öffnen</translation>
    </message>
    <message>
        <source>Open the selected row in the composer, as the call its mapping made</source>
        <translation>Die ausgewählte Zeile im Composer öffnen, als den Aufruf, den ihre Zuordnung ergab</translation>
    </message>
    <message>
        <source>The first rows, as the backfill will send them:</source>
        <translation>Die ersten Zeilen, wie das Backfill sie senden wird:</translation>
    </message>
    <message>
        <source>Rows not sent:</source>
        <translation>Nicht gesendete Zeilen:</translation>
    </message>
    <message>
        <source>Cancel the backfill</source>
        <translation>Backfill abbrechen</translation>
    </message>
    <message>
        <source>Forget where this backfill got to? Start then sends the whole file again (its messageIds keep the API from keeping a call twice).</source>
        <translation>Vergessen, wie weit dieses Backfill gekommen ist? „Starten“ sendet dann die ganze Datei erneut (ihre messageIds verhindern, dass die API einen Aufruf doppelt speichert).</translation>
    </message>
    <message>
        <source>Pick a file. Every row is checked before anything is sent; rows that would be dropped are listed below and never sent.</source>
        <translation>Wählen Sie eine Datei. Jede Zeile wird geprüft, bevor etwas gesendet wird; Zeilen, die verworfen würden, werden unten aufgeführt und nie gesendet.</translation>
    </message>
    <message>
        <source>pick a file first</source>
        <translation>zuerst eine Datei wählen</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Keine Vorschau möglich: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>This file&apos;s backfill was interrupted: Resume sends what was not acknowledged; Cancel forgets it.</source>
        <translation>Das Backfill dieser Datei wurde unterbrochen: „Fortsetzen“ sendet, was nicht bestätigt wurde; „Abbrechen“ vergisst es.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Not started: choose a target.</source>
        <translation>Nicht gestartet: Wählen Sie ein Ziel.</translation>
    </message>
    <message>
        <source>Reading the key of “%1”…</source>
        <translation>Schlüssel von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Not started: the key of “%1”: %2</source>
        <translation>Nicht gestartet: der Schlüssel von „%1“: %2</translation>
    </message>
    <message>
        <source>%1 rows read, %2 sent and acknowledged, %3 not sent; %4 events/s</source>
        <translation>Zeilen: %1 gelesen, %2 gesendet und bestätigt, %3 nicht gesendet; %4 Ereignisse/s</translation>
    </message>
    <message>
        <source>(%1 acknowledged before)</source>
        <translation>(%1 schon vorher bestätigt)</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>a second</source>
        <translation>eine Sekunde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Resume goes on from here.</source>
        <translation>„Fortsetzen“ macht hier weiter.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Forgotten: Start sends the whole file again (its messageIds keep duplicates out).</source>
        <translation>Vergessen: „Starten“ sendet die ganze Datei erneut (ihre messageIds halten Duplikate fern).</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>A backfill is running</source>
        <translation>Ein Backfill läuft</translation>
    </message>
    <message>
        <source>Pause it and close? Resume goes on from where it stopped, the next time this file is picked.</source>
        <translation>Anhalten und schließen? „Fortsetzen“ macht dort weiter, wo es stehen blieb, wenn diese Datei das nächste Mal gewählt wird.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) are shown; Dry Run checks the whole file.</source>
        <translation>
            <numerusform>Gezeigt wird %n Zeile; „Probelauf“ prüft die ganze Datei.</numerusform>
            <numerusform>Gezeigt werden die ersten %n Zeilen; „Probelauf“ prüft die ganze Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 rows read, %2 sent and acknowledged, %3 not sent, %4 acknowledged before, in %5 s.</source>
        <translation>Fertig: Zeilen: %1 gelesen, %2 gesendet und bestätigt, %3 nicht gesendet, %4 schon vorher bestätigt, in %5 s.</translation>
    </message>
    <message>
        <source>Stopped (%1): %2 rows read, %3 sent and acknowledged, %4 not sent, %5 acknowledged before, in %6 s.</source>
        <translation>Gestoppt (%1): Zeilen: %2 gelesen, %3 gesendet und bestätigt, %4 nicht gesendet, %5 schon vorher bestätigt, in %6 s.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) (such as rows without a timestamp): they were sent.</source>
        <translation>
            <numerusform>%Ln Warnung (etwa eine Zeile ohne timestamp); die Zeile wurde gesendet.</numerusform>
            <numerusform>%Ln Warnungen (etwa Zeilen ohne timestamp); die Zeilen wurden gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) (such as rows without a timestamp): would be sent.</source>
        <translation>
            <numerusform>%Ln Warnung (etwa eine Zeile ohne timestamp); die Zeile würde gesendet.</numerusform>
            <numerusform>%Ln Warnungen (etwa Zeilen ohne timestamp); die Zeilen würden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was sent: %1, %2 valid, %3 not to be sent; %4, %5 bytes, about %6 of sending at the rate limit.</source>
        <translation>Probelauf, nichts wurde gesendet: %1, davon %2 gültig, %3 nicht zu senden; %4, %5 Bytes; beim Ratenlimit etwa %6 Sendezeit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Batch</numerusform>
            <numerusform>%Ln Batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::BatchComposer</name>
    <message>
        <source>Calls in this batch</source>
        <translation>Aufrufe in diesem Batch</translation>
    </message>
    <message>
        <source>Each call with its size; the selected one is in the form beside</source>
        <translation>Jeder Aufruf mit seiner Größe; der ausgewählte steht im Formular daneben</translation>
    </message>
    <message>
        <source>Add call</source>
        <translation>Aufruf hinzufügen</translation>
    </message>
    <message>
        <source>Add a call of a type to the batch, after the selected one</source>
        <translation>Dem Batch einen Aufruf eines Typs hinzufügen, nach dem ausgewählten</translation>
    </message>
    <message>
        <source>Add a %1 call</source>
        <translation>%1-Aufruf hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected call (without its messageId, which would get the copy dropped)</source>
        <translation>Den ausgewählten Aufruf duplizieren (ohne seine messageId, sonst würde die Kopie verworfen)</translation>
    </message>
    <message>
        <source>Duplicate call %1</source>
        <translation>Aufruf %1 duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected call</source>
        <translation>Den ausgewählten Aufruf entfernen</translation>
    </message>
    <message>
        <source>Remove call %1</source>
        <translation>Aufruf %1 entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected call up</source>
        <translation>Den ausgewählten Aufruf nach oben verschieben</translation>
    </message>
    <message>
        <source>Move call up</source>
        <translation>Aufruf nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected call down</source>
        <translation>Den ausgewählten Aufruf nach unten verschieben</translation>
    </message>
    <message>
        <source>Move call down</source>
        <translation>Aufruf nach unten verschieben</translation>
    </message>
    <message>
        <source>Edit the batch&apos;s %1</source>
        <translation>%1 des Batches bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Calls in this batch</source>
        <translation>Auf&amp;rufe in diesem Batch</translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation>Ausgewählter Aufruf</translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation>Gemeinsamer Context</translation>
    </message>
    <message>
        <source>Shared integrations</source>
        <translation>Gemeinsame Integrations</translation>
    </message>
    <message>
        <source>The selected call and what the batch shares</source>
        <translation>Der ausgewählte Aufruf und was der Batch gemeinsam hat</translation>
    </message>
    <message>
        <source>The context every call of the batch shares</source>
        <translation>Der context, den alle Aufrufe des Batches teilen</translation>
    </message>
    <message>
        <source>The integrations every call of the batch shares</source>
        <translation>Die integrations, die alle Aufrufe des Batches teilen</translation>
    </message>
    <message>
        <source>A call over 32,768 bytes would be dropped by the API: make it smaller.</source>
        <translation>Einen Aufruf über 32.768 Bytes würde die API verwerfen: Machen Sie ihn kleiner.</translation>
    </message>
    <message numerus="yes">
        <source>This batch is over the limit. Sending with &quot;Split oversize batches&quot; on sends %n batches:</source>
        <translation>
            <numerusform>Dieser Batch ist über der Grenze. Mit „Zu große Batches aufteilen“ wird er als %n Batch gesendet:</numerusform>
            <numerusform>Dieser Batch ist über der Grenze. Mit „Zu große Batches aufteilen“ wird er als %n Batches gesendet:</numerusform>
        </translation>
    </message>
    <message>
        <source>  calls %1–%2: %3 bytes</source>
        <translation>  Aufrufe %1–%2: %3 Bytes</translation>
    </message>
    <message>
        <source>Left out, too large on their own: %1</source>
        <translation>Ausgelassen, schon allein zu groß: %1</translation>
    </message>
    <message>
        <source>   (%1 bytes)</source>
        <translation>   (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>ewb::CallForm</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Semantic event template</source>
        <translation>Vorlage für semantische Ereignisse</translation>
    </message>
    <message>
        <source>Semantic events…</source>
        <translation>Semantische Ereignisse…</translation>
    </message>
    <message>
        <source>Reserved events Customer.io acts on (deleting a person, registering a device...). Picking one fills in the fields it requires.</source>
        <translation>Reservierte Ereignisse, auf die Customer.io reagiert (eine Person löschen, ein Gerät registrieren …). Die Wahl eines Ereignisses füllt die Felder aus, die es verlangt.</translation>
    </message>
    <message>
        <source>Use the %1 template</source>
        <translation>Vorlage %1 verwenden</translation>
    </message>
    <message>
        <source>optional: lets the API drop a retried duplicate</source>
        <translation>optional: lässt Duplikate erkennen</translation>
    </message>
    <message>
        <source>Edit messageId</source>
        <translation>messageId bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Erzeu&amp;gen</translation>
    </message>
    <message>
        <source>A new UUID v4 as the messageId, as the official libraries send (Alt+G)</source>
        <translation>Eine neue UUID v4 als messageId, wie die offiziellen Bibliotheken sie senden (Alt+G)</translation>
    </message>
    <message>
        <source>Generate messageId</source>
        <translation>messageId erzeugen</translation>
    </message>
    <message>
        <source>Message I&amp;D</source>
        <translation>M&amp;essage-ID</translation>
    </message>
    <message>
        <source>Edit timestamp</source>
        <translation>timestamp bearbeiten</translation>
    </message>
    <message>
        <source>Time&amp;stamp</source>
        <translation>Zeit&amp;stempel</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Properties, context and integrations</source>
        <translation>Properties, Context und Integrations</translation>
    </message>
    <message>
        <source>Where the call comes from (library, page, device, ip…): key, value and type</source>
        <translation>Woher der Aufruf kommt (Bibliothek, Seite, Gerät, IP…): Schlüssel, Wert und Typ</translation>
    </message>
    <message>
        <source>Which destinations get the call: key, value and type</source>
        <translation>Welche Ziele den Aufruf erhalten: Schlüssel, Wert und Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>A user ID or an anonymous ID is required (identify may use traits.email instead)</source>
        <translation>Eine Benutzer-ID oder eine anonyme ID ist erforderlich (identify kann stattdessen traits.email verwenden)</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>What is known of the person or group: key, value and type</source>
        <translation>Was über die Person oder Gruppe bekannt ist: Schlüssel, Wert und Typ</translation>
    </message>
    <message>
        <source>What happened, in detail: key, value and type</source>
        <translation>Was geschah, im Einzelnen: Schlüssel, Wert und Typ</translation>
    </message>
    <message>
        <source>U</source>
        <comment>mnemonic of the User ID label</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>A</source>
        <comment>mnemonic of the Anonymous ID label</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>P</source>
        <comment>mnemonic of the Previous ID label</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>t</source>
        <comment>mnemonic of the Event label</comment>
        <translation>i</translation>
    </message>
    <message>
        <source>m</source>
        <comment>mnemonic of the Page name and Screen name labels</comment>
        <translation>m</translation>
    </message>
    <message>
        <source>I</source>
        <comment>mnemonic of the Group ID label</comment>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>ewb::ChecksDialog</name>
    <message>
        <source>Run Checks — %1</source>
        <translation>Prüfungen beim Lauf — %1</translation>
    </message>
    <message>
        <source>What a run (the Runner, or ewb run in CI) expects of this request. Saved in the request&apos;s file.</source>
        <translation>Was ein Lauf (der Runner oder ewb run in CI) von dieser Anfrage erwartet. Wird in der Datei der Anfrage gespeichert.</translation>
    </message>
    <message>
        <source>A class (2xx, 4xx), a status (200) or a list (200, 202)</source>
        <translation>Eine Klasse (2xx, 4xx), ein Status (200) oder eine Liste (200, 202)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Send it even when the validator finds errors</source>
        <translation>Auch senden, wenn der Validator Fehler findet</translation>
    </message>
    <message>
        <source>Off: a request with validation errors is not sent, and counts as a failure. On: for negative tests, to see what the API does with it.</source>
        <translation>Aus: Eine Anfrage mit Validierungsfehlern wird nicht gesendet und zählt als Fehlschlag. An: für Negativtests, um zu sehen, was die API damit macht.</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validierung:</translation>
    </message>
    <message>
        <source>A run fails the request when its body is larger (0: only the API&apos;s own limits)</source>
        <translation>Ein Lauf lässt die Anfrage fehlschlagen, wenn ihr Body größer ist (0: nur die Grenzen der API)</translation>
    </message>
    <message>
        <source>no limit of its own (bytes)</source>
        <translation>keine eigene Grenze (Bytes)</translation>
    </message>
    <message>
        <source>&amp;Largest request body:</source>
        <translation>&amp;Größter Anfrage-Body:</translation>
    </message>
    <message>
        <source>What the sandbox must have recorded of the call for the check to pass</source>
        <translation>Was die Sandbox vom Aufruf aufgezeichnet haben muss, damit die Prüfung besteht</translation>
    </message>
    <message>
        <source>Default: every call accepted, when a 2xx is expected</source>
        <translation>Standard: jeder Aufruf angenommen, wenn 2xx erwartet</translation>
    </message>
    <message>
        <source>Every call accepted, whatever the status</source>
        <translation>Jeder Aufruf angenommen, gleich welcher Status</translation>
    </message>
    <message>
        <source>Dropped: a negative test</source>
        <translation>Verworfen: ein Negativtest</translation>
    </message>
    <message>
        <source>Against a sand&amp;box:</source>
        <translation>Gegen eine Sand&amp;box:</translation>
    </message>
    <message>
        <source>any reason, or a code such as track.event.missing</source>
        <translation>jeder Grund oder ein Code wie track.event.missing</translation>
    </message>
    <message>
        <source>Drop &amp;reason:</source>
        <translation>Ve&amp;rwerfungsgrund:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The defaults: nothing is added to the file.</source>
        <translation>Die Standardwerte: Der Datei wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved in the file as:&lt;br&gt;&lt;code style=&quot;white-space:pre&quot;&gt;&quot;expect&quot;: %1&lt;/code&gt;</source>
        <translation>In der Datei gespeichert als:&lt;br&gt;&lt;code style=&quot;white-space:pre&quot;&gt;&quot;expect&quot;: %1&lt;/code&gt;</translation>
    </message>
    <message numerus="yes">
        <source> byte(s)</source>
        <translation>
            <numerusform> Byte</numerusform>
            <numerusform> Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::CollectionCommands</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Checks of “%1”</source>
        <translation>Prüfungen von „%1“</translation>
    </message>
</context>
<context>
    <name>ewb::CollectionsPanel</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a collection folder (Ctrl+O)</source>
        <translation>Einen Sammlungsordner öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create a collection in an empty folder</source>
        <translation>Eine Sammlung in einem leeren Ordner anlegen</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Add a folder to the selected collection or folder</source>
        <translation>Der ausgewählten Sammlung oder dem ausgewählten Ordner einen Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected request or folder</source>
        <translation>Die ausgewählte Anfrage oder den ausgewählten Ordner duplizieren</translation>
    </message>
    <message>
        <source>Checks…</source>
        <translation>Prüfungen…</translation>
    </message>
    <message>
        <source>Checks: what a run expects of the selected request (status, validation, size, what the sandbox records)</source>
        <translation>Prüfungen: was ein Lauf von der ausgewählten Anfrage erwartet (Status, Validierung, Größe, was die Sandbox aufzeichnet)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected request or folder (Delete; undo with Ctrl+Z in the tree); close a collection</source>
        <translation>Die ausgewählte Anfrage oder den ausgewählten Ordner löschen (Entf; rückgängig mit Strg+Z im Baum); eine Sammlung schließen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z in the tree)</source>
        <translation>Rückgängig: %1 (Strg+Z im Baum)</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Enter opens a request; F2 renames; Delete deletes; Ctrl+Z undoes what was done in the tree</source>
        <translation>Enter öffnet eine Anfrage; F2 benennt um; Entf löscht; Strg+Z macht rückgängig, was im Baum getan wurde</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message numerus="yes">
        <source>“%1” opened, but %n file(s) could not be read.</source>
        <translation>
            <numerusform>„%1“ geöffnet, aber %n Datei konnte nicht gelesen werden.</numerusform>
            <numerusform>„%1“ geöffnet, aber %n Dateien konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>New collection: choose or create an empty folder</source>
        <translation>Neue Sammlung: einen leeren Ordner wählen oder anlegen</translation>
    </message>
    <message>
        <source>No collection made: %1</source>
        <translation>Keine Sammlung angelegt: %1</translation>
    </message>
    <message>
        <source>Open collection</source>
        <translation>Sammlung öffnen</translation>
    </message>
    <message>
        <source>Open a collection folder</source>
        <translation>Einen Sammlungsordner öffnen</translation>
    </message>
    <message>
        <source>Unsaved request</source>
        <translation>Nicht gespeicherte Anfrage</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>„%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved “%1”; kept %n file(s) it did not write or cannot read: %2</source>
        <translation>
            <numerusform>„%1“ gespeichert; %n Datei, die nicht geschrieben wurde oder nicht gelesen werden kann, blieb erhalten: %2</numerusform>
            <numerusform>„%1“ gespeichert; %n Dateien, die nicht geschrieben wurden oder nicht gelesen werden können, blieben erhalten: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to edit the checks a run makes of it.</source>
        <translation>Wählen Sie eine Anfrage, um die Prüfungen zu bearbeiten, die ein Lauf mit ihr macht.</translation>
    </message>
    <message>
        <source>Saved the checks of “%1”.</source>
        <translation>Prüfungen von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Collections saved. The composer&apos;s request is not in one: Save As keeps it.</source>
        <translation>Sammlungen gespeichert. Die Anfrage im Composer gehört zu keiner: „Speichern unter“ behält sie.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Save the request in the selected collection as:</source>
        <translation>Die Anfrage in der ausgewählten Sammlung speichern als:</translation>
    </message>
    <message>
        <source>Save As “%1”</source>
        <translation>Speichern unter „%1“</translation>
    </message>
    <message>
        <source>Save as Requests</source>
        <translation>Als Anfragen speichern</translation>
    </message>
    <message>
        <source>Save “%1” in:</source>
        <translation>„%1“ speichern in:</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>„%1“ speichern</translation>
    </message>
    <message>
        <source>Saved “%1” in “%2”.</source>
        <translation>„%1“ in „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved collection</source>
        <translation>Nicht gespeicherte Sammlung</translation>
    </message>
    <message>
        <source>The collection “%1” has changes that are not saved. Save them?</source>
        <translation>Die Sammlung „%1“ hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Open or create a collection first.</source>
        <translation>Öffnen Sie zuerst eine Sammlung oder legen Sie eine an.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>The collection “%1” has changes that are not saved. Save them before closing it?</source>
        <translation>Die Sammlung „%1“ hat nicht gespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>The collection in %1 can no longer be read: %2</source>
        <translation>Die Sammlung in %1 kann nicht mehr gelesen werden: %2</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>The collection “%1” was changed on disk (a git pull, another program) while you have unsaved changes in it.

Reload it from disk and drop your changes, or keep yours? If you keep yours, saving them replaces what is on disk.</source>
        <translation>Die Sammlung „%1“ wurde auf dem Datenträger geändert (ein git pull, ein anderes Programm), während Sie nicht gespeicherte Änderungen daran haben.

Vom Datenträger neu laden und Ihre Änderungen verwerfen, oder Ihre behalten? Wenn Sie Ihre behalten, ersetzt das Speichern, was auf dem Datenträger steht.</translation>
    </message>
    <message>
        <source>Kept your changes to “%1”; it changed on disk.</source>
        <translation>Ihre Änderungen an „%1“ wurden behalten; die Sammlung wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>“%1” changed on disk and was reloaded.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert und neu geladen.</translation>
    </message>
    <message>
        <source>The open request was removed on disk; the composer keeps it (Save As to keep it).</source>
        <translation>Die geöffnete Anfrage wurde auf dem Datenträger entfernt; der Composer behält sie („Speichern unter“, um sie zu behalten).</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before opening another request?</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen. Speichern, bevor eine andere Anfrage geöffnet wird?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before the composer shows something else?</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen. Speichern, bevor der Composer etwas anderes zeigt?</translation>
    </message>
    <message numerus="yes">
        <source>Save %Ln request(s) in:</source>
        <translation>
            <numerusform>%Ln Anfrage speichern in:</numerusform>
            <numerusform>%Ln Anfragen speichern in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %n request(s)</source>
        <translation>
            <numerusform>%n Anfrage speichern</numerusform>
            <numerusform>%n Anfragen speichern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln request(s) in “%1”.</source>
        <translation>
            <numerusform>%Ln Anfrage in „%1“ gespeichert.</numerusform>
            <numerusform>%Ln Anfragen in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Not opened (fix the file, it is re-read when it changes):
%1</source>
        <translation>Nicht geöffnet (korrigieren Sie die Datei; sie wird neu gelesen, wenn sie sich ändert):
%1</translation>
    </message>
</context>
<context>
    <name>ewb::ComposerPanel</name>
    <message>
        <source>%1 call (Ctrl+%2)</source>
        <translation>%1-Aufruf (Strg+%2)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Shift+F)</source>
        <translation>Das JSON einrücken (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Minify</source>
        <translation>Minifizieren</translation>
    </message>
    <message>
        <source>Write the JSON as it goes on the wire (Ctrl+Shift+M)</source>
        <translation>Das JSON so schreiben, wie es übertragen wird (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Show variables resolved</source>
        <translation>Variablen aufgelöst zeigen</translation>
    </message>
    <message>
        <source>Show the JSON as it will be sent, {{variables}} replaced (secrets masked); read-only while on</source>
        <translation>Das JSON zeigen, wie es gesendet wird, {{variables}} ersetzt (geheime Werte maskiert); solange an, schreibgeschützt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The pasted JSON was indented: one line of megabytes makes the editor slow. Minify puts it on one line again.</source>
        <translation>Das eingefügte JSON wurde eingerückt: Eine Zeile von Megabytes macht den Editor langsam. „Minifizieren“ schreibt es wieder in eine Zeile.</translation>
    </message>
    <message>
        <source>Working on a large document… the window stays usable meanwhile.</source>
        <translation>Großes Dokument in Arbeit… Das Fenster bleibt bedienbar.</translation>
    </message>
    <message>
        <source>Not switched to %1: %2</source>
        <translation>Nicht zu %1 gewechselt: %2</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>No problems: this call is ready to send.</source>
        <translation>Keine Probleme: Der Aufruf ist sendebereit.</translation>
    </message>
    <message numerus="yes">
        <source>Switched to %1 with call 1 of the batch&apos;s %2; Undo (Ctrl+Z) brings the other %n back.</source>
        <translation>
            <numerusform>Zu %1 gewechselt, mit Aufruf 1 der %2 Aufrufe des Batches; „Rückgängig“ (Strg+Z) holt den übrigen %n Aufruf zurück.</numerusform>
            <numerusform>Zu %1 gewechselt, mit Aufruf 1 der %2 Aufrufe des Batches; „Rückgängig“ (Strg+Z) holt die übrigen %n Aufrufe zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::DiagnosticsList</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Every problem the checks found. Enter jumps to its place; F8 and Shift+F8 go to the next and the previous one from anywhere.</source>
        <translation>Jedes Problem, das die Prüfungen fanden. Enter springt an seine Stelle; F8 und Umschalt+F8 gehen von überall zum nächsten und zum vorigen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem %1 of %2: %3</source>
        <translation>Problem %1 von %2: %3</translation>
    </message>
    <message>
        <source>(whole call)</source>
        <translation>(ganzer Aufruf)</translation>
    </message>
    <message>
        <source>No problems found: this call is ready to send.</source>
        <translation>Keine Probleme: Der Aufruf ist sendebereit.</translation>
    </message>
</context>
<context>
    <name>ewb::EnvironmentDialog</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>The environment selected here is the one edited beside</source>
        <translation>Die hier ausgewählte Umgebung wird daneben bearbeitet</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an environment</source>
        <translation>Eine Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected environment, its file and its secrets</source>
        <translation>Die ausgewählte Umgebung entfernen, mit ihrer Datei und ihren geheimen Werten</translation>
    </message>
    <message>
        <source>The environment&apos;s name, as the toolbar&apos;s picker shows it</source>
        <translation>Der Name der Umgebung, wie die Auswahl in der Werkzeugleiste ihn zeigt</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Each variable&apos;s name, value and whether it is a secret (kept in the keychain)</source>
        <translation>Name und Wert jeder Variable und ob sie geheim ist (im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Add &amp;variable</source>
        <translation>&amp;Variable hinzufügen</translation>
    </message>
    <message>
        <source>Add a variable to this environment</source>
        <translation>Dieser Umgebung eine Variable hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move variable</source>
        <translation>Variable ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Die ausgewählte Variable entfernen</translation>
    </message>
    <message>
        <source>Reveal &amp;secrets</source>
        <translation>&amp;Geheime Werte zeigen</translation>
    </message>
    <message>
        <source>Show the secret variables&apos; values; keep them hidden when sharing your screen</source>
        <translation>Die Werte der geheimen Variablen zeigen; verbergen Sie sie, wenn Sie Ihren Bildschirm teilen</translation>
    </message>
    <message>
        <source>Use a variable as {{name}} in any field or in the JSON. A secret&apos;s value is kept in the system keychain, never in a file.</source>
        <translation>Verwenden Sie eine Variable als {{name}} in jedem Feld oder im JSON. Der Wert einer geheimen Variable wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>A secret: kept in the keychain, shown masked</source>
        <translation>Geheim: im Schlüsselbund aufbewahrt, maskiert gezeigt</translation>
    </message>
    <message>
        <source>Used wherever {{%1}} is written</source>
        <translation>Überall verwendet, wo {{%1}} steht</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>New environment %1</source>
        <translation>Neue Umgebung %1</translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation>Eine Umgebung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Not every secret was stored: %1</source>
        <translation>Nicht jeder geheime Wert wurde gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ewb::EnvironmentSelector</name>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Where {{variables}} take their values from</source>
        <translation>Woher {{variables}} ihre Werte nehmen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Add, rename and edit environments and their variables</source>
        <translation>Umgebungen und ihre Variablen hinzufügen, umbenennen und bearbeiten</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>Some environments could not be read: %1</source>
        <translation>Einige Umgebungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The secret “%1” could not be read: %2</source>
        <translation>Die geheime Variable „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ewb::ForwardMenu</name>
    <message>
        <source>&amp;Forward Accepted Calls To</source>
        <translation>Angenommene Aufrufe &amp;weiterleiten an</translation>
    </message>
    <message>
        <source>Also Forward &amp;Dropped Calls</source>
        <translation>Auch &amp;verworfene Aufrufe weiterleiten</translation>
    </message>
    <message>
        <source>Send what the sandbox dropped too, each call on its own, to see what the API says.</source>
        <translation>Auch senden, was die Sandbox verworfen hat, jeden Aufruf einzeln, um zu sehen, was die API dazu sagt.</translation>
    </message>
    <message>
        <source>&amp;Nowhere (Off)</source>
        <translation>&amp;Nirgendwohin (aus)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Forward every call the sandbox accepts to this source, with its key from the keychain.</source>
        <translation>Jeden Aufruf, den die Sandbox annimmt, an diese Quelle weiterleiten, mit ihrem Schlüssel aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>No sources yet: add one in the Sources panel</source>
        <translation>Noch keine Quellen: Fügen Sie im Bereich „Quellen“ eine hinzu</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Forwards</source>
        <translation>Fehlgeschlagene Weiterleitungen &amp;erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n failed forward(s) queued again.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Weiterleitung wieder eingereiht.</numerusform>
            <numerusform>%n fehlgeschlagene Weiterleitungen wieder eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not forwarding to %1: %2</source>
        <translation>Keine Weiterleitung an %1: %2</translation>
    </message>
    <message>
        <source>Forwarding accepted calls to %1 (%2)</source>
        <translation>Angenommene Aufrufe werden an %1 (%2) weitergeleitet</translation>
    </message>
    <message>
        <source>Forwarding is off</source>
        <translation>Weiterleitung ist aus</translation>
    </message>
</context>
<context>
    <name>ewb::HistoryPanel</name>
    <message>
        <source>Search names, bodies, URLs, answers…</source>
        <translation>Namen, Bodys, URLs, Antworten suchen…</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>Not 2xx</source>
        <translation>Nicht 2xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Show only sends with this outcome</source>
        <translation>Nur Sendevorgänge mit diesem Ergebnis zeigen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Show only calls of this type</source>
        <translation>Nur Aufrufe dieses Typs zeigen</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>Show only sends to this source</source>
        <translation>Nur Sendevorgänge an diese Quelle zeigen</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every send, newest first; Enter reopens one in the composer</source>
        <translation>Jeder Sendevorgang, der neueste zuerst; Enter öffnet ihn wieder im Composer</translation>
    </message>
    <message>
        <source>Keep sends for</source>
        <translation>Sendevorgänge behalten für</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>jedes Alter</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Höchstens behalten</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>beliebig viele</translation>
    </message>
    <message>
        <source>Sends older than this are removed (0: kept at any age)</source>
        <translation>Ältere Sendevorgänge werden entfernt (0: in jedem Alter behalten)</translation>
    </message>
    <message>
        <source>Only the newest this many sends are kept (0: no limit)</source>
        <translation>Nur so viele der neuesten Sendevorgänge werden behalten (0: keine Grenze)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Open in Composer</source>
        <translation>Im Composer öffnen</translation>
    </message>
    <message>
        <source>Save as Requests…</source>
        <translation>Als Anfragen speichern…</translation>
    </message>
    <message>
        <source>Save the calls the selected sends made as requests of a collection</source>
        <translation>Die Aufrufe der ausgewählten Sendevorgänge als Anfragen einer Sammlung speichern</translation>
    </message>
    <message>
        <source>Export as JSONL…</source>
        <translation>JSONL exportieren…</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> send(s)</source>
        <translation>
            <numerusform> Eintrag</numerusform>
            <numerusform> Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln send(s)</source>
        <translation>
            <numerusform>%Ln Sendevorgang</numerusform>
            <numerusform>%Ln Sendevorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln send(s) removed from the history.</source>
        <translation>
            <numerusform>%Ln Sendevorgang aus dem Verlauf entfernt.</numerusform>
            <numerusform>%Ln Sendevorgänge aus dem Verlauf entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::HistoryTableProxy</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to reopen it in the composer</source>
        <translation>Doppelklick (oder Enter) öffnet ihn wieder im Composer</translation>
    </message>
</context>
<context>
    <name>ewb::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>What the import could not carry over, or changed</source>
        <translation>Was der Import nicht übernehmen konnte oder geändert hat</translation>
    </message>
    <message>
        <source>Grouped: not carried over, credentials moved to the keychain, carried over differently</source>
        <translation>Gruppiert: nicht übernommen, Zugangsdaten in den Schlüsselbund verschoben, anders übernommen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Not carried over</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Credentials (moved to the keychain, never written to a file)</source>
        <translation>Zugangsdaten (in den Schlüsselbund verschoben, nie in eine Datei geschrieben)</translation>
    </message>
    <message>
        <source>Carried over differently</source>
        <translation>Anders übernommen</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(ganze Datei)</translation>
    </message>
    <message>
        <source>Everything was carried over.</source>
        <translation>Alles wurde übernommen.</translation>
    </message>
</context>
<context>
    <name>ewb::JsonEditor</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The call as JSON. Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move on to the next and the previous control.</source>
        <translation>Der Aufruf als JSON. Tab rückt ein; Strg+Tab und Strg+Umschalt+Tab gehen zum nächsten und zum vorigen Bedienelement.</translation>
    </message>
</context>
<context>
    <name>ewb::KeyValueTable</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row; the arrow offers known keys</source>
        <translation>Eine Zeile hinzufügen; der Pfeil bietet bekannte Schlüssel an</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>Werttyp</translation>
    </message>
    <message>
        <source>How the value is read: a string, a number, true or false, null, an object or an array as JSON</source>
        <translation>Wie der Wert gelesen wird: als Zeichenkette, Zahl, true oder false, null, Objekt oder Array in JSON</translation>
    </message>
</context>
<context>
    <name>ewb::KeyboardAccess</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Das Feld leeren</translation>
    </message>
</context>
<context>
    <name>ewb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when Event Workbench starts again.</source>
        <translation>Die Sprache wechselt, wenn Event Workbench neu startet.</translation>
    </message>
</context>
<context>
    <name>ewb::MainWindow</name>
    <message>
        <source>Event Workbench</source>
        <translation>Event Workbench</translation>
    </message>
    <message>
        <source>Search Sandbox &amp;Events</source>
        <translation>Sandbox-&amp;Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>The sandbox accepted the call: the Sandbox panel shows it as stored.</source>
        <translation>Die Sandbox hat den Aufruf angenommen: Der Bereich „Sandbox“ zeigt ihn, wie er gespeichert wurde.</translation>
    </message>
    <message>
        <source>started with --no-sandbox</source>
        <translation>mit --no-sandbox gestartet</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Sandbo&amp;x</source>
        <translation>Sandbo&amp;x</translation>
    </message>
    <message>
        <source>No source selected: pick one in Sources</source>
        <translation>Keine Quelle ausgewählt: Wählen Sie eine unter „Quellen“</translation>
    </message>
    <message>
        <source>Local: %1 (%2)</source>
        <translation>Lokal: %1 (%2)</translation>
    </message>
    <message>
        <source>Send goes to %1 on this machine (strict mode %2)</source>
        <translation>„Senden“ geht an %1 auf diesem Rechner (strikter Modus %2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>LIVE: %1 (%2)</source>
        <translation>LIVE: %1 (%2)</translation>
    </message>
    <message>
        <source>Send goes to the real API at %1 (strict mode %2)</source>
        <translation>„Senden“ geht an die echte API unter %1 (strikter Modus %2)</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>Send goes to the built-in sandbox at %1: nothing leaves this machine</source>
        <translation>„Senden“ geht an die eingebaute Sandbox unter %1: Nichts verlässt diesen Rechner</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This call has %n error(s), and “%1” does not use strict mode: the API will answer 200 OK and silently drop what is wrong. Send it anyway?</source>
        <translation>
            <numerusform>Dieser Aufruf hat %n Fehler, und „%1“ verwendet den strikten Modus nicht: Die API wird mit 200 OK antworten und stillschweigend verwerfen, was falsch ist. Trotzdem senden?</numerusform>
            <numerusform>Dieser Aufruf hat %n Fehler, und „%1“ verwendet den strikten Modus nicht: Die API wird mit 200 OK antworten und stillschweigend verwerfen, was falsch ist. Trotzdem senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the call has errors (see the list below).</source>
        <translation>Nicht gesendet: Der Aufruf hat Fehler (siehe die Liste unten).</translation>
    </message>
    <message>
        <source>Send a call the API will drop?</source>
        <translation>Einen Aufruf senden, den die API verwerfen wird?</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>More toolbar items</source>
        <translation>Weitere Elemente der Werkzeugleiste</translation>
    </message>
    <message>
        <source>The toolbar&apos;s items that do not fit the window&apos;s width</source>
        <translation>Die Elemente der Werkzeugleiste, die nicht in die Breite des Fensters passen</translation>
    </message>
    <message>
        <source>Send to the selected source (Ctrl+Return)</source>
        <translation>An die ausgewählte Quelle senden (Strg+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the send in progress (Ctrl+.)</source>
        <translation>Den laufenden Sendevorgang abbrechen (Strg+.)</translation>
    </message>
    <message>
        <source>Split oversize batches</source>
        <translation>Zu große Batches aufteilen</translation>
    </message>
    <message>
        <source>Send a batch over 500,000 bytes as several compliant batches, in order</source>
        <translation>Einen Batch über 500.000 Bytes als mehrere regelkonforme Batches senden, der Reihe nach</translation>
    </message>
    <message>
        <source>Send goes to</source>
        <translation>„Senden“ geht an</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Run Collection…</source>
        <translation>Sammlung &amp;ausführen…</translation>
    </message>
    <message>
        <source>&amp;Backfill…</source>
        <translation>&amp;Backfill…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation>JSON &amp;formatieren</translation>
    </message>
    <message>
        <source>&amp;Minify JSON</source>
        <translation>JSON &amp;minifizieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>P&amp;revious Problem</source>
        <translation>Vo&amp;riges Problem</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Composer</source>
        <translation>&amp;Composer</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>S&amp;andbox</source>
        <translation>Sand&amp;box</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>&amp;Sammlungen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Vo&amp;riger Bereich</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>The system&apos;s look applies from the next start.</source>
        <translation>Das Aussehen des Systems gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ewb::Replay</name>
    <message>
        <source>Nothing to save: the selected calls have no body, or no call type that can be read.</source>
        <translation>Nichts zu speichern: Die ausgewählten Aufrufe haben keinen Body oder keinen lesbaren Aufruftyp.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1; %Ln of the selected calls had no body or call type to save.</source>
        <translation>
            <numerusform>%1 gespeichert; %Ln der ausgewählten Aufrufe hatte keinen Body oder Aufruftyp zum Speichern.</numerusform>
            <numerusform>%1 gespeichert; %Ln der ausgewählten Aufrufe hatten keinen Body oder Aufruftyp zum Speichern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: the selected calls have no body to send again.</source>
        <translation>Nichts zu exportieren: Die ausgewählten Aufrufe haben keinen Body, der sich erneut senden lässt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln call(s) to %1, for ewb backfill.</source>
        <translation>
            <numerusform>%Ln Aufruf nach %1 geschrieben, für ewb backfill.</numerusform>
            <numerusform>%Ln Aufrufe nach %1 geschrieben, für ewb backfill.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a body were left out.</source>
        <translation>
            <numerusform>%Ln ohne Body wurde ausgelassen.</numerusform>
            <numerusform>%Ln ohne Body wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as JSONL</source>
        <translation>JSONL exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>ewb::ResponseView</name>
    <message>
        <source>Nothing sent yet. Press Send (Ctrl+Return) to send this call to the selected source.</source>
        <translation>Noch nichts gesendet. Drücken Sie „Senden“ (Strg+Return), um diesen Aufruf an die ausgewählte Quelle zu senden.</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Body der Antwort</translation>
    </message>
    <message>
        <source>What the server answered, pretty-printed when it is JSON</source>
        <translation>Was der Server geantwortet hat, lesbar formatiert, wenn es JSON ist</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>The answer&apos;s headers, name and value</source>
        <translation>Die Header der Antwort, Name und Wert</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Anfrage wie gesendet</translation>
    </message>
    <message>
        <source>The URL, headers and body exactly as sent; the key masked unless Reveal key is on</source>
        <translation>URL, Header und Body genau wie gesendet; der Schlüssel maskiert, außer wenn „Schlüssel zeigen“ an ist</translation>
    </message>
    <message>
        <source>Reveal key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Show the Authorization header as sent. Keep it hidden when sharing your screen.</source>
        <translation>Den Authorization-Header wie gesendet zeigen. Verbergen Sie ihn, wenn Sie Ihren Bildschirm teilen.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copies a curl command that sends this call the same way. It reads the key from $CDP_API_KEY, so it can be pasted anywhere.</source>
        <translation>Kopiert einen curl-Befehl, der diesen Aufruf genauso sendet. Er liest den Schlüssel aus $CDP_API_KEY und lässt sich daher überall einfügen.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The request exactly as sent: URL, headers and body</source>
        <translation>Die Anfrage genau wie gesendet: URL, Header und Body</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Time to headers %1 · total %2 · %3 bytes up · %4 bytes down · %5</source>
        <translation>Zeit bis zu den Headern %1 · gesamt %2 · %3 Bytes gesendet · %4 Bytes empfangen · %5</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>(nothing was sent)</source>
        <translation>(nichts wurde gesendet)</translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3</source>
        <translation>Batch %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::RunnerWindow</name>
    <message>
        <source>Runner — Event Workbench</source>
        <translation>Runner — Event Workbench</translation>
    </message>
    <message>
        <source>The collection to run: one open in the window, or a folder opened here</source>
        <translation>Die auszuführende Sammlung: eine im Fenster geöffnete oder ein hier geöffneter Ordner</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Run a collection folder that is not open in the window</source>
        <translation>Einen Sammlungsordner ausführen, der im Fenster nicht geöffnet ist</translation>
    </message>
    <message>
        <source>Run the collection in</source>
        <translation>Die Sammlung ausführen in</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Sammlung:</translation>
    </message>
    <message>
        <source>every request; or folders and requests by name, separated by commas</source>
        <translation>jede Anfrage; oder Ordner und Anfragen nach Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>O&amp;nly:</source>
        <translation>&amp;Nur:</translation>
    </message>
    <message>
        <source>Where the requests go: the built-in sandbox or a source (its key from the keychain)</source>
        <translation>Wohin die Anfragen gehen: die eingebaute Sandbox oder eine Quelle (ihr Schlüssel aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>none (CSV, JSON or JSONL: one iteration per row, columns as variables)</source>
        <translation>keine (CSV, JSON oder JSONL: eine Iteration je Zeile, Spalten als Variablen)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>Die Datendatei wählen</translation>
    </message>
    <message>
        <source>Data file: one iteration per row</source>
        <translation>Datendatei: eine Iteration je Zeile</translation>
    </message>
    <message>
        <source>Data files (*.csv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Datendateien (*.csv *.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>&amp;Datendatei:</translation>
    </message>
    <message>
        <source>With a data file: one iteration per row, at most this many rows</source>
        <translation>Mit einer Datendatei: eine Iteration je Zeile, höchstens so viele Zeilen</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>höchstens </translation>
    </message>
    <message>
        <source>Iterations in flight at once; each iteration&apos;s requests go in order. One rate limit (1,000 requests/s) holds for the whole run.</source>
        <translation>Gleichzeitig laufende Iterationen; die Anfragen jeder Iteration gehen der Reihe nach. Ein Ratenlimit (1.000 Anfragen/s) gilt für den ganzen Lauf.</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationen:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the collection as saved on disk (Ctrl+Return; Escape stops, Ctrl+W closes)</source>
        <translation>Die Sammlung ausführen, wie sie auf dem Datenträger gespeichert ist (Strg+Return; Esc bricht ab, Strg+W schließt)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Cancel what is in flight and mark the run partial (Escape)</source>
        <translation>Abbrechen, was unterwegs ist, und den Lauf als unvollständig markieren (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the last run&apos;s report: JUnit (.xml), JSON or HTML</source>
        <translation>Den Bericht des letzten Laufs schreiben: JUnit (.xml), JSON oder HTML</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Show &amp;failures only</source>
        <translation>Nur &amp;Fehlschläge zeigen</translation>
    </message>
    <message>
        <source>List only the requests that failed or were not sent</source>
        <translation>Nur die Anfragen auflisten, die fehlschlugen oder nicht gesendet wurden</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Each request of each iteration; the selected one&apos;s exchange is shown below</source>
        <translation>Jede Anfrage jeder Iteration; der Austausch der ausgewählten wird unten gezeigt</translation>
    </message>
    <message>
        <source>Export the run&apos;s report</source>
        <translation>Den Bericht des Laufs exportieren</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml);;JSON (*.json);;HTML page (*.html)</source>
        <translation>JUnit XML (*.xml);;JSON (*.json);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Runs every request of the collection in order, for each iteration, and checks each answer: 2xx, no validation errors, and against the sandbox, every call accepted.</source>
        <translation>Führt für jede Iteration jede Anfrage der Sammlung der Reihe nach aus und prüft jede Antwort: 2xx, keine Validierungsfehler und, gegen die Sandbox, jeder Aufruf angenommen.</translation>
    </message>
    <message>
        <source>Select a result to see what was sent and what came back.</source>
        <translation>Wählen Sie ein Ergebnis, um zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message>
        <source>%1 (the window&apos;s active environment)</source>
        <translation>%1 (die aktive Umgebung des Fensters)</translation>
    </message>
    <message>
        <source>none (choose one in the main window)</source>
        <translation>keine (wählen Sie eine im Hauptfenster)</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>open a collection first (or Open Folder…).</source>
        <translation>Öffnen Sie zuerst eine Sammlung (oder „Ordner öffnen…“).</translation>
    </message>
    <message>
        <source>choose a target.</source>
        <translation>Wählen Sie ein Ziel.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>the key of “%1”: %2</source>
        <translation>der Schlüssel von „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>Running %n request(s)…</source>
        <translation>
            <numerusform>%n Anfrage wird ausgeführt…</numerusform>
            <numerusform>%n Anfragen werden ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Running; not run, cannot be read: %1</source>
        <translation>Läuft; nicht ausgeführt, weil nicht lesbar: %1</translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>Stop was pressed</source>
        <translation>„Abbrechen“ wurde gedrückt</translation>
    </message>
    <message>
        <source>Stopped before the end (%1).</source>
        <translation>Vor dem Ende abgebrochen (%1).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source> row(s)</source>
        <translation>
            <numerusform> Zeile</numerusform>
            <numerusform> Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n Iteration</numerusform>
            <numerusform>%n Iterationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All passed: %n request(s) in %1, %2 s.</source>
        <translation>
            <numerusform>Bestanden: %n Anfrage in %1, %2 s.</numerusform>
            <numerusform>Alle bestanden: %n Anfragen in %1, %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 not sent in %4, %5 s.</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 nicht gesendet in %4, %5 s.</translation>
    </message>
</context>
<context>
    <name>ewb::SandboxEventsModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>verworfen: %1</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>Received %1 (event %2)</source>
        <translation>Empfangen %1 (Ereignis %2)</translation>
    </message>
    <message>
        <source>userId: %1</source>
        <translation>userId: %1</translation>
    </message>
    <message>
        <source>anonymousId: %1</source>
        <translation>anonymousId: %1</translation>
    </message>
    <message>
        <source>Accepted again: the sandbox had accepted messageId %1 before, and the API keeps one event per messageId</source>
        <translation>Erneut angenommen: Die Sandbox hatte messageId %1 schon angenommen, und die API behält ein Ereignis je messageId</translation>
    </message>
    <message>
        <source>Accepted (answered %1)</source>
        <translation>Angenommen (Antwort %1)</translation>
    </message>
    <message>
        <source>Not forwarded: forwarding was off</source>
        <translation>Nicht weitergeleitet: Weiterleitung war aus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
</context>
<context>
    <name>ewb::SandboxPanel</name>
    <message>
        <source>Search events, users, ids, reasons, payloads…</source>
        <translation>Ereignisse, Benutzer, IDs, Gründe, Nutzdaten suchen…</translation>
    </message>
    <message>
        <source>Search sandbox events</source>
        <translation>Sandbox-Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Text anywhere in a call: event name, userId, anonymousId, messageId, drop reason or payload (Ctrl+Shift+E)</source>
        <translation>Text irgendwo in einem Aufruf: Ereignisname, userId, anonymousId, messageId, Verwerfungsgrund oder Nutzdaten (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Call type filter</source>
        <translation>Aufruftyp-Filter</translation>
    </message>
    <message>
        <source>Show only calls of this type</source>
        <translation>Nur Aufrufe dieses Typs zeigen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>Show only accepted calls, dropped ones, or duplicates (accepted again with a messageId seen before)</source>
        <translation>Nur angenommene, verworfene oder doppelte Aufrufe zeigen (Duplikate: erneut angenommen, mit einer schon gesehenen messageId)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Calls the sandbox received</source>
        <translation>Von der Sandbox empfangene Aufrufe</translation>
    </message>
    <message>
        <source>The selected call as stored</source>
        <translation>Der ausgewählte Aufruf, wie gespeichert</translation>
    </message>
    <message>
        <source>Select a call to see what the sandbox stored.</source>
        <translation>Wählen Sie einen Aufruf, um zu sehen, was die Sandbox gespeichert hat.</translation>
    </message>
    <message>
        <source>Open in Composer</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected call in the composer (several: as a batch); Enter or double-click</source>
        <translation>Den ausgewählten Aufruf im Composer öffnen (mehrere: als Batch); Enter oder Doppelklick</translation>
    </message>
    <message>
        <source>Save as Requests…</source>
        <translation>Als Anfragen speichern…</translation>
    </message>
    <message>
        <source>Save the selected calls as requests of a collection (without their messageIds, so that each send is a new event)</source>
        <translation>Die ausgewählten Aufrufe als Anfragen einer Sammlung speichern (ohne ihre messageIds, damit jedes Senden ein neues Ereignis ergibt)</translation>
    </message>
    <message>
        <source>Export as JSONL…</source>
        <translation>JSONL exportieren…</translation>
    </message>
    <message>
        <source>Write the selected calls to a file, one a line, for ewb backfill (with their messageIds, so that sending them again is de-duplicated)</source>
        <translation>Die ausgewählten Aufrufe in eine Datei schreiben, einen je Zeile, für ewb backfill (mit ihren messageIds, damit erneutes Senden dedupliziert wird)</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected calls as curl commands to the source selected for Send (the key is read from $CDP_API_KEY)</source>
        <translation>Die ausgewählten Aufrufe als curl-Befehle an die für „Senden“ ausgewählte Quelle kopieren (der Schlüssel wird aus $CDP_API_KEY gelesen)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear: forget every call the sandbox recorded (also for GET /_sandbox/events)</source>
        <translation>Leeren: jeden Aufruf vergessen, den die Sandbox aufgezeichnet hat (auch für GET /_sandbox/events)</translation>
    </message>
    <message>
        <source>The built-in sandbox listens on %1 and accepts any key; its inspection endpoints are under %2/_sandbox/.</source>
        <translation>Die eingebaute Sandbox lauscht auf %1 und nimmt jeden Schlüssel an; ihre Endpunkte zur Einsicht liegen unter %2/_sandbox/.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running: %1</source>
        <translation>Die eingebaute Sandbox läuft nicht: %1</translation>
    </message>
    <message>
        <source>Listening on %1: calls sent to “Local sandbox” appear here.</source>
        <translation>Lauscht auf %1: Aufrufe an „Lokale Sandbox“ erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 kept (%2 received)</source>
        <translation>%1 behalten (%2 empfangen)</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 angenommen</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>Dropped: %1
%2

</source>
        <translation>Verworfen: %1
%2

</translation>
    </message>
    <message>
        <source>The selected calls hold nothing to open: the sandbox kept no body for them.</source>
        <translation>Die ausgewählten Aufrufe enthalten nichts zum Öffnen: Die Sandbox hat keinen Body von ihnen behalten.</translation>
    </message>
    <message>
        <source>Nothing to copy: the selected calls have no body or no call type the sandbox could read.</source>
        <translation>Nichts zu kopieren: Die ausgewählten Aufrufe haben keinen Body oder keinen Aufruftyp, den die Sandbox lesen konnte.</translation>
    </message>
    <message>
        <source>Copied as curl (the key is read from $CDP_API_KEY).</source>
        <translation>Als curl kopiert (der Schlüssel wird aus $CDP_API_KEY gelesen).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln Duplikat</numerusform>
            <numerusform>%Ln Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n curl command(s) (the key is read from $CDP_API_KEY).</source>
        <translation>
            <numerusform>%n curl-Befehl kopiert (der Schlüssel wird aus $CDP_API_KEY gelesen).</numerusform>
            <numerusform>%n curl-Befehle kopiert (der Schlüssel wird aus $CDP_API_KEY gelesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each call the sandbox received: time, call type, event or name, and whether it was accepted; the selected call&apos;s payload is shown below</source>
        <translation>Jeder Aufruf, den die Sandbox empfangen hat: Zeit, Aufruftyp, Ereignis oder Name und ob er angenommen wurde; die Nutzdaten des ausgewählten Aufrufs stehen darunter</translation>
    </message>
    <message>
        <source>The payload the sandbox recorded for the selected call, as JSON</source>
        <translation>Die Nutzdaten, die die Sandbox für den ausgewählten Aufruf aufgezeichnet hat, als JSON</translation>
    </message>
</context>
<context>
    <name>ewb::SizeMeter</name>
    <message>
        <source>  — of the last JSON that parsed</source>
        <translation>  — des letzten lesbaren JSON</translation>
    </message>
    <message>
        <source>  — over the limit: Send splits it into compliant batches</source>
        <translation>  — über der Grenze: „Senden“ teilt es in regelkonforme Batches auf</translation>
    </message>
    <message>
        <source>  — over the limit: the API will drop it</source>
        <translation>  — über der Grenze: Die API wird es verwerfen</translation>
    </message>
    <message>
        <source>  — past the safe margin</source>
        <translation>  — jenseits der Sicherheitsmarge</translation>
    </message>
</context>
<context>
    <name>ewb::SourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Production website</source>
        <translation>z. B. Produktiv-Website</translation>
    </message>
    <message>
        <source>The region your Customer.io workspace is in. Data sent to the wrong region is answered 200 and silently dropped.</source>
        <translation>Die Region, in der Ihr Customer.io-Workspace liegt. Daten an die falsche Region werden mit 200 beantwortet und stillschweigend verworfen.</translation>
    </message>
    <message>
        <source>the source&apos;s API key</source>
        <translation>der API-Schlüssel der Quelle</translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation>unverändert (zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>&amp;Strict mode (X-Strict-Mode: 1): get real errors instead of 200</source>
        <translation>S&amp;trikter Modus (X-Strict-Mode: 1): echte Fehler statt 200</translation>
    </message>
    <message>
        <source>Without it the API answers 200 OK to an invalid call and silently drops it</source>
        <translation>Ohne ihn beantwortet die API einen ungültigen Aufruf mit 200 OK und verwirft ihn stillschweigend</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Custom &amp;URL</source>
        <translation>Eigene &amp;URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Geben Sie der Quelle einen Namen.</translation>
    </message>
    <message>
        <source>Paste the source&apos;s API key (Customer.io: Data Pipelines → your source → API key).</source>
        <translation>Fügen Sie den API-Schlüssel der Quelle ein (Customer.io: Data Pipelines → Ihre Quelle → API key).</translation>
    </message>
</context>
<context>
    <name>ewb::SourcesPanel</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Where Send goes: the selected source</source>
        <translation>Wohin „Senden“ geht: die ausgewählte Quelle</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a Data Pipelines source</source>
        <translation>Eine Quelle von Data Pipelines hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the name, region, key or strict mode</source>
        <translation>Name, Region, Schlüssel oder strikten Modus ändern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Forget this source and delete its key</source>
        <translation>Diese Quelle vergessen und ihren Schlüssel löschen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sends a deliberately invalid call in strict mode: a good key gets 400 (nothing is stored), a bad key 401. (Ctrl+T)</source>
        <translation>Sendet im strikten Modus einen absichtlich ungültigen Aufruf: Ein gültiger Schlüssel erhält 400 (nichts wird gespeichert), ein falscher 401. (Strg+T)</translation>
    </message>
    <message>
        <source>No keychain: keys you enter are kept for this session only.</source>
        <translation>Kein Schlüsselbund: Eingegebene Schlüssel gelten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>%1
Strict mode %2</source>
        <translation>%1
Strikter Modus %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>Added “%1”. Select it in Sources to send there.</source>
        <translation>„%1“ hinzugefügt. Wählen Sie die Quelle unter „Quellen“, um dorthin zu senden.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>%1

Keys you enter now are forgotten when you quit.</source>
        <translation>%1

Jetzt eingegebene Schlüssel werden beim Beenden vergessen.</translation>
    </message>
</context>
<context>
    <name>ewb::ThroughputChart</name>
    <message>
        <source>Events per second</source>
        <translation>Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <source>%1 events/s (peak %2)</source>
        <translation>%1 Ereignisse/s (Spitze %2)</translation>
    </message>
</context>
<context>
    <name>ewb::TimestampEditor</name>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>Unset, the server stamps the call when it arrives. Set it to record when the event really happened.</source>
        <translation>Nicht gesetzt, stempelt der Server den Aufruf bei seinem Eintreffen. Setzen Sie ihn, um festzuhalten, wann das Ereignis wirklich geschah.</translation>
    </message>
    <message>
        <source>Timestamp date and time</source>
        <translation>Datum und Uhrzeit des Zeitstempels</translation>
    </message>
    <message>
        <source>When the event happened, in the zone beside (Backfill turns it on)</source>
        <translation>Wann das Ereignis geschah, in der Zeitzone daneben („Backfill“ schaltet es ein)</translation>
    </message>
    <message>
        <source>Timestamp zone</source>
        <translation>Zeitzone des Zeitstempels</translation>
    </message>
    <message>
        <source>The zone of the date and time: UTC, this machine&apos;s, or an offset</source>
        <translation>Die Zeitzone von Datum und Uhrzeit: UTC, die dieses Rechners oder ein Versatz</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local (%1)</source>
        <translation>Lokal (%1)</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>Set the timestamp to this moment in the chosen zone (Alt+N)</source>
        <translation>Den Zeitstempel auf diesen Moment in der gewählten Zeitzone setzen (Alt+J)</translation>
    </message>
    <message>
        <source>set by the server on receipt</source>
        <translation>vom Server beim Empfang gesetzt</translation>
    </message>
    <message>
        <source>Timestamp as sent</source>
        <translation>Zeitstempel wie gesendet</translation>
    </message>
    <message>
        <source>The ISO 8601 text the call carries; empty: set by the server on receipt</source>
        <translation>Der ISO-8601-Text im Aufruf; leer: vom Server beim Empfang gesetzt</translation>
    </message>
    <message>
        <source>This is not an ISO 8601 date-time the form can read; edit it in the JSON tab.</source>
        <translation>Das ist kein ISO-8601-Zeitpunkt, den das Formular lesen kann; bearbeiten Sie ihn im JSON-Tab.</translation>
    </message>
    <message>
        <source>This time is in the future. Backfilled events should say when they happened; check the date and the zone.</source>
        <translation>Dieser Zeitpunkt liegt in der Zukunft. Nachgetragene Ereignisse sollten sagen, wann sie geschahen; prüfen Sie Datum und Zeitzone.</translation>
    </message>
</context>
<context>
    <name>ewb::WorkbenchMain</name>
    <message>
        <source>Compose, check and send Customer.io Data Pipelines calls.</source>
        <translation>Aufrufe an Customer.io Data Pipelines zusammenstellen, prüfen und senden.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Eine dunkle Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>Use a light palette.</source>
        <translation>Eine helle Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>Do not start the built-in sandbox.</source>
        <translation>Die eingebaute Sandbox nicht starten.</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and quit.</source>
        <translation>Die Zeit bis zum ersten gezeichneten Fenster ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Keep settings and sources in &lt;dir&gt;.</source>
        <translation>Einstellungen und Quellen in &lt;Ordner&gt; aufbewahren.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Keep the draft in &lt;dir&gt;.</source>
        <translation>Den Entwurf in &lt;Ordner&gt; aufbewahren.</translation>
    </message>
    <message>
        <source>Language: View &gt; Language, else the system&apos;s (LANGUAGE, LANG); EWB_LANGUAGE=de or en over both.</source>
        <translation>Sprache: Ansicht &gt; Sprache, sonst die des Systems (LANGUAGE, LANG); EWB_LANGUAGE=de oder en geht beidem vor.</translation>
    </message>
</context>
<context>
    <name>ewb::Workspace</name>
    <message>
        <source>The history cannot be kept: %1</source>
        <translation>Der Verlauf kann nicht geführt werden: %1</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Search History</source>
        <translation>&amp;Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Open Collection…</source>
        <translation>Sammlung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Neue Sammlung…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import Postman Collection…</source>
        <translation>Postman-Sammlung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Collection to Postman…</source>
        <translation>Sammlung nach Postman e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Paste curl Command</source>
        <translation>curl-Befehl &amp;einfügen</translation>
    </message>
    <message>
        <source>Make a request from a curl command on the clipboard</source>
        <translation>Eine Anfrage aus einem curl-Befehl in der Zwischenablage erstellen</translation>
    </message>
    <message>
        <source>&amp;Copy As</source>
        <translation>&amp;Kopieren als</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>HTTPie</source>
        <translation>HTTPie</translation>
    </message>
    <message>
        <source>Node (@customerio/cdp-analytics-node)</source>
        <translation>Node (@customerio/cdp-analytics-node)</translation>
    </message>
    <message>
        <source>Python (customerio-cdp-analytics)</source>
        <translation>Python (customerio-cdp-analytics)</translation>
    </message>
    <message>
        <source>Copied as %1 (the key is read from $CDP_API_KEY).</source>
        <translation>Als %1 kopiert (der Schlüssel wird aus $CDP_API_KEY gelesen).</translation>
    </message>
    <message>
        <source>Event Workbench</source>
        <translation>Event Workbench</translation>
    </message>
    <message>
        <source>%1[*] — Event Workbench</source>
        <translation>%1[*] — Event Workbench</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not kept in the history: %1</source>
        <translation>Nicht im Verlauf behalten: %1</translation>
    </message>
    <message>
        <source>This entry&apos;s request cannot be reopened: %1</source>
        <translation>Die Anfrage dieses Eintrags kann nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Reopen from history</source>
        <translation>Aus dem Verlauf wieder öffnen</translation>
    </message>
    <message>
        <source>Reopened the %1 sent %2.</source>
        <translation>Den am %2 gesendeten %1-Aufruf wieder geöffnet.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>The credential “%1” was not stored: %2</source>
        <translation>Die Zugangsdaten „%1“ wurden nicht gespeichert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s) into “%1” (%2).</source>
        <translation>
            <numerusform>%n Anfrage nach „%1“ (%2) importiert.</numerusform>
            <numerusform>%n Anfragen nach „%1“ (%2) importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Postman collection</source>
        <translation>Eine Postman-Sammlung importieren</translation>
    </message>
    <message>
        <source>Postman collections (*.json);;All files (*)</source>
        <translation>Postman-Sammlungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an empty folder for the collection</source>
        <translation>Einen leeren Ordner für die Sammlung wählen</translation>
    </message>
    <message>
        <source>Select a collection to export.</source>
        <translation>Wählen Sie eine Sammlung zum Exportieren.</translation>
    </message>
    <message>
        <source>Exported to %1 (no key or secret value is in it).</source>
        <translation>Nach %1 exportiert (ohne Schlüssel und ohne geheime Werte).</translation>
    </message>
    <message>
        <source>Export to Postman</source>
        <translation>Nach Postman exportieren</translation>
    </message>
    <message>
        <source>Postman collections (*.json)</source>
        <translation>Postman-Sammlungen (*.json)</translation>
    </message>
    <message>
        <source>Not a curl command the workbench can use: %1</source>
        <translation>Kein curl-Befehl, den die Workbench verwenden kann: %1</translation>
    </message>
    <message>
        <source>Paste curl command</source>
        <translation>curl-Befehl einfügen</translation>
    </message>
    <message>
        <source>the key in the command was not kept: pick a source (or a secret {{%1}}) to send</source>
        <translation>Der Schlüssel im Befehl wurde nicht übernommen: Wählen Sie zum Senden eine Quelle (oder eine geheime Variable {{%1}})</translation>
    </message>
    <message>
        <source>Made a %1 from the curl command.</source>
        <translation>Einen %1-Aufruf aus dem curl-Befehl erstellt.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) could not be carried over.</source>
        <translation>
            <numerusform>%n Anfrage konnte nicht übernommen werden.</numerusform>
            <numerusform>%n Anfragen konnten nicht übernommen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) moved to the keychain as secret variables.</source>
        <translation>
            <numerusform>Zugangsdaten: %n als geheime Variable in den Schlüsselbund verschoben.</numerusform>
            <numerusform>Zugangsdaten: %n als geheime Variablen in den Schlüsselbund verschoben.</numerusform>
        </translation>
    </message>
</context>
</TS>
