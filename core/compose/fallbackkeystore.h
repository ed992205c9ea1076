// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "sources/keychainkeystore.h"
#include "sources/sessionkeystore.h"

#include <QSet>

#include <memory>

namespace ewb {

// The workbench's key store: the OS keychain while one answers; when it reports that none is
// available, keys are kept for this session only (never in a file) and keychainUnavailable()
// tells the window, which says so in a banner.
class FallbackKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FallbackKeyStore)

public:
    explicit FallbackKeyStore(
        QObject *parent = nullptr, const QString &service = QStringLiteral("event-workbench"));
    ~FallbackKeyStore() override;

    void readKey(const QUuid &sourceId, QObject *context, ReadCallback done) override;
    void writeKey(const QUuid &sourceId, const QString &key, QObject *context, StatusCallback done) override;
    void deleteKey(const QUuid &sourceId, QObject *context, StatusCallback done) override;
    bool isPersistent() const override { return m_keychainWorks; }
    // Keys for this session only, whatever the keychain says (the built-in sandbox's).
    void setSessionKey(const QUuid &sourceId, const QString &key);
    // Asks the keychain once, so the banner shows before the first key is typed.
    void probe();

signals:
    void keychainUnavailable(const QString &message);

private:
    void markUnavailable(const Error &error);

    KeychainKeyStore *m_keychain; // a child
    SessionKeyStore m_session;
    QSet<QUuid> m_sessionOnly;
    bool m_keychainWorks = true;
};

} // namespace ewb
