// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "keychainkeystore.h"

#include <qt6keychain/keychain.h>

namespace ewb {

namespace {
// QtKeychain reports a Secret Service that cannot be reached either as NoBackendAvailable or as
// OtherError with D-Bus's own words; these are the words that mean "nobody is there".
bool soundsUnreachable(const QString &detail)
{
    static const char *const hints[] = {"dbus", "d-bus", "autolaunch", "no such file", "connection refused",
        "was not provided", "not activatable", "cannot connect", "could not connect", "kwallet",
        "no keychain service"};
    const QString lower = detail.toLower();
    for (const char *hint : hints) {
        if (lower.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

// A Secret Service answers but has no usable default keyring (gnome-keyring without a login
// keyring, or one it could not unlock without a prompt).
bool soundsLocked(const QString &detail)
{
    const QString lower = detail.toLower();
    return lower.contains(QLatin1String("/collection/")) || lower.contains(QLatin1String("locked")) ||
        lower.contains(QLatin1String("prompt"));
}

// Jobs have no parent: they delete themselves when they finish (autoDelete), and QtKeychain
// crashes when a job is deleted while the Secret Service's answer is pending, as it would be with
// the store as parent. The callback still never runs once context is gone.
template<typename Job, typename Finish>
void run(Job *job, QObject *context, Finish finish)
{
    job->setAutoDelete(true);
    // Keys never go to a file, whatever QtKeychain's default for this platform is.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [finish = std::move(finish)](QKeychain::Job *j) { finish(static_cast<Job *>(j)); });
    job->start();
}
} // namespace

Error keychainError(int qkeychainError, const QString &detail, const QString &action)
{
    const QString said = detail.isEmpty() ? KeychainKeyStore::tr("no details given") : detail;
    switch (qkeychainError) {
    case QKeychain::EntryNotFound:
        return Error {QStringLiteral("key.not-found"),
            KeychainKeyStore::tr("No key is stored for this source: enter the source's API key")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error {QStringLiteral("keychain.denied"),
            KeychainKeyStore::tr("The keychain refused access (%1): unlock it and try again; %2")
                .arg(said, action)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: break;
    default:
        if (soundsLocked(detail))
            return Error {QStringLiteral("keychain.locked"),
                KeychainKeyStore::tr(
                    "The keychain has no unlocked default keyring (%1): unlock or create the "
                    "login keyring (for example with Seahorse) and try again; %2")
                    .arg(said, action)};
        if (!soundsUnreachable(detail))
            return Error {QStringLiteral("keychain.failed"),
                KeychainKeyStore::tr("The keychain failed: %1; %2").arg(said, action)};
    }
    return Error {QStringLiteral("keychain.unavailable"),
        KeychainKeyStore::tr("No keychain is available: %1. Install and unlock gnome-keyring or KWallet "
                             "(any Secret Service); %2")
            .arg(said, action)};
}

KeychainKeyStore::KeychainKeyStore(QObject *parent, QString service)
    : KeyStore(parent), m_service(std::move(service))
{ }

QString KeychainKeyStore::accountName(const QUuid &sourceId)
{
    return QStringLiteral("source:") + sourceId.toString(QUuid::WithoutBraces);
}

void KeychainKeyStore::readKey(const QUuid &sourceId, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(accountName(sourceId));
    run(job, context, [done = std::move(done)](QKeychain::ReadPasswordJob *j) {
        if (j->error() == QKeychain::NoError)
            done(j->textData());
        else
            done(keychainError(
                j->error(), j->errorString(), KeychainKeyStore::tr("the key could not be read")));
    });
}

void KeychainKeyStore::writeKey(
    const QUuid &sourceId, const QString &key, QObject *context, StatusCallback done)
{
    if (key.isEmpty()) {
        // Same contract as the keychain path: answer later, never inside the call.
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                done(Error {QStringLiteral("key.empty"),
                    KeychainKeyStore::tr("The API key is empty: paste the key")});
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(accountName(sourceId));
    job->setTextData(key);
    run(job, context, [done = std::move(done)](QKeychain::WritePasswordJob *j) {
        if (j->error() == QKeychain::NoError)
            done(Done {});
        else
            done(keychainError(j->error(), j->errorString(), KeychainKeyStore::tr("the key was not saved")));
    });
}

void KeychainKeyStore::deleteKey(const QUuid &sourceId, QObject *context, StatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(accountName(sourceId));
    run(job, context, [done = std::move(done)](QKeychain::DeletePasswordJob *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            done(Done {});
        else
            done(
                keychainError(j->error(), j->errorString(), KeychainKeyStore::tr("the key was not deleted")));
    });
}

} // namespace ewb
