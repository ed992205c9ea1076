// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "settings/settings.h"

#include <QFile>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenUnset()
    {
        QTemporaryDir dir;
        auto settings = Settings::createTemporary(dir.path());
        QCOMPARE(settings->getString(Settings::Key::CallType), QStringLiteral("track"));
        QCOMPARE(settings->getBool(Settings::Key::SplitOversizeBatch), true);
        QCOMPARE(settings->getInt(Settings::Key::ComposerTab), 0);
    }

    void setEmitsOnlyOnChange()
    {
        QTemporaryDir dir;
        auto settings = Settings::createTemporary(dir.path());
        QSignalSpy spy(settings.get(), &Settings::changed);
        settings->set(Settings::Key::CallType, QStringLiteral("track")); // the default: no change
        QCOMPARE(spy.count(), 0);
        settings->set(Settings::Key::CallType, QStringLiteral("page"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::CallType);
        settings->set(Settings::Key::CallType, QStringLiteral("page"));
        QCOMPARE(spy.count(), 1);
        settings->reset(Settings::Key::CallType);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(settings->getString(Settings::Key::CallType), QStringLiteral("track"));
    }

    void typesSurviveTheFile()
    {
        QTemporaryDir dir;
        {
            auto settings = Settings::createTemporary(dir.path());
            settings->set(Settings::Key::ComposerTab, 1);
            settings->set(Settings::Key::SplitOversizeBatch, false);
            settings->set(Settings::Key::WindowGeometry, QByteArray("\x01\x02", 2));
        }
        auto again = Settings::createTemporary(dir.path());
        QCOMPARE(again->get(Settings::Key::ComposerTab).metaType(), QMetaType::fromType<int>());
        QCOMPARE(again->getInt(Settings::Key::ComposerTab), 1);
        QCOMPARE(again->getBool(Settings::Key::SplitOversizeBatch), false);
        QCOMPARE(again->getBytes(Settings::Key::WindowGeometry), QByteArray("\x01\x02", 2));
    }

    // Every key, written by one run and read by the next. Read from a copy of the file: QSettings
    // keeps files it parsed cached within a process, which hid that a [General] section is read
    // back as the top level, so "general/x" came back as "General/x" and was lost at every start.
    void everyKeyComesBackInTheNextRun()
    {
        QTemporaryDir first;
        QTemporaryDir next;
        const QMetaEnum keys = QMetaEnum::fromType<Settings::Key>();
        std::vector<std::pair<Settings::Key, QVariant>> written;
        {
            auto settings = Settings::createTemporary(first.path());
            for (int i = 0; i < keys.keyCount(); ++i) {
                const auto key = Settings::Key(keys.value(i));
                const QVariant value = notTheDefault(settings->defaultValue(key));
                settings->set(key, value);
                written.emplace_back(key, value);
            }
        }
        QVERIFY(QFile::copy(Settings::fileIn(first.path()), Settings::fileIn(next.path())));
        auto again = Settings::createTemporary(next.path());
        for (const auto &[key, value] : written)
            QVERIFY2(again->get(key) == value, keys.valueToKey(int(key)));
    }

private:
    static QVariant notTheDefault(const QVariant &defaultValue)
    {
        switch (defaultValue.metaType().id()) {
        case QMetaType::Bool: return !defaultValue.toBool();
        case QMetaType::Int: return defaultValue.toInt() + 7;
        case QMetaType::QByteArray: return QByteArray("\x01\x02", 2);
        case QMetaType::QStringList: return QStringList {QStringLiteral("/a"), QStringLiteral("/b")};
        default: return QStringLiteral("not-the-default");
        }
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
