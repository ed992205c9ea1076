// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "compose/jsontextlocator.h"

#include <QTest>

using namespace ewb;

class TestJsonTextLocator final : public QObject
{
    Q_OBJECT

private slots:
    void locates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("expected"); // the text of the range
        QTest::addColumn<bool>("exact");

        const QString doc = QStringLiteral("{\n  \"type\": \"track\",\n  \"event\": 42,\n  \"properties\": "
                                           "{\"a/b\": [1, {\"x\": null}], \"t~\": true}\n}");
        QTest::addRow("root") << doc << QString() << doc << true;
        QTest::addRow("string member")
            << doc << QStringLiteral("/type") << QStringLiteral("\"track\"") << true;
        QTest::addRow("number member") << doc << QStringLiteral("/event") << QStringLiteral("42") << true;
        QTest::addRow("escaped slash")
            << doc << QStringLiteral("/properties/a~1b") << QStringLiteral("[1, {\"x\": null}]") << true;
        QTest::addRow("escaped tilde")
            << doc << QStringLiteral("/properties/t~0") << QStringLiteral("true") << true;
        QTest::addRow("array index") << doc << QStringLiteral("/properties/a~1b/1/x")
                                     << QStringLiteral("null") << true;
        QTest::addRow("missing member: the parent's key")
            << doc << QStringLiteral("/properties/missing") << QStringLiteral("\"properties\": ") << false;
        QTest::addRow("missing top-level member: the opening brace")
            << doc << QStringLiteral("/userId") << QStringLiteral("{") << false;
        QTest::addRow("index past the end")
            << doc << QStringLiteral("/properties/a~1b/5") << QStringLiteral("\"a/b\": ") << false;
        QTest::addRow("key with unicode escape")
            << QStringLiteral("{\"\\u0041\": 1}") << QStringLiteral("/A") << QStringLiteral("1") << true;
        QTest::addRow("string with brackets skipped")
            << QStringLiteral("{\"a\": \"}]\", \"b\": {\"c\": 2}}") << QStringLiteral("/b/c")
            << QStringLiteral("2") << true;
        QTest::addRow("broken text: nearest place")
            << QStringLiteral("{\"a\": [1, 2") << QStringLiteral("/a/1") << QStringLiteral("2") << true;
        QTest::addRow("batch item field")
            << QStringLiteral("{\"batch\":[{\"type\":\"track\"},{\"type\":\"page\",\"userId\":\"u\"}]}")
            << QStringLiteral("/batch/1/userId") << QStringLiteral("\"u\"") << true;
    }

    void locates()
    {
        QFETCH(QString, text);
        QFETCH(QString, pointer);
        QFETCH(QString, expected);
        QFETCH(bool, exact);
        const TextRange r = locateJsonPointer(text, pointer);
        QVERIFY(r.isValid());
        QCOMPARE(text.mid(r.start, r.length), expected);
        QCOMPARE(r.exact, exact);
    }

    void emptyTextHasNoPlace() { QVERIFY(!locateJsonPointer(u"  ", u"/a").isValid()); }

    void utf8Offsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf8");
        QTest::addColumn<int>("utf16");
        QTest::addRow("ascii") << QStringLiteral("abc") << 2 << 2;
        QTest::addRow("two-byte") << QString::fromUtf8("\xc3\xa9x") << 2 << 1;
        QTest::addRow("three-byte") << QString::fromUtf8("\xe2\x82\xac!") << 3 << 1;
        QTest::addRow("surrogate pair") << QString::fromUtf8("\xf0\x9f\x98\x80!") << 4 << 2;
    }

    void utf8Offsets()
    {
        QFETCH(QString, text);
        QFETCH(int, utf8);
        QFETCH(int, utf16);
        QCOMPARE(utf16OffsetOfUtf8(text, utf8), utf16);
    }
};

QTEST_GUILESS_MAIN(TestJsonTextLocator)
#include "tst_jsontextlocator.moc"
