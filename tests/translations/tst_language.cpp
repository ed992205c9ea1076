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
