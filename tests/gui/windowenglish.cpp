// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// Compiled into each test of the window (tests/gui/CMakeLists.txt): the window speaks its English
// as the program shows it, with the catalogs' plural forms ("1 send", "2 sends"), which the program
// installs when it starts (app/workbench_main.cpp) and QTEST_MAIN does not. Whatever the system's
// language: the tests compare English texts. A test that speaks German installs it itself.

#include "i18n/translations.h"

#include <QCoreApplication>

namespace {

void installEnglish()
{
    ewb::installTranslations(
        {QStringLiteral("core"), QStringLiteral("workbench")}, QLocale(QLocale::English));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
