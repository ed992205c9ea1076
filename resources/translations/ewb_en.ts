<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ewb::SandboxCommand</name>
    <message numerus="yes">
        <source>%n event(s) forwarded</source>
        <translation>
            <numerusform>%n event forwarded</numerusform>
            <numerusform>%n events forwarded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) failed: %1</source>
        <translation>
            <numerusform>%n event failed: %1</numerusform>
            <numerusform>%n events failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) pending: %1</source>
        <translation>
            <numerusform>%n event pending: %1</numerusform>
            <numerusform>%n events pending: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n attempt(s))</source>
        <translation>
            <numerusform> (%n attempt)</numerusform>
            <numerusform> (%n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::cli::BackfillCommand</name>
    <message numerus="yes">
        <source>%1 batch(es)</source>
        <translation>
            <numerusform>%1 batch</numerusform>
            <numerusform>%1 batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming: %1 row(s) were acknowledged before and are not sent again.</source>
        <translation>
            <numerusform>Resuming: %1 row was acknowledged before and is not sent again.</numerusform>
            <numerusform>Resuming: %1 rows were acknowledged before and are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retry(-ies)</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::cli::ExpectCommand</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::cli::ImportCommand</name>
    <message numerus="yes">
        <source>Imported &quot;%1&quot;: %n request(s) into %2</source>
        <translation>
            <numerusform>Imported &quot;%1&quot;: %n request into %2</numerusform>
            <numerusform>Imported &quot;%1&quot;: %n requests into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) could not be carried over (see below).</source>
        <translation>
            <numerusform>%n request could not be carried over (see below).</numerusform>
            <numerusform>%n requests could not be carried over (see below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::cli::RunCommand</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
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
        <source>%n request file(s) could not be read and were not run (see the warnings above)</source>
        <translation>
            <numerusform>%n request file could not be read and was not run (see the warnings above)</numerusform>
            <numerusform>%n request files could not be read and were not run (see the warnings above)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::cli::SendCommand</name>
    <message numerus="yes">
        <source>%1 byte(s), strict mode</source>
        <translation>
            <numerusform>%1 byte, strict mode</numerusform>
            <numerusform>%1 bytes, strict mode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>time to headers %1, total %2 ms, %3 bytes up, %4 down, %n attempt(s)</source>
        <translation>
            <numerusform>time to headers %1, total %2 ms, %3 bytes up, %4 down, %n attempt</numerusform>
            <numerusform>time to headers %1, total %2 ms, %3 bytes up, %4 down, %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split into %n batch(es), each within the 500 KB limit.</source>
        <translation>
            <numerusform>Split into %n batch, each within the 500 KB limit.</numerusform>
            <numerusform>Split into %n batches, each within the 500 KB limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::cli::ValidateCommand</name>
    <message numerus="yes">
        <source>batch of %1 call(s)</source>
        <translation>
            <numerusform>batch of %1 call</numerusform>
            <numerusform>batch of %1 calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>INVALID, %n error(s)</source>
        <translation>
            <numerusform>INVALID, %n error</numerusform>
            <numerusform>INVALID, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %1 byte(s) as sent (limit %2)</source>
        <translation>
            <numerusform>; %1 byte as sent (limit %2)</numerusform>
            <numerusform>; %1 bytes as sent (limit %2)</numerusform>
        </translation>
    </message>
</context>
</TS>
