// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"
#include "rawhttpclient.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ewb::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Talks to a sandbox (or any HttpServer) over one keep-alive loopback connection, reconnecting
// when the server closed it. Requests are written by hand so that tests control every byte.
class SandboxClient
{
public:
    explicit SandboxClient(quint16 port, bool tls = false, QList<QSslCertificate> caCertificates = {})
        : m_port(port), m_tls(tls), m_ca(std::move(caCertificates))
    { }

    std::optional<RawResponse> request(const QByteArray &method, const QByteArray &target,
        const QByteArray &body = {}, const HeaderList &headers = {});
    std::optional<RawResponse> post(
        const QByteArray &target, const QByteArray &body, const HeaderList &headers = {})
    {
        return request("POST", target, body, headers);
    }
    // GET a /_sandbox/ endpoint and parse its JSON; an empty object (and a test failure message in
    // lastError()) when that fails.
    JsonObject getJson(const QByteArray &target);
    // The "events" array of GET /_sandbox/events?since=0&limit=10000.
    JsonArray events();
    QString lastError() const { return m_lastError; }

    static QByteArray basicAuth(const QByteArray &user) { return "Basic " + user.toBase64(); }

private:
    quint16 m_port;
    bool m_tls;
    QList<QSslCertificate> m_ca;
    std::unique_ptr<RawHttpClient> m_connection;
    QString m_lastError;
};

} // namespace ewb::test
