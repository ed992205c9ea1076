// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// Compiled into a test of the core (ewb_speaks_core_english in tests/support/CMakeLists.txt): core's
// messages in their English as the programs show them, with the catalog's plural forms ("Tried 3
// times", not "Tried 3 time(s)"), which the programs install when they start and QTEST_MAIN does
// not. Whatever the system's language: the tests compare English texts. A test that speaks German
// installs it itself.

#include "i18n/translations.h"

#include <QCoreApplication>

namespace {

void installEnglish()
{
    ewb::installTranslations({QStringLiteral("core")}, QLocale(QLocale::English));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
