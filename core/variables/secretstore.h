// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "sources/keystore.h"
#include "variable.h"

#include <memory>

namespace ewb {

// Values of secret variables, in the same keychain machinery as source keys (KeyStore): each
// secret is an entry keyed by a UUID derived from its scope ("environment:<uuid>",
// "collection:<uuid>") and its name, in the keychain service variableKeychainService. Never in a
// file. A SessionKeyStore behind it keeps secrets for this run only (no keychain, or tests).
//
// The async calls follow KeyStore's contract (callback later, on this thread, not at all when
// context dies); the ...AndWait forms are for the command line.
class SecretStore
{
public:
    explicit SecretStore(KeyStore &keys) : m_keys(keys) { }

    static QUuid secretId(const QString &scope, const QString &name);

    void read(const QString &scope, const QString &name, QObject *context, KeyStore::ReadCallback done);
    void write(const QString &scope, const QString &name, const QString &value, QObject *context,
        KeyStore::StatusCallback done);
    void remove(const QString &scope, const QString &name, QObject *context, KeyStore::StatusCallback done);

    Result<QString> readAndWait(const QString &scope, const QString &name);
    Status writeAndWait(const QString &scope, const QString &name, const QString &value);
    Status removeAndWait(const QString &scope, const QString &name);

    // Reads the value of every secret variable in variables. A secret the keychain does not hold
    // stays empty (the resolver reports it where it is used); any other failure (no keychain) is
    // returned, after trying them all.
    Status fillSecretsAndWait(const QString &scope, Variables &variables);

private:
    KeyStore &m_keys;
};

inline const char variableKeychainService[] = "event-workbench-variables";

// The OS keychain store for variable secrets (a KeychainKeyStore under variableKeychainService).
std::unique_ptr<KeyStore> makeVariableKeychain(QObject *parent = nullptr);

} // namespace ewb
