// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "settings/settings.h"

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
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
