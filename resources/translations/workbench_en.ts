<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ewb::BackfillWindow</name>
    <message numerus="yes">
        <source>The first %n row(s) are shown; Dry Run checks the whole file.</source>
        <translation>
            <numerusform>%n row is shown; Dry Run checks the whole file.</numerusform>
            <numerusform>The first %n rows are shown; Dry Run checks the whole file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) (such as rows without a timestamp): they were sent.</source>
        <translation>
            <numerusform>%Ln warning (such as a row without a timestamp): it was sent.</numerusform>
            <numerusform>%Ln warnings (such as rows without a timestamp): they were sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) (such as rows without a timestamp): would be sent.</source>
        <translation>
            <numerusform>%Ln warning (such as a row without a timestamp): it would be sent.</numerusform>
            <numerusform>%Ln warnings (such as rows without a timestamp): they would be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::BatchComposer</name>
    <message numerus="yes">
        <source>This batch is over the limit. Sending with &quot;Split oversize batches&quot; on sends %n batches:</source>
        <translation>
            <numerusform>This batch is over the limit. Sending with &quot;Split oversize batches&quot; on sends %n batch:</numerusform>
            <numerusform>This batch is over the limit. Sending with &quot;Split oversize batches&quot; on sends %n batches:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::ChecksDialog</name>
    <message numerus="yes">
        <source> byte(s)</source>
        <translation>
            <numerusform> byte</numerusform>
            <numerusform> bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::CollectionsPanel</name>
    <message numerus="yes">
        <source>“%1” opened, but %n file(s) could not be read.</source>
        <translation>
            <numerusform>“%1” opened, but %n file could not be read.</numerusform>
            <numerusform>“%1” opened, but %n files could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved “%1”; kept %n file(s) it did not write or cannot read: %2</source>
        <translation>
            <numerusform>Saved “%1”; kept %n file it did not write or cannot read: %2</numerusform>
            <numerusform>Saved “%1”; kept %n files it did not write or cannot read: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %Ln request(s) in:</source>
        <translation>
            <numerusform>Save %Ln request in:</numerusform>
            <numerusform>Save %Ln requests in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %n request(s)</source>
        <translation>
            <numerusform>Save %n request</numerusform>
            <numerusform>Save %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln request(s) in “%1”.</source>
        <translation>
            <numerusform>Saved %Ln request in “%1”.</numerusform>
            <numerusform>Saved %Ln requests in “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::ComposerPanel</name>
    <message numerus="yes">
        <source>Switched to %1 with call 1 of the batch&apos;s %2; Undo (Ctrl+Z) brings the other %n back.</source>
        <translation>
            <numerusform>Switched to %1 with call 1 of the batch&apos;s %2; Undo (Ctrl+Z) brings the other %n back.</numerusform>
            <numerusform>Switched to %1 with call 1 of the batch&apos;s %2; Undo (Ctrl+Z) brings the other %n back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::ForwardMenu</name>
    <message numerus="yes">
        <source>%n failed forward(s) queued again.</source>
        <translation>
            <numerusform>%n failed forward queued again.</numerusform>
            <numerusform>%n failed forwards queued again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::HistoryPanel</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> send(s)</source>
        <translation>
            <numerusform> send</numerusform>
            <numerusform> sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln send(s)</source>
        <translation>
            <numerusform>%Ln send</numerusform>
            <numerusform>%Ln sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln send(s) removed from the history.</source>
        <translation>
            <numerusform>%Ln send removed from the history.</numerusform>
            <numerusform>%Ln sends removed from the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::MainWindow</name>
    <message numerus="yes">
        <source>This call has %n error(s), and “%1” does not use strict mode: the API will answer 200 OK and silently drop what is wrong. Send it anyway?</source>
        <translation>
            <numerusform>This call has %n error, and “%1” does not use strict mode: the API will answer 200 OK and silently drop what is wrong. Send it anyway?</numerusform>
            <numerusform>This call has %n errors, and “%1” does not use strict mode: the API will answer 200 OK and silently drop what is wrong. Send it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::Replay</name>
    <message numerus="yes">
        <source>Saved %1; %Ln of the selected calls had no body or call type to save.</source>
        <translation>
            <numerusform>Saved %1; %Ln of the selected calls had no body or call type to save.</numerusform>
            <numerusform>Saved %1; %Ln of the selected calls had no body or call type to save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln call(s) to %1, for ewb backfill.</source>
        <translation>
            <numerusform>Wrote %Ln call to %1, for ewb backfill.</numerusform>
            <numerusform>Wrote %Ln calls to %1, for ewb backfill.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a body were left out.</source>
        <translation>
            <numerusform>%Ln without a body was left out.</numerusform>
            <numerusform>%Ln without a body were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::ResponseView</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::RunnerWindow</name>
    <message numerus="yes">
        <source>Running %n request(s)…</source>
        <translation>
            <numerusform>Running %n request…</numerusform>
            <numerusform>Running %n requests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> row(s)</source>
        <translation>
            <numerusform> row</numerusform>
            <numerusform> rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n iteration</numerusform>
            <numerusform>%n iterations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All passed: %n request(s) in %1, %2 s.</source>
        <translation>
            <numerusform>All passed: %n request in %1, %2 s.</numerusform>
            <numerusform>All passed: %n requests in %1, %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::SandboxPanel</name>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n curl command(s) (the key is read from $CDP_API_KEY).</source>
        <translation>
            <numerusform>Copied %n curl command (the key is read from $CDP_API_KEY).</numerusform>
            <numerusform>Copied %n curl commands (the key is read from $CDP_API_KEY).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::Workspace</name>
    <message numerus="yes">
        <source>Imported %n request(s) into “%1” (%2).</source>
        <translation>
            <numerusform>Imported %n request into “%1” (%2).</numerusform>
            <numerusform>Imported %n requests into “%1” (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) could not be carried over.</source>
        <translation>
            <numerusform>%n request could not be carried over.</numerusform>
            <numerusform>%n requests could not be carried over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) moved to the keychain as secret variables.</source>
        <translation>
            <numerusform>%n credential moved to the keychain as a secret variable.</numerusform>
            <numerusform>%n credentials moved to the keychain as secret variables.</numerusform>
        </translation>
    </message>
</context>
</TS>
