// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "expectwaiters.h"

#include "eventring.h"
#include "inspection.h"

#include <QTimer>

#include <algorithm>

namespace ewb {

ExpectWaiters::ExpectWaiters(const EventRing &ring, QObject *parent) : QObject(parent), m_ring(ring) { }

ExpectWaiters::~ExpectWaiters()
{
    finishAll();
}

HttpResponse ExpectWaiters::handle(const HttpRequest &request)
{
    Result<EventExpectation> parsed = EventExpectation::fromJson(request.body);
    if (!parsed)
        return sandboxError(400, parsed.error().message);
    EventExpectation expectation = parsed.value();
    // What arrived before the question counts: an app may well be faster than its test.
    QList<RecordedEvent> found = m_ring.select(expectation.since, EventExpectation::maxCount,
        [&](const RecordedEvent &event) { return expectation.isMetBy(event); });
    if (found.size() >= expectation.count)
        return expectationMet(expectation, found);
    if (expectation.withinMs == 0)
        return expectationFailed(expectation, found, m_ring, 0);
    if (waiting() >= maxWaiting) {
        HttpResponse busy = sandboxError(503,
            QStringLiteral("%1 expectations are already waiting; try again when some have answered.")
                .arg(maxWaiting));
        busy.headers.set("Retry-After", "1");
        return busy;
    }

    Waiter &waiter = m_waiting.emplace_back();
    const quint64 serial = waiter.serial = ++m_lastSerial;
    waiter.expectation = std::move(expectation);
    waiter.found = std::move(found);
    waiter.answer = std::make_shared<HttpDeferredAnswer>();
    waiter.waited.start();
    // A timer per waiter, not a member of it: a waiter answered early is erased at once, and its
    // time-out then finds nothing.
    QTimer::singleShot(waiter.expectation.withinMs, this, [this, serial] {
        if (const auto it = find(serial); it != m_waiting.end())
            timedOut(it);
    });
    // The client left: nobody to tell, so stop looking for it.
    waiter.answer->setAbandonedHandler([this, serial] {
        if (const auto it = find(serial); it != m_waiting.end())
            m_waiting.erase(it);
    });
    return HttpResponse::later(waiter.answer);
}

void ExpectWaiters::eventRecorded(const RecordedEvent &event)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        Waiter &waiter = *it;
        if (waiter.expectation.isMetBy(event)) {
            waiter.found.append(event);
            if (waiter.found.size() >= waiter.expectation.count) {
                const HttpDeferredHandle answer = waiter.answer;
                const HttpResponse met = expectationMet(waiter.expectation, waiter.found);
                it = m_waiting.erase(it);
                answer->answer(met);
                continue;
            }
        }
        ++it;
    }
}

void ExpectWaiters::finishAll()
{
    while (!m_waiting.empty())
        timedOut(m_waiting.begin());
}

void ExpectWaiters::timedOut(Waiters::iterator waiter)
{
    const HttpDeferredHandle answer = waiter->answer;
    const HttpResponse failed =
        expectationFailed(waiter->expectation, waiter->found, m_ring, waiter->waited.elapsed());
    m_waiting.erase(waiter);
    answer->answer(failed);
}

ExpectWaiters::Waiters::iterator ExpectWaiters::find(quint64 serial)
{
    return std::find_if(m_waiting.begin(), m_waiting.end(),
        [serial](const Waiter &waiter) { return waiter.serial == serial; });
}

} // namespace ewb
