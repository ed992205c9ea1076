// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "languagemenu.h"

#include "i18n/translations.h"
#include "settings/settings.h"

#include <QActionGroup>
#include <QLocale>

namespace ewb {

namespace {
// A language is named in itself ("Deutsch"), so that someone who cannot read the current one finds
// theirs.
QString nativeName(const QString &language)
{
    const QLocale locale(language);
    // English's own name is "American English" (Qt names it for its default country).
    const QString name =
        locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}
} // namespace

LanguageMenu::LanguageMenu(Settings *settings, QWidget *parent)
    : QMenu(tr("&Language"), parent), m_settings(settings)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = m_settings->getString(Settings::Key::Language);
    const auto add = [&](const QString &language, const QString &title) {
        QAction *action = addAction(title, this, [this, language] { choose(language); });
        action->setObjectName(
            QStringLiteral("language_") + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(current == language);
        group->addAction(action);
    };
    add(QString(), tr("&System Language"));
    addSeparator();
    for (const QString &language : availableLanguages())
        add(language, QLatin1Char('&') + nativeName(language));
}

void LanguageMenu::choose(const QString &language)
{
    m_settings->set(Settings::Key::Language, language);
    emit notice(tr("The language changes when Event Workbench starts again."));
}

} // namespace ewb
