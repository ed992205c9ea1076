<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ewb::ApiRequest</name>
    <message>
        <source>No API key: give the source&apos;s API key (from Customer.io, Data Pipelines, the source&apos;s settings)</source>
        <translation>Kein API-Schlüssel: Geben Sie den API-Schlüssel der Quelle an (aus Customer.io, Data Pipelines, den Einstellungen der Quelle)</translation>
    </message>
    <message>
        <source>The API key contains a line break, a control character or &apos;:&apos;; paste the key alone</source>
        <translation>Der API-Schlüssel enthält einen Zeilenumbruch, ein Steuerzeichen oder &apos;:&apos;; fügen Sie nur den Schlüssel ein</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>Die Basis-URL &quot;%1&quot; ist keine http://- oder https://-URL</translation>
    </message>
</context>
<context>
    <name>ewb::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ewb::BackfillInput</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe): use - and a redirect for a stream</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe): verwenden Sie für einen Datenstrom - und eine Umleitung</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the first line must name the columns, and it is empty</source>
        <translation>%1: die erste Zeile muss die Spalten benennen, und sie ist leer</translation>
    </message>
    <message>
        <source>%1: a JSON array over 256 MB; write it as JSONL (one call per line), which is read a line at a time</source>
        <translation>%1: ein JSON-Array über 256 MB; schreiben Sie es als JSONL (ein Aufruf pro Zeile), das zeilenweise gelesen wird</translation>
    </message>
    <message>
        <source>%1: a JSON file must be an array of calls (or use JSONL)</source>
        <translation>%1: eine JSON-Datei muss ein Array von Aufrufen sein (oder verwenden Sie JSONL)</translation>
    </message>
    <message>
        <source>standard input cannot be read twice</source>
        <translation>die Standardeingabe kann nicht zweimal gelesen werden</translation>
    </message>
    <message>
        <source>element %1 is %2, not a call (an object)</source>
        <translation>Element %1 ist %2, kein Aufruf (ein Objekt)</translation>
    </message>
    <message>
        <source>%1: line %2 is over 1 MB; is this a JSONL file?</source>
        <translation>%1: Zeile %2 ist größer als 1 MB; ist das eine JSONL-Datei?</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>the line is %1, not a call (an object)</source>
        <translation>die Zeile ist %1, kein Aufruf (ein Objekt)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header names %1</source>
        <translation>
            <numerusform>%n Feld, wo die Kopfzeile %1 benennt</numerusform>
            <numerusform>%n Felder, wo die Kopfzeile %1 benennt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::BackfillJob</name>
    <message>
        <source>cannot write the rejects file %1: %2</source>
        <translation>die Datei der abgelehnten Zeilen %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the journal could not be written (%1); the batch was sent, so --resume sends it again with the same messageIds</source>
        <translation>das Journal konnte nicht geschrieben werden (%1); der Batch wurde gesendet, daher sendet --resume ihn mit denselben messageIds erneut</translation>
    </message>
    <message>
        <source>a batch of %1 calls was refused (%2); sending it in halves to find the calls it refuses</source>
        <translation>ein Batch mit %1 Aufrufen wurde abgelehnt (%2); er wird in Hälften gesendet, um die abgelehnten Aufrufe zu finden</translation>
    </message>
    <message>
        <source>the rejects file could not be written: %1</source>
        <translation>die Datei der abgelehnten Zeilen konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ewb::BackfillJournal</name>
    <message>
        <source>%1 is not a backfill journal; it was left as it is: move it away</source>
        <translation>%1 ist kein Backfill-Journal; es wurde so gelassen, wie es ist: verschieben Sie es</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the interrupted backfill sent to %1: resume it there (what it sent is acknowledged only there), or start it anew (--restart, or Cancel in the window)</source>
        <translation>das unterbrochene Backfill sendete an %1: setzen Sie es dort fort (was es gesendet hat, ist nur dort bestätigt), oder beginnen Sie es neu (--restart oder Abbrechen im Fenster)</translation>
    </message>
    <message>
        <source>the interrupted backfill used other options (type, mapping, tags or --identify-first): resume with the same ones, or --restart</source>
        <translation>das unterbrochene Backfill hatte andere Optionen (Typ, Zuordnung, Tags oder --identify-first): setzen Sie es mit denselben fort, oder --restart</translation>
    </message>
    <message>
        <source>%1 changed since the interrupted backfill (its %2): --restart to send it anew</source>
        <translation>%1 hat sich seit dem unterbrochenen Backfill geändert (%2): --restart, um es neu zu senden</translation>
    </message>
    <message>
        <source>%1 is not a backfill journal; it was left as it is</source>
        <translation>%1 ist kein Backfill-Journal; es wurde so gelassen, wie es ist</translation>
    </message>
</context>
<context>
    <name>ewb::BatchEdit</name>
    <message>
        <source>(not an object)</source>
        <translation>(kein Objekt)</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>anonymous %1</source>
        <translation>anonym %1</translation>
    </message>
</context>
<context>
    <name>ewb::BoundedRead</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device, a pipe or a broken link); not read</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, ein Gerät, eine Pipe oder ein defekter Link); nicht gelesen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; not read</source>
        <translation>%1 ist größer als %2 Bytes; nicht gelesen</translation>
    </message>
</context>
<context>
    <name>ewb::Collection</name>
    <message>
        <source>too large for a saved request (at most %1 bytes)</source>
        <translation>zu groß für eine gespeicherte Anfrage (höchstens %1 Bytes)</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a broken link): not read</source>
        <translation>keine reguläre Datei (ein Gerät, eine Pipe oder ein defekter Link): nicht gelesen</translation>
    </message>
    <message>
        <source>folder.json must hold an object</source>
        <translation>folder.json muss ein Objekt enthalten</translation>
    </message>
    <message>
        <source>collection.json must hold an object</source>
        <translation>collection.json muss ein Objekt enthalten</translation>
    </message>
    <message>
        <source>written by a newer Event Workbench (format %1); some settings may be ignored</source>
        <translation>von einer neueren Event Workbench geschrieben (Format %1); manche Einstellungen werden womöglich ignoriert</translation>
    </message>
    <message>
        <source>a link: not followed (a collection holds its own files)</source>
        <translation>ein Link: nicht verfolgt (eine Sammlung enthält ihre eigenen Dateien)</translation>
    </message>
    <message>
        <source>kept: the folder was removed from the collection but holds files it did not write (%1)</source>
        <translation>behalten: der Ordner wurde aus der Sammlung entfernt, enthält aber Dateien, die sie nicht geschrieben hat (%1)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>kept: it is no longer in the collection, but it does not read as a request file, so it may hold work (a merge conflict?)</source>
        <translation>behalten: die Datei gehört nicht mehr zur Sammlung, lässt sich aber nicht als Anfragedatei lesen und enthält daher womöglich Arbeit (ein Merge-Konflikt?)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 holds no collection.json and no saved request</source>
        <translation>%1 enthält keine collection.json und keine gespeicherte Anfrage</translation>
    </message>
    <message>
        <source>%1 is not empty (it holds %2): a new collection needs a new or empty folder</source>
        <translation>%1 ist nicht leer (enthält %2): eine neue Sammlung braucht einen neuen oder leeren Ordner</translation>
    </message>
</context>
<context>
    <name>ewb::CollectionRunner</name>
    <message>
        <source>the data file has fewer rows than when it was opened</source>
        <translation>die Datendatei hat weniger Zeilen als beim Öffnen</translation>
    </message>
    <message>
        <source>the data file could not be read: %1</source>
        <translation>die Datendatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the body cannot be resolved</source>
        <translation>der Body kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the request has no target of its own; say where to send</source>
        <translation>die Anfrage hat kein eigenes Ziel; geben Sie an, wohin gesendet werden soll</translation>
    </message>
    <message>
        <source>validation errors: not sent (to send it anyway, tick &quot;Send it even when the validator finds errors&quot; in its Checks, or set &quot;validation&quot;: &quot;any&quot; under &quot;expect&quot; in its file)</source>
        <translation>Validierungsfehler: nicht gesendet (um sie trotzdem zu senden, aktivieren Sie in ihren Prüfungen &quot;Auch senden, wenn der Validator Fehler findet&quot;, oder setzen Sie in ihrer Datei &quot;validation&quot;: &quot;any&quot; unter &quot;expect&quot;)</translation>
    </message>
    <message>
        <source>--bail: stopped at the first failure (%1, iteration %2)</source>
        <translation>--bail: beim ersten Fehlschlag angehalten (%1, Iteration %2)</translation>
    </message>
</context>
<context>
    <name>ewb::ConnectionProbe</name>
    <message>
        <source>%1 The key was not sent.</source>
        <translation>%1 Der Schlüssel wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 Check the URL and your network, then test again.</source>
        <translation>%1 Prüfen Sie die URL und Ihr Netzwerk und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>Test abgebrochen</translation>
    </message>
    <message>
        <source>%1 The key could not be checked.</source>
        <translation>%1 Der Schlüssel konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Key accepted</source>
        <translation>Schlüssel angenommen</translation>
    </message>
    <message>
        <source>The API recognized the key and refused the deliberately invalid test call, so nothing was stored. Calls sent with this source will be accepted in this region.</source>
        <translation>Die API hat den Schlüssel erkannt und den absichtlich ungültigen Testaufruf abgelehnt, es wurde also nichts gespeichert. Mit dieser Quelle gesendete Aufrufe werden in dieser Region angenommen.</translation>
    </message>
    <message>
        <source>Key rejected: wrong key or wrong region</source>
        <translation>Schlüssel abgelehnt: falscher Schlüssel oder falsche Region</translation>
    </message>
    <message>
        <source>The API did not accept the key. Check that it is this source&apos;s API key, copied whole, and check the region: a key only works in its workspace&apos;s region (US or EU).</source>
        <translation>Die API hat den Schlüssel nicht angenommen. Prüfen Sie, ob es der API-Schlüssel dieser Quelle ist und vollständig kopiert wurde, und prüfen Sie die Region: Ein Schlüssel funktioniert nur in der Region seines Workspace (US oder EU).</translation>
    </message>
    <message>
        <source>Strict mode ignored: cannot tell whether the key works</source>
        <translation>Strikter Modus ignoriert: Ob der Schlüssel funktioniert, lässt sich nicht sagen</translation>
    </message>
    <message>
        <source>An invalid call in strict mode was answered %1, which Customer.io never does. The URL probably points at something else (a proxy, a mock server or another service). Check the base URL.</source>
        <translation>Ein ungültiger Aufruf im strikten Modus wurde mit %1 beantwortet, was Customer.io nie tut. Die URL zeigt wahrscheinlich auf etwas anderes (einen Proxy, einen Mock-Server oder einen anderen Dienst). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Wrong URL</source>
        <translation>Falsche URL</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Rate limited: the key was not checked</source>
        <translation>Ratenlimit erreicht: Der Schlüssel wurde nicht geprüft</translation>
    </message>
    <message>
        <source>Server trouble: the key was not checked</source>
        <translation>Serverprobleme: Der Schlüssel wurde nicht geprüft</translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation>Unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>%1 A test event &quot;%2&quot; for the user &quot;%3&quot; was sent and accepted: it should appear in the source&apos;s data in Customer.io shortly.</source>
        <translation>%1 Ein Testereignis &quot;%2&quot; für die Person &quot;%3&quot; wurde gesendet und angenommen: Es sollte in Kürze in den Daten der Quelle in Customer.io erscheinen.</translation>
    </message>
    <message>
        <source>%1 The test event could not be sent: %2. %3</source>
        <translation>%1 Das Testereignis konnte nicht gesendet werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot test this source</source>
        <translation>Diese Quelle kann nicht getestet werden</translation>
    </message>
