// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <array>

namespace ewb {

namespace {
struct KeySpec
{
    Settings::Key key;
    const char16_t *path;
    QVariant defaultValue;
};

// No path in a group named "general": Qt's INI format reads a [General] section back as the top
// level, so such a key would be lost at every start (tst_settings).
const std::array<KeySpec, 14> &specs()
{
    using K = Settings::Key;
    static const std::array<KeySpec, 14> table = {{
        {K::WindowGeometry, u"window/geometry", QByteArray()},
        {K::WindowState, u"window/state", QByteArray()},
        {K::ComposerSplitter, u"window/composerSplitter", QByteArray()},
        {K::CallType, u"composer/callType", QStringLiteral("track")},
        {K::ComposerTab, u"composer/tab", 0},
        {K::SelectedSource, u"sources/selected", QString()},
        {K::SplitOversizeBatch, u"send/splitOversizeBatch", true},
        {K::DarkPalette, u"appearance/palette", QStringLiteral("system")},
        {K::RevealKeyInRequest, u"response/revealKey", false},
        {K::OpenCollections, u"collections/open", QStringList()},
        {K::HistoryMaxAgeDays, u"history/maxAgeDays", 90},
        {K::HistoryMaxEntries, u"history/maxEntries", 100000},
        {K::ShowResolvedJson, u"composer/showResolved", false},
        {K::Language, u"interface/language", QString()},
    }};
    return table;
}

const KeySpec &spec(Settings::Key key)
{
    for (const KeySpec &s : specs()) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings(const QString &path, QObject *parent) : QObject(parent)
{
    QString file = path;
    if (file.isEmpty())
        file = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                   .filePath(QStringLiteral("settings.ini"));
    m_store = std::make_unique<QSettings>(file, QSettings::IniFormat);
}

Settings::~Settings()
{
    m_store->sync();
}

QString Settings::fileIn(const QString &configFolder)
{
    return configFolder.isEmpty() ? QString() : QDir(configFolder).filePath(QStringLiteral("settings.ini"));
}

std::unique_ptr<Settings> Settings::createTemporary(const QString &folder)
{
    return std::make_unique<Settings>(fileIn(folder));
}

QString Settings::keyPath(Key key)
{
    return QString::fromUtf16(spec(key).path);
}

QVariant Settings::defaultValue(Key key) const
{
    return spec(key).defaultValue;
}

QVariant Settings::get(Key key) const
{
    const KeySpec &s = spec(key);
    QVariant value = m_store->value(QString::fromUtf16(s.path), s.defaultValue);
    // INI files give strings back; hand out the declared type.
    if (s.defaultValue.isValid() && value.metaType() != s.defaultValue.metaType() &&
        value.canConvert(s.defaultValue.metaType()))
        value.convert(s.defaultValue.metaType());
    return value;
}

void Settings::set(Key key, const QVariant &value)
{
    if (get(key) == value)
        return;
    m_store->setValue(keyPath(key), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    if (!m_store->contains(keyPath(key)))
        return;
    const bool differs = get(key) != defaultValue(key);
    m_store->remove(keyPath(key));
    if (differs)
        emit changed(key);
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace ewb
