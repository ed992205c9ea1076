// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// ewb in German (EWB_LANGUAGE=de), end to end: the help, the usage errors and the counts read as a
// German user expects them, the English plural forms come from the English catalog, and what is
// machine-readable (--json member names, codes) stays as it is in every language.

#include "clirunner.h"
#include "json/jsonparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace ewb;
using namespace ewb::test;

namespace {

QProcessEnvironment speaking(const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EWB_LANGUAGE"), language);
    return env;
}

CliRun inGerman(const QStringList &args, const QByteArray &input = {})
{
    return runEwb(args, input, speaking(QStringLiteral("de")));
}

std::set<QString> keysOf(const JsonObject &object)
{
    std::set<QString> keys;
    for (const JsonObject::Member &member : object.members())
        keys.insert(member.first);
    return keys;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void commandHelp_data();
    void commandHelp();
    void topLevelHelp();
    void sourcesUsageLinesUp();
    void usageErrors_data();
    void usageErrors();
    void countsAndSeparators_data();
    void countsAndSeparators();
    void jsonStaysEnglish();

private:
    QTemporaryDir m_dir;
};

void TestCliLanguage::commandHelp_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("says");
    const auto row = [](const char *name, const QStringList &command, const char *says) {
        QTest::newRow(name) << command << QString::fromUtf8(says);
    };
    row("validate", {QStringLiteral("validate")},
        "Prüft einen Aufruf oder einen Batch gegen die Regeln und Größengrenzen der API, ohne ihn zu "
        "senden.\nExit-Status: 0 gültig (Warnungen erlaubt), 1 ungültig, 2 Aufruffehler.\n");
    row("send", {QStringLiteral("send")},
        "Prüft einen Aufruf oder Batch, sendet ihn und erklärt die Antwort.");
    row("backfill", {QStringLiteral("backfill")}, "Sendet historische Aufrufe in Batches im Tempo der API");
    row("run", {QStringLiteral("run")}, "Führt die Anfragen einer Sammlung der Reihe nach aus");
    row("expect", {QStringLiteral("expect")},
        "Wartet, bis eine laufende Sandbox die Ereignisse aufgezeichnet hat");
    row("sandbox", {QStringLiteral("sandbox")},
        "Startet die Sandbox: einen lokalen Emulator der Data Pipelines API");
    row("import", {QStringLiteral("import")}, "Importiert eine Postman-Sammlung als Sammlungsordner");
    row("export", {QStringLiteral("export")}, "Exportiert einen Sammlungsordner als Postman Collection v2.1");
    row("sources add", {QStringLiteral("sources"), QStringLiteral("add")},
        "Fügt eine Quelle hinzu; ihr Schlüssel kommt in den Schlüsselbund des Betriebssystems.");
}

void TestCliLanguage::commandHelp()
{
    QFETCH(QStringList, command);
    QFETCH(QString, says);
    const CliRun run = inGerman(command + QStringList {QStringLiteral("--help")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(says), run.out.constData());
    QVERIFY2(
        text.contains(QStringLiteral("--help ")) && text.contains(QStringLiteral("Diese Hilfe anzeigen")),
        run.out.constData());
    // The first line names the command as users type it, whatever Qt's catalog makes of "Usage:".
    const QString first = text.section(u'\n', 0, 0);
    QVERIFY2(first.contains(QStringLiteral(" ewb ") + command.join(u' ') + QStringLiteral(" [")),
        qPrintable(first));
    QVERIFY2(!first.contains(QStringLiteral(EWB_CLI_PATH)), qPrintable(first));
}

void TestCliLanguage::topLevelHelp()
{
    const CliRun run = inGerman({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(QStringLiteral("Aufruf: ewb COMMAND [OPTIONS]\n\n")), run.out.constData());
    for (const QString &line :
        {QStringLiteral("\nBefehle:\n"),
            QStringLiteral(
                "\n  validate   einen Aufruf oder Batch gegen die Regeln und Grenzen der API prüfen\n"),
            QStringLiteral("\n  sources    Quellen auflisten, hinzufügen, entfernen und testen (Schlüssel im "
                           "Schlüsselbund)\n"),
            QStringLiteral(
                "\nExit-Status: 0 Erfolg, 1 ein Fehlschlag (ungültige Nutzdaten, abgelehnte Anfrage), "
                "2 Aufruffehler.\n")})
        QVERIFY2(text.contains(line), qPrintable(line));
}

void TestCliLanguage::sourcesUsageLinesUp()
{
    const CliRun run = inGerman({QStringLiteral("sources"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    // "Aufruf:" is one letter longer than "Usage:": the other synopses still start under the first.
    QVERIFY2(run.out.startsWith("Aufruf: ewb sources list [--json]\n"
                                "        ewb sources add NAME --region us|eu|URL"),
        run.out.constData());
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral(
                 "/sources.json, ihre API-Schlüssel nur im Schlüsselbund des Betriebssystems.\n")),
        run.out.constData());
}

void TestCliLanguage::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("err");
    QTest::addRow("no file") << QStringList {QStringLiteral("validate")}
                             << QStringLiteral(
                                    "ewb validate: genau eine Datei FILE erwartet (oder - für die "
                                    "Standardeingabe)\nWeitere Informationen mit 'ewb validate --help'.\n");
    QTest::addRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                     << QStringLiteral(
                                            "ewb: unbekannter Befehl 'frobnicate'\n\nAufruf: ewb COMMAND");
    QTest::addRow("a number out of range")
        << QStringList {QStringLiteral("backfill"), QStringLiteral("--concurrency"), QStringLiteral("0"),
               QStringLiteral("rows.jsonl")}
        << QStringLiteral("ewb backfill: --concurrency erwartet eine ganze Zahl von 1 bis 64\n");
    QTest::addRow("no target") << QStringList {QStringLiteral("send"), QStringLiteral("-")}
                               << QStringLiteral(
                                      "ewb send: geben Sie an, wohin gesendet wird: --source NAME oder "
                                      "--region us|eu|URL\n");
    QTest::addRow("sandbox") << QStringList {QStringLiteral("sandbox"), QStringLiteral("--port"),
                                    QStringLiteral("99999")}
                             << QStringLiteral("ewb sandbox: --port erwartet eine Zahl von 0 bis 65535.\n"
                                               "Weitere Informationen mit 'ewb sandbox --help'.\n");
    QTest::addRow("no subcommand") << QStringList {QStringLiteral("sources")}
                                   << QStringLiteral(
                                          "ewb sources: Unterbefehl erwartet\nAufruf: ewb sources list");
}

void TestCliLanguage::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, err);
    const CliRun run = inGerman(args, R"({"type":"track","userId":"u","event":"E"})");
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).startsWith(err), run.err.constData());
}

