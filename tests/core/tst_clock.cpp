// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "support/manualclock.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ewb;
using namespace std::chrono_literals;
using ewb::test::ManualClock;

// The clock seam: the manual clock runs what falls due, in order, and only when advanced; the
// system clock's calls run from the event loop and are cancelled with their handles.
class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void manualRunsDueCallsInOrder();
    void manualRunsCallsScheduledOnTheWay();
    void manualCancelsWithTheHandle();
    void manualWallAndMonotonicMoveTogether();
    void handleMayOutliveManualClock();
    void systemCallRunsLaterAndCancels();
};

void TestClock::manualRunsDueCallsInOrder()
{
    ManualClock clock;
    QList<std::pair<int, qint64>> ran; // which, and the clock's time when it ran
    const auto log = [&](int which) {
        return [&, which] { ran.append({which, clock.monotonicNow().count()}); };
    };
    const auto c = clock.callAfter(300ms, log(3));
    const auto a = clock.callAfter(100ms, log(1));
    const auto b = clock.callAfter(100ms, log(2)); // same time: scheduling order
    const auto now = clock.callAfter(0ms, log(0));
    QVERIFY(ran.isEmpty()); // never inside callAfter()
    clock.advance(0ms);
    QCOMPARE(ran, (QList<std::pair<int, qint64>> {{0, 0}}));
    clock.advance(99ms);
    QCOMPARE(ran.size(), 1);
    QCOMPARE(clock.nextDueIn(), std::optional(1ms));
    clock.advance(250ms);
    QCOMPARE(ran, (QList<std::pair<int, qint64>> {{0, 0}, {1, 100}, {2, 100}, {3, 300}}));
    QCOMPARE(clock.monotonicNow(), 349ms);
    QCOMPARE(clock.pendingCount(), 0);
    QVERIFY(!clock.advanceToNext());
}

void TestClock::manualRunsCallsScheduledOnTheWay()
{
    ManualClock clock;
    QList<qint64> ran;
    std::unique_ptr<ScheduledCall> second;
    const auto first = clock.callAfter(10ms, [&] {
        ran.append(clock.monotonicNow().count());
        second = clock.callAfter(20ms, [&] { ran.append(clock.monotonicNow().count()); });
    });
    clock.advance(40ms);
    QCOMPARE(ran, (QList<qint64> {10, 30}));
}

void TestClock::manualCancelsWithTheHandle()
{
    ManualClock clock;
    int ran = 0;
    auto call = clock.callAfter(10ms, [&] { ++ran; });
    QCOMPARE(clock.pendingCount(), 1);
    call.reset();
    QCOMPARE(clock.pendingCount(), 0);
    clock.advance(1s);
    QCOMPARE(ran, 0);
}

void TestClock::manualWallAndMonotonicMoveTogether()
{
    const QDateTime start(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);
    ManualClock clock(start);
    QCOMPARE(clock.nowUtc(), start);
    const auto call = clock.callAfter(30s, [] {});
    QVERIFY(clock.advanceToNext());
    QCOMPARE(clock.nowUtc(), start.addSecs(30));
    QCOMPARE(clock.monotonicNow(), 30000ms);
}

void TestClock::handleMayOutliveManualClock()
{
    std::unique_ptr<ScheduledCall> call;
    {
        ManualClock clock;
        call = clock.callAfter(10ms, [] {});
    }
    call.reset(); // must not touch the clock that is gone
}

void TestClock::systemCallRunsLaterAndCancels()
{
    Clock &clock = Clock::system();
    const auto before = clock.monotonicNow();
    bool ran = false;
    bool cancelledRan = false;
    const auto call = clock.callAfter(20ms, [&] { ran = true; });
    auto cancelled = clock.callAfter(0ms, [&] { cancelledRan = true; });
    QVERIFY(!ran);
    cancelled.reset();
    QTRY_VERIFY(ran);
    QVERIFY(clock.monotonicNow() - before >= 20ms); // from below only: never "it was fast"
    QVERIFY(!cancelledRan);
    QVERIFY(clock.nowUtc().timeSpec() == Qt::UTC);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
