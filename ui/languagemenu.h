// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QMenu>

namespace ewb {

class Settings;

// View > Language: the system's language or one with a catalog, kept in the settings. The window
// is built in one language, so the choice takes effect at the next start (core/i18n reads it).
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(Settings *settings, QWidget *parent = nullptr);

signals:
    void notice(const QString &text); // for the status bar

private:
    void choose(const QString &language);

    Settings *m_settings;
};

} // namespace ewb
