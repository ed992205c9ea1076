// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "secretstore.h"

#include "sources/keychainkeystore.h"

#include <QCoreApplication>

namespace ewb {

namespace {

// The translation context of this file's messages.
class SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::SecretStore)
};

// A fixed namespace so that a secret's id is the same on every machine and every run.
const QUuid secretNamespace = QUuid::fromString(u"{6f1d3c2e-8a4b-4f0e-9c1d-5b7e2a9d4c31}");
} // namespace

QUuid SecretStore::secretId(const QString &scope, const QString &name)
{
    return QUuid::createUuidV5(secretNamespace, scope + QLatin1Char('\n') + name);
}

void SecretStore::read(
    const QString &scope, const QString &name, QObject *context, KeyStore::ReadCallback done)
{
    m_keys.readKey(secretId(scope, name), context, std::move(done));
}

void SecretStore::write(const QString &scope, const QString &name, const QString &value, QObject *context,
    KeyStore::StatusCallback done)
{
    m_keys.writeKey(secretId(scope, name), value, context, std::move(done));
}

void SecretStore::remove(
    const QString &scope, const QString &name, QObject *context, KeyStore::StatusCallback done)
{
    m_keys.deleteKey(secretId(scope, name), context, std::move(done));
}

Result<QString> SecretStore::readAndWait(const QString &scope, const QString &name)
{
    return m_keys.readKeyAndWait(secretId(scope, name));
}

Status SecretStore::writeAndWait(const QString &scope, const QString &name, const QString &value)
{
    return m_keys.writeKeyAndWait(secretId(scope, name), value);
}

Status SecretStore::removeAndWait(const QString &scope, const QString &name)
{
    return m_keys.deleteKeyAndWait(secretId(scope, name));
}

Status SecretStore::fillSecretsAndWait(const QString &scope, Variables &variables)
{
    Status outcome = Done {};
    for (Variable &v : variables) {
        if (!v.secret)
            continue;
        Result<QString> value = readAndWait(scope, v.name);
        if (value)
            v.value = value.value();
        else if (value.error().code != QLatin1String("key.not-found") && outcome)
            outcome = Error {value.error().code,
                SecretStoreText::tr("the secret {{%1}}: %2").arg(v.name, value.error().message)};
    }
    return outcome;
}

std::unique_ptr<KeyStore> makeVariableKeychain(QObject *parent)
{
    return std::make_unique<KeychainKeyStore>(parent, QString::fromLatin1(variableKeychainService));
}

} // namespace ewb
