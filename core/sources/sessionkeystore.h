// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "keystore.h"

#include <QHash>

namespace ewb {

// Keys kept in this process's memory only, for a session where no keychain is available and the
// user still wants to send: nothing is written anywhere and every key is gone at exit.
class SessionKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionKeyStore)

public:
    explicit SessionKeyStore(QObject *parent = nullptr) : KeyStore(parent) { }

    void readKey(const QUuid &sourceId, QObject *context, ReadCallback done) override;
    void writeKey(const QUuid &sourceId, const QString &key, QObject *context, StatusCallback done) override;
    void deleteKey(const QUuid &sourceId, QObject *context, StatusCallback done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QUuid, QString> m_keys;
};

} // namespace ewb