</context>
<context>
    <name>ewb::CsvMapping</name>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not true or false</source>
        <translation>Spalte &quot;%1&quot;: &quot;%2&quot; ist nicht true oder false</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>Spalte &quot;%1&quot;: &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not JSON</source>
        <translation>Spalte &quot;%1&quot;: &quot;%2&quot; ist kein JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN</source>
        <translation>&quot;%1&quot; ist nicht FIELD=COLUMN</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the type is text, number, bool or json</source>
        <translation>&quot;%1&quot;: der Typ ist text, number, bool oder json</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the field path has an empty part</source>
        <translation>&quot;%1&quot;: der Feldpfad hat einen leeren Teil</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: PATH.* takes every other column: write PATH.*=*</source>
        <translation>&quot;%1&quot;: PATH.* nimmt alle übrigen Spalten: schreiben Sie PATH.*=*</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: * goes with a PATH.* field</source>
        <translation>&quot;%1&quot;: * gehört zu einem Feld PATH.*</translation>
    </message>
    <message>
        <source>the mapping names a column &quot;%1&quot; that the header does not have (it has: %2)</source>
        <translation>die Zuordnung nennt eine Spalte &quot;%1&quot;, die die Kopfzeile nicht hat (sie hat: %2)</translation>
    </message>
</context>
<context>
    <name>ewb::CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 is not valid UTF-8; save the file as UTF-8</source>
        <translation>Zeile %1: Byte 0x%2 ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: a record over %2 bytes; is this a CSV file?</source>
        <translation>Zeile %1: ein Datensatz über %2 Bytes; ist das eine CSV-Datei?</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (quote it all, and write a quote inside as &quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes (setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin als &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside a field that does not begin with one (quote the whole field, and write a quote inside as &quot;&quot;)</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt (setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin als &quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>ewb::CurlImport</name>
    <message>
        <source>this is not a curl command (it should start with &quot;curl&quot;)</source>
        <translation>das ist kein curl-Befehl (er sollte mit &quot;curl&quot; beginnen)</translation>
    </message>
    <message>
        <source>%1 needs a method</source>
        <translation>%1 braucht eine Methode</translation>
    </message>
    <message>
        <source>%1 needs a header</source>
        <translation>%1 braucht einen Header</translation>
    </message>
    <message>
        <source>%1 needs a user</source>
        <translation>%1 braucht einen Benutzer</translation>
    </message>
    <message>
        <source>--url needs a URL</source>
        <translation>--url braucht eine URL</translation>
    </message>
    <message>
        <source>%1 needs data</source>
        <translation>%1 braucht Daten</translation>
    </message>
    <message>
        <source>the body is read from the file %1: paste the file&apos;s JSON instead</source>
        <translation>der Body wird aus der Datei %1 gelesen: fügen Sie stattdessen das JSON der Datei ein</translation>
    </message>
    <message>
        <source>%1 sends a form, but the API takes a JSON body</source>
        <translation>%1 sendet ein Formular, die API nimmt aber einen JSON-Body</translation>
    </message>
    <message>
        <source>%1 is ignored: the workbench always verifies TLS certificates</source>
        <translation>%1 wird ignoriert: Die Workbench prüft TLS-Zertifikate immer</translation>
    </message>
    <message>
        <source>%1 %2 is ignored</source>
        <translation>%1 %2 wird ignoriert</translation>
    </message>
    <message>
        <source>%1 is ignored</source>
        <translation>%1 wird ignoriert</translation>
    </message>
    <message>
        <source>the command has no URL</source>
        <translation>der Befehl hat keine URL</translation>
    </message>
    <message>
        <source>this is a %1 request; every call of the API is a POST with a JSON body</source>
        <translation>das ist eine %1-Anfrage; jeder Aufruf der API ist ein POST mit einem JSON-Body</translation>
    </message>
    <message>
        <source>the command sends no body; the API takes a JSON body (--data)</source>
        <translation>der Befehl sendet keinen Body; die API nimmt einen JSON-Body (--data)</translation>
    </message>
    <message>
        <source>the query string &quot;%1&quot; is ignored</source>
        <translation>der Query-String &quot;%1&quot; wird ignoriert</translation>
    </message>
    <message>
        <source>%1 is not one of the API&apos;s endpoints (/identify, /track, ..., /batch)</source>
        <translation>%1 ist keiner der Endpunkte der API (/identify, /track, ..., /batch)</translation>
    </message>
    <message>
        <source>the shell variable $%1 became the variable {{%1}}</source>
        <translation>die Shell-Variable $%1 wurde zur Variable {{%1}}</translation>
    </message>
    <message>
        <source>the key in the command became the secret variable {{write_key}}, whose value goes to the keychain, never into a file</source>
        <translation>der Schlüssel im Befehl wurde zur geheimen Variable {{write_key}}, deren Wert in den Schlüsselbund kommt, nie in eine Datei</translation>
    </message>
    <message>
        <source>X-Strict-Mode is a setting of the source in the workbench</source>
        <translation>X-Strict-Mode ist in der Workbench eine Einstellung der Quelle</translation>
    </message>
    <message>
        <source>the header %1 is not carried over</source>
        <translation>der Header %1 wird nicht übernommen</translation>
    </message>
    <message>
        <source>%1 --data options were joined with &apos;&amp;&apos;, as curl does</source>
        <translation>%1 --data-Optionen wurden mit &apos;&amp;&apos; verbunden, wie curl es tut</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Body ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the body is not JSON: %1</source>
        <translation>der Body ist kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>ewb::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ewb::Environment</name>
    <message>
        <source>an environment file must hold an object</source>
        <translation>eine Umgebungsdatei muss ein Objekt enthalten</translation>
    </message>
    <message>
        <source>written by a newer Event Workbench (format %1)</source>
        <translation>von einer neueren Event Workbench geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>the environment has no &quot;name&quot;</source>
        <translation>die Umgebung hat keinen &quot;name&quot;</translation>
    </message>
    <message>
        <source>no environment named &quot;%1&quot; in %2</source>
        <translation>keine Umgebung namens &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>no environment named &quot;%1&quot; in %2 (unreadable: %3)</source>
        <translation>keine Umgebung namens &quot;%1&quot; in %2 (unlesbar: %3)</translation>
    </message>
    <message>
        <source>an environment needs a name</source>
        <translation>eine Umgebung braucht einen Namen</translation>
    </message>
    <message>
        <source>an environment named &quot;%1&quot; exists already</source>
        <translation>eine Umgebung namens &quot;%1&quot; gibt es schon</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>ewb::EventTemplates</name>
    <message>
        <source>%1; needs %2</source>
        <translation>%1; braucht %2</translation>
    </message>
</context>
<context>
    <name>ewb::Expectations</name>
    <message>
        <source>write a class such as 2xx, a status such as 200, or a list such as 200, 202</source>
        <translation>schreiben Sie eine Klasse wie 2xx, einen Status wie 200 oder eine Liste wie 200, 202</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot; (there are status, validation, maxBytes, recorded and reason)</source>
        <translation>unbekannte Prüfung &quot;%1&quot; (es gibt status, validation, maxBytes, recorded und reason)</translation>
    </message>
    <message>
        <source>&quot;status&quot; lists must hold statuses from 100 to 599</source>
        <translation>&quot;status&quot;-Listen müssen Status von 100 bis 599 enthalten</translation>
    </message>
    <message>
        <source>&quot;status&quot; must be a status (200), a class (&quot;2xx&quot;) or a list ([200, 202])</source>
        <translation>&quot;status&quot; muss ein Status (200), eine Klasse (&quot;2xx&quot;) oder eine Liste ([200, 202]) sein</translation>
    </message>
    <message>
        <source>&quot;validation&quot; must be &quot;clean&quot; or &quot;any&quot;</source>
        <translation>&quot;validation&quot; muss &quot;clean&quot; oder &quot;any&quot; sein</translation>
    </message>
    <message>
        <source>&quot;maxBytes&quot; must be a whole number above 0</source>
        <translation>&quot;maxBytes&quot; muss eine ganze Zahl über 0 sein</translation>
    </message>
    <message>
        <source>&quot;recorded&quot; must be &quot;accepted&quot; or &quot;dropped&quot;</source>
        <translation>&quot;recorded&quot; muss &quot;accepted&quot; oder &quot;dropped&quot; sein</translation>
    </message>
    <message>
        <source>&quot;reason&quot; must be a drop reason code such as &quot;track.event.missing&quot;</source>
        <translation>&quot;reason&quot; muss ein Code für einen Verwerfungsgrund sein, etwa &quot;track.event.missing&quot;</translation>
    </message>
    <message>
        <source>&quot;reason&quot; goes with &quot;recorded&quot;: &quot;dropped&quot;</source>
        <translation>&quot;reason&quot; gehört zu &quot;recorded&quot;: &quot;dropped&quot;</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>status %1, expected %2</source>
        <translation>Status %1, erwartet %2</translation>
    </message>
    <message>
        <source>the body is %1 bytes, over the expected maximum of %2</source>
        <translation>der Body hat %1 Bytes, mehr als das erwartete Maximum von %2</translation>
    </message>
    <message>
        <source>the target is not a sandbox, so what it recorded cannot be checked</source>
        <translation>das Ziel ist keine Sandbox, daher lässt sich nicht prüfen, was es aufgezeichnet hat</translation>
    </message>
    <message numerus="yes">
        <source>the sandbox dropped %1 of %n call(s): %2</source>
        <translation>
            <numerusform>die Sandbox hat %1 von %n Aufruf verworfen: %2</numerusform>
            <numerusform>die Sandbox hat %1 von %n Aufrufen verworfen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the sandbox accepted every call, expected it to drop them</source>
        <translation>die Sandbox hat jeden Aufruf angenommen, erwartet war, dass sie sie verwirft</translation>
    </message>
    <message>
        <source>the sandbox accepted every call, expected it to drop them (%1)</source>
        <translation>die Sandbox hat jeden Aufruf angenommen, erwartet war, dass sie sie verwirft (%1)</translation>
    </message>
    <message>
        <source>the sandbox dropped the call for %1, expected %2</source>
        <translation>die Sandbox hat den Aufruf wegen %1 verworfen, erwartet war %2</translation>
    </message>
</context>
<context>
    <name>ewb::FailureExplanation</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>%n-mal versucht.</numerusform>
            <numerusform>%n-mal versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: angenommen</translation>
    </message>
    <message>
        <source>The server at %1 accepted the request.</source>
        <translation>Der Server unter %1 hat die Anfrage angenommen.</translation>
    </message>
    <message>
        <source>The server accepted the request. The API also answers 200 to calls sent to the wrong region and drops them, so if the data does not show up in Customer.io, check the source&apos;s region.</source>
        <translation>Der Server hat die Anfrage angenommen. Die API antwortet auch auf Aufrufe an die falsche Region mit 200 und verwirft sie; wenn die Daten also nicht in Customer.io erscheinen, prüfen Sie die Region der Quelle.</translation>
    </message>
    <message>
        <source>%1: the URL redirects elsewhere</source>
        <translation>%1: die URL leitet woandershin um</translation>
    </message>
    <message>
        <source>The server answered with a redirect. The workbench does not follow redirects, since the key and the body would go to another address: if that address is right, use it as the base URL.</source>
        <translation>Der Server hat mit einer Umleitung geantwortet. Die Workbench folgt keinen Umleitungen, da der Schlüssel und der Body sonst an eine andere Adresse gingen: Wenn diese Adresse richtig ist, verwenden Sie sie als Basis-URL.</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1. The workbench does not follow redirects, since the key and the body would go to another address: if that address is right, use it as the base URL.</source>
        <translation>Der Server hat mit einer Umleitung nach %1 geantwortet. Die Workbench folgt keinen Umleitungen, da der Schlüssel und der Body sonst an eine andere Adresse gingen: Wenn diese Adresse richtig ist, verwenden Sie sie als Basis-URL.</translation>
    </message>
    <message>
        <source>%1: the API rejected the call</source>
        <translation>%1: die API hat den Aufruf abgelehnt</translation>
    </message>
    <message>
        <source>The body is not valid JSON or misses a required field. Run the validator on it to see every problem.</source>
        <translation>Der Body ist kein gültiges JSON oder ihm fehlt ein Pflichtfeld. Lassen Sie den Validator darüber laufen, um jedes Problem zu sehen.</translation>
    </message>
    <message>
        <source>The API (in strict mode) listed these problems:
- %1</source>
        <translation>Die API (im strikten Modus) nannte diese Probleme:
- %1</translation>
    </message>
    <message>
        <source>%1: the API key was rejected</source>
        <translation>%1: der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>Either the key is wrong (check that it is this source&apos;s API key, copied whole) or the region is: a key only works in its workspace&apos;s region (US or EU). Check the source&apos;s region.</source>
        <translation>Entweder ist der Schlüssel falsch (prüfen Sie, ob es der API-Schlüssel dieser Quelle ist und vollständig kopiert wurde) oder die Region: Ein Schlüssel funktioniert nur in der Region seines Workspace (US oder EU). Prüfen Sie die Region der Quelle.</translation>
    </message>
    <message>
        <source>%1: access forbidden</source>
        <translation>%1: Zugriff verweigert</translation>
    </message>
    <message>
        <source>The server understood the request but refuses it: the source may be disabled, or a proxy or firewall blocks it. Check the source in Customer.io.</source>
        <translation>Der Server hat die Anfrage verstanden, lehnt sie aber ab: Die Quelle ist vielleicht deaktiviert, oder ein Proxy oder eine Firewall blockiert sie. Prüfen Sie die Quelle in Customer.io.</translation>
    </message>
    <message>
        <source>%1: wrong URL</source>
        <translation>%1: falsche URL</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the base URL: it ends in /v1 (for example https://cdp.customer.io/v1) and the call&apos;s path follows it (/track).</source>
        <translation>Unter %1 antwortet nichts. Prüfen Sie die Basis-URL: Sie endet auf /v1 (zum Beispiel https://cdp.customer.io/v1), und der Pfad des Aufrufs folgt darauf (/track).</translation>
    </message>
    <message>
        <source>%1: the server gave up waiting</source>
        <translation>%1: der Server hat das Warten aufgegeben</translation>
    </message>
    <message>
        <source>The server timed out reading the request; the network may be slow.</source>
        <translation>Beim Lesen der Anfrage ist beim Server die Zeit abgelaufen; das Netzwerk ist vielleicht langsam.</translation>
    </message>
    <message>
        <source>%1: the request is too large</source>
        <translation>%1: die Anfrage ist zu groß</translation>
    </message>
    <message>
        <source>The body (%1 bytes) is larger than the server accepts. The API takes 32 KB per call and 500 KB per batch: split the batch or trim properties and traits.</source>
        <translation>Der Body (%1 Bytes) ist größer, als der Server annimmt. Die API nimmt 32 KB pro Aufruf und 500 KB pro Batch: Teilen Sie den Batch, oder kürzen Sie properties und traits.</translation>
    </message>
    <message>
        <source>%1: rate limited</source>
        <translation>%1: Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Too many requests for this source (the API allows about 3,000 per 3 seconds).%1 Wait a little, send less often, or put calls in batches.</source>
        <translation>Zu viele Anfragen für diese Quelle (die API erlaubt etwa 3.000 pro 3 Sekunden).%1 Warten Sie ein wenig, senden Sie seltener, oder fassen Sie Aufrufe in Batches zusammen.</translation>
    </message>
    <message>
        <source>Too many requests for this source (the API allows about 3,000 per 3 seconds); the server asked to wait %1 s.%2 Wait a little, send less often, or put calls in batches.</source>
        <translation>Zu viele Anfragen für diese Quelle (die API erlaubt etwa 3.000 pro 3 Sekunden); der Server bat, %1 s zu warten.%2 Warten Sie ein wenig, senden Sie seltener, oder fassen Sie Aufrufe in Batches zusammen.</translation>
    </message>
    <message>
        <source>%1: trouble at the server</source>
        <translation>%1: Probleme beim Server</translation>
    </message>
    <message>
        <source>The server failed to handle the request; this is not a problem with the call itself.%1 Try again later, and check status.customer.io if it persists.</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten; das ist kein Problem des Aufrufs selbst.%1 Versuchen Sie es später erneut, und sehen Sie auf status.customer.io nach, wenn es anhält.</translation>
    </message>
    <message>
        <source>%1: the server refused the request</source>
        <translation>%1: der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The server answered with an error the API does not document.</source>
        <translation>Der Server hat mit einem Fehler geantwortet, den die API nicht dokumentiert.</translation>
    </message>
    <message>
        <source>the certificate is self-signed, so nothing vouches for it</source>
        <translation>das Zertifikat ist selbst signiert, es bürgt also nichts dafür</translation>
    </message>
    <message>
        <source>the certificate has expired (or this computer&apos;s clock is wrong)</source>
        <translation>das Zertifikat ist abgelaufen (oder die Uhr dieses Computers geht falsch)</translation>
    </message>
    <message>
        <source>the certificate is not valid yet (or this computer&apos;s clock is wrong)</source>
        <translation>das Zertifikat ist noch nicht gültig (oder die Uhr dieses Computers geht falsch)</translation>
    </message>
    <message>
        <source>the certificate is for another host name than %1</source>
        <translation>das Zertifikat gilt für einen anderen Hostnamen als %1</translation>
    </message>
    <message>
        <source>the certificate is signed by an authority this computer does not trust</source>
        <translation>das Zertifikat ist von einer Stelle signiert, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>das Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <source>Connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.%2 Check the URL and the port; for the sandbox, start it first.</source>
        <translation>Unter %1 lauscht nichts.%2 Prüfen Sie die URL und den Port; ist es die Sandbox, starten Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS). Check it for typos, and check this computer&apos;s network connection.</source>
        <translation>Der Name %1 lässt sich nicht auflösen (DNS). Prüfen Sie ihn auf Tippfehler, und prüfen Sie die Netzwerkverbindung dieses Computers.</translation>
    </message>
    <message>
        <source>Timed out waiting for the answer from %1</source>
        <translation>Zeitüberschreitung beim Warten auf die Antwort von %1</translation>
    </message>
    <message>
        <source>The request was sent, but the head of the answer (its status and headers) did not arrive whole within %1.%2 The server may be slow to answer, or be sending a head far larger than any API&apos;s.</source>
        <translation>Die Anfrage wurde gesendet, aber der Kopf der Antwort (Status und Header) kam nicht innerhalb von %1 vollständig an.%2 Der Server antwortet vielleicht langsam, oder er sendet einen Kopf, der weit größer ist als der jeder API.</translation>
    </message>
    <message>
        <source>Timed out reading the answer from %1</source>
        <translation>Zeitüberschreitung beim Lesen der Antwort von %1</translation>
    </message>
    <message>
        <source>The server answered, but the whole answer did not arrive within %1.%2 It may be sending it very slowly, or far more of it than an API sends.</source>
        <translation>Der Server hat geantwortet, aber die ganze Antwort kam nicht innerhalb von %1 an.%2 Er sendet sie vielleicht sehr langsam, oder weit mehr davon, als eine API sendet.</translation>
    </message>
    <message>
        <source>Timed out: no answer from %1</source>
        <translation>Zeitüberschreitung: keine Antwort von %1</translation>
    </message>
    <message>
        <source>Nothing came back within %1.%2 The server may be down or slow, or a firewall may drop the traffic.</source>
        <translation>Innerhalb von %1 kam nichts zurück.%2 Der Server ist vielleicht ausgefallen oder langsam, oder eine Firewall verwirft den Datenverkehr.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Sichere Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>TLS handshake error</source>
        <translation>Fehler beim TLS-Handshake</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so nothing was sent. Verification is never turned off. If this is your own server, give it a certificate from a trusted authority or add its CA to the system&apos;s trust store; if it is Customer.io, something (a proxy or antivirus) is intercepting HTTPS.</source>
        <translation>Die Identität des Servers konnte nicht überprüft werden, daher wurde nichts gesendet. Die Überprüfung wird nie abgeschaltet. Ist es Ihr eigener Server, geben Sie ihm ein Zertifikat einer vertrauenswürdigen Stelle oder fügen Sie seine CA dem Zertifikatsspeicher des Systems hinzu; ist es Customer.io, fängt etwas (ein Proxy oder ein Virenscanner) HTTPS ab.</translation>
    </message>
    <message>
        <source>Connection closed by %1 before it answered</source>
        <translation>Verbindung von %1 geschlossen, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source>The server hung up or reset the connection.%1 It may be overloaded or restarting, or it may not speak HTTP on that port (for example http:// against an https:// port).</source>
        <translation>Der Server hat aufgelegt oder die Verbindung zurückgesetzt.%1 Er ist vielleicht überlastet oder startet neu, oder er spricht auf diesem Port kein HTTP (zum Beispiel http:// gegen einen https://-Port).</translation>
    </message>
    <message>
        <source>The proxy failed</source>
        <translation>Der Proxy ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The network proxy could not be used: %1. Check the proxy settings.</source>
        <translation>Der Netzwerk-Proxy konnte nicht verwendet werden: %1. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation>Die Antwort war zu groß</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes, far more than the API ever answers, so the transfer was stopped. Check the URL.</source>
        <translation>Der Server hat mehr als %1 Bytes gesendet, weit mehr, als die API je antwortet, daher wurde die Übertragung abgebrochen. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Cannot send this request</source>
        <translation>Diese Anfrage kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>Network error talking to %1</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1</translation>
    </message>
    <message>
        <source>The transfer failed</source>
        <translation>Die Übertragung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ewb::FieldCatalog</name>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>the id to keep</source>
        <translation>die ID, die bleibt</translation>
    </message>
    <message>
        <source>Previous ID</source>
        <translation>Vorherige ID</translation>
    </message>
    <message>
        <source>the id to merge into it (an anonymousId or old userId)</source>
        <translation>die ID, die damit zusammengeführt wird (eine anonymousId oder alte userId)</translation>
    </message>
    <message>
        <source>your id for the person</source>
        <translation>Ihre ID für die Person</translation>
    </message>
    <message>
        <source>Anonymous ID</source>
        <translation>Anonyme ID</translation>
    </message>
    <message>
        <source>a device or cookie id</source>
        <translation>eine Geräte- oder Cookie-ID</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Page name</source>
        <translation>Seitenname</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation>Bildschirmname</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>the object&apos;s id, e.g. acme</source>
        <translation>die ID des Objekts, z. B. acme</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
</context>
<context>
    <name>ewb::FieldRules</name>
    <message>
        <source>send ids as non-empty strings</source>
        <translation>senden Sie IDs als nicht leere Strings</translation>
    </message>
    <message>
        <source>the API ignores it and stamps the time it receives the call, so backfilled data lands at the wrong time</source>
        <translation>die API ignoriert den Wert und setzt die Zeit, zu der sie den Aufruf empfängt, sodass Daten aus einem Backfill zur falschen Zeit landen</translation>
    </message>
    <message>
        <source>destinations that read it expect an object; send an object or leave it out</source>
        <translation>Ziele, die es lesen, erwarten ein Objekt; senden Sie ein Objekt oder lassen Sie es weg</translation>
    </message>
    <message>
        <source>destinations that read it expect a string</source>
        <translation>Ziele, die es lesen, erwarten einen String</translation>
    </message>
    <message>
        <source>an alias call needs the &quot;previousId&quot; to merge (the anonymousId or old userId)</source>
        <translation>ein alias-Aufruf braucht die &quot;previousId&quot;, die zusammengeführt wird (die anonymousId oder alte userId)</translation>
    </message>
    <message>
        <source>an alias call needs the &quot;userId&quot; to keep (the person&apos;s canonical id)</source>
        <translation>ein alias-Aufruf braucht die &quot;userId&quot;, die bleibt (die maßgebliche ID der Person)</translation>
    </message>
    <message>
        <source>a group call needs the id of the group (object) to relate the person to</source>
        <translation>ein group-Aufruf braucht die ID der Gruppe (des Objekts), mit der die Person verknüpft wird</translation>
    </message>
    <message>
        <source>write the event name as a string</source>
        <translation>schreiben Sie den Ereignisnamen als String</translation>
    </message>
    <message>
        <source>a track call needs the name of the event, e.g. &quot;Order Completed&quot;</source>
        <translation>ein track-Aufruf braucht den Namen des Ereignisses, z. B. &quot;Order Completed&quot;</translation>
    </message>
    <message>
        <source>write the name as a string, or leave it out</source>
        <translation>schreiben Sie den Namen als String, oder lassen Sie ihn weg</translation>
    </message>
    <message>
        <source>write the category as a string, or leave it out</source>
        <translation>schreiben Sie die Kategorie als String, oder lassen Sie sie weg</translation>
    </message>
    <message>
        <source>send an object of properties, or leave it out</source>
        <translation>senden Sie ein Objekt mit properties, oder lassen Sie es weg</translation>
    </message>
    <message>
        <source>send an object of traits, or leave it out</source>
        <translation>senden Sie ein Objekt mit traits, oder lassen Sie es weg</translation>
    </message>
    <message>
        <source>send an object (ip, locale, library, device, ...), or leave it out</source>
        <translation>senden Sie ein Objekt (ip, locale, library, device, ...), oder lassen Sie es weg</translation>
    </message>
    <message>
        <source>send an object like {&quot;All&quot;: true, &quot;Salesforce&quot;: false}, or leave it out</source>
        <translation>senden Sie ein Objekt wie {&quot;All&quot;: true, &quot;Salesforce&quot;: false}, oder lassen Sie es weg</translation>
    </message>
    <message>
        <source>send a unique string (a UUID) so that retries can be de-duplicated</source>
        <translation>senden Sie einen eindeutigen String (eine UUID), damit Wiederholungen als Duplikate erkannt werden</translation>
    </message>
    <message>
        <source>the API cannot correct the device&apos;s clock skew with it</source>
        <translation>die API kann damit die Abweichung der Geräteuhr nicht ausgleichen</translation>
    </message>
    <message>
        <source>what is sent is replaced, so leave it out</source>
        <translation>was gesendet wird, wird ersetzt, also lassen Sie es weg</translation>
    </message>
    <message>
        <source>the server replaces it anyway</source>
        <translation>der Server ersetzt es ohnehin</translation>
    </message>
    <message>
        <source>it names the API version that received the call, so leave it out</source>
        <translation>es nennt die API-Version, die den Aufruf empfangen hat, also lassen Sie es weg</translation>
    </message>
    <message>
        <source>write the email address as a string</source>
        <translation>schreiben Sie die E-Mail-Adresse als String</translation>
    </message>
    <message>
        <source>destinations will not read it as the date the person or group was created</source>
        <translation>Ziele lesen es nicht als das Datum, an dem die Person oder Gruppe angelegt wurde</translation>
    </message>
    <message>
        <source>object type ids are stringified integers, e.g. &quot;1&quot; (the default when it is left out)</source>
        <translation>Objekttyp-IDs sind ganze Zahlen als String, z. B. &quot;1&quot; (der Standard, wenn sie fehlt)</translation>
    </message>
    <message>
        <source>destinations that read it expect true or false</source>
        <translation>Ziele, die es lesen, erwarten true oder false</translation>
    </message>
    <message>
        <source>send the device&apos;s push token as a string</source>
        <translation>senden Sie das Push-Token des Geräts als String</translation>
    </message>
    <message>
        <source>write the device type as a string, e.g. &quot;ios&quot; or &quot;android&quot;</source>
        <translation>schreiben Sie den Gerätetyp als String, z. B. &quot;ios&quot; oder &quot;android&quot;</translation>
    </message>
</context>
<context>
    <name>ewb::GzipReader</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>die gzip-Dekomprimierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the gzip data ends in the middle (a truncated file?)</source>
        <translation>die gzip-Daten enden mittendrin (eine abgeschnittene Datei?)</translation>
    </message>
    <message>
        <source>the gzip data is damaged: %1</source>
        <translation>die gzip-Daten sind beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>ewb::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>ewb::HistoryStore</name>
    <message>
        <source>history (%1): %2: %3</source>
        <translation>Verlauf (%1): %2: %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>der Ordner %1 für den Verlauf kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is %2, not Event Workbench&apos;s history. It was left as it is; sends are not kept in the history until it is moved or deleted (or EWB_DATA_DIR names another folder).</source>
        <translation>%1 ist %2, nicht der Verlauf der Event Workbench. Die Datei wurde so gelassen, wie sie ist; Sendevorgänge werden nicht im Verlauf festgehalten, bis sie verschoben oder gelöscht wird (oder EWB_DATA_DIR einen anderen Ordner nennt).</translation>
    </message>
    <message>
        <source>not a regular file (a folder, a device or a pipe)</source>
        <translation>keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe)</translation>
    </message>
    <message>
        <source>another program&apos;s SQLite database (its application id is not ours)</source>
        <translation>die SQLite-Datenbank eines anderen Programms (ihre Anwendungs-ID ist nicht unsere)</translation>
    </message>
    <message>
        <source>another program&apos;s database (it has a table &quot;%1&quot;)</source>
        <translation>die Datenbank eines anderen Programms (sie hat eine Tabelle &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>another program&apos;s database (its table &quot;entries&quot; is not the history&apos;s)</source>
        <translation>die Datenbank eines anderen Programms (ihre Tabelle &quot;entries&quot; ist nicht die des Verlaufs)</translation>
    </message>
    <message>
        <source>the history %1 is damaged (%2) and could not be moved aside: move or delete it</source>
        <translation>der Verlauf %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden: Verschieben oder löschen Sie ihn</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new, empty history was started; the old file can be inspected or deleted.</source>
        <translation>Die Verlaufsdatei war beschädigt (%1). Sie wurde nach %2 verschoben und ein neuer, leerer Verlauf begonnen; die alte Datei kann untersucht oder gelöscht werden.</translation>
    </message>
    <message>
        <source>cannot create the tables</source>
        <translation>die Tabellen können nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot mark the file as the history</source>
        <translation>die Datei kann nicht als Verlauf gekennzeichnet werden</translation>
    </message>
    <message>
        <source>cannot create the search index</source>
        <translation>der Suchindex kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>history (%1): cannot store the entry: %2</source>
        <translation>Verlauf (%1): der Eintrag kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>der Verlauf ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>Commit nicht möglich</translation>
    </message>
    <message>
        <source>search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <source>count failed</source>
        <translation>Zählen fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read an entry</source>
        <translation>ein Eintrag kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no history entry %1</source>
        <translation>kein Verlaufseintrag %1</translation>
    </message>
    <message>
        <source>cannot list sources</source>
        <translation>die Quellen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot apply the retention</source>
        <translation>die Aufbewahrungsregel kann nicht angewandt werden</translation>
    </message>
    <message>
        <source>cannot remove an entry</source>
        <translation>ein Eintrag kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot clear</source>
        <translation>Leeren nicht möglich</translation>
    </message>
</context>
<context>
    <name>ewb::HtmlReport</name>
    <message numerus="yes">
        <source>%1 passed, %2 failed, %3 not sent, in %n iteration(s), %4 s</source>
        <translation>
            <numerusform>%1 bestanden, %2 fehlgeschlagen, %3 nicht gesendet, in %n Iteration, %4 s</numerusform>
            <numerusform>%1 bestanden, %2 fehlgeschlagen, %3 nicht gesendet, in %n Iterationen, %4 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Geschrieben %1</translation>
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
        <source>en</source>
        <comment>the lang attribute of the HTML run report: this translation&apos;s language</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>%1 — run report</source>
        <translation>%1 — Bericht des Laufs</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ewb::HttpClient</name>
    <message>
        <source>the URL &quot;%1&quot; is not valid</source>
        <translation>die URL &quot;%1&quot; ist nicht gültig</translation>
    </message>
    <message>
        <source>only http:// and https:// URLs can be sent to, not %1://</source>
        <translation>gesendet werden kann nur an http://- und https://-URLs, nicht an %1://</translation>
    </message>
    <message>
        <source>the request has no method</source>
        <translation>die Anfrage hat keine Methode</translation>
    </message>
    <message>
        <source>Cannot send: %1.</source>
        <translation>Senden nicht möglich: %1.</translation>
    </message>
</context>
<context>
    <name>ewb::ImportService</name>
    <message>
        <source>%1 is larger than 64 MB; is it the right file?</source>
        <translation>%1 ist größer als 64 MB; ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation>der leere Ordner %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the collection into %1</source>
        <translation>die Sammlung kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>ewb::JsonParser</name>
    <message>
        <source>the text starts with a byte-order mark, which the API rejects as invalid JSON; save it as UTF-8 without BOM</source>
        <translation>der Text beginnt mit einer Byte-Order-Mark, die die API als ungültiges JSON ablehnt; speichern Sie ihn als UTF-8 ohne BOM</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>the input holds only white space</source>
        <translation>die Eingabe enthält nur Leerraum</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>unerwarteter Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the text ends early: expected %1</source>
        <translation>der Text endet zu früh: erwartet wurde %1</translation>
    </message>
    <message>
        <source>control character 0x%1</source>
        <translation>Steuerzeichen 0x%1</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>erwartet wurde %1, gefunden wurde %2</translation>
    </message>
    <message>
        <source>expected %1 but found a non-ASCII character</source>
        <translation>erwartet wurde %1, gefunden wurde ein Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; JSON is UTF-8 text (was the file saved as Latin-1 or Windows-1252?)</source>
        <translation>Byte 0x%1 ist kein gültiges UTF-8; JSON ist UTF-8-Text (wurde die Datei als Latin-1 oder Windows-1252 gespeichert?)</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>strings must use double quotes, not single quotes</source>
        <translation>Strings müssen doppelte Anführungszeichen verwenden, keine einfachen</translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels; no real payload does, so it is refused</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt; keine echten Nutzdaten tun das, daher wird es abgelehnt</translation>
    </message>
    <message>
        <source>trailing comma before &apos;}&apos;</source>
        <translation>überzähliges Komma vor &apos;}&apos;</translation>
    </message>
    <message>
        <source>a member name in double quotes</source>
        <translation>ein Membername in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the member name</source>
        <translation>&apos;:&apos; nach dem Membernamen</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objektmember</translation>
    </message>
    <message>
        <source>trailing comma before &apos;]&apos;</source>
        <translation>überzähliges Komma vor &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Array-Element</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>numbers may not have leading zeros</source>
        <translation>Zahlen dürfen keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>eine Ziffer nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>eine Ziffer im Exponenten</translation>
    </message>
    <message>
        <source>the text ends inside a \u escape</source>
        <translation>der Text endet innerhalb eines \u-Escapes</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>ein \u-Escape braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>this string is never closed</source>
        <translation>dieser String wird nie geschlossen</translation>
    </message>
    <message>
        <source>line break inside a string; write it as \n</source>
        <translation>Zeilenumbruch innerhalb eines Strings; schreiben Sie ihn als \n</translation>
    </message>
    <message>
        <source>control character 0x%1 inside a string; escape it as \u00%1</source>
        <translation>Steuerzeichen 0x%1 innerhalb eines Strings; maskieren Sie es als \u00%1</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; in a string</source>
        <translation>unbekanntes Escape &apos;\%1&apos; in einem String</translation>
    </message>
</context>
<context>
    <name>ewb::JsonValue</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>ewb::KeychainKeyStore</name>
    <message>
        <source>no details given</source>
        <translation>keine Einzelheiten angegeben</translation>
    </message>
    <message>
        <source>No key is stored for this source: enter the source&apos;s API key</source>
        <translation>Für diese Quelle ist kein Schlüssel gespeichert: Geben Sie den API-Schlüssel der Quelle ein</translation>
    </message>
    <message>
        <source>The keychain refused access (%1): unlock it and try again; %2</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1): Entsperren Sie ihn und versuchen Sie es erneut; %2</translation>
    </message>
    <message>
        <source>The keychain has no unlocked default keyring (%1): unlock or create the login keyring (for example with Seahorse) and try again; %2</source>
        <translation>Der Schlüsselbund hat keinen entsperrten Standard-Schlüsselring (%1): Entsperren oder erstellen Sie den Anmelde-Schlüsselring (zum Beispiel mit Seahorse) und versuchen Sie es erneut; %2</translation>
    </message>
    <message>
        <source>The keychain failed: %1; %2</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1; %2</translation>
    </message>
    <message>
        <source>No keychain is available: %1. Install and unlock gnome-keyring or KWallet (any Secret Service); %2</source>
        <translation>Kein Schlüsselbund verfügbar: %1. Installieren und entsperren Sie gnome-keyring oder KWallet (einen beliebigen Secret Service); %2</translation>
    </message>
    <message>
        <source>the key could not be read</source>
        <translation>der Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The API key is empty: paste the key</source>
        <translation>Der API-Schlüssel ist leer: Fügen Sie den Schlüssel ein</translation>
    </message>
    <message>
        <source>the key was not saved</source>
        <translation>der Schlüssel wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the key was not deleted</source>
        <translation>der Schlüssel wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ewb::Payload</name>
    <message>
        <source>the payload is a JSON array; the API takes one object per call, or {&quot;batch&quot;: [...]} for several calls</source>
        <translation>die Nutzdaten sind ein JSON-Array; die API nimmt ein Objekt pro Aufruf, oder {&quot;batch&quot;: [...]} für mehrere Aufrufe</translation>
    </message>
    <message>
        <source>the payload is %1; the API takes a JSON object</source>
        <translation>die Nutzdaten sind %1; die API nimmt ein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;type&quot; is &quot;%1&quot;, which is not a call type; use identify, track, page, screen, group or alias</source>
        <translation>&quot;type&quot; ist &quot;%1&quot;, was kein Aufruftyp ist; verwenden Sie identify, track, page, screen, group oder alias</translation>
    </message>
    <message>
        <source>cannot tell which call this is: add a &quot;type&quot; field (identify, track, page, screen, group, alias), wrap calls in {&quot;batch&quot;: [...]}, or name the type explicitly</source>
        <translation>es ist nicht erkennbar, welcher Aufruf das ist: Fügen Sie ein Feld &quot;type&quot; hinzu (identify, track, page, screen, group, alias), fassen Sie Aufrufe in {&quot;batch&quot;: [...]} zusammen, oder nennen Sie den Typ ausdrücklich</translation>
    </message>
</context>
<context>
    <name>ewb::PayloadFile</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 is %2; payloads over %3 are refused (the API itself takes at most 500 KB per request)</source>
        <translation>%1 hat %2; Nutzdaten über %3 werden abgelehnt (die API selbst nimmt höchstens 500 KB pro Anfrage)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1 is a directory, not a payload file</source>
        <translation>%1 ist ein Verzeichnis, keine Datei mit Nutzdaten</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe); use - to read standard input</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät oder eine Pipe); verwenden Sie -, um die Standardeingabe zu lesen</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ewb::PostmanExport</name>
    <message>
        <source>added the variable {{baseUrl}} (%1) for requests aimed at a source</source>
        <translation>die Variable {{baseUrl}} (%1) wurde für Anfragen an eine Quelle hinzugefügt</translation>
    </message>
    <message>
        <source>added collection Basic auth with the secret {{write_key}}: set it in a Postman environment</source>
        <translation>Basic-Auth der Sammlung mit dem Geheimnis {{write_key}} hinzugefügt: Setzen Sie es in einer Postman-Umgebung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes to the source &quot;%2&quot; in the workbench; the export sends it to {{baseUrl}}</source>
        <translation>&quot;%1&quot; geht in der Workbench an die Quelle &quot;%2&quot;; der Export sendet es an {{baseUrl}}</translation>
    </message>
