// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "sandbox/httpheaders.h"

#include <QByteArray>
#include <QSslSocket>

#include <optional>

namespace ewb::test {

struct RawResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
};

// A byte-level HTTP client for tests that must send what no well-behaved client would (garbage,
// wrong lengths, stalls) and read exactly what comes back. Waits by running the event loop, so a
// server in the same thread keeps working, and never longer than the given time.
class RawHttpClient
{
public:
    // tls: connect with TLS and verify against caCertificates (plus the name "127.0.0.1").
    bool connectTo(quint16 port, bool tls = false, const QList<QSslCertificate> &caCertificates = {},
        int timeoutMs = 5000);
    // Connects from this local address (call before connectTo): 127.0.0.2 is loopback too, but a
    // different client address to the server.
    bool bindTo(const QHostAddress &local) { return m_socket.bind(local); }
    void send(const QByteArray &bytes);
    // The next response (interim 100 Continue included); nullopt when the connection closed first
    // or nothing complete came in time. headOnly: the answer to a HEAD request (no body read).
    std::optional<RawResponse> next(int timeoutMs = 5000, bool headOnly = false);
    // True when the server closed the connection within the time (buffered bytes are kept).
    bool waitClosed(int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray unread() const { return m_buffer; }
    QSslSocket &socket() { return m_socket; }

private:
    bool waitForData(int timeoutMs);
    std::optional<RawResponse> tryParse(bool headOnly);

    QSslSocket m_socket;
    QByteArray m_buffer;
};

} // namespace ewb::test
