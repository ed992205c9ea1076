// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"

#include <QNetworkAccessManager>
#include <QProcess>

namespace ewb::test {

// `ewb sandbox` in a child process, as a user runs it, and its inspection endpoints.
class SandboxProcess
{
public:
    ~SandboxProcess();

    // Starts it with these keys (and extra options such as --ring); true once it printed its base URL.
    bool start(const QStringList &keys, const QStringList &extra = {});
    // Stops it with SIGTERM; true when it exited cleanly with 0.
    bool stop();

    // "http://127.0.0.1:N/v1"
    const QString &baseUrl() const { return m_baseUrl; }

    // A request to the sandbox's own endpoints ("/_sandbox/events"), answered as parsed JSON (null
    // when the answer is not JSON).
    JsonValue call(const QByteArray &method, const QString &path, const QByteArray &body = {});
    JsonArray events(int limit = 1000);
    JsonObject stats();
    void clear(); // events and faults

private:
    QProcess m_process;
    QString m_baseUrl;
    QNetworkAccessManager m_manager;
};

} // namespace ewb::test
