// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "fallbackkeystore.h"

#include <QPointer>

namespace ewb {

// The keychain's answers come back with this store as their context: none runs after it is gone
// (KeychainKeyStore's jobs outlive it safely).
FallbackKeyStore::FallbackKeyStore(QObject *parent, const QString &service)
    : KeyStore(parent), m_keychain(new KeychainKeyStore(this, service)), m_session(nullptr)
{ }

FallbackKeyStore::~FallbackKeyStore() = default;

void FallbackKeyStore::markUnavailable(const Error &error)
{
    if (!m_keychainWorks)
        return;
    m_keychainWorks = false;
    emit keychainUnavailable(error.message);
}

void FallbackKeyStore::probe()
{
    m_keychain->readKey(QUuid::createUuid(), this, [this](Result<QString> key) {
        if (!key && key.error().code == u"keychain.unavailable")
            markUnavailable(key.error());
    });
}

void FallbackKeyStore::setSessionKey(const QUuid &sourceId, const QString &key)
{
    m_sessionOnly.insert(sourceId);
    m_session.writeKey(sourceId, key, this, [](Status) {});
}

void FallbackKeyStore::readKey(const QUuid &sourceId, QObject *context, ReadCallback done)
{
    if (!m_keychainWorks || m_sessionOnly.contains(sourceId)) {
        m_session.readKey(sourceId, context, std::move(done));
        return;
    }
    QPointer<QObject> ctx(context);
    m_keychain->readKey(sourceId, this, [this, sourceId, ctx, done](Result<QString> key) {
        if (!ctx)
            return;
        if (!key && key.error().code == u"keychain.unavailable") {
            markUnavailable(key.error());
            m_session.readKey(sourceId, ctx, done);
            return;
        }
        done(std::move(key));
    });
}

void FallbackKeyStore::writeKey(
    const QUuid &sourceId, const QString &key, QObject *context, StatusCallback done)
{
    if (!m_keychainWorks) {
        m_session.writeKey(sourceId, key, context, std::move(done));
        return;
    }
    QPointer<QObject> ctx(context);
    m_keychain->writeKey(sourceId, key, this, [this, sourceId, key, ctx, done](Status status) {
        if (!status && status.error().code == u"keychain.unavailable") {
            markUnavailable(status.error());
            // Keep the key for this session even if whoever asked is gone: it was typed to be used.
            m_session.writeKey(sourceId, key, this, [ctx, done](Status kept) {
                if (ctx)
                    done(std::move(kept));
            });
            return;
        }
        if (ctx)
            done(std::move(status));
    });
}

void FallbackKeyStore::deleteKey(const QUuid &sourceId, QObject *context, StatusCallback done)
{
    m_sessionOnly.remove(sourceId);
    m_session.deleteKey(sourceId, this, [](Status) {});
    if (!m_keychainWorks) {
        m_session.deleteKey(sourceId, context, std::move(done));
        return;
    }
    QPointer<QObject> ctx(context);
    m_keychain->deleteKey(sourceId, this, [ctx, done](Status status) {
        if (ctx)
            done(std::move(status));
    });
}

} // namespace ewb