</context>
<context>
    <name>ewb::PostmanImport</name>
    <message>
        <source>Imported collection</source>
        <translation>Importierte Sammlung</translation>
    </message>
    <message>
        <source>%1 was a literal credential: it became the secret variable {{%2}}, whose value goes to the keychain, never into the collection&apos;s files</source>
        <translation>%1 war ein wörtlich eingetragenes Zugangsdatum: Es wurde zur geheimen Variable {{%2}}, deren Wert in den Schlüsselbund kommt, nie in die Dateien der Sammlung</translation>
    </message>
    <message>
        <source>the collection variable &quot;%1&quot; has a name that cannot be used</source>
        <translation>die Variable &quot;%1&quot; der Sammlung hat einen Namen, der nicht verwendet werden kann</translation>
    </message>
    <message>
        <source>the collection variable {{%1}} holds a secret: it is kept as a secret variable whose value goes to the keychain, never into the collection&apos;s files</source>
        <translation>die Variable {{%1}} der Sammlung enthält ein Geheimnis: Sie wird als geheime Variable behalten, deren Wert in den Schlüsselbund kommt, nie in die Dateien der Sammlung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; auth is not carried over (the API takes Basic auth with the key as the user name); its settings, credentials included, were dropped</source>
        <translation>&quot;%1&quot;-Auth wird nicht übernommen (die API nimmt Basic-Auth mit dem Schlüssel als Benutzername); ihre Einstellungen, Zugangsdaten eingeschlossen, wurden verworfen</translation>
    </message>
    <message>
        <source>the Basic auth user name (the API key)</source>
        <translation>der Benutzername der Basic-Auth (der API-Schlüssel)</translation>
    </message>
    <message>
        <source>the Basic auth password</source>
        <translation>das Passwort der Basic-Auth</translation>
    </message>
    <message>
        <source>the test script is not carried over (the workbench runs no scripts)</source>
        <translation>das Test-Skript wird nicht übernommen (die Workbench führt keine Skripte aus)</translation>
    </message>
    <message>
        <source>the pre-request script is not carried over (the workbench runs no scripts)</source>
        <translation>das Pre-Request-Skript wird nicht übernommen (die Workbench führt keine Skripte aus)</translation>
    </message>
    <message>
        <source>a %1 request is not carried over: every call of the API is a POST</source>
        <translation>eine %1-Anfrage wird nicht übernommen: Jeder Aufruf der API ist ein POST</translation>
    </message>
    <message>
        <source>the query string (parameters: %1) is not carried over; its values were dropped</source>
        <translation>der Query-String (Parameter: %1) wird nicht übernommen; seine Werte wurden verworfen</translation>
    </message>
    <message>
        <source>the X-Strict-Mode header is a setting of the source in the workbench</source>
        <translation>der Header X-Strict-Mode ist in der Workbench eine Einstellung der Quelle</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is not carried over</source>
        <translation>der Header &quot;%1&quot; wird nicht übernommen</translation>
    </message>
    <message>
        <source>the request has no body: it was imported with {}</source>
        <translation>die Anfrage hat keinen Body: Sie wurde mit {} importiert</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; body is not carried over: the API takes a raw JSON body</source>
        <translation>ein &quot;%1&quot;-Body wird nicht übernommen: Die API nimmt einen rohen JSON-Body</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Body ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the body is not JSON (%1)</source>
        <translation>der Body ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>the body&apos;s &quot;writeKey&quot;</source>
        <translation>der &quot;writeKey&quot; des Bodys</translation>
    </message>
    <message>
        <source>the URL does not end in a call&apos;s path; the call type (%1) was taken from the body</source>
        <translation>die URL endet nicht auf dem Pfad eines Aufrufs; der Aufruftyp (%1) wurde dem Body entnommen</translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; is not one of the API&apos;s endpoints (/identify, /track, ...)</source>
        <translation>die URL &quot;%1&quot; ist keiner der Endpunkte der API (/identify, /track, ...)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved example response(s) not carried over (the history keeps real ones)</source>
        <translation>
            <numerusform>%n gespeicherte Beispielantwort nicht übernommen (der Verlauf hält echte fest)</numerusform>
            <numerusform>%n gespeicherte Beispielantworten nicht übernommen (der Verlauf hält echte fest)</numerusform>
        </translation>
    </message>
    <message>
        <source>the Authorization header &quot;%1&quot; refers to a variable holding encoded credentials; set the request&apos;s Basic auth instead</source>
        <translation>der Header Authorization &quot;%1&quot; verweist auf eine Variable mit kodierten Zugangsdaten; setzen Sie stattdessen die Basic-Auth der Anfrage</translation>
    </message>
    <message>
        <source>the key in the Authorization header</source>
        <translation>der Schlüssel im Header Authorization</translation>
    </message>
    <message>
        <source>the password in the Authorization header</source>
        <translation>das Passwort im Header Authorization</translation>
    </message>
    <message>
        <source>the Authorization header (%1) is not carried over; its value was dropped</source>
        <translation>der Header Authorization (%1) wird nicht übernommen; sein Wert wurde verworfen</translation>
    </message>
    <message>
        <source>the URL named its credentials (%1): set them as the request&apos;s Basic auth instead</source>
        <translation>die URL nannte ihre Zugangsdaten (%1): Setzen Sie sie stattdessen als Basic-Auth der Anfrage</translation>
    </message>
    <message>
        <source>the user name in the URL</source>
        <translation>der Benutzername in der URL</translation>
    </message>
    <message>
        <source>the password in the URL</source>
        <translation>das Passwort in der URL</translation>
    </message>
    <message>
        <source>not a JSON file: %1</source>
        <translation>keine JSON-Datei: %1</translation>
    </message>
    <message>
        <source>not a Postman collection (no &quot;info&quot; and &quot;item&quot;); export it from Postman as Collection v2.1</source>
        <translation>keine Postman-Sammlung (kein &quot;info&quot; und &quot;item&quot;); exportieren Sie sie aus Postman als Collection v2.1</translation>
    </message>
    <message>
        <source>this Postman collection uses the schema &quot;%1&quot;; export it from Postman as Collection v2.1</source>
        <translation>diese Postman-Sammlung verwendet das Schema &quot;%1&quot;; exportieren Sie sie aus Postman als Collection v2.1</translation>
    </message>
