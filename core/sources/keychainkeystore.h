// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "keystore.h"

namespace ewb {

// API keys in the OS keychain through QtKeychain (the Secret Service on Linux: gnome-keyring or
// KWallet), under the service "event-workbench" and the account "source:<uuid>". QtKeychain's
// plain-text fallback is off: when no keychain answers, the operation fails with
// "keychain.unavailable" and a message that says how to get one, and the key is not stored anywhere.
class KeychainKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainKeyStore)

public:
    explicit KeychainKeyStore(QObject *parent = nullptr, QString service = QStringLiteral("event-workbench"));

    void readKey(const QUuid &sourceId, QObject *context, ReadCallback done) override;
    void writeKey(const QUuid &sourceId, const QString &key, QObject *context, StatusCallback done) override;
    void deleteKey(const QUuid &sourceId, QObject *context, StatusCallback done) override;
    bool isPersistent() const override { return true; }

    // The keychain account a source's key is stored under.
    static QString accountName(const QUuid &sourceId);

private:
    QString m_service;
};

// What a QtKeychain failure means for a person. action says what did not happen ("the key was not
// saved"). Pure, so the wording is tested without a keychain.
Error keychainError(int qkeychainError, const QString &detail, const QString &action);

} // namespace ewb
