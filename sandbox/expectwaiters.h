// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "eventexpectation.h"
#include "httpdeferred.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QObject>

#include <list>

namespace ewb {

class EventRing;

// POST /_sandbox/expect: each request waits (a deferred answer, never blocking the server) until the
// events it expects have been recorded or its time is up, and is told which arrived or which came
// nearest. Many may wait at once; each recorded event is offered to every one of them.
class ExpectWaiters final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpectWaiters)

public:
    // At most this many waiting at once; past it, 503 with Retry-After (a test suite in a loop
    // that never reads its answers must not grow the sandbox without end).
    static constexpr int maxWaiting = 1000;

    explicit ExpectWaiters(const EventRing &ring, QObject *parent = nullptr);
    ~ExpectWaiters() override;

    HttpResponse handle(const HttpRequest &request);
    // Every recorded event, after it is in the ring.
    void eventRecorded(const RecordedEvent &event);
    // Answers every waiting request now, as its time had run out (the sandbox stops).
    void finishAll();
    int waiting() const { return int(m_waiting.size()); }

private:
    struct Waiter
    {
        quint64 serial = 0; // its time-out and its abandonment find it by this
        EventExpectation expectation;
        QList<RecordedEvent> found;
        HttpDeferredHandle answer;
        QElapsedTimer waited;
    };
    using Waiters = std::list<Waiter>;

    Waiters::iterator find(quint64 serial);
    void timedOut(Waiters::iterator waiter);

    const EventRing &m_ring;
    Waiters m_waiting;
    quint64 m_lastSerial = 0;
};

} // namespace ewb