</context>
<context>
    <name>ewb::PreparedRequest</name>
    <message>
        <source>the run&apos;s variables</source>
        <translation>den Variablen des Laufs</translation>
    </message>
    <message>
        <source>environment &quot;%1&quot;</source>
        <translation>der Umgebung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the collection</source>
        <translation>der Sammlung</translation>
    </message>
    <message>
        <source>the body is not a JSON object once its variables are resolved</source>
        <translation>der Body ist kein JSON-Objekt, sobald seine Variablen aufgelöst sind</translation>
    </message>
    <message>
        <source>the body is not JSON once its variables are resolved: %1</source>
        <translation>der Body ist kein JSON, sobald seine Variablen aufgelöst sind: %1</translation>
    </message>
</context>
<context>
    <name>ewb::Region</name>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>the region is empty: use us, eu, or a base URL such as https://cdp.customer.io/v1</source>
        <translation>die Region ist leer: Verwenden Sie us, eu oder eine Basis-URL wie https://cdp.customer.io/v1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region: use us, eu, or a base URL such as https://cdp.customer.io/v1</source>
        <translation>&quot;%1&quot; ist keine Region: Verwenden Sie us, eu oder eine Basis-URL wie https://cdp.customer.io/v1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a base URL: %2</source>
        <translation>&quot;%1&quot; kann nicht als Basis-URL verwendet werden: %2</translation>
    </message>
    <message>
        <source>the base URL is empty: type one such as https://cdp.customer.io/v1</source>
        <translation>die Basis-URL ist leer: Geben Sie eine ein, etwa https://cdp.customer.io/v1</translation>
    </message>
    <message>
        <source>it is not a valid URL (%1)</source>
        <translation>sie ist keine gültige URL (%1)</translation>
    </message>
    <message>
        <source>it needs to start with https:// (or http:// for a local server)</source>
        <translation>sie muss mit https:// beginnen (oder mit http:// für einen lokalen Server)</translation>
    </message>
    <message>
        <source>only http:// and https:// URLs are supported, not %1://</source>
        <translation>nur http://- und https://-URLs werden unterstützt, nicht %1://</translation>
    </message>
    <message>
        <source>it has no host name</source>
        <translation>sie hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>it contains a user name or password; remove it and store the API key with the source instead</source>
        <translation>sie enthält einen Benutzernamen oder ein Passwort; entfernen Sie diese Angaben und speichern Sie den API-Schlüssel stattdessen bei der Quelle</translation>
    </message>
    <message>
        <source>remove the part after &apos;?&apos; or &apos;#&apos;; a base URL is a host and a path</source>
        <translation>entfernen Sie den Teil nach &apos;?&apos; oder &apos;#&apos;; eine Basis-URL ist ein Host und ein Pfad</translation>
    </message>
