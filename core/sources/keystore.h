// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QObject>
#include <QUuid>

#include <functional>

namespace ewb {

// Where API keys live, by source id. Two kinds: KeychainKeyStore (the OS keychain, the only place
// a key is ever persisted) and SessionKeyStore (memory only, for a session without a keychain).
//
// The calls are asynchronous: the callback runs later on the calling thread, never inside the call,
// and not at all when context is destroyed first. Failures come back as Error values with codes
// "keychain.unavailable", "keychain.denied", "keychain.failed" and, for reads, "key.not-found".
// Deleting a key that is not there succeeds.
class KeyStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    virtual void readKey(const QUuid &sourceId, QObject *context, ReadCallback done) = 0;
    virtual void writeKey(
        const QUuid &sourceId, const QString &key, QObject *context, StatusCallback done) = 0;
    virtual void deleteKey(const QUuid &sourceId, QObject *context, StatusCallback done) = 0;

    // False when keys are forgotten at exit, so the UI can say so.
    virtual bool isPersistent() const = 0;

    // Blocking forms for the command line: each runs a local QEventLoop until the answer arrives.
    // Not for GUI code, where a nested loop can re-enter slots.
    Result<QString> readKeyAndWait(const QUuid &sourceId);
    Status writeKeyAndWait(const QUuid &sourceId, const QString &key);
    Status deleteKeyAndWait(const QUuid &sourceId);

protected:
    explicit KeyStore(QObject *parent) : QObject(parent) { }
};

} // namespace ewb
