<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ewb::GzipReader</name>
    <message>
        <source>cannot start gzip decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data ends in the middle (a truncated file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::RequestDocument</name>
    <message>
        <source>Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON does not parse (%1): fix it or undo to the last good version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::RunResultsModel</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
