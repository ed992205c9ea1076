<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb</name>
    <message>
        <source>Nothing to save: the selected calls have no body, or no call type that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 requests; %2 of the selected calls had no body or call type to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: the selected calls have no body to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote 1 call to %1, for ewb backfill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 calls to %2, for ewb backfill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a body were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::BackfillWindow</name>
    <message>
        <source>Backfill — Event Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL, JSON or CSV (gzip too): the history to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (*.jsonl *.ndjson *.json *.csv *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read: by its name&apos;s extension, or as chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL: a call per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: an array of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call type of rows that do not say (a CSV&apos;s rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each row&apos;s own &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns to fields, e.g. userId=user_id, event=name, properties.*=*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN, separated by commas; FIELD is a dotted path, :number, :bool or :json types it; PATH.*=* takes every other column. Empty: columns named as fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send events that delete or suppress (User Deleted, Device Deleted…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: such rows are not sent and are listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the calls go: the built-in sandbox or a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call as it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row&apos;s line, type, person, check and the call as it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and plan the whole file; send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the file to the target, resuming where a paused backfill stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, keeping what was acknowledged: Resume goes on from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and forget this backfill (its messageIds still keep a new start from doubling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of the file read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row that was not sent, why, and the row; Enter opens it in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;in Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected row in the composer, as the call its mapping made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows, as the backfill will send them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget where this backfill got to? Start then sends the whole file again (its messageIds keep the API from keeping a call twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a file. Every row is checked before anything is sent; rows that would be dropped are listed below and never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick a file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s backfill was interrupted: Resume sends what was not acknowledged; Cancel forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows are shown; Dry Run checks the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: choose a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: the key of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 sent and acknowledged, %3 not sent; %4 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 acknowledged before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing was sent: %1 rows, %2 valid, %3 not to be sent; %4 batches, %5 bytes, about %6 of sending at the rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 sent and acknowledged, %3 not sent, %4 acknowledged before, in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings (such as rows without a timestamp): they were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume goes on from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten: Start sends the whole file again (its messageIds keep duplicates out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backfill is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause it and close? Resume goes on from where it stopped, the next time this file is picked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::BatchComposer</name>
    <message>
        <source>Calls in this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each call with its size; the selected one is in the form beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a call of a type to the batch, after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected call (without its messageId, which would get the copy dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected call up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move call up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected call down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move call down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the batch&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls in this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected call and what the batch shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context every call of the batch shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrations every call of the batch shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call over 32,768 bytes would be dropped by the API: make it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This batch is over the limit. Sending with &quot;Split oversize batches&quot; on sends %n batches:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  calls %1–%2: %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, too large on their own: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::CallForm</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic event template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved events Customer.io acts on (deleting a person, registering a device...). Picking one fills in the fields it requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the %1 template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: lets the API drop a retried duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit messageId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new UUID v4 as the messageId, as the official libraries send (Alt+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate messageId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message I&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties, context and integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the call comes from (library, page, device, ip…): key, value and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which destinations get the call: key, value and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user ID or an anonymous ID is required (identify may use traits.email instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is known of the person or group: key, value and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in detail: key, value and type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ChecksDialog</name>
    <message>
        <source>Run Checks — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a run (the Runner, or ewb run in CI) expects of this request. Saved in the request&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class (2xx, 4xx), a status (200) or a list (200, 202)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it even when the validator finds errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a request with validation errors is not sent, and counts as a failure. On: for negative tests, to see what the API does with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run fails the request when its body is larger (0: only the API&apos;s own limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit of its own (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sandbox must have recorded of the call for the check to pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: every call accepted, when a 2xx is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call accepted, whatever the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: a negative test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against a sand&amp;box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any reason, or a code such as track.event.missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults: nothing is added to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the file as:&lt;br&gt;&lt;code style=&quot;white-space:pre&quot;&gt;&quot;expect&quot;: %1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::CollectionsPanel</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a collection folder (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a collection in an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder to the selected collection or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected request or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: what a run expects of the selected request (status, validation, size, what the sandbox records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected request or folder (Delete; undo with Ctrl+Z in the tree); close a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z in the tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens a request; F2 renames; Delete deletes; Ctrl+Z undoes what was done in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” opened, but %n file(s) could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection: choose or create an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a collection folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening another request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the composer shows something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved “%1”; kept %n file(s) it did not write or cannot read: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to edit the checks a run makes of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the checks of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections saved. The composer&apos;s request is not in one: Save As keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request in the selected collection as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1” in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 requests in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save %n requests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1” in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 requests in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a collection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “%1” has changes that are not saved. Save them before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection in %1 can no longer be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “%1” was changed on disk (a git pull, another program) while you have unsaved changes in it.

Reload it from disk and drop your changes, or keep yours? If you keep yours, saving them replaces what is on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept your changes to “%1”; it changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed on disk and was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open request was removed on disk; the composer keeps it (Save As to keep it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened (fix the file, it is re-read when it changes):
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ComposerPanel</name>
    <message>
        <source>%1 call (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JSON as it goes on the wire (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show variables resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the JSON as it will be sent, {{variables}} replaced (secrets masked); read-only while on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted JSON was indented: one line of megabytes makes the editor slow. Minify puts it on one line again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on a large document… the window stays usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not switched to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1 with call 1 of the batch&apos;s %2; Undo (Ctrl+Z) brings the other %3 back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: this call is ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::DiagnosticsList</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem the checks found. Enter jumps to its place; F8 and Shift+F8 go to the next and the previous one from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: this call is ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::EnvironmentDialog</name>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment selected here is the one edited beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected environment, its file and its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s name, as the toolbar&apos;s picker shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each variable&apos;s name, value and whether it is a secret (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a variable to this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret variables&apos; values; keep them hidden when sharing your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a variable as {{name}} in any field or in the JSON. A secret&apos;s value is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret: kept in the keychain, shown masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used wherever {{%1}} is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every secret was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::EnvironmentSelector</name>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where {{variables}} take their values from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename and edit environments and their variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some environments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ForwardMenu</name>
    <message>
        <source>&amp;Forward Accepted Calls To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also Forward &amp;Dropped Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what the sandbox dropped too, each call on its own, to see what the API says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nowhere (Off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward every call the sandbox accepts to this source, with its key from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources yet: add one in the Sources panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed Forwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed forward(s) queued again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not forwarding to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding accepted calls to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding is off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::HistoryPanel</name>
    <message>
        <source>Search names, bodies, URLs, answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not 2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sends with this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only calls of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sends to this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every send, newest first; Enter reopens one in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sends for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends older than this are removed (0: kept at any age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest this many sends are kept (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calls the selected sends made as requests of a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::HistoryTableProxy</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or Enter) to reopen it in the composer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import could not carry over, or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped: not carried over, credentials moved to the keychain, carried over differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (moved to the keychain, never written to a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was carried over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::JsonEditor</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call as JSON. Tab indents; Ctrl+Tab and Ctrl+Shift+Tab move on to the next and the previous control.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::KeyValueTable</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row; the arrow offers known keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the value is read: a string, a number, true or false, null, an object or an array as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::KeyboardAccess</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::MainWindow</name>
    <message>
        <source>Event Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Sandbox &amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox accepted the call: the Sandbox panel shows it as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started with --no-sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbo&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source selected: pick one in Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send goes to %1 on this machine (strict mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send goes to the real API at %1 (strict mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send goes to the built-in sandbox at %1: nothing leaves this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This call has %n error(s), and “%1” does not use strict mode: the API will answer 200 OK and silently drop what is wrong. Send it anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the call has errors (see the list below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a call the API will drop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More toolbar items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The toolbar&apos;s items that do not fit the window&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the selected source (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the send in progress (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split oversize batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a batch over 500,000 bytes as several compliant batches, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backfill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minify JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;andbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s look applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ResponseView</name>
    <message>
        <source>Nothing sent yet. Press Send (Ctrl+Return) to send this call to the selected source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server answered, pretty-printed when it is JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s headers, name and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL, headers and body exactly as sent; the key masked unless Reveal key is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Authorization header as sent. Keep it hidden when sharing your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a curl command that sends this call the same way. It reads the key from $CDP_API_KEY, so it can be pasted anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request exactly as sent: URL, headers and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to headers %1 · total %2 · %3 bytes up · %4 bytes down · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing was sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::RunnerWindow</name>
    <message>
        <source>Runner — Event Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection to run: one open in the window, or a folder opened here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a collection folder that is not open in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the collection in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every request; or folders and requests by name, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;nly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the requests go: the built-in sandbox or a source (its key from the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (CSV, JSON or JSONL: one iteration per row, columns as variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: one iteration per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a data file: one iteration per row, at most this many rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations in flight at once; each iteration&apos;s requests go in order. One rate limit (1,000 requests/s) holds for the whole run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the collection as saved on disk (Ctrl+Return; Escape stops, Ctrl+W closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel what is in flight and mark the run partial (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the last run&apos;s report: JUnit (.xml), JSON or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the requests that failed or were not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request of each iteration; the selected one&apos;s exchange is shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml);;JSON (*.json);;HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every request of the collection in order, for each iteration, and checks each answer: 2xx, no validation errors, and against the sandbox, every call accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to see what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the window&apos;s active environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (choose one in the main window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a collection first (or Open Folder…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n request(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running; not run, cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop was pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All passed: %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> in %n iteration(s), %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::SandboxEventsModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 (event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymousId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted again: the sandbox had accepted messageId %1 before, and the API keeps one event per messageId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (answered %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not forwarded: forwarding was off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::SandboxPanel</name>
    <message>
        <source>Search events, users, ids, reasons, payloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sandbox events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text anywhere in a call: event name, userId, anonymousId, messageId, drop reason or payload (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only calls of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only accepted calls, dropped ones, or duplicates (accepted again with a messageId seen before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls the sandbox received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected call as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call to see what the sandbox stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected call in the composer (several: as a batch); Enter or double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected calls as requests of a collection (without their messageIds, so that each send is a new event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected calls to a file, one a line, for ewb backfill (with their messageIds, so that sending them again is de-duplicated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected calls as curl commands to the source selected for Send (the key is read from $CDP_API_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear: forget every call the sandbox recorded (also for GET /_sandbox/events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox listens on %1 and accepts any key; its inspection endpoints are under %2/_sandbox/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1: calls sent to “Local sandbox” appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept (%2 received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %1
%2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected calls hold nothing to open: the sandbox kept no body for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: the selected calls have no body or no call type the sandbox could read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as curl (the key is read from $CDP_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 curl commands (the key is read from $CDP_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::SizeMeter</name>
    <message>
        <source>  — of the last JSON that parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — over the limit: Send splits it into compliant batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — over the limit: the API will drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — past the safe margin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::SourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region your Customer.io workspace is in. Data sent to the wrong region is answered 200 and silently dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strict mode (X-Strict-Mode: 1): get real errors instead of 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the API answers 200 OK to an invalid call and silently drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the source&apos;s API key (Customer.io: Data Pipelines → your source → API key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::SourcesPanel</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Send goes: the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Data Pipelines source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name, region, key or strict mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this source and delete its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a deliberately invalid call in strict mode: a good key gets 400 (nothing is stored), a bad key 401. (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: keys you enter are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Keys you enter now are forgotten when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Strict mode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”. Select it in Sources to send there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ThroughputChart</name>
    <message>
        <source>Events per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events/s (peak %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::TimestampEditor</name>
    <message>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset, the server stamps the call when it arrives. Set it to record when the event really happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the event happened, in the zone beside (Backfill turns it on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone of the date and time: UTC, this machine&apos;s, or an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the timestamp to this moment in the chosen zone (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by the server on receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO 8601 text the call carries; empty: set by the server on receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an ISO 8601 date-time the form can read; edit it in the JSON tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is in the future. Backfilled events should say when they happened; check the date and the zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::Workspace</name>
    <message>
        <source>The history cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Postman Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Collection to Postman…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste curl Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a request from a curl command on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node (@customerio/cdp-analytics-node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python (customerio-cdp-analytics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as %1 (the key is read from $CDP_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Event Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry&apos;s request cannot be reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened the %1 sent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential “%1” was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s) into “%1” (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n request(s) could not be carried over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n credential(s) moved to the keychain as secret variables.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Postman collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman collections (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a collection to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (no key or secret value is in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Postman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman collections (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a curl command the workbench can use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in the command was not kept: pick a source (or a secret {{%1}}) to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a %1 from the curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
