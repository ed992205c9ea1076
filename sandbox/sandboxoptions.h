// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "forwardoptions.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace ewb {

// How a sandbox runs. Defaults suit a first run: loopback, a free port, any key accepted.
struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: a free one
    // The API keys this sandbox knows (several sources may share one sandbox). Empty: any non-empty
    // key is accepted (a missing key still is not).
    QStringList keys;
    int ringSize = 10000; // recorded events kept in memory (and in the store)
    QString storeFile; // SQLite file that keeps recorded events across restarts; empty: none
    QString tlsCertificateFile; // both set: HTTPS with this PEM certificate (chain) ...
    QString tlsKeyFile; // ... and this PEM private key
    // Bodies past this are refused with 413 from their Content-Length, unread; gzip bodies may not
    // inflate past it either. Well above the API's own 500 KB batch limit, so that an oversize
    // batch gets the API's answer (200 and dropped, or 400 when strict), not the server's.
    qsizetype maxBodyBytes = 4 * 1024 * 1024;
    int idleTimeoutMs = 15000;
    // Answer 429 past this many ingestion requests per window; 0: no limit.
    int rateLimitRequests = 0;
    int rateLimitWindowMs = 1000;
    // Set: every accepted call is also sent to this target (the real API), and what it answers is
    // recorded beside the event. Unset: nothing leaves this machine.
    std::optional<ForwardOptions> forward;
};

} // namespace ewb
