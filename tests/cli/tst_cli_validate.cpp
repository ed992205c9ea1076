// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "clirunner.h"
#include "json/jsonparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;
using namespace ewb::test;

class TestCliValidate : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void jsonOutputShape();
    void badInput_data();
    void badInput();
    void hugeFile();
    void usageErrors_data();
    void usageErrors();
    void helpOnEveryCommand();

private:
    QString writeTemp(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TestCliValidate::writeTemp(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliValidate::exitCodes_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("valid track") << QByteArray(R"({"type":"track","userId":"u1","event":"Signed Up"})")
                                 << QStringList() << 0;
    QTest::addRow("invalid track") << QByteArray(R"({"type":"track","userId":"u1"})") << QStringList() << 1;
    QTest::addRow("type from option") << QByteArray(R"({"userId":"u1","groupId":"g1"})")
                                      << QStringList {QStringLiteral("--type"), QStringLiteral("group")} << 0;
    QTest::addRow("identify by email warns")
        << QByteArray(R"({"type":"identify","traits":{"email":"a@example.com"}})") << QStringList() << 0;
    QTest::addRow("valid batch")
        << QByteArray(
               R"({"batch":[{"type":"track","userId":"u","event":"E"},{"type":"page","anonymousId":"a"}]})")
        << QStringList() << 0;
    QTest::addRow("batch item without type")
        << QByteArray(R"({"batch":[{"userId":"u","event":"E"}]})") << QStringList() << 1;
}

void TestCliValidate::exitCodes()
{
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, extraArgs);
    QFETCH(int, exitCode);
    const CliRun run = runEwb(
        QStringList {QStringLiteral("validate")} + extraArgs + QStringList {QStringLiteral("-")}, payload);
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == exitCode, run.out.constData());
}

void TestCliValidate::jsonOutputShape()
{
    const QByteArray payload = R"({"type":"track","userId":"u1","event":"Café"})";
    const CliRun run =
        runEwb({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")}, payload);
    QCOMPARE(run.exitCode, 0);
    Result<JsonValue> doc = parseJson(run.out.trimmed());
    QVERIFY2(doc.ok(), run.out.constData());
    const JsonObject &o = doc->object();
    QCOMPARE(o.value(u"valid").toBool(false), true);
    // The body as it would be sent: compact UTF-8, é is two bytes.
    QCOMPARE(o.value(u"bytes").numberLiteral(), QString::number(payload.size()));
    QVERIFY(o.value(u"diagnostics").isArray());

    const CliRun bad = runEwb({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")},
        R"({"type":"alias","userId":"u1"})");
    QCOMPARE(bad.exitCode, 1);
    Result<JsonValue> badDoc = parseJson(bad.out.trimmed());
    QVERIFY(badDoc.ok());
    QCOMPARE(badDoc->object().value(u"valid").toBool(true), false);
    const JsonArray &diagnostics = badDoc->object().value(u"diagnostics").array();
    QVERIFY(!diagnostics.empty());
    for (const JsonValue &d : diagnostics) {
        for (auto key : {u"severity", u"pointer", u"code", u"message"})
            QVERIFY(d.object().value(key).isString());
    }
}

void TestCliValidate::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mention");
    QTest::addRow("malformed") << QByteArray("{\n  \"type\": \"track\",\n  \"event\" \"x\"\n}")
                               << "json.syntax"
                               << "line 3, column 11";
    QTest::addRow("non-utf-8") << QByteArray("{\"type\":\"track\",\"event\":\"Caf\xe9\"}") << "json.utf8"
                               << "UTF-8";
    QTest::addRow("empty") << QByteArray() << "input.empty"
                           << "empty";
    QTest::addRow("top-level array") << QByteArray(R"([{"type":"track"}])") << "payload.not-object"
                                     << "batch";
    QTest::addRow("10,000 levels") << (QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray(10000, '}'))
                                   << "json.depth"
                                   << "deeper";
}

void TestCliValidate::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, mention);
    const QString path = writeTemp(QStringLiteral("bad.json"), content);
    const CliRun run = runEwb({QStringLiteral("validate"), path});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(code.toUtf8()), run.out.constData());
    QVERIFY2(QString::fromUtf8(run.out).contains(mention), run.out.constData());
}

void TestCliValidate::hugeFile()
{
    // 100 MB of real content (not sparse), refused with a clear error, not parsed for seconds.
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray chunk =
            QByteArray("{\"type\":\"track\",\"userId\":\"u\",\"event\":\"e\"},").repeated(1000);
        f.write("{\"batch\":[");
        while (f.size() < 100LL * 1024 * 1024)
            f.write(chunk);
        f.write("{}]}");
    }
    const CliRun run = runEwb({QStringLiteral("validate"), path});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("input.too-large"), run.out.constData());
    QVERIFY2(run.out.contains("MB"), run.out.constData());
}

void TestCliValidate::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no command") << QStringList();
    QTest::addRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::addRow("no file") << QStringList {QStringLiteral("validate")};
    QTest::addRow("unknown option") << QStringList {
        QStringLiteral("validate"), QStringLiteral("--nope"), QStringLiteral("-")};
    QTest::addRow("bad type") << QStringList {QStringLiteral("validate"), QStringLiteral("--type"),
        QStringLiteral("purchase"), QStringLiteral("-")};
    QTest::addRow("missing file") << QStringList {
        QStringLiteral("validate"), QStringLiteral("/nonexistent/x.json")};
    // Issue 9: a device never ends and reports size 0; it must be refused, not read (or hang).
    QTest::addRow("a device") << QStringList {QStringLiteral("validate"), QStringLiteral("/dev/zero")};
}

void TestCliValidate::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun run = runEwb(args, "{}");
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCliValidate::helpOnEveryCommand()
{
    const CliRun top = runEwb({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("Commands:"));
    // Every command the top-level help lists has its own --help.
    const QList<QByteArray> lines = top.out.split('\n');
    int commands = 0;
    bool inCommands = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith("Commands:")) {
            inCommands = true;
            continue;
        }
        if (inCommands && line.startsWith("  ")) {
            const QString name = QString::fromUtf8(line.trimmed().split(' ').first());
            const CliRun help = runEwb({name, QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0, qPrintable(name));
            QVERIFY2(help.out.contains(QByteArray(QByteArray("Usage: ewb ") + name.toUtf8())),
                help.out.constData());
            ++commands;
        } else if (inCommands && !line.trimmed().isEmpty()) {
            break;
        }
    }
    QVERIFY(commands >= 1);
}

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
