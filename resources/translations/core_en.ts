<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ewb::BackfillInput</name>
    <message numerus="yes">
        <source>%n field(s) where the header names %1</source>
        <translation>
            <numerusform>%n field where the header names %1</numerusform>
            <numerusform>%n fields where the header names %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::Expectations</name>
    <message numerus="yes">
        <source>the sandbox dropped %1 of %n call(s): %2</source>
        <translation>
            <numerusform>the sandbox dropped %1 of %n call: %2</numerusform>
            <numerusform>the sandbox dropped %1 of %n calls: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::FailureExplanation</name>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Tried %n time.</numerusform>
            <numerusform>Tried %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::HtmlReport</name>
    <message numerus="yes">
        <source>%1 passed, %2 failed, %3 not sent, in %n iteration(s), %4 s</source>
        <translation>
            <numerusform>%1 passed, %2 failed, %3 not sent, in %n iteration, %4 s</numerusform>
            <numerusform>%1 passed, %2 failed, %3 not sent, in %n iterations, %4 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::PostmanImport</name>
    <message numerus="yes">
        <source>%n saved example response(s) not carried over (the history keeps real ones)</source>
        <translation>
            <numerusform>%n saved example response not carried over (the history keeps real ones)</numerusform>
            <numerusform>%n saved example responses not carried over (the history keeps real ones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::RunData</name>
    <message numerus="yes">
        <source>line %1: %n field(s) where the header names %2</source>
        <translation>
            <numerusform>line %1: %n field where the header names %2</numerusform>
            <numerusform>line %1: %n fields where the header names %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ewb::Validator</name>
    <message numerus="yes">
        <source>and %n more like the ones above (%1); only the first %2 are listed</source>
        <translation>
            <numerusform>and %n more like the ones above (%1); only the first %2 are listed</numerusform>
            <numerusform>and %n more like the ones above (%1); only the first %2 are listed</numerusform>
        </translation>
    </message>
</context>
</TS>
