// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// Compiled into a test that compares English texts (ewb_speaks_english in tests/support/CMakeLists.txt):
// it speaks English as the programs show it, with the catalogs' plural forms ("Tried 3 times",
// "2 sends", not "(s)"), which the programs install when they start and QTEST_MAIN does not.
// Whatever the system's language. A test that speaks German installs it itself.

#include "i18n/translations.h"

#include <QCoreApplication>

namespace {

void installEnglish()
{
    ewb::installTranslations({QStringLiteral("core"), QStringLiteral("ewb"), QStringLiteral("workbench")},
        QLocale(QLocale::English));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
