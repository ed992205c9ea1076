// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"
#include "net/httpclient.h"
#include "sources/source.h"

#include <QObject>

namespace ewb {

class KeyStore;

// One press of Send (the parts of a SendPlan): reads the source's key from the key store, builds each request
// and sends them one after the other through the client. Reports each part, then finished() once (also on
// cancel or when the key cannot be read). The key is held only while sending.
class SendJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendJob)

public:
    // client and keys must outlive the job.
    SendJob(HttpClient *client, KeyStore *keys, QObject *parent = nullptr);

    void start(const Source &source, const QList<Payload> &parts);
    void cancel();
    bool isRunning() const { return m_running; }
    // The part as it was handed to start(): what was sent, whatever the composer shows by now.
    const Payload &part(int index) const { return m_parts.at(index); }

signals:
    // The key could not be read or a request could not be built: nothing (more) was sent.
    void failed(const QString &message);
    void partFinished(
        int index, int count, const ewb::OutgoingRequest &request, const ewb::HttpResult &result);
    void finished();

private:
    void sendNext();
    void done();

    HttpClient *m_client;
    KeyStore *m_keys;
    Source m_source;
    QList<Payload> m_parts;
    QString m_key;
    int m_next = 0;
    HttpClient::RequestId m_current = 0;
    OutgoingRequest m_request;
    bool m_running = false;
};

} // namespace ewb