</context>
<context>
    <name>ewb::RequestDocument</name>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>The JSON does not parse (%1): fix it or undo to the last good version.</source>
        <translation>Das JSON lässt sich nicht lesen (%1): Korrigieren Sie es, oder machen Sie es bis zur letzten guten Fassung rückgängig.</translation>
    </message>
</context>
<context>
    <name>ewb::RowCheck</name>
    <message>
        <source>&quot;type&quot; is &quot;%1&quot;: a row is one call, identify, track, page, screen, group or alias</source>
        <translation>&quot;type&quot; ist &quot;%1&quot;: eine Zeile ist ein Aufruf, identify, track, page, screen, group oder alias</translation>
    </message>
    <message>
        <source>the row has no &quot;type&quot;; give one to every row, or --type for a file of one kind</source>
        <translation>die Zeile hat keinen &quot;type&quot;; geben Sie jeder Zeile einen, oder --type für eine Datei einer Art</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2: a backfill does not send it unless --allow-destructive</source>
        <translation>&quot;%1&quot; %2: ein Backfill sendet es nur mit --allow-destructive</translation>
    </message>
    <message>
        <source>no timestamp: the API stamps the time of receipt, so history lands on today</source>
        <translation>kein timestamp: die API setzt die Empfangszeit, sodass vergangene Daten auf heute fallen</translation>
    </message>
    <message>
        <source>with its messageId and tags the call is %1 bytes, over %2</source>
        <translation>mit seiner messageId und seinen Tags hat der Aufruf %1 Bytes, mehr als %2</translation>
    </message>
