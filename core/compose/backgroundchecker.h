// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "composecheck.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace ewb {

// Runs compose checks on a thread of its own, so that a 5 MB paste never freezes the window.
// Requests are numbered; a request that is no longer the newest when its turn comes is skipped,
// and checked() carries the generation so the caller can drop stale answers as well.
class BackgroundChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundChecker)

public:
    explicit BackgroundChecker(QObject *parent = nullptr);
    ~BackgroundChecker() override;

    quint64 checkText(const QString &text, CallType fallbackType);
    quint64 checkPayload(const Payload &payload, const QString &text = {});
    quint64 latestGeneration() const { return m_latest.load(); }
    // The variables later checks resolve `{{name}}` with (see checkComposePayload).
    void setVariables(const ComposeVariables &variables);

signals:
    void checked(const ewb::ComposeCheck &result);

private:
    template<typename Job>
    quint64 post(Job job);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::atomic<quint64> m_latest {0};
    // Read on the caller's thread when a check is posted; each job holds its own snapshot.
    std::shared_ptr<const ComposeVariables> m_variables = std::make_shared<ComposeVariables>();
};

} // namespace ewb
