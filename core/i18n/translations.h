// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ewb {

// The language to speak: EWB_LANGUAGE if set (a run's choice: tests, scripts), else `preferred` (the
// window's setting: "de", "en"; empty for the system's), else the system's languages in their order
// of preference (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QLocale chooseLanguage(const QString &preferred = {});

// The languages with catalogs, English (the source language) first: {"en", "de"}.
QStringList availableLanguages();

// Installs on the application, in place of any installed before, the translators for `catalogs`
// ("core", "ewb", "workbench": :/i18n/NAME_LANG.qm) in the first of `language`'s UI languages that has
// them, and Qt's own catalog for it (its dialogs' buttons). The English catalogs, which hold the
// English plural forms, are always installed beneath. A language without catalogs gets English.
// Returns the language installed ("de", "en"). Call after the application object exists and
// before any translated text is made.
QString installTranslations(const QStringList &catalogs, const QLocale &language);

// How numbers are written: as the language installed last writes them ("32,768" in English,
// "32.768" in German), so that a German sentence never holds an English number that reads as a
// decimal; installTranslations() makes it QLocale's default too. English inside an EnglishScope,
// and until a language is installed.
QLocale numberLocale();

// While one exists on a thread, what is translated there comes out in English, whatever language
// is installed: the sandbox's answers emulate the API, which speaks English, also when the window
// or `ewb sandbox` around it speaks German.
class EnglishScope final
{
    Q_DISABLE_COPY_MOVE(EnglishScope)

public:
    EnglishScope();
    ~EnglishScope();

private:
    bool m_outer;
};

} // namespace ewb
