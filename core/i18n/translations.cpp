// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ewb {

namespace {
const QString catalogFolder = QStringLiteral(":/i18n");
const QString english = QStringLiteral("en");

thread_local bool englishOnly = false;

QLocale englishNumbers()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QLocale &spokenLocale()
{
    static QLocale locale = englishNumbers();
    return locale;
}

// A catalog of a language other than English says nothing inside an EnglishScope, so that the
// English catalog beneath it (or the source text) answers.
class Catalog final : public QTranslator
{
public:
    explicit Catalog(bool isEnglish) : m_english(isEnglish) { }

    QString translate(
        const char *context, const char *source, const char *disambiguation, int n) const override
    {
        if (englishOnly && !m_english)
            return {};
        return QTranslator::translate(context, source, disambiguation, n);
    }

private:
    bool m_english;
};

// The translators installed last, owned here so that installing again replaces them.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool hasCatalogs(const QString &language, const QStringList &catalogs)
{
    for (const QString &catalog : catalogs) {
        if (!QFile::exists(QStringLiteral("%1/%2_%3.qm").arg(catalogFolder, catalog, language)))
            return false;
    }
    return true;
}

// "de_DE" and "de-AT" speak "de": the catalogs are per language, not per country.
QString languageOf(const QString &uiLanguage)
{
    return uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

void install(std::unique_ptr<QTranslator> translator)
{
    QCoreApplication::installTranslator(translator.get());
    installed().push_back(std::move(translator));
}
} // namespace

QLocale chooseLanguage(const QString &preferred)
{
    const QString forced = qEnvironmentVariable("EWB_LANGUAGE");
    if (!forced.isEmpty())
        return QLocale(forced);
    if (!preferred.isEmpty())
        return QLocale(preferred);
    return QLocale::system();
}

QStringList availableLanguages()
{
    QStringList languages {english};
    const QStringList files = QDir(catalogFolder).entryList({QStringLiteral("core_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(5, file.size() - 8); // core_XX.qm
        if (language != english)
            languages << language;
    }
    return languages;
}

QString installTranslations(const QStringList &catalogs, const QLocale &language)
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    QString chosen = english;
    for (const QString &uiLanguage : language.uiLanguages()) {
        const QString candidate = languageOf(uiLanguage);
        if (candidate == english || hasCatalogs(candidate, catalogs)) {
            chosen = candidate;
            break;
        }
    }
    spokenLocale() = chosen == english ? englishNumbers() : QLocale(chosen);
    // QLocale() and tr()'s %Ln too: the window's counts, times and dates.
    QLocale::setDefault(spokenLocale());
    // Installed first is asked last: English beneath, the chosen language over it.
    const QStringList languages = chosen == english ? QStringList {english} : QStringList {english, chosen};
    for (const QString &speaking : languages) {
        for (const QString &catalog : catalogs) {
            auto translator = std::make_unique<Catalog>(speaking == english);
            if (translator->load(QStringLiteral("%1_%2").arg(catalog, speaking), catalogFolder))
                install(std::move(translator));
        }
    }
    // Qt's words (QDialogButtonBox's Cancel, QFileDialog, QCommandLineParser's --help line), when the
    // system has them (Debian: qt6-translations-l10n). English needs none.
    if (chosen != english) {
        auto qt = std::make_unique<Catalog>(false);
        if (qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            install(std::move(qt));
    }
    return chosen;
}

QLocale numberLocale()
{
    return englishOnly ? englishNumbers() : spokenLocale();
}

EnglishScope::EnglishScope() : m_outer(englishOnly)
{
    englishOnly = true;
}

EnglishScope::~EnglishScope()
{
    englishOnly = m_outer;
}

} // namespace ewb
