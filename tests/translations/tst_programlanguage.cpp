// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The built programs pick their language as docs/translations.md says: the system's (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG), the window's setting over it, EWB_LANGUAGE over both; a language
// without catalogs gets English.

#include "settings/settings.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString ewbProgram = QStringLiteral(EWB_BINARY_DIR "/app/ewb");
const QString workbench = QStringLiteral(EWB_BINARY_DIR "/app/event-workbench");
// Qt's own line for --help, in German (Debian's qt6-translations-l10n).
const QByteArray germanHelpLine = "Zeigt Hilfe zu den Kommandozeilenoptionen an.";
const QByteArray englishHelpLine = "Displays help on commandline options.";
const QByteArray englishDescription = "Compose, check and send Customer.io Data Pipelines calls.";

struct Environment
{
    QString language; // LANGUAGE
    QString lang; // LANG
    QString forced; // EWB_LANGUAGE
};

QByteArray helpOf(const QString &program, const Environment &env, const QStringList &extra = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "EWB_LANGUAGE"})
        e.remove(QString::fromLatin1(name));
    if (!env.language.isEmpty())
        e.insert(QStringLiteral("LANGUAGE"), env.language);
    e.insert(QStringLiteral("LANG"), env.lang.isEmpty() ? QStringLiteral("C.UTF-8") : env.lang);
    if (!env.forced.isEmpty())
        e.insert(QStringLiteral("EWB_LANGUAGE"), env.forced);
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(e);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, QStringList {QStringLiteral("--help")} + extra);
    if (!process.waitForFinished(30000))
        return "(did not finish)";
    return process.readAll();
}
} // namespace

class TestProgramLanguage : public QObject
{
    Q_OBJECT

private slots:
    void theSystemsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("german");
        QTest::addRow("LANG=de_DE") << QString() << QStringLiteral("de_DE.UTF-8") << true;
        QTest::addRow("LANGUAGE=de") << QStringLiteral("de") << QString() << true;
        QTest::addRow("LANGUAGE=fr:de, the first with catalogs")
            << QStringLiteral("fr:de") << QStringLiteral("fr_FR.UTF-8") << true;
        QTest::addRow("French only: English") << QString() << QStringLiteral("fr_FR.UTF-8") << false;
        QTest::addRow("C") << QString() << QStringLiteral("C.UTF-8") << false;
    }

    void theSystemsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, lang);
        QFETCH(bool, german);
        const QByteArray help = helpOf(workbench, {language, lang, {}});
        QVERIFY2(help.contains(german ? germanHelpLine : englishHelpLine), help.constData());
        QCOMPARE(help.contains(englishDescription), !german);
    }

    void theWindowsSettingOverridesTheSystem()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        ewb::Settings(ewb::Settings::fileIn(config.path()))
            .set(ewb::Settings::Key::Language, QStringLiteral("de"));
        const QStringList options {QStringLiteral("--config-dir"), config.path()};
        QByteArray help = helpOf(workbench, {{}, QStringLiteral("C.UTF-8"), {}}, options);
        QVERIFY2(help.contains(germanHelpLine), help.constData());
        QVERIFY(!help.contains(englishDescription));
        // --config-dir=DIR is the same option.
        help = helpOf(workbench, {{}, QStringLiteral("C.UTF-8"), {}},
            {QStringLiteral("--config-dir=") + config.path()});
        QVERIFY2(help.contains(germanHelpLine), help.constData());
        // EWB_LANGUAGE over the setting.
        help = helpOf(workbench, {{}, QStringLiteral("C.UTF-8"), QStringLiteral("en")}, options);
        QVERIFY2(help.contains(englishDescription), help.constData());
    }

    void ewbFollowsTheSameRules()
    {
        const QByteArray english = helpOf(ewbProgram, {{}, QStringLiteral("C.UTF-8"), {}});
        QVERIFY2(english.contains("Usage: ewb COMMAND"), english.constData());
        const QByteArray german = helpOf(ewbProgram, {{}, QStringLiteral("C.UTF-8"), QStringLiteral("de")});
        QVERIFY2(!german.contains("Usage: ewb COMMAND") && german.contains("ewb"), german.constData());
        QCOMPARE(helpOf(ewbProgram, {QStringLiteral("de"), QStringLiteral("de_DE.UTF-8"), {}}), german);
    }
};

QTEST_GUILESS_MAIN(TestProgramLanguage)
#include "tst_programlanguage.moc"
