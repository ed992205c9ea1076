// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace ewb {

// The one typed facade over the application's settings (the KeePassXC Config way): every key is
// declared once, with its default, in settings.cpp; set() does nothing when the value is unchanged
// and otherwise stores it and emits changed(key). The UI never touches QSettings.
//
// Never holds secrets: API keys live in the keychain (core/sources).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        WindowGeometry,
        WindowState,
        ComposerSplitter,
        CallType, // the last call type picked, by name
        ComposerTab, // 0 form, 1 JSON
        SelectedSource, // a source id
        SplitOversizeBatch,
        DarkPalette, // "system", "light" or "dark"
        RevealKeyInRequest,
        OpenCollections, // folders of the collections open in the tree (QStringList)
        HistoryMaxAgeDays, // 0: no limit
        HistoryMaxEntries, // 0: no limit
        ShowResolvedJson, // the JSON tab shows the payload with variables resolved
        Language, // "de", "en"; empty: the system's (core/i18n; read at start)
    };
    Q_ENUM(Key)

    // Settings in an INI file at path; empty: the platform's location for this application.
    explicit Settings(const QString &path = {}, QObject *parent = nullptr);
    ~Settings() override;

    // The settings file in a configuration folder given on the command line; empty for none (the
    // platform's location).
    static QString fileIn(const QString &configFolder);

    // A throwaway instance over a file in a temporary folder, for tests.
    static std::unique_ptr<Settings> createTemporary(const QString &folder);

    QVariant get(Key key) const;
    void set(Key key, const QVariant &value);
    void reset(Key key); // back to the default
    QVariant defaultValue(Key key) const;
    static QString keyPath(Key key); // "window/geometry"

    QString fileName() const;
    void sync();

    bool getBool(Key key) const { return get(key).toBool(); }
    int getInt(Key key) const { return get(key).toInt(); }
    QString getString(Key key) const { return get(key).toString(); }
    QByteArray getBytes(Key key) const { return get(key).toByteArray(); }

signals:
    void changed(ewb::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace ewb
