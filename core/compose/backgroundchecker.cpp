// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "backgroundchecker.h"

#include <QPointer>

namespace ewb {

BackgroundChecker::BackgroundChecker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ComposeCheck>();
    m_thread.setObjectName(QStringLiteral("compose-checker"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundChecker::~BackgroundChecker()
{
    m_latest.store(~quint64(0)); // every queued job is now stale and returns at once
    m_thread.quit();
    m_thread.wait();
}

template<typename Job>
quint64 BackgroundChecker::post(Job job)
{
    const quint64 generation = ++m_latest;
    QPointer<BackgroundChecker> self(this);
    QMetaObject::invokeMethod(m_worker, [this, self, generation, job = std::move(job)] {
        if (m_latest.load() != generation)
            return;
        ComposeCheck result = job();
        result.generation = generation;
        // Queued back to this object's thread; dropped there if this object is gone.
        QMetaObject::invokeMethod(
            this,
            [self, result = std::move(result)] {
                if (self && self->m_latest.load() == result.generation)
                    emit self->checked(result);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

quint64 BackgroundChecker::checkText(const QString &text, CallType fallbackType)
{
    return post([text, fallbackType, variables = m_variables] {
        return checkComposeText(text, fallbackType, variables.get());
    });
}

quint64 BackgroundChecker::checkPayload(const Payload &payload, const QString &text)
{
    return post([payload, text, variables = m_variables] {
        return checkComposePayload(payload, text, variables.get());
    });
}

void BackgroundChecker::setVariables(const ComposeVariables &variables)
{
    m_variables = std::make_shared<const ComposeVariables>(variables);
}

} // namespace ewb