</context>
<context>
    <name>ewb::RunData</name>
    <message>
        <source>%1: a row must be an object of variables, not %2</source>
        <translation>%1: eine Zeile muss ein Objekt mit Variablen sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be a variable name</source>
        <translation>%1: &quot;%2&quot; kann kein Variablenname sein</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>not a regular file (a folder, a device or a pipe)</source>
        <translation>keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe)</translation>
    </message>
    <message>
        <source>a JSON data file must be an array of objects, one per iteration</source>
        <translation>eine JSON-Datendatei muss ein Array von Objekten sein, eines pro Iteration</translation>
    </message>
    <message>
        <source>row %1 (/%2)</source>
        <translation>Zeile %1 (/%2)</translation>
    </message>
    <message>
        <source>the file has no rows, so there is nothing to iterate over</source>
        <translation>die Datei hat keine Zeilen, es gibt also nichts zu iterieren</translation>
    </message>
    <message>
        <source>the first line must name the columns (the variables), and it is empty</source>
        <translation>die erste Zeile muss die Spalten (die Variablen) benennen, und sie ist leer</translation>
    </message>
    <message>
        <source>line 1, column %1 of the header: &quot;%2&quot; cannot be a variable name</source>
        <translation>Zeile 1, Spalte %1 der Kopfzeile: &quot;%2&quot; kann kein Variablenname sein</translation>
    </message>
    <message>
        <source>line 1: the column &quot;%1&quot; is named twice</source>
        <translation>Zeile 1: die Spalte &quot;%1&quot; ist zweimal benannt</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n field(s) where the header names %2</source>
        <translation>
            <numerusform>Zeile %1: %n Feld, wo die Kopfzeile %2 benennt</numerusform>
            <numerusform>Zeile %1: %n Felder, wo die Kopfzeile %2 benennt</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 is over %2 bytes; is this a JSONL file?</source>
        <translation>Zeile %1 ist größer als %2 Bytes; ist das eine JSONL-Datei?</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>ewb::RunPlan</name>
    <message>
        <source>&quot;%1&quot; is not a request or folder of &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ist keine Anfrage und kein Ordner von &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1 is neither in a collection folder (no collection.json above it) nor a Postman collection file</source>
        <translation>%1 liegt weder in einem Sammlungsordner (keine collection.json darüber), noch ist es eine Postman-Sammlungsdatei</translation>
    </message>
    <message>
        <source>%1 is not a collection folder (it has no collection.json, nor has any folder above it)</source>
        <translation>%1 ist kein Sammlungsordner (weder er noch ein Ordner darüber hat eine collection.json)</translation>
    </message>
    <message>
        <source>name items only with a whole collection folder, not with %1</source>
        <translation>benennen Sie Einträge nur mit einem ganzen Sammlungsordner, nicht mit %1</translation>
    </message>
    <message>
        <source>%1 holds no request to run</source>
        <translation>%1 enthält keine Anfrage, die laufen kann</translation>
    </message>
</context>
<context>
    <name>ewb::RunReport</name>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ewb::RunResultsModel</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>ewb::SavedRequest</name>
    <message>
        <source>&quot;auth&quot; must be an object such as {&quot;type&quot;: &quot;basic&quot;, ...}</source>
        <translation>&quot;auth&quot; muss ein Objekt sein, etwa {&quot;type&quot;: &quot;basic&quot;, ...}</translation>
    </message>
    <message>
        <source>unknown auth type &quot;%1&quot;: use &quot;basic&quot;, &quot;none&quot; or &quot;inherit&quot;</source>
        <translation>unbekannter Auth-Typ &quot;%1&quot;: verwenden Sie &quot;basic&quot;, &quot;none&quot; oder &quot;inherit&quot;</translation>
    </message>
    <message>
        <source>&quot;target&quot; must be an object: {&quot;source&quot;: NAME} or {&quot;baseUrl&quot;: URL}</source>
        <translation>&quot;target&quot; muss ein Objekt sein: {&quot;source&quot;: NAME} oder {&quot;baseUrl&quot;: URL}</translation>
    </message>
    <message>
        <source>&quot;target&quot; holds a key: keys belong in the keychain; remove it and use a source or a secret variable</source>
        <translation>&quot;target&quot; enthält einen Schlüssel: Schlüssel gehören in den Schlüsselbund; entfernen Sie ihn und verwenden Sie eine Quelle oder eine geheime Variable</translation>
    </message>
    <message>
        <source>a saved request file must hold an object</source>
        <translation>eine Datei mit einer gespeicherten Anfrage muss ein Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be identify, track, page, screen, group, alias or batch</source>
        <translation>&quot;type&quot; muss identify, track, page, screen, group, alias oder batch sein</translation>
    </message>
    <message>
        <source>&quot;body&quot; must be a JSON object (or use &quot;bodyText&quot; for text)</source>
        <translation>&quot;body&quot; muss ein JSON-Objekt sein (oder verwenden Sie &quot;bodyText&quot; für Text)</translation>
    </message>
</context>
<context>
    <name>ewb::SecretStore</name>
    <message>
        <source>the secret {{%1}}: %2</source>
        <translation>das Geheimnis {{%1}}: %2</translation>
    </message>
</context>
<context>
    <name>ewb::SemanticEvents</name>
    <message>
        <source>adds or updates the person&apos;s device</source>
        <translation>fügt das Gerät der Person hinzu oder aktualisiert es</translation>
    </message>
    <message>
        <source>removes the person&apos;s device</source>
        <translation>entfernt das Gerät der Person</translation>
    </message>
    <message>
        <source>deletes the person</source>
        <translation>löscht die Person</translation>
    </message>
    <message>
        <source>deletes the person and keeps them from being added back</source>
        <translation>löscht die Person und verhindert, dass sie wieder hinzugefügt wird</translation>
    </message>
    <message>
        <source>lets the person be added back</source>
        <translation>lässt die Person wieder hinzufügen</translation>
    </message>
    <message>
        <source>removes the person&apos;s relationship to an object</source>
        <translation>entfernt die Beziehung der Person zu einem Objekt</translation>
    </message>
    <message>
        <source>deletes an object</source>
        <translation>löscht ein Objekt</translation>
    </message>
    <message>
        <source>reports a message delivery metric</source>
        <translation>meldet eine Zustellmetrik einer Nachricht</translation>
    </message>
    <message>
        <source>reports an impression or click on anonymous content</source>
        <translation>meldet eine Impression oder einen Klick auf anonymen Inhalt</translation>
    </message>
