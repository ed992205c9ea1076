// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// core/i18n: which language is chosen, and that installing one makes the catalogs speak it.

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace ewb;

namespace {
QString gzipMessage()
{
    return QCoreApplication::translate("ewb::GzipReader", "cannot start gzip decompression");
}
} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("EWB_LANGUAGE"); // ctest sets English for every test; here it is what is tested
    }

    void cleanup()
    {
        qunsetenv("EWB_LANGUAGE");
        installTranslations({QStringLiteral("core")}, QLocale(QStringLiteral("en")));
    }

    void theEnvironmentOverridesTheSetting()
    {
        QCOMPARE(chooseLanguage(QStringLiteral("de")).language(), QLocale::German);
        qputenv("EWB_LANGUAGE", "de");
        QCOMPARE(chooseLanguage(QStringLiteral("en")).language(), QLocale::German);
        QCOMPARE(chooseLanguage().language(), QLocale::German);
        qunsetenv("EWB_LANGUAGE");
        QCOMPARE(chooseLanguage(), QLocale::system());
    }

    void germanAndEnglishHaveCatalogs()
    {
        QCOMPARE(availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("de")}));
    }

    void installingGermanTranslatesAndEnglishRestores()
    {
        const QString english = gzipMessage();
        QCOMPARE(installTranslations({QStringLiteral("core")}, QLocale(QStringLiteral("de_AT"))),
            QStringLiteral("de"));
        QVERIFY2(gzipMessage() != english, qPrintable(gzipMessage()));
        // Qt's own words come along (Debian's qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."),
            QStringLiteral("Zeigt Versionsinformation an."));
        QCOMPARE(installTranslations({QStringLiteral("core")}, QLocale(QStringLiteral("en_GB"))),
            QStringLiteral("en"));
        QCOMPARE(gzipMessage(), english);
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."),
            QStringLiteral("Displays version information."));
    }

    void aLanguageWithoutCatalogsGetsEnglish()
    {
        QCOMPARE(installTranslations({QStringLiteral("core")}, QLocale(QStringLiteral("fr_FR"))),
            QStringLiteral("en"));
        QCOMPARE(installTranslations({QStringLiteral("core")}, QLocale::c()), QStringLiteral("en"));
    }

    // The sandbox's answers: English inside the scope (nested scopes too), the language again after.
    void englishScopeSpeaksEnglish()
    {
        const QString english = gzipMessage();
        installTranslations({QStringLiteral("core")}, QLocale(QStringLiteral("de")));
        const QString german = gzipMessage();
        QVERIFY(german != english);
        {
            const EnglishScope outer;
            QCOMPARE(gzipMessage(), english);
            {
                const EnglishScope inner;
                QCOMPARE(gzipMessage(), english);
            }
            QCOMPARE(gzipMessage(), english);
        }
        QCOMPARE(gzipMessage(), german);
    }

    // The issue's own example: "1 send", "2 sends", and German's forms, the count in the
    // language's digits.
    void pluralFormsAreRight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        QTest::addRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 send");
        QTest::addRow("en 2") << QStringLiteral("en") << 2 << QStringLiteral("2 sends");
        QTest::addRow("en 0") << QStringLiteral("en") << 0 << QStringLiteral("0 sends");
        QTest::addRow("en 1500") << QStringLiteral("en") << 1500 << QStringLiteral("1,500 sends");
        QTest::addRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral("1 Sendevorgang");
        QTest::addRow("de 2") << QStringLiteral("de") << 2 << QStringLiteral("2 Sendevorgänge");
        QTest::addRow("de 1500") << QStringLiteral("de") << 1500 << QStringLiteral("1.500 Sendevorgänge");
    }

    void pluralFormsAreRight()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, text);
        installTranslations({QStringLiteral("core"), QStringLiteral("workbench")}, QLocale(language));
        QCOMPARE(QCoreApplication::translate("ewb::HistoryPanel", "%Ln send(s)", nullptr, count), text);
    }

    // Half a language is not offered: the window would mix German menus with English messages.
    void aLanguageNeedsEveryCatalogAsked()
    {
        QCOMPARE(installTranslations(
                     {QStringLiteral("core"), QStringLiteral("nonexistent")}, QLocale(QStringLiteral("de"))),
            QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