void TestCliLanguage::countsAndSeparators_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("summary");
    const QByteArray invalid = R"({"type":"track"})";
    const QByteArray batchOfOne = R"({"batch":[{"type":"track","userId":"u","event":"E"}]})";
    QTest::addRow("de invalid") << QStringLiteral("de") << invalid
                                << QStringLiteral("<stdin>: track, UNGÜLTIG, 2 Fehler; 16 Bytes beim Senden "
                                                  "(Grenze 32.768)\n");
    QTest::addRow("de batch of one") << QStringLiteral("de") << batchOfOne
                                     << QStringLiteral("<stdin>: Batch mit 1 Aufruf, gültig; ");
    // English: the plural forms of the English catalog, and the separators as they always were.
    QTest::addRow("en invalid") << QStringLiteral("en") << invalid
                                << QStringLiteral("<stdin>: track, INVALID, 2 errors; 16 bytes as sent "
                                                  "(limit 32,768)\n");
    QTest::addRow("en batch of one") << QStringLiteral("en") << batchOfOne
                                     << QStringLiteral("<stdin>: batch of 1 call, valid; ");
}

void TestCliLanguage::countsAndSeparators()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, payload);
    QFETCH(QString, summary);
    const CliRun run = runEwb({QStringLiteral("validate"), QStringLiteral("-")}, payload, speaking(language));
    QVERIFY(run.finished);
    QVERIFY2(QString::fromUtf8(run.out).startsWith(summary), run.out.constData());
    // The severity on each line is a word for people too ("--json" keeps "error": jsonStaysEnglish).
    if (run.exitCode == 1)
        QVERIFY2(run.out.contains(language == u"de" ? "\n  Fehler   /event  " : "\n  error    /event  "),
            run.out.constData());
}

void TestCliLanguage::jsonStaysEnglish()
{
    const CliRun validate = inGerman(
        {QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")}, R"({"type":"track"})");
    QCOMPARE(validate.exitCode, 1);
    Result<JsonValue> doc = parseJson(validate.out.trimmed());
    QVERIFY2(doc.ok(), validate.out.constData());
    QCOMPARE(keysOf(doc->object()),
        (std::set<QString> {
            QStringLiteral("valid"), QStringLiteral("bytes"), QStringLiteral("diagnostics")}));
    std::set<QString> codes;
    for (const JsonValue &d : doc->object().value(u"diagnostics").array()) {
        QCOMPARE(keysOf(d.object()),
            (std::set<QString> {QStringLiteral("severity"), QStringLiteral("pointer"), QStringLiteral("code"),
                QStringLiteral("message")}));
        QCOMPARE(d.object().value(u"severity").toString(), QStringLiteral("error"));
        codes.insert(d.object().value(u"code").toString());
    }
    QCOMPARE(
        codes, (std::set<QString> {QStringLiteral("user.missing"), QStringLiteral("track.event.missing")}));

    QVERIFY(m_dir.isValid());
    const QString rows = m_dir.filePath(QStringLiteral("rows.jsonl"));
    QFile file(rows);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\"type\":\"track\",\"userId\":\"u\",\"event\":\"E\",\"timestamp\":\"2025-03-01T10:00:00Z\"}\n"
        "{\"type\":\"track\",\"event\":\"E\",\"timestamp\":\"2025-03-01T10:00:00Z\"}\n");
    file.close();
    const CliRun plan =
        inGerman({QStringLiteral("backfill"), QStringLiteral("--dry-run"), QStringLiteral("--json"), rows});
    QCOMPARE(plan.exitCode, 0);
    const QByteArray last = plan.out.trimmed().split('\n').last();
    Result<JsonValue> summaryDoc = parseJson(last);
    QVERIFY2(summaryDoc.ok(), plan.out.constData());
    const JsonObject &summary = summaryDoc->object().value(u"summary").object();
    for (auto member :
        {u"rowsRead", u"rowsValid", u"rowsRejected", u"batchesPlanned", u"completed", u"dryRun"})
        QVERIFY2(summary.contains(member), last.constData());
    QCOMPARE(summary.value(u"rowsRejected").numberLiteral(), QStringLiteral("1"));
    QCOMPARE(keysOf(summary.value(u"rejectedByReason").object()),
        (std::set<QString> {QStringLiteral("user.missing")}));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