</context>
<context>
    <name>ewb::SendPlan</name>
    <message>
        <source>the call at %1 is over 32 KB on its own and cannot be sent in any batch</source>
        <translation>der Aufruf unter %1 ist schon allein größer als 32 KB und kann in keinem Batch gesendet werden</translation>
    </message>
    <message>
        <source>%1 calls are over 32 KB on their own and cannot be sent in any batch (the first is %2)</source>
        <translation>%1 Aufrufe sind schon allein größer als 32 KB und können in keinem Batch gesendet werden (der erste ist %2)</translation>
    </message>
</context>
<context>
    <name>ewb::SendTarget</name>
    <message>
        <source>no source named &apos;%1&apos; (see ewb sources list)</source>
        <translation>keine Quelle namens &apos;%1&apos; (siehe ewb sources list)</translation>
    </message>
    <message>
        <source>the key of &apos;%1&apos;: %2</source>
        <translation>der Schlüssel von &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no API key: set EWB_API_KEY, or use --key-env VAR or --key-stdin (never a command-line argument)</source>
        <translation>kein API-Schlüssel: Setzen Sie EWB_API_KEY, oder verwenden Sie --key-env VAR oder --key-stdin (nie ein Argument auf der Befehlszeile)</translation>
    </message>
</context>
<context>
    <name>ewb::SessionKeyStore</name>
    <message>
        <source>No key is stored for this source in this session: enter the source&apos;s API key</source>
        <translation>Für diese Quelle ist in dieser Sitzung kein Schlüssel gespeichert: Geben Sie den API-Schlüssel der Quelle ein</translation>
    </message>
    <message>
        <source>The API key is empty: paste the key</source>
        <translation>Der API-Schlüssel ist leer: Fügen Sie den Schlüssel ein</translation>
    </message>
</context>
<context>
    <name>ewb::ShellWords</name>
    <message>
        <source>a single quote (&apos;) is never closed</source>
        <translation>ein einfaches Anführungszeichen (&apos;) wird nie geschlossen</translation>
    </message>
    <message>
        <source>a $&apos; quote is never closed</source>
        <translation>ein $&apos;-Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a double quote (&quot;) is never closed</source>
        <translation>ein doppeltes Anführungszeichen (&quot;) wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>ewb::SizeBudget</name>
    <message>
        <source>the API answers 200 and silently drops it</source>
        <translation>die API antwortet 200 und verwirft ihn stillschweigend</translation>
    </message>
    <message>
        <source>the batch is %1 bytes, over the limit of %2 bytes per batch: %3; split it into smaller batches</source>
        <translation>der Batch hat %1 Bytes, mehr als die Grenze von %2 Bytes pro Batch: %3; teilen Sie ihn in kleinere Batches</translation>
    </message>
    <message>
        <source>the batch is %1 bytes, past the official libraries&apos; margin of %2 bytes (the limit is %3; over it %4); consider splitting it</source>
        <translation>der Batch hat %1 Bytes, mehr als die Reserve der offiziellen Bibliotheken von %2 Bytes (die Grenze ist %3; darüber %4); erwägen Sie, ihn zu teilen</translation>
    </message>
    <message>
        <source>this call is %1 bytes, over the limit of %2 bytes per call even inside a batch: %3; make it smaller (fewer or shorter properties)</source>
        <translation>dieser Aufruf hat %1 Bytes, mehr als die Grenze von %2 Bytes pro Aufruf, auch innerhalb eines Batches: %3; machen Sie ihn kleiner (weniger oder kürzere properties)</translation>
    </message>
    <message>
        <source>this call is %1 bytes, past the official libraries&apos; margin of %2 bytes per call (the limit is %3; over it %4)</source>
        <translation>dieser Aufruf hat %1 Bytes, mehr als die Reserve der offiziellen Bibliotheken von %2 Bytes pro Aufruf (die Grenze ist %3; darüber %4)</translation>
    </message>
    <message>
        <source>the call is %1 bytes, over the limit of %2 bytes per call: %3; make it smaller (fewer or shorter traits or properties)</source>
        <translation>der Aufruf hat %1 Bytes, mehr als die Grenze von %2 Bytes pro Aufruf: %3; machen Sie ihn kleiner (weniger oder kürzere traits oder properties)</translation>
    </message>
    <message>
        <source>the call is %1 bytes, past the official libraries&apos; margin of %2 bytes (the limit is %3; over it %4)</source>
        <translation>der Aufruf hat %1 Bytes, mehr als die Reserve der offiziellen Bibliotheken von %2 Bytes (die Grenze ist %3; darüber %4)</translation>
    </message>
