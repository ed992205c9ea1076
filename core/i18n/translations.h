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
// them, and Qt's own catalog for it (its dialogs' buttons). A language without catalogs gets
// English, whose catalogs hold its plural forms. Returns the language installed ("de", "en").
// Call after the application object exists and before any translated text is made.
QString installTranslations(const QStringList &catalogs, const QLocale &language);

} // namespace ewb
