#include "fallbackkeystore.h"

#include <QPointer>

namespace ewb {

FallbackKeyStore::FallbackKeyStore(QObject *parent, const QString &service)
    : KeyStore(parent), m_keychain(nullptr, service), m_session(nullptr)
{ }

void FallbackKeyStore::markUnavailable(const Error &error)
{
    if (!m_keychainWorks)
        return;
    m_keychainWorks = false;
    emit keychainUnavailable(error.message);
}

void FallbackKeyStore::probe()
{
    m_keychain.readKey(QUuid::createUuid(), this, [this](Result<QString> key) {
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
    m_keychain.readKey(sourceId, context, [this, sourceId, ctx, done](Result<QString> key) {
        if (!key && key.error().code == u"keychain.unavailable") {
            markUnavailable(key.error());
            if (ctx)
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
    m_keychain.writeKey(sourceId, key, context, [this, sourceId, key, ctx, done](Status status) {
        if (!status && status.error().code == u"keychain.unavailable") {
            markUnavailable(status.error());
            if (ctx)
                m_session.writeKey(sourceId, key, ctx, done);
            return;
        }
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
    m_keychain.deleteKey(sourceId, context, std::move(done));
}

} // namespace ewb