</context>
<context>
    <name>ewb::SizeStatus</name>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Largest call (#%1)</source>
        <translation>Größter Aufruf (#%1)</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 Bytes</translation>
    </message>
    <message>
        <source>The API takes at most 32,768 bytes per call and 512,000 bytes per batch. Over the limit it still answers 200 OK but drops the request, so nothing on the wire tells you: only this meter does. Amber means past the official libraries&apos; safety margin (32,000 / 500,000 bytes).</source>
        <translation>Die API nimmt höchstens 32.768 Bytes pro Aufruf und 512.000 Bytes pro Batch. Über der Grenze antwortet sie trotzdem 200 OK, verwirft die Anfrage aber, sodass auf der Leitung nichts darauf hinweist: nur diese Anzeige. Bernsteingelb heißt: über der Sicherheitsreserve der offiziellen Bibliotheken (32.000 / 500.000 Bytes).</translation>
    </message>
</context>
<context>
    <name>ewb::Source</name>
    <message>
        <source>a source is %1, not an object</source>
        <translation>eine Quelle ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>a source has no valid &quot;id&quot;</source>
        <translation>eine Quelle hat keine gültige &quot;id&quot;</translation>
    </message>
    <message>
        <source>source %1 has no &quot;name&quot;</source>
        <translation>Quelle %1 hat keinen &quot;name&quot;</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; has no valid &quot;region&quot; (us, eu or custom)</source>
        <translation>Quelle &quot;%1&quot; hat keine gültige &quot;region&quot; (us, eu oder custom)</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>Quelle &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: &quot;strictMode&quot; must be true or false</source>
        <translation>Quelle &quot;%1&quot;: &quot;strictMode&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: &quot;defaultContext&quot; must be an object</source>
        <translation>Quelle &quot;%1&quot;: &quot;defaultContext&quot; muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>ewb::SourceStore</name>
    <message>
        <source>the file is not an object with a &quot;sources&quot; list</source>
        <translation>die Datei ist kein Objekt mit einer Liste &quot;sources&quot;</translation>
    </message>
    <message>
        <source>the file was written by a newer Event Workbench (format %1)</source>
        <translation>die Datei wurde von einer neueren Event Workbench geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>two sources have the name &quot;%1&quot; or the same id</source>
        <translation>zwei Quellen haben den Namen &quot;%1&quot; oder dieselbe ID</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is larger than 16 MB</source>
        <translation>die Datei ist größer als 16 MB</translation>
    </message>
    <message>
        <source>The sources file %1 is damaged (%2) and could not be moved aside; no sources are loaded. Fix or remove the file.</source>
        <translation>Die Quellendatei %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; es sind keine Quellen geladen. Reparieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>The sources file was damaged (%1). It was moved to %2 and the workbench starts with no sources; keys in the keychain are untouched.</source>
        <translation>Die Quellendatei war beschädigt (%1). Sie wurde nach %2 verschoben, und die Workbench beginnt ohne Quellen; Schlüssel im Schlüsselbund bleiben unberührt.</translation>
    </message>
    <message>
        <source>a source needs a name</source>
        <translation>eine Quelle braucht einen Namen</translation>
    </message>
    <message>
        <source>a source&apos;s name cannot hold control characters (line breaks, escapes)</source>
        <translation>der Name einer Quelle darf keine Steuerzeichen enthalten (Zeilenumbrüche, Escapes)</translation>
    </message>
    <message>
        <source>there is already a source named &quot;%1&quot;: choose another name</source>
        <translation>es gibt schon eine Quelle namens &quot;%1&quot;: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>this source is already in the list</source>
        <translation>diese Quelle ist schon in der Liste</translation>
    </message>
    <message>
        <source>there is no such source</source>
        <translation>eine solche Quelle gibt es nicht</translation>
    </message>
</context>
<context>
    <name>ewb::SqliteFile</name>
    <message>
        <source>%1 is not a readable SQLite database: %2</source>
        <translation>%1 ist keine lesbare SQLite-Datenbank: %2</translation>
    </message>
</context>
<context>
    <name>ewb::StepResult</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ewb::TypedValue</name>
    <message>
        <source>type true or false</source>
        <translation>geben Sie true oder false ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON number; type digits like 42 or 12.5</source>
        <translation>&quot;%1&quot; ist keine JSON-Zahl; geben Sie Ziffern ein wie 42 oder 12.5</translation>
    </message>
    <message>
        <source>type a JSON object, like {&quot;plan&quot;: &quot;pro&quot;}</source>
        <translation>geben Sie ein JSON-Objekt ein, etwa {&quot;plan&quot;: &quot;pro&quot;}</translation>
    </message>
    <message>
        <source>type a JSON array, like [1, 2]</source>
        <translation>geben Sie ein JSON-Array ein, etwa [1, 2]</translation>
    </message>
</context>
<context>
    <name>ewb::Validator</name>
    <message>
        <source>it is a date without a time; add a time and zone, e.g. 2024-01-02T00:00:00Z</source>
        <translation>es ist ein Datum ohne Uhrzeit; fügen Sie Uhrzeit und Zone hinzu, z. B. 2024-01-02T00:00:00Z</translation>
    </message>
    <message>
        <source>it has no time zone, so its instant is unknown; end it with Z (UTC) or an offset like +02:00</source>
        <translation>es hat keine Zeitzone, der Zeitpunkt ist also unbekannt; beenden Sie es mit Z (UTC) oder einem Versatz wie +02:00</translation>
    </message>
    <message>
        <source>no such date or time exists (check the day of the month, hours 00-23, minutes and seconds 00-59, offset)</source>
        <translation>dieses Datum oder diese Uhrzeit gibt es nicht (prüfen Sie den Tag im Monat, Stunden 00-23, Minuten und Sekunden 00-59, den Versatz)</translation>
    </message>
    <message>
        <source>there are extra characters after the date-time; remove them</source>
        <translation>nach Datum und Uhrzeit stehen weitere Zeichen; entfernen Sie sie</translation>
    </message>
    <message>
        <source>write it as ISO 8601, e.g. 2024-01-02T03:04:05.678Z</source>
        <translation>schreiben Sie es als ISO 8601, z. B. 2024-01-02T03:04:05.678Z</translation>
    </message>
    <message numerus="yes">
        <source>and %n more like the ones above (%1); only the first %2 are listed</source>
        <translation>
            <numerusform>und %n weiteres wie die obigen (%1); nur die ersten %2 sind aufgeführt</numerusform>
            <numerusform>und %n weitere wie die obigen (%1); nur die ersten %2 sind aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>a batch needs a &quot;batch&quot; array holding the calls to send, e.g. {&quot;batch&quot;: [{&quot;type&quot;: &quot;track&quot;, ...}]}</source>
        <translation>ein Batch braucht ein Array &quot;batch&quot; mit den zu sendenden Aufrufen, z. B. {&quot;batch&quot;: [{&quot;type&quot;: &quot;track&quot;, ...}]}</translation>
    </message>
    <message>
        <source>&quot;batch&quot; is %1; it must be an array of calls</source>
        <translation>&quot;batch&quot; ist %1; es muss ein Array von Aufrufen sein</translation>
    </message>
    <message>
        <source>the batch is empty: nothing to send; add at least one call</source>
        <translation>der Batch ist leer: nichts zu senden; fügen Sie mindestens einen Aufruf hinzu</translation>
    </message>
    <message>
        <source>this batch item is %1; each item must be a call object with a &quot;type&quot;</source>
        <translation>dieser Eintrag des Batches ist %1; jeder Eintrag muss ein Aufrufobjekt mit einem &quot;type&quot; sein</translation>
    </message>
    <message>
        <source>this batch item has no &quot;type&quot;; inside a batch each call must say what it is: identify, track, page, screen, group or alias</source>
        <translation>dieser Eintrag des Batches hat keinen &quot;type&quot;; in einem Batch muss jeder Aufruf sagen, was er ist: identify, track, page, screen, group oder alias</translation>
    </message>
    <message>
        <source>&quot;type&quot; is %1; it must be one of identify, track, page, screen, group, alias</source>
        <translation>&quot;type&quot; ist %1; es muss eines von identify, track, page, screen, group, alias sein</translation>
    </message>
    <message>
        <source>a batch cannot contain another batch; put these calls directly in the outer &quot;batch&quot; array</source>
        <translation>ein Batch kann keinen anderen Batch enthalten; legen Sie diese Aufrufe direkt in das äußere Array &quot;batch&quot;</translation>
    </message>
    <message>
        <source>&quot;type&quot; is %1, which is not a call type; use identify, track, page, screen, group or alias (lower case)</source>
        <translation>&quot;type&quot; ist %1, was kein Aufruftyp ist; verwenden Sie identify, track, page, screen, group oder alias (kleingeschrieben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2, so it needs the person&apos;s &quot;userId&quot;; an anonymousId is not enough</source>
        <translation>&quot;%1&quot; %2, daher braucht es die &quot;userId&quot; der Person; eine anonymousId genügt nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2, so it needs the person&apos;s &quot;userId&quot;</source>
        <translation>&quot;%1&quot; %2, daher braucht es die &quot;userId&quot; der Person</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2, which concerns no person: the spec&apos;s schema for it requires &quot;anonymousId&quot; (any value, e.g. a UUID)</source>
        <translation>&quot;%1&quot; %2, was keine Person betrifft: Das Schema der Spezifikation verlangt dafür &quot;anonymousId&quot; (ein beliebiger Wert, z. B. eine UUID)</translation>
    </message>
    <message>
        <source>no userId or anonymousId: this identify only works when Customer.io is the destination, which identifies the person by traits.email; add a userId for every other destination</source>
        <translation>keine userId oder anonymousId: Dieser identify-Aufruf funktioniert nur, wenn Customer.io das Ziel ist, das die Person an traits.email erkennt; fügen Sie für jedes andere Ziel eine userId hinzu</translation>
    </message>
    <message>
        <source>an identify call needs a &quot;userId&quot; or an &quot;anonymousId&quot; that is not empty; without one the API drops it</source>
        <translation>ein identify-Aufruf braucht eine &quot;userId&quot; oder eine &quot;anonymousId&quot;, die nicht leer ist; ohne sie verwirft die API ihn</translation>
    </message>
    <message>
        <source>an identify call needs a &quot;userId&quot; or an &quot;anonymousId&quot;; without one the API drops it</source>
        <translation>ein identify-Aufruf braucht eine &quot;userId&quot; oder eine &quot;anonymousId&quot;; ohne sie verwirft die API ihn</translation>
    </message>
    <message>
        <source>a %1 call needs a &quot;userId&quot; or an &quot;anonymousId&quot; that is not empty; without one the API drops it</source>
        <translation>ein %1-Aufruf braucht eine &quot;userId&quot; oder eine &quot;anonymousId&quot;, die nicht leer ist; ohne sie verwirft die API ihn</translation>
    </message>
    <message>
        <source>a %1 call needs a &quot;userId&quot; or an &quot;anonymousId&quot;; without one the API drops it</source>
        <translation>ein %1-Aufruf braucht eine &quot;userId&quot; oder eine &quot;anonymousId&quot;; ohne sie verwirft die API ihn</translation>
    </message>
    <message>
        <source>%1 is missing; %2</source>
        <translation>%1 fehlt; %2</translation>
    </message>
    <message>
        <source>%1 is %2; %3</source>
        <translation>%1 ist %2; %3</translation>
    </message>
    <message>
        <source>%1 is empty; %2</source>
        <translation>%1 ist leer; %2</translation>
    </message>
    <message>
        <source>%1 is set by the server on receipt; %2</source>
        <translation>%1 wird vom Server beim Empfang gesetzt; %2</translation>
    </message>
    <message>
        <source>%1 is a number; the API turns it into a string, but send ids as strings (&quot;%2&quot;) so that they match exactly everywhere</source>
        <translation>%1 ist eine Zahl; die API macht daraus einen String, aber senden Sie IDs als Strings (&quot;%2&quot;), damit sie überall genau übereinstimmen</translation>
    </message>
    <message>
        <source>%1 is %2, not an ISO 8601 date-time string; %3</source>
        <translation>%1 ist %2, kein String mit Datum und Uhrzeit nach ISO 8601; %3</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a valid ISO 8601 date-time: %3; %4</source>
        <translation>%1 ist %2, was kein gültiges Datum mit Uhrzeit nach ISO 8601 ist: %3; %4</translation>
    </message>
    <message>
        <source>%1 (%2) is in the future; check the clock and the time zone offset (local time written with Z?)</source>
        <translation>%1 (%2) liegt in der Zukunft; prüfen Sie die Uhr und den Zeitzonenversatz (Ortszeit mit Z geschrieben?)</translation>
    </message>
    <message>
        <source>&quot;type&quot; is %1; leave it out (the endpoint sets it) or write %2</source>
        <translation>&quot;type&quot; ist %1; lassen Sie es weg (der Endpunkt setzt es) oder schreiben Sie %2</translation>
    </message>
    <message>
        <source>&quot;type&quot; is %1 but this is sent as an %2 call; the API rejects the mismatch: send it to the /%3 endpoint or change &quot;type&quot; to %4</source>
        <translation>&quot;type&quot; ist %1, gesendet wird das aber als %2-Aufruf; die API lehnt die Abweichung ab: Senden Sie es an den Endpunkt /%3 oder ändern Sie &quot;type&quot; auf %4</translation>
    </message>
    <message>
        <source>&quot;type&quot; is %1 but this is sent as a %2 call; the API rejects the mismatch: send it to the /%3 endpoint or change &quot;type&quot; to %4</source>
        <translation>&quot;type&quot; ist %1, gesendet wird das aber als %2-Aufruf; die API lehnt die Abweichung ab: Senden Sie es an den Endpunkt /%3 oder ändern Sie &quot;type&quot; auf %4</translation>
    </message>
    <message>
        <source>integration %1 is %2; use true or false to turn the destination on or off, or an object of options for it</source>
        <translation>die Integration %1 ist %2; verwenden Sie true oder false, um das Ziel ein- oder auszuschalten, oder ein Objekt mit Optionen dafür</translation>
    </message>
    <message>
        <source>%1 is a custom event to the API; to use the reserved event that %2, write its name exactly: %3</source>
        <translation>%1 ist für die API ein eigenes Ereignis; um das reservierte Ereignis zu verwenden (es %2), schreiben Sie seinen Namen genau so: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2, so it needs %3</source>
        <translation>&quot;%1&quot; %2, daher braucht es %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2, so it needs %3 (one of: %4)</source>
        <translation>&quot;%1&quot; %2, daher braucht es %3 (eines von: %4)</translation>
    </message>
    <message>
        <source>%1 is %2; send it as a string</source>
        <translation>%1 ist %2; senden Sie es als String</translation>
    </message>
    <message>
        <source>%1 is %2, which the spec does not list for &quot;%3&quot;; expected one of: %4</source>
        <translation>%1 ist %2, was die Spezifikation für &quot;%3&quot; nicht aufführt; erwartet wird eines von: %4</translation>
    </message>
    <message>
        <source>%1 appears more than once in this object; the API keeps only the last one, so remove the others</source>
        <translation>%1 kommt in diesem Objekt mehrmals vor; die API behält nur das letzte, also entfernen Sie die anderen</translation>
    </message>
</context>
<context>
    <name>ewb::Variable</name>
    <message>
        <source>&quot;variables&quot; must be an object of name to {&quot;value&quot;: ...}</source>
        <translation>&quot;variables&quot; muss ein Objekt von Name zu {&quot;value&quot;: ...} sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name (no braces, no leading $)</source>
        <translation>&quot;%1&quot; ist kein gültiger Variablenname (keine geschweiften Klammern, kein $ am Anfang)</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot; must be an object such as {&quot;value&quot;: &quot;...&quot;}</source>
        <translation>die Variable &quot;%1&quot; muss ein Objekt sein, etwa {&quot;value&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>the value of variable &quot;%1&quot; must be a string</source>
        <translation>der Wert der Variable &quot;%1&quot; muss ein String sein</translation>
    </message>
</context>
<context>
    <name>ewb::VariableResolver</name>
    <message>
        <source>{{%1}} is not a dynamic value this workbench knows; use one of %2</source>
        <translation>{{%1}} ist kein dynamischer Wert, den diese Workbench kennt; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>{{%1}} is not defined: define it in the environment or the collection, or remove the braces</source>
        <translation>{{%1}} ist nicht definiert: Definieren Sie die Variable in der Umgebung oder der Sammlung, oder entfernen Sie die Klammern</translation>
    </message>
    <message>
        <source>{{%1}} is not defined in %2: define it in the environment or the collection, or remove the braces</source>
        <translation>{{%1}} ist nicht definiert in %2: Definieren Sie die Variable in der Umgebung oder der Sammlung, oder entfernen Sie die Klammern</translation>
    </message>
    <message>
        <source>the secret {{%1}} has no value in the keychain: set it (it is stored in the keychain, never in a file)</source>
        <translation>das Geheimnis {{%1}} hat keinen Wert im Schlüsselbund: Setzen Sie ihn (er wird im Schlüsselbund gespeichert, nie in einer Datei)</translation>
    </message>
    <message>
        <source>{{%1}} expands to more than %2 characters (variables that refer to each other several times over?): it was not resolved</source>
        <translation>{{%1}} wird zu mehr als %2 Zeichen (Variablen, die mehrfach aufeinander verweisen?): nicht aufgelöst</translation>
    </message>
</context>
</TS>
